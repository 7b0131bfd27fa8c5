"""Round 117 (issue 16, anchored dates; helper round117): « N jours / semaines / mois / ans après avoir + participle »
counts like « après » a thing, not like « après que »: the past infinitive is the main clause's subject's own earlier
act, named as a noun would name it (« après avoir reconnu l'envoi » is « après la reconnaissance de l'envoi »), so the
count says when the main clause's fact happened; it was read as a clause of its own, that act's day counted back from
the main clause's day (or from the page's). Made-up sentences, none copied from a benchmark page; each positive case
fails before the round, its near misses pass both times and name the guard that keeps them. Its second rule: months or
years counted « près de » (short of the count) that land after the page, in a clause that speaks of no time ahead, are
the page's month, or nothing when the sentence names a day of its own before the count."""

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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day before the phrase in its own sentence is the main clause's; the act is counted back from it, as
        # before the round (`anchor is None and before`, the branch a noun takes too)
        (
            "Mercredi, la mairie a suspendu les travaux du pont, deux jours après avoir reçu le rapport des ingénieurs.",
            "2025-03-07",
            ("2025-03-05", "2025-03-03"),
        ),
        # « après que » opens a clause with its own subject; its fact is counted back from the main clause's day, as
        # before the round (`opens`)
        (
            "Le conseil municipal a voté mardi le nouveau plan de circulation, deux jours après que le préfet a signé"
            " l'arrêté.",
            "2025-05-15",
            ("2025-05-13", "2025-05-11"),
        ),
        # the infinitive names its own day; the main clause's is that day moved by the count (as before the round: the
        # day the phrase names, now through the branch a noun takes)
        (
            "C'est la première fois que la commune publie ses comptes, quatre mois après avoir adopté, le 12 février, sa"
            " charte de transparence.",
            "2025-06-20",
            ("2025-02-12", "2025-06"),
        ),
    ],
)
def test_near_misses_keep_their_reading(tmp_path: Path, text: str, published: str, expected: tuple[str, str]) -> None:
    dates = drafted_dates(tmp_path, text, published)
    assert all(date in dates for date in expected)


# --- a count « près de » landing after the page -------------------------------------------------------------------------


def test_a_count_short_of_a_year_later_is_no_later_than_the_page(tmp_path: Path) -> None:
    # « près d'un an plus tard » from October 2024 lands in October 2025, after a page of September 2025: its month
    text = (
        "Les premiers stagiaires sont arrivés au début du mois d'octobre 2024. Près d'un an plus tard, l'école a tiré"
        " de l'expérience des leçons utiles."
    )
    dates = drafted_dates(tmp_path, text, "2025-09-24")
    assert "2025-09" in dates
    assert "2025-10" not in dates


def test_a_count_short_of_a_year_after_que_is_no_later_than_the_page(tmp_path: Path) -> None:
    text = "La fête intervient près d'un an après que la commune a ouvert, le 28 avril 2025, sa nouvelle salle."
    dates = drafted_dates(tmp_path, text, "2026-02-12")
    assert "2026-02" in dates
    assert "2026-04" not in dates


def test_a_count_short_of_its_landing_beside_the_sentences_own_day_dates_nothing(tmp_path: Path) -> None:
    # the sentence's own day, told before the count, dates the fact: the count adds no date (`_short_of_now`)
    text = (
        "Réunis ce lundi à Genève, les délégués ont signé un accord, près de trois ans après le début des pourparlers,"
        " le 24 février 2022."
    )
    assert drafted_dates(tmp_path, text, "2024-12-16") == ["2022-02-24", "2024-12-16"]


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # near miss: a clause in the future may land after the page (`future_marker`), as before the round
        (
            "Les travaux du pont commenceront en octobre 2025. Près d'un an plus tard, le pont sera ouvert aux voitures.",
            "2025-06-10",
            ["2025-10", "2026-10"],
        ),
        # near miss: an exact count keeps its landing (only « près de » falls short of it)
        (
            "Les deux villes ont évoqué un nouveau jumelage, un an après la signature de leur charte commune, le 4"
            " décembre 2024.",
            "2025-11-04",
            ["2024-12-04", "2025-12"],
        ),
    ],
)
def test_counts_that_may_land_after_the_page_keep_their_reading(
    tmp_path: Path, text: str, published: str, edtf: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == edtf


# --- review70a ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # the main clause's day right before the comma: the act counted back from it (it was taken for a restatement)
        ("La directrice a quitté l'entreprise le 14 mars, quatre jours après avoir été nommée.", "2025-03-10"),
        # the main clause's weekday opening the sentence: the same
        ("Mardi, trois jours après avoir signé le contrat, le club a présenté son entraîneur.", "2025-03-15"),
    ],
)
def test_the_main_clauses_day_right_before_a_past_infinitive_counts_the_act_back(
    tmp_path: Path, text: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, "2025-03-20")


def test_the_main_clauses_day_right_before_a_noun_is_still_restated(tmp_path: Path) -> None:
    # near miss: after a noun, the phrase restates the day just named (`_RESTATES_THE_DAY`), as before
    assert drafted_dates(tmp_path, "Il a été libéré le 18 mars, deux jours après son enlèvement.", "2025-03-20") == [
        "2025-03-18"
    ]


def test_a_past_infinitive_counts_back_from_the_main_clauses_day_after_the_comma(tmp_path: Path) -> None:
    # the main clause's own day after the comma, not the day the sentence before told
    text = "L'usine a fermé le 2 mars. Trois jours après avoir été rachetée, elle a rouvert le 11 mars."
    assert drafted_dates(tmp_path, text, "2025-03-20") == ["2025-03-02", "2025-03-08", "2025-03-11"]


def test_a_noun_with_the_main_clauses_day_after_the_comma_keeps_its_reading(tmp_path: Path) -> None:
    # near miss: after a noun, the fallback to the day told before is left as it was
    text = "L'usine a fermé le 2 mars. Trois jours après le rachat, elle a rouvert le 11 mars."
    assert drafted_dates(tmp_path, text, "2025-03-20") == ["2025-03-02", "2025-03-02", "2025-03-11"]


@pytest.mark.parametrize(
    ("text", "edtf", "not_edtf"),
    [
        # a plan told in the present, counted from a date after the page: its landing stands
        (
            "Le programme est arrêté : les fouilles débutent en avril 2026, et près de trois ans plus tard, le musée"
            " accueille le public.",
            "2029-04",
            "2025-06",
        ),
        ("La salle sera inaugurée en avril 2026. Près de deux ans plus tard, elle est rentable.", "2028-04", "2025-06"),
    ],
)
def test_a_count_short_of_its_landing_from_a_date_after_the_page_keeps_its_landing(
    tmp_path: Path, text: str, edtf: str, not_edtf: str
) -> None:
    dates = drafted_dates(tmp_path, text, "2025-06-10")
    assert edtf in dates
    assert not_edtf not in dates
