"""koursk run with stdout and stderr each on its own pseudo-terminal, as a person's shell runs it: what only a
terminal is told (a table, notes on stderr) from a real process, not from an Environment a test fakes."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.conftest import REPO

FAST = (sys.executable, "-m", "koursk_cli")
"""As the console script runs: the fast path when it takes argv (commands/entry.py)."""
TYPER = (sys.executable, "-c", "import sys; from koursk_cli.cli import main; sys.argv[0] = 'koursk'; main()")
"""Typer's group, whatever argv is."""


def on_ptys(args: list[str], cache: Path, program: tuple[str, ...] = FAST) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `program` with `args`, 120 columns, no pager, no forced colour."""
    out_master, out_slave = pty.openpty()
    err_master, err_slave = pty.openpty()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "COLUMNS": "120", "PAGER": "", "KOURSK_PAGER": ""}
    for name in ("NO_COLOR", "FORCE_COLOR", "PY_COLORS", "KOURSK_DATA"):
        env.pop(name, None)
    process = subprocess.Popen(
        [*program, *args], cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=out_slave, stderr=err_slave
    )
    os.close(out_slave)
    os.close(err_slave)
    with ThreadPoolExecutor(2) as pool:  # each pty drained as it fills: a full one would block koursk
        out, err = pool.submit(drain, out_master), pool.submit(drain, err_master)
        code = process.wait(timeout=120)
        return code, out.result(timeout=60).decode(), err.result(timeout=60).decode()


def drain(fd: int) -> bytes:
    """Everything written to the terminal whose controlling side is `fd`, until no process holds it; `fd` closed."""
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: no process holds the terminal any more
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)
