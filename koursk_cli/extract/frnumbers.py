"""French figures → value, value kind and unit, by small explainable rules (pure).

Each rule returns a `Figure` with a `reading` that says, in the curator's words, how the French became a number:
« près de 600 km² » is approximate, « plus de 10.000 » at least, « des milliers » at least 2,000 (the store's
convention, docs/store-format.md). Numbers that are not figures (years, footnote markers, durations such as
« il y a trois jours », « l'article 5 ») are skipped so that the draft stays short.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

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
}
_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6}
_SCALES |= {"milliard": 10**9, "milliards": 10**9}
_VAGUE_SCALES = {"dizaine": 10, "centaine": 100, "millier": 1000, "million": 10**6, "milliard": 10**9}
_ABOUT_SCALES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30}
_ABOUT_SCALES |= {"quarantaine": 40, "cinquantaine": 50, "centaine": 100, "millier": 1000}

_WORD = r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
_WORD += r"|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?)"
NUMBER_WORDS = rf"{_WORD}(?:(?:[\s-]+et)?[\s-]+{_WORD})*"
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER = rf"(?:{_DIGITS})(?:\s+(?:millions?|milliards?|mille))?|{NUMBER_WORDS}"
_APOS = "['’]"
_DE = rf"(?:de\s+|d{_APOS}\s*)"

_QUALIFIERS: tuple[tuple[str, str, str], ...] = (
    (rf"pas\s+moins\s+{_DE}", "at_least", "« pas moins de »: at least"),
    (rf"plus\s+{_DE}", "at_least", "« plus de »: more than, stored as at least"),
    (r"au\s+moins\s+", "at_least", "« au moins »: at least"),
    (r"au\s+minimum\s+", "at_least", "« au minimum »: at least"),
    (rf"au-del[àa]\s+{_DE}", "at_least", "« au-delà de »: at least"),
    (rf"pas\s+plus\s+{_DE}", "at_most", "« pas plus de »: at most"),
    (rf"moins\s+{_DE}", "at_most", "« moins de »: at most"),
    (rf"jusqu{_APOS}\s*[àa]\s+", "at_most", "« jusqu'à »: at most"),
    (r"au\s+plus\s+", "at_most", "« au plus »: at most"),
    (r"au\s+maximum\s+", "at_most", "« au maximum »: at most"),
    (r"environ\s+", "approximate", "« environ »: approximate (±10 %)"),
    (rf"pr[èe]s\s+{_DE}", "approximate", "« près de »: approximate (±10 %)"),
    (r"quelque\s+", "approximate", "« quelque »: approximate (±10 %)"),
    (rf"autour\s+{_DE}", "approximate", "« autour de »: approximate (±10 %)"),
    (r"approximativement\s+", "approximate", "« approximativement »: approximate (±10 %)"),
    (r"[àa]\s+peu\s+pr[èe]s\s+", "approximate", "« à peu près »: approximate (±10 %)"),
)
_QUALIFIER = "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _, _) in enumerate(_QUALIFIERS))

# Counted nouns and the store's (English) unit for each; keys are folded and singular.
UNITS = {
    "soldat": "soldiers",
    "combattant": "soldiers",
    "militaire": "soldiers",
    "homme": "soldiers",
    "troupe": "soldiers",
    "obus": "shells",
    "conteneur": "containers",
    "munition": "munitions",
    "missile": "missiles",
    "drone": "drones",
    "char": "tanks",
    "km2": "km2",
    "km": "km",
    "kilometre": "km",
    "heure": "hours",
    "an": "years",
    "annee": "years",
    "jour": "days",
    "semaine": "weeks",
    "mois": "months",
    "nuit": "nights",
    "mort": "deaths",
    "tue": "deaths",
    "perte": "casualties",
    "victime": "casualties",
    "blesse": "wounded",
    "prisonnier": "prisoners",
    "personne": "people",
    "civil": "civilians",
    "%": "percent",
    "dollar": "USD",
    "euro": "EUR",
    "tonne": "tonnes",
    "fois": "times",
}
TIME_UNITS = frozenset({"hours", "years", "days", "weeks", "months"})
LOSS_NOUNS = ("morts", "pertes", "victimes", "blessés", "tués")
# Nouns that never carry a figure after a bare number (« l'article 5 », « Koursk 1. »).
_REFERENCE_WORDS = frozenset({"article", "numero", "n°", "no", "chapitre", "page", "point", "paragraphe", "resolution"})
_DETERMINERS = frozenset({"les", "des", "ces", "ses", "leurs", "aux", "nos", "vos", "mes", "tes"})
_DURATION_PREPOSITIONS = frozenset({"dans", "en", "pour", "pendant", "sous"})


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


def fold_word(word: str) -> str:
    """Case- and accent-insensitive form of one word (`²` becomes `2`)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def unit_of(noun: str | None) -> str | None:
    """The store unit for a French noun, trying it as written and without a plural s/x."""
    if not noun:
        return None
    folded = fold_word(noun)
    for key in (folded, folded[:-1] if folded[-1:] in ("s", "x") else folded):
        if key in UNITS:
            return UNITS[key]
    return None


def _words_value(text: str) -> int | None:
    """« onze mille » → 11000, « quatre-vingt-dix » → 90, « deux cents » → 200; None when not a number."""
    total, current = 0, 0
    seen = False
    for raw in re.split(r"[\s-]+", fold_word(text)):
        if raw == "et" or not raw:
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
    """A French number as written: `10 000` (any space), `12.000`, `1,5 million`, `Onze mille`."""
    cleaned = text.strip()
    match = re.fullmatch(rf"(?P<d>{_DIGITS})(?:\s+(?P<s>millions?|milliards?|mille))?", cleaned, re.IGNORECASE)
    if match is None:
        words = _words_value(cleaned)
        return float(words) if words is not None else None
    digits = re.sub(r"[ \u00a0\u202f.]", "", match["d"]).replace(",", ".")
    value = float(digits)
    scale = match["s"]
    if scale:
        value *= _SCALES[fold_word(scale)]
    return value


def _number(value: float) -> float | int:
    return int(value) if value == int(value) else value


def display(value: float) -> str:
    return f"{_number(value):,}"


_FIGURE = re.compile(
    rf"(?<![\w.,])(?:(?P<qual>{_QUALIFIER}))?(?P<num>{_NUMBER})(?![\w])(?:\s*{_DE}?(?P<noun>km²|km2|%|[^\W\d_][\w²]*))?",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"(?<![\w.,])(?:entre\s+(?P<a1>{_DIGITS})\s+et\s+(?P<b1>{_DIGITS})|de\s+(?P<a2>{_DIGITS})\s+[àa]\s+(?P<b2>{_DIGITS})"
    rf"|(?P<a3>{_DIGITS})\s*[-–]\s*(?P<b3>{_DIGITS}))(?!\w)\s*{_DE}?(?P<noun>km²|km2|%|[^\W\d_][\w²]*)?",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"(?<!\w)(?P<lead>plusieurs\s+|quelques\s+|des\s+|de\s+)?(?P<s1>dizaines|centaines|milliers|millions|milliards)"
    rf"(?:\s+de\s+(?P<s2>dizaines|centaines|milliers|millions))?\s+{_DE}(?P<noun>[^\W\d_][\w²]*)",
    re.IGNORECASE,
)
_ABOUT = re.compile(
    rf"(?<!\w)(?:une|un)\s+(?P<s>{'|'.join(_ABOUT_SCALES)})\s+{_DE}(?P<noun>[^\W\d_][\w²]*)",
    re.IGNORECASE,
)
_SEVERAL = re.compile(
    rf"(?<!\w)(?P<lead>plusieurs|un\s+certain\s+nombre\s+{_DE}|quelques)\s*(?P<noun>[^\W\d_][\w²]*)", re.IGNORECASE
)
_LOSSES = re.compile(rf"(?<!\w)des\s+(?P<noun>{'|'.join(LOSS_NOUNS)})(?!\w)", re.IGNORECASE)
_SINGLE = re.compile(r"(?<!\w)(?:un\s+seul|une\s+seule)\s+(?P<noun>[^\W\d_][\w²]*)", re.IGNORECASE)
_FACTOR = re.compile(rf"(?<!\w)multipli\w*\s+par\s+(?P<num>{_NUMBER})(?!\w)", re.IGNORECASE)


def _previous_words(text: str, position: int, count: int = 2) -> list[str]:
    return [fold_word(w) for w in re.findall(r"[^\W\d_]+", text[max(0, position - 60) : position])][-count:]


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _qualifier(match: re.Match[str]) -> tuple[str, str]:
    for index, (_, kind, reading) in enumerate(_QUALIFIERS):
        if match[f"q{index}"]:
            return kind, reading
    return "exact", "no qualifier: exact"


def _figure(
    match: re.Match[str], value: float | None, kind: str, reading: str, noun: str | None, **bounds: float | None
) -> Figure:
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


def _is_noise(match: re.Match[str], value: float, noun: str | None, unit: str | None) -> bool:
    """Years, footnote markers, references, articles and plain durations are not figures."""
    number = match["num"]
    before = _previous_words(match.string, match.start("qual") if match["qual"] else match.start("num"))
    if before and before[-1] in _REFERENCE_WORDS:
        return True
    is_words = re.fullmatch(NUMBER_WORDS, number.strip(), re.IGNORECASE) is not None
    if is_words and (value == 1 or (before and before[-1] in _DETERMINERS)):
        return True  # « une brigade », « l'une des », « les deux pays »
    if noun is None or (unit is None and not is_words and 1900 <= value <= 2100 and "," not in number):
        return True  # « Koursk 1. », « 2025 serait l'année »
    if unit in TIME_UNITS:
        return not (set(before) & _DURATION_PREPOSITIONS)  # « dans 24 heures » yes, « depuis deux ans » no
    return False


def _plain(text: str, skip: Sequence[Span]) -> Iterator[Figure]:
    for match in _FIGURE.finditer(text):
        if _overlaps(match.start("num"), match.end("num"), skip):
            continue
        value = parse_number(match["num"])
        noun = match["noun"]
        if noun is not None and fold_word(noun) in ("de", "d", "des", "du", "la", "le", "les", "et", "a", "ou"):
            noun = None
        if value is None or _is_noise(match, value, noun, unit_of(noun)):
            continue
        kind, reading = _qualifier(match)
        yield _figure(match, value, kind, f"« {match.group().strip()} »: {reading}", noun)


def _ranges(text: str, skip: Sequence[Span]) -> Iterator[Figure]:
    for match in _RANGE.finditer(text):
        if _overlaps(match.start(), match.end(), skip):
            continue
        low_text = match["a1"] or match["a2"] or match["a3"]
        high_text = match["b1"] or match["b2"] or match["b3"]
        low, high = parse_number(low_text), parse_number(high_text)
        if low is None or high is None or low > high or match["noun"] is None:
            continue
        reading = f"« {match.group().strip()} »: a range from {display(low)} to {display(high)}"
        yield _figure(match, None, "range", reading, match["noun"], value_min=_number(low), value_max=_number(high))


def _vague(text: str) -> Iterator[Figure]:
    for match in _VAGUE.finditer(text):
        scale = _VAGUE_SCALES[fold_word(match["s1"]).rstrip("s")]
        if match["s2"]:
            scale *= _VAGUE_SCALES[fold_word(match["s2"]).rstrip("s")]
        words = re.sub(r"\s+(?:de|d['’])$", "", match.group()[: match.start("noun") - match.start()].strip())
        reading = f"« {words} » read as at least {display(2 * scale)} (two of them, the store's convention)"
        yield _figure(match, 2 * scale, "at_least", reading, match["noun"])
    for match in _ABOUT.finditer(text):
        value = _ABOUT_SCALES[fold_word(match["s"])]
        yield _figure(
            match, value, "approximate", f"« {match.group().strip()} »: about {display(value)}", match["noun"]
        )


def _counted(text: str) -> Iterator[Figure]:
    for match in _SEVERAL.finditer(text):
        unit = unit_of(match["noun"])
        if unit is None or unit in TIME_UNITS:
            continue  # « plusieurs sources », « depuis plusieurs mois »
        reading = f"« {match['lead'].strip()} » read as at least 2"
        yield _figure(match, 2, "at_least", reading, match["noun"])
    for match in _LOSSES.finditer(text):
        reading = f"« {match.group()} »: some, read as at least 1"
        yield _figure(match, 1, "at_least", reading, match["noun"])
    for match in _SINGLE.finditer(text):
        yield _figure(match, 1, "exact", f"« {match.group()} »: exactly one", match["noun"])
    for match in _FACTOR.finditer(text):
        value = parse_number(match["num"])
        if value is not None:
            figure = _figure(match, value, "exact", f"« {match.group()} »: a factor of {display(value)}", None)
            yield replace(figure, unit="factor")


def find_figures(text: str, skip: Sequence[Span] = ()) -> list[Figure]:
    """Every figure in `text`, left to right, never overlapping; `skip` holds spans already read as dates."""
    found = [*_vague(text), *_counted(text), *_ranges(text, skip), *_plain(text, skip)]
    found = [f for f in found if not _overlaps(f.start, f.end, skip)]
    chosen: list[Figure] = []
    for figure in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if not _overlaps(figure.start, figure.end, [(c.start, c.end) for c in chosen]):
            chosen.append(figure)
    return sorted(chosen, key=lambda f: f.start)
