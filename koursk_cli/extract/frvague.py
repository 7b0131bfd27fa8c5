"""Vague quantities: « des milliers de », « une trentaine de », « 1,5 millier », « se comptent par centaines », a
threshold passed (« dépasser le millier »), « plusieurs », « un seul », « multiplié par ».
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from .frelided import ELIDED_VERB, PRONOUN_EN
from .frfigure import CLOSE, NOT_COUNTED, STARTS, Figure, figure_of
from .frmoney import a_price
from .frnotcounts import a_distance, not_a_count
from .frnumerals import ABOUT_SCALES, DIGITS, NUMBER, SCALE_NOUNS, VAGUE_SCALES, WORD, display, parse_number
from .frqualifiers import PASSING_VERBS, QUALIFIER, SUBJECT, qualifier_of, verb_denied
from .frwords import APOS, DE, fold_word, unit_of
from .lexicon import TIME_UNITS
from .spans import Span, overlaps

# What a vague quantity counts: « de + noun », or a noun left out before a verb of loss (« plusieurs centaines
# auraient été tués ») or « d'entre eux » (the noun counted before).
_LOSS_WORDS = r"tu[ée]e?s|bless[ée]e?s"  # the loss a vague quantity right before it counts (round 53)
_VAGUE_TAIL = (
    rf"(?:{CLOSE}\s+{DE}(?!{SCALE_NOUNS})(?P<noun>[^\W\d_][\w²]*)|(?=(?:\s*+[»”\"])?\s++(?:ont|auraient|avaient|seraient|sont|ayant|d{APOS}entre)\s)"
    rf"|(?=\s+(?:{_LOSS_WORDS})(?!\w))"  # « … tués et près d'un millier blessés » (round 53)
    r"|(?=\s*[,;.!?)]|\s*$))"  # « n'en tient plus que quelques dizaines, »: the pronoun « en » names it
)
_VAGUE = re.compile(
    r"(?<!\w)(?P<lead>plusieurs\s+|quelques\s+|des\s+|de\s+)?(?P<s1>dizaines|centaines|milliers|millions|milliards)"
    rf"(?:\s+de\s+(?P<s2>dizaines|centaines|milliers|millions|milliards)(?!\w))?(?P<tail>{_VAGUE_TAIL})?",
    re.IGNORECASE,
)
# « des pertes se comptant par « centaines » », « se chiffrer par milliers », « par dizaines »: a manner of counting
# that says the scale, as « des centaines de » does (at least two of them); it counts the noun before it (rev30 U7).
_BY_SCALE = re.compile(
    r"(?<!\w)(?:se\s+|s['’]\s*)?(?:compt|chiffr)\w*\s+(?:[«\"“]\s*)?par\s+[«\"“]?\s*(?P<s>dizaines|centaines|milliers|millions)"
    # « par dizaines de milliers »: the quantity word after it scales it (round 19; it was dropped, read 20)
    r"(?:\s+de\s+(?P<s2>milliers|millions|milliards))?(?!\w)(?:\s*[»\"”])?",
    re.IGNORECASE,
)
# « 1,5 millier de soldats », « deux milliers d'hommes »: a number of thousands, as round as « un millier ».
_THOUSANDS = re.compile(
    rf"{STARTS}(?:(?P<qual>{QUALIFIER}))?(?P<num>{DIGITS}|{WORD}(?:[\s-]+{WORD})*)\s+(?P<s>milliers?)(?!\w)"
    rf"{_VAGUE_TAIL}",
    re.IGNORECASE,
)
_AFTER_A_NUMBER = re.compile(rf"(?:\d|(?<!\w){WORD})\s*$", re.IGNORECASE)
# « une douzaine de milliers à franchir la frontière »: a quantity of thousands, whatever follows it (its noun may be
# left out); never « une douzaine » of a noun « milliers » (_VAGUE_TAIL takes no scale word for a noun).
_ABOUT = re.compile(
    rf"(?<!\w)(?:(?P<qual>{QUALIFIER}))?(?:une|un)\s+(?P<s>{'|'.join(ABOUT_SCALES)})"
    rf"(?:\s+de\s+(?P<s2>centaines|milliers|millions|milliards)(?!\w))?(?P<tail>{_VAGUE_TAIL})?",
    re.IGNORECASE,
)
# « d'une vingtaine à une trentaine d'hommes », « entre une dizaine et une vingtaine de soldats »: the low end of a range
# of two such words, before the high one's (round 133: the high end was read alone, « une trentaine » about 30, a value
# the text does not give; sealed153 c03, blind)
_ABOUT_LOW_END = re.compile(
    rf"(?<!\w)(?:d{APOS}\s*|entre\s+|de\s+)?(?:une|un)\s+(?P<s>{'|'.join(ABOUT_SCALES)})\s+(?:[àa]|et)\s+$",
    re.IGNORECASE,
)
# « les pertes dépasseraient le millier », « franchit la barre de la centaine »: a threshold passed, at least that many
# of what passes it: the noun after it (« la centaine de morts »), else the sentence's subject (« Les pertes »).
_PASSED = re.compile(
    rf"(?<!\w)(?:{PASSING_VERBS})\w*\s+(?:la\s+barre\s+(?:de\s+la|du|des)\s+|le\s+|la\s+)"
    rf"(?P<s>{'|'.join(ABOUT_SCALES)})(?!\w)(?:\s+{DE}(?P<noun>[^\W\d_][\w²]*))?",
    re.IGNORECASE,
)


_SEVERAL = re.compile(
    rf"(?<!\w)(?P<lead>plusieurs|un\s+(?:certain|grand|bon)\s+nombre\s+{DE}|quelques|de\s+nombreu(?:x|ses)"
    rf"|une\s+poign[ée]e\s+{DE})\s*(?P<noun>[^\W\d_][\w²]*(?:-[^\W\d_]\w*)*)",  # « plusieurs Nord-Coréens »
    re.IGNORECASE,
)
# « plusieurs ont été tués »: « plusieurs » standing for its noun, left out, before a verb of loss that names it.
_SEVERAL_OF_THEM = re.compile(r"(?<!\w)plusieurs(?=\s+[^\W\d_])", re.IGNORECASE)
# « vingt camarades tombés en une seule nuit »: the span something took, no count (round 22: read as 1 killed); « plus
# un seul Coréen en face », « pas un seul soldat »: none, not one (round 32: read as 1)
_A_SPAN_OF_ONE = re.compile(r"(?<!\w)(?:en|pendant|durant|pas|plus|sans|jamais)\s+$", re.IGNORECASE)
_SINGLE = re.compile(r"(?<!\w)(?:un\s+seul|une\s+seule)\s+(?P<noun>[^\W\d_][\w²]*)", re.IGNORECASE)
_FACTOR = re.compile(rf"(?<!\w)multipli\w*\s+par\s+(?P<num>{NUMBER})(?!\w)", re.IGNORECASE)


def vague_figures(text: str, skip: Sequence[Span] = ()) -> Iterator[Figure]:
    """« plusieurs centaines de », « des milliers de », « une trentaine de », « plus d'une centaine de »; never a
    duration (« une dizaine de jours »), a distance (« à une trentaine de kilomètres de ») nor a price."""
    for figure in _vague_quantities(text, skip):
        price = a_price(text, figure.end, figure.unit, "")  # « quelques centaines d'euros l'unité »
        # « partagée des dizaines de milliers de fois »: a manner, not a count
        manner = figure.noun is not None and fold_word(figure.noun) in NOT_COUNTED
        if figure.unit not in TIME_UNITS and not a_distance(text, figure) and not price and not manner:
            yield figure


def _scale(first: str, then: str | None) -> int:
    """What a quantity word means, scaled by a second one after « de » (« dizaines de milliers »: 10 × 1 000)."""
    scale = VAGUE_SCALES[fold_word(first).rstrip("s")]
    return scale * VAGUE_SCALES[fold_word(then).rstrip("s")] if then else scale


def _vague_quantities(text: str, skip: Sequence[Span]) -> Iterator[Figure]:
    for match in _VAGUE.finditer(text):
        if match["tail"] is None and not match["s2"] and not _LEAD.fullmatch(match["lead"] or ""):
            continue  # « centaines à » counts nothing it names; « des dizaines de milliers à » still does
        if not match["lead"] and _AFTER_A_NUMBER.search(text, max(0, match.start() - 30), match.start()):
            continue  # « 2,4 millions de fois »: the scale of the number before, never « des millions »
        if _a_size(match):
            continue
        scale = _scale(match["s1"], match["s2"])
        words = re.sub(
            r"\s+(?:de|d['’])$", "", match.group()[: match.end("s2" if match["s2"] else "s1") - match.start()]
        )
        reading = f"« {words.strip()} » read as at least {display(2 * scale)} (two of them, the store's convention)"
        figure = _with_elided_noun(
            figure_of(match, 2 * scale, "at_least", reading, _own_noun(match, skip)), match, _own_noun(match, skip)
        )
        if figure is not None:
            yield figure
    for match in _BY_SCALE.finditer(text):
        lo = max(0, match.start() - 120)
        nouns = [
            w for w in re.finditer(r"[^\W\d_]+", text[lo : match.start()]) if w.group().lower() not in ("et", "ou")
        ]
        at = next(
            (i for i in reversed(range(len(nouns))) if unit_of(nouns[i].group()) not in (None, *TIME_UNITS)), None
        )
        if at is None:
            continue  # « se comptent par centaines » of nothing the sentence names: no count to draft
        # « des pertes, tués et blessés, se comptant par … »: a list of counted nouns counts as its first, « pertes »
        while at > 0 and unit_of(nouns[at - 1].group()) not in (None, *TIME_UNITS):
            between = text[lo + nouns[at - 1].end() : lo + nouns[at].start()]
            if not re.fullmatch(r"\s*(?:,|,?\s*(?:et|ou))\s*", between):
                break
            at -= 1
        counted = nouns[at]
        start = lo + counted.start()
        value = 2 * _scale(match["s"], match["s2"])
        reading = (
            f"« {match.group().strip()} » of « {counted.group()} »: read as at least {display(value)} (two of them, "
            "as « des centaines de »)"
        )
        figure = figure_of(match, value, "at_least", reading, None)
        text_ = text[start : match.end()].strip()
        yield replace(figure, start=start, text=text_, noun=counted.group(), unit=unit_of(counted.group()))
    for match in _PASSED.finditer(text):
        if verb_denied(text, match.start()):  # « n'ont pas dépassé le millier »: a bound the other way round, no count
            continue
        value = ABOUT_SCALES[fold_word(match["s"])]
        reading = f"« {match.group()} »: a threshold passed, at least {display(value)}"
        if match["noun"]:
            yield figure_of(match, value, "at_least", reading, match["noun"])
            continue
        subject = SUBJECT.match(text[: match.start()])
        noun = subject["noun"] if subject and unit_of(subject["noun"]) else None
        reading += f" of « {noun} », the subject" if noun else "; the counted noun is left out"
        figure = figure_of(match, value, "at_least", reading, noun)
        yield replace(figure, end=match.end(), text=match.group().strip(), elided=True)
    for match in _THOUSANDS.finditer(text) if "illier" in text else ():  # a cheap look first: a page is one line
        count = parse_number(match["num"])
        if count is None or _a_size(match):
            continue
        kind, qualified = qualifier_of(match) if match["qual"] else ("approximate", "")
        about = match.group()[: match.end("s") - match.start()].strip()
        reading = f"« {about} »: " + (
            f"{qualified.split(': ', 1)[1]} {display(count * 1000)}" if qualified else f"about {display(count * 1000)}"
        )
        figure = _with_elided_noun(
            figure_of(match, count * 1000, kind, reading, _own_noun(match, skip)), match, _own_noun(match, skip)
        )
        if figure is not None:
            yield figure
    for match in _ABOUT.finditer(text):
        if (match["tail"] is None and not match["s2"] and not _a_part(match)) or _a_size(match):
            continue  # « une douzaine à Koursk »: nothing it counts
        value = ABOUT_SCALES[fold_word(match["s"])] * (
            VAGUE_SCALES[fold_word(match["s2"]).rstrip("s")] if match["s2"] else 1
        )
        kind, qualified = qualifier_of(match) if match["qual"] else ("approximate", "")
        about = match.group()[: match.end("s2" if match["s2"] else "s") - match.start()].strip()
        reading = f"« {about} »: " + (
            f"{qualified.split(': ', 1)[1]} {display(value)}" if qualified else f"about {display(value)}"
        )
        figure = _with_elided_noun(
            figure_of(match, value, kind, reading, _own_noun(match, skip)), match, _own_noun(match, skip)
        )
        if figure is not None and not match["qual"] and not match["s2"]:
            figure = _about_range(match, figure, value)
        if figure is not None:
            yield figure


def _about_range(match: re.Match[str], figure: Figure, high: float) -> Figure:
    """The figure of « une trentaine » read with the low end before it (`_ABOUT_LOW_END`: « d'une vingtaine à une
    trentaine »): a range from one to the other; else the figure as it is."""
    low_end = _ABOUT_LOW_END.search(match.string, max(0, match.start() - 40), match.start())
    if low_end is None or (low := ABOUT_SCALES[fold_word(low_end["s"])]) >= high:
        return figure
    said = match.string[low_end.start() : figure.end].strip()
    reading = f"« {said} »: a range from about {display(low)} to about {display(high)}"
    return replace(
        figure,
        start=low_end.start(),
        text=said,
        value=None,
        value_kind="range",
        value_min=low,
        value_max=high,
        reading=reading,
    )


# « plusieurs milliers par an », « des centaines à mourir », « quelques milliers, selon Séoul »: a quantity word after
# one of these counts what the sentence counts, its noun left out, whatever follows it (`_alone`).
_LEAD = re.compile(r"(?:plusieurs|quelques|des)\s+", re.IGNORECASE)
# … but not before a second quantity that says how far it might go (« des dizaines, voire des centaines »):
# `hedged_figure`
_HEDGED_NEXT = re.compile(r"\s*,?\s*(?:voire|peut-[êe]tre|ou\s+m[êe]me)(?!\w)", re.IGNORECASE)


# « plus de 2 000 auraient été tués, dont une centaine dès les premières semaines »: a part of the count before it
_PART_BEFORE = re.compile(r"(?<![\w'’])dont\s+$", re.IGNORECASE)


def _a_part(match: re.Match[str]) -> bool:
    """Whether a quantity word follows « dont » (« …, dont une centaine dès décembre »): a part of the count told
    before, so its noun is that one, left out (round 66)."""
    return _PART_BEFORE.search(match.string, max(0, match.start() - 10), match.start()) is not None


def _alone(match: re.Match[str]) -> bool:
    """Whether a quantity word stands for a count on its own, its noun left out: after « plusieurs », « quelques »,
    « des » (« plusieurs milliers par an »)."""
    return "lead" in match.re.groupindex and _LEAD.fullmatch(match["lead"] or "") is not None


def _a_size(match: re.Match[str]) -> bool:
    """« une cinquantaine de mètres », « des centaines de millimètres »: a quantity of a length or a share, no count."""
    return match["noun"] is not None and not_a_count(match.string, match.start("noun"))


def _own_noun(match: re.Match[str], skip: Sequence[Span]) -> str | None:
    """The noun after a quantity word, unless it belongs to a date (« une quinzaine de milliers d'ici la fin de
    l'année »: « ici » is no noun counted, and the quantity's noun is left out)."""
    noun = match["noun"]
    return None if noun is None or overlaps(match.start("noun"), match.end("noun"), skip) else noun


# « une centaine de soldats ont été tués et près d'un millier blessés »: the loss word right after the quantity
_LOSS_NEXT = re.compile(rf"\s+(?P<noun>{_LOSS_WORDS})(?!\w)", re.IGNORECASE)


def _with_elided_noun(figure: Figure, match: re.Match[str], noun: str | None = None) -> Figure | None:
    """A vague figure whose noun is left out takes the loss word of the verb after it (« plusieurs centaines
    auraient été tués » → tués), or the noun counted before (« d'entre eux »: no noun here, see `find_figures`); a
    quantity of thousands says what it counts elsewhere (« ils étaient une douzaine de milliers à franchir »)."""
    if noun:
        return figure
    groups = match.re.groupindex  # « un millier » (`_THOUSANDS`) has no second scale: « s2 » was an IndexError
    second = match["s2"] if "s2" in groups else None
    last = "s2" if second else "s" if "s" in groups else "s1"
    said = match.end(last)  # where the quantity word ends (a noun of a date after it is no noun: `_own_noun`)
    rest = match.string[said:]
    verb = ELIDED_VERB.match(rest) or _LOSS_NEXT.match(rest)
    if _HEDGED_NEXT.match(rest):
        return None  # « des dizaines, voire des centaines »: the curator's (`hedged_figure`)
    if verb is not None:
        noun, end = verb["noun"], said + verb.end()
    elif re.match(rf"\s+d{APOS}entre\s+(?:eux|elles)(?!\w)", rest, re.IGNORECASE):
        noun, end = None, said
    elif PRONOUN_EN.search(match.string[max(0, match.start() - 60) : match.start()]):
        figure = replace(figure, reading=f"{figure.reading}; the counted noun is left out, « en » names it")
        return replace(figure, end=said, text=match.string[match.start() : said].strip(), elided=True)
    elif second or _alone(match) or _a_part(match):
        figure = replace(figure, reading=f"{figure.reading}; the counted noun is left out")
        return replace(figure, end=said, text=match.string[match.start() : said], elided=True)
    else:
        return None
    text = match.string[match.start() : end]
    return replace(
        figure,
        end=end,
        text=text,
        noun=noun,
        unit=unit_of(noun),
        reading=f"{figure.reading}; the counted noun is left out",
    )


def indefinite_figures(text: str) -> Iterator[Figure]:
    """« plusieurs soldats », « quelques obus »: at least 2 of a counted noun, never of time."""
    for match in _SEVERAL.finditer(text):
        unit = unit_of(match["noun"])
        if unit is None or unit in TIME_UNITS or fold_word(match["noun"]) in NOT_COUNTED:
            continue  # « plusieurs sources », « depuis plusieurs mois », « plusieurs fois annoncé » (round 61)
        reading = f"« {match['lead'].strip()} » read as at least 2"
        figure = figure_of(match, 2, "at_least", reading, match["noun"])
        if not a_distance(text, figure):  # « sur un front de quelques kilomètres »
            yield figure
    for match in _SEVERAL_OF_THEM.finditer(text):
        verb = ELIDED_VERB.match(text[match.end() : match.end() + 80])  # a verb's few words: a bounded look
        if verb is not None:
            reading = f"« {match.group()} » read as at least 2; the counted noun is left out"
            end = match.end() + verb.end()
            figure = figure_of(match, 2, "at_least", reading, None)
            yield replace(
                figure, end=end, text=text[match.start() : end], noun=verb["noun"], unit=unit_of(verb["noun"])
            )
    for match in _SINGLE.finditer(text):
        if unit_of(match["noun"]) is not None and not _A_SPAN_OF_ONE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            # « une seule nuit sans attaque »; not « dans une seule attaque », « tombés en une seule nuit », « pas un seul »
            yield figure_of(match, 1, "exact", f"« {match.group()} »: exactly one", match["noun"])
    for match in _FACTOR.finditer(text):
        value = parse_number(match["num"])
        if value is not None:
            figure = figure_of(match, value, "exact", f"« {match.group()} »: a factor of {display(value)}", None)
            yield replace(figure, unit="factor")
