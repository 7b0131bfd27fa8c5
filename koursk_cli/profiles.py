"""What the store says about one source, event or entity, and the entity directory. Pure.

A source supports events and claims; an entity (actor or place) has the events it takes part in or that happen
there (at any place within it), or that an actor acting for it takes part in (an agency of a state), the figures it
or they asserted over time, the figures given at or about those events (a
claim's curated `event:` link, for figures others asserted), and the articles that quote or report on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import NamedTuple

from .model import Claim, Entity, Source, Store
from .partof import ancestors, within

# The kinds people ask for, and the store's kinds they take in (`country` is the store's `state`).
KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "person": ("person",),
    "agency": ("agency",),
    "place": ("place",),
    "country": ("state",),
    "state": ("state",),
    "organisation": ("organisation",),
    "armed-force": ("armed-force",),
    "group": ("group",),
    "analyst": ("analyst",),
    "media": ("media",),
}


class SourceProfile(NamedTuple):
    source: Source
    events: list[str]  # ids, by date
    claims: list[str]  # ids, by as_of


def event_figures(store: Store, event_id: str) -> list[Claim]:
    """The claims linked to an event (`event:` in the claim), by as-of date: the figures given at it."""
    return sorted(store.claims_of_event(event_id), key=_by_as_of)


def source_profile(store: Store, source_id: str) -> SourceProfile:
    facts = sorted((f for f in store.facts if source_id in f.sources), key=lambda f: (f.start, f.end, f.id))
    claims = sorted((c for c in store.claims.values() if c.source == source_id), key=_by_as_of)
    return SourceProfile(store.sources[source_id], [f.id for f in facts], [c.id for c in claims])


class EntityProfile(NamedTuple):
    entity: Entity
    lies_in: list[str]  # a place: the places and state it lies in, nearest first
    contains: list[str]  # the places within it, at any depth
    acts_for: list[str]  # an actor: the state or organisation it acts for, nearest first
    acted_for_by: list[str]  # the actors acting for it (its agencies, armed forces, officials), at any depth
    events: list[str]  # as an actor or one acting for it, or at it or a place within it; by date
    asserted: list[Claim]  # the figures it (or an actor acting for it) asserted, by as_of: its figures over time
    linked: list[Claim]  # the figures others gave at or about its events (`event:`), by as_of
    quoted_in: list[str]  # the articles reporting those events or claims, by publication


def _by_as_of(claim: Claim) -> tuple[object, ...]:
    return (claim.as_of.start, claim.as_of.end, claim.id)


def entity_profile(store: Store, entity_id: str) -> EntityProfile:
    entity = store.entities[entity_id]
    territory = set(within(store.entities, entity_id, place=True))
    actors = set(within(store.entities, entity_id, place=False))
    facts = sorted(
        (f for f in store.facts if not actors.isdisjoint(f.actors) or not territory.isdisjoint(f.places)),
        key=lambda f: (f.start, f.end, f.id),
    )
    event_ids = {f.id for f in facts}
    asserted: list[Claim] = []
    linked: list[Claim] = []
    for claim in store.claims.values():  # one pass: a cached store decodes each claim it is asked for
        if not actors.isdisjoint(claim.asserted_by):
            asserted.append(claim)
        elif claim.event in event_ids:
            linked.append(claim)
    asserted.sort(key=_by_as_of)
    linked.sort(key=_by_as_of)
    sources = {s for f in facts for s in f.sources} | {c.source for c in (*asserted, *linked)}
    chain = ancestors(store.entities, entity_id)
    return EntityProfile(
        entity=entity,
        lies_in=chain if entity.is_place else [],
        contains=sorted(territory - {entity_id}),
        acts_for=[] if entity.is_place else chain,
        acted_for_by=sorted(actors - {entity_id}),
        events=[f.id for f in facts],
        asserted=asserted,
        linked=linked,
        quoted_in=sorted(sources, key=lambda s: (store.sources[s].published.start, s)),
    )


class EntityRow(NamedTuple):
    entity: Entity
    events: int
    claims: int  # figures it, or an actor acting for it, asserted


def entity_directory(store: Store, kinds: Collection[str] = ()) -> list[EntityRow]:
    """Every entity of these store kinds (all when empty), by kind then id, with how much the store says of it.

    A place counts the events at it or any place within it; a state or organisation those of the actors acting for
    it too, and their figures, as `--place` and `--actor` select them."""
    chains = {e.id: [e.id, *ancestors(store.entities, e.id)] for e in store.entities.values()}

    def up(ids: tuple[str, ...]) -> set[str]:
        """The entities `ids` name, and every one they lie in or act for, each once."""
        return {a for i in ids for a in chains.get(i, (i,))}

    events: Counter[str] = Counter()
    for f in store.facts:  # each event once per entity, whether it is an actor or where it happened
        events.update(up(f.actors) | up(f.places))
    asserted = Counter(a for c in store.claims.values() for a in up(c.asserted_by))
    return [
        EntityRow(entity, events[entity.id], asserted[entity.id])
        for entity in sorted(store.entities.values(), key=lambda e: (e.kind, e.id))
        if not kinds or entity.kind in kinds
    ]
