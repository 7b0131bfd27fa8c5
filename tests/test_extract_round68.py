"""Round 68 (issue 16, date precision on news pages; helper round68): what surrounds a page's story, read as the page's
rather than the story's. Below the story's last paragraph, a site's local news and agenda bulleted with a hyphen or a
dash as well as a bullet (« Roumanie ⏎ - Présidentielle : le second tour aura lieu dimanche 18 mai »), a headline
that opens with an ordinal (« • 48e anniversaire : … »); a notice's numbers and signs make no paragraph of the story
(« Petites annonces : vends pirogue 6 m, 250 000 XPF. Tél. 72 00 00. »); a reader's comment under its name and its
stamp (« Karim93 · il y a 2 jours : … »). And the label « Annonce : » before a lowercase word is the news's own, no
advert (« Annonce : le Kremlin a confirmé … »). Made-up sentences, never the held-out ones; each positive case fails
before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.linkedtitles import linked_titles
from koursk_cli.extract.pagechrome import page_furniture
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

_STORY = "Le renseignement sud-coréen a révisé son bilan jeudi à Séoul.\n\n"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a site's local news bulleted with hyphens under a heading of its own words
        (
            _STORY
            + "Annecy\n- Marché de Noël : ouverture samedi 14 décembre\n- Rocade : travaux jusqu'au 20 février\n",
            ["2025-02-06"],
        ),
        # … with dashes, one headline opening with an ordinal
        (
            _STORY + "À Lomé\n– Port autonome : le trafic en hausse de 8 %\n– 65e anniversaire de l'indépendance :"
            " retour en images sur le 27 avril\n",
            ["2025-02-06"],
        ),
        # … above a notice whose numbers make it no paragraph of the story
        (
            _STORY + "Agenda du quartier\n• Fête du port : défilé le mardi 11 février\n• Loto : tirage samedi\n\n"
            "Petites annonces : vends pirogue 6 m, 250 000 XPF. Tél. 72 00 00.\n",
            ["2025-02-06"],
        ),
        # near miss: a chronology's lines open with their days
        (
            _STORY + "Repères\n- 26 janvier : Moscou annonce la reprise du village\n- 28 janvier : Pyongyang confirme"
            " l'envoi de troupes\n",
            ["2025-01-26", "2025-01-28", "2025-02-06"],
        ),
        # near miss: a box of key figures opens with its counts
        (
            _STORY + "Chiffres clés\n- 2 visites ministérielles en 2025\n- 11 000 soldats envoyés à l'automne 2024\n",
            ["2024-09/2024-11", "2025", "2025-02-06"],
        ),
        # near miss: a dialogue's lines end their sentences
        (
            _STORY + "Extrait\n– Quand êtes-vous arrivé ?\n– En novembre, avec mon unité.\n",
            ["2024-11", "2025-02-06"],
        ),
    ],
)
def test_a_site_s_news_below_the_story_dates_nothing(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # readers' comments, each under its name and its stamp
        (
            _STORY + "Commentaires (2)\nKarim93 · il y a 2 jours : Bravo, j'y étais samedi.\n"
            "Lucie D. · hier à 21h04 : Et la réunion de mardi, on en parle ?\n",
            ["2025-02-06"],
        ),
        (_STORY + "Aram_M · 3 février 2025 à 09h12 : Et pendant ce temps, lundi, rien.\n", ["2025-02-06"]),
        (_STORY + "12 commentaires · Il y a 3 heures, Marc94 : la réunion de lundi était mieux.\n", ["2025-02-06"]),
        # near miss: a place and a day before a colon, with no clock, are the story's
        (_STORY + "Kiev · hier : les forces ukrainiennes ont repoussé une attaque.\n", ["2025-02-06", "2025-02-06"]),
        (_STORY + "Kiev · mardi : les forces ukrainiennes ont repoussé une attaque.\n", ["2025-02-04", "2025-02-06"]),
    ],
)
def test_a_reader_s_comment_under_its_stamp_dates_nothing(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a stamp's clock with its seconds, after the outlet and its agency
        ("Le Phare | AFP | 03/02/2025 08:30:00", True),
        # … with its time zone, after a breadcrumb
        ("Monde > Europe      lundi 3 février 2025 09:20 (GMT+1)", True),
        # … a day written as ISO prints it
        ("2025-02-03 16:20 GMT+8", True),
        # near miss: a sentence of the story that names an ISO day
        ("Le 2025-02-03, Kim a quitté Pékin.", False),
    ],
)
def test_a_stamp_with_its_seconds_zone_or_breadcrumb_is_the_page_s(line: str, furniture: bool) -> None:
    assert (page_furniture(line) == len(line)) is furniture


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the label before a lowercase word goes on the news it announces
        ("Annonce : le Kremlin a confirmé lundi l'envoi de nouveaux renforts.", ["2025-02-03"]),
        # near miss: an advert's title has a capital, as round 66 read it
        ("Annonce : Appel d'offres pour la cantine scolaire avant le 15 mars", []),
        # the next issue's contents, a correction's notice
        ("Dans le prochain numéro (vendredi 21 février) : les écoles bilingues du canton", []),
        ("Ce texte a été révisé le 6 février à 14 h 10 : une citation était mal attribuée.", []),
        # near miss: a story's own revision of a text is news
        ("Le texte du traité a été révisé le 6 février, a indiqué le Kremlin.", ["2025-02-06"]),
    ],
)
def test_an_announcement_is_news_a_next_issue_and_a_revision_notice_are_not(
    tmp_path: Path, text: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


def test_the_new_patterns_read_long_runs_in_linear_time() -> None:
    assert _growth(lambda n: linked_titles("Un fait.\nTitre\n-" + " " * n + "Budget : x"), 4000) < 8
    assert _growth(lambda n: linked_titles("Un fait.\nTitre\n• " + "4" * n + "e fête : x\n• B : y"), 4000) < 8
    assert _growth(lambda n: linked_titles(("1 2 " * n + "fin.\n") + "Titre\n› A : x\n› B : y"), 2000) < 8
    assert _growth(lambda n: page_furniture("Karim93 ·" + " " * n + "il y a 2 jours : x"), 4000) < 8
    assert _growth(lambda n: page_furniture("K ·" + " " * n + "3 février 2025 a" + " " * n + "9h12 : x"), 4000) < 8
    assert _growth(lambda n: page_furniture("Annonce :" + " " * n + "le Kremlin"), 4000) < 8
    assert _growth(lambda n: page_furniture("03/02/2025 08:30:00" + " " * n + "(GMT+1)"), 4000) < 8
    assert _growth(lambda n: page_furniture("Monde" + " >" * n + " 03/02/2025 08:30"), 2000) < 8
