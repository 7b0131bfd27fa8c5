"""`koursk sources` and `koursk claims` (the topic overview) for people."""

from __future__ import annotations

from collections.abc import Sequence

from .. import lazy_rich as rich
from ..cite import headline, outlet_named
from ..conflicts import Spread, Stated
from ..environment import Environment
from ..fields import Field, Kind
from ..humanize import human_date
from ..model import Store
from ..sources import SourceSummary, seed_number
from ..textnorm import visible
from .lines import Localised, write_lines
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


SOURCE_LINE: Kind[Localised[SourceSummary]] = Kind(
    "source_line",
    (
        Field("id", "the article's id", lambda r: r.record.source.id),
        Field("published", "its publication date (EDTF)", lambda r: r.record.source.published.text),
        Field(
            "start",
            "the first day it may have been published (ISO)",
            lambda r: r.record.source.published.start.isoformat(),
        ),
        Field("end", "the last day (ISO)", lambda r: r.record.source.published.end.isoformat()),
        Field(
            "outlet",
            "who published it (`credited to CNN (publisher unknown)` when the text only credits it); `-`: unknown",
            lambda r: outlet_named(r.record.source) or "-",
        ),
        Field("events", "how many events it reports", lambda r: str(r.record.events)),
        Field("claims", "how many figures it reports", lambda r: str(r.record.claims)),
        Field(
            "title",
            "its title in `--lang`, or `untitled (curator's summary: «…»)` when the article prints none",
            lambda r: headline(r.record.source, r.record.source.title.get(r.lang)),
        ),
    ),
)
"""`koursk sources` in a pipe."""


def sources_plain(env: Environment, summaries: Sequence[SourceSummary], lang: str) -> None:
    write_lines(env, SOURCE_LINE, (Localised(s, lang) for s in summaries))


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


TOPIC_LINE: Kind[Spread] = Kind(
    "topic_line",
    (
        Field("topic", "the topic's id", lambda s: s.topic),
        Field("measure", "the measure's id", lambda s: s.measure),
        Field("claims", "how many figures state it (restatements left out)", lambda s: str(s.size)),
        Field("lowest", "the lowest figure, as people read it (`~10,000`)", lambda s: _figure(s.lowest[:1])),
        Field("highest", "the highest figure", lambda s: _figure(s.highest[:1])),
        Field("conflicts", "how many pairs of its figures conflict", lambda s: str(s.conflict_count)),
    ),
)
"""`koursk topics` in a pipe: one line per topic and measure."""


def topics_plain(env: Environment, spreads: Sequence[Spread]) -> None:
    write_lines(env, TOPIC_LINE, spreads)


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
