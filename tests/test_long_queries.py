"""rev20 L5: `--text` of thousands of prefix words made SQLite's full-text search run for minutes, and a signal
waited for the statement to end (SIGTERM once waited 8 minutes). The words are bounded, and a signal stops a
statement that runs long whatever made it so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from koursk_cli.textnorm import MAX_QUERY_WORDS
from tests.conftest import REPO, run
from tests.stores import write_store
from tests.test_hostile import HOOKS


def test_a_text_of_too_many_words_is_a_usage_error() -> None:
    result = run("events", "--text", " ".join(["t*"] * (MAX_QUERY_WORDS + 1)))
    assert result.exit_code == 2
    assert f"{MAX_QUERY_WORDS + 1} words to search for; at most {MAX_QUERY_WORDS}" in result.stderr
    assert len(result.stderr.splitlines()) == 2 and "hint:" in result.stderr  # the error and its hint, no traceback
    assert run("events", "--text", " ".join(["t*"] * MAX_QUERY_WORDS), "--json").exit_code == 0


@pytest.mark.parametrize("one_opcode", [False, True], ids=["steps", "one-opcode"])
@pytest.mark.parametrize(("name", "status"), [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129)])
def test_a_signal_stops_a_statement_that_never_ends(tmp_path: Path, name: str, status: int, one_opcode: bool) -> None:
    """The cache's connection runs a statement with no end (tests/hooks/sitecustomize.py); the signal arrives while
    SQLite holds the main thread, and koursk exits as it does for that signal anywhere else. rev22 L2: also when the
    statement never calls SQLite's progress handler, as an FTS5 MATCH of many prefix words runs in one opcode."""
    _assert_the_signal_stops_the_run(tmp_path, name, status, {"KOURSK_TEST_ONE_OPCODE": "1" if one_opcode else ""})


def test_a_signal_during_the_progress_handlers_look_stops_the_run(tmp_path: Path) -> None:
    """Session 61 (a hang seen once in CI): the progress handler polled the wakeup pipe, and a signal that cut that
    poll short ran its handler inside SQLite's callback, which swallowed the exit; the run went on, read the store
    again into a statement nothing stopped any more, and hung. With a look at every step (the hook), a signal lands in
    it nearly every time: 37 hangs in 40 runs before the fix, none after. Three runs, each a fresh store."""
    for run_number in range(3):
        _assert_the_signal_stops_the_run(tmp_path / str(run_number), "SIGTERM", 143, {"KOURSK_TEST_POLL_STEPS": "1"})


def _assert_the_signal_stops_the_run(tmp_path: Path, name: str, status: int, hooks: dict[str, str]) -> None:
    store = write_store(tmp_path / "store")
    started = tmp_path / "started"
    env = {
        **os.environ,
        **hooks,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "KOURSK_TEST_ENDLESS_QUERY": str(started),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HOOKS), str(REPO), os.environ.get("PYTHONPATH")])),
    }
    command = [sys.executable, "-m", "koursk_cli", "--data", str(store), "events", "--json"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            for _ in range(600):
                if started.exists() or process.poll() is not None:
                    break
                time.sleep(0.05)
            assert started.exists(), process.communicate(timeout=30)
            time.sleep(0.2)  # inside the statement
            process.send_signal(getattr(signal, name))
            out, err = process.communicate(timeout=30)  # a bound against hanging, not a measure
        finally:
            process.kill()
    assert (process.returncode, out) == (status, "")
    assert "Traceback" not in err
    assert "cache not written" not in err  # the stop is no failure of the cache's to read past
