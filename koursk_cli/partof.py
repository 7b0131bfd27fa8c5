"""What lies in or acts for what, from each entity's `part_of`. Pure.

Places lie in one another (a village in its oblast, an oblast in its state): `--place Russie` means every place in
Russia, at any depth. Actors act for a state or organisation (an agency, an armed force, an official): `--actor
Séoul` means South Korea and its organs (the NIS, the Joint Chiefs of Staff), as a reader asking what Seoul said
expects. A state is both: its places and its organs hang from it, and each side takes only its own kind.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import Entity

PARENT_KINDS: dict[str, tuple[str, ...]] = {"place": ("place", "state"), "state": ()}
"""The kinds of entity a `part_of` of an entity of this kind may name (`koursk check` holds the store to it); any
other kind, an actor acting for something, names a state or organisation (ACTS_FOR). A state is part of nothing:
an alliance's members do not speak for it, nor it for them."""
ACTS_FOR = ("state", "organisation")


def parent_kinds(kind: str) -> tuple[str, ...]:
    """The kinds an entity of `kind` may be part of (none: it may have no `part_of`)."""
    return PARENT_KINDS.get(kind, ACTS_FOR)


def within(entities: Mapping[str, Entity], root: str, *, place: bool) -> list[str]:
    """`root` and every place (place=True) or actor (False) that is part of it, at any depth, in order of depth then
    id (`check` refuses loops)."""
    below: dict[str, list[str]] = {}
    for entity in entities.values():
        if entity.part_of is not None and entity.is_place == place:
            below.setdefault(entity.part_of, []).append(entity.id)
    found, frontier = [root], [root]
    while frontier:
        frontier = sorted(child for parent in frontier for child in below.get(parent, ()) if child not in found)
        found.extend(frontier)
    return found


def ancestors(entities: Mapping[str, Entity], entity_id: str) -> list[str]:
    """What `entity_id` lies in or acts for, nearest first: a place's places and state, an agency's state."""
    chain: list[str] = []
    parent = entities[entity_id].part_of if entity_id in entities else None
    while parent is not None and parent in entities and parent not in chain:
        chain.append(parent)
        parent = entities[parent].part_of
    return chain
