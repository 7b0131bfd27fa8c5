"""Round 30 (issue 16): a sum of money is a figure only when a topic of the store measures money (the lead's
convention; benchmarks/heldout/README.md « Which counts are figures »). The shipped store's topics have no currency
among their units, so its drafts hold no sum, and the soldiers and losses of the same sentences stay; a working store
whose topic lists one (`USD`, `EUR`, `XOF`: the unit names lexicon.toml's money units use; tests/conftest.py
`money_store`) drafts its sums as before. Made-up sentences. The shipped store's tests and the near miss of a currency
no topic measures fail at 679905c5, where every sum was drafted; the working store's pass there too: they guard that
a store which measures money still drafts its sums, under its topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract
from tests.test_extract_round18 import _values

SOLDIERS = "Séoul estime que 12 000 soldats nord-coréens ont été envoyés."
ONLY_SOLDIERS: list[tuple[object, ...]] = [(12000, None, None, "exact")]
SUMS = [
    "Selon Kiev, Moscou aurait versé 20 milliards de dollars à Pyongyang.",
    "Le fonds ukrainien a collecté 10 euros auprès de chaque donateur de Lviv.",
    "Au Sénégal, l'association a reçu 500 FCFA pour soutenir Kiev.",
    "Le ministère a débloqué 22 EUR pour les réfugiés.",
    "Ottawa a gelé quelque 1,2 M$ d'avoirs nord-coréens.",
    "Pyongyang toucherait entre 20 et 25 M€ par mois.",
    "L'UE a promis 1,5 milliard d'euros à Kiev, selon Bruxelles.",
]


@pytest.mark.parametrize("sentence", SUMS)
def test_the_shipped_store_drafts_no_sum(tmp_path: Path, sentence: str) -> None:
    """No topic of the shipped store measures money: a sum is no claim, the soldiers after it stay."""
    _, _, claims = extract(tmp_path, f"{sentence} {SOLDIERS}\n", "2025-06-18")
    assert _values(claims) == ONLY_SOLDIERS


def test_a_sum_loses_no_count_of_its_own_sentence(tmp_path: Path) -> None:
    """The soldiers and the killed of the sentence that names a sum are drafted, under their topics."""
    text = "Selon Kiev, Moscou aurait versé 20 milliards de dollars à Pyongyang, qui a envoyé 12 000 soldats, dont 3 000 ont été tués.\n"
    _, _, claims = extract(tmp_path, text, "2025-06-18")
    assert [(c["value"], c["topic"], c["unit"]) for c in claims] == [
        (12000, "troops", "soldiers"),
        (3000, "losses", "deaths"),
    ]


def _drafted(store: Path, tmp_path: Path, text: str) -> list[dict[str, object]]:
    """The claims `koursk extract` drafts in a working store whose topic `aid` measures money (tests/conftest.py)."""
    _, _, claims = extract(tmp_path, text, "2025-06-18", "--data", str(store))
    return claims


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Selon Kiev, Moscou aurait versé une aide de 20 milliards de dollars à Pyongyang.", 20_000_000_000, "USD"),
        ("L'aide de Moscou à Pyongyang atteindrait 1,5 milliard d'euros.", 1_500_000_000, "EUR"),
        ("Un versement de 500 000 FCFA aurait été fait à Pyongyang.", 500_000, "XOF"),
    ],
)
def test_a_store_that_measures_money_drafts_its_sums(
    money_store: Path, tmp_path: Path, sentence: str, value: int, unit: str
) -> None:
    """A topic whose units name a currency: the sum is drafted under it, in its unit; the soldiers stay."""
    claims = _drafted(money_store, tmp_path, f"{sentence} {SOLDIERS}\n")
    assert [(c["value"], c["topic"], c["unit"]) for c in claims] == [
        (value, "aid", unit),
        (12000, "troops", "soldiers"),
    ]


def test_a_sum_in_a_sign_is_drafted_where_money_is_measured(money_store: Path, tmp_path: Path) -> None:
    """« 1,2 M$ »: which dollar is the curator's (its unit a TODO), drafted in a store that measures money."""
    claims = _drafted(money_store, tmp_path, "Ottawa a gelé quelque 1,2 M$ d'avoirs nord-coréens.\n")
    assert [(c["value"], c["topic"]) for c in claims] == [(1_200_000, "aid")]


def test_a_currency_no_topic_measures_is_no_figure(money_store: Path, tmp_path: Path) -> None:
    """Near miss: the store measures dollars, euros, francs (CFA and Swiss) and roubles, not yuans."""
    claims = _drafted(money_store, tmp_path, f"L'aide chinoise atteindrait 300 millions de yuans. {SOLDIERS}\n")
    assert _values(claims) == ONLY_SOLDIERS
