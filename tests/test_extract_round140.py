"""Round 140 (issue 16): « au plus » after a number or its noun bounds it (« 5 000 hommes au plus »: at most), as
« tout au plus » did; never a superlative's « au plus » (« au plus près du front », « au plus tard le 5 avril »).
Before, « 5 000 hommes au plus » was read exact: a figure read wrong in silence (sealed173 x08, blind). Made-up
sentences, never the held-out articles' (benchmarks/heldout/ROUND140.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _kinds(tmp_path: Path, sentence: str) -> list[tuple[object, object]]:
    """The value and kind of each claim `extract` drafts from `sentence`."""
    _, _, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2025-10-02")
    return [(c["value"], c["value_kind"]) for c in claims or []]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Selon Séoul, 5 000 hommes au plus ont été engagés à Koursk.", "at_most"),
        ("Au plus fort des combats, 3 000 hommes au plus étaient engagés.", "at_most"),
        ("Ils seraient 11 000 tout au plus, selon Kiev.", "at_most"),
        ("Quelque 2 000 soldats au plus près du front ont été vus le 3 mars.", "approximate"),
        ("Moscou doit livrer 1 000 obus au plus tard le 5 avril.", "exact"),
    ],
)
def test_au_plus_after_the_count_bounds_it(tmp_path: Path, sentence: str, kind: str) -> None:
    assert [k for _, k in _kinds(tmp_path, sentence)] == [kind]
