"""How the JSON texts of records are joined into a JSON array, as bytes, and how a streamed document opens. Pure.

`--json` writes this layout (render/machine.py), the cache keeps blocks of events already joined so (store/blocks.py)
and the query joins what it matches so (query.py, store/indexed.py): one definition below all three, so the core and
the store need not import the renderer. A document written piece by piece (`timeline --json`, the geojson and
timelinejs exports) opens with document_opening, the one place its head is spliced."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

BATCH = 1000  # texts per write
ARRAY_SEPARATOR = b",\n "  # between two objects of a JSON array (no JSON text written here holds a raw newline)


def joined_batches(texts: Iterable[bytes], size: int = BATCH) -> Iterator[bytes]:
    """The texts as pieces of up to `size` joined by ARRAY_SEPARATOR, for write_joined_texts (~1 MB of events)."""
    pieces = iter(texts)
    while batch := list(islice(pieces, size)):
        yield ARRAY_SEPARATOR.join(batch)


def document_opening(head: dict[str, Any], key: str) -> str:
    """`head` as a JSON object left open, with `key` opening an array whose items the caller streams: `{"by":
    "month", "periods": [`, or `{"periods": [` when `head` is empty (never `{, "periods": [`)."""
    return json.dumps(head, ensure_ascii=False)[:-1] + (", " if head else "") + json.dumps(key) + ": ["
