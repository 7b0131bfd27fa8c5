"""Round 71 (issue 16, a day, a month or a holiday without a year put in the wrong year on news pages; helper round71).

A verb in the simple future names no day already past: « Son mémoire sera soutenu à la mi-juin » in November was
read as the June before (the nearer of the two), « Son essai paraîtra le 3 septembre » in August as the September a
year back (« -aîtra », « -ttra » were no future forms). The conditional (« partiraient »), which also tells a future
seen from a past day, and a noun's date (« publieront les chiffres de septembre ») keep the nearer one. A day that
falls within the span of months or days the sentence before told with its year, long before the page, is of that
span (« Tourné entre décembre 2024 et mars 2025, le film … . On y entend … le 6 janvier » on a page of March 2026 was
read as January 2026); a sentence set on the page's clock before its date (« Le mois dernier, … le 28 décembre ») no
longer goes on with the story the sentence before told with an old year. Made-up sentences, never the held-out ones; each positive case fails before the change, its
near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import clauses, frdates
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth


def _said(text: str, published: str) -> list[str]:
    """The dates the rules read in `text` (a forecast's too, before the draft dates it at its statement), sorted."""
    return sorted(m.edtf for m in frdates.find_dates(text, parse_edtf(published)))


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the simple future: the first one not before the page, however far
        ("Son mémoire sera soutenu à la mi-juin.", "2025-11-06", ["2026-06-11~/2026-06-20~"]),
        ("La commission rendra son rapport en juin.", "2025-11-20", ["2026-06"]),
        ("Le sommet se tiendra le 12 mai à Bruxelles.", "2025-10-15", ["2026-05-12"]),
        # « -aîtra », « -ttra »: futures too
        ("Son essai paraîtra le 3 septembre.", "2025-08-09", ["2025-09-03"]),
        ("Le tribunal remettra sa décision le 4 novembre.", "2025-10-16", ["2025-11-04"]),
    ],
)
def test_a_time_still_to_come_is_the_coming_one(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the conditional tells a future seen from a past day: the nearer one, as before
        ("Il a assuré que les troupes partiraient en janvier.", "2026-03-06", ["2026-01"]),
        # a noun's date under a future verb: the nearer one, as before
        ("Les douanes publieront les chiffres de septembre lundi prochain.", "2025-10-23", ["2025-09", "2025-10-27"]),
        ("On retiendra surtout la date du 24 février.", "2026-03-06", ["2026-02-24"]),
        # a future told after the date: the date's own clause is told before it
        (
            "La guerre, entrée dans sa cinquième année le 24 février, « ne se terminera pas avant 2027 », estime-t-il.",
            "2026-03-06",
            ["2026-02-24", "2027"],
        ),
        # a past tense nearer than the future: the day dates the done thing
        ("Le ministre a annoncé le 2 février qu'il démissionnera.", "2026-03-06", ["2026-02-02"]),
    ],
)
def test_the_conditional_and_a_noun_s_date_keep_the_nearer_one(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


@pytest.mark.parametrize(
    ("word", "future"),
    [("paraîtra", True), ("permettront", True), ("connaîtrai", True), ("Sinatra", False), ("mantra", False)],
)
def test_the_future_s_endings_in_ttra_and_aitra(word: str, future: bool) -> None:
    assert clauses.tells_the_future(f"Le livre {word} bientôt.") is future


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        (
            "Tourné entre décembre 2024 et mars 2025, le film suit une unité de drones. On y entend un commandant "
            "compter les morts d'une seule matinée, le 6 janvier.",
            "2025-01-06",
        ),
        (
            "La brigade a perdu 40 soldats entre novembre 2024 et février 2025. Une séquence tournée le 31 décembre montre "
            "deux prisonniers.",
            "2024-12-31",
        ),
    ],
)
def test_a_day_within_the_span_told_before_is_that_span_s(tmp_path: Path, text: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, "2026-03-11")


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # a day outside the span: the latest, as before
        (
            "Tourné entre décembre 2024 et mars 2025, le film suit une unité de drones. Le réalisateur l'a présenté "
            "à Genève le 6 juin.",
            "2025-06-06",
        ),
        # a span of this winter, close to the page: the latest, as before
        (
            "Entre décembre 2025 et février 2026, les combats ont fait rage. Kiev a annoncé une trêve le 6 janvier.",
            "2026-01-06",
        ),
    ],
)
def test_a_day_outside_an_old_span_keeps_the_latest(tmp_path: Path, text: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, "2026-03-11")


def test_the_future_s_endings_are_read_in_one_pass() -> None:
    """A long run of letters, as a pasted page may hold, is read in time linear in its length."""
    assert _growth(lambda n: clauses.tells_the_future("a" * n + "ttr"), 2000) < 16


_STORY_BEFORE = "Le 4 décembre 2024, le traité entrait en vigueur. "


def test_the_page_s_clock_stops_the_story_told_before(tmp_path: Path) -> None:
    text = _STORY_BEFORE + "Le mois dernier, Pyongyang a inauguré un musée, a rapporté l'agence le 28 décembre."
    assert "2025-12-28" in drafted_dates(tmp_path, text, "2026-01-20")


def test_without_the_page_s_clock_the_story_told_before_goes_on(tmp_path: Path) -> None:  # round 26's, kept
    text = _STORY_BEFORE + "Pyongyang a inauguré un musée, a rapporté l'agence le 28 décembre."
    assert "2024-12-28" in drafted_dates(tmp_path, text, "2026-01-20")
