"""Round 120 (issue 16, false figures; helper r120). Two things a number counts that the story does not:

- the minutes of a clock time written with « h » or « heures » (« à 10 h 45 », « à 18 h 30 une conférence »): the
  number after the hour was read as a count whose noun is left out (frnotcounts.py `clock_minutes`, called by
  frplain.py), as « 08:19 » never was; never where a noun follows (« En 18 h 45 villages »);
- a count of anyone who attends, gathers or marches (« quelque 80 personnes ont assisté à la projection », « une
  vingtaine de personnes se sont rassemblées », « 600 personnes ont défilé »): a turnout, the people the story was
  told to or by, not people it counts (storycounts.py `_an_audience`, `_ATTENDED`; as « devant », « a réuni »); not
  anyone reunited (« se sont réunies avec leurs familles »).

Made-up sentences, never the held-out ones; each positive case fails before the round, its near misses pass both
times and name the guard that keeps them. The cases marked review70b are the mend's: they failed at the round's
merge (« H », « heures »; a noun after the minutes; « réunies avec ») and pass after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_round87 import _STORY, _values

# --- numbers the story does not count: the minutes of a clock time, a turnout ---------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the minutes of a clock time (`clock_minutes`)
        ("La cérémonie commencera à 11 h 35 devant le monument aux morts.", 35),
        ("Le cortège partira samedi à 16 h 20 devant la mairie.", 20),
        ("Le musée accueillera vendredi à 19 h 30 une lecture de lettres de soldats.", 30),
        # « H » and « heures » (`_CLOCK_HOUR`, review70b)
        ("Le dépôt de gerbes aura lieu à 11 H 35 devant la stèle.", 35),
        ("Le cortège partira samedi à 16 heures 20 devant la mairie.", 20),
        # a turnout: anyone who attends, gathers or marches (`_ATTENDED`)
        ("Quelque 180 personnes ont assisté mardi à la conférence sur les soldats nord-coréens.", 180),
        ("Une quarantaine de personnes se sont rassemblées devant la mairie pour les soldats ukrainiens.", 40),
        ("Samedi, 900 personnes ont défilé en soutien aux soldats ukrainiens.", 900),
        ("Environ 60 personnes se rassemblent chaque dimanche pour les prisonniers.", 60),
        # joined or were there (review70b)
        ("Près de 300 personnes ont participé à la marche pour les soldats ukrainiens.", 300),
        ("Environ 200 personnes étaient présentes à la veillée pour les prisonniers.", 200),
        # near miss: « se sont réunies » and no « avec » after it is still a gathering (review70b)
        ("Quelque 70 personnes se sont réunies dimanche devant la mairie pour les prisonniers.", 70),
    ],
)
def test_a_clock_time_s_minutes_and_a_turnout_are_no_count(tmp_path: Path, text: str, number: float) -> None:
    found = _values(tmp_path, f"{_STORY} {text}")
    assert (11000, "exact") in found
    assert all(value != number for value, _ in found)


@pytest.mark.parametrize(
    ("text", "number", "hour"),
    [
        # a counted noun after the two digits, of any kind (`clock_minutes` asks for none: review70b)
        ("En 18 h 45 villages ont été évacués dans la région de Belgorod.", 45, 18),
        ("En 6 h 20 roquettes ont frappé Belgorod.", 20, 6),
        ("En 10 h 40 frappes ont visé la ville.", 40, 10),
        ("Entre 8 h et 9 h 30 roquettes sont tombées sur la ville.", 30, 9),
        # near miss: a counted noun the store measures after an hour (0-23) and two digits
        ("En 18 h 30 soldats nord-coréens ont été tués.", 30, 18),
        # near miss: a comma after the hour (`_CLOCK_HOUR` asks for the number right after « h »)
        ("Vers 10 h, 12 soldats nord-coréens ont été tués.", 12, 10),
        # near miss: three digits are no minutes
        ("Dans les 24 h 120 soldats nord-coréens ont été tués.", 120, 24),
    ],
)
def test_a_count_after_an_hour_that_is_no_clock_time_still_counts(
    tmp_path: Path, text: str, number: float, hour: float
) -> None:
    found = _values(tmp_path, text)
    assert (number, "exact") in found
    assert all(value != hour for value, _ in found)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # « se sont réunies avec leurs familles »: reunited, no gathering (review70b)
        ("Après l'échange de prisonniers, 95 personnes se sont réunies avec leurs familles à Tchernihiv.", 95),
        # near miss: soldiers who march are counted (a parade's troops: `_ANYONE` asks for « personnes »)
        ("Plus de 12 000 soldats ont défilé à Pyongyang.", 12000),
        # near miss: anyone killed, not gathered
        ("Au moins 14 personnes ont été tuées dans une frappe sur Soumy.", 14),
    ],
)
def test_soldiers_who_march_anyone_reunited_or_killed_still_count(tmp_path: Path, text: str, number: float) -> None:
    assert any(value == number for value, _ in _values(tmp_path, text))
