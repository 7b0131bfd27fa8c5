"""The README stays true: every `koursk` command it shows runs, the output it shows is what koursk prints, every
command is named in it, and it stays short enough to read in five minutes."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from koursk_cli.commands import COMMANDS
from tests.conftest import REPO, run
from tests.examples import Example, assert_shows, examples

README = (REPO / "README.md").read_text(encoding="utf-8")


EXAMPLES = examples(README, "README.md")


def test_the_readme_fits_in_five_minutes() -> None:
    assert len(README.encode("utf-8")) <= 14_000
    assert len(EXAMPLES) >= 15


def test_every_command_is_in_the_readme() -> None:
    assert len(COMMANDS) >= 10
    for name in COMMANDS:
        assert f"koursk {name}" in README, name


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_readme_example_runs_and_shows_real_output(
    example: Example, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # exports written with -o land here
    tty = not example.piped
    result = run(*example.argv, tty=tty, width=100)
    assert result.exit_code == example.exit, f"{example.where}: {shlex.join(example.argv)}\n{result.stderr}"
    assert_shows(example, result.stdout, result.stderr, tty=tty)


def test_readme_links_to_docs_that_exist() -> None:
    for target in re.findall(r"\]\((docs/[^)#]+)", README):
        assert (REPO / target).is_file(), target
