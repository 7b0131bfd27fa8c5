"""Compare two installed builds of koursk on generated stores, in interleaved runs (the SQLite cache against the
pickle cache it replaced, or any two builds): cold, warm, narrow, --text and after one changed file.

Usage: python benchmarks/bench_cache.py --new KOURSK --old KOURSK [--sizes 10000,100000] [--runs 5] [--no-cold-old]

Each round runs every command once with each build, alternating which goes first, so a busy moment of a shared
machine slows both alike; medians of the rounds, peak RSS as the kernel counted it. Stores come from
benchmarks/generate.py under benchmarks/out/ (git-ignored); each build gets its own cache folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

QUERIES = {
    "warm events --since 2025-01 --json": ["events", "--since", "2025-01", "--json"],
    "narrow: one actor, one week --json": [
        "events", "--actor", "ent-0001", "--since", "2024-06-03", "--until", "2024-06-09", "--json",
    ],
    "--text one word, --limit 50 --json": ["events", "--text", "sommet", "--limit", "50", "--json"],
}  # fmt: skip


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {process.stderr.read().decode() if process.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024


def _edit(path: Path, round_number: int) -> None:
    """A real change of one events file (same size, new bytes), as a curator's save would be."""
    text = path.read_text(encoding="utf-8")
    old, new = ('"synthetic"', '"synthetiC"') if round_number % 2 == 0 else ('"synthetiC"', '"synthetic"')
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def measure(size: int, builds: dict[str, str], runs: int, cold_old: bool) -> list[tuple[str, str, float, float]]:
    store = HERE / "out" / f"store-{size}"
    if not (store / "data").is_dir():
        generate(size, store, files=max(10, min(1000, size // 100)))
    envs = {}
    rows = []
    for name, koursk in builds.items():
        cache = Path(tempfile.mkdtemp(prefix=f"koursk-bench-{name}-"))
        envs[name] = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"}
        if name == "old" and not cold_old:
            continue
        seconds, peak = run([koursk, "--data", str(store), *QUERIES["warm events --since 2025-01 --json"]], envs[name])
        rows.append((f"{size:>9,} cold load (first query, builds the cache)", name, seconds, peak))
    for name, koursk in builds.items():  # warm both (the old build without a cold figure too)
        run([koursk, "--data", str(store), "events", "--limit", "1", "--json"], envs[name])
    names = list(builds)
    for label, words in QUERIES.items():
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
        for round_number in range(runs):
            for name in names if round_number % 2 == 0 else reversed(names):
                results[name].append(run([builds[name], "--data", str(store), *words], envs[name]))
        for name in names:
            rows.append((f"{size:>9,} {label}", name, *_summary(results[name])))
    victim = sorted((store / "data" / "events").glob("*.yaml"))[len(list((store / "data" / "events").glob("*"))) // 2]
    changed: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    query = QUERIES["warm events --since 2025-01 --json"]
    for round_number in range(runs):
        for name in names if round_number % 2 == 0 else reversed(names):
            _edit(victim, round_number * 2 + names.index(name))
            changed[name].append(run([builds[name], "--data", str(store), *query], envs[name]))
    for name in names:
        rows.append((f"{size:>9,} same query after one events file changed", name, *_summary(changed[name])))
    for name in names:
        cache = Path(envs[name]["XDG_CACHE_HOME"]) / "koursk"
        on_disk = sum(p.stat().st_size for p in cache.iterdir()) / 1e6
        rows.append((f"{size:>9,} cache size on disk (MB)", name, on_disk, 0.0))
        shutil.rmtree(cache.parent, ignore_errors=True)
    yaml = sum(p.stat().st_size for p in (store / "data").rglob("*") if p.is_file()) / 1e6
    seeds = sum(p.stat().st_size for p in (store / "seeds").iterdir()) / 1e6
    rows.append((f"{size:>9,} store size: data/ YAML (MB), seeds/ (MB)", "-", yaml, seeds))
    return rows


def _summary(results: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", required=True, help="the koursk executable of the build measured")
    parser.add_argument("--old", help="the koursk executable of the build it replaces")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-cold-old", action="store_true", help="skip the old build's cold load (minutes at 1M)")
    args = parser.parse_args()
    builds = {"new": args.new, **({"old": args.old} if args.old else {})}
    print(f"{'measure':<58} {'build':>5} {'seconds':>8} {'peak MB':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        for label, name, seconds, peak in measure(size, builds, args.runs, not args.no_cold_old):
            print(f"{label:<58} {name:>5} {seconds:>8.2f} {peak:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
