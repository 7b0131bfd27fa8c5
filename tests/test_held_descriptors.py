"""rev20 H2: `-o /dev/stdout` (`/proc/self/fd/1`, `/dev/fd/N`, `/dev/stderr`) names a descriptor koursk already
holds. When the shell redirected it to a regular file, koursk refused it as "already exists", and with `--force`
renamed a new file over the shell's: what the shell wrote before and after, or an appended log's earlier content,
was lost. Each case is a real shell redirection around a real `koursk` process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.stores import write_store
from tests.test_hostile import HOOKS

COMMANDS = {"csv": "export csv", "sqlite": "export sqlite", "report": "report"}
REDIRECTIONS = {  # -o TARGET, the descriptor it names, and how the shell opens that descriptor on the file
    "stdout": ("/dev/stdout", 1, ">"),
    "proc-self-fd-1-appended": ("/proc/self/fd/1", 1, ">>"),
    "dev-fd-3-appended": ("/dev/fd/3", 3, ">>"),
    "stderr": ("/dev/stderr", 2, ">"),
}


def _bash(tmp_path: Path, script: str) -> subprocess.CompletedProcess[str]:
    store = tmp_path / "store"
    if not store.exists():
        store.mkdir()
        write_store(store)
    koursk = f"{sys.executable} -m koursk_cli --data {store}"
    env = {
        **os.environ,
        "K": koursk,
        "NO_COLOR": "1",
        "SOURCE_DATE_EPOCH": "1730000000",  # the report's stamp: the same page twice
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HOOKS), str(REPO), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )


CASES = [(command, redirection) for command in COMMANDS for redirection in REDIRECTIONS]
CASES = [(c, r) for c, r in CASES if c == "csv" or r in ("stdout", "dev-fd-3-appended")]  # each writer, each form


@pytest.mark.parametrize(("command", "redirection"), CASES, ids=[f"{c}-{r}" for c, r in CASES])
def test_a_descriptor_redirected_to_a_file_is_written_into_never_replaced(
    tmp_path: Path, command: str, redirection: str
) -> None:
    """With or without --force: the shell's lines before, between and after stay, a file appended to keeps what it
    held, and the file is the same inode throughout."""
    target, number, opened = REDIRECTIONS[redirection]
    run = COMMANDS[command]
    out = tmp_path / "out"
    out.write_bytes(b"old log\n")
    inode = out.stat().st_ino
    script = (
        f"set -e; $K {run} -o reference\n"
        f"{{ echo header >&{number}; $K {run} -o {target}; echo middle >&{number}; $K {run} -o {target} --force;"
        f" echo footer >&{number}; }} {number}{opened} out"
    )
    result = _bash(tmp_path, script)
    assert (result.returncode, result.stderr) == (0, "")
    made = (tmp_path / "reference").read_bytes()
    kept = b"old log\n" if opened == ">>" else b""
    assert out.read_bytes() == kept + b"header\n" + made + b"middle\n" + made + b"footer\n"
    assert out.stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "out", "reference", "store"]  # no temporary


def test_a_descriptor_reached_through_a_symlink_or_a_linked_folder_is_written_into(tmp_path: Path) -> None:
    (tmp_path / "to-stdout").symlink_to("/dev/stdout")
    (tmp_path / "dev").symlink_to("/dev")
    script = "echo log > out; for o in to-stdout dev/stdout dev/fd/1; do $K export csv -o $o --force; done >> out"
    result = _bash(tmp_path, script)
    assert (result.returncode, result.stderr) == (0, "")
    lines = (tmp_path / "out").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "log" and sum(line.startswith("id,date,") for line in lines) == 3


@pytest.mark.parametrize(
    ("script", "says"),
    [
        ("$K export csv -o /dev/fd/7", "koursk: error: /dev/fd/7 is descriptor 7, which koursk was not given"),
        ("$K export csv -o /dev/stdin < out", "koursk: error: /dev/stdin is descriptor 0, open for reading only"),
    ],
    ids=["not-open", "read-only"],
)
def test_a_descriptor_koursk_cannot_write_is_one_line(tmp_path: Path, script: str, says: str) -> None:
    (tmp_path / "out").write_text("kept\n", encoding="utf-8")
    result = _bash(tmp_path, script)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == says
    assert (tmp_path / "out").read_text(encoding="utf-8") == "kept\n"
