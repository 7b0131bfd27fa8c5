"""Round 34 (issue 16, the lead, after heldout28's first score): a qualifier the page puts in quotes before its number
(« « au moins » 80 morts », « « près de » 600 blessés ») kept its bound only without the quotes: quoted, the figure was
read exact, a wrong kind in silence. Made-up sentences, never the held-out page's; each fails before the change, the
unquoted forms and a quoted word that is no qualifier pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    _, _, claims = extract(tmp_path, text + "\n", "2025-01-10")
    return _values(claims)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Le renseignement parle d'« au moins » 80 soldats tués dans la nuit.", (80, None, None, "at_least")),
        ("Selon Séoul, « plus de » 3 000 soldats ont été blessés.", (3000, None, None, "at_least")),
        ("Le bilan fait état de « près de » 600 blessés.", (None, 540, 600, "range")),
        ("Kiev évoque “environ” 1 500 soldats tués.", (1500, None, None, "approximate")),
        # near misses: the same bounds unquoted, read the same before and after
        ("Le renseignement parle d'au moins 80 soldats tués dans la nuit.", (80, None, None, "at_least")),
        ("Le bilan fait état de près de 600 blessés.", (None, 540, 600, "range")),
        # a quoted word that is no qualifier changes nothing
        ("Les « volontaires » 3 000 soldats ont été tués selon Kiev.", (3000, None, None, "exact")),
    ],
)
def test_a_quoted_qualifier_bounds_the_number_after_it(
    tmp_path: Path, sentence: str, value: tuple[object, ...]
) -> None:
    assert _claims(tmp_path, sentence) == [value]
