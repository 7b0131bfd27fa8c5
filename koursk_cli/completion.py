"""Shell completion from the store: the ids, sources, actors, places, tags and topics that flags and arguments take.

Each function runs inside the shell's completion request (`koursk --install-completion` sets it up), so it loads
the store through the cache (a few milliseconds for the shipped store once warm, about a second at 100,000 events)
and never fails loudly: a broken store or a wrong --data completes nothing. Ids are offered when they start with
what was typed, in any case (ids are lowercase: `koursk show Rutte<TAB>`), with the name or title beside them where
the shell shows help (zsh, fish). An actor or place is offered by its id when what was typed begins its id, either
name or an alias, in any case or accents, as `--place` reads them (`Kou`, `Sou`, `Kur` → kursk-oblast, sudzha:
rev27 U10); bash puts the id in place of the word, while zsh and fish keep only what begins with the word typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import typer

from .compat import matched_by_the_callback
from .query import distinct_values, event_ids_with_prefix
from .store import open_store
from .store.tables import ids_with_prefix
from .textnorm import fold

if TYPE_CHECKING:
    from .model import Entity, Store

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


def _offer(ctx: typer.Context, incomplete: str, choices: Callable[[Store], Iterable[Candidate]]) -> list[Candidate]:
    """The matching choices from the store, or none at all: whatever fails, opening the store or reading it for the
    candidates (a broken store, a wrong --data, a cache found damaged mid-lookup), the shell gets no traceback."""
    try:
        return matching(incomplete, choices(open_store(ctx.find_root().params.get("data"))))
    except Exception:  # a TAB press must print candidates or nothing; the next command reports what is wrong
        return []


def named(incomplete: str, entities: Iterable[Entity]) -> list[Candidate]:
    """(id, help) of each entity whose id, English or French name or an alias begins with `incomplete`, in any case
    or accents, at most MAX_CANDIDATES; the help names the alias that matched when it is not the name. Pure."""
    wanted = fold(incomplete)
    found: list[Candidate] = []
    for entity in entities:
        name = entity.name.en
        names = (entity.id, name, entity.name.fr, *entity.aliases)
        spelt = next((n for n in names if fold(n).startswith(wanted)), None)
        if spelt is not None:
            found.append((entity.id, name if spelt in (entity.id, name) else f"{name} ({spelt})"))
            if len(found) == MAX_CANDIDATES:
                break
    return found


def _entities(store: Store, *, places: bool) -> Iterator[Entity]:
    """Actors, or places: a state that holds places is both, as `--place Russie` takes it (lookup.resolve_entity)."""
    holders = {e.part_of for e in store.entities.values() if e.is_place} if places else set()
    for entity in sorted(store.entities.values(), key=lambda e: e.id):
        if entity.is_place == places or (entity.kind == "state" and entity.id in holders):
            yield entity


def _offer_named(ctx: typer.Context, incomplete: str, places: bool) -> list[Candidate]:
    try:
        return named(incomplete, _entities(open_store(ctx.find_root().params.get("data")), places=places))
    except Exception:  # as in _offer: candidates or nothing
        return []


@matched_by_the_callback
def complete_actor(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    return _offer_named(ctx, incomplete, places=False)


@matched_by_the_callback
def complete_place(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    return _offer_named(ctx, incomplete, places=True)


def complete_source(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    def sources(store: Store) -> Iterator[Candidate]:
        from .cite import headline

        for source in sorted(store.sources.values(), key=lambda s: s.seed):
            yield source.id, source.outlet or headline(source, source.title.en)

    return _offer(ctx, incomplete, sources)


def complete_tag(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    return _offer(ctx, incomplete, lambda store: ((t, "tag") for t in sorted(distinct_values(store, "tags"))))


def complete_topic(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    return _offer(
        ctx, incomplete, lambda store: ((t.id, t.name.en) for t in sorted(store.topics.values(), key=lambda t: t.id))
    )


@matched_by_the_callback  # `Rutte-c` is a prefix of no id, and `rutte-c` of two
def complete_record_id(ctx: typer.Context, incomplete: str) -> list[Candidate]:
    """Event and claim ids; only the matches are parsed for their titles, so a large store stays quick."""

    prefix = incomplete.lower()  # ids are lowercase: the index and the tables are asked for the same prefix

    def records(store: Store) -> Iterator[Candidate]:
        for event_id in event_ids_with_prefix(store, prefix, MAX_CANDIDATES):
            yield event_id, store.events[event_id].title.en
        for claim_id in ids_with_prefix(store.claims, prefix, MAX_CANDIDATES):
            yield claim_id, f"claim: {store.claims[claim_id].quote[:60]}"

    return _offer(ctx, prefix, records)
