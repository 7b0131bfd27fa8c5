"""A French number as written → its value: digits with any thousands separator, scale words (« 1,5 million »,
« 11k »), numbers in words (« quatre-vingt-dix », « septante »), and the values of the quantity words (« centaine »).

Apart because it reads a number alone, whatever it counts: the dates read theirs with it too.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from .frwords import fold_word

_WORD_VALUES = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    # Belgian and Swiss French
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6}
SCALES |= {"milliard": 10**9, "milliards": 10**9, "k": 1000}  # « 11 k » in an infographic: thousands
# Swiss French abbreviates them (« 1,2 mio de francs », « 3,5 mia », « 2 mrd »; round 62): read as 1.2, a value wrong
# in silence wherever a topic counts the sum
SCALES |= {"mio": 10**6, "mios": 10**6, "mia": 10**9, "mias": 10**9, "mrd": 10**9, "mrds": 10**9}
VAGUE_SCALES = {"dizaine": 10, "centaine": 100, "millier": 1000, "million": 10**6, "milliard": 10**9}
ABOUT_SCALES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40}
ABOUT_SCALES |= {"cinquantaine": 50, "soixantaine": 60, "centaine": 100, "demi-millier": 500}
ABOUT_SCALES |= {"demi-million": 500_000, "millier": 1000}
ABOUT_SCALES |= {"septantaine": 70, "huitantaine": 80, "nonantaine": 90}  # Belgian and Swiss French

WORD = r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
WORD += (
    r"|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|millions?|milliards?)"
)
NUMBER_WORDS = rf"{WORD}(?:(?:[\s-]+et)?[\s-]+{WORD})*(?:\s+et\s+demie?)?"


def _spellings(alternative: str) -> list[str]:
    """The words one alternative of WORD spells: `z[ée]ro` is zéro and zero, `cents?` cent and cents."""
    if (bracket := re.search(r"\[(\w+)\]", alternative)) is not None:
        return [w for c in bracket[1] for w in _spellings(alternative.replace(bracket[0], c, 1))]
    if (optional := re.search(r"(\w)\?", alternative)) is not None:
        return [w for c in (optional[1], "") for w in _spellings(alternative.replace(optional[0], c, 1))]
    return [alternative]


_RUN_GAP = 8
"""The widest gap between two words of a run that NOT_INSIDE_A_RUN sees: `re` looks behind only by a fixed width, so
each width is spelt out. Eight characters of whitespace or hyphens: two spaces, a NBSP and a space, a CRLF, a
wrapped line's break and its indent (polish42: it saw one character only, so « deux  deux » was no run)."""


def _inside_a_run() -> str:
    """Where a rule whose match opens with a number in words does not start: at a number word right after another
    that could open the same match (a word whose left is no letter, digit, `.`, `,` or `:`), across any gap NUMBER_WORDS
    reads between its words (`[\\s-]+`, up to _RUN_GAP wide). Whatever matches from there matches from that word too,
    and `finditer` tries that word first; only after a match that ends inside a run (« deux à 3 deux | deux à deux »)
    is the rest of the run left unread, as it should be: it is no number of its own. Without it, each word of a run of
    number words (« deux cent deux cent … », a pasted table) read the run to its end again: ~30 ms per 1,000
    characters (rev24 F13). One look-behind per width (a word's length and its gap's): `re` needs fixed widths."""
    by_width: dict[int, list[str]] = {}
    for alternative in WORD[3:-1].split("|"):
        for word in _spellings(alternative):
            for gap in range(1, _RUN_GAP + 1):
                by_width.setdefault(len(word) + gap, []).append(rf"{word}[\s-]{{{gap}}}")
    after_a_word = "|".join(rf"(?<=[^\w.,:](?:{'|'.join(w)}))" for _, w in sorted(by_width.items()))
    return rf"(?!(?={WORD})(?:{after_a_word}))"  # the word first: most places open none


NOT_INSIDE_A_RUN = _inside_a_run()
# Thousands are separated by a space of any width (NBSP, NNBSP, thin space), a dot, or an apostrophe (Swiss style).
_SPACE_CHARS = " \u00a0\u202f\u2009"
_SEPARATORS = f"{_SPACE_CHARS}.'’"
# A LaTeX source writes the thin space as « \, » (« 11\,000 »; round 50), and a page pasted from its HTML or XML
# source writes a space as a character reference (« 2&#160;000 », « &#xA0; », « &nbsp; », « &#8239; »; round 54): one
# separator each; so is the escape a JSON or JavaScript string writes for it (« 2\u00a0000 », a JSON-LD block pasted
# from a page's source: read as « 2 » before, a wrong value in silence), and the one a print page's tagged text
# writes (InDesign's « 1<0x00A0>800 »: sealed133 g20, five figures read wrong in silence at f5617485). The page is not
# decoded: a quote stays a slice of the page as saved, which `check` compares.
SPACE_REFERENCE = (
    r"(?:&(?:nbsp|thinsp|#(?:160|8239|8201)|#[xX](?:[aA]0|202[fF]|2009));|\\u(?:00[aA]0|202[fF]|2009)"
    r"|<0x(?:00[aA]0|202[fF]|2009)>)"
)
SEPARATOR = rf"(?:[{_SEPARATORS}]|\\,|{SPACE_REFERENCE})"
# thousands split by a space only: never a dot's reference number
SPACE_SEPARATOR = rf"(?:[{_SPACE_CHARS}]|\\,|{SPACE_REFERENCE})"
DIGITS = rf"\d{{1,3}}(?:{SEPARATOR}\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?"
# A sign no press prints inside a number cuts its digits where no separator stands (« 1~000 », LaTeX's tie;
# « 3\;000 », « 12\ 000 », its spaces; « 11\,000 », its thin space, is a SEPARATOR). The rules cannot tell a cut
# number from two numbers: a TODO for the curator, never « 000 » read as 0 nor « entre 10 et 12~000 » as 10 to 12.
SIGN_CUT = r"(?:~|\\(?!,)[;: ]?)"
# a whole number with such a sign among its groups (« 12~000 », « 12~000 000 », « 1 500\;000 »)
CUT_DIGITS = rf"\d{{1,3}}(?:{SEPARATOR}\d{{3}})*{SIGN_CUT}\d{{3}}(?:(?:{SEPARATOR}|{SIGN_CUT})\d{{3}})*(?!\d)"
SCALE_WORDS = r"millions?|milliards?|mille|k(?!-)|(?:mio|mia|mrd)s?(?!\w)"
# « 1.5 million »: before a scale word, a dot and one or two digits are a decimal point, never thousands.
# « 2 millions et demi »: half the scale more.
_HALF = r"\s+et\s+demie?"
# « 11k », « 10k soldats »: a « k » glued to the number is thousands too (a post, a thread; round 17), never before a
# hyphen or a letter (« 4k-23 », « 11kg »), and in lower case only (« 9,4K » is a post's views counter)
_GLUED_K = r"(?-i:k)(?![\w-])"
NUMBER = (
    rf"\d+\.\d{{1,2}}\s+(?:millions?|milliards?)|(?:{DIGITS})(?:\s+(?:{SCALE_WORDS})(?:{_HALF})?|{_GLUED_K})?"
    rf"|{NUMBER_WORDS}"
)
# « 1,500 »: an English thousands comma or a French decimal comma; a reader cannot tell, so neither can the rules.
AMBIGUOUS_COMMA = re.compile(r"\d{1,3},\d{3}(?!\d)")


_TENS_BEFORE_ET = frozenset(
    {"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante"}
)


def _words_value(text: str) -> float | None:
    """« onze mille » → 11000, « quatre-vingt-dix » → 90, « deux cents » → 200, « un million et demi » → 1500000;
    None when not one number (« dix et douze » are two)."""
    total, current = 0.0, 0.0
    seen = False
    words = [w for w in re.split(r"[\s-]+", fold_word(text)) if w]
    for index, raw in enumerate(words):
        if raw == "et":
            before, after = words[index - 1 : index], words[index + 1 : index + 2]
            if not (before and after and ((after[0] in ("un", "une", "onze") and before[0] in _TENS_BEFORE_ET)
                                          or after[0].startswith("demi"))):  # fmt: skip
                return None
            continue
        if raw.startswith("demi"):
            last_scale = next((SCALES[w] for w in reversed(words[:index]) if w in SCALES), 1)
            total += last_scale / 2
            continue
        if raw in _WORD_VALUES:
            value = _WORD_VALUES[raw]
            current = current * value if raw.startswith("vingt") and current == 4 else current + value
        elif raw in ("cent", "cents"):
            current = max(current, 1) * 100
        elif raw in SCALES:
            total += max(current, 1) * SCALES[raw]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """A French number as written: `10 000` (any space), `12.000`, `10'000`, `1,5 million`, `1.5 million`,
    `Onze mille`. None for what cannot be read for sure (`1,500`: see AMBIGUOUS_COMMA) or is no number, and for one
    past what a float holds (309 digits or more: no count, and no integer could be made of it)."""
    try:
        value = _parsed_number(text.strip())
    except OverflowError:  # a number of words too large for a float
        return None
    return value if value is None or math.isfinite(value) else None


def _parsed_number(cleaned: str) -> float | None:
    decimal = re.fullmatch(r"(?P<d>\d+\.\d{1,2})\s+(?P<s>millions?|milliards?)", cleaned, re.IGNORECASE)
    if decimal is not None:
        return scaled(float(decimal["d"]), SCALES[fold_word(decimal["s"])])
    match = re.fullmatch(
        rf"(?P<d>{DIGITS})(?:\s+(?P<s>{SCALE_WORDS})(?P<half>{_HALF})?|(?P<k>{_GLUED_K}))?", cleaned, re.IGNORECASE
    )
    if match is None:
        words = _words_value(cleaned)
        return float(words) if words is not None else None
    if AMBIGUOUS_COMMA.fullmatch(match["d"]) and not match["s"]:
        return None
    digits = re.sub(SEPARATOR, "", match["d"]).replace(",", ".")
    value = float(digits)
    scale = match["s"] or match["k"]
    if scale:
        value = scaled(value + (0.5 if match["half"] else 0), SCALES[fold_word(scale)])
    return value


def scaled(value: float, scale: float) -> float:
    """`value` times its scale word, in decimal: in binary floating point « 8,2 millions » is 8199999.999999999 and
    « 4,28 milliards » 4280000000.0000005, wrong values that nothing would flag."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def as_int_if_whole(value: float) -> float | int:
    """`value` as an int when it is whole, so that it prints « 2000 », never « 2000.0 »."""
    return int(value) if value == int(value) else value


def display(value: float) -> str:
    """`value` as a reading prints it, with commas between thousands (« 12,000 »)."""
    return f"{as_int_if_whole(value):,}"


# The quantity words used as nouns (« des dizaines », « deux milliers »): a scale, never the thing counted
SCALE_NOUNS = r"(?:dizaines?|douzaines?|centaines?|milliers?|millions?|milliards?)(?!\w)"
# a number written in thousands or more: digit groups, or a scale word (« 2 000 », « 1,5 million », « onze mille »)
LARGE = re.compile(rf"\d{SEPARATOR}\d{{3}}|milli|mille", re.IGNORECASE)


A_YEAR = re.compile(r"(?:19|20)\d\d")  # a bare year: « 2 000 » with a separator is never one
