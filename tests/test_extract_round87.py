"""Round 87 (issue 16, false figures; helper round87): numbers that count nothing the store measures, the shapes
sealed40 to sealed57 exposed. « neige attendue au-dessus de 900 m », « une houle de 1,5 m », « un rendement de 38 hl
à l'hectare » were each drafted as a count with no topic: a symbol of a length or a volume (lexicon.toml
[unit_symbols], read as written: never « M » for millions) makes its number a size, as « mm » and « mètres » did;
« au 12 promenade du Port » was drafted as a count: a street's number, as « rue » and « cours » were; « un bouchon de
8 km » was drafted as ground taken: a traffic jam's length is a thing's size (lexicon.toml `sized_things`); « des
sanctions à six généraux » counted them: « à » names the targets of sanctions too (`sanction_targets`); « 38 hl/ha
contre 45 l'an passé », « 30 % …, contre 20 en janvier » drafted the second number as a count: set against a share or
a size, it is that share or size again. Made-up sentences, never the held-out ones; each positive case fails before
the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract

_STORY = "Selon Séoul, 11 000 soldats nord-coréens ont été envoyés en Russie."


def _values(tmp_path: Path, text: str) -> list[tuple[object, object]]:
    _, _, claims = extract(tmp_path, text + "\n", "2025-11-20")
    return [(c["value"], c["value_kind"]) for c in claims or []]


# --- a symbol of a length or a volume after a number: a size ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Météo : pluie et neige au-dessus de 700 m jeudi.", 700),
        ("Au large, une houle de 2,5 m est attendue.", 2.5),
        ("La récolte 2025 donne 41 hl/ha, un petit millésime.", 41),
    ],
)
def test_a_length_or_a_volume_by_its_symbol_is_no_count(tmp_path: Path, text: str, number: float) -> None:
    found = _values(tmp_path, f"{_STORY} {text}")
    assert (11000, "exact") in found
    assert all(value != number for value, _ in found)


def test_a_word_after_the_number_that_starts_with_the_symbol_is_still_its_noun(tmp_path: Path) -> None:
    # near miss: « m » then a letter is a word (« militaires »), not the symbol: the count stays
    assert (3000, "exact") in _values(tmp_path, "Selon Kiev, 3 000 militaires nord-coréens ont été tués.")
    # near miss: « m' » opens an elided word (« m'a-t-il dit »): no symbol, the count whose noun is left out stays
    assert (11000, "exact") in _values(tmp_path, "Les soldats nord-coréens ? Ils sont 11 000 m'a-t-il dit.")


# --- a street's number -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("street", ["promenade du Port", "place de la Mairie", "route de Lyon"])
def test_a_street_number_is_no_count(tmp_path: Path, street: str) -> None:
    text = f"Une soirée d'information aura lieu au 12 {street}, sur les 11 000 soldats nord-coréens envoyés en Russie."
    found = _values(tmp_path, text)
    assert (11000, "exact") in found
    assert (12, "exact") not in found


def test_a_word_that_starts_with_a_street_word_is_no_address(tmp_path: Path) -> None:
    # near miss: « placés » is a participle after a count whose noun is left out, no « place »: the count stays
    text = "Les Nord-Coréens ? Quelque 3 000 placés en première ligne, selon Kiev."
    assert (3000, "approximate") in _values(tmp_path, text)


# --- a traffic jam's length ----------------------------------------------------------------------------------------------


def test_a_traffic_jam_s_length_is_no_ground(tmp_path: Path) -> None:
    found = _values(tmp_path, f"{_STORY} Trafic : bouchon de 8 km sur la rocade, près de la gare.")
    assert (11000, "exact") in found
    assert (8, "exact") not in found
    # near miss: how far an army advanced stays ground
    assert (8, "exact") in _values(tmp_path, "Les forces russes ont avancé de 8 km près de Soudja, selon Kiev.")


# --- « des sanctions à » names whom they target --------------------------------------------------------------------------


def test_sanctions_imposed_on_people_count_no_one_of_the_story(tmp_path: Path) -> None:
    text = "Londres a annoncé des sanctions à 12 officiers nord-coréens et à trois banques."
    found = _values(tmp_path, f"{_STORY} {text}")
    assert (11000, "exact") in found
    assert (12, "exact") not in found
    # near miss: « à » after a comma opens another phrase, no target of the sanctions: the count stays
    text = "Malgré les sanctions, à 11 000 soldats nord-coréens s'ajoutent des ouvriers."
    assert (11000, "exact") in _values(tmp_path, text)


# --- a count whose noun is left out, set against a share or a size ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Les pertes atteindraient 30 % des effectifs nord-coréens, contre 20 en janvier.", 20),
        ("Selon Kiev, les drones volent désormais à 700 m contre 1 500 l'an dernier.", 1500),
    ],
)
def test_a_count_set_against_a_share_or_a_size_is_that_share_or_size(tmp_path: Path, text: str, number: float) -> None:
    assert all(value != number for value, _ in _values(tmp_path, text))


def test_a_count_set_against_a_count_still_counts_its_noun(tmp_path: Path) -> None:
    # near miss: the number before « contre » counts soldiers, so does the one after it
    text = "Séoul compte 11 000 soldats nord-coréens en Russie, contre 8 000 en janvier."
    assert (8000, "exact") in _values(tmp_path, text)
    # near miss: attacks counted before « contre », attacks counted after it
    text = "Kiev a compté 84 attaques de drones nord-coréens, contre 31 en 2023."
    assert (31, "exact") in _values(tmp_path, text)
