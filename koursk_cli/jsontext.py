"""How the JSON texts of records are joined into a JSON array, as bytes, and how a streamed document opens. Pure.

`--json` writes this layout (render/machine.py), the cache keeps blocks of events already joined so (store/blocks.py)
and the query joins what it matches so (query.py, store/indexed.py): one definition below all three, so the core and
the store need not import the renderer. A document written piece by piece (`timeline --json`, the geojson and
timelinejs exports) opens with document_opening, the one place its head is spliced."""

from __future__ import annotations

import json
import json.encoder
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

BATCH = 1000  # texts per write
ARRAY_SEPARATOR = b",\n "  # between two objects of a JSON array (no JSON text written here holds a raw newline)
# What json.dumps(ensure_ascii=False) leaves raw in a string though no reader should meet it raw: DEL and the C1
# controls (U+009B opens an escape sequence on a terminal) and U+2028/U+2029, which end a line in JavaScript before
# ES2019 and in every editor (TimelineJS reads its JSON in a browser; a map's table shows GeoJSON's properties).
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029]")


# json.dumps(value, ensure_ascii=False) builds a JSONEncoder and its C encoder for every text: built once, the same
# C encoder writes the same text in half the time (17 -> 8 us an event; a cold load writes one per event and claim, a
# CSV export one per row). No circular check (a record is a tree of plain values). Without the C accelerator (not
# CPython): json.dumps.
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)
_ENCODE: Any = (
    None
    if _C_ENCODER is None
    else _C_ENCODER(
        None, json.JSONEncoder().default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
)


def dumped(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False), by the encoder built once."""
    if _ENCODE is None:
        return json.dumps(value, ensure_ascii=False)
    return "".join(_ENCODE(value, 0))


_DECODER = json.JSONDecoder()


def loaded(text: str) -> Any:
    """json.loads(text) of a str without its whitespace around (what dumped writes), by the decoder built once: no
    encoding sniffed, no call through json.loads; 6 -> 3.5 us a claim read from the cache."""
    value, end = _DECODER.raw_decode(text)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return value


def json_text(value: Any) -> str:
    """`value` as one JSON text, non-ASCII kept but what _RAW_IN_JSON holds written as `\\u2028`: the one writer of
    the JSON exports (a `--title`, any text a store that was not checked holds), outside any string json.dumps writes
    ASCII only, so each escape lands inside a string."""
    text = dumped(value)
    return text if text.isascii() else _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def joined_batches(texts: Iterable[bytes], size: int = BATCH) -> Iterator[bytes]:
    """The texts as pieces of up to `size` joined by ARRAY_SEPARATOR, for write_joined_texts (~1 MB of events)."""
    pieces = iter(texts)
    while batch := list(islice(pieces, size)):
        yield ARRAY_SEPARATOR.join(batch)


def document_opening(head: dict[str, Any], key: str) -> str:
    """`head` as a JSON object left open, with `key` opening an array whose items the caller streams: `{"by":
    "month", "periods": [`, or `{"periods": [` when `head` is empty (never `{, "periods": [`)."""
    return json_text(head)[:-1] + (", " if head else "") + json_text(key) + ": ["
