"""A store served from its cache: queries become SQL over indexes, and each row served is verified first.

SQL finds the candidate rows through indexes (dates, names, FTS5 words) and orders them as query.match_events
would. Every row it hands back is checked before it is used: its CRC-32 must match its facts and JSON text (a
damaged row is never served), and those verified facts must pass the query's own tests from query.py (an index
that points at the wrong row cannot add it to an answer). So the cost of a query follows its answer, not the store.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from enum import Enum
from itertools import chain, compress, repeat
from math import isqrt
from operator import attrgetter
from typing import Any, NamedTuple, NoReturn, get_type_hints, overload

from ..dates import FuzzyDate, Period
from ..jsontext import joined_batches, loaded
from ..model import EventFacts, Published, Source, SourceName
from ..problems import CacheFault
from ..query import (
    DatedText,
    EventFilter,
    EventQuery,
    EventSort,
    FilterKind,
    IndexedFacts,
    fact_test,
    given_filters,
    relevance_key,
)
from ..textnorm import Alternatives, is_utf8, query_words
from .blocks import KEY, SEPARATOR, Dates, key_of, run_within
from .cache import Cache
from .cacheschema import (
    CLAIM_BODY,
    CLAIM_ID_AT,
    CLAIM_JSON_AT,
    EVENT_ROW,
    EVENT_WORDS,
    ID_OPENS_JSON,
    LIST_SEPARATOR,
    NAME_KINDS,
    event_key,
    measure_key,
)
from .digest import event_checksum, row_checksum
from .plain import published_texts
from .servedonce import ServedOnce
from .tables import LazyObjects

PLAN_PROBE = 50_000  # index entries counted at most to choose a plan (a few ms)
ROWS_IN_ORDER = 2  # rowids spread at most this many times the events they span count as in date order (_DateSpan)
WORD_LOOK_UP_COST = 160  # an FTS5 look-up of one event against listing one match (see SqlFacts._look_up_words)
_ORDER = {
    EventSort.DATE: 'start, "end", id',
    EventSort.DATE_DESC: 'start DESC, "end" DESC, id DESC',
    EventSort.REPORTED: 'reported_start, reported_end, start, "end", id',
    EventSort.SOURCE: 'first_source_start, first_source, start, "end", id',
    EventSort.RELEVANCE: 'start, "end", id',  # after the score, when there are words to rank by
}


def _marks(values: tuple[Any, ...]) -> str:
    return ", ".join("?" * len(values))


Term = tuple[str, list[Any]]
"""A piece of SQL and its parameters."""

_DATE_INDEX = ("start", "end")  # cacheschema.INDEXES' events_by_date: terms on these columns are answered by it alone
_LIST_FACTS = {name for name, kind in get_type_hints(EventFacts).items() if kind == tuple[str, ...]}


def _plain(value: Any) -> Any:
    """An enum member (a status) as the value its column holds."""
    return value.value if isinstance(value, Enum) else value


def _day_from(flt: EventFilter, value: Period, max_span: int) -> Term:
    first = value.start.toordinal()
    if flt.fact == "end":  # no event is longer than max_span days: lets the date index bound the scan from below
        return '"end" >= ? AND start >= ?', [first, first - max_span]
    return f'"{flt.fact}" >= ?', [first]


def _names_set(flt: EventFilter, value: tuple[str, ...], _: int) -> Term:
    """The SELECT of the events naming one of the values (from the names index alone)."""
    return f"SELECT event FROM names WHERE kind = {NAME_KINDS.index(flt.fact)} AND name IN ({_marks(value)})", [*value]


def _within(names: Term, span: _DateSpan) -> Term:
    """A _names_set bounded to the rowids of a span (its SELECT ends with its WHERE clause): read from the names
    index alone, as a range of the entries of each name."""
    sql, values = names
    return f"{sql} AND event BETWEEN ? AND ?", [*values, span.low, span.high]


# Each kind of filter (query.FilterKind) as SQL: a WHERE term over a column of the events table, or for ANY_OF a
# SELECT of rowids; WORDS is searched by FTS5 (`event_sql`). A kind missing here is tested in Python (see _Plan).
_TERMS: dict[FilterKind, Callable[[EventFilter, Any, int], Term]] = {
    FilterKind.DAY_FROM: _day_from,
    FilterKind.DAY_UNTIL: lambda flt, value, _: (f'"{flt.fact}" <= ?', [value.end.toordinal()]),
    FilterKind.SPAN_BELOW: lambda _, value, __: ('"end" - start < ?', [value]),
    FilterKind.ONE_OF: lambda flt, value, _: (f'"{flt.fact}" IN ({_marks(value)})', [_plain(v) for v in value]),
    FilterKind.ANY_OF: _names_set,
}


class _Plan(NamedTuple):
    """A query's filters as SQL, from their kinds: terms the date index answers alone, the SELECT of the events
    naming one of a list filter's values (from the names index alone), terms on the rest of the row, the words to
    search, and the filters with no SQL here, which the rows found are tested against in Python instead."""

    dates: list[Term]
    sets: list[Term]
    rows: list[Term]
    words: list[Alternatives]
    unplanned: list[tuple[EventFilter, Any]]


class _DateSpan(NamedTuple):
    """The events in a query's dates, as the date index lists them: how many, and their lowest and highest rowid."""

    events: int
    low: int
    high: int

    def in_order(self) -> bool:
        """Whether their rows lie together, as a first build writes the events (in date order; a file changed later
        has the events it moves appended): then a list filter's events within the span are few more than those it
        has in the dates, and need not be intersected with the dates' own (at 1,000,000 events, one week's 14,034
        rowids lie within 14,650: intersecting them with one actor's 19,785 took 16 ms, its ~270 in the span 1 ms)."""
        return self.high - self.low < ROWS_IN_ORDER * self.events


def _plan(query: EventQuery, max_span: int) -> _Plan:
    plan = _Plan([], [], [], [], [])
    for flt, value in given_filters(query):
        if flt.kind is FilterKind.WORDS:
            plan.words.extend(terms := query_words(value))
            if any(" " in word for term in terms for word, _ in term):
                plan.unplanned.append((flt, value))  # FTS5 finds a phrase's words anywhere: Python tests the phrase
        elif flt.kind not in _TERMS or not _has_column(flt):
            plan.unplanned.append((flt, value))
        elif flt.kind is FilterKind.ANY_OF:
            plan.sets.append(_TERMS[flt.kind](flt, value, max_span))
        else:
            (plan.dates if flt.fact in _DATE_INDEX else plan.rows).append(_TERMS[flt.kind](flt, value, max_span))
    return plan


def _has_column(flt: EventFilter) -> bool:
    """Whether the cache holds the filter's fact as it tests it: a list in the names table, else a column."""
    return flt.fact in NAME_KINDS if flt.kind is FilterKind.ANY_OF else flt.fact not in _LIST_FACTS


def _where(terms: list[Term]) -> Term:
    return " AND ".join(sql for sql, _ in terms), [value for _, values in terms for value in values]


def _match(terms: list[Alternatives]) -> str:
    """The FTS5 query of the terms: each word a quoted string, a prefix one followed by `*`, a phrase its words
    joined by AND (a superset: _plan leaves the phrase itself to Python), a term's alternatives joined by OR in
    parentheses, the terms by AND (FTS5 reads no implicit AND next to parentheses)."""

    def phrase(word: str, prefix: bool) -> str:
        if " " in word:  # the index keeps no word positions (detail=none): its words anywhere, the phrase tested after
            return "(" + " AND ".join(f'"{part}"' for part in word.split()) + ")"
        return f'"{word}"' + ("*" if prefix else "")

    return " AND ".join(
        phrase(*term[0]) if len(term) == 1 else "(" + " OR ".join(phrase(*word) for word in term) + ")"
        for term in terms
    )


def _walks(query: EventQuery) -> bool:
    """Whether the query's SQL walks the date index and stops at the limit (see event_sql)."""
    return query.limit is not None and query.sort in (EventSort.DATE, EventSort.DATE_DESC)


def event_sql(
    query: EventQuery,
    plan: _Plan,
    *,
    fts: bool,
    columns: str = EVENT_ROW,
    dates_first: _DateSpan | None = None,
    look_up_words: bool = False,
) -> tuple[str, list[Any]]:
    """The SELECT that finds a query's events (each row: `columns`, by default its checksummed row), sorted and
    limited, from the query's plan (made once per query: see SqlFacts). With `dates_first`, the span of the events
    in the dates, the events of the list filters are bounded to it, and intersected with those of the dates unless
    their rows lie in date order, before any is read (see SqlFacts._dates_first); with `look_up_words`, a walk of
    the date index looks each event up in the words index instead of listing every match first (see
    SqlFacts._look_up_words). Each row found is still tested against every filter."""
    sets = list(plan.sets)
    if sets and plan.dates and dates_first is not None:
        sets = [_within(names, dates_first) for names in sets]
        if not dates_first.in_order():
            dates, values = _where(plan.dates)
            sets.append((f"SELECT rowid FROM events WHERE {dates}", values))
    terms = [*plan.dates, *plan.rows]
    if sets:
        terms.append((f"events.rowid IN ({' INTERSECT '.join(sql for sql, _ in sets)})", _where(sets)[1]))
    where = [sql for sql, _ in terms]
    params = _where(terms)[1]
    words = plan.words
    match = _match(words)
    sql = f"SELECT {columns} FROM events"
    order = _ORDER.get(query.sort) or ("title_fr, id" if query.lang == "fr" else "title_en, id")
    if words and fts and query.sort is EventSort.RELEVANCE:  # FTS5 ranks: bm25() over the whole index
        sql += " JOIN (SELECT rowid AS hit, bm25(event_words) AS score FROM event_words WHERE event_words MATCH ?)"
        sql += " ON hit = events.rowid"
        params.insert(0, match)  # the join's placeholder comes before the WHERE clause's
        order = "score, " + order
    elif words and fts:
        # With a limit in date order, walk the date index and stop at the limit, testing each event against the
        # matches (`+rowid` keeps SQLite from starting at the words instead): a common word matches most of a
        # large store, and fetching every match to sort it took 8-12 s at 1,000,000 events (0.4-0.9 s this way).
        walk = _walks(query)
        rowid = "+events.rowid" if walk else "events.rowid"
        if walk and look_up_words:
            where.append("EXISTS (SELECT 1 FROM event_words WHERE event_words MATCH ? AND rowid = events.rowid)")
        else:
            where.append(f"{rowid} IN (SELECT rowid FROM event_words WHERE event_words MATCH ?)")
        params.append(match)
    for term in words if not fts else ():  # an SQLite without FTS5: each row's words are scanned
        where.append("(" + " OR ".join(["instr(' ' || words || ' ', ?) > 0"] * len(term)) + ")")
        params.extend(f" {word}" if prefix else f" {word} " for word, prefix in term)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    if query.limit is not None and not plan.unplanned:  # else the limit is counted after the tests in Python
        sql += " LIMIT ?"
        params.append(query.limit)
    return sql, params


def _names(value: bytes) -> tuple[str, ...]:
    return tuple(value.decode().split(LIST_SEPARATOR)) if value else ()


def _reader(kind: Any) -> Callable[[bytes], Any]:
    """How a fact of this EventFacts type is read back from its bytes; a type with no reader fails at import."""
    if kind is int:
        return int
    if kind == tuple[str, ...]:
        return _names
    if kind is str:
        return bytes.decode
    raise TypeError(f"EventFacts has a fact of type {kind!r} that the cache cannot read back")


# Where each fact lies in a split `facts` blob (cacheschema.FACT_COLUMNS, in EventFacts' order) and how it is read back.
_FIELDS = {name: (at, _reader(kind)) for at, (name, kind) in enumerate(get_type_hints(EventFacts).items())}


def _facts(parts: list[bytes]) -> EventFacts:
    return EventFacts(*[read(parts[at]) for at, read in _FIELDS.values()])


def _cited(heads: Sequence[bytes]) -> set[str]:
    """The sources verified event rows cite (their `sources` fact): whose seeds their quotes were checked against."""
    at = _FIELDS["sources"][0]
    return set(chain.from_iterable(_names(head.split(b"\x1f", at + 1)[at]) for head in heads))


# A served row's id and dates, the facts that lie first, read by splitting off three pieces instead of the row's
# twenty (each piece a new object: twice the time at 200,000 rows). Whatever a query tests besides them splits
# the whole row.
if list(_FIELDS)[:3] != ["id", "start", "end"]:  # fails at import, as _reader does
    raise TypeError("EventFacts must begin with its id and dates: the cache reads them first")
Row = tuple[bytes, bytes, bytes, int]
"""An event row as cacheschema.EVENT_ROW reads it: file name, facts, JSON text, checksum less the place (UTF-8 bytes)."""


class _Dated(NamedTuple):
    """A verified row's id (bytes) and dates: all that date filters read (see SqlFacts._views)."""

    key: bytes
    start: int
    end: int


_KEY = attrgetter("key")
_DATED = frozenset(("start", "end"))
_BATCH = 1000  # rows verified at a time


def _reads(flt: EventFilter) -> frozenset[str]:
    """The facts a filter's test reads (query.fact_test)."""
    if flt.kind is FilterKind.SPAN_BELOW:
        return _DATED
    return frozenset(("id", "words")) if flt.kind is FilterKind.WORDS else frozenset((flt.fact,))


class _RowFacts:
    """A verified row's facts read only as far as a query's tests look at them: a date filter reads two numbers of
    each row instead of building all sixteen facts (a third of a 200,000-event answer's time). The dates, which
    most queries test, and the id's bytes (`key`) are read at once into slots (a lookup through __getattr__ cost
    more). Raises ValueError for bytes that are not an event row."""

    __slots__ = ("_head", "_parts", "end", "key", "start", "words")

    def __init__(self, head: bytes, words: bytes = b"") -> None:
        self.key, start, end, _ = head.split(b"\x1f", 3)  # fewer pieces: ValueError, as int() of a non-number
        self.start = int(start)
        self.end = int(end)
        self._head = head
        self._parts: list[bytes] | None = None
        self.words = words  # verified by whoever read them (checked_words); empty when not read

    def __getattr__(self, name: str) -> Any:
        if name not in _FIELDS:
            raise AttributeError(name)
        at, read = _FIELDS[name]
        return read(self.whole()[at])

    def whole(self) -> list[bytes]:
        """Every fact of the row, as bytes."""
        if self._parts is None:
            self._parts = self._head.split(b"\x1f")
        return self._parts

    def facts(self) -> EventFacts:
        return _facts(self.whole())


class SqlFacts(IndexedFacts):
    """Every event's facts, held by the cache; iterating builds them one row at a time."""

    def __init__(self, cache: Cache, max_span: int) -> None:
        self._cache = cache
        self._max_span = max_span
        self._length: int | None = None
        self._plans: dict[Hashable, _DateSpan | None] = {}  # _dates_first's decision for each query's filters

    def _verified(
        self, where: str = "", params: Sequence[Any] = (), *, words: bool = False
    ) -> Iterator[tuple[_RowFacts, bytes]]:
        """Each event row (`where` after the FROM clause) checked against its checksum: its facts, read on demand,
        and its JSON text; with `words`, its search words too, checked against theirs."""
        columns = f"{EVENT_ROW}, {EVENT_WORDS}" if words else EVENT_ROW
        self._cache.every_seed()  # a walk of the store (or a row by position), not rows of cited sources
        served = self._cache.edits.served
        for found in self._cache.db.execute(f"SELECT {columns} FROM events {where}", params):
            checksum = checked_row(self._cache, found)
            row = self._row(found[1], checked_words(self._cache, checksum, found) if words else b"")
            yield row, served((row.key,), (found[2],), (row,))[0]

    def _row(self, head: bytes, words: bytes = b"") -> _RowFacts:
        """A verified row's facts; bytes that are not an event row (a checksum forged over them) are damage."""
        try:
            return _RowFacts(head, words)
        except ValueError:
            self._cache.damaged("an event row is not one koursk wrote")

    def matching(self, query: EventQuery) -> Iterator[tuple[EventFacts, str]]:
        plan = _plan(query, self._max_span)
        if self._ranks_here(query):
            yield from ((facts, text.decode()) for facts, text in self._ranked_here(query, plan))
            return
        for rows, texts in self._checked(query, plan, whole=True):
            yield from zip(map(_RowFacts.facts, rows), map(bytes.decode, texts), strict=True)

    def matching_json(self, query: EventQuery) -> Iterator[bytes]:
        plan = _plan(query, self._max_span)
        if self._ranks_here(query):
            return (text for _, text in self._ranked_here(query, plan))
        return chain.from_iterable(texts for _, texts in self._checked(query, plan))

    def matching_dated(self, query: EventQuery) -> Iterator[DatedText]:
        plan = _plan(query, self._max_span)
        if self._ranks_here(query):
            return (DatedText(facts.id, facts.start, facts.end, text) for facts, text in self._ranked_here(query, plan))
        return (
            DatedText(row.key.decode(), row.start, row.end, text)
            for rows, texts in self._checked(query, plan)
            for row, text in zip(rows, texts, strict=True)
        )

    def matching_json_joined(self, query: EventQuery) -> Iterator[bytes]:
        """The matching events' JSON texts in pieces, each one or more texts joined as a JSON array joins them
        (blocks.SEPARATOR): whole blocks where a run of them lies inside a date query (store/blocks.py), the events
        before the run and after it read row by row, each bounded by the run's verified keys, in batches."""
        dates = _block_dates(query)
        run = None if dates is None else run_within(self._cache.db, *dates, self._cache.damaged)
        if run is None:
            yield from joined_batches(self.matching_json(query))
            return
        self._cache.every_seed()  # whole blocks: before the first byte
        plan = _plan(query, self._max_span)
        for _, batch in self._checked(query, plan, below=key_of(run.first)):
            yield SEPARATOR.join(batch)
        for block in run:
            if block.body:
                yield block.body
        if run.after is not None:
            for _, batch in self._checked(query, plan, from_key=run.after):
                yield SEPARATOR.join(batch)

    def _ranks_here(self, query: EventQuery) -> bool:
        """`relevance` without FTS5 is ranked in Python (`_ranked_here`), not by the query's SQL."""
        return query.sort is EventSort.RELEVANCE and query.text is not None and not self._cache.fts

    def _checked(
        self,
        query: EventQuery,
        plan: _Plan,
        *,
        whole: bool = False,
        below: BlockKey | None = None,
        from_key: BlockKey | None = None,
    ) -> Iterator[tuple[Sequence[Any], Sequence[bytes]]]:
        """The rows the query's SQL finds, verified, passing the query's own tests and served once, a batch at a
        time: their facts (a _RowFacts each; with `whole` false and only date filters, a _Dated) and their JSON texts
        as the checksums verified them (UTF-8). A filter the SQL has no term for (see _Plan) is applied here, and
        the limit after it. Each step runs over a whole batch in C (map, zip, set.update) where it can: at 200,000
        rows every Python call made for each row cost 20-30 ms. Only rows whose key (start, end, id) is `below` one
        key, or from one on, when given (the rows around a run of blocks: see matching_json_joined)."""
        bounds = [(test, key) for test, key in ((_lt, below), (_ge, from_key)) if key is not None]
        if bounds:
            terms = [(f"{KEY} {test.sql} (?, ?, ?)", [key[0], key[1], key[2].decode()]) for test, key in bounds]
            plan = plan._replace(dates=[*plan.dates, *terms])
        words = query.text is not None  # the only filter that reads them
        sql, params = event_sql(
            query,
            plan,
            fts=self._cache.fts,
            columns=f"{EVENT_ROW}, {EVENT_WORDS}" if words else EVENT_ROW,
            dates_first=self._dates_first(plan),
            look_up_words=self._look_up_words(query, plan),
        )
        cache = self._cache
        given = given_filters(query)
        dated = not whole and all(_reads(flt) <= _DATED for flt, _ in given)
        batch_words: dict[str, str] = {}  # the words of the batch under test, by id
        unplanned = plan.unplanned
        tests = [
            fact_test(flt, value, batch_words.__getitem__) for flt, value in given if (flt, value) not in unplanned
        ]
        tests.extend(_key_test(test, key) for test, key in bounds)
        matches = _all_of(tests)
        in_python = _all_of([fact_test(flt, value, batch_words.__getitem__) for flt, value in unplanned])
        limit = query.limit if unplanned else None  # else SQL's LIMIT
        served = ServedOnce()
        passed = 0
        cursor = cache.db.execute(sql, params)
        while found := cursor.fetchmany(_BATCH):
            columns = list(zip(*found, strict=True))
            checked = list(map(zlib.crc32, columns[2], map(zlib.crc32, columns[1], map(zlib.crc32, columns[0]))))
            if checked != list(columns[3]):  # digest.event_checksum over each row's file, facts and JSON
                cache.damaged("an event row does not match its checksum")
            rows = self._views(columns[1], dated)
            if words:
                batch_words.clear()
                for row, text in zip(rows, self._words(columns), strict=True):
                    row.words = text
                    batch_words[row.id] = text.decode()
            if tests and not all(map(matches, rows)):
                missed = next(row for row in rows if not matches(row))
                cache.damaged(f"the index offered event {missed.key.decode()!r}, which does not match the query")
            ids = list(map(_KEY, rows))
            twice = served.add(ids)
            if twice is not None:
                cache.damaged(f"event {twice.decode()!r} is in the cache twice")
            if cache.deferred_seeds is not None:  # a batch that may not be the last: every seed, before any is served
                cache.deferred_seeds(None if len(found) == _BATCH else _cited(columns[1]))
            texts = cache.edits.served(ids, columns[2], rows)
            if unplanned:
                keep = list(map(in_python, rows))
                rows, texts = list(compress(rows, keep)), list(compress(texts, keep))
            if limit is not None:
                rows, texts = rows[: limit - passed], texts[: limit - passed]
                passed += len(rows)
            if rows:
                yield rows, texts
            if passed == limit:
                return

    def _views(self, heads: Sequence[bytes], dated: bool) -> list[Any]:
        """The verified rows' facts: for date filters alone, each a _Dated tuple made in C; else a _RowFacts each.
        Bytes that are not an event row (a checksum forged over them) are damage."""
        try:
            if dated:
                parts = list(map(bytes.split, heads, repeat(b"\x1f"), repeat(3)))
                keys, starts, ends, _ = zip(*parts, strict=True)  # ValueError unless each splits in four
                return list(
                    map(tuple.__new__, repeat(_Dated), zip(keys, map(int, starts), map(int, ends), strict=True))
                )
            return list(map(_RowFacts, heads))
        except ValueError:
            self._cache.damaged("an event row is not one koursk wrote")

    def _words(self, columns: list[tuple[Any, ...]]) -> list[bytes]:
        """The batch's search words (cacheschema.EVENT_WORDS after the row), each checked against its checksum: their
        CRC-32 continued from the row's (digest.row_checksum)."""
        checked = list(map(zlib.crc32, columns[4], columns[3]))
        if checked != list(columns[5]):
            self._cache.damaged("the search words of an event row do not match their checksum")
        return list(columns[4])

    def _dates_first(self, plan: _Plan) -> _DateSpan | None:
        """The span of the events in the query's dates when they are fewer than those naming what its list filters
        ask: then the named events are found within it (see event_sql) before any event is read, instead of reading
        each named event to test its dates (one actor's 19,785 events at 1,000,000 for a one-week query: 40 ms
        against 3 ms). None otherwise. Decided once per query's filters (a timeline asks twice) from counts bounded
        both ways (see _date_span)."""
        if not plan.dates or not plan.sets:
            return None
        key = tuple(tuple((sql, tuple(values)) for sql, values in terms) for terms in (plan.dates, plan.sets))
        if key not in self._plans:
            span = self._date_span(plan.dates)
            self._plans[key] = span if span is not None and self._fewer_named(span.events, plan.sets) else None
        return self._plans[key]

    def _look_up_words(self, query: EventQuery, plan: _Plan) -> bool:
        """Whether a walk of the date index (a limit in date order) should look each event it passes up in the
        words index, stopping at the limit, instead of first listing every match: when the words are common. At
        1,000,000 events `sommet` matches 885,585: listing them took 0.13 s, looking up the ~57 events walked
        1 ms; but each look-up costs ~160 times adding one match to the list (~26 us against ~0.16 us), and the
        walk passes about limit x events / matches of them. So the matches are counted up to the point where both
        cost the same (matches^2 = 160 x limit x events): never a count of a whole index. Only without other
        list or row filters, which would thin the matches the walk passes."""
        if not (plan.words and self._cache.fts and _walks(query) and query.limit):
            return False
        if plan.sets or plan.rows or plan.unplanned:
            return False
        events = int(self._cache.meta().get("events", "0"))  # verified against the table when the cache opened
        bound = isqrt(WORD_LOOK_UP_COST * query.limit * events) + 1
        probe = "SELECT count(*) FROM (SELECT rowid FROM event_words WHERE event_words MATCH ? LIMIT ?)"
        return int(self._cache.db.execute(probe, (_match(plan.words), bound)).fetchone()[0]) >= bound

    def _date_span(self, dates: list[Term]) -> _DateSpan | None:
        """The events in the dates counted in the date index up to PLAN_PROBE, with their span; None for a wider
        range, which keeps the usual plan: never a count of a whole index."""
        where, params = _where(dates)
        probe = f"SELECT count(*), min(rowid), max(rowid) FROM (SELECT rowid FROM events WHERE {where} LIMIT ?)"
        dated, low, high = self._cache.db.execute(probe, [*params, PLAN_PROBE]).fetchone()
        if dated >= PLAN_PROBE:
            return None
        return _DateSpan(dated, low, high) if dated else _DateSpan(0, 1, 0)  # none: an empty span (rowids are >= 1)

    def _fewer_named(self, dated: int, sets: list[Term]) -> bool:
        """Whether every list filter names more events than `dated`, each counted up to one more than that."""
        db = self._cache.db
        named = (db.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*values, dated + 1]) for sql, values in sets)
        return all(found.fetchone()[0] > dated for found in named)

    def _ranked_here(self, query: EventQuery, plan: _Plan) -> Iterator[tuple[EventFacts, bytes]]:
        """`relevance` on an SQLite without FTS5: the matches ranked as the pure core ranks them, over every
        event's verified words (a scan of the store, as the query itself is without an index)."""
        matched = self._checked(query._replace(sort=EventSort.DATE, limit=None), plan, whole=True)
        found = [
            (row.facts(), row.words.decode(), text)
            for rows, texts in matched
            for row, text in zip(rows, texts, strict=True)
        ]
        words = {facts.id: text for facts, text, _ in found}
        key = relevance_key(
            query, words.__getitem__, lambda: (row.words.decode() for row, _ in self._verified(words=True))
        )
        found.sort(key=lambda row: key(row[0]))
        for facts, _, text in found[: query.limit]:
            yield facts, text

    def name_counts(self, field: str) -> dict[str, int]:
        self._cache.every_seed()
        sql = "SELECT name, count(*) FROM names WHERE kind = ? GROUP BY name"
        return dict(self._cache.db.execute(sql, (NAME_KINDS.index(field),)))

    def damaged(self, reason: str) -> NoReturn:
        self._cache.damaged(reason)

    def window_counts(self, query: EventQuery) -> dict[tuple[int, int], int]:
        self._cache.every_seed()  # counts of events not served
        plan = _plan(query, self._max_span)
        if query.limit is not None and self._ranks_here(query):  # the limit keeps the best, which SQL cannot rank
            return dict(Counter((facts.start, facts.end) for facts, _ in self._ranked_here(query, plan)))
        if plan.unplanned:  # a filter SQL cannot test: counted as the rows pass it
            return dict(Counter((row.start, row.end) for rows, _ in self._checked(query, plan) for row in rows))
        columns = 'start, "end"'
        sql, params = event_sql(query, plan, fts=self._cache.fts, columns=columns, dates_first=self._dates_first(plan))
        rows = self._cache.db.execute(f'SELECT start, "end", count(*) FROM ({sql}) GROUP BY start, "end"', params)
        return {(start, end): count for start, end, count in rows}

    def distinct(self, field: str) -> set[str]:
        self._cache.every_seed()
        kind = NAME_KINDS.index(field)
        return {row[0] for row in self._cache.db.execute("SELECT DISTINCT name FROM names WHERE kind = ?", (kind,))}

    def ids_with_prefix(self, prefix: str, limit: int) -> list[str]:
        self._cache.every_seed()
        return ids_with_prefix(self._cache, "events", prefix, limit)

    def __iter__(self) -> Iterator[EventFacts]:
        return (row.facts() for row, _ in self._verified("ORDER BY file, seq"))

    def __len__(self) -> int:
        self._cache.every_seed()
        if self._length is None:
            self._length = self._cache.db.execute("SELECT count(*) FROM events").fetchone()[0]
        return self._length

    @overload
    def __getitem__(self, index: int) -> EventFacts: ...
    @overload
    def __getitem__(self, index: slice) -> list[EventFacts]: ...
    def __getitem__(self, index: int | slice) -> EventFacts | list[EventFacts]:
        if isinstance(index, slice):
            return list(self)[index]
        position = index + len(self) if index < 0 else index
        found = [row.facts() for row, _ in self._verified("ORDER BY file, seq LIMIT 1 OFFSET ?", (position,))]
        if not found or position < 0:
            raise IndexError(index)
        return found[0]


BlockKey = tuple[int, int, bytes]
"""An event's key in date order (start, end, id's UTF-8 bytes: SQLite compares text as those bytes)."""


class _Bound(NamedTuple):
    sql: str
    holds: Callable[[BlockKey, BlockKey], bool]


_lt = _Bound("<", lambda key, bound: key < bound)
_ge = _Bound(">=", lambda key, bound: key >= bound)


def _key_test(test: _Bound, bound: BlockKey) -> Callable[[Any], bool]:
    """A verified row's key against a block's bound: an index pointing past the bound cannot serve a row twice."""
    return lambda row: test.holds((row.start, row.end, row.key), bound)


def _block_dates(query: EventQuery) -> tuple[int | None, int | None] | None:
    """The first and last start day a date query's events can have when every filter it gives is one of those
    (a day from, on the start or end, and a day until, on the start), it lists in date order and has no limit; else
    None (blocks cannot serve it). An event ending on or after a day may start before it: those are read row by row,
    before the run of blocks."""
    if query.sort is not EventSort.DATE or query.limit is not None:
        return None
    since: int | None = None
    until: int | None = None
    for flt, value in given_filters(query):
        if flt.kind is FilterKind.DAY_FROM and flt.fact in _DATE_INDEX:
            since = max(since or 0, value.start.toordinal())
        elif flt.kind is FilterKind.DAY_UNTIL and flt.fact == "start":
            day = value.end.toordinal()
            until = day if until is None else min(until, day)
        else:
            return None
    return since, until


def _all_of(tests: list[Callable[[EventFacts], bool]]) -> Callable[[Any], bool]:
    """One predicate passing when every test passes, called once per row: no generator when there are one or two
    tests (a 200,000-row answer tests each row once or twice)."""
    if not tests:
        return lambda _: True
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda facts: first(facts) and second(facts)
    return lambda facts: all(test(facts) for test in tests)


def checked_row(cache: Cache, row: Row) -> int:
    """The CRC-32 of an event row read as cacheschema.EVENT_ROW, once it matches the row's checksum (else damage)."""
    checksum = event_checksum(row[0], row[1], row[2])
    if checksum != row[3]:
        cache.damaged("an event row does not match its checksum")
    return checksum


def checked_words(cache: Cache, checksum: int, row: tuple[Any, ...]) -> bytes:
    """The search words of an event row read as cacheschema.EVENT_ROW then cacheschema.EVENT_WORDS, once they match their
    checksum, continued from the row's verified CRC-32 `checksum` (else damage)."""
    words: bytes = row[4]
    if row_checksum(words, start=checksum) != row[5]:
        cache.damaged("the search words of an event row do not match their checksum")
    return words


SUGGESTED_FROM_ALL = 20_000  # ids: up to this many, an unknown id is compared with every one
SUGGESTED_NEAR = 20  # past it, with at least this many sharing its longest beginning


def _bindable(key: object) -> bool:
    """Whether `key` can be looked up as an id: a str SQLite can bind. An argument whose bytes are not UTF-8
    (`show $'\\xff'`) reaches Python holding surrogates (PEP 383), which SQLite refuses with a UnicodeEncodeError;
    no id holds one (ids are slugs), so it is simply not found, and the look-up says so like any unknown id."""
    return isinstance(key, str) and is_utf8(key)


def ids_with_prefix(cache: Cache, table: str, prefix: str, limit: int) -> list[str]:
    """Ids by prefix from the table's id index: a range scan, whatever the store's size."""
    if not _bindable(prefix):
        return []
    sql = f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT ?"
    return [row[0] for row in cache.db.execute(sql, (prefix, prefix + "\U0010ffff", limit))]


class SqlTexts(Mapping[str, str]):
    """One table's texts by id (the events' JSON or search words, the claims' JSON), each row verified as it is
    read: `_columns` are what a row is read as, `_read` verifies one and gives its id and text."""

    _columns: str

    def __init__(self, cache: Cache, table: str) -> None:
        self._cache = cache
        self._table = table
        self._length: int | None = None

    def _read(self, row: tuple[Any, ...]) -> tuple[str, str]:
        raise NotImplementedError

    def __getitem__(self, key: str) -> str:
        self._cache.every_seed()  # by id: not a row of SqlFacts' queries (see open._CitedSeeds)
        if not _bindable(key):
            raise KeyError(key)
        sql = f"SELECT {self._columns} FROM {self._table} WHERE id = ? LIMIT 2"
        rows = self._cache.db.execute(sql, (key,)).fetchall()
        if len(rows) > 1:
            self._cache.damaged(f"{key!r} is in the cache twice")
        for row in rows:
            found, text = self._read(row)
            if found != key:
                self._cache.damaged(f"the row found as {key!r} is {found!r}'s")
            return text
        raise KeyError(key)

    def many(self, keys: Sequence[str]) -> list[str]:
        """The texts of `keys`, in their order, from one query (a listing fetches its claims a few hundred at a time:
        one query each cost more than decoding them), each verified as __getitem__ verifies it."""
        self._cache.every_seed()
        sql = f"SELECT {self._columns} FROM {self._table} WHERE id IN ({', '.join('?' * len(keys))})"
        found: dict[str, str] = {}
        for row in self._cache.db.execute(sql, list(keys)):
            key, text = self._read(row)
            if key in found:
                self._cache.damaged(f"{key!r} is in the cache twice")
            found[key] = text
        if len(found) != len(set(keys)):  # read in the run's one snapshot (Cache.hold_snapshot): only damage loses one
            missing = next(key for key in keys if key not in found)
            self._cache.damaged(f"{missing!r} is no longer in the cache")
        return [found[key] for key in keys]

    def ids_with_prefix(self, prefix: str, limit: int) -> list[str]:
        self._cache.every_seed()
        return ids_with_prefix(self._cache, self._table, prefix, limit)

    def __contains__(self, key: object) -> bool:
        self._cache.every_seed()
        query = f"SELECT 1 FROM {self._table} WHERE id = ?"
        return _bindable(key) and self._cache.db.execute(query, (key,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        """Every id. Only what needs every id iterates (a draft's new ids, an unknown id's suggestions), and a damaged
        `id` column must not make a known id look unknown there."""
        self._cache.every_seed()
        self._check_ids()
        return (row[0] for row in self._cache.db.execute(f"SELECT id FROM {self._table} ORDER BY file, seq"))

    def ids_near(self, typed: str) -> Iterable[str]:
        """The ids an unknown id is compared with: all of them in a small table; past SUGGESTED_FROM_ALL, those that
        begin as `typed` does, the longest shared beginning first (difflib over 1,000,000 ids cost 25 s of CPU)."""
        if len(self) <= SUGGESTED_FROM_ALL:
            return self
        self._check_ids()
        found: dict[str, None] = {}
        for end in range(len(typed), 2, -1):
            found.update(dict.fromkeys(self.ids_with_prefix(typed[:end], SUGGESTED_NEAR)))
            if len(found) >= SUGGESTED_NEAR:
                break
        return found

    def _check_ids(self) -> None:
        """Each row's `id` column compared, in SQL, with the id its checksummed JSON opens with (0.09 s of CPU at
        100,000 events, 0.8 s at 1,000,000), before any answer says an id is unknown."""
        stray = f"SELECT id FROM {self._table} WHERE NOT ({ID_OPENS_JSON}) LIMIT 1"
        for (column,) in self._cache.db.execute(stray):
            self._cache.damaged(f"the id column {column!r} is not its row's id")

    def __len__(self) -> int:
        self._cache.every_seed()
        if self._length is None:
            self._length = self._cache.db.execute(f"SELECT count(*) FROM {self._table}").fetchone()[0]
        return self._length


class SqlEventTexts(SqlTexts):
    """The events' JSON texts by id or, with `words`, their search words."""

    def __init__(self, cache: Cache, *, words: bool = False) -> None:
        super().__init__(cache, "events")
        self._words = words
        self._columns = f"{EVENT_ROW}, {EVENT_WORDS}" if words else EVENT_ROW

    def _read(self, row: tuple[Any, ...]) -> tuple[str, str]:
        checksum = checked_row(self._cache, row)
        event_id = row[1].split(b"\x1f", 1)[0]
        if self._words:
            return event_id.decode(), checked_words(self._cache, checksum, row).decode()
        text = self._cache.edits.served((event_id,), (row[2],), (self._dates(row[1]),))[0]
        return event_id.decode(), text.decode()

    def _dates(self, facts: bytes) -> Dates:
        """The dates a verified row's facts hold after its id; bytes that are not an event row are damage."""
        try:
            _, start, end, _ = facts.split(b"\x1f", 3)
            return Dates(int(start), int(end))
        except ValueError:
            self._cache.damaged("an event row is not one koursk wrote")


class SqlClaimTexts(SqlTexts):
    """The claims' JSON texts by id; the claims linked to one event, found through the `claims_by_event` index
    (`show EVENT` scanned every claim of the store for its figures: 6.2 s of CPU at 1,000,000 events); and every
    claim, or those on one topic or measure (`claims_by_measure`), read in store order."""

    _columns = f"{CLAIM_BODY}, checksum"

    def __init__(self, cache: Cache) -> None:
        super().__init__(cache, "claims")

    def _read(self, row: tuple[Any, ...]) -> tuple[str, str]:
        body, checksum = row
        if row_checksum(body) != checksum:
            self._cache.damaged("a claim row does not match its checksum")
        parts = body.split(b"\x1f", CLAIM_JSON_AT)
        return parts[CLAIM_ID_AT].decode(), parts[CLAIM_JSON_AT].decode()

    def of_event(self, event_id: str) -> Iterator[dict[str, Any]]:
        """The records of the claims linked to `event_id` (the `event` column only finds rows: see _served)."""
        where = "event = ? AND event != ''"  # the partial index
        return self._served(where, "file, seq", (event_id,), self._cache.claims_counted(event_key(event_id)))

    def scan(self, topic: str | None = None, measure: str | None = None) -> Iterator[dict[str, Any]]:
        """The records of every claim, or of those on `topic` (and its `measure`), one row at a time, none held:
        each measure's claims in store order (file, then place in the file), as a scan of the store's claims reads
        them, measure after measure (the order of the `claims_by_measure` index: no sort)."""
        if topic is None:
            if measure is not None:
                raise ValueError("a measure is only asked for with its topic")
            written = self._cache.meta().get("claims")  # verified against the table when the cache was opened
            return self._served("1", "file, seq", (), None if written is None else int(written))
        if measure is None:
            counted = self._cache.claims_counted(measure_key(topic), prefix=True)
            return self._served("topic = ?", "measure, file, seq", (topic,), counted)
        counted = self._cache.claims_counted(measure_key(topic, measure))
        return self._served("topic = ? AND measure = ?", "measure, file, seq", (topic, measure), counted)

    def _served(self, where: str, order: str, params: tuple[str, ...], written: int | None) -> Iterator[dict[str, Any]]:
        """The records of the rows found `where`, each verified before it is used: its checksum, served once, and
        its own JSON holding the topic, measure and event its columns hold (the columns only find rows: damaged,
        they cannot add another claim to the answer or misplace one); once all are read, as many as were `written`
        under those values (a damaged column or index row cannot leave one out)."""
        self._cache.every_seed()
        sql = f"SELECT {CLAIM_BODY}, checksum, topic, measure, event FROM claims WHERE {where} ORDER BY {order}"
        served: set[str] = set()  # the ids the records hold, which the claims built from them keep anyway
        for body, checksum, *columns in self._cache.db.execute(sql, params):
            if row_checksum(body) != checksum:
                self._cache.damaged("a claim row does not match its checksum")
            parts = body.split(b"\x1f", CLAIM_JSON_AT)
            record = loaded(parts[CLAIM_JSON_AT].decode())
            if (
                not isinstance(record, dict)
                or [record.get("topic"), record.get("measure"), record.get("event") or ""] != columns
            ):
                claim_id = parts[CLAIM_ID_AT].decode()
                self._cache.damaged(f"the index columns of claim {claim_id!r} are not those of its JSON")
            claim_id = str(record.get("id"))
            if claim_id in served:
                self._cache.damaged(f"claim {claim_id!r} is in the cache twice")
            served.add(claim_id)
            yield record
        if written is not None and len(served) != written:
            self._cache.damaged(f"the cache's indexes found {len(served):,} claims where {written:,} were written")


class CachedSources(Mapping[str, "tuple[dict[str, Any], str]"]):
    """Each source's checked entry and publication date (EDTF text), by id. Asked for one before the whole table is
    walked, a source is its own row, verified (`show EVENT` cites a few of a 1M store's 20,000 articles); walked, it
    is the core's `source` and `context` parts, checked when the cache was opened. A source those parts hold and no
    row does is damage."""

    def __init__(self, cache: Cache) -> None:
        self._cache = cache
        self._every: dict[str, tuple[dict[str, Any], str]] | None = None

    def _all(self) -> dict[str, tuple[dict[str, Any], str]]:
        if self._every is None:
            published = published_texts(self._cache.context_part())
            entries = self._cache.core_entries("source")
            if not published.keys() >= {data["id"] for data in entries}:
                self._cache.damaged("core part 'source' holds a source the context part does not date")
            self._every = {data["id"]: (data, published[data["id"]]) for data in entries}
        return self._every

    def __getitem__(self, key: str) -> tuple[dict[str, Any], str]:
        self._cache.every_seed()  # a source's sha256 is its seed's
        if self._every is not None:
            return self._every[key]
        if not _bindable(key):
            raise KeyError(key)
        row = self._cache.source_rows([key]).get(key)
        if row is None:
            if key in self._all():
                self._cache.damaged(f"the cached source {key!r} has no row")
            raise KeyError(key)
        return row

    def __iter__(self) -> Iterator[str]:
        self._cache.every_seed()
        return iter(self._all())

    def __len__(self) -> int:
        self._cache.every_seed()
        return len(self._all())

    def __contains__(self, key: object) -> bool:
        """Whether a source has this id, its row found and verified as __getitem__ finds it, checking no seed:
        nothing of a seed is in the answer (`--source ID` resolved before the rows that cite it are served)."""
        if self._every is not None:
            return key in self._every
        if not isinstance(key, str) or not _bindable(key):
            return False
        if self._cache.sources_held([key]):
            return True
        if key in self._all():
            self._cache.damaged(f"the cached source {key!r} has no row")
        return False

    def names(self) -> list[SourceName]:
        """Each source's id, outlet and seed file's name, as `--source NAME` is resolved against them: all three are
        sources.yaml's (the core's `source` part, checked when the cache was opened), none a seed's bytes, so no
        seed is checked here; a seed is checked when a served row cites its source. From the parts already parsed
        when a miss in __contains__ read them (a seed number, an outlet), not parsed again."""
        entries = (
            (entry for entry, _ in self._every.values())
            if self._every is not None
            else self._cache.core_entries("source")
        )
        return [SourceName(data["id"], data["outlet"], data["seed"]) for data in entries]


class CachedSourceObjects(LazyObjects[Source]):
    """The cached sources as objects built on first use, and their names (CachedSources.names) for resolving
    `--source`, which checks no seed."""

    def __init__(self, rows: CachedSources, build: Callable[[tuple[dict[str, Any], str]], Source]) -> None:
        super().__init__(rows, build)
        self.names = rows.names


class CitedDates(Mapping[str, Published]):
    """The articles a changed file's events cite, as building them reads each (model.Dated): the publication date
    from the core's `context` part (`published`: verified when the cache was opened, each date parsed once, for the
    file's checks and its events alike), once the article's own row is found and verified, as `show EVENT` reads
    it (fetch: a few hundred per statement). Its entry is not parsed (~1,900 JSON texts for a file of 1,000 events
    at 1,000,000). An article the context holds and no row does is damage, as in CachedSources."""

    def __init__(self, cache: Cache, published: Mapping[str, FuzzyDate]) -> None:
        self._cache = cache
        self._published = published
        self._held: set[str] = set()
        self._built: dict[str, Published] = {}  # each article once: the file's checks and events ask ~4,000 times

    def fetch(self, keys: Iterable[str]) -> None:
        """Find and verify the rows of these articles now, a few hundred per statement."""
        self._held.update(self._cache.sources_held([key for key in keys if _bindable(key)]))

    def __getitem__(self, key: str) -> Published:
        built = self._built.get(key)
        if built is not None:
            return built
        if key not in self._held:
            if not _bindable(key):
                raise KeyError(key)
            self.fetch([key])
            if key not in self._held:
                if key in self._published:
                    self._cache.damaged(f"the cached source {key!r} has no row")
                raise KeyError(key)
        built = self._built[key] = Published(self._published[key])
        return built

    def __iter__(self) -> Iterator[str]:
        return iter(self._published)

    def __len__(self) -> int:
        return len(self._published)


class SeedTexts(Mapping[str, str]):
    """The normalised seed texts a changed file's quotes are checked against, read from the cache when asked, or
    fetched at once for the sources the file cites (fetch)."""

    def __init__(self, cache: Cache) -> None:
        self._cache = cache
        self._fetched: dict[str, str] = {}

    def fetch(self, keys: Iterable[str]) -> None:
        """Read the seed texts of these sources now, verified, a few hundred per statement."""
        self._fetched.update(self._cache.seed_texts([key for key in keys if _bindable(key)]))

    def __getitem__(self, key: str) -> str:
        text = self._fetched.get(key)
        if text is None:
            text = self._cache.seed_texts([key]).get(key)
        if text is None:
            raise KeyError(key)
        return text

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._cache.db.execute("SELECT source FROM seeds"))

    def __len__(self) -> int:
        return int(self._cache.db.execute("SELECT count(*) FROM seeds").fetchone()[0])


__all__ = [
    "CacheFault",
    "CachedSources",
    "CitedDates",
    "SeedTexts",
    "SqlClaimTexts",
    "SqlEventTexts",
    "SqlFacts",
    "SqlTexts",
    "event_sql",
]
