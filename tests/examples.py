"""The commands a Markdown document shows, and a check that koursk still prints what it shows under them (README.md,
docs/tasks.md).

In a `sh` block every `koursk …` line is a command; in a `console` block, every `$ koursk …` line, followed by the
output it shows: runs of consecutive real lines, `…` standing for lines left out. A command ending in `# exit N`
exits N (0 otherwise)."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field, replace

ELLIPSIS = "…"
_EXIT = re.compile(r"#\s*exit (\d+)\s*$")


@dataclass
class Example:
    where: str
    """`FILE:LINE` of the command."""
    argv: list[str]
    piped: list[str]
    """The command after the first `|`, if any (`head -2`, `jq …`)."""
    runs: list[list[str]] = field(default_factory=list)
    """The output the document shows under the command, as runs of consecutive lines (console blocks only)."""
    exit: int = 0


def _blocks(text: str) -> list[tuple[str, int, list[str]]]:
    blocks, language, start, body = [], "", 0, list[str]()
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
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


def examples(text: str, name: str) -> list[Example]:
    found = []
    for language, start, body in _blocks(text):
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
            runs: list[list[str]] = [[]]
            if language == "console":
                for _, after in joined[index + 1 :]:
                    if after.startswith("$ "):
                        break
                    if after == ELLIPSIS:
                        runs.append([])
                    else:
                        runs[-1].append(after.rstrip())
            argv, piped = _split(command)
            code = _EXIT.search(command)
            example = Example(f"{name}:{number}", argv, piped, [r for r in runs if r], int(code[1]) if code else 0)
            found.append(example)
    return found


STORE_COUNT = re.compile(
    r"\b\d[\d,]*(?=\s+(?:events?|claims?|sources?|articles?|problems?|conflicts?|revised|agree|differ|of them)\b)"
)
"""A count of the store's records in an output line (`11 events`, `0 agree, 1 conflict`, `9 of them`)."""


def without_counts(line: str) -> str:
    return STORE_COUNT.sub("N", line)


def assert_shows(example: Example, stdout: str, stderr: str, *, tty: bool, counts: bool = True) -> None:
    """Every run the document shows is a run of consecutive lines of the real output, in the document's order (a
    terminal shows both streams; `| head -N` keeps the first N lines; after any other pipe, only the exit status
    is checked). Without `counts`, the store's counts (STORE_COUNT) are not compared: they follow the curation."""
    seen = stdout + stderr if tty else stdout
    lines = [line.rstrip() for line in seen.splitlines()]
    if not counts:
        lines = [without_counts(line) for line in lines]
        example = replace(example, runs=[[without_counts(line) for line in run] for run in example.runs])
    if example.piped[:1] == ["head"]:
        lines = lines[: int(example.piped[-1].lstrip("-"))]
    elif example.piped:
        return
    at = 0
    for run in example.runs:
        found = next((i for i in range(at, len(lines)) if lines[i : i + len(run)] == run), None)
        assert found is not None, (
            f"{example.where} shows output koursk no longer prints:\n"
            + "\n".join(run)
            + "\n--- it prints:\n"
            + "\n".join(lines[:60])
        )
        at = found + len(run)
