"""Round 133 (issue 16): a range of two words of quantity (« d'une vingtaine à une trentaine d'hommes », « entre une
dizaine et une vingtaine de soldats ») is a range from one to the other; its high end was read alone, « une
trentaine » about 30, a value the text does not give, in silence (sealed153 c03, blind). Made-up sentences, never the
held-out articles' (benchmarks/heldout/ROUND133.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _figures(tmp_path: Path, sentence: str) -> list[tuple[object, object, object, object]]:
    """The value, kind and bounds of each claim `extract` drafts from `sentence`."""
    _, _, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2025-10-02")
    return [(c["value"], c["value_kind"], c.get("value_min"), c.get("value_max")) for c in claims or []]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Selon Kiev, d'une vingtaine à une trentaine d'hommes ont été tués dans chaque assaut.", 20, 30),
        ("Entre une dizaine et une vingtaine de soldats nord-coréens ont été blessés, selon Kiev.", 10, 20),
        ("Une centaine à un millier de soldats nord-coréens auraient été capturés, selon Kiev.", 100, 1000),
    ],
)
def test_a_range_of_two_words_of_quantity_is_a_range(tmp_path: Path, sentence: str, low: int, high: int) -> None:
    assert (None, "range", low, high) in _figures(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # one word of quantity alone, or after a qualifier: about that many, as before
        ("Une trentaine de soldats nord-coréens ont été tués, selon Kiev.", (30, "approximate", None, None)),
        # two counts of two things side by side: no range
        ("Une vingtaine de blessés et une trentaine de morts, selon Kiev.", (30, "approximate", None, None)),
    ],
)
def test_one_word_of_quantity_is_read_as_before(
    tmp_path: Path, sentence: str, figure: tuple[object, object, object, object]
) -> None:
    assert figure in _figures(tmp_path, sentence)
