"""Round 105 (issue 16, times counted back; helper round105): « il y a plus de cinq mois », « depuis plus de quinze
mois » are a little over the count, as « près de » is a little under (it was read as up to half as much again, five to
seven and a half months); a day named with its month beside a time counted back (« il y a un mois, le 18 octobre »)
names it even with no year, as a day with its year did since round 21. Made-up sentences, none copied from a benchmark
page; each positive case fails before the round, its near misses pass both times or name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

# --- « plus de N mois / ans » counted back ----------------------------------------------------------------------------


def test_more_than_some_months_ago_is_that_month(tmp_path: Path) -> None:
    text = "Le barrage avait cédé il y a plus de cinq mois au nord de la vallée."
    assert drafted_dates(tmp_path, text, "2025-03-20") == ["2024-10"]


def test_more_than_some_months_since_starts_that_month(tmp_path: Path) -> None:
    text = "Les deux pêcheurs sont retenus au port depuis plus de quinze mois."
    assert drafted_dates(tmp_path, text, "2026-06-25") == ["2025-03~", "2025-03~/2026-06-25"]


def test_more_than_some_weeks_ago_keeps_its_reach(tmp_path: Path) -> None:
    # near miss: days and weeks keep half as much again (only months and years take the quarter's slack)
    text = "Le maire a signé l'arrêté il y a plus de trois semaines."
    assert drafted_dates(tmp_path, text, "2025-10-10") == ["2025-09-08/2025-09-19"]


def test_more_than_some_decades_ago_keeps_its_years(tmp_path: Path) -> None:
    # near miss: a count of years in tens keeps its reach, read to the year (the decades guard)
    text = "Le pont a été construit il y a plus de soixante-dix ans."
    assert drafted_dates(tmp_path, text, "2025-10-10") == ["1920/1955"]


# --- a day with its month and no year beside a time counted back -----------------------------------------------------


def test_a_day_beside_a_month_ago_names_it(tmp_path: Path) -> None:
    text = "Il y a un mois, le 12 mai, la mairie annonçait la fermeture du pont."
    assert drafted_dates(tmp_path, text, "2025-06-14") == ["2025-05-12"]


def test_a_day_beside_a_month_ago_after_a_few_words_names_it(tmp_path: Path) -> None:
    text = "Il y a un mois à peine, le 2 mai, la préfète inaugurait la passerelle."
    assert drafted_dates(tmp_path, text, "2025-06-03") == ["2025-05-02"]


def test_a_day_just_after_a_year_ago_names_it(tmp_path: Path) -> None:
    # the count read as March 2024, the day in April: within the count's width after it
    text = "Les deux marins ont disparu il y a près d'un an, le 4 avril, au large du cap."
    assert drafted_dates(tmp_path, text, "2025-03-28") == ["2024-04-04"]


def test_a_weekday_beside_a_time_ago_is_no_day_of_a_month(tmp_path: Path) -> None:
    # near miss: a bare weekday names no day of a month (`_DAY_OF_A_MONTH`): both readings stay
    text = "Il y a deux semaines, mardi, le maire a présenté le budget."
    assert drafted_dates(tmp_path, text, "2025-04-10") == ["2025-03-27~", "2025-04-08"]
