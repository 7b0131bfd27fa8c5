"""The French word lists extract's rules read, from lexicon.toml (package data), loaded once on first import.

The lists are data a curator can read and extend without touching a rule: which little words carry no meaning,
which nouns are counted in which unit, which words look like a verb form and are not. The file ships inside the
package and is never user input; a malformed one is a bug in koursk, reported with the key at fault.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from importlib.resources import files
from typing import Any


class LexiconError(RuntimeError):
    """lexicon.toml does not hold what the rules need."""


def _load() -> dict[str, Any]:
    text = files(__package__ or "koursk_cli.extract").joinpath("lexicon.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


_DATA = _load()


def _table(name: str) -> dict[str, Any]:
    table = _DATA.get(name)
    if not isinstance(table, dict):
        raise LexiconError(f"lexicon.toml: [{name}] is missing")
    return table


def table(name: str) -> dict[str, str]:
    """A table of strings (such as [topic_override])."""
    found = _table(name)
    if not all(isinstance(v, str) for v in found.values()):
        raise LexiconError(f"lexicon.toml: every [{name}] value must be a string")
    return dict(found)


def words(key: str) -> frozenset[str]:
    """One list of [words], as a set."""
    value = _table("words").get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(f"lexicon.toml: words.{key} must be a list of strings")
    return frozenset(value)


_FOLDED = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]", "'": "['’]\\s*"}


def folded_pattern(name: str) -> str:
    """A pattern for a name lexicon.toml writes folded (« noel orthodoxe »), as the press writes it (« Noël »)."""
    return r"\s+".join("".join(_FOLDED.get(ch, re.escape(ch)) for ch in word) for word in name.split())


def alternatives(key: str, *, but: str | None = None, spaced: bool = False) -> str:
    """lexicon.toml's list `key` (less list `but`'s words) as a pattern's alternatives, each as written, longest
    first: a phrase is tried before a shorter one it begins with (« nord-est » before « nord »), the same length in
    the alphabet's order (the pattern is the same in every run, whatever the order of the set). `spaced`: the words
    of a phrase may be split by any spaces (« de plus » in the text as written)."""
    chosen = words(key) - (words(but) if but is not None else frozenset())
    ordered = sorted(chosen, key=lambda word: (-len(word), word))
    if spaced:
        return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)
    return "|".join(map(re.escape, ordered))


def printed_words(key: str) -> str:
    """A pattern for lexicon.toml's list `key` of folded phrases as printed, longest first, wherever they stand (the
    rule's pattern says what may come before them)."""
    return "(?:" + "|".join(map(folded_pattern, sorted(words(key), key=len, reverse=True))) + ")"


def printed_phrases(key: str) -> str:
    """A pattern for lexicon.toml's list `key` of folded phrases as printed, longest first, never from inside a word."""
    return r"(?<![\w'’])" + printed_words(key)


# after no letter and no apostrophe, or after an elided article's (« l'atelier », « d'un concert », « qu'une
# exposition »), never inside a word (« aujourd'hui »)
_NOUN_START = (
    r"(?i:(?<![\w'’])|(?<=(?<!\w)[cdjlmnst]['’])|(?<=(?<!\w)qu['’])|(?<=(?<!\w)jusqu['’])"
    r"|(?<=(?<!\w)lorsqu['’])|(?<=(?<!\w)puisqu['’]))"
)


def printed_nouns(key: str) -> str:
    """`printed_phrases` for a list of nouns, which may follow an elided article (« L'atelier … reprendra », round
    124); only for nouns: a phrase of another list after « l' », « qu' » or « jusqu' » may mean something else
    (review75: « qu'à ce stade », « jusqu'à la même heure », « l'inscription »)."""
    return _NOUN_START + printed_words(key)


def written_words(key: str) -> str:
    """A pattern for lexicon.toml's list [as_written] `key` of phrases written with their accents, matched as written,
    longest first, wherever they stand (the rule's pattern says what may come before them): an accent is never dropped
    nor added (« sur » is no « sûr »); only an apostrophe may be either (« d’après ») and a phrase's words split by any
    spaces."""
    value = _table("as_written").get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(f"lexicon.toml: as_written.{key} must be a list of strings")
    ordered = sorted(set(value), key=lambda phrase: (-len(phrase), phrase))
    written = (r"\s+".join(re.escape(w).replace("'", "['’]\\s*") for w in phrase.split()) for phrase in ordered)
    return "(?:" + "|".join(written) + ")"


QUALIFIER_KINDS = frozenset(["at_least", "at_most", "approximate", "nearly"])


def qualifiers(name: str = "qualifiers") -> list[tuple[str, str, str]]:
    """[qualifiers] (before the number) or [postposed] (after it): (words, kind, reading) in the file's order, which
    is the order the rules try them in."""
    found = []
    for phrase, entry in _table(name).items():
        if not isinstance(entry, dict) or entry.get("kind") not in QUALIFIER_KINDS:
            raise LexiconError(f"lexicon.toml: {name}.{phrase} needs a kind, one of {sorted(QUALIFIER_KINDS)}")
        if not isinstance(entry.get("reading"), str):
            raise LexiconError(f"lexicon.toml: {name}.{phrase} needs a reading")
        found.append((phrase, entry["kind"], entry["reading"]))
    return found


def _named(table: str, key: str) -> dict[str, tuple[str, str]]:
    found = {}
    for name, entry in _table(table).items():
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in (key, "name")):
            raise LexiconError(f"lexicon.toml: {table}.{name} needs {key} and a name")
        found[name] = (entry[key], entry["name"])
    return found


def feasts() -> dict[str, tuple[str, str]]:
    """[feasts]: folded name → (its days: « MM-DD », « MM-DD/MM-DD » or a movable feast's rule, its English name)."""
    return _named("feasts", "days")


def lunar_new_years() -> dict[int, date]:
    """[lunar_new_year]: the Lunar New Year's day of each year listed."""
    days = _table("lunar_new_year").get("days")
    try:
        found = [date.fromisoformat(day) for day in days] if isinstance(days, list) else None
    except (TypeError, ValueError):
        found = None
    if found is None:
        raise LexiconError("lexicon.toml: lunar_new_year.days must be a list of ISO days")
    return {day.year: day for day in found}


def anchors() -> dict[str, tuple[str, str]]:
    """[anchors]: folded name of a moment the story is dated from → (its EDTF date, its English name)."""
    return _named("anchors", "date")


def anchors_counted_only() -> frozenset[str]:
    """[anchors] whose entry says `since = false`: moments a time is counted from (« un an après les premiers
    combats ») that open no period of their own (« depuis les premiers combats » is no date a reader gives)."""
    return _anchors_flagged("since", default=True)


def anchors_alone() -> frozenset[str]:
    """[anchors] whose entry says `alone = true`: a bare word every other thing shares (« le déploiement »), the
    story's moment only where nothing follows it but punctuation (« depuis le début du déploiement, … »)."""
    return _anchors_flagged("alone", default=False)


def anchors_korean() -> frozenset[str]:
    """[anchors] whose entry says `korean = true`: a moment of the story only in a sentence that names North Korea
    ([words] korean_names: « Un an après le traité, Pyongyang … », not another treaty's)."""
    return _anchors_flagged("korean", default=False)


def _anchors_flagged(flag: str, *, default: bool) -> frozenset[str]:
    """The [anchors] names whose entry sets the true-or-false `flag` to the other value than `default`."""
    found = set()
    for name, entry in _table("anchors").items():
        value = entry.get(flag, default) if isinstance(entry, dict) else default
        if not isinstance(value, bool):
            raise LexiconError(f"lexicon.toml: anchors.{name}: {flag} is true or false")
        if value is not default:
            found.add(name)
    return frozenset(found)


def eras() -> dict[str, tuple[str, str]]:
    """[eras]: folded name of a calendar → (the year of ours before its year 1, its English name)."""
    return _named("eras", "epoch")


def measure_cues() -> tuple[str | None, dict[str, tuple[str, ...]]]:
    """[measure_cues]: the measure a clause that speaks of the future takes (`future`, or None), and each measure's
    cues (folded word starts) in the file's order."""
    found = _table("measure_cues")
    future = found.get("future")
    cues = {k: v for k, v in found.items() if k != "future"}
    if future is not None and not isinstance(future, str):
        raise LexiconError("lexicon.toml: measure_cues.future must be a measure id")
    if not all(isinstance(v, list) and all(isinstance(w, str) for w in v) for v in cues.values()):
        raise LexiconError("lexicon.toml: every [measure_cues] measure needs a list of words")
    return future, {k: tuple(v) for k, v in cues.items()}


def measure_places() -> dict[str, tuple[str, tuple[str, ...]]]:
    """[measure_places]: a measure → (the narrower measure a place names, the places' folded word starts)."""
    found = {}
    for measure, entry in _table("measure_places").items():
        places = entry.get("places") if isinstance(entry, dict) else None
        if not isinstance(entry.get("measure"), str) or not isinstance(places, list):
            raise LexiconError(f"lexicon.toml: measure_places.{measure} needs a measure and its places")
        found[measure] = (entry["measure"], tuple(str(p) for p in places))
    return found


def _units() -> dict[str, str]:
    table = _table("units")
    if not all(isinstance(v, str) for v in table.values()):
        raise LexiconError("lexicon.toml: every [units] value must be a string")
    return dict(table)


UNITS: dict[str, str] = _units()
"""A counted noun (folded, singular) → the store's English unit."""
TIME_UNITS: frozenset[str] = frozenset(_table("time_units").get("units", ()))
"""Units that measure time: a figure in one is a duration."""
MONEY_UNITS: frozenset[str] = frozenset(_table("money_units").get("units", ()))
"""Units of money: a sum in one is never overtaken as an act, and may be the price of one thing."""
MONEY_SIGNS: tuple[str, ...] = tuple(_table("money_units").get("signs", ()))
"""The signs of money after a number (« 9,90 € »): a sum, never a count whose noun is left out."""
WEIGHT_UNITS: frozenset[str] = frozenset(_table("weight_units").get("units", ()))
"""Units of weight: a load, a figure only where a topic of the store lists the unit (round 32)."""
UNIT_SYMBOLS: tuple[str, ...] = tuple(sorted(_table("unit_symbols").get("symbols", ()), key=lambda s: (-len(s), s)))
"""Symbols of a length or a volume no topic measures (« 900 m », « 38 hl »), as written: a size, never a count."""
LENGTH_UNITS: frozenset[str] = frozenset(_table("length_units").get("units", ()))
"""Units of length: a figure in one is a distance or a size, never ground taken unless it stands alone (round 28)."""
STOPWORDS: frozenset[str] = words("stopwords")
"""Little words: never an id's word, a topic's word or a title's word, never an agent after « par »."""
