"""Round 45 (issue 16, figures; helper figures49): counts whose noun is left out, missed in silence. « en » before a
verb of sending stands for the noun counted before (« Pyongyang pourrait en envoyer jusqu'à 100 000 »); « , blessés
compris, » between a subject and the verb that bounds its number is an aside, as « (morts et blessés) » was (« Les
pertes, blessés compris, dépasseraient désormais 4 700 »); « ils pourraient être N », « ils devraient être N » count
their subject as « ils seraient N » did. Made-up sentences, never the held-out pages'; each positive case fails before
the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import frnumbers
from tests.test_extract import extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    _, _, claims = extract(tmp_path, text + "\n", "2026-01-10")
    return _values(claims or [])


_BEFORE = "Selon Kiev, environ 11 000 soldats nord-coréens sont massés dans la région de Koursk. "


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # « en » before a verb of sending: the noun counted before, its qualifier kept
        (
            "Pyongyang pourrait en envoyer jusqu'à 100 000 à terme.",
            [(11000, None, None, "approximate"), (100000, None, None, "at_most")],
        ),
        (
            "Moscou voudrait en déployer 3 000 au printemps.",
            [(11000, None, None, "approximate"), (3000, None, None, "exact")],
        ),
        # near misses: the gerund and the participle are no pronoun « en » (« en envoyant », « en envoyé spécial »)
        ("Il a répondu en envoyant 300 lettres.", [(11000, None, None, "approximate")]),
    ],
)
def test_en_before_a_verb_of_sending_counts_the_noun_before(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _claims(tmp_path, _BEFORE + text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Les pertes nord-coréennes, blessés compris, dépasseraient désormais 4 700.",
            [(4700, None, None, "at_least")],
        ),
        ("Les pertes nord-coréennes, y compris les blessés, dépasseraient 4 700.", [(4700, None, None, "at_least")]),
        # near miss: with no aside, as before
        ("Les pertes nord-coréennes dépasseraient 4 700.", [(4700, None, None, "at_least")]),
        # near miss: another aside still hides the subject (no quantity is bounded, nothing drafted)
        ("Les pertes nord-coréennes, selon un député, dépasseraient 4 700.", []),
    ],
)
def test_wounded_included_is_an_aside_before_a_bounding_verb(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _claims(tmp_path, text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Selon le NIS, ils devraient être 15 000 en mars.",
            [(11000, None, None, "approximate"), (15000, None, None, "exact")],
        ),
        (
            "D'ici le printemps, ils pourraient être 20 000.",
            [(11000, None, None, "approximate"), (20000, None, None, "exact")],
        ),
        # near miss: a passive « pourraient être » with its participle after the number is no count of the subject
        ("Les villages pourraient être 30 fois reconstruits.", [(11000, None, None, "approximate")]),
    ],
)
def test_they_could_be_n_counts_the_subject(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _claims(tmp_path, _BEFORE + text) == values


def test_the_new_forms_are_read_in_one_pass_on_a_hostile_line() -> None:
    """200 KB lines of the new forms' pieces, repeated: each read in time linear in its length."""
    assert _growth(lambda n: frnumbers.find_figures("Ils en envoyer" + " x" * n + " jusqu'à 100 000."), 25_000) < 16
    aside = ", blessés compris,"
    assert _growth(lambda n: frnumbers.find_figures("Les pertes" + aside * n + " dépasseraient 4 700."), 3_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("ils" + " pourraient être" * n + " 10 000."), 3_000) < 16
