"""The review of rounds 93 to 95 and the lead's fixes (issue 16; helper review63b), mended by the lead. Round 95's bare
« en N mois » in a past clause counted the span back to the page even when the sentence names the day its statement
was made (« Le 3 mars, Kiev a affirmé … en trois mois », on a November page: the claim dated August to November); it
now counts back from that day, as days already did. Its « il y a » of a noun (« Il y a deux ans de retard ») took « de
ça » and « d'après Kiev » for the noun, and lost two dates ago; its « pendant N mois, avant de … en juin » read a plan
in the present as a past span. The lead's « d'entre eux » after a measure missed the bare number after « mais » (« 40
kilomètres …, mais 300 d'entre eux »: 300 km, as before the fix). Round 94 (review63a) read « au cours du printemps
de l'année dernière » and « du printemps de Séoul » as the last spring, and dropped « dans trois semaines ou deux »
(a smaller second count) whole. Made-up sentences; each positive case fails at c221f497, its near misses pass both
times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import drafted_dates, extract


@pytest.mark.parametrize(
    ("text", "published", "as_of"),
    [
        # the span counted back from the day the sentence names, not from the page
        (
            "Le 3 mars, Kiev a affirmé que la Russie avait perdu 40 000 hommes en trois mois.",
            "2025-11-20",
            "2024-12/2025-03",
        ),
        ("Kiev a affirmé le 2 mai avoir perdu 3 000 hommes en trois mois.", "2025-06-19", "2025-02/2025-05"),
    ],
)
def test_a_span_counts_back_from_the_day_its_sentence_names(
    tmp_path: Path, text: str, published: str, as_of: str
) -> None:
    _, _, claims = extract(tmp_path, text + "\n", published)
    assert [c["as_of"] for c in claims or []] == [as_of]


def test_a_span_with_no_day_named_still_counts_back_from_the_page(tmp_path: Path) -> None:
    _, _, claims = extract(tmp_path, "La Russie aurait perdu 40 000 hommes en trois mois.\n", "2025-11-20")
    assert [c["as_of"] for c in claims or []] == ["2025-08/2025-11"]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("« Il y a deux ans de ça, personne n'y croyait », a dit le général.", "2023-11"),
        ("Il y a un an d'après Kiev, les renforts étaient encore en Corée.", "2024-11"),
    ],
)
def test_il_y_a_before_ca_or_a_source_is_a_time_ago(tmp_path: Path, text: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, "2025-11-20")


def test_il_y_a_of_a_noun_is_still_no_time_ago(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, "Il y a deux ans de retard sur le chantier du pont.", "2025-11-20") == []


def test_a_plan_for_months_before_a_month_is_no_past_span(tmp_path: Path) -> None:
    dates = drafted_dates(tmp_path, "Il compte rester pendant trois mois avant de rentrer en juin.", "2025-12-10")
    assert "2025-03/2025-06" not in dates


def test_a_past_span_before_a_month_is_still_read(tmp_path: Path) -> None:
    dates = drafted_dates(tmp_path, "Pyongyang a nié pendant six mois, avant d'admettre en avril.", "2025-05-10")
    assert "2024-10/2025-04" in dates


@pytest.mark.parametrize(
    "sentence",
    [
        "Les colonnes parcourent 40 kilomètres par jour, mais 300 d'entre eux sont tombés.",
        "Le fonds a versé 2 000 euros, mais 150 d'entre elles ont été rendues.",
    ],
)
def test_a_bare_part_of_a_group_after_mais_takes_no_measure(sentence: str) -> None:
    assert [f.noun for f in find_figures(sentence)][1:] == [None]


def test_a_bare_part_of_a_group_counted_before_keeps_its_noun() -> None:
    sentence = "Kiev compte 11 000 soldats, mais 3 000 d'entre eux ont été tués."
    assert [f.noun for f in find_figures(sentence)] == ["soldats", "soldats"]


# --- review63a: round 94's springs and « ou N » --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les combats avaient repris au cours du printemps de l'année dernière.",
        "Les combats avaient repris lors du printemps de 2024.",
        "Les manifestants du printemps de Séoul ont été réprimés en 1980.",
    ],
)
def test_another_spring_than_the_last_is_not_read_as_the_last(tmp_path: Path, text: str) -> None:
    assert "2025-03/2025-05" not in drafted_dates(tmp_path, text, "2025-09-10")


def test_a_spring_with_no_complement_is_still_the_last(tmp_path: Path) -> None:
    assert "2025-03/2025-05" in drafted_dates(tmp_path, "Les combats ont repris au cours du printemps.", "2025-09-10")


def test_a_smaller_second_count_after_ou_keeps_the_first(tmp_path: Path) -> None:
    _, events, _ = extract(tmp_path, "Les renforts arriveront dans trois semaines ou deux.\n", "2025-09-10")
    assert [e["date_basis"].endswith("what the rules read: 2025-10-01") for e in events or []] == [True]
