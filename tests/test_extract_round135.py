"""Round 135 (issue 16): two figures read to a bound the text does not give, in silence (found blind by the writers of
sealed158, sealed159 and sealed160, who said so when they froze their sets).

- « de 11 000 à plus de 12 000 hommes », « entre 2 500 et plus de 6 000 morts »: a spread from one number to a bound,
  its top open, which no value kind holds, was read as its bound alone (at least 12 000): a TODO for the curator now;
  a count that changed (« est passé de 11 000 à plus de 12 000 ») keeps each end as written.
- « sans dépasser 5 000 morts » was read as at least 5 000: « sans » right before the verb denies it as « ne … pas »
  does, and a denied bound is the curator's (a TODO); never « sans » of another phrase (« sans aucun doute
  dépassé », « sans-abri », « envoyés sans préparation dépasseraient »: review88).
- A spread after a word of change in its clause (« a porté son contingent de 11 000 à plus de 14 000 », « la hausse
  du contingent, de … ») is a count that changed, read as before (review88).

Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND135.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _figures(tmp_path: Path, sentence: str) -> list[tuple[object, object, object, object]]:
    """The value, kind and bounds of each claim `extract` drafts from `sentence`."""
    _, _, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2025-10-02")
    return [(c["value"], c["value_kind"], c.get("value_min"), c.get("value_max")) for c in claims or []]


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon les sources, de 11 000 à plus de 12 000 hommes ont été envoyés en Russie.",
        "Entre 2 500 et plus de 6 000 soldats nord-coréens seraient morts, selon les estimations.",
        "Kiev fait état de 3 000 à moins de 4 000 morts nord-coréens.",
        "Le bilan, sans dépasser 5 000 morts, reste lourd, selon Séoul.",
        "Sans jamais dépasser 4 000 hommes, le contingent nord-coréen a tenu Soudja.",
        "Pyongyang aurait envoyé d'environ 11 000 à plus de 12 000 soldats, selon les sources.",
    ],
)
def test_an_open_spread_or_a_bound_denied_by_sans_is_left_to_the_curator(tmp_path: Path, sentence: str) -> None:
    assert _figures(tmp_path, sentence) == [(None, "exact", None, None)]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a count that changed: each end as written (frchanges.py), as before
        (
            "Le nombre de soldats nord-coréens est passé de 11 000 à plus de 12 000, selon Séoul.",
            [(11000, "exact", None, None), (12000, "at_least", None, None)],
        ),
        # a change further from its numbers (review88)
        ("Moscou a porté son contingent de 11 000 à plus de 14 000 hommes.", [(14000, "at_least", None, None)]),
        (
            "La hausse du contingent, de 11 000 à plus de 14 000 hommes, inquiète Séoul.",
            [(14000, "at_least", None, None)],
        ),
        # « sans » of another phrase: no denial (review88)
        ("Les pertes ont sans doute dépassé les 5 000 morts, selon Séoul.", [(5000, "at_least", None, None)]),
        ("Les pertes ont sans aucun doute dépassé les 5 000 morts, selon Séoul.", [(5000, "at_least", None, None)]),
        (
            "Les soldats envoyés sans préparation dépasseraient les 15 000, selon Kiev.",
            [(15000, "at_least", None, None)],
        ),
        # a bound alone, and a closed range: as before
        ("Plus de 12 000 soldats nord-coréens ont été envoyés en Russie.", [(12000, "at_least", None, None)]),
        ("De 11 000 à 12 000 soldats nord-coréens ont été envoyés en Russie.", [(None, "range", 11000, 12000)]),
    ],
)
def test_a_change_a_probable_bound_a_bound_and_a_range_are_read_as_before(
    tmp_path: Path, sentence: str, figures: list[tuple[object, object, object, object]]
) -> None:
    assert _figures(tmp_path, sentence) == figures
