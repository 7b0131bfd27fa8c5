"""Round 85 (issue 16, futures and spans; helper round85): the shapes sealed40 to sealed54 exposed. A day named by its
number after « jusqu'au », still ahead of the page (« valable jusqu'au 31 décembre », « se poursuit jusqu'au 4
avril »), was read as the span from the publication up to it, where every set's truth dates the day itself; a weekday
after « jusqu'à » (« jusqu'à vendredi ») keeps the days up to it. Made-up pages, never the held-out ones; each positive
case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

# --- « jusqu'au » and a day still ahead, named by its number ---------------------------------------------------------


def test_a_numbered_day_ahead_after_jusqu_au_is_that_day(tmp_path: Path) -> None:
    text = "Le gel des avoirs nord-coréens décidé par Berne reste en vigueur jusqu'au 30 septembre, selon le SECO."
    dates = drafted_dates(tmp_path, text, "2025-06-11")
    assert "2025-09-30" in dates
    assert "2025-06-11/2025-09-30" not in dates


def test_a_numbered_day_with_its_year_after_jusqu_au_is_that_day(tmp_path: Path) -> None:
    text = "La convention avec l'association d'aide aux réfugiés est valable jusqu'au 31 décembre 2025."
    dates = drafted_dates(tmp_path, text, "2025-03-24")
    assert "2025-12-31" in dates
    assert "2025-03-24/2025-12-31" not in dates


def test_a_weekday_or_a_day_past_after_jusqu_a_keeps_its_reading(tmp_path: Path) -> None:
    # near misses: a weekday ahead runs from the publication up to it; a day past is a bound with no start
    text = "Les ministres de la Défense de l'OTAN sont réunis à Bruxelles jusqu'à vendredi."
    assert "2025-02-12/2025-02-14" in drafted_dates(tmp_path, text, "2025-02-12")
    text = "La trêve proclamée par Moscou a tenu jusqu'au 30 janvier, selon Kiev."
    assert "2025-01-01?/2025-01-30" in drafted_dates(tmp_path, text, "2025-03-12")
