"""benchmarks/generate.py stays deterministic: the stores it writes are pinned by digest, so a speed-up of the
generator cannot silently change the stores every recorded benchmark figure was measured on."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "benchmarks" / "generate.py"

# Digests of the stores the generator writes; the copied data/topics.yaml is left out so edits to the real topics
# do not count. They last changed when figures on cumulative measures became running totals that grow with their
# as_of date (random figures over four years made a total fall in most pairs: 26 million conflict rows at 100,000
# events once rule 8 counted them); those totals draw from a generator of their own, so every other byte is as
# before, and the 7-event store, whose one claim is not on a cumulative measure, is unchanged.
PINNED = {
    (7, 1000): "b7a00c8727383cec26616b1fa525141b7207fdf676f1c5a6744360cda853c65b",
    (300, 1000): "02726c995061640cc2a110c0e56fbe1175092e170aa1f87177d2da07468b7f3e",
    (2000, 40): "a8816f5d9f84ca1e67b48d7e80c008abe7508d34f80bfbc20179726940ad4197",
}


def _store_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != "topics.yaml":
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _generate(store: Path, events: int, files: int) -> None:
    spec = importlib.util.spec_from_file_location("benchmark_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(events, store, files)


@pytest.mark.parametrize(("events", "files"), sorted(PINNED))
def test_generated_store_is_byte_identical_to_the_pinned_one(tmp_path: Path, events: int, files: int) -> None:
    _generate(tmp_path / "store", events, files)
    assert _store_digest(tmp_path / "store") == PINNED[(events, files)]


def test_a_generated_store_is_a_valid_store(tmp_path: Path) -> None:
    """Benchmarks time real loads: a store the checks reject would time an error message."""
    from koursk_cli.store.loader import read_store

    _generate(tmp_path / "store", 300, 10)
    store = read_store(tmp_path / "store")
    assert (len(store.facts), len(store.claims)) == (300, 75)
    assert {claim.unit for claim in store.claims.values()} == {"soldiers", "shells"}


def test_cumulative_totals_mostly_grow_but_some_fall(tmp_path: Path) -> None:
    """A real store's running totals grow: random figures over four years made most pairs of a cumulative measure's
    claims a total that fell (docs/claims.md rule 8), and `export sqlite` at 100,000 events wrote 26 million conflict
    rows. A few genuine falls remain, so the benchmarks still time that kind of conflict."""
    from itertools import combinations

    from koursk_cli.claims import ConflictKind, conflict_kind, cumulative_measures
    from koursk_cli.store.loader import read_store

    _generate(tmp_path / "store", 2000, 40)
    store = read_store(tmp_path / "store")
    cumulative = cumulative_measures(store.topics)
    claims = [claim for claim in store.claims.values() if (claim.topic, claim.measure) in cumulative]
    across_time = fell = 0
    for a, b in combinations(claims, 2):
        if (a.topic, a.measure) == (b.topic, b.measure) and not a.as_of.overlaps(b.as_of.start, b.as_of.end):
            across_time += 1
            fell += conflict_kind(a, b, cumulative) is ConflictKind.TOTAL_FELL
    assert len(claims) > 300
    assert 0 < fell < across_time // 100
