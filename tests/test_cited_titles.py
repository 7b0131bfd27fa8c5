"""A curator's summary is never cited as the outlet's headline (third review H1): only 003 prints its title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder


def test_cite_marks_a_curators_summary_and_keeps_a_printed_headline() -> None:
    cnn = run("cite", "zelensky-budapest-11000").stdout
    assert "untitled (curator's summary: «Selon Zelensky" in cnn
    assert "*Selon Zelensky" not in cnn
    printed = run("cite", "nis-12000-sent").stdout
    assert "— *Un nouveau tournant militaire en Ukraine*, " in printed
    plain = run("cite", "zelensky-budapest-11000", "--style", "text").stdout
    assert "untitled (curator's summary:" in plain


def test_json_and_exports_say_whether_a_title_was_printed() -> None:
    records = json.loads(run("cite", "zelensky-budapest-11000", "--json").stdout)
    assert records[0]["title_printed"] is False
    sources = {s["id"]: s for s in json.loads(run("sources", "--json").stdout)}
    assert [i for i, s in sorted(sources.items()) if s["title_printed"]] == ["nis-12000"]
    csv = run("sources", "--fields", "id,title_printed", "--jsonl").stdout
    assert '"title_printed": false' in csv and '"title_printed": true' in csv


def _two_sources(root: Path) -> str:
    """`alpha`, whose seed printed no headline (its title is the curator's summary), and `beta`, which printed one."""
    builder = StoreBuilder().source("alpha", "2024-10-28").source("beta", "2024-11-05", printed=True)
    builder.entity("rutte", "person", "Mark Rutte")
    builder.event("rutte-speaks", "2024-10-28", "Rutte speaks", ("alpha", "Rutte a parlé"), actors=("rutte",))
    builder.event("rutte-again", "2024-11-05", "Rutte again", ("beta", "Rutte a reparlé"), actors=("rutte",))
    return str(builder.write(root))


SUMMARY = "untitled (curator's summary: «Alpha»)"


@pytest.mark.parametrize(
    ("args", "tty", "printed"),
    [
        (["cite", "rutte-speaks"], False, None),
        (["sources"], False, "\tBeta\n"),
        (["sources"], True, " Beta"),
        (["show", "alpha"], False, None),
        (["show", "rutte-speaks"], False, None),
        (["diff", "alpha", "beta"], False, "+++ beta (published 5 Nov 2024) Beta\n"),
        (["export", "ics"], False, "— Beta — beta"),
        (["export", "timelinejs"], False, "— Beta — beta, 5 Nov 2024"),
    ],
)
def test_every_heading_of_a_source_says_when_its_title_is_the_curators_summary(
    tmp_path: Path, args: list[str], tty: bool, printed: str | None
) -> None:
    result = run("--data", _two_sources(tmp_path), *args, tty=tty, width=200)
    assert result.exit_code == 0, result.stderr
    out = result.stdout.replace("\r\n ", "")  # ics folds long lines
    assert SUMMARY in out
    assert "Alpha" not in out.replace(SUMMARY, "")  # never the bare summary as if it were the outlet's headline
    if printed:
        assert printed in out and "«Beta»" not in out
