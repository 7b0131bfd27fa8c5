"""benchmarks/dump_drafts.py, the proof that a change meant to change no behaviour changes no draft: one YAML a page,
and the same bytes from two processes whatever their string hashing (the lexicon's alternations are built from sets,
whose order changes with PYTHONHASHSEED: a draft must not)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

DEV = REPO / "benchmarks" / "heldout" / "dev"


def _dump(out: Path, seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    command = [sys.executable, str(REPO / "benchmarks" / "dump_drafts.py"), str(out), str(DEV)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_every_page_gets_its_draft_and_two_processes_write_the_same_bytes(tmp_path: Path) -> None:
    first, second = _dump(tmp_path / "a", "1"), _dump(tmp_path / "b", "2")
    pages = sorted(p.stem for p in DEV.glob("*.txt"))
    assert (first.returncode, first.stderr, first.stdout) == (0, "", f"{len(pages)} drafts in {tmp_path / 'a'}\n")
    assert second.returncode == 0
    written = sorted((tmp_path / "a" / "dev").iterdir())
    assert [p.stem for p in written] == pages
    assert all(p.read_text(encoding="utf-8").startswith("# koursk extract draft for ") for p in written)
    assert all(p.read_bytes() == (tmp_path / "b" / "dev" / p.name).read_bytes() for p in written)
