"""Round 102 (issue 16, times ago and ahead; helper round102). « les prochains jours » reach eleven days on; the
present conditional of words reported in the past speaks of the future (« il m'a dit qu'il rentrerait à l'automne »);
« jusqu'à la fin de l'année » after a past act that sets the term, or in the future of the past, runs to the coming
year's end. Made-up sentences, none copied from a benchmark page; each positive case fails before the round, its near
misses pass both times or name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- « les prochains jours »: eleven days ----------------------------------------------------------------------------


def test_the_coming_days_reach_eleven_days(tmp_path: Path) -> None:
    # a reader counting both ends of « about ten days » writes 4 to 15 November; a week (4 to 11) is still held
    text = "Les premiers bataillons pourraient monter au front dans les prochains jours, selon Kiev."
    assert drafted_dates(tmp_path, text, "2024-11-04") == ["2024-11-04/2024-11-15"]
    text = "Le comité rendra son avis dans les jours qui viennent."
    assert drafted_dates(tmp_path, text, "2025-03-06") == ["2025-03-06/2025-03-17"]


def test_a_count_of_coming_days_keeps_its_count(tmp_path: Path) -> None:
    # near miss: the count given (`read_coming`'s `n`) wins over the eleven days
    text = "Les premiers bataillons pourraient monter au front dans les trois prochains jours."
    assert drafted_dates(tmp_path, text, "2024-11-04") == ["2024-11-04/2024-11-07"]


# --- the future of the past: a conditional after « a dit que » ------------------------------------------------------


def test_a_conditional_reported_in_the_past_speaks_of_the_future(tmp_path: Path) -> None:
    # the autumn still ahead of the words, not the last one (2024-09/2024-11 before the round)
    text = "Le général nous a dit qu'il rentrerait au front à l'automne."
    assert drafted_dates(tmp_path, text, "2025-05-07") == ["2025-09/2025-11"]


@pytest.mark.parametrize(
    "text",
    [
        # a conditional with no verb of saying before it hedges a present (`_REPORTED_THAT`)
        "Selon Kiev, les renforts arriveraient à l'automne.",
        # … and so after a verb of saying in the present (`_REPORTED_THAT` asks for « a », « ont », « avait »)
        "Le NIS estime que les renforts arriveraient à l'automne.",
        # the imperfect of a verb in « -érer » (the accent, `_conditionals`) or « -vrer » (`_CONDITIONAL`'s stems)
        "Le ministre a indiqué que les soldats opéraient à Koursk à l'automne.",
        "Le ministre a indiqué que Pyongyang livrait des obus à l'automne.",
        # a conditional that dates a thing back hedges a past (`_LOOKING_BACK`)
        "Le porte-parole a déclaré que ces pertes remonteraient à l'automne.",
    ],
)
def test_a_conditional_that_hedges_or_an_imperfect_keeps_the_last_autumn(tmp_path: Path, text: str) -> None:
    # near misses: the last autumn, as before the round
    assert drafted_dates(tmp_path, text, "2025-05-07") == ["2024-09/2024-11"]


# --- « jusqu'à la fin de l'année » after a past act that sets the term ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # a past verb that sets a term (lexicon.toml `forward_verbs`)
        (
            "Le Parlement a prolongé la mission de ses observateurs jusqu'à la fin de l'année.",
            "2025-02-24",
            "2025-02-24/2025-12-31",
        ),
        # the future of the past, under a verb of saying told in the past
        (
            "Le ministère a indiqué que la mission se poursuivrait jusqu'à la fin de l'année.",
            "2025-09-15",
            "2025-09-15/2025-12-31",
        ),
    ],
)
def test_the_year_s_end_a_past_act_sets_is_the_coming_one(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, text, published) == [edtf]  # the end of 2024, October to December, before the round


def test_the_year_s_end_told_as_done_stays_the_last_one(tmp_path: Path) -> None:
    # near miss: a past verb that sets no term (« ont duré »), no conditional: the last year's end, as before
    text = "Les combats autour de Soudja ont duré jusqu'à la fin de l'année."
    assert drafted_dates(tmp_path, text, "2025-02-27") == ["2024-10/2024-12"]
