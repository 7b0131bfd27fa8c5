"""One number with its qualifier and noun (`plain_figures`), its noun perhaps from the words around it, a table's
column, a question or a list's label; a number cut by a line break, a power, a day after « le ».

Its refusals run in the order that decides which reading wins: keep them in that order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from .frelided import elided_noun
from .frfigure import NOT_COUNTED, Figure, counted_noun, figure_of, number_matches, unreadable
from .frlists import Label, answered_noun
from .frmoney import SIGN_AFTER, a_price
from .frnotcounts import a_distance, clock_minutes, ends_a_name, in_a_name, is_noise, not_a_count, ratio
from .frnumerals import (
    A_YEAR,
    AMBIGUOUS_COMMA,
    DIGITS,
    LARGE,
    NUMBER_WORDS,
    SEPARATOR,
    SIGN_CUT,
    parse_number,
)
from .frqualifiers import (
    AN_ACT,
    SPATIAL,
    around_a_place,
    bounded_subject,
    qualifier_of,
    told_as_an_act,
    unread_bound,
)
from .frtables import cell_at, cell_heading, numbers_rows, row_qualifier
from .frwords import APOS, fold_word, unit_of
from .layout import Cell
from .lexicon import TIME_UNITS
from .spans import Span, overlaps

_THOUSANDS_TAIL = re.compile(rf"\d{{3}}(?:{SEPARATOR}\d{{3}})*(?:,\d+)?")
# A tail that opens with 0 (no count does) is cut across any blank too, or opening the text (« 11⏎⏎000 hommes »: the
# paragraph after the break begins with it); never after other words (« le document n° 007 »)
_BLANK_CUT = re.compile(r"(?:^|\d{1,3})\s*$")
# digits, then a sign no press prints between numbers (frnumerals `SIGN_CUT`), glued to the number that follows
# (« 1~000 », « 10~15 000 », « 3~4 000 »)
_SIGN_JOINED = re.compile(rf"\d{{1,3}}{SIGN_CUT}$")
# digits, then a hard line break before the three that open the number (« environ 11⏎000 hommes », a PDF's text)
_LINE_CUT = re.compile(r"\d{1,3}[ \t\u00a0]*\n[ \t\u00a0]*$")


def _cut_by(before: str) -> str:
    """What cut the number, in the curator's words: `before` runs from the cut to the three digits."""
    if "\n" in before:
        return "a line break cuts the number, or stands between two"
    return (
        "a sign cuts the number, or joins two" if before.strip() else "a number opening with 0 is the tail of another"
    )


def _cut_number(match: re.Match[str]) -> int | None:
    """Where a cut number begins: the digits a sign glues to this number, whatever it is (`_SIGN_JOINED`: « 1~000 »,
    « 10~15 000 », a range or a cut number, review69c: read 15 000 exact), or those before the three that open it
    across a line break (`_LINE_CUT`; any blank when the three open with 0). The rules cannot tell a cut number from
    two numbers, so it is a TODO, never « 000 » read as 0 nor « 500 » as 500; None when the number is whole."""
    before = max(0, match.start("num") - 8)
    if (joined := _SIGN_JOINED.search(match.string, before, match.start("num"))) is not None:
        return joined.start()
    if not _THOUSANDS_TAIL.fullmatch(match["num"]):
        return None
    cut = _LINE_CUT.search(match.string, before, match.start("num"))
    if cut is None and match["num"].startswith("0"):
        cut = _BLANK_CUT.search(match.string, before, match.start("num"))
    return cut.start() if cut else None


# « 10^15 soldats », « 10 ** 15 », « 1E+15 »: a power, whose exponent would read as the count (rev26 L4: 15 soldiers)
_POWER_BEFORE = re.compile(rf"(?<![\w.,])(?:{DIGITS})(?:\s*(?:\^|\*\*)\s*|[eE][+-])$")
_POWER_AFTER = re.compile(r"\s*(?:\^|\*\*)\s*\d|[eE][+-]\d")


# « les démineurs et les sapeurs, autour de six mille. »: a number that closes its sentence after a comma, with no noun
# of its own, counts the noun just before the comma
_APPOSED_NOUN = re.compile(r"(?P<noun>[^\W\d_]+)\s*,\s*$")
_CLOSES = re.compile(r"\s*[.!?…]*\s*$")


# A verb that says or counts a number as its object (« le Pentagone disait 8 000 jeudi dernier », « Kiev en annonçait
# 6 000 mardi », « Séoul parlait de 11 000 en octobre »): before a large number and its date, the number counts what
# the story counts, its noun left out (round 62, sealed41 x19). Not lexicon.toml's `speech_verbs` (voice.py `_SAYING`):
# these take the number as their object, the imperfect and « comptait », « recensait », « dénombrait » among them.
_COUNTED_BY_A_VERB = re.compile(
    rf"(?<![\w-])(?:disai(?:t|ent)|dit|disent|diront|dirait|parl\w*\s+(?:de\s+|d{APOS}\s*)|[ée]voqu\w*|avan[cç]\w*"
    rf"|annon[cç]\w*|comptai(?:t|ent)|recens\w*|d[ée]nombr\w*)\s*[«\"“]?\s*$",
    re.IGNORECASE,
)


# « le NIS disait environ 300 en janvier », « Séoul disait 600 en avril »: hundreds, in digits, are counted too (round
# 86); a smaller number after such a verb may be a day, a rank or a score
_HUNDREDS = re.compile(r"[1-9]\d{2}")


def _counted_by_a_verb(match: re.Match[str]) -> bool:
    """Whether a number of a hundred or more with no noun of its own, a date right after it, is what a verb of saying
    counts."""
    start = match.start("qual") if match["qual"] else match.start("num")
    return (
        bool(LARGE.search(match["num"]) or _HUNDREDS.fullmatch(match["num"].strip()))
        and _COUNTED_BY_A_VERB.search(match.string, max(0, start - 40), start) is not None
    )


def _carried(match: re.Match[str], carried: str | None) -> str | None:
    """The noun a number written out with none of its own counts from the words around it: the noun of the sentence
    before when the number opens the sentence (« … quinze mille hommes au total. Onze mille à l'automne 2024 »:
    `carried`), the noun before its comma when it closes the sentence (« les démineurs et les sapeurs, autour de six
    mille. »)."""
    text = match.string
    if re.fullmatch(NUMBER_WORDS, match["num"].strip(), re.IGNORECASE) is None:
        return None  # a spoken count is written out; digits opening a line are a time, a list's or a thread's number
    start = match.start("qual") if match["qual"] else match.start("num")
    if carried and not text[:start].strip(' «"“'):
        return carried
    before = _APPOSED_NOUN.search(text, max(0, start - 40), start)
    if before is not None and unit_of(before["noun"]) is not None and _CLOSES.fullmatch(text, match.end("num")):
        return before["noun"]
    return None


# « EN CHIFFRES », then « 11 000 : soldats du premier contingent », « ~6 000 : tués et blessés selon Kiev »: a key
# figure opening its line, what it counts after a colon (round 53)
_KEYED = re.compile(r"[ \t]*+:[ \t]++(?P<noun>[^\W\d_]+)")
_LINE_OPENS = frozenset(" \t•▪►*–—-")


def _keyed_noun(match: re.Match[str]) -> str | None:
    """The noun a number opening its line names after a colon, when the store counts it; never a year's."""
    text = match.string
    if (keyed := _KEYED.match(text, match.end("num"))) is None or A_YEAR.fullmatch(match["num"].strip()):
        return None
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    return keyed["noun"] if all(c in _LINE_OPENS for c in line) and unit_of(keyed["noun"]) is not None else None


def plain_figures(
    text: str,
    skip: Sequence[Span],
    asked: str | None = None,
    cells: Sequence[Cell] = (),
    carried: str | None = None,
    label: Label | None = None,
) -> Iterator[Figure]:
    """Each number outside `skip` that no other rule reads, with its qualifier and the noun it counts (its own, or
    the one a question, a table's column, a list's label or the sentence before names: see `find_figures`); a number
    a line break cuts, or a power, is a TODO."""
    taken = 0
    for match in number_matches(text):
        if match.start() < taken or overlaps(match.start("num"), match.end("num"), skip):
            continue
        if not_a_count(text, match.end("num")) or ratio(match):
            continue
        if match["noun"] is not None and fold_word(match["noun"]) in NOT_COUNTED:
            continue  # « au moins trois fois plus élevées »: a manner, not a count whose noun is left out
        # a word that belongs to a date is no counted noun (« atteindre 10 000 d'ici décembre »), nor one of the next
        # cell of a table (« 100 | 1 000 », « 2 000 <tab> non précisé »)
        cell = cell_at(cells, match.start("num"))
        if cell is not None and numbers_rows(cell[2]):
            continue  # « N° | SLUG | DURÉE », then « 01 | OUVERTURE | 0'50 »: a row's number, no count
        dated = match["noun"] is not None and overlaps(match.start("noun"), match.end("noun"), skip)
        dated = dated or (cell is not None and match["noun"] is not None and match.start("noun") >= cell[1])
        noun = None if dated else counted_noun(match["noun"]) or _keyed_noun(match)
        if AMBIGUOUS_COMMA.fullmatch(match["num"].strip()):
            if noun is not None and not in_a_name(text, match.start("num")):
                yield unreadable(match, noun, "an English thousands comma or a French decimal comma")
            continue
        if (cut := _cut_number(match)) is not None:
            figure = unreadable(match, noun, "")
            said = " ".join(text[cut : figure.end].split())
            reading = f"TODO: « {said} »: {_cut_by(text[cut : figure.start])}; write the value"
            yield replace(figure, start=cut, text=text[cut : figure.end].strip(), reading=reading)
            taken = match.end()
            continue
        if _POWER_AFTER.match(text, match.end("num")):
            continue  # the base of « 10^15 »: the exponent's number reads the whole
        if (power := _POWER_BEFORE.search(text, max(0, match.start("num") - 40), match.start("num"))) is not None:
            figure = unreadable(match, noun, "")
            said = text[power.start() : figure.end].strip()
            reading = f"TODO: « {said} »: a power, no count the rules read; write the value"
            yield replace(figure, start=power.start(), text=said, reading=reading)
            taken = match.end()
            continue
        value = parse_number(match["num"])
        if value is None or (noun is None and value == 1 and re.fullmatch(NUMBER_WORDS, match["num"].strip(), re.I)):
            continue  # « l'un des 90 volontaires », « dont un sur trois »: a pronoun, as « une brigade » is an article
        if noun is None and SIGN_AFTER.match(text, match.end("num")):
            continue  # « puis 9,90 €/mois »: a sum (the money rules read « 1,2 M$ »), never a count left out
        if unit_of(noun) is None and ends_a_name(match):
            continue  # « au micro d'Europe 1 un chercheur », « Université Rennes 2 apporte »: a name's number
        if clock_minutes(match, noun):
            continue  # « à 10 h 45 au cénotaphe »: the minutes of a clock time (round 120)
        if (
            unit_of(noun) is None
            and not match["qual"]
            and _A_DAY_ARTICLE.search(text, max(0, match.start("num") - 8), match.start("num"))
        ):
            continue  # « fin octobre, le 24 si je me souviens bien »: « le » and a number alone is a day
        answer = None if noun is not None else answered_noun(match, asked, label)
        answer = cell_heading(match, cell) if noun is None and answer is None else answer
        elided = (answer, match.end("num")) if answer is not None else elided_noun(match) if noun is None else None
        if noun is None and elided is None and (subject := bounded_subject(match)) is not None:
            elided = (subject, match.end("num"))  # « Les soldats … dépasseraient les 15 000 »: their number
        if noun is None and elided is None and (spoken := _carried(match, carried)) is not None:
            elided = (spoken, match.end("num"))  # « Onze mille à l'automne 2024 », « …, autour de six mille. »
        if noun is None and elided is None and dated and _counted_by_a_verb(match):
            elided = ("", match.end("num"))  # « le Pentagone disait 8 000 jeudi dernier »: a count said on a day
        if elided is not None and elided[0] == "" and not match["qual"] and A_YEAR.fullmatch(match["num"].strip()):
            continue  # « …, puis 2025 a vu leur retrait »: a year, no count of the noun counted before
        if elided is not None and elided[0] == "" and _of_a_time(text, match.start()):
            continue  # « avait servi huit ans dans la Légion, dont deux au Mali »: a part of a time, a time
        if elided is not None and (why := unread_bound(match)) is not None:
            # « Le nombre de tués ne dépasse pas les 4 000, selon Kiev »: at most, the other way round (review61)
            yield replace(unreadable(match, elided[0] or None, why), elided=True)
            taken = match.end()
            continue
        if elided is not None:
            kind, reading = qualifier_of(match)
            if kind == "exact" and cell is not None and cell_heading(match, cell) is not None:
                kind, reading = row_qualifier(match, cell, cells, value) or (kind, reading)
            said = text[match.start() : match.end("num")].strip()
            left_out, end = elided
            figure = figure_of(
                match, value, kind, f"« {said} »: {reading}; the counted noun is left out", left_out or None
            )
            qualifier = kind if match["qual"] else None  # « environ 300 avaient été tués et 2700 blessés »: carried
            yield replace(figure, end=end, text=text[match.start() : end].strip(), elided=True, qualifier=qualifier)
            continue
        if is_noise(match, value, noun, unit_of(noun)) or a_price(text, match.end("noun"), unit_of(noun), match["num"]):
            continue
        if (why := unread_bound(match) or (AN_ACT if told_as_an_act(match) else None)) is not None:
            yield unreadable(match, noun, why)
            taken = match.end()
            continue
        if around_a_place(match, noun):
            yield unreadable(match, noun, SPATIAL)
            taken = match.end()
            continue
        kind, reading = qualifier_of(match)
        figure = figure_of(match, value, kind, f"« {match.group().strip()} »: {reading}", noun)
        figure = replace(figure, qualifier=kind if match["qual"] else None)
        if a_distance(text, figure):
            continue
        taken = match.end()
        yield figure


_COUNT_BEFORE = re.compile(rf"(?<![\w,.])(?:\d+|{NUMBER_WORDS})\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE)


def _of_a_time(text: str, start: int) -> bool:
    """Whether a count whose noun is left out is a part (« dont … ») of the last number told before it in its sentence,
    and that number counts time (« huit ans », « trois mois »): a part of a time, no count of the story."""
    sentence = text[:start].rsplit(".", 1)[-1]
    counts = [*_COUNT_BEFORE.finditer(sentence)]
    part = re.search(r"(?<!\w)dont\s+$", sentence, re.IGNORECASE) is not None
    return part and bool(counts) and unit_of(counts[-1]["noun"]) in TIME_UNITS


# « le 24 », « Le 3 »: the singular article never counts a number of things, so a bare number after it, with no
# counted noun, is a day of the month (sealed51 o19, « le 24 » read as a count; round 75)
_A_DAY_ARTICLE = re.compile(r"(?<![\w'’])le\s+$", re.IGNORECASE)
