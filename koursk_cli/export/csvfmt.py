"""CSV (RFC 4180): a header, one row per event, claim or quote, CRLF line ends, fields quoted when they need it, UTF-8.

A row per quote (`--rows quotes`) is what `koursk cite ID --json` gives for each quote of each record (fields.CITATION:
the record, its kind, the quote's number, the article's outlet, URL, publication and file, the quote verbatim, the
citation as `--style text` writes it): the quotes of the events in their order, then of the claims, each record's in
its order, written as each record is read (none is held).

Lists are joined with `;`. A control character, tab or line separator in a text is written as its escape (`\\x07`):
`check` refuses one in store text, but a draft (`--drafts`) or an edited cache is not checked text, and the file is
shown on terminals and opened in spreadsheets (rev37h L1: a BEL went raw into the file). A text cell starting with
`=`, `+`, `-` or `@` gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
(CSV injection; a tab or carriage return, which starts one too, is escaped). `bom=True` starts the file with a UTF-8
byte order mark, which Excel needs to read UTF-8.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..cite import CiteStyle, citation_record, record_citations
from ..fields import CITATION, CLAIM, EVENT
from ..model import Claim, Event
from ..textnorm import escape_not_text
from . import Cell, claim_records, event_records, flat_record, number
from .formats import Rows, Selection

BOM = "\ufeff"
_CHUNK = 1 << 16
FORMULA_STARTS = ("=", "+", "-", "@")  # and a tab or carriage return, which cell_text escapes first


def defuse(text: str) -> str:
    """`'=HYPERLINK(…)`: text a spreadsheet would evaluate, shown as text instead."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell_text(value: Cell) -> str:
    """Empty for null, `true`/`false`, figures without a spurious `.0`; only store text can be a formula, or hold a
    control character."""
    if isinstance(value, str):  # most cells: tested first
        return defuse(escape_not_text(value))
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return number(value)


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
        writer.writerow(list(map(cell_text, map(flat_record(record).get, columns))))
        if out.tell() >= _CHUNK:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def quote_records(selection: Selection) -> Iterator[dict[str, Any]]:
    """One `koursk cite --json` object per quote of the selected events, then claims; a record in draft (`--drafts`)
    has its citations marked as the report marks them, and its `draft` true."""
    records: Iterable[Event | Claim] = itertools.chain(selection.events, selection.claims or ())
    for record in records:
        mark = selection.draft if record.draft else None
        for n, citation in enumerate(record_citations(selection.store, record), 1):
            yield citation_record(citation, CiteStyle.TEXT, n, mark)


def export(selection: Selection) -> Iterator[str]:
    if selection.rows is Rows.QUOTES:
        return to_csv(quote_records(selection), CITATION.columns(), bom=selection.bom, draft=selection.draft)
    store, events, claims = selection.store, selection.events, selection.claims
    records = event_records(events) if claims is None else claim_records(store, claims, known_by=selection.known_by)
    columns = EVENT.columns() if claims is None else CLAIM.columns()
    return to_csv(records, columns, bom=selection.bom, draft=selection.draft)
