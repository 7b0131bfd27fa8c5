"""Round 103 (issue 16, anchored dates; helper round103): « au lendemain d'une rencontre », « à la veille d'un
sommet » of a thing the text does not date, in a sentence told in the passé composé that names no time of its own,
dates its main clause at the day told before (evedates.py `told_day`); it dated nothing. « à la veille des cérémonies
du 14 juillet » counts from the day it names (`OF_THINGS`); a rough count set off by the comma that closes a
participle goes with the main clause (relativedates.py `_closed_before`). Made-up sentences, none copied from a
benchmark page; each positive case fails before the round, each near miss names the guard that keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract, read_date

_BEFORE = "La ministre a présenté lundi son plan de défense à Lisbonne. "


@pytest.mark.parametrize(
    "sentence",
    [
        "« Nous tiendrons », a-t-elle déclaré devant la presse, au lendemain d'une rencontre avec ses homologues.",
        "Elle a répondu aux députés à la veille d'un sommet de l'Union consacré aux munitions.",
    ],
)
def test_the_morrow_of_an_undated_thing_is_the_day_told_before(tmp_path: Path, sentence: str) -> None:
    _, events, _ = extract(tmp_path, _BEFORE + sentence + "\n", "2025-03-12")
    dated = [e for e in events or [] if "lundi" not in str(e["evidence"])]
    assert [read_date(e) for e in dated] == ["2025-03-10"]
    assert "the one told before" in str(dated[0]["date_basis"])


@pytest.mark.parametrize(
    ("sentence", "guard"),
    [
        # background to the story: the pluperfect
        ("Elle avait parlé à la presse au lendemain d'une rencontre avec ses homologues.", "pluperfect"),
        # a clause that speaks of the future
        ("Elle a annoncé qu'elle parlera à la presse au lendemain d'une rencontre.", "future"),
        # a time of the sentence's own, however rough
        ("La semaine dernière, elle a parlé à la presse au lendemain d'une rencontre à Madrid.", "own time"),
    ],
)
def test_no_day_told_before_for_background_futures_or_a_time_of_its_own(
    tmp_path: Path, sentence: str, guard: str
) -> None:
    assert drafted_dates(tmp_path, _BEFORE + sentence, "2025-03-12").count("2025-03-10") == 1, guard


def test_a_state_s_present_is_no_day_told_before(tmp_path: Path) -> None:
    # near miss: « désormais » (a state's present, `PRESENT_RANK`) is no day the story stands at
    text = (
        "Les blindés se trouvent désormais à la frontière. Le général a salué ses troupes, à la veille d'une"
        " inspection de l'état-major."
    )
    assert drafted_dates(tmp_path, text, "2025-03-12") == ["2025-03-12"]


def test_no_day_told_before_dates_nothing(tmp_path: Path) -> None:
    # near miss: with no day told before, the sentence in the past still dates nothing
    text = "La ministre a présenté son plan à Lisbonne, au lendemain d'une rencontre avec ses homologues."
    assert drafted_dates(tmp_path, text, "2025-03-12") == []


def test_the_eve_of_things_in_the_plural_counts_from_their_day(tmp_path: Path) -> None:
    # « des » after « à la veille »: the day the phrase names, as « la veille de la rencontre du 11 mars » is
    text = "La ministre s'exprimait à la veille des cérémonies du 14 juillet à Paris."
    assert "2025-07-13" in drafted_dates(tmp_path, text, "2025-07-14")


def test_a_bare_morrow_before_a_plural_subject_is_no_thing(tmp_path: Path) -> None:
    # near miss: « Le lendemain des drones ont frappé » (no « au », `AT_THE`): the morrow of the day told before
    text = "Les sirènes ont retenti lundi à Kharkiv. Le lendemain des drones ont frappé la gare."
    assert drafted_dates(tmp_path, text, "2025-03-12") == ["2025-03-10", "2025-03-11"]


def test_a_rough_count_set_off_after_a_participle_goes_with_the_main_clause(tmp_path: Path) -> None:
    # the count after the comma that closes « rentrés de Gaza » dates nothing of its own: Thursday, as round 101
    # reads a rough count after the main clause's day
    text = "Le président a reçu jeudi les marins rentrés de Gaza, quelques jours après la visite du ministre."
    assert drafted_dates(tmp_path, text, "2025-06-20") == ["2025-06-19"]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: no comma, the count goes with the participle (`_closed_before`)
        "Le président a reçu jeudi la veuve d'un marin décédé quelques jours après la tempête.",
        # near miss: a « que » clause runs past its comma (only participles are closed by one)
        "Le président a affirmé jeudi que les marins étaient rentrés, quelques jours après la tempête.",
    ],
)
def test_a_count_in_a_clause_of_its_own_keeps_its_reading(tmp_path: Path, text: str) -> None:
    assert "2025-06-12/2025-06-17" in drafted_dates(tmp_path, text, "2025-06-20")
