"""Machine output, written with json.dumps straight to the stream (never through Rich, which would wrap it)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from enum import StrEnum
from itertools import islice
from typing import IO, Any, TextIO, cast

from ..jsontext import ARRAY_SEPARATOR, BATCH, document_opening, dumped
from ..textnorm import visible


class Format(StrEnum):
    AUTO = "auto"  # a Rich table on a terminal, plain lines in a pipe
    JSON = "json"
    JSONL = "jsonl"


def write_json_array(stream: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    """One JSON array, one row per line so it streams; `[]` when empty."""
    first = True
    for row in rows:
        stream.write(("[" if first else ",\n ") + dumped(row))
        first = False
    stream.write("[]\n" if first else "]\n")


def write_texts(stream: TextIO, fmt: Format, texts: Iterable[bytes], fields: tuple[str, ...] | None = None) -> None:
    """Like write_rows, for objects already serialised as UTF-8 (the cache keeps each event's JSON text): written
    as they come, to the stream's byte layer when it has one, never decoded and encoded again (a fifth of the time
    of a 200,000-event answer)."""
    if fields is not None:
        write_rows(stream, fmt, (json.loads(text) for text in texts), fields)
        return
    write = _utf8_writer(stream)
    if fmt is Format.JSONL:
        pieces = iter(texts)
        while chunk := list(islice(pieces, BATCH)):
            write(b"\n".join(chunk) + b"\n")
    else:
        _write_joined(write, b"[", texts, ARRAY_SEPARATOR, b"]\n")


def write_joined_texts(stream: TextIO, pieces: Iterable[bytes]) -> None:
    """A JSON array as write_texts writes it, from pieces that each hold one or more objects already serialised
    and joined by ARRAY_SEPARATOR (a block of cached events, ~67 KB, or a batch of up to 1,000): each written as
    it comes, never joined to another."""
    write = _utf8_writer(stream)
    first = True  # `[` written once the first piece is in hand: a run stopped before its first row wrote nothing
    for piece in pieces:
        write(b"[" if first else ARRAY_SEPARATOR)
        write(piece)
        first = False
    write(b"[]\n" if first else b"]\n")


def _utf8_writer(stream: TextIO) -> Callable[[bytes], Any]:
    """Where UTF-8 bytes go: the stream's byte layer, after the text written to the stream before them; a stream
    with none (a test's StringIO) or with another encoding is given them decoded."""
    binary = getattr(stream, "buffer", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if binary is None or encoding != "utf8":
        return lambda data: stream.write(data.decode())
    stream.flush()
    return cast(IO[bytes], binary).write


def select_texts(texts: Iterable[bytes], fields: tuple[str, ...] | None) -> Iterable[bytes]:
    """Objects serialised as UTF-8, each keeping only `fields` (all of them when None)."""
    if fields is None:
        return texts

    return (dumped({name: record.get(name) for name in fields}).encode() for record in map(json.loads, texts))


def write_grouped_texts(
    stream: TextIO, head: dict[str, Any], key: str, groups: Iterable[tuple[dict[str, Any], Iterable[bytes]]]
) -> None:
    """`head` with `key` holding each group's object, its `events` the texts already serialised (UTF-8): one group
    per line as in write_json_array, written group by group and text by text as they come, so even a whole large
    store never stands in memory as one JSON document."""
    write = _utf8_writer(stream)
    write(document_opening(head, key).encode())
    for index, (group, texts) in enumerate(groups):
        opening = ("" if index == 0 else ",\n ") + document_opening(group, "events")
        _write_joined(write, opening.encode(), texts, b", ", b"]}")
    write(b"]}\n")


def write_group_lines(stream: TextIO, groups: Iterable[tuple[dict[str, Any], Iterable[bytes]]]) -> None:
    """One group per line, its `events` the texts already serialised (UTF-8), written as they come."""
    write = _utf8_writer(stream)
    for group, texts in groups:
        _write_joined(write, document_opening(group, "events").encode(), texts, b", ", b"]}\n")


def _write_joined(
    write: Callable[[bytes], Any], opening: bytes, texts: Iterable[bytes], separator: bytes, closing: bytes
) -> None:
    """`opening + separator.join(texts) + closing`, written a slice at a time as the texts come: joining a whole
    large store's texts at once would hold it in memory twice more, as one string and then as its encoded bytes."""

    pieces = iter(texts)
    first = True  # the opening written once the first slice is in hand: a run stopped before it wrote nothing
    while chunk := list(islice(pieces, BATCH)):
        write(opening if first else separator)  # not joined to the slice's ~1 MB, which would copy it again
        write(separator.join(chunk))
        first = False
    write(opening + closing if first else closing)


def write_json_lines(stream: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        stream.write(dumped(row) + "\n")


def write_json_value(stream: TextIO, value: Any) -> None:
    """One JSON object (`show`, `diff`) on one line: compact and stable like every other machine output."""
    stream.write(dumped(value) + "\n")


def write_rows(
    stream: TextIO, fmt: Format, rows: Iterable[dict[str, Any]], fields: tuple[str, ...] | None = None
) -> None:
    """A JSON array or JSON lines; with `fields`, each row keeps only those keys, in that order (null for a key a
    record lacks, as one read from a cache written before the key existed)."""
    if fields is not None:
        rows = ({name: row.get(name) for name in fields} for row in rows)
    if fmt is Format.JSONL:
        write_json_lines(stream, rows)
    else:
        write_json_array(stream, rows)


def plain_line(fields: Iterable[str]) -> str:
    """One record per line for pipes: tab-separated, with tabs and newlines inside fields flattened to spaces."""
    return "\t".join(visible(" ".join(f.split())) for f in fields)
