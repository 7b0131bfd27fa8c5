"""Round 84 (issue 16, anchored and relative dates; helper round84): the shapes sealed40 to sealed54 exposed. A weekly's
page over a wire story of the week before (« SÉOUL, 24 octobre 2025 (AFP) - … a assisté jeudi » on a page of 30 October)
counted its weekdays from the page, a week late: a dateline up to six days before the page is the day they count from. «
à partir de samedi », « dès lundi » in a clause that tells nothing done (« expose à partir de samedi ses images ») were
read as the Saturday before: a start still to come is the coming one, even where a relative clause after it tells a past
fact. « Kim Jong Un, arrivé mardi …, devait rencontrer … » read « Un » as an article, so « arrivé » opened no apposition
and the future of the main clause dated Tuesday a week ahead; « Projeté en avant-première mardi soir » read the
participle « projeté » as « projette » (plans). « il y a un peu plus d'un an » was read as the year's own month: it is
that month or the one before; « il y a moins de deux semaines » as one to two weeks back: it is any time from then up to
the publication. A future after an elided pronoun (« une visite qui s'achèvera samedi », « n'examinera … que vendredi »)
was no future. « ces jours-ci » was no date: it is the page's present, as « désormais » (lexicon.toml
`present_adverbs`); « Invitée de la matinale ce jeudi » was an edition's day: a guest's appearance is a fact. Made-up
pages, never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- a weekly's page over a dispatch of the week before ----------------------------------------------------------------

_DISPATCH = (
    "PYONGYANG, 14 novembre 2025 (AFP) - Le dirigeant nord-coréen a inauguré mercredi un monument aux soldats tombés "
    "dans la région de Koursk, a annoncé vendredi l'agence officielle KCNA."
)


def test_a_weekday_in_a_dispatch_five_days_before_the_page_counts_from_the_dateline(tmp_path: Path) -> None:
    dates = drafted_dates(tmp_path, _DISPATCH, "2025-11-19")  # a Wednesday's page over a Friday's dispatch
    assert "2025-11-12" in dates
    assert "2025-11-14" in dates
    assert "2025-11-19" not in dates  # not the page's day, a week after the dispatch's Wednesday


def test_a_weekday_in_a_dispatch_six_days_before_the_page_counts_from_the_dateline(tmp_path: Path) -> None:
    dates = drafted_dates(tmp_path, _DISPATCH, "2025-11-20")  # a Thursday's page
    assert "2025-11-12" in dates
    assert "2025-11-19" not in dates


def test_a_dispatch_more_than_six_days_old_still_counts_from_the_page(tmp_path: Path) -> None:
    # near miss: a dateline a week or more before the page is a quoted story, not a reprint
    dates = drafted_dates(tmp_path, _DISPATCH, "2025-11-24")  # a Monday, ten days on
    assert "2025-11-19" in dates
    assert "2025-11-12" not in dates


def test_a_dispatch_of_the_day_before_still_counts_from_the_dateline(tmp_path: Path) -> None:
    # near miss: what round 44 read stays
    dates = drafted_dates(tmp_path, _DISPATCH, "2025-11-15")
    assert "2025-11-12" in dates


# --- « à partir de samedi », « dès lundi »: a start still to come ------------------------------------------------------


def test_a_partir_de_a_weekday_in_the_present_is_the_coming_one(tmp_path: Path) -> None:
    text = "Une galerie de Lille montre à partir de samedi des clichés de soldats nord-coréens à Koursk."
    dates = drafted_dates(tmp_path, text, "2025-10-15")  # a Wednesday
    assert "2025-10-18" in dates
    assert "2025-10-11" not in dates
    assert "2025-10-11/2025-10-15" not in dates  # no period runs from a start still ahead


def test_a_start_to_come_before_a_relative_clause_that_tells_the_past(tmp_path: Path) -> None:
    text = (
        "Le musée accueille à partir de samedi les carnets d'une région où des soldats nord-coréens ont combattu "
        "l'hiver dernier."
    )
    dates = drafted_dates(tmp_path, text, "2025-10-15")
    assert "2025-10-18" in dates
    assert "2025-10-11" not in dates


def test_des_a_weekday_in_the_present_is_the_coming_one(tmp_path: Path) -> None:
    text = "Les nouvelles sanctions contre Pyongyang s'appliquent dès lundi aux entreprises suisses."
    dates = drafted_dates(tmp_path, text, "2025-12-10")  # a Wednesday
    assert "2025-12-15" in dates
    assert "2025-12-08" not in dates


def test_a_partir_de_a_weekday_in_a_past_clause_stays_the_one_before(tmp_path: Path) -> None:
    # near miss: the clause tells what was done
    text = "À partir de lundi, les troupes nord-coréennes ont reculé vers la frontière, selon Kiev."
    dates = drafted_dates(tmp_path, text, "2025-12-10")
    assert "2025-12-08" in dates
    assert "2025-12-15" not in dates


def test_depuis_a_weekday_stays_a_period_that_runs_on(tmp_path: Path) -> None:
    # near miss: « depuis » is no start to come
    text = "Les frappes de drones se poursuivent depuis lundi dans la région de Koursk."
    dates = drafted_dates(tmp_path, text, "2025-12-10")
    assert "2025-12-08/2025-12-10" in dates
    assert "2025-12-15" not in dates


# --- a participle told as done before a weekday ------------------------------------------------------------------------


def test_a_participle_after_a_name_ending_in_un_is_an_apposition_told_as_done(tmp_path: Path) -> None:
    text = (
        "Kim Jong Un, arrivé mardi à Vladivostok à bord de son train blindé, devait rencontrer Vladimir Poutine "
        "vendredi."
    )
    dates = drafted_dates(tmp_path, text, "2025-09-11")  # a Thursday
    assert "2025-09-09" in dates
    assert "2025-09-16" not in dates


def test_the_future_of_the_main_clause_still_dates_its_own_weekday(tmp_path: Path) -> None:
    # near miss: the main clause's « devait rencontrer … vendredi » is still to come
    text = "Kim Jong Un, arrivé mardi à Vladivostok, devait rencontrer Vladimir Poutine vendredi."
    dates = drafted_dates(tmp_path, text, "2025-09-11")
    assert "2025-09-12" in dates


def test_projete_a_past_participle_is_no_plan(tmp_path: Path) -> None:
    text = (
        "Projeté en avant-première mardi soir dans un cinéma de Lyon, le documentaire suit des soldats nord-coréens "
        "capturés à Koursk."
    )
    dates = drafted_dates(tmp_path, text, "2026-03-06")  # a Friday
    assert "2026-03-03" in dates
    assert "2026-03-10" not in dates


def test_projette_de_still_plans(tmp_path: Path) -> None:
    # near miss: « projette de » speaks of the future
    text = "Pyongyang projette d'envoyer mardi une nouvelle délégation militaire à Moscou."
    dates = drafted_dates(tmp_path, text, "2026-03-06")
    assert "2026-03-10" in dates
    assert "2026-03-03" not in dates


# --- « il y a un peu plus d'un an » ------------------------------------------------------------------------------------


def test_a_little_over_a_year_ago_is_that_month_or_the_one_before(tmp_path: Path) -> None:
    text = "Il y a un peu plus d'un an, les premiers soldats nord-coréens arrivaient dans la région de Koursk."
    dates = drafted_dates(tmp_path, text, "2025-11-13")
    assert dates == ["2024-10/2024-11"]


@pytest.mark.parametrize("said", ["Il y a un an", "Il y a plus d'un an", "Il y a près d'un an"])
def test_a_year_ago_and_over_a_year_ago_stay_the_same_month(tmp_path: Path, said: str) -> None:
    # near misses: the rounded year of round 11 stays
    text = f"{said}, les premiers soldats nord-coréens arrivaient dans la région de Koursk."
    assert drafted_dates(tmp_path, text, "2025-11-13") == ["2024-11"]


# --- « il y a moins de deux semaines »: up to the publication ---------------------------------------------------------


def test_less_than_two_weeks_ago_runs_up_to_the_publication(tmp_path: Path) -> None:
    text = "Il y a moins de deux semaines, Pyongyang annonçait l'envoi de nouveaux soldats en Russie."
    dates = drafted_dates(tmp_path, text, "2025-05-09")
    assert dates == ["2025-04-25/2025-05-09"]


def test_less_than_a_month_ago_is_a_calendar_month_to_the_day(tmp_path: Path) -> None:
    text = "Le renseignement sud-coréen faisait état de 300 soldats nord-coréens tués il y a moins d'un mois."
    dates = drafted_dates(tmp_path, text, "2025-01-13")
    assert "2024-12-13/2025-01-13" in dates


@pytest.mark.parametrize("said", ["Il y a un peu moins de deux semaines", "Il y a près de deux semaines"])
def test_nearly_two_weeks_ago_keeps_its_reach(tmp_path: Path, said: str) -> None:
    # near misses: « un peu moins de », « près de » say nearly so long, not any time since
    text = f"{said}, Pyongyang annonçait l'envoi de nouveaux soldats en Russie."
    assert "2025-04-25/2025-05-09" not in drafted_dates(tmp_path, text, "2025-05-09")


# --- a future after an elided pronoun ---------------------------------------------------------------------------------


def test_a_future_after_s_apostrophe_dates_a_coming_weekday(tmp_path: Path) -> None:
    text = "Le ministre russe est arrivé lundi à Pyongyang pour une visite de quatre jours qui s'achèvera jeudi."
    dates = drafted_dates(tmp_path, text, "2025-10-14")  # a Tuesday
    assert "2025-10-16" in dates
    assert "2025-10-09" not in dates
    assert "2025-10-13" in dates  # « arrivé lundi »: the Monday before, as it was


def test_a_future_after_n_apostrophe_dates_a_coming_weekday(tmp_path: Path) -> None:
    text = "Le Parlement de Pyongyang n'examinera le traité avec la Russie que vendredi."
    dates = drafted_dates(tmp_path, text, "2025-10-14")
    assert "2025-10-17" in dates
    assert "2025-10-10" not in dates


def test_a_past_after_s_apostrophe_stays_the_weekday_before(tmp_path: Path) -> None:
    # near miss: « s'est achevée » tells it done
    text = "Le ministre russe est arrivé lundi à Pyongyang pour une visite de quatre jours qui s'est achevée jeudi."
    dates = drafted_dates(tmp_path, text, "2025-10-18")  # a Saturday
    assert "2025-10-16" in dates
    assert "2025-10-23" not in dates


# --- « ces jours-ci »: the page's present -----------------------------------------------------------------------------


def test_ces_jours_ci_in_the_present_is_the_publication(tmp_path: Path) -> None:
    text = (
        "Les diplomates de Séoul suivent ces jours-ci de près le sort des prisonniers nord-coréens détenus en Ukraine."
    )
    assert drafted_dates(tmp_path, text, "2026-02-04") == ["2026-02-04"]


def test_ces_jours_ci_after_a_verb_in_the_imperfect_dates_nothing_of_its_own(tmp_path: Path) -> None:
    # near miss: as « désormais », after « se trouvaient » it is the statement's time, dated by « lundi »
    text = "Le NIS a affirmé lundi que les soldats nord-coréens se trouvaient ces jours-ci près de Soudja."
    assert drafted_dates(tmp_path, text, "2026-02-04") == ["2026-02-02"]


# --- a guest of a broadcast ----------------------------------------------------------------------------------------------


def test_a_guest_of_the_morning_show_is_dated_by_its_day(tmp_path: Path) -> None:
    text = (
        "Invitée de la matinale ce jeudi, une chercheuse de l'université de Lille est revenue sur l'envoi de soldats "
        "nord-coréens en Russie."
    )
    assert drafted_dates(tmp_path, text, "2025-11-06") == ["2025-11-06"]


def test_the_morning_show_s_own_day_still_names_the_edition(tmp_path: Path) -> None:
    # near miss: the heading names the edition, not a fact
    text = "La matinale de ce jeudi : une chercheuse revient sur l'envoi de soldats nord-coréens en Russie."
    assert "2025-11-06" not in drafted_dates(tmp_path, text, "2025-11-06")
