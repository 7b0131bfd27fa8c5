"""The one output path of every listing (httpie's output layer, gh's `--json` on every list): JSON or JSON lines
when asked for, else a view for people (which chooses a Rich table on a terminal or plain lines in a pipe), or, when
nothing matched, a note that only a terminal sees."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..environment import Environment
from .machine import Format, write_rows, write_texts


def emit(
    env: Environment,
    fmt: Format,
    view: Callable[[], None],
    *,
    rows: Callable[[], Iterable[dict[str, Any]]] | None = None,
    texts: Callable[[], Iterable[str]] | None = None,
    fields: tuple[str, ...] | None = None,
    empty: str | None = None,
) -> None:
    """Write the records in `fmt`: as `rows`, or as `texts` already serialised (the cache keeps each event's JSON),
    keeping only `fields`; for people, call `view`, or show `empty` (given when nothing matched) instead.

    Each side is a callable so that only the side used is built, and a `--json` run never imports a view."""
    if fmt is not Format.AUTO:
        if texts is not None:
            write_texts(env.stdout, fmt, texts(), fields)
        else:
            assert rows is not None, "a listing gives rows or texts"
            write_rows(env.stdout, fmt, rows(), fields)
    elif empty is not None:
        env.note(empty)
    else:
        view()
