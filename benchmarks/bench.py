"""Measure koursk's start-up and how it scales; print the table the README's Performance section quotes.

Usage: python benchmarks/bench.py [--sizes 1000,10000,100000] [--runs 7]

Whole-process timings (medians), peak memory from the kernel's accounting of each child process, and `jq` on the
same events for comparison. Stores are generated under benchmarks/out/ (git-ignored) with benchmarks/generate.py.
"""

from __future__ import annotations

import argparse
import os
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

_SCRIPT = Path(sys.executable).with_name("koursk")
# The installed console script, as users run it (`python -m` would add runpy's own start-up).
KOURSK = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "koursk_cli"]


def run(command: list[str], env: dict[str, str], *, on_pty: bool = False) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one whole-process run; `on_pty` gives it a terminal as stdout."""
    reader = None
    if on_pty:
        controller, terminal = pty.openpty()
        reader = threading.Thread(target=_drain, args=(controller,), daemon=True)
        reader.start()
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=terminal if on_pty else subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=HERE.parent
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if reader is not None:
        os.close(terminal)
        reader.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024


def _drain(controller: int) -> None:
    """Read what the child writes to its terminal, so it never blocks on a full pty buffer."""
    try:
        while os.read(controller, 65536):
            pass
    except OSError:  # the terminal side closed
        pass
    finally:
        os.close(controller)


def median(command: list[str], env: dict[str, str], runs: int, *, on_pty: bool = False) -> tuple[float, float]:
    results = [run(command, env, on_pty=on_pty) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def startup(env: dict[str, str], runs: int) -> list[tuple[str, float, float]]:
    """Each round runs every command once, one after the other, so a slower moment of a shared machine slows the
    baseline and the commands alike; the ratio is the median of each round's ratio to that round's baseline."""
    run([*KOURSK, "events", "--json"], env)  # warm the cache
    completing = {**env, "_KOURSK_COMPLETE": "complete_bash", "COMP_WORDS": "koursk show rutte", "COMP_CWORD": "2"}
    commands = [
        ("python -c 'import typer'", [sys.executable, "-c", "import typer"], env, False),
        ("koursk events --json", [*KOURSK, "events", "--json"], env, False),
        ("koursk events (Rich, on a pty)", [*KOURSK, "--no-pager", "events"], env, True),
        ("koursk --help", [*KOURSK, "--help"], env, False),
        ("completion of koursk show rutte<TAB>", KOURSK, completing, False),
    ]
    rounds = [
        [run(command, environ, on_pty=on_pty)[0] for _, command, environ, on_pty in commands] for _ in range(runs)
    ]
    return [
        (label, statistics.median(r[i] for r in rounds), statistics.median(r[i] / r[0] for r in rounds))
        for i, (label, _, _, _) in enumerate(commands)
    ]


# The rest of the tool on the same store: listings, claims and exports that read every event or claim.
_OTHER_COMMANDS = (
    ("events",),
    ("timeline", "--json"),
    ("sources", "--json"),
    ("claims", "--json"),
    ("export", "csv"),
)


def scale(size: int, env: dict[str, str], runs: int) -> list[tuple[str, float, float]]:
    store = HERE / "out" / f"store-{size}"
    if not (store / "data").is_dir():
        generate(size, store, files=max(10, min(1000, size // 100)))
    cache = Path(env["XDG_CACHE_HOME"])
    shutil.rmtree(cache, ignore_errors=True)
    query = [*KOURSK, "--data", str(store), "events", "--since", "2025-01", "--json"]
    rows = []
    cold = run(query, env)
    rows.append((f"{size:>7,} cold load (first query, builds the cache)", *cold))
    warm = median(query, env, runs)
    rows.append((f"{size:>7,} warm query --since 2025-01 --json", *warm))
    completing = {
        **env, "KOURSK_DATA": str(store), "_KOURSK_COMPLETE": "complete_bash", "COMP_WORDS": "koursk show e", "COMP_CWORD": "2",
    }  # fmt: skip
    completion = median(KOURSK, completing, runs)
    rows.append((f"{size:>7,} completion of koursk show e<TAB> (warm)", *completion))
    for words in _OTHER_COMMANDS:
        other = median([*KOURSK, "--data", str(store), *words], env, max(3, runs // 2))
        rows.append((f"{size:>7,} koursk {' '.join(words)} (warm)", *other))
    changed = []
    victim = sorted((store / "data" / "events").glob("*.yaml"))[
        len(list((store / "data" / "events").glob("*.yaml"))) // 2
    ]
    for _ in range(max(3, runs // 2)):
        victim.touch()
        changed.append(run(query, env))
    rows.append(
        (
            f"{size:>7,} query after one file changed",
            statistics.median(c[0] for c in changed),
            max(c[1] for c in changed),
        )
    )
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as dump:
        subprocess.run(
            [*KOURSK, "--data", str(store), "events", "--json"], stdout=dump, env=env, check=True, cwd=HERE.parent
        )
    if shutil.which("jq"):
        jq = median(["jq", '[.[] | select(.end >= "2025-01-01")]', dump.name], env, runs)
        rows.append((f"{size:>7,} jq on the same events (JSON file)", *jq))
    os.unlink(dump.name)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    cache = Path(tempfile.mkdtemp(prefix="koursk-bench-cache-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1"}
    # Measure koursk as pip installs it, with its bytecode compiled: a PYTHONDONTWRITEBYTECODE inherited from a dev
    # shell would make every run recompile koursk's modules from source while Typer's stay compiled.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "koursk_cli")], check=True, env=env)
    try:
        print(f"Start-up on the shipped store (median of {args.runs} interleaved rounds; {os.cpu_count()} cores)")
        print(f"{'command':<40} {'seconds':>8} {'× typer':>8}")
        for label, seconds, ratio in startup(env, args.runs):
            print(f"{label:<40} {seconds:>8.3f} {ratio:>8.2f}")
        print()
        print(f"{'scale (events)':<52} {'seconds':>8} {'peak MB':>8}")
        for size in (int(s) for s in args.sizes.split(",")):
            for label, seconds, memory in scale(size, env, args.runs):
                print(f"{label:<52} {seconds:>8.2f} {memory:>8.0f}")
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
