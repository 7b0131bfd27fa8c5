"""Which claims the event filters select, and how: `--text` reads a claim's quote as `events` reads an event's text
(every word, case and accents folded, figures joined, `word*`), in every command that lists claims."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder

QUOTES = {
    "dots": "Selon le NIS, environ 12.000 soldats ont été envoyés",
    "spaces": "Zelensky attend 12 000 hommes bientôt",
    "comma": "quelque 12,000 militaires, dit Washington",
    "words": "des troupes nord-coréennes, 10 000 hommes",
    "apart": "1.500 soldats déjà en Russie",
}


@pytest.fixture
def store(tmp_path: Path) -> str:
    builder = StoreBuilder().source("alpha", "2024-10-28").source("beta", "2024-11-07")
    builder.event("sent", "2024-10-20", "About 12,000 soldiers sent", ("alpha", "12.000 soldats envoyés en Russie"))
    for number, (claim_id, quote) in enumerate(QUOTES.items()):
        builder.claim(claim_id, "alpha" if number % 2 else "beta", 1000 + number, "2024-10", quote=quote)
    return str(builder.write(tmp_path / "store"))


def csv_claims(store: str, *args: str) -> list[str]:
    result = run("--data", store, "export", "csv", "--claims", *args)
    assert result.exit_code == 0, result.stderr
    return sorted(row["id"] for row in csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("12000", ["comma", "dots", "spaces"]),  # a figure, however its thousands are written
        ("12 000", ["comma", "dots", "spaces"]),
        ("12,000 SOLDATS", ["dots"]),  # every word, wherever it stands, in any case
        ("soldats 12000", ["dots"]),
        ("nord coreennes", ["words"]),  # « nord-coréennes » is two words, accents folded
        ("troup*", ["words"]),  # a word it begins
        ("hommes 12000", ["spaces"]),
        ("1500", ["apart"]),
        ("000", []),  # a figure's group is not a word of its own
    ],
)
def test_text_reads_a_quote_as_events_read_their_text(store: str, words: str, expected: list[str]) -> None:
    assert csv_claims(store, "--text", words) == expected


def test_an_sqlite_export_holds_the_claims_of_the_text_its_events_match(store: str, tmp_path: Path) -> None:
    """`export sqlite --text 12000` held the event about 12,000 soldiers and none of the 12,000 claims (rev20 M2)."""
    target = tmp_path / "t.db"
    result = run("--data", store, "export", "sqlite", "--text", "12000", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    db = sqlite3.connect(target)
    try:
        assert [row[0] for row in db.execute("SELECT id FROM events")] == ["sent"]
        assert sorted(row[0] for row in db.execute("SELECT id FROM claims")) == ["comma", "dots", "spaces"]
    finally:
        db.close()


def test_diff_lists_the_new_claims_its_text_matches(store: str) -> None:
    result = run("--data", store, "diff", "--from", "2024-10-01", "--to", "2024-11-30", "--text", "12000", "--json")
    assert result.exit_code == 0, result.stderr
    assert sorted(c["id"] for c in result.json()["new_claims"]) == ["comma", "dots", "spaces"]
