"""docs/tasks.md stays true: each task of the UX review's section 2 takes one command, and that command, run as the
document orders them in one empty folder (init, then extract, then check the new store), prints what the document
shows under it and exits as it says. The store's counts in those lines (`11 events`) are not compared: they follow
the curation (code review 3 L11), the shape of each line is."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import REPO, run
from tests.examples import assert_shows, examples

TASKS = (REPO / "docs" / "tasks.md").read_text(encoding="utf-8")
EXAMPLES = examples(TASKS, "docs/tasks.md")


def _tasks() -> list[tuple[str, int]]:
    """Each task heading (`### N. …`, or `### N–M.` for several tasks of one kind, one command each), with how
    many commands its section shows."""
    sections = re.split(r"^### ", TASKS, flags=re.MULTILINE)[1:]
    return [
        (s.splitlines()[0], len(examples("```" + s.split("```", 1)[1], "x")) if "```" in s else 0) for s in sections
    ]


def test_every_task_takes_one_command() -> None:
    tasks = _tasks()
    assert len(tasks) >= 20
    for heading, commands in tasks:
        numbers = re.match(r"(\d+)(?:–(\d+))?\.", heading)
        assert numbers, heading
        expected = int(numbers[2] or numbers[1]) - int(numbers[1]) + 1
        assert commands == expected, f"{heading}: {commands} commands for {expected} task(s)"


def test_every_task_command_prints_what_the_document_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # exports, the new store and the article land here
    article = re.search(r"```text\n(.*?)```", TASKS, re.DOTALL)
    assert article
    (tmp_path / "article.txt").write_text(article[1], encoding="utf-8")
    assert len(EXAMPLES) >= 25
    for example in EXAMPLES:
        tty = not example.piped
        result = run(*example.argv, tty=tty, width=100)
        assert result.exit_code == example.exit, f"{example.where}: {shlex.join(example.argv)}\n{result.stderr}"
        assert_shows(example, result.stdout, result.stderr, tty=tty, counts=False)  # see docs/tasks.md
