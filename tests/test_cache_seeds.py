"""A settled cache checks a seed when a row it serves cites it (issue 20: 20,000 of a 1M store's 21,253 files are
seeds): never a fact whose quote's seed changed since it was checked; a seed no served row cites is found by the
run that serves one, and by every whole-store answer."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli.store import open as open_module
from koursk_cli.store import stamps
from tests.conftest import REPO, run

NARROW = ("events", "--actor", "umerov", "--json")  # its one event cites first-clashes (seeds/000_…) alone
SEEDS = {  # the shipped store's sources and their seeds' numbers
    "first-clashes": "000",
    "cnn": "001",
    "rutte-confirms": "002",
    "nis-12000": "003",
    "nis-inactive": "004",
}
QUERIES = [NARROW, ("events", "--actor", "rutte", "--jsonl"), ("events", "--place", "kursk-oblast", "--json")]


def _store(root: Path) -> Path:
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "seeds", root / "seeds")
    return root


@pytest.fixture
def settled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped store whose cache holds a settled record vouching for every file (the test's files
    are younger than the racy window: their identities are trusted at once, as a store edited minutes ago is)."""
    monkeypatch.setattr(stamps, "RACY_NS", 0)
    root = _store(tmp_path / "store")
    run("--data", str(root), *NARROW)  # builds
    run("--data", str(root), *NARROW)  # finds every file trusted: records them
    return root


def _seed(root: Path, number: str) -> Path:
    return next((root / "seeds").glob(f"{number}_*.txt"))


def _edited_keeping_size_and_times(seed: Path) -> None:
    before = seed.stat()
    data = seed.read_bytes()
    seed.write_bytes(data.replace(b"e", b"E", 1))
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert seed.stat().st_size == before.st_size and seed.read_bytes() != data


def _replaced_by_an_edited_link(seed: Path) -> None:
    moved = seed.parent.parent.parent / seed.name
    seed.rename(moved)
    _edited_keeping_size_and_times(moved)
    seed.symlink_to(moved)


def _checked_seeds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    checked: list[str] = []
    original = open_module._CitedSeeds._check

    def spy(self: open_module._CitedSeeds, names: list[str], recorded: bytes) -> None:
        checked.extend(names)
        original(self, names, recorded)

    monkeypatch.setattr(open_module._CitedSeeds, "_check", spy)
    return checked


def test_a_narrow_run_checks_the_seeds_its_rows_cite_and_refuses_one_changed_keeping_size_and_times(
    settled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = _checked_seeds(monkeypatch)
    assert run("--data", str(settled), *NARROW).exit_code == 0
    assert checked == [f"seeds/{_seed(settled, '000').name}"]  # not the store's other four
    _edited_keeping_size_and_times(_seed(settled, "000"))
    result = run("--data", str(settled), *NARROW)
    assert (result.exit_code, result.stdout) == (1, "")
    assert "sha256 does not match seeds/000_" in result.stderr


@pytest.mark.parametrize(
    "change",
    [_edited_keeping_size_and_times, Path.unlink, _replaced_by_an_edited_link],
    ids=["edited-keeping-size-and-times", "removed", "replaced-by-a-link-to-an-edited-copy"],
)
def test_a_seed_no_served_row_cites_is_found_by_the_run_that_serves_one(
    settled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], object]
) -> None:
    expected = run("--data", str(settled), *NARROW).stdout
    change(_seed(settled, "001"))  # cnn's: no umerov event cites it
    narrow = run("--data", str(settled), *NARROW)
    assert (narrow.exit_code, narrow.stdout) == (0, expected)
    for whole in (["events", "--json"], ["claims", "--json"], ["events", "--source", "cnn", "--json"], ["check"]):
        result = run("--data", str(settled), *whole)
        assert result.exit_code == 1 and "seeds/001_" in result.stdout + result.stderr, whole
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "fresh-cache"))
    assert run("--data", str(settled), *NARROW).exit_code == 1  # what main answers: the store has a problem


@pytest.mark.parametrize("change", [Path.unlink, _replaced_by_an_edited_link], ids=["removed", "replaced-by-a-link"])
def test_a_cited_seed_removed_or_replaced_by_a_link_is_refused(settled: Path, change: Callable[[Path], object]) -> None:
    change(_seed(settled, "000"))
    result = run("--data", str(settled), *NARROW)
    assert (result.exit_code, result.stdout) == (1, "")
    assert "seeds/000_" in result.stderr


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edited=st.sets(st.sampled_from(sorted(SEEDS.values()))), query=st.sampled_from(QUERIES))
def test_a_run_answers_as_a_fresh_cache_unless_a_row_it_serves_cites_a_changed_seed(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, edited: set[str], query: tuple[str, ...]
) -> None:
    """Oracle: the answer of the unchanged store, and which seeds its rows cite; the run fails exactly when one of
    them was changed (keeping size and times), and else gives that answer."""
    monkeypatch.setattr(stamps, "RACY_NS", 0)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    root = _store(tmp_path_factory.mktemp("store"))
    run("--data", str(root), *NARROW)
    fresh = run("--data", str(root), *query)
    rows = fresh.json() if "--json" in query else [json.loads(line) for line in fresh.stdout.splitlines()]
    cited = {SEEDS[source] for row in rows for source in row["sources"]}
    for number in edited:
        _edited_keeping_size_and_times(_seed(root, number))
    result = run("--data", str(root), *query)
    if cited & edited:
        assert (result.exit_code, result.stdout) == (1, "") and "sha256 does not match" in result.stderr
    else:
        assert (result.exit_code, result.stdout) == (0, fresh.stdout)
    assert run("--data", str(root), "events", "--json").exit_code == (1 if edited else 0)


NAMED = [  # each source's names (id, seed number with and without its zeros, the seed file's name, outlet) and an
    # actor whose rows cite that source alone, so a run checking every seed is told from one checking the cited one
    *((name, "umerov", "000") for name in ("first-clashes", "000", "0", "000_349")),
    *((name, "jill-dougherty", "001") for name in ("cnn", "CNN", "001", "1", "001_b3b")),
]


@pytest.mark.parametrize(("name", "actor", "seed"), NAMED)
def test_a_source_named_by_id_seed_or_outlet_is_resolved_checking_only_the_seeds_its_rows_cite(
    settled: Path, monkeypatch: pytest.MonkeyPatch, name: str, actor: str, seed: str
) -> None:
    """Resolving `--source NAME` reads ids, outlets and seed file names, all sources.yaml's: no seed is checked for
    it, only those of the sources the served rows cite."""
    checked = _checked_seeds(monkeypatch)
    result = run("--data", str(settled), "events", "--source", name, "--actor", actor, "--json")
    assert result.exit_code == 0 and {source for row in result.json() for source in row["sources"]} == {
        next(source for source, number in SEEDS.items() if number == seed)
    }
    assert checked == [f"seeds/{_seed(settled, seed).name}"]


@pytest.mark.parametrize(("name", "actor", "seed"), NAMED)
def test_a_source_resolved_without_seeds_still_refuses_its_changed_seed_and_ignores_another(
    settled: Path, name: str, actor: str, seed: str
) -> None:
    query = ("--data", str(settled), "events", "--source", name, "--actor", actor, "--json")
    expected = run(*query).stdout
    _edited_keeping_size_and_times(_seed(settled, "002"))  # rutte-confirms's: no row of these queries cites it
    kept = run(*query)
    assert (kept.exit_code, kept.stdout) == (0, expected)
    _edited_keeping_size_and_times(_seed(settled, seed))  # the named source's own, which its rows cite
    result = run(*query)
    assert (result.exit_code, result.stdout) == (1, "")
    assert f"sha256 does not match seeds/{seed}_" in result.stderr
