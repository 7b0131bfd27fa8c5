"""Round 73 (issue 16, clutter dated as fact on news pages; helper round73): what a page prints around its story, read
as the page's. Under the head of the readers' comments (« Commentaires (2) ») what readers wrote; an issue's back
numbers (« Dans notre édition du 13 juin : … »); a forecast under its label (« Prévisions : -4 °C samedi »); a radio's
other programmes (« À écouter aussi »); a title cut short under « Les plus lus »; an advert's « Annonce : » before a
bare noun. Made-up sentences, never the held-out ones; each positive case fails before the change, its near misses
pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.linkedtitles import linked_titles
from koursk_cli.extract.pageboxes import comment_threads
from koursk_cli.extract.pagechrome import page_furniture
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

_STORY = "Le renseignement sud-coréen a révisé son bilan jeudi à Séoul, a indiqué un député à la presse.\n"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # what readers wrote under the head of their comments, under each one's name and stamp
        (
            _STORY + "\nCommentaires (2)\nBernard71 - il y a 5 heures\nLe marché de la ville a fermé le 29 janvier...\n"
            "Ablaye — 05/02/2025 : Et la mairie, que dit-elle depuis lundi ?\n",
            ["2025-02-06"],
        ),
        # near miss: the counter alone in the page's head, the story after a blank line
        ("Partager · 3 réactions\nCommentaires\n\n" + _STORY, ["2025-02-06"]),
    ],
)
def test_under_the_head_of_comments_the_readers_lines_date_nothing(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an issue's back numbers and their contents
        ("Dans notre édition du 13 janvier : « Les réfugiés ukrainiens de la Drôme ».", []),
        ("Dans le numéro de décembre : « Marseille, port d'attache des sanctions ? »", []),
        # a forecast under its label
        ("Prévisions : -4 °C samedi, neige dimanche.", []),
        # a radio's other programmes
        ("À écouter aussi : le point sur la guerre, mille jours plus tard (19 novembre 2024)", []),
        # an advert's bare noun after « Annonce : »
        ("Annonce : recrutement de 200 agents de sécurité avant le 15 mars", []),
        # near miss: a story's own earlier report goes on past a comma
        (
            "Dans notre édition du 12 janvier, nous révélions que Kim était à Moscou le 10 janvier.",
            ["2025-01-10", "2025-01-12"],
        ),
        # near miss: another paper's edition is quoted in a sentence
        ("Dans son édition de lundi, le Rodong Sinmun affirme : « nos héros rentrent ».", ["2025-02-03"]),
        # near miss: forecasts that are no weather's
        ("Les prévisions : l'offensive reprendrait samedi, selon Kiev.", ["2025-02-01"]),
        # near miss: « À écouter » opening a sentence
        ("À écouter Kiev, 3 000 soldats ont été tués depuis le 6 janvier.", ["2025-01-06", "2025-01-06/2025-02-07"]),
        # near miss: « Annonce : » before a sentence's subject is the news (round 68)
        ("Annonce : l'armée a confirmé lundi l'envoi de nouveaux renforts.", ["2025-02-03"]),
    ],
)
def test_back_numbers_forecasts_programmes_and_adverts_date_nothing(
    tmp_path: Path, text: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a site's most read in signs
        (_STORY + "\nLes + lus\nTram : ligne T1 coupée jusqu'au 15 février\n", ["2025-02-06"]),
        # near miss: a story's part under a heading with « aussi », its lines ending their sentences
        (
            _STORY + "\nPyongyang aussi\nLe régime a confirmé lundi la mort de 300 soldats.\n",
            ["2025-02-03", "2025-02-06"],
        ),
    ],
)
def test_a_site_s_most_read_dates_nothing(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-02-07") == dates


def test_a_title_cut_short_stays_under_its_heading() -> None:
    text = _STORY + "\nLes plus lus\n1. Vesoul : le marché revient le 27 juin\n2. Gray : il y a 50 ans, la foire...\n"
    titles = [text[a:b] for a, b in linked_titles(text)]
    # the heading itself is furniture too (round 138)
    assert titles == [
        "Les plus lus",
        "1. Vesoul : le marché revient le 27 juin",
        "2. Gray : il y a 50 ans, la foire...",
    ]


def test_the_new_patterns_read_long_runs_in_linear_time() -> None:
    assert _growth(lambda n: comment_threads("4" * n + " commentaires\nx\n"), 4000) < 8
    assert _growth(lambda n: comment_threads("Commentaires (" + "1 " * n + ")\nx\n"), 4000) < 8
    assert _growth(lambda n: linked_titles(_STORY + "Les plus lus\n" + "a." * n + "..\n"), 4000) < 8
    assert _growth(lambda n: page_furniture("Dans notre édition" + " " * n + "du 3 mars : x"), 4000) < 8
    assert _growth(lambda n: page_furniture("Annonce :" + " " * n + "le Kremlin"), 4000) < 8
    assert _growth(lambda n: linked_titles(_STORY + "x " * n + "aussi\nTitre\n"), 2000) < 8
    assert _growth(lambda n: linked_titles(_STORY + "a" * n + " aussi " + "b" * n + "\nTitre\n"), 2000) < 8
