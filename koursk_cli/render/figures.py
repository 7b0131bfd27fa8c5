"""`koursk figures`: each asserter's figures on an as-of time axis, drawn with Rich on a terminal; one line per
figure in a pipe."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial

from .. import lazy_rich as rich
from .. import placeholders
from ..claims import CONFLICT_TIERS, RESTATEMENT_MARK, ConflictTier, conflict_label, conflict_legend, restatement_note
from ..environment import Environment
from ..fields import Field, Kind
from ..figures import Figure, History, Series
from ..humanize import digits, human_date, human_month, month_names
from ..model import Store
from ..textnorm import visible
from ..words import LEGEND
from .layout import longest_word
from .lines import write_lines
from .styles import (
    DATE_STYLE,
    DRAFT_COLUMN,
    ID_STYLE,
    MUTED,
    STATUS_COLUMN,
    STATUS_MARK,
    STATUS_STYLE,
    draft_value,
    status_legend,
)
from .tierstyle import TIER_STYLE

REVISION = "↻"
FIRM_MARK = CONFLICT_TIERS[ConflictTier.FIRM]["en"].mark
SAME_DAY_MARK = CONFLICT_TIERS[ConflictTier.SAME_DAY]["en"].mark
IF_EXACT_MARK = CONFLICT_TIERS[ConflictTier.IF_EXACT]["en"].mark
LABEL = 32
DETAILS_BESIDE = 100  # from this width up, the detail lines sit under the bars; below it, under the labels
"""An asserter's label takes up to LABEL columns (26 when narrow) at every width, so a wide terminal gives its room to
the time axis (rev37u U11: at 200 columns a 100-character label took half of it); a label cut (…) is said whole under
its bar (rev25 N15)."""


FIGURE_LINE: Kind[tuple[History, Series, Figure]] = Kind(
    "figure_line",
    (
        Field("measure", "`topic/measure` (`troops/in-kursk`)", lambda r: f"{r[0].topic}/{r[0].measure}"),
        Field("asserter", "who asserts it, by name (`the article (SOURCE)` for its own voice)", lambda r: r[1].label),
        Field("as_of", "the date the figure holds for (EDTF)", lambda r: r[2].claim.as_of.text),
        Field("as_of_start", "its first day (ISO)", lambda r: r[2].claim.as_of.start.isoformat()),
        Field("as_of_end", "its last day (ISO)", lambda r: r[2].claim.as_of.end.isoformat()),
        Field("figure", "the figure as people read it (`~12,000`)", lambda r: r[2].display),
        Field(
            "lowest",
            "the lowest value it allows; empty: no value yet (a draft's, under --drafts)",
            lambda r: "" if r[2].low is None else _raw(r[2].low),
        ),
        Field("highest", "the highest; empty: unbounded", lambda r: "" if r[2].high is None else _raw(r[2].high)),
        Field("claim", "the claim's id", lambda r: r[2].claim.id),
        Field(
            "conflicts_with",
            "ids of the claims it conflicts with, comma-separated",
            lambda r: ",".join(r[2].conflicts_with),
        ),
        Field(
            "revises", "id of the same asserter's earlier figure it changes; empty: none", lambda r: r[2].revises or ""
        ),
        Field(
            "restates", "id of the claim it restates; empty: a figure of its own", lambda r: r[2].claim.restates or ""
        ),
        Field("status", STATUS_COLUMN, lambda r: r[2].claim.status.value),
        Field(
            "conflict_tiers",
            "the tier of each conflict `conflicts_with` names, comma-separated in its order: `firm`, `same-day` or `if-exact` "
            "(only if the round figures are exact)",
            lambda r: ",".join(r[2].conflict_tiers),
        ),
        Field("draft", DRAFT_COLUMN, lambda r: draft_value(r[2].claim.draft)),
    ),
)
"""`koursk figures` in a pipe: one line per figure, by measure, then asserter, then as-of."""


def figures_plain(env: Environment, histories: Sequence[History]) -> None:
    write_lines(env, FIGURE_LINE, ((h, series, f) for h in histories for series in h.series for f in series.figures))


def _raw(value: float) -> str:
    """`13200` for machines: no thousands separator."""
    return str(value)


def _number(value: float, lang: str) -> str:
    """`13,200`, `2.5`; `13\u00a0200`, `2,5` in French (humanize.digits)."""
    return digits(f"{value:,}" if isinstance(value, int) else f"{value:,.1f}", lang)


def _allows(f: Figure, lang: str) -> str:
    """The values a figure allows, when they are not just the figure: `10,800–13,200`, `10,000 or more`."""
    if f.low is None:  # a draft's figure without a value (--drafts): its display says TODO
        return ""
    if f.high is None:
        return LEGEND[lang]["or more"].format(value=_number(f.low, lang))
    if f.low == f.high:
        return ""
    return f"{_number(f.low, lang)}–{_number(f.high, lang)}"


def _column(day: date, start: date, days_per_column: float) -> int:
    return int((day - start).days / days_per_column)


def _axis(start: date, end: date, width: int, days_per_column: float, lang: str) -> str:
    """Month labels at the columns where months begin, when they fit."""
    cells = [" "] * width
    day = date(start.year, start.month, 1)
    last_end = -1
    while day <= end:
        column = max(0, _column(day, start, days_per_column))
        label = human_month(day, lang) if day.month == 1 or last_end < 0 else month_names(lang)[day.month - 1]
        if column > last_end and column + len(label) <= width:
            cells[column : column + len(label)] = list(label)
            last_end = column + len(label)
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return "".join(cells).rstrip()


def _detail_parts(env: Environment, store: Store, f: Figure, cut: str | None, lang: str) -> list[rich.Text]:
    """What is said under a figure's bar: who asserts it when its label was `cut`, its dates, status, id, the values
    it allows, source and marks; each record still in draft (--drafts) `[draft] ID` (placeholders.named)."""
    allows, words = _allows(f, lang), LEGEND[lang]
    name = partial(placeholders.named, store)
    parts: list[str | rich.Text] = [
        *([visible(cut)] if cut else []),
        human_date(f.claim.as_of, lang=lang),
        words[f.claim.status.value],
        rich.Text(placeholders.badged(f.claim.id, f.claim.draft), style=ID_STYLE if env.color else MUTED),
        *([words["allows"].format(values=allows)] if allows else []),
        words["in"].format(source=name(f.claim.source)),
        *_conflict_parts(f, lang, name),
        *([f"{REVISION} revises {name(f.revises)}"] if f.revises else []),
        *([restatement_note(f.claim, name, lang)] if f.claim.restates else []),
    ]
    return [part if isinstance(part, rich.Text) else rich.Text(part, style=MUTED) for part in parts]


def _conflict_parts(f: Figure, lang: str, name: Callable[[str], str] = str) -> list[str]:
    """`≠ ID (across measures)` for the firm conflicts, `≠? ID` for those only if the round figures are exact: each
    tier after its mark (claims.CONFLICT_TIERS); `name` says each ID (placeholders.named: `[draft] ID`)."""
    named = list(zip(f.conflicts_with, f.conflict_kinds, f.conflict_tiers, strict=True))
    parts = []
    for tier in ConflictTier:
        ids = [name(c) + conflict_label(kind, lang) for c, kind, t in named if t == tier]
        if ids:
            parts.append(f"{CONFLICT_TIERS[tier][lang].mark} {', '.join(ids)}")
    return parts


def _bar_tier(f: Figure) -> ConflictTier | None:
    """The tier a figure's bar is marked with: firm when one of its conflicts is, else only if exact when it has one
    (None: no conflict)."""
    return next((tier for tier in ConflictTier if tier.value in f.conflict_tiers), None)


def _detail(parts: Sequence[rich.Text], width: int) -> rich.Text:
    """The parts joined by ` · `, a line broken between two parts rather than inside one when a part fits on the
    next line: no line ends in a dangling ` · ` (rev27 U14). A part longer than `width` is left to Rich's wrap."""
    detail = rich.Text(style=MUTED)
    used = 0
    for part in parts:
        if used and used + 3 + part.cell_len > width:
            detail.append("\n")
            used = 0
        elif used:
            detail.append(" · ", style=MUTED)
            used += 3
        detail.append_text(part)
        used += part.cell_len
    return detail


def _label(store: Store, series: Series, lang: str) -> str:
    """An asserter's label, `[draft] ` before it when an entity it names or its article is still in draft; an
    article's own voice in `lang` (`l'article (SOURCE)`: the pipe and JSON keep `the article (SOURCE)`)."""
    named = (*series.asserted_by, *([series.source] if series.source else []))
    label = (
        series.label if series.asserted_by or not series.source else f"{LEGEND[lang]['the article']} ({series.source})"
    )
    return placeholders.badged(label, any(placeholders.drafted(store, i) for i in named))


def figures_chart(env: Environment, store: Store, histories: Sequence[History], lang: str = "en") -> None:
    """Each measure's figures on an as-of axis, asserter by asserter (`store`: which records are drafts); dates and
    legends in `lang`."""
    console = env.console()
    histories = [h._replace(series=[s._replace(label=_label(store, s, lang)) for s in h.series]) for h in histories]
    for index, history in enumerate(histories):
        if index:
            console.print()
        heading = rich.Text(f"{history.topic}/{history.measure}", style="bold")
        heading.append(f"  {visible(history.description)} ({history.unit})", style=MUTED)
        console.print(heading)
        shown = {f.claim.id: digits(f.display, lang) for s in history.series for f in s.figures}
        value_width = max(map(len, shown.values()))
        value_width += 2  # the status mark: a hedged figure never looks like an established one
        room = max(26, min(LABEL, console.width - value_width - 30))
        label_width = min(
            room, max(len(s.label) for s in history.series)
        )  # a longer label is cut (…), said whole below
        axis_width = max(10, console.width - label_width - value_width - 6)
        span = (history.end - history.start).days + 1
        per_column = max(span / axis_width, 1 / 3)
        axis_width = min(axis_width, _column(history.end, history.start, per_column) + 1)
        pad = " " * (label_width + value_width + 4)
        axis = rich.Text(pad + _axis(history.start, history.end, axis_width, per_column, lang), style=MUTED)
        console.print(axis, no_wrap=True, overflow="ellipsis")  # cut as its bars are, never a label's year alone below
        parts = {
            f.claim.id: _detail_parts(env, store, f, series.label if len(series.label) > label_width else None, lang)
            for series in history.series
            for f in series.figures
        }
        # under the bars, unless an id there would not fit whole, labels are wide, or the terminal is too narrow to
        # leave the details more than a sliver beside the labels (rev27 U14: 30 columns at 80): then under the labels
        indent = len(pad)
        if console.width < DETAILS_BESIDE or any(
            longest_word(p.plain) > console.width - indent for d in parts.values() for p in d
        ):
            indent = 2
        details = {claim: _detail(d, console.width - indent) for claim, d in parts.items()}
        for series in history.series:
            label = series.label if len(series.label) <= label_width else series.label[: label_width - 1] + "…"
            for number, f in enumerate(series.figures):
                line = rich.Text(
                    f"{visible(label) if number == 0 else '':<{label_width}}  ", style="bold" if not number else ""
                )
                status = f.claim.status
                line.append(STATUS_MARK[status], style=STATUS_STYLE[status] if env.color else "")
                line.append(f"{shown[f.claim.id]:>{value_width - 1}}  ", style="bold")
                first = _column(f.claim.as_of.start, history.start, per_column)
                last = max(first, _column(f.claim.as_of.end, history.start, per_column))
                line.append(" " * first)
                bar = "━" * (last - first + 1)
                line.append(bar, style=DATE_STYLE if env.color else "")
                tier = _bar_tier(f)
                if tier is not None:  # after the bar, in its tier's colour (rev37 C12)
                    line.append(f" {CONFLICT_TIERS[tier][lang].mark}", style=TIER_STYLE[tier] if env.color else "")
                marks = (f" {REVISION}" if f.revises else "") + (f" {RESTATEMENT_MARK}" if f.claim.restates else "")
                if marks:
                    line.append(marks, style="bold red" if env.color else "")
                console.print(line, no_wrap=True, overflow="ellipsis")
                console.print(rich.Padding(details[f.claim.id], (0, 0, 0, indent)))
    console.print()
    statuses = (f.claim.status for history in histories for s in history.series for f in s.figures)
    for said in status_legend("claim", statuses, lang):
        console.print(rich.Text(said, style=MUTED))
    marks = LEGEND[lang]["figures"].format(
        conflict=FIRM_MARK,
        same_day=SAME_DAY_MARK,
        if_exact=IF_EXACT_MARK,
        revision=REVISION,
        restatement=RESTATEMENT_MARK,
    )
    console.print(rich.Text(marks, style=MUTED))
    figures = [f for history in histories for s in history.series for f in s.figures]
    kinds = (kind for f in figures for kind in f.conflict_kinds)
    tiers = [(tier, f.claim) for f in figures for tier in f.conflict_tiers]  # each tier's example: its figures shown
    for meaning in conflict_legend(kinds, lang, (tier for tier, _ in tiers), tiers):
        console.print(rich.Text(meaning, style=MUTED))
