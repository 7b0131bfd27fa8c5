"""Ranges: « entre N et M », « N à M », « N-M », alternatives side by side, a scale shared by both ends; « N, voire
M » and « N ± M »; and the ranges of shares and times, which count nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from .frcalendar import month_number
from .frchanges import CHANGED, CHANGED_OBJECT, FROM, change_figures
from .frelided import (
    ELIDED_AFTER,
    ELIDED_BEFORE,
    ELIDED_VERB,
    ESTIMATED_OBJECT,
    IN_ALL,
    OF_THEM,
    OTHERS,
    PART_OF,
    PRONOUN_EN,
    SOURCE_AFTER,
    THIS_NUMBER_OF,
    TO_BEFORE,
    TOTAL_BEFORE,
)
from .frfigure import NOT_COUNTED, NOUN, STARTS, Figure, counted_noun, figure_of
from .frlists import Label, answer_start, answered_noun
from .frmoney import a_price
from .frnotcounts import FIRST_WORD, a_term, in_a_name, not_a_count, previous_words
from .frnumerals import (
    A_YEAR,
    CUT_DIGITS,
    DIGITS,
    NOT_INSIDE_A_RUN,
    SCALE_WORDS,
    SCALES,
    SIGN_CUT,
    VAGUE_SCALES,
    WORD,
    as_int_if_whole,
    display,
    parse_number,
    scaled,
)
from .frwords import fold_word, unit_of
from .lexicon import TIME_UNITS
from .spans import Span, overlaps

_HIGH_ENDS = ("b1", "b2", "b3", "b4")
_ENDS = ("a1", "a2", "a3", "a4", *_HIGH_ENDS)
# Alternatives side by side (« cent, cent cinquante ») are a range when the last is at most this many times the first.
_SPOKEN_RANGE = 10
# a number a sign cuts is matched whole, before its pieces could make a range (« entre 10 et 12~000 »)
_RANGE_DIGITS = rf"{CUT_DIGITS}|{DIGITS}"
_RANGE_NUMBER = rf"(?:{_RANGE_DIGITS})(?:\s+(?:{SCALE_WORDS}))?|{WORD}(?:[\s-]+{WORD})*"
_RANGE = re.compile(
    rf"{STARTS}{NOT_INSIDE_A_RUN}(?:entre\s+(?P<a1>{_RANGE_NUMBER})\s+et\s+(?P<b1>{_RANGE_NUMBER})"
    rf"|(?:de\s+)?(?P<a2>{_RANGE_NUMBER})\s+(?:[àa]|(?P<or>ou))\s+(?P<b2>{_RANGE_NUMBER})"  # « trois ou quatre mille »
    rf"|(?P<a3>{_RANGE_DIGITS})\s*[-–]\s*(?P<b3>{_RANGE_DIGITS})"
    # « de cent, cent cinquante hommes », « 1 200, 1 500 ou 2 000 hommes »: numbers side by side, the speaker's range
    rf"|(?P<a4>{_RANGE_NUMBER})(?:\s*,\s+(?:{_RANGE_NUMBER}))*(?:\s*,\s+|\s*,?\s+ou\s+)(?P<b4>{_RANGE_NUMBER}))"
    # « de deux à trois milliers d'hommes »: a scale noun after the high end counts both ends
    r"(?:\s+(?P<scale>dizaines|centaines|milliers))?"
    rf"(?!\w){NOUN}?",
    re.IGNORECASE,
)
# « 10 000, voire 12 000 soldats »: at least the first, perhaps the second; only a curator can say which to keep.
_VOIRE = re.compile(rf"{STARTS}(?P<a>{DIGITS}),?\s+voire\s+(?P<b>{DIGITS})(?!\w){NOUN}", re.IGNORECASE)
# « 600 ± 50 soldats »: a number and its margin.
_MARGIN = re.compile(rf"{STARTS}(?P<a>{DIGITS})\s*±\s*(?P<b>{DIGITS})(?!\w)(?:{NOUN})?", re.IGNORECASE)


def _range_ends(low_text: str, high_text: str) -> tuple[float, float, str] | None:
    """Both ends of a range, the low one scaled like the high one when French shares the scale: « entre dix et
    douze mille » (10 000–12 000), « entre 1,5 et 2 millions », « 10 à 12 000 »."""
    low, high = parse_number(low_text), parse_number(high_text)
    if low is None or high is None:
        return None
    note = ""
    scale = re.search(rf"\s({SCALE_WORDS})$", high_text.strip(), re.IGNORECASE)
    if scale and not re.search(rf"\s({SCALE_WORDS})$", low_text.strip(), re.IGNORECASE) and low < high / 1000 * 1000:
        factor = SCALES[fold_word(scale[1])]
        if scaled(low, factor) <= high:
            low, note = scaled(low, factor), f"; « {scale[1]} » counts both ends"
    elif re.search(r"\scents?$", high_text.strip(), re.IGNORECASE) and low < 10:
        # « deux à trois cents soldats »: « cents » scales both ends as « mille » does (it was read 2–300)
        low, note = scaled(low, 100), "; « cents » counts both ends"
    elif low < 1000 <= high and high % 1000 == 0 and 1000 * low <= high and re.fullmatch(r"\d+", low_text.strip()):
        low, note = low * 1000, "; « 000 » shared by both ends, as French writes it"
    return (low, high, note) if low < high else None


def _opens_a_range(match: re.Match[str]) -> bool:
    """Whether the last of numbers side by side opens a range of its own (« 2024, 10 000 à 12 000 »): the comma
    then parts two things, a number (a year, a reference) and the range."""
    after = _RANGE.match(match.string, match.start("b4"))
    return after is not None and after["a4"] is None


def _a_year_then_a_count(match: re.Match[str]) -> bool:
    """Whether numbers side by side are a month's year and a count (« Le 12 dec 2024, 3 000 soldats », a date the
    rules did not read): a year after a month's name, no alternative to the count after it (round 65)."""
    before = previous_words(match.string, match.start("a4"), 1)
    return bool(before) and month_number(before[-1]) is not None and A_YEAR.fullmatch(match["a4"].strip()) is not None


def range_figures(
    text: str, skip: Sequence[Span], asked: str | None = None, label: Label | None = None
) -> Iterator[Figure]:
    """Every range of `text`. A match that takes in a date's number (« 2024, 10 000 » out of « Le 5 novembre 2024,
    10 000 à 12 000 soldats ») or two numbers of two things (« n° 5, 10 000 ») is no range, and the search resumes
    after the date or at that match's last number, so that the range it swallowed is still read (rev26 M3): it used
    to be lost and its high end read alone, « 12 000 soldats », exact."""
    position = 0
    while (match := _RANGE.search(text, position)) is not None:
        position = match.end()
        # a date may stand where the counted noun would (« Obus livrés : entre 9 et 12 millions depuis l'été 2023 »):
        # the range is read, its noun left out
        counted = max(match.end(g) for g in (*_HIGH_ENDS, "scale") if match[g])
        if dates := [b for a, b in skip if match.start() < b and a < counted]:
            position = max(match.start() + 1, *dates)
            continue
        dated = match["noun"] is not None and overlaps(match.start("noun"), match.end("noun"), skip)
        if in_a_name(text, match.start()):
            continue
        if any(match[g] and re.match(CUT_DIGITS, match[g]) for g in _ENDS):
            if (cut := _cut_range(match, dated)) is not None:
                yield cut  # « entre 10 et 12~000 »: no range 10–12; « entre 10~000 et 12 000 »: no 12 000 exact
            continue
        low_text = match["a1"] or match["a2"] or match["a3"] or match["a4"]
        high_text = match["b1"] or match["b2"] or match["b3"] or match["b4"]
        ends = _range_ends(low_text, high_text)
        if match["a4"] and (
            ends is None or ends[1] > _SPOKEN_RANGE * ends[0] or _opens_a_range(match) or _a_year_then_a_count(match)
        ):
            position = match.start("b4")  # « page 12, 300 soldats »: two numbers of two things; the last may open a
            continue  # range of its own (« n° 5, 10 000 à 12 000 », « Le rapport 2024, 10 000 à 12 000 »)
        if not_a_count(text, max(match.end(g) for g in _HIGH_ENDS if match[g])):
            continue
        noun = None if dated else counted_noun(match["noun"])
        if unit_of(noun) in TIME_UNITS and not a_term(text, match.start(), unit_of(noun)):
            continue  # « âgés de 18 à 25 ans », « deux ou trois jours »: an age or a span of time, no count
        if noun is not None and a_price(text, match.end("noun"), unit_of(noun), high_text):
            continue  # « 3 000 à 4 000 euros pièce »: a price
        if match["a2"] and (verb := CHANGED.search(text, max(0, match.start() - 40), match.start())) is not None:
            yield from change_figures(match, verb, noun)
            continue
        if (
            match["a2"]
            and FROM.match(match.group())
            and (verb := CHANGED_OBJECT.search(text, max(0, match.start() - 60), match.start()))
        ):
            yield from change_figures(match, verb, noun, acted=True)
            continue
        if ends is None:
            continue
        low, high, note = ends
        if match["scale"]:
            factor = VAGUE_SCALES[fold_word(match["scale"])[:-1]]
            low, high = scaled(low, factor), scaled(high, factor)
            note += f"; « {match['scale']} » counts both ends"
        if match["a4"]:
            note += f"; « {match['a4'].strip()}, » and the number after it: alternatives side by side, a range"
        if noun is None and (answer := answered_noun(match, asked, label)) is not None:
            end = max(match.end(g) for g in _HIGH_ENDS if match[g])
            start = answer_start(match) if answer == asked else None
            start = match.start() if start is None else start  # « Environ 8 000 à 9 000 »: the whole answer
            said = text[start:end].strip()
            question = f"« combien de {answer} »" if answer else "the question before (« combien … ? »)"
            question = f"the line's label « {answer} »" if label is not None and answer == label[1] else question
            reading = f"« {said} »: a range from {display(low)} to {display(high)}{note}; it answers {question}"
            answered = figure_of(
                match,
                None,
                "range",
                reading,
                answer or None,
                value_min=as_int_if_whole(low),
                value_max=as_int_if_whole(high),
            )
            yield replace(answered, start=start, end=end, text=said, elided=True)
            continue
        if noun is None:  # « dont 1 000 à 1 500 auraient été tués »: the noun is left out
            figure = _elided_range(match, low, high, note)
            if figure is None and match["a4"]:
                # « puis trois mille, trois mille cinq cents en renfort »: a spoken range, which counts the noun of
                # the figure before it in the sentence (`find_figures`), if any
                end = max(match.end(g) for g in _HIGH_ENDS if match[g])
                said = text[match.start() : end].strip()
                reading = f"« {said} »: a range from {display(low)} to {display(high)}{note}"
                figure = figure_of(
                    match, None, "range", reading, None, value_min=as_int_if_whole(low), value_max=as_int_if_whole(high)
                )
                figure = replace(figure, end=end, text=said)
            if figure is not None:
                yield figure
            continue
        reading = f"« {match.group().strip()} »: a range from {display(low)} to {display(high)}{note}"
        yield figure_of(
            match, None, "range", reading, noun, value_min=as_int_if_whole(low), value_max=as_int_if_whole(high)
        )


def _cut_range(match: re.Match[str], dated: bool) -> Figure | None:
    """A range one of whose numbers a sign cuts: a TODO with the noun it counts, its own or the one the words around
    name (`_elided_range`, its numbers read as if each sign were a space); None when nothing counts it, as for a
    whole range (review69c: a TODO without a noun was dropped, and with it the number)."""
    noun = None if dated else counted_noun(match["noun"])
    figure: Figure | None = figure_of(match, None, "exact", "", noun)
    if noun is None:
        low_text = match["a1"] or match["a2"] or match["a3"] or match["a4"]
        high_text = match["b1"] or match["b2"] or match["b3"] or match["b4"]
        ends = _range_ends(re.sub(SIGN_CUT, " ", low_text), re.sub(SIGN_CUT, " ", high_text))
        figure = _elided_range(match, ends[0], ends[1], "") if ends else None
    if figure is None:
        return None
    said = " ".join(figure.text.split())
    reading = f"TODO: « {said} »: a sign cuts a number of this range, or stands between two; write it"
    return replace(figure, value=None, value_kind="exact", value_min=None, value_max=None, reading=reading)


def _de_thousands(match: re.Match[str], high: float) -> bool:
    """« Les estimations vont de 3 à 5 millions. », « de 3 000 à 5 000 »: « de N à M » whose high end is in thousands
    or more is one quantity's range, as « entre N et M » is (round 20: it was dropped); « de 3 à 5 » alone may be
    anything (hours, a score, rounds), and stays no figure."""
    return bool(match["a2"]) and not match["or"] and high >= 1000 and re.match(r"de\s", match.group(), re.I) is not None


def _elided_range(match: re.Match[str], low: float, high: float, note: str) -> Figure | None:
    """A range whose counted noun is left out: after « dont » or « parmi eux », before a verb of loss or « d'entre
    eux », or any « entre N et M » (« entre 4 000 et 5 000 sur place », « entre 1 000 et 1 500 d'entre eux »): the
    words say it is one range, so it is never dropped for its high end to be read alone, exact (sealed16)."""
    text = match.string
    end = max(match.end(g) for g in _HIGH_ENDS if match[g])
    verb = ELIDED_VERB.match(text[end : end + 80])
    part = PART_OF.match(text[end : end + 120]) if verb is None else None  # « 3 000 à 4 000 des 11 000 soldats »
    # « trois à quatre mille autres seraient repartis »: more of the thing counted before, as for one number (its high
    # end was read alone, exact: sealed20's WRONG)
    after = text[end : end + 40]
    of_them = OF_THEM.match(after) or OTHERS.match(after) if verb is None and part is None else None
    # « elle n'en tiendrait plus que 200 à 300 »: « en » names the noun counted before, as it does for one number
    # (`elided_noun`); the range was dropped and each end read alone, exact (sealed19's two WRONG)
    pronoun = PRONOUN_EN.search(text[max(0, match.start() - 60) : match.start()]) is not None
    # « ses soldats, 11.000 à 12.000 selon les premières estimations »: its source after it, in thousands (round 41);
    # « atteindraient 15 000 à 17 000 au total »: all of the noun counted before, as for one number (round 144: each
    # end was read alone, exact, sealed185 k20's blind WRONG)
    counted_after = high >= 1000 and (SOURCE_AFTER.match(after) is not None or IN_ALL.match(after) is not None)
    # « évalue à « 2 100 à 2 400 » le nombre de morts », « estime les pertes à 2 100 à 2 400 »: the words around name
    # the noun, as they do for one number (`elided_noun`); the range was dropped and each end read alone, exact
    # (sealed50 g18's two WRONG; round 79)
    before = text[max(0, match.start() - 80) : match.start()]
    named = (
        TOTAL_BEFORE.search(before) or ESTIMATED_OBJECT.search(before) or THIS_NUMBER_OF.search(before)
        if verb is None and part is None
        else None
    )
    told = ELIDED_AFTER.match(text[end:]) if verb is None and part is None and TO_BEFORE.search(before) else None
    if (naming := named or told) is not None:
        reach = end if told is None else end + told.end()
        noun = naming["noun"]
        said = text[match.start() : reach].strip()
        reading = f"« {said} »: a range from {display(low)} to {display(high)}{note}; it counts « {noun} »"
        figure = figure_of(
            match, None, "range", reading, noun, value_min=as_int_if_whole(low), value_max=as_int_if_whole(high)
        )
        return replace(figure, end=reach, text=said, noun=noun, unit=unit_of(noun))
    if (
        verb is None
        and part is None
        and of_them is None
        and not pronoun
        and not counted_after
        and not match["a1"]
        and not _de_thousands(match, high)
        and not ELIDED_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    ):
        return None
    said = text[match.start() : end].strip()
    reading = f"« {said} »: a range from {display(low)} to {display(high)}{note}; the counted noun is left out"
    noun = verb["noun"] if verb else part["noun"] if part else None
    figure = figure_of(
        match, None, "range", reading, noun, value_min=as_int_if_whole(low), value_max=as_int_if_whole(high)
    )
    # the verb's loss word is the range's noun: the range reaches it, as a single number's does (`elided_noun`)
    reach = end + verb.end("noun") if verb else end + of_them.end() if of_them else end
    said = text[match.start() : reach].strip()
    # « la fourchette était montée à « 14 000 à 15 000 » », « Il s'agit de 3 000 à 4 000 »: the words before say a
    # count of the noun counted before, as they do for one number (`elided_noun`; the range was kept and then dropped
    # for want of a noun: round 86)
    # (a range of hundreds or more: « Ils étaient quatre, cinq dans la pièce » counts no thing of the story)
    told_before = high >= 100 and ELIDED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) is not None
    elided = noun is None and (
        of_them is not None
        or pronoun
        or counted_after
        or bool(match["a1"])
        or _de_thousands(match, high)
        or told_before
    )
    return replace(figure, end=reach, text=said, noun=noun, unit=unit_of(noun), elided=elided)


def voire_figures(text: str) -> Iterator[Figure]:
    """« 10 000, voire 12 000 soldats »: a TODO, at least the first, perhaps the second; the curator picks."""
    for match in _VOIRE.finditer(text):
        noun = counted_noun(match["noun"])
        if noun is not None:
            yield figure_of(
                match, None, "exact", f"TODO: « {match.group().strip()} »: at least the first, perhaps the second; "
                "write the value you read", noun,
            )  # fmt: skip


def margin_figures(text: str) -> Iterator[Figure]:
    """« 600 ± 50 soldats »: a number give or take a margin is the range it spans, never the margin read as a count."""
    for match in _MARGIN.finditer(text) if "±" in text else ():
        value, margin = parse_number(match["a"]), parse_number(match["b"])
        if value is None or margin is None or margin >= value:
            continue
        low, high = as_int_if_whole(value - margin), as_int_if_whole(value + margin)
        reading = f"« {match.group().strip()} »: {display(value)} give or take {display(margin)}, the range {display(low)}–{display(high)}"
        yield figure_of(match, None, "range", reading, counted_noun(match["noun"]), value_min=low, value_max=high)


def uncounted_ranges(text: str) -> list[Span]:
    """« 10 à 15 % des effectifs », « 2 à 3 fois celles des Russes »: a range of shares or of times, never a count,
    and neither of its ends read alone (review56: « s'élèverait à 2 à 3 fois celui des tués » was read as 2-3
    soldiers, and « 10 à 15 % » as 10, exact, in silence)."""
    spans: list[Span] = []
    for match in _RANGE.finditer(text):
        end = max(match.end(g) for g in _HIGH_ENDS if match[g])
        word = FIRST_WORD.match(text, end)
        if not_a_count(text, end) or (word is not None and fold_word(word[1]) in NOT_COUNTED):
            spans.append((match.start(), end))
    return spans
