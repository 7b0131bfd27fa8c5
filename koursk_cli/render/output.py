"""The one output path of every command's results (httpie's output layer, gh's `--json` on every list): JSON or
JSON lines when asked for, else a view for people (which chooses a Rich table on a terminal or plain lines in a
pipe), or, when nothing matched, a note that only a terminal sees.

Machine output to a pipe or file is compact and stable (machine.py); the same output on a terminal is for a person
reading it, as gh does: indented, coloured unless colour is off, through the pager when long (prettyjson.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from ..environment import Environment
from .machine import (
    Format,
    select_texts,
    write_group_lines,
    write_grouped_texts,
    write_joined_texts,
    write_json_value,
    write_rows,
    write_texts,
)
from .prettyjson import write_pretty_lines, write_pretty_value


def emit(
    env: Environment,
    fmt: Format,
    view: Callable[[], None],
    *,
    rows: Callable[[], Iterable[dict[str, Any]]] | None = None,
    texts: Callable[[], Iterable[bytes]] | None = None,
    joined: Callable[[], Iterable[bytes]] | None = None,
    fields: tuple[str, ...] | None = None,
    empty: str | None = None,
) -> None:
    """Write the records in `fmt`: as `rows`, or as `texts` already serialised as UTF-8 (the cache keeps each
    event's JSON), keeping only `fields`; for people, call `view`, or show `empty` (given when nothing matched).
    `joined` gives the same texts in pieces, each holding one or more of them joined as a JSON array joins them: it
    writes a JSON array of whole records to a pipe or file, the one place where such pieces come out the same.

    Each side is a callable so that only the side used is built, and a `--json` run never imports a view."""
    if fmt is not Format.AUTO:
        assert rows is not None or texts is not None, "a listing gives rows or texts"
        if env.stdout_isatty:
            records = rows() if rows is not None else _loaded(texts() if texts is not None else ())
            if fields is not None:
                records = ({name: record.get(name) for name in fields} for record in records)
            _write_pretty(env, fmt, records)
        elif joined is not None and fmt is Format.JSON and fields is None:
            write_joined_texts(env.stdout, joined())
        elif texts is not None:
            write_texts(env.stdout, fmt, texts(), fields)
        elif rows is not None:
            write_rows(env.stdout, fmt, rows(), fields)
    elif empty is not None:
        env.note(empty)
    else:
        view()


def emit_value(env: Environment, value: dict[str, Any]) -> None:
    """One JSON object (`show`, `diff`): compact on one line in a pipe or file, indented and coloured on a terminal."""
    if env.stdout_isatty:
        write_pretty_value(env.screen(), value, color=env.color)
    else:
        write_json_value(env.stdout, value)


def emit_record(env: Environment, fmt: Format, record: dict[str, Any], fields: tuple[str, ...] | None) -> None:
    """One object (`show`, `diff`), keeping only `fields` (in that order): --json writes it as emit_value does,
    --jsonl on one line."""
    if fields is not None:
        record = {name: record[name] for name in fields}
    if fmt is Format.JSON:
        emit_value(env, record)
    else:
        emit(env, fmt, lambda: None, rows=lambda: [record])


def emit_groups(
    env: Environment,
    fmt: Format,
    head: dict[str, Any],
    key: str,
    groups: Iterable[tuple[dict[str, Any], Iterable[bytes]]],
    fields: tuple[str, ...] | None = None,
) -> None:
    """Groups of events serialised as UTF-8 (the timeline's periods): with --json, `head` with `key` holding each group and
    its `events`; with --jsonl, one group per line. `fields` keeps only those fields of each event. In a pipe each
    group's texts are written as they come (read them in turn: see timeline.fill)."""
    trimmed = ((group, select_texts(texts, fields)) for group, texts in groups)
    if env.stdout_isatty:
        values = ({**group, "events": list(_loaded(texts))} for group, texts in trimmed)
        if fmt is Format.JSONL:
            _write_pretty(env, fmt, values)
        else:
            emit_value(env, {**head, key: list(values)})
    elif fmt is Format.JSONL:
        write_group_lines(env.stdout, trimmed)
    else:
        write_grouped_texts(env.stdout, head, key, trimmed)


def _loaded(texts: Iterable[str | bytes]) -> Iterable[dict[str, Any]]:
    return map(json.loads, texts)


def _write_pretty(env: Environment, fmt: Format, records: Iterable[Any]) -> None:
    if fmt is Format.JSONL:
        write_pretty_lines(env.screen(), records, color=env.color)
    else:
        write_pretty_value(env.screen(), list(records), color=env.color)
