"""The tab-separated lines a listing prints in a pipe. Each listing declares its columns as a `Kind` of fields next
to its renderer (`EVENT_LINE`, `CLAIM_LINE`, …), so docs/reference.md lists them from the same rows
(docs/generate.py) and a test holds what is printed to what is documented. A column is added at the end, so
`cut -f` keeps working."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, NamedTuple, TypeVar

from ..environment import Environment
from ..fields import Field, Kind
from .machine import plain_line

R = TypeVar("R")


class Localised(NamedTuple, Generic[R]):
    """A record and the language (`--lang`) its titles and names are printed in."""

    record: R
    lang: str


def pipe_fields(kind: Kind[R], *, drafts: bool) -> list[Field[R]]:
    """The columns a pipe's line prints: the kind's fields, its `draft` column under `--drafts` only."""
    return [f for f in kind.fields if drafts or f.name != "draft"]


def write_lines(env: Environment, kind: Kind[R], rows: Iterable[R]) -> int:
    """One line per row, in the kind's columns, as each row comes (a pipe may take a million); how many. The `draft`
    column ends a line of a `--drafts` preview only: without, no record is a draft, and the lines stay as they were
    (rev37u U14: it replaces the `(draft)` the status column took, which broke `awk '$5=="alleged"'`)."""
    fields = pipe_fields(kind, drafts=env.drafts)
    count = 0
    for row in rows:
        env.stdout.write(plain_line(f.get(row) for f in fields) + "\n")
        count += 1
    return count
