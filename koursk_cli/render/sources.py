"""`koursk sources` and `koursk claims` (the topic overview) for people."""

from __future__ import annotations

from collections.abc import Sequence

from .. import lazy_rich as rich
from .. import placeholders
from ..cite import headline, outlet_named
from ..claims import ConflictKind, ConflictTier, tier_line
from ..environment import Environment
from ..fields import Field, Kind
from ..humanize import digits, human_date
from ..model import Store
from ..sources import SourceSummary, shown_seed_number
from ..spreads import Spread, Stated
from ..textnorm import visible
from ..words import LEGEND
from .lines import Localised, write_lines
from .styles import DATE_STYLE, DRAFT_MARK, ID_STYLE, MUTED, draft_text
from .table import Column, print_table
from .tierstyle import tier_style


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
            "its title in `--lang`, or `[untitled (curator's summary): …]` when the article prints none; `[draft] ` "
            "before it for an article still in draft",
            lambda r: (
                (DRAFT_MARK if r.record.source.draft else "")
                + headline(r.record.source, r.record.source.title.get(r.lang))
            ),
        ),
    ),
)
"""`koursk sources` in a pipe."""


def sources_plain(env: Environment, summaries: Sequence[SourceSummary], lang: str) -> None:
    write_lines(env, SOURCE_LINE, (Localised(s, lang) for s in summaries))


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
                rich.Text(shown_seed_number(src) or "—"),
                rich.Text(src.id, style=ID_STYLE if env.color else ""),
                rich.Text(human_date(src.published, lang=lang), style=DATE_STYLE),
                rich.Text(
                    visible(outlet_named(src, LEGEND[lang]["credited"]) or LEGEND[lang]["unknown"]),
                    style="" if src.outlet else MUTED,
                ),
                rich.Text(str(s.events)),
                rich.Text(str(s.claims)),
                draft_text(src.draft).append(visible(headline(src, src.title.get(lang), lang=lang))),
            )
        )
    print_table(env.console(), SOURCE_COLUMNS, rows)


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
        Field(
            "conflicts",
            "how many conflicting pairs its figures take part in, of every kind (one across two measures counts for "
            "each)",
            lambda s: str(s.conflict_count),
        ),
        Field(
            "firm_conflicts",
            "how many of them are firm: they hold with every round exact figure read as approximate (±10 %), on "
            "as-of dates that cannot be read apart",
            lambda s: str(s.firm_count),
        ),
        Field(
            "same_day_conflicts",
            "how many of them hold only if on the same day: firm on the figures, but their as-of dates allow two "
            "days on which both hold; the others hold only if the round figures are exact",
            lambda s: str(s.same_day_count),
        ),
    ),
)
"""`koursk topics` in a pipe: one line per topic and measure."""


def topics_plain(env: Environment, spreads: Sequence[Spread]) -> None:
    write_lines(env, TOPIC_LINE, spreads)


TOPIC_COLUMNS = (
    Column("Topic"),
    Column("Measure"),
    Column("Claims", right=True, named=True),
    Column("Lowest", right=True, named=True),
    Column("Highest", right=True, named=True),
    Column("Conflicts", right=True, named=True),
    Column("Firm", right=True, named=True),
    Column("Same day", right=True, named=True),
    Column("Description", fold=30),
)


def topics_table(env: Environment, store: Store, spreads: Sequence[Spread], lang: str) -> None:
    rows = []
    for s in spreads:
        measure = placeholders.measure(placeholders.topic(store, s.topic), s.measure)
        rows.append(
            (
                rich.Text(s.topic),
                rich.Text(s.measure, style=ID_STYLE if env.color else ""),
                rich.Text(str(s.size)),
                rich.Text(digits(_figure(s.lowest[:1]), lang)),
                rich.Text(digits(_figure(s.highest[:1]), lang)),
                rich.Text(
                    str(s.conflict_count),
                    style=tier_style(s.conflict_count, s.firm_count, s.same_day_count) or MUTED,
                ),
                rich.Text(str(s.firm_count), style=tier_style(s.firm_count, s.firm_count, 0) or MUTED),
                rich.Text(str(s.same_day_count), style=tier_style(s.same_day_count, 0, s.same_day_count) or MUTED),
                rich.Text(visible(measure.description.get(lang)) if measure else "", style=MUTED),
            )
        )
    console = env.console()
    print_table(console, TOPIC_COLUMNS, rows)
    if any(count for s in spreads for kind, count in s.kinds if kind is ConflictKind.ACROSS_MEASURES):
        console.print(rich.Text(LEGEND[lang]["across note"], style=MUTED))
    counts = {
        ConflictTier.FIRM: sum(s.firm_count for s in spreads),
        ConflictTier.SAME_DAY: sum(s.same_day_count for s in spreads),
    }
    counts[ConflictTier.IF_EXACT] = sum(s.conflict_count for s in spreads) - sum(counts.values())
    tiers = {tier for tier, n in counts.items() if n}
    if tiers:  # the columns Firm and Same day, then what each tier means (claims.CONFLICT_TIERS)
        console.print(rich.Text(LEGEND[lang]["firm note"], style=MUTED))
        for tier in (t for t in ConflictTier if t in tiers):
            console.print(rich.Text(tier_line(tier, lang, marked=False), style=MUTED))
    aliases = "; ".join(f"{t.id}: {', '.join(t.aliases)}" for t in store.topics.values() if t.aliases)
    console.print(rich.Text(LEGEND[lang]["topic aliases"].format(aliases=visible(aliases)), style=MUTED))
