"""`koursk show ID`: one event or claim in full, with every quote and how its date was derived."""

from __future__ import annotations

from tests.conftest import run


def test_show_event_json_has_dates_basis_and_quotes() -> None:
    result = run("show", "rutte-confirms-deployment", "--json")
    assert result.exit_code == 0
    event = result.json()
    assert event["date"] == "2024-10-28"
    assert "28 octobre" in event["date_basis"]
    assert event["status"] == "confirmed"
    assert "Je peux confirmer" in event["evidence"][0]["quote"]


def test_show_event_plain_lists_every_source_and_quote() -> None:
    result = run("show", "full-scale-invasion")
    assert result.exit_code == 0
    assert result.stdout.count("quote: «") >= 3
    assert "basis:" in result.stdout


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
