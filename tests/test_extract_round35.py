"""Round 35 (issue 16, date recall and precision): anchored dates the committed sets missed — a side clause's « le
lendemain » counts from the day told before it, not from one the sentence names after it (« La cérémonie, retransmise
le lendemain par la télévision, s'est déroulée à la veille du Nouvel An »), and years counted roughly after a thing
(« Près d'un an après leur arrivée », « un peu plus d'un an après la signature, le 19 juin 2024, », « Près d'un an
et demi après ») in a sentence told in the present are the page's month; « Deux ans et demi plus tard » is thirty
months; the nth time in a span (« sa deuxième visite en moins de deux semaines »), in any tense, is the span up to the
day told before. Made-up sentences, never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's
helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a side clause's « le lendemain »: the day told before, not the holiday named after it
        (
            "Le régime a inauguré lundi 16 février un musée. La cérémonie, diffusée le lendemain par la télévision,"
            " s'est tenue à la veille du Nouvel An lunaire.",
            ["2026-02-16", "2026-02-16", "2026-02-17"],
        ),
        # near miss: a side clause whose sentence names no day after it, as before
        (
            "Le régime a inauguré lundi 16 février un musée. La cérémonie, diffusée le lendemain, a été saluée.",
            ["2026-02-16", "2026-02-17"],
        ),
    ],
)
def test_a_side_clauses_lendemain_counts_from_the_day_told_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-02-18") == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Près d'un an après leur arrivée en Russie, ces soldats restent un symbole du régime.", ["2026-06"]),
        ("Près d'un an et demi après leur arrivée, le bilan humain reste incertain.", ["2026-06"]),
        # the thing's own day set beside it is proposed too; the visit is the page's present
        (
            "Cette visite intervient un peu plus d'un an après la signature, le 19 mai 2025, du traité.",
            ["2025-05-19", "2026-06"],
        ),
        # near misses: a count told exactly keeps the page's day; a sentence told in the past is no present
        ("Un an après leur arrivée en Russie, ces soldats restent un symbole du régime.", ["2026-06-02"]),
        ("Près d'un an après leur arrivée, ces soldats avaient défilé le 3 mai 2026.", ["2026-05-03"]),
    ],
)
def test_years_counted_roughly_after_a_thing_are_the_pages_month(
    tmp_path: Path, sentence: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, "Le point du jour. " + sentence, "2026-06-02") == dates


def test_years_and_a_half_later_are_thirty_months(tmp_path: Path) -> None:
    text = "Les premiers obus sont partis à l'été 2023. Deux ans et demi plus tard, le pont reste ouvert."
    assert "2025-12/2026-02" in drafted_dates(tmp_path, text, "2026-02-17")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the nth time in a span, in any tense, « moins de » too: the span up to the day told before
        (
            "Le ministre a été reçu mardi 16 juin par Kim Jong-un. Il s'agit de sa deuxième visite en moins de deux"
            " semaines.",
            ["2026-06-02/2026-06-16", "2026-06-16"],
        ),
        (
            "Le ministre a été reçu mardi 16 juin par Kim Jong-un. Le ministre, qui effectuait sa deuxième visite en"
            " l'espace de quinze jours, a été reçu au palais.",
            ["2026-06-01/2026-06-16", "2026-06-16"],
        ),
        # near misses: « en moins de » with no nth time is how fast; an nth time still to come dates no span
        (
            "Le ministre a été reçu mardi 16 juin par Kim Jong-un. Le pont a été bâti en moins de deux semaines.",
            ["2026-06-16"],
        ),
        (
            "Le ministre a été reçu mardi 16 juin par Kim Jong-un. Le Conseil doit tenir une réunion, la deuxième en"
            " trois mois.",
            ["2026-06-16"],
        ),
    ],
)
def test_the_nth_time_in_a_span_ends_on_the_day_told_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-06-18") == dates
