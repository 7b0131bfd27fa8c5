"""Which claims the event filters select, and how: `--text` reads a claim's quote as `events` reads an event's text
(every word, case and accents folded, figures joined, `word*`), in every command that lists claims."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from koursk_cli.claimfilters import CLAIM_FILTERS
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
    builder = StoreBuilder().source("alpha", "2024-10-28").source("beta", "2024-11-07").entity("nis", "agency", "NIS")
    builder.event(
        "sent",
        "2024-10-20",
        "About 12,000 soldiers sent",
        ("alpha", "12.000 soldats envoyés en Russie"),
        tags=("nato",),
    )
    builder.event("later", "2024-11-01/2024-11-05", "Later", ("beta", "Plus tard, des combats"))
    for number, (claim_id, quote) in enumerate(QUOTES.items()):
        builder.claim(
            claim_id, "alpha" if number % 2 else "beta", 1000 + number, "2024-10", quote=quote,
            asserted_by=("nis",) if number < 2 else (), status="alleged" if number == 3 else "reported",
        )  # fmt: skip
    return str(builder.write(tmp_path / "store"))


def csv_claims(store: str, *args: str) -> list[str]:
    result = run("--data", store, "export", "csv", "--rows", "claims", *args)
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


# --- which filters select claims: one table (claimfilters.CLAIM_FILTERS), every command ------------------------------

ASKED_FOR_CLAIMS = [
    ["claims"],
    ["sources", "--claim", "troops"],
    ["export", "csv", "--rows", "claims"],
    ["export", "sqlite", "--claim", "troops", "-o", "x.db"],
    ["diff", "--from", "2024-10-01", "--to", "2024-11-30", "--claim", "troops"],
]
CLAIMLESS = [["--place", "kursk"], ["--tag", "nato"], ["--max-span", "1"]]


@pytest.mark.parametrize("flag", CLAIMLESS, ids=lambda f: f[0])
@pytest.mark.parametrize("command", ASKED_FOR_CLAIMS, ids=" ".join)
def test_a_filter_no_claim_can_satisfy_is_refused_wherever_claims_are_asked_for(
    store: str, command: list[str], flag: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rev21 A2: `claims --place` was « no such option » (hint: --pager), `export --claims --place` refused,
    `export sqlite --claim troops --place` an export without claims."""
    monkeypatch.chdir(tmp_path)
    result = run("--data", store, *command, *flag)
    assert result.exit_code == 2, result.stderr
    first, hint = result.stderr.splitlines()
    assert first.startswith(f"koursk: error: {flag[0]} cannot select claims: ")
    assert hint.startswith(f"  hint: drop {flag[0]}")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["report", "-o", "page.html"],
        ["export", "sqlite", "-o", "x.db"],
        ["diff", "--from", "2024-10-01", "--to", "2024-11-30"],
    ],
    ids=lambda c: c[0] if c[0] != "export" else "export sqlite",
)
def test_an_output_of_events_and_claims_applies_it_to_the_events_and_says_it_holds_no_claims(
    store: str, command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`diff --tag` held no claims with a note only a terminal saw (none in a pipe or with --json), `export sqlite
    --place` none at all; `report --tag nato` stays a page of NATO's events, and says it has no figures."""
    monkeypatch.chdir(tmp_path)
    result = run("--data", store, *command, "--tag", "nato")
    assert result.exit_code == 0, result.stderr
    assert "koursk: warning: --tag cannot select claims (a claim has no tags), so " in result.stderr
    if command[0] == "diff":
        assert (
            "1 event, 0 claims" in result.stdout
            and "+ event ● 20 Oct 2024  About 12,000 soldiers sent" in result.stdout
        )
    elif command[0] == "export":
        db = sqlite3.connect(tmp_path / "x.db")
        try:
            assert [row[0] for row in db.execute("SELECT id FROM events")] == ["sent"]
            assert list(db.execute("SELECT id FROM claims")) == []
        finally:
            db.close()


APPLIES = {
    "--since": ["--since", "2024-11"],
    "--until": ["--until", "2024-10"],
    "--within": ["--within", "2024-11"],
    "--source": ["--source", "alpha"],
    "--actor": ["--actor", "nis"],
    "--speaker": ["--speaker", "nis"],
    "--status": ["--status", "alleged"],
    "--text": ["--text", "12000"],
    "--as-of": ["--as-of", "2024-10"],
    "--limit": ["--limit", "2"],
}
"""A value for each filter that selects claims (the test below fails on a row added without one)."""


def test_every_filter_that_selects_claims_has_a_value_here() -> None:
    assert set(APPLIES) == {row.flag for row in CLAIM_FILTERS.values() if row.sets}


@pytest.mark.parametrize("flag", list(APPLIES.values()), ids=lambda f: f[0])
def test_each_filter_selects_the_same_claims_in_every_listing(store: str, flag: list[str]) -> None:
    """`claims --text/--within/--limit` were « no such option », and `sources --claim` took only --since, --until
    and --actor (rev21 A2): each listing now takes every filter that selects claims, with one meaning."""
    expected = csv_claims(store, *flag)
    assert expected and expected != csv_claims(store), flag  # it selects some claims, not all
    for listing in (["claims", "troops"], ["sources", "--claim", "troops"]):
        result = run("--data", store, *listing, *flag, "--json")
        assert result.exit_code == 0, result.stderr
        assert sorted(row["id"] for row in result.json()) == expected, (listing, flag)


@pytest.mark.parametrize("flag", [["--status", "alleged"], ["--text", "12000"], ["--limit", "1"]], ids=lambda f: f[0])
def test_sources_without_claim_refuses_a_filter_that_selects_claims_only(store: str, flag: list[str]) -> None:
    result = run("--data", store, "sources", *flag)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"koursk: error: {flag[0]} selects claims, not articles",
        f"  hint: add --claim TOPIC (see `koursk topics`), or drop {flag[0]}",
    ]


@pytest.mark.parametrize("command", ["claims", "report"])
def test_the_help_names_every_filter_that_cannot_select_a_claim(command: str) -> None:
    """The table is the one place: a filter added to it without a field must reach the help's description too."""
    description = " ".join(run(command, "--help").stdout.split("Options:")[0].split())
    assert [row.flag for row in CLAIM_FILTERS.values() if not row.sets and row.flag not in description] == []


def test_claims_and_sources_claim_take_lang_as_every_listing_does() -> None:
    """rev21 A9 removed `claims --lang` (it changed nothing), and `sources --claim` refused it; rev30 U14: two
    refusals of one thing. Claims name their asserters, which have French names, so both take it (test_lang_fr)."""
    french = run("claims", "troops", "--lang", "fr", tty=True, width=200)
    assert french.exit_code == 0 and "responsables américains" in french.stdout
    assert run("sources", "--claim", "troops", "--lang", "fr", tty=True, width=200).stdout == french.stdout
    assert run("sources", "--lang", "fr").stdout != run("sources").stdout  # an article's titles are in both
