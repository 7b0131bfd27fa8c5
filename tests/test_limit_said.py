"""rev30 U15: `-n N` never said that more matched. A terminal is told, under the table or on stderr; stdout's
records (a pipe, --json) never carry it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from koursk_cli import query
from koursk_cli.commands import eventlist
from tests.conftest import run
from tests.ptys import on_ptys


def test_a_terminal_table_says_how_many_matched() -> None:
    total = len(json.loads(run("events", "--json").stdout))
    shown = run("events", "-n", "2", tty=True, width=120).stdout
    assert f"2 of {total} events shown (--limit 2); drop it to see them all" in shown
    claims = len(json.loads(run("claims", "troops", "--json").stdout))
    assert f"2 of {claims} claims shown (--limit 2)" in run("claims", "troops", "-n", "2", tty=True, width=120).stdout


def test_json_and_pipes_keep_stdout_to_the_records_and_say_it_on_a_terminals_stderr() -> None:
    for args in (["events", "-n", "3", "--json"], ["claims", "-n", "3", "--json"]):
        result = run(*args, tty=True)  # stdout and stderr both a terminal
        assert len(json.loads(result.stdout)) == 3
        assert "3 of " in result.stderr and "(--limit 3)" in result.stderr
    piped = run("events", "-n", "3")  # neither a terminal: a script hears nothing
    assert len(piped.stdout.splitlines()) == 3 and piped.stderr == ""


def test_nothing_is_said_when_the_limit_left_nothing_out() -> None:
    total = len(json.loads(run("events", "--json").stdout))
    result = run("events", "-n", str(total + 5), tty=True, width=120)
    assert "--limit" not in result.stdout + result.stderr


def test_only_a_terminal_pays_for_counting_what_the_limit_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count behind the note reads every match (885,585 for one word at 1,000,000 events: ~2 s of SQL, where
    the 50 rows served took a fraction of it): a script, whose stderr is no terminal and hears nothing, never
    makes it; a terminal still does, and is told."""
    counted: list[object] = []
    real = query.window_counts

    def spy(*args: Any, **kwargs: Any) -> Any:
        counted.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(eventlist, "window_counts", spy)
    piped = run("events", "-n", "3", "--json")
    assert len(json.loads(piped.stdout)) == 3 and piped.stderr == "" and counted == []
    told = run("events", "-n", "3", "--json", tty=True)
    assert len(json.loads(told.stdout)) == 3 and "3 of " in told.stderr and len(counted) == 1


def test_a_terminal_reading_json_is_told_in_its_language_as_claims_tells_it(tmp_path: Path) -> None:
    """`--lang fr` on a terminal: what -n left out is said in French beside `claims --json` and was said in
    English beside `events --json` (hostile43: the one note that ignored --lang; state.note_lang says the rule)."""
    events = len(json.loads(run("events", "--json").stdout))
    claims = len(json.loads(run("claims", "--json").stdout))
    for command, total, noun in (("claims", claims, "chiffres"), ("events", events, "événements")):
        code, _, stderr = on_ptys(["--lang", "fr", command, "-n", "2", "--json"], tmp_path / "cache")
        assert code == 0
        assert f"2 sur {total} {noun} affichés (--limit 2)" in stderr, command
