"""Round 57 (issue 16, figures; helper round57): the round-19 carry of a qualifier over a coordination stops at a
later member counted one by one after a round first member (« près de 600 drones et 31 missiles »: 31 counted,
sealed32 o18 and sealed37 t16, two WRONG) and reaches a member after « puis » (sealed34 q04), never one after « ainsi
que », which adds a count of its own (sealed39 v06, blind; the lead's call, which leaves sealed37 t12 WRONG). Made-up sentences, never the held-out ones; each positive case fails before the change, its near
misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import frnumbers
from tests.test_extract import extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str, published: str = "2025-10-31") -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, published)
    return claims or []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Au total, la Russie a lancé près de 600 drones et 47 missiles sur l'Ukraine.",
            [(None, 540, 600, "range"), (47, None, None, "exact")],
        ),
        (
            "L'armée affirme avoir repris plus de 900 km² et 57 localités depuis août.",
            [(900, None, None, "at_least"), (57, None, None, "exact")],
        ),
        # near misses: a round later member still takes the qualifier (the round-19 decision)
        (
            "Séoul estime qu'environ 300 soldats ont été tués et 2 700 blessés.",
            [(300, None, None, "approximate"), (2700, None, None, "approximate")],
        ),
        (
            "Au total, la Russie a lancé près de 600 drones et 40 missiles sur l'Ukraine.",
            [(None, 540, 600, "range"), (None, 36, 40, "range")],
        ),
        # … and a bound over a first member counted too bounds a tally: as before, the curator's call for the wounded
        ("Au moins 9 civils ont été tués et 31 blessés.", [(9, None, None, "at_least"), (None, None, None, "exact")]),
    ],
)
def test_the_carry_stops_at_a_number_counted_one_by_one(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _values(_claims(tmp_path, text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Pyongyang a envoyé environ 11 000 soldats lors d'une première vague puis 3 000 en février.",
            [(11000, None, None, "approximate"), (3000, None, None, "approximate")],
        ),
        # near misses: « ainsi que » adds a count of its own; another clause with its own verb keeps its count exact
        (
            "Pyongyang a envoyé quelque 12 000 militaires en Russie, ainsi que 4 000 ouvriers et démineurs.",
            [(12000, None, None, "approximate"), (4000, None, None, "exact")],
        ),
        (
            "Pyongyang a livré plus de 12 millions d'obus depuis août 2023, ainsi que 250 lance-roquettes multiples.",
            [(12000000, None, None, "at_least"), (250, None, None, "exact")],
        ),
        (
            "Pyongyang a envoyé environ 11 000 soldats en Russie puis Moscou a recruté 3 000 soldats.",
            [(11000, None, None, "approximate"), (3000, None, None, "exact")],
        ),
        (
            "Pyongyang a envoyé environ 11 000 soldats. Puis 3 000 soldats sont arrivés en février.",
            [(11000, None, None, "approximate"), (3000, None, None, "exact")],
        ),
    ],
)
def test_puis_joins_one_coordination_ainsi_que_none(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _values(_claims(tmp_path, text)) == values


def test_the_wider_coordination_reads_a_hostile_line_in_one_pass() -> None:
    """Runs of white space before « puis », or before « ainsi que » (which joins none), read in linear time."""
    assert (
        _growth(lambda n: frnumbers.find_figures("environ 300 soldats," + " " * n + "ainsi que 2 700 ouvriers"), 20_000)
        < 16
    )
    assert (
        _growth(lambda n: frnumbers.find_figures("environ 300 soldats" + " puis" * n + " 2 700 ouvriers"), 5_000) < 16
    )
