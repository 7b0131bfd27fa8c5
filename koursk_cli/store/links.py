"""A claim's `event:` names an event of the store that its own article reports: checked across files, since claims
and events live in different files (a file is otherwise checked on its own, see loader.py). read_store checks the
links of a store read whole; open.py checks them in the cache after a build or a change, where either side of a
link may be the file that changed."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..problems import Problem
from .validate import closest

LINKED = '"event": "'
"""How a claim's JSON text (records.claim_row, `json.dumps`) spells a link; a quote's own `"` is escaped in it, so
only the key can match."""


class Link(NamedTuple):
    """One claim's `event:`, with where the claim stands (its id's line and column)."""

    path: str
    line: int
    col: int
    claim: str
    event: str
    source: str


def link_of(path: str, line: int, col: int, claim_json: str) -> Link | None:
    """The link a claim's JSON text holds, if any."""
    if LINKED not in claim_json:
        return None
    claim = json.loads(claim_json)
    return Link(path, line, col, claim["id"], claim["event"], claim["source"])


def link_problems(
    links: Iterable[Link], sources_of: Callable[[str], tuple[str, ...] | None], event_ids: Callable[[], Iterable[str]]
) -> list[Problem]:
    """A problem for each link to no event, or to an event the claim's article does not report. `sources_of`: an
    event's sources, None when there is no such event; `event_ids`: every event id, for a suggestion."""
    problems = []
    for link in links:
        sources = sources_of(link.event)
        if sources is None:
            hint = closest(link.event, sorted(event_ids()))
            also = f" (did you mean '{hint}'?)" if hint else " (see `koursk events`)"
            message = f"no event '{link.event}' in the store{also}"
        elif link.source not in sources:
            message = (
                f"event '{link.event}' is not reported by '{link.source}', this claim's source: link a figure to an "
                "event its own article reports, so the quote proves the link"
            )
        else:
            continue
        problems.append(
            Problem(link.path, link.line, link.col, f"claim '{link.claim}': event: {message}", record=link.claim)
        )
    return problems
