"""`koursk read` on 16 MB pages with millions of occurrences (docs/performance.md, « `read` on a page with millions
of occurrences »): a quote once on whole words after four million occurrences cut inside the words of « bab bab … »
(`read EVENT`), and `--around 11` in sixteen million `1`s (every occurrence inside the one figure).

Usage: python benchmarks/bench_read.py --koursk VENV/bin/koursk [--rounds 3]

The stores are tests/stores.py's with a 16 MB seed, written to a scratch folder with a cache of their own, loaded
once (the cold load is not measured). Each round: wall time, CPU (user + system) and peak memory of one run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from bench_scale import load, run

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.stores import EVENTS, SEED, quote_event, write_store

TIMES = 4_000_000  # « bab » and a space: 16 MB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--koursk", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="koursk-bench-read-") as folder:
        root = Path(folder)
        words = write_store(
            root / "words",
            events=EVENTS + quote_event(0, "ab bab bab ba"),
            seed=SEED + "bab " * TIMES + "\n. ab bab bab ba.\n",
        )
        digits = write_store(root / "digits", seed=SEED + "1" * (4 * TIMES) + "\n")
        env = {**os.environ, "XDG_CACHE_HOME": str(root / "cache")}
        cases = [(words, ["read", "pattern-0"]), (digits, ["read", "alpha", "--around", "11"])]
        for store, command in cases:
            run(args.koursk, store, ["check"], env)  # the cache, built once
            for _ in range(args.rounds):
                elapsed, peak, size, cpu = run(args.koursk, store, command, env)
                print(
                    f"{' '.join(command)}: {elapsed:.2f} s, {cpu:.2f} s CPU, {peak:.0f} MB, {size} bytes out, load {load()}"
                )


if __name__ == "__main__":
    main()
