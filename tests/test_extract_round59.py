"""Round 59 (issue 16, date precision on news pages; helper round59): four shapes of a page whose dates date no fact
of its story, each read as one over the 40 sets. A timetable's weekdays without a day's number (« reçoit le mardi de
14h à 16h », « visites guidées le premier dimanche du mois », « du lundi au jeudi à 19h »); another article's title
and its day in brackets closing its line (« Pyongyang inaugure un musée consacré à ses soldats (29/10/2025) »), as
sites list their other articles without a heading, and a page's breadcrumb (« Accueil › Numéros › Juin 2025 ›
International »); a sentence or a note that sends the reader to another text
(« Voir l'article du Monde du 7 février. », « (1) Voir notre numéro 185, automne 2024. »); a weather box (« Météo :
24° à Sion ce jeudi »). Made-up sentences, never the held-out ones; each positive case fails before the change, its
near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.linkedtitles import breadcrumbs, linked_titles
from koursk_cli.extract.readerservice import forecasts_the_weather, schedules
from koursk_cli.extract.sentencestamps import refers_to_another_text
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a timetable's weekdays, in a sentence told in no past tense: no day at all
        ("L'enseignante reçoit les étudiants sur rendez-vous le mardi de 14h à 16h.", "2026-08-28", []),
        ("Visites guidées le samedi à 14 h 30, sur réservation.", "2026-10-01", []),
        ("Entrée libre. Visites commentées le premier dimanche du mois.", "2025-09-24", []),
        ("Notre débat est diffusé du lundi au jeudi à 19h sur la chaîne.", "2025-02-14", []),
        # near miss: told in the past, a run of weekdays is the story's days (and, since round 97, the span apposed
        # to it is that run, no longer counted back from the page as well)
        (
            "Au moins 200 soldats ont été tués ou blessés en trois jours, du samedi au lundi.",
            "2024-12-18",
            ["2024-12-14/2024-12-16"],
        ),
        # near miss: a weekday with its day's number is a day
        ("Le sommet s'est ouvert le mardi 3 juin à 10 h à Bruxelles.", "2025-06-05", ["2025-06-03"]),
    ],
)
def test_a_timetable_s_weekdays_date_nothing(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # another article's title and its day in brackets, below the story, closing its line
        (
            "Le NIS a révisé son bilan jeudi.\n\nPyongyang inaugure un musée consacré à ses soldats (29/10/2025)",
            "2025-11-03",
            ["2025-10-30"],
        ),
        # … or before the next title on the same line
        (
            "Le NIS a révisé son bilan jeudi.\n\nSommet de l'Otan à Washington (10.07.2024) · Élargissement (15.12.2023)",
            "2024-11-01",
            ["2024-10-31"],
        ),
        # near miss: a sentence of the text ends with its full stop, its date in brackets stays a date
        (
            "Le NIS a révisé son bilan le 30 octobre (30/10/2025).",
            "2025-11-03",
            ["2025-10-30"],
        ),
    ],
)
def test_another_article_s_dated_title_dates_nothing(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a breadcrumb: the page's place in its site, its issue's month
        (
            "Accueil › Numéros › Juin 2025 › International\n\nLe NIS a révisé son bilan jeudi.",
            "2025-06-03",
            ["2025-05-29"],
        ),
        (
            "Saison 2025-2026 › Théâtre\n\nLa pièce a été créée le 14 novembre 2025 à Caen.",
            "2026-01-20",
            ["2025-11-14"],
        ),
        # … and another article's title under « Découvrez aussi », alone on its line
        (
            "Le NIS a révisé son bilan jeudi.\n\nDécouvrez aussi\nNoël 2025 : 10 idées de cadeaux pour toute la famille",
            "2025-12-24",
            ["2025-12-18"],
        ),
        # near miss: a related link's bullet « › » opens a line of the text's own sentence, its date stays
        ("› Le 28 avril, Pyongyang a reconnu l'envoi de ses troupes en Russie.", "2025-05-02", ["2025-04-28"]),
    ],
)
def test_a_breadcrumb_and_a_related_title_date_nothing(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a reference to another text: its day is that text's
        ("Voir l'article du Monde du 7 février.", "2025-02-14", []),
        ("(1) Voir notre numéro 185, automne 2024.", "2025-12-15", []),
        ("(2) Voir « Koursk, l'hiver des Nord-Coréens », Études, mars 2025, p. 23.", "2025-06-03", []),
        ("[1] Voir aussi la note n° 21 (mars 2025).", "2026-01-12", []),
        # near miss: « Voir » opening a verb's subject is no reference
        (
            "« Voir ces jeunes partir au front depuis octobre, ça me brise le cœur », confie-t-elle.",
            "2025-06-19",
            ["2024-10", "2024-10/2025-06-19"],
        ),
        # a weather box: its days are the forecast's
        ("Météo : 24° à Sion ce jeudi", "2025-06-04", []),
        ("La suite du journal à 8h, avec la météo : jusqu'à 7 degrés cet après-midi.", "2025-02-12", []),
        # near miss: a bulletin without a temperature may be news
        (
            "Météo : jusqu'à 15 cm de neige sont tombés dans les Alpes samedi.",
            "2024-11-04",
            ["2024-11-02"],
        ),
    ],
)
def test_a_reference_and_a_forecast_date_nothing(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    "sentence",
    [
        "Le vote a eu lieu le premier dimanche de mars.",  # of a named month: one day, not a habit
        "Le vote a eu lieu le dimanche 2 mars à 8 h.",  # a weekday with its day's number: a day
        "Les combats ont repris le samedi à 5 h du matin.",  # told in the past: that Saturday
    ],
)
def test_a_day_of_a_story_is_no_timetable(sentence: str) -> None:
    assert schedules(sentence) == []


def test_the_new_patterns_read_long_runs_in_linear_time() -> None:
    assert _growth(lambda n: schedules("du lundi" + " " * n + "au mardi"), 4000) < 8
    assert _growth(lambda n: schedules("le mardi de" + " " * n + "14h"), 4000) < 8
    assert _growth(lambda n: schedules("le premier" + " " * n + "dimanche du mois"), 4000) < 8
    assert _growth(lambda n: linked_titles("Titre (12/12/2024)" + " " * n + "x"), 4000) < 8
    assert _growth(lambda n: linked_titles("(1" * n), 2000) < 8
    assert _growth(lambda n: refers_to_another_text("(1)" + " " * n + "Voir"), 4000) < 8
    assert _growth(lambda n: forecasts_the_weather("météo :" * n), 2000) < 8
    assert _growth(lambda n: breadcrumbs("Accueil ›" * n), 2000) < 8
    assert _growth(lambda n: forecasts_the_weather("météo :" + "1 " * n), 2000) < 8
