"""Round 100 (issue 16, precision: the page's chrome dates; helper round100): a box under a box's heading of its own at
the page's foot (« Agenda », « À l'agenda », « Programmes », « À suivre sur … ») holds the paper's notices whatever its
lines' shape: their days date no fact of the story (briefs.py `headed_foot_boxes`). Mended by mend66a (review66b): the
headings are a closed list of the page's furniture, a place's heading no longer counts, and no line may be told in the
past. Made-up sentences, none copied from a benchmark page; each positive case fails before the round,
its near misses pass both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_STORY = (
    "Vingt-huit soldats nord-coréens ont été tués mardi 3 mars dans la région de Koursk, a affirmé mercredi l'état-major"
    " ukrainien, qui parle de combats très durs près de la frontière.\n\n"
    "Selon Kiev, les unités venues de Pyongyang ont été renforcées le 26 février par un nouveau contingent, arrivé par"
    " train depuis l'Extrême-Orient russe. Moscou n'a pas commenté ces chiffres, que personne ne peut vérifier sur"
    " place.\n\n"
    "Les analystes estiment que l'armée nord-coréenne apprend vite, et qu'elle tire déjà les leçons de ses pertes de"
    " l'hiver, en changeant de tactique face aux drones ukrainiens.\n"
)
_PUBLISHED = "2026-03-05"


def _foot_dates(tmp_path: Path, box: str) -> list[str]:
    """The dates drafted from the story with `box` at its foot, less the story's own."""
    story = drafted_dates(tmp_path, _STORY, _PUBLISHED)
    dates = drafted_dates(tmp_path, _STORY + "\n" + box, _PUBLISHED)
    assert all(day in dates for day in story), dates
    return [day for day in dates if day not in story]


@pytest.mark.parametrize(
    "box",
    [
        # a line with no label of names (« aérien » in lower case) and two sentences: no labelled brief
        "Agenda\nMeeting aérien de Sion 2026: les 3 et 4 mai. Billets dès 40 CHF.",
        # a radio's next programmes under a rule and their heading
        "---\nÀ suivre sur nos ondes\nDemain, 7 h : la chronique agricole\nVendredi : le magazine des sports",
        "Programmes\nSamedi 7 mars : « Radio Lagon », 10h00\nDimanche : messe en direct de la cathédrale, 8h30",
        "À l'agenda\nCarnaval : grande parade du dimanche 22 mars, départ 15h30.",
    ],
)
def test_a_box_under_its_heading_at_the_foot_dates_no_fact(tmp_path: Path, box: str) -> None:
    assert _foot_dates(tmp_path, box) == []


@pytest.mark.parametrize(
    "box",
    [
        (
            "Dans le Val-Fleuri\nLa rentrée de l'antenne universitaire est repoussée au lundi 9 mars.\n"
            "Fête du cresson : rendez-vous samedi 14 mars, place des Halles, 3 € l'entrée."
        ),
        "Marnay et environs\nMarché aux fleurs : ouverture le vendredi 20 mars, 40 exposants.\nLa piscine rouvre le 1er avril.",
    ],
)
def test_a_place_heading_is_no_furniture(tmp_path: Path, box: str) -> None:
    # mend66a (review66b M1): a place's heading may head the story's local angle in the present or the future; only
    # the page's furniture (« Agenda », « Programmes », « À suivre sur … ») heads a box: these days stay
    assert _foot_dates(tmp_path, box) != []


def test_a_place_heading_over_one_paragraph_is_the_story_s(tmp_path: Path) -> None:
    # near miss: one line under a place's heading is the story's local angle (the two-lines guard)
    box = (
        "Dans le Val-Fleuri\nLe maire a indiqué lundi que la commune accueille des familles réfugiées depuis mai 2022."
    )
    assert "2026-03-02" in _foot_dates(tmp_path, box)


def test_a_heading_in_capitals_heads_a_document_s_own_section(tmp_path: Path) -> None:
    # near miss: « AGENDA DES PROCHAINES SEMAINES » in capitals, an agency's coming news (the capitals guard)
    box = "AGENDA DES PROCHAINES SEMAINES\nDu 7 au 8 avril : réunion des ministres de la Défense à Vilnius."
    assert len(_foot_dates(tmp_path, box)) == 1


def test_a_box_line_that_names_the_story_stays(tmp_path: Path) -> None:
    # near miss: a line naming the store's entities is the story's (draft.py's « En bref » guard)
    box = "Agenda\nDébat sur les soldats nord-coréens à Koursk, jeudi 12 mars."
    assert "2026-03-12" in _foot_dates(tmp_path, box)


def test_a_box_at_the_page_s_head_is_no_foot(tmp_path: Path) -> None:
    # near miss: the same box above the story (the foot share and the prose above it)
    text = "Agenda\nMeeting aérien de Sion 2026: les 3 et 4 mai. Billets dès 40 CHF.\n\n" + _STORY
    assert "2025-05-03/2025-05-04" in drafted_dates(tmp_path, text, _PUBLISHED)


def test_a_place_heading_over_lines_told_in_the_past_is_the_story_s(tmp_path: Path) -> None:
    # near miss: a section of the story under a place's name (the past-tense guard of a place's heading)
    box = "Dans le Val-Fleuri\nLes sirènes ont retenti lundi dans la vallée.\nLa gare a été fermée dimanche par le préfet."
    assert {"2026-03-01", "2026-03-02"} <= set(_foot_dates(tmp_path, box))
