"""rev30 U13: `--sort reported` ordered the rows by a date they did not show, so the order looked random."""

from __future__ import annotations

import json

from koursk_cli.dates import parse_edtf
from koursk_cli.humanize import human_date
from tests.conftest import run


def test_each_row_shows_the_first_report_it_is_sorted_by() -> None:
    args = ("events", "--place", "kursk", "--sort", "reported")
    shown = run(*args, tty=True, width=200).stdout
    events = json.loads(run(*args, "--json").stdout)
    assert len(events) >= 3
    at = 0
    for event in events:  # in the order of the rows, each id followed by its own first report
        at = shown.index(event["id"], at)
        at = shown.index(f"first reported {human_date(parse_edtf(event['reported']))}\n", at)
    assert [(e["reported_start"], e["reported_end"]) for e in events] == sorted(
        (e["reported_start"], e["reported_end"]) for e in events
    )
    assert "first reported" not in run("events", "--place", "kursk", tty=True, width=200).stdout
    assert "d'abord rapporté : " in run(*args, "--lang", "fr", tty=True, width=200).stdout
