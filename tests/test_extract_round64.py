"""Round 64 (issue 16, date precision on news pages; helper round64): two shapes of a page whose dates date no fact
of its story. A weekday written with a capital inside a name (« Keystone-ATS / Le Jeudi », « La Tribune Dimanche
International »): French writes the days lowercase inside a phrase, so the capital makes the day a word of an outlet's
or a programme's name. And, below the article, a short heading of the site's own words over two bullets or more, each
a headline (« TENDANCES ⏎ › Carburants : le litre d'essence à Rs 65.90 à partir de lundi »): the site's other news or
its agenda, whatever the heading says. Made-up sentences, never the held-out ones; each positive case fails before
the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.linkedtitles import linked_titles
from koursk_cli.extract.pagehead import taglines
from koursk_cli.extract.readerservice import forecasts_the_weather
from koursk_cli.extract.sentencestamps import names_an_outlet
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

_STORY = "Le renseignement sud-coréen a révisé son bilan jeudi à Séoul.\n\n"


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # an outlet named after a weekday, its credit line below the story
        (
            "Deux soldats restent détenus à Kiev, a indiqué jeudi le CICR.\n\nKeystone-ATS / Le Jeudi",
            "2026-01-17",
            ["2026-01-15"],
        ),
        # … or its masthead above it
        (
            "La Tribune Dimanche International\n\nLe Kremlin a salué mardi le retour des soldats.",
            "2026-02-22",
            ["2026-02-17"],
        ),
        # near miss: a weekday opening its sentence is a day
        ("Jeudi, le NIS a révisé son bilan à la hausse.", "2024-11-08", ["2024-11-07"]),
        # near miss: in title case with its day's number, a day
        ("Kiev a annoncé le Jeudi 7 novembre 2024 la capture de deux soldats.", "2024-11-08", ["2024-11-07"]),
        # near miss: a feast's name, read as its day as before
        ("Le défilé du Mardi gras a réuni 3 000 personnes, a annoncé la mairie.", "2025-03-05", ["2025-03-04"]),
        # near miss: after a colon, a day
        ("Dernière minute : Jeudi, Kiev a annoncé deux captures.", "2024-11-08", ["2024-11-07"]),
    ],
)
def test_a_weekday_named_with_a_capital_inside_a_name_dates_nothing(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the site's trending news under a heading of its own words
        (
            _STORY
            + "TENDANCES\n›\u00a0Carburants : le litre d'essence plus cher à partir de lundi\n› Loto : un jackpot record"
            " samedi\n",
            ["2025-02-06"],
        ),
        # … its local agenda, bulleted otherwise
        (
            _STORY + "Agenda du quartier\n• Marché solidaire : reporté au samedi 22 février\n• Lancement d'Ariane 6 :"
            " fenêtre de tir à partir du 6 mars, Kourou\n",
            ["2025-02-06"],
        ),
        # near miss: a list that goes on the heading's sentence (lowercase) is the story's
        (
            _STORY + "Ce qu'il faut retenir :\n• arrivée des premiers trains à Koursk le 23 janvier\n• environ 11 000"
            " soldats en Russie selon Kiev\n",
            ["2025-01-23", "2025-02-06"],
        ),
        # near miss: a chronology's lines open with their days
        (
            _STORY + "Repères\n• 26 janvier : Moscou annonce la reprise du village\n• 28 janvier : Pyongyang confirme"
            " l'envoi de troupes\n",
            ["2025-01-26", "2025-01-28", "2025-02-06"],
        ),
        # near miss: a numbered heading is the document's own section
        (
            _STORY + "2. Perspectives\n• Sommet Kim-Poutine possible en 2025\n• Renforts attendus en mars\n",
            ["2025", "2025-02-06", "2025-03"],
        ),
        # near miss: a box of the story's key points above a paragraph of it
        (
            _STORY + "À retenir\n• Kiev affirme avoir capturé deux soldats lundi\n• Séoul confirme leur identité"
            " mardi\n\nLes deux hommes ont été interrogés pendant plusieurs jours par les services de sécurité.\n",
            ["2025-02-03", "2025-02-04", "2025-02-06"],
        ),
        # near miss: bullets that end their sentences are the story's summary
        (
            _STORY + "L'essentiel\n• Kiev a annoncé lundi la capture de deux soldats.\n• Séoul confirme le chiffre.\n",
            ["2025-02-03", "2025-02-06"],
        ),
    ],
)
def test_a_site_s_bulleted_headlines_below_the_story_date_nothing(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a weather box naming its place before the colon
        (_STORY + "Météo Haute-Savoie : ce week-end, 21 degrés samedi, orages dimanche.\n", ["2025-02-06"]),
        # … its colon after a no-break space, as French typography sets it
        (_STORY + "Météo\u00a0Valais\u00a0: 24° à Sion ce samedi\n", ["2025-02-06"]),
        # near miss: no temperature, a bulletin may be news
        (
            _STORY + "Météo des neiges : 40 cm de neige tombés samedi sur les Alpes.\n",
            ["2025-02-01", "2025-02-06"],
        ),
        # an outlet's tagline after its name and a dash, at the page's head
        ("Le Courrier — Le quotidien francophone de Lomé depuis 1972\n\n" + _STORY, ["2025-02-06"]),
        # a site's most read titles after a bar
        (
            _STORY + "Articles les plus lus | 1. Annecy : le marché reporté à samedi | 2. Trafic perturbé lundi sur la"
            " rocade\n",
            ["2025-02-06"],
        ),
    ],
)
def test_a_box_s_place_a_tagline_s_name_and_a_bar_after_a_link_heading_date_nothing(
    tmp_path: Path, text: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


def test_the_new_patterns_read_long_runs_in_linear_time() -> None:
    assert _growth(lambda n: linked_titles("Un fait.\nTitre\n›" + " " * n + "Budget : x"), 4000) < 8
    assert _growth(lambda n: linked_titles("Un fait.\nTitre\n" + "› Budget : x\n" * n), 500) < 8
    assert _growth(lambda n: linked_titles("Un fait.\n" + "Titre\n" * n + "› Budget : x"), 500) < 8
    assert _growth(lambda n: names_an_outlet("Le" + " " * n + "Jeudi", 2 + n, 7 + n), 4000) < 8
    assert _growth(lambda n: forecasts_the_weather("Météo" + " " * n + "Sion : 12°"), 4000) < 8
    assert _growth(lambda n: forecasts_the_weather("Météo" + " Sion" * n + " : 12°"), 2000) < 8
    assert _growth(lambda n: taglines("Le" + " Rempart" * n + " — L'hebdo depuis 1966"), 2000) < 8
    assert _growth(lambda n: linked_titles("Lire aussi" + " " * n + "| 1. Titre"), 4000) < 8
    assert _growth(lambda n: linked_titles(("Un mot " * 12 + "fin.\n") * n + "Titre\n› A : x\n› B : y"), 200) < 8
