"""Second looks at each chosen figure: a number the text denies or only hedges (a TODO), the killed and the wounded
counted together, a count of time that is another count's period, a figure past what the store holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .frfigure import Figure
from .frnotcounts import PEOPLE_UNITS
from .frnumerals import NUMBER, WORD
from .frwords import APOS, DE, fold_word
from .lexicon import TIME_UNITS, printed_words, words

LARGEST = 10**15
"""The largest figure the store holds (store/validate.py MAX_NUMBER): past it a float no longer holds every integer
for sure, and « 99999999999999999999 soldats » read as 1e20, a value the quote does not write (rev26 L4)."""


def _left_to_the_curator(figure: Figure, reading: str) -> Figure:
    """The figure as a candidate with no value (a TODO): `reading` says why and what the curator writes."""
    return replace(figure, value=None, value_kind="exact", value_min=None, value_max=None, reading=reading)


def within_reach(figure: Figure) -> Figure:
    """A figure past LARGEST is a TODO: no count of this story is that large, and its value cannot be read for sure."""
    if all(v is None or abs(v) <= LARGEST for v in (figure.value, figure.value_min, figure.value_max)):
        return figure
    reading = f"TODO: « {figure.text} » is past the largest figure the store holds ({LARGEST:,}); write the value"
    return _left_to_the_curator(figure, reading)


# the marks that part a count from a count of time as its period (`periods_of_counts`): a sentence's end, a semicolon
# or a colon, never a comma (« en 48 heures, 300 soldats ont été tués » is one count's period)
_PERIOD_STOP = re.compile(r"[.;:!?…]")


def periods_of_counts(figures: list[Figure], text: str) -> list[Figure]:
    """« 1 500 Ukrainiens tués en 48 h », « en 48 heures, 300 soldats ont été tués »: a count of time in a clause that
    counts something else is the period of that count, never a figure of its own (read as 48 killed, it was a value
    read wrong in silence: sealed14). A term with no other count in its clause (« mettre fin à la guerre en 24
    heures ») stays a figure."""
    counts = [f for f in figures if f.unit not in TIME_UNITS]
    return [
        f
        for f in figures
        if f.unit not in TIME_UNITS
        or not any(_PERIOD_STOP.search(text, min(c.end, f.end), max(c.start, f.start)) is None for c in counts)
    ]


# « des dizaines, voire des centaines de soldats », « 11 000 et peut-être 12 000 soldats »: a second quantity that only
# hedges the first (« voire », « peut-être », « ou même »), after a number or a quantity word.
_PERHAPS = re.compile(
    rf"(?:\d|(?<!\w){WORD}|[^\W\d_]+aines?|milliers?|millions?)(?:\s+[^\W\d_'’]+){{0,3}}\s*,?\s*(?:et\s+|ou\s+)?"
    r"(?:voire(?:\s+m[êe]me)?|peut-[êe]tre(?:\s+m[êe]me)?|m[êe]me)\s+$",
    re.IGNORECASE,
)


_HEDGES = re.compile(r"voire|peut-|m[êe]me", re.IGNORECASE)  # a cheap look before _PERHAPS's


# « 4 000 morts et blessés », « 4 000 soldats tués ou blessés », « 1 000 Nord-Coréens, tués ou blessés »: killed and
# wounded counted together, with no number between the figure and the words.
_KILLED_AND_WOUNDED = re.compile(
    r"(?:[^\d.;:!?«»()]{0,40}?(?<!\w)(?:tu[ée]e?s?|morte?s?))?\s*,?\s+(?:et|ou)\s+(?:de\s+|des\s+)?bless[ée]e?s?(?!\w)",
    re.IGNORECASE,
)
_KILLED = frozenset(["deaths"])


def killed_and_wounded(figure: Figure, text: str) -> Figure:
    """A count of the killed and the wounded together is casualties, never the killed alone (its unit says so, and
    claimdrafts.py `_killed_only` never gives it a measure of the killed only)."""
    if figure.unit not in _KILLED | PEOPLE_UNITS - {"wounded"}:
        return figure
    match = _KILLED_AND_WOUNDED.match(text, figure.end)
    if match is None or (figure.unit not in _KILLED and not re.search(r"tu[ée]|mort", match.group(), re.I)):
        return figure
    said = " ".join(text[figure.start : match.end()].split())
    reading = f"{figure.reading}; « {said} »: the killed and the wounded counted together, casualties"
    return replace(figure, unit="casualties", reading=reading)


# « non pas 12 000 mais 11 000 », « 11 000, et non 12 000 », « ce ne sont pas 12 000 soldats »: a number the text
# denies right before it, perhaps with its article (« et non les 12 000 annoncés »).
_DENIAL = re.compile(
    rf"(?<!\w)(?:non\s+pas|et\s+non|ou\s+non|pas|plut[ôo]t\s+que|au\s+lieu\s+{DE}|loin\s+des?)\s*,?\s*(?:les\s+|des\s+)?[«\"“]?\s*$",
    re.IGNORECASE,
)


# « on ne parle pas des 2 000 blessés », « Kiev ne cite pas les 300 disparus »: a verb of speaking or leaving aside
# (lexicon.toml `naming_verbs`) denied before an article names the number without denying it, as « sans parler des »
# would (round 86); any other verb denies or bounds it, a TODO: « ce ne sont pas les 12 000 annoncés », « ne dépasse pas
# les 5 000 hommes », « ne compte pas les 12 000 soldats annoncés, mais environ 8 000 » (review58)
_NOT_THAT_VERB = re.compile(
    rf"(?<![\w'’])n(?:e\s+|{APOS}\s*)(?:(?:y|en|le|la|les|l{APOS})\s*)?(?P<verb>[^\W\d_]+)"
    r"(?:\s+(?:m[êe]me|encore))?\s+pas\s+(?:les|des)\s+[«\"“]?\s*$",
    re.IGNORECASE,
)
_NAMING_VERBS = tuple(words("naming_verbs"))


def denied_figure(figure: Figure, text: str) -> Figure:
    """A number the text denies is no value of anything: a candidate with a TODO for the curator, never a value read
    as firm (« non pas 12 000 mais 11 000 soldats » is 11 000; 12 000 is what was said before, wrongly)."""
    if figure.value is None and figure.value_min is None:
        return figure
    if not _DENIAL.search(text, max(0, figure.start - 30), figure.start):
        return figure
    verb = _NOT_THAT_VERB.search(text, max(0, figure.start - 60), figure.start)
    if verb is not None and fold_word(verb["verb"]).startswith(_NAMING_VERBS):
        return figure  # « on ne parle pas des 2 000 blessés »: named, not denied
    reading = f"TODO: « {figure.text} »: the text denies this number (« non », « pas »); write what it says instead"
    return _left_to_the_curator(figure, reading)


# « de 11 000 à plus de 12 000 hommes », « entre 2 500 et plus de 6 000 morts », « d'environ 11 000 à plus de 12 000 »: a
# number before a bound that opens the spread's top (round 135: read as at least 12 000 alone, a value the text does
# not give; sealed158, sealed159)
_SPREAD_FROM = re.compile(
    rf"(?<![\w'’])(?:de\s+|d{APOS}\s*|entre\s+)(?:(?:environ|quelque)\s+)?(?:{NUMBER})\s+(?:[àa]|et)\s+$", re.IGNORECASE
)
# … after no word of change in its clause (lexicon.toml `change_verbs`, `changes_told`): « a porté son contingent de
# 11 000 à plus de 14 000 », « la hausse du contingent, de … » are counts that changed (review88)
_CHANGED_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{printed_words('change_verbs')}|{printed_words('changes_told')})[^.;:!?«»]*$", re.IGNORECASE
)


def open_spread(figure: Figure, text: str) -> Figure:
    """A spread from a number to a bound (« de 11 000 à plus de 12 000 », sources that differ) has an open top, which
    no value kind holds: a candidate with a TODO for the curator, never the bound alone read as firm; not a count
    that changed (frchanges.py, `_CHANGED_BEFORE`)."""
    if figure.value_kind not in ("at_least", "at_most"):
        return figure
    low = _SPREAD_FROM.search(text, max(0, figure.start - 50), figure.start)
    if low is None or _CHANGED_BEFORE.search(text, max(0, low.start() - 80), low.start()) is not None:
        return figure
    said = " ".join(text[low.start() : figure.end].split())
    reading = (
        f"TODO: « {said} »: a spread from one number to a bound, its top open, which no value kind holds; "
        "write the range of its ends or the bound you read"
    )
    return replace(_left_to_the_curator(figure, reading), start=low.start(), text=said)


def hedged_figure(figure: Figure, text: str) -> Figure:
    """A figure that only says how far the one before might go (« voire », « peut-être ») is the curator's call,
    like « 10 000, voire 12 000 »: a candidate with a TODO, never a value read as firm."""
    window = max(0, figure.start - 80)
    if figure.value is None and figure.value_min is None:
        return figure
    if not _HEDGES.search(text, window, figure.start) or not _PERHAPS.search(text, window, figure.start):
        return figure
    reading = (
        f"TODO: « {figure.text} » only says how far the quantity before it might go (« voire », « peut-être »); "
        "write the value you read"
    )
    return _left_to_the_curator(figure, reading)
