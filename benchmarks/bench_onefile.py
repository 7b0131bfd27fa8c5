"""One events file changed on a large store: the next query against a warm one (issue 20: at most 2x).

Usage: python benchmarks/bench_onefile.py --koursk VENV/bin/koursk --store /work/stores/s1m [--rounds 5]
           [--file events/events-0500.yaml] [--cache DIR]

The store is never written, nor its files' times: its data/ and seeds/ are copied into a scratch folder (about the
store's size on disk, ~1.6 GB at 1M): neither symbolic links (koursk refuses a link leading out of the store) nor hard
links (one changes each file's ctime, and so the stamp of every other cache of the store). The file to change is only
ever replaced whole (a new file renamed over it). The copy's cache is built first (its cold load, reported), then
each round runs the query warm and settled (every file trusted by its stat, as a run records it once no file changed
within RACY_S before it was read: two unmeasured runs after that wait), right after the file changed (every event's
`date_basis` written another way, alternately, so the file's bytes differ each time and the store stays valid), and
once more just after (the run that hashes the file again, read too soon after its change to trust its times, and
walks the files table): wall time, and the kernel's CPU (user + system of koursk and its workers) and peak memory.
The ratio is given against both warm runs: until 2026-12-02 this benchmark's warm run was the one after a change.
Run it on a non-editable install, as benchmarks/bench_scale.py says.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench_scale import load, run

QUERY = ["events", "--since", "2025-01", "--json"]
BASIS = (b'date_basis: "synthetic"', b'date_basis: "synthetic, edited"')
RACY_S = 3.5  # koursk_cli.store.cache.RACY_NS, and a margin


def copied_store(store: Path, target: Path, changed: str) -> Path:
    """`store`'s data/ and seeds/ copied under `target`; the path of the copy of `changed` (inside data/)."""
    for folder in ("data", "seeds"):
        shutil.copytree(store / folder, target / folder)
    return target / "data" / changed


def replace(path: Path, data: bytes) -> None:
    """Write `data` as a new file renamed over `path`: never through a link to the original store."""
    fresh = path.with_name(path.name + ".new")
    fresh.write_bytes(data)
    os.replace(fresh, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--koursk", required=True, help="the installed koursk executable")
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--file", default="events/events-0500.yaml", help="the file to change, inside data/")
    parser.add_argument("--cache", type=Path, help="XDG_CACHE_HOME to use (default: a new temporary folder)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="koursk-bench-onefile-"))
    cache = args.cache or scratch / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"}
    try:
        store = scratch / "store"
        edited = copied_store(args.store.resolve(), store, args.file)
        text = edited.read_bytes()
        if BASIS[0] not in text:
            raise SystemExit(f"{args.file} holds no {BASIS[0].decode()} to change")
        print(f"store {args.store} copied into {store}; {args.file} changed each round; koursk {args.koursk}")
        print(f"load before the cold load: {load()}", flush=True)
        seconds, peak, _, cpu = run(args.koursk, store, QUERY, env)
        print(f"cold load (builds the cache)    {seconds:9.2f} s {peak:7.0f} MB {cpu:9.2f} s CPU  load {load()}")
        settled: list[tuple[float, float, int, float]] = []
        changed: list[tuple[float, float, int, float]] = []
        after: list[tuple[float, float, int, float]] = []
        for number in range(args.rounds):
            time.sleep(RACY_S)
            for _ in range(2):  # hashes the file again, then records every file as trusted
                run(args.koursk, store, QUERY, env)
            settled.append(run(args.koursk, store, QUERY, env))
            replace(edited, text.replace(*(BASIS if number % 2 == 0 else BASIS[::-1])))
            text = edited.read_bytes()
            changed.append(run(args.koursk, store, QUERY, env))
            after.append(run(args.koursk, store, QUERY, env))
            for label, runs in (("warm, settled", settled), ("one file changed", changed), ("the run after", after)):
                last = runs[-1]
                print(f"round {number + 1} {label:<18} {last[0]:7.2f} s {last[1]:6.0f} MB {last[3]:7.2f} s CPU")
        for label, runs in (("warm, settled", settled), ("one file changed", changed), ("the run after", after)):
            print(
                f"{label:<18} median {statistics.median(r[0] for r in runs):7.2f} s wall "
                f"{statistics.median(r[3] for r in runs):7.2f} s CPU, peak {max(r[1] for r in runs):.0f} MB"
            )
        for warm, which in ((settled, "a settled warm run"), (after, "the run after the change")):
            for index, what in ((3, "CPU"), (0, "wall")):
                ratio = statistics.median(r[index] for r in changed) / statistics.median(r[index] for r in warm)
                print(f"one file changed / {which}: {ratio:.2f}x {what} (issue 20: at most 2x a warm query)")
        print(f"load after: {load()}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
