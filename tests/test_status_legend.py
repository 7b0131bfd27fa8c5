"""The status legend under a listing defines the statuses its records show, one line each, and no other (closing35:
nine dim lines under a 2-event listing); `--status`'s help still defines all four (test_rev30_legends)."""

from __future__ import annotations

from typing import Any

import pytest

from koursk_cli.model import STATUS_MEANING, Status
from koursk_cli.render.styles import STATUS_MARK
from tests.conftest import run
from tests.stores import drafts_store

FRENCH = ("confirmé", "rapporté", "allégué", "démenti")


def _defined(text: str, lang: str = "en") -> list[Status]:
    """The statuses a terminal's legend defines (`◌ alleged: hedged by …`), in order, each as often as it is."""
    words = {"en": {s: s.value for s in Status}, "fr": dict(zip(Status, FRENCH, strict=True))}
    colon = " : " if lang == "fr" else ": "
    return [
        status
        for line in text.splitlines()
        for status in Status
        if line.startswith(f"{STATUS_MARK[status]} {words[lang][status]}{colon}{STATUS_MEANING[lang][status][:20]}")
    ]


def _statuses(value: Any) -> set[Status]:
    """Every record's status anywhere in a JSON answer."""
    if isinstance(value, dict):
        own = {Status(value["status"])} if isinstance(value.get("status"), str) else set()
        return own.union(*(_statuses(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_statuses(v) for v in value))
    return set()


LISTINGS = [
    ["events", "--place", "Koursk", "--status", "alleged"],
    ["events", "--place", "Koursk"],
    ["events", "--since", "2024-W45", "--until", "2024-W45"],
    ["claims", "troops"],
    ["claims", "shells"],
    ["figures", "troops/in-kursk"],
    ["show", "nis-12000-sent"],
    ["show", "rutte-confirms-deployment"],
    ["diff", "nis-12000", "cnn"],
    ["diff", "--from", "2024-10-31", "--to", "2024-11-15"],
]


@pytest.mark.parametrize("command", LISTINGS, ids=" ".join)
def test_the_legend_defines_exactly_the_statuses_shown_once_each(command: list[str]) -> None:
    shown = run(*command, tty=True, width=200).stdout
    defined = _defined(shown)
    expected = _statuses(run(*command, "--json").json())
    assert expected and sorted(defined) == sorted(expected), (defined, expected)
    assert len(defined) == len(set(defined))


def test_timeline_defines_the_statuses_of_its_events() -> None:
    period = ["--since", "2024-11", "--until", "2024-11"]
    defined = _defined(run("timeline", *period, tty=True, width=200).stdout)
    expected = {Status(e["status"]) for e in run("events", *period, "--json").json()}
    assert sorted(defined) == sorted(expected)


def test_a_listing_of_one_status_has_a_three_line_legend() -> None:
    """The count and what a status is about, the one status shown, the date marks."""
    shown = run("events", "--place", "Koursk", "--status", "alleged", tty=True, width=200).stdout.splitlines()
    start = next(i for i, line in enumerate(shown) if line.startswith("2 events · status of each event"))
    assert shown[start + 1].startswith("◌ alleged: hedged by the article")
    assert shown[start + 2].startswith("dates: ~ approximate") and len(shown) == start + 3


def test_the_legend_is_in_french_with_lang_fr() -> None:
    shown = run("events", "--place", "Koursk", "--status", "alleged", "--lang", "fr", tty=True, width=200).stdout
    assert "2 événements · statut de chaque événement" in shown
    assert _defined(shown, "fr") == [Status.ALLEGED]


def test_a_diff_s_legend_is_one_line_each_in_a_pipe_too(tmp_path: Any) -> None:
    """A pipe's diff joined the status lines into one (their newlines read as spaces)."""
    root = drafts_store(tmp_path / "store", drafts=False)
    lines = run("--data", str(root), "diff", "curated", "drafted").stdout.splitlines()
    assert "status of each event (for “X says”, of the saying) and of each figure." in lines
    assert _defined("\n".join(lines)) == [Status.CONFIRMED, Status.REPORTED, Status.ALLEGED]


def test_a_diff_with_no_event_or_figure_has_no_legend(tmp_path: Any) -> None:
    root = drafts_store(tmp_path / "store", drafts=False)
    out = run("--data", str(root), "diff", "--from", "2024-12-01").stdout
    assert "status of each" not in out and "dates:" not in out


def test_every_status_stays_defined_in_the_help_and_the_docs() -> None:
    """A legend defines only what it shows; `--status`'s help and `koursk docs reference` define all four."""
    helped = " ".join(run("claims", "--help").stdout.split())
    documented = run("docs", "reference").stdout
    for status, meaning in STATUS_MEANING["en"].items():
        assert f"{status.value}: {meaning}" in helped
        assert f"| `{STATUS_MARK[status]}` | `{status.value}` | {meaning} |" in documented
