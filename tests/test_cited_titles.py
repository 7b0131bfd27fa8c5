"""A curator's summary is never cited as the outlet's headline (third review H1): only 003 prints its title."""

from __future__ import annotations

import json

from tests.conftest import run


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
