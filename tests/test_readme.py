"""The README stays true: every `koursk` command it shows runs, the output it shows is what koursk prints, every
command is named in it, and it stays short enough to read in five minutes."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from koursk_cli.commands import COMMANDS
from tests.conftest import REPO, run

README = (REPO / "README.md").read_text(encoding="utf-8")
ELLIPSIS = "…"


@dataclass
class Example:
    line: int
    argv: list[str]
    piped: list[str]
    """The command after the first `|`, if any (`head -2`, `jq …`)."""
    shown: list[str]
    """The output lines the README shows under the command (console blocks only)."""


def _blocks() -> list[tuple[str, int, list[str]]]:
    blocks, language, start, body = [], "", 0, list[str]()
    inside = False
    for number, line in enumerate(README.splitlines(), 1):
        if line.startswith("```"):
            if inside:
                blocks.append((language, start, body))
            inside, language, start, body = not inside, line[3:].strip(), number + 1, []
        elif inside:
            body.append(line)
    return blocks


def _split(command: str) -> tuple[list[str], list[str]]:
    lexer = shlex.shlex(command, posix=True, punctuation_chars="|")
    lexer.whitespace_split = True
    tokens = list(lexer)
    if "|" not in tokens:
        return tokens[1:], []
    at = tokens.index("|")
    return tokens[1:at], tokens[at + 1 :]


def examples() -> list[Example]:
    found = []
    for language, start, body in _blocks():
        if language not in {"sh", "console"}:
            continue
        joined: list[tuple[int, str]] = []
        for offset, line in enumerate(body):
            if joined and joined[-1][1].endswith("\\"):
                joined[-1] = (joined[-1][0], joined[-1][1][:-1] + " " + line.strip())
            else:
                joined.append((start + offset, line))
        for index, (number, line) in enumerate(joined):
            command = line if language == "sh" else line.removeprefix("$ ") if line.startswith("$ ") else ""
            if not command.startswith("koursk "):
                continue
            shown = []
            if language == "console":
                for _, after in joined[index + 1 :]:
                    if after.startswith("$ ") or (after == ELLIPSIS and shown):
                        break
                    if after != ELLIPSIS:
                        shown.append(after)
            argv, piped = _split(command)
            found.append(Example(number, argv, piped, shown))
    return found


EXAMPLES = examples()


def test_the_readme_fits_in_five_minutes() -> None:
    assert len(README.encode("utf-8")) <= 14_000
    assert len(EXAMPLES) >= 15


def test_every_command_is_in_the_readme() -> None:
    assert len(COMMANDS) >= 10
    for name in COMMANDS:
        assert f"koursk {name}" in README, name


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"README.md:{e.line}" for e in EXAMPLES])
def test_readme_example_runs_and_shows_real_output(
    example: Example, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # exports written with -o land here
    tty = not example.piped
    result = run(*example.argv, tty=tty, width=100)
    assert result.exit_code == 0, f"README.md:{example.line}: {shlex.join(example.argv)}\n{result.stderr}"
    if not example.shown:
        return
    seen = result.stdout + result.stderr if tty else result.stdout  # a terminal shows both streams
    lines = [line.rstrip() for line in seen.splitlines()]
    if example.piped[:1] == ["head"]:
        lines = lines[: int(example.piped[-1].lstrip("-"))]
    elif example.piped:
        return  # shown after jq: checking the exit status is enough
    shown = [line.rstrip() for line in example.shown]
    # The README shows a run of consecutive real lines (`…` marks what it leaves out).
    starts = [i for i, line in enumerate(lines) if line == shown[0]]
    assert any(lines[i : i + len(shown)] == shown for i in starts), (
        f"README.md:{example.line} shows output koursk no longer prints:\n" + "\n".join(lines[:40])
    )


def test_readme_links_to_docs_that_exist() -> None:
    for target in re.findall(r"\]\((docs/[^)#]+)", README):
        assert (REPO / target).is_file(), target
