"""Mends after review67a of rounds 103, 105 and 106 (branch merge64). Made-up sentences, the review's probes among
them; each fails on merge64 and passes after its mend.

- H1, M2, H2, L1 (round 106, yearless.py `_hedged_start`): a start at « dès » told as a guess keeps the tenses'
  guards: « peut-être » after a past tense, the conditional perfect of an être-verb of motion told apart from a passive
  present conditional, a conditional reported after a past verb of saying in the imperfect, the pluperfect or far back;
  a day the calendar lacks, and the day itself in the comparison (no « 28 » for 29 to 31).
- H3, L3 (round 105, timecounts.py `counted_span`): « plus de N ans » keeps the base reach; a range of months is no
  « same month ».
- M1, M3 (round 103, evedates.py `told_day`): « au lendemain de » dates a sentence by the day told in the sentence just
  before, in the past (neither the pluperfect nor the future), at most a week before the page, never inside a « que »
  clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract

# --- H1: « peut-être » keeps the tense guards ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        (
            "Les Nord-Coréens ont combattu à Koursk l'hiver dernier. Ils auraient été engagés peut-être dès novembre.",
            "2025-08-10",
            "2024-11",
        ),
        (
            "Les soldats nord-coréens ont été déployés, peut-être dès août, dans la région de Koursk.",
            "2025-07-20",
            "2024-08",
        ),
        (
            "Selon le Pentagone, qui a publié lundi un rapport, les soldats seraient arrivés en Russie, peut-être dès"
            " octobre.",
            "2025-09-20",
            "2024-10",
        ),
    ],
)
def test_maybe_after_a_past_tense_keeps_the_start_gone_by(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    dates = drafted_dates(tmp_path, text, published)
    assert edtf in dates
    assert f"{int(edtf[:4]) + 1}{edtf[4:]}" not in dates


# --- M2: the passive present conditional is a guess about what comes --------------------------------------------------


def test_a_passive_present_conditional_is_a_guess_ahead(tmp_path: Path) -> None:
    text = "Selon le ministre, les premiers F-16 seraient livrés dès janvier."
    assert drafted_dates(tmp_path, text, "2025-10-20") == ["2026-01"]


def test_a_conditional_perfect_of_motion_stays_gone_by(tmp_path: Path) -> None:
    # near miss (passes both times): « seraient arrivées » is the conditional perfect of an être-verb
    text = "Selon Séoul, les unités seraient arrivées à Koursk dès décembre."
    assert drafted_dates(tmp_path, text, "2025-10-20") == ["2024-12"]


# --- H2: a conditional after a past verb of saying told in the imperfect, the pluperfect or far back ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il y a un an, le ministre affirmait que les troupes seraient prêtes dès septembre.",
        "Moscou avait promis que les livraisons commenceraient dès septembre.",
    ],
)
def test_a_future_seen_from_a_past_keeps_the_past_reading(tmp_path: Path, text: str) -> None:
    dates = drafted_dates(tmp_path, text, "2025-07-20")
    assert "2024-09" in dates
    assert "2025-09" not in dates


# --- L1: a day the calendar lacks, and the day itself in the comparison ---------------------------------------------


def test_a_day_the_calendar_lacks_is_not_lost(tmp_path: Path) -> None:
    text = "Les premiers soldats seraient en route dès le 29 février, selon Séoul."
    assert drafted_dates(tmp_path, text, "2025-03-10") != []


def test_the_nearest_start_compares_the_day_itself(tmp_path: Path) -> None:
    # 183 days ahead, 182 back: the one back is nearer (the 28th put the one ahead 180 days off)
    text = "Les premiers soldats seraient en route dès le 31 décembre, selon Séoul."
    assert drafted_dates(tmp_path, text, "2025-07-01") == ["2024-12-31"]


# --- H3, L3: « plus de N ans » keeps its reach -----------------------------------------------------------------------


def test_more_than_some_years_ago_keeps_its_reach(tmp_path: Path) -> None:
    text = "Les combats ont commencé il y a plus de deux ans dans cette région."
    assert drafted_dates(tmp_path, text, "2025-03-20") == ["2022/2023"]


def test_a_range_of_months_is_no_same_month(tmp_path: Path) -> None:
    text = "Les combats ont commencé il y a près de deux ans dans cette région."
    _, events, _ = extract(tmp_path, text + "\n", "2025-03-20")
    assert [e["date"] for e in events] == ["2023-03/2023-06"]
    assert "same month" not in events[0]["date_basis"]


# --- M1, M3: « au lendemain de » dates by the day told just before, in the past, near the page -----------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the pluperfect: background
        (
            "La Russie avait annexé la Crimée le 18 mars 2014. « Nous ne reconnaîtrons jamais cette annexion », a"
            " déclaré le ministre, au lendemain d'une réunion avec ses homologues européens.",
            "2014-03-18",
        ),
        # the passé composé of history, years before the page
        (
            "La Russie a envahi l'Ukraine le 24 février 2022. « Nous serons à vos côtés », a déclaré la présidente de"
            " la Commission, au lendemain d'une réunion avec le président ukrainien.",
            "2022-02-24",
        ),
        # the future
        (
            "Les dirigeants européens se réuniront à Bruxelles le 20 mars. « Nous sommes prêts », a affirmé le"
            " président ukrainien, au lendemain d'un entretien avec le chancelier allemand.",
            "2025-03-20",
        ),
        # a day three sentences back
        (
            "L'armée ukrainienne a annoncé mardi avoir repris un village. Les forces russes progressent lentement."
            " Les Européens discutent d'un nouveau paquet de sanctions. « Nous devons aller plus loin », a déclaré"
            " la cheffe de la diplomatie européenne, au lendemain d'une réunion des ministres de la Défense.",
            "2025-03-11",
        ),
    ],
)
def test_the_day_after_counts_only_from_a_recent_day_told_just_before(tmp_path: Path, text: str, told: str) -> None:
    assert drafted_dates(tmp_path, text, "2025-03-13").count(told) <= 1


def test_the_day_after_in_a_reported_clause_is_the_clauses(tmp_path: Path) -> None:
    text = (
        "L'armée a repris mardi deux villages près de Koursk. Le porte-parole a affirmé que les soldats sont partis"
        " au lendemain d'une attaque de drones."
    )
    assert drafted_dates(tmp_path, text, "2025-03-13") == ["2025-03-11"]


def test_the_day_after_still_counts_from_the_day_just_before(tmp_path: Path) -> None:
    # near miss (passes both times): round 103's own reading
    text = (
        "L'armée a repris mardi deux villages près de Koursk. « Nous ne reculerons pas », a déclaré le ministre, au"
        " lendemain d'une réunion avec son état-major."
    )
    assert drafted_dates(tmp_path, text, "2025-03-13") == ["2025-03-11", "2025-03-11"]


def test_maybe_after_a_verb_that_foretells_its_object_stays_a_guess(tmp_path: Path) -> None:
    # near miss (passes both times): « évoqué une visite » names the thing the start dates (round 106's own reading)
    text = "Le ministère a salué l'accord et évoqué une rencontre des deux chefs, peut-être dès le 9 juin."
    assert drafted_dates(tmp_path, text, "2025-05-28") == ["2025-06-09"]


def test_the_day_after_counts_from_the_main_clause_of_a_report(tmp_path: Path) -> None:
    # near miss (passes both times): the day told in the passé composé of the sentence before, its reported
    # pluperfect aside (`_anchor_clause`)
    text = (
        "Le ministre a confirmé lundi que des renforts avaient été envoyés dans la région. « La situation est grave »,"
        " a déclaré le ministre, au lendemain d'une réunion avec ses alliés."
    )
    assert drafted_dates(tmp_path, text, "2025-03-13") == ["2025-03-10", "2025-03-10"]
