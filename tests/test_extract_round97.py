"""Round 97 (issue 16, spans; helper round97): « en un mois et demi » left its half out (a month read where the
truths count forty-six days); « en l'espace de trois mois, entre décembre et février » added a span counted back from
the page beside the range the sentence gives; « en un peu plus de deux mois » was read to the day where the truths
read the month it starts in; « le pont doit être achevé en un an et demi » dated a span up to the page; « pendant dix
ans, avant de rentrer en 2019 » ran from January 2009 (review63's leftover); « Ils ont appris en trois mois ce que
d'autres armées apprennent en dix ans » dated a pace compared; « En novembre dernier, … en un mois » counted the span
back from the page, not from the month that frames the sentence (review63's leftover). Made-up sentences, never the
held-out ones; each positive case fails before the change, and each near miss names the guard that keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- « et demi » after the unit of a span -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # forty-six days back, not a month
        (
            "Le bataillon a perdu 600 hommes en un mois et demi, selon Kiev.",
            "2025-01-20",
            "2024-12-05/2025-01-20",
        ),
        # eighteen months, to the months they run in
        ("Le régime a envoyé 3 000 hommes de plus en un an et demi.", "2025-03-10", "2023-09/2025-03"),
    ],
)
def test_a_span_and_a_half(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, sentence, published) == [edtf]


# --- a span apposed to the range it runs over -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        (
            "Les pertes ont triplé en l'espace de trois mois, entre décembre et février.",
            "2025-04-10",
            ["2024-12/2025-02"],
        ),
        (
            "Selon Kiev, en l'espace de trois semaines, entre fin décembre et mi-janvier, 900 soldats ont été tués.",
            "2025-04-22",
            ["2024-12-21/2025-01-20"],
        ),
    ],
)
def test_a_span_apposed_to_its_range_is_that_range(
    tmp_path: Path, sentence: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # what follows the comma is no date (the range must be a date read there): the span up to the page
        ("Le chiffre a doublé en deux mois, de 1 500 à 3 000 morts.", ["2025-01-10/2025-03-10"]),
        # a place, not a time
        ("Les pertes ont doublé en deux mois, entre Koursk et Belgorod.", ["2025-01-10/2025-03-10"]),
    ],
)
def test_a_span_apposed_to_no_range_stays(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-03-10") == dates


# --- « en un peu plus de deux mois »: from the first of its month ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        (
            "L'armée aurait perdu 2 500 hommes en un peu plus de deux mois.",
            "2025-01-20",
            "2024-11/2025-01-20",
        ),
        (
            "Kiev aurait perdu 1 800 hommes en un peu plus d'un mois.",
            "2025-01-31",
            "2024-12/2025-01-31",
        ),
    ],
)
def test_a_little_over_a_count_of_months_runs_from_its_month(
    tmp_path: Path, sentence: str, published: str, edtf: str
) -> None:
    assert drafted_dates(tmp_path, sentence, published) == [edtf]


def test_nearly_a_count_of_months_keeps_its_day(tmp_path: Path) -> None:
    # « près de » is under the count, not over it: still read to the day (the guard reads « plus » only)
    sentence = "L'armée aurait perdu 2 500 hommes en près de deux mois."
    assert drafted_dates(tmp_path, sentence, "2025-01-20") == ["2024-11-20/2025-01-20"]


# --- a span in a clause told in the future: a term, no date ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Long de 800 mètres, le tunnel doit être percé en un an et demi, d'ici à la fin de 2026.",
        "La Russie a annoncé qu'elle reprendra la ville en trois mois.",
    ],
)
def test_a_span_in_a_future_clause_is_no_past_span(tmp_path: Path, sentence: str) -> None:
    assert not [d for d in drafted_dates(tmp_path, sentence, "2025-04-25") if d.endswith("2025-04")]


def test_a_past_span_beside_a_future_clause_stays(tmp_path: Path) -> None:
    # the verb nearest the span is a past one (`future_verb`): the span up to the page
    sentence = "L'armée a perdu 3 000 hommes en trois mois, et Séoul enverra bientôt des renforts."
    assert "2025-01/2025-04" in drafted_dates(tmp_path, sentence, "2025-04-25")


# --- « pendant dix ans, avant de rentrer en 2019 »: the years ---------------------------------------------------------


def test_a_span_of_years_before_a_year_is_in_years(tmp_path: Path) -> None:
    dates = drafted_dates(
        tmp_path, "Il a vécu en Chine pendant dix ans, avant de rentrer en 2019 à Séoul.", "2025-06-10"
    )
    assert "2009/2019" in dates
    assert "2009-01/2019" not in dates


def test_a_span_of_months_before_a_month_stays_in_months(tmp_path: Path) -> None:
    dates = drafted_dates(tmp_path, "Il a combattu pendant sept mois avant d'être blessé en février.", "2025-06-10")
    assert "2024-07/2025-02" in dates


# --- a span set against decades: a pace, no date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "« Nos recrues ont retenu en quatre mois ce que d'autres retiennent en quinze ans », juge un colonel.",
        "Les Nord-Coréens ont plus appris en six mois qu'en soixante-dix ans de paix, selon un expert.",
    ],
)
def test_a_span_set_against_decades_is_no_date(tmp_path: Path, sentence: str) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-06-10") == []


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # set against fewer than ten years after « que »: both dated (the count guard)
        ("Les pertes ont doublé en trois mois, alors que Séoul en comptait 1 000 en deux ans.", "2025-03/2025-06"),
        # ten years with no « que » before them: a record, not a comparison (the « que » guard)
        ("Les pertes ont doublé en trois mois, un record en dix ans.", "2025-03/2025-06"),
        # « ce que » not right after the span (review64b: the class takes only « ce que » or « qu'en » right after it)
        (
            "« En quatre mois, nos recrues ont maîtrisé ce que d'autres armées maîtrisent en douze ans », dit-il.",
            "2025-02/2025-06",
        ),
    ],
)
def test_a_span_beside_another_count_of_time_stays(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, "2025-06-10")


# --- a span in the month that opens its sentence ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a month in its month: that month (review64b: not from 30 October)
        ("En novembre dernier, Kiev affirmait que 3 000 soldats avaient été tués en un mois.", ["2024-11"]),
        # longer than the month: counted back from its end
        ("En novembre, les pertes nord-coréennes ont doublé en trois mois.", ["2024-08/2024-11", "2024-11"]),
        # a count that opens its clause after the month: the month frames it, not the page (the frame is tried first)
        ("En février, en une semaine, les Nord-Coréens ont perdu 1 000 hommes.", ["2025-02"]),
        # a week in the last third of December: inside it
        (
            "Fin décembre, le Pentagone a évoqué un millier de tués et de blessés en une semaine.",
            ["2024-12-21~/2024-12-31"],
        ),
    ],
)
def test_a_span_in_the_month_that_frames_its_sentence(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-03-10") == dates


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # a month set off by commas inside the sentence, not opening it (the opening guard)
        ("Le fonds, lancé en janvier, a levé 420 millions d'euros en un mois.", "2025-02-10/2025-03-10"),
        # a month opening the sentence but no comma closing it: two months named, no frame (the comma guard)
        ("En janvier et en février, l'armée a perdu 2 000 hommes en trois semaines.", "2025-02-17/2025-03-10"),
    ],
)
def test_a_span_with_no_month_framing_it_stays(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, "2025-03-10")
