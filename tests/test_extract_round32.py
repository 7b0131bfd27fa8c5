"""Round 32 (issue 16): figure precision and the elided noun. A count whose noun the pronoun « en » stands for before
a verb of counting (« le Pentagone en comptait 8 000 », « il en reste à peine 200 »), missed; counts of the groups
soldiers serve in (« quatre brigades », « deux contingents »), drafted as if they counted soldiers; loads (« 14 tonnes
de munitions », « 50 kg »), drafted though no topic of the shipped store measures weight; spans of time in a sentence
that names no topic (« la cagnotte a atteint son objectif en 72 heures »), and « arrêter la guerre en 24 heures », the
peace plan's; « plus un seul soldat » (none, read as 1); « Entrée : 15 fr. » (Swiss francs). Made-up sentences, never
the held-out articles'; each drives `koursk extract` (tests/test_extract.py's helper); each test fails at 8ddbe179,
the branch point, but its near misses and guards (the working store's weights, « mettre fin à la guerre en 24
heures », « un seul soldat »), which pass there too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import store_with_topic
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
    return store_with_topic(tmp_path_factory.mktemp("loads") / "store", LOAD_TOPIC)


@pytest.mark.parametrize(("sentence", "value"), list(zip(WEIGHTS, (20, 30, 3.5), strict=True)))
def test_a_store_that_weighs_drafts_its_loads(load_store: Path, tmp_path: Path, sentence: str, value: float) -> None:
    """Guard (passes before and after): a topic whose units name a weight gets its loads drafted."""
    _, _, claims = extract(tmp_path, f"{sentence}\n", "2025-06-18", "--data", str(load_store))
    assert [c["value"] for c in claims] == [value]


# --- spans of time no topic of the sentence measures -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "La cagnotte a dépassé son objectif en 72 heures.",
        "Le parlement a levé l'état d'urgence en huit heures, puis a voté.",
        "Le site a été mis à jour en 12 heures.",
    ],
)
def test_a_span_is_no_figure_where_its_sentence_names_no_topic(tmp_path: Path, sentence: str) -> None:
    """A count of hours, days… is a figure of a topic that measures time (peace-plan: « en 24 heures »), guessed from
    its sentence's words; a span in a sentence that names no topic (a fundraiser, a vote) is no claim."""
    assert _claims(tmp_path, f"{sentence} {SOLDIERS}") == ONLY_SOLDIERS


@pytest.mark.parametrize(
    "sentence",
    [
        "Il dit qu'il veut arrêter la guerre en 24 heures, mais il attendra janvier.",
        "Il promettait de régler la guerre « en vingt-quatre heures ».",
        "Trump promet de mettre fin à la guerre en 24 heures.",
    ],
)
def test_the_war_ended_in_a_day_is_the_peace_plans(tmp_path: Path, sentence: str) -> None:
    """« arrêter la guerre », « régler la guerre » point at peace-plan as « mettre fin » did (data/topics.yaml): the
    span is drafted there, in hours (the first two were guessed under no topic, and are kept by the rule above only
    so)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert [(c["value"], c["topic"], c["unit"]) for c in claims] == [(24, "peace-plan", "hours")]


# --- « plus un seul », Swiss francs abbreviated --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Du jour au lendemain, plus un seul soldat nord-coréen en face de nous.",
        "Pas un seul soldat nord-coréen n'a été vu depuis.",
        "Conférence publique le 3 avril. Entrée : 15 fr.",
        "Abonnement annuel : 120 fr. · Tél. 022 000 00 00",
    ],
)
def test_none_and_a_price_in_francs_are_no_figures(tmp_path: Path, sentence: str) -> None:
    """« plus un seul », « pas un seul »: none, not one (it was 1); « 15 fr. » is a sum in Swiss francs (lexicon.toml
    [units] `fr`), no figure where no topic measures money (round 30)."""
    assert _claims(tmp_path, f"{sentence}\n{SOLDIERS}") == ONLY_SOLDIERS


def test_one_alone_stays(tmp_path: Path) -> None:
    """Near miss (passes before and after): « un seul soldat … a été capturé » is one."""
    assert _claims(tmp_path, "Un seul soldat nord-coréen a été capturé.") == [(1, None, None, "exact")]


# --- a count whose noun is left out counts what its noun, said elsewhere, counts -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Séoul veut porter à 14 le nombre de ses consulats d'ici 2030.",
        "L'ONG a mené 20 entretiens, dont quatre avec d'anciens gardiens.",
        "Quelque 30 000 réfugiés sont arrivés depuis 2000, dont moins de 300 en 2025.",
    ],
)
def test_a_count_left_out_of_other_things_is_none(tmp_path: Path, sentence: str) -> None:
    """« à 14 le nombre de ses consulats », « 20 entretiens, dont quatre »: the noun a count leaves out, said before
    or after it, is read as a count's own noun is (round 25): of other things, no claim (it was drafted, a TODO
    unit; the possessive « ses » was read as the noun)."""
    assert _claims(tmp_path, f"{sentence} {SOLDIERS}") == ONLY_SOLDIERS


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Moscou aurait porté à 15 000 le nombre de ses soldats à Koursk.", "soldiers"),
        ("Kiev évalue à 4 000 le nombre de leurs pertes.", "casualties"),
    ],
)
def test_the_noun_after_a_possessive_is_the_one_counted(tmp_path: Path, sentence: str, unit: str) -> None:
    """« le nombre de ses soldats »: the noun after the possessive gives the unit (it was « ses », a TODO unit)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert [c["unit"] for c in claims] == [unit]


def test_advisers_sent_are_the_storys(tmp_path: Path) -> None:
    """« 1 500 nouveaux « conseillers » » sent by Pyongyang: military advisers, kin of the troops (lexicon.toml
    `story_kin`), kept now that the noun said after the count is read (a guard: it passes at 8ddbe179 too)."""
    text = "Le journal chiffre à 1 500 le nombre de nouveaux « conseillers » que Pyongyang enverrait en Russie."
    assert _claims(tmp_path, text) == [(1500, None, None, "exact")]


@pytest.mark.parametrize(
    "text", ["La Corée du Nord enverrait un millier.\n", "Il a annoncé que la Corée du Nord enverrait un millier"]
)
def test_a_thousand_with_no_noun_is_read_without_a_traceback(tmp_path: Path, text: str) -> None:
    """« un millier » with its noun left out and no verb after it: `koursk extract` stopped on an IndexError (the
    quantity's pattern has no second scale; found by test_rev37u_drafts' hypothesis run). No claim, exit 0."""
    assert _claims(tmp_path, text.rstrip("\n")) == []
