"""Round 138 (issue 16): other articles' titles under headings the lexicon did not know, and the heading's own time.

- « Contenu connexe », « Les plus consultés », « Dépêches les plus lues », « Les plus lus aujourd'hui » head other
  articles' titles; a heading's own time (« Les plus lus aujourd'hui », « À l'affiche aussi cette semaine ») dates no
  fact, its apostrophe straight or curly.
- Never a live page's subhead (« Autres nouvelles dans la région de Koursk », « Ailleurs aujourd'hui »), its latest
  entries (« Les dernières actualités » under the intro), a poll's box (« Les plus populaires ») or a headline that
  opens on a heading's words (« Ailleurs dans le Donbass, trois morts le 9 février »): review90.

Made-up pages, never the held-out articles' (benchmarks/heldout/ROUND138.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_STORY = "Séoul affirme que 2 000 soldats nord-coréens ont été tués, a annoncé le renseignement le 10 février 2025."


def _dates(tmp_path: Path, page: str) -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{page}\n", "2025-02-11")


@pytest.mark.parametrize(
    "box",
    [
        "Contenu connexe\nPrésidentielle américaine : les bureaux de vote ouvrent ce mardi",
        "Les plus consultés\n2. Tempête attendue jeudi sur la Côte-Nord",
        "Dépêches les plus lues\n1. Rabat : ouverture du Salon de l'édition jusqu'au 11 mai",
        "Les plus lus aujourd'hui\n1. Votations du 9 mars : le oui en tête, selon un sondage",
        "Les plus lus aujourd’hui\n1. Votations du 9 mars : le oui en tête, selon un sondage",
        "À l’affiche aussi cette semaine\nLes Nuits du court métrage, jusqu'au 20 février au Rialto",
    ],
)
def test_a_box_of_other_articles_below_the_story_dates_no_fact(tmp_path: Path, box: str) -> None:
    assert _dates(tmp_path, f"{_STORY}\n\n{box}") == ["2025-02-10"]


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # a live page's latest entries under its intro
        (
            f"{_STORY}\n\nLes dernières actualités\n14:58 Koursk : Kiev annonce la capture de deux soldats le 9 février",
            "2025-02-09",
        ),
        # a live page's subheads
        (
            "Autres nouvelles dans la région de Koursk\n10h12 - Soudja : une frappe de drone fait deux morts le 9 février",
            "2025-02-09",
        ),
        ("Ailleurs aujourd'hui\nSoudja : une frappe de drone fait deux morts le 9 février", "2025-02-09"),
        # a poll's box
        ("Les plus populaires\nVolodymyr Zelensky : 57 % de confiance le 3 février", "2025-02-03"),
        # a headline that opens on a heading's words
        ("Ailleurs dans le Donbass, trois morts le 9 février", "2025-02-09"),
    ],
)
def test_the_story_s_own_lines_keep_their_day(tmp_path: Path, page: str, date: str) -> None:
    assert date in _dates(tmp_path, page)
