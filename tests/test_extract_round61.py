"""Round 61 (issue 16, figures on news pages; helper round61): counts that are none of the story's. A count a
hypothesis supposes (« Si 100 000 soldats venaient renforcer le front, qui saurait quoi répondre ? », « Imaginons
qu'une division, soit une dizaine de milliers de soldats, rejoigne le Donbass : … »), repetition (« plusieurs fois
annoncé »), nearness (« à deux pas de Bernay »), refugees (« quelque 2 000 réfugiés ukrainiens depuis 2022 »: read as
a participle before its complement, so as a count whose noun is left out) and an audience (« devant une soixantaine
de personnes », « Près de 250 personnes étaient venues écouter ») were drafted as figures. Made-up sentences, never
the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import clauses
from tests.test_extract import extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str, published: str = "2025-05-05") -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, published)
    return claims or []


@pytest.mark.parametrize(
    "sentence",
    [
        # a hypothesis: « si » and the imperfect, a main clause in the conditional
        "Si Pyongyang devait engager 20 000 hommes de plus, le front n'en serait pas bouleversé.",
        "Si 50 000 soldats nord-coréens arrivaient au printemps, qui, à Kiev, pourrait les arrêter ?",
        "Et s'ils étaient 40 000 soldats à franchir la frontière, Séoul réagirait aussitôt.",
        # … and what « imaginons », « supposons » open, up to a colon
        "Imaginons qu'un corps d'armée, soit quelque 30 000 soldats, rejoigne le front : l'Europe devrait répondre.",
        "Supposons que Pyongyang en envoie 20 000 de plus d'ici l'été : le rapport de forces changerait.",
        # repetition and nearness
        "Leur libération, plusieurs fois promise, n'a toujours pas eu lieu.",
        "Le musée, à deux pas de la caserne, expose des uniformes de soldats nord-coréens.",
        # refugees: a noun in -és, no participle
        "La région accueille quelque 3 000 réfugiés ukrainiens depuis mars 2022, loin des soldats.",
        "Le canton abrite plus de 40'000 réfugiés au bénéfice du statut S, a rappelé le ministre des armées.",
        # an audience
        "L'historien a raconté devant une quarantaine de personnes l'histoire de ce contingent de soldats.",
        "Devant une centaine de personnes, le maire a évoqué les soldats nord-coréens.",
        "Près de 300 personnes étaient venues écouter le colonel parler des soldats nord-coréens.",
    ],
)
def test_a_count_that_is_none_of_the_storys_is_no_figure(tmp_path: Path, sentence: str) -> None:
    assert _claims(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the conditional main clause's own count stays a count (sealed15 n14's shape)
        (
            "Si cette information se confirmait, le nombre de soldats envoyés pourrait dépasser 25 000.",
            [(25000, None, None, "at_least")],
        ),
        (
            "Si les renforts arrivaient, les effectifs nord-coréens dépasseraient les 40 000 hommes.",
            [(40000, None, None, "at_least")],
        ),
        # « si » and the present: a condition granted, its count told (sealed22 d16's shape)
        ("Si 8 000 soldats sont déjà à Koursk, l'Occident ne peut plus attendre.", [(8000, None, None, "exact")]),
        # « si » and the imperfect before a main clause in the present: a contrast, both counts told
        (
            "Si l'armée comptait 12 000 soldats en novembre, elle n'en compte plus que 8 000.",
            [(12000, None, None, "exact"), (8000, None, None, "exact")],
        ),
        # « devant » before a count of soldiers, and a count of the killed: still figures
        ("Poutine s'est exprimé devant quelque 11 500 militaires alignés.", [(11500, None, None, "approximate")]),
        ("Au moins 21 personnes ont été tuées devant la gare, selon les secours.", [(21, None, None, "at_least")]),
        # « plusieurs » before a counted noun, « deux fois plus »: as before
        ("Plusieurs soldats nord-coréens ont été capturés.", [(2, None, None, "at_least")]),
        # a participle before its complement stays a count whose noun is left out
        ("Kiev évalue à 3 800 mis hors de combat les pertes de l'ennemi.", [(3800, None, None, "exact")]),
    ],
)
def test_near_misses_stay_counts(tmp_path: Path, sentence: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, sentence)) == values


def test_a_hypothesis_spans_its_clause_only() -> None:
    sentence = "Si 100 000 soldats venaient, qui saurait répondre ?"
    assert clauses.hypotheses(sentence) == [(0, sentence.index(","))]
    assert clauses.hypotheses("Si 8 000 soldats sont là, Kiev attendra.") == []
    assert clauses.hypotheses("Si, en 2024, 10 000 soldats venaient, qui saurait ?") == []  # the comma comes first


def test_hypotheses_grow_linearly() -> None:
    """The « si » clause's comma and its main clause's end are looked for within a bounded stretch; what
    « imaginons » opens is one pass up to a colon."""
    assert _growth(lambda n: clauses.hypotheses("si " * n + ", serait"), 2_000) < 16
    assert _growth(lambda n: clauses.hypotheses("imaginons " * n), 2_000) < 16
    assert _growth(lambda n: clauses.hypotheses("si venait" + " " * n + ", serait"), 20_000) < 16
