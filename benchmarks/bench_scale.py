"""Every command of one installed koursk on a large generated store: wall time and peak memory, warm and cold.

Usage: python benchmarks/bench_scale.py --koursk VENV/bin/koursk --store benchmarks/out/s1m [--runs 3]
           [--slow-runs 1] [--cold] [--cache DIR] [--before OTHER/bin/koursk --before-cache DIR]

Run it on a non-editable install (`pip install .` into its own venv): an editable one reads the checkout and its
bytecode differently. Stores come from benchmarks/generate.py (`python benchmarks/generate.py 1000000
benchmarks/out/s1m`). With --cold, the first run builds the cache (its time and peak memory are the cold load's).
Each round runs every command once, in turn, so a busy moment of a shared machine slows all of them alike; a
command's figure is the median of its rounds (wall time, and CPU time of the process and its workers), its peak
memory the highest the kernel counted (ru_maxrss of the process and its children). The load average is printed before and after, since on a shared machine seconds mean
little without it; peak memory does not depend on it. With --before, another build (its own warm cache) runs each
command right after this one in every round, so the two are compared at the same moments of a busy machine, and
each command's outputs are compared byte for byte; --before may be given several times (each with its
--before-cache).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

FAST = {
    "events --since 2025-01 --json": ["events", "--since", "2025-01", "--json"],
    "narrow: one actor, one week --json": [
        "events", "--actor", "ent-0001", "--since", "2024-06-03", "--until", "2024-06-09", "--json",
    ],
    "--text sommet --limit 50 --json": ["events", "--text", "sommet", "--limit", "50", "--json"],
    "show ev-000123 --json": ["show", "ev-000123", "--json"],
    "completion of show ev-0001<TAB>": ["__complete__", "ev-0001"],
    "timeline --since 2025-01 --json": ["timeline", "--since", "2025-01", "--json"],
}  # fmt: skip
SLOW = {
    "events (piped, every event)": ["events"],
    "events --json (every event)": ["events", "--json"],
    "timeline --json (every event)": ["timeline", "--json"],
    "export csv -o FILE (every event)": ["export", "csv", "-o", "{out}/events.csv", "--force"],
    "sources --json": ["sources", "--json"],
    "sources --claim troops --json": ["sources", "--claim", "troops", "--json"],
    "claims troops --json": ["claims", "troops", "--json"],
    "topics --json": ["topics", "--json"],
    "show cl-000123 --json": ["show", "cl-000123", "--json"],
    "export sqlite -o FILE": ["export", "sqlite", "-o", "{out}/koursk.db", "--force"],
}


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def run(
    koursk: str, store: Path, words: list[str], env: dict[str, str], keep: Path | None = None
) -> tuple[float, float, int, float]:
    """Seconds, peak resident MB, bytes written to stdout and CPU seconds (user + system) of one whole-process run:
    on a shared machine the CPU seconds say what a quiet one would take better than the wall time does. Its output
    goes to `keep` when given."""
    if words[0] == "__complete__":
        command = [koursk]
        env = {**env, "_KOURSK_COMPLETE": "complete_bash", "COMP_WORDS": f"koursk show {words[1]}", "COMP_CWORD": "2"}
        env["KOURSK_DATA"] = str(store)
    else:
        command = [koursk, "--data", str(store), *words]
    with open(keep, "w+b") if keep else tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        error = process.stderr.read().decode() if process.stderr else ""
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"failed: {' '.join(command)}: {error}")
        size = out.tell()
    return elapsed, usage.ru_maxrss / 1024, size, usage.ru_utime + usage.ru_stime


def _report(label: str, found: list[tuple[float, float, int, float]]) -> None:
    seconds = statistics.median(r[0] for r in found)
    peak = max(r[1] for r in found)
    cpu = statistics.median(r[3] for r in found)
    print(
        f"{label:<52} {seconds:>9.2f} s {peak:>7.0f} MB  {cpu:>8.2f} s CPU  {found[-1][2]:>13,} B out  "
        f"(n={len(found)})  load {load()}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--koursk", required=True, help="the installed koursk executable")
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3, help="rounds of the fast commands")
    parser.add_argument("--slow-runs", type=int, default=1, help="rounds of the commands that read every event")
    parser.add_argument("--cold", action="store_true", help="start from an empty cache: the first run builds it")
    parser.add_argument("--cache", type=Path, help="XDG_CACHE_HOME to use (default: a new temporary folder)")
    parser.add_argument("--only", action="append", help="a label to run, repeatable (default: all)")
    parser.add_argument(
        "--before", action="append", default=[], help="another installed koursk, run after this one for each command"
    )
    parser.add_argument(
        "--before-cache", action="append", default=[], type=Path, help="its XDG_CACHE_HOME (warm: build it first)"
    )
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.mkdtemp(prefix="koursk-bench-scale-"))
    scratch = Path(tempfile.mkdtemp(prefix="koursk-bench-out-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1", "COLUMNS": "120"}
    builds = [("", args.koursk, env)]
    for number, before in enumerate(args.before):  # each --before with its --before-cache, in the order given
        other = (
            args.before_cache[number]
            if number < len(args.before_cache)
            else Path(tempfile.mkdtemp(prefix="koursk-bench-scale-before-"))
        )
        name = "before: " if len(args.before) == 1 else f"before {number + 1}: "
        builds.append((name, before, {**env, "XDG_CACHE_HOME": str(other)}))
    store = args.store.resolve()
    events = sum(1 for _ in (store / "data" / "events").glob("*.yaml"))
    print(f"store {store} ({events} events files); koursk {args.koursk}; cache {cache}")
    if args.cold:
        print(f"load before the cold load: {load()}", flush=True)
        seconds, peak, _, cpu = run(args.koursk, store, FAST["events --since 2025-01 --json"], env)
        label = "cold load (first query, builds the cache)"
        print(f"{label:<44} {seconds:>9.2f} s {peak:>7.0f} MB  {cpu:>8.2f} s CPU  load {load()}")
    wanted = set(args.only) if args.only else None  # labels hold commas: one --only per label
    results: dict[str, list[tuple[float, float, int, float]]] = {}
    for table, rounds in ((FAST, args.runs), (SLOW, args.slow_runs)):
        chosen = {label: words for label, words in table.items() if wanted is None or label in wanted}
        print(f"load before {len(chosen)} commands x {rounds} rounds: {load()}", flush=True)
        for round_number in range(rounds):
            for label, words in chosen.items():
                filled = [word.replace("{out}", str(scratch)) for word in words]
                outputs: list[Path] = []
                for name, koursk, build_env in builds:
                    keep = scratch / f"stdout-{len(outputs)}" if len(builds) > 1 else None
                    results.setdefault(name + label, []).append(run(koursk, store, filled, build_env, keep))
                    if keep is not None:
                        outputs.append(keep)
                for number, output in enumerate(outputs[1:], 1):
                    if not filecmp.cmp(outputs[0], output, shallow=False):
                        print(f"{label}: {builds[number][0]}wrote different bytes", flush=True)
                if round_number == rounds - 1:  # each figure as soon as it is known: a long run may be stopped
                    for name, _, _ in builds:
                        _report(name + label, results[name + label])
        print(f"load after: {load()}", flush=True)
    on_disk = sum(p.stat().st_size for p in (cache / "koursk").iterdir()) / 1e6
    yaml = sum(p.stat().st_size for p in (store / "data").rglob("*") if p.is_file()) / 1e6
    seeds = sum(p.stat().st_size for p in (store / "seeds").iterdir()) / 1e6
    print(f"cache on disk {on_disk:.0f} MB; store: data/ {yaml:.0f} MB of YAML, seeds/ {seeds:.0f} MB")


if __name__ == "__main__":
    main()
