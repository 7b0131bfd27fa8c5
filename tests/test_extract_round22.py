"""Round 22 (issue 16): classes that sealed20 (and the sets before it) showed — a range whose noun « autres » leaves
out, « cents » shared by both ends of a range. Made-up sentences, never the held-out articles'; each test drives
`koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract, read_date
from tests.test_extract_round18 import _values

# --- a range of « autres », its noun left out -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the high end was read alone, exact: a value read wrong in silence (sealed20's WRONG)
        (
            "Environ 9 000 soldats sont restés ; cinq à six mille autres seraient rentrés à Pyongyang.",
            [(9000, None, None, "approximate"), (None, 5000, 6000, "range")],
        ),
        ("D'après Séoul, 700 à 800 autres ont été blessés.", [(None, 700, 800, "range")]),
        # near miss: « autres » before its own noun, a range of that noun as before
        ("Trois à quatre mille autres soldats sont arrivés.", [(None, 3000, 4000, "range")]),
    ],
)
def test_a_range_of_others_is_the_range(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« trois à quatre mille autres seraient repartis »: read as 4 000 exact."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims) == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Pyongyang aurait perdu deux à trois cents soldats en une semaine.", [(None, 200, 300, "range")]),
        ("Entre quatre et cinq cents soldats auraient été capturés.", [(None, 400, 500, "range")]),
        # near miss: a low end of tens is its own number (« cinquante à trois cents »)
        ("Entre cinquante et trois cents soldats auraient été capturés.", [(None, 50, 300, "range")]),
    ],
)
def test_cents_counts_both_ends(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« deux à trois cents soldats » was the range 2–300, a value read wrong in silence."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims) == values
