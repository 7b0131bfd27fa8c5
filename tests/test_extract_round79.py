"""Round 79 (issue 16, figures; helper round79): a bound or a range the page quotes, and a list's targets. A verb that
bounds its number lost its bound when an adverb other than the known ones (« alors ») or a guillemet stood between it
and what it governs (« dépassaient alors « les 4 000 tués et blessés » »: read exact, a WRONG); a range whose noun is
left out but named by the words around it (« évalue à « 2 100 à 2 400 » le nombre de morts », « estime les pertes à
… ») was dropped and each end read alone, exact (two WRONG); a count of persons joined to a count of entities
(« visant 14 personnes et 9 entités »), or any count right after « sanctions visant », « sanctions contre », is a
sanctions list's targets, no figure (the lead's convention). Made-up sentences, never the held-out ones; each
positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import extract


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.value_kind) for f in find_figures(text)]


def _ranges(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(f.value_min, f.value_max, f.value_kind) for f in find_figures(text)]


def _claims(tmp_path: Path, text: str, published: str = "2025-03-14") -> list[tuple[object, object]]:
    _, _, claims = extract(tmp_path, text + "\n", published)
    return [(c["value"], c["value_kind"]) for c in claims or []]


# --- figures: a verb's bound across an adverb or a guillemet ---------------------------------------------------------


def test_a_verb_keeps_its_bound_across_alors() -> None:
    assert [k for _, _, k in _read("Les pertes russes dépassaient alors les 5 000 tués.")] == ["at_least"]
    assert [k for _, _, k in _read("Les effectifs excédaient alors 12 000 hommes.")] == ["at_least"]
    # near miss: the known adverbs bound as before
    assert [k for _, _, k in _read("Les pertes dépassaient déjà les 5 000 tués.")] == ["at_least"]


def test_a_verb_keeps_its_bound_when_a_quote_opens_after_it() -> None:
    assert [k for _, _, k in _read("Selon lui, les pertes dépassaient « les 5 000 tués et blessés ».")] == ["at_least"]
    assert [k for _, _, k in _read("Le bilan des tués avoisinerait « 1 200 ».")] == ["approximate"]
    # near misses: a quote with no verb before it is read as printed; an act stays the curator's, quoted or not
    assert [k for _, _, k in _read("Il parle de « 5 000 tués et blessés ».")] == ["exact"]
    quoted = _read("Les forces russes ont dépassé alors « les 2 000 soldats ennemis ».")
    assert [(v, k) for _, v, k in quoted] == [
        (v, k) for _, v, k in _read("Les forces russes ont dépassé les 2 000 soldats ennemis.")
    ]  # the kind too: the comment's « as printed » (review56: the values alone were compared)


# --- figures: a range whose noun the words around name ---------------------------------------------------------------


def test_a_range_named_by_le_nombre_de_after_it() -> None:
    assert _ranges("Le rapport évalue à « 1 800 à 2 200 » le nombre de morts.") == [(1800, 2200, "range")]
    assert _ranges("L'institut chiffre à 900 à 1 100 le nombre de blessés.") == [(900, 1100, "range")]
    # near miss: one number there is read as before
    assert _read("Le rapport évalue à 2 100 le nombre de morts.") == [("2 100 le nombre de morts", 2100, "exact")]


def test_a_range_whose_noun_is_the_object_of_an_estimate() -> None:
    assert _ranges("Le ministère estime les pertes à 3 000 à 3 500.") == [(3000, 3500, "range")]
    assert _ranges("Le nombre de soldats s'élèverait à 10 000 à 12 000.") == [(10000, 12000, "range")]
    # near misses: a range with its own noun is read as before, a bare one with nothing to name it stays no claim
    assert _ranges("Le ministère estime que 3 000 à 3 500 soldats sont morts.") == [(3000, 3500, "range")]
    assert _ranges("Le match a fini sur un score de 3 à 5.") == []


# --- figures: a sanctions list's targets -----------------------------------------------------------------------------


def test_persons_counted_with_entities_are_a_list_targets(tmp_path: Path) -> None:
    text = "L'UE a adopté des sanctions visant 21 personnes et 5 entités liées à l'envoi de soldats nord-coréens."
    assert _claims(tmp_path, text) == []
    text = "Ottawa vise onze personnes et quatre entités impliquées dans le transfert de troupes nord-coréennes."
    assert _claims(tmp_path, text) == []


def test_persons_counted_with_the_story_s_nouns_stay(tmp_path: Path) -> None:
    text = "Les frappes ont tué 14 personnes et 3 soldats nord-coréens à Koursk."
    assert _claims(tmp_path, text) == [(14, "exact"), (3, "exact")]
    text = "Les bombardements ont fait 14 personnes et 30 blessés à Koursk."
    assert _claims(tmp_path, text) == [(14, "exact"), (30, "exact")]


def test_whom_sanctions_target_is_no_count_of_the_story(tmp_path: Path) -> None:
    text = "Paris a annoncé des sanctions visant notamment six généraux nord-coréens liés à l'envoi de troupes."
    assert _claims(tmp_path, text) == []
    text = "Londres a décidé de nouvelles sanctions contre 9 officiers nord-coréens déployés à Koursk."
    assert _claims(tmp_path, text) == []
    # near misses: the sanctions named elsewhere in the sentence, the count of soldiers stays
    text = "Malgré les sanctions, 12 000 soldats nord-coréens ont été envoyés en Russie."
    assert _claims(tmp_path, text) == [(12000, "exact")]
    text = "Les sanctions contre Pyongyang n'ont pas empêché l'envoi de 3 000 soldats nord-coréens."
    assert _claims(tmp_path, text) == [(3000, "exact")]


# --- figures: « leur nombre restait » ------------------------------------------------------------------------------


def test_their_number_stayed_counts_the_noun_counted_before() -> None:
    read = _read("Selon Séoul, leur nombre total restait « autour de 9.500 ».")
    assert [(v, k) for _, v, k in read] == [(9500, "approximate")]
    assert [(v, k) for _, v, k in _read("Fin mars, leur nombre restait à 8 000.")] == [(8000, "exact")]
    # near miss: « restes » is no verb of their number; a count with its own noun is read as before
    assert _read("Les restes de 300 soldats ont été rapatriés.") == [("300 soldats", 300, "exact")]
