"""The option bundles (event filters, output flags): declared once, every flag reaches the commands that take it."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest

from koursk_cli.commands import COMMANDS
from koursk_cli.commands.filters import EventFilters
from koursk_cli.commands.lazy import LazyCommands
from tests.conftest import run

FLAGS = {name: "--" + name.replace("_", "-") for name in EventFilters._fields}


@pytest.mark.parametrize(
    ("command", "omitted"),
    [
        (["events"], set()),
        (["timeline"], set()),
        (["export", "csv"], set()),
        (["diff"], {"source", "as_of"}),
        (["claims"], {"place", "tag", "max_span"}),  # taken, to be refused: claimfilters.CLAIM_FILTERS
        (["sources"], {"place", "tag", "max_span"}),
    ],
)
def test_every_filter_flag_is_offered_by_each_event_command(command: list[str], omitted: set[str]) -> None:
    """Offered: in --help's options (and so to completion), which leave the hidden ones out."""
    params = LazyCommands()[command[0]].params
    listed = {o for p in params if not getattr(p, "hidden", False) for o in p.opts}
    assert {p.name for p in params} >= set(FLAGS) - omitted
    for name, flag in FLAGS.items():
        assert (flag in listed) != (name in omitted), (command, flag)


def _csv_ids(text: str) -> set[str]:
    return {row["id"] for row in csv.DictReader(io.StringIO(text))}


def _timeline_ids(text: str) -> set[str]:
    return {event["id"] for period in json.loads(text)["periods"] for event in period["events"]}


@pytest.mark.parametrize(
    ("command", "ids"),
    [(["export", "csv"], _csv_ids), (["timeline", "--json"], _timeline_ids)],
    ids=["export", "timeline"],
)
def test_a_filter_selects_the_same_events_in_each_command(command: list[str], ids: Callable[[str], set[str]]) -> None:
    flags = ["--since", "2024-11", "--status", "confirmed", "--actor", "zelensky"]
    wanted = {e["id"] for e in run("events", "--json", *flags).json()}
    assert wanted
    assert ids(run(*command, *flags).stdout) == wanted


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_with_jsonl_has_the_whole_output_bundle(name: str) -> None:
    """--jsonl comes only with the bundle (output_flags): --json beside it, and the pair refused together."""
    listing = run(name, "--help").stdout
    if "--jsonl" not in listing:
        return
    assert "--json " in listing
    result = run(name, *(["x"] if name in ("show", "cite", "figures", "read") else []), "--json", "--jsonl")
    assert result.exit_code == 2 and "cannot be used together" in result.stderr, name
