"""Shell completion from the store: the ids, sources, actors, places, tags and topics that flags and arguments take.

Each function runs inside the shell's completion request (`koursk --install-completion` sets it up), so it loads
the store through the cache (a few milliseconds once warm) and never fails loudly: a broken store or a wrong --data
completes nothing. Ids are offered when they start with what was typed (Typer keeps only those), with the name or
title beside them where the shell shows help (zsh, fish).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from .model import Store

Candidate = tuple[str, str]  # the value to insert, and the help shown beside it
MAX_CANDIDATES = 200  # a shell cannot show more usefully; it also bounds the work on a large store


def matching(incomplete: str, choices: Iterable[Candidate]) -> list[Candidate]:
    """The (id, help) choices whose id starts with `incomplete`, at most MAX_CANDIDATES. Pure."""
    found: list[Candidate] = []
    for choice in choices:
        if choice[0].startswith(incomplete):
            found.append(choice)
            if len(found) == MAX_CANDIDATES:
                break
    return found


def _store(ctx: typer.Context) -> Store | None:
    from .problems import StoreError
    from .store.loader import load_store, resolve_store_root

    try:
        return load_store(resolve_store_root(ctx.find_root().params.get("data")))
    except (StoreError, OSError, ValueError):
        return None


def _entities(ctx: typer.Context, incomplete: str, *, places: bool) -> list[Candidate]:
    store = _store(ctx)
    if store is None:
        return []
    entities = sorted((e for e in store.entities.values() if e.is_place == places), key=lambda e: e.id)
    return matching(incomplete, ((e.id, e.name.en) for e in entities))


def complete_actor(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    return _entities(ctx, incomplete, places=False)


def complete_place(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    return _entities(ctx, incomplete, places=True)


def complete_source(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    store = _store(ctx)
    if store is None:
        return []
    sources = sorted(store.sources.values(), key=lambda s: s.seed)
    return matching(incomplete, ((s.id, s.outlet or s.title.en) for s in sources))


def complete_tag(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    store = _store(ctx)
    if store is None:
        return []
    tags = sorted({tag for facts in store.facts for tag in facts.tags})
    return matching(incomplete, ((tag, "tag") for tag in tags))


def complete_topic(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    store = _store(ctx)
    if store is None:
        return []
    topics = sorted(store.topics.values(), key=lambda t: t.id)
    return matching(incomplete, ((t.id, t.name.en) for t in topics))


def complete_record_id(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    """Event and claim ids; only the matches are parsed for their titles, so a large store stays quick."""
    store = _store(ctx)
    if store is None:
        return []
    events = sorted(f.id for f in store.facts if f.id.startswith(incomplete))[:MAX_CANDIDATES]
    claims = sorted(i for i in store.claims if i.startswith(incomplete))[: MAX_CANDIDATES - len(events)]
    found = [(i, store.events[i].title.en) for i in events]
    return found + [(i, f"claim: {store.claims[i].quote[:60]}") for i in claims]
