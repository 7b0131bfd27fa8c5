"""Rails and boxes of other news's briefs (pure): a rail of local briefs (« Bayonne : les fêtes … du 6 au 8 décembre »)
and a box of briefs at the page's foot (« • Tram E : travaux … jusqu'au 6 décembre. »). Their days are other news's,
no fact of the story."""

from __future__ import annotations

import itertools
import re

from .captions import TWO_SENTENCES
from .clauses import tells_the_past
from .frcalendar import MONTH_NAME, SEASON_NAME, WEEKDAY
from .lexicon import printed_phrases, printed_words
from .linkedtitles import KEY_POINTS
from .pageboxes import AGENDA_CLOCK
from .pagelines import ends_a_sentence, folded_line

# A rail of local briefs: two lines or more in a row, each a place's or a topic's label, a colon and a headline with no
# full stop, perhaps after a bullet or its day in brackets (« Dans l'actualité basque », then « Bayonne : les fêtes de
# la Saint-Nicolas du 6 au 8 décembre », « Biarritz : 3 500 spectateurs pour le festival »; « (11/01/2025) Nantes : le
# périphérique fermé cette nuit »: round 81, sealed52's local pages). draft.py keeps those that name none of the
# store's entities: other news's days, no fact of the story (« Koursk : deux soldats capturés samedi » stays). A label
# that is a day or a month opens a chronology's entry, never a brief.
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*+(?:['’-][^\W\d_]++)*+"  # a name's word, capitalised (« Eure-et-Loir »)
_LABEL_LINK = printed_words("label_links")  # « de », « du », « d' » between a label's names
# (perhaps after the rail's section word in capitals and a dash, round 83: « LOCAL — Mahé : le Festival Kreol fixé du
# 23 au 31 octobre »)
_RAIL_SECTION = r"(?-i:[A-ZÀ-ÖØ-Þ]{3,})[^\S\n]*+[–—-][^\S\n]*+"
_NEXT_NAME = rf"[^\S\n]++(?:{_LABEL_LINK}[^\S\n]*+)?{_NAME}"  # a label's next name (« Tunnel du Grand-Saint-Bernard »)
# a brief's bullet (« > », « • »), its day in brackets (« (11/01/2025) »), the colon after its label: a rail's and a
# foot box's briefs alike; a video's « ▶ » opens a foot box's briefs only (round 104): over the lead it marks a box of
# the story's key points (« ▶ Bilan : 300 soldats tués depuis lundi dans le secteur », review67b), and a rail has no
# guard of the page's foot
_BULLET_SIGN = r"[>•·*–—-]"
_BULLET = rf"{_BULLET_SIGN}[^\S\n]*+"
_FOOT_BULLET_SIGN = r"[>•·*▶–—-]"
_FOOT_BULLET = rf"{_FOOT_BULLET_SIGN}[^\S\n]*+"
_BRIEF_DAY = r"(?:\(\d{1,2}/\d{1,2}/\d{2,4}\)[^\S\n]*+)?"
_LABEL_COLON = r"[^\S\n]*+:[^\S\n]++"
_BRIEF = re.compile(
    rf"[^\S\n]*+(?:{_BULLET}|{_RAIL_SECTION})?{_BRIEF_DAY}(?P<label>{_NAME}(?:{_NEXT_NAME}){{0,3}})"
    rf"{_LABEL_COLON}\S[^\n]{{0,120}}(?<![.!?…])"
)
_DATE_LABEL = re.compile(rf"(?<!\w)(?:{WEEKDAY}|{MONTH_NAME})(?!\w)", re.IGNORECASE)


def _brief(line: str) -> bool:
    """A brief's line, its headline told in no past tense (« Washington : le Pentagone a confirmé le 28 octobre la
    présence de soldats » is a reaction told: review57)."""
    found = _BRIEF.fullmatch(line.rstrip())
    return (
        found is not None
        and _DATE_LABEL.search(found["label"]) is None
        and not tells_the_past(line[line.index(":", found.end("label")) :])
    )


# … the rail's heading, a short line of words with no colon nor stop that opens on a rail's (lexicon.toml
# `rail_headings`: « Dans l'actualité basque », « Vie locale »; « Les réactions », « Chronologie des faits » head the
# story's lines: review57), or its marks (« > », « • »), days in brackets or a section word opening every line
_RAIL_HEADING = re.compile(
    r"(?=" + printed_phrases("rail_headings") + r"(?![\w-]))[^\W\d_][^:.!?\n]{2,60}", re.IGNORECASE
)
_RAIL_MARK = re.compile(rf"\s*+(?:{_BULLET_SIGN}|\(\d|{_RAIL_SECTION})")
_FOOT_MARK = re.compile(rf"\s*+(?:{_FOOT_BULLET_SIGN}|\(\d|{_RAIL_SECTION})")  # … and a foot box's, « ▶ » too


# A box of local briefs at the page's foot, under the story (round 98: « Agenda », then « • Tram E : travaux place de la
# République jusqu'au 6 décembre. », « • Rila : fermeture de la route du monastère jusqu'au 6 janvier. »; « Besançon :
# la piscine Mallarmé fermée jusqu'au 3 mars pour travaux » and « Doubs : 412 nouveaux logements sociaux en 2025 »
# bulleted after a blank line): each line a label of names (« Verkehr/Trafic », « Tunnel du Grand-Saint-Bernard »), a
# colon and one sentence, perhaps with its full stop, told in no past tense and asking nothing.
_FOOT_LABEL = rf"{_NAME}(?:[^\S\n]*+/[^\S\n]*+{_NAME}|{_NEXT_NAME}){{0,4}}"
_FOOT_BRIEF = re.compile(
    rf"[^\S\n]*+(?:{_FOOT_BULLET})?{_BRIEF_DAY}(?P<label>{_FOOT_LABEL}){_LABEL_COLON}(?P<headline>\S[^\n]{{0,140}})"
)
# … up to this many words on its heading's line, if it has one, a box's heading (lexicon.toml `foot_box_headings`:
# « Agenda », « Aussi aux nouvelles », « Kurz notiert / En bref », at its start or after its label's colon: « Haute-Meuse
# : l'agenda de la semaine »); any other heading may head the story's own lines (review64: « Les réactions », « Et
# maintenant ? », « Le plan prévoit : »). A heading in capitals heads a document's own section (« BESOINS ET LACUNES »
# over a report's « • Financement : 38 % des besoins couverts pour le premier trimestre 2025. », round 93's « AGENDA
# DES PROCHAINS JOURS » over an agency's own facts): its lines stay
_FOOT_HEADING_WORDS = 6
_FOOT_PLACE = rf"{_NAME}(?:{_NEXT_NAME}){{0,2}}"
_FOOT_HEADING = re.compile(
    rf"(?:[^:\n]{{1,60}}:\s*+|{_FOOT_PLACE}\s++)?(?="
    + printed_phrases("foot_box_headings")
    + r"(?![\w-]))[^\W\d_][^:.!?\n]{2,60}"
    + rf"|(?:dans\s++(?:l['’]\s*+|le\s++|la\s++|les\s++)|en\s++)?{_FOOT_PLACE}",
    re.IGNORECASE,
)
_STORY_BOX_HEADING = re.compile(printed_phrases("story_box_headings") + r"(?![\w-])", re.IGNORECASE)
# … and the box stands at the page's foot: more than this many times as many words of the page before it as after it,
# and at least this many words of the story's prose above it (lines that are neither briefs nor opened by a mark): a
# page of labelled lines alone is a round-up, the story itself (review64: « Genève : … le 12 mars. », « Bruxelles : … »
# under « Le point sur la journée »)
_FOOT_SHARE = 2
_FOOT_PROSE_WORDS = 50


# … never an act dated by a participle (« • Traité : signé le 19 juin 2024. », « • Incursion : lancée en août 2024. »,
# « • Sanctions : renouvelées jusqu'en juillet 2025. », review64): a fact of the story recalled, as a box of its points
# prints it. The pattern takes any word of a participle's ending (-é, -i, -u, -is, -it, and their feminine and plural)
# right before a date's opening word, so it also keeps « réunit le 11 », « prévu le 9 », « aussi le 9 », « depuis le 3
# mars »: such a brief stays (a day proposed), no fact is dropped
_DONE_ON = re.compile(
    r"(?<![\w'’-])[^\W\d_]{2,}(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?)\s++(?:en\s++vigueur\s++)?"
    rf"(?:le\s++\d|en\s++(?:\d|{MONTH_NAME}|{SEASON_NAME})|dès|depuis|jusqu['’]en|d['’]ici|au\s++(?:\d|{MONTH_NAME}|{SEASON_NAME})"
    rf"|à\s++la\s++mi|début|fin|mi-|(?:à\s++)?l['’]{SEASON_NAME})",
    re.IGNORECASE,
)


# … and its label names no season nor part of a month either (« • Été : incursion … le 6 août. », « Mi-mars : … »:
# a chronology's entry, review64)
_FOOT_DATE_LABEL = re.compile(rf"(?<![\w-])(?:{SEASON_NAME}|mi|début|fin)(?![\w])", re.IGNORECASE)


def _foot_brief(line: str) -> bool:
    """A line of a box of briefs (`_FOOT_BRIEF`): its label names no day or month, its headline is one sentence told
    in no past tense, no act dated by its participle (`_DONE_ON`)."""
    found = _FOOT_BRIEF.fullmatch(line.rstrip())
    if found is None or _DATE_LABEL.search(found["label"]) is not None:
        return False
    headline = found["headline"]
    return (
        _FOOT_DATE_LABEL.search(found["label"]) is None
        and not headline.rstrip('»”" )').endswith("?")  # an interview's question, never a brief
        and TWO_SENTENCES.search(headline.rstrip('»”" .)')) is None
        and not tells_the_past(headline)
        and _DONE_ON.search(headline) is None
    )


def _foot_boxes(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The lines of the boxes of briefs at the page's foot: a run of two lines at least that read as briefs
    (`_foot_brief`), under a box's heading (`_FOOT_HEADING`: « Agenda », « Autour de … », « Moselle-Est »), each
    opened by a mark after a blank line, or each with no final stop between blank lines; more than twice the page's words before them than after, and fifty words at least of the
    story's prose above them (`_FOOT_PROSE_WORDS`); never under a heading in capitals, one of the story's own points
    (`KEY_POINTS`: « Repères », « Chronologie ») or of its own lines (`_STORY_BOX_HEADING`: « Les réactions », « Et
    maintenant ? »), nor under a line that ends in a colon (« Le plan prévoit : »: the story's list). A run's first
    lines may be its heading (« Haute-Meuse : l'agenda de la semaine » over its bullets): the box is the longest tail of
    the run that reads as one. Linear: each line is read once, and the words and marks of a run are counted from sums
    over the page."""
    counts = list(itertools.accumulate((len(body.split()) for _, _, body in lines), initial=0))
    marks = list(itertools.accumulate((_FOOT_MARK.match(body) is not None for _, _, body in lines), initial=0))
    briefs = [_foot_brief(body) for _, _, body in lines]
    prose = list(
        itertools.accumulate(
            (
                0 if brief or _FOOT_MARK.match(body) is not None else len(body.split())
                for brief, (_, _, body) in zip(briefs, lines, strict=True)
            ),
            initial=0,
        )
    )
    # … a bulleted line above that reads as no brief (« • Dinant, mercredi 15 janvier, 20 h : conférence … ») is the
    # box's too: its heading is the line above its bullets
    bullets_from = list(range(len(lines)))
    for n in range(1, len(lines)):
        if _FOOT_MARK.match(lines[n][2]) is not None and _FOOT_MARK.match(lines[n - 1][2]) is not None:
            bullets_from[n] = bullets_from[n - 1]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and briefs[k]:
            k += 1
        after = counts[-1] - counts[k]
        closed = k == len(lines) or not lines[k][2].strip()
        for first in range(i, k - 1):
            top = bullets_from[first] if marks[k] - marks[first] == k - first else first
            heading = lines[top - 1][2].strip() if top > 0 else ""
            if heading and heading == heading.upper() and any(c.isalpha() for c in heading):
                continue
            if (
                KEY_POINTS.match(folded_line(heading)) is not None
                or _STORY_BOX_HEADING.match(heading.lstrip("•·*–—-> ")) is not None
                or heading.endswith(":")
            ):
                continue  # « Repères », « Les réactions », « Le plan prévoit : »: the story's own lines
            boxed = (
                (not heading and marks[k] - marks[first] == k - first)
                or (_FOOT_HEADING.fullmatch(heading) is not None and len(heading.split()) <= _FOOT_HEADING_WORDS)
                # … or plain lines between blank lines, each with no final stop (round 81's headlines: « Besançon : la
                # piscine Mallarmé fermée jusqu'au 3 mars pour travaux »): a sentence with its stop is the story's
                or (
                    not heading
                    and closed
                    and not any(body.rstrip().endswith((".", "!", "?", "…")) for _, _, body in lines[first:k])
                )
            )
            if boxed and prose[first] >= _FOOT_PROSE_WORDS and counts[first] > _FOOT_SHARE * after:
                spans += [(start, end) for start, end, _ in lines[first:k]]
                break
        i = max(k, i + 1)
    return spans


# A box of any lines under a heading of the page's furniture at its foot (round 100): « Agenda ⏎ Meeting aérien de
# Sion 2026: les 3 et 4 mai. Billets dès 40 CHF. », « --- ⏎ À suivre sur nos ondes ⏎ Demain, 7 h : la chronique
# agricole »: the paper's notices, whatever their lines' shape (`_foot_boxes` wants labelled briefs). The heading is
# one of lexicon.toml's closed `foot_box_furniture` (perhaps after a label and its colon, bar or slash: « Sierre |
# Agenda de la semaine »), with no clause of its own after a comma, never in capitals (round 93's agency « AGENDA DES
# PROCHAINS JOURS » gives its facts); it opens its block, perhaps under a rule (« --- », « — »). A place's heading
# (« En Moselle », « Dans le secteur ») or another box's (« À noter », « Autour de la ville, l'exode ») may head the
# story's own section or local angle, present or past: no longer read here (review66b).
_BOX_HEADING = re.compile(
    r"(?:[^:|/\n]{1,40}[:|/]\s*+)?(?=" + printed_phrases("foot_box_furniture") + r"(?![\w-]))[^\W\d_][^:.!?,\n]{2,60}",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"[^\w\s]{1,40}")
# … a box whose lines open on a day's, a month's or a season's label (« • Lundi : … », « • Printemps : … ») holds a
# chronology's entries (review64c), unless a line gives a clock hour, as an agenda's or a programme's do (« Samedi 7
# mars : « Radio Lagon », 10h00 »)
_LINE_LABEL = re.compile(rf"[^\S\n]*+(?:{_FOOT_BULLET})?(?P<label>[^:\n]{{1,40}}):")


def _dated_labels(box: list[tuple[int, int, str]]) -> bool:
    """Whether a line of the box opens on a date's label (« Lundi : », « Mi-mars : », « 8 juillet : »; « Prix du
    carburant au 1er juillet : » is a notice's) with no clock hour on any line: a chronology's entries."""
    labels = [_LINE_LABEL.match(body) for _, _, body in box]
    return any(
        found is not None
        and (
            _DATE_LABEL.match(found["label"]) is not None
            or _FOOT_DATE_LABEL.match(found["label"]) is not None
            or found["label"][:1].isdigit()
        )
        for found in labels
    ) and not any(AGENDA_CLOCK.search(body) for _, _, body in box)


# … no line told in the past: a section of the story (« Agenda ⏎ Le conseil a voté le 12 mars … » is news, review66b);
# and no line of more words than this, a paragraph's
_BOX_LINE_WORDS = 40


def headed_foot_boxes(text: str) -> list[tuple[int, int]]:
    """The lines of the boxes under a heading of the page's furniture at its foot, up to a blank line (`_BOX_HEADING`),
    as (start, end): more than twice the page's words before the heading than from it on, and fifty words at least of
    the story's sentences above it, as `_foot_boxes` asks; never a box with a paragraph's line (`_BOX_LINE_WORDS`), a
    line told in the past, nor a chronology's entries (`_dated_labels`). draft.py keeps a line that names the store's entities or its topics' words (the « En bref » guard of review59)."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
    counts = list(itertools.accumulate((len(body.split()) for _, _, body in lines), initial=0))
    prose = list(
        itertools.accumulate((len(body.split()) if ends_a_sentence(body) else 0 for _, _, body in lines), initial=0)
    )
    spans: list[tuple[int, int]] = []
    for n, (_, _, heading) in enumerate(lines):
        above = lines[n - 1][2] if n > 0 else ""
        if not heading or heading == heading.upper() or (above and _RULE_LINE.fullmatch(above) is None):
            continue
        if len(heading.split()) > _FOOT_HEADING_WORDS:
            continue
        if _BOX_HEADING.fullmatch(heading) is None:
            continue
        end = n + 1
        while end < len(lines) and lines[end][2]:
            end += 1
        box = lines[n + 1 : end]
        if (
            any(tells_the_past(body) for _, _, body in box)
            or not box
            or any(len(body.split()) > _BOX_LINE_WORDS for _, _, body in box)
            or _dated_labels(box)
            or prose[n] < _FOOT_PROSE_WORDS
            or counts[n] <= _FOOT_SHARE * (counts[-1] - counts[n])
        ):
            continue
        spans += [(start, stop) for start, stop, _ in box]
    return spans


def local_briefs(text: str) -> list[tuple[int, int]]:
    """The lines of a rail of briefs (« Bayonne : les fêtes … du 6 au 8 décembre » under « Dans l'actualité
    basque »), two in a row at least under the rail's heading or each opened by a mark, as (start, end) (round
    81)."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _brief(lines[j][2]):
            j += 1
        if j - i >= 2 and (
            all(_RAIL_MARK.match(body) for _, _, body in lines[i:j])
            or (i > 0 and _RAIL_HEADING.fullmatch(lines[i - 1][2].strip()) is not None)
        ):
            spans += [(start, end) for start, end, _ in lines[i:j]]
        i = max(j, i + 1)
    return spans


def foot_briefs(text: str) -> list[tuple[int, int]]:
    """The lines of the boxes of briefs at the page's foot (`_foot_boxes`, round 98), as (start, end)."""
    return _foot_boxes([(m.start(), m.end(), m.group()) for m in re.finditer(r"^.*$", text, re.MULTILINE)])
