"""`--drafts` previews a store holding what `koursk extract --write` drafts (rev26 H1, H2): an asserter it could not
name (`todo-asserter`), a topic or measure it could not guess (`todo-topic`, `todo-measure`), a figure it could not
read (`value: null`). Every command shows them as what they are (« TODO: asserter », « TODO: value »), and a draft's
figure without a value, topic or measure is listed but never enters a spread, a conflict or a revision: in the pure
core and in what the cache serves alike."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli.claimquery import ClaimQuery, run_claim_query
from koursk_cli.claims import cumulative_measures, measure_bounds
from koursk_cli.conflicts import ConflictIndex, conflict_kind_pairs
from koursk_cli.diff import diff_dates
from koursk_cli.figures import figure_histories
from koursk_cli.model import Claim
from koursk_cli.records import spread_record
from koursk_cli.spreads import spreads, store_spreads
from koursk_cli.store.curated import read_preview
from koursk_cli.store.loader import read_store
from koursk_cli.store.open import load_store
from tests.claimstores import ACTORS, DATES, MEASURES, SOURCES, TOPICS, VALUES, write_claims
from tests.conftest import run
from tests.stores import StoreBuilder

PLACED = [*MEASURES, ("troops", "todo-measure"), ("todo-topic", "todo-measure")]

_draft_claim = st.fixed_dictionaries(
    {
        "measure": st.sampled_from(PLACED),
        "value": st.sampled_from([*VALUES, None]),
        "kind": st.sampled_from(["exact", "approximate", "at_least", "at_most"]),
        "as_of": st.sampled_from(DATES),
        "asserted_by": st.lists(st.sampled_from([*ACTORS, "todo-asserter"]), max_size=2, unique=True).map(tuple),
        "source": st.sampled_from([s for s, _, _ in SOURCES]),
        "file": st.sampled_from(["a", "b"]),
        "restates": st.booleans(),
    }
)


def _compared(claim: Claim) -> bool:
    """Whether a claim read takes part in spreads and conflicts: a figure of its own, with its value, topic and
    measure written."""
    return claim.restates is None and claim.value is not None and "todo" not in (claim.topic + claim.measure)


def _named(record: Any) -> Any:
    """A record with each `anon-ID` of the store without drafts named as the placeholder it stands for."""
    if isinstance(record, dict):
        return {
            key: sorted({"todo-asserter" if a.startswith("anon-") else a for a in value})
            if key == "asserted_by"
            else _named(value)
            for key, value in record.items()
        }
    if isinstance(record, list):
        return [_named(item) for item in record]
    return record


def _histories(store: Any) -> dict[str, tuple[Any, ...]]:
    return {
        f.claim.id: (f.display, f.conflicts_with, f.revises)
        for history in figure_histories(store, store.claims.values())
        for series in history.series
        for f in series.figures
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(_draft_claim, max_size=25))
def test_a_draft_figure_changes_no_spread_conflict_or_revision(
    claims: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store with drafts (--drafts) has the spreads, conflicts and revisions of the same store without its draft
    figures, as the core computes them and as the cache serves the store without them; each draft figure is listed,
    in conflict with nothing."""
    with tempfile.TemporaryDirectory() as folder:
        monkeypatch.setenv("XDG_CACHE_HOME", str(Path(folder) / "cache"))
        drafted = read_preview(write_claims(Path(folder) / "drafted", claims))[0]
        root = write_claims(Path(folder) / "kept", claims, drafts=False)
        kept, cached = read_store(root), load_store(root)
        everything = run_claim_query(drafted, ClaimQuery())
        cumulative, bounds = cumulative_measures(kept.topics), measure_bounds(kept.topics)
        assert sorted(c.id for c in everything) == [f"cl-{n:03d}" for n in range(len(claims))]  # every one listed
        expected = [
            _named(spread_record(s, kept))
            for s in spreads(run_claim_query(kept, ClaimQuery()), cumulative, bounds, pair_limit=None)
        ]
        assert [_named(spread_record(s, kept)) for s in spreads(everything, cumulative, bounds, pair_limit=None)] == (
            expected
        )
        assert [_named(spread_record(s, kept)) for s in store_spreads(drafted, pair_limit=None)] == expected
        assert [_named(spread_record(s, kept)) for s in store_spreads(cached, pair_limit=None)] == expected
        assert list(conflict_kind_pairs(everything, cumulative)) == list(
            conflict_kind_pairs(run_claim_query(kept, ClaimQuery()), cumulative)
        )
        with_drafts = ConflictIndex(drafted.claims.values(), cumulative=cumulative)
        without = ConflictIndex(cached.claims.values(), cumulative=cumulative)
        for claim in everything:
            found = with_drafts.lookup(claim)
            assert found == (without.lookup(claim) if _compared(claim) else (0, [])), claim.id
        histories, kept_histories = _histories(drafted), _histories(kept)
        for claim_id, (display, conflicts_with, revises) in histories.items():
            if claim_id in kept_histories:
                assert (display, conflicts_with, revises) == kept_histories[claim_id]
            else:
                assert (conflicts_with, revises) == ([], None)
        start, end = date(2024, 12, 1), date(2025, 1, 31)
        revised = [(r.before.id, r.after.id) for r in diff_dates(drafted, start, end, [], everything).revised]
        kept_claims = run_claim_query(kept, ClaimQuery())
        assert revised == [(r.before.id, r.after.id) for r in diff_dates(kept, start, end, [], kept_claims).revised]


def _commands(claim_ids: list[str], out: Path) -> list[list[str]]:
    per_claim = [
        [verb, claim_id, *json] for claim_id in claim_ids for verb in ("show", "cite") for json in ([], ["--json"])
    ]
    return [
        *per_claim,
        ["claims"], ["claims", "--json"], ["claims", "troops"], ["claims", "--all"], ["topics"], ["topics", "--json"],
        ["figures", "troops"], ["figures", "troops", "--json"], ["sources", "--claim", "troops"],
        ["sources", "--claim", "troops", "--json"], ["show", "troops"], ["show", "troops", "--json"],
        ["show", "rutte"], ["show", "rutte", "--json"], ["show", "alpha"], ["diff", "alpha", "beta"],
        ["diff", "alpha", "gamma", "--json"], ["diff", "--from", "2024-12-01", "--to", "2025-01-31"],
        ["diff", "--from", "2024-12-01", "--to", "2025-01-31", "--json"], ["report", "-o", str(out / "r.html")],
        ["export", "csv", "--claims", "-o", str(out / "c.csv")], ["export", "markdown", "--claims"],
        ["export", "sqlite", "-o", str(out / "d.db")], ["export", "timelinejs", "-o", str(out / "t.json")], ["export", "ics", "-o", str(out / "e.ics")], ["timeline"], ["entities"],
    ]  # fmt: skip


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(_draft_claim, min_size=1, max_size=8))
def test_every_command_previews_a_draft_store(claims: list[dict[str, Any]]) -> None:
    """Whatever placeholders the drafts hold, every command under --drafts answers (no traceback: CliRunner raises
    it), exit 0, or 1 with one error line."""
    with tempfile.TemporaryDirectory() as folder:
        root = write_claims(Path(folder) / "store", claims)
        out = Path(folder) / "out"
        out.mkdir()
        for args in _commands([f"cl-{n:03d}" for n in range(len(claims))], out):
            (out / "d.db").unlink(missing_ok=True)
            result = run("--data", str(root), "--drafts", "--no-pager", *args)
            errors = [line for line in result.stderr.splitlines() if not line.startswith("koursk: warning:")]
            assert result.exit_code == 0 or (result.exit_code == 1 and len(errors) == 1), (args, result.stderr)


def _draft_store(tmp_path: Path) -> Path:
    builder = StoreBuilder().topics(TOPICS).source("alpha", "2025-01-10").source("beta", "2025-01-12")
    builder.entity("rutte", "person", "Mark Rutte")
    builder.event("ev-1", "2024-10", "One", ("alpha", "Des troupes à Koursk"))
    builder.claim("by-someone", "alpha", 1500, "2024-11", asserted_by=("todo-asserter",), measure="in-kursk")
    builder.claim("no-topic", "alpha", 300, "2024-11", topic="todo-topic", measure="todo-measure")
    builder.claim("no-value", "alpha", None, "2024-11", measure="in-kursk", quote="12,000 soldats sont arrivés")
    builder.claim("other-value", "beta", 9000, "2024-11", measure="in-kursk", asserted_by=("rutte",))
    return builder.write(tmp_path / "store")


def test_placeholders_are_shown_as_what_they_are(tmp_path: Path) -> None:
    root = _draft_store(tmp_path)
    drafts = ("--data", str(root), "--drafts", "--no-pager")
    shown = run(*drafts, "show", "by-someone")
    assert shown.exit_code == 0 and "asserted by: TODO: asserter (todo-asserter)" in shown.stdout
    cited = run(*drafts, "cite", "by-someone", "--json")
    assert cited.exit_code == 0 and "TODO: asserter" in cited.stdout
    topic = run(*drafts, "show", "no-topic")
    assert topic.exit_code == 0 and "topic: todo-topic — TODO: topic" in topic.stdout
    assert "measure: todo-measure — TODO: measure" in topic.stdout
    unread = run(*drafts, "show", "no-value", "--json").json()
    assert (unread["value"], unread["value_min"], unread["value_max"], unread["conflict_count"]) == (None,) * 3 + (0,)
    listed = run(*drafts, "claims", "troops", tty=True, width=140)
    assert listed.exit_code == 0 and "TODO: value (soldiers)" in listed.stdout
    assert "1 draft figure with a TODO value, topic or measure" in listed.stdout
    assert "Conflicts (1)" in listed.stdout  # an unnamed speaker's 1,500 against Rutte's 9,000; no-value in none
    spread = {(s["topic"], s["measure"]): s["claims"] for s in run(*drafts, "topics", "--json").json()}
    assert spread == {("troops", "in-kursk"): 2}  # by-someone and other-value; no-value and no-topic in none
    assert "no-value" in run(*drafts, "show", "troops").stdout  # listed under its measure, TODO value
    diff = run(*drafts, "diff", "alpha", "beta")
    assert diff.exit_code in (0, 1) and "TODO: asserter" in diff.stdout


def test_a_draft_preview_exports_as_sqlite_with_its_placeholder_asserter(tmp_path: Path) -> None:
    root = _draft_store(tmp_path)
    target = tmp_path / "d.db"
    result = run("--data", str(root), "--drafts", "export", "sqlite", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    db = sqlite3.connect(target)
    assert db.execute("SELECT id, kind, name_en FROM entities WHERE id = 'todo-asserter'").fetchall() == [
        ("todo-asserter", "placeholder", "TODO: asserter")
    ]
    assert db.execute("SELECT value, value_min, value_max FROM claims WHERE id = 'no-value'").fetchall() == [
        (None, None, None)
    ]
    pairs = db.execute("SELECT claim_id, other_id FROM claim_conflicts ORDER BY claim_id").fetchall()
    assert pairs == [("by-someone", "other-value"), ("other-value", "by-someone")]  # the figure without one: none
    db.close()


def test_the_placeholder_asserter_is_no_actor_of_an_event(tmp_path: Path) -> None:
    """extract writes `todo-asserter` in a claim's asserted_by only: among an event's actors it is an unknown actor,
    a real problem that --drafts does not let through."""
    builder = StoreBuilder().topics(TOPICS).source("alpha", "2025-01-10")
    builder.event("ev-1", "2024-10", "One", ("alpha", "Des troupes à Koursk"), actors=("todo-asserter",))
    root = builder.write(tmp_path / "store")
    result = run("--data", str(root), "--drafts", "events")
    assert result.exit_code == 1 and "actors: unknown actor 'todo-asserter'" in result.stderr


def test_what_extract_drafts_previews_in_every_command(tmp_path: Path) -> None:
    """The review's reproducers: an unnamed speaker, a figure of no known topic, an English thousands comma."""
    store = tmp_path / "work"
    assert run("init", str(store)).exit_code == 0
    article = tmp_path / "minist.txt"
    article.write_text(
        "Lundi, le ministre a déclaré que 1 500 militaires avaient été tués.\n"
        "Le 3 novembre 2024, la Russie a reçu 300 obusiers de Pyongyang.\n"
        "Le 5 novembre 2024, 12,000 soldats nord-coréens sont arrivés à Koursk.\n",
        encoding="utf-8",
    )
    wrote = run("--data", str(store), "extract", str(article), "--published", "2024-11-14", "--write")
    assert wrote.exit_code == 0, wrote.stderr
    drafted = (store / "data" / "claims" / "minist.yaml").read_text(encoding="utf-8")
    assert "[todo-asserter]" in drafted and "topic: todo-topic" in drafted and "value: null" in drafted
    claim_ids = [line.split()[-1] for line in drafted.splitlines() if line.startswith("  - id: ")]
    for args in _commands(claim_ids, tmp_path):
        args = [a.replace("alpha", "minist").replace("beta", "cnn").replace("gamma", "rutte-confirms") for a in args]
        args = [a.replace("rutte", "zelensky") if a == "rutte" else a for a in args]
        (tmp_path / "d.db").unlink(missing_ok=True)
        result = run("--data", str(store), "--drafts", "--no-pager", *args)
        assert result.exit_code in (0, 1), (args, result.stderr)
        assert result.exit_code == 0 or args[0] == "diff", (args, result.stderr)
