"""Figures over time as an inline SVG: each claim a box spanning its `as_of` dates across and the values that would
make it true up and down (claims.value_bounds), coloured by who asserts it, conflicts outlined. Pure.

An exact figure on one day is a small square, an approximate one a band of ±10 %, an `at_least` figure a box
that runs off the top with an arrow: the picture never claims more precision than the store does.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from ..claims import CONFLICT_TIERS, ConflictTier, amount, value_bounds
from ..humanize import digits, human_date
from ..model import Claim
from ..words import LEGEND
from .escaping import text as escape

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 20, 44
MIN_BOX = 4.0  # pixels: a one-day exact figure stays visible
PALETTE_SIZE = 8  # classes s0…s7 in the style sheet
MIN_DAYS = 7  # an axis spans at least a week: one day of data is a box among days, not the whole width (rev37u U8)
CHAR_WIDTH = 7.2  # pixels: a generous average advance of a 12px sans-serif character, to tell when labels would touch
LABEL_GAP = 6.0  # pixels between two x-axis labels, at least


def _nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × 10^k) giving about `ticks` intervals over `span`."""
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _months(start: date, end: date) -> list[date]:
    """First days of the months from `start`'s to `end`'s, thinned to at most 8 labels."""
    firsts = []
    day = start.replace(day=1)
    while day <= end:
        firsts.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    step = max(1, math.ceil(len(firsts) / 8))
    return firsts[::step]


def series_colours(charts: Sequence[Sequence[str]], size: int = PALETTE_SIZE) -> list[dict[str, int]]:
    """The palette registry: each chart's series keys (`charts`, in page order) mapped to a colour index below
    `size`. Series sharing a chart never share a colour while it has no more than `size` of them (rev37u U8: "the
    article" and the 9th asserter were both s0); a key keeps one colour over the page where it can, its first free
    one (greedy colouring of the keys that meet in a chart), and takes another only in a chart where that one is
    taken."""
    preferred: dict[str, int] = {}
    for keys in charts:
        for key in keys:
            if key not in preferred:
                near = {preferred[k] for other in charts if key in other for k in other if k in preferred}
                preferred[key] = next((c for c in range(size) if c not in near), len(preferred) % size)
    assigned = []
    for keys in charts:
        taken: dict[str, int] = {}
        for key in dict.fromkeys(keys):
            used = set(taken.values())
            free = [c for c in range(size) if c not in used]
            taken[key] = preferred[key] if preferred[key] not in used or not free else free[0]
        assigned.append(taken)
    return assigned


def _extent(tx: float, label: str, anchor: str) -> tuple[float, float]:
    """Where a label drawn at `tx` with `anchor` would reach, left and right, by its estimated width."""
    width = len(label) * CHAR_WIDTH
    left = {"start": tx, "middle": tx - width / 2, "end": tx - width}[anchor]
    return left, left + width


def _fitted(ticks: Sequence[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """The x-axis labels that fit (rev37u U8: "13 OctNov 2024", "Mar 202"): one that would leave the view box is
    anchored at its tick's side instead (`start` on the left, `end` on the right), and one that would touch the
    label kept before it is left out (its tick stays)."""
    kept: list[tuple[float, str, str]] = []
    for tx, label, anchor in ticks:
        left, right = _extent(tx, label, anchor)
        if right > WIDTH:
            anchor = "end"
        elif left < 0:
            anchor = "start"
        left, _ = _extent(tx, label, anchor)
        if kept and left < _extent(*kept[-1])[1] + LABEL_GAP:
            continue
        kept.append((tx, label, anchor))
    return kept


def figure_chart(
    claims: Sequence[Claim],
    *,
    title: str,
    series: Mapping[str, int],
    asserter: Callable[[Claim], str],
    name: Callable[[str], str],
    conflicts: Mapping[str, Sequence[str]],
    chart_id: str,
    month_label: Callable[[date], str],
    tiers: Mapping[str, ConflictTier] | None = None,
    lang: str = "en",
) -> str:
    """One measure's claims as an `<svg>` element. `series` maps an asserter key (see `asserter`) to its colour
    index; `name` gives an asserter key's display name; `conflicts` the ids each claim conflicts with; `tiers`
    the surest tier of each claim's conflicts (firm when not given: `!`; else dotted for only if exact, dashed short
    for only if on the same day, with the tier's mark); the axis's numbers and each figure's label in `lang`
    (`10\u00a0000`, `au 7 nov. 2024`: words.LEGEND)."""
    words = LEGEND[lang]
    first = min(c.as_of.start for c in claims)
    start, end = first, max(c.as_of.end for c in claims) + timedelta(days=1)
    if (end - start).days < MIN_DAYS:  # padded on both sides: a single day sits mid-axis
        pad = MIN_DAYS - (end - start).days
        before = min(pad // 2, (start - date.min).days)  # no day before 1 January of year 1: the rest goes after
        start, end = start - timedelta(days=before), end + timedelta(days=pad - before)
    days = (end - start).days
    finite = [b for c in claims for b in value_bounds(c) if math.isfinite(b)]
    top = max([*finite, 1.0])  # an axis below one of anything has no nice steps (and log10 of a subnormal fails)
    step = _nice_step(top * 1.1)
    y_max = step * math.ceil(top * 1.1 / step)
    values = [step * n for n in range(round(y_max / step) + 1)]
    left = max(LEFT, math.ceil(max(len(_number(v)) for v in values) * CHAR_WIDTH) + 8)  # "1,000,000" stays in view
    plot_w, plot_h = WIDTH - left - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return left + plot_w * (day - start).days / days

    def y(value: float) -> float:
        return TOP + plot_h * (1 - min(max(value, 0.0), y_max) / y_max)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title" id="{chart_id}">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
    ]
    for tick in values:
        ty = y(tick)
        parts.append(f'<line class="grid" x1="{left}" x2="{WIDTH - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}"/>')
        parts.append(f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end">{digits(_number(tick), lang)}</text>')
    ticks = [(x(month), month_label(month), "middle") for month in _months(start, end) if month >= start]
    if all(abs(tx - x(first)) > 70 for tx, _, _ in ticks):  # no month begins near the first figure: name its day
        named = (left, "start") if first == start else (x(first) + plot_w / days / 2, "middle")  # a padded day: mid-day
        ticks = sorted([*ticks, (named[0], f"{first.day} {month_label(first)}", named[1])])
    for tx, _, _ in ticks:
        parts.append(f'<line class="axis" x1="{tx:.1f}" x2="{tx:.1f}" y1="{TOP + plot_h}" y2="{TOP + plot_h + 5}"/>')
    for tx, label, anchor in _fitted(ticks):
        parts.append(f'<text x="{tx:.1f}" y="{TOP + plot_h + 18}" text-anchor="{anchor}">{escape(label)}</text>')
    parts.append(f'<line class="axis" x1="{left}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}"/>')
    parts.append(f'<line class="axis" x1="{left}" x2="{left}" y1="{TOP}" y2="{TOP + plot_h}"/>')
    for claim in claims:
        low, high = value_bounds(claim)
        x0, x1 = x(claim.as_of.start), x(claim.as_of.end + timedelta(days=1))
        y0, y1 = y(float(high)), y(float(low))  # exact bounds (Fractions) as plot coordinates
        if x1 - x0 < MIN_BOX:
            x0, x1 = (x0 + x1 - MIN_BOX) / 2, (x0 + x1 + MIN_BOX) / 2
        if y1 - y0 < MIN_BOX:
            y0, y1 = (y0 + y1 - MIN_BOX) / 2, (y0 + y1 + MIN_BOX) / 2
        key = asserter(claim)
        clash = conflicts.get(claim.id, ())
        tier = (tiers or {}).get(claim.id, ConflictTier.FIRM)
        tiered = "" if tier is ConflictTier.FIRM else f" {tier.value}"
        css = f"figure s{series[key]}" + (f" conflict{tiered}" if clash else "")
        label = f"{amount(claim, lang)}, {words['as of'].format(date=human_date(claim.as_of, lang=lang))}, {name(key)}"
        if clash:
            label += f"; {words['conflicts with'].format(ids=', '.join(clash))}"
        parts.append(f'<a href="#claim-{escape(claim.id)}" aria-label="{escape(label)}">')
        parts.append(f"<title>{escape(label)}</title>")
        parts.append(
            f'<rect class="{css}" x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" rx="1"/>'
        )
        if math.isinf(high):
            parts.append(f'<text x="{(x0 + x1) / 2:.1f}" y="{TOP - 6}" text-anchor="middle">↑</text>')
        if clash:
            mark = CONFLICT_TIERS[tier]["en"].mark if tiered else "!"
            at = min(x1 + 2, WIDTH - 3 * CHAR_WIDTH)  # a two-character mark (≠~) stays inside the chart
            parts.append(f'<text class="conflict-mark" x="{at:.1f}" y="{max(y0, TOP) + 10:.1f}">{mark}</text>')
        parts.append("</a>")
    parts.append("</svg>")
    return "".join(parts)
