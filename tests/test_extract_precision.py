"""Round 7 (issue 16): classes of false dates and figures, read by structure and by data rather than by sentence —
web chrome and links to other articles, clock times and other numbers that count nothing. Made-up pages and
sentences, never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract

# --- web chrome -----------------------------------------------------------------------------------------------------


def _read(tmp_path: Path, lines: list[str], published: str) -> tuple[list[str], list[object]]:
    """The events' dates and the claims' values `koursk extract` drafts from a page of `lines`."""
    _, events, claims = extract(tmp_path, "\n".join(lines) + "\n", published)
    return [e["date"] for e in events], [c["value"] for c in claims]


@pytest.mark.parametrize(
    ("lines", "dates", "values"),
    [
        # « Lire aussi » alone on its line, then other articles' titles (no full stop): those articles' dates and
        # figures; the first line that ends a sentence is the article again
        (
            [
                "Les soldats nord-coréens sont arrivés lundi dans la région de Koursk.",
                "À lire aussi",
                "Corée du Nord : Kim inspecte une usine, 3 jours après un essai de missile",
                "Qui sont les 12.000 soldats que Kim envoie à Poutine ?",
                "Guerre en Ukraine : le point sur la situation ce jeudi soir",
                "Mardi, 2 000 soldats ont rejoint le front.",
            ],
            ["2025-03-10", "2025-03-11"],
            [2000],
        ),
        # the heading must stand alone on its line, and a blank line ends the links
        (
            [
                "Il faut lire aussi le rapport du NIS.",
                "Les soldats sont arrivés lundi 10 mars à Koursk",
                "Sur le même sujet",
                "",
                "Mardi, 2 000 soldats ont rejoint le front",
            ],
            ["2025-03-10", "2025-03-11"],
            [2000],
        ),
    ],
)
def test_titles_under_a_link_heading_alone_on_its_line_are_other_articles(
    tmp_path: Path, lines: list[str], dates: list[str], values: list[object]
) -> None:
    assert _read(tmp_path, lines, "2025-03-14") == (dates, values)


@pytest.mark.parametrize(
    "line",
    [
        "Publié le : 17/12/2024 - 08:12",
        "Écouter - 03:24",
        "Partager sur Facebook, publié le 3 mars",
        "Podcast Journal d'Asie 7 Du lundi au vendredi",
        "Édition du mardi 5 novembre 2024",
        "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois.",
        "Abonnez-vous à la newsletter : l'essentiel chaque soir à 18 h.",
    ],
)
def test_a_line_that_starts_with_a_chrome_word_is_the_pages(tmp_path: Path, line: str) -> None:
    """lexicon.toml `chrome_lines`: the line's dates and figures are the page's."""
    _, events, claims = extract(tmp_path, f"{line}\nLes soldats sont arrivés lundi.\n", "2025-03-14")
    assert [e["evidence"][0]["quote"] for e in events] == ["Les soldats sont arrivés lundi."]
    assert claims == []


def test_a_correction_notice_dates_the_notice_not_its_facts(tmp_path: Path) -> None:
    """« Correction, le 28 février 2025 à 10h : » names the notice's day (edition_headings); the figure it corrects
    and the narrative's own dates stay."""
    text = (
        "Correction, le 28 février 2025 à 10h : 3 000 soldats ont été blessés depuis janvier, et non tués.\n"
        "Le ministre a déclaré le 28 février 2025 que les combats continuaient.\n"
    )
    _, events, claims = extract(tmp_path, text, "2025-02-28")
    assert sorted(e["date"] for e in events) == ["2025-01", "2025-01/2025-02-28", "2025-02-28"]
    assert [c["value"] for c in claims] == [3000]
