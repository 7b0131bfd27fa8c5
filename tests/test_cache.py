"""The store cache: same answers with and without it, only changed files re-read, corrupt caches rebuilt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from koursk_cli.store import loader
from koursk_cli.store.cache import StoreCache
from tests.conftest import REPO, run


@pytest.fixture
def store_copy(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "seeds", root / "seeds")
    return root


def _all(root: Path) -> tuple[str, str, str]:
    return (
        run("--data", str(root), "events", "--json").stdout,
        run("--data", str(root), "sources", "--claim", "troops", "--json").stdout,
        run("--data", str(root), "timeline", "--json").stdout,
    )


def test_results_are_identical_with_and_without_the_cache(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _all(store_copy)
    cache_files = list(Path(os.environ["XDG_CACHE_HOME"]).glob("koursk/store-*.pickle"))
    assert len(cache_files) == 1
    warm = _all(store_copy)
    original = loader.load_store
    monkeypatch.setattr(loader, "load_store", lambda root, **kw: original(root, **{**kw, "use_cache": False}))
    uncached = _all(store_copy)
    assert cold == warm == uncached
    assert not list(store_copy.rglob("*.pickle"))  # never inside the store


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    original = loader.read_entries
    monkeypatch.setattr(
        loader, "read_entries", lambda file, *a, **k: read.append(file.path.name) or original(file, *a, **k)
    )
    return read


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_only_the_changed_file_is_read_again(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run("--data", str(store_copy), "events", "--json")
    read = _count_reads(monkeypatch)
    _edit(
        store_copy / "data/events/background.yaml", "Assassination attempt on Donald Trump", "Attempt on Trump's life"
    )
    titles = [e["title"]["en"] for e in run("--data", str(store_copy), "events", "--json").json()]
    assert read == ["background.yaml"]
    assert "Attempt on Trump's life" in titles
    # The cache saved after that change copied the other files' entries: it serves the next runs as a fresh one would.
    _edit(store_copy / "data/claims/troops.yaml", "quote:", "quote:  ")
    after_two_changes = _all(store_copy)
    assert read == ["background.yaml", "troops.yaml"]
    assert _all(store_copy) == after_two_changes
    assert read == ["background.yaml", "troops.yaml"]
    shutil.rmtree(Path(os.environ["XDG_CACHE_HOME"]) / "koursk")
    assert _all(store_copy) == after_two_changes


def test_the_cache_serves_the_store_whichever_path_names_it(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    read = _count_reads(monkeypatch)
    monkeypatch.chdir(store_copy.parent)
    assert run("--data", "store", "events", "--json").stdout == expected
    monkeypatch.chdir(store_copy / "data")
    assert run("--data", "..", "events", "--json").stdout == expected
    assert read == []


def test_a_cache_replaced_by_another_run_meanwhile_is_written_whole(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    path = StoreCache.for_store(store_copy).path
    original = StoreCache.load

    def load_then_replaced(self: StoreCache) -> object:
        saved = original(self)
        replacement = path.with_suffix(".other")
        replacement.write_bytes(b"another run's cache")
        os.replace(replacement, path)
        return saved

    monkeypatch.setattr(StoreCache, "load", load_then_replaced)
    _edit(
        store_copy / "data/events/background.yaml", "Assassination attempt on Donald Trump", "Attempt on Trump's life"
    )
    changed = run("--data", str(store_copy), "events", "--json").stdout
    assert changed == expected.replace("Assassination attempt on Donald Trump", "Attempt on Trump's life")
    monkeypatch.setattr(StoreCache, "load", original)
    read = _count_reads(monkeypatch)
    assert run("--data", str(store_copy), "events", "--json").stdout == changed
    assert read == []


def test_a_mistake_in_a_changed_file_is_reported_at_its_line(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    events_file = store_copy / "data" / "events" / "politics.yaml"
    events_file.write_text(
        events_file.read_text(encoding="utf-8").replace("status: confirmed", "status: sure", 1), encoding="utf-8"
    )
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "politics.yaml:" in result.stderr and "status 'sure' is not one of" in result.stderr


def test_an_id_duplicated_by_a_changed_or_new_file_is_caught_on_a_warm_cache(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    background = store_copy / "data" / "events" / "background.yaml"
    deployment = store_copy / "data" / "events" / "deployment.yaml"
    original = deployment.read_text(encoding="utf-8")
    deployment.write_text(original.replace("id: rutte-confirms-deployment", "id: us-election-trump-wins", 1), "utf-8")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "politics.yaml:4:9: event 'us-election-trump-wins': duplicate id" in result.stderr
    line = 1 + original[: original.index("id: rutte-confirms-deployment")].count("\n")
    assert f"deployment.yaml:{line})" in result.stderr
    deployment.write_text(original, encoding="utf-8")
    assert run("--data", str(store_copy), "events", "--json").exit_code == 0
    (store_copy / "data" / "events" / "zz-copy.yaml").write_text(background.read_text(encoding="utf-8"), "utf-8")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "zz-copy.yaml" in result.stderr and "duplicate id" in result.stderr


def test_a_removed_file_takes_its_events_with_it(store_copy: Path) -> None:
    before = len(run("--data", str(store_copy), "events", "--json").json())
    (store_copy / "data" / "events" / "background.yaml").unlink()
    after = run("--data", str(store_copy), "events", "--json").json()
    assert 0 < len(after) < before
    assert all(e["id"] != "trump-assassination-attempt" for e in after)


def test_a_changed_seed_rechecks_everything(store_copy: Path) -> None:
    run("--data", str(store_copy), "events", "--json")
    seed = next((store_copy / "seeds").glob("001_*.txt"))
    seed.write_bytes(seed.read_bytes().replace(b"Onze mille", b"Douze mille"))
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1
    assert "sha256 does not match" in result.stderr


@pytest.mark.parametrize("damage", [b"", b"garbage\x00\xff", None], ids=["empty", "garbage", "truncated"])
def test_a_corrupt_cache_is_rebuilt_silently(store_copy: Path, damage: bytes | None) -> None:
    expected = run("--data", str(store_copy), "events", "--json").stdout
    path = StoreCache.for_store(store_copy).path
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2] if damage is None else damage)
    result = run("--data", str(store_copy), "events", "--json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")
    assert run("--data", str(store_copy), "events", "--json").stdout == expected


def test_an_unwritable_cache_gives_one_warning_and_the_right_answer(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0
    assert len(result.json()) == len(run("events", "--json").json())
    assert len(result.stderr.splitlines()) == 1 and "cache not written" in result.stderr
