"""`koursk events` for people: a folded list on a terminal, tab-separated lines in a pipe."""

from __future__ import annotations

from collections.abc import Sequence

from ..environment import Environment
from ..humanize import human_date, plural
from ..model import Event
from ..textnorm import visible
from .layout import print_records
from .machine import plain_line
from .styles import DATE_STYLE, ID_STYLE, MUTED, STATUS_MARK, STATUS_STYLE


def events_plain(env: Environment, events: Sequence[Event], lang: str) -> None:
    """id, EDTF date, start, end, status, sources, title: full ISO dates, no decoration."""
    for event in events:
        fields = [
            event.id, event.date.text, event.date.start.isoformat(), event.date.end.isoformat(),
            event.status.value, ",".join(event.sources), event.title.get(lang),
        ]  # fmt: skip
        env.stdout.write(plain_line(fields) + "\n")


def status_legend(count: int, noun: str) -> str:
    marks = "  ".join(f"{mark} {status.value}" for status, mark in STATUS_MARK.items())
    return f"{plural(count, noun)}   {marks}"


def events_table(env: Environment, events: Sequence[Event], lang: str) -> None:
    from rich.text import Text

    console = env.console()
    rows = []
    for event in events:
        body = Text(visible(event.title.get(lang)))
        body.append("\n")
        body.append(event.id, style=ID_STYLE if env.color else "")
        body.append(f" · {', '.join(event.sources)}", style=MUTED)
        rows.append(
            (
                Text(human_date(event.date), style=DATE_STYLE),
                Text(STATUS_MARK[event.status], style=STATUS_STYLE[event.status]),
                body,
            )
        )
    print_records(console, rows)
    console.print(Text(status_legend(len(events), "event"), style=MUTED))
