"""The code stays lint- and type-clean (ruff and mypy run as part of the suite), and every command is registered,
listed and documented."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

import pytest

from koursk_cli.commands import COMMANDS, LazyCommands
from tests.conftest import REPO, run


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "koursk_cli", "tests", "benchmarks"],
        [sys.executable, "-m", "ruff", "format", "--check", "koursk_cli", "tests", "benchmarks"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_tool_is_clean(command: list[str]) -> None:
    if importlib.util.find_spec(command[2]) is None:
        pytest.skip(f"{command[2]} is not installed (pip install '.[test]')")
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(COMMANDS) >= 10
    for name in COMMANDS:
        assert f"koursk {name}" in readme, name


def test_every_registered_command_builds_and_is_listed_by_help() -> None:
    listing = run("--help").stdout
    for name in COMMANDS:
        assert LazyCommands()[name].name == name
        assert re.search(rf"^  {name}\s+\S", listing, re.MULTILINE), name
