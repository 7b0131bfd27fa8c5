"""rev30 U9: `cite EVENT` printed one full reference per quote (six for zelensky-budapest-11000), with no way to
pick one: --quote N and --source ID keep one, numbered as in the full citation."""

from __future__ import annotations

import json

from tests.conftest import run

EVENT = "zelensky-budapest-11000"


def test_quote_keeps_one_footnote_numbered_as_in_the_full_citation() -> None:
    every = run("cite", EVENT, "--style", "footnote").stdout
    assert every.count(f"[^{EVENT}-") == 6
    one = run("cite", EVENT, "--quote", "2", "--style", "footnote")
    assert one.exit_code == 0
    assert one.stdout.count(f"[^{EVENT}-") == 1 and f"[^{EVENT}-2]:" in one.stdout
    footnote = next(part for part in every.split("\n\n") if part.startswith(f"[^{EVENT}-2]:"))
    assert one.stdout.startswith(footnote)
    assert "on its 6 quotes together" in one.stdout  # the event's status still says what it rests on


def test_source_keeps_that_articles_quotes() -> None:
    records = json.loads(run("cite", EVENT, "--json").stdout)
    source = records[0]["source"]
    kept = json.loads(run("cite", EVENT, "--source", source, "--json").stdout)
    assert kept == [r for r in records if r["source"] == source]


def test_a_quote_or_source_the_record_lacks_is_a_usage_error() -> None:
    past = run("cite", EVENT, "--quote", "7")
    assert past.exit_code == 2 and "has 6 quotes" in past.stderr and "pick 1 to 6" in past.stderr
    assert run("cite", EVENT, "--quote", "0").exit_code == 2
    wrong = run("cite", EVENT, "--source", "nis-1200")
    assert wrong.exit_code == 2 and "its articles: cnn" in wrong.stderr and "Traceback" not in wrong.stderr
    assert "did you mean 'cnn'" in run("cite", EVENT, "--source", "cn").stderr
