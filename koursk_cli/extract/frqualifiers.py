"""The words that qualify a number (lexicon.toml [qualifiers], [postposed]): « environ », « plus de », « près de »,
a verb that bounds it (« dépasser les »), and the value kind each makes.

Apart because every figure rule reads its number's qualifier the same way; a verb's bound may be denied, spatial or an
act, which only the words before it tell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from .frnegation import NEGATION_ADVERB, NEGATION_ALONE
from .frnumerals import NUMBER_WORDS, as_int_if_whole, display
from .frwords import APOS, DE, fold_word, unit_of
from .lexicon import MONEY_UNITS, printed_phrases, printed_words, qualifiers, words

# Adverbs that may stand between a verb and what it governs (« dépasseraient donc les », « s'élève désormais à »).
ADVERB = (
    rf"[^\W\d_]+ment|d[ée]sormais|d[ée]j[àa]|aujourd{APOS}hui|ainsi|donc|maintenant|encore|toujours|alors|toutefois"
    r"|sans\s+(?:(?:nul|aucun)\s+)?doute|sans\s+conteste"  # « dépasseraient sans doute les 5 000 »: round 136
)
# An apostrophe a dump escaped (« jusqu\'à », « plus d\'1 000 » in SQL: sealed81 y19, read exact: a WRONG), or doubled
# as SQL's own literals write it (« jusqu''à »: review68c), is still one.
_ESCAPED_APOS = rf"(?:\\|')?{APOS}\s*"
_ACCENTED = {"à": "[àa]", "è": "[èe]", "é": "[ée]", "-": "-", "'": _ESCAPED_APOS, "’": _ESCAPED_APOS}


SPACES = r"\s+"
GLUED = r"\s*"  # after a sign or an abbreviation's dot
# A sign after a number joins two numbers (« 600 ± 50 » is a margin, « 7 000 + 3 000 » a sum): it qualifies neither.
_NOT_AFTER_A_NUMBER = r"(?<!\d)(?<!\d\s)"


def phrase_pattern(phrase: str, quoted: bool = False) -> str:
    """The regular expression of a qualifier as lexicon.toml writes it: « près de » → `pr[èe]s` and spaces, then
    « de » or « d' »; a word ending in `*` is a verb's stem with any ending, perhaps an adverb, and, when it ends the
    phrase, perhaps a threshold (« dépass* »: dépassent, dépasseraient donc les, a dépassé la barre des). A sign or an
    abbreviation (« ≈ », « env. ») may be glued to what follows (« ≈4 700 »). `quoted`: the phrase may close a quote
    before what follows (a qualifier set before its number)."""
    words = phrase.split()
    last = len(words) - 1 if quoted else -1
    return "".join(
        (_DE_QUOTED if index == last else DE)
        if word == "de"
        else _word_pattern(word.removesuffix("*"))
        + (
            (_ANY_ENDING + (_THRESHOLD if index == len(words) - 1 else ""))
            if word.endswith("*")
            else GLUED
            if not word[-1].isalpha()
            else _SPACES_QUOTED
            if index == last
            else SPACES
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
_DE_QUOTED = rf"(?:de{_SPACES_QUOTED}|d{_ESCAPED_APOS})"


# a verb's ending, then perhaps an adverb (« dépassaient alors les ») or a negation's second half (« ne dépassait plus »),
# perhaps a source's incise (« dépasse, selon Séoul, les »: lexicon.toml `negation_adverbs`, `source_incises`), then
# perhaps a quote the page opens on what the verb governs (« dépassaient alors « les 4 000 tués et blessés » »: sealed50
# g16, read exact: a WRONG; round 79)
_ANY_ENDING = (
    rf"\w*(?:\s+(?:{ADVERB}|{NEGATION_ADVERB}))?"
    rf"(?:\s*,\s*{printed_phrases('source_incises')}\s[^,;:.!?«»]{{1,60}}?,)?\s+(?:[«“\"]\s*)?"
)


def _word_pattern(word: str) -> str:
    return "".join(_ACCENTED.get(ch, re.escape(ch)) for ch in word)


_THRESHOLD = (
    "(?:(?:"
    + "|".join(SPACES.join(map(_word_pattern, t.split())) for t in sorted(words("thresholds"), key=len, reverse=True))
    + rf"){SPACES})?"
)


def _is_word(phrase: str) -> bool:
    """A phrase of words (« environ »), not a sign (« + », « ≈ »)."""
    return any(ch.isalpha() for ch in phrase)


# « en plus de 5 000 ouvriers » is « in addition to », no bound (sealed37 t08, read at least: a WRONG; round 54).
_IN_ADDITION = r"(?<!(?<![\w'’])en\s)"
# « > » and « < » compare only after a bracket, a colon, or a blank after a word or a sign of punctuation: opening a
# line, or after another (« >> », « > > », « <nick> > »), « > » is a mail's or a chat's quote mark; right after a
# word or a quote it closes a markup tag (« <A HREF="…">Deux soldats »: sealed37 t20, read at least; « <td class="a"
# > »: `_ends_a_tag` reads one after a blank); either read as a bound would be a wrong kind in silence (review69c)
_ASCII_SIGNS = frozenset([">", "<", ">=", "<=", "&gt;", "&lt;"])
_COMPARES = r"(?:(?<=[^\s>;\"'=][ \t\u00a0])|(?<=[(\[:]))"
_LEXICON_QUALIFIERS = qualifiers()
# An adverb before an estimate's « à » (lexicon.toml `adverbs_before_a`: « estimées, au bas mot, à 4 000 tués »)
_ADVERBS_BEFORE_A = words("adverbs_before_a")
_THEN_A = r"\s*,?\s*à\s+"  # « à », never the verb « a » (« réduite au minimum, a 200 hommes »: review94)


def _before_a(phrase: str) -> str:
    """The pattern of an adverb of `_ADVERBS_BEFORE_A` then the estimate's « à », perhaps after a comma; none for
    another phrase."""
    if fold_word(phrase) not in _ADVERBS_BEFORE_A:
        return ""
    return "|" + SPACES.join(map(_word_pattern, phrase.split())) + _THEN_A


QUALIFIERS: tuple[tuple[str, str, str], ...] = tuple(
    (
        ("" if _is_word(phrase) else _NOT_AFTER_A_NUMBER)
        + (_COMPARES if phrase in _ASCII_SIGNS else "")
        + (_IN_ADDITION if phrase.startswith("plus ") else "")
        + f"(?:{phrase_pattern(phrase, quoted=True)}{_before_a(phrase)})",
        kind,
        f"« {phrase.replace('*', '…')} »: {reading}",
    )
    for phrase, kind, reading in _LEXICON_QUALIFIERS
)
# The qualifiers that are verbs (« dépass* les »): a negation before one turns its bound around (« n'ont pas dépassé
# les 500 » is at most 500), so such a figure is left for the curator to read.
VERB_QUALIFIERS = frozenset(f"q{index}" for index, (phrase, _, _) in enumerate(_LEXICON_QUALIFIERS) if "*" in phrase)
# Their stems that make an at-least bound (« dépass », « franchi »): also the verbs of a threshold passed (_PASSED).
PASSING_VERBS = "|".join(
    _word_pattern(phrase.split()[0].removesuffix("*"))
    for phrase, kind, _ in _LEXICON_QUALIFIERS
    if "*" in phrase and kind == "at_least"
)
_NEGATION = re.compile(rf"(?:\bn['’]|\bne\b|\b{NEGATION_ALONE}\b|\bloin\s+d)[^,;:.!?«»]*$", re.IGNORECASE)
# … and « sans » right before the verb (« sans dépasser 5 000 morts », « sans toutefois dépasser »: round 135, read as
# at least 5 000), never one of another phrase (« sans aucun doute dépassé », « sans-abri », « arrivées sans équipement
# dépassent »: review88)
_WITHOUT = re.compile(r"(?<![\w-])sans(?:\s+(?:jamais|toutefois|pour\s+autant|m[êe]me))?\s+$", re.IGNORECASE)
QUALIFIER = "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _, _) in enumerate(QUALIFIERS))
_LOSS_UNITS = frozenset(["deaths", "wounded", "casualties"])
_BOUNDED_SUBJECTS = words("bounded_subjects")
AN_ACT = "a verb that may bound the number or tell an act (« ont dépassé les 2 000 soldats ennemis »)"
# « …, dont le nombre dépasserait les 2 000 »: a relative's « dont » before the subject (round 39)
SUBJECT = re.compile(rf"^\W*(?:(?:et|mais|puis|dont)\s+)?(?:les|la|le|l{APOS})\s*(?P<noun>[^\W\d_]+)", re.IGNORECASE)


# The groups of the bare « > » and « < » in QUALIFIER: either may mark up the text rather than compare.
_BARE_SIGN = {f"q{index}": phrase for index, (phrase, _, _) in enumerate(_LEXICON_QUALIFIERS) if phrase in ("<", ">")}
# A markup tag opened before a « > » and not yet closed: a name, then attributes, each perhaps valued (quoted or bare),
# across lines; never « << » (ASCII guillemets), a comment « <!-- », a CDATA, a « > » inside a quoted value, « a<b »
# in math, « Map<String, » in code (review70c)
_ATTRIBUTE = r"""[\w:.-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?"""
_OPEN_TAG = re.compile(rf"(?<![<\w])</?[A-Za-z][\w:.-]*(?:\s+{_ATTRIBUTE})*\s*/?\s*$")
_TAG_REACH = 300  # characters back to a tag's « < »: a tag of several attributes, over lines
# After « < 3 000 soldats », a « > » with a blank before it and no digit or sign after it in the same words: angle quotes
_ANGLE_QUOTE_END = re.compile(r"[^<>\n,;:.!?()]*?\s>(?!\s*[=\d~≈<>+-])")


def _ends_a_tag(match: re.Match[str]) -> bool:
    """Whether the number's qualifier is a bare « > » that ends a markup tag (« <p >5 000 », « <td class=a >3 000 »),
    not a bound: read at least in silence before (review69c)."""
    sign = next((match.start(name) for name, phrase in _BARE_SIGN.items() if phrase == ">" and match[name]), None)
    return sign is not None and _OPEN_TAG.search(match.string, max(0, sign - _TAG_REACH), sign) is not None


def angle_quoted(match: re.Match[str]) -> bool:
    """Whether the number's bare « < » may open angle quotes closed after its words (« Kiev compte < 3 000 soldats > à
    Koursk »): « fewer than » or a quote, for the curator to read (review70c)."""
    opens = any(phrase == "<" and match[name] for name, phrase in _BARE_SIGN.items())
    return opens and _ANGLE_QUOTE_END.match(match.string, match.end("num")) is not None


def qualifier_of(match: re.Match[str]) -> tuple[str, str]:
    """The kind and reading of a number's qualifier: the one before it (`QUALIFIERS`), else the one after it
    (`LEXICON_POSTPOSED`), else exact."""
    for index, (_, kind, reading) in enumerate(QUALIFIERS):
        if match[f"q{index}"]:
            return ("exact", "« > » ends a markup tag: no bound, exact") if _ends_a_tag(match) else (kind, reading)
    after = _POSTPOSED.match(match.string, match.end("num"))
    if after is not None:
        phrase, kind, reading = next(q for i, q in enumerate(LEXICON_POSTPOSED) if after[f"p{i}"])
        return kind, f"« {phrase} » after the number: {reading}"
    return "exact", "no qualifier: exact"


# « 2 000 environ », « 2 000 hommes environ », « 10 000 soldats nord-coréens, voire plus », « 2 000 d'entre eux,
# environ, » (an elided word between: round 26): a qualifier put after the number or its noun (lexicon.toml
# [postposed]); not « 300, environ 200 », nor « 12 morts environ une heure après »:
# then it qualifies what follows. A sign qualifies only the number it is glued to (« 7 000+ »): in « 4 700 tués +
# blessés » it joins two nouns (sealed79 u19, read at least: a WRONG), in « 4 700 +/- 300 » it opens a margin.
LEXICON_POSTPOSED = qualifiers("postposed")


def postposed_words(keep: Callable[[str], bool]) -> str:
    """The alternation of the [postposed] phrases `keep` takes, each in its group `p<index>` (`qualifier_of`)."""
    return "|".join(
        f"(?P<p{index}>{phrase_pattern(phrase).removesuffix(SPACES).removesuffix(GLUED)})"
        for index, (phrase, _, _) in enumerate(LEXICON_POSTPOSED)
        if keep(phrase)
    )


_POSTPOSED = re.compile(
    rf"(?:\s*[»”\"])?(?:(?:\s+[^\W\d_][\w²-]*(?:['’][^\W\d_][\w²-]*)?){{0,2}}?\s*,?\s*(?:{postposed_words(_is_word)})(?!\w)"
    rf"|(?:{postposed_words(lambda phrase: not _is_word(phrase))})(?![/-]))(?!\s*(?:\d|une?\b|{NUMBER_WORDS}))"
    rf"(?!\s+{printed_words('superlative_words')}(?![\w-]))",
    re.IGNORECASE,
)


_SPATIAL_QUALIFIERS = frozenset(
    f"q{index}"
    for index, (phrase, _, _) in enumerate(_LEXICON_QUALIFIERS)
    if fold_word(phrase) in words("spatial_qualifiers")
)
_PLACES = words("places")
SPATIAL = "before a place, the words before the number may say where (« autour de trois villages ») or how many"


def around_a_place(match: re.Match[str], noun: str | None) -> bool:
    """Whether a qualifier that may be spatial (lexicon.toml `spatial_qualifiers`) stands before a place: « combats
    autour de trois villages » are around them, « près de deux villes » near them, not about two."""
    if noun is None or not any(match[name] for name in _SPATIAL_QUALIFIERS):
        return False
    folded = fold_word(noun)
    return folded in _PLACES or folded.rstrip("sx") in _PLACES


def denied_bound(match: re.Match[str]) -> bool:
    """Whether the number's qualifier is a verb a negation denies (« ne devraient pas dépasser les 2 000 »)."""
    verb = next((name for name in VERB_QUALIFIERS if match[name]), None)
    return verb is not None and verb_denied(match.string, match.start(verb))


def told_as_an_act(match: re.Match[str]) -> bool:
    """Whether a verb that may bound the number has no quantity for its subject (« les forces russes ont dépassé les
    2 000 soldats ennemis »: they overtook them), so it may tell an act rather than a bound: a curator reads it. A
    count of losses is never overtaken (« les plus hautes dépassent 4 000 tués »), nor a sum of money: its own noun is
    such a quantity."""
    verb = next((name for name in VERB_QUALIFIERS if match[name]), None)
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


def bounded_subject(match: re.Match[str]) -> str | None:
    """The subject of a verb that bounds a number with no noun of its own (« Les soldats nord-coréens présents depuis
    l'automne dépasseraient les 15 000 »: their number is at least 15 000), when it is a counted noun, or "" for a
    quantity (lexicon.toml `bounded_subjects`: « Les effectifs envoyés … dépasseraient les 15 000 »); never with the
    verb negated."""
    verb = next((name for name in VERB_QUALIFIERS if match[name]), None)
    if verb is None or verb_denied(match.string, match.start(verb)):
        return None
    clause = _clause_before(match.string, match.start(verb), ",")
    subject = SUBJECT.match(clause)
    if subject is None:
        return None
    if unit_of(subject["noun"]) is not None:
        return subject["noun"]
    word = fold_word(subject["noun"])
    return "" if word in _BOUNDED_SUBJECTS or word.rstrip("sx") in _BOUNDED_SUBJECTS else None  # « Les effectifs »


def verb_denied(text: str, verb: int) -> bool:
    """Whether a negation in its clause denies the verb that starts at `verb`."""
    before = text[max(0, verb - 40) : verb]
    return _NEGATION.search(before) is not None or _WITHOUT.search(before) is not None


def nearly_floor(value: float) -> float | None:
    """The low end of « près de N » (docs/editorial.md §10): 0.9·N, rounded up only for a whole count when that
    stays below N, a decimal N unrounded; None when a count's range would collapse to N (« près de 3 »), which is then read as approximate."""
    low = value * 9 / 10
    if value == int(value):
        return math.ceil(low) if math.ceil(low) < value else None
    return low if 0 < low < value else None


def valued(
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
    return None, "range", reading, {"value_min": as_int_if_whole(low), "value_max": as_int_if_whole(value)}


DENIED_BOUND = "a negated verb bounds it, the other way round"
ANGLE_QUOTES = "« < … > » may be angle quotes or « fewer than »"


def unread_bound(match: re.Match[str]) -> str | None:
    """Why the bound before a number is left for the curator to read, if it is: a negated verb turns it around
    (`denied_bound`), or a « < » may open angle quotes (`angle_quoted`)."""
    return DENIED_BOUND if denied_bound(match) else ANGLE_QUOTES if angle_quoted(match) else None


EXACT = "no qualifier: exact"
