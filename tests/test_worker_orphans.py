"""rev29 M1: a cold load killed without unwinding (SIGKILL, the OOM killer) left its worker processes blocked for ever
on the result pipe, ignoring SIGTERM. Real processes: koursk is killed once its workers run, and none may outlive it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

HOOKS = Path(__file__).parent / "hooks"
PROC = Path("/proc")

pytestmark = pytest.mark.skipif(not (PROC / "self/stat").exists(), reason="reads processes from /proc")


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 files of 50 events: a cold load reads them in worker processes (loader.PARALLEL_FROM_FILES)."""
    big = tmp_path_factory.mktemp("large") / "store"
    command = [sys.executable, str(REPO / "benchmarks/generate.py"), "4000", str(big), "--files", "80"]
    subprocess.run(command, check=True, capture_output=True)
    return big


def _state(pid: int) -> tuple[str, int] | None:
    """A process's state letter and parent, None once it is gone (a zombie is gone: it runs nothing)."""
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return None if fields[0] in "ZX" else (fields[0], int(fields[1]))


def _children(parent: int) -> list[int]:
    found = []
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (state := _state(int(entry.name))) is not None and state[1] == parent:
            found.append(int(entry.name))
    return found


def _until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.02)
    return False


@contextlib.contextmanager
def _cold_load(tmp_path: Path, store: Path, hook: str = "") -> Iterator[tuple[subprocess.Popen[bytes], list[int]]]:
    """koursk reading `store` on a cold cache, stopped (SIGSTOP) as soon as its workers run, so they are caught
    mid-load whatever the machine's speed; its workers' pids. Anything left is killed by pid at the end."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path), "PYTHONPATH": str(HOOKS)}
    env.pop("KOURSK_DATA", None)
    if hook:
        env["KOURSK_TEST_NO_DEATH_SIGNAL"] = hook
    command = [sys.executable, "-m", "koursk_cli", "--data", str(store), "--no-pager", "events", "--json"]
    process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        assert _until(lambda: len(_children(process.pid)) >= 2 or process.poll() is not None, 60)
        os.kill(process.pid, signal.SIGSTOP)
        workers = _children(process.pid)
        assert len(workers) >= 2, "the load used no worker processes"
        yield process, workers
    finally:
        for pid in (process.pid, *workers):
            if _state(pid) is not None:
                os.kill(pid, signal.SIGKILL)
        process.wait()


def _gone(workers: list[int]) -> bool:
    return _until(lambda: all(_state(pid) is None for pid in workers), 10)


@pytest.mark.parametrize("hook", ["", "poll"], ids=["death-signal", "watching-the-parent"])
def test_sigkill_of_a_cold_load_leaves_no_worker(tmp_path: Path, large_store: Path, hook: str) -> None:
    """The kernel kills each worker with its parent (Linux: PR_SET_PDEATHSIG); where it cannot be asked
    (tests/hooks: as off Linux), each worker's watch on its parent ends it."""
    with _cold_load(tmp_path, large_store, hook) as (process, workers):
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert _gone(workers), [_state(pid) for pid in workers]


def test_sigterm_ends_an_orphan_worker(tmp_path: Path, large_store: Path) -> None:
    """A worker whose koursk died is ended by SIGTERM, even blocked on the result pipe: it had nobody to send to,
    and went on waiting (tests/hooks: neither the kernel nor its watch ends it here)."""
    with _cold_load(tmp_path, large_store, "blind") as (process, workers):
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert all(_state(pid) is not None for pid in workers)  # orphans, as a koursk without the fix left them
        for pid in workers:
            os.kill(pid, signal.SIGTERM)
        assert _gone(workers), [_state(pid) for pid in workers]
