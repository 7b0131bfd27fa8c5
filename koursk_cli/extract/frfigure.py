"""A figure: the `Figure` record, the pattern of one number with its qualifier and the noun it counts, and how a
rule's match becomes a `Figure`.

Apart because every rule family builds its figures with these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .frnumerals import NUMBER, SPACE_REFERENCE, as_int_if_whole
from .frqualifiers import QUALIFIER, valued
from .frwords import DE, fold_word, unit_of
from .lexicon import words

_FUNCTION_WORDS = words("function_words")
NOT_COUNTED = words("not_counted")  # « deux fois plus »


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in a sentence, with the reading that turned it into a value."""

    start: int
    end: int
    text: str
    value: float | None
    value_kind: str
    value_min: float | None
    value_max: float | None
    unit: str | None
    noun: str | None
    reading: str
    elided: bool = False
    """The counted noun is left out and no figure before names it: a candidate whose unit the curator writes."""
    qualifier: str | None = None
    """The kind (lexicon.toml [qualifiers]: at_least, at_most, approximate, nearly) of the words before the number
    that qualify it (« environ 300 », « près de 300 »), or of those a coordination's first member carried to it
    (`with_coordinated_qualifiers`); None when bare. Kept apart from value_kind, which « près de » turns into a
    range."""
    compared: bool = False
    """The second count of « N noun contre M » (« par 78 voix contre 12 », « 3 000 blessés, contre 2 000 en
    décembre »), its noun left out: it counts what the first counts (claimdrafts.py `story_counts`, round 27)."""


# A number starts after no word, digit group or decimal, nor the colon of a clock time (« 18:05 - 300 soldats »: 05 is
# the minutes, never the low end of a range) or of a file's name (« #: src/coree-russie.md:3 », « footer.html:14 »: a
# line of that file, as gettext, compilers and grep cite it), nor as a markup attribute's value (« width="800" »;
# round 58), nor inside a character reference (« &#62; 10 000 »: « > », never 62; review69c).
_FILE_LINE = "".join(rf"(?<!\.[^\W\d_]{{{length}}}:)" for length in range(1, 5))
STARTS = rf"(?<![\w.,])(?<!\d:){_FILE_LINE}(?<!=[\"'])(?<!&#)"
CLOSE = r"(?:\s*[»”\"])?"  # « « plus de 10.000 » militaires »: a closing quotation mark before the noun
# « les 2 000 premiers volontaires », « 300 autres soldats »: an ordinal or « autres » before the counted noun.
_ORDINAL = r"(?:premi[eè]re?s|derni[eè]re?s|autres|[^\W\d_]+i[eè]mes)\s+(?=[^\W\d_])"
# « près de 3 800 « pertes » », « 18 « martyrs » »: the counted noun may stand in quotation marks of its own
_OPEN = r"(?:[«“\"]\s*)?"
# « a) environ 1 000    b) environ 11 000 »: a letter before « ) » is a multiple choice's next answer, never a noun;
# a space's character reference may stand before it as a space does (« 1&nbsp;300&nbsp;km² »: round 58)
NOUN = rf"(?:\+(?!\s*\d))?{CLOSE}(?:\s|{SPACE_REFERENCE})*{_OPEN}{DE}?(?:{_ORDINAL})?(?![^\W\d_]\))(?P<noun>km²|km2|%|kilom[èe]tres?\s+carr[ée]s?|[^\W\d_][\w²]*(?:-[^\W\d_]+)*(?:·[^\W\d_]+)*)"  # « Nord-Coréens »
# « nonante pour cent », « soixante-dix pour cent »: the « cent » of « pour cent » is the percent sign in words, never
# a hundred (its number is a share: lexicon.toml `not_counts`)
_PER_CENT = r"(?!(?<=pour\s)cents?(?!\w))"
FIGURE = re.compile(
    rf"{STARTS}{_PER_CENT}(?:(?P<qual>{QUALIFIER}))?(?P<num>{NUMBER})(?![\w])(?:{NOUN})?",
    re.IGNORECASE,
)


def figure_of(
    match: re.Match[str], value: float | None, kind: str, reading: str, noun: str | None, **bounds: float | None
) -> Figure:
    """The `Figure` a number's match reads: its value and qualifier (`valued`), its reading, its noun; its text runs
    to the noun when it has one."""
    value, kind, reading, bounds = valued(value, kind, reading, bounds)
    end = match.end("noun") if noun else match.end()
    text = match.string[match.start() : end].strip()
    return Figure(
        start=match.start(),
        end=end,
        text=text,
        value=as_int_if_whole(value) if value is not None else None,
        value_kind=kind,
        value_min=bounds.get("value_min"),
        value_max=bounds.get("value_max"),
        unit=unit_of(noun),
        noun=noun,
        reading=reading,
    )


def counted_noun(noun: str | None) -> str | None:
    """The word after a number, when it can be the thing counted: not a function word (« 3 000 à Koursk », « 2 000
    ont été tués »), not a capitalised word (« FRANCE 24 Suivre ») unless it is a counted noun (« 2 000
    Nord-Coréens »), not « fois » (« deux fois plus »)."""
    if noun is None or fold_word(noun) in _FUNCTION_WORDS | NOT_COUNTED:
        return None
    if noun[:1].isupper() and unit_of(noun) is None:
        return None
    return noun


def unreadable(match: re.Match[str], noun: str | None, why: str) -> Figure:
    """A number no rule values (`why`): a TODO for the curator to write the value."""
    return figure_of(match, None, "exact", f"TODO: « {match.group().strip()} »: {why}; write the value", noun)


def number_matches(text: str) -> Iterator[re.Match[str]]:
    """Every number with its qualifier and the word after it. The word after a number may be the qualifier of the
    next one (« le 6 août 2024 quelque 600 km² »): when a number is not read as a figure, the search resumes right
    after it, so that word is seen again as the next number's qualifier."""
    position = 0
    while (match := FIGURE.search(text, position)) is not None:
        yield match
        position = match.end("num")
