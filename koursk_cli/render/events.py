"""`koursk events` for people: a Rich table on a terminal, tab-separated lines in a pipe."""

from __future__ import annotations

from collections.abc import Sequence

from ..environment import Environment
from ..humanize import human_date, plural, visible
from ..model import Event
from .machine import plain_line
from .styles import DATE_STYLE, ID_STYLE, MUTED, STATUS_MARK, STATUS_STYLE


def events_plain(env: Environment, events: Sequence[Event], lang: str) -> None:
    """id, EDTF date, start, end, status, sources, title: full ISO dates, no decoration."""
    for event in events:
        fields = [
            event.id,
            event.date.text,
            event.date.start.isoformat(),
            event.date.end.isoformat(),
            event.status.value,
            ",".join(event.sources),
            event.title.get(lang),
        ]
        env.stdout.write(plain_line(fields) + "\n")


def events_table(env: Environment, events: Sequence[Event], lang: str) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console = env.console()
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False, show_edge=False)
    table.add_column("Date", no_wrap=True, style=DATE_STYLE)
    table.add_column("", no_wrap=True, width=1)
    table.add_column("Event", ratio=1, min_width=16, overflow="fold")
    table.add_column("Sources", overflow="fold", style=MUTED)
    for event in events:
        title = Text(visible(event.title.get(lang)))
        title.append("\n")
        title.append(event.id, style=ID_STYLE if env.color else "")
        table.add_row(
            Text(human_date(event.date)),
            Text(STATUS_MARK[event.status], style=STATUS_STYLE[event.status]),
            title,
            Text(", ".join(event.sources)),
        )
    console.print(table)
    legend = Text("  ".join(f"{STATUS_MARK[s]} {s.value}" for s in STATUS_MARK), style=MUTED)
    legend.append(f"   {plural(len(events), 'event')}")
    console.print(legend)
