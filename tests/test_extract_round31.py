"""Round 31 (issue 16): date precision, the false dates every committed set proposed as facts, by class — other
articles' titles under a heading no list knew (« Plus d'articles », « Les articles les plus lus », « Ailleurs dans
l'Aveyron », « Plus de «Monde» »), the days a local event runs until (« la collecte se poursuit jusqu'au 20
décembre », an address, a médiathèque, a replay), a day the page gives its reader to act by (« Inscription avant
vendredi », « À rendre pour le lundi 26 janvier ») and a programme's next broadcast (« Demain, à la même heure, nous
recevrons … »): no date. Made-up sentences, never the held-out articles'; each test drives `koursk extract`
(tests/test_extract.py's helper) and fails before the round but its near misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_STORY = "Séoul a annoncé mardi la mort de 300 soldats nord-coréens dans la région de Koursk.\n\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Plus d'articles",
        "Plus d'articles sur le sujet",
        "Les articles les plus lus",
        "ARTICLES LES PLUS LUS",
        "LES PLUS PARTAGÉS",
        "Ailleurs dans le Finistère",
        "Plus de «Monde»",
    ],
)
def test_titles_under_a_sites_own_heading_date_nothing(tmp_path: Path, heading: str) -> None:
    text = f"{_STORY}{heading}\nQuimper : la fête du cidre reportée au 14 juin\nMétéo : jusqu'à 20 °C ce week-end"
    assert drafted_dates(tmp_path, text, "2025-04-10") == ["2025-04-08"]


def test_a_subhead_that_opens_with_plus_de_heads_no_links(tmp_path: Path) -> None:
    # near miss: « Plus de » starts the line but names no section between guillemets
    text = f"{_STORY}Plus de 300 morts\nLe bilan publié le 8 avril par le renseignement sud-coréen"
    assert drafted_dates(tmp_path, text, "2025-04-10") == ["2025-04-08", "2025-04-08"]


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # a local event's days to come are facts the page tells (the lead's session-68 call; round 31 to round 120
        # read them as its service, no fact)
        ("À Brest, la collecte de vêtements chauds se poursuit jusqu'au 20 décembre.", "2024-12-10", ["2024-12-20"]),
        (
            "La collecte, lancée en novembre, se poursuit jusqu'au 20 décembre.",
            "2024-12-10",
            ["2024-11", "2024-12-20"],
        ),
        (
            "L'exposition « Corée, mémoires » se tient jusqu'au 26 octobre à la médiathèque de Brest.",
            "2025-10-09",
            ["2025-10-26"],
        ),
        (
            "Une exposition sur le bataillon ouvrira le 10 janvier au 11, rue de la Paix, à Rennes.",
            "2025-12-20",
            ["2026-01-10"],
        ),
        (
            "Un concert de soutien aura lieu samedi 16 novembre à la salle polyvalente de Crozon.",
            "2024-11-07",
            ["2024-11-16"],
        ),
        # … but a programme that stays online is the outlet's schedule (lexicon.toml `own_programmes`)
        ("Le documentaire est disponible en replay jusqu'au 24 mai.", "2026-02-18", []),
        # … and a day before which something is done stays, as does a street address's past day
        (
            "L'association prévoit une collecte de médicaments d'ici la fin du mois.",
            "2024-11-04",
            ["2024-11-04/2024-11-30"],
        ),
        ("Une veillée a réuni 200 personnes dimanche 2 mars au 12, rue du Port.", "2025-03-05", ["2025-03-02"]),
        ("Les 12 rues de Soudja ont été détruites le 3 mars.", "2025-03-05", ["2025-03-03"]),
    ],
)
def test_a_local_events_days_to_come_are_facts(tmp_path: Path, sentence: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        ("Inscription obligatoire avant mercredi midi.", "2026-01-26", []),
        ("À rendre pour le lundi 26 janvier, en classe ou en ligne.", "2026-01-19", []),
        ("Merci de confirmer votre présence avant le vendredi 9 octobre.", "2026-09-23", []),
        ("Corrigé réservé à l'enseignant, ne pas distribuer avant le 13 février.", "2026-02-02", []),
        # near miss: a listing's entry into force is a fact
        ("L'inscription des deux sociétés sur la liste prendra effet le 10 mars.", "2025-02-20", ["2025-03-10"]),
    ],
)
def test_a_day_the_page_gives_its_reader_is_no_fact(
    tmp_path: Path, sentence: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        ("Demain, à la même heure, nous recevrons le ministre des Armées.", "2025-01-16", []),
        ("Il sera de nouveau notre invité dans quinze jours.", "2024-11-05", []),
        ("On en reparle dans quinze jours, pour une émission spéciale.", "2025-12-03", []),
        # near miss: what the guest tells is the story's
        ("En janvier, selon notre invité, 300 soldats sont morts chaque semaine.", "2025-03-01", ["2025-01"]),
    ],
)
def test_a_programmes_next_broadcast_is_no_fact(
    tmp_path: Path, sentence: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates
