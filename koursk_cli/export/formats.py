"""The export formats, one row each: the name `koursk export` takes, what it gives, what opens it, and which flags
apply. The FORMAT choices, their `--help`, the flag checks and the format table in docs/reference.md all come from
these rows. Cheap to import: a format's module is imported only when it is used.

A format's module in koursk_cli.export has one function, `export(selection)`, which yields the text piece by piece;
a format that `writes_file` (a database) has `export(selection, db)` instead, filling the SQLite connection the
command opens on `-o FILE` (so no module here opens a file).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import sqlite3

    from ..model import Claim, Event, Store


class Rows(StrEnum):
    """What one row of a tabular export is (`--rows`)."""

    EVENTS = "events"
    CLAIMS = "claims"
    QUOTES = "quotes"


ROWS: dict[Rows, str] = {
    Rows.EVENTS: "One row per event",
    Rows.CLAIMS: "per claim (--since/--until then select by publication, as `koursk sources --claim` does; --claim "
    "TOPIC narrows them)",
    Rows.QUOTES: "per quote: every quote of the events, then of the claims, the filters select (--claim TOPIC narrows "
    "the claims), one `koursk cite ID --json` object each",
}
"""What `--rows` gives, for its help (each kind after the formats that take it: Exporter.rows)."""


class Provenance(NamedTuple):
    """What made a file, as it says so (the report's header says the same): the command as a reader would retype it,
    which store, and the store's digest."""

    command: str
    """`koursk export markdown --rows claims --since 2024-11`: the format, its options and the filters given."""
    store: str | None
    """The store's folder name; None: the store shipped with koursk."""
    digest: str
    """store.digest.store_digest: SHA-256 over the store's data/ and seeds/."""
    version: str


class Selection(NamedTuple):
    """What an exporter writes: the events selected, and the claims when it lists them (`--rows claims`), writes their
    quotes (`--rows quotes`) or always holds them (a database)."""

    store: Store
    events: Collection[Event]  # read once, as they are written (see query.QueriedEvents)
    claims: Sequence[Claim] | None
    lang: str
    bom: bool = False
    title: str | None = None
    """The headline a timeline shows (`--title`); None: the shipped store's own."""
    group_by: str = "tag"
    """What a timeline's rows are (`--group-by`): tag, status, source or none."""
    known_by: date | None = None
    """--as-of's last day: the claims' conflicts and a database's sources are those published by then."""
    draft: str | None = None
    """`--drafts`: the mark (placeholders.DRAFT_PREVIEW) the file carries in its own text, where its format has room."""
    rows: Rows = Rows.EVENTS
    """What a row is: with QUOTES, `events` and `claims` are the records whose quotes are written."""
    provenance: Provenance | None = None
    """What made it, for a format that says so (Exporter.provenance)."""


class Exporter(NamedTuple):
    name: str
    module: str
    """Its module in koursk_cli.export."""
    gives: str
    opens_with: str
    draft_mark: str
    """How each record still in draft says so under `--drafts` (placeholders.DRAFT_BADGE where the format has
    text to open; a record's `draft` field where it has columns). Every format has one: a reader of an export must
    never take a draft for a curated fact. Nothing is added without `--drafts` (no record is a draft then)."""
    rows: tuple[Rows, ...] = (Rows.EVENTS,)
    """What `--rows` may pick: events, and claims or quotes where the format has a table for them."""
    bom: bool = False
    """`--bom` applies."""
    writes_file: bool = False
    """Writes a file of its own (needs `-o FILE`) and always holds both events and claims."""
    titled: bool = False
    """`--title` and `--group-by` apply (a timeline's headline and rows)."""
    suffix: str = ""
    provenance: bool = False
    """Says what made it (Provenance: the command, the store, its digest): a file pasted into a note keeps which
    subset of which store it is. Only where said, since the digest reads every file of the store."""
    """The file name's usual ending, for the hints that suggest one (`koursk.csv`); the format's name when empty."""

    @property
    def example(self) -> str:
        """A file name to suggest: `koursk.csv`, `koursk.md`."""
        return f"koursk.{self.suffix or self.name}"

    def text(self, selection: Selection) -> Iterator[str]:
        exported: Callable[[Selection], Iterator[str]] = self._module().export
        return exported(selection)

    def write(self, selection: Selection, db: sqlite3.Connection) -> None:
        exported: Callable[[Selection, sqlite3.Connection], None] = self._module().export
        exported(selection, db)

    def _module(self) -> Any:
        return importlib.import_module(f"{__package__}.{self.module}")


FORMATS: dict[str, Exporter] = {
    e.name: e
    for e in (
        Exporter(
            "csv",
            "csvfmt",
            "RFC 4180: a header, one row per event (`--rows claims`: per claim); columns are the `--json` keys "
            "(`--rows quotes`: one row per quote of the events, then of the claims, with `koursk cite --json`'s keys); "
            "a control character in a text is written as its escape (`\\x07`)",
            "a spreadsheet, `csv` readers, `csvkit`",
            "its `draft` column: `true`",
            rows=tuple(Rows),
            bom=True,
        ),
        Exporter(
            "markdown",
            "markdown",
            "a heading, the command, store and digest it was made from, a GitHub-flavoured table: date, title, "
            "status, sources, id (`--rows claims`: the figures, then their conflicts, ≠ firm or ≠? only if the round "
            "figures are exact), then what statuses and date marks mean and a table of the articles cited (outlet, "
            "title, date, URL)",
            "issues, reports, any Markdown viewer",
            "**[draft]** before its title (`--rows claims`: its figure)",
            rows=(Rows.EVENTS, Rows.CLAIMS),
            suffix="md",
            provenance=True,
        ),
        Exporter(
            "timelinejs",
            "timelinejs",
            "[TimelineJS3](https://timeline.knightlab.com/docs/json-format.html) JSON: one slide per event, in rows "
            "by `--group-by tag|status|source|none`, under `--title`",
            "a web page (see [Opening the exports](#opening-the-exports))",
            "`[draft]` before its slide's headline",
            titled=True,
            suffix="json",
        ),
        Exporter(
            "geojson",
            "geojson",
            "RFC 7946 `FeatureCollection`: one `Point` per event and place that has coordinates",
            "geojson.io, QGIS, Leaflet",
            "a `draft` property, `true` (`false` on every other feature of a preview)",
        ),
        Exporter(
            "ics",
            "ics",
            "RFC 5545 iCalendar: one all-day `VEVENT` per event over its date bounds",
            "any calendar app",
            "`[draft]` before its SUMMARY, and `STATUS:TENTATIVE`",
        ),
        Exporter(
            "sqlite",
            "sqlitefmt",
            "a database of sources, entities, events, claims and link tables; needs `-o FILE`",
            "Datasette, `sqlite3`, pandas",
            "its `draft` column: 1 (events, claims, sources, entities)",
            writes_file=True,
            suffix="db",
        ),
    )
}


def formats_help() -> str:
    return ", ".join(FORMATS) + "."
