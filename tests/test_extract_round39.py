"""Round 39 (issue 16, helper figures46): counts whose noun is left out or far from them, dropped by the figure rules
(frnumbers): a gapped clause repeating a count's preposition, a whole after « sur », a count changed with qualified or
dated ends, « au total », « le chiffre … est de », « dont le nombre dépasserait », « et à N les X » after a verb of
estimate, a list line's label closed by a parenthesis, « N, c'est le nombre de X », « l'estimait en septembre à N »,
« parlait de N ». Made-up sentences, never the held-out pages'; each positive case fails before the change, its near
misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    _, _, claims = extract(tmp_path, text + "\n", "2026-01-10")
    return _values(claims)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a gapped clause: the preposition of the count before, its verb and noun left out
        (
            "Kiev parle de 5 000 soldats, puis, à la fin de l'hiver, d'environ 9 000.",
            [(5000, None, None, "exact"), (9000, None, None, "approximate")],
        ),
        (
            "Séoul chiffrait les pertes à deux mille hommes ; trois mois plus tard, à plus de cinq mille.",
            [(2000, None, None, "exact"), (5000, None, None, "at_least")],
        ),
        # near miss: a year after the comma is no count
        ("Kiev parle de 5 000 soldats, selon un bilan de 2025.", [(5000, None, None, "exact")]),
    ],
)
def test_a_gapped_clause_counts_the_noun_before(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _claims(tmp_path, text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Séoul évoque environ 1 800 morts sur quelque 13 000 soldats engagés.",
            [(1800, None, None, "approximate"), (13000, None, None, "approximate")],
        ),
        ("L'armée a perdu quelque 400 km² sur 1 200.", [(400, None, None, "approximate"), (1200, None, None, "exact")]),
        (
            "Le NIS compte 500 morts sur un total de 12 000 soldats envoyés.",
            [(500, None, None, "exact"), (12000, None, None, "exact")],
        ),
        # near misses: a proportion stays none
        ("Un soldat sur trois serait mort.", []),
        ("Un soldat sur un millier serait mort.", []),
    ],
)
def test_a_whole_after_sur_is_a_count(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _claims(tmp_path, text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "En six mois, le nombre de soldats tués serait passé d'environ 500 à plus de 1 900.",
            [(500, None, None, "approximate"), (1900, None, None, "at_least")],
        ),
        (
            "Le nombre de soldats envoyés passe de 2 000 en novembre 2024 à environ 13 000 en mars 2025.",
            [(2000, None, None, "exact"), (13000, None, None, "approximate")],
        ),
        # near misses: plain ends, read before as now; years, no count
        (
            "Le nombre de soldats envoyés est passé de 2 000 à 9 000.",
            [(2000, None, None, "exact"), (9000, None, None, "exact")],
        ),
        ("Le bilan est passé de 2024 à 2025 sans changement.", []),
        ("Après 4 000 soldats envoyés, un montant de 3 000 a été versé.", [(4000, None, None, "exact")]),
    ],
)
def test_a_count_changed_with_qualified_or_dated_ends(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _claims(tmp_path, text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Un premier groupe de 2 000 hommes est parti, et 9.000 au total sont attendus d'ici mars.",
            [(2000, None, None, "exact"), (9000, None, None, "exact")],
        ),
        (
            "Le NIS signale 2 000 hommes déjà partis, sur un total attendu de 9 000.",
            [(2000, None, None, "exact"), (9000, None, None, "exact")],
        ),
        (
            "Un article annonçait que 4 000 soldats avaient été tués. Le chiffre avancé par Kiev est de 400.",
            [(4000, None, None, "exact"), (400, None, None, "exact")],
        ),
        (
            "Kiev signale de lourdes pertes parmi les soldats, dont le nombre dépasserait désormais les 3 000.",
            [(3000, None, None, "at_least")],
        ),
        (
            "Les services ukrainiens chiffrent à 500 les tués et à 1 800 les blessés nord-coréens.",
            [(500, None, None, "exact"), (1800, None, None, "exact")],
        ),
        (
            "Le chiffre exact des morts reste inconnu. Kiev l'estimait en mars à environ 3 000.",
            [(3000, None, None, "approximate")],
        ),
        (
            "L'agence dit « plus de 3 000 », mais un autre journal parle de 3 800 en citant Kiev.",
            [(3800, None, None, "exact")],  # « « plus de 3 000 » » alone names no noun: none (round 20)
        ),
        ("LE CHIFFRE : 4 000, c'est le nombre de soldats arrivés en novembre.", [(4000, None, None, "exact")]),
        # near misses: « au total » and « parlait de » before a small number or a year, or with no count before them
        # in their sentence, stay none
        ("Le rapport cite 12 navires, 30 au total.", []),
        ("Un article parlait de 2024 comme d'une année noire.", []),
        (
            "Le journal écrivait que 12 000 soldats étaient engagés. Un autre parlait de 9 000.",
            [(12000, None, None, "exact")],
        ),
    ],
)
def test_a_count_whose_noun_is_named_elsewhere(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _claims(tmp_path, text) == values


def test_a_list_line_label_closed_by_a_parenthesis(tmp_path: Path) -> None:
    text = (
        "Chiffres clés\n\nSoldats nord-coréens envoyés en Russie (automne 2024 – hiver 2025) : 12 000 à 13 000\n\n"
        "Tués (estimation ukrainienne, mars 2025) : environ 900"
    )
    assert _claims(tmp_path, text) == [(None, 12000, 13000, "range"), (900, None, None, "approximate")]
