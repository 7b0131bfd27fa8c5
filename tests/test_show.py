"""`koursk show ID`: one event or claim in full, with every quote and how its date was derived."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.stores import StoreBuilder


def test_show_event_json_has_dates_basis_and_quotes() -> None:
    result = run("show", "rutte-confirms-deployment", "--json")
    assert result.exit_code == 0
    event = result.json()
    assert event["date"] == "2024-10-28"
    assert "28 octobre" in event["date_basis"]
    assert event["status"] == "confirmed"
    assert "Je peux confirmer" in event["evidence"][0]["quote"]


def test_show_event_plain_lists_every_source_and_quote(tmp_path: Path) -> None:
    quotes = {"alpha": "La guerre a commencé en février 2022", "beta": "depuis 2022", "gamma": "la guerre de 2022"}
    builder = StoreBuilder()
    for source, published in (("alpha", "2024-10-28"), ("beta", "2024-11-08"), ("gamma", "2025-02-10")):
        builder.source(source, published)
    root = builder.event("war-begins", "2022-02", "War begins", *quotes.items()).write(tmp_path)
    result = run("--data", str(root), "show", "war-begins")
    assert result.exit_code == 0
    assert result.stdout.count("quote: «") == 3
    for source, quote in quotes.items():
        assert f"{source}" in result.stdout and quote in result.stdout
    assert "basis: test fixture" in result.stdout


def test_show_event_on_a_terminal() -> None:
    result = run("show", "umerov-announces-first-clashes", tty=True, width=80)
    assert "Oumierov" in result.stdout
    assert "trois jours" in result.stdout


def test_show_claim_json_contract() -> None:
    result = run("show", "zelensky-11000-in-kursk", "--json")
    assert result.exit_code == 0, result.stderr
    claim = result.json()
    for key in (
        "id",
        "topic",
        "measure",
        "value",
        "value_kind",
        "unit",
        "as_of",
        "asserted_by",
        "source",
        "quote",
        "status",
    ):
        assert key in claim
    assert (claim["topic"], claim["measure"], claim["value"], claim["source"]) == ("troops", "in-kursk", 11000, "cnn")
    assert claim["asserted_by"] == ["zelensky"]


def test_unknown_id_exits_2_with_the_closest() -> None:
    result = run("show", "rutte-confirm-deployment")
    assert result.exit_code == 2
    assert "did you mean 'rutte-confirms-deployment'" in result.stderr
