"""The field tables: one row per field of each record kind (event, claim, source, entity, claim spread, check
problem). Everything that names fields follows from these rows: the `--json` objects (records.py), what `--fields`
accepts and its `--help`, CSV columns, SQLite columns, and the field reference in docs/reference.md. Pure, and cheap
to import: every listing's `--help` names its fields.

To add a field to a record, add a row here (and, for a stored field, its key to data/schema.json and model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from .errors import UsageError
from .suggest import suggestions

if TYPE_CHECKING:
    from .cite import Citation
    from .claims import ConflictKind, ConflictTier
    from .dates import FuzzyDate
    from .diff import DateDiff, SourceDiff
    from .figures import Figure
    from .model import Claim, Entity, Event
    from .problems import Problem
    from .profiles import EntityRow
    from .sources import SourceSummary
    from .spreads import Spread

R = TypeVar("R")

# An enum's field is its str(): every enum here is a StrEnum, whose str() is its value without the descriptor call
# Python 3.11 makes of `.value` (three a claim: a quarter of what `sources --claim` spent building its records).

TEXT = "TEXT NOT NULL"
"""SQLite column types: a required text, a 0/1 flag, an optional text; other types are spelled out in the rows."""
FLAG = "INTEGER NOT NULL"
OPTIONAL = "TEXT"
NUMBER = "NUMERIC"
"""NUMERIC affinity: a whole number is stored as an INTEGER (a count stays 12000, not 12000.0), 478.5 as a REAL."""


class Field(NamedTuple, Generic[R]):
    """One field of a record kind.

    `get` computes its `--json` value from the record. In tables (CSV, SQLite) an object of `parts` becomes one
    column per part (`title` → `title_en`, `title_fr`); in CSV a list of ids is joined with `;` (a list of objects is
    one JSON array), and in SQLite a list is either its own link `table` (`actors` → `event_actors`) or, with `sql`
    set, a JSON array in a text column. `sql` is the column's type, None when the field has no column in the kind's
    table.
    """

    name: str
    help: str
    get: Callable[[R], Any]
    sql: str | None = TEXT
    parts: tuple[str, ...] = ()
    table: str | None = None

    def columns(self) -> tuple[str, ...]:
        """The field's columns in a flat table (CSV)."""
        return tuple(f"{self.name}_{part}" for part in self.parts) if self.parts else (self.name,)


class Kind(NamedTuple, Generic[R]):
    """A record kind: its fields in `--json` order, and the SQLite table it is exported to (None: not exported)."""

    name: str
    fields: tuple[Field[R], ...]
    sql_table: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The `--json` keys, in order: what `--fields` accepts."""
        return tuple(f.name for f in self.fields)

    def record(self, value: R) -> dict[str, Any]:
        """The `--json` object."""
        return {f.name: f.get(value) for f in self.fields}

    def columns(self) -> tuple[str, ...]:
        """The CSV header: every field, objects split into their parts."""
        return tuple(column for f in self.fields for column in f.columns())

    def sql_columns(self) -> tuple[tuple[str, str], ...]:
        """The columns of the kind's SQLite table, with their types."""
        return tuple((column, f.sql) for f in self.fields if f.sql is not None for column in f.columns())


def _bilingual(value: Any) -> dict[str, str]:
    return {"en": value.en, "fr": value.fr}


def _end_mark(get: Callable[[R], FuzzyDate], point: str, mark: str) -> Callable[[R], bool]:
    """One end's (`first`, `last`) `approximate` or `uncertain` flag."""
    return lambda r: bool(getattr(getattr(get(r), point), mark))


def _dated(prefix: str, get: Callable[[R], FuzzyDate], what: str) -> tuple[Field[R], ...]:
    """The ten fields of a fuzzy date: `date`, `start`, … or, with a prefix, `as_of`, `as_of_start`, …

    `approximate` and `uncertain` are true when either end is marked (an interval keeps each end's mark:
    `2022-02/2025-02-28%` is firm at its start); `start_approximate` … `end_uncertain` give each end's, so a reader
    need not parse the EDTF. A single date is both ends."""
    lead = f"{prefix}_" if prefix else ""
    ends = (("start", "first", "the start of an interval"), ("end", "last", "the end of an interval"))
    return (
        Field(
            prefix or "date", f"{what}, as EDTF (`2024-10`, `2024-10-08/2024-10-13`, `2025-01~`)", lambda r: get(r).text
        ),
        Field(f"{lead}start", f"first day {what.lower()} may be (ISO)", lambda r: get(r).start.isoformat()),
        Field(f"{lead}end", f"last day {what.lower()} may be (ISO)", lambda r: get(r).end.isoformat()),
        Field(f"{lead}precision", "`day`, `month` or `year`", lambda r: str(get(r).precision)),
        Field(
            f"{lead}approximate",
            f"`~` (or `%`) in EDTF on either end: the edges are soft (`{lead}start_approximate`, "
            f"`{lead}end_approximate` say which)",
            lambda r: get(r).approximate,
            FLAG,
        ),
        Field(
            f"{lead}uncertain",
            f"`?` (or `%`) in EDTF on either end: the date itself may be wrong (`{lead}start_uncertain`, "
            f"`{lead}end_uncertain` say which)",
            lambda r: get(r).uncertain,
            FLAG,
        ),
        *(
            Field(
                f"{lead}{end}_{mark}",
                f"{sign} (or `%`) in EDTF on {which}; a single date is both start and end",
                _end_mark(get, point, mark),
                FLAG,
            )
            for end, point, which in ends
            for mark, sign in (("approximate", "`~`"), ("uncertain", "`?`"))
        ),
    )


_DRAFT_HELP = (
    "true for a record still in draft: {who} holds what koursk extract left for a curator (a placeholder, a guess "
    "`check` refuses){extra}. Only `--drafts` shows such records: on a store `check` accepts it is always false"
)


def _draft(get: Callable[[R], bool], who: str = "it", extra: str = "") -> Field[R]:
    """The `draft` flag every listed record carries (docs/store-format.md#drafts)."""
    return Field("draft", _DRAFT_HELP.format(who=who, extra=extra), get, FLAG)


EVENT: Kind[Event] = Kind(
    "event",
    (
        Field("id", "stable id", lambda e: e.id, "TEXT PRIMARY KEY"),
        *_dated("", attrgetter("date"), "The date"),
        Field("date_basis", "how the date was derived from the text", lambda e: e.date_basis),
        Field("title", "`{en, fr}`", lambda e: _bilingual(e.title), parts=("en", "fr")),
        Field("actors", "entity ids of the actors involved", lambda e: list(e.actors), None, table="event_actors"),
        Field("places", "entity ids of the places", lambda e: list(e.places), None, table="event_places"),
        Field("tags", "tags", lambda e: list(e.tags), None, table="event_tags"),
        Field("status", "`confirmed`, `reported`, `alleged` or `denied`", lambda e: str(e.status)),
        Field("sources", "ids of the articles reporting it", lambda e: list(e.sources), None, table="event_evidence"),
        Field(
            "evidence",
            "`[{source, quote, speaker}]`, each quote verbatim from that article; `speaker`: the entity id of who "
            "speaks in it, as the article says, or null",
            lambda e: [{"source": v.source, "quote": v.quote, "speaker": v.speaker} for v in e.evidence],
            None,
            table="event_evidence",
        ),
        Field("reported", "the earliest publication among its sources (EDTF)", lambda e: e.reported.text),
        Field("reported_start", "first day of that publication (ISO)", lambda e: e.reported.start.isoformat()),
        Field("reported_end", "last day of that publication (ISO)", lambda e: e.reported.end.isoformat()),
        Field("note", "curator's note, or null", lambda e: e.note, OPTIONAL),
        _draft(lambda e: e.draft, "it, or an article it cites,"),
    ),
    "events",
)


class ClaimView(NamedTuple):
    """A claim with what its record needs from the rest of the store (records.claim_record builds it)."""

    claim: Claim
    low: int | float | None  # exact bounds as JSON holds them: an int for a whole number (claims.plain_number);
    # None (and `high` None): a draft's figure without a value (--drafts)
    high: int | float | None
    published: FuzzyDate
    conflict_count: int
    conflicts_with: list[str]
    conflict_kinds: list[str]
    firm_conflict_count: int
    conflict_tiers: list[str]
    same_day_conflict_count: int


_CONFLICT_TIERS = (
    "the tier of each conflict `conflicts_with` names, in its order: `firm` (it holds with every round exact figure "
    "read as approximate, ±10 %, on as-of dates that cannot be read apart), `same-day` (only if on the same day: "
    "the dates allow two different days) or `if-exact` (only if the round figures are exact: koursk docs claims)"
)
_FIRM_COUNT = (
    "how many of `conflict_count` are firm: they hold with every round exact figure read as approximate, on as-of "
    "dates that cannot be read apart (until 0.40 it also counted those now in `same_day_conflict_count`)"
)
_SAME_DAY_COUNT = (
    "how many of `conflict_count` hold only if on the same day: firm on the figures, but their as-of dates allow two "
    "days on which both hold"
)

_CLAIM_STATUS: Field[Any] = Field(
    "status", "`confirmed`, `reported`, `alleged` or `denied`", lambda v: str(v.claim.status)
)
"""Shared by `claims` and `figures`: a hedged figure stays hedged wherever it is listed."""

_RESTATES: Field[Any] = Field(
    "restates",
    "id of the claim of the same article this one repeats (a summary box, a recap), or null: a restatement is "
    "listed (marked ↩ on a terminal) but is not a separate claim and never counts in spreads or conflicts",
    lambda v: v.claim.restates,
    OPTIONAL,
)
"""One row for every record that lists a claim (`claims`, `figures`): a restatement is marked wherever it is listed."""

CLAIM: Kind[ClaimView] = Kind(
    "claim",
    (
        Field("id", "stable id", lambda v: v.claim.id, "TEXT PRIMARY KEY"),
        Field("topic", "topic id (see `koursk topics`)", lambda v: v.claim.topic),
        Field("measure", "what is counted, within the topic", lambda v: v.claim.measure),
        Field(
            "value", "the figure as stated (null for a range); a count is an integer", lambda v: v.claim.value, NUMBER
        ),
        Field(
            "value_kind", "`exact`, `approximate`, `at_least`, `at_most` or `range`", lambda v: str(v.claim.value_kind)
        ),
        Field("value_min", "lowest value the claim allows (exact: ~12,000 allows 10,800)", lambda v: v.low, NUMBER),
        Field("value_max", "highest value it allows; null when unbounded", lambda v: v.high, NUMBER),
        Field("unit", "what the figure counts (`soldiers`, `shells`…)", lambda v: v.claim.unit),
        *_dated("as_of", attrgetter("claim.as_of"), "The date the figure holds for"),
        Field("as_of_basis", "how that date was derived from the text", lambda v: v.claim.as_of_basis),
        Field(
            "asserted_by",
            "entity ids of who asserts it; `[]` is the article's own voice",
            lambda v: list(v.claim.asserted_by),
            None,
            table="claim_asserted_by",
        ),
        Field(
            "source", "id of the article reporting it", lambda v: v.claim.source, "TEXT NOT NULL REFERENCES sources(id)"
        ),
        Field("published", "that article's publication date (EDTF)", lambda v: v.published.text),
        Field("quote", "verbatim from the article", lambda v: v.claim.quote),
        _CLAIM_STATUS,
        Field("note", "curator's note, or null", lambda v: v.claim.note, OPTIONAL),
        Field("conflict_count", "how many claims it conflicts with", lambda v: v.conflict_count, "INTEGER NOT NULL"),
        Field(
            "conflicts_with",
            "ids of the claims it conflicts with, in as-of order (a listing names the first few unless --all)",
            lambda v: v.conflicts_with,
            None,
            table="claim_conflicts",
        ),
        _RESTATES,
        Field(
            "event",
            "id of the event the figure was given at or is about, as curated (`event:` in the claim), or null",
            lambda v: v.claim.event,
            OPTIONAL,
        ),
        Field(
            "conflict_kinds",
            "the kind of each conflict `conflicts_with` names, in its order: `overlapping` (as-of dates overlap, no "
            "single number satisfies both), `total-fell` (a cumulative measure's later total below an earlier one) or "
            "`across-measures` (a figure above another of a measure bounding its own, koursk docs claims rule 9)",
            lambda v: v.conflict_kinds,
            None,
            table="claim_conflicts",
        ),
        _draft(lambda v: v.claim.draft, "it, or its article,"),
        Field("firm_conflict_count", _FIRM_COUNT, lambda v: v.firm_conflict_count, "INTEGER NOT NULL"),
        Field("conflict_tiers", _CONFLICT_TIERS, lambda v: v.conflict_tiers, None, table="claim_conflicts"),
        Field("same_day_conflict_count", _SAME_DAY_COUNT, lambda v: v.same_day_conflict_count, "INTEGER NOT NULL"),
    ),
    "claims",
)


_OUTLET_CREDITED = (
    "true when the text only credits `outlet` (a translation or a reprint laid out by a publisher nobody knows), so "
    "its words are not the outlet's"
)

SOURCE: Kind[SourceSummary] = Kind(
    "source",
    (
        Field("id", "stable id", lambda s: s.source.id, "TEXT PRIMARY KEY"),
        Field("seed", "the article's file in `seeds/`", lambda s: s.source.seed),
        Field("sha256", "digest of that file", lambda s: s.source.sha256),
        Field("outlet", "the outlet, or null when the text does not name it", lambda s: s.source.outlet, OPTIONAL),
        Field("outlet_credited", _OUTLET_CREDITED, lambda s: s.source.outlet_credited, FLAG),
        Field("author", "the byline, or null when the article names none", lambda s: s.source.author, OPTIONAL),
        Field(
            "url", "the article's address, or null when not recorded (never guessed)", lambda s: s.source.url, OPTIONAL
        ),
        Field("retrieved", "the day the text was retrieved (ISO), or null", lambda s: s.source.retrieved, OPTIONAL),
        Field("language", "the article's language", lambda s: s.source.language),
        Field("title", "`{en, fr}`", lambda s: _bilingual(s.source.title), parts=("en", "fr")),
        Field(
            "title_printed",
            "true when the title is the article's printed headline, false when it is the curator's summary",
            lambda s: s.source.title_printed,
            FLAG,
        ),
        *_dated("published", attrgetter("source.published"), "The publication date"),
        Field("published_basis", "how that date was established", lambda s: s.source.published_basis),
        Field("notes", "what the article gets wrong, and other curator's notes", lambda s: list(s.source.notes)),
        Field("events", "how many events it supports", lambda s: s.events, "INTEGER NOT NULL"),
        Field("claims", "how many claims it reports", lambda s: s.claims, "INTEGER NOT NULL"),
        _draft(lambda s: s.source.draft, extra=", and so its events and claims are drafts too"),
    ),
    "sources",
)

ENTITY: Kind[Entity] = Kind(
    "entity",
    (
        Field("id", "stable id", lambda e: e.id, "TEXT PRIMARY KEY"),
        Field("kind", "`person`, `state`, `agency`, `place`… (see data/schema.json)", lambda e: e.kind),
        Field("name", "`{en, fr}`", lambda e: _bilingual(e.name), parts=("en", "fr")),
        Field("aliases", "other names it goes by, in any language", lambda e: list(e.aliases)),
        Field(
            "part_of",
            "the place or state a place lies in, the state or organisation an actor acts for (its agency, armed "
            "force, official), or null",
            lambda e: e.part_of,
            OPTIONAL,
        ),
        Field("lat", "latitude of a place, or null", lambda e: e.coordinates.lat if e.coordinates else None, "REAL"),
        Field("lon", "longitude of a place, or null", lambda e: e.coordinates.lon if e.coordinates else None, "REAL"),
        Field("note", "curator's note, or null", lambda e: e.note, OPTIONAL),
        _draft(lambda e: e.draft),
    ),
    "entities",
)


def _lifted(field: Field[Entity]) -> Field[EntityRow]:
    get = field.get
    return Field(field.name, field.help, lambda row: get(row.entity), field.sql, field.parts, field.table)


ENTITY_ROW: Kind[EntityRow] = Kind(
    "entity_row",
    (
        *(_lifted(f) for f in ENTITY.fields),
        Field(
            "events",
            "how many events it or an actor acting for it takes part in, or happen at it or a place within it",
            lambda r: r.events,
        ),
        Field("claims", "how many figures it or an actor acting for it asserted", lambda r: r.claims),
    ),
)
"""`koursk entities`: each entity's fields, and how much the store says of it."""


class SpreadView(NamedTuple):
    """A measure's spread with what its record needs from the store (records.spread_record builds it)."""

    spread: Spread
    topic_aliases: list[str]
    description: dict[str, str] | None
    lowest: dict[str, Any]
    highest: dict[str, Any]
    conflict_kinds: list[str]
    conflict_tiers: list[str]


SPREAD: Kind[SpreadView] = Kind(
    "spread",
    (
        Field("topic", "topic id", lambda v: v.spread.topic),
        Field("topic_aliases", "other names of the topic `--claim` accepts", lambda v: v.topic_aliases),
        Field("measure", "what is counted", lambda v: v.spread.measure),
        Field("description", "`{en, fr}`: what the measure means", lambda v: v.description),
        Field("claims", "how many claims state it", lambda v: v.spread.size),
        Field("lowest", "`{value, display, claims, asserted_by}` of the lowest figure", lambda v: v.lowest),
        Field("highest", "the same for the highest figure", lambda v: v.highest),
        Field(
            "conflict_count",
            "how many conflicting pairs its claims take part in, of every kind (a pair across two measures counts for "
            "each)",
            lambda v: v.spread.conflict_count,
        ),
        Field(
            "conflict_counts",
            "`{overlapping, total-fell, across-measures}`: how many of `conflict_count` are of each kind",
            lambda v: {str(kind): count for kind, count in v.spread.kinds},
        ),
        Field(
            "conflicts",
            "pairs of ids of conflicting claims, those on the measure, then those across measures (its claim first), "
            "in claim order (as-of date, publication, id), filtered or not (the first few unless --all)",
            lambda v: [[a.id, b.id] for a, b in v.spread.conflicts],
        ),
        Field(
            "conflict_kinds",
            "the kind of each pair `conflicts` names, in its order: `overlapping`, `total-fell` or `across-measures`",
            lambda v: v.conflict_kinds,
        ),
        Field(
            "firm_conflict_count",
            _FIRM_COUNT,
            lambda v: v.spread.firm_count,
        ),
        Field(
            "firm_conflict_counts",
            "`{overlapping, total-fell, across-measures}`: how many of `firm_conflict_count` are of each kind",
            lambda v: {str(kind): count for kind, count in v.spread.firm_kinds},
        ),
        Field(
            "conflict_tiers",
            "the tier of each pair `conflicts` names, in its order: `firm`, `same-day` (only if on the same day) or "
            "`if-exact` (only if the round figures are exact)",
            lambda v: v.conflict_tiers,
        ),
        Field("same_day_conflict_count", _SAME_DAY_COUNT, lambda v: v.spread.same_day_count),
        Field(
            "same_day_conflict_counts",
            "`{overlapping, total-fell, across-measures}`: how many of `same_day_conflict_count` are of each kind",
            lambda v: {str(kind): count for kind, count in v.spread.same_day_kinds},
        ),
    ),
)

FIGURE: Kind[Figure] = Kind(
    "figure",
    (
        Field("id", "the claim's id", lambda f: f.claim.id),
        Field("as_of", "the date the figure holds for, as EDTF", lambda f: f.claim.as_of.text),
        Field("as_of_start", "first day it may hold for (ISO)", lambda f: f.claim.as_of.start.isoformat()),
        Field("as_of_end", "last day it may hold for (ISO)", lambda f: f.claim.as_of.end.isoformat()),
        Field("value", "the figure as stated (null for a range)", lambda f: f.claim.value),
        Field(
            "value_kind", "`exact`, `approximate`, `at_least`, `at_most` or `range`", lambda f: str(f.claim.value_kind)
        ),
        Field("display", "the figure as people read it (`~12,000`, `≥10,000`)", lambda f: f.display),
        Field("value_min", "lowest value it allows", lambda f: f.low),
        Field("value_max", "highest value it allows; null when unbounded", lambda f: f.high),
        Field("source", "id of the article reporting it", lambda f: f.claim.source),
        Field("conflicts_with", "ids of the claims it conflicts with", lambda f: f.conflicts_with),
        Field("revises", "id of the same asserter's earlier figure it changes, or null", lambda f: f.revises),
        _RESTATES,
        _CLAIM_STATUS,
        Field(
            "conflict_kinds",
            "the kind of each conflict `conflicts_with` names, in its order: `overlapping`, `total-fell` or "
            "`across-measures`",
            lambda f: f.conflict_kinds,
        ),
        _draft(lambda f: f.claim.draft, "it, or its article,"),
        Field("conflict_tiers", _CONFLICT_TIERS, lambda f: f.conflict_tiers),
    ),
)
"""`koursk figures --json`: one object per figure in each series' `figures`."""


class CitationView(NamedTuple):
    """A citation with its title, attribution and text as cited (cite.citation_record builds it)."""

    citation: Citation
    title: str
    attribution: str | None
    text: str
    draft: bool
    number: int


CITATION: Kind[CitationView] = Kind(
    "citation",
    (
        Field("record", "id of the event or claim it supports", lambda v: v.citation.record),
        Field(
            "kind",
            "`event` or `claim`: what `record` is",
            lambda v: "event" if v.citation.asserters is None else "claim",
        ),
        Field(
            "number",
            "its number among the record's quotes, from 1 (a claim has one): what `koursk cite RECORD --quote N` takes",
            lambda v: v.number,
        ),
        Field(
            "status",
            "the event's or claim's: `confirmed`, `reported`, `alleged` or `denied`",
            lambda v: str(v.citation.status),
        ),
        Field(
            "asserted_by",
            "for a claim, entity ids of who asserts it (`[]`: the article's own voice); null for an event",
            lambda v: None if v.citation.asserters is None else [e.id for e in v.citation.asserters],
        ),
        Field(
            "attribution",
            "for a claim, who asserts it as the citation names them (`Volodymyr Zelensky`), or `unattributed` for "
            "the article's own voice; null for an event",
            lambda v: v.attribution,
        ),
        Field(
            "speaker",
            "for an event's quote, the entity id of who speaks in it as the article says, or null (none recorded, "
            "or a claim: see `asserted_by`)",
            lambda v: None if v.citation.speaker is None else v.citation.speaker.id,
        ),
        Field("source", "id of the article", lambda v: v.citation.source.id),
        Field("outlet", "the outlet, or null when the text does not name it", lambda v: v.citation.source.outlet),
        Field("outlet_credited", _OUTLET_CREDITED, lambda v: v.citation.source.outlet_credited),
        Field("author", "the byline, or null", lambda v: v.citation.source.author),
        Field("title", "the title in the article's language", lambda v: v.title),
        Field(
            "title_printed",
            "true for the printed headline, false for the curator's summary",
            lambda v: v.citation.source.title_printed,
        ),
        Field("language", "the article's language", lambda v: v.citation.source.language),
        Field("published", "the publication date (EDTF)", lambda v: v.citation.source.published.text),
        Field("published_start", "its first day (ISO)", lambda v: v.citation.source.published.start.isoformat()),
        Field("published_end", "its last day (ISO)", lambda v: v.citation.source.published.end.isoformat()),
        Field("url", "the article's address, or null (never guessed)", lambda v: v.citation.source.url),
        Field("retrieved", "the day the text was retrieved (ISO), or null", lambda v: v.citation.source.retrieved),
        Field("seed", "the article's file in `seeds/`", lambda v: v.citation.source.seed),
        Field("sha256", "digest of that file", lambda v: v.citation.source.sha256),
        Field("quote", "verbatim from the article", lambda v: v.citation.quote),
        Field("text", "the citation as `--style` writes it", lambda v: v.text),
        Field(
            "draft",
            "true under `--drafts`: the store holds drafts koursk extract left, so the status, asserter or title may "
            "be its guess; such a record carries it whatever `--fields` asks (`export csv --rows quotes`: true for the "
            "quotes of a record in draft, or of one citing an article in draft)",
            lambda v: v.draft,
        ),
    ),
)
"""`koursk cite ID --json`: one object per article that supports the record."""

Record = dict[str, Any]


class SourceDiffView(NamedTuple):
    """A diff of two sources with how its records are built (records.source_diff_record makes it)."""

    diff: SourceDiff
    sides: tuple[Record, Record]  # the two sources' records
    claim: Callable[[Claim], Record]
    pair: Callable[[Claim, Claim], Record]
    conflict: Callable[[Claim, Claim, ConflictKind, ConflictTier], Record]  # records.conflict_pair_record


def _events(events: Sequence[Event]) -> list[Record]:
    return [EVENT.record(e) for e in events]


_CONFLICT_PAIR = (
    "`{topic, measure, kind, a, b, tier, firm}`: `a` and `b` the two claims' records (`topic` and `measure` are "
    "`a`'s); `kind`: `overlapping`, `total-fell` or `across-measures`; `tier`: `firm`, `same-day` (only if on the "
    "same day) or `if-exact` (only if the round figures are exact), as `conflict_tiers` says it in `claims --json`; `firm`: "
    "`tier` is `firm` (derived, kept one release for scripts that read it)"
)


def _pairs(view: SourceDiffView, pairs: Sequence[tuple[Claim, Claim]]) -> list[Record]:
    return [view.pair(a, b) for a, b in pairs]


SOURCE_DIFF: Kind[SourceDiffView] = Kind(
    "source_diff",
    (
        Field("mode", "`sources`", lambda v: "sources"),
        Field("a", "the first source's record", lambda v: v.sides[0]),
        Field("b", "the second source's record", lambda v: v.sides[1]),
        Field("both", "the events both report", lambda v: _events(v.diff.both)),
        Field("only_a", "the events only the first reports", lambda v: _events(v.diff.only_a)),
        Field("only_b", "the events only the second reports", lambda v: _events(v.diff.only_b)),
        Field(
            "agree", "`[{topic, measure, a, b}]`: claims on one measure that agree", lambda v: _pairs(v, v.diff.agree)
        ),
        Field(
            "conflicts",
            f"claims that conflict, each {_CONFLICT_PAIR}",
            lambda v: [
                v.conflict(a, b, kind, tier)
                for (a, b), kind, tier in zip(
                    v.diff.conflicts, v.diff.conflict_kinds, v.diff.conflict_tiers, strict=True
                )
            ],
        ),
        Field("differ", "the same for claims that differ over time", lambda v: _pairs(v, v.diff.differ)),
        Field(
            "claims_only_a",
            "the first's claims on measures the second has none on",
            lambda v: [v.claim(c) for c in v.diff.claims_only_a],
        ),
        Field("claims_only_b", "the same for the second", lambda v: [v.claim(c) for c in v.diff.claims_only_b]),
    ),
)
"""`koursk diff SOURCE_A SOURCE_B --json`: one object."""


class DateDiffView(NamedTuple):
    """What was known at two dates, with how its records are built (records.date_diff_record makes it)."""

    diff: DateDiff
    new_sources: list[Record]
    claim: Callable[[Claim], Record]
    conflict: Callable[[Claim, Claim, ConflictKind, ConflictTier], Record]  # records.conflict_pair_record


DATE_DIFF: Kind[DateDiffView] = Kind(
    "date_diff",
    (
        Field("mode", "`dates`", lambda v: "dates"),
        Field(
            "from",
            "the day known by at the start (ISO); null without --from (before the first article)",
            lambda v: None if v.diff.open_start else v.diff.start.isoformat(),
        ),
        Field(
            "to",
            "the day known by at the end (ISO); null without --to (up to the latest article, to date)",
            lambda v: None if v.diff.open_end else v.diff.end.isoformat(),
        ),
        Field("known_sources", "ids of the articles known by then", lambda v: [s.id for s in v.diff.known]),
        Field("new_sources", "the records of the articles known by the end only", lambda v: v.new_sources),
        Field(
            "straddling",
            "`[{source, published, boundary, counted}]`: articles whose publication window straddles `from` or `to`; "
            "`counted`: in `new_sources` (straddling `from`: known by `to`, maybe already by `from`), or not yet "
            "(straddling `to`: `--as-of` counts an article once its whole window has passed)",
            lambda v: [
                {
                    "source": s.id,
                    "published": s.published.text,
                    "boundary": "from" if p.value == "straddles_from" else "to",
                    "counted": p.value == "straddles_from",
                }
                for s, p in v.diff.straddling
            ],
        ),
        Field("new_events", "the events that appeared", lambda v: _events(v.diff.new_events)),
        Field("new_claims", "the claims that appeared", lambda v: [v.claim(c) for c in v.diff.new_claims]),
        Field(
            "maybe_known",
            "`{events, claims, conflicts}`: ids of the new events and claims (and events corroborated), and pairs of "
            "ids of the new conflicts, that only articles straddling `from` bring: maybe known by `from` already",
            lambda v: {
                "events": v.diff.maybe_known_events(),
                "claims": [c.id for c in v.diff.new_claims if c.source in v.diff.maybe_earlier],
                "conflicts": [[p.a.id, p.b.id] for p in v.diff.new_conflicts if v.diff.maybe_known_conflict(p)],
            },
        ),
        Field(
            "revised",
            "`[{topic, measure, before, after}]`: figures superseded by a later different one",
            lambda v: [
                {
                    "topic": r.after.topic,
                    "measure": r.after.measure,
                    "before": v.claim(r.before),
                    "after": v.claim(r.after),
                }
                for r in v.diff.revised
            ],
        ),
        Field(
            "corroborated",
            "`[{event, sources}]`: events known by `from` that articles new by `to` report again (ids)",
            lambda v: [{"event": c.event.id, "sources": list(c.sources)} for c in v.diff.corroborated],
        ),
        Field(
            "new_conflicts",
            "figures in conflict, at least one new (`a` the earlier by as-of), against every claim known by `to` as "
            f"`claims --as-of` finds them, the first few unless --all; each {_CONFLICT_PAIR}",
            lambda v: [v.conflict(p.a, p.b, p.kind, p.tier) for p in v.diff.new_conflicts],
        ),
        Field(
            "new_conflict_count",
            "how many conflicts are new, named in `new_conflicts` or not",
            lambda v: v.diff.new_conflict_count,
        ),
        Field(
            "new_firm_conflict_count",
            "how many of `new_conflict_count` are firm: they hold with every round exact figure read as approximate, "
            "on as-of dates that cannot be read apart",
            lambda v: v.diff.new_firm_count,
        ),
        Field(
            "new_same_day_conflict_count",
            "how many of `new_conflict_count` hold only if on the same day",
            lambda v: v.diff.new_same_day_count,
        ),
    ),
)
"""`koursk diff --from/--to --json`: one object."""

PROBLEM: Kind[Problem] = Kind(
    "problem",
    (
        Field("path", "the store file", lambda p: p.path),
        Field("line", "1-based line", lambda p: p.line),
        Field("col", "1-based column", lambda p: p.col),
        Field("message", "what is wrong, and what to write instead", lambda p: p.message),
        Field(
            "severity",
            "`error` (the store is refused) or `warning` (an editorial rule, koursk docs editorial)",
            lambda p: "warning" if p.warning else "error",
        ),
        Field(
            "draft",
            "true for a problem of a record in draft (an article extract wrote, not yet finished): every other command "
            "leaves that record out instead of failing (koursk docs curating)",
            lambda p: p.draft,
        ),
    ),
)

EVENT_FIELDS = EVENT.names
CLAIM_FIELDS = CLAIM.names
SOURCE_FIELDS = SOURCE.names
SPREAD_FIELDS = SPREAD.names
ENTITY_FIELDS = ENTITY_ROW.names
PROBLEM_FIELDS = PROBLEM.names
CITATION_FIELDS = CITATION.names


def fields_help(fields: Iterable[str]) -> str:
    """The help of a command's --fields option, naming every field it has."""
    return (
        "With --json or --jsonl (--json if neither is given): only these fields, comma-separated, in this order. "
        f"Fields: {', '.join(fields)}."
    )


def parse_fields(text: str, valid: tuple[str, ...]) -> tuple[str, ...]:
    """`id,date` into ("id", "date"): spaces and repeats ignored, every name checked, the closest one suggested."""

    wanted = tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))
    if not wanted:
        raise UsageError("--fields needs at least one field name", "valid fields: " + ", ".join(valid))
    unknown = [name for name in wanted if name not in valid]
    if unknown:
        close = [s for name in unknown for s in suggestions(name, valid, limit=1)]
        lead = "did you mean " + " or ".join(f"'{c}'" for c in close) + "? " if close else ""
        names = ", ".join(f"'{name}'" for name in unknown)
        raise UsageError(
            f"unknown field{'s' if len(unknown) > 1 else ''} {names}", lead + "valid fields: " + ", ".join(valid)
        )
    return wanted
