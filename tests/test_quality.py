"""The code stays lint- and type-clean: ruff and mypy run as part of the suite."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import REPO


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
    from koursk_cli.cli import app

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    names = [
        command.name or (command.callback.__name__ if command.callback else "") for command in app.registered_commands
    ]
    assert names
    for name in names:
        assert f"koursk {name}" in readme, name
