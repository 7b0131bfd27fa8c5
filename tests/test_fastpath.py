"""The fast path (commands/entry.py): argv it takes gives what Typer's path gives, byte for byte; argv it does not
fully understand goes to Typer whole; and a narrow query taken by it imports neither Typer nor Click."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from koursk_cli.cli import app
from koursk_cli.commands import flags
from koursk_cli.commands.entry import FAST_COMMANDS, fast_call
from koursk_cli.commands.eventlist import FAST
from koursk_cli.commands.lazy import LazyCommands
from tests.conftest import REPO
from tests.ptys import FAST as FAST_PROCESS
from tests.ptys import TYPER, on_ptys

NARROW = ["events", "--actor", "umerov", "--since", "2024-11-01", "--until", "2024-11-30", "--json"]

# Values for each flag: accepted ones and refused ones (a bad date, a number out of range, no word, an unknown
# choice), and tokens that look like flags, which Click takes as a value all the same.
VALUES: dict[str, list[str]] = {
    "since": [
        *("2024-11", "2024-11-07", "nov 2024", "2024-W45", "2025..2026", "last week", "2024-13", "soon", ""),
        *("9999-W52", "9999-W53", "0001-W01", "9999-12-31", "0001"),  # the calendar's ends (hostile43)
    ],
    "source": ["003", "cnn", "nowhere", ""],
    "actor": ["umerov", "Oumierov", "nis", "nobody", "--json", ""],
    "place": ["Koursk", "Russie", "x"],
    "tag": ["first-clashes", "none"],
    "status": ["confirmed", "ALLEGED", "Disputed", "nope", "ﬁrm"],
    "text": ["troupes", "troupes koursk", "koursk*", "", "!!!", '"a', "\udcff"],
    "max_span": ["1", "7", "0", "x", "٣", "99999999"],
    "sort": ["date", "-date", "Title", "relevance", "reported", "bogus"],
    "limit": ["1", "2", "005", "0", "-3", "x"],
    "fields": ["id,date", "id", "nope", ""],
    "data": [str(REPO), "/nonexistent/store", ""],
    "lang": ["en", "fr", "FR", "de"],
}
ALIASES = {"until": "since", "within": "since", "as_of": "since", "speaker": "actor"}
STRANGERS = ["--help", "-h", "--version", "-V", "--foo", "-x", "-", "word", "--", "--json=1", "-n=2", "-n3", "-L"]


def _rows() -> dict[str, flags.Flag]:
    return {flag.name: flag for flag in (*FAST.flags, *(g.flag for g in flags.GLOBALS))}


@st.composite
def _flag(draw: st.DrawFn, names: list[str]) -> list[str]:
    """One flag as a user may type it: `--flag value`, `--flag=value`, `-nVALUE`, or a switch."""
    flag = _rows()[draw(st.sampled_from(names))]
    spelling = draw(st.sampled_from([part for decl in flag.decls for part in decl.split("/")]))
    if flag.switch:
        return [spelling]
    value = draw(st.sampled_from(VALUES[ALIASES.get(flag.name, flag.name)]))
    if spelling.startswith("--"):
        return draw(st.sampled_from([[spelling, value], [f"{spelling}={value}"]]))
    return draw(st.sampled_from([[spelling, value], [spelling + value]]))


GLOBAL_NAMES = [g.flag.name for g in flags.GLOBALS if g.sets is not None]
COMMAND_NAMES = [flag.name for flag in FAST.flags] + GLOBAL_NAMES


@st.composite
def _argv(draw: st.DrawFn) -> list[str]:
    before = draw(st.lists(_flag(GLOBAL_NAMES), max_size=2))
    command = draw(st.sampled_from(["events"] * 8 + ["claims", "evnts"]))
    after = draw(st.lists(_flag(COMMAND_NAMES) | st.sampled_from(STRANGERS).map(lambda s: [s]), max_size=5))
    after = draw(st.sampled_from([after, [*after, "--"]]))
    return [token for flag in before for token in flag] + [command] + [token for flag in after for token in flag]


def _both(argv: list[str], env: dict[str, str | None]) -> tuple[Any, Any]:
    """(exit code, stdout, stderr) of Typer's path and of the fast path (None: not taken), in-process."""
    runner = CliRunner()
    typer = runner.invoke(app, argv, env=env, prog_name="koursk", catch_exceptions=False)
    with runner.isolation(env=env) as (out, err, _):
        call = fast_call(argv, os.environ)
        if call is None:
            return (typer.exit_code, typer.stdout_bytes, typer.stderr_bytes), None
        code: Any = 0
        try:
            call()
        except SystemExit as done:
            code = done.code
        sys.stdout.flush()
        sys.stderr.flush()
        fast = (code, out.getvalue(), err.getvalue())
    return (typer.exit_code, typer.stdout_bytes, typer.stderr_bytes), fast


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    argv=_argv(),
    no_color=st.sampled_from([None, "1"]),
    data=st.sampled_from([None, "", str(REPO), "/nonexistent/store"]),
    complete=st.sampled_from([None] * 5 + ["bash_complete"]),
)
def test_what_the_fast_path_takes_typer_answers_the_same(
    argv: list[str], no_color: str | None, data: str | None, complete: str | None
) -> None:
    """Typer's path is the oracle: the same stdout, stderr and exit code, or the fast path declines."""
    env = {"NO_COLOR": no_color, "KOURSK_DATA": data, "_KOURSK_COMPLETE": complete}
    typer, fast = _both(argv, env)
    if fast is not None:
        assert fast == typer, argv


@pytest.mark.parametrize(
    "argv",
    [
        NARROW,
        ["--data", str(REPO), "events", "--json"],
        ["--no-color", "events", "--status", "Confirmed", "--status", "alleged", "--jsonl", "-n", "3"],
        ["events", "--sort", "-date", "-n2", "--fields=id,date", "--lang", "FR", "--"],
        ["--pager", "events", "--no-pager", "--text", "troupes koursk", "--since", "2024-13", "--since", "2024"],
        ["events", "--max-span", "7", "--source", "003", "--place", "Koursk", "--tag", "x"],  # an unknown tag: exit 2
        ["events", "--json", "--jsonl"],  # refused by the command's body, as Typer's path refuses it
        ["events", "--data", "/nonexistent/store"],
    ],
)
def test_the_fast_path_takes_what_it_understands(argv: list[str]) -> None:
    typer, fast = _both(argv, {})
    assert fast == typer


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        (["events", "--help"], {}),
        (["events", "-h"], {}),
        (["--version", "events"], {}),
        (["events", "-V"], {}),
        (["events", "--jsn"], {}),
        (["events", "word"], {}),
        (["events", "--", "--json"], {}),
        (["--", "events"], {}),
        (["events", "--json=yes"], {}),
        (["events", "--since"], {}),
        (["events", "--since", "soon"], {}),
        (["events", "-n", "0"], {}),
        (["events", "--status", "nope"], {}),
        (["events", "--status", "ﬁrm"], {}),  # Click's casefold, not the fast path's ASCII: Typer's to say
        (["events", "--text", "!!!"], {}),
        (["--text", "x", "events"], {}),
        (["events", "--sort", "bogus"], {}),
        (["events", "--lang", "de"], {}),
        (["claims", "--json"], {}),
        (["evnts"], {}),
        ([], {}),
        (NARROW, {"_KOURSK_COMPLETE": "bash_complete"}),
    ],
)
def test_the_fast_path_hands_over_what_it_does_not_understand(argv: list[str], env: dict[str, str]) -> None:
    assert fast_call(argv, env) is None


def test_the_fast_grammar_is_the_typer_command_s() -> None:
    """Each fast command's rows (and the globals) are the flags its Typer command takes, spelt and repeated alike:
    a flag added to one and not the other fails here."""
    for name, module in FAST_COMMANDS.items():
        fast_command = importlib.import_module(f"koursk_cli.commands.{module}").FAST
        typer = {
            opt: (param.multiple, param.is_flag)  # type: ignore[attr-defined]
            for param in LazyCommands()[name].params
            for opt in (*param.opts, *param.secondary_opts)
            if opt not in ("--help", "-h", "--version", "-V")
        }
        rows = [*fast_command.flags, *(g.flag for g in flags.GLOBALS if g.sets is not None)]
        fast = {part: (flag.repeated, flag.switch) for flag in rows for decl in flag.decls for part in decl.split("/")}
        assert fast == typer


def test_a_narrow_query_imports_neither_typer_nor_click_and_prints_typer_s_bytes(tmp_path: Path) -> None:
    """Run as the console script runs (koursk_cli.__main__), the narrow query of issue 20 loads no Typer or Click
    module (it fails if the fast path is not taken), and prints what Typer's path prints for it."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    fast = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "koursk_cli", *NARROW],
        cwd=REPO,
        env=env,
        capture_output=True,
        check=True,
    )
    imported = {line.rsplit(b"|", 1)[-1].strip().decode() for line in fast.stderr.splitlines()}
    assert "koursk_cli.commands.filters" in imported  # the events body ran (eventlist, by importlib, is not listed)
    assert {name for name in imported if name.split(".")[0] in ("typer", "click")} == set()
    typer = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.argv = ['koursk', *{NARROW!r}]; from koursk_cli.cli import main; main()",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        check=True,
    )
    assert fast.stdout == typer.stdout and fast.stdout.startswith(b'[{"id": ')


def test_a_value_error_from_a_row_s_parser_is_typer_s_to_refuse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer calls a row's parser through Click's FuncParamType, which refuses a value whose parser raises any
    ValueError (`invalid value`, exit 2): the fast path hands such a value over, never raises it (hostile43: a
    ValueError out of the dates was a traceback, exit 1, on the fast path alone)."""
    from koursk_cli.commands import filters

    def out_of_range(*_args: object, **_kwargs: object) -> object:
        raise ValueError("year 10000 is out of range")

    monkeypatch.setattr(filters, "parse_period", out_of_range)
    assert fast_call(["events", "--since", "2024", "--json"], {}) is None


@pytest.mark.parametrize("argv", [["events", "--since", "9999-W52", "--json"], ["events", "--until", "9999-W53"]])
def test_a_week_past_the_calendar_s_end_is_refused_in_one_line_by_either_path(argv: list[str], tmp_path: Path) -> None:
    """hostile43: `events --since 9999-W52` (9999-12-27 to 10000-01-02) was a traceback, exit 1, where Typer's path
    said `invalid value`, exit 2."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    fast = subprocess.run([*FAST_PROCESS, *argv], cwd=REPO, env=env, capture_output=True)
    typer = subprocess.run([*TYPER, *argv], cwd=REPO, env=env, capture_output=True)
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer.returncode, typer.stdout, typer.stderr)
    assert fast.returncode == 2 and fast.stdout == b"" and b"Traceback" not in fast.stderr
    assert fast.stderr.startswith(b"koursk: error: invalid value for --")
    assert b"9999 ends after 31 Dec 9999" in fast.stderr or b"9999 has no ISO week 53 (it has 52)" in fast.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["events", "-n", "2"],  # a table, and what -n left out under it
        ["--lang", "fr", "events", "--since", "2024-11", "-n", "3", "--json"],  # the note on stderr, in French
        ["events", "--since", "2030", "--no-color"],  # nothing matched: said on stderr
        ["events", "--as-of", "2024-11-08", "-n", "1", "--jsonl"],  # the articles --as-of leaves out
    ],
)
def test_a_terminal_is_told_the_same_by_either_path(argv: list[str], tmp_path: Path) -> None:
    """The equivalence above runs in-process, where no stream is a terminal: what only a terminal is told (tables,
    notes on stderr, colours) compared here on real pseudo-terminals (hostile43)."""
    fast = on_ptys(argv, tmp_path / "cache")
    assert fast == on_ptys(argv, tmp_path / "cache", TYPER)
    assert fast[0] == 0 and fast[1] + fast[2]
