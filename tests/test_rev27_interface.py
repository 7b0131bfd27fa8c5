"""rev27's interface findings: close-match hints, the drafts notice, export's row flag, completion of places by name,
figures at 80 columns, and the legends."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.suggest import suggestions
from tests.conftest import run
from tests.stores import EVENTS, write_store


def test_a_mistyped_choice_gets_the_closest_one() -> None:
    """U9: `--status aleged` gave only "see `koursk events -h`"."""
    result = run("events", "--status", "aleged")
    assert result.exit_code == 2
    assert "did you mean 'alleged'?" in result.stderr


def test_a_mistyped_topic_gets_close_names_only() -> None:
    """U9: `claims troups` offered 'shells' and 'losses' (from `obus` and `tués`, 0.6 away as any short word is)."""
    result = run("claims", "troups")
    assert result.exit_code == 2
    assert "did you mean 'troops'?" in result.stderr
    assert suggestions("troups", ["troops", "troupes", "obus", "tués"]) == ["troupes", "troops"]


def test_a_word_given_to_topics_says_where_a_topic_goes() -> None:
    """U9: `koursk topics troops` was Click's "Got unexpected extra argument(s) (troops)"."""
    result = run("topics", "troops")
    assert result.exit_code == 2
    assert "Got unexpected" not in result.stderr
    assert "`koursk topics` takes no argument" in result.stderr
    assert "`koursk claims troops`" in result.stderr


def test_placeholders_in_drafts_are_counted_not_listed(tmp_path: Path) -> None:
    """U12: every query printed each placeholder as path:line:col, then "run `koursk check` for the list"."""
    store = str(write_store(tmp_path, events=EVENTS.replace("{en: Rutte confirms,", '{en: "TODO: English title",')))
    blocked = run("--data", store, "events")
    assert blocked.exit_code == 1
    assert blocked.stderr.splitlines() == [
        "koursk: the store has 1 placeholder left in drafts by koursk extract; `koursk check` lists them, and "
        "--drafts previews the store as it stands"
    ]
    listed = run("--data", store, "check")
    assert "TODO: English title" in listed.stdout + listed.stderr
