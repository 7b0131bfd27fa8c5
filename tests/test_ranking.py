"""`--sort relevance`: ranking.py computes BM25 exactly as SQLite's FTS5 bm25() does, so a cached store (ranked in
SQL through its FTS5 index) and a store read from its files (ranked in Python) give the same order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koursk_cli.dates import parse_period
from koursk_cli.query import EventQuery, EventSort, match_events
from koursk_cli.ranking import Corpus, Phrase, bm25, ranked_words
from koursk_cli.store.cacheschema import FTS
from koursk_cli.store.indexed import _match
from koursk_cli.store.loader import read_store
from koursk_cli.store.open import load_store
from koursk_cli.textnorm import Alternatives
from tests.conftest import REPO, run
from tests.stores import EVENTS, cache_of, write_store

VOCABULARY = ["troupes", "koursk", "coree", "12000", "soldats", "troupeau", "nord", "rutte"]
_document = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12).map(" ".join)
_wanted = st.lists(st.tuples(st.sampled_from([*VOCABULARY, "troup", "sold"]), st.booleans()), min_size=1, max_size=3)


_SCORES = "SELECT rowid, bm25(event_words) FROM event_words WHERE event_words MATCH ?"


def _fts5(documents: list[str]) -> sqlite3.Connection:
    """The cache's own FTS5 table (store/cacheschema.py's FTS) over `documents`, as rows 1, 2, …"""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE events (rowid INTEGER PRIMARY KEY, words TEXT NOT NULL)")
    db.execute(FTS)
    for rowid, words in enumerate(documents, 1):
        db.execute("INSERT INTO events VALUES (?, ?)", (rowid, words))
        db.execute("INSERT INTO event_words (rowid, words) VALUES (?, ?)", (rowid, words))
    return db


@given(documents=st.lists(_document, min_size=1, max_size=30), pairs=_wanted)
def test_bm25_is_fts5s_to_the_last_bit(documents: list[str], pairs: list[tuple[str, bool]]) -> None:
    wanted = [Phrase(word, prefix) for word, prefix in pairs]
    match = " ".join(f'"{word}"' + ("*" if prefix else "") for word, prefix in pairs)
    expected = dict(_fts5(documents).execute(_SCORES, (match,)).fetchall())
    corpus = Corpus.of(wanted, documents)
    found = {
        rowid: bm25(wanted, text, corpus)
        for rowid, text in enumerate(documents, 1)
        if all(
            any(w.startswith(word) for w in text.split()) if prefix else word in text.split() for word, prefix in pairs
        )
    }
    assert found == expected  # the same rows and the same doubles, not merely close ones


_word = st.sampled_from([*VOCABULARY, "troup", "sold"])
_alternative = st.one_of(
    st.tuples(_word, st.booleans()),  # a word, a prefix or not
    st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=3).map(lambda w: (" ".join(w), False)),  # a phrase
)


@given(
    documents=st.lists(_document, min_size=1, max_size=30),
    terms=st.lists(st.lists(_alternative, min_size=1, max_size=3).map(tuple), min_size=1, max_size=3),
)
def test_bm25_of_any_query_the_cache_writes_is_fts5s(documents: list[str], terms: list[Alternatives]) -> None:
    """Over the FTS5 query the cache writes (indexed._match), with phrases inside OR groups: a phrase's words count
    only where all of them are (hypothesis found `("12 000 sommet" troup*)` ranked apart from the cache)."""
    wanted = ranked_words(terms)
    expected = dict(_fts5(documents).execute(_SCORES, (_match(terms),)).fetchall())
    corpus = Corpus.of(wanted, documents)
    assert {rowid: bm25(wanted, documents[rowid - 1], corpus) for rowid in expected} == expected


def test_more_and_rarer_words_rank_first(tmp_path: Path) -> None:
    """The event saying `koursk` most comes first; of two saying it once, the shorter (by date it is the reverse)."""
    extra = """\
  - id: koursk-thrice
    date: 2024-10-30
    date_basis: test
    title: {en: Koursk Koursk Koursk, fr: Koursk Koursk Koursk}
    actors: []
    places: []
    tags: []
    status: reported
    evidence:
      - source: alpha
        quote: "des troupes nord-coréennes étaient à Koursk"
  - id: koursk-once-long
    date: 2024-10-01
    date_basis: test
    title: {en: Many other words about Koursk and the war and the summit, fr: Beaucoup d'autres mots}
    actors: []
    places: []
    tags: []
    status: reported
    evidence:
      - source: alpha
        quote: "Mark Rutte a déclaré lundi 28 octobre"
  - id: koursk-once-short
    date: 2024-10-15
    date_basis: test
    title: {en: Koursk, fr: Ailleurs}
    actors: []
    places: []
    tags: []
    status: reported
    evidence:
      - source: alpha
        quote: "Mark Rutte a déclaré lundi 28 octobre"
"""
    store = write_store(tmp_path, events=EVENTS + extra)
    result = run("--data", str(store), "events", "--text", "koursk", "--sort", "relevance", "--fields", "id")
    assert result.exit_code == 0, result.stderr
    ranked = result.json()
    assert [r["id"] for r in ranked] == ["koursk-thrice", "koursk-once-short", "koursk-once-long"]
    by_date = run("--data", str(store), "events", "--text", "koursk", "--fields", "id").json()
    assert [r["id"] for r in by_date] == ["koursk-once-long", "koursk-once-short", "koursk-thrice"]


@pytest.mark.parametrize("text", ["troupes koursk", "12000", "troup*", "zelensky", "coree nord soldats", "kim"])
@pytest.mark.parametrize("since", [None, "2024-11"])
@pytest.mark.parametrize("fts", [True, False], ids=["fts5", "no-fts5"])
def test_the_shipped_store_ranks_the_same_cached_or_read(text: str, since: str | None, fts: bool) -> None:
    """Cached: ranked in SQL by FTS5, or (an SQLite without FTS5) in Python over the cached words; read from the
    files: ranked in Python. One order."""
    query = EventQuery(text=text, sort=EventSort.RELEVANCE, since=parse_period(since) if since else None)
    cached = load_store(REPO)
    assert cached.facts.__class__.__name__ == "SqlFacts"
    cache_of(cached).fts = fts
    read = match_events(read_store(REPO), query)
    assert [f.id for f in match_events(cached, query)] == [f.id for f in read]
    assert len(read) == len(match_events(cached, query._replace(sort=EventSort.DATE)))


def test_relevance_needs_text() -> None:
    result = run("events", "--sort", "relevance")
    assert result.exit_code == 2
    assert "--text" in result.stderr
