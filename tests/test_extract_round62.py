"""Round 62 (issue 16, figures and dates; helper round62): the shapes sealed40 and sealed41 exposed. A Swiss sum's
abbreviated scale (« 1,2 mio de francs ») was read as 1.2, a value wrong in silence wherever a topic counts the sum;
a temperature (« 22 degrés à Nouméa ») as a count; a journey's length (« Le trajet, de plus de 10 000 km ») as ground
taken; a count pointed at (« ce chiffre n'était que de 1,6 million »), the subject
of « atteindre » (« les pertes … atteindraient « plus de 6 000 » ») and a count said on a day (« le Pentagone disait
8 000 jeudi dernier ») were missed; a unified diff's file headers and removed lines were read as facts (sealed41 x20),
and a chat copy's days set in a rule (« ——— lundi 4 novembre ——— ») were not read as its days (sealed41 x19).
Made-up pages, never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import frnumbers, frnumerals, revisions, writtenon
from tests.test_extract import drafted_dates, extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str, published: str = "2025-05-05") -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, published)
    return claims or []


# --- a Swiss sum's scale --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,2 mio", 1_200_000), ("3 mios", 3_000_000), ("2,5 mia", 2_500_000_000), ("4 mrd", 4_000_000_000)],
)
def test_a_swiss_abbreviated_scale_scales_its_number(text: str, value: int) -> None:
    assert frnumerals.parse_number(text) == value


def test_a_swiss_sum_is_read_whole() -> None:
    figures = frnumbers.find_figures("La Confédération a débloqué une aide de 1,2 mio de francs pour Soumy.")
    assert [(f.value, f.unit) for f in figures] == [(1_200_000, "CHF")]
    # near miss: a name that spells the same is no scale
    assert [f.value for f in frnumbers.find_figures("Mia a vu 3 soldats nord-coréens.")] == [3]


# --- a temperature ------------------------------------------------------------------------------------------------


def test_a_temperature_is_no_count(tmp_path: Path) -> None:
    assert _claims(tmp_path, "› Météo : 22 degrés à Nouméa, alizés modérés.\n") == []
    # near miss: a participle before its complement still counts what its sentence counts
    kept = _claims(tmp_path, "Ils seraient environ 11 000 dans la région, dont 3 800 mis hors de combat.\n")
    assert [c["value"] for c in kept] == [11000, 3800]


# --- a journey's length ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Le trajet, de plus de 10 000 km, prend huit jours entre Moscou et Pyongyang.",
        "Les soldats nord-coréens ont fait un périple de 3 000 km avant Koursk.",
    ],
)
def test_a_journeys_length_is_no_ground(tmp_path: Path, sentence: str) -> None:
    assert _claims(tmp_path, sentence + "\n") == []


def test_ground_taken_stays(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Les forces russes ont repris 1 000 km2 dans la région de Koursk.\n")
    assert [c["value"] for c in claims] == [1000]


# --- a count whose noun is said before -------------------------------------------------------------------------------


def test_a_count_pointed_at_counts_the_noun_before() -> None:
    text = "Pyongyang aurait livré 2,8 millions d'obus. L'hiver dernier, ce chiffre n'était que de 1,6 million."
    assert [f.value for f in frnumbers.find_figures(text)] == [2_800_000, 1_600_000]
    # near miss: « ce chiffre » with no number after it
    assert frnumbers.find_figures("Ce chiffre n'est que de la communication, selon Kiev.") == []


def test_the_subject_of_atteindre_is_what_its_number_counts() -> None:
    text = "Selon Séoul, les pertes nord-coréennes depuis l'automne 2024 atteindraient désormais « plus de 6 000 »."
    assert [(f.value, f.noun) for f in frnumbers.find_figures(text)] == [(6000, "pertes")]
    # near misses: a place reached, a subject that counts nothing
    assert frnumbers.find_figures("Les soldats ont atteint Soudja.") == []
    assert frnumbers.find_figures("La Russie atteint 3 000.") == []


def test_a_count_said_on_a_day_is_a_figure(tmp_path: Path) -> None:
    said = _claims(tmp_path, "Prudence : le Pentagone disait 8 000 jeudi dernier.\n", "2024-11-04")
    assert _values(said) == [(8000, None, None, "exact")]
    # near misses: a small number, no number, no verb of saying
    assert _claims(tmp_path, "Prudence : le Pentagone disait 8 jeudi dernier.\n", "2024-11-04") == []
    assert _claims(tmp_path, "Le Pentagone disait jeudi dernier que Kiev tenait.\n", "2024-11-04") == []


# --- a unified diff -------------------------------------------------------------------------------------------------

_DIFF = (
    "$ diff -u depeche_v1.txt depeche_v2.txt\n"
    "--- depeche_v1.txt\t2025-02-12 09:57:03.000000000 +0100\n"
    "+++ depeche_v2.txt\t2025-02-12 11:42:48.000000000 +0100\n"
    "@@ -1,5 +1,5 @@\n"
    " KIEV, 12 février 2025 (AFP) - Le porte-parole a parlé mercredi.\n"
    " \n"
    "-Le prochain rapport du NIS est attendu le 20 février.\n"
    "+Le prochain rapport du NIS est attendu le 24 février.\n"
    " \n"
    "-Kiev tenait la ville en août.\n"
    "+Kiev tenait la ville fin août.\n"
)


def test_a_diffs_removed_lines_and_headers_date_nothing(tmp_path: Path) -> None:
    dates = drafted_dates(tmp_path, _DIFF, "2025-02-12")
    assert "2025-02-20" not in dates and "2024-08" not in dates and dates.count("2025-02-12") <= 1
    assert "2025-02-24" in dates  # the corrected line's day stays


_DASHED_LIST = "Le calendrier :\n- Kiev a repris la ville le 20 février.\n- Le NIS a parlé en août.\n"


def test_a_list_of_dashes_is_no_diff() -> None:
    assert revisions.retracted_lines(_DASHED_LIST) == []


def test_a_list_of_dashes_keeps_its_dates(tmp_path: Path) -> None:
    assert "2025-02-20" in drafted_dates(tmp_path, _DASHED_LIST, "2025-03-01")


# --- a chat copy's days set in a rule --------------------------------------------------------------------------------

_CHAT = (
    "——————— lundi 4 novembre ———————\n\n"
    "Camille Roux  08:47\n"
    "Zelensky a parlé ce matin de 11 000 soldats nord-coréens.\n\n"
    "——————— Aujourd'hui ———————\n\n"
    "Hugo Lemaire  06:58\n"
    "Le NIS a confirmé hier soir les premiers combats.\n"
)


def test_a_chat_days_set_in_a_rule_date_its_messages(tmp_path: Path) -> None:
    dates = drafted_dates(tmp_path, _CHAT, "2024-11-06")
    assert "2024-11-04" in dates and "2024-11-05" in dates
    assert "2024-11-06" not in dates  # « ce matin » is the Monday's, not the copy's day


def test_a_rule_alone_is_no_day() -> None:
    published = parse_edtf("2024-11-06")
    assert writtenon.day_separators("——————————\n\nTexte du lundi 4 novembre.\n", published) == []
    # near miss: a dash and a day in a list is no rule
    assert writtenon.day_separators("- lundi 4 novembre -\n", published) == []


# --- growth ---------------------------------------------------------------------------------------------------------


def test_the_new_patterns_grow_linearly() -> None:
    assert _growth(lambda n: revisions.retracted_lines("@@ -1 +1 @@\n" + "-a\n" * n), 5_000) < 16
    assert _growth(lambda n: revisions.retracted_lines("--- a\n" * n), 5_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("les pertes " + "a " * n + "atteignent 6 000"), 2_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("disait " + " " * n + "8 000 jeudi"), 5_000) < 16
