"""The review of round 98 (issue 16; helper review64c), mended by helper mend64c. Round 98's box of briefs at the
page's foot took any run of labelled lines for other news when it ended the page (« more words above than below »
holds with nothing below), so a round-up page of places (« Oslo : les négociations reprendront le 14 mars. ») lost
every date; it took any short heading for a box's, so the story's own « Les réactions », « Et maintenant ? »,
« Calendrier » lines, a list after « Le plan prévoit : », an interview's « Name : answer » lines and labelled lines in
the narrative present lost theirs; its participle guard read only « signé le 19 juin », not « signé en mai 2024 » nor
« prolongées jusqu'en juillet 2025 », and a season's label (« Printemps : … ») opened no chronology. Its radio rule took
a quote reported after a cue and a colon (« En direct sur France 24 : « Nos soldats restent chez eux », déclare lundi … ») for a
programme's title. A box now needs fifty words of prose above it and a box's heading (lexicon.toml
`foot_box_headings`) or bullets after a blank line; a programme's title is capitalised and followed by its day or hour.
Made-up sentences and places; each positive case fails at 248eac03, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

STORY = (
    "Les services de renseignement ont indiqué le 3 mars que plusieurs centaines de soldats nord-coréens avaient été "
    "blessés dans la région de Koursk. Les bataillons déployés avec l'armée russe auraient reçu des renforts pendant "
    "l'hiver, d'après des élus qui ont entendu les responsables. Les proches des militaires restent sans nouvelles, "
    "affirment des spécialistes qui étudient les déclarations du pouvoir et les vidéos diffusées sur les réseaux."
)
PUBLISHED = "2025-03-05"  # a Wednesday


def _dates(tmp_path: Path, text: str) -> list[str]:
    return drafted_dates(tmp_path, text, PUBLISHED)


def _days(tmp_path: Path, text: str) -> set[str]:
    """The days drafted, as « MM-DD » (the year a day is given is not what these tests check)."""
    return {found[5:] for found in _dates(tmp_path, text) if len(found) == 10}


# --- a page of labelled lines is the story itself ------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["", "• "])
def test_a_round_up_page_of_places_keeps_its_dates(tmp_path: Path, mark: str) -> None:
    page = (
        f"Le bilan de la semaine\n\n{mark}Oslo : les négociations reprendront le 14 mars.\n"
        f"{mark}Varsovie : les ministres des Affaires étrangères se retrouveront le 21 mars.\n"
        f"{mark}Rome : le Parlement votera une aide le 18 mars.\n"
    )
    assert {"2025-03-14", "2025-03-18", "2025-03-21"} <= set(_dates(tmp_path, page))


# --- the story's own short headings, lists and lines ----------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Les réactions", "Et maintenant ?", "Les prochaines étapes", "Calendrier"])
def test_the_story_s_own_short_heading_keeps_its_lines_dates(tmp_path: Path, heading: str) -> None:
    box = (
        f"{heading}\n• Ottawa : le gouvernement recevra le chargé d'affaires le 12 mars.\n"
        "• Canberra : le cabinet se réunira le 13 mars.\n"
    )
    assert {"2025-03-12", "2025-03-13"} <= set(_dates(tmp_path, f"{STORY}\n\n{box}"))


def test_a_list_after_a_heading_ending_in_a_colon_is_the_story_s(tmp_path: Path) -> None:
    box = "Le plan prévoit :\n• Vote : une séance au Parlement le 24 mars.\n• Sommet : une réunion à Oslo le 2 avril.\n"
    assert {"03-24", "04-02"} <= _days(tmp_path, f"{STORY}\n{box}")


def test_bullets_right_under_the_story_s_paragraph_keep_their_dates(tmp_path: Path) -> None:
    box = "• Oslo : reprise des négociations le 12 mars.\n• Rome : réunion des ministres le 20 mars.\n"
    assert {"03-12", "03-20"} <= _days(tmp_path, f"{STORY}\n{box}")


def test_an_interview_s_answers_keep_their_dates(tmp_path: Path) -> None:
    qa = (
        "Ouest-Matin : Et le cessez-le-feu ?\nMarie Lenoir : Il entrera en vigueur le 15 mars à minuit.\n"
        "Ouest-Matin : Et les négociations ?\nMarie Lenoir : Elles reprendront le 18 mars à Oslo.\n"
    )
    assert {"2025-03-15", "2025-03-18"} <= set(_dates(tmp_path, f"{STORY}\n\n{qa}"))


def test_labelled_lines_in_the_narrative_present_keep_their_dates(tmp_path: Path) -> None:
    box = (
        "Ottawa : le Premier ministre signe le 4 mars le décret sur les sanctions.\n"
        "Canberra : la diplomatie dénonce le 4 mars une ingérence.\n"
    )
    assert "2025-03-04" in _dates(tmp_path, f"{STORY}\n\n{box}")


# --- a fact of the story dated by its participle, or a chronology's season -------------------------------------------


@pytest.mark.parametrize(
    ("box", "want"),
    [
        ("• Accord : signé en mai 2024.\n• Offensive : lancée en août 2024.\n", {"2024-05", "2024-08"}),
        (
            "• Sanctions : prolongées jusqu'en juillet 2025.\n• Traité : entré en vigueur en décembre 2024.\n",
            {"2025-07", "2024-12"},
        ),
    ],
)
def test_an_act_dated_by_its_participle_beyond_le_day_keeps_its_date(tmp_path: Path, box: str, want: set[str]) -> None:
    assert want <= set(_dates(tmp_path, f"{STORY}\n\n{box}"))


def test_a_season_s_label_opens_a_chronology_s_entry(tmp_path: Path) -> None:
    box = "Agenda\n• Printemps : réouverture du pont de Valbrune le 10 avril.\n• Automne : foire aux pommes le 23 octobre.\n"
    assert {"04-10", "10-23"} <= _days(tmp_path, f"{STORY}\n\n{box}")


# --- a quote reported after a radio's cue --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("En direct sur France 24 : « Nos soldats restent chez eux », déclare lundi à 20 h le ministre.", "2025-03-03"),
        (
            "À l'antenne de Radio Horizon mardi à 8 h : « Les renforts sont à Koursk », affirme le général.",
            "2025-03-04",
        ),
    ],
)
def test_a_quote_reported_after_a_radio_s_cue_keeps_its_day(tmp_path: Path, line: str, day: str) -> None:
    assert day in _dates(tmp_path, line)


# --- near misses: round 98 still drops a box of other news ----------------------------------------------------------


def test_a_box_under_an_agenda_s_heading_still_dates_no_fact(tmp_path: Path) -> None:
    box = "Agenda\n• Valbrune : fête du cidre samedi 15 mars.\n• Saint-Aurèle : loto du club dimanche 16 mars.\n"
    found = _dates(tmp_path, f"{STORY}\n\n{box}")
    assert not {"2025-03-15", "2025-03-16"} & set(found)


def test_a_bulleted_box_after_a_blank_line_still_dates_no_fact(tmp_path: Path) -> None:
    box = "• Valbrune : fête du cidre samedi 15 mars.\n• Saint-Aurèle : loto du club dimanche 16 mars.\n"
    found = _dates(tmp_path, f"{STORY}\n\n{box}")
    assert not {"2025-03-15", "2025-03-16"} & set(found)


def test_a_weekday_s_label_opens_a_chronology_s_entry(tmp_path: Path) -> None:
    # the label check (`_DATE_LABEL`): « Lundi : … » is a day's entry, never a brief's place
    box = "Agenda\n• Lundi : réouverture du pont de Valbrune le 10 mars.\n• Mardi : foire aux pommes le 11 mars.\n"
    assert {"2025-03-10", "2025-03-11"} <= set(_dates(tmp_path, f"{STORY}\n\n{box}"))


def test_a_programme_s_title_followed_by_its_day_still_dates_no_fact(tmp_path: Path) -> None:
    line = "À suivre sur Radio Horizon : « Le Grand Forum » jeudi à 21h"
    assert "2025-03-06" not in _dates(tmp_path, f"{STORY}\n\n{line}")


def test_plain_headlines_with_no_stop_between_blank_lines_still_date_no_fact(tmp_path: Path) -> None:
    # round 81's headlines (no final stop), between blank lines at the foot; with their stops they are the story's
    box = (
        "Valbrune : la piscine fermée jusqu'au 12 mars pour travaux\nSaint-Aurèle : la fête du cidre dimanche 16 mars\n"
    )
    found = _dates(tmp_path, f"{STORY}\n\n{box}\nRadio Combes Sud, 14 rue de l'Exemple")
    assert not {"2025-03-12", "2025-03-16"} & set(found)


def test_a_box_under_a_place_s_name_still_dates_no_fact(tmp_path: Path) -> None:
    # a heading of a place's names alone, and a bulleted line above that reads as no brief: the box's own
    box = (
        "Pays-de-Valbrune\n• Valbrune, samedi 15 mars, 20 h : veillée contée à la salle des fêtes.\n"
        "• Saint-Aurèle : loto du club dimanche 16 mars.\n• Montclavel : collecte de sang le 18 mars.\n"
    )
    found = _dates(tmp_path, f"{STORY}\n\n{box}")
    assert not {"2025-03-16", "2025-03-18"} & set(found)
