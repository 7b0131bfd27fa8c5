"""Round 121 (issue 16; the lead's session-68 call): the day of a public event a page announces is a fact it tells,
drafted (as a forecast), where extract dropped it as the page's service from round 17 on; the page's own schedule
(a broadcast slot, a form's field, a deadline, the next issue) still dates nothing, and a feast that only names the
event (« le repas de Noël ») is no day of it. Made-up sentences, never the held-out articles'; review71's shapes
among them (benchmarks/heldout/ROUND121.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import feastdates, schedule
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

MONDAY = "2025-09-08"


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # an announced event, in a timetable's shape too: its day
        ("Conférence « Les deux Corées », samedi 13 septembre, 17 h, salle Jean-Moulin.", ["2025-09-13"]),
        ("Agenda : repas solidaire pour les réfugiés, dimanche 14 septembre, salle Pasteur, 12 €", ["2025-09-14"]),
        ("Le chercheur présentera son livre jeudi 11 septembre à 18 h 30 à la librairie du Centre.", ["2025-09-11"]),
        ("Le chœur ukrainien chantera samedi à l'église Saint-Paul, à 19 h.", ["2025-09-13"]),
        ("Une veillée aura lieu le samedi 20 septembre à 19 h, au parvis de l'église.", ["2025-09-20"]),
        # near misses: the page's own schedule, a form, a deadline, a forecast: no day
        ("Diffusion : mardi 16 septembre à 20 h 55 sur France 5.", []),
        ("Jeudi 11 septembre, 21 h 05, TF1 : la finale.", []),
        ("Le magazine revient samedi 13 septembre à 18 h 10 sur France 3 Bretagne.", []),
        ("Prochaine parution : mercredi 10 septembre.", []),
        ("Date limite : vendredi 19 septembre.", []),
        ("Votre rendez-vous est confirmé pour le jeudi 11 septembre à 10 h 15.", []),
        ("Le ciel sera dégagé mercredi à 14 h, avec 27 °C à Lyon.", []),
        # … and what the reader drops off or signs up for by a day, even at a venue or for an event (lexicon.toml
        # `readers_deadlines`)
        ("Les dossiers de candidature sont à déposer à la médiathèque jusqu'au 30 septembre.", []),
        ("Les dons sont à déposer avant le vendredi 12 septembre au 12, rue du Commerce.", []),
        ("Dépôt des objets pour la brocante : jusqu'au 30 septembre.", []),
        ("Date limite d'inscription au vide-grenier : vendredi 19 septembre.", []),
        ("Inscriptions à la médiathèque : jusqu'au vendredi 19 septembre.", []),
        # … and a grid's slot, whatever hall it names (review72)
        ("Lun. 15 septembre : 14 h, 20 h 30, salle 2.", []),
        ("Ven. 12 septembre : 16 h 30, 20 h 45 (salle Jean-Renoir)", []),
    ],
)
def test_an_announced_event_is_dated_and_the_page_s_schedule_is_not(
    tmp_path: Path, sentence: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, MONDAY) == dates


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # a feast after « de » names the announced event, not its day
        (
            "Le repas de Noël des aînés, organisé par le CCAS, aura lieu le dimanche 14 décembre à la salle polyvalente.",
            "2025-11-20",
            ["2025-12-14"],
        ),
        ("Le concert de Noël de la chorale aura lieu à l'église, entrée libre.", "2025-11-20", []),
        (
            "Le loto de la Toussaint se tiendra dimanche 26 octobre à la salle polyvalente.",
            "2025-10-10",
            ["2025-10-26"],
        ),
        # … at a venue too, and a span around the feast is none of its days (review72)
        (
            "Le repas de Noël des aînés aura lieu le dimanche 14 décembre à la salle Pasteur.",
            "2025-11-20",
            ["2025-12-14"],
        ),
        ("Une collecte aura lieu pendant la semaine de Noël à la salle polyvalente.", "2025-12-01", []),
        # … and a weekday that names the feast's day is no coming weekday (« le lundi de Pâques »: missed, never the
        # Monday after the page)
        ("La collecte aura lieu le lundi de Pâques devant l'église.", "2026-03-20", []),
        # near misses: a time of the feast's day dates it (lexicon.toml `feast_times`), and so does a feast told of the
        # story, or outside an announcement
        ("Un rassemblement est prévu le soir de Noël devant la mairie.", "2025-12-01", ["2025-12-25"]),
        ("Les combats ont repris à Noël près de Koursk.", "2025-01-10", ["2024-12-25"]),
        # … and a past feast of the story, in a sentence with an event's word (review72)
        ("Une vigile a été organisée à Kiev après la frappe de Noël sur Kharkiv.", "2025-01-10", ["2024-12-25"]),
        ("Lyon : le marché de Noël ouvre ses portes", "2024-12-10", []),
        ("La trêve ne tiendra pas jusqu'à Noël, selon Kiev.", "2024-12-10", ["2024-12-10/2024-12-25"]),
    ],
)
def test_a_feast_that_names_an_event_is_no_day_of_it(
    tmp_path: Path, sentence: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Lundi 15 septembre — relâche.", []),
        ("Lun. 15 septembre : relache", []),
        ("Lundi 15 septembre, salle Pasteur : relâche.", []),
        ("Lundi 15 septembre – relâche – reprise le lendemain", []),
        # near miss: « relâche » of hostages is news
        ("Le 12 septembre - relâche des trois otages, a annoncé Kiev.", ["2025-09-12"]),
    ],
)
def test_a_grid_s_day_off_dates_nothing(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-09-20" if dates else MONDAY) == dates


def test_the_new_patterns_grow_linearly() -> None:
    assert _growth(lambda n: schedule.is_a_day_off(" " * n + ": relâche" + " " * n + "x", 0), 5_000) < 16
    assert _growth(lambda n: schedule.is_a_day_off(", " + "a" * n + " : x", 0), 5_000) < 16
    assert _growth(lambda n: feastdates.names_a_feast_s_day(" " * n + "de" + " " * n + "Noëx", 0), 5_000) < 16


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # « a lieu » is a present: the event lies ahead, never the Saturday gone by (its weekday, read before the
        # publication, is dropped) nor last January (review71)
        ("La braderie a lieu samedi rue Nationale.", MONDAY, []),
        ("La collecte a lieu le 3 janvier à la salle des fêtes.", "2025-12-29", ["2026-01-03"]),
        # near misses: « a eu lieu », « avait lieu » tell the past
        ("La cérémonie a eu lieu samedi à Koursk.", MONDAY, ["2025-09-06"]),
        ("La cérémonie avait lieu samedi à Koursk, a rappelé le ministre.", MONDAY, ["2025-09-06"]),
    ],
)
def test_a_lieu_is_a_present(tmp_path: Path, sentence: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates
