"""Misreads the lead found on the blind pages of sealed61 (issue 16, session 59), mended as rules of general French.
A verb that bounds a number, read through what may stand between them: the second half of a negation (« ne dépassait plus 800 km² », « ne dépassent guère les 8 000 ») and
an incise naming a source (« dépasse, selon Séoul, les 12 000 soldats ») hid the verb, so the number was read exact: a
value kind wrong in silence. Now the source's incise is read through (at least), and a negation read through leaves
the figure to the curator, as « ne … pas » did. A weather line's « samedi 26 °C » was a day (a Saturday 26), and its
« vent de nord-ouest 30 km/h » 30 km of ground: a number before a unit of temperature or a share is no day, a length
per hour a speed. « le 75e anniversaire du déclenchement de la guerre » (Korea's) was 75 years after the full-scale
invasion, 2097: an anniversary of a moment of the story more than two years after the page is another moment's. A download's « (PDF, 412 kB) » was a count: a file's size is none. « « D'ici le printemps, Kiev pourrait avoir
tout perdu », avance-t-il » in December was the spring before (the quoted clause's tenses hid « d'ici »): « d'ici »
before a season looks ahead whatever the tenses. Made-up sentences; each positive case fails at b380d4c1."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import drafted_dates


def _read(sentence: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.value_kind) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le contingent dépasse, selon Séoul, les 12 000 soldats.", [(12000, "at_least")]),
        ("Les effectifs dépasseraient, d'après les services sud-coréens, 11 000 hommes.", [(11000, "at_least")]),
        ("Le bilan a franchi, selon l'ONU, la barre des 1 000 morts.", [(1000, "at_least")]),
        # the negation's second half: the bound is the other way round, a TODO for the curator, never exact
        ("Les effectifs ne dépassaient plus les 8 000 hommes.", [(None, "exact")]),
        ("Les pertes ne dépassent guère les 300 morts par semaine.", [(None, "exact")]),
        ("La poche ne dépassait plus, selon lui, 800 km² début décembre.", [(None, "exact")]),
        # … and with its noun left out (review61: read 4 000 at least)
        ("Le nombre de soldats tués ne dépasse pas les 4 000, selon Kiev.", [(None, "exact")]),
    ],
)
def test_a_bounding_verb_is_read_through_a_negation_or_a_source(sentence: str, expected: list[object]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an incise that is no source's keeps the verb apart from the number, as before
        ("Les effectifs dépassent, cette année encore, 8 000 hommes.", [(8000, "exact")]),
        # a source's incise that closes on no number is not read through: the next clause's count is its own
        ("Les blindés dépassent, selon Kiev, la ligne de front ; 3 000 soldats suivent.", [(3000, "exact")]),
        # an adverb is read through as before: a bound, at least
        ("Le contingent dépasse désormais les 10 000 soldats.", [(10000, "at_least")]),
    ],
)
def test_what_the_verb_does_not_reach_is_unchanged(sentence: str, expected: list[object]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Météo : vendredi, 18 °C, vent d'est 25 km/h.", "Les blindés avançaient de 40 kilomètres à l'heure."],
)
def test_a_length_per_hour_is_a_speed(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_length_is_still_ground_taken() -> None:
    assert _read("Les troupes nord-coréennes ont avancé de 12 km en une semaine.") == [(12, "exact")]


def test_a_weekday_before_a_temperature_is_no_day(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, "Samedi 26 °C, dimanche 24 °C, a annoncé la station de Koursk.", "2025-02-20") == []


def test_a_weekday_before_its_day_is_still_one(tmp_path: Path) -> None:
    line = "Mardi 11 : les soldats nord-coréens ont attaqué près de Soudja."
    assert drafted_dates(tmp_path, line, "2025-02-20") == ["2025-02-11"]


def test_an_anniversary_far_past_the_page_is_another_moment_s(tmp_path: Path) -> None:
    line = "Séoul commémorait le 75e anniversaire du déclenchement de la guerre, a rappelé l'agence."
    assert drafted_dates(tmp_path, line, "2025-06-27") == []


def test_the_story_s_anniversary_is_still_dated(tmp_path: Path) -> None:
    line = "Kiev a marqué le troisième anniversaire de l'invasion, a rappelé l'agence."
    assert drafted_dates(tmp_path, line, "2025-06-27") == ["2025-02-24"]


@pytest.mark.parametrize("sentence", ["Documents : ordonnance (PDF, 412 kB) | annexe (PDF, 96 ko)"])
def test_a_file_s_size_is_no_figure(sentence: str) -> None:
    assert _read(sentence) == []


def test_d_ici_before_a_season_looks_ahead_in_a_quote(tmp_path: Path) -> None:
    line = "« D'ici l'été, Moscou pourrait avoir épuisé ses renforts », avance-t-il."
    assert drafted_dates(tmp_path, line, "2024-12-12") == ["2024-12-12/2025-08"]


def test_a_season_told_in_the_past_is_still_the_latest(tmp_path: Path) -> None:
    line = "« Au printemps, Moscou avait épuisé ses renforts », avance-t-il."
    assert drafted_dates(tmp_path, line, "2024-12-12") == ["2024-03/2024-05"]
