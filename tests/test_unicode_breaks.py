"""U+0085, U+2028 and U+2029 are line breaks to YAML 1.1 and not to editors: in a store file they are refused in one
line at their own place, lines counted at \\n (rev31 L1: each shifted every later `file:line:col`, and in a comment
made a false syntax error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import run
from tests.stores import EVENTS, write_store

BREAKS = {"\x85": "U+0085 NEXT LINE", "\u2028": "U+2028 LINE SEPARATOR", "\u2029": "U+2029 PARAGRAPH SEPARATOR"}


def _check(root: Path) -> list[str]:
    result = run("--data", str(root), "check")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("char", list(BREAKS))
def test_a_unicode_break_in_a_string_is_refused_at_its_place(tmp_path: Path, char: str) -> None:
    events = EVENTS.replace('date_basis: "lundi', f'date_basis: "A{char}B lundi').replace(
        "status: confirmed", "status: confirmedX"
    )
    root = write_store(tmp_path, events=events)
    line = events.split("\n").index(next(x for x in events.split("\n") if char in x)) + 1
    column = events.split("\n")[line - 1].index(char) + 1
    assert _check(root) == [
        f"{root}/data/events/main.yaml:{line}:{column}: {BREAKS[char]}: YAML reads it as a line break, editors and "
        "koursk's line numbers do not; replace it with a space (or a new line)"
    ]


def test_a_unicode_break_in_a_comment_is_refused_not_a_false_syntax_error(tmp_path: Path) -> None:
    events = EVENTS.replace("events:\n", "events:\n  # a note \u2028 pasted: from a page\n", 1)
    root = write_store(tmp_path, events=events)
    (problem,) = _check(root)
    assert problem.startswith(f"{root}/data/events/main.yaml:2:12: U+2028 LINE SEPARATOR: ")
    assert "syntax" not in problem


def test_escaped_in_a_double_quoted_string_it_is_read_and_later_lines_keep_their_numbers(tmp_path: Path) -> None:
    events = EVENTS.replace('date_basis: "lundi', 'date_basis: "A\\u2028B\\x85C lundi').replace(
        "status: confirmed", "status: confirmedX"
    )
    root = write_store(tmp_path, events=events)
    line = events.split("\n").index("    status: confirmedX") + 1
    (problem,) = _check(root)
    assert problem.startswith(f"{root}/data/events/main.yaml:{line}:13: event 'rutte-confirms': status 'confirmedX'")


@given(at=st.integers(0, len(EVENTS)), char=st.sampled_from(list(BREAKS)), more=st.integers(0, 2))
def test_the_first_break_is_placed_as_an_editor_counts(
    tmp_path_factory: pytest.TempPathFactory, at: int, char: str, more: int
) -> None:
    """Oracle: the line is 1 + the \\n before the character, the column 1 + the characters since the last one."""
    events = EVENTS[:at] + char + EVENTS[at:] + f"# {char}\n" * more
    root = write_store(tmp_path_factory.mktemp("store"), events=events)
    line, column = EVENTS.count("\n", 0, at) + 1, at - (EVENTS.rfind("\n", 0, at) + 1) + 1
    also = f" ({more} more after it)" if more else ""
    (problem,) = _check(root)
    assert problem.startswith(f"{root}/data/events/main.yaml:{line}:{column}: {BREAKS[char]}{also}: ")
