"""`koursk show ID`: one event or claim in full, with every quote and how its date was derived."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.stores import StoreBuilder


def _one_of_each(tmp_path: Path) -> Path:
    """An event and a claim, each with what `show` must print of it."""
    return (
        StoreBuilder()
        .source("alpha", "2024-11-08", outlet="CNN")
        .entity("zelensky", "person", "Volodymyr Zelensky", "Zelensky")
        .entity("kursk-oblast", "place", "Kursk Oblast", "Koursk")
        .event(
            "umerov-announces-clashes",
            "2024-11-05",
            "Umerov announces the first clashes",
            ("alpha", "Les premiers combats ont eu lieu il y a trois jours, selon Oumierov"),
            places=("kursk-oblast",),
        )
        .claim("zelensky-11000", "alpha", 11000, "2024-11-08", asserted_by=("zelensky",), measure="in-kursk")
        .write(tmp_path)
    )


def test_show_event_json_has_dates_basis_and_quotes(tmp_path: Path) -> None:
    result = run("--data", str(_one_of_each(tmp_path)), "show", "umerov-announces-clashes", "--json")
    assert result.exit_code == 0, result.stderr
    event = result.json()
    assert (event["date"], event["start"], event["end"]) == ("2024-11-05", "2024-11-05", "2024-11-05")
    assert event["date_basis"] == "test fixture"
    assert event["status"] == "confirmed"
    assert event["evidence"] == [
        {
            "source": "alpha",
            "quote": "Les premiers combats ont eu lieu il y a trois jours, selon Oumierov",
            "speaker": None,
        }
    ]


def test_every_shipped_event_shows_what_the_listing_says() -> None:
    """An invariant of the shipped store, whatever a curator adds: `show` and `events` agree on every event."""
    for listed in run("events", "--json").json():
        shown = run("show", listed["id"], "--json").json()
        assert {key: shown[key] for key in listed} == listed, listed["id"]


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


def test_show_event_on_a_terminal(tmp_path: Path) -> None:
    result = run("--data", str(_one_of_each(tmp_path)), "show", "umerov-announces-clashes", tty=True, width=80)
    assert result.exit_code == 0, result.stderr
    assert "Umerov announces the first clashes" in result.stdout
    assert "il y a trois jours, selon Oumierov" in " ".join(result.stdout.split())  # the quote, however folded


def test_show_claim_json_contract(tmp_path: Path) -> None:
    result = run("--data", str(_one_of_each(tmp_path)), "show", "zelensky-11000", "--json")
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
    assert (claim["topic"], claim["measure"], claim["value"], claim["source"]) == ("troops", "in-kursk", 11000, "alpha")
    assert claim["asserted_by"] == ["zelensky"]


def test_unknown_id_exits_2_with_the_closest(tmp_path: Path) -> None:
    result = run("--data", str(_one_of_each(tmp_path)), "show", "umerov-announce-clashes")
    assert result.exit_code == 2
    assert "did you mean 'umerov-announces-clashes'" in result.stderr


def test_show_on_a_narrow_terminal_keeps_every_value(tmp_path: Path) -> None:
    """Two columns at 12 columns left the values no room at all: labels printed, values gone (rev14 L1)."""
    store = str(_one_of_each(tmp_path))
    result = run("--data", store, "show", "alpha", tty=True, width=12)
    assert result.exit_code == 0, result.stderr
    text = "".join(result.stdout.split())
    assert "published" in text
    assert "CNN" in text
    assert "2024-11-08" in text or "8Nov2024" in text
