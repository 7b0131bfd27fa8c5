"""Round 37 (issue 16, the lead, after sealed29's blind scores; that set is tuning data from then on): an answer that
opens with an approximation before a range (« Combien de soldats … ? » then « Environ 11 000 à 12 000 selon Séoul »)
was read as its low end alone, approximate, a wrong kind in silence; and years counted from the month told before
that land decades after the publication (« « quatre-vingt-un ans après » » the battle the sentence names: 2106) were
proposed as a date. Made-up sentences, never the held-out pages'; each fails before the change, its near misses pass
both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    _, _, claims = extract(tmp_path, text + "\n", "2026-01-10")
    return _values(claims)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Combien de soldats ont été déployés ?\n\nEnviron 8 000 à 9 000 selon Kiev.", [(None, 8000, 9000, "range")]),
        ("Combien de soldats ont été déployés ?\n\nQuelque 8 000 à 9 000, dit Kiev.", [(None, 8000, 9000, "range")]),
        # near misses: the range alone, and one number after the approximation, as before
        ("Combien de soldats ont été déployés ?\n\n8 000 à 9 000 selon Kiev.", [(None, 8000, 9000, "range")]),
        ("Combien de soldats ont été déployés ?\n\nEnviron 8 000 selon Kiev.", [(8000, None, None, "approximate")]),
    ],
)
def test_an_answer_opening_with_an_approximation_reads_its_range(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _claims(tmp_path, text) == values


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Les démineurs ont été appelés fin octobre. Ils trouvent des obus de la bataille de Verdun,"
            " « cent neuf ans après ».",
            ["2025-10-21~/2025-10-31"],
        ),
        # near miss: years counted from the month told before that stay near the page, as before
        (
            "Les démineurs sont arrivés à l'automne 2024. Un an plus tard, ils étaient encore là.",
            ["2024-09/2024-11", "2025-09/2025-11"],
        ),
    ],
)
def test_years_counted_far_past_the_publication_are_no_date(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-12-03") == dates
