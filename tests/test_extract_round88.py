"""Round 88 (issue 16, dates counted from the publication; helper round88): a ceremony named by its day, without its
year, a few days or weeks ahead of the page (« Poutine remercierait Kim lors du défilé du 9 mai » on 28 April, « à moins
de deux semaines des célébrations du 9 mai ») was read a year back wherever the clause told something in the past (« a
fait savoir », « a remercié »): the day of a ceremony (lexicon.toml `ceremony_nouns`) within a month of the page is the
coming one. A reporting incise after the date (« Le texte sera débattu en séance plénière le 22 mai, a précisé le
cabinet ») lent its past to the date, being the verb nearest to it: its verb is none of the clause's, for the future
that dates the day and for the tests of a thing done. « le défilé du 9-Mai », « la cérémonie du 11-Novembre » were no
date: a commemoration's name, its month capitalised after a hyphen, is its day; after « chaque » a day is a habit.
Made-up sentences, never the held-out ones; each positive case fails before the change, its near misses pass both
times, and each near miss but one fails when its guard is taken out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- the day of a ceremony, a few weeks ahead, is the coming one ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        (
            "Le ministère a indiqué que le président saluerait les vétérans lors de la cérémonie du 11 novembre.",
            "2025-10-30",
            "2025-11-11",
        ),
        (
            "Le gouvernement a confirmé mardi la venue de trois délégations étrangères aux commémorations du 8 mai.",
            "2026-04-21",
            "2026-05-08",
        ),
        (
            "Le maire a évoqué la présence d'anciens combattants coréens au défilé du 14 juillet.",
            "2025-07-03",
            "2025-07-14",
        ),
    ],
)
def test_the_day_of_a_ceremony_a_few_weeks_ahead_is_the_coming_one(
    tmp_path: Path, sentence: str, published: str, edtf: str
) -> None:
    dates = drafted_dates(tmp_path, sentence, published)
    assert edtf in dates
    assert f"{int(edtf[:4]) - 1}{edtf[4:]}" not in dates


def test_the_day_of_a_ceremony_more_than_a_month_ahead_stays_the_last_one(tmp_path: Path) -> None:
    # near miss: two months ahead, a clause told in the past may as well speak of the one before (the month's guard)
    dates = drafted_dates(
        tmp_path, "Le maire a évoqué la présence d'anciens combattants coréens au défilé du 14 juillet.", "2025-05-10"
    )
    assert "2024-07-14" in dates


def test_the_day_of_a_battle_a_few_weeks_ahead_stays_the_last_one(tmp_path: Path) -> None:
    # near miss: a battle's day is no ceremony announced ahead; an anniversary page tells the one a year back
    dates = drafted_dates(
        tmp_path, "Le général a raconté les premiers combats du 4 novembre dans la région de Koursk.", "2025-10-28"
    )
    assert "2024-11-04" in dates


def test_a_ceremony_day_named_last_stays_the_last_one(tmp_path: Path) -> None:
    # near miss: « dernier » names the one before, whatever the noun (the « dernier » guard)
    dates = drafted_dates(
        tmp_path, "Le maire a évoqué les anciens combattants présents au défilé du 14 juillet dernier.", "2025-07-03"
    )
    assert "2024-07-14" in dates


# --- a reporting incise after the date is not the verb it dates ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        (
            "Le projet de loi sera examiné par les députés le 3 juin, a indiqué le ministère.",
            "2025-05-21",
            "2025-06-03",
        ),
        (
            "Le rapport sera rendu public par la commission d'enquête le 30 avril, a précisé jeudi le porte-parole.",
            "2026-04-16",
            "2026-04-30",
        ),
        (
            "La cour rendra sa décision sur la demande des deux soldats le 9 octobre, ont encore indiqué les avocats.",
            "2025-09-25",
            "2025-10-09",
        ),
    ],
)
def test_a_future_before_a_reporting_incise_dates_the_coming_day(
    tmp_path: Path, sentence: str, published: str, edtf: str
) -> None:
    dates = drafted_dates(tmp_path, sentence, published)
    assert edtf in dates
    assert f"{int(edtf[:4]) - 1}{edtf[4:]}" not in dates


def test_a_past_tense_of_the_clause_itself_still_dates_the_day_before_an_incise(tmp_path: Path) -> None:
    # near miss: only the incise's verb is set aside; the clause's own past tense still dates the day
    dates = drafted_dates(
        tmp_path, "Le projet de loi a été examiné par les députés le 3 juin, a indiqué le ministère.", "2025-05-21"
    )
    assert "2024-06-03" in dates
    assert "2025-06-03" not in dates


def test_a_subject_between_the_comma_and_the_verb_opens_no_incise(tmp_path: Path) -> None:
    # near miss: « Le 3 juin, Kiev a annoncé … » is the main clause, the day its verb's (the guard: the verb of saying
    # right after the comma)
    dates = drafted_dates(tmp_path, "Le 3 juin, Kiev a annoncé la capture de deux soldats nord-coréens.", "2025-05-28")
    assert "2024-06-03" in dates
    assert "2025-06-03" not in dates


def test_a_month_soon_before_a_reporting_incise_is_the_coming_one(tmp_path: Path) -> None:
    # the incise's « a indiqué » tells who said it, not that the sending is done
    text = (
        "Pyongyang enverrait de nouvelles troupes en Russie en mars, a indiqué mercredi un responsable de l'Alliance."
    )
    dates = drafted_dates(tmp_path, text, "2026-01-15")
    assert "2026-03" in dates
    assert "2025-03" not in dates


def test_a_month_told_as_done_before_a_reporting_incise_stays_the_last_one(tmp_path: Path) -> None:
    # near miss: the clause's own passé composé still tells the sending as done
    text = "Pyongyang a envoyé de nouvelles troupes en Russie en mars, a indiqué mercredi un responsable de l'Alliance."
    dates = drafted_dates(tmp_path, text, "2026-01-15")
    assert "2025-03" in dates


# --- « le 9-Mai », « le 11-Novembre »: a commemoration's name is its day ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        (
            "Le maire a déposé une gerbe devant le monument aux soldats tombés en Corée lors de la cérémonie du "
            "11-Novembre.",
            "2025-11-14",
            "2025-11-11",
        ),
        ("Des vétérans de la guerre de Corée ont assisté au défilé du 9-Mai à Moscou.", "2026-05-12", "2026-05-09"),
    ],
)
def test_a_commemoration_s_hyphenated_name_is_its_day(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published)


def test_a_place_named_after_a_day_and_its_year_is_no_date(tmp_path: Path) -> None:
    # near miss: « place du 8-Mai-1945 » is a name, its year hyphened on (the guard after the month)
    dates = drafted_dates(tmp_path, "Des soldats nord-coréens ont été vus place du 8-Mai-1945 à Koursk.", "2025-11-14")
    assert not any(d.endswith("-05-08") for d in dates)


@pytest.mark.parametrize(
    "sentence",
    [
        "La fanfare du régiment joue devant le monument aux soldats tombés en Corée chaque 11 novembre.",
        "La fanfare du régiment joue devant le monument aux soldats tombés en Corée à chaque 11-Novembre.",
    ],
)
def test_a_day_after_chaque_is_a_habit_no_date(tmp_path: Path, sentence: str) -> None:
    assert not any(d.endswith("-11-11") for d in drafted_dates(tmp_path, sentence, "2025-11-14"))
