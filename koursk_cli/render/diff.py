"""Diffs as people read them: `---`/`+++` name the two sides, `-` only in the first, `+` only in the second (or new),
`!` conflicting, differing or revised (as `diff -c` marks a changed line: `~` read as "approximate" in lines full of
`~12,000` and `~6 Nov 2024?`, rev27 U15), `=` agreeing, two spaces for what both share. Colours on a terminal, the
same lines plain in a pipe; a line wrapped on a terminal keeps its marker on every row, so each row still says which
side it is. Each event and figure carries its status mark, as in every listing (docs/claims.md rule 7: a hedged
figure stays hedged), explained with the date marks in a legend under the lines that have them; one still in draft
(`--drafts`) says so with `[draft]`, as every listing does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import TypeVar

from .. import lazy_rich as rich
from .. import placeholders
from ..cite import headline, outlet_named
from ..claims import (
    ConflictKind,
    ConflictTier,
    amount,
    conflict_label,
    conflict_legend,
    format_value,
    kind_of_conflict,
    tier_counts,
    tier_line,
)
from ..conflicts import asserted_by
from ..diff import DateDiff, Placement, SourceDiff
from ..environment import Environment
from ..humanize import human_date, human_day
from ..model import Claim, Event, Source, Status, Store
from ..placeholders import badged
from ..textnorm import visible
from ..words import LEGEND, count_said, counted
from .styles import MUTED, STATUS_MARK, status_legend

T = TypeVar("T")
Line = tuple[str, str]  # (marker, text); marker "#" is a heading, NOTE a legend's line (no marker either)
NOTE = "note"

_STYLES = {
    "+": "green",
    "-": "red",
    "!": "yellow",
    "=": "cyan",
    " ": "",
    "#": "bold",
    "?": "magenta",
    "---": "bold red",
    "+++": "bold green",
    NOTE: MUTED,
}


def _event(event: Event, lang: str) -> str:
    title = badged(event.title.get(lang), event.draft)  # `[draft]` where every listing marks one (--drafts)
    return f"{STATUS_MARK[event.status]} {human_date(event.date, lang=lang)}  {title}  [{event.id}]"


def _claim(store: Store, claim: Claim, lang: str) -> str:
    who = asserted_by(store, claim, lang)
    figure = badged(f"{claim.topic}/{claim.measure}", claim.draft)
    as_of = LEGEND[lang]["as of"].format(date=human_date(claim.as_of, lang=lang))
    return f"{STATUS_MARK[claim.status]} {figure} {amount(claim, lang)} — {who}, {as_of} [{claim.id}]"


def _figure(claim: Claim, lang: str) -> str:
    """A figure in a revision: `◌ ~12,000 (nis-12000-sent, as of …)`."""
    as_of = LEGEND[lang]["as of"].format(date=human_date(claim.as_of, lang=lang))
    return f"{STATUS_MARK[claim.status]} {badged(format_value(claim, lang), claim.draft)} ({claim.id}, {as_of})"


def _pair(store: Store, marker: str, label: str, a: Claim, b: Claim, lang: str) -> Iterator[Line]:
    """Two figures compared, each with its quote: `! conflict (total fell): A`, then `  vs B`."""
    yield marker, f"{label}: {_claim(store, a, lang)}"
    yield marker, _quote(store, a)
    yield marker, f"  {LEGEND[lang]['vs']} {_claim(store, b, lang)}"
    yield marker, _quote(store, b)


MARKERS = {
    "en": {
        "dates": {"+": "new", "?": "maybe known by --from already", "!": "a new conflict, or a revised figure"},
        "sources": {
            "-": "only in the first article",
            "+": "only in the second",
            "!": "in conflict, or differing over time",
            "=": "agreeing",
        },
    },
    "fr": {
        "dates": {"+": "nouveau", "?": "peut-être déjà connu à --from", "!": "nouveau conflit, ou chiffre révisé"},
        "sources": {
            "-": "seulement dans le premier article",
            "+": "seulement dans le second",
            "!": "en conflit, ou différent dans le temps",
            "=": "en accord",
        },
    },
}
"""What each line marker of a diff says, by mode (`dates`: --from/--to, `sources`: two articles): the legend names
those its lines use (rev32 R12: `!` was never explained, `?` only in the straddle line)."""


def legend(
    statuses: Iterable[Status],
    lang: str,
    markers: Iterable[str] = (),
    mode: str = "dates",
    kinds: Iterable[ConflictKind] = (),
) -> Iterator[Line]:
    """Under the lines: what the marks of their events and figures (of `statuses`) mean, if there are any; then the
    line markers among `markers` (those the lines used), and what each kind of conflict among `kinds` (those
    printed) means, in the words of every listing of conflicts (styles.conflict_legend)."""
    lines = status_legend("diff", statuses, lang)
    if lines:
        yield from ((NOTE, line) for line in (*lines, LEGEND[lang]["dates"]))
    words = MARKERS[lang][mode]
    used = set(markers)
    if said := [f"{marker} {meaning}" for marker, meaning in words.items() if marker in used]:
        yield NOTE, " · ".join(said)
    yield from ((NOTE, line) for line in conflict_legend(kinds, lang))


def _with_legend(
    lines: Iterable[Line], statuses: Iterable[Status], lang: str, mode: str, kinds: Iterable[ConflictKind]
) -> Iterator[Line]:
    """`lines`, then their legend: the markers it names are those they used."""
    used: set[str] = set()
    for marker, text in lines:
        used.add(marker)
        yield marker, text
    yield from legend(statuses, lang, used, mode, kinds)


def _by(day: date) -> str:
    """A boundary as a line names it: an open end (no --to) is now, never a sentinel year."""
    return "now" if day == date.max else day.isoformat()


def _quote(store: Store, claim: Claim) -> str:
    return f"    «{claim.quote}» ({placeholders.named(store, claim.source)})"


def _source(source: Source, lang: str) -> str:
    outlet = f"{outlet_named(source, LEGEND[lang]['credited'])}, " if source.outlet else ""
    title = badged(headline(source, source.title.get(lang), lang=lang), source.draft)
    published = LEGEND[lang]["published"].format(date=human_date(source.published, lang=lang))
    return f"{source.id} ({outlet}{published}) {title}"


def _section(heading: str, sides: list[tuple[str, Sequence[T]]], line: Callable[[T], str]) -> Iterator[Line]:
    """A heading, then each side's records under its marker (` ` both, `-` only the first, `+` only the second)."""
    yield "#", heading
    for marker, records in sides:
        for record in records:
            yield marker, line(record)


def source_diff_lines(store: Store, diff: SourceDiff, lang: str) -> Iterator[Line]:
    pairs = (*diff.agree, *diff.conflicts, *diff.differ)
    claims = (*(c for pair in pairs for c in pair), *diff.claims_only_a, *diff.claims_only_b)
    events = (*diff.both, *diff.only_a, *diff.only_b)
    kinds = [kind_of_conflict(a, b) for a, b in diff.conflicts]
    statuses = [*(e.status for e in events), *(c.status for c in claims)]
    return _with_legend(_source_diff_body(store, diff, lang), statuses, lang, "sources", kinds)


def _source_diff_body(store: Store, diff: SourceDiff, lang: str) -> Iterator[Line]:
    yield "---", _source(diff.a, lang)
    yield "+++", _source(diff.b, lang)
    words = LEGEND[lang]
    a, b = badged(diff.a.id, diff.a.draft), badged(diff.b.id, diff.b.draft)
    yield from _section(
        words["diff events"].format(both=len(diff.both), only_a=len(diff.only_a), a=a, only_b=len(diff.only_b), b=b),
        [(" ", diff.both), ("-", diff.only_a), ("+", diff.only_b)],
        lambda event: _event(event, lang),
    )
    yield (
        "#",
        words["diff claims"].format(agree=len(diff.agree), conflict=len(diff.conflicts), differ=len(diff.differ)),
    )
    for (first, second), tier in zip(diff.conflicts, diff.conflict_tiers, strict=True):
        label = words["conflict pair"].format(label=conflict_label(kind_of_conflict(first, second), lang, tier))
        yield from _pair(store, "!", label, first, second, lang)
    tiers = Counter(diff.conflict_tiers)
    yield from _tiers(len(diff.conflicts), tiers[ConflictTier.FIRM], tiers[ConflictTier.SAME_DAY], lang)
    for label, marker, pairs in (("differ", "!", diff.differ), ("agree", "=", diff.agree)):
        for first, second in pairs:
            yield from _pair(store, marker, words[label], first, second, lang)
    yield from _section(
        words["diff only"].format(only_a=len(diff.claims_only_a), a=a, only_b=len(diff.claims_only_b), b=b),
        [("-", diff.claims_only_a), ("+", diff.claims_only_b)],
        lambda claim: _claim(store, claim, lang),
    )


def unpublished_hint(diff: DateDiff) -> str | None:
    """When no article came out between the two dates, say so: diff compares what had been published, and one who
    asks "what changed in December?" gets 0 of everything with no reason (rev21 A11); the events dated then are what
    `events --within` lists."""
    if diff.new_sources or diff.straddling or diff.start == date.min or diff.end == date.max:
        return None
    first = diff.start + timedelta(days=1)
    whole_month = first.day == 1 and first.month == diff.end.month and (diff.end + timedelta(days=1)).day == 1
    within = f"{first:%Y-%m}" if whole_month and first.year == diff.end.year else f"{first}..{diff.end}"
    return (
        f"koursk: no article was published from {human_day(first)} to {human_day(diff.end)}: diff compares what "
        f"the articles had published by each date; the events dated then: koursk events --within {within}"
    )


def date_diff_lines(store: Store, diff: DateDiff, lang: str) -> Iterator[Line]:
    events = (*diff.new_events, *(c.event for c in diff.corroborated))
    pairs = (*((p.a, p.b) for p in diff.new_conflicts), *((r.before, r.after) for r in diff.revised))
    claims = (*diff.new_claims, *(c for pair in pairs for c in pair))
    kinds = [pair.kind for pair in diff.new_conflicts]
    statuses = [*(e.status for e in events), *(c.status for c in claims)]
    return _with_legend(_date_diff_body(store, diff, lang), statuses, lang, "dates", kinds)


def _date_diff_body(store: Store, diff: DateDiff, lang: str) -> Iterator[Line]:
    words = LEGEND[lang]
    known = ", ".join(badged(s.id, s.draft) for s in diff.known) or words["nothing"]
    yield (
        "#",
        words["known by"].format(day=diff.start.isoformat(), known=known)
        if diff.start != date.min
        else words["known before"],
    )
    counts = ", ".join(
        (
            counted(len(diff.new_sources), "source", lang),
            counted(len(diff.new_events), "event", lang),
            counted(len(diff.new_claims), "claim", lang),
            counted(diff.new_conflict_count, "conflict", lang),
            count_said("revised count", len(diff.revised), lang),
        )
    )
    yield (
        "#",
        words["new by"].format(day=diff.end.isoformat(), counts=counts)
        if not diff.open_end
        else words["new since"].format(counts=counts),
    )
    start, end = diff.start.isoformat(), _by(diff.end)
    for source, placement in diff.straddling:
        if placement is Placement.STRADDLES_FROM:
            yield (
                "?",
                words["straddles from"].format(source=source.id, start=start, end=end),
            )
        else:
            yield (
                "?",
                words["straddles to"].format(source=_source(source, lang), end=end),
            )
    maybe = diff.maybe_earlier
    for source in diff.new_sources:
        yield "?" if source.id in maybe else "+", words["new source"].format(line=_source(source, lang))
    for event in diff.new_events:
        yield "?" if diff.maybe_known(event.sources) else "+", words["new event"].format(line=_event(event, lang))
    for corroboration in diff.corroborated:
        yield (
            "?" if diff.maybe_known(corroboration.sources) else "+",
            words["corroborated"].format(
                line=_event(corroboration.event, lang), sources=", ".join(corroboration.sources)
            ),
        )
    for claim in diff.new_claims:
        yield "?" if claim.source in maybe else "+", words["new claim"].format(line=_claim(store, claim, lang))
    yield from _new_conflicts(store, diff, lang)
    for revision in diff.revised:
        before, after = revision.before, revision.after
        measure = f"{after.topic}/{after.measure}"
        yield "!", words["revised"].format(measure=measure, before=_figure(before, lang), after=_figure(after, lang))


def _new_conflicts(store: Store, diff: DateDiff, lang: str) -> Iterator[Line]:
    """Each new conflict, marked `?` when only articles straddling --from bring it, then how many are not named."""
    for pair in diff.new_conflicts:
        marker = "?" if diff.maybe_known_conflict(pair) else "!"
        label = LEGEND[lang]["conflict pair"].format(label=conflict_label(pair.kind, lang, pair.tier))
        yield from _pair(store, marker, label, pair.a, pair.b, lang)
    if (unnamed := diff.new_conflict_count - len(diff.new_conflicts)) > 0:
        yield NOTE, count_said("more conflicts", unnamed, lang)
    yield from _tiers(diff.new_conflict_count, diff.new_firm_count, diff.new_same_day_count, lang)


def _tiers(total: int, firm: int, same_day: int, lang: str) -> Iterator[Line]:
    """Under conflicts, when one is not firm: how many of each tier, and what each tier but firm there means
    (claims.CONFLICT_TIERS)."""
    if total > firm:
        yield NOTE, LEGEND[lang]["conflicts count"].format(counts=tier_counts(total, firm, same_day, lang))
        for tier, n in ((ConflictTier.SAME_DAY, same_day), (ConflictTier.IF_EXACT, total - firm - same_day)):
            if n:
                yield NOTE, tier_line(tier, lang, marked=False)


def print_lines(env: Environment, lines: Iterator[Line]) -> None:
    if not env.stdout_isatty:
        for marker, text in lines:
            prefix = "" if marker in ("#", NOTE) else f"{marker} "
            env.stdout.write(f"{prefix}{visible(text.replace(chr(10), ' '))}\n")
        return

    console = env.console()
    for marker, text in lines:
        style = _STYLES[marker] if env.color or marker == "#" else ""
        if marker in ("#", NOTE):
            console.print(rich.Text(visible(text), style=style))
            continue
        prefix = f"{marker} "
        for index, row in enumerate(
            rich.Text(visible(text), style=style).wrap(console, max(console.width - len(prefix), 10))
        ):
            lead = " " * len(prefix) if index and len(marker) == 3 else prefix  # a header's rows: one `---` is enough
            console.print(rich.Text(lead, style=style) + row)
