"""rev27 U2: who speaks in an event's quote (`speaker` on its evidence, an entity id) is recorded where the article
says it, checked like any reference (located errors), and carried wherever the quote goes: `cite` (text and JSON),
`show`, `events --json`, the report and the SQLite export. A quote the article gives in its own voice says that the
store records no speaker, never someone else's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder

SAID = "Oui, il y a déjà des pertes, c’est un fait."
OWN = "Les combats se poursuivent dans la région"


def _builder(speaker: str = "zelensky") -> StoreBuilder:
    return (
        StoreBuilder()
        .source("cnn", "2024-11-07", outlet="CNN")
        .entity("zelensky", "person", "Volodymyr Zelensky", "Zelensky")
        .entity("kursk-oblast", "place", "Kursk Oblast", "Koursk")
        .event("losses", "2024-11-07", "Zelensky says there are losses", ("cnn", SAID, speaker), ("cnn", OWN))
    )


@pytest.fixture
def store(tmp_path: Path) -> str:
    return str(_builder().write(tmp_path / "store"))


def test_cite_names_the_recorded_speaker_of_a_quote_and_no_other(store: str) -> None:
    text = run("--data", store, "cite", "losses", "--style", "text").stdout
    said, own = text.split("\n«")[0], text.split("\n«")[1]
    assert said.startswith(f"«{SAID}»")
    assert "(quote 1 of 2); speaker: Volodymyr Zelensky." in said
    assert "(quote 2 of 2); the store records no speaker for this quote." in own
    cited = run("--data", store, "cite", "losses", "--json").json()
    assert [c["speaker"] for c in cited] == ["zelensky", None]
    markdown = run("--data", store, "cite", "losses").stdout
    assert "speaker: Volodymyr Zelensky." in markdown


def test_the_speaker_goes_with_the_quote_into_json_show_the_report_and_sqlite(store: str, tmp_path: Path) -> None:
    (event,) = run("--data", store, "events", "--json").json()
    assert event["evidence"] == [
        {"source": "cnn", "quote": SAID, "speaker": "zelensky"},
        {"source": "cnn", "quote": OWN, "speaker": None},
    ]
    shown = run("--data", store, "show", "losses").stdout.splitlines()
    assert shown[shown.index(f"quote: «{SAID}»") + 1] == "speaker: Volodymyr Zelensky (zelensky)"
    assert shown[shown.index(f"quote: «{OWN}»") + 1 :] == []
    on_terminal = run("--data", store, "show", "losses", tty=True).stdout
    assert "— Volodymyr Zelensky (zelensky)" in on_terminal
    page = run("--data", store, "report", "-o", str(tmp_path / "r.html"))
    assert page.exit_code == 0, page.stderr
    assert "— Volodymyr Zelensky, " in (tmp_path / "r.html").read_text(encoding="utf-8")
    exported = run("--data", store, "export", "sqlite", "-o", str(tmp_path / "s.db"))
    assert exported.exit_code == 0, exported.stderr
    with sqlite3.connect(tmp_path / "s.db") as db:
        rows = db.execute("SELECT position, speaker_id FROM event_evidence ORDER BY position").fetchall()
    assert rows == [(1, "zelensky"), (2, None)]


@pytest.mark.parametrize(
    ("speaker", "message"),
    [
        ("zelenski", "speaker: unknown actor 'zelenski' (did you mean 'zelensky'?)"),
        ("kursk-oblast", "speaker: 'kursk-oblast' is a place, not who speaks"),
        ("[zelensky]", "speaker"),  # one entity id, not a list: the schema says so
    ],
)
def test_check_refuses_a_speaker_that_is_no_actor_at_its_place(tmp_path: Path, speaker: str, message: str) -> None:
    root = _builder(speaker).write(tmp_path / "store")
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    text = (root / "data" / "events" / "main.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, row in enumerate(text, 1) if row.strip().startswith("speaker:"))
    said = result.stdout + result.stderr
    located = [row for row in said.splitlines() if f"main.yaml:{line}:" in row]
    assert located and message in located[0], said


def test_the_shipped_zelensky_quotes_keep_their_speaker() -> None:
    """rev27 U2's reproducers: Zelensky's passage in 001 (« a déclaré Zelensky aux journalistes … »), its «…» block
    included, and Rutte's « Je peux confirmer que … » (002), no longer cut after its verb of saying."""
    cited = run("cite", "zelensky-budapest-11000", "--json").json()
    assert [c["speaker"] for c in cited] == ["zelensky"] * 5 + [None]  # the dateline « Budapest, Hongrie, jeudi »
    first = run("cite", "nk-troops-deployed-to-kursk", "--json").json()[0]
    assert first["quote"].startswith("Je peux confirmer que ") and first["speaker"] == "rutte"
    clashes = {c["quote"]: c["speaker"] for c in run("cite", "first-nk-ukraine-clashes", "--json").json()}
    assert (
        clashes["Certaines de ces troupes ont déjà pris part aux hostilités contre l’armée ukrainienne"] == "zelensky"
    )
