"""Round 27 (issue 16): classes the false proposals and misses of sealed17–sealed24 (tuning data) showed — a run of
days joined by a dash (« 8-13 OCT. 2024 », read as its last day), the weeks of a month (« la première semaine de
novembre », read as a Monday-to-Sunday week starting in October), a count of days set beside the day just named
(« le 9 janvier, soit deux jours avant l'annonce », read as a third day), « N jours après que » with the day inside
the clause it opens, a count of days « en trois jours » in a sentence that names its day, the second count of a vote
(« par 78 voix contre 12 », drafted as a count of the story's), a year of the Juche calendar and a time ago with its
days more (« il y a un an et deux jours », read as the month). Made-up sentences,
never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract
from tests.test_extract_round18 import _values


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a timeline's entries: read as their last day (13 October, 5 November)
        ("▸ 8-13 OCT. 2024\nPremiers transferts de soldats par la mer.", ["2024-10-08/2024-10-13"]),
        ("Les soldats ont été transférés du 4–5 nov. 2024 vers Koursk.", ["2024-11-04/2024-11-05"]),
        # … and a count of days after such a run counts from each of its days (read from an older day named before)
        (
            "▸ 11 JANV. 2025\nDeux soldats sont capturés.\n\n▸ 26-28 AVR. 2025\n"
            "Moscou annonce la reprise ; deux jours plus tard, Pyongyang reconnaît son engagement.",
            ["2025-01-11", "2025-04-26/2025-04-28", "2025-04-28/2025-04-30"],
        ),
        # near miss: a day alone, as before
        ("▸ 13 OCT. 2024\nPremiers transferts de soldats par la mer.", ["2024-10-13"]),
    ],
)
def test_a_run_of_days_joined_by_a_dash(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-06-01") == dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Les premiers combats ont eu lieu dans la première semaine de novembre.", "2024-11-01/2024-11-07"),
        ("Les renforts sont arrivés la troisième semaine de janvier.", "2025-01-15/2025-01-21"),
        ("Les renforts sont arrivés la dernière semaine de février.", "2025-02-22/2025-02-28"),
    ],
)
def test_the_weeks_of_a_month_are_its_days_in_sevens(tmp_path: Path, sentence: str, date: str) -> None:
    """Never a day of another month: the first week of November 2024 was 28 October–3 November."""
    assert drafted_dates(tmp_path, sentence, "2025-03-10") == [date]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # the count restates the day just named, the main clause's: no third day (15 June, 11 June, 26 April before)
        ("Le 17 juin, deux jours avant cet anniversaire, le ministre est arrivé à Pyongyang.", ["2025-06-17"]),
        ("Les deux hommes ont été capturés le 9 juin, soit deux jours avant l'annonce présidentielle.", ["2025-06-09"]),
        ("Pyongyang a reconnu son engagement le 28 avril, deux jours après l'annonce russe.", ["2025-04-28"]),
        # near miss: a thing told before the count, its day the one named in another clause
        (
            "Kiev a annoncé la capture le 11 juin ; deux jours avant cette annonce, les soldats ont été blessés.",
            ["2025-06-09", "2025-06-11"],
        ),
    ],
)
def test_a_count_of_days_beside_the_day_named(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-06-20") == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # the day inside the clause « que » opens is its own: the main clause, told first, two days later (24 before)
        (
            "Pyongyang affirme que ses soldats ont libéré la région, deux jours après que le chef d'état-major russe "
            "eut annoncé samedi la reprise complète du territoire.",
            ["2025-04-26", "2025-04-28"],
        ),
        # … and so when the main clause is in the present (read from the publication before: 27 April)
        (
            "L'annonce survient deux jours après que le chef d'état-major russe a affirmé samedi la reprise.",
            ["2025-04-26", "2025-04-28"],
        ),
        # near miss: the main clause after the clause « que » opens, its day its own
        (
            "Deux jours après que Moscou a annoncé la reprise, Pyongyang a reconnu lundi son engagement.",
            ["2025-04-26", "2025-04-28"],
        ),
    ],
)
def test_the_day_inside_the_clause_after_que(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-04-29") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the days counted up to the day the sentence tells (read up to the publication, 16-19 December)
        (
            "Lundi, le Pentagone a parlé de centaines de morts. La veille, l'armée affirmait avoir éliminé trente "
            "soldats en trois jours près de Plekhovo.",
            ["2024-12-12/2024-12-15", "2024-12-15", "2024-12-16"],
        ),
        (
            "Ses forces auraient éliminé près de 200 soldats en trois jours, affirmait mardi le renseignement.",
            ["2024-12-14/2024-12-17", "2024-12-17"],
        ),
        # near misses: no day in the sentence, or a count opening its clause (« En l'espace de … , »): up to the page
        (
            "L'armée a éliminé trente soldats en trois jours près de Plekhovo.",
            ["2024-12-16/2024-12-19"],
        ),
        (
            "En l'espace de trois semaines, Kiev a perdu la ville de Soudja, reprise le 13 décembre.",
            ["2024-11-28/2024-12-19", "2024-12-13"],
        ),
    ],
)
def test_a_count_of_days_ends_on_the_sentence_s_day(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2024-12-19") == dates


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the second count of a vote counts votes, as the first (12 drafted as a count of the story's)
        ("Le Grand Conseil a adopté jeudi, par 78 voix contre 12, une résolution sur les soldats nord-coréens.", []),
        ("La cellule a reçu 84 déclarations sur les soldats nord-coréens, contre 31 en 2023.", []),
        ("L'assemblée a adopté le texte par 143 voix contre 5.", []),
        # near miss: a count of the story's carries to the second count; a part of a count of other things (« dont »)
        # counts what its noun counts, as the second count of a vote does (round 32: it was drafted, 200 at most)
        (
            "Kiev compte 3 000 blessés nord-coréens, contre 2 000 en décembre.",
            [(3000, None, None, "exact"), (2000, None, None, "exact")],
        ),
        ("Quelque 34 000 transfuges ont été accueillis, dont moins de 200 en 2025.", []),
    ],
)
def test_the_second_count_after_contre_counts_what_the_first_counts(
    tmp_path: Path, sentence: str, values: list[object]
) -> None:
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims or []) == values


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Le certificat est daté de la 114e année du calendrier Juche.", ["2025"]),
        ("Le décret est daté de l'an 113 de l'ère Juche.", ["2024"]),
        # near miss: a year of no calendar the lexicon holds
        ("Le certificat est daté de la 114e année du calendrier lunaire.", []),
    ],
)
def test_a_year_of_the_juche_calendar(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    """lexicon.toml [eras]: the year before year 1 of another calendar (Juche: 1911)."""
    assert drafted_dates(tmp_path, sentence, "2026-11-17") == dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # days more than the years: to the day (read as the month, August 2024)
        ("Il y a un an et deux jours, l'armée ukrainienne lançait son offensive.", "2024-08-06"),
        ("Il y a deux ans et trois jours, le ministre annonçait la nouvelle.", "2023-08-05"),
        # near misses: a year alone is about the same month, and so is « presque jour pour jour » (the truths' months)
        ("Il y a un an, le ministre annonçait la nouvelle.", "2024-08"),
        ("Il y a un an presque jour pour jour, le ministre annonçait la nouvelle.", "2024-08"),
    ],
)
def test_a_time_ago_to_the_day(tmp_path: Path, sentence: str, date: str) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-08-08") == [date]
