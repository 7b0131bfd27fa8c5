"""Round 130 (issue 16): the days of the events a page announces in a box of its own, an agenda (« AGENDA DE LA
SEMAINE ») or a practical box with an hour (« Pratique »), are facts the page tells (the lead's session-68 call), read
ahead: rounds 70 and 76 had every line of such a box no fact. The box still gives no month, count, day of habit, day
gone by or reader's deadline, and an untimed practical box stays the service's (« Goélette : prochain départ … »).
Made-up pages, never the held-out articles' (benchmarks/heldout/ROUND130.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import pageboxes
from koursk_cli.extract.frnotcounts import not_a_count
from tests.test_extract import drafted_dates, extract
from tests.test_extract_backtracking import _growth

PAGE = "2025-11-20"
STORY = "Des soldats nord-coréens ont été déployés dans la région de Koursk en octobre 2024, selon Séoul."


def _dates(tmp_path: Path, box: str) -> list[str]:
    """The dates drafted from the story's sentence and a box under it."""
    return drafted_dates(tmp_path, f"Tribune du Rhône\n\n{STORY}\n\n{box}\n", PAGE)


@pytest.mark.parametrize(
    ("box", "dates"),
    [
        ("AGENDA\n• Jeudi 27 novembre, 18 h : conférence sur les soldats de Kim", ["2025-11-27"]),
        ("Agenda de la semaine\n• Samedi 22 : collecte pour l'Ukraine, 10 h, salle des fêtes", ["2025-11-22"]),
        ("Pratique\nRencontre jeudi 27 novembre à 18 h 30, Maison des savoirs.", ["2025-11-27"]),
        (
            "PRATIQUE\nExposition du 22 novembre au 14 décembre, de 10 h à 18 h, hall de la mairie.",
            ["2025-11-22/2025-12-14"],
        ),
        ("Infos pratiques\nVernissage ce vendredi à 18 h 30, médiathèque.", ["2025-11-21"]),
        # a run whose weekdays match its days (the weekday check is a single day's)
        (
            "Pratique\nProjection au cinéma Éden du mercredi 26 novembre au mardi 2 décembre, 20 h 30.",
            ["2025-11-26/2025-12-02"],
        ),
        # a year the box's weekday names: the coming one, not the one before
        ("Agenda\n• Mardi 6 janvier, 20 h : veillée de prière", ["2026-01-06"]),
    ],
)
def test_an_announced_event_s_day_in_its_box_is_a_fact(tmp_path: Path, box: str, dates: list[str]) -> None:
    assert _dates(tmp_path, box) == ["2024-10", *dates]


@pytest.mark.parametrize(
    "box",
    [
        # a day of habit, of a rank, or gone by
        "Pratique\nPermanence le mercredi, de 14 h à 18 h.",
        "Pratique\nRelâche le lundi. Séances à 20 h.",
        "Agenda\n• 3e dimanche de l'Avent, 10 h 30 : messe pour la paix",
        "Agenda\n• Mercredi 12 novembre, 18 h : chapelet pour la paix",
        # a month, a count in a title: the box gives its events' days only
        "Agenda\n▸ Janvier 2026 — Note de conjoncture n° 15, 14 h",
        "Agenda\n• Table ronde « Corée-Russie, un an après », 18 h, Inalco",
        # a reader's deadline under an event's hour
        "Pratique\nEntrée : 5 €, 20 h. Réservations jusqu'au 28 novembre.",
        "Pratique\nJournée d'étude, 9 h. Inscriptions jusqu'au 25 novembre.",
        # an untimed practical box: the service's days
        "INFOS PRATIQUES\nGoélette : prochain départ pour Rurutu le mardi 25 novembre. Fret : 45 F le kilo.",
        "CARNET\nBaptême : Léonie, le 30 novembre. Obsèques : M. Roger Vialle, le 5 décembre.",
    ],
)
def test_a_box_gives_no_other_date(tmp_path: Path, box: str) -> None:
    assert _dates(tmp_path, box) == ["2024-10"]


def test_the_story_s_sentences_around_a_box_are_read_as_before(tmp_path: Path) -> None:
    text = (
        "Les soldats sont arrivés mardi à Koursk, selon Kiev.\n\nAGENDA\n• Samedi 22 novembre, 15 h : collecte\n\n"
        "Les combats ont repris jeudi, selon l'état-major.\n"
    )
    assert drafted_dates(tmp_path, text, PAGE) == ["2025-11-18", "2025-11-20", "2025-11-22"]


def test_an_hour_with_its_minutes_glued_counts_nothing(tmp_path: Path) -> None:
    assert not_a_count("20 h30, suivie d'un débat", 2)
    _, _, claims = extract(tmp_path, f"{STORY}\n\nPratique\nAvant-première vendredi 21 novembre à 20 h30.\n", PAGE)
    assert [c["value"] for c in claims or []] == []
    # near misses: a count before a word that starts with « h »
    assert not not_a_count("20 hommes", 2)
    assert not not_a_count("20 h300", 2)


def test_the_boxes_are_found_in_linear_time() -> None:
    assert pageboxes.practical_boxes("Pratique\nRencontre à 18 h.\n\nCarnet\nBaptême le 3.\n", timed=True) == [(9, 26)]
    assert pageboxes.practical_boxes("Pratique\nRencontre à 18 h.\n\nCarnet\nBaptême le 3.\n", timed=False) == [
        (35, 48)
    ]
    assert pageboxes.programmes("Agenda\n• Samedi 22, 15 h : collecte\n") == [(7, 35, "Agenda")]
    assert _growth(lambda n: pageboxes.programmes("Pratique\n" + "x" * n + " 18 h\n"), 5_000) < 16


@pytest.mark.parametrize(
    "box",
    [
        # review84: a timed box's lines that announce no event, or the service's, a council's, a court's
        "Pratique\nBus 12 : départ à 7 h 10, le 25 novembre, place de la gare.",
        "Pratique\nLa médiathèque sera ouverte le 24 décembre de 10 h à 16 h et fermée le 25 décembre.",
        "Pratique\nCollecte des encombrants le 26 novembre à 6 h.",
        "Agenda\nSéance du conseil départemental le 4 décembre à 10 h.",
        "Agenda\nAudience au tribunal correctionnel le 9 décembre à 13 h 30.",
        "Agenda\nMagazine « Le dessous des cartes » le 25 novembre à 19 h 30 sur Arte.",
        "Agenda\nLigue 1 : PSG-OM, dimanche 23 novembre à 20 h 45.",
        # … a day gone by, whatever its order in the box, and a weekday the day is not
        "AGENDA\nVeillée le 9 novembre à 20 h, place du Capitole.",
        "Agenda\nProjection mercredi 4 décembre à 20 h 30, cinéma Utopia.",
    ],
)
def test_a_timed_box_s_other_lines_give_no_date(tmp_path: Path, box: str) -> None:
    assert _dates(tmp_path, box) == ["2024-10"]


def test_a_booking_s_last_day_is_no_event_s(tmp_path: Path) -> None:
    box = "Agenda\nConcert le 6 décembre à 20 h (inscriptions jusqu'au 1er décembre), cathédrale."
    assert _dates(tmp_path, box) == ["2024-10", "2025-12-06"]
    # near miss: in the story's own sentence, a booking's words leave the event's day (review84: no page-wide rule)
    text = (
        f"{STORY}\n\nRéservations jusqu'au 30 novembre pour la conférence de l'Inalco, qui aura lieu le 4 décembre.\n"
    )
    assert "2025-12-04" in drafted_dates(tmp_path, text, PAGE)
