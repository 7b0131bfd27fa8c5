"""Round 22 (issue 16): classes that sealed20 (and the sets before it) showed — a range whose noun « autres » leaves
out, « cents » shared by both ends of a range. Made-up sentences, never the held-out articles'; each test drives
`koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract, read_date
from tests.test_extract_round18 import _values

# --- a range of « autres », its noun left out -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the high end was read alone, exact: a value read wrong in silence (sealed20's WRONG)
        (
            "Environ 9 000 soldats sont restés ; cinq à six mille autres seraient rentrés à Pyongyang.",
            [(9000, None, None, "approximate"), (None, 5000, 6000, "range")],
        ),
        ("D'après Séoul, 700 à 800 autres ont été blessés.", [(None, 700, 800, "range")]),
        # near miss: « autres » before its own noun, a range of that noun as before
        ("Trois à quatre mille autres soldats sont arrivés.", [(None, 3000, 4000, "range")]),
    ],
)
def test_a_range_of_others_is_the_range(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« trois à quatre mille autres seraient repartis »: read as 4 000 exact."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims) == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Pyongyang aurait perdu deux à trois cents soldats en une semaine.", [(None, 200, 300, "range")]),
        ("Entre quatre et cinq cents soldats auraient été capturés.", [(None, 400, 500, "range")]),
        # near miss: a low end of tens is its own number (« cinquante à trois cents »)
        ("Entre cinquante et trois cents soldats auraient été capturés.", [(None, 50, 300, "range")]),
    ],
)
def test_cents_counts_both_ends(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« deux à trois cents soldats » was the range 2–300, a value read wrong in silence."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-06-18")
    assert _values(claims) == values


# --- the story's time, not the last day named ---------------------------------------------------------------------------


def test_the_season_after_follows_the_story_not_a_broadcast_day(tmp_path: Path) -> None:
    """« au printemps suivant » after a sentence whose season has its year counted from the last day named on the page
    (a broadcast slot after the publication): spring 2027, where the story's is spring 2025 (sealed20 a12)."""
    text = (
        "Sortie en salles : mercredi 11 mars à 14h.\n\nLes brigades étaient arrivées, en octobre 2024, par la route. "
        "Le film suit leur parcours jusqu'à leur départ, au printemps suivant.\n"
    )
    _, events, _ = extract(tmp_path, text, "2026-03-04")
    assert [read_date(e) for e in events][-1] == "2025-03/2025-05"


# --- a month or a season without its year, after the story's year in the sentence ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # each was the latest such month or season before the page: autumn 2025 and January 2026
        (
            "L'accord signé en mai 2024 a été ratifié à l'automne, puis appliqué en janvier.",
            "2026-06-10",
            ["2024-05", "2024-09/2024-11", "2025-01"],
        ),
        (
            "La brigade, formée en février 2024, a quitté le front fin mars.",
            "2025-12-01",
            ["2024-02", "2024-03-21~/2024-03-31"],
        ),
        # near misses: a « depuis » starts no story; a page near its story keeps the latest month before it
        ("Le foyer, ouvert depuis le printemps 2022, a fermé en mars.", "2025-06-10", None),
        ("L'accord signé en mai 2024 a été appliqué en janvier.", "2024-11-10", ["2024-05", "2024-01"]),
    ],
)
def test_a_bare_month_after_the_story_year_is_the_story_s(
    tmp_path: Path, sentence: str, published: str, dates: list[str] | None
) -> None:
    """« le traité signé le 19 juin 2024 et ratifié à l'automne » in a record of 2026 was autumn 2026."""
    _, events, _ = extract(tmp_path, sentence + "\n", published)
    read = sorted(read_date(e) for e in events)
    if dates is None:
        assert "2025-03" in read
    else:
        assert read == sorted(dates)


# --- counted from one day or another; « Depuis, » after a range ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # counted from the page (6 April) before, or from an older day named
        (
            "La colonne serait partie le 8 ou le 9 mars. Trois semaines plus tard, elle atteignait la frontière.",
            "2025-03-16",
            "2025-03-29/2025-03-30",
        ),
        (
            "Les frappes des 2 et 3 mai ont tout changé. Dix jours plus tard, Kiev reculait.",
            "2025-06-01",
            "2025-05-12/2025-05-13",
        ),
    ],
)
def test_a_count_after_one_day_or_another_moves_both(tmp_path: Path, text: str, published: str, date: str) -> None:
    """« le 23 ou le 24 janvier. Deux semaines plus tard, » was read two weeks after the page."""
    _, events, _ = extract(tmp_path, text + "\n", published)
    assert read_date(events[-1]) == date


def test_a_count_after_a_span_counted_stays_as_it_was(tmp_path: Path) -> None:
    """Near miss: « en deux jours » is a span, no two days named; the count starts from the day before it."""
    text = "Le 16 décembre, Kiev parlait de 30 tués en deux jours. Deux jours plus tard, le Pentagone parlait de centaines.\n"
    _, events, _ = extract(tmp_path, text, "2024-12-27")
    assert "2024-12-18" in [read_date(e) for e in events]


def test_since_after_a_range_starts_at_its_end(tmp_path: Path) -> None:
    """« Entre l'automne 2024 et l'été 2025, … Depuis, la plupart sont rentrés »: since the summer 2025, not the
    autumn 2024."""
    text = "Entre le printemps 2024 et l'hiver 2024, les brigades ont tenu la ligne. Depuis, elles sont rentrées.\n"
    _, events, _ = extract(tmp_path, text, "2025-10-01")
    assert read_date(events[-1]) == "2025-02/2025-10-01"


# --- counts of nothing: a span of one night, what a report or a film is made of ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le carnet raconte la mort de douze hommes en une seule nuit.\n",
        "Le rapport s'appuie sur plus de 400 sources ouvertes.\n",
        "Les enquêteurs ont recueilli 52 témoignages à Soudja.\n",
        "Kiev aurait intercepté des centaines de messages radio.\n",
        "Le film s'attarde sur trois scènes tournées de nuit.\n",
    ],
)
def test_a_single_night_and_sources_count_nothing(tmp_path: Path, text: str) -> None:
    """sealed20: « en une seule nuit » read as 1 killed, « près de 600 sources » as losses 540–600, « plusieurs
    centaines de messages », and « Restent deux scènes » (which took the place of « deux prisonniers » after it)."""
    _, _, claims = extract(tmp_path, text, "2025-06-18")
    assert [c.get("value") for c in claims if c.get("unit") != "soldiers"] == []


def test_a_single_night_without_attacks_still_counts(tmp_path: Path) -> None:
    """Near miss: « qu'une seule nuit sans attaque » counts the nights (the seeds' reading)."""
    _, _, claims = extract(tmp_path, "Il n'y a eu qu'une seule nuit sans frappe.\n", "2025-06-18")
    assert [c.get("value") for c in claims] == [1]


# --- a page's own timetable --------------------------------------------------------------------------------------------


def test_a_timetable_still_to_come_is_no_event(tmp_path: Path) -> None:
    """A project's calendar, a broadcast slot (sealed20: 29 such dates proposed as events); an entry that announces a
    public event is dated since session 68 (tests/test_extract_round121.py), and one that opens on its gathering
    (« Atelier 3 — mardi 14 octobre », « Projection : vendredi 3 octobre ») since round 123."""
    text = (
        "Programme du séminaire\n\nAtelier 3 — mardi 14 octobre 2025 : le traité du 19 juin 2024.\n\n"
        "Juin 2026 : sortie du livre.\n\nProjection : vendredi 3 octobre 2025, 18 h.\n\n"
        "Diffusion : jeudi 2 octobre 2025, 20 h 55, France 5.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-09-01")
    assert [read_date(e) for e in events] == ["2025-10-14", "2024-06-19", "2025-10-03"]


@pytest.mark.parametrize(
    "text",
    [
        # a chronology's entry, past: a fact
        "6 août 2024 : l'Ukraine lance son offensive dans la région de Koursk.\n",
        # an agency's diary of coming news, a day without its year: a fact announced
        "Lundi 8 septembre : réunion des ministres de la Défense à Bruxelles.\n",
    ],
)
def test_a_chronology_or_a_news_diary_stays(tmp_path: Path, text: str) -> None:
    """Near misses: an entry dated before the page, or a coming day without its year."""
    _, events, _ = extract(tmp_path, text, "2025-09-01")
    assert len(events) == 1
