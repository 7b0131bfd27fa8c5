"""The store's entities a sentence names (ids, names and aliases, case- and accent-insensitively), and the
capitalised names no entity matches: candidates for entities.yaml.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entity
from .feastdates import FEASTS
from .frcalendar import MONTHS, WEEKDAYS
from .frnumerals import parse_number
from .frwords import fold_same_length, fold_word
from .lexicon import words
from .spans import Taken

_NAME_STOPWORDS = words("name_stopwords")
# Words of one name are joined by spaces on one line only (`\s` would join a heading to the line under it).
_HSPACE = r"[ \t\u00a0\u2009\u202f]+"
_NAME = re.compile(
    rf"(?<![\w@#])[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:{_HSPACE}(?:de{_HSPACE}|du{_HSPACE}|des{_HSPACE}|d['’])?[A-ZÀ-ÖØ-Þ][\w'’-]*)*",
)


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a sentence names an entity: [start, end) and the entity."""

    start: int
    end: int
    entity: Entity


def _name_pattern(name: str, *, media: bool = False) -> tuple[re.Pattern[str], bool]:
    """A pattern for one name; short all-capital names (US, UK, NIS) must match in capitals, and so must the names
    of outlets (« Le Monde », not « le monde entier »)."""
    exact = (len(name) <= 3 and name.isupper()) or media
    source = name if exact else fold_same_length(name)
    escaped = r"\s+".join(re.escape(part) for part in source.split())
    return re.compile(rf"(?<![\w@]){escaped}(?!\w)"), exact


def entity_patterns(entities: Iterable[Entity]) -> list[tuple[re.Pattern[str], bool, Entity]]:
    """A pattern for each name of each entity (id, English and French names, aliases), whether it must match as
    written (`_name_pattern`), and the entity."""
    patterns = []
    for entity in entities:
        for name in dict.fromkeys([entity.id, entity.name.en, entity.name.fr, *entity.aliases]):
            if name.strip():
                pattern, exact = _name_pattern(name, media=entity.kind == "media" and name != entity.id)
                patterns.append((pattern, exact, entity))
    return patterns


def match_entities(sentence: str, patterns: list[tuple[re.Pattern[str], bool, Entity]]) -> list[Mention]:
    """Known entities in the sentence, longest names first, never overlapping."""
    folded = fold_same_length(sentence)
    found = [
        Mention(m.start(), m.end(), entity)
        for pattern, exact, entity in patterns
        for m in pattern.finditer(sentence if exact else folded)
    ]
    chosen: list[Mention] = []
    taken = Taken()
    for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.free(mention.start, mention.end):
            chosen.append(mention)
            taken.take(mention.start, mention.end)
    return sorted(chosen, key=lambda m: m.start)


def unknown_names(sentence: str, known: list[Mention], opening: int = 0) -> list[str]:
    """Capitalised names that no entity matches: candidates for entities.yaml. The words start at `opening`, after a
    dateline (« MOSCOU, 14 mars 2025 (AFP) - Quelque 2 000 soldats »): the first word there is capitalised anyway."""
    names = []
    taken = Taken()
    for mention in known:
        taken.take(mention.start, mention.end)
    for match in _NAME.finditer(sentence):
        name = re.sub(r"^[LDld]['’]", "", match.group().rstrip(".-’'"))
        elided = re.match(r"\w+['’](?=\w)", name)
        if elided and name[elided.end()].islower():  # « C'est », « S'il », « Qu'on »: a pronoun elided before a verb
            name = name[elided.end() :]
        if not name[:1].isupper():
            continue
        words = [fold_word(w) for w in re.findall(r"[^\W\d_]+", name)]
        if not taken.free(match.start(), match.end()):
            continue
        if not words or all(w in _NAME_STOPWORDS or len(w) < 2 for w in words):
            continue
        if not sentence[opening : match.start()].strip(" “\"«'(") and len(words) == 1:
            continue  # the first word of a sentence is capitalised anyway
        if all(w in _DATE_WORDS for w in words) or parse_number(name) is not None:
            continue
        head = _INSTITUTION.search(sentence, max(0, match.start() - 60), match.start())
        names.append(f"{head.group()}{name}" if head else name)
    return names


# « le ministère sud-coréen de la Défense », « le ministère russe des Affaires étrangères »: the name of an institution
# starts at its head noun, in lower case; « Défense » alone is no candidate for entities.yaml (rev21 A7)
_INSTITUTION = re.compile(
    r"(?<![\w-])(?:minist[èe]re|ministre|services?|[ée]tat-major|agence|direction|commandement|conseil|parquet)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}?\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$"
)


_DATE_WORDS = frozenset(
    [*WEEKDAYS, *MONTHS, *(w for f in FEASTS for w in f.split()), *(m.lower() for m in calendar.month_name if m)]
)
