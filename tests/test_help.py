"""Issue 17 F17: help a new user can read whole, `koursk help CMD` like git and gh, the short flags people type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from koursk_cli.commands import COMMANDS
from tests.conftest import run
from tests.stores import EVENTS, write_store


def test_help_lists_every_command_with_its_whole_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run("--help")
    assert result.exit_code == 0
    listed = result.stdout.split("Commands:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed if line.strip()] == list(COMMANDS)
    for line, entry in zip(listed, COMMANDS.values(), strict=True):
        assert line.rstrip().endswith(entry.summary), line  # one line each, never cut with "..."
        assert len(line.rstrip()) <= 80


def test_bare_koursk_prints_its_help_and_exits_0() -> None:
    result = run()
    assert result.exit_code == 0
    assert "Commands:" in result.stdout


@pytest.mark.parametrize("name", ["events", "claims", "help"])
def test_help_command_shows_the_command_help(name: str) -> None:
    assert run("help", name).stdout.strip() == run(name, "--help").stdout.strip()


def test_help_alone_is_the_main_help() -> None:
    assert run("help").stdout.strip() == run("--help").stdout.strip()


def test_help_for_an_unknown_command_is_a_usage_error() -> None:
    result = run("help", "evnts")
    assert result.exit_code == 2
    assert "no such command 'evnts'" in result.stderr
    assert "events" in result.stderr


@pytest.mark.parametrize("flag", ["-n", "-L", "--limit"])
def test_limit_has_the_short_flags_of_git_and_gh(flag: str) -> None:
    assert len(run("events", flag, "2", "--json").json()) == 2
    assert run("export", "csv", flag, "1").stdout.count("\n") == 2  # header and one row


def test_every_listing_has_examples_in_its_help() -> None:
    for name in ("events", "claims", "topics", "sources", "check", "timeline", "show", "help"):
        assert "Examples:" in run(name, "--help").stdout, name


def test_check_quiet_says_nothing_and_exits_with_the_verdict(tmp_path: Path) -> None:
    good = run("check", "-q")
    assert (good.exit_code, good.stdout, good.stderr) == (0, "", "")
    broken = write_store(tmp_path, events=EVENTS.replace("status: confirmed", "status: sure"))
    bad = run("--data", str(broken), "check", "--quiet")
    assert (bad.exit_code, bad.stdout, bad.stderr) == (1, "", "")


def test_diff_quiet_is_git_diff_quiet() -> None:
    different = run("diff", "003", "001", "-q")
    assert (different.exit_code, different.stdout) == (1, "")
    same = run("diff", "003", "001", "-q", "--since", "1990", "--until", "1990")  # nothing on either side
    assert (same.exit_code, same.stdout) == (0, "")


def test_export_json_points_to_the_listings_own_json() -> None:
    result = run("export", "json")
    assert result.exit_code == 2
    assert "invalid value for FORMAT" in result.stderr
    assert "koursk events --json" in result.stderr


def test_the_help_does_not_describe_one_store_as_every_store() -> None:
    """Issue 17 F22: the help said "(Oct 2024 – Feb 2025), curated from five French news articles" even with
    --data, or after a sixth article."""
    text = " ".join(run("--help").stdout.split())
    assert "five" not in text and "Feb 2025" not in text
    assert "--data DIR explores another" in text


def test_a_number_out_of_range_is_said_in_words() -> None:
    """Issue 17 F12: `--limit 0` said "0 is not in the range x>=1", naming the flag as `--limit / -n / -L`."""
    result = run("events", "-n", "0")
    assert result.exit_code == 2
    assert "koursk: error: invalid value for --limit: 0 is too small: it must be at least 1" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["events", "-n", "9223372036854775808"],
        ["export", "csv", "--limit", "99999999999999999999"],
        ["report", "-o", "-", "--limit", "99999999999999999999"],
    ],
)
def test_a_limit_beyond_sqlites_integers_is_a_usage_error(command: list[str]) -> None:
    """A limit SQLite cannot bind was an OverflowError traceback: every command with --limit says so in one line."""
    result = run(*command)
    assert result.exit_code == 2 and "Traceback" not in result.stderr and result.stdout == ""
    first, hint = result.stderr.splitlines()
    assert first.startswith("koursk: error: invalid value for --limit: ")
    assert first.endswith("is too large: it must be at most 9223372036854775807") and "hint:" in hint
    assert run("events", "-n", "9223372036854775807", "--json").exit_code == 0


@pytest.mark.parametrize(
    "command",
    [["events"], ["timeline"], ["export", "csv"], ["report", "-o", "-"]],
)
@pytest.mark.parametrize("days", ["99999999999999999999", "9223372036854775808", "3651695"])
def test_a_day_count_beyond_any_store_date_is_a_usage_error(command: list[str], days: str) -> None:
    """rev14 H1: `--max-span` had no upper bound, and a value past 2**63 reached SQLite as an OverflowError
    traceback. Every day-count flag stops at the widest span a store date can have (0001-01-01 to 9998-12-31)."""
    result = run(*command, "--max-span", days)
    assert result.exit_code == 2 and "Traceback" not in result.stderr and result.stdout == ""
    first, hint = result.stderr.splitlines()
    assert first == f"koursk: error: invalid value for --max-span: {days} is too large: it must be at most 3651694"
    assert hint.startswith("  hint: see `koursk ")


@pytest.mark.parametrize(
    ("command", "flag"),
    [
        (["events", "--max-span"], "--max-span"),
        (["events", "-n"], "--limit"),
        (["read", "002", "-C"], "--context"),
        (["report", "-o", "-", "--max-events"], "--max-events"),
        (["report", "-o", "-", "--max-claims"], "--max-claims"),
    ],
)
@pytest.mark.parametrize("value", ["５", "٣", "5_0", "1e3", "0x10", " 5", "+5"])
def test_a_count_is_written_in_ascii_digits(command: list[str], flag: str, value: str) -> None:
    """rev16 L7: count flags took fullwidth and Arabic-Indic digits and underscores (Python's int()), where seed
    numbers are ASCII digits only, and `1e3` got Click's "is not a valid int range." One parser for every count."""
    result = run(*command, value)
    assert result.exit_code == 2 and result.stdout == "", result.stdout
    first = result.stderr.splitlines()[0]
    assert (
        first == f"koursk: error: invalid value for {flag}: '{value}' is not a whole number written with the digits 0-9"
    )


def test_leading_zeros_do_not_make_a_count_too_large() -> None:
    """rev17 L2: the length limit counted the zeros, so `-n 0000000000000000000000002` was « too large »."""
    result = run("events", "-n", "0" * 30 + "2", "--fields", "id", "--jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_a_count_of_many_zeros_then_a_letter_is_refused_at_once() -> None:
    """rev18 L1: the count parser's regex gave back one leading zero at a time on a non-match (40,000 zeros then
    `x`: 9.4 s of CPU). Not timed: 2,000,000 zeros would take hours so, far past the generous timeout."""
    script = (
        "from typer.testing import CliRunner; from koursk_cli.cli import app; "
        "result = CliRunner().invoke(app, ['events', '-n', '0' * 2_000_000 + 'x']); "
        "print(result.exit_code, result.output.startswith('koursk: error: invalid value for --limit: '))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.split() == ["2", "True"], done.stderr


def test_the_widest_day_count_keeps_every_event() -> None:
    assert run("events", "--max-span", "3651694", "--json").json() == run("events", "--json").json()
