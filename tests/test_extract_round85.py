"""Round 85 (issue 16, futures and spans; helper round85): the shapes sealed40 to sealed54 exposed. A day named by its
number after « jusqu'au », still ahead of the page (« valable jusqu'au 31 décembre », « se poursuit jusqu'au 4
avril »), was read as the span from the publication up to it, where every set's truth dates the day itself; a weekday
after « jusqu'à » (« jusqu'à vendredi ») keeps the days up to it. « les prochaines semaines » read a month, short of
the later truths' end of the next month. « a attendu fin mai », « a projeté un graphique : entre novembre et
janvier, … ont lancé » were read as futures (« attendu », « projeté » look ahead only without « avoir »); « organisera
un grand défilé début septembre » as the September before (« défilé » after « grand » taken for a participle opening a
clause of its own); « nous saurons » and « s'attend à » were no futures at all (the first plural was not among the
future's endings, and the apostrophe kept « attend » from matching); « pour le printemps », « pour l'été » were no
dates; « jusqu'à la fin de l'année » ahead was October to December. Made-up pages, never the held-out ones; each positive case fails before the change, its near misses pass both
times."""

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


# --- « les prochaines semaines »: six weeks ---------------------------------------------------------------------------


def test_the_coming_weeks_reach_six_weeks(tmp_path: Path) -> None:
    # up to the end of the next month from a page of a month's second half, still within half as much again as a month
    text = "Séoul attend de nouveaux convois dans les prochaines semaines."
    assert drafted_dates(tmp_path, text, "2024-12-23") == ["2024-12-23/2025-02-03"]


def test_a_count_of_coming_weeks_keeps_its_count(tmp_path: Path) -> None:
    # near miss: the text gives the count
    text = "Séoul attend de nouveaux convois dans les trois prochaines semaines."
    assert drafted_dates(tmp_path, text, "2024-12-23") == ["2024-12-23/2025-01-13"]


# --- « a attendu », « a projeté »: a thing done, not a thing expected -------------------------------------------------


def test_attendu_after_avoir_tells_the_past(tmp_path: Path) -> None:
    text = "Le Kremlin a attendu fin mai pour admettre l'arrivée de renforts nord-coréens à Belgorod."
    assert drafted_dates(tmp_path, text, "2025-11-23") == ["2025-05-21~/2025-05-31"]


def test_projete_after_avoir_tells_the_past(tmp_path: Path) -> None:
    text = (
        "L'analyste a projeté un graphique : entre novembre et janvier, les bataillons nord-coréens ont lancé des "
        "offensives vers Korenevo."
    )
    assert drafted_dates(tmp_path, text, "2025-10-20") == ["2024-11/2025-01"]


def test_attendus_after_etre_still_looks_ahead(tmp_path: Path) -> None:
    # near miss: « sont attendus » expects a thing to come
    text = "Les premiers démineurs sont attendus fin avril à Koursk."
    assert drafted_dates(tmp_path, text, "2025-10-23") == ["2026-04-21~/2026-04-30"]


# --- « un grand défilé »: a noun after its adjective, not a participle --------------------------------------------------


def test_a_noun_in_e_after_a_prenominal_adjective_leaves_the_future_to_its_date(tmp_path: Path) -> None:
    text = "Moscou organisera un grand défilé militaire début septembre pour l'anniversaire de la victoire."
    assert drafted_dates(tmp_path, text, "2025-05-12") == ["2025-09-01/2025-09-10~"]


def test_a_participle_after_its_noun_still_opens_its_clause(tmp_path: Path) -> None:
    # near miss: « le grand défilé organisé début septembre a réuni »: a thing done
    text = "Le grand défilé organisé début septembre a réuni des soldats nord-coréens."
    assert drafted_dates(tmp_path, text, "2025-10-12") == ["2025-09-01/2025-09-10~"]


# --- « nous saurons »: the first plural of the future ------------------------------------------------------------------


def test_the_first_plural_of_the_future_looks_ahead(tmp_path: Path) -> None:
    text = "« Dès l'été, nous saurons si Pyongyang honore l'accord », juge une diplomate en poste à Vienne."
    assert "2026-06/2026-08" in drafted_dates(tmp_path, text, "2025-11-12")


def test_the_first_plural_of_the_present_or_the_past_does_not(tmp_path: Path) -> None:
    # near misses: « nous avons vu », and a noun in -rons (« les escadrons »), are no futures
    text = "« Au printemps, nous avons vu passer les premiers convois », raconte un habitant."
    assert "2025-03/2025-05" in drafted_dates(tmp_path, text, "2025-11-12")
    text = "Au printemps, les escadrons nord-coréens ont quitté Koursk."
    assert "2025-03/2025-05" in drafted_dates(tmp_path, text, "2025-11-12")


# --- « s'attend à »: an expectation after its elided pronoun ----------------------------------------------------------


def test_s_attend_a_looks_ahead(tmp_path: Path) -> None:
    text = "Le renseignement sud-coréen s'attend à un nouvel envoi de troupes en février."
    assert drafted_dates(tmp_path, text, "2024-11-20") == ["2025-02"]


def test_a_past_tense_still_looks_back(tmp_path: Path) -> None:
    # near miss: told in the passé composé, the February before
    text = "Le renseignement sud-coréen a constaté un nouvel envoi de troupes en février."
    assert drafted_dates(tmp_path, text, "2024-11-20") == ["2024-02"]


# --- « pour le printemps », « pour l'été »: a time aimed at -------------------------------------------------------------


def test_a_season_after_pour_is_the_time_aimed_at(tmp_path: Path) -> None:
    text = "Une nouvelle rotation est en préparation pour le printemps, selon Séoul."
    assert drafted_dates(tmp_path, text, "2026-01-16") == ["2026-03/2026-05"]


def test_pour_l_hiver_names_a_need_and_a_season_with_its_year_keeps_it(tmp_path: Path) -> None:
    # near misses: « des vêtements chauds pour l'hiver » is no date; a year given is that year's season
    assert drafted_dates(tmp_path, "Des vêtements chauds pour l'hiver ont été collectés à Brest.", "2025-10-16") == []
    assert drafted_dates(tmp_path, "La famille a quitté Soumy pour l'été 2024.", "2025-10-16") == ["2024-06/2024-08"]


# --- « jusqu'à la fin de l'année »: up to it, as « d'ici » -----------------------------------------------------------


def test_jusqu_a_la_fin_de_l_annee_runs_from_the_publication(tmp_path: Path) -> None:
    text = "Quelque 5 000 ouvriers nord-coréens devraient rester à Koursk jusqu'à la fin de l'année, selon Séoul."
    assert drafted_dates(tmp_path, text, "2025-09-04") == ["2025-09-04/2025-12-31"]


def test_jusqu_a_la_fin_de_l_annee_told_in_the_past_keeps_the_year_s_end(tmp_path: Path) -> None:
    # near miss: told in the past, the end of the year as a part of it, as before
    text = "Les combats autour de Soudja ont duré jusqu'à la fin de l'année."
    assert drafted_dates(tmp_path, text, "2025-11-27") == ["2025-10/2025-12"]
