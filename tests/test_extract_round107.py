"""Round 107 (issue 16, false figures; helper round107): counts of other things drafted as the story's figures. A
length in kilometres of a thing named after « de » with no article (« 650 kilomètres de frontière », « 300 km de
routes », « après 2 400 kilomètres de route »: frnotcounts.py `a_distance`) is no ground taken; a sum in a currency
whose plural is written unchanged (« 10 lei », « 120 leva », « 131 goud »: lexicon.toml [units], [money_units]) is
money, where the word read as a verb after its number had left it drafted as a count; « dès » ends a count's phrase
(« des centaines de violations dès la première nuit »: storycounts.py `_PHRASE_END`), never the complement « des ». Made-up sentences, none copied
from a benchmark page; each positive case fails before the round, its near misses name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract

_STORY = "Selon Séoul, 11 000 soldats nord-coréens ont été envoyés en Russie."


def _values(tmp_path: Path, text: str) -> list[object]:
    _, _, claims = extract(tmp_path, f"{_STORY} {text}\n", "2025-11-20")
    return [c["value"] for c in claims or []]


# --- a length of a thing: no ground taken ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("La Moldavie partage 480 kilomètres de frontière avec l'Ukraine.", 480),
        ("Le plan prévoit de refaire 120 km de voies ferrées dans la région d'ici 2027.", 120),
        ("Ils sont arrivés à Soumy après 1 800 kilomètres de route et trois nuits de veille.", 1800),
    ],
)
def test_a_length_of_a_thing_is_no_ground_taken(tmp_path: Path, text: str, number: float) -> None:
    assert number not in _values(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # near miss: a length of ground (no noun of lexicon.toml `lengthed_things`) stays a figure
        ("Les forces russes auraient repris 25 km de territoire près de Soudja.", 25),
        # near miss: no « de » and a noun after the length: an advance, as before
        ("Les troupes ont progressé de 12 km dans la région de Koursk.", 12),
    ],
)
def test_a_length_of_ground_is_still_a_figure(tmp_path: Path, text: str, number: float) -> None:
    assert number in _values(tmp_path, text)


# --- a sum in a currency whose plural is written unchanged: money ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Soutenez notre rédaction : 15 lei par mois.", 15),
        ("Concert au théâtre national samedi (billet : 90 leva).", 90),
        ("Change du jour : 1 dola = 132 goud.", 132),
        ("Le musée de la guerre à Kiev a relevé son entrée à 200 hryvnia.", 200),
    ],
)
def test_a_sum_in_an_unchanged_plural_currency_is_no_count(tmp_path: Path, text: str, number: float) -> None:
    assert number not in _values(tmp_path, text)


def test_the_story_count_beside_a_sum_stays(tmp_path: Path) -> None:
    # near miss: the count of soldiers in the same page is still drafted
    assert 11000 in _values(tmp_path, "Soutenez notre rédaction : 15 lei par mois.")


# --- « dès » opens a time, no complement of the count ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("L'opposition dit avoir compté des centaines de plaintes dès la première nuit.", 200),
        ("Les secours ont ouvert 30 abris dès la première nuit de bombardements.", 30),
    ],
)
def test_a_time_after_des_is_no_complement_of_the_count(tmp_path: Path, text: str, number: float) -> None:
    assert number not in _values(tmp_path, text)


def test_a_count_of_the_storys_noun_before_des_stays(tmp_path: Path) -> None:
    # near miss: « soldats » is the story's own noun, whatever follows « dès »
    assert 400 in _values(tmp_path, "Moscou aurait perdu 400 soldats dès la première nuit.")
