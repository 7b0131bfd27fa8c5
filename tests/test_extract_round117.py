"""Round 117 (issue 16, anchored dates; helper round117): « N jours / semaines / mois / ans après avoir + participle »
counts like « après » a thing, not like « après que »: the past infinitive is the main clause's subject's own earlier
act, named as a noun would name it (« après avoir reconnu l'envoi » is « après la reconnaissance de l'envoi »), so the
count says when the main clause's fact happened; it was read as a clause of its own, that act's day counted back from
the main clause's day (or from the page's). Made-up sentences, none copied from a benchmark page; each positive case
fails before the round, its near misses pass both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- the count dates the main clause ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf", "not_edtf"),
    [
        # a main clause in the present with no date of its own: the page's present (the act's day counted back before)
        (
            "Cinq semaines après avoir rompu les négociations, le syndicat multiplie les rassemblements devant l'usine.",
            "2025-03-14",
            "2025-03-14",
            "2025-02-07",
        ),
        # in the page's head, a year after: the page's present, not the act's month a year back
        (
            "Un an après avoir fermé la mine, la commune transforme le carreau en parc de loisirs.",
            "2026-09-02",
            "2026-09-02",
            "2025-09",
        ),
    ],
)
def test_a_count_after_a_past_infinitive_dates_the_main_clause(
    tmp_path: Path, text: str, published: str, edtf: str, not_edtf: str
) -> None:
    dates = drafted_dates(tmp_path, text, published)
    assert edtf in dates
    assert not_edtf not in dates


def test_a_count_after_a_past_infinitive_in_the_past_is_the_day_told_before(tmp_path: Path) -> None:
    # the main clause in the passé composé, no day of its own: the day the sentence before told (as after a noun)
    text = (
        "Le maire a présenté jeudi le budget de la commune. Il s'est rendu à la préfecture, deux semaines après avoir"
        " signé la convention avec l'État."
    )
    dates = drafted_dates(tmp_path, text, "2025-11-21")
    assert dates.count("2025-11-20") == 2
    assert "2025-11-06" not in dates


def test_a_year_after_a_past_infinitive_beside_the_main_clauses_own_day_reads_no_year_back(tmp_path: Path) -> None:
    # the main clause names its own day after the phrase: that day alone, not the act's day a year back
    text = "Un an jour pour jour après avoir posé la première pierre, la commune a inauguré ce vendredi la médiathèque."
    dates = drafted_dates(tmp_path, text, "2025-06-13")
    assert "2025-06-13" in dates
    assert "2024-06-13" not in dates


# --- near misses: readings that hold as before -------------------------------------------------------------------------


def test_the_main_clauses_day_told_first_still_counts_the_act_back(tmp_path: Path) -> None:
    # near miss: a day before the phrase in its own sentence is the main clause's; the act is counted back from it,
    # as before the round (`anchor is None and before`, the branch a noun takes too)
    text = "Mercredi, la mairie a suspendu les travaux du pont, deux jours après avoir reçu le rapport des ingénieurs."
    dates = drafted_dates(tmp_path, text, "2025-03-07")
    assert "2025-03-05" in dates
    assert "2025-03-03" in dates


def test_a_count_after_que_is_still_a_clause_of_its_own(tmp_path: Path) -> None:
    # near miss: « après que » opens a clause with its own subject; its fact is counted back from the main clause's
    # day, as before the round (`opens`)
    text = (
        "Le conseil municipal a voté mardi le nouveau plan de circulation, deux jours après que le préfet a signé"
        " l'arrêté."
    )
    dates = drafted_dates(tmp_path, text, "2025-05-15")
    assert "2025-05-13" in dates
    assert "2025-05-11" in dates


def test_the_act_dated_in_its_own_clause_is_counted_forward(tmp_path: Path) -> None:
    # near miss: the infinitive names its own day; the main clause's is that day moved by the count (as before the
    # round: the day the phrase names, now through the branch a noun takes)
    text = (
        "C'est la première fois que la commune publie ses comptes, quatre mois après avoir adopté, le 12 février, sa"
        " charte de transparence."
    )
    dates = drafted_dates(tmp_path, text, "2025-06-20")
    assert "2025-02-12" in dates
    assert "2025-06" in dates
