"""rev26 M3, L4: figures extract used to draft as values it does not hold (a range's high end after a dated opener,
the day of a date past the calendar, a float-rounded 1e20, the exponent of a power)."""

from __future__ import annotations

from typing import Any

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract.draft import build_draft
from koursk_cli.extract.draftrecords import Article
from koursk_cli.store.loader import read_store
from koursk_cli.store.workstore import default_store_root

STORE = read_store(default_store_root())


def _claims(sentence: str, published: str = "2024-11-30") -> list[dict[str, Any]]:
    article = Article(f"Titre\n\n{sentence}\n", "x.txt", "0" * 64, parse_edtf(published), "x")
    return [record.fields for record in build_draft(article, STORE).claims]


def _figures(sentence: str) -> list[tuple[Any, ...]]:
    return [(c["value"], c["value_kind"], c["value_min"], c["value_max"]) for c in _claims(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "En 2024, 10 000 à 12 000 soldats sont arrivés.",
        "Le 5 novembre 2024, 10 000 à 12 000 soldats nord-coréens sont arrivés à Koursk.",
        "Le 5 novembre 2024, 10 000-12 000 soldats sont arrivés.",
        "Le 5 novembre 2024, 10 à 12 000 soldats sont arrivés.",
        "Le 5 novembre 2024, 10 ou 12 000 soldats sont arrivés.",
        "Selon le rapport n° 5, 10 000 à 12 000 soldats sont arrivés.",  # any number, then a comma
        "Le rapport 2024, 10 000 à 12 000 soldats sont arrivés.",  # a number that is no date (read 2024–10000)
    ],
)
def test_a_range_after_a_number_and_a_comma_is_read_whole(sentence: str) -> None:
    """rev26 M3: the scan took « 2024, 10 000 » for numbers side by side, dropped it (a date's number) and never
    tried « 10 000 à 12 000 » again, so « 12 000 soldats » was drafted exact, with no TODO."""
    assert _figures(sentence) == [(None, "range", 10000, 12000)]


def test_numbers_side_by_side_make_a_range_after_a_year_too() -> None:
    assert _figures("Chaque convoi transportait 300, 400 hommes.") == [(None, "range", 300, 400)]
    assert _figures("En 2024, 10 000, 11 000 ou 12 000 soldats sont arrivés.") == [(None, "range", 10000, 12000)]


def test_a_day_past_the_calendar_is_a_date_to_write_not_a_count() -> None:
    """rev26 L4: « Le 3 novembre 9999 » drafted a claim of 3 (the day) and a range 9 999–12 000, dated « No date in
    the sentence »."""
    (claim,) = _claims("Le 3 novembre 9999, 12 000 soldats sont arrivés.", "2024-11-14")
    assert (claim["value"], claim["value_kind"]) == (12000, "exact")
    assert claim["as_of"] == "2024-11-14"
    assert claim["as_of_basis"].startswith("TODO: « Le 3 novembre 9999 » names the year 9999, which the store")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("En 2024, 99999999999999999999 soldats sont arrivés.", "99999999999999999999 soldats"),  # was 1e20
        ("En 2024, 2 000 000 000 000 000 soldats sont arrivés.", "2 000 000 000 000 000 soldats"),
        ("En 2024, 10^15 soldats sont arrivés.", "10^15 soldats"),  # was 15
        ("En 2024, 10 ** 15 soldats sont arrivés.", "10 ** 15 soldats"),
        ("En 2024, 1E+15 soldats sont arrivés.", "1E+15 soldats"),
    ],
)
def test_a_number_past_reach_is_a_todo(sentence: str, said: str) -> None:
    """rev26 L4: a number extract cannot read sanely is a TODO candidate, never a value."""
    (claim,) = _claims(sentence)
    assert (claim["value"], claim["value_min"], claim["value_max"]) == (None, None, None)
    assert said in claim["quote"]


def test_the_largest_figure_the_store_holds_is_still_read() -> None:
    assert _figures("En 2024, 1 000 000 000 000 000 soldats sont arrivés.") == [(10**15, "exact", None, None)]


def test_a_range_of_days_past_the_calendar_is_a_date_to_write() -> None:
    (claim,) = _claims("Du 3 au 5 novembre 9999, 12 000 soldats sont arrivés.", "2024-11-14")
    assert (claim["value"], claim["value_kind"]) == (12000, "exact")
    assert claim["as_of_basis"].startswith("TODO: « Du 3 au 5 novembre 9999 » names the year 9999, which the store")
