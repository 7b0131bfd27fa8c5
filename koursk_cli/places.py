"""Places in a hierarchy (a village in its oblast, an oblast in its country), from each place's `part_of`. Pure.

`--place Russie` means every place that lies in Russia, at any depth, as a reader expects."""

from __future__ import annotations

from collections.abc import Mapping

from .model import Entity


def children(entities: Mapping[str, Entity]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entity in entities.values():
        if entity.part_of is not None:
            found.setdefault(entity.part_of, []).append(entity.id)
    return found


def places_within(entities: Mapping[str, Entity], root: str) -> list[str]:
    """`root` and every place that lies in it, at any depth, in order of depth then id (`check` refuses loops)."""
    below = children(entities)
    found, frontier = [root], [root]
    while frontier:
        frontier = sorted(child for parent in frontier for child in below.get(parent, ()) if child not in found)
        found.extend(frontier)
    return found


def ancestors(entities: Mapping[str, Entity], place: str) -> list[str]:
    """The places and state `place` lies in, nearest first."""
    chain: list[str] = []
    parent = entities[place].part_of if place in entities else None
    while parent is not None and parent in entities and parent not in chain:
        chain.append(parent)
        parent = entities[parent].part_of
    return chain
