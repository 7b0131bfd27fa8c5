"""Machine output, written with json.dumps straight to the stream (never through Rich, which would wrap it)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from itertools import islice
from typing import Any, TextIO

from ..textnorm import visible

_SLICE = 1000  # texts per write


class Format(StrEnum):
    AUTO = "auto"  # a Rich table on a terminal, plain lines in a pipe
    JSON = "json"
    JSONL = "jsonl"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_json_array(stream: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    """One JSON array, one row per line so it streams; `[]` when empty."""
    first = True
    for row in rows:
        stream.write(("[" if first else ",\n ") + _dumps(row))
        first = False
    stream.write("[]\n" if first else "]\n")


def write_texts(stream: TextIO, fmt: Format, texts: Iterable[str], fields: tuple[str, ...] | None = None) -> None:
    """Like write_rows, for objects already serialised (the cache keeps each event's JSON text)."""
    if fields is not None:
        write_rows(stream, fmt, (json.loads(text) for text in texts), fields)
    elif fmt is Format.JSONL:
        for text in texts:
            stream.write(text + "\n")
    else:
        _write_joined(stream, "[", texts, ",\n ", "]\n")


def select_texts(texts: Iterable[str], fields: tuple[str, ...] | None) -> Iterable[str]:
    """Serialised objects, each keeping only `fields` (all of them when None)."""
    if fields is None:
        return texts

    return (_dumps({name: record.get(name) for name in fields}) for record in map(json.loads, texts))


def write_grouped_texts(
    stream: TextIO, head: dict[str, Any], key: str, groups: Iterable[tuple[dict[str, Any], Iterable[str]]]
) -> None:
    """`head` with `key` holding each group's object, its `events` the texts already serialised: one group per line
    as in write_json_array, written group by group and text by text as they come, so even a whole large store never
    stands in memory as one JSON document."""
    stream.write(_dumps(head)[:-1] + f', "{key}": [')
    for index, (group, texts) in enumerate(groups):
        opening = ("" if index == 0 else ",\n ") + _dumps(group)[:-1] + ', "events": ['
        _write_joined(stream, opening, texts, ", ", "]}")
    stream.write("]}\n")


def write_group_lines(stream: TextIO, groups: Iterable[tuple[dict[str, Any], Iterable[str]]]) -> None:
    """One group per line, its `events` the texts already serialised, written as they come."""
    for group, texts in groups:
        _write_joined(stream, _dumps(group)[:-1] + ', "events": [', texts, ", ", "]}\n")


def _write_joined(stream: TextIO, opening: str, texts: Iterable[str], separator: str, closing: str) -> None:
    """`opening + separator.join(texts) + closing`, written a slice at a time as the texts come: joining a whole
    large store's texts at once would hold it in memory twice more, as one string and then as its encoded bytes."""

    stream.write(opening)
    pieces = iter(texts)
    first = True
    while chunk := list(islice(pieces, _SLICE)):
        stream.write(("" if first else separator) + separator.join(chunk))
        first = False
    stream.write(closing)


def write_json_lines(stream: TextIO, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        stream.write(_dumps(row) + "\n")


def write_json_value(stream: TextIO, value: Any) -> None:
    """One JSON object (`show`, `diff`) on one line: compact and stable like every other machine output."""
    stream.write(_dumps(value) + "\n")


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
