"""Round 99 (issue 16, anchored dates; helper round99): a count of time before or after « le deuxième anniversaire du
pacte signé le 3 mars 2023 » counts from that anniversary, not from the signing; « deux jours plus tard »
after a third of a month told before it in its sentence, or by a sentence naming no day, counts from that third.
(Rule 2, « Douze mois plus tard » in the present as the page's day, was taken out by mend66a: review66b.) Made-up sentences, none
copied from a benchmark page; each positive case fails before the round, its near misses pass both times or name the
guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- the anniversary of a thing the sentence dates with its year ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # the day inside the phrase: the signing was read and counted back (2023-02-24)
        (
            "La délégation est arrivée à Minsk dix jours avant le deuxième anniversaire du pacte signé le 3 mars 2023"
            " par les deux ministres.",
            "2025-02-25",
            "2025-02-21",
        ),
        # the day in apposition after a comma: no day was read from the phrase (the day told before instead)
        (
            "Le convoi est parti mardi de Vladivostok. Le ministre arrive trois jours après le premier anniversaire de"
            " l'accord sur les pêcheries, signé le 12 mai 2024.",
            "2025-05-16",
            "2025-05-15",
        ),
        # « au lendemain de »: the main clause's day was the day after the thing, counted back (2024-05-11)
        (
            "Le ministre arrive au lendemain du premier anniversaire de la ratification de l'accord, le 12 mai 2024.",
            "2025-05-14",
            "2025-05-13",
        ),
        # « moins de trois semaines après »: from the anniversary up to three weeks on
        (
            "La rencontre a lieu moins de trois semaines après le deuxième anniversaire de l'accord signé le 3 mars"
            " 2023.",
            "2025-03-20",
            "2025-03-03/2025-03-24",
        ),
    ],
)
def test_a_count_from_an_anniversary_counts_from_it(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


def test_the_anniversary_s_own_day_is_not_moved(tmp_path: Path) -> None:
    # near miss: the day written after the anniversary is the anniversary's own (it lies within 300 days of the
    # page, `_ANNIVERSARY_PAST`): counted from as written
    text = "Le sommet s'est ouvert lundi deux jours avant le premier anniversaire de l'accord, le 12 mai 2025."
    dates = drafted_dates(tmp_path, text, "2025-05-14")
    assert "2025-05-10" in dates
    assert "2026-05-10" not in dates


def test_an_anniversary_far_from_the_page_is_not_read(tmp_path: Path) -> None:
    # near miss: the 75th anniversary of a day of 1940 lands in 2015, years before the page (`_ANNIVERSARY_NEAR`):
    # no date moved to it
    text = "La cérémonie a eu lieu deux jours avant le 75e anniversaire de l'appel lancé le 18 juin 1940."
    assert not any(d.startswith("2015") for d in drafted_dates(tmp_path, text, "2025-06-20"))


def test_the_eve_of_an_anniversary_of_the_story_stays_one_expression(tmp_path: Path) -> None:
    # near miss: « à la veille du quatrième anniversaire de l'invasion … » is read by the [anchors] moment's
    # anniversary, one expression, as before (the round's reading comes after it in frdates `anchored`)
    text = (
        "Le gouvernement a annoncé lundi de nouvelles mesures, à la veille du quatrième anniversaire de l'invasion"
        " à grande échelle de l'Ukraine, le 24 février 2022."
    )
    dates = drafted_dates(tmp_path, text, "2026-02-24")
    assert "2026-02-23" in dates
    assert "2026-02-24" not in dates


# --- a round count of a year, landing near the publication, in a clause of the present ------------------------------
# Rule 2 (« Douze mois plus tard » snapped to the page's day) was taken out by mend66a (review66b H1, M4: a day written
# after the count, « jour pour jour », a narrative told in the present); its near misses stay, and
# test_extract_review66b.py holds the days it must keep.


def test_a_round_year_later_four_days_off_is_not_the_page_s_day(tmp_path: Path) -> None:
    # near miss: four days from the page is no reading of the page's day (`_ANNIVERSARY_DAYS`: a listing's broadcast)
    text = "Le 13 mars 2024, la brigade entrait dans le village. Un an plus tard, ce film raconte sa retraite."
    assert "2025-03-09" not in drafted_dates(tmp_path, text, "2025-03-09")


def test_a_round_year_later_in_the_past_keeps_its_day(tmp_path: Path) -> None:
    # near miss: a clause told in the past (« avait ») keeps the day counted (`tells_the_past`)
    text = "Le 7 mars 2024, la brigade entrait dans le village. Douze mois plus tard, elle en avait été chassée."
    assert "2025-03-07" in drafted_dates(tmp_path, text, "2025-03-09")


# --- days counted from a third of a month the story stands at -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # the third told before the count in its own sentence: was counted from Tuesday (2025-04-17)
        (
            "Le ministre a parlé mardi à la presse. L'armée a annoncé la reprise du village à la fin mars, et Moscou a"
            " confirmé deux jours plus tard.",
            "2025-03-23/2025-04-02",
        ),
        # the third the sentence before stands at, naming no day: was counted from Tuesday (2025-05-06)
        (
            "Le ministre a parlé mardi à la presse. Les premiers tirs eurent lieu début mars, près de la frontière."
            " Trois semaines plus tard, les renforts arrivaient.",
            "2025-03-22/2025-03-31",
        ),
    ],
)
def test_days_later_count_from_the_third_of_a_month_told_last(tmp_path: Path, text: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, "2025-04-20")


def test_a_third_set_off_at_the_end_of_a_sentence_is_background(tmp_path: Path) -> None:
    # near miss: « …, début mars. » closing a sentence is background to the day told before it (draft.py `set_off`,
    # round 90's guard): counted from Thursday, as before
    text = (
        "Le ministre a parlé jeudi 17 avril devant les députés. Il a cité les pertes subies depuis leur engagement,"
        " début mars. Trois jours plus tôt, la brigade avait reculé."
    )
    dates = drafted_dates(tmp_path, text, "2025-04-20")
    assert "2025-04-14" in dates
    assert [d for d in dates if d.startswith("2025-03")] == ["2025-03-01/2025-03-10~"]  # « début mars » alone


def test_a_third_beside_a_day_of_its_sentence_is_background(tmp_path: Path) -> None:
    # near miss: the sentence before names a day (`previous_alone` is False): counted from it, as before
    text = (
        "Le ministre a parlé jeudi 17 avril des pertes subies depuis leur engagement début mars. Trois jours plus"
        " tôt, la brigade avait reculé."
    )
    assert "2025-04-14" in drafted_dates(tmp_path, text, "2025-04-20")
