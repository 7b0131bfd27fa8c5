"""Round 120 (issue 16, false figures; helper r120). Two things a number counts that the story does not:

- the minutes of a clock time written with « h » (« à 10 h 45 », « à 18 h 30 une conférence »): the number after the
  hour was read as a count whose noun is left out (frnotcounts.py `clock_minutes`, called by frplain.py), as « 08:19 »
  never was;
- a count of anyone who attends, gathers or marches (« quelque 80 personnes ont assisté à la projection », « une
  vingtaine de personnes se sont rassemblées », « 600 personnes ont défilé »): a turnout, the people the story was
  told to or by, not people it counts (storycounts.py `_an_audience`, `_ATTENDED`; as « devant », « a réuni »).

Made-up sentences, never the held-out ones; each positive case fails before the round, its near misses pass both
times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_round87 import _STORY, _values

# --- the minutes of a clock time -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("La cérémonie commencera à 11 h 35 devant le monument aux morts.", 35),
        ("Le cortège partira samedi à 16 h 20 devant la mairie.", 20),
        ("Le musée accueillera vendredi à 19 h 30 une lecture de lettres de soldats.", 30),
    ],
)
def test_the_minutes_of_a_clock_time_are_no_count(tmp_path: Path, text: str, number: float) -> None:
    found = _values(tmp_path, f"{_STORY} {text}")
    assert (11000, "exact") in found
    assert all(value != number for value, _ in found)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # near miss: two digits after an hour with a counted noun of their own (`clock_minutes` asks for none)
        ("En 48 h 30 soldats nord-coréens ont été tués.", 30),
        # near miss: a comma after the hour (`_CLOCK_HOUR` asks for the number right after « h »)
        ("Vers 10 h, 12 soldats nord-coréens ont été tués.", 12),
        # near miss: three digits are no minutes
        ("Dans les 24 h 120 soldats nord-coréens ont été tués.", 120),
    ],
)
def test_a_count_after_an_hour_that_is_no_clock_time_still_counts(tmp_path: Path, text: str, number: float) -> None:
    assert (number, "exact") in _values(tmp_path, text)


# --- a turnout: anyone who attends, gathers or marches ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Quelque 180 personnes ont assisté mardi à la conférence sur les soldats nord-coréens.", 180),
        ("Une quarantaine de personnes se sont rassemblées devant la mairie pour les soldats ukrainiens.", 40),
        ("Samedi, 900 personnes ont défilé en soutien aux soldats ukrainiens.", 900),
        ("Environ 60 personnes se rassemblent chaque dimanche pour les prisonniers.", 60),
    ],
)
def test_anyone_who_attends_or_gathers_is_no_count(tmp_path: Path, text: str, number: float) -> None:
    found = _values(tmp_path, f"{_STORY} {text}")
    assert (11000, "exact") in found
    assert all(value != number for value, _ in found)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # near miss: soldiers who march are counted (a parade's troops: `_ANYONE` asks for « personnes »)
        ("Plus de 12 000 soldats ont défilé à Pyongyang.", 12000),
        # near miss: anyone killed, not gathered
        ("Au moins 14 personnes ont été tuées dans une frappe sur Soumy.", 14),
    ],
)
def test_soldiers_who_march_and_anyone_killed_still_count(tmp_path: Path, text: str, number: float) -> None:
    assert any(value == number for value, _ in _values(tmp_path, text))
