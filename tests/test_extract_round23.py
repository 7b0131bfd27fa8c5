"""Round 23 (issue 16): classes that sealed21 (and the sets before it) showed — any qualifier the first member of a
coordination is read with carries to its bare later members, « près de » and « presque » too (the lead's round-19
decision). Made-up sentences, never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's
helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.test_extract import extract
from tests.test_extract_round18 import _values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the wounded were read as 2 700 exact: a value read wrong in silence (sealed21's WRONG)
        (
            "Près de 300 soldats auraient été tués et 2 700 blessés, selon Séoul.",
            [(None, 270, 300, "range"), (None, 2430, 2700, "range")],
        ),
        (
            "Presque 400 morts et 1 000 blessés ont été comptés.",
            [(None, 360, 400, "range"), (None, 900, 1000, "range")],
        ),
        ("Pas loin de 50 chars et 20 obusiers ont été détruits.", [(None, 45, 50, "range"), (None, 18, 20, "range")]),
        # « près de » whose range would collapse: approximate, carried as such
        (
            "Près de 3 soldats et 2 civils ont été blessés.",
            [(3, None, None, "approximate"), (2, None, None, "approximate")],
        ),
        # near misses: a second clause with its own verb, a number with its own qualifier
        (
            "Près de 300 soldats sont en Russie et 3 000 soldats ont été tués.",
            [(None, 270, 300, "range"), (3000, None, None, "exact")],
        ),
        ("Près de 300 morts et plus de 2 700 blessés.", [(None, 270, 300, "range"), (2700, None, None, "at_least")]),
    ],
)
def test_nearly_carries_over_a_coordination(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« près de 300 … tués et 2'700 blessés »: the second count was read exact, its qualifier not carried."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims) == values


def test_the_carried_nearly_says_whose_words(tmp_path: Path) -> None:
    """The later member's reading names the first member whose « près de » it carries, for the curator to check."""
    article = tmp_path / "article.txt"
    article.write_text("Près de 300 soldats auraient été tués et 2 700 blessés.\n", encoding="utf-8")
    out = run("extract", str(article), "--published", "2025-06-18").stdout
    assert "the qualifier of « Près de 300 soldats » carried to it, one coordination: nearly" in out
