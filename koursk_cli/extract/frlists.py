"""What a figure takes from the lines around its sentence: the question it answers (`asked_noun`), a list line's label
(`line_label`), the qualifier of a list's lead-in (`lead_in`, `listed`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .frfigure import Figure
from .frnumerals import as_int_if_whole
from .frqualifiers import EXACT, QUALIFIER, QUALIFIERS, VERB_QUALIFIERS, valued, verb_denied
from .frwords import DE, unit_of
from .lexicon import TIME_UNITS

LOSS_NOUNS = ("morts", "pertes", "victimes", "blessés", "tués")


_QUESTION = re.compile(rf"\bcombien\b(?:\s+{DE}(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*))?[^?]*\?\s*$", re.IGNORECASE)


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
LABEL = re.compile(r"^[\s–—•▪►*-]*(?P<noun>[^\W\d_]+)(?>[ '’-]+[^\s:(]+){0,5}(?:\s*\([^()\n:]{1,60}\))?\s*:\s*(?=\S)")


def line_label(sentence: str) -> Label | None:
    """The label opening a list's line (« – Soldats envoyés : 11 000 à l'automne 2024 »), when its first word is a
    noun the store counts, or None."""
    found = LABEL.match(sentence)
    return (found.end(), found["noun"]) if found and unit_of(found["noun"]) is not None else None


# An approximation opening an answer before a range (« Environ 11 000 à 12 000 selon Séoul »): the range's pattern
# starts at its first number, so the words before it are that qualifier alone (sealed29 l19, read 11 000 alone)
_APPROXIMATION_BEFORE = re.compile(
    "|".join(f"(?:{pattern})" for pattern, kind, _ in QUALIFIERS if kind == "approximate"), re.IGNORECASE
)


def answer_start(match: re.Match[str]) -> int | None:
    """Where the answer that `match` opens starts: the match itself, or the approximation before it; None when other
    words stand before it."""
    before = match.string[: match.start()]
    words = before.lstrip(' «"“')
    if not words.strip(' «"“'):
        return match.start()
    return len(before) - len(words) if _APPROXIMATION_BEFORE.fullmatch(words) else None


def answered_noun(match: re.Match[str], asked: str | None, label: Label | None = None) -> str | None:
    """The noun asked before ("" when the question named none), when the figure at `match` opens the sentence that
    answers the question, or only an approximation stands before it; else the noun of the line's label, for a
    number after it."""
    if asked is not None and answer_start(match) is not None:
        return asked
    return label[1] if label is not None and match.start() >= label[0] else None


# A list's lead-in line whose last words qualify the numbers listed under it (« Les pertes … s'élèveraient
# approximativement à : », then « — chars : 9 563 (+14) »; sealed33 p18): a qualifier of lexicon.toml, perhaps « à »,
# then the colon that ends the line; searched in the line's last 80 characters. A list's line opens with a dash or a
# bullet on its own line.
_LEAD_IN = re.compile(rf"(?<!\w)(?:{QUALIFIER})(?:[àa]\s*)?:\s*$", re.IGNORECASE)
_BULLET = re.compile(r"\n[ \t]*[-–—•*·▪][ \t]*$")
Lead = tuple[str, str]
"""A lead-in's qualifier: its kind and its reading (see `lead_in`)."""


def lead_in(sentence: str) -> Lead | None:
    """The kind and reading of the qualifier that ends a list's lead-in line (« … approximativement à : »), or None."""
    found = _LEAD_IN.search(sentence, max(0, len(sentence) - 80))
    if found is None:
        return None
    name, kind, reading = next((f"q{i}", k, r) for i, (_, k, r) in enumerate(QUALIFIERS) if found[f"q{i}"])
    if name in VERB_QUALIFIERS and verb_denied(sentence, found.start(name)):
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


def with_lead_in(figures: list[Figure], lead: Lead | None) -> list[Figure]:
    """A list line's bare counts take the qualifier of the list's lead-in (`lead_in`): « chars : 9 563 » under
    « … approximativement à : » is about 9 563, never exact (sealed33 p18, read exact: WRONG)."""
    if lead is None:
        return figures
    kind, said = lead
    result = []
    for f in figures:
        if f.qualifier is None and f.value is not None and EXACT in f.reading and f.unit not in TIME_UNITS:
            reading = f.reading.replace(EXACT, f"the list's lead-in ends with {said}", 1)
            if kind == _DENIED_LEAD:
                why = "a negated verb bounds it, the other way round"
                result.append(replace(f, value=None, reading=f"TODO: {reading}; {why}; write the value"))
                continue
            value, kind_of, reading, bounds = valued(f.value, kind, reading, {})
            f = replace(
                f,
                value=as_int_if_whole(value) if value is not None else None,
                value_kind=kind_of,
                value_min=bounds.get("value_min"),
                value_max=bounds.get("value_max"),
                reading=reading,
            )
        result.append(f)
    return result
