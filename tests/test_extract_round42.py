"""Round 42 (issue 16, helper dates48): date recall. « il y a quinze jours » was read as fifteen days ago, not a
fortnight; a month without a year that follows the month the sentences before told (« … à la mi-octobre 2024. Ils ont
été envoyés à Koursk en novembre ») was read as the latest such month before a page written long after (November 2025
on a page of January 2026); « La veille, » after a sentence whose only date is a state's « désormais » counted from the
publication, not from the week's news told before; « au second semestre » in a clause that tells nothing over was the
year before's half; « depuis deux ans et demi » was 913 days, a month late; « depuis vendredi » on a Friday started and
ended that day; « Voici trois semaines » (three weeks ago) and « depuis le week-end » were read by no rule. Made-up
pages, never the held-out ones; each case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("Il y a quinze jours, le renseignement sud-coréen parlait de 2 000 morts.", "2025-11-26", ["2025-11-12"]),
        # near misses: « huit jours » stays eight days, a qualified count keeps its fifteen (as before)
        ("Il y a huit jours, le renseignement sud-coréen parlait de 2 000 morts.", "2025-11-26", ["2025-11-18"]),
        (
            "Il y a un peu plus de quinze jours, le renseignement sud-coréen parlait de 2 000 morts.",
            "2025-07-04",
            ["2025-06-17/2025-06-19"],
        ),
    ],
)
def test_quinze_jours_ago_is_a_fortnight(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


_ARRIVAL = "Quelque 11 000 soldats sont arrivés en Russie à la mi-octobre 2024. "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the story told forward: the month after the one told, and the next after that
        (
            _ARRIVAL + "Ils ont été envoyés à Koursk en novembre. Les premiers combats ont eu lieu en décembre.",
            ["2024-10-11~/2024-10-20~", "2024-11", "2024-12"],
        ),
        # near misses: a report's publication is the news's time, not the story's; so is a month counted from the page
        (
            _ARRIVAL + "Une estimation britannique publiée en novembre parlait de 3 000 pertes.",
            ["2024-10-11~/2024-10-20~", "2025-11"],
        ),
        (
            "L'été dernier, Pyongyang a promis des démineurs. Ils sont arrivés en septembre.",
            ["2025-06/2025-08", "2025-09"],
        ),
    ],
)
def test_a_yearless_month_follows_the_month_told_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-01-15") == dates


def test_the_same_month_again_keeps_the_latest(tmp_path: Path) -> None:
    # near miss: a story told backward names the month it left (« fin avril 2025 … début avril »), as before
    text = "Moscou a annoncé la reprise de la région fin avril 2025. Un contingent était arrivé début avril."
    assert drafted_dates(tmp_path, text, "2026-02-10") == ["2025-04-01/2025-04-10~", "2025-04-21~/2025-04-30"]


_NEWS = (
    "KIEV, 6 nov 2024 (AFP) - Les forces ukrainiennes ont livré leurs premiers combats contre des soldats nord-coréens,"
    " a annoncé mardi soir le ministre de la Défense. "
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            _NEWS + "Selon lui, 11 000 militaires se trouvent désormais en Russie. La veille, le renseignement avait"
            " affirmé que 7 000 d'entre eux avaient été acheminés vers le front.",
            ["2024-11-04", "2024-11-05", "2024-11-06"],
        ),
        # near miss: after a day of history, the state's present stays what « La veille » counts from
        (
            "Le traité a été signé le 19 juin 2024. Ses clauses militaires s'appliquent désormais. La veille, Kiev"
            " avait dénoncé un accord.",
            ["2024-06-19", "2024-11-05", "2024-11-06"],
        ),
    ],
)
def test_la_veille_counts_from_the_news_not_a_states_present(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2024-11-06") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Le prochain rapport des experts est attendu au second semestre.", ["2026-07/2026-12"]),
        # near misses: a half told over is the latest one; a year given is that year's
        ("Au second semestre, les livraisons d'obus ont nettement ralenti.", ["2025-07/2025-12"]),
        ("Le prochain rapport est attendu au second semestre 2027.", ["2027-07/2027-12"]),
    ],
)
def test_a_half_still_ahead_is_the_publications_years(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-02-17") == dates


def test_two_and_a_half_years_since_is_thirty_months(tmp_path: Path) -> None:
    text = "« Depuis deux ans et demi, on vit au rythme des alertes », raconte une réfugiée."
    assert drafted_dates(tmp_path, text, "2024-10-30") == ["2022-04~", "2022-04~/2024-10-30"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Les combats font rage depuis vendredi dans la région.", ["2024-12-06", "2024-12-06/2024-12-13"]),
        # near misses: the day itself without « depuis », another weekday's « depuis » (as before)
        ("Les combats ont repris vendredi dans la région.", ["2024-12-13"]),
        ("Les combats font rage depuis jeudi dans la région.", ["2024-12-12", "2024-12-12/2024-12-13"]),
    ],
)
def test_since_the_publications_weekday_is_the_week_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2024-12-13") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Voici trois semaines déjà, le renseignement sud-coréen parlait de 2 000 morts.", ["2025-11-13~"]),
        # near misses: « voici » as « here are », and « voici … que » (since): no date of its own
        ("Voici trois semaines de combats acharnés, selon le renseignement sud-coréen.", []),
        ("Voici trois semaines que les combats durent, selon le renseignement sud-coréen.", []),
    ],
)
def test_voici_trois_semaines_is_three_weeks_ago(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-12-04") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Les assauts d'infanterie se multiplient depuis le week-end.",
            ["2024-12-14/2024-12-15", "2024-12-14/2024-12-17"],
        ),
        # near misses: the weekend of a noun (« les combats du week-end ») and one to come stay undated (as before)
        ("Les combats du week-end ont été violents.", []),
        ("Les assauts reprendront le week-end prochain.", []),
    ],
)
def test_since_the_weekend_is_the_last_one(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2024-12-17") == dates
