"""Each extract rule on small made-up sentences (not the seeds, not the held-out articles): the pure core of
koursk_cli/extract (find_figures, find_dates), so every rule says in one line what it reads and what it leaves."""

from __future__ import annotations

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract.frdates import find_dates
from koursk_cli.extract.frnumbers import find_figures

# --- figures -------------------------------------------------------------------------------------------------------


def _figures(sentence: str, published: str = "2025-03-14") -> list[tuple[float | None, str, str | None]]:
    skip = [(m.start, m.end) for m in find_dates(sentence, parse_edtf(published))]
    return [(f.value, f.value_kind, f.noun) for f in find_figures(sentence, skip)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the word after a date is the qualifier of the next number, not a counted noun of the year
        ("Kiev tient depuis le 3 mai 2023 environ 900 km² du district.", [(900, "approximate", "km²")]),
        ("Les forces ont pris le 2 juin 2025 environ 40 villages.", [(40, "approximate", "villages")]),
        ("Ils ont repris en 2023 quelque 70 chars.", [(70, "approximate", "chars")]),
    ],
)
def test_a_qualifier_after_a_date_qualifies_the_next_number(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Quelque 35 % des drones lancés ont été abattus.",
        "Près de 60 pour cent des sondés soutiennent la trêve.",
        "Entre 20 et 30 % des munitions seraient défectueuses.",
        "Moscou a reçu des mortiers de 120 mm et des canons de 130 millimètres.",
        "Les obusiers de calibre 152 sont arrivés.",
    ],
)
def test_a_share_or_a_size_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # « contre N »: an earlier count of the thing counted before
        (
            "La Marine compte 4 000 marins, contre 2 500 l'an passé.",
            [(4000, "exact", "marins"), (2500, "exact", "marins")],
        ),
        # « le bilan des X s'élève à N »: the noun is named before the verb
        ("Le bilan des blessés s'élève à au moins 300, selon la police.", [(300, "at_least", "blessés")]),
        ("Le nombre de victimes se serait établi à 75, selon Kiev.", [(75, "exact", "victimes")]),
    ],
)
def test_a_count_whose_noun_is_left_out_takes_the_noun_it_counts(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence, "2024-12-01") == expected


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Près de 600 km² ont été repris.", 540, 600),
        ("Kiev a perdu presque 15 chars.", 14, 15),
        ("Pas loin de 2 000 soldats ont été blessés.", 1800, 2000),
        ("Moscou a reçu près d'une centaine de drones.", 90, 100),
    ],
)
def test_nearly_n_is_the_range_up_to_n(sentence: str, low: int, high: int) -> None:
    """docs/editorial.md §10: « près de N » is close to N and not above it, the range 0.9·N–N (rounded up)."""
    [figure] = find_figures(sentence)
    assert (figure.value, figure.value_kind, figure.value_min, figure.value_max) == (None, "range", low, high)
    assert "editorial.md §10" in figure.reading


@pytest.mark.parametrize("sentence", ["Environ 600 km² ont été repris.", "Quelque 600 km² ont été repris."])
def test_about_n_stays_approximate(sentence: str) -> None:
    [figure] = find_figures(sentence)
    assert (figure.value, figure.value_kind) == (600, "approximate")
