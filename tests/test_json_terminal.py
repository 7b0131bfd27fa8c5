"""Issue 17 F15: JSON on a terminal is for a person (indented, coloured unless colour is off, nothing a terminal
could obey), as gh shows it; JSON into a pipe stays compact, one record per line, byte for byte as before."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from koursk_cli.render.prettyjson import pretty
from tests.conftest import run
from tests.stores import EVENTS, write_store
from tests.test_pty import Terminal

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--json", "--limit", "3"],
        ["events", "--fields", "id,date", "--since", "2024-11"],
        ["claims", "troops", "--json"],
        ["sources", "--json"],
        ["show", "nis-12000-sent", "--json"],
        ["show", "cnn", "--json"],
        ["timeline", "--json", "--by", "year"],
        ["diff", "003", "001", "--json"],
        ["cite", "nis-12000-sent", "--json"],
        ["check", "--json"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_terminal_gets_the_same_json_indented_and_coloured(args: list[str]) -> None:
    piped = run(*args)
    shown = run(*args, tty=True, color=True)
    assert piped.exit_code == shown.exit_code == 0, shown.stderr
    assert "\x1b[" in shown.stdout or shown.stdout.strip() == "[]"
    plain = ANSI.sub("", shown.stdout)
    assert json.loads(plain) == json.loads(piped.stdout)
    if plain.strip() not in ("[]", "{}"):
        assert "\n  " in plain  # indented


def test_colour_off_on_a_terminal_is_indented_and_plain() -> None:
    shown = run("events", "--json", "--limit", "1", tty=True, color=False)
    assert "\x1b" not in shown.stdout
    assert shown.stdout.startswith('[\n  {\n    "id": ')


def test_a_pipe_gets_compact_stable_json_as_before() -> None:
    """One record per line, the array's brackets around them: what `jq`, `grep` and diff tools got before."""
    piped = run("events", "--json", "--limit", "2").stdout
    lines = piped.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith('[{"id": "') and lines[1].startswith(' {"id": "') and lines[1].endswith("}]")
    assert "\x1b" not in piped


@pytest.mark.parametrize(
    "args", [["show", "nis-12000-sent", "--json"], ["show", "cnn", "--json"], ["diff", "003", "001", "--json"]]
)
def test_one_object_into_a_pipe_is_compact_on_one_line(args: list[str]) -> None:
    """`show` and `diff` were indented in a pipe, unlike every list: the same compact form, one line."""
    piped = run(*args).stdout
    assert piped.count("\n") == 1 and piped.startswith('{"') and "\n " not in piped
    assert json.dumps(json.loads(piped), ensure_ascii=False) + "\n" == piped


def test_the_timeline_into_a_pipe_is_compact_one_period_per_line() -> None:
    piped = run("timeline", "--json", "--by", "year").stdout
    lines = piped.splitlines()
    periods = json.loads(piped)["periods"]
    assert len(lines) == len(periods) > 1
    assert lines[0].startswith('{"by": "year", ') and all(line.startswith(' {"period": ') for line in lines[1:])
    for line, period in zip(lines, periods, strict=True):  # each line is its period, as json.dumps writes it
        assert json.dumps(period, ensure_ascii=False) in line


def test_jsonl_on_a_terminal_stays_one_object_per_line() -> None:
    shown = run("events", "--jsonl", "--limit", "3", tty=True, color=True)
    lines = ANSI.sub("", shown.stdout).splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["id"] for line in lines] == [
        r["id"] for r in run("events", "--jsonl", "--limit", "3").jsonl()
    ]


def test_keys_strings_numbers_and_literals_have_their_colours() -> None:
    text = pretty({"k": "v 12", "n": 12000, "t": True, "z": None}, color=True)
    assert '\x1b[1;34m"k"\x1b[0m: \x1b[32m"v 12"\x1b[0m' in text  # the digits in a string stay the string's
    assert "\x1b[36m12000\x1b[0m" in text
    assert "\x1b[33mtrue\x1b[0m" in text and "\x1b[2mnull\x1b[0m" in text


def test_store_text_cannot_drive_the_terminal(tmp_path: Path, past_check: None) -> None:
    """A title holding a C1 escape introducer, a bidi override and a line separator (the first and the last read past
    `check`, which refuses them: tests/unchecked.py): shown as \\u escapes (still valid JSON), never raw to the
    terminal."""
    hostile = "Rutte \u009b31m confirms \u202e and\u2028more"
    escaped = "Rutte \\x9b31m confirms \\u202e and\\u2028more"  # YAML escapes: the file itself holds no control
    store = write_store(tmp_path, events=EVENTS.replace("{en: Rutte confirms,", f'{{en: "{escaped}",'))
    shown = run("--data", str(store), "events", "--json", tty=True, color=True)
    assert shown.exit_code == 0, shown.stderr
    for raw in ("\u009b", "\u202e", "\u2028"):
        assert raw not in shown.stdout
    assert json.loads(ANSI.sub("", shown.stdout))[0]["title"]["en"] == hostile
    piped = run("--data", str(store), "events", "--json")
    assert json.loads(piped.stdout)[0]["title"]["en"] == hostile  # a pipe gets the data as it is


def _terminal_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "KOURSK_PAGER", "NO_COLOR", "LINES", "COLUMNS")}
    env.update({"XDG_CACHE_HOME": str(tmp_path / "cache"), "TERM": "xterm", "COLUMNS": "100", "LINES": "50"})
    env.update(extra)
    return env


@pytest.mark.parametrize(("extra", "coloured"), [({}, True), ({"NO_COLOR": "1"}, False)])
def test_on_a_real_terminal(tmp_path: Path, extra: dict[str, str], coloured: bool) -> None:
    store = write_store(tmp_path / "store")
    term = Terminal(
        ["--data", str(store), "--no-pager", "show", "rutte-confirms", "--json"], _terminal_env(tmp_path, **extra)
    )
    assert term.wait(30) == 0, term.text
    assert ("\x1b[1;34m" in term.text) is coloured
    assert json.loads(ANSI.sub("", term.text))["id"] == "rutte-confirms"
    assert '\n  "id": ' in ANSI.sub("", term.text)


def test_long_json_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged"
    env = _terminal_env(tmp_path, KOURSK_PAGER=f"cat > {paged}", LINES="5")
    term = Terminal(["events", "--json", "--limit", "3"], env)
    assert term.wait(30) == 0, term.text
    assert json.loads(ANSI.sub("", paged.read_text(encoding="utf-8")))[0]["id"]
