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
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import sqlite3

    from ..model import Claim, Event, Store


class Selection(NamedTuple):
    """What an exporter writes: the events selected, and the claims when it lists them (`--rows claims`) or always holds
    them (a database)."""

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
    claims: bool = False
    """`--rows claims` lists claims instead of events."""
    bom: bool = False
    """`--bom` applies."""
    writes_file: bool = False
    """Writes a file of its own (needs `-o FILE`) and always holds both events and claims."""
    titled: bool = False
    """`--title` and `--group-by` apply (a timeline's headline and rows)."""
    suffix: str = ""
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
            "RFC 4180: a header, one row per event (`--rows claims`: per claim); columns are the `--json` keys",
            "a spreadsheet, `csv` readers, `csvkit`",
            "its `draft` column: `true`",
            claims=True,
            bom=True,
        ),
        Exporter(
            "markdown",
            "markdown",
            "a heading, a GitHub-flavoured table: date, title, status, sources, id (`--rows claims`: the figures), "
            "then what statuses and date marks mean and a table of the articles cited (outlet, title, date, URL)",
            "issues, reports, any Markdown viewer",
            "**[draft]** before its title (`--rows claims`: its figure)",
            claims=True,
            suffix="md",
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
