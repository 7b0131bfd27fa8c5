"""French figures → value, value kind and unit, by small explainable rules (pure).

Each rule returns a `Figure` with a `reading` that says, in the curator's words, how the French became a number:
« environ 600 km² » is approximate, « près de 600 km² » the range 540–600, « plus de 10.000 » at least, « des milliers » at least 2,000 (the store's
convention, docs/store-format.md). Numbers that are not figures (years, footnote markers, durations such as
« il y a trois jours », « l'article 5 ») are skipped so that the draft stays short.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .frcalendar import MONTHS, SEASONS, month_number
from .lexicon import (
    LENGTH_UNITS,
    MONEY_SIGNS,
    MONEY_UNITS,
    TIME_UNITS,
    UNIT_SYMBOLS,
    UNITS,
    WEIGHT_UNITS,
    alternatives,
    printed_phrases,
    printed_words,
    qualifiers,
    words,
    written_words,
)

Span = tuple[int, int]

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
_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6}
_SCALES |= {"milliard": 10**9, "milliards": 10**9, "k": 1000}  # « 11 k » in an infographic: thousands
# Swiss French abbreviates them (« 1,2 mio de francs », « 3,5 mia », « 2 mrd »; round 62): read as 1.2, a value wrong
# in silence wherever a topic counts the sum
_SCALES |= {"mio": 10**6, "mios": 10**6, "mia": 10**9, "mias": 10**9, "mrd": 10**9, "mrds": 10**9}
_VAGUE_SCALES = {"dizaine": 10, "centaine": 100, "millier": 1000, "million": 10**6, "milliard": 10**9}
_ABOUT_SCALES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40}
_ABOUT_SCALES |= {"cinquantaine": 50, "soixantaine": 60, "centaine": 100, "demi-millier": 500}
_ABOUT_SCALES |= {"demi-million": 500_000, "millier": 1000}
_ABOUT_SCALES |= {"septantaine": 70, "huitantaine": 80, "nonantaine": 90}  # Belgian and Swiss French

_WORD = r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
_WORD += (
    r"|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|millions?|milliards?)"
)
NUMBER_WORDS = rf"{_WORD}(?:(?:[\s-]+et)?[\s-]+{_WORD})*(?:\s+et\s+demie?)?"


def _spellings(alternative: str) -> list[str]:
    """The words one alternative of _WORD spells: `z[ée]ro` is zéro and zero, `cents?` cent and cents."""
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
    for alternative in _WORD[3:-1].split("|"):
        for word in _spellings(alternative):
            for gap in range(1, _RUN_GAP + 1):
                by_width.setdefault(len(word) + gap, []).append(rf"{word}[\s-]{{{gap}}}")
    after_a_word = "|".join(rf"(?<=[^\w.,:](?:{'|'.join(w)}))" for _, w in sorted(by_width.items()))
    return rf"(?!(?={_WORD})(?:{after_a_word}))"  # the word first: most places open none


NOT_INSIDE_A_RUN = _inside_a_run()
# Thousands are separated by a space of any width (NBSP, NNBSP, thin space), a dot, or an apostrophe (Swiss style).
_SPACES = " \u00a0\u202f\u2009"
_SEPARATORS = f"{_SPACES}.'’"
# A LaTeX source writes the thin space as « \, » (« 11\,000 »; round 50), and a page pasted from its HTML or XML
# source writes a space as a character reference (« 2&#160;000 », « &#xA0; », « &nbsp; », « &#8239; »; round 54): one
# separator each. The page is not decoded: a quote stays a slice of the page as saved, which `check` compares.
_SPACE_REFERENCE = r"&(?:nbsp|thinsp|#(?:160|8239|8201)|#[xX](?:[aA]0|202[fF]|2009));"
_SEPARATOR = rf"(?:[{_SEPARATORS}]|\\,|{_SPACE_REFERENCE})"
# thousands split by a space only: never a dot's reference number
_SPACE_SEPARATOR = rf"(?:[{_SPACES}]|\\,|{_SPACE_REFERENCE})"
_DIGITS = rf"\d{{1,3}}(?:{_SEPARATOR}\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE_WORDS = r"millions?|milliards?|mille|k(?!-)|(?:mio|mia|mrd)s?(?!\w)"
# « 1.5 million »: before a scale word, a dot and one or two digits are a decimal point, never thousands.
# « 2 millions et demi »: half the scale more.
_HALF = r"\s+et\s+demie?"
# « 11k », « 10k soldats »: a « k » glued to the number is thousands too (a post, a thread; round 17), never before a
# hyphen or a letter (« 4k-23 », « 11kg »), and in lower case only (« 9,4K » is a post's views counter)
_GLUED_K = r"(?-i:k)(?![\w-])"
_NUMBER = (
    rf"\d+\.\d{{1,2}}\s+(?:millions?|milliards?)|(?:{_DIGITS})(?:\s+(?:{_SCALE_WORDS})(?:{_HALF})?|{_GLUED_K})?"
    rf"|{NUMBER_WORDS}"
)
# « 1,500 »: an English thousands comma or a French decimal comma; a reader cannot tell, so neither can the rules.
AMBIGUOUS_COMMA = re.compile(r"\d{1,3},\d{3}(?!\d)")
_APOS = "['’]"
_DE = rf"(?:de\s+|d{_APOS}\s*)"

# Adverbs that may stand between a verb and what it governs (« dépasseraient donc les », « s'élève désormais à »).
_ADVERB = rf"[^\W\d_]+ment|d[ée]sormais|d[ée]j[àa]|aujourd{_APOS}hui|ainsi|donc|maintenant|encore|toujours|alors"
_ACCENTED = {"à": "[àa]", "è": "[èe]", "é": "[ée]", "-": "-", "'": rf"{_APOS}\s*", "’": rf"{_APOS}\s*"}


_SPACES = r"\s+"
_GLUED = r"\s*"  # after a sign or an abbreviation's dot
# A sign after a number joins two numbers (« 600 ± 50 » is a margin, « 7 000 + 3 000 » a sum): it qualifies neither.
_NOT_AFTER_A_NUMBER = r"(?<!\d)(?<!\d\s)"


def _phrase_pattern(phrase: str, quoted: bool = False) -> str:
    """The regular expression of a qualifier as lexicon.toml writes it: « près de » → `pr[èe]s` and spaces, then
    « de » or « d' »; a word ending in `*` is a verb's stem with any ending, perhaps an adverb, and, when it ends the
    phrase, perhaps a threshold (« dépass* »: dépassent, dépasseraient donc les, a dépassé la barre des). A sign or an
    abbreviation (« ≈ », « env. ») may be glued to what follows (« ≈4 700 »). `quoted`: the phrase may close a quote
    before what follows (a qualifier set before its number)."""
    words = phrase.split()
    last = len(words) - 1 if quoted else -1
    return "".join(
        (_DE_QUOTED if index == last else _DE)
        if word == "de"
        else _word_pattern(word.removesuffix("*"))
        + (
            (_ANY_ENDING + (_THRESHOLD if index == len(words) - 1 else ""))
            if word.endswith("*")
            else _GLUED
            if not word[-1].isalpha()
            else _SPACES_QUOTED
            if index == last
            else _SPACES
        )
        for index, word in enumerate(words)
    )


# A qualifier the page puts in quotes before its number (« « au moins » 100 tués », « « près de » 1 000 blessés »): the
# quote closes between the two and the bound still holds (heldout28: read exact, a wrong kind in silence). A quote
# may open there too, on the number the page quotes (« jusqu'à « 4 000 tués » », « plus de « 3 000 » »: sealed49 b12,
# read exact: a WRONG; round 75).
_CLOSING_QUOTE = r"\s*[»”\"]\s*"
_OPENING_QUOTE = r"\s+[«“\"]\s*"
_SPACES_QUOTED = rf"(?:{_CLOSING_QUOTE}|{_OPENING_QUOTE}|\s+)"
_DE_QUOTED = rf"(?:de{_SPACES_QUOTED}|d{_APOS}\s*)"


# a verb's ending, then perhaps an adverb (« dépassaient alors les ») or a negation's second half (« ne dépassait plus »),
# perhaps a source's incise (« dépasse, selon Séoul, les »: lexicon.toml `negation_adverbs`, `source_incises`), then
# perhaps a quote the page opens on what the verb governs (« dépassaient alors « les 4 000 tués et blessés » »: sealed50
# g16, read exact: a WRONG; round 79)
_ANY_ENDING = (
    rf"\w*(?:\s+(?:{_ADVERB}|{printed_words('negation_adverbs')}))?"
    rf"(?:\s*,\s*{printed_phrases('source_incises')}\s[^,;:.!?«»]{{1,60}}?,)?\s+(?:[«“\"]\s*)?"
)


def _word_pattern(word: str) -> str:
    return "".join(_ACCENTED.get(ch, re.escape(ch)) for ch in word)


_THRESHOLD = (
    "(?:(?:"
    + "|".join(_SPACES.join(map(_word_pattern, t.split())) for t in sorted(words("thresholds"), key=len, reverse=True))
    + rf"){_SPACES})?"
)


# « en plus de 5 000 ouvriers » is « in addition to », no bound (sealed37 t08, read at least: a WRONG; round 54).
_IN_ADDITION = r"(?<!(?<![\w'’])en\s)"
_LEXICON_QUALIFIERS = qualifiers()
_QUALIFIERS: tuple[tuple[str, str, str], ...] = tuple(
    (
        ("" if any(ch.isalpha() for ch in phrase) else _NOT_AFTER_A_NUMBER)
        + (_IN_ADDITION if phrase.startswith("plus ") else "")
        + _phrase_pattern(phrase, quoted=True),
        kind,
        f"« {phrase.replace('*', '…')} »: {reading}",
    )
    for phrase, kind, reading in _LEXICON_QUALIFIERS
)
# The qualifiers that are verbs (« dépass* les »): a negation before one turns its bound around (« n'ont pas dépassé
# les 500 » is at most 500), so such a figure is left for the curator to read.
_VERB_QUALIFIERS = frozenset(f"q{index}" for index, (phrase, _, _) in enumerate(_LEXICON_QUALIFIERS) if "*" in phrase)
# Their stems that make an at-least bound (« dépass », « franchi »): also the verbs of a threshold passed (_PASSED).
_PASSING_VERBS = "|".join(
    _word_pattern(phrase.split()[0].removesuffix("*"))
    for phrase, kind, _ in _LEXICON_QUALIFIERS
    if "*" in phrase and kind == "at_least"
)
_NEGATION = re.compile(r"(?:\bn['’]|\bne\b|\bpas\b|\bjamais\b|\bgu[èe]re\b|\bloin\s+d)[^,;:.!?«»]*$", re.IGNORECASE)
_QUALIFIER = "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _, _) in enumerate(_QUALIFIERS))

_REFERENCE_WORDS = words("reference_words")  # « l'article 5 »
_SIZED_THINGS = words("sized_things")  # « une bande de 20 kilomètres »
_DATA_SIZES = words("data_sizes")  # « (PDF, 412 kB) »
_AREA_NOUNS = words("area_nouns")  # « plus de 1 500 hectares » déminés
_DETERMINERS = words("determiners")  # « les deux pays »
_AGE_DETERMINERS = words("age_determiners")  # « les 80 ans du Parti »
_DURATION_PREPOSITIONS = words("duration_prepositions")
_PEOPLE_UNITS = frozenset(["soldiers", "prisoners", "people", "civilians", "deaths", "wounded", "casualties"])
_LOSS_UNITS = frozenset(["deaths", "wounded", "casualties"])
_DURATION_FIGURE_UNITS = words("duration_figure_units")
_YEAR_DATE_PREPOSITIONS = words("year_date_prepositions")  # « dans 24 heures »
_FUNCTION_WORDS = words("function_words")
_NOT_COUNTED = words("not_counted")  # « deux fois plus »
_KNOWN_REFERENTS = words("known_referents")  # « Les deux hommes »
_NUMBER_IDIOM = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(words("number_idioms"))) + r")$"
)
# a post's or a thread's counter (« 2/6 Pertes : »): a number on either side of a slash between digits
_COUNTER = re.compile(r"\d\s?/\s?$")
_BOUNDED_SUBJECTS = words("bounded_subjects")
_AN_ACT = "a verb that may bound the number or tell an act (« ont dépassé les 2 000 soldats ennemis »)"
# « 40 % », « 152 mm », « trois quarts »: the words after a number that make it no count, longest first
_NOT_A_COUNT = re.compile("(?:" + alternatives("not_counts") + r")(?![^\W\d_])")
# « neige au-dessus de 900 m », « houle de 1,5 m », « 38 hl/ha »: a symbol of a length or a volume, as written (never
# « 1,2 M$ », millions; never « 500 m² », an area), then no letter or digit (lexicon.toml [unit_symbols], round 87)
_UNIT_SYMBOL = re.compile(r"[ \t\u00a0\u202f]*(?:" + "|".join(map(re.escape, UNIT_SYMBOLS)) + r")(?![^\W_]|['’])")
LOSS_NOUNS = ("morts", "pertes", "victimes", "blessés", "tués")


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
    (`_coordinated`); None when bare. Kept apart from value_kind, which « près de » turns into a range."""
    compared: bool = False
    """The second count of « N noun contre M » (« par 78 voix contre 12 », « 3 000 blessés, contre 2 000 en
    décembre »), its noun left out: it counts what the first counts (draft.py, round 27)."""


def without_inclusive_endings(word: str) -> str:
    """Inclusive writing's endings after a middle dot left out (« étudiant·e·s » → « étudiants », « sud-coréen·ne·s »
    → « sud-coréens », « ami·e » → « ami »): the masculine form, plural when the last ending is (round 66: « 3 480
    abonné·e·s » was read as a count of something the story counts)."""
    head, dot, endings = word.partition("·")
    if not dot or not head or not endings.replace("·", "").isalpha():
        return word
    return head + ("s" if endings.endswith("s") else "")


def fold_word(word: str) -> str:
    """Case- and accent-insensitive form of one word (`²` becomes `2`), inclusive endings left out."""
    decomposed = unicodedata.normalize("NFKD", without_inclusive_endings(word))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.cache
def _fold_char(ch: str) -> str:
    if ch in "’‘":
        return "'"
    if ch.isspace():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()
    return base if len(base) == 1 else ch.lower()[:1] or ch


def fold_same_length(text: str) -> str:
    """Case- and accent-insensitive text with the same length as `text`, so spans found in it index the original."""
    return "".join(map(_fold_char, text))


def singular(words: str) -> str:
    """Folded and singular, word by word (« généraux » is `general`, « kilomètres carrés » `kilometre carre`)."""
    return " ".join(
        w[:-3] + "al" if w.endswith("aux") and len(w) > 4 else w[:-1] if len(w) > 3 and w[-1] in "sx" else w
        for w in fold_word(words).split()
    )


def unit_of(noun: str | None) -> str | None:
    """The store unit for a French noun, trying it as written, without its last plural s/x (« ans ») and singular
    word by word (« kilomètres carrés »)."""
    if not noun:
        return None
    folded = " ".join(fold_word(noun).split())
    for key in (folded, folded[:-1] if folded[-1:] in ("s", "x") else folded, singular(folded)):
        if key in UNITS:
            return UNITS[key]
    return None


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
            last_scale = next((_SCALES[w] for w in reversed(words[:index]) if w in _SCALES), 1)
            total += last_scale / 2
            continue
        if raw in _WORD_VALUES:
            value = _WORD_VALUES[raw]
            current = current * value if raw.startswith("vingt") and current == 4 else current + value
        elif raw in ("cent", "cents"):
            current = max(current, 1) * 100
        elif raw in _SCALES:
            total += max(current, 1) * _SCALES[raw]
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
        return scaled(float(decimal["d"]), _SCALES[fold_word(decimal["s"])])
    match = re.fullmatch(
        rf"(?P<d>{_DIGITS})(?:\s+(?P<s>{_SCALE_WORDS})(?P<half>{_HALF})?|(?P<k>{_GLUED_K}))?", cleaned, re.IGNORECASE
    )
    if match is None:
        words = _words_value(cleaned)
        return float(words) if words is not None else None
    if AMBIGUOUS_COMMA.fullmatch(match["d"]) and not match["s"]:
        return None
    digits = re.sub(_SEPARATOR, "", match["d"]).replace(",", ".")
    value = float(digits)
    scale = match["s"] or match["k"]
    if scale:
        value = scaled(value + (0.5 if match["half"] else 0), _SCALES[fold_word(scale)])
    return value


def scaled(value: float, scale: float) -> float:
    """`value` times its scale word, in decimal: in binary floating point « 8,2 millions » is 8199999.999999999 and
    « 4,28 milliards » 4280000000.0000005, wrong values that nothing would flag."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _number(value: float) -> float | int:
    return int(value) if value == int(value) else value


def display(value: float) -> str:
    return f"{_number(value):,}"


# A number starts after no word, digit group or decimal, nor the colon of a clock time (« 18:05 - 300 soldats »: 05 is
# the minutes, never the low end of a range) or of a file's name (« #: src/coree-russie.md:3 », « footer.html:14 »: a
# line of that file, as gettext, compilers and grep cite it), nor as a markup attribute's value (« width="800" »;
# round 58).
_FILE_LINE = "".join(rf"(?<!\.[^\W\d_]{{{length}}}:)" for length in range(1, 5))
_STARTS = rf"(?<![\w.,])(?<!\d:){_FILE_LINE}(?<!=[\"'])"
_CLOSE = r"(?:\s*[»”\"])?"  # « « plus de 10.000 » militaires »: a closing quotation mark before the noun
# « les 2 000 premiers volontaires », « 300 autres soldats »: an ordinal or « autres » before the counted noun.
_ORDINAL = r"(?:premi[eè]re?s|derni[eè]re?s|autres|[^\W\d_]+i[eè]mes)\s+(?=[^\W\d_])"
# « près de 3 800 « pertes » », « 18 « martyrs » »: the counted noun may stand in quotation marks of its own
_OPEN = r"(?:[«“\"]\s*)?"
# « a) environ 1 000    b) environ 11 000 »: a letter before « ) » is a multiple choice's next answer, never a noun;
# a space's character reference may stand before it as a space does (« 1&nbsp;300&nbsp;km² »: round 58)
_NOUN = rf"(?:\+(?!\s*\d))?{_CLOSE}(?:\s|{_SPACE_REFERENCE})*{_OPEN}{_DE}?(?:{_ORDINAL})?(?![^\W\d_]\))(?P<noun>km²|km2|%|kilom[èe]tres?\s+carr[ée]s?|[^\W\d_][\w²]*(?:-[^\W\d_]+)*(?:·[^\W\d_]+)*)"  # « Nord-Coréens »
# « nonante pour cent », « soixante-dix pour cent »: the « cent » of « pour cent » is the percent sign in words, never
# a hundred (its number is a share: lexicon.toml `not_counts`)
_PER_CENT = r"(?!(?<=pour\s)cents?(?!\w))"
_FIGURE = re.compile(
    rf"{_STARTS}{_PER_CENT}(?:(?P<qual>{_QUALIFIER}))?(?P<num>{_NUMBER})(?![\w])(?:{_NOUN})?",
    re.IGNORECASE,
)
_HIGH_ENDS = ("b1", "b2", "b3", "b4")
# Alternatives side by side (« cent, cent cinquante ») are a range when the last is at most this many times the first.
_SPOKEN_RANGE = 10
_RANGE_NUMBER = rf"(?:{_DIGITS})(?:\s+(?:{_SCALE_WORDS}))?|{_WORD}(?:[\s-]+{_WORD})*"
_RANGE = re.compile(
    rf"{_STARTS}{NOT_INSIDE_A_RUN}(?:entre\s+(?P<a1>{_RANGE_NUMBER})\s+et\s+(?P<b1>{_RANGE_NUMBER})"
    rf"|(?:de\s+)?(?P<a2>{_RANGE_NUMBER})\s+(?:[àa]|(?P<or>ou))\s+(?P<b2>{_RANGE_NUMBER})"  # « trois ou quatre mille »
    rf"|(?P<a3>{_DIGITS})\s*[-–]\s*(?P<b3>{_DIGITS})"
    # « de cent, cent cinquante hommes », « 1 200, 1 500 ou 2 000 hommes »: numbers side by side, the speaker's range
    rf"|(?P<a4>{_RANGE_NUMBER})(?:\s*,\s+(?:{_RANGE_NUMBER}))*(?:\s*,\s+|\s*,?\s+ou\s+)(?P<b4>{_RANGE_NUMBER}))"
    # « de deux à trois milliers d'hommes »: a scale noun after the high end counts both ends
    r"(?:\s+(?P<scale>dizaines|centaines|milliers))?"
    rf"(?!\w){_NOUN}?",
    re.IGNORECASE,
)
# What a vague quantity counts: « de + noun », or a noun left out before a verb of loss (« plusieurs centaines
# auraient été tués ») or « d'entre eux » (the noun counted before).
_SCALE_NOUNS = r"(?:dizaines?|douzaines?|centaines?|milliers?|millions?|milliards?)(?!\w)"
_LOSS_WORDS = r"tu[ée]e?s|bless[ée]e?s"  # the loss a vague quantity right before it counts (round 53)
_VAGUE_TAIL = (
    rf"(?:{_CLOSE}\s+{_DE}(?!{_SCALE_NOUNS})(?P<noun>[^\W\d_][\w²]*)|(?=(?:\s*+[»”\"])?\s++(?:ont|auraient|avaient|seraient|sont|ayant|d{_APOS}entre)\s)"
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
    rf"{_STARTS}(?:(?P<qual>{_QUALIFIER}))?(?P<num>{_DIGITS}|{_WORD}(?:[\s-]+{_WORD})*)\s+(?P<s>milliers?)(?!\w)"
    rf"{_VAGUE_TAIL}",
    re.IGNORECASE,
)
_AFTER_A_NUMBER = re.compile(rf"(?:\d|(?<!\w){_WORD})\s*$", re.IGNORECASE)
# « une douzaine de milliers à franchir la frontière »: a quantity of thousands, whatever follows it (its noun may be
# left out); never « une douzaine » of a noun « milliers » (_VAGUE_TAIL takes no scale word for a noun).
_ABOUT = re.compile(
    rf"(?<!\w)(?:(?P<qual>{_QUALIFIER}))?(?:une|un)\s+(?P<s>{'|'.join(_ABOUT_SCALES)})"
    rf"(?:\s+de\s+(?P<s2>centaines|milliers|millions|milliards)(?!\w))?(?P<tail>{_VAGUE_TAIL})?",
    re.IGNORECASE,
)
# « les pertes dépasseraient le millier », « franchit la barre de la centaine »: a threshold passed, at least that many
# of what passes it: the noun after it (« la centaine de morts »), else the sentence's subject (« Les pertes »).
_PASSED = re.compile(
    rf"(?<!\w)(?:{_PASSING_VERBS})\w*\s+(?:la\s+barre\s+(?:de\s+la|du|des)\s+|le\s+|la\s+)"
    rf"(?P<s>{'|'.join(_ABOUT_SCALES)})(?!\w)(?:\s+{_DE}(?P<noun>[^\W\d_][\w²]*))?",
    re.IGNORECASE,
)
# « …, dont le nombre dépasserait les 2 000 »: a relative's « dont » before the subject (round 39)
_SUBJECT = re.compile(rf"^\W*(?:(?:et|mais|puis|dont)\s+)?(?:les|la|le|l{_APOS})\s*(?P<noun>[^\W\d_]+)", re.IGNORECASE)
# « 10 000, voire 12 000 soldats »: at least the first, perhaps the second; only a curator can say which to keep.
_VOIRE = re.compile(rf"{_STARTS}(?P<a>{_DIGITS}),?\s+voire\s+(?P<b>{_DIGITS})(?!\w){_NOUN}", re.IGNORECASE)
# « 600 ± 50 soldats »: a number and its margin.
_MARGIN = re.compile(rf"{_STARTS}(?P<a>{_DIGITS})\s*±\s*(?P<b>{_DIGITS})(?!\w)(?:{_NOUN})?", re.IGNORECASE)
# « dont 2 000 ont été tués », « Parmi eux, 2 000 auraient été tués », « dont quelque 8 000 à Koursk »: the counted
# noun is left out; it is the one the sentence counted before, or the loss word of the verb that follows.
# « dont 2 000 », « contre 3 000 » (an earlier count of the same thing), « évalue à », « s'élèverait à », « porté à ».
_ELIDED_BEFORE = re.compile(
    # « …, puis 3 000 en renfort », « puis de « 12 000 au total » », « 3 000 hommes … et de 10 000 d'ici décembre »: the
    # next count of the same noun (round 16); « Il s'agit de 3 000 », « le chiffre de 4 700 », « (des officiers), au
    # nombre de trois »: a count named, its noun the one counted before
    r"(?:\bpuis(?:\s+de|\s+d['’])?|\bet\s+de|\bil\s+s['’]agit\s+de|\ble\s+chiffre\s+de|\bau\s+nombre\s+de"
    # « parlait de 300 morts, puis d'environ 2 000 », « il serait passé à près de 15.000 »: the next count, or the
    # count changed to, of the noun counted before (round 20)
    r"|\b(?:pass|grimp|mont|tomb)\w*\s+[àa]"
    # « Séoul l'estimait en septembre à environ 2 000 »: the pronoun stands for the noun counted, a date between
    r"|\bl['’]\s*(?:[ée]valu|estim|chiffr)\w*(?:\s+[^\W\d_]+){0,3}?\s+[àa]"
    # « sur un total attendu de 12 000 », « Le chiffre avancé par Séoul est de 600 »: the total, the figure, of the
    # noun counted before (round 39)
    r"|\bun\s+total(?:\s+[^\W\d_]+){0,2}?\s+de"
    # … and « ce chiffre n'était que de 1,6 million » (round 62): the same, pointed at, perhaps in a negation
    r"|\b(?:le|ce)\s+chiffre(?:\s+[^\W\d_'’-]+){0,4}?\s+(?:n['’]\s*)?(?:est|[ée]tait|serait)\s+(?:que\s+)?de"
    r"|\bdont|\bcontre|\bmais|\bparmi\s+(?:eux|elles|ceux-ci|lesquels)\s*,?"
    r"|\b(?:[ée]valu|estim|chiffr|[ée]l[èe]v|[ée]tabli|port[ée])\w*(?:\s+par\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"|\s+(?:le|leur|son)\s+(?:nombre|total|bilan))?"
    # « estimées par Séoul à », « en estime le nombre à », « chiffrait encore à 4'700 les pertes » (an adverb: round 66)
    rf"(?:\s+(?:{_ADVERB}))?\s+[àa]"
    r"|\b(?:ce|cet|le|leur|son)\s+(?:nombre|total|bilan|chiffre)\s+[àa]"  # « a revu mardi ce nombre à 3.800 »
    # « ils étaient plus de 11 000 », « nous étions à peine quatre-vingts »: the subject is what is counted
    r"|\b(?:sont|[ée]taient|seraient|[ée]tions|sommes|serions|seront"
    r"|(?:pourr|devr)(?:aient|ont|ions|ons)\s+[êe]tre)"  # « ils pourraient être 10 000 » (round 45)
    r"(?:\s+(?:[^\W\d_]+ment|d[ée]sormais|d[ée]j[àa]|encore|toujours|aujourd['’]hui))?"
    # « leur nombre devrait atteindre 10 000 »: the number of the thing counted before; « leur nombre total restait
    # « autour de 11.000 » » (round 79)
    r"|\b(?:leur|son|ce)\s+(?:nombre|total)\s+(?:[^\W\d_]+\s+){0,2}?(?:atteindr|atteint|s['’]\s*[ée]lev|rest)\w*"
    r"(?:\s+[àa])?)"
    r"\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « le bilan des morts s'élèverait à au moins 600 »: the noun counted is named before the verb, perhaps with
# adjectives and a complement between (« le nombre de soldats nord-coréens présents en Russie ») and an adverb after
# the verb (« s'élève désormais à », « atteint aujourd'hui »).
_WORD_OR_COMPOUND = rf"(?:[^\W\d_]+{_APOS})?[^\W\d_]+(?:-[^\W\d_]+)*"
# « le nombre de ses soldats »: a possessive between « de » and the noun counted (round 32: « ses » was read as it)
_THEIR = r"(?:(?:ses|leurs|ces|nos|vos|mes|tes)\s+)?"
_TOTAL_BEFORE = re.compile(
    rf"\b(?:bilan|nombre|total|chiffre)\s+(?:total\s+)?(?:des|de|d{_APOS})\s*{_THEIR}(?P<noun>[^\W\d_]+)"
    rf"(?:\s+{_WORD_OR_COMPOUND}){{0,5}}?\s+(?:s{_APOS}\s*)?(?:[ée]l[èe]v|[ée]tabli|chiffr|monte|port[ée]|atteint)\w*"
    rf"(?:\s+(?:{_ADVERB})){{0,2}}(?:\s+[àa])?\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « Séoul estime les pertes nord-coréennes à 2 000 environ »: the object of a verb of estimate is what is counted.
_ESTIMATED_OBJECT = re.compile(  # « chiffrait début janvier les pertes à 3 000 »: a few words may come between
    rf"\b(?:[ée]valu|estim|chiffr)\w*\s+(?:[^\W\d_]+\s+){{0,3}}?(?:les|leurs|ses)\s+(?!nombre|total|bilan|chiffre)(?P<noun>[^\W\d_]+)"
    # « (morts et blessés) », « , morts et blessés confondus, » (round 58): an aside between the noun and « à »
    rf"(?:\s+{_WORD_OR_COMPOUND}){{0,2}}?(?:\s*\([^()]{{1,40}}\)|,[^,;:.!?()]{{1,40}},)?\s+[àa]\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « les pertes nord-coréennes depuis l'automne 2024 atteindraient désormais « plus de 6 000 » », « les effectifs
# atteignent 12 000 »: the subject of « atteindre » is what its number counts (round 62), when it is a counted noun
_ATTAINED = re.compile(
    rf"\b(?:(?:leurs|les|le|la|ses)\s+|l{_APOS}\s*)(?P<noun>[^\W\d_]+)(?:\s+(?:{_WORD_OR_COMPOUND}|\d{{4}})){{0,6}}?"
    rf"\s+(?:atteign|atteindr|atteint)\w*(?:\s+(?:{_ADVERB}))?\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « a revu mardi ce nombre de soldats à 3.800 »: the verb before, the noun counted in « le nombre de … à N ».
_THIS_NUMBER_OF = re.compile(
    rf"\b(?:ce|cet|le|leur|son)\s+(?:nombre|total|bilan|chiffre)\s+(?:des|de|d{_APOS})\s*{_THEIR}(?P<noun>[^\W\d_]+)"
    # « le total des soldats envoyés depuis octobre 2024 à environ 15 000 »: a participle and its date between
    rf"(?:\s+(?:{_WORD_OR_COMPOUND}|\d{{4}})){{0,5}}?\s+[àa]\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
_ELIDED_VERB = re.compile(
    r"^\s*+[»”\"]?\s*(?:environ\s+)?(?:ont|auraient|avaient|seraient|sont|auraient|ayant)\s+(?:[ée]t[ée]\s+)?"
    r"(?:faite?s\s+)?(?P<noun>tu[ée]e?s|bless[ée]e?s|captur[ée]e?s|morte?s|prisonni[eè]re?s|p[ée]ri"
    r"|mis(?:es?)?\s+hors\s+de\s+combat)(?![\w-])",  # « faits prisonniers »; « auraient péri », « mis hors de combat »
    re.IGNORECASE,
)
_ELIDED_AFTER = re.compile(
    rf"^\s*+[»”\"]?\s*le\s+nombre\s+(?:total\s+)?(?:de\s+|d['’]\s*){_THEIR}(?P<noun>[^\W\d_]+)", re.IGNORECASE
)
# « a évalué la semaine dernière à 8 000 le nombre de soldats »: « à N le nombre de X » names X whatever stands
# between the verb and « à »; « chiffre à N les pertes » after a verb of estimate.
_TO_BEFORE = re.compile(r"(?<!\w)[àa]\s*[«\"“]?\s*$", re.IGNORECASE)
_IT_IS_THE_NUMBER = re.compile(
    rf"^\s*+[»”\"]?\s*[,:]\s*c{_APOS}\s*est\s+le\s+nombre\s+(?:total\s+)?(?:de\s+|d{_APOS}\s*){_THEIR}(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
# « chiffrent à 300 les tués et à 2 700 les blessés », « estimait à 15 000 le nombre de soldats, et à plus de 6 000 les
# démineurs »: the verb of estimate governs a second « à N les X » after « et »
_AND_TO_BEFORE = re.compile(r"(?<!\w)et\s+[àa]\s*[«\"“]?\s*$", re.IGNORECASE)
_ESTIMATE_VERB = re.compile(r"\b(?:[ée]valu|estim|chiffr)\w*\s+[^.;:!?]*$", re.IGNORECASE)
# « évalué le nombre de morts à 300, et celui des blessés à 2 700 »: the demonstrative before « à N » stands for
# « le nombre » (« le bilan », « le total ») told before it, its noun the one after « des », or two joined (« et celui
# des tués et blessés à près de 6 000 »: round 86)
_THAT_OF_BEFORE = re.compile(
    rf"(?<![\w'’])(?:celui|celle)\s+(?:des|du|de\s+|d{_APOS}\s*)\s*(?P<noun>[^\W\d_]+(?:\s+(?:et|ou)\s+[^\W\d_]+)?)"
    r"\s+[àa]\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
_A_NUMBER_OF = re.compile(r"\b(?:nombre|bilan|total|chiffre)\s+(?:des|du|de|d['’])", re.IGNORECASE)
# (« et à 2 700 celui des blessés »: the demonstrative stands for « le nombre » told before, round 41)
_THE_NOUN_AFTER = re.compile(
    r"^\s*+[»”\"]?\s*(?:les|(?:celui|celle)\s+(?:des|de\s+|d['’]\s*))\s*(?P<noun>[^\W\d_]+)", re.IGNORECASE
)
# The pronoun « en » stands for the thing counted before (« n'en tiendrait plus qu'environ 300 », « s'en tient à
# 3 000 », « Moscou en aurait perdu 1 500 »): « n'en », « s'en », or « en » before an auxiliary, in the same clause;
# or « en » before a verb of counting (« le Pentagone en comptait 8 000 », « Séoul en dénombrait environ 11 000 »,
# « il en reste à peine 200 », « Kiev en annonçait 6 000 »: round 32), never its gerund (« en comptant »).
_PRONOUN_EN = re.compile(
    rf"(?:\b[ns]{_APOS}\s*en|(?<![\w'’])en\s+(?:a|ont|aur\w*|avai\w*|ser\w*|est|sont|avoir|[êe]tre"
    # « Washington en attend « jusqu'à 12 000 » d'ici novembre »: the number awaited of them (round 86)
    r"|(?:compt|d[ée]nombr|recens|rest|annon[cç]|attend)(?![\w-]*ant\b)[\w-]*"
    # « Pyongyang pourrait en envoyer jusqu'à 100 000 »: a verb of sending (round 45), never its gerund nor participle
    r"|(?:envo[iy]|d[ée]ploy|d[ée]ploi(?!e?ment)|d[ée]p[êe]ch|mobilis)(?![\w-]*ant\b)(?![\w-]*[ée]e?s?\b)[\w-]*"
    r"))\b[^,;:.!?()]*$",
    re.IGNORECASE,
)
# « Quelque 8 000 autres seraient détenus »: more of the thing counted before (not « 300 autres soldats »).
_OTHERS = re.compile(
    r"^\s*+[»”\"]?\s*autres(?=\s*[,;.!?]|\s+(?:ont|auraient|avaient|seraient|sont|les|y|en"
    # « renforcé par 3 000 autres entre janvier et février », « 3 000 autres pourraient suivre » (round 53)
    r"|entre|au|aux|[àa]|depuis|pourraient|devraient)(?!\w))",
    re.IGNORECASE,
)
# « environ 4 700 des quelque 11 000 soldats », « 3 000 à 4 000 des 11 000 hommes »: a part of a count named right
# after, whose noun is what the part counts.
_PART_OF = re.compile(
    # in digits or in thousands written out (« environ quatre mille des onze mille soldats », round 53): not « l'un des
    # deux pays »
    rf"^\s*+[»”\"]?\s*des\s+(?:quelque\s+|environ\s+)?(?:{_DIGITS}|(?:{_WORD}[\s-]+)*?mille(?:[\s-]+{_WORD})*)\s+"
    r"(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*)",
    re.IGNORECASE,
)
# « un total de 15 000 militaires envoyés, en trois vagues : 11 000 à l'automne 2024, 3 000 en janvier-février »: a
# count opening a clause after a colon or a comma, dated right after, is a part of the noun counted before (round 58);
# read on folded text
_DATED_AFTER = re.compile(
    r"^[ \t\n]+(?:en|a\s+l['’]\s*|au|des|debut|fin|mi-)\s*(?:" + "|".join([*MONTHS, *SEASONS]) + r"|\d{4})(?!\w)"
)
# « Environ 2 000 soldats ont péri ; quelque 10 000 seraient toujours en Russie », « …, 3 000 sont rentrés »: a number
# opening its clause before a form of « être » or « avoir » is that verb's subject, the noun counted before (round 18).
_OPENS_ITS_CLAUSE = re.compile(r"(?:^|[;,:]|et|mais)\s*[«\"“]?\s*$", re.IGNORECASE)
_SUBJECT_OF = re.compile(
    r"^\s*+[»”\"]?\s*(?:sont|seraient|[ée]taient|auraient|ont|avaient|restent|resteraient)(?!\w)", re.IGNORECASE
)
_SPOKEN_OF = re.compile(rf"\bparl\w*\s+(?:de\s+|d{_APOS}\s*)[«\"“]?\s*$", re.IGNORECASE)
_IN_ALL = re.compile(r"^\s*+[»”\"]?\s*au\s+total(?!\w)", re.IGNORECASE)
# « Des milliers de leurs camarades ont péri — environ 2 000, selon le renseignement », « (toujours ~15 000 selon
# eux) »: a count its source follows, its noun left out (round 41)
_SOURCE_AFTER = re.compile(r"^\s*+[»”\"]?\s*+,?\s*+selon(?!\w)", re.IGNORECASE)
# … never a range's high end (« 11.000 à 12.000 selon »: the range is the curator's) nor a sum (« CHF 2,3 millions »)
_NOT_SOURCED = re.compile(r"(?:(?:\d|mille)\s*(?:[àa]|-|–|—|et|ou)|\b[A-Z]{3}|[$€£¥])\s*[«\"“]?\s*$")


def _sourced(match: re.Match[str], after: str) -> bool:
    """Whether a count with no noun of its own is followed by its source (`_SOURCE_AFTER`)."""
    start = match.start("num")
    return (
        _SOURCE_AFTER.match(after) is not None and _NOT_SOURCED.search(match.string, max(0, start - 20), start) is None
    )


# « 4.700 d'entre eux ont été tués »: a part of the thing counted before.
# « 4 700 d'entre eux », « plus de 4.000 des leurs » (round 58): some of the noun counted before
_A_PART_OF_THEM = rf"(?:d{_APOS}\s*entre\s+(?:eux|elles)|des\s+(?:leurs|siens|siennes|n[ôo]tres))\b"
_OF_THEM = re.compile(rf"^\s*+[»”\"]?\s*{_A_PART_OF_THEM}", re.IGNORECASE)
# … and the measures no group is made of: « 40 kilomètres …, mais lundi 300 d'entre eux » counts no kilometres
_PART_OF_THEM_IN = re.compile(_A_PART_OF_THEM, re.IGNORECASE)
_NO_GROUP_UNITS = TIME_UNITS | MONEY_UNITS | WEIGHT_UNITS | LENGTH_UNITS | {"km2"}


def _a_part_of_them(figure: Figure, text: str) -> bool:
    """Whether `figure` counts a part of a group: « d'entre eux » read with it, or right after it where the figure
    is the bare number (« mais 300 d'entre eux », review63b)."""
    return (
        _PART_OF_THEM_IN.search(figure.text) is not None
        or _OF_THEM.match(text[figure.end : figure.end + 40]) is not None
    )


_SEVERAL = re.compile(
    rf"(?<!\w)(?P<lead>plusieurs|un\s+(?:certain|grand|bon)\s+nombre\s+{_DE}|quelques|de\s+nombreu(?:x|ses)"
    rf"|une\s+poign[ée]e\s+{_DE})\s*(?P<noun>[^\W\d_][\w²]*(?:-[^\W\d_]\w*)*)",  # « plusieurs Nord-Coréens »
    re.IGNORECASE,
)
# « plusieurs ont été tués »: « plusieurs » standing for its noun, left out, before a verb of loss that names it.
_SEVERAL_OF_THEM = re.compile(r"(?<!\w)plusieurs(?=\s+[^\W\d_])", re.IGNORECASE)
# « vingt camarades tombés en une seule nuit »: the span something took, no count (round 22: read as 1 killed); « plus
# un seul Coréen en face », « pas un seul soldat »: none, not one (round 32: read as 1)
_A_SPAN_OF_ONE = re.compile(r"(?<!\w)(?:en|pendant|durant|pas|plus|sans|jamais)\s+$", re.IGNORECASE)
_SINGLE = re.compile(r"(?<!\w)(?:un\s+seul|une\s+seule)\s+(?P<noun>[^\W\d_][\w²]*)", re.IGNORECASE)
_FACTOR = re.compile(rf"(?<!\w)multipli\w*\s+par\s+(?P<num>{_NUMBER})(?!\w)", re.IGNORECASE)


def _previous_words(text: str, position: int, count: int = 2) -> list[str]:
    """The last words before `position`, folded; a degree sign stays glued to its word (« n° 3 », lexicon.toml
    `reference_words`: it was read as « n », and « la fiche n° 3 » as 3 of something)."""
    return [fold_word(w) for w in re.findall(r"[^\W\d_]+°?", text[max(0, position - 60) : position])][-count:]


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < b and a < end for a, b in spans)


class Taken:
    """Spans already chosen, never overlapping, kept in order, so that whether a new one is free is a bisection
    rather than a scan of every chosen span (a pasted page can be one sentence with thousands of them)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps no chosen span: only the last one starting at or before `start` and the
        first one after it can overlap it, since chosen spans are ordered and disjoint."""
        index = bisect.bisect_right(self._starts, start)
        before = index > 0 and self._ends[index - 1] > start
        after = index < len(self._starts) and self._starts[index] < end
        return not (before or after)

    def take(self, start: int, end: int) -> None:
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)


def _qualifier(match: re.Match[str]) -> tuple[str, str]:
    for index, (_, kind, reading) in enumerate(_QUALIFIERS):
        if match[f"q{index}"]:
            return kind, reading
    after = _POSTPOSED.match(match.string, match.end("num"))
    if after is not None:
        phrase, kind, reading = next(q for i, q in enumerate(_LEXICON_POSTPOSED) if after[f"p{i}"])
        return kind, f"« {phrase} » after the number: {reading}"
    return "exact", "no qualifier: exact"


# « 2 000 environ », « 2 000 hommes environ », « 10 000 soldats nord-coréens, voire plus », « 2 000 d'entre eux,
# environ, » (an elided word between: round 26): a qualifier put after the number or its noun (lexicon.toml
# [postposed]); not « 300, environ 200 », nor « 12 morts environ une heure après »:
# then it qualifies what follows.
_LEXICON_POSTPOSED = qualifiers("postposed")
_POSTPOSED_WORDS = "|".join(
    f"(?P<p{index}>{_phrase_pattern(phrase).removesuffix(_SPACES).removesuffix(_GLUED)})"
    for index, (phrase, _, _) in enumerate(_LEXICON_POSTPOSED)
)
_POSTPOSED = re.compile(
    rf"(?:\s*[»”\"])?(?:\s+[^\W\d_][\w²-]*(?:['’][^\W\d_][\w²-]*)?){{0,2}}?\s*,?\s*(?:{_POSTPOSED_WORDS})(?!\w)"
    rf"(?!\s*(?:\d|une?\b|{NUMBER_WORDS}))",
    re.IGNORECASE,
)


_SPATIAL_QUALIFIERS = frozenset(
    f"q{index}"
    for index, (phrase, _, _) in enumerate(_LEXICON_QUALIFIERS)
    if fold_word(phrase) in words("spatial_qualifiers")
)
_PLACES = words("places")
_SPATIAL = "before a place, the words before the number may say where (« autour de trois villages ») or how many"


def _around_a_place(match: re.Match[str], noun: str | None) -> bool:
    """Whether a qualifier that may be spatial (lexicon.toml `spatial_qualifiers`) stands before a place: « combats
    autour de trois villages » are around them, « près de deux villes » near them, not about two."""
    if noun is None or not any(match[name] for name in _SPATIAL_QUALIFIERS):
        return False
    folded = fold_word(noun)
    return folded in _PLACES or folded.rstrip("sx") in _PLACES


def _denied_bound(match: re.Match[str]) -> bool:
    """Whether the number's qualifier is a verb a negation denies (« ne devraient pas dépasser les 2 000 »)."""
    verb = next((name for name in _VERB_QUALIFIERS if match[name]), None)
    return verb is not None and _denied(match.string, match.start(verb))


def _told_as_an_act(match: re.Match[str]) -> bool:
    """Whether a verb that may bound the number has no quantity for its subject (« les forces russes ont dépassé les
    2 000 soldats ennemis »: they overtook them), so it may tell an act rather than a bound: a curator reads it. A
    count of losses is never overtaken (« les plus hautes dépassent 4 000 tués »), nor a sum of money: its own noun is
    such a quantity."""
    verb = next((name for name in _VERB_QUALIFIERS if match[name]), None)
    if verb is None:
        return False
    clause = _clause_before(match.string, match.start(verb))
    words = [fold_word(w) for w in re.findall(r"[^\W\d_]+", clause)]
    if match["noun"] and unit_of(match["noun"]) in _LOSS_UNITS | MONEY_UNITS:
        return False  # a count of losses or a sum of money is never overtaken (« l'aide dépasserait 12 milliards »)
    return not any(w in _BOUNDED_SUBJECTS or w.rstrip("sx") in _BOUNDED_SUBJECTS for w in words)


_ASIDE = re.compile(
    r"\([^()]*\)|,\s*(?:(?:morts|tu[ée]s)\s+et\s+bless[ée]s(?:\s+confondus|\s+compris)?"
    r"|bless[ée]s\s+(?:compris|inclus|confondus)|y\s+compris\s+(?:les\s+)?bless[ée]s)\s*,",
    re.IGNORECASE,
)


def _clause_before(text: str, position: int, stops: str = "") -> str:
    """The words of the clause before `position` (up to 120 characters back), its asides left out: a bracket or the
    killed and wounded counted together between commas (« Le total des pertes (morts et blessés) avoisinerait »,
    « le nombre total de pertes, morts et blessés confondus, avoisinerait »), so the subject before them still
    counts."""
    window = _ASIDE.sub(" ", text[max(0, position - 120) : position])
    return re.split(rf"[;:.!?()«»{stops}]", window)[-1]


def _bounded_subject(match: re.Match[str]) -> str | None:
    """The subject of a verb that bounds a number with no noun of its own (« Les soldats nord-coréens présents depuis
    l'automne dépasseraient les 15 000 »: their number is at least 15 000), when it is a counted noun, or "" for a
    quantity (lexicon.toml `bounded_subjects`: « Les effectifs envoyés … dépasseraient les 15 000 »); never with the
    verb negated."""
    verb = next((name for name in _VERB_QUALIFIERS if match[name]), None)
    if verb is None or _denied(match.string, match.start(verb)):
        return None
    clause = _clause_before(match.string, match.start(verb), ",")
    subject = _SUBJECT.match(clause)
    if subject is None:
        return None
    if unit_of(subject["noun"]) is not None:
        return subject["noun"]
    word = fold_word(subject["noun"])
    return "" if word in _BOUNDED_SUBJECTS or word.rstrip("sx") in _BOUNDED_SUBJECTS else None  # « Les effectifs »


def _denied(text: str, verb: int) -> bool:
    """Whether a negation in its clause denies the verb that starts at `verb`."""
    return _NEGATION.search(text[max(0, verb - 40) : verb]) is not None


def nearly_floor(value: float) -> float | None:
    """The low end of « près de N » (docs/editorial.md §10): 0.9·N, rounded up only for a whole count when that
    stays below N, a decimal N unrounded; None when a count's range would collapse to N (« près de 3 »), which is then read as approximate."""
    low = value * 9 / 10
    if value == int(value):
        return math.ceil(low) if math.ceil(low) < value else None
    return low if 0 < low < value else None


def _valued(
    value: float | None, kind: str, reading: str, bounds: dict[str, float | None]
) -> tuple[float | None, str, str, dict[str, float | None]]:
    """A value read with a qualifier's kind (lexicon.toml [qualifiers]): « nearly » is the range 0.9·N–N
    (docs/editorial.md §10), or approximate where that range would collapse to N; any other kind as it is. One place
    for the number a qualifier starts and the bare later member of its coordination it is carried to."""
    low = nearly_floor(value) if kind == "nearly" and value is not None else None
    if kind == "nearly":
        kind = "approximate"  # a range that would collapse to N says no more than « about N »
    if low is None or value is None:
        return value, kind, reading, bounds
    reading = (
        f"{reading}: close to {display(value)} and not above it, the range {display(low)}–{display(value)} "
        "(koursk docs editorial §10)"
    )
    return None, "range", reading, {"value_min": _number(low), "value_max": _number(value)}


def _figure(
    match: re.Match[str], value: float | None, kind: str, reading: str, noun: str | None, **bounds: float | None
) -> Figure:
    value, kind, reading, bounds = _valued(value, kind, reading, bounds)
    end = match.end("noun") if noun else match.end()
    text = match.string[match.start() : end].strip()
    return Figure(
        start=match.start(),
        end=end,
        text=text,
        value=_number(value) if value is not None else None,
        value_kind=kind,
        value_min=bounds.get("value_min"),
        value_max=bounds.get("value_max"),
        unit=unit_of(noun),
        noun=noun,
        reading=reading,
    )


def _counted_noun(noun: str | None) -> str | None:
    """The word after a number, when it can be the thing counted: not a function word (« 3 000 à Koursk », « 2 000
    ont été tués »), not a capitalised word (« FRANCE 24 Suivre ») unless it is a counted noun (« 2 000
    Nord-Coréens »), not « fois » (« deux fois plus »)."""
    if noun is None or fold_word(noun) in _FUNCTION_WORDS | _NOT_COUNTED:
        return None
    if noun[:1].isupper() and unit_of(noun) is None:
        return None
    return noun


_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")  # the word right after a number

# « 08:19 < mirkwood> le NIS disait… »: the hour of a clock time (a chat log's stamp, a schedule), never a count
_CLOCK_MINUTES = re.compile(r":[0-5]\d(?!\d)")


def _not_a_count(text: str, end: int) -> bool:
    """« 40 % des obus », « 73 pour cent », « de 152 mm », « 900 m », « 08:19 »: the number after which `end` stands
    is a share, a size or an hour."""
    if _CLOCK_MINUTES.match(text, end) or _UNIT_SYMBOL.match(text, end):
        return True
    after = " ".join(fold_word(text[end : end + 40]).replace("»", " ").replace("”", " ").split())
    return _NOT_A_COUNT.match(after) is not None


# « 1 200 dollars pièce », « 15 euros le numéro » (lexicon.toml `unit_prices`), « 300 dollars par obus » (« par » and a
# noun that is no period of time, never an agent: « par la Russie », « par Moscou »), « 2 000 dollars par mois et par
# homme » (a pay: a period and one person), « 800 dollars l'obus » (an article and a counted noun): the price of one
# thing. « en moyenne » may stand between.
_UNIT_PRICES = "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(words("unit_prices"), key=len, reverse=True)
)
_PRICE = re.compile(  # on folded text; « 150 000 FCFA/mois » is « par mois »
    rf"\s?/\s?(?P<slashed>[^\W\d_]+)(?!\w)|\s*[»”\"]?(?:\s+en\s+moyenne)?\s*,?\s+(?:(?P<fixed>{_UNIT_PRICES})(?!\w)"
    r"|par\s+[^\W\d_]+\s+et\s+par\s+(?P<rate>[^\W\d_]+)(?!\w)"
    r"|par\s+(?P<per>[^\W\d_]+)(?!\w)"
    r"|(?:le\s+|la\s+|l')(?P<each>[^\W\d_]+))"
)
_LITTLE_WORDS = words("stopwords")  # « par la Russie »: an agent, never « par » one thing
_SIGN_AFTER = re.compile(r"\s?(?:" + "|".join(map(re.escape, MONEY_SIGNS)) + ")")
# « (entrée : 10 euros) », « Abonnement annuel : 25 000 FCFA » (lexicon.toml `price_labels`; on folded text)
_PRICE_LABEL = re.compile(rf"(?<!\w)(?:{alternatives('price_labels')})\s*:[^:;()\n]{{0,30}}$")
# « seraient payés environ 800 dollars », « à louer, 150 000 FCFA » (lexicon.toml `paid_words`; on folded text): a
# word of pay or rent in the clause before a sum per period
_PAID = re.compile(rf"(?<!\w)(?:{alternatives('paid_words')})(?!\w)[^.;:!?]{{0,60}}$")
# « Le kilo de riz s'échangeait à plus de 8 000 wons, contre 5 500 wons un an plus tôt »: a sum said of a measure of
# goods (lexicon.toml `priced_measures`) is what that measure costs, each sum of the sentence after it
_PRICED_MEASURE = re.compile(
    r"(?<!\w)(?:le|la|l'|du|un|une|au)\s*(?:prix\s+(?:du|de\s+la|de\s+l')\s*)?"
    rf"(?:{'|'.join(sorted(words('priced_measures'), key=len, reverse=True))})\s+(?:de(?!\w)|d')"
)

# « chaque soldat toucherait 2 000 dollars », « chaque famille recevrait l'équivalent de 3 000 dollars »: what one
# thing is paid or costs (on folded text); « chaque mois » is a rate, its sum a sum.
_EACH = re.compile(r"(?<!\w)chaque\s+(?P<noun>[^\W\d_]+)")


def _of_each(text: str) -> bool:
    return any(unit_of(m["noun"]) not in TIME_UNITS for m in _EACH.finditer(text))


def _a_price(text: str, end: int, unit: str | None, number: str) -> bool:
    """Whether a sum of money ending at `end` is the price of one thing (lexicon.toml `unit_prices`), or a sum to the
    cent (« 21,90 euros »): neither counts anything a story tells."""
    if unit not in MONEY_UNITS:
        return False
    if re.fullmatch(r"\d+,\d\d", number.strip()):
        return True
    folded = fold_same_length(text[:end])
    if _PRICED_MEASURE.search(folded) or _of_each(folded):
        return True
    before = folded[max(0, end - 100) :]
    if _PRICE_LABEL.search(before) or text[end : end + 8].lstrip().startswith("="):
        return True  # « (entrée : 10 euros) »: a ticket's price; « 1 USD = 131,20 HTG »: a rate of exchange
    after = _PRICE.match(fold_same_length(text[end : end + 80]))
    if after is None:
        return False
    if after["fixed"]:
        return True
    if after["rate"]:  # « 2 000 dollars par mois et par soldat »: a pay, the price of one soldier's month
        return fold_word(after["rate"]) not in _LITTLE_WORDS
    if per := after["per"] or after["slashed"]:  # « par obus »; « par mois » only after a word of pay (« payés 800
        # dollars par mois »), never an agent (« par Moscou »)
        agent = text[end + after.start("per" if after["per"] else "slashed")].isupper() or per in _LITTLE_WORDS
        timed = unit_of(per) in TIME_UNITS
        return not agent and (not timed or _PAID.search(before) is not None)
    each = unit_of(after["each"])
    return each is not None and each not in TIME_UNITS and each not in MONEY_UNITS


# « sur un total de 11 000 », « sur une population de … »: « un » before a noun is an article, no denominator (round 39)
_RATIO_AFTER = re.compile(
    rf"\s+sur\s+(?:\d+(?!{_SEPARATOR}\d{{3}})|(?!une?\s+(?!{_SCALE_NOUNS})[^\W\d_]{{3,}})(?:{NUMBER_WORDS}))(?!\w)",
    re.IGNORECASE,
)
_RATIO_BEFORE = re.compile(rf"(?:\d+|{_WORD})(?:\s+[^\W\d_]+)?\s+sur\s+$", re.IGNORECASE)


def _ratio(match: re.Match[str]) -> bool:
    """« un soldat sur trois », « deux sur cinq »: a proportion, not a count (neither of its numbers). A number after
    « sur » written in thousands, or qualified with a noun of its own, is the whole counted, no denominator, and the
    part before it a count (« 500 km² sur 1 300 », « environ 2 000 morts sur quelque 15 000 hommes »: round 39)."""
    text = match.string
    start = match.start("qual") if match["qual"] else match.start("num")
    end = match.end("noun") if match["noun"] else match.end("num")
    whole = _LARGE.search(match["num"]) is not None or (
        match["qual"] is not None and unit_of(match["noun"]) is not None
    )
    return bool((not whole and _RATIO_BEFORE.search(text[max(0, start - 40) : start])) or _RATIO_AFTER.match(text, end))


def _in_a_name(text: str, position: int) -> bool:
    """« FRANCE 24 », « KN-23 », « Su-57 »: a number glued to a word in capitals is part of a name."""
    before = text[max(0, position - 30) : position]
    return re.search(r"(?:\b[A-ZÀ-Ý]{2,}[\s-]|[A-Za-z]-)$", before) is not None


# « au micro d'Europe 1 un chercheur », « Université Rennes 2 apporte des fonds »: one or two digits after a capitalised
# word inside a sentence (after a word or an elided article), before no counted noun, end a name
_NAME_BEFORE = re.compile(r"(?:[^\W\d_]['’]|[^\W\d_]\s)[A-ZÀ-Ý][^\W\d_]+(?:-[^\W\d_]+)*\s$")


def _ends_a_name(match: re.Match[str]) -> bool:
    """Whether a number ends a name (« Europe 1 », « Rennes 2 »): no count, with its noun or without."""
    text, start = match.string, match.start("num")
    small = re.fullmatch(r"\d{1,2}", match["num"].strip()) is not None
    return small and not match["qual"] and _NAME_BEFORE.search(text, max(0, start - 40), start) is not None


_SINCE_A_TIME = re.compile(r"\s+(?:apr[èe]s|plus\s+tard|plus\s+t[ôo]t|auparavant|avant)(?!\w)", re.IGNORECASE)
_FIRST_IN = re.compile(r"(?<!\w)(?:premi[èe]re?|fois)(?:\s+[^\W\d_]+)?\s+(?:depuis|en)\s+$", re.IGNORECASE)
_TIME_QUALIFIER = re.compile(r"jusqu|au-del", re.IGNORECASE)  # « jusqu'à 2030 » may be a year


# A year after a month's name (« 3 sept 2025 », « 12 déc 2024 »): the number before is the month's day (round 65)
_A_DAY_OF_A_MONTH = re.compile(r"\.?[ \t\u00a0]+\d{4}(?!\d)")


def _is_noise(match: re.Match[str], value: float, noun: str | None, unit: str | None) -> bool:
    """Years, footnote markers, references, names, articles and plain durations are not figures."""
    number = match["num"]
    start = match.start("qual") if match["qual"] else match.start("num")
    before = _previous_words(match.string, start)
    if before and before[-1] in _REFERENCE_WORDS:
        return True
    if _in_a_name(match.string, match.start("num")):
        return True
    is_words = re.fullmatch(NUMBER_WORDS, number.strip(), re.IGNORECASE) is not None
    # « les deux pays », « les deux hommes »: a few things the story names; never a count qualified or in thousands
    # (« aux quelque quinze mille hommes déjà déployés », « les dix mille hommes »: round 18)
    named = is_words and not match["qual"] and value < 1000 and bool(before) and before[-1] in _DETERMINERS
    if is_words and (value == 1 or (named and unit not in _PEOPLE_UNITS)):
        return True  # « une brigade », « l'une des », « les deux pays »; but « les deux soldats » are two
    if named and noun is not None and fold_word(noun) in _KNOWN_REFERENTS:
        return True  # « Les deux hommes se sont serré la main »: people the story knows, no new count
    if is_words and _NUMBER_IDIOM.search(fold_same_length(match.string[max(0, start - 20) : match.end("num")])):
        return True  # « Rien de neuf depuis »: new, not nine
    if _COUNTER.search(match.string, max(0, start - 4), start) or re.match(
        r"\s?/\s?\d", match.string[match.end("num") :]
    ):
        return True  # « 2/6 Pertes : », « 1/6 »: a thread's counter
    year_like = re.fullmatch(r"\d{4}", number.strip()) is not None  # « 2 000 » with a separator is never a year
    if year_like and match["qual"] and not _TIME_QUALIFIER.match(match["qual"]):
        year_like = False  # « plus de 2000 volontaires », « près de 1900 »: a count; a year needs date evidence
    if noun is None or (unit is None and year_like and 1900 <= value <= 2100):
        return True  # « Koursk 1. », « 2025 serait l'année »
    if fold_word(noun) in _DATA_SIZES:
        return True  # « (PDF, 412 kB) »: a file's size
    if _A_DAY_OF_A_MONTH.match(match.string, match.end("noun")) and month_number(fold_word(noun)) is not None:
        return True  # « Pékin, 3 sept 2025 (AFP) - »: a day of a month, abbreviated without its stop, then its year
    if (
        unit in TIME_UNITS
    ):  # « dans 24 heures », « pour 20 ans » yes; « depuis deux ans », « pendant trois semaines » no
        if before and before[-1] in _AGE_DETERMINERS:
            return True  # « pour les 80 ans du Parti », « ses 40 ans »: an anniversary or an age, not a span
        if _SINCE_A_TIME.match(match.string, match.end()) or _FIRST_IN.search(match.string, 0, start):
            return True  # « quatre ans après », « la première en 24 ans »: time between two things
        if unit == "years" and before and before[-1] in _YEAR_DATE_PREPOSITIONS:
            return True  # « dans 20 ans »: a date (frdates.py), even past the calendar (« dans 8000 ans »)
        if _done_in(match.string, start):
            return True  # « livrés en deux ans »: how long it took, no term
        return unit not in _DURATION_FIGURE_UNITS or not (set(before) & _DURATION_PREPOSITIONS)
    return False


# « 12 millions d'obus livrés en deux ans », « conquis en 24 heures »: a past participle, then « en » and the count.
_DONE_IN = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_]{3,}(?:ée?s?|ise?s?))\s+en\s+$", re.IGNORECASE)
_NOT_PAST_PARTICIPLES = words("not_past_participles")


def _done_in(text: str, start: int) -> bool:
    """Whether a count of time starting at `start` follows « en » after a past participle: how long something done
    took (« livrés en deux ans »), not a promise's term (« mettre fin à la guerre en 24 heures »)."""
    done = _DONE_IN.search(text, max(0, start - 40), start)
    return done is not None and fold_word(done["word"]) not in _NOT_PAST_PARTICIPLES


def _a_term(text: str, start: int, unit: str | None) -> bool:
    """Whether a count of time starting at `start` is a promise's or a sentence's term, a figure (« en 24 à 48 heures
    », « pour 20 ans »): in hours or years, after « dans », « en », « pour », « sous » (lexicon.toml)."""
    before = _previous_words(text, start, 1)
    return unit in _DURATION_FIGURE_UNITS and bool(before) and before[-1] in _DURATION_PREPOSITIONS


# A count in thousands or more opening a parenthesis right after a noun (« livraisons d'obus (1,5 million en 2025) »,
# « des renforts (environ 3 000) »): the parenthesis counts that noun (round 20: it was dropped); a small number there
# is a footnote, a list's item or a year's neighbour, and stays none.
_IN_PARENTHESES = re.compile(r"[^\W\d_]{3,}\s*\(\s*$")
# … and so does one, qualified or in millions, opening what a colon announces or what a verb of speaking names, when
# the words before name a counted noun (« des envois de travailleurs vers la Russie : environ 15.000 depuis le début
# de l'année », « Séoul parlait alors de soldats tués, de 2 000 environ »; « Information : 819 555-0142 », « Le chiffre
# du jour : 1 461. C'est le nombre de jours », « Le GUR parle de « plus de 200 » KIA » stay none: no noun to count).
# Never a range's low end (« Total : ~ 14 000 – 15 000 »), nor a number opening with a zero (a phone's, a code's).
_AFTER_A_COLON = re.compile(r"(?:[^\W\d_]{3,}\s*:|\bparl\w*\s+(?:de|d['’]))\s*[«\"“]?\s*$")
_NOUNS_BEFORE = re.compile(r"[^\W\d_]+")
_LARGE = re.compile(rf"\d{_SEPARATOR}\d{{3}}|milli|mille", re.IGNORECASE)
_SCALED = re.compile(r"milli|mille", re.IGNORECASE)
_DASH_NUMBER = re.compile(r"\s*[-–—]\s*\d")


def _announced(match: re.Match[str], before: str, after: str) -> bool:
    """Whether a count with no noun of its own opens a parenthesis or what a colon announces (see above)."""
    number = match["num"]
    if not _LARGE.search(number) or number.startswith("0") or _DASH_NUMBER.match(after):
        return False
    if _IN_PARENTHESES.search(before):
        return True
    if _AFTER_A_COLON.search(before) is None or not (match["qual"] or _SCALED.search(number)):
        return False
    units = (unit_of(word) for word in _NOUNS_BEFORE.findall(before))
    return any(unit is not None and unit not in TIME_UNITS for unit in units)


# « a successivement avancé 1 500, puis 11 000, puis environ 15 000 hommes »: counts of one noun told one after the
# other, only the last naming it (round 53)
_THEN = re.compile(r"\s*+,\s*+puis\s++")
_SERIES = 4  # the most counts a series is followed through


def _series_noun(match: re.Match[str]) -> str | None:
    """The noun a series of counts ends on (`_THEN`), when the store counts it, for a count before it with none of
    its own."""
    text, position = match.string, match.end("num")
    for _ in range(_SERIES):
        if (then := _THEN.match(text, position)) is None or (step := _FIGURE.match(text, then.end())) is None:
            return None
        if step["noun"] is not None:
            noun = _counted_noun(step["noun"])
            return noun if unit_of(noun) is not None else None
        position = step.end("num")
    return None


# « Les soldats nord-coréens, environ 11 000 à leur arrivée, ont été engagés »: a count put in apposition after the
# people it counts, its noun one of the last three words before the comma (round 86)
_APPOSED_TO = re.compile(r"(?P<words>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*,\s*[«\"“]?\s*$")
# … not a phrase after a preposition (« Selon les soldats, », « Parmi les militaires engagés, »: a source, a whole),
# nor a number that opens a range (« quelque 3 000 à 4 000 »); lexicon.toml `apposition_prepositions`
_APPOSED_IN_A_PHRASE = re.compile(rf"(?<![\w'’]){written_words('apposition_prepositions')}\s+[^,;:.!?]*$", re.I)
_OPENS_A_RANGE = re.compile(rf"\s*[»”\"]?\s*(?:[àa]|-|–|et|ou)\s*[«\"“]?\s*(?:\d|(?:{NUMBER_WORDS})\b)", re.IGNORECASE)
_APPOSED_UNITS = _PEOPLE_UNITS - {"people"}  # « sud-coréens, » is an adjective, and a demonym counts anyone
# a rate after the count (lexicon.toml `rate_words`: « environ 200 par compagnie », review58)
_A_RATE_AFTER = re.compile(rf"\s*(?:{alternatives('rate_words', spaced=True)})(?![\w'’-])", re.IGNORECASE)


def _apposed_to(match: re.Match[str], before: str) -> str | None:
    """The people a count in apposition counts (« Les soldats nord-coréens, environ 11 000 à leur arrivée, »): a
    qualified or large number right after a comma, one of the three words before that comma a noun of people."""
    if not match["qual"] and not _LARGE.search(match["num"]):
        return None
    apposed = _APPOSED_TO.search(before)
    if apposed is None or _OPENS_A_RANGE.match(match.string, match.end("num")):
        return None
    if _A_RATE_AFTER.match(match.string, match.end("num")):
        return None  # « Les soldats nord-coréens, environ 200 par compagnie, »: a rate, no count of them (review58)
    if _APPOSED_IN_A_PHRASE.search(before, 0, apposed.end("words")):
        return None
    for word in reversed(apposed["words"].split()):
        if unit_of(word) in _APPOSED_UNITS and word[:1].islower():
            return word
    return None


# « sur les 11 000 environ envoyés par Pyongyang »: a postposed qualifier, then a participle, after an article: the
# participle says what befell the thing counted before, no noun of its own (round 86)
_THE_ONES_BEFORE = re.compile(rf"(?<![\w'’])(?:{alternatives('participle_articles')})\s+[«\"“]?\s*$", re.IGNORECASE)
_ABOUT_THEN_PARTICIPLE = re.compile(
    r"\s+(?:environ|au\s+total)\s+(?P<participle>[^\W\d_]+(?:[ée]e?s|is|us))(?![\w'’-])", re.IGNORECASE
)


def _elided(match: re.Match[str]) -> tuple[str, int] | None:
    """The counted noun a figure leaves out (« dont 2 000 ont été tués » → tués), or None; "" for the noun the
    sentence counted before. With it, where the words that name it end (« à 8 000 le nombre de soldats », « 4 700
    d'entre eux »), so that the words governing them are seen as governing the figure."""
    text, start, end = match.string, match.start("qual") if match["qual"] else match.start("num"), match.end("num")
    before = text[max(0, start - 80) : start]
    after = text[end:]
    if (
        _AND_TO_BEFORE.search(before)
        and (the := _THE_NOUN_AFTER.match(after))
        and _ESTIMATE_VERB.search(text, max(0, start - 160), start)
    ):
        # « chiffrent à 300 les tués et à 2 700 les blessés » (round 39), « estimait à 300 le nombre de soldats tués et
        # à 2 700 celui des blessés »: its own noun, before the one « le nombre de » named for the first (round 41)
        return the["noun"], end + the.end("noun")
    if (that := _THAT_OF_BEFORE.search(before)) is not None and _A_NUMBER_OF.search(
        text, max(0, start - 160), start - len(before) + that.start()
    ):
        return that["noun"], end  # « le nombre de morts à 300, et celui des blessés à 2 700 » (round 86)
    total = _TOTAL_BEFORE.search(before) or _ESTIMATED_OBJECT.search(before) or _THIS_NUMBER_OF.search(before)
    if total is not None:
        return total["noun"], end
    if (attained := _ATTAINED.search(before)) is not None and unit_of(attained["noun"]) is not None:
        return attained["noun"], end
    if named := _IT_IS_THE_NUMBER.match(after):
        return named["noun"], end + named.end()  # « 3 000, c'est le nombre de soldats arrivés » (round 39)
    if _TO_BEFORE.search(before) and (named := _ELIDED_AFTER.match(after)):
        return named["noun"], end + named.end()
    if part := _PART_OF.match(after[:120]):  # « 4 700 des 11 000 soldats »: a part of them, what they are
        return part["noun"], end
    if _LARGE.search(match["num"]) and _RATIO_BEFORE.search(before[-40:]):
        return "", end  # « quelque 500 km² sur 1 300 »: the whole, of the noun counted before it (round 39)
    if (changed := _changed_count(before)) is not None:
        return changed, end  # « le nombre de tués serait passé d'environ 600 à plus de 2 500 »: each end, its noun
    if _announced(match, before, after):
        return "", end  # « des livraisons d'obus (1,5 million en 2025, selon …) »: the noun just named, counted
    done = _ABOUT_THEN_PARTICIPLE.match(after) if _THE_ONES_BEFORE.search(before) else None
    if done is not None and fold_word(done["participle"]) not in _NOT_PAST_PARTICIPLES:
        if unit_of(done["participle"]):  # « les 4 000 environ tués ou blessés »: the loss it names (review58)
            return done["participle"], end + done.end()
        return "", end + done.end()  # « les 11 000 environ envoyés » (round 86)
    if not _ELIDED_BEFORE.search(before[-40:]) and not _another_source(match, before) and not _gapped(match):
        if verb := _ELIDED_VERB.match(after[:80]):  # « 2 700 ont été blessés »: the loss word of the verb after it
            return verb["noun"], end + verb.end("noun")
        spoken = _SPOKEN_OF.search(before[-40:]) and _LARGE.search(text, 0, start)
        if _LARGE.search(match["num"]) and (_IN_ALL.match(after) or spoken or _sourced(match, after)):
            # « et que 10.000 au total étaient attendus », « l'AFP dit « plus de 3 000 », mais Kiev parle de 3 800 »:
            # all of, or another count of, the noun counted before (round 39; « parlait de 9 000 » with no count
            # before it in its sentence stays none, round 20)
            return "", end
        if of_them := _OF_THEM.match(after) or _OTHERS.match(after):
            return "", end + of_them.end()
        listed = re.search(r"[,:]\s*$", before) and _DATED_AFTER.match(fold_same_length(after[:40]))
        if _LARGE.search(match["num"]) and listed and _LARGE.search(text, 0, start):
            return "", end
        if (series := _series_noun(match)) is not None:
            return series, end
        if match["num"][:1].isdigit() and _OPENS_ITS_CLAUSE.search(before) and _SUBJECT_OF.match(after):
            # « ; quelque 10 000 seraient toujours en Russie »: the subject, the noun counted before (in digits: « Sur
            # les quatre vidéos, trois ont circulé » counts no thing of the story)
            return "", end
        if _PRONOUN_EN.search(before[-60:]):
            return "", end
        if (apposed := _apposed_to(match, before)) is not None:
            return apposed, end  # « Les soldats nord-coréens, environ 11 000 à leur arrivée, » (round 86)
        return None
    found = _ELIDED_VERB.match(after) or _ELIDED_AFTER.match(after) or _THE_NOUN_AFTER.match(after)
    return (found["noun"], end + found.end("noun")) if found else ("", end)


# « le nombre de tués serait passé d'environ 600 à plus de 2 500 », « les effectifs passent de 1 500 en octobre 2024 à
# environ 15 000 au printemps »: a count changed, each end qualified or dated, so that no range reads it (round 39)
_CHANGE_VERBS = "|".join(sorted(words("change_verbs"), key=len, reverse=True))
_CHANGED_FROM = re.compile(  # a verb's ending only: « un montant de 3 000 » is no change
    rf"(?<!\w)(?:{_CHANGE_VERBS})(?:[ée]e?s?|es?|ent|ait|aient|era|erait|eraient)?\s+(?:(?:{_ADVERB})\s+)?"
    rf"(?:de\s+|d{_APOS}\s*)(?:[^.;:!?«»]{{1,60}}?\s[àa]\s+)?[«\"“]?\s*$",
    re.IGNORECASE,
)


_KILLED_OR_WOUNDED = re.compile(r"(?<!\w)(?:tu[ée]e?s|morte?s|bless[ée]e?s)(?!\w)", re.IGNORECASE)


def _changed_count(before: str) -> str | None:
    """The noun of a count changed (`_CHANGED_FROM`) whose ends have no noun of their own: the one « le nombre de … »
    names before the verb, else "" (the noun counted before); None when no verb of change governs the number."""
    verb = _CHANGED_FROM.search(before)
    if verb is None:
        return None
    named = _NUMBER_OF.search(before, max(0, verb.start() - 60), verb.start())
    if named is None:
        return ""
    loss = _KILLED_OR_WOUNDED.search(before, named.end(), verb.start())  # « le nombre de soldats tués »: the dead
    return loss.group() if loss else named["noun"]


# « Kiev l'estime à 3 000 morts, Séoul à environ 2 000 », « Séoul évoque 2 000 tués, Kiev plus de 4 000 », « … ;
# Kiev avance plus de 6 000 »: another source's count of the same noun, its verb and noun left out (round 36)
_SOURCE_BEFORE = re.compile(
    r"[,;]\s+[A-ZÀ-Ý][\w'’-]+(?:\s+(?i:[àa]|avance|[ée]voque|parle\s+de|dit|estime))?\s*[«\"“]?\s*$"
)


def _another_source(match: re.Match[str], before: str) -> bool:
    """Whether a count with no noun follows another source's name after a comma (`_SOURCE_BEFORE`) and reads as a
    count: qualified or written in thousands (« plus de 4 000 »; a bare « 94104 » or « 946.231 » after a town or an
    agency is a postal code or a reference)."""
    counted = match["qual"] is not None or re.search(rf"\d{_SPACE_SEPARATOR}\d{{3}}", match["num"]) is not None
    return counted and _SOURCE_BEFORE.search(before[-40:]) is not None


# « Washington parle de 3 000 hommes, puis, à la fin du mois, d'environ 10 000 », « Séoul estimait leurs pertes à trois
# mille hommes ; deux mois plus tard, à plus de quatre mille », « les Ukrainiens parlent de 4 000 hommes, les
# Sud-Coréens d'environ 3 000 »: the clause after a comma or a semicolon repeats the preposition of a count told
# before, its verb and noun left out (a gapped clause: round 39)
_GAPPED = re.compile(
    rf"[,;]\s*(?P<gap>[^.;:!?\d«»()\[\]\n]{{0,40}}?)(?<![\w'’])(?P<prep>[àa]|de|d{_APOS})\s*[«\"“]?\s*$", re.IGNORECASE
)
_TOLD_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<prep>[àa]|de|d{_APOS})\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{_DIGITS}|{NUMBER_WORDS})\s+"
    r"(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)


def _gapped(match: re.Match[str]) -> bool:
    """Whether a count with no noun repeats, after a comma or a semicolon and a few words with no verb, the
    preposition of a count with a noun told before in its sentence (`_GAPPED`), and reads as a count: qualified or
    written in thousands (« , de 2024 » stays a year)."""
    if match["qual"] is None and not _LARGE.search(match["num"]):
        return False
    text, start = match.string, match.start("qual") if match["qual"] else match.start("num")
    gap = _GAPPED.search(text, max(0, start - 60), start)
    if gap is None or _has_a_verb(gap["gap"]):
        return False
    to = gap["prep"].lower() in ("à", "a")
    told = _TOLD_BEFORE.finditer(text, max(0, gap.start() - 160), gap.start())
    return any((t["prep"].lower() in ("à", "a")) == to and unit_of(t["noun"]) is not None for t in told)


_A_YEAR = re.compile(r"(?:19|20)\d\d")  # a bare year: « 2 000 » with a separator is never one


_DENIED_BOUND = "a negated verb bounds it, the other way round"


def _unreadable(match: re.Match[str], noun: str | None, why: str) -> Figure:
    return _figure(match, None, "exact", f"TODO: « {match.group().strip()} »: {why}; write the value", noun)


_THOUSANDS_TAIL = re.compile(rf"\d{{3}}(?:{_SEPARATOR}\d{{3}})*(?:,\d+)?")
_LINE_CUT = re.compile(r"\d{1,3}[ \t\u00a0]*\n[ \t\u00a0]*$")


def _cut_by_a_line(match: re.Match[str]) -> int | None:
    """Where a number a hard line break cuts begins (« environ 11⏎000 hommes », text copied out of a PDF): the digits
    ending the line before the three that open this one. The rules cannot tell a cut number from two numbers on two
    lines, so it is a TODO, never « 000 » read as 0; None when the number is whole."""
    if not _THOUSANDS_TAIL.fullmatch(match["num"]):
        return None
    cut = _LINE_CUT.search(match.string, max(0, match.start("num") - 8), match.start("num"))
    return cut.start() if cut else None


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """Every number with its qualifier and the word after it. The word after a number may be the qualifier of the
    next one (« le 6 août 2024 quelque 600 km² »): when a number is not read as a figure, the search resumes right
    after it, so that word is seen again as the next number's qualifier."""
    position = 0
    while (match := _FIGURE.search(text, position)) is not None:
        yield match
        position = match.end("num")


# « 10^15 soldats », « 10 ** 15 », « 1E+15 »: a power, whose exponent would read as the count (rev26 L4: 15 soldiers)
_POWER_BEFORE = re.compile(rf"(?<![\w.,])(?:{_DIGITS})(?:\s*(?:\^|\*\*)\s*|[eE][+-])$")
_POWER_AFTER = re.compile(r"\s*(?:\^|\*\*)\s*\d|[eE][+-]\d")


# « les démineurs et les sapeurs, autour de six mille. »: a number that closes its sentence after a comma, with no noun
# of its own, counts the noun just before the comma
_APPOSED_NOUN = re.compile(r"(?P<noun>[^\W\d_]+)\s*,\s*$")
_CLOSES = re.compile(r"\s*[.!?…]*\s*$")


# A verb that says or counts a number as its object (« le Pentagone disait 8 000 jeudi dernier », « Kiev en annonçait
# 6 000 mardi », « Séoul parlait de 11 000 en octobre »): before a large number and its date, the number counts what
# the story counts, its noun left out (round 62, sealed41 x19). Not lexicon.toml's `speech_verbs` (draft.py `_SAYING`):
# these take the number as their object, the imperfect and « comptait », « recensait », « dénombrait » among them.
_COUNTED_BY_A_VERB = re.compile(
    rf"(?<![\w-])(?:disai(?:t|ent)|dit|disent|diront|dirait|parl\w*\s+(?:de\s+|d{_APOS}\s*)|[ée]voqu\w*|avan[cç]\w*"
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
        bool(_LARGE.search(match["num"]) or _HUNDREDS.fullmatch(match["num"].strip()))
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
    if (keyed := _KEYED.match(text, match.end("num"))) is None or _A_YEAR.fullmatch(match["num"].strip()):
        return None
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    return keyed["noun"] if all(c in _LINE_OPENS for c in line) and unit_of(keyed["noun"]) is not None else None


def _plain(
    text: str,
    skip: Sequence[Span],
    asked: str | None = None,
    cells: Sequence[Cell] = (),
    carried: str | None = None,
    label: Label | None = None,
) -> Iterator[Figure]:
    taken = 0
    for match in _numbers(text):
        if match.start() < taken or _overlaps(match.start("num"), match.end("num"), skip):
            continue
        if _not_a_count(text, match.end("num")) or _ratio(match):
            continue
        if match["noun"] is not None and fold_word(match["noun"]) in _NOT_COUNTED:
            continue  # « au moins trois fois plus élevées »: a manner, not a count whose noun is left out
        # a word that belongs to a date is no counted noun (« atteindre 10 000 d'ici décembre »), nor one of the next
        # cell of a table (« 100 | 1 000 », « 2 000 <tab> non précisé »)
        cell = _cell_at(cells, match.start("num"))
        if cell is not None and _numbers_rows(cell[2]):
            continue  # « N° | SLUG | DURÉE », then « 01 | OUVERTURE | 0'50 »: a row's number, no count
        dated = match["noun"] is not None and _overlaps(match.start("noun"), match.end("noun"), skip)
        dated = dated or (cell is not None and match["noun"] is not None and match.start("noun") >= cell[1])
        noun = None if dated else _counted_noun(match["noun"]) or _keyed_noun(match)
        if AMBIGUOUS_COMMA.fullmatch(match["num"].strip()):
            if noun is not None and not _in_a_name(text, match.start("num")):
                yield _unreadable(match, noun, "an English thousands comma or a French decimal comma")
            continue
        if (cut := _cut_by_a_line(match)) is not None:
            figure = _unreadable(match, noun, "")
            said = " ".join(text[cut : figure.end].split())
            reading = f"TODO: « {said} »: a line break cuts the number, or stands between two; write the value"
            yield replace(figure, start=cut, text=text[cut : figure.end].strip(), reading=reading)
            taken = match.end()
            continue
        if _POWER_AFTER.match(text, match.end("num")):
            continue  # the base of « 10^15 »: the exponent's number reads the whole
        if (power := _POWER_BEFORE.search(text, max(0, match.start("num") - 40), match.start("num"))) is not None:
            figure = _unreadable(match, noun, "")
            said = text[power.start() : figure.end].strip()
            reading = f"TODO: « {said} »: a power, no count the rules read; write the value"
            yield replace(figure, start=power.start(), text=said, reading=reading)
            taken = match.end()
            continue
        value = parse_number(match["num"])
        if value is None or (noun is None and value == 1 and re.fullmatch(NUMBER_WORDS, match["num"].strip(), re.I)):
            continue  # « l'un des 90 volontaires », « dont un sur trois »: a pronoun, as « une brigade » is an article
        if noun is None and _SIGN_AFTER.match(text, match.end("num")):
            continue  # « puis 9,90 €/mois »: a sum (the money rules read « 1,2 M$ »), never a count left out
        if unit_of(noun) is None and _ends_a_name(match):
            continue  # « au micro d'Europe 1 un chercheur », « Université Rennes 2 apporte »: a name's number
        if (
            unit_of(noun) is None
            and not match["qual"]
            and _A_DAY_ARTICLE.search(text, max(0, match.start("num") - 8), match.start("num"))
        ):
            continue  # « fin octobre, le 24 si je me souviens bien »: « le » and a number alone is a day
        answer = None if noun is not None else _answers(match, asked, label)
        answer = _heading(match, cell) if noun is None and answer is None else answer
        elided = (answer, match.end("num")) if answer is not None else _elided(match) if noun is None else None
        if noun is None and elided is None and (subject := _bounded_subject(match)) is not None:
            elided = (subject, match.end("num"))  # « Les soldats … dépasseraient les 15 000 »: their number
        if noun is None and elided is None and (spoken := _carried(match, carried)) is not None:
            elided = (spoken, match.end("num"))  # « Onze mille à l'automne 2024 », « …, autour de six mille. »
        if noun is None and elided is None and dated and _counted_by_a_verb(match):
            elided = ("", match.end("num"))  # « le Pentagone disait 8 000 jeudi dernier »: a count said on a day
        if elided is not None and elided[0] == "" and not match["qual"] and _A_YEAR.fullmatch(match["num"].strip()):
            continue  # « …, puis 2025 a vu leur retrait »: a year, no count of the noun counted before
        if elided is not None and elided[0] == "" and _of_a_time(text, match.start()):
            continue  # « avait servi huit ans dans la Légion, dont deux au Mali »: a part of a time, a time
        if elided is not None and _denied_bound(match):
            # « Le nombre de tués ne dépasse pas les 4 000, selon Kiev »: at most, the other way round (review61)
            yield replace(_unreadable(match, elided[0] or None, _DENIED_BOUND), elided=True)
            taken = match.end()
            continue
        if elided is not None:
            kind, reading = _qualifier(match)
            if kind == "exact" and cell is not None and _heading(match, cell) is not None:
                kind, reading = _row_qualifier(match, cell, cells, value) or (kind, reading)
            said = text[match.start() : match.end("num")].strip()
            left_out, end = elided
            figure = _figure(
                match, value, kind, f"« {said} »: {reading}; the counted noun is left out", left_out or None
            )
            qualifier = kind if match["qual"] else None  # « environ 300 avaient été tués et 2700 blessés »: carried
            yield replace(figure, end=end, text=text[match.start() : end].strip(), elided=True, qualifier=qualifier)
            continue
        if _is_noise(match, value, noun, unit_of(noun)) or _a_price(
            text, match.end("noun"), unit_of(noun), match["num"]
        ):
            continue
        if _denied_bound(match) or _told_as_an_act(match):
            why = _DENIED_BOUND if _denied_bound(match) else _AN_ACT
            yield _unreadable(match, noun, why)
            taken = match.end()
            continue
        if _around_a_place(match, noun):
            yield _unreadable(match, noun, _SPATIAL)
            taken = match.end()
            continue
        kind, reading = _qualifier(match)
        figure = _figure(match, value, kind, f"« {match.group().strip()} »: {reading}", noun)
        figure = replace(figure, qualifier=kind if match["qual"] else None)
        if _distance(text, figure):
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


def _range_ends(low_text: str, high_text: str) -> tuple[float, float, str] | None:
    """Both ends of a range, the low one scaled like the high one when French shares the scale: « entre dix et
    douze mille » (10 000–12 000), « entre 1,5 et 2 millions », « 10 à 12 000 »."""
    low, high = parse_number(low_text), parse_number(high_text)
    if low is None or high is None:
        return None
    note = ""
    scale = re.search(rf"\s({_SCALE_WORDS})$", high_text.strip(), re.IGNORECASE)
    if scale and not re.search(rf"\s({_SCALE_WORDS})$", low_text.strip(), re.IGNORECASE) and low < high / 1000 * 1000:
        factor = _SCALES[fold_word(scale[1])]
        if scaled(low, factor) <= high:
            low, note = scaled(low, factor), f"; « {scale[1]} » counts both ends"
    elif re.search(r"\scents?$", high_text.strip(), re.IGNORECASE) and low < 10:
        # « deux à trois cents soldats »: « cents » scales both ends as « mille » does (it was read 2–300)
        low, note = scaled(low, 100), "; « cents » counts both ends"
    elif low < 1000 <= high and high % 1000 == 0 and 1000 * low <= high and re.fullmatch(r"\d+", low_text.strip()):
        low, note = low * 1000, "; « 000 » shared by both ends, as French writes it"
    return (low, high, note) if low < high else None


_QUESTION = re.compile(rf"\bcombien\b(?:\s+{_DE}(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*))?[^?]*\?\s*$", re.IGNORECASE)


def asked_noun(sentence: str) -> str | None:
    """The noun a question counts (« Combien de Nord-Coréens combattent pour Moscou ? »), which the sentence after
    it may leave out in its answer (« Entre 11.000 et 12.000, selon Séoul »), or its loss word (« Combien sont
    morts ? »); "" when the question leaves it out too (« Combien sont-ils sur place ? »: the answer is still a count,
    its unit the curator's); None for any other sentence."""
    found = _QUESTION.search(sentence)
    if found is None:
        return None
    loss = re.search(rf"(?<!\w)(?:{'|'.join(LOSS_NOUNS)})(?!\w)", found.group(), re.IGNORECASE)
    return found["noun"] or (loss.group() if loss else "")  # « Combien sont morts ? »: the dead are counted


Cell = tuple[int, int, str]
"""A table cell in the sentence: where it starts and ends, and its column's heading (layout.table_cells)."""


def _cell_at(cells: Sequence[Cell], position: int) -> Cell | None:
    """The cell `position` falls in (cells are in the text's order and never overlap), by bisection."""
    at = bisect.bisect_right(cells, position, key=lambda cell: cell[0]) - 1
    return cells[at] if at >= 0 and position < cells[at][1] else None


def _numbers_rows(heading: str) -> bool:
    """Whether a column's heading is a reference word (« N° », « No », « Numéro », « # »; lexicon.toml
    `reference_words`): its cells number the table's rows, a rundown's or a list's, and count nothing."""
    said = fold_word(heading.strip().rstrip("."))
    return said == "#" or said in _REFERENCE_WORDS


def _heading(match: re.Match[str], cell: Cell | None) -> str | None:
    """The first word of the column's heading (« Tués », « Soldats engagés »), when the number and its qualifier are
    all the cell holds (« 100 », « « au moins 1 000 » »)."""
    if cell is None:
        return None
    text, (start, end, heading) = match.string, cell
    alone = not text[start : match.start()].strip(' «"“') and not text[match.end("num") : end].strip(' »"”')
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", heading)
    return words[0] if alone and words else None


# A remark of a table's row that qualifies the row's bare numbers (a spreadsheet's « Remarque » column): a qualifier
# of [qualifiers] alone, perhaps quoted, perhaps after the heading of the one column it qualifies (« « environ » »,
# « blessés : « plus de » »), or words that say the row's numbers are rounded (lexicon.toml `rounded_remarks`). Each
# part between commas and semicolons is read alone (« « environ », briefing de la veille »).
_REMARK = re.compile(
    rf"\s*(?:(?P<label>[^\W\d_]+)\s*:\s*)?[«\"“]?\s*(?:(?P<qual>{_QUALIFIER})|(?P<rounded>[^\W\d_]+(?:\s+[^\W\d_]+)?))"
    rf"\s*[»\"”]?\s*",
    re.IGNORECASE,
)
_ROUNDED = words("rounded_remarks")


def _row_of(cells: Sequence[Cell], cell: Cell) -> tuple[int, int]:
    """Where `cell`'s row starts and ends, when the sentence runs over several rows joined into one line (a
    DataFrame's rows with no full stop between them, round 41): a row's cells come in its columns' order, the order of
    the headings of the sentence's first row, so a heading no later than the one before opens the next row. Only the
    first row and `cell`'s own are walked: a pasted table is one sentence with thousands of cells."""
    rank: dict[str, int] = {}
    for _, _, heading in cells:
        if heading in rank:
            break
        rank[heading] = len(rank)
    last = len(rank)
    at = bisect.bisect_left(cells, cell[0], key=lambda c: c[0])
    low = high = at
    while low > 0 and rank.get(cells[low - 1][2], last) < rank.get(cells[low][2], last):
        low -= 1
    while high + 1 < len(cells) and rank.get(cells[high + 1][2], last) > rank.get(cells[high][2], last):
        high += 1
    return cells[low][0], cells[high][1]


def _row_qualifier(match: re.Match[str], cell: Cell, cells: Sequence[Cell], value: float) -> tuple[str, str] | None:
    """The kind another cell of its row gives a number alone in its cell, which prints no qualifier of its own: the
    same number restated there with one (« 100 » under « Tués », « « au moins » 100 tués » under « Remarque »), or a
    remark that qualifies the row (`_REMARK`); None when the row says nothing of it. A spreadsheet's row is read as a
    whole: its cell « 2000 » beside the remark « « environ » » is approximate, never exact (heldout28)."""
    text, (start, end, heading) = match.string, cell
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    column = singular(next(iter(re.findall(r"[^\W\d_]+", heading)), ""))
    row_start, row_end = _row_of(cells, cell)
    line_start, line_end = max(line_start, row_start), min(line_end, row_end)
    for a, b, _ in cells:
        if a < line_start or b > line_end or a == start:
            continue
        remark = text[a:b]
        for number in _numbers(remark):
            if number["qual"] and parse_number(number["num"]) == value:
                kind, reading = _qualifier(number)
                return kind, f"{reading}, as its row restates it"
        for part in re.split(r"[,;]", remark):
            said = _REMARK.fullmatch(part + " ")
            if said is None or (said["label"] is not None and singular(said["label"]) != column):
                continue
            if said["qual"] is not None:
                kind, reading = next((k, r) for i, (_, k, r) in enumerate(_QUALIFIERS) if said[f"q{i}"])
                return kind, f"{reading}, as its row's remark « {part.strip()} » says"
            if fold_word(" ".join(said["rounded"].split())) in _ROUNDED:
                return "approximate", f"approximate (±10 %), as its row's remark « {part.strip()} » says"
    return None


Label = tuple[int, str]
"""A list line's label (« – Soldats envoyés : 11 000 à l'automne, puis environ 4 000 en renfort »): where its colon
ends, and the noun it names, which every number after it counts when its own words name none (see `line_label`)."""

# « – Soldats envoyés : », « • Morts : », « Obus livrés : »: a label of one to four words opening the line, its first
# word a counted noun (lexicon.toml [units]), then a colon
# (a model's name may follow the noun: « Missiles KN-23/KN-24 : près de 250 »). Each word is an atomic group, so a
# line that is no label is refused in one pass: `-` and `'` are both a word's and a separator's, and without it a
# long hyphenated run with no colon (`mi-mi-mi-…`) was tried at every split into four words, cubic (rev37h M1). A word
# taking all it can up to a space or the colon accepts every line the splits did (tests/test_extract_label.py).
# « Tués (estimation sud-coréenne, avril 2025) : environ 600 »: a parenthesis may close the label (round 39)
_LABEL = re.compile(r"^[\s–—•▪►*-]*(?P<noun>[^\W\d_]+)(?>[ '’-]+[^\s:(]+){0,5}(?:\s*\([^()\n:]{1,60}\))?\s*:\s*(?=\S)")


def line_label(sentence: str) -> Label | None:
    """The label opening a list's line (« – Soldats envoyés : 11 000 à l'automne 2024 »), when its first word is a
    noun the store counts, or None."""
    found = _LABEL.match(sentence)
    return (found.end(), found["noun"]) if found and unit_of(found["noun"]) is not None else None


# An approximation opening an answer before a range (« Environ 11 000 à 12 000 selon Séoul »): the range's pattern
# starts at its first number, so the words before it are that qualifier alone (sealed29 l19, read 11 000 alone)
_APPROXIMATION_BEFORE = re.compile(
    "|".join(f"(?:{pattern})" for pattern, kind, _ in _QUALIFIERS if kind == "approximate"), re.IGNORECASE
)


def _opening(match: re.Match[str]) -> int | None:
    """Where the answer that `match` opens starts: the match itself, or the approximation before it; None when other
    words stand before it."""
    before = match.string[: match.start()]
    words = before.lstrip(' «"“')
    if not words.strip(' «"“'):
        return match.start()
    return len(before) - len(words) if _APPROXIMATION_BEFORE.fullmatch(words) else None


def _answers(match: re.Match[str], asked: str | None, label: Label | None = None) -> str | None:
    """The noun asked before ("" when the question named none), when the figure at `match` opens the sentence that
    answers the question, or only an approximation stands before it; else the noun of the line's label, for a
    number after it."""
    if asked is not None and _opening(match) is not None:
        return asked
    return label[1] if label is not None and match.start() >= label[0] else None


def _opens_a_range(match: re.Match[str]) -> bool:
    """Whether the last of numbers side by side opens a range of its own (« 2024, 10 000 à 12 000 »): the comma
    then parts two things, a number (a year, a reference) and the range."""
    after = _RANGE.match(match.string, match.start("b4"))
    return after is not None and after["a4"] is None


def _a_year_then_a_count(match: re.Match[str]) -> bool:
    """Whether numbers side by side are a month's year and a count (« Le 12 dec 2024, 3 000 soldats », a date the
    rules did not read): a year after a month's name, no alternative to the count after it (round 65)."""
    before = _previous_words(match.string, match.start("a4"), 1)
    return bool(before) and month_number(before[-1]) is not None and _A_YEAR.fullmatch(match["a4"].strip()) is not None


def _ranges(text: str, skip: Sequence[Span], asked: str | None = None, label: Label | None = None) -> Iterator[Figure]:
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
        dated = match["noun"] is not None and _overlaps(match.start("noun"), match.end("noun"), skip)
        if _in_a_name(text, match.start()):
            continue
        low_text = match["a1"] or match["a2"] or match["a3"] or match["a4"]
        high_text = match["b1"] or match["b2"] or match["b3"] or match["b4"]
        ends = _range_ends(low_text, high_text)
        if match["a4"] and (
            ends is None or ends[1] > _SPOKEN_RANGE * ends[0] or _opens_a_range(match) or _a_year_then_a_count(match)
        ):
            position = match.start("b4")  # « page 12, 300 soldats »: two numbers of two things; the last may open a
            continue  # range of its own (« n° 5, 10 000 à 12 000 », « Le rapport 2024, 10 000 à 12 000 »)
        if _not_a_count(text, max(match.end(g) for g in _HIGH_ENDS if match[g])):
            continue
        noun = None if dated else _counted_noun(match["noun"])
        if unit_of(noun) in TIME_UNITS and not _a_term(text, match.start(), unit_of(noun)):
            continue  # « âgés de 18 à 25 ans », « deux ou trois jours »: an age or a span of time, no count
        if noun is not None and _a_price(text, match.end("noun"), unit_of(noun), high_text):
            continue  # « 3 000 à 4 000 euros pièce »: a price
        if match["a2"] and (verb := _CHANGED.search(text, max(0, match.start() - 40), match.start())) is not None:
            yield from _change(match, verb, noun)
            continue
        if (
            match["a2"]
            and _FROM.match(match.group())
            and (verb := _CHANGED_OBJECT.search(text, max(0, match.start() - 60), match.start()))
        ):
            yield from _change(match, verb, noun, acted=True)
            continue
        if ends is None:
            continue
        low, high, note = ends
        if match["scale"]:
            factor = _VAGUE_SCALES[fold_word(match["scale"])[:-1]]
            low, high = scaled(low, factor), scaled(high, factor)
            note += f"; « {match['scale']} » counts both ends"
        if match["a4"]:
            note += f"; « {match['a4'].strip()}, » and the number after it: alternatives side by side, a range"
        if noun is None and (answer := _answers(match, asked, label)) is not None:
            end = max(match.end(g) for g in _HIGH_ENDS if match[g])
            start = _opening(match) if answer == asked else None
            start = match.start() if start is None else start  # « Environ 8 000 à 9 000 »: the whole answer
            said = text[start:end].strip()
            question = f"« combien de {answer} »" if answer else "the question before (« combien … ? »)"
            question = f"the line's label « {answer} »" if label is not None and answer == label[1] else question
            reading = f"« {said} »: a range from {display(low)} to {display(high)}{note}; it answers {question}"
            answered = _figure(
                match, None, "range", reading, answer or None, value_min=_number(low), value_max=_number(high)
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
                figure = _figure(match, None, "range", reading, None, value_min=_number(low), value_max=_number(high))
                figure = replace(figure, end=end, text=said)
            if figure is not None:
                yield figure
            continue
        reading = f"« {match.group().strip()} »: a range from {display(low)} to {display(high)}{note}"
        yield _figure(match, None, "range", reading, noun, value_min=_number(low), value_max=_number(high))


# « le bilan est passé de 300 à 1 000 morts », « a grimpé de 11 000 à 14 000 »: a count that changed, not a range
_CHANGED = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS})\w*\s+(?:(?:{_ADVERB})\s+)?$", re.IGNORECASE)
# « passer `killed` de 600 à 2000 », « porter le contingent de 600 à 2 000 »: someone changes a figure, its object
# between the verb and « de » (one to four words, no punctuation; round 41)
_CHANGED_OBJECT = re.compile(
    rf"(?<!\w)(?:{_CHANGE_VERBS})(?:er|e|ent|ait|aient|era|erait|ons|ez)\s+(?:(?![àa]\s)[^\s.;:!?,()«»]+\s+){{1,4}}$",
    re.IGNORECASE,
)
_FROM = re.compile(rf"d(?:e\s|{_APOS})", re.IGNORECASE)
_NUMBER_OF = re.compile(
    rf"\b(?:nombre|total|bilan|chiffre)\s+(?:total\s+)?(?:des|de|d{_APOS})\s*(?P<noun>[^\W\d_]+)", re.I
)


def _change(match: re.Match[str], verb: re.Match[str], noun: str | None, *, acted: bool = False) -> Iterator[Figure]:
    """« passé de 300 à 1 000 morts »: the count before the change and the count after it, each exactly as written;
    the noun is the one after the second number, else the one « le nombre de … » names before the verb. When someone
    changes a figure (`acted`: « passer `killed` de 600 à 2000 »), the value it had may have been a mistake put right,
    not a count that held: a TODO, never an exact value nor the low end of a range (sealed30 m19)."""
    text = match.string
    if noun is None:
        named = _NUMBER_OF.search(text, max(0, verb.start() - 60), verb.start())
        noun = named["noun"] if named else None
    said = " ".join(verb.group().split())
    for group, what in (("a2", "the count before the change"), ("b2", "the count it changed to")):
        value = parse_number(match[group])
        if value is None:
            continue
        end = (
            match.end("noun") if group == "b2" and match["noun"] and _counted_noun(match["noun"]) else match.end(group)
        )
        reading = f"« {said} de … à … »: a count that changed, not a range; {what}, exactly"
        mistaken = acted and group == "a2"
        if mistaken:
            reading = f"TODO: « {said} de … à … »: the value a figure is changed from, perhaps a mistake; write it"
        yield Figure(
            match.start(group), end, text[match.start(group) : end].strip(), None if mistaken else _number(value),
            "exact", None, None, unit_of(noun), noun, reading, elided=noun is None,
        )  # fmt: skip


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
    verb = _ELIDED_VERB.match(text[end : end + 80])
    part = _PART_OF.match(text[end : end + 120]) if verb is None else None  # « 3 000 à 4 000 des 11 000 soldats »
    # « trois à quatre mille autres seraient repartis »: more of the thing counted before, as for one number (its high
    # end was read alone, exact: sealed20's WRONG)
    after = text[end : end + 40]
    of_them = _OF_THEM.match(after) or _OTHERS.match(after) if verb is None and part is None else None
    # « elle n'en tiendrait plus que 200 à 300 »: « en » names the noun counted before, as it does for one number
    # (`_elided`); the range was dropped and each end read alone, exact (sealed19's two WRONG)
    pronoun = _PRONOUN_EN.search(text[max(0, match.start() - 60) : match.start()]) is not None
    # « ses soldats, 11.000 à 12.000 selon les premières estimations »: its source after it, in thousands (round 41)
    sourced = high >= 1000 and _SOURCE_AFTER.match(after) is not None
    # « évalue à « 2 100 à 2 400 » le nombre de morts », « estime les pertes à 2 100 à 2 400 »: the words around name
    # the noun, as they do for one number (`_elided`); the range was dropped and each end read alone, exact (sealed50
    # g18's two WRONG; round 79)
    before = text[max(0, match.start() - 80) : match.start()]
    named = (
        _TOTAL_BEFORE.search(before) or _ESTIMATED_OBJECT.search(before) or _THIS_NUMBER_OF.search(before)
        if verb is None and part is None
        else None
    )
    told = _ELIDED_AFTER.match(text[end:]) if verb is None and part is None and _TO_BEFORE.search(before) else None
    if (naming := named or told) is not None:
        reach = end if told is None else end + told.end()
        noun = naming["noun"]
        said = text[match.start() : reach].strip()
        reading = f"« {said} »: a range from {display(low)} to {display(high)}{note}; it counts « {noun} »"
        figure = _figure(match, None, "range", reading, noun, value_min=_number(low), value_max=_number(high))
        return replace(figure, end=reach, text=said, noun=noun, unit=unit_of(noun))
    if (
        verb is None
        and part is None
        and of_them is None
        and not pronoun
        and not sourced
        and not match["a1"]
        and not _de_thousands(match, high)
        and not _ELIDED_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    ):
        return None
    said = text[match.start() : end].strip()
    reading = f"« {said} »: a range from {display(low)} to {display(high)}{note}; the counted noun is left out"
    noun = verb["noun"] if verb else part["noun"] if part else None
    figure = _figure(match, None, "range", reading, noun, value_min=_number(low), value_max=_number(high))
    # the verb's loss word is the range's noun: the range reaches it, as a single number's does (`_elided`)
    reach = end + verb.end("noun") if verb else end + of_them.end() if of_them else end
    said = text[match.start() : reach].strip()
    # « la fourchette était montée à « 14 000 à 15 000 » », « Il s'agit de 3 000 à 4 000 »: the words before say a
    # count of the noun counted before, as they do for one number (`_elided`; the range was kept and then dropped
    # for want of a noun: round 86)
    # (a range of hundreds or more: « Ils étaient quatre, cinq dans la pièce » counts no thing of the story)
    told_before = high >= 100 and _ELIDED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) is not None
    elided = noun is None and (
        of_them is not None or pronoun or sourced or bool(match["a1"]) or _de_thousands(match, high) or told_before
    )
    return replace(figure, end=reach, text=said, noun=noun, unit=unit_of(noun), elided=elided)


def _voire(text: str) -> Iterator[Figure]:
    for match in _VOIRE.finditer(text):
        noun = _counted_noun(match["noun"])
        if noun is not None:
            yield _figure(
                match, None, "exact", f"TODO: « {match.group().strip()} »: at least the first, perhaps the second; "
                "write the value you read", noun,
            )  # fmt: skip


def _margins(text: str) -> Iterator[Figure]:
    """« 600 ± 50 soldats »: a number give or take a margin is the range it spans, never the margin read as a count."""
    for match in _MARGIN.finditer(text) if "±" in text else ():
        value, margin = parse_number(match["a"]), parse_number(match["b"])
        if value is None or margin is None or margin >= value:
            continue
        low, high = _number(value - margin), _number(value + margin)
        reading = f"« {match.group().strip()} »: {display(value)} give or take {display(margin)}, the range {display(low)}–{display(high)}"
        yield _figure(match, None, "range", reading, _counted_noun(match["noun"]), value_min=low, value_max=high)


def _vague(text: str, skip: Sequence[Span] = ()) -> Iterator[Figure]:
    """« plusieurs centaines de », « des milliers de », « une trentaine de », « plus d'une centaine de »; never a
    duration (« une dizaine de jours »), a distance (« à une trentaine de kilomètres de ») nor a price."""
    for figure in _vague_quantities(text, skip):
        price = _a_price(text, figure.end, figure.unit, "")  # « quelques centaines d'euros l'unité »
        # « partagée des dizaines de milliers de fois »: a manner, not a count
        manner = figure.noun is not None and fold_word(figure.noun) in _NOT_COUNTED
        if figure.unit not in TIME_UNITS and not _distance(text, figure) and not price and not manner:
            yield figure


_PER_AREA = re.compile(
    rf"\s++par\s++(?:{alternatives('area_nouns')}|km²|km2|kilom[èe]tre\s++carr[ée])(?!\w)", re.IGNORECASE
)


# « le 24 », « Le 3 »: the singular article never counts a number of things, so a bare number after it, with no
# counted noun, is a day of the month (sealed51 o19, « le 24 » read as a count; round 75)
_A_DAY_ARTICLE = re.compile(r"(?<![\w'’])le\s+$", re.IGNORECASE)
# « 50 km à l'ouest de Koursk », « à 30 km au nord-est de la ville »: where a place lies from another, a distance
# (round 75; never an advance « de » N km, « ont avancé de 20 km au sud », « ont progressé de 12 km au nord de Soudja »:
# review55)
_COMPASS_AFTER = re.compile(
    r"\s+(?:[àa]\s+l['’]\s*(?:est|ouest)|au\s+(?:nord|sud)(?:-(?:est|ouest))?)\s+(?:(?:de|du|des)(?!\w)|d['’])",
    re.IGNORECASE,
)

# « 30 km/h », « 40 kilomètres à l'heure », « 900 km par heure »: a length per hour is a speed
_PER_HOUR = re.compile(r"\s*+(?:/\s*+h(?:eure)?|(?:[àa]\s++l['’]\s*+|par\s++)heure)(?!\w)", re.IGNORECASE)


def _distance(text: str, figure: Figure) -> bool:
    """A length (lexicon.toml [length_units]) is no ground taken: how far after « à » (« à 30 km de Soudja », « à
    2 000 kilomètres d'ici », « peuvent porter à plus de 13 000 kilomètres », « les repéraient à plus de 2 km »:
    round 58; round 28 asked for a place after it), the extent something runs over (« ont progressé sur près de
    15 kilomètres », « sur 50 km »), a thing's size (« une bande de 20 kilomètres », « un secteur de 50 km », « long
    d'environ 1 km »: lexicon.toml `sized_things`), where a place lies (« 50 km à l'ouest de Koursk »). Ground is an area (km², villages, hectares), unless an area
    sizes a thing (« une surface de près de 3 hectares ») or divides a count (« des dizaines par hectare »: a
    density; lexicon.toml `area_nouns`, round 69)."""
    before = _previous_words(text, figure.start)
    sized = before[-1:] in (["de"], ["d"]) and before[-2:-1] != [] and before[-2] in _SIZED_THINGS
    if figure.noun is not None and singular(figure.noun) in _AREA_NOUNS:
        return sized  # « une surface de près de 3 hectares »: a thing's size, not ground cleared
    if _PER_AREA.match(text, figure.end):
        return True  # « des dizaines par hectare »: a density, no count
    if figure.unit not in LENGTH_UNITS:
        return False
    if _PER_HOUR.match(text, figure.end):
        return True  # « vent de nord-ouest 30 km/h »: a speed (sealed61 e16, blind: 30 km of ground)
    if before[-1:] == ["sur"] or sized or (before[-1:] != ["de"] and _COMPASS_AFTER.match(text, figure.end)):
        return True
    return re.search(r"(?<!\w)[àÀ]\s+$", text[max(0, figure.start - 3) : figure.start]) is not None


def _scale(first: str, then: str | None) -> int:
    """What a quantity word means, scaled by a second one after « de » (« dizaines de milliers »: 10 × 1 000)."""
    scale = _VAGUE_SCALES[fold_word(first).rstrip("s")]
    return scale * _VAGUE_SCALES[fold_word(then).rstrip("s")] if then else scale


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
            _figure(match, 2 * scale, "at_least", reading, _own_noun(match, skip)), match, _own_noun(match, skip)
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
        figure = _figure(match, value, "at_least", reading, None)
        text_ = text[start : match.end()].strip()
        yield replace(figure, start=start, text=text_, noun=counted.group(), unit=unit_of(counted.group()))
    for match in _PASSED.finditer(text):
        if _denied(text, match.start()):  # « n'ont pas dépassé le millier »: a bound the other way round, no count
            continue
        value = _ABOUT_SCALES[fold_word(match["s"])]
        reading = f"« {match.group()} »: a threshold passed, at least {display(value)}"
        if match["noun"]:
            yield _figure(match, value, "at_least", reading, match["noun"])
            continue
        subject = _SUBJECT.match(text[: match.start()])
        noun = subject["noun"] if subject and unit_of(subject["noun"]) else None
        reading += f" of « {noun} », the subject" if noun else "; the counted noun is left out"
        figure = _figure(match, value, "at_least", reading, noun)
        yield replace(figure, end=match.end(), text=match.group().strip(), elided=True)
    for match in _THOUSANDS.finditer(text) if "illier" in text else ():  # a cheap look first: a page is one line
        count = parse_number(match["num"])
        if count is None or _a_size(match):
            continue
        kind, qualified = _qualifier(match) if match["qual"] else ("approximate", "")
        about = match.group()[: match.end("s") - match.start()].strip()
        reading = f"« {about} »: " + (
            f"{qualified.split(': ', 1)[1]} {display(count * 1000)}" if qualified else f"about {display(count * 1000)}"
        )
        figure = _with_elided_noun(
            _figure(match, count * 1000, kind, reading, _own_noun(match, skip)), match, _own_noun(match, skip)
        )
        if figure is not None:
            yield figure
    for match in _ABOUT.finditer(text):
        if (match["tail"] is None and not match["s2"] and not _a_part(match)) or _a_size(match):
            continue  # « une douzaine à Koursk »: nothing it counts
        value = _ABOUT_SCALES[fold_word(match["s"])] * (
            _VAGUE_SCALES[fold_word(match["s2"]).rstrip("s")] if match["s2"] else 1
        )
        kind, qualified = _qualifier(match) if match["qual"] else ("approximate", "")
        about = match.group()[: match.end("s2" if match["s2"] else "s") - match.start()].strip()
        reading = f"« {about} »: " + (
            f"{qualified.split(': ', 1)[1]} {display(value)}" if qualified else f"about {display(value)}"
        )
        figure = _with_elided_noun(
            _figure(match, value, kind, reading, _own_noun(match, skip)), match, _own_noun(match, skip)
        )
        if figure is not None:
            yield figure


# « plusieurs milliers par an », « des centaines à mourir », « quelques milliers, selon Séoul »: a quantity word after
# one of these counts what the sentence counts, its noun left out, whatever follows it (`_alone`).
_LEAD = re.compile(r"(?:plusieurs|quelques|des)\s+", re.IGNORECASE)
# … but not before a second quantity that says how far it might go (« des dizaines, voire des centaines »): `_perhaps`
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
    return match["noun"] is not None and _not_a_count(match.string, match.start("noun"))


def _own_noun(match: re.Match[str], skip: Sequence[Span]) -> str | None:
    """The noun after a quantity word, unless it belongs to a date (« une quinzaine de milliers d'ici la fin de
    l'année »: « ici » is no noun counted, and the quantity's noun is left out)."""
    noun = match["noun"]
    return None if noun is None or _overlaps(match.start("noun"), match.end("noun"), skip) else noun


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
    verb = _ELIDED_VERB.match(rest) or _LOSS_NEXT.match(rest)
    if _HEDGED_NEXT.match(rest):
        return None  # « des dizaines, voire des centaines »: the curator's (`_perhaps`)
    if verb is not None:
        noun, end = verb["noun"], said + verb.end()
    elif re.match(rf"\s+d{_APOS}entre\s+(?:eux|elles)(?!\w)", rest, re.IGNORECASE):
        noun, end = None, said
    elif _PRONOUN_EN.search(match.string[max(0, match.start() - 60) : match.start()]):
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


def _counted(text: str) -> Iterator[Figure]:
    for match in _SEVERAL.finditer(text):
        unit = unit_of(match["noun"])
        if unit is None or unit in TIME_UNITS or fold_word(match["noun"]) in _NOT_COUNTED:
            continue  # « plusieurs sources », « depuis plusieurs mois », « plusieurs fois annoncé » (round 61)
        reading = f"« {match['lead'].strip()} » read as at least 2"
        figure = _figure(match, 2, "at_least", reading, match["noun"])
        if not _distance(text, figure):  # « sur un front de quelques kilomètres »
            yield figure
    for match in _SEVERAL_OF_THEM.finditer(text):
        verb = _ELIDED_VERB.match(text[match.end() : match.end() + 80])  # a verb's few words: a bounded look
        if verb is not None:
            reading = f"« {match.group()} » read as at least 2; the counted noun is left out"
            end = match.end() + verb.end()
            figure = _figure(match, 2, "at_least", reading, None)
            yield replace(
                figure, end=end, text=text[match.start() : end], noun=verb["noun"], unit=unit_of(verb["noun"])
            )
    for match in _SINGLE.finditer(text):
        if unit_of(match["noun"]) is not None and not _A_SPAN_OF_ONE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            # « une seule nuit sans attaque »; not « dans une seule attaque », « tombés en une seule nuit », « pas un seul »
            yield _figure(match, 1, "exact", f"« {match.group()} »: exactly one", match["noun"])
    for match in _FACTOR.finditer(text):
        value = parse_number(match["num"])
        if value is not None:
            figure = _figure(match, value, "exact", f"« {match.group()} »: a factor of {display(value)}", None)
            yield replace(figure, unit="factor")


# « 1,2 M$ », « 1,7 G$ », « 300 k€ », « 2 Md€ »: a sum with its scale and currency written as symbols (Canadian and
# business French); the letter is the scale, never a noun.
# « 20 à 25 M$ », « 20-25 M€ », « entre 1 et 1,5 Md$ »: a range, its scale and currency written once after the high
# end, count for both ends (read as the high end alone, « 25 M$ » was a wrong value: sealed15).
_MONEY = re.compile(
    rf"{_STARTS}(?i:(?P<qual>{_QUALIFIER}))?(?:(?P<from>(?i:entre|de)\s+)?(?P<low>{_DIGITS})"
    rf"(?:\s?(?P<ls>k|M|Md|Mds|G)\s?(?P<lcur>\$|€))?\s*(?:(?P<to>(?i:[àa]|et))\s+|[-–]\s*))?"
    rf"(?P<num>{_DIGITS})\s?(?P<s>k|M|Md|Mds|G)\s?(?P<cur>\$|€)(?!\w)"
)
_MONEY_SCALES = {"k": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "G": 1e9}


def _money(text: str) -> Iterator[Figure]:
    for match in _MONEY.finditer(text) if "$" in text or "€" in text else ():
        value = parse_number(match["num"])
        if value is None or AMBIGUOUS_COMMA.fullmatch(match["num"]):
            continue
        if _a_price(text, match.end(), "USD" if match["cur"] == "$" else "EUR", match["num"]):
            continue  # « 1,2 k$ pièce »
        total = scaled(value, _MONEY_SCALES[match["s"]])
        low = parse_number(match["low"]) if match["low"] else None
        bottom = scaled(low, _MONEY_SCALES[match["ls"] or match["s"]]) if low is not None else None
        between = match["to"] is None or (fold_word(match["to"]) == "et") == (
            fold_word((match["from"] or "").strip()) == "entre"
        )
        if bottom is None or bottom >= total or match["lcur"] not in (None, match["cur"]) or not between:
            kind, qualified = _qualifier(match)  # the words before the first number qualify it alone
            if bottom is not None and match["lcur"]:  # « 2 M€ et 3 M€ »: two sums
                yield _sum(match, "low", bottom, kind, f"({qualified})")
            if bottom is not None:
                kind, qualified = "exact", _EXACT
            yield _sum(match, "num", total, kind, f"({qualified})")  # the sum alone
        elif _CHANGED.search(text, max(0, match.start() - 40), match.start()):  # « est passée de 20 à 25 M$ »
            yield _sum(match, "low", bottom, "exact", "(a sum that changed, not a range: the sum before, exactly)")
            yield _sum(
                match, "num", total, "exact", "(a sum that changed, not a range: the sum it changed to, exactly)"
            )
        else:
            reading = (
                f"« {match.group().strip()} »: a range from {display(bottom)} to {display(total)}"
                f"{'' if match['ls'] else ', the scale written once for both ends'}; which dollar or euro is the curator's"
            )
            figure = _figure(match, None, "range", reading, None, value_min=_number(bottom), value_max=_number(total))
            yield replace(figure, noun=match["cur"], qualifier=_qualifier(match)[0] if match["qual"] else None)


def _sum(match: re.Match[str], group: str, total: float, kind: str, qualified: str) -> Figure:
    """The sum of money `group` of a _MONEY match writes, to its currency sign (the high end's own for « num »)."""
    start = match.start() if group == "num" and not match["low"] else match.start(group)
    end = match.end() if group == "num" else max(match.end(g) for g in ("low", "ls", "lcur") if match[g])
    said = match.string[start:end].strip()
    reading = f"« {said} »: {display(total)} {qualified}; which dollar or euro is the curator's"
    qualifies = group == "num" and match["qual"] is not None and not match["low"]
    return Figure(start, end, said, _number(total), kind, None, None, unit_of(match["cur"]), match["cur"], reading,
                  qualifier=kind if qualifies else None)  # fmt: skip


# A list's lead-in line whose last words qualify the numbers listed under it (« Les pertes … s'élèveraient
# approximativement à : », then « — chars : 9 563 (+14) »; sealed33 p18): a qualifier of lexicon.toml, perhaps « à »,
# then the colon that ends the line; searched in the line's last 80 characters. A list's line opens with a dash or a
# bullet on its own line.
_LEAD_IN = re.compile(rf"(?<!\w)(?:{_QUALIFIER})(?:[àa]\s*)?:\s*$", re.IGNORECASE)
_BULLET = re.compile(r"\n[ \t]*[-–—•*·▪][ \t]*$")
Lead = tuple[str, str]
"""A lead-in's qualifier: its kind and its reading (see `lead_in`)."""


def lead_in(sentence: str) -> Lead | None:
    """The kind and reading of the qualifier that ends a list's lead-in line (« … approximativement à : »), or None."""
    found = _LEAD_IN.search(sentence, max(0, len(sentence) - 80))
    if found is None:
        return None
    name, kind, reading = next((f"q{i}", k, r) for i, (_, k, r) in enumerate(_QUALIFIERS) if found[f"q{i}"])
    if name in _VERB_QUALIFIERS and _denied(sentence, found.start(name)):
        return _DENIED_LEAD, reading  # « n'auraient pas dépassé : » bounds each line the other way round (review 49)
    return kind, reading


_DENIED_LEAD = "denied"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def listed(text: str, start: int, since: int | None = None) -> bool:
    """Whether the sentence at `start` of `text` is a list's line: a dash or a bullet alone before it on its line, and
    no blank line since `since`, where the list's line before it ends (a blank line ends a list; only its first line
    may stand one below its lead-in: review 49)."""
    if _BULLET.search(text, max(0, start - 8), start) is None:
        return False
    return since is None or _BLANK_LINE.search(text, since, start) is None


def _led(figures: list[Figure], lead: Lead | None) -> list[Figure]:
    """A list line's bare counts take the qualifier of the list's lead-in (`lead_in`): « chars : 9 563 » under
    « … approximativement à : » is about 9 563, never exact (sealed33 p18, read exact: WRONG)."""
    if lead is None:
        return figures
    kind, said = lead
    result = []
    for f in figures:
        if f.qualifier is None and f.value is not None and _EXACT in f.reading and f.unit not in TIME_UNITS:
            reading = f.reading.replace(_EXACT, f"the list's lead-in ends with {said}", 1)
            if kind == _DENIED_LEAD:
                why = "a negated verb bounds it, the other way round"
                result.append(replace(f, value=None, reading=f"TODO: {reading}; {why}; write the value"))
                continue
            value, kind_of, reading, bounds = _valued(f.value, kind, reading, {})
            f = replace(
                f,
                value=_number(value) if value is not None else None,
                value_kind=kind_of,
                value_min=bounds.get("value_min"),
                value_max=bounds.get("value_max"),
                reading=reading,
            )
        result.append(f)
    return result


def _uncounted_ranges(text: str) -> list[Span]:
    """« 10 à 15 % des effectifs », « 2 à 3 fois celles des Russes »: a range of shares or of times, never a count,
    and neither of its ends read alone (review56: « s'élèverait à 2 à 3 fois celui des tués » was read as 2-3
    soldiers, and « 10 à 15 % » as 10, exact, in silence)."""
    spans: list[Span] = []
    for match in _RANGE.finditer(text):
        end = max(match.end(g) for g in _HIGH_ENDS if match[g])
        word = _FIRST_WORD.match(text, end)
        if _not_a_count(text, end) or (word is not None and fold_word(word[1]) in _NOT_COUNTED):
            spans.append((match.start(), end))
    return spans


def _a_day_of_a_month(figure: Figure) -> bool:
    """« comme chaque 11 novembre », « à chaque 9-Mai »: a day of the month that no date rule reads (a habit, review59
    of round 88) is still no count of « novembre »."""
    return (
        figure.noun is not None
        and month_number(figure.noun) is not None
        and figure.value is not None
        and figure.value == int(figure.value)
        and 1 <= figure.value <= 31
    )


def find_figures(
    text: str,
    skip: Sequence[Span] = (),
    asked: str | None = None,
    cells: Sequence[Cell] = (),
    carried: str | None = None,
    label: Label | None = None,
    lead: Lead | None = None,
) -> list[Figure]:
    """Every figure in `text`, left to right, never overlapping; `skip` holds spans already read as dates.

    A figure whose counted noun is left out (« dont 2 000 ») takes the noun of the figure before it, or, opening the
    answer to a question (`asked`: see `asked_noun`) or a key figure's caption, the noun it counts; alone in a table's
    cell (`cells`), the noun its column's heading names; after a list line's label (`label`: see `line_label`), the
    noun the label names. On a list's line, a bare count takes the qualifier of the list's lead-in (`lead`), and
    the line's label names what it counts even when the store counts no such thing (« systèmes d'artillerie : »)."""
    if lead is not None and label is None and (labelled := _LABEL.match(text)) is not None:
        label = (labelled.end(), labelled["noun"])
    found = [
        *_vague(text, skip), *_counted(text), *_voire(text), *_margins(text), *_money(text), *_ranges(text, skip, asked, label),
        *_plain(text, skip, asked, cells, carried, label),
    ]  # fmt: skip
    uncounted = _uncounted_ranges(text)
    found = [f for f in found if not _overlaps(f.start, f.end, skip) and not _overlaps(f.start, f.end, uncounted)]
    chosen: list[Figure] = []
    taken = Taken()
    for figure in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if taken.free(figure.start, figure.end):
            chosen.append(figure)
            taken.take(figure.start, figure.end)
    ordered = _closing_qualifiers(
        _coordinated(
            [
                _killed_and_wounded(_perhaps(_denied_figure(f, text), text), text)
                for f in sorted(chosen, key=lambda f: f.start)
            ],
            text,
        ),
        text,
    )
    ordered = _periods_of_counts(ordered, text)
    ordered = [
        f for f in ordered if f.noun is not None or f.unit is not None or not _against_no_count(text, f.start, ordered)
    ]
    ordered = [f for f in ordered if not _a_day_of_a_month(f)]
    for index, figure in enumerate(ordered):
        if figure.noun is None and figure.unit is None and index > 0 and ordered[index - 1].noun:
            noun = ordered[index - 1].noun
            if unit_of(noun) in _NO_GROUP_UNITS and _a_part_of_them(figure, text):
                continue  # a part « d'entre eux » counts the members of a group, never a length, a sum or a time
            compared = _set_against(text, figure.start, ordered[index - 1].end)
            ordered[index] = replace(
                figure, noun=noun, unit=unit_of(noun), reading=f"{figure.reading} (« {noun} »)", compared=compared
            )
    return _led([_within_reach(f) for f in ordered if f.noun is not None or f.unit is not None or f.elided], lead)


# « 84 déclarations …, contre 31 en 2023 »: the word right before the second count a count is set against
# (lexicon.toml `set_against`)
_AGAINST = re.compile(rf"(?<!\w)(?:{alternatives('set_against')})\s*[«\"“]?\s*$", re.IGNORECASE)


def _set_against(text: str, start: int, since: int = 0) -> bool:
    """Whether the count at `start` is set against a count before it (« 31 voix contre 4 », « 84 déclarations,
    contre 31 en 2023 »): its noun left out, it counts what that one counts (rounds 27, 28; `Figure.compared`, the
    one reading of `set_against`: storycounts reads a noun left out wherever it was said)."""
    return _AGAINST.search(text, max(since, start - 20), start) is not None


# a sentence's or a clause's end between two figures (a colon too: « 3 000 soldats : les pertes atteignent 30 % … »)
_CLAUSE_END = re.compile(r"[.;:!?](?!\d)")

# the last number written before a word, with no other digit nor a sentence's end between
_LAST_NUMBER = re.compile(r"\d(?=[^\d.;!?]*$)")
# a number written at the end of a stretch, its sign with it (« (+25 »)
_NUMBER_AT_END = re.compile(r"[+±−-]?\d(?:[\d.,]|[\s\u202f\xa0](?=\d))*$")
# the words that set a share or a size in apposition to the count before it (review60): « soit 40 % », « (+25 %) »,
# « obus de 152 mm », « à 500 m »; a share after a verb (« le taux de pertes atteint 40 % ») is a clause's own
_APPOSED = re.compile(
    r"(?:(?<![\w'’])(?:soit|(?P<of>de)|à)(?:\s+(?:environ|près\s+de|quelque|plus\s+de|moins\s+de))?|\b(?P<of2>d)['’]|\()"
    r"\s*$",
    re.IGNORECASE,
)
# … « de » only right after the count's noun, a word or two between with no determiner (« 900 obus de 152 mm »): after
# another noun it is that noun's measure (« 3 000 soldats avec un taux de pertes de 40 %, contre 25 »: mend61)
_RIGHT_AFTER_THE_NOUN = re.compile(
    r"(?:\s+(?!(?:un|une|le|la|les|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?![\w'’-]))[^\W\d_][\w-]*){0,2}\s+",
    re.IGNORECASE,
)

# a count of time's unit right before « contre », no comma between (« en 48 h contre 12 la veille »)
_TIME_UNIT_BEFORE = re.compile(r"\s*(?P<unit>[^\W\d_]+)\.?\s*$")


def _a_time_right_before(between: str) -> bool:
    """Whether the words between the last number and « contre » are a unit of time alone (« 48 h contre 12 la veille »:
    the count set against it is that time again: mend61; « 300 soldats tués en 48 h, contre 200 » after a comma counts
    the soldiers, and so does « 900 obus en 48 h contre 600 la semaine précédente », a counted noun before the time in
    its clause: review61, `_against_no_count`)."""
    found = _TIME_UNIT_BEFORE.fullmatch(between)
    return found is not None and unit_of(found["unit"]) in TIME_UNITS


def _against_no_count(text: str, start: int, figures: Sequence[Figure] = ()) -> bool:
    """Whether a count whose noun is left out is set against (« contre ») a number that counts nothing, a share or a
    size (`_not_a_count`: « 38 hl/ha contre 45 l'an passé », « 40 % des sondés, contre 35 en mai »): it is that share
    or size again, no count (round 87; « 11 000 soldats, contre 8 000 » still counts soldiers). A figure with a noun
    among `figures` before « contre » in the same clause is what the count refers back to when the share or size
    between is set in apposition to it (review59 of round 87: « 11 000 soldats, soit 40 % des effectifs, …, contre
    8 000 en janvier », « 900 obus de 152 mm contre 600 la veille », « six soldats capturés à 500 m des lignes, contre
    deux »), never when a verb of its own states it (review60: « 3 000 soldats sont engagés et le taux de pertes
    atteint 40 %, contre 25 en janvier », « Selon 120 soldats interrogés, le taux atteint 38 % contre 45 »)."""
    against = _AGAINST.search(text, max(0, start - 20), start)
    if against is None:
        return False
    since = max(0, against.start() - 80)
    last = _LAST_NUMBER.search(text[since : against.start()])
    if (
        last is not None
        and _a_time_right_before(text[since + last.end() : against.start()])
        and not any(
            figure.noun is not None
            and figure.end <= since + last.start()
            and _CLAUSE_END.search(text, figure.end, against.start()) is None
            for figure in figures
        )
    ):
        return True
    if last is None or not _not_a_count(text, since + last.end()):
        return False
    share = _NUMBER_AT_END.search(text, since, since + last.end())
    apposed = None if share is None else _APPOSED.search(text, max(0, share.start() - 30), share.start())
    if share is None or apposed is None:
        return True
    return not any(
        figure.noun is not None
        and figure.end <= share.start()
        and _CLAUSE_END.search(text, figure.end, against.start()) is None
        and (
            not (apposed["of"] or apposed["of2"]) or _RIGHT_AFTER_THE_NOUN.fullmatch(text, figure.end, apposed.start())
        )
        for figure in figures
    )


LARGEST = 10**15
"""The largest figure the store holds (store/validate.py MAX_NUMBER): past it a float no longer holds every integer
for sure, and « 99999999999999999999 soldats » read as 1e20, a value the quote does not write (rev26 L4)."""


def _within_reach(figure: Figure) -> Figure:
    """A figure past LARGEST is a TODO: no count of this story is that large, and its value cannot be read for sure."""
    if all(v is None or abs(v) <= LARGEST for v in (figure.value, figure.value_min, figure.value_max)):
        return figure
    reading = f"TODO: « {figure.text} » is past the largest figure the store holds ({LARGEST:,}); write the value"
    return replace(figure, value=None, value_kind="exact", value_min=None, value_max=None, reading=reading)


# the marks that part a count from a count of time as its period (`_periods_of_counts`): a sentence's end, a semicolon
# or a colon, never a comma (« en 48 heures, 300 soldats ont été tués » is one count's period)
_PERIOD_STOP = re.compile(r"[.;:!?…]")


def _periods_of_counts(figures: list[Figure], text: str) -> list[Figure]:
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


_AND = re.compile(r"\s*(?:,\s*)?(?:et|ou)\s+(?:de\s+|d['’]\s*)?$|\s*,\s*$", re.IGNORECASE)


_BOUNDS = ("at_least", "at_most")
_EXACT = "no qualifier: exact"
_KILLED_BEFORE = re.compile(r"(?<!\w)(?:tu[ée]e?s|morte?s)(?!\w)", re.IGNORECASE)
# the rest of one clause up to « et », « ou » or « puis » (round 57) before the next number (« ainsi que » adds a count
# of its own, read as printed: « plus de 12 millions d'obus depuis août 2023, ainsi que 250 lance-roquettes », sealed39
# v06 blind; the lead, session 51): no comma,
# semicolon, colon or stop between, nor a quotation mark (« dont « environ 500 officiers » et trois généraux »: the
# quoted words' qualifier ends with them) (« à quelque 300 le nombre de tués et à 2 700 celui des blessés »: the preposition repeated, round 41)
_IN_ONE_CLAUSE_AND = re.compile(
    r"[^,;:.!?()«»“”\n]{0,80}?\s(?:et|ou|puis)\s+(?:de\s+|d['’]\s*|[àa]\s+)?", re.IGNORECASE
)
# … and the rest of the second count's clause: up to its punctuation or the next « et », « ou », « mais »
_CLAUSE_REST = re.compile(r"[^,;:.!?()\n]*?(?=[,;:.!?()\n]|\s(?:et|ou|mais)\s|$)", re.IGNORECASE)
_CLAUSE_VERBS = words("clause_verbs")


def _has_a_verb(text: str) -> bool:
    """Whether a stretch of one clause holds a verb (lexicon.toml `clause_verbs`); « à » is never the auxiliary."""
    return any(w != "à" and fold_word(w) in _CLAUSE_VERBS for w in re.findall(r"[^\W\d_]+", text.lower()))


def _one_coordination(text: str, before: Figure, figure: Figure) -> bool:
    """Whether two counts joined by « et » in one clause are one coordination a bound before the first governs: two
    noun phrases (« plus de 80 personnes et 20 entités sont visées »: no verb between them) or one verb elided for the
    second (« au moins 30 soldats ont été tués et 200 blessés »), never two clauses each with a verb of its own
    (« plus de 10 000 soldats sont en Russie et 3 000 soldats ont été tués »)."""
    joined = _IN_ONE_CLAUSE_AND.fullmatch(text, before.end, figure.start)
    if joined is None:
        return False
    rest = _CLAUSE_REST.match(text, figure.end)
    # the second count's own words count too: « et 2 700 ont été blessés » is a clause of its own
    second = text[figure.start : figure.end] + (rest.group() if rest is not None else "")
    return not _has_a_verb(joined.group()) or not _has_a_verb(second)


def _in_one_parenthesis(text: str, before: Figure, figure: Figure) -> bool:
    """« (environ 600 tués, 4 700 tués et blessés) »: two counts joined by a comma inside one parenthesis, a list."""
    opened = text.rfind("(", 0, before.start)
    closed = text.find(")", figure.end)
    return (
        _AND.fullmatch(text, before.end, figure.start) is not None
        and opened != -1
        and ")" not in text[opened : figure.end]
        and closed != -1
        and "(" not in text[figure.end : closed]
    )


def _counted_one_by_one(figure: Figure) -> bool:
    """Whether a number is no multiple of ten (« 31 », « 93 »): counted one by one, never a round figure (« 2 700 »,
    « 600 »; « près de 600 » by its high end)."""
    value = figure.value if figure.value is not None else figure.value_max
    return value is not None and value % 10 != 0


def _unrounded_after_rounded(before: Figure, figure: Figure) -> bool:
    """Whether a coordination's later member is counted one by one where its first, qualified, is round (« près de
    600 drones et 31 missiles », « plus de 1 200 km² et 93 localités »): the qualifier rounds the first, never the
    later. After a first member counted too (« au moins 9 civils tués et 31 blessés »), the qualifier bounds a
    tally, both its numbers (round 57, sealed28 k19)."""
    return _counted_one_by_one(figure) and not _counted_one_by_one(before)


def _coordinated(figures: list[Figure], text: str) -> list[Figure]:
    """« environ 300 morts et 2 700 blessés », « plus de 80 personnes et 20 entités »: a bound or an approximation
    before the first member of one coordination carries to its bare later members, any qualifier the first member's
    own reading took from lexicon.toml [qualifiers] (« près de 300 tués et 2'700 blessés »: 2 430–2 700, sealed21) (docs/curating.md; an entry says
    no more than its quote proves, and a bare number coordinated with an approximated one was not stated as exact);
    the later number's reading says the qualifier was carried, for the curator to check. Another clause keeps its
    number exact, and its reading says why; so does a later member counted one by one after a round first one
    (`_unrounded_after_rounded`: « près de 600 drones et 31 missiles »; round 57, benchmarks/heldout/CARRY.txt)."""
    result = list(figures)
    for index in range(1, len(result)):
        before, figure = result[index - 1], result[index]
        if not (before.qualifier and _EXACT in figure.reading):
            continue
        coordinated = _one_coordination(text, before, figure) or _in_one_parenthesis(text, before, figure)
        if coordinated and _unrounded_after_rounded(before, figure):
            said = f"no qualifier of its own: exact (« {figure.text} » counted one by one, « {before.text} » round)"
            result[index] = replace(figure, reading=figure.reading.replace(_EXACT, said, 1))
        elif coordinated:
            if (
                before.qualifier in _BOUNDS
                and figure.unit == "wounded"
                and _KILLED_BEFORE.search(text, before.start, figure.start)
            ):
                # « au moins 100 soldats tués et 1 000 blessés »: the killed and the wounded counted apart; whether the
                # bound reaches the wounded, readers split (sealed10 says yes, sealed15 no): the curator's call
                reading = (
                    f"TODO: « {figure.text} »: the bound of « {before.text} » may or may not reach the wounded counted "
                    "apart (at least, or exactly): write the value and its kind"
                )
                result[index] = replace(
                    figure, value=None, value_kind="exact", reading=reading, qualifier=before.qualifier
                )
                continue
            said = f"the qualifier of « {before.text} » carried to it, one coordination: {before.qualifier.replace('_', ' ')}"
            value, kind, reading, bounds = _valued(figure.value, before.qualifier, said, {})
            result[index] = replace(
                figure,
                value=value,
                value_kind=kind,
                value_min=bounds.get("value_min"),
                value_max=bounds.get("value_max"),
                reading=figure.reading.replace(_EXACT, reading, 1),
                qualifier=before.qualifier,
            )
        elif _AND.fullmatch(text, before.end, figure.start):
            # « Plus de 300 morts, 2 700 blessés »: a comma outside a parenthesis
            said = f"no qualifier of its own: exact (the words before « {before.text} » qualify that number only)"
            result[index] = replace(figure, reading=figure.reading.replace(_EXACT, said, 1))
    return result


# « 12 millions d'obus livrés en deux ans, au bas mot. »: a qualifier of lexicon.toml [postposed] that bounds nothing
# but a quantity (`closing_qualifiers`), after a comma that closes its clause, qualifies the count the clause gives,
# however far back it stands; never a count of time.
_CLOSING_WORDS = "|".join(
    f"(?P<p{index}>{_phrase_pattern(phrase).removesuffix(_SPACES).removesuffix(_GLUED)})"
    for index, (phrase, _, _) in enumerate(_LEXICON_POSTPOSED)
    if fold_word(phrase) in words("closing_qualifiers")
)
_CLOSING = re.compile(rf",\s*(?:{_CLOSING_WORDS})(?!\w)(?=\s*(?:[.;:!?…»”)]|$))", re.IGNORECASE)


def _closing_qualifiers(figures: list[Figure], text: str) -> list[Figure]:
    """A clause-closing qualifier (« …, au bas mot. », « …, tout au plus. ») qualifies the one count of its clause that
    has no qualifier of its own; a count of time it stood next to (« en deux ans, au bas mot ») gives it up. With two
    counts or more in the clause, the nearest keeps it (`_qualifier`), as before."""
    result = list(figures)
    for match in _CLOSING.finditer(text) if "," in text else ():
        start = max(text.rfind(mark, 0, match.start()) for mark in ".;:!?") + 1
        inside = [i for i, f in enumerate(result) if start <= f.start and f.end <= match.start()]
        counts = [i for i in inside if result[i].unit not in TIME_UNITS and result[i].value_kind != "range"]
        if len(counts) != 1 or result[counts[0]].value is None or _EXACT not in result[counts[0]].reading:
            continue
        phrase, kind, reading = next(q for i, q in enumerate(_LEXICON_POSTPOSED) if match.groupdict().get(f"p{i}"))
        count = result[counts[0]]
        said = f"« {phrase} » closes the clause: it qualifies « {count.text} », its count: {reading}"
        result[counts[0]] = replace(count, value_kind=kind, reading=count.reading.replace(_EXACT, said, 1))
        for i in inside:
            if result[i].unit in TIME_UNITS and f"« {phrase} » after the number" in result[i].reading:
                head = result[i].reading.split(": ", 1)[0]
                given = f"{head}: {_EXACT} (« {phrase} » qualifies « {count.text} », the clause's count)"
                result[i] = replace(result[i], value_kind="exact", reading=given)
    return result


# « des dizaines, voire des centaines de soldats », « 11 000 et peut-être 12 000 soldats »: a second quantity that only
# hedges the first (« voire », « peut-être », « ou même »), after a number or a quantity word.
_PERHAPS = re.compile(
    rf"(?:\d|(?<!\w){_WORD}|[^\W\d_]+aines?|milliers?|millions?)(?:\s+[^\W\d_'’]+){{0,3}}\s*,?\s*(?:et\s+|ou\s+)?"
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


def _killed_and_wounded(figure: Figure, text: str) -> Figure:
    """A count of the killed and the wounded together is casualties, never the killed alone (its unit says so, and
    draft.py never gives it a measure of the killed only)."""
    if figure.unit not in _KILLED | _PEOPLE_UNITS - {"wounded"}:
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
    rf"(?<!\w)(?:non\s+pas|et\s+non|ou\s+non|pas|plut[ôo]t\s+que|au\s+lieu\s+{_DE}|loin\s+des?)\s*,?\s*(?:les\s+|des\s+)?[«\"“]?\s*$",
    re.IGNORECASE,
)


# « on ne parle pas des 2 000 blessés », « Kiev ne cite pas les 300 disparus »: a verb of speaking or leaving aside
# (lexicon.toml `naming_verbs`) denied before an article names the number without denying it, as « sans parler des »
# would (round 86); any other verb denies or bounds it, a TODO: « ce ne sont pas les 12 000 annoncés », « ne dépasse pas
# les 5 000 hommes », « ne compte pas les 12 000 soldats annoncés, mais environ 8 000 » (review58)
_NOT_THAT_VERB = re.compile(
    rf"(?<![\w'’])n(?:e\s+|{_APOS}\s*)(?:(?:y|en|le|la|les|l{_APOS})\s*)?(?P<verb>[^\W\d_]+)"
    r"(?:\s+(?:m[êe]me|encore))?\s+pas\s+(?:les|des)\s+[«\"“]?\s*$",
    re.IGNORECASE,
)
_NAMING_VERBS = tuple(words("naming_verbs"))


def _denied_figure(figure: Figure, text: str) -> Figure:
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
    return replace(figure, value=None, value_kind="exact", value_min=None, value_max=None, reading=reading)


def _perhaps(figure: Figure, text: str) -> Figure:
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
    return replace(figure, value=None, value_kind="exact", value_min=None, value_max=None, reading=reading)
