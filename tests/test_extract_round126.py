"""Rounds 126 and 127 (issue 16): a part of the year or the month told in the past after a date of an earlier year
named in its sentence's main clause is that year's (« En octobre 2024, … ; à la fin de l'année, ils étaient … »); a
participle's phrase ends before the main clause's modal verb, and « faits » is a participle, never the noun; « au
lendemain de X », « à la veille de X » date the main clause's day, never X's; a farm's land in hectares is no count;
« dans les prochaines semaines » runs to the next month's end; « guère plus de N » is at most N. Each with review77's
near misses. Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND126.txt, ROUND127.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract

PAGE = "2025-11-10"


# --- the part of a year or a month the story told ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("En octobre 2024, Séoul affirmait que 1 500 hommes étaient partis ; à la fin de l'année, ils étaient 11 000.",
         "2024-10/2024-12"),
        ("Le 13 octobre 2024, un contingent est arrivé ; un second a suivi à la fin du mois.",
         "2024-10-21/2024-10-31"),
        # the first such part not over before the time told: « au début de l'année » after October is the next one,
        # the publication's year here
        ("En octobre 2024, 11 000 hommes sont partis, et 3 000 renforts au début de l'année.", "2025-01/2025-03"),
    ],
)  # fmt: skip
def test_a_part_of_the_year_told_in_the_past_is_the_story_s(tmp_path: Path, sentence: str, part: str) -> None:
    assert part in drafted_dates(tmp_path, sentence, PAGE)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # near misses (review77): another story's date, a side clause's, a year not written, another kind of year,
        # a part still to come
        ("La Russie a envahi l'Ukraine en février 2022. Au début de l'année, Moscou a lancé une offensive.",
         "2025-01/2025-03"),
        ("Le soldat, né le 3 mars 2001 à Poltava, a été tué à la fin du mois.", "2025-10-21/2025-10-31"),
        ("Le soldat, qui avait rejoint l'armée en mars 2025, a été tué à la fin du mois.", "2025-10-21/2025-10-31"),
        ("L'an dernier, 15 000 soldats sont partis, et 3 000 renforts au début de l'année.", "2025-01/2025-03"),
        ("En mars 2024, il a rejoint l'unité ; il avait été blessé à la fin de l'année scolaire.", "2025-10/2025-12"),
        ("En octobre 2024, Séoul affirmait que d'autres partiraient d'ici la fin de l'année.", "2025-11-10/2025-12-31"),
    ],
)  # fmt: skip
def test_a_part_of_the_year_keeps_the_publication_s_otherwise(tmp_path: Path, sentence: str, part: str) -> None:
    assert part in drafted_dates(tmp_path, sentence, PAGE)


# --- a participle's phrase and the main clause's modal ------------------------------------------------------------------


def test_a_month_after_a_participle_is_past_though_the_main_clause_foresees(tmp_path: Path) -> None:
    text = "Les deux soldats faits prisonniers par l'armée ukrainienne en janvier pourraient bientôt arriver à Séoul."
    assert drafted_dates(tmp_path, text, "2025-11-12") == ["2025-01"]
    text = "Les deux soldats capturés par l'Ukraine en janvier pourraient bientôt arriver à Séoul."
    assert drafted_dates(tmp_path, text, "2025-11-12") == ["2025-01"]


def test_a_modal_of_a_nested_clause_and_the_noun_faits_change_nothing(tmp_path: Path) -> None:
    # near misses (review77): the opening participle's phrase runs to its comma; « faits de torture » is a noun
    text = "Invitée lundi à Bruxelles pour un sommet qui doit durer deux jours, la ministre a rencontré mardi son homologue."
    assert "2025-11-04" in drafted_dates(tmp_path, text, PAGE)
    text = "Le procureur a ouvert des enquêtes sur des crimes de guerre et autres faits de torture le 3 novembre."
    assert drafted_dates(tmp_path, text, PAGE) == ["2025-11-03"]


# --- the day « au lendemain de », « à la veille de » date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        ("Environ 2 000 soldats ont été tués, a estimé jeudi le renseignement, au lendemain de l'apparition de Kim.",
         "2025-09-05", ["2025-09-04"]),
        # the main clause's day nearest before the phrase, not a dateline's
        ("WASHINGTON, 17 décembre 2024 (AFP) - Les soldats ont subi des pertes, a déclaré lundi un responsable, au "
         "lendemain des premiers combats.", "2024-12-17", ["2024-12-16"]),
        # near miss (review77): a thing's day (« les frappes de lundi ») is no main clause's day
        ("Le ministre a dénoncé jeudi les frappes de lundi sur Kharkiv, à la veille d'une réunion.", "2025-11-14",
         ["2025-11-10", "2025-11-13"]),
    ],
)  # fmt: skip
def test_the_eve_and_the_morrow_date_the_main_clause_s_day(
    tmp_path: Path, sentence: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates


# --- a farm's land --------------------------------------------------------------------------------------------------


def _values(tmp_path: Path, text: str) -> list[tuple[object, object]]:
    _, _, claims = extract(tmp_path, text + "\n", PAGE)
    return [(c["value"], c["value_kind"]) for c in claims or []]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bohdan cultive 40 hectares de blé près de Soumy.",
        "Il y a un an, il labourait encore ses 45 hectares.",
        "Pour l'exploitation, 62 hectares de céréales et 9 de vergers, il est indispensable.",
    ],
)
def test_a_farm_s_land_is_no_count(tmp_path: Path, sentence: str) -> None:
    assert _values(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # near misses (review77): land harmed, mined or cleared is ground the story counts
        ("Les frappes russes ont incendié lundi plus de 5 000 hectares de blé.", (5000, "at_least")),
        ("Les démineurs ont dépollué 800 hectares de tournesol.", (800, "exact")),
        ("« Nous avons déjà déminé nos 300 hectares », dit-il.", (300, "exact")),
        ("La Russie affirme que plus de 1 500 hectares ont été déminés.", (1500, "at_least")),
    ],
)
def test_land_harmed_or_cleared_is_counted(tmp_path: Path, sentence: str, value: tuple[int, str]) -> None:
    assert value in _values(tmp_path, sentence)


# --- « les prochaines semaines », « guère plus de » -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("Les démineurs devraient arriver dans les prochaines semaines.", "2025-06-18", "2025-06-18/2025-07-31"),
        ("Les démineurs devraient arriver dans les semaines à venir.", "2024-12-18", "2024-12-18/2025-01-31"),
        ("Les démineurs devraient arriver dans les prochaines semaines.", "2025-03-25", "2025-03-25/2025-05-06"),
        # near miss (review77): « quelques semaines » keeps its six weeks
        ("Les démineurs devraient arriver d'ici quelques semaines.", "2025-12-01", "2025-12-01/2026-01-12"),
    ],
)
def test_the_coming_weeks_run_to_the_next_month_s_end(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, sentence, published) == [edtf]


def test_hardly_more_than_is_at_most(tmp_path: Path) -> None:
    assert _values(tmp_path, "Il n'en resterait « guère plus de 2 000 » dans la zone.") == [(2000, "at_most")]
    assert _values(tmp_path, "Ils ne sont guère plus de 300 soldats à Koursk.") == [(300, "at_most")]
    assert _values(tmp_path, "Plus de 300 soldats sont à Koursk.") == [(300, "at_least")]  # near miss
