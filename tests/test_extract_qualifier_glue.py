"""Two figures read to a wrong kind in silence on blind pages (sealed79 u19, sealed81 y19), fixed as their classes: a
sign after a number qualifies it only glued to it (« 7 000+ »), never after its noun (« 4 700 tués + blessés » joins two
nouns); an apostrophe a dump escaped (« jusqu\\'à » in SQL) still makes its qualifier. Made-up sentences; each positive
case fails before the fix, the near misses name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _readings(tmp_path: Path, sentence: str) -> list[tuple[object, object]]:
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-08")
    return [(c["value"], c["value_kind"]) for c in claims or []]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("Bilan du renseignement : 4 700 tués + blessés dans la région de Koursk.", (4700, "exact")),
        ("Selon Kiev, 3 100 morts + disparus parmi les soldats nord-coréens.", (3100, "exact")),
    ],
)
def test_a_plus_between_two_nouns_is_no_bound(tmp_path: Path, sentence: str, reading: tuple[object, object]) -> None:
    assert reading in _readings(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # glued to its number: « plus de » (lexicon.toml [postposed] « + »)
        ("Selon le GUR, 7 000+ soldats nord-coréens sont positionnés près de Koursk.", (7000, "at_least")),
        # a postposed word still follows the noun (the words' branch of frqualifiers._POSTPOSED)
        ("Pyongyang aurait envoyé 2 000 hommes environ dans la région de Koursk.", (2000, "approximate")),
    ],
)
def test_a_glued_plus_and_a_postposed_word_still_qualify(
    tmp_path: Path, sentence: str, reading: tuple[object, object]
) -> None:
    assert reading in _readings(tmp_path, sentence)


def test_an_escaped_apostrophe_still_makes_its_qualifier(tmp_path: Path) -> None:
    sentence = "(12,'Rumeur : jusqu\\'à 30 000 soldats nord-coréens envoyés en Russie d\\'ici fin 2025.')"
    assert (30000, "at_most") in _readings(tmp_path, sentence)
