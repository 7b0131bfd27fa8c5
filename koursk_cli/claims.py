"""What a claimed figure allows, and when two claims agree or conflict. Pure.

Rules (docs/claims.md, "Claims: how figures are compared"):
- exact v means [v, v]; approximate v means [0.9·v, 1.1·v] (APPROXIMATE_TOLERANCE); at_least v means [v, ∞);
  at_most v means [0, v]; range means [value_min, value_max].
- Two claims conflict when they share topic and measure, their `as_of` dates overlap, and their intervals are
  disjoint: no single number could make both true.
- On a cumulative measure (a running total that can only grow: topics.yaml `cumulative: true`), two claims whose
  `as_of` dates do not overlap also conflict when the later one's highest value is below the earlier one's lowest
  (the total fell), unless they share an asserter (then it is a revision, never a conflict).
- A restatement (`restates`: an article repeating its own figure, in a summary box or a recap) is not a separate
  claim: it is listed, but never counted in a spread and never a party to a conflict.
- A draft's figure that `koursk extract` could not read (`value: null  # TODO`) or could not place (topic
  todo-topic, measure todo-measure), which only --drafts lets through, is listed as it stands ("TODO: value"), but
  never counted in a spread, never a party to a conflict, and never revises or is revised (`comparable`).
- Bounds are exact: a count stays an int, and ±10 % of it is a Fraction (never 13200.000000000002).

Which claims a listing selects is claimquery.py; counting and naming the conflicts of a whole store is conflicts/,
each measure's spread spreads.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import NamedTuple

from .humanize import colon, digits
from .model import Claim, Topic, ValueKind
from .placeholders import TODO, TODO_ASSERTER, TODO_MEASURE, TODO_TOPIC
from .words import LEGEND, singular

APPROXIMATE_TOLERANCE = Fraction(1, 10)

Bound = int | float | Fraction
"""A value bound: the stated number, an exact Fraction for ±10 %, or math.inf when unbounded above."""


def _exact(value: float) -> Fraction | float:
    """The value as an exact Fraction (a YAML float is the binary number it denotes); NaN and inf stay floats."""
    return Fraction(value) if math.isfinite(value) else value


UNREAD = f"{TODO} value"
"""How a figure without a value (a draft's, under --drafts) is shown wherever its value would be."""


_RANGE = ValueKind.RANGE  # read once: a class attribute of an enum is a descriptor call in Python 3.11


def unread(claim: Claim) -> bool:
    """Whether the claim has no figure: a draft's `value: null` (or a range without both ends) that only --drafts
    lets through."""
    if claim.value_kind is _RANGE:
        return claim.value_min is None or claim.value_max is None
    return claim.value is None


def comparable(claim: Claim) -> bool:
    """Whether the claim counts in its measure's spread and may conflict with or revise another: a separate claim
    (not a restatement) with a figure and a real topic and measure (not a draft's placeholders)."""
    return claim.restates is None and not unread(claim) and claim.topic != TODO_TOPIC and claim.measure != TODO_MEASURE


def draft_figure(claim: Claim) -> bool:
    """Whether a separate claim is kept out of spreads, conflicts and revisions for a draft's placeholder (--drafts):
    listed, marked as such."""
    return claim.restates is None and not comparable(claim)


DRAFT_FIGURES_NOTE = "TODO value, topic or measure: in no spread, conflict or revision until written"
"""Said after a listing holding `draft_figure`s (--drafts)."""


def value_bounds(claim: Claim) -> tuple[Bound, Bound]:
    """The interval of values that would make the claim true (math.inf when unbounded above); ValueError for a claim
    without a figure (`unread`: a draft's, which no spread or conflict ever takes).

    Computed exactly: ±10 % of 12,000 is 10,800 and 13,200, not 13200.000000000002."""
    kind, value = claim.value_kind, claim.value
    if unread(claim):
        raise ValueError(f"claim {claim.id} has no value")
    if kind is ValueKind.RANGE:
        assert claim.value_min is not None and claim.value_max is not None
        return claim.value_min, claim.value_max
    assert value is not None
    if kind is ValueKind.APPROXIMATE:
        exact = _exact(value)
        return exact * (1 - APPROXIMATE_TOLERANCE), exact * (1 + APPROXIMATE_TOLERANCE)
    if kind is ValueKind.AT_LEAST:
        return value, math.inf
    if kind is ValueKind.AT_MOST:
        return 0, value
    return value, value


def plain_number(value: Bound) -> int | float:
    """A bound as JSON, CSV and SQLite hold it: an int when it is a whole number, else the nearest float."""
    if isinstance(value, int):
        return value
    if isinstance(value, Fraction):
        return int(value) if value.denominator == 1 else float(value)
    return int(value) if value.is_integer() else value


def compatible(a: Claim, b: Claim) -> bool:
    """Whether one number could make both claims true."""
    a_low, a_high = value_bounds(a)
    b_low, b_high = value_bounds(b)
    return a_low <= b_high and b_low <= a_high


class ConflictKind(StrEnum):
    """Why two figures cannot both be true: the one registry every listing names a conflict's kind from."""

    OVERLAPPING = "overlapping"
    """Their as-of dates overlap and no single number satisfies both (docs/claims.md rule 3)."""
    TOTAL_FELL = "total-fell"
    """A cumulative measure, as-of dates that do not overlap, and the later total below the earlier (rule 8)."""
    ACROSS_MEASURES = "across-measures"
    """Two measures, one bounded by the other (topics.yaml `at_most`), and the bounded figure above the other where
    both cannot hold (rule 9, exceeds_bound)."""

    @classmethod
    def between(cls, dates_meet: bool, one_measure: bool = True) -> ConflictKind:
        """The kind of a pair known to conflict, from whether their as-of dates meet and whether they are on one
        measure: the one place it is decided (conflict_kind, kind_of_conflict, the conflict index and the pairs
        across measures all ask it)."""
        if not one_measure:
            return cls.ACROSS_MEASURES
        return cls.OVERLAPPING if dates_meet else cls.TOTAL_FELL


class ConflictWords(NamedTuple):
    """How listings word one kind of conflict in one language: `label` beside a pair (`total fell`; "" for an
    overlapping one, unmarked), `meaning` in the legend under the pairs (docs/claims.md's table is written from it)."""

    label: str
    meaning: str


CONFLICT_LABELS: dict[ConflictKind, dict[str, ConflictWords]] = {
    ConflictKind.OVERLAPPING: {
        "en": ConflictWords(
            "",
            "no single figure fits both on a day both as-of dates share; of two windows (each “some time within”), "
            "both may still hold on different days",
        ),
        "fr": ConflictWords(
            "",
            "aucun chiffre ne convient aux deux un jour commun à leurs dates ; sur deux périodes (chacune « à un "
            "moment »), les deux peuvent valoir à des jours différents",
        ),
    },
    ConflictKind.TOTAL_FELL: {
        "en": ConflictWords("total fell", "a running total dated wholly after another is below it"),
        "fr": ConflictWords("total en baisse", "un total cumulé daté tout entier après un autre lui est inférieur"),
    },
    ConflictKind.ACROSS_MEASURES: {
        "en": ConflictWords(
            "across measures",
            "a part larger than its whole (in Kursk above in Russia or sent) on a day both as-of dates share, or "
            "above a total dated later; of two windows (each “some time within”) that overlap, both may still hold on "
            "different days",
        ),
        "fr": ConflictWords(
            "entre mesures",
            "une partie plus grande que son tout (à Koursk plus qu'en Russie ou qu'envoyés) un jour commun à leurs "
            "dates, ou plus qu'un total daté après ; sur deux périodes (chacune « à un moment ») qui se chevauchent, "
            "les deux peuvent valoir à des jours différents",
        ),
    },
}
"""How listings word each kind of conflict, by language: an overlapping conflict is unmarked beside its pair, the
others are said in words (`≠ conflicts with X (total fell)`), and the legend under the pairs says what each kind
means (conflict_legend). JSON, CSV and SQLite give the kind itself (its value)."""

CumulativeMeasures = AbstractSet[tuple[str, str]]
"""The (topic, measure) pairs whose figures are running totals that can only grow (topics.yaml `cumulative: true`)."""


def cumulative_measures(topics: Mapping[str, Topic]) -> frozenset[tuple[str, str]]:
    """Every (topic, measure) marked `cumulative: true` in topics.yaml."""
    return frozenset((t.id, m.id) for t in topics.values() for m in t.measures if m.cumulative)


MeasureBounds = AbstractSet[tuple[str, str, str]]
"""(topic, measure, bound): figures on `measure` can never exceed figures on `bound` at a given time (topics.yaml
`at_most`, followed along its chains)."""


def measure_bounds(topics: Mapping[str, Topic]) -> frozenset[tuple[str, str, str]]:
    """Every (topic, measure, bound) the `at_most` marks of topics.yaml give, directly or along a chain (in-kursk is
    at most in-russia, which is at most sent-to-russia: so is in-kursk). `check` refuses a loop; one here stops."""
    found: set[tuple[str, str, str]] = set()
    for topic in topics.values():
        bounds = {m.id: m.at_most for m in topic.measures if m.at_most is not None}
        for measure in bounds:
            bound: str | None = bounds[measure]
            while bound is not None and bound != measure and (topic.id, measure, bound) not in found:
                found.add((topic.id, measure, bound))
                bound = bounds.get(bound)
    return frozenset(found)


def exceeds_bound(a: Claim, b: Claim, bounds: MeasureBounds, cumulative: CumulativeMeasures = frozenset()) -> bool:
    """Whether claim `a`, on a measure bounded by `b`'s (`bounds`), states more than `b` allows where it cannot: `a`'s
    lowest allowed value is above `b`'s highest, and either their as-of dates overlap or `b`'s measure is cumulative
    and dated wholly after `a` (a total later cannot be below a count earlier). Never for a restatement; a shared
    asserter does not excuse it (one source's two figures that cannot both hold are worth showing): rule 9."""
    if not comparable(a) or not comparable(b) or a.topic != b.topic:
        return False
    if (a.topic, a.measure, b.measure) not in bounds:
        return False
    later_total = (b.topic, b.measure) in cumulative and a.as_of.end < b.as_of.start
    if not later_total and not a.as_of.overlaps(b.as_of.start, b.as_of.end):
        return False
    return not value_bounds(a)[0] <= value_bounds(b)[1]


def total_fell(earlier: Claim, later: Claim) -> bool:
    """Whether a total fell from `earlier` to `later`: the later figure's highest allowed value is below the earlier
    one's lowest (`not earlier_low <= later_high`, so a NaN bound falls, as it is compatible with nothing)."""
    return not value_bounds(earlier)[0] <= value_bounds(later)[1]


def conflict_kind(
    a: Claim, b: Claim, cumulative: CumulativeMeasures = frozenset(), bounds: MeasureBounds = frozenset()
) -> ConflictKind | None:
    """How two claims conflict, or None when they do not: on one measure, neither a restatement, and either their
    as-of dates overlap and no number satisfies both, or (on a cumulative measure) their dates do not overlap, the
    later total is below the earlier, and no asserter is shared (an asserter lowering its own figure revises it:
    docs/claims.md rule 2; a pair is never both); or, on two measures one of which `bounds` bounds by the other, one
    exceeds the other where both cannot hold (exceeds_bound, rule 9)."""
    if a.id == b.id or not comparable(a) or not comparable(b):  # a restatement, a draft's figure without a value
        return None
    meet = a.as_of.overlaps(b.as_of.start, b.as_of.end)
    one_measure = (a.topic, a.measure) == (b.topic, b.measure)
    if not one_measure:
        clash = exceeds_bound(a, b, bounds, cumulative) or exceeds_bound(b, a, bounds, cumulative)
    elif meet:
        clash = not compatible(a, b)
    elif (a.topic, a.measure) not in cumulative or same_asserter(a, b):
        return None
    else:
        earlier, later = (a, b) if a.as_of.end < b.as_of.start else (b, a)
        clash = total_fell(earlier, later)
    return ConflictKind.between(meet, one_measure) if clash else None


def kind_of_conflict(a: Claim, b: Claim) -> ConflictKind:
    """The kind of a pair already known to conflict: overlapping when their as-of dates overlap, else a total that
    fell, or across measures when they are on two."""
    return ConflictKind.between(
        a.as_of.overlaps(b.as_of.start, b.as_of.end), (a.topic, a.measure) == (b.topic, b.measure)
    )


ROUND_FROM = 100
"""The smallest figure that can be round: a few soldiers, nights or a factor (×10) are counted, not estimated."""
ROUND_DIGITS = 2
"""A round figure has at most this many significant digits: 10,000, 1,500, 11,000, 12,000, 300, but not 1,050."""
ROUND_LIMIT: int = 10**ROUND_DIGITS


def round_figure(claim: Claim) -> bool:
    """Whether a claim is a bare round figure: `exact` as printed (editorial.md §10: no qualifier, no interval), a
    whole number of at least ROUND_FROM with at most ROUND_DIGITS significant digits. Such a figure may be an
    estimate rounded for print (« estiment … 10 000 combattants »), so a conflict resting on it is told apart
    (conflict_tier; docs/claims.md says why this definition)."""
    value = claim.value
    if claim.value_kind is not ValueKind.EXACT or value is None or not math.isfinite(value) or value < ROUND_FROM:
        return False
    if not float(value).is_integer():
        return False
    digits = int(value)
    while digits % 10 == 0:
        digits //= 10
    return digits < ROUND_LIMIT


def widened(claim: Claim) -> Claim:
    """The claim with a round exact figure read as approximate (±APPROXIMATE_TOLERANCE, as « environ »), else the
    claim itself. Its interval holds the exact one, so widening can only take conflicts away (every kind compares a
    low bound against a high bound): a conflict that survives it is firm."""
    return claim._replace(value_kind=ValueKind.APPROXIMATE) if round_figure(claim) else claim


class ConflictTier(StrEnum):
    """How sure a conflict is: the one registry every listing names a conflict's tier from (CONFLICT_TIERS)."""

    FIRM = "firm"
    """It holds with every round exact figure read as approximate (widened)."""
    SAME_DAY = "same-day"
    """Firm on the figures, but the as-of dates can be read so that both hold (claims.dates_reconcile)."""
    IF_EXACT = "if-exact"
    """It rests on reading a bare round figure as exact: widened to ±10 %, the two figures can both hold."""


class TierWords(NamedTuple):
    """How listings word one tier in one language: `mark` between a pair's two figures (`≠`, `≠?`), `label` beside a
    conflict a listing names by id (after its kind's: `ID (total fell; only if the round figures are exact)`; "" for
    a firm one, unmarked), `counted` after how many are of the tier (`Conflicts (4): 1 firm, 3 only if …`; `{s}`:
    a plural's s), `meaning` in the legend under the pairs (docs/claims.md's table is written from it)."""

    mark: str
    label: str
    counted: str
    meaning: str


CONFLICT_TIERS: dict[ConflictTier, dict[str, TierWords]] = {
    ConflictTier.FIRM: {
        "en": TierWords(
            "≠",
            "",
            "firm",
            "no single figure fits both even with each round figure{example} read as approximate, ±10 %, and their "
            "as-of dates cannot be read as days on which both hold",
        ),
        "fr": TierWords(
            "≠",
            "",
            "ferme{s}",
            "aucun chiffre ne convient aux deux même en lisant chaque chiffre rond{example} comme approximatif, à 10 % "
            "près, et leurs dates ne se lisent pas comme des jours où les deux valent",
        ),
    },
    ConflictTier.SAME_DAY: {
        "en": TierWords(
            "≠~",
            "only if on the same day",
            "only if on the same day",
            "the figures clash{example} even with each round figure read as approximate, but their as-of dates can be "
            "read as days on which both hold: a conflict only if both are of one day",
        ),
        "fr": TierWords(
            "≠~",
            "seulement si le même jour",
            "seulement si le même jour",
            "les chiffres se contredisent{example} même en lisant chaque chiffre rond comme approximatif, mais leurs "
            "dates se lisent comme des jours où les deux valent : conflit seulement s'ils sont du même jour",
        ),
    },
    ConflictTier.IF_EXACT: {
        "en": TierWords(
            "≠?",
            "only if the round figures are exact",
            "only if the round figures are exact",
            "a bare round figure{example} is stored as printed, exact; read as approximate (±10 %, as “environ”), "
            "both can be true",
        ),
        "fr": TierWords(
            "≠?",
            "seulement si les chiffres ronds sont exacts",
            "seulement si les chiffres ronds sont exacts",
            "un chiffre rond sans qualificatif{example} est gardé tel qu'imprimé, exact ; lu comme approximatif (à "
            "10 % près, comme « environ »), les deux peuvent être vrais",
        ),
    },
}
"""How listings word each tier of conflict, by language (TierWords): `Conflicts (4): 1 firm, 1 only if on the same day,
2 only if the round figures are exact`, `≠`, `≠~` or `≠?` between a pair's figures, the legend's `≠? only if the round
figures are exact: …`. A pair firm on the figures whose as-of dates can be read as days on which both hold is only if
on the same day (claims.dates_reconcile), so `firm` never claims more than the figures and dates prove (rev37u U4).
`{example}` in a meaning is where the round figures of the pairs shown go (` (10,000, 1,500)`; nothing when none
is shown: rev37 U15). English quotes in English (a terminal's wrap never parts them from their words), no-break
spaces inside « » in French (the report). JSON, CSV and SQLite give the tier itself (its value)."""


_DAY = timedelta(days=1)


def pinned_window(claim: Claim) -> tuple[date, date]:
    """The claim's as-of days, an end marked approximate (`2024-10-13~`) widened by a day each way it may move: such
    a day may be a neighbouring one, so it never pins a pair by itself (rev37u U4, the lead's decision). No day comes
    before 1 January of year 1, a date the store keeps (`0001-01-01~`): the window stops there (review47)."""
    first, last = claim.as_of.first, claim.as_of.last
    start = first.start - _DAY if first.approximate and first.start > date.min else first.start
    return start, last.end + _DAY * last.approximate  # the store's dates end a year before date.max


def dates_reconcile(
    a: Claim, b: Claim, cumulative: CumulativeMeasures = frozenset(), bounds: MeasureBounds = frozenset()
) -> bool:
    """Whether two claims that conflict on their figures even widened (firm on the figures) may both hold on days
    their as-of dates allow (pinned_window). Each clash asks for days of its own: on a stock (one measure, or the
    bounding one across measures), two different days; on a running total, the lower figure on a day before the
    higher; across measures bounded by a running total, the total on a day before the part's. So a total that fell,
    or a later total across measures, stays firm unless both facing ends are approximate and a day apart (the lead's
    rule: an approximate day never pins a pair by itself). docs/claims.md says why."""
    a, b = widened(a), widened(b)
    # each clash: (earlier, later) for a day strictly before another, or None for any two different days
    clashes: list[tuple[Claim, Claim] | None] = []
    if (a.topic, a.measure) == (b.topic, b.measure):
        running = (a.topic, a.measure) in cumulative
        for lower, higher in ((a, b), (b, a)):
            if not value_bounds(higher)[0] <= value_bounds(lower)[1]:
                clashes.append((lower, higher) if running else None)
    else:
        for part, total in ((a, b), (b, a)):
            if exceeds_bound(part, total, bounds, cumulative):
                clashes.append((total, part) if (total.topic, total.measure) in cumulative else None)
    (a_start, a_end), (b_start, b_end) = pinned_window(a), pinned_window(b)
    orders = {clash for clash in clashes if clash is not None}
    if not orders:  # two different days (a stock: their dates overlap), unless both are pinned to the one day
        return not (a_start == a_end and b_start == b_end)
    if len(orders) > 1:  # each before the other
        return False
    earlier, later = orders.pop()
    return pinned_window(earlier)[0] < pinned_window(later)[1]


def conflict_tier(
    a: Claim, b: Claim, cumulative: CumulativeMeasures = frozenset(), bounds: MeasureBounds = frozenset()
) -> ConflictTier | None:
    """How sure the conflict of two claims is, or None when they do not conflict: only if the round figures are
    exact when it goes with their round exact figures widened (`widened`), else only if on the same day when their
    dates can be read apart (dates_reconcile), else firm."""
    if conflict_kind(a, b, cumulative, bounds) is None:
        return None
    if conflict_kind(widened(a), widened(b), cumulative, bounds) is None:
        return ConflictTier.IF_EXACT
    return ConflictTier.SAME_DAY if dates_reconcile(a, b, cumulative, bounds) else ConflictTier.FIRM


def tier_of_conflict(
    a: Claim, b: Claim, cumulative: CumulativeMeasures = frozenset(), bounds: MeasureBounds = frozenset()
) -> ConflictTier:
    """The tier of a pair already known to conflict (conflict_tier): the one place a listing, an export or a diff
    asks it. ValueError when they do not conflict: a pair named from the counts that the pairwise rule does not find
    is a fault to show, never a silent `firm` (rev37 C3)."""
    tier = conflict_tier(a, b, cumulative, bounds)
    if tier is None:
        raise ValueError(f"{a.id} and {b.id} do not conflict")
    return tier


def tier_counts(total: int, firm: int, same_day: int, lang: str = "en") -> str:
    """`1 firm, 1 only if on the same day, 2 only if the round figures are exact` (a tier with none left out), or ""
    with no conflict."""
    counts = (
        (ConflictTier.FIRM, firm),
        (ConflictTier.SAME_DAY, same_day),
        (ConflictTier.IF_EXACT, total - firm - same_day),
    )
    return ", ".join(
        f"{digits(f'{n:,}', lang)} {CONFLICT_TIERS[tier][lang].counted.format(s='' if singular(n, lang) else 's')}"
        for tier, n in counts
        if n
    )


def conflicts_heading(total: int, firm: int, same_day: int, lang: str = "en") -> str:
    """`Conflicts (4): 1 firm, 1 only if on the same day, 2 only if the round figures are exact` (tier_counts): the
    heading over listed pairs."""
    tiers = tier_counts(total, firm, same_day, lang)
    heading = LEGEND[lang]["conflicts"].format(total=digits(f"{total:,}", lang))
    return heading + (f"{colon(lang)}{tiers}" if tiers else "")


def surest_tier(total: int, firm: int, same_day: int) -> ConflictTier | None:
    """The surest tier among a claim's conflicts (`total`, of which `firm` and `same_day`): what a view that marks a
    claim once (a colour, a chart's box) marks it with; None with none."""
    counts = ((ConflictTier.FIRM, firm), (ConflictTier.SAME_DAY, same_day), (ConflictTier.IF_EXACT, total))
    return next((tier for tier, n in counts if n), None)


def conflict_label(kind: ConflictKind | str, lang: str = "en", tier: ConflictTier | str = ConflictTier.FIRM) -> str:
    """` (total fell)` after a conflict a listing names, or "" for a firm overlapping one: its kind's label
    (CONFLICT_LABELS), then its tier's (CONFLICT_TIERS: ` (total fell; only if the round figures are exact)`)."""
    labels = (CONFLICT_LABELS[ConflictKind(kind)][lang].label, CONFLICT_TIERS[ConflictTier(tier)][lang].label)
    joined = "; ".join(label for label in labels if label)
    return f" ({joined})" if joined else ""


def round_examples(figures: Iterable[Claim], lang: str = "en") -> str:
    """` (10,000, 1,500)` (in French grouped by no-break spaces, as `digits` writes them): the distinct round figures
    (round_figure) among `figures`, highest first, as a tier's legend gives them for an example; "" when none is."""
    values = sorted({int(c.value) for c in figures if round_figure(c) and c.value is not None}, reverse=True)
    said = (digits(f"{v:,}", lang) for v in values)
    return f" ({', '.join(said)})" if values else ""


def tier_line(tier: ConflictTier | str, lang: str = "en", *, marked: bool = True, figures: Iterable[Claim] = ()) -> str:
    """What a tier means, as the legend under listed conflicts says it: `≠ firm: …`, `≠? only if the
    round figures are exact: …` (without the mark where no pair is drawn: `marked=False`), its example the round
    figures among `figures` (the claims of the pairs of that tier shown: round_examples)."""
    words = CONFLICT_TIERS[ConflictTier(tier)][lang]
    meaning = words.meaning.format(example=round_examples(figures, lang))
    return f"{f'{words.mark} ' if marked else ''}{words.counted.format(s='')}{colon(lang)}{meaning}"


UNLABELLED = {"en": "(no label)", "fr": "(sans mention)"}
"""Opens the legend's line for the kind of conflict listings leave unlabelled (an overlap): ≠ and ≠? say its tier."""


def conflict_legend(
    kinds: Iterable[ConflictKind | str],
    lang: str = "en",
    tiers: Iterable[ConflictTier | str] = (),
    figures: Iterable[tuple[ConflictTier | str, Claim]] = (),
) -> list[str]:
    """What each tier (CONFLICT_TIERS) and each kind of conflict among `tiers` and `kinds` means, one line each in
    the registries' order, as the legend under listed conflicts says it (a terminal, `export markdown`): `≠ firm on
    the figures: …`, `≠? only if the round figures are exact: …`, `(no label) …` for an overlap, `(total fell) …`
    for the others; only those given, which a listing takes from the pairs it shows (rev37 U15). `figures`: each
    claim of a pair shown, with that pair's tier, whose round figures are the tier's example (round_examples).
    (rev30 U4: « both cannot be true » was said of windows that docs/claims.md says may both hold; rev32 R15: of
    round figures the store reads as estimates; rev37 U4: of a firm pair on such windows.)"""
    present = {ConflictKind(kind) for kind in kinds}
    tiered = {ConflictTier(tier) for tier in tiers}
    shown: dict[ConflictTier, list[Claim]] = {}
    for tier, claim in figures:
        shown.setdefault(ConflictTier(tier), []).append(claim)
    lines = [tier_line(tier, lang, figures=shown.get(tier, ())) for tier in ConflictTier if tier in tiered]
    for kind, words in CONFLICT_LABELS.items():
        if kind in present:
            label, meaning = words[lang]
            lines.append(f"{f'({label})' if label else UNLABELLED[lang]} {meaning}")
    return lines


RESTATEMENT_MARK = "↩"
"""Marks a restatement wherever claims are listed (terminal, Markdown; pipes give its `restates` id in a column)."""


def restatement_note(claim: Claim, name: Callable[[str], str] = str, lang: str = "en") -> str:
    """`↩ restates ID: not counted separately`, or "" for a claim of its own: a reader counting rows must see that
    this one repeats a figure its article already gave. `name` says the ID as the view names a record
    (placeholders.named: `[draft] ID` under --drafts)."""
    if claim.restates is None:
        return ""
    return f"{RESTATEMENT_MARK} {LEGEND[lang]['restates'].format(claim=name(claim.restates))}"


def format_value(claim: Claim, lang: str = "en") -> str:
    """`1,500`, `~12,000`, `>=10,000`, `<=600`, `20–30`; UNREAD for a draft's figure without a value. Digits in
    `lang`'s marks (humanize.digits: `~12\u00a0000` in French), for a terminal; machines get English's."""
    if unread(claim):
        return UNREAD

    def number(value: float) -> str:
        return digits(f"{value:,.0f}" if float(value).is_integer() else f"{value:,}", lang)

    if claim.value_kind is ValueKind.RANGE:
        assert claim.value_min is not None and claim.value_max is not None
        return f"{number(claim.value_min)}–{number(claim.value_max)}"
    assert claim.value is not None
    prefix = {ValueKind.APPROXIMATE: "~", ValueKind.AT_LEAST: "≥", ValueKind.AT_MOST: "≤"}.get(claim.value_kind, "")
    return prefix + number(claim.value)


_SINGULAR = {"people": "person"}  # the store writes every unit in the plural (`soldiers`, `nights`)


def amount(claim: Claim, lang: str = "en") -> str:
    """The figure and what it counts, as people read it: `~12,000 soldiers`, `1 night`, `×10` (a factor); its
    digits in `lang`'s marks (format_value), its unit as the store writes it."""
    value = format_value(claim, lang)
    if unread(claim):
        return f"{value} ({claim.unit})"
    if claim.unit == "factor":
        return f"×{value}"
    unit = claim.unit
    if claim.value == 1 and claim.value_kind is not ValueKind.RANGE:
        unit = _SINGULAR.get(unit) or (f"{unit[:-3]}y" if unit.endswith("ies") else unit.removesuffix("s"))
    return f"{value} {unit}"


def same_asserter(a: Claim, b: Claim) -> bool:
    """Whether two claims share who asserts them: an actor in common (never the placeholder todo-asserter), or, for
    the article's own voice (no asserter), the same article."""
    if a.asserted_by or b.asserted_by:  # two unnamed speakers (a draft's todo-asserter) are not one
        return not (set(a.asserted_by) - {TODO_ASSERTER}).isdisjoint(b.asserted_by)
    return a.source == b.source


def nominal(claim: Claim) -> float:
    """The figure as stated: the value, or the low end of a range (ValueError for an `unread` claim)."""
    if unread(claim):
        raise ValueError(f"claim {claim.id} has no value")
    value = claim.value if claim.value is not None else claim.value_min
    assert value is not None
    return value
