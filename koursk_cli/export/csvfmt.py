"""CSV (RFC 4180): a header, one row per event or claim, CRLF line ends, fields quoted when they need it, UTF-8.

Lists are joined with `;`. A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV injection). `bom=True` starts
the file with a UTF-8 byte order mark, which Excel needs to read UTF-8.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from ..model import Claim, Event, Store
from ..records import event_record
from . import Cell, claim_records, flat_record, number

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(text: str) -> str:
    """`'=HYPERLINK(…)`: text a spreadsheet would evaluate, shown as text instead."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell_text(value: Cell) -> str:
    """Empty for null, `true`/`false`, figures without a spurious `.0`; only store text can be a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number(value)
    return defuse(value)


def to_csv(records: Sequence[dict[str, Any]], columns: Sequence[str], *, bom: bool = False) -> str:
    """The header then one row per record; `columns` names the header even when there are no records."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        flat = flat_record(record)
        writer.writerow([cell_text(flat.get(column)) for column in columns])
    return (BOM if bom else "") + out.getvalue()


def _columns(records: Sequence[dict[str, Any]], sample: dict[str, Any] | None) -> list[str]:
    """Every record of one kind has the same keys; an empty selection borrows them from any record of the store."""
    first = records[0] if records else sample
    return list(flat_record(first)) if first is not None else ["id"]


def events_csv(store: Store, events: Sequence[Event], *, bom: bool = False) -> str:
    records = [event_record(e) for e in events]
    sample = next((event_record(e) for e in store.events.values()), None)
    return to_csv(records, _columns(records, sample), bom=bom)


def claims_csv(store: Store, claims: Sequence[Claim], *, bom: bool = False) -> str:
    records = claim_records(store, claims)
    sample = next(iter(claim_records(store, list(store.claims.values())[:1])), None)
    return to_csv(records, _columns(records, sample), bom=bom)
