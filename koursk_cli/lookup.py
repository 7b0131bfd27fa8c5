"""Resolve what users type (names, aliases, ids, tags) to store ids, case- and accent-insensitively."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import UsageError
from .model import Entity, Store
from .suggest import suggestions
from .textnorm import fold


def _hint(word: str, choices: Iterable[str], what: str) -> str:
    pool = sorted(set(choices))
    close = suggestions(word, pool)
    if close:
        return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
    shown = ", ".join(pool[:12]) + (", …" if len(pool) > 12 else "")
    return f"known {what}: {shown}"


def _article(place: bool) -> str:
    return "a place" if place else "an actor"


def entity_names(entity: Entity) -> list[str]:
    return [entity.id, entity.name.en, entity.name.fr, *entity.aliases]


def resolve_entity(store: Store, text: str, *, place: bool) -> Entity:
    """An actor (place=False) or place (place=True) by id, name or alias."""
    wanted = fold(text)
    what = "place" if place else "actor"
    for entity in store.entities.values():
        if wanted in (fold(n) for n in entity_names(entity)):
            if entity.is_place != place:
                other = "--place" if entity.is_place else "--actor"
                raise UsageError(
                    f"'{text}' is {_article(entity.is_place)}, not {_article(place)}",
                    f"use {other} {entity.id}",
                )
            return entity
    owners = {n: e.id for e in store.entities.values() if e.is_place == place for n in entity_names(e)}
    close = list(dict.fromkeys(owners[n] for n in suggestions(text, owners, limit=5)))[:3]
    hint = (
        "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
        if close
        else _hint(text, set(owners.values()), what + "s")
    )
    raise UsageError(f"unknown {what} '{text}'", hint)


def resolve_source(store: Store, text: str) -> str:
    """A source by id, by outlet name, or by its seed file name or number prefix (`003`)."""
    wanted = fold(text)
    for source in store.sources.values():
        if wanted == fold(source.id) or (source.outlet and wanted == fold(source.outlet)):
            return source.id
    by_seed = [s.id for s in store.sources.values() if fold(s.seed).startswith(wanted)]
    if len(by_seed) == 1:
        return by_seed[0]
    raise UsageError(f"unknown source '{text}'", _hint(text, store.sources, "sources"))


def resolve_tag(store: Store, text: str) -> str:
    tags = {tag for facts in store.facts for tag in facts.tags}
    wanted = fold(text)
    for tag in tags:
        if fold(tag) == wanted:
            return tag
    raise UsageError(f"unknown tag '{text}'", _hint(text, tags, "tags"))


def resolve_record_id(store: Store, text: str) -> str:
    """An event or claim id for `show`."""
    if text in store.events or text in store.claims:
        return text
    raise UsageError(f"no event or claim with id '{text}'", _hint(text, [*store.events, *store.claims], "ids"))


def resolve_topic(store: Store, text: str) -> str:
    """A claim topic by id, English or French name, or alias (`troops`, `troupes`, `soldats`)."""
    wanted = fold(text)
    for topic in store.topics.values():
        if wanted in {fold(n) for n in (topic.id, topic.name.en, topic.name.fr, *topic.aliases)}:
            return topic.id
    names = {n: t.id for t in store.topics.values() for n in (t.id, *t.aliases)}
    close = list(dict.fromkeys(names[n] for n in suggestions(text, names, limit=5)))[:3]
    hint = "did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else ""
    listing = "topics: " + ", ".join(sorted(store.topics)) + " (see `koursk claims`)"
    raise UsageError(f"unknown topic '{text}'", f"{hint} {listing}".strip())
