"""A store with articles still in draft answers from its curated part (rev32 R9): every record `--drafts` marks as a
draft (store/loader.drafted_ids: a source, event or claim with a placeholder koursk extract left, and every event or
claim of an article in draft) is left out, and said so in one line. Curators keep several articles in progress for
days (issue 16); the five curated ones stay queryable meanwhile, never mixed with a draft's unchecked figures.

Left out, a draft must take nothing curated with it: a curated event citing an article in draft, or a curated claim
whose `event:` or `restates:` is in draft, would be answered incomplete or dangling, so the store is refused, in one
line at that record. Such a store is read whole and never cached: the cache only ever holds a store without drafts
(store/open.py), so it can serve neither a draft as curated nor an exclusion gone stale."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import NamedTuple

from ..errors import DataError
from ..model import Store
from ..problems import Problem, StoreError
from ..sources import seed_number, shown_seed_number
from ..words import counted
from .loader import Core, FileEntries, StoreFile, blocked_ids, drafted_ids, memory_store, read_whole

_SHOWN_ARTICLES = 6  # article numbers named in the line; more are counted
_SHOWN_RECORDS = 6  # ids a preview's line names


class LeftOut(NamedTuple):
    """What a store's curated part leaves out."""

    articles: tuple[str, ...]  # each article in draft, by its seed number (`005`; its id when it has none)
    events: int  # events in draft of curated articles (not of an article in draft alone)
    claims: int  # claims in draft of curated articles

    def line(self) -> str:
        """The one stderr line a query prints (never stdout: pipes and --json stay the curated answer)."""
        said = []
        if self.articles:
            names = ", ".join(self.articles[:_SHOWN_ARTICLES])
            more = f", … {len(self.articles) - _SHOWN_ARTICLES} more" if len(self.articles) > _SHOWN_ARTICLES else ""
            said.append(f"{counted(len(self.articles), 'article')} in draft ({names}{more})")
        records = [counted(n, word) for n, word in ((self.events, "event"), (self.claims, "claim")) if n]
        if records:
            of = " of curated articles" if self.articles else ""
            said.append(f"{' and '.join(records)} in draft{of}")
        said = said or ["records in draft"]  # only ones whose date does not parse (loader._unbuilt): not counted
        return f"koursk: {', and '.join(said)} left out: --drafts previews them, `koursk check` lists what is left"


def read_curated(root: Path, *, show_progress: bool = False) -> tuple[Store, LeftOut]:
    """The store at `root` without its drafts, and what was left out. StoreError when it has other problems than
    drafts' (the same a query without drafts reports), DataError when a curated record depends on a draft."""
    core, files, problems = read_whole(root, show_progress)
    if not all(p.draft for p in problems):
        raise StoreError(problems)
    return curated_part(core, files, problems)


def curated_part(
    core: Core, files: list[tuple[StoreFile, FileEntries]], problems: Iterable[Problem]
) -> tuple[Store, LeftOut]:
    """The store of `core` and `files` (built with drafts marked) without the records `problems` (all drafts') mark
    or that cite an article in draft."""
    problems = list(problems)
    marked = drafted_ids(problems)
    articles = set(core.context.drafts)  # with any whose own entry could not be built (a `published` refused)
    events: set[str] = set()  # in draft
    claims: dict[str, dict[str, str]] = {}  # every claim's source, event and restates
    curated_events = 0  # events in draft of a curated article
    refused: list[Problem] = []
    for file, found in files:
        where = {record_id: (line, col) for record_id, line, col in found.ids}
        for row in found.events:
            cited = [s for s in row.facts.sources if s in articles]
            if cited and row.facts.id not in marked and len(cited) < len(row.facts.sources):
                said = f"cites '{cited[0]}', an article still in draft, beside curated ones: leaving the drafts out "
                said += "would drop that evidence"
                refused.append(_refusal(file, where[row.facts.id], f"event '{row.facts.id}'", said, cited[0]))
            if cited or row.facts.id in marked:
                events.add(row.facts.id)
                curated_events += len(cited) < len(row.facts.sources)
        for claim_id, text, _ in found.claims:
            data = json.loads(text)
            claims[claim_id] = {key: data.get(key) or "" for key in ("source", "event", "restates")}
    drafted = {c for c, links in claims.items() if c in marked or links["source"] in articles}
    curated_claims = sum(claims[c]["source"] not in articles for c in drafted)
    for file, found in files:
        where = {record_id: (line, col) for record_id, line, col in found.ids}
        for claim_id, _, _ in found.claims:
            links = claims[claim_id]
            if claim_id in drafted:
                continue
            for key, drafts in (("event", events), ("restates", drafted)):
                if links[key] in drafts:
                    what = "links the event" if key == "event" else "restates"
                    said = f"{what} '{links[key]}', still in draft: leaving the drafts out would leave it dangling"
                    refused.append(_refusal(file, where[claim_id], f"claim '{claim_id}'", said, links[key]))
    refused.extend(_no_article_record(problems, core, {i for _, found in files for i, _, _ in found.ids}))
    if refused:
        first, *rest = sorted(refused)
        more = f" (and {len(rest)} more)" if rest else ""
        raise DataError(f"{first}{more}")
    in_draft = [core.sources[a] for a in articles if a in core.sources]
    numbers = sorted((shown_seed_number(core.sources[a]) if a in core.sources else None) or a for a in articles)
    names = {*articles, *events, *drafted, *(n for s in in_draft if (n := seed_number(s.seed)) is not None)}
    store = _without(core, files, articles, events, drafted)._replace(left_out=frozenset(names))
    return store, LeftOut(tuple(numbers), curated_events, curated_claims)


def read_preview(root: Path, *, show_progress: bool = False) -> tuple[Store, str | None]:
    """The store with its drafts (`--drafts`, extract), placeholders shown as written, and the one stderr line that
    names the records in draft it leaves out, if any. A record in draft with a problem a preview cannot show (an
    unknown actor, a date that does not parse: Problem.blocks) is left out, and so is every record of an article
    whose own entry has one: a draft never fails the whole store (rev37u U1). StoreError when a curated record has
    a problem."""
    core, files, problems = read_whole(root, show_progress)
    if not all(p.draft for p in problems):
        raise StoreError([p for p in problems if not p.draft])
    blocked = blocked_ids(problems)
    if not blocked:
        return memory_store(core, [found for _, found in files]), None
    articles = blocked & core.context.sources
    events = {row.facts.id for _, found in files for row in found.events if not articles.isdisjoint(row.facts.sources)}
    claims = {c for _, found in files for c, text, _ in found.claims if json.loads(text)["source"] in articles}
    shown = sorted(blocked)
    names = ", ".join(shown[:_SHOWN_RECORDS]) + (
        f", … {len(shown) - _SHOWN_RECORDS} more" if len(shown) > _SHOWN_RECORDS else ""
    )
    of = f" and the {counted(len(events | claims), 'record')} of the articles among them" if events or claims else ""
    line = (
        f"koursk: warning: --drafts: {counted(len(blocked), 'record')} in draft left out{of}, as `koursk check` "
        f"refuses them for more than a placeholder ({names}): `koursk check` lists why"
    )
    store = _without(core, files, articles, blocked | events, blocked | claims)
    return store._replace(unshown=frozenset(blocked | events | claims)), line


def _without(
    core: Core,
    files: list[tuple[StoreFile, FileEntries]],
    sources: Collection[str],
    events: Collection[str],
    claims: Collection[str],
) -> Store:
    """The store of `core` and `files` without these sources, events and claims."""
    kept = [
        found._replace(
            events=tuple(row for row in found.events if row.facts.id not in events),
            claims=tuple(claim for claim in found.claims if claim[0] not in claims),
        )
        for _, found in files
    ]
    return memory_store(core._replace(sources={k: s for k, s in core.sources.items() if k not in sources}), kept)


def _refusal(file: StoreFile, at: tuple[int, int], record: str, depends: str, draft: str) -> Problem:
    """A curated record that leaving the drafts out would cut from `draft`."""
    return Problem(
        file.display, *at, f"{record} is curated but {depends}; finish '{draft}' (`koursk check` lists what is "
        "left), or preview the store with --drafts",
    )  # fmt: skip


def _no_article_record(problems: list[Problem], core: Core, records: set[str]) -> list[Problem]:
    """A draft's problem on no event, claim or source (an entity or a topic holding a placeholder): curated records
    may name it, so it cannot be left out. The line that ends a file's list at its limit is on no record: a draft's
    says only that the drafts' problems past it were not listed, and each of them is marked by one that was."""
    return [
        p._replace(
            message=f"{p.message} (an entity or topic in draft cannot be left out: curated records may name "
            "it; `koursk check` lists what is left, --drafts previews the store)"
        )
        for p in problems
        if p.record and p.record not in core.context.sources and p.record not in records
    ]
