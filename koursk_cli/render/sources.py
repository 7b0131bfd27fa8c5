"""`koursk sources` and `koursk claims` (the topic overview) for people."""

from __future__ import annotations

from collections.abc import Sequence

from .. import lazy_rich as rich
from ..cite import headline, outlet_named
from ..conflicts import Spread, Stated
from ..environment import Environment
from ..humanize import human_date
from ..model import Store
from ..sources import SourceSummary, seed_number
from ..textnorm import visible
from .machine import plain_line
from .styles import DATE_STYLE, ID_STYLE, MUTED


def print_sources(env: Environment, summaries: Sequence[SourceSummary], lang: str) -> None:
    if env.stdout_isatty:
        sources_table(env, summaries, lang)
    else:
        sources_plain(env, summaries, lang)


def print_topics(env: Environment, store: Store, spreads: Sequence[Spread], lang: str) -> None:
    if env.stdout_isatty:
        topics_table(env, store, spreads, lang)
    else:
        topics_plain(env, spreads)


def sources_plain(env: Environment, summaries: Sequence[SourceSummary], lang: str) -> None:
    """id, published (EDTF), start, end, outlet, events, claims, title (cite.headline: a curator's summary says so)."""
    for s in summaries:
        src = s.source
        fields = [
            src.id, src.published.text, src.published.start.isoformat(), src.published.end.isoformat(),
            outlet_named(src) or "-", str(s.events), str(s.claims), headline(src, src.title.get(lang)),
        ]  # fmt: skip
        env.stdout.write(plain_line(fields) + "\n")


def sources_table(env: Environment, summaries: Sequence[SourceSummary], lang: str) -> None:
    table = rich.Table(box=rich.box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("No.", no_wrap=True)  # the seed number: `--source 003` and `show 003` take it, as they take ids
    table.add_column("Source", no_wrap=True, style=ID_STYLE if env.color else "")
    table.add_column("Published", no_wrap=True, style=DATE_STYLE)
    table.add_column("Outlet", overflow="fold")
    table.add_column("Events", justify="right")
    table.add_column("Claims", justify="right")
    table.add_column("Title", ratio=1, min_width=16, overflow="fold")
    for s in summaries:
        src = s.source
        table.add_row(
            rich.Text(seed_number(src) or "—"),
            rich.Text(src.id),
            rich.Text(human_date(src.published)),
            rich.Text(visible(outlet_named(src) or "unknown"), style="" if src.outlet else MUTED),
            rich.Text(str(s.events)),
            rich.Text(str(s.claims)),
            rich.Text(visible(headline(src, src.title.get(lang)))),
        )
    env.console().print(table)


def _figure(claims: Sequence[Stated]) -> str:
    return ", ".join(c.display for c in claims)


def topics_plain(env: Environment, spreads: Sequence[Spread]) -> None:
    """topic, measure, claims, lowest, highest, conflicts."""
    for s in spreads:
        fields = [
            s.topic,
            s.measure,
            str(s.size),
            _figure(s.lowest[:1]),
            _figure(s.highest[:1]),
            str(s.conflict_count),
        ]
        env.stdout.write(plain_line(fields) + "\n")


def topics_table(env: Environment, store: Store, spreads: Sequence[Spread], lang: str) -> None:
    table = rich.Table(box=rich.box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("Topic", no_wrap=True)
    table.add_column("Measure", overflow="fold")
    table.add_column("Claims", justify="right")
    table.add_column("Lowest", justify="right", no_wrap=True)
    table.add_column("Highest", justify="right", no_wrap=True)
    table.add_column("Conflicts", justify="right")
    for s in spreads:
        topic = store.topics[s.topic]
        measure = topic.measure(s.measure)
        label = rich.Text(s.measure)
        if measure is not None:
            label.append(f"\n{visible(measure.description.get(lang))}", style=MUTED)
        table.add_row(
            rich.Text(s.topic),
            label,
            rich.Text(str(s.size)),
            rich.Text(_figure(s.lowest[:1])),
            rich.Text(_figure(s.highest[:1])),
            rich.Text(str(s.conflict_count), style="bold red" if s.conflict_count else MUTED),
        )
    console = env.console()
    console.print(table)
    aliases = "; ".join(f"{t.id}: {', '.join(t.aliases)}" for t in store.topics.values() if t.aliases)
    console.print(rich.Text(f"--claim takes a topic or an alias ({visible(aliases)})", style=MUTED))
