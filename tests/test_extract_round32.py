"""Round 32 (issue 16): figure precision and the elided noun. A count whose noun the pronoun « en » stands for before
a verb of counting (« le Pentagone en comptait 8 000 », « il en reste à peine 200 »), missed; counts of the groups
soldiers serve in (« quatre brigades », « deux contingents »), drafted as if they counted soldiers; loads (« 14 tonnes
de munitions », « 50 kg »), drafted though no topic of the shipped store measures weight. Made-up sentences, never
the held-out articles'; each drives `koursk extract` (tests/test_extract.py's helper); each test fails at 8ddbe179,
the branch point, but its near misses and the working store's weights (a guard that a store which measures weight
still drafts them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.test_extract import extract
from tests.test_extract_round18 import _values

SOLDIERS = "Séoul estime que 12 000 soldats nord-coréens ont été envoyés."
ONLY_SOLDIERS: list[tuple[object, ...]] = [(12000, None, None, "exact")]


def _claims(tmp_path: Path, text: str, *args: str) -> list[tuple[object, ...]]:
    _, _, claims = extract(tmp_path, text + "\n", "2025-06-18", *args)
    return _values(claims)


# --- « en » before a verb of counting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Les soldats nord-coréens étaient nombreux : le Pentagone en comptait 9 000 dans la région.",
            (9000, None, None, "exact"),
        ),
        ("Washington, plus prudent, en comptait environ 1300 la semaine suivante.", (1300, None, None, "approximate")),
        ("Des soldats nord-coréens, Séoul en dénombrait près de 7 000 fin 2024.", (None, 6300, 7000, "range")),
        ("Sur les 1 000 km² conquis, il en reste aujourd'hui à peine 300.", (300, None, None, "at_most")),
        ("Des pertes nord-coréennes, Kiev en annonçait 5 000 (morts et blessés).", (5000, None, None, "exact")),
        ("Des soldats nord-coréens, l'ONG en recense 4 000 dans la région.", (4000, None, None, "exact")),
    ],
)
def test_en_before_a_verb_of_counting_stands_for_the_noun(
    tmp_path: Path, sentence: str, value: tuple[object, ...]
) -> None:
    """« en comptait 9 000 »: « en » stands for the thing counted, as before an auxiliary (« en aurait perdu »)."""
    assert value in _claims(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bureau, en comptant 300 par jour, avance lentement.",  # a gerund, no pronoun
        "Le ministre a pris en compte 300 dossiers.",  # « en compte »: an idiom, its noun of other things
    ],
)
def test_en_before_a_verb_near_misses(tmp_path: Path, sentence: str) -> None:
    """Near misses (pass before and after): a gerund is no pronoun « en »; a count with its own noun of other things
    stays none."""
    assert _claims(tmp_path, f"{sentence} {SOLDIERS}") == ONLY_SOLDIERS


# --- groups of soldiers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscou aurait engagé trois brigades près de Soudja.",
        "Pyongyang a déjà envoyé deux contingents en Russie.",
        "Cinq bataillons nord-coréens ont été repérés près de la frontière.",
        "Deux divisions légères seraient en réserve.",
        "L'état-major évoque quatre régiments.",
    ],
)
def test_a_count_of_groups_is_no_count_of_soldiers(tmp_path: Path, sentence: str) -> None:
    """« trois brigades »: groups, not the soldiers the troops topic counts (lexicon.toml `formations`)."""
    assert _claims(tmp_path, f"{sentence} {SOLDIERS}") == ONLY_SOLDIERS


def test_the_men_of_a_group_stay(tmp_path: Path) -> None:
    """Near miss: « un contingent de 11 000 hommes » counts men (passes before and after)."""
    assert _claims(tmp_path, "Un contingent de 11 000 hommes est arrivé à Koursk.") == [(11000, None, None, "exact")]


# --- loads ----------------------------------------------------------------------------------------------------------

WEIGHTS = [
    "Le camion transportait 20 tonnes de munitions.",
    "La police a saisi 30 kg d'explosifs près de Koursk.",
    "L'aide comprend 3,5 tonnes de matériel médical.",
]


@pytest.mark.parametrize("sentence", WEIGHTS)
def test_a_load_is_no_figure_where_no_topic_weighs(tmp_path: Path, sentence: str) -> None:
    """No topic of the shipped store lists a unit of weight (lexicon.toml [weight_units]): a load is no claim, as a
    sum is none (round 30); the soldiers of the page stay."""
    assert _claims(tmp_path, f"{sentence} {SOLDIERS}") == ONLY_SOLDIERS


LOAD_TOPIC = """
  - id: cargo
    name: {en: Cargo to Russia, fr: cargaisons vers la Russie}
    aliases: [cargaison]
    keywords: [cargaison, transporte, munition, materiel, explosif]
    units: [tonnes, kilograms]
    measures:
      - id: shipped
        description:
          en: "Weight shipped to Russia."
          fr: "Poids expédié vers la Russie."
"""


@pytest.fixture(scope="module")
def load_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working store whose topics.yaml has a topic that measures weight."""
    store = tmp_path_factory.mktemp("loads") / "store"
    assert run("init", str(store)).exit_code == 0
    topics = store / "data" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8") + LOAD_TOPIC, encoding="utf-8")
    assert run("--data", str(store), "check").exit_code == 0
    return store


@pytest.mark.parametrize(("sentence", "value"), list(zip(WEIGHTS, (20, 30, 3.5), strict=True)))
def test_a_store_that_weighs_drafts_its_loads(load_store: Path, tmp_path: Path, sentence: str, value: float) -> None:
    """Guard (passes before and after): a topic whose units name a weight gets its loads drafted."""
    _, _, claims = extract(tmp_path, f"{sentence}\n", "2025-06-18", "--data", str(load_store))
    assert [c["value"] for c in claims] == [value]
