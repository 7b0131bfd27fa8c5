"""The page's boxes under a heading of their own (pure): the readers' comments, an agenda, a signature block,
practical information, a paper's other items, a table of contents or notes. A box's lines are a reader's, a venue's,
another story's or a source's: their dates date no fact of the story."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import alternatives, words
from .pagechrome import page_furniture
from .pagelines import block_right_under, ends_a_sentence, folded_line, lines_under, phrase_alternation

# « Commentaires (2) », « 42 commentaires », « Vos réactions », « COMMENTAIRES » alone on its line: the head of the
# readers' comments (lexicon.toml `comment_headings`, perhaps with their count before or in brackets after); a word of
# `comment_counters` with its count only (« Réactions (3) », « 3 réactions »: « Réactions » alone heads a story's
# part, the officials' reactions)
_COMMENT_COUNT = r"\d++(?:[ \u00a0\u202f]\d{3})*+"  # « 42 », « 1 204 »
_COMMENTS_HEADING = re.compile(
    rf"^(?:(?:{_COMMENT_COUNT}\s)?(?:{phrase_alternation(words('comment_headings'))})(?:\s*+\({_COMMENT_COUNT}\))?"
    rf"|{_COMMENT_COUNT}\s(?:{phrase_alternation(words('comment_counters'))})|(?:{phrase_alternation(words('comment_counters'))})\s*+\({_COMMENT_COUNT}\))"
    r"\s*:?$"
)


# … or such a head among a line's actions, each part between « · » or « | » a head or an action's words (lexicon.toml
# `comment_actions`: « 12 commentaires · Réagir », « Partager · Commentaires (3) », round 83), a count in one head
_COMMENT_ACTION = re.compile(rf"^(?:{phrase_alternation(words('comment_actions'))})$")
_COMMENT_PARTS = re.compile(r"\s*+[·|]\s*+")


def _heads_comments(body: str) -> bool:
    """Whether a line heads the readers' comments (`_COMMENTS_HEADING`), alone or among a line's actions."""
    folded = folded_line(body)
    if _COMMENTS_HEADING.match(folded) is not None:
        return True
    parts = _COMMENT_PARTS.split(folded)
    heads = [part for part in parts if _COMMENTS_HEADING.match(part) is not None]
    return (
        len(parts) > 1
        and any(any(c.isdigit() for c in part) for part in heads)
        and all(part in heads or _COMMENT_ACTION.match(part) is not None for part in parts)
    )


def comment_threads(text: str) -> list[tuple[int, int]]:
    """The lines right under the head of the readers' comments, up to a blank line: what readers wrote (« Bernard71 -
    il y a 5 heures ⏎ Et pendant ce temps le marché de Noël a fermé le 29 décembre... », « Ablaye — 20/06/2025 : Et
    l'Afrique ? »), whose days and figures are theirs, no fact of the story (round 73: in the held-out sets every
    date under such a head is chrome but a petition's reader's « plus de neuf mois qu'ils attendent », sealed21 d18).
    The head may share its line with actions (« 12 commentaires · Réagir », round 83)."""
    return block_right_under(text, _heads_comments)


# A local paper's or a parish sheet's agenda: « Agenda », « AGENDA DE LA SEMAINE », « Agenda namurois » alone on its
# line, a word after it (« namurois ») or a complement (« de la semaine ») at most, none a sentence's (« Agenda chargé
# pour Choïgou » heads a story's paragraph: review54); its events are the public's to attend, at a clock time one of
# its lines gives at least (« messe à 18 h 30 », « 20h »). An agency's agenda of the coming news (« AGENDA DES
# PROCHAINS JOURS - Lundi 22 juin : Conseil Affaires étrangères de l'UE ») gives its days, no hour: its facts.
_AGENDA_HEADING = re.compile(
    r"^agenda(?:\s+(?:d[eu]s?|de\s+la|de\s+l['’])\s*[^\W\d_][^.!?:;,\d]{0,25}|\s+[^\W\d_]+)?\s*:?$"
)
AGENDA_CLOCK = re.compile(r"(?<![\w,.])\d{1,2}[ \u00a0\u202f]?h(?:[ \u00a0\u202f]?\d{2})?(?!\w)")


def _boxes(lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Lines grouped into boxes: each run of lines that follow one another."""
    boxes: list[list[tuple[int, int]]] = []
    for start, end in lines:
        if boxes and boxes[-1][-1][1] + 1 == start:
            boxes[-1].append((start, end))
        else:
            boxes.append([(start, end)])
    return boxes


def _timed(text: str, box: list[tuple[int, int]]) -> bool:
    """Whether one of the box's lines gives a clock time (« 20 h », « 18 h 30 »)."""
    return any(AGENDA_CLOCK.search(text, start, end) for start, end in box)


def agendas(text: str) -> list[tuple[int, int]]:
    """The lines of an agenda box, up to a blank line, when one of them gives a clock time: the events the page
    announces (« Conférence …, jeudi 12 décembre, 18 h 30 »), whose days are facts read ahead where a line announces a
    public event (the lead's session-68 call, round 130; round 70 had them no fact). An agency's agenda of the coming
    news, with no hour, is read as the page's other lines."""
    return [
        line for box in _boxes(lines_under(text, _AGENDA_HEADING, titles=False)) if _timed(text, box) for line in box
    ]


def signature_blocks(text: str) -> list[tuple[int, int]]:
    """The lines under a line « -- » alone, up to a blank line: a mail's or a letter's signature block (« -- ⏎ Hélène
    Marchetti ⏎ « … suspendue depuis le 27 juillet 1953. » », a secretariat's address, « Exporté le 07/02/2025 »),
    whose dates and counts are the sender's or the tool's, never the story's (round 75: the five such blocks of the
    sets, sealed51 o20's motto among them)."""
    return block_right_under(text, lambda body: body == "--")


def programmes(text: str) -> list[tuple[int, int, str]]:
    """Each box of the events the page announces, an agenda or a timed practical box (`agendas`, `practical_boxes`):
    where its lines start and end, and its heading (« AGENDA DE LA SEMAINE », « Pratique »), under which their days
    are read ahead, as under « À venir » (round 130)."""
    found: list[tuple[int, int, str]] = []
    for box in _boxes(sorted({*agendas(text), *practical_boxes(text, timed=True)})):
        heading_start = text.rfind("\n", 0, box[0][0] - 1) + 1
        found.append((box[0][0], box[-1][1], text[heading_start : box[0][0] - 1].strip()))
    return found


# The heading of a box of practical information alone on its line (lexicon.toml `practical_headings`: « Pratique »,
# « — Pratique — », « Infos pratiques », « Tarifs »), perhaps between dashes
_PRACTICAL_HEADING = re.compile(rf"^(?:{phrase_alternation(words('practical_headings'))})[\s—–:-]*$")


def practical_boxes(text: str, *, timed: bool) -> list[tuple[int, int]]:
    """The lines right under the heading of a practical box, up to a blank line, whose box gives a clock time
    (`timed`) or none. A timed box tells when an event the page announces takes place (« Rencontre jeudi 27 novembre
    à 18 h 30, Maison des savoirs »): its days are facts, read ahead (round 130). An untimed one is the service's
    (« Vols Air Vanuatu : reprise de la liaison Nouméa le 15 décembre. », « Goélette : prochain départ … le mardi 20
    janvier », a parish's register): no fact of the story (round 76)."""
    lines = block_right_under(text, lambda body: _PRACTICAL_HEADING.match(folded_line(body)) is not None)
    return [line for box in _boxes(lines) if _timed(text, box) == timed for line in box]


# … a place's name or a section before « en bref » (« Gray en bref », « Mayotte en bref ») or after its dash (« EN BREF —
# ARCHIPEL »), a few words at most
_OTHER_ITEMS_HEADING = re.compile(
    rf"^(?:[^\W\d_][\w'’-]*+\s++){{0,2}}(?:{alternatives('other_items_headings', spaced=True)}"
    rf"|{alternatives('brief_headings', spaced=True)})"
    r"(?:\s*+[—–-]\s*+[^\W\d_][\w'’-]*+(?:\s++[\w'’-]++){0,2})?[\s:]*$"
)


# … and one that may head a brief page's story (lexicon.toml `brief_headings`)
_IN_BRIEF = re.compile(rf"(?<!\w)(?:{alternatives('brief_headings', spaced=True)})(?!\w)")


def other_items_boxes(text: str, tells_the_story: Callable[[str], bool] = lambda line: False) -> list[tuple[int, int]]:
    """The lines right under the heading of a paper's box of its other items, up to a blank line (« Aussi dans ce
    numéro ⏎ Cernier : la Fête du printemps a réuni 1 800 personnes samedi dernier. », « Gray en bref ⏎ › Le carnaval
    défilera le dimanche 2 mars »): other stories' days, no fact of this one (round 89).

    « En bref » heads a brief page's story too (« EN BREF ⏎ Kiev a annoncé samedi … ») and a summary of the story under
    it (« L'essentiel en bref », « Koursk en bref »): its lines are cut only after a line of the page's own text (one
    that ends a sentence, no furniture), and never a line that `tells_the_story` (names an entity or a topic's word
    of the store: review59)."""
    spans: list[tuple[int, int]] = []
    told = under = brief = False
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        if under and body:
            if not brief or (told and not tells_the_story(body)):
                spans.append((line.start(), line.end()))
            continue
        heading = folded_line(body)
        under = _OTHER_ITEMS_HEADING.match(heading) is not None
        brief = under and _IN_BRIEF.search(heading) is not None
        told = told or (ends_a_sentence(body) and page_furniture(body) != len(body))
    return spans


# … or the rule a PDF prints above its footnotes (« ________________ »)
_EDIT_LINK = rf"(?:\s*\[\s*(?:{phrase_alternation(words('edit_links'))})(?:\s*\|\s*(?:{phrase_alternation(words('edit_links'))}))*\s*\])?"
_APPARATUS_HEADING = re.compile(
    rf"^(?:(?:{phrase_alternation(words('apparatus_headings'))})\s*:?{_EDIT_LINK}|_{{5,}})$"
)
# « Sources : Le Monde, 14/11/2024 ; France 24, 28/04/2025 »: a list of sources after its heading, on one line
_APPARATUS_LINE = re.compile(rf"^(?:{phrase_alternation(words('apparatus_lines'))})\s*:\s*\S")
_NOTE_MARKS = tuple(words("note_marks"))  # « ↑ « Titre », AFP, 27 mars 2025 »: a note's line


def apparatus(text: str) -> list[tuple[int, int]]:
    """Where the page prints its table of contents or its notes and references (lexicon.toml `apparatus_headings`:
    « Sommaire », « Notes et références », or a PDF's rule above its footnotes): each line of the block under the
    heading. A note's date is its source's (« 4. AFP, 18 octobre 2024. »), a contents line names a section (« 2
    Octobre 2024 »): neither dates a fact. So does a line that lists sources after its heading (« Sources : Le Monde,
    14/11/2024 ; France 24, 28/04/2025 », lexicon.toml `apparatus_lines`)."""
    listed = [
        (m.start(), m.end())
        for m in re.finditer(r"^.*$", text, re.MULTILINE)
        if _APPARATUS_LINE.match(folded_line(m.group())) or m.group().lstrip().startswith(_NOTE_MARKS)
    ]
    return sorted({*lines_under(text, _APPARATUS_HEADING, titles=False), *listed})
