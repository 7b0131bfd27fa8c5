"""Round 112 (issue 16, false figures; helper r112): a number before a noun of other things followed by an adjective
of the story (« 40 camions militaires », « trois observateurs militaires », « 9 navires engagés ») was drafted as a
count of the story's, the adjective read as the noun counted (storycounts.py `_complement`): only the noun after an
adjective set before it (« 3 000 nouveaux soldats », lexicon.toml `prenominal_adjectives`) or after « de » (« 40
photos de soldats ») names what a number counts. Made-up sentences, never the held-out ones; each positive case fails
before the change, its near misses pass both times. A count of a nation's people living, settled or taken in somewhere
(« où vivent 2 000 Ukrainiens », « 500 Sud-Coréens se sont installés ») was drafted as a count of anyone: a community,
no count of the story's (storycounts.py `_settled`, lexicon.toml `residence_verbs`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_round87 import _STORY, _values


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Un témoin a vu passer 40 camions militaires sur la route de Koursk.", 40),
        ("L'annonce a été faite par trois observateurs militaires ukrainiens.", 3),
        ("Les dossiers citent 57 trains militaires partis de Khassan.", 57),
        ("Au port, 9 navires engagés dans la régate ont dû rentrer.", 9),
    ],
)
def test_an_adjective_after_a_noun_of_other_things_names_nothing_counted(
    tmp_path: Path, text: str, number: float
) -> None:
    found = _values(tmp_path, f"{_STORY} {text}")
    assert (11000, "exact") in found
    assert all(value != number for value, _ in found)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # near miss: an adjective set before its noun (`prenominal_adjectives`): the noun after it is counted
        ("Pyongyang enverrait 3 000 nouveaux soldats en Russie d'ici l'été.", 3000),
        ("Le journaliste a rencontré deux anciens prisonniers nord-coréens à Séoul.", 2),
        # near miss: the complement after « de » names what is counted, as before the round
        ("Kiev a publié 40 photos de soldats nord-coréens tués.", 40),
        # near miss: the noun is the story's own, the adjective after it changes nothing
        ("Selon Kiev, 300 militaires nord-coréens ont été tués en décembre.", 300),
    ],
)
def test_a_noun_of_the_story_before_or_after_its_adjective_still_counts(
    tmp_path: Path, text: str, number: float
) -> None:
    assert (number, "exact") in _values(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("À Genève, où vivent quelque 2 000 Ukrainiens, la nouvelle a fait réagir.", 2000),
        ("Environ 500 Sud-Coréens se sont installés dans la région.", 500),
        # (« accueillir » is no verb of residence since review68b: tests/test_extract_mend68b.py)
    ],
)
def test_a_nation_s_people_living_somewhere_are_no_count(tmp_path: Path, text: str, number: float) -> None:
    found = _values(tmp_path, f"{_STORY} {text}")
    assert (11000, "exact") in found
    assert all(value != number for value, _ in found)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # near miss: no verb of residence next to the count (`_settled`), as before the round
        ("Selon Kiev, la Russie détient plus de 4 000 Ukrainiens.", 4000),
        ("Selon Kiev, 12 000 Nord-Coréens combattent dans la région de Koursk.", 12000),
    ],
)
def test_a_nation_s_people_with_no_verb_of_residence_still_count(tmp_path: Path, text: str, number: float) -> None:
    assert any(value == number for value, _ in _values(tmp_path, text))
