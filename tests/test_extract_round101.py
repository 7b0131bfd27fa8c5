"""Round 101 (issue 16, false dates: a rough count « après » a thing, after the time the sentence tells): « a annoncé
samedi …, près de huit mois après le début des travaux, le 3 septembre 2024 », « sont arrivés mi-mars, quelques jours
après la fermeture de la frontière » say how long after the thing that time was; the fact is dated by the time told
(relativedates.py `_dated_before`). Made-up sentences, none copied from a benchmark page; each positive case fails
before the round, its near misses pass both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- the time told before the count dates the fact ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "told", "counted"),
    [
        # a weekday of the main clause, the thing's day given after it: was 2025-05, eight months from September
        (
            "Le ministre a inauguré samedi le nouveau pont de Tchernihiv, près de huit mois après le début des"
            " travaux, le 3 septembre 2024.",
            "2025-05-20",
            "2025-05-17",
            "2025-05",
        ),
        # a third of a month: was a few days after 8 March, a time the text does not give
        (
            "Les premiers réfugiés sont arrivés à Lyon mi-mars, quelques jours après la fermeture de la frontière, le"
            " 8 mars.",
            "2025-04-20",
            "2025-03-11~/2025-03-20~",
            "2025-03-10/2025-03-15",
        ),
        # « après que »: the clause it opens was counted back from Thursday
        (
            "Le gouvernement a répondu jeudi, moins de deux semaines après que l'opposition a déposé sa motion, le 2"
            " mars.",
            "2025-03-14",
            "2025-03-13",
            "2025-02-27/2025-03-13",
        ),
    ],
)
def test_a_rough_count_after_the_time_told_dates_nothing_of_its_own(
    tmp_path: Path, text: str, published: str, told: str, counted: str
) -> None:
    dates = drafted_dates(tmp_path, text, published)
    assert told in dates
    assert counted not in dates
    assert len([d for d in dates if d != told]) <= 1  # the thing's own day, when the text gives it


def test_a_participle_clause_the_count_goes_on_tells_the_time(tmp_path: Path) -> None:
    # was 2025-05-16/2025-05-30, a few weeks after 2 May
    text = (
        "Rentrée au pays fin mai, quelques semaines après la fin des combats, le 2 mai, l'infirmière a retrouvé son"
        " village."
    )
    assert drafted_dates(tmp_path, text, "2025-07-20") == ["2025-05-02", "2025-05-21~/2025-05-31"]


# --- near misses: readings from before the round ---------------------------------------------------------------------


def test_an_exact_count_keeps_the_things_day(tmp_path: Path) -> None:
    # near miss (`rough`): « deux jours après l'annonce » is the announcement's day, counted back from Monday
    text = "La Corée du Nord a confirmé lundi la présence de ses troupes, deux jours après l'annonce de Moscou."
    assert "2025-03-08" in drafted_dates(tmp_path, text, "2025-03-10")


def test_hours_keep_their_reading(tmp_path: Path) -> None:
    # near miss (hours): « quelques heures après que » reaches the day before or the day itself
    text = (
        "Le Kremlin a annoncé mercredi la prise du village, quelques heures après que le président s'est rendu mardi"
        " soir sur le front."
    )
    assert "2025-03-11/2025-03-12" in drafted_dates(tmp_path, text, "2025-03-13")


def test_a_span_keeps_its_reading(tmp_path: Path) -> None:
    # near miss (`_A_SPAN_BEFORE`): « en moins de trois mois après celle du 21 mars » is a span, up to the visit
    text = (
        "Le ministre a rencontré son homologue mercredi, sa deuxième visite en moins de trois mois après celle du 21"
        " mars."
    )
    assert "2025-03-21/2025-06-21" in drafted_dates(tmp_path, text, "2025-06-19")


def test_a_count_that_names_no_thing_is_counted_from_the_day(tmp_path: Path) -> None:
    # near miss (the clause ends right after « après »): a few days after 3 May
    text = "Les troupes sont entrées dans la ville le 3 mai, et quelques jours après, les combats ont cessé."
    assert "2025-05-05/2025-05-10" in drafted_dates(tmp_path, text, "2025-06-19")


def test_a_side_clause_set_apart_tells_no_time_of_the_count(tmp_path: Path) -> None:
    # near miss (side clause): « inauguré fin juin » is the bridge's, not the closing's: a few weeks after 2 July
    text = "Le pont, inauguré fin juin, a été fermé quelques semaines après l'ouverture de la ligne, le 2 juillet."
    assert "2025-07-16/2025-07-30" in drafted_dates(tmp_path, text, "2025-09-19")


def test_a_count_before_any_time_told_keeps_its_reading(tmp_path: Path) -> None:
    # near miss (no time told before it): eight months after 3 September 2024
    text = "Près de huit mois après le début des travaux, le 3 septembre 2024, le pont reste fermé."
    assert "2025-05" in drafted_dates(tmp_path, text, "2025-09-19")
