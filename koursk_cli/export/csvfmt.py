"""CSV (RFC 4180): a header, one row per event or claim, CRLF line ends, fields quoted when they need it, UTF-8.

Lists are joined with `;`. A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV injection). `bom=True` starts
the file with a UTF-8 byte order mark, which Excel needs to read UTF-8.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..fields import CLAIM, EVENT
from ..records import event_record
from . import Cell, claim_records, flat_record, number
from .formats import Selection

BOM = "\ufeff"
_CHUNK = 1 << 16
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


def to_csv(
    records: Iterable[dict[str, Any]], columns: Sequence[str], *, bom: bool = False, draft: str | None = None
) -> Iterator[str]:
    """The header then one row per record, yielded some 64 KB at a time; `columns` (the kind's, see fields.Kind)
    names the header even when there are no records. A `draft` mark is a first row of one cell, before the header:
    CSV has no comments, and a spreadsheet shows it in A1 (a reader expecting the header gets it wrong, visibly)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    out.write(BOM if bom else "")
    if draft is not None:
        writer.writerow([draft])
    writer.writerow(columns)
    for record in records:
        flat = flat_record(record)
        writer.writerow([cell_text(flat.get(column)) for column in columns])
        if out.tell() >= _CHUNK:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def export(selection: Selection) -> Iterator[str]:
    store, events, claims = selection.store, selection.events, selection.claims
    records = (
        (event_record(e) for e in events)
        if claims is None
        else claim_records(store, claims, known_by=selection.known_by)
    )
    columns = EVENT.columns() if claims is None else CLAIM.columns()
    return to_csv(records, columns, bom=selection.bom, draft=selection.draft)
