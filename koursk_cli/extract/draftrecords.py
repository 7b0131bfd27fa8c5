"""What a draft reads and writes: the `Article` given to extract, and the `Draft` of `DraftRecord`s it proposes.

Apart from draft.py so that every module that builds a record (events, claims, the source, their quotes) shares
these shapes without importing the pipeline that uses them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..dates import FuzzyDate


@dataclass(frozen=True, slots=True)
class Article:
    """One article given to extract: its text, its seed file, its digest, the day it was published and the
    id of the source its records cite."""

    text: str
    seed: str
    sha256: str
    published: FuzzyDate
    source_id: str
    published_from: str | None = None
    """The page's line the publication was read from, when extract was not given it (byline.propose_published)."""
    url: str | None = None
    """Where the article was published, as the curator gave it (`--url`): never guessed from the text."""
    retrieved: str | None = None
    """The day the curator saved the text (`--retrieved`, YYYY-MM-DD)."""


@dataclass
class DraftRecord:
    """One record to write: its fields in order, a comment per field, and comment lines above it."""

    fields: dict[str, Any]
    comments: dict[str, str] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)


class Stop(NamedTuple):
    """Where a draft stopped: the sentence (line and column, 1-based) whose records would pass MAX_RECORDS (draft.py)."""

    line: int
    column: int
    kind: str  # "events" or "claims"
    most: int  # MAX_RECORDS


@dataclass
class Draft:
    """What extract proposes for one article: the source's record, candidate events and claims, the capitalised
    names no entity matches (`candidates`), notes for the curator, and where it stopped if it did."""

    source: DraftRecord
    events: list[DraftRecord]
    claims: list[DraftRecord]
    candidates: list[str]
    notes: list[str]
    stop: Stop | None = None
    """Set when the article gives more than MAX_RECORDS events or claims: the rest of it was not read."""
