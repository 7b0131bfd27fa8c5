"""Round 53 (issue 16, figure recall; helper round53): counts whose noun stands away from the number, or that a page's
layout hid. A caption's counts were dropped with its dates (sealed31 n18, figures 0/3); the first counts of a series
« 1 500, puis 11 000, puis environ 15 000 hommes » had no noun (sealed19 e18, sealed35 r17); « 3 000 autres entre
janvier et février » (sealed8 x09); « fantassins », « Renforts : ≈ 3 000 » counted no one (sealed25 g19, sealed15
o18); a number a PDF's line cuts before « 000 » was a TODO (sealed10 z19, sealed11 q19, sealed14 t19); a key figure
whose noun follows a colon (« 11 000 : soldats du premier contingent », sealed24 f15); a part in thousands written
out (« environ quatre mille des onze mille soldats », sealed31 n05); « et près d'un millier blessés » (sealed18 q02).
Made-up pages, never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import frelided, frplain, frvague, wrapping
from tests.test_extract import extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, "2025-03-20")
    return claims or []


_CAPTIONS = (
    "Photothèque – export des métadonnées\n\n"
    "Titre : Séoul – écran de télévision\n"
    "Légende : Des passants regardent le journal à Séoul le 5 novembre 2024. Quelque 11 000 militaires "
    "nord-coréens se trouveraient alors en Russie.\n"
    "Ville : Séoul\n"
)


def test_a_caption_s_counts_are_the_story_s(tmp_path: Path) -> None:
    """The count is read; the caption's day dates its picture: neither an event nor a figure « 5 »."""
    events, claims = extract(tmp_path, _CAPTIONS, "2025-03-20")[1:]
    assert _values(claims or []) == [(11000, None, None, "approximate")]
    assert not events


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Le renseignement sud-coréen a successivement avancé 1 500, puis 11 000, puis environ 15 000 hommes.",
            [(1500, None, None, "exact"), (11000, None, None, "exact"), (15000, None, None, "approximate")],
        ),
        (
            "Le contingent compterait 11 000 hommes, renforcé par 3 000 autres entre janvier et février.",
            [(11000, None, None, "exact"), (3000, None, None, "exact")],
        ),
        # near miss: a series that ends on no noun the store counts gives its first number none
        ("Le ministère a cité 1 500, puis 3 000 en janvier, puis 2 000 dollars.", [(3000, None, None, "exact")]),
    ],
)
def test_a_series_of_counts_names_its_noun_last(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Sur la vidéo, on compte une soixantaine de fantassins progressant à découvert.",
            [(60, None, None, "approximate")],
        ),
        (
            "Effectifs estimés :\n• Premier contingent : 11 000 à 12 000 hommes\n• Renforts T1 2025 : ≈ 3 000\n",
            [(None, 11000, 12000, "range"), (3000, None, None, "approximate")],
        ),
    ],
)
def test_infantry_and_reinforcements_count_soldiers(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _values(_claims(tmp_path, text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Selon le NIS, environ 11\n000 hommes seraient encore en Russie.", [(11000, None, None, "approximate")]),
        # near miss: a line break before « 500 » may part two numbers: a TODO, as before
        ("Selon le NIS, environ 11\n500 hommes seraient encore en Russie.", [(None, None, None, "exact")]),
    ],
)
def test_a_line_cutting_a_number_before_000_cuts_one_number(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _values(_claims(tmp_path, text)) == values


def test_a_key_figure_names_its_noun_after_a_colon(tmp_path: Path) -> None:
    text = (
        "EN CHIFFRES\n11 000 : soldats du premier contingent (oct.-nov. 2024)\n~6 000 : tués et blessés selon Kiev\n"
        "2024 : soldats en route\n\nMÉTHODE\n"
    )
    assert _values(_claims(tmp_path, text)) == [(11000, None, None, "exact"), (6000, None, None, "approximate")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Selon Kiev, environ quatre mille des onze mille soldats envoyés par Pyongyang auraient été tués.",
            (4000, None, None, "approximate"),
        ),
        (
            "Une centaine de soldats nord-coréens avaient été tués et près d'un millier blessés depuis décembre.",
            (None, 900, 1000, "range"),
        ),
    ],
)
def test_a_count_whose_noun_stands_after_it(tmp_path: Path, text: str, value: tuple[object, ...]) -> None:
    assert value in _values(_claims(tmp_path, text))


def test_the_new_patterns_read_a_hostile_line_in_one_pass() -> None:
    """200 KB runs against each new pattern (a colon after a number, « , puis », « des … mille », a loss word after a
    vague quantity, a line's digits before « 0 ») read in time linear in their length. find_figures and `_ABOUT` are
    not timed here: on a run of spaces after a number they grow as they did before this round."""
    assert _growth(lambda n: frplain._KEYED.match(" " * n + ":" + "\t" * n + "1"), 50_000) < 16
    assert _growth(lambda n: frelided._THEN.match(" " * n + "," + " " * n + "puis1"), 50_000) < 16
    assert _growth(lambda n: frelided.PART_OF.match(" des " + "onze " * n + "mille"), 20_000) < 16
    assert _growth(lambda n: list(frvague._VAGUE.finditer(("centaines" + " " * 9) * n)), 10_000) < 16
    assert _growth(lambda n: frvague._LOSS_NEXT.match(" " * n + "tuésx"), 50_000) < 16
    assert _growth(lambda n: wrapping.soft_breaks("environ 11" + " " * n + "\n000 hommes"), 50_000) < 16
    assert _growth(lambda n: wrapping.soft_breaks("11\n" * n + "000 hommes"), 20_000) < 16
