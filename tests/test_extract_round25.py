"""Round 25 (issue 16): a figure is drafted only when it counts one of the story's measures (extract/storycounts.py).
Counts of other things (families, banks, delegates, votes, spectators, declarations, subscribers) were drafted as
claims one noun class at a time; now a number before a noun the store's topics do not count (data/topics.yaml's words
and units, lexicon.toml `story_kin`) is no claim. Made-up sentences, never the held-out articles'; each drives
`koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract
from tests.test_extract_round18 import _values


@pytest.mark.parametrize(
    "sentence",
    [
        "La commune a accueilli 45 familles ukrainiennes depuis l'été.",
        "Le texte a recueilli 312 voix à l'Assemblée nationale.",
        "La cellule a reçu 84 déclarations de soupçon l'an dernier.",
        "Près de 120 banques ont été contrôlées par l'autorité.",
        "Quelque 400 délégués ont assisté au congrès du parti.",
        "Plus de 40 000 spectateurs ont assisté au défilé.",
        "Une trentaine de diplomates nord-coréens ont été formés à Genève.",
        "La liste compte désormais 54 personnes.",
        "Le rapport recense 600 sources et 37 témoignages.",
        "La chaîne compte 12 345 abonnés et 85 vidéos.",
        "214 · 37 commentaires · 12 republications",  # a post's counters (round 14 read them as no figure at all)
        "Le village compte 14 camions et cinq bases logistiques.",
    ],
)
def test_a_count_of_other_things_is_no_claim(tmp_path: Path, sentence: str) -> None:
    """Each number counts something the store does not measure: at the branch point each was drafted as a claim (with
    no topic, or the nearest topic word's), a false figure for a curator to delete."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Quelque 400 soldats nord-coréens auraient été tués.", [(400, None, None, "approximate")]),
        ("Environ 3 000 hommes ont été déployés à Koursk.", [(3000, None, None, "approximate")]),
        ("Les pertes atteindraient 1 200 blessés.", [(1200, None, None, "exact")]),
        ("Kiev dit avoir capturé 27 prisonniers.", [(27, None, None, "exact")]),
        ("Pyongyang aurait livré 3 millions d'obus.", [(3000000, None, None, "exact")]),
        ("Plus de 200 drones ont visé Kiev.", [(200, None, None, "at_least")]),
        ("L'Ukraine tiendrait encore 500 km² dans la région.", [(500, None, None, "exact")]),
        # what is counted is the noun with its phrase: members of the special forces, the fallen's portraits
        ("Séoul affirme que 1 500 membres des forces spéciales ont été envoyés.", [(1500, None, None, "exact")]),
        ("Le musée expose 101 portraits de soldats tués.", [(101, None, None, "exact")]),
        # the kin of the story's measures: workers sent with the troops, weapons
        ("Selon Séoul, 3 000 ouvriers nord-coréens ont été envoyés.", [(3000, None, None, "exact")]),
        ("Pyongyang aurait fourni 200 lance-roquettes.", [(200, None, None, "exact")]),
        # a count of anyone in a sentence that names a measure
        ("La frappe a fait 54 personnes tuées.", [(54, None, None, "exact")]),
        # a count whose noun is left out, or whose next word is a participle or an adverb
        (
            "Sur les 11 000 soldats envoyés, 4 000 auraient été tués.",
            [(11000, None, None, "exact"), (4000, None, None, "exact")],
        ),
        ("Au total, 3 000 engagés sur le front seraient morts.", [(3000, None, None, "exact")]),
        (
            "Ils seraient 12 000, dont 10 000 toujours présents en Russie.",
            [(12000, None, None, "exact"), (10000, None, None, "exact")],
        ),
    ],
)
def test_a_count_of_the_story_is_still_drafted(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """Near misses: soldiers, « hommes », casualties, prisoners, shells, drones, km², a phrase or the kin that names
    what is counted, a noun left out."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims) == values
