"""How a listing words the conflicts it names, in `--lang`: the one place their lines, names and legend are written
(claims, sources --claim, show, the report, the Markdown export). Pure: strings, never Rich.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..claims import (
    CONFLICT_TIERS,
    ConflictKind,
    ConflictTier,
    conflict_label,
    conflict_legend,
    format_value,
    kind_of_conflict,
    tier_of_conflict,
)
from ..humanize import colon, digits, human_date
from ..model import Claim, Store
from ..placeholders import badged, entity
from ..words import LEGEND

if TYPE_CHECKING:  # index.py and listing.py name conflicts in these words
    from ..spreads import Stated
    from .index import ConflictIndex
    from .listing import SelectionConflicts


def conflict_names(
    named: Iterable[tuple[str, ConflictKind, ConflictTier]], lang: str = "en", name: Callable[[str], str] = str
) -> list[str]:
    """Conflicts (id, kind, tier) as a listing names them (`name` says each id), with their kind when it is not an
    overlap and their tier when it holds only if the round figures are exact (`ID (total fell; only if the round
    figures are exact)`, claims.conflict_label): the one wording of a claim's `conflicts with` (ConflictIndex.named,
    `show`, the report)."""
    return [name(claim_id) + conflict_label(kind, lang, tier) for claim_id, kind, tier in named]


def asserted_by(store: Store, claim: Claim | Stated, lang: str = "en") -> str:
    """Who asserts a figure, by name in `lang` (a draft's placeholder as what it is: « TODO: asserter »; an entity
    still in draft `[draft] Name`)."""
    named = (entity(store, a) for a in claim.asserted_by)
    return ", ".join(badged(e.name.get(lang), e.draft) for e in named) or LEGEND[lang]["the article"]


def conflict_line(
    store: Store,
    a: Claim,
    b: Claim,
    *,
    b_listed: bool = True,
    lang: str = "en",
    tier: ConflictTier = ConflictTier.FIRM,
) -> str:
    """`measure: a (…) ≠ b (…)`, `≠?` between them for a conflict only if the round figures are exact (its tier's
    mark, claims.CONFLICT_TIERS), then ` (total fell)` for that kind (claims.conflict_label); `b_listed=False` says b
    is not among the claims listed (filtered out)."""

    words = LEGEND[lang]

    def side(claim: Claim, note: str = "") -> str:
        return words["side"].format(
            id=badged(claim.id, claim.draft),
            value=format_value(claim, lang),
            who=asserted_by(store, claim, lang),
            as_of=words["as of"].format(date=human_date(claim.as_of, lang=lang)),
            note=note,
        )

    mark = CONFLICT_TIERS[tier][lang].mark
    label = conflict_label(kind_of_conflict(a, b), lang)
    return (
        f"{a.topic}/{a.measure}{colon(lang)}{side(a)} {mark} {side(b, '' if b_listed else words['not listed'])}{label}"
    )


def conflicts_outside(conflicts: SelectionConflicts, lang: str = "en") -> str:
    """What a listing says under its conflicts' heading: none at all (LEGEND's `no conflicts`), or `4 of them with a
    claim not listed here (…)`, or "": a filtered listing still shows a clash with a claim it leaves out, and says
    so."""
    if not conflicts.total:
        return LEGEND[lang]["no conflicts"]
    if not conflicts.outside:
        return ""
    return LEGEND[lang]["outside"].format(count=digits(f"{conflicts.outside:,}", lang))


class DrawnConflict(NamedTuple):
    """A pair a listing names, with its tier and kind (claims.tier_of_conflict, kind_of_conflict) and its line
    (conflict_line): what a terminal colours, a Markdown export lists, and the legend is written from."""

    tier: ConflictTier
    kind: ConflictKind
    a: Claim
    b: Claim
    line: str


def conflict_lines(
    store: Store, conflicts: SelectionConflicts, index: ConflictIndex, lang: str = "en"
) -> Iterator[DrawnConflict]:
    """Each pair `conflicts` names as a listing writes it (conflict_line), with its tier and kind."""
    for a, b, outside in conflicts.pairs:
        tier = tier_of_conflict(a, b, index.cumulative, index.bounds)
        line = conflict_line(store, a, b, b_listed=not outside, lang=lang, tier=tier)
        yield DrawnConflict(tier, kind_of_conflict(a, b), a, b, line)


def drawn_legend(drawn: Iterable[DrawnConflict], lang: str = "en") -> list[str]:
    """The legend under the pairs drawn: the lines of their tiers and kinds only, each tier's example taken from its
    own pairs' round figures (claims.conflict_legend; rev37 U15)."""
    drawn = list(drawn)
    return conflict_legend(
        (d.kind for d in drawn),
        lang,
        (d.tier for d in drawn),
        ((d.tier, claim) for d in drawn for claim in (d.a, d.b)),
    )
