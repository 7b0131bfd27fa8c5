"""Claims for people: who says what, when, measured how, reported where; then the spread and the conflicts."""

from __future__ import annotations

from collections.abc import Sequence

from .. import lazy_rich as rich
from ..claims import RESTATEMENT_MARK, format_value, restatement_note
from ..conflicts import ConflictIndex, Spread, Stated
from ..environment import Environment
from ..humanize import human_date, plural
from ..model import Claim, Store
from ..textnorm import visible
from .events import status_legend
from .layout import print_records
from .machine import plain_line
from .styles import DATE_STYLE, ID_STYLE, MUTED, STATUS_MARK, STATUS_STYLE

CONFLICT_STYLE = "bold red"


def print_claims(env: Environment, store: Store, claims: Sequence[Claim], spreads: Sequence[Spread]) -> None:
    """Each claim, then (on a terminal) the spread per measure and the conflicts."""
    if env.stdout_isatty:
        claims_table(env, store, claims, spreads)
    else:
        claims_plain(env, store, claims)


def asserted_by(store: Store, claim: Claim | Stated) -> str:
    return ", ".join(store.entities[a].name.en for a in claim.asserted_by) or "the article"


def claims_plain(env: Environment, store: Store, claims: Sequence[Claim]) -> None:
    """id, as_of, value, unit, topic/measure, asserted by, source, published, status, quote, and the id of the claim
    it restates (empty: a claim of its own): one claim per line."""
    for claim in claims:
        fields = [
            claim.id, claim.as_of.text, format_value(claim), claim.unit, f"{claim.topic}/{claim.measure}",
            ",".join(claim.asserted_by) or "-", claim.source, store.sources[claim.source].published.text,
            claim.status.value, claim.quote, claim.restates or "",
        ]  # fmt: skip
        env.stdout.write(plain_line(fields) + "\n")


def _who(store: Store, claims: Sequence[Stated]) -> str:
    return "; ".join(f"{c.display} {asserted_by(store, c)} ({c.source})" for c in claims)


def spread_lines(store: Store, spreads: Sequence[Spread]) -> list[str]:
    lines = []
    for spread in spreads:
        low, high = spread.lowest, spread.highest
        span = f"only {_who(store, low)}" if low == high else f"lowest {_who(store, low)} · highest {_who(store, high)}"
        lines.append(f"{spread.topic}/{spread.measure} ({plural(spread.size, 'claim')}): {span}")
    return lines


def conflict_line(store: Store, a: Claim, b: Claim) -> str:
    def side(claim: Claim) -> str:
        return f"{claim.id} ({format_value(claim)}, {asserted_by(store, claim)}, as of {human_date(claim.as_of)})"

    return f"{a.topic}/{a.measure}: {side(a)} ✕ {side(b)}"


def claims_table(env: Environment, store: Store, claims: Sequence[Claim], spreads: Sequence[Spread]) -> None:
    console = env.console()
    index = ConflictIndex(claims)
    rows = []
    for claim in claims:
        source = store.sources[claim.source]
        body = rich.Text(format_value(claim), style=CONFLICT_STYLE if index.count(claim) else "bold")
        body.append(f" {claim.unit} · {claim.measure}")
        body.append(
            f"\n{visible(asserted_by(store, claim))}, reported in {claim.source} ({human_date(source.published)})"
        )
        body.append(f"\n{claim.id}", style=ID_STYLE if env.color else MUTED)
        if claim.restates:
            body.append(f" {restatement_note(claim)}", style=MUTED)
        body.append(f"\n«{visible(claim.quote)}»", style="italic")
        rows.append(
            (
                rich.Text(human_date(claim.as_of), style=DATE_STYLE),
                rich.Text(STATUS_MARK[claim.status], style=STATUS_STYLE[claim.status]),
                body,
            )
        )
    print_records(console, rows)
    console.print(rich.Text(status_legend(len(claims), "claim"), style=MUTED))
    restated = sum(1 for claim in claims if claim.restates)
    if restated:
        console.print(
            rich.Text(f"{RESTATEMENT_MARK} {plural(restated, 'restatement')}, not counted separately", style=MUTED)
        )
    console.print()
    console.print(rich.Text("Spread per measure", style="bold"))
    for line in spread_lines(store, spreads):
        console.print(rich.Padding(rich.Text(visible(line)), (0, 0, 0, 2)))
    pairs = [pair for s in spreads for pair in s.conflicts]
    total = sum(s.conflict_count for s in spreads)
    console.print(rich.Text(f"Conflicts ({total})", style="bold"))
    if not total:
        console.print(
            rich.Text("  none: every pair of figures on the same measure and period can both be true", style=MUTED)
        )
    for a, b in pairs:
        console.print(rich.Padding(rich.Text(visible(conflict_line(store, a, b)), style=CONFLICT_STYLE), (0, 0, 0, 2)))
    if total > len(pairs):
        console.print(rich.Text(f"  … and {total - len(pairs):,} more (--all names every one)", style=MUTED))
