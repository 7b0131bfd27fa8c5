"""How the JSON texts of records are joined into a JSON array, as bytes. Pure.

`--json` writes this layout (render/machine.py), the cache keeps blocks of events already joined so (store/blocks.py)
and the query joins what it matches so (query.py, store/indexed.py): one definition below all three, so the core and
the store need not import the renderer."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

BATCH = 1000  # texts per write
ARRAY_SEPARATOR = b",\n "  # between two objects of a JSON array (no JSON text written here holds a raw newline)


def joined_batches(texts: Iterable[bytes], size: int = BATCH) -> Iterator[bytes]:
    """The texts as pieces of up to `size` joined by ARRAY_SEPARATOR, for write_joined_texts (~1 MB of events)."""
    pieces = iter(texts)
    while batch := list(islice(pieces, size)):
        yield ARRAY_SEPARATOR.join(batch)
