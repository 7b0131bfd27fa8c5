"""Claims for people: who says what, when, measured how, reported where; then the spread and the conflicts."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from .. import lazy_rich as rich
from .. import placeholders
from ..claims import (
    DRAFT_FIGURES_NOTE,
    RESTATEMENT_MARK,
    amount,
    conflicts_heading,
    draft_figure,
    format_value,
    restatement_note,
)
from ..conflicts import (
    ConflictIndex,
    SelectionConflicts,
    asserted_by,
    conflict_lines,
    conflicts_outside,
    drawn_legend,
)
from ..environment import Environment
from ..fields import ClaimView, Field, Kind
from ..humanize import digits, human_date
from ..model import Claim, Store
from ..records import claim_view
from ..spreads import Spread, Stated
from ..textnorm import visible
from ..words import LEGEND, count_said, counted
from .layout import print_records
from .lines import write_lines
from .styles import (
    DATE_STYLE,
    DRAFT_COLUMN,
    ID_STYLE,
    MUTED,
    STATUS_COLUMN,
    STATUS_MARK,
    STATUS_STYLE,
    draft_text,
    draft_value,
    status_legend,
)
from .tierstyle import TIER_STYLE, tier_style


def _named(view: ClaimView) -> str:
    unnamed = view.conflict_count - len(view.conflicts_with)
    return ",".join([*view.conflicts_with, *([f"… {unnamed} more"] if unnamed else [])])


CLAIM_LINE: Kind[ClaimView] = Kind(
    "claim_line",
    (
        Field("id", "the claim's id", lambda v: v.claim.id),
        Field("as_of", "the date the figure holds for (EDTF)", lambda v: v.claim.as_of.text),
        Field("value", "the figure as people read it (`~12,000`, `≥10,000`)", lambda v: format_value(v.claim)),
        Field("unit", "what it counts (`soldiers`)", lambda v: v.claim.unit),
        Field("measure", "`topic/measure` (`troops/in-kursk`)", lambda v: f"{v.claim.topic}/{v.claim.measure}"),
        Field(
            "asserted_by",
            "entity ids of who asserts it, comma-separated; `-` for the article's own voice",
            lambda v: ",".join(v.claim.asserted_by) or "-",
        ),
        Field("source", "id of the article reporting it", lambda v: v.claim.source),
        Field("published", "that article's publication date (EDTF)", lambda v: v.published.text),
        Field("status", STATUS_COLUMN, lambda v: v.claim.status.value),
        Field("quote", "verbatim from the article", lambda v: v.claim.quote),
        Field(
            "restates",
            "id of the claim of the same article it repeats; empty: a claim of its own",
            lambda v: v.claim.restates or "",
        ),
        Field(
            "conflicts_with",
            "ids of the claims it conflicts with, comma-separated, in as-of order, as `--json` names them (under "
            "`--as-of`, among the claims published by then); empty: none. Without `--all`, past the first 10, "
            "`… N more`",
            _named,
        ),
        Field("as_of_start", "the first day the figure may hold for (ISO)", lambda v: v.claim.as_of.start.isoformat()),
        Field("as_of_end", "the last day (ISO)", lambda v: v.claim.as_of.end.isoformat()),
        Field(
            "conflict_kinds",
            "the kind of each conflict `conflicts_with` names, comma-separated in its order: `overlapping`, "
            "`total-fell` or `across-measures`",
            lambda v: ",".join(v.conflict_kinds),
        ),
        Field(
            "conflict_tiers",
            "the tier of each conflict `conflicts_with` names, comma-separated in its order: `firm`, `same-day` or `if-exact` "
            "(only if the round figures are exact)",
            lambda v: ",".join(v.conflict_tiers),
        ),
        Field("draft", DRAFT_COLUMN, lambda v: draft_value(v.claim.draft)),
    ),
)
"""`koursk claims` and `sources --claim` in a pipe: one tab-separated line per claim, these columns in this order
(docs/reference.md lists them). A column is added at the end, so `cut -f` keeps working."""


def claims_plain(
    env: Environment, store: Store, claims: Sequence[Claim], conflicts: ConflictIndex, named: int | None
) -> None:
    """One claim per line, in the columns of CLAIM_LINE."""
    write_lines(env, CLAIM_LINE, (claim_view(claim, store, conflicts, named) for claim in claims))


def _who(store: Store, claims: Sequence[Stated], lang: str) -> str:
    return "; ".join(
        f"{digits(c.display, lang)} {asserted_by(store, c, lang)} ({placeholders.named(store, c.source)})"
        for c in claims
    )


def spread_lines(store: Store, spreads: Sequence[Spread], lang: str = "en") -> list[str]:
    words = LEGEND[lang]
    lines = []
    for spread in spreads:
        low, high = spread.lowest, spread.highest
        if low != high:
            span = words["lowest"].format(low=_who(store, low, lang), high=_who(store, high, lang))
        else:
            span = words["only" if len(low) == 1 else "all the same"].format(who=_who(store, low, lang))
        measure = f"{spread.topic}/{spread.measure}"
        lines.append(
            words["spread line"].format(measure=measure, claims=counted(spread.size, "claim", lang), span=span)
        )
    return lines


def claims_table(
    env: Environment,
    store: Store,
    claims: Sequence[Claim],
    spreads: Sequence[Spread],
    index: ConflictIndex,
    conflicts: SelectionConflicts,
    *,
    left_out: str = "",
    lang: str = "en",
) -> None:
    """The claims with their quotes, the spread per measure among them, and the conflicts they take part in: with
    any claim `index` holds, listed or not, as `--json` names them (conflicts.selection_conflicts); `left_out` says
    under the claims what --limit left out (styles.limited). Names, dates and legends in `lang`."""
    console = env.console()
    rows = []
    for claim in claims:
        source = store.sources[claim.source]
        total, firm, same_day, _ = index.lookup_tiers(claim, 0)
        body = draft_text(claim.draft, style=tier_style(total, firm, same_day) or "bold")
        body.append(f"{amount(claim, lang)} · {claim.measure}")
        reported = LEGEND[lang]["reported in"].format(source=placeholders.named(store, claim.source))
        body.append(
            f"\n{visible(asserted_by(store, claim, lang))}, {reported} ({human_date(source.published, lang=lang)})"
        )
        body.append(f"\n{claim.id}", style=ID_STYLE if env.color else MUTED)
        if claim.restates:
            body.append(f" {restatement_note(claim, partial(placeholders.named, store), lang)}", style=MUTED)
        body.append(f"\n«{visible(claim.quote)}»", style="italic")
        rows.append(
            (
                rich.Text(human_date(claim.as_of, lang=lang), style=DATE_STYLE),
                rich.Text(STATUS_MARK[claim.status], style=STATUS_STYLE[claim.status]),
                body,
            )
        )
    print_records(console, rows)
    if left_out:
        console.print(rich.Text(left_out, style="bold"))
    for line in status_legend("claim", (c.status for c in claims), lang, count=len(claims)):
        console.print(rich.Text(line, style=MUTED))
    console.print(rich.Text(LEGEND[lang]["dates"], style=MUTED))
    restated = sum(1 for claim in claims if claim.restates)
    if restated:
        said = count_said("restated", restated, lang, restatements=counted(restated, "restatement", lang))
        console.print(rich.Text(f"{RESTATEMENT_MARK} {said}", style=MUTED))
    if drafted := sum(1 for claim in claims if draft_figure(claim)):
        console.print(rich.Text(f"{counted(drafted, 'draft figure')} with a {DRAFT_FIGURES_NOTE}", style=MUTED))
    console.print()
    console.print(rich.Text(LEGEND[lang]["spread"], style="bold"))
    for line in spread_lines(store, spreads, lang):
        console.print(rich.Padding(rich.Text(visible(line)), (0, 0, 0, 2)))
    if not spreads and drafted:  # every claim listed is a draft's figure (--drafts), or restates one
        console.print(rich.Text("  none: no claim listed has a figure to compare yet", style=MUTED))
    elif not spreads:  # every claim listed restates one these filters leave out (rev21 A8)
        originals = ", ".join(sorted({claim.restates for claim in claims if claim.restates}))
        console.print(
            rich.Text(f"  none: the claims listed only restate others ({originals}), not listed here", style=MUTED)
        )
    total = conflicts.total
    console.print(rich.Text(conflicts_heading(total, conflicts.firm, conflicts.same_day, lang), style="bold"))
    said = conflicts_outside(conflicts, lang)
    if said:
        console.print(rich.Text(f"  {said}", style=MUTED))
    drawn = list(conflict_lines(store, conflicts, index, lang))
    for pair in drawn:
        console.print(rich.Padding(rich.Text(visible(pair.line), style=TIER_STYLE[pair.tier]), (0, 0, 0, 2)))
    if total > len(conflicts.pairs):
        more = digits(f"{total - len(conflicts.pairs):,}", lang)
        console.print(rich.Text(f"  {LEGEND[lang]['and more'].format(count=more)}", style=MUTED))
    for line in drawn_legend(drawn, lang):
        console.print(rich.Text(line, style=MUTED))
