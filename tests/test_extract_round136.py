"""Round 136 (issue 16): « sans doute », « sans nul doute », « sans conteste », « toutefois » between a verb of bound
and its number (« dépasseraient sans doute les 5 000 morts ») are read through as one adverb is: the number was read
exact, a value the text does not give, in silence (review88 s09–s11, s14). Made-up sentences
(benchmarks/heldout/ROUND136.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _figures(tmp_path: Path, sentence: str) -> list[tuple[object, object]]:
    """The value and kind of each claim `extract` drafts from `sentence`."""
    _, _, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2025-10-02")
    return [(c["value"], c["value_kind"]) for c in claims or []]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Les pertes nord-coréennes dépasseraient sans doute les 5 000 morts, selon Séoul.", (5000, "at_least")),
        ("Les pertes nord-coréennes dépassent sans nul doute les 5 000 morts.", (5000, "at_least")),
        ("Les pertes nord-coréennes avoisinent sans conteste les 5 000 morts.", (5000, "approximate")),
        ("Les pertes nord-coréennes dépassent toutefois les 5 000 morts, selon Kiev.", (5000, "at_least")),
        # « sans » before the verb still denies it: the curator's
        ("Le bilan, sans dépasser toutefois 5 000 morts, reste lourd, selon Séoul.", (None, "exact")),
    ],
)
def test_an_adverb_of_two_words_between_a_verb_of_bound_and_its_number(
    tmp_path: Path, sentence: str, figure: tuple[object, object]
) -> None:
    assert _figures(tmp_path, sentence) == [figure]
