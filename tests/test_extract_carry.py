"""The lead's round-19 decision (issue 16, docs/curating.md « A qualifier and a coordination »): an entry says no more
than its quote proves, and a bare number coordinated with an approximated one (one clause joined by « et » or « ou »,
or a comma inside one parenthesis) was never stated as exact: extract carries the approximation to it, as round 15
carries a bound (« plus de 80 personnes et 20 entités »). A number with its own qualifier keeps it; a number in another
clause or sentence is untouched. Made-up sentences, never the held-out articles'; each drives `koursk extract`."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import extract
from tests.test_extract_round18 import _values

APPROXIMATE = "approximate"


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("Selon Séoul, environ 300 soldats ont été tués et 2 700 blessés.", 2700),
        ("Séoul dit que quelque 300 soldats avaient été tués et 2'700 blessés.", 2700),
        ("Quelque 300 soldats ont été tués et 2 700 autres blessés depuis décembre.", 2700),  # « autres »: same count
        ("Environ 300 morts ou 2 700 blessés selon les sources.", 2700),
        ("Les pertes (environ 600 tués, 4 700 blessés) sont lourdes.", 4700),  # a comma inside one parenthesis
        ("Le bilan (~ 600 tués, 4 700 blessés) reste provisoire.", 4700),  # a sign of « environ »
        ("Environ 300 soldats tués en 2024 et 2 700 blessés.", 2700),  # a year inside the clause changes nothing
    ],
)
def test_an_approximation_carries_to_a_bare_later_member(tmp_path: Path, sentence: str, second: int) -> None:
    """The bare second number was drafted exact: an entry saying more than its quote proves."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-05-01")
    first, later = find_figures(sentence)[:2]  # the reading is the draft's comment, not a field
    assert [(v, kind) for v, _, _, kind in _values(claims)][:2] == [(first.value, APPROXIMATE), (second, APPROXIMATE)]
    assert "carried to it, one coordination: approximate" in later.reading  # the curator sees it was carried


def test_the_approximation_carries_down_a_list_in_a_parenthesis() -> None:
    figures = find_figures("Les pertes (environ 600 tués, 4 700 blessés, 200 disparus) restent lourdes.")
    assert [(f.value, f.value_kind) for f in figures] == [(600, APPROXIMATE), (4700, APPROXIMATE), (200, APPROXIMATE)]


def test_a_bound_still_carries_through_the_same_mechanism() -> None:
    """Round 15's reading, unchanged, now said the same way."""
    first, second = find_figures("Plus de 80 personnes et 20 entités sont visées par les sanctions.")
    assert (first.value_kind, second.value_kind) == ("at_least", "at_least")
    assert "carried to it, one coordination: at least" in second.reading


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # another clause: each count has a verb of its own
        ("Environ 300 soldats sont en Russie et 3 000 soldats ont été tués.", (3000, "exact")),
        # the second count's verb of its own makes a clause of its own
        ("Quelque 300 soldats ont péri et 2 700 ont été blessés.", (2700, "exact")),
        # the qualifier belongs to quoted words that end before the second count
        ("Séoul compte 11 000 hommes, dont « environ 500 officiers » et trois généraux.", (3, "exact")),
        # another sentence
        ("Environ 300 soldats ont été tués. 2 700 ont été blessés.", (2700, "exact")),
        # a comma outside a parenthesis ends the coordination
        ("Environ 300 morts, 2 700 blessés.", (2700, "exact")),
        # a comma, then a parenthesis of its own
        ("Environ 300 morts, selon Kiev (2 700 blessés).", (2700, "exact")),
        # a number with its own qualifier keeps it
        ("Environ 300 morts et plus de 2 700 blessés.", (2700, "at_least")),
        ("Quelque 300 morts et près de 2 000 blessés.", (None, "range")),
    ],
)
def test_near_misses_keep_their_own_reading(sentence: str, second: tuple[object, str]) -> None:
    figures = [f for f in find_figures(sentence) if f.value != 11000]  # the quote's line counts the whole first
    assert figures[0].value_kind != "exact"
    assert (figures[1].value, figures[1].value_kind) == second
    assert "carried" not in figures[1].reading


def test_a_date_after_et_is_no_member_of_the_coordination(tmp_path: Path) -> None:
    """« environ 300 soldats entre le 6 août et le 12 août »: the days are dates, never counts; nothing is carried."""
    _, _, claims = extract(tmp_path, "Environ 300 soldats ont été tués entre le 6 août et le 12 août.\n", "2025-05-01")
    assert _values(claims) == [(300, None, None, APPROXIMATE)]
