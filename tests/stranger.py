"""koursk run through its entry point as user id 54321 (`setpriv`), from `/`, which that user may not write to: the
harness of the tests of a user without a home folder (rev28 C12: it was copied in two files)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable

import pytest

from tests.conftest import REPO

UID = "54321"
PREFIX = ["setpriv", f"--reuid={UID}", f"--regid={UID}", "--clear-groups"]

Koursk = Callable[..., "subprocess.CompletedProcess[str]"]


def koursk_as_stranger(env: dict[str, str], *, without_passwd_entry: bool = False) -> Koursk:
    """A function running `python -m koursk_cli ARGS` as uid 54321 with PATH, PYTHONPATH (this repository) and `env`;
    the test is skipped unless run as root with setpriv, when that uid cannot import this environment's packages,
    or, with `without_passwd_entry`, when it has a passwd entry here."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("running as another user id needs root and setpriv")
    if subprocess.run([*PREFIX, sys.executable, "-c", "import typer"], capture_output=True).returncode:
        pytest.skip(f"uid {UID} cannot import this environment's packages")
    if without_passwd_entry:
        probe = [*PREFIX, sys.executable, "-c", f"import pwd; pwd.getpwuid({UID})"]
        if subprocess.run(probe, capture_output=True).returncode == 0:
            pytest.skip(f"uid {UID} has a passwd entry here")
    full = {"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO), **env}

    def koursk(*args: str) -> subprocess.CompletedProcess[str]:
        command = [*PREFIX, sys.executable, "-m", "koursk_cli", *args]
        return subprocess.run(command, cwd="/", env=full, capture_output=True, text=True, timeout=120, check=False)

    return koursk


def first_event_listed(koursk: Koursk) -> str:
    """List the first event's id, which must come out whatever the cache does: its stderr."""
    listed = koursk("events", "-n", "1", "--fields", "id", "--jsonl")
    assert (listed.returncode, listed.stdout) == (0, '{"id": "full-scale-invasion"}\n'), listed.stderr
    return str(listed.stderr)
