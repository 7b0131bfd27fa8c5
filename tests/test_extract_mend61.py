"""The leftovers of session 58, tidied (issue 16; helper mend61, session 59). Round 86's prepositions before a count in
apposition and round 82's times counted from a thing were matched with an accent on any vowel, which took « sûr » for
« sur » (« Il est sûr que les soldats nord-coréens, environ 3 000 à leur arrivée, … » lost its count) and « veillé »
for « veille » (« ont veillé avant l'assaut du 9 mars » was the day of a thing a time is counted from, and the story
stayed at the day before): both lists are written with their accents and matched as written. Made-up sentences,
never the held-out ones; each positive case fails at b380d4c1, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import drafted_dates

# --- a list's words matched as written: « sûr » is no « sur », « veillé » no « veille » ------------------------------


def test_a_count_in_apposition_after_sur_with_its_accent_counts() -> None:
    text = "Il est sûr que les soldats nord-coréens, environ 3 000 à leur arrivée, ont été engagés près de Soudja."
    assert [(f.value, f.noun) for f in find_figures(text)] == [(3000, "soldats")]


def test_a_count_after_the_preposition_sur_or_d_apres_is_still_no_apposition() -> None:
    # near misses: « sur », « d’après » (either apostrophe) as written open a phrase, a whole or a source
    for text in (
        "Sur les soldats nord-coréens, environ 3 000 à leur arrivée, ont été engagés près de Soudja.",
        "D’après les soldats nord-coréens, environ 3 000 à leur arrivée, ont été engagés près de Soudja.",
    ):
        assert find_figures(text) == []


def test_a_day_after_veille_with_an_accent_is_no_day_a_time_is_counted_from(tmp_path: Path) -> None:
    # the story stands at the assault's day, not at the day before it
    text = (
        "Le 2 mars 2025, les soldats nord-coréens ont veillé avant l'assaut du 9 mars 2025. Deux jours plus tard, Kiev "
    )
    dates = drafted_dates(tmp_path, text + "démentait.", "2025-06-01")
    assert "2025-03-11" in dates
    assert "2025-03-04" not in dates


def test_a_day_after_a_time_written_with_its_accent_is_still_counted_from(tmp_path: Path) -> None:
    # near miss: « années » as written counts a time from the offensive's day, and the story stays at the day told
    text = (
        "Le 9 mars 2025, Moscou annonçait la reprise de la ville, deux années après l'offensive du 10 août 2023. "
        "Trois jours plus tard, Kiev démentait."
    )
    dates = drafted_dates(tmp_path, text, "2025-06-01")
    assert "2025-03-12" in dates
    assert "2023-08-13" not in dates
