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
from .table import Column, print_table


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


SOURCE_COLUMNS = (
    Column("No."),  # the seed number: `--source 003` and `show 003` take it, as they take ids
    Column("Source"),
    Column("Published"),
    Column("Outlet", named=True),
    Column("Events", right=True, named=True),
    Column("Claims", right=True, named=True),
    Column("Title", fold=40),
)


def sources_table(env: Environment, summaries: Sequence[SourceSummary], lang: str) -> None:
    rows = []
    for s in summaries:
        src = s.source
        rows.append(
            (
                rich.Text(seed_number(src) or "—"),
                rich.Text(src.id, style=ID_STYLE if env.color else ""),
                rich.Text(human_date(src.published), style=DATE_STYLE),
                rich.Text(visible(outlet_named(src) or "unknown"), style="" if src.outlet else MUTED),
                rich.Text(str(s.events)),
                rich.Text(str(s.claims)),
                rich.Text(visible(headline(src, src.title.get(lang)))),
            )
        )
    print_table(env.console(), SOURCE_COLUMNS, rows)


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


TOPIC_COLUMNS = (
    Column("Topic"),
    Column("Measure"),
    Column("Claims", right=True, named=True),
    Column("Lowest", right=True, named=True),
    Column("Highest", right=True, named=True),
    Column("Conflicts", right=True, named=True),
    Column("Description", fold=30),
)


def topics_table(env: Environment, store: Store, spreads: Sequence[Spread], lang: str) -> None:
    rows = []
    for s in spreads:
        measure = store.topics[s.topic].measure(s.measure)
        rows.append(
            (
                rich.Text(s.topic),
                rich.Text(s.measure, style=ID_STYLE if env.color else ""),
                rich.Text(str(s.size)),
                rich.Text(_figure(s.lowest[:1])),
                rich.Text(_figure(s.highest[:1])),
                rich.Text(str(s.conflict_count), style="bold red" if s.conflict_count else MUTED),
                rich.Text(visible(measure.description.get(lang)) if measure else "", style=MUTED),
            )
        )
    console = env.console()
    print_table(console, TOPIC_COLUMNS, rows)
    aliases = "; ".join(f"{t.id}: {', '.join(t.aliases)}" for t in store.topics.values() if t.aliases)
    console.print(rich.Text(f"--claim takes a topic or an alias ({visible(aliases)})", style=MUTED))
