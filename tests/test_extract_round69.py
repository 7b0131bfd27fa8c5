"""Round 69 (issue 16, figures on news pages; helper round69): a correction's withdrawn slip (« j'ai dit « 14 000
morts », il fallait entendre 14 000 soldats ») was drafted beside the count it corrects (a WRONG on sealed13 s16);
ground cleared in hectares (« plus de 1 500 hectares ont été déminés ») was missed, and once counted must stay no
figure where it sizes a thing (« une surface de près de 3 hectares ») or divides a count (« des dizaines par
hectare »); a noun in -ois read as a participle before « vers » (« quatorze convois vers l'Ukraine ») and a
gathering's attendance (« une conférence a réuni près de 200 personnes ») were counted as the story's. Made-up sentences, never the held-out ones; each positive case fails before the change, its near misses
pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract import clauses, frnumbers
from tests.test_extract import extract
from tests.test_extract_backtracking import _growth


def _claims(tmp_path: Path, text: str, published: str = "2025-05-05") -> list[tuple[object, object, object]]:
    _, _, claims = extract(tmp_path, text + "\n", published)
    return [(c["value"], c["value_kind"], c["topic"]) for c in claims or []]


def test_a_slip_a_correction_withdraws_is_no_count(tmp_path: Path) -> None:
    kept = _claims(tmp_path, "Rectificatif : nous avons écrit « 3 000 tués », il fallait lire 3 000 blessés.")
    assert kept == [(3000, "exact", "losses")]
    assert _claims(tmp_path, "Précision : j'ai dit « 9 000 morts » ; il fallait comprendre 9 000 soldats.") == [
        (9000, "exact", "troops")
    ]
    # near misses: a quotation no correction follows keeps its count; « il fallait » of something else too
    assert _claims(tmp_path, "Kiev parle de « 3 000 tués », selon le ministère.") == [(3000, "exact", "losses")]
    assert _claims(tmp_path, "« Nous avions 3 000 soldats », il fallait tenir.") == [(3000, "exact", "troops")]


def test_ground_cleared_in_hectares_is_a_figure(tmp_path: Path) -> None:
    kept = _claims(tmp_path, "Moscou affirme que plus de 2 300 hectares ont été déminés dans la région de Koursk.")
    assert [(v, k) for v, k, _ in kept] == [(2300, "at_least")]


def test_an_area_that_sizes_a_thing_or_divides_a_count_is_no_figure(tmp_path: Path) -> None:
    assert _claims(tmp_path, "Le futur musée de Koursk occupera une surface de près de 4 hectares.") == []
    assert _claims(tmp_path, "Réfugié de Soumy, il a perdu sa ferme de 120 hectares, minée par les soldats.") == []
    assert _claims(tmp_path, "Les démineurs trouvent des mines, parfois des centaines par hectare.") == []
    assert _claims(tmp_path, "Les sapeurs trouvent des mines, parfois des dizaines par kilomètre carré.") == []
    # near miss: soldiers per front line stay a count where no area divides them
    assert _claims(tmp_path, "Pyongyang a envoyé des milliers de soldats par train.") == [(2000, "at_least", "troops")]


def test_a_noun_in_ois_before_a_preposition_is_no_participle(tmp_path: Path) -> None:
    assert _claims(tmp_path, "Depuis 2023, l'association a organisé douze convois vers Kharkiv, près du front.") == []
    # near misses: a participle in -is or -us before its complement still counts what the sentence counts
    kept = _claims(tmp_path, "Selon Kiev, 3 800 soldats nord-coréens ont été blessés, et 2 000 mis hors de combat.")
    assert (2000, "exact", "losses") in kept


def test_a_gathering_s_attendance_is_no_count_of_the_story(tmp_path: Path) -> None:
    text = "Le 4, un débat sur les soldats nord-coréens envoyés à Koursk a réuni près de 150 personnes à Lyon."
    assert _claims(tmp_path, text) == []
    text = "Une veillée pour les soldats ukrainiens tombés a réuni dimanche environ 400 personnes."
    assert _claims(tmp_path, text) == []
    # near miss: soldiers gathered are soldiers
    text = "Moscou a réuni plus de 50 000 soldats, dont des Nord-Coréens, pour la contre-offensive."
    assert _claims(tmp_path, text) == [(50_000, "at_least", "troops")]


def test_the_new_patterns_grow_linearly() -> None:
    assert _growth(lambda n: clauses.withdrawn("« 3 000 »" + " " * n + "il fallait lire"), 5_000) < 16
    assert _growth(lambda n: clauses.withdrawn("« " + "3 000 " * n + "»,  il fallait"), 2_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("des dizaines" + " " * n + "par" + " " * n + "x"), 2_000) < 16
