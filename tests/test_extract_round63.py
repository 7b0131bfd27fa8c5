"""Round 63 (issue 16, a date's year and anchor on news pages; helper round63): a date with no year read to the
other year. « depuis » looks back, so its month is never the coming one (« Nous prions pour eux depuis février » in
January was read as the February to come); a bound ahead (« avant », « dès », « à partir de », « d'ici »,
« jusqu'à ») before a date due within a season, in a clause that tells no done thing or asks for what the bound dates
(« a réclamé une réponse « avant Noël » » on 24 December, « Elle demande qu'ils puissent partir « avant Pâques » » in
January), names the coming one; a run of days under way at the page is this year's (« un cessez-le-feu du 8 au 10 mai »
on 9 May); a weekday set off by a comma after a day and its month restates that day (« le 16 décembre, lundi dernier, »
was also read as the Monday before the page); the story's year told before a date decides it even where it agrees
with the latest reading (« Tourné à l'automne 2024, … le 9 novembre » on 1 November 2025 was read as the coming 9
November); « après » right after a month told with its year opens what came before it (« repérés mi-novembre 2024,
après l'arrivée des soldats, débarqués début octobre » on a page of November 2025 was read as October 2025). Made-up sentences, never the held-out ones; each positive case fails
before the change, its near misses pass both times."""

from __future__ import annotations

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import frdates
from tests.test_extract_backtracking import _growth


def _said(text: str, published: str) -> list[str]:
    """The dates the rules read in `text` (a forecast's too, before the draft dates it at its statement), sorted."""
    return sorted(m.edtf for m in frdates.find_dates(text, parse_edtf(published)))


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # « depuis »: the start of what still holds, never ahead of the page
        ("« Nous prions pour eux chaque dimanche depuis février », raconte le prêtre.", "2026-01-11", ["2025-02"]),
        ("Deux d'entre eux sont détenus à Kiev depuis le mois de janvier.", "2025-12-18", ["2025-01"]),
        ("Les familles attendent des nouvelles depuis le 2 janvier.", "2025-12-20", ["2025-01-02"]),
        # near miss: « dès » may lie ahead, told in no past tense
        ("Les premiers départs sont attendus dès janvier.", "2025-12-18", ["2026-01"]),
    ],
)
def test_depuis_looks_back(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a demand, a promise or an announcement: its object's bound lies ahead
        ("Le président a réclamé une réponse des alliés « avant Noël ».", "2024-12-20", ["2024-12-20/2024-12-25"]),
        ("Le ministre a promis une réponse avant Noël.", "2025-12-20", ["2025-12-20/2025-12-25"]),
        ("Kiev a annoncé des sanctions à partir du 1er novembre.", "2025-10-25", ["2025-11-01"]),
        # told in no past tense, up to a season ahead
        ("Elle demande que les deux hommes puissent partir « avant Pâques ».", "2026-01-11", ["2026-01-11/2026-04-05"]),
        # near miss: told in the present a few days ahead, the coming one, as before
        ("Les sanctions s'appliquent à partir du 1er janvier.", "2025-12-20", ["2026-01-01"]),
        # near misses: the bound dates the done thing itself
        ("Les soldats sont arrivés dès novembre dans la région.", "2025-10-25", ["2024-11"]),
        ("Moscou a annoncé dès novembre que les troupes partiraient.", "2025-10-25", ["2024-11"]),
        ("Kiev a imposé des sanctions à partir du 1er novembre.", "2025-10-25", ["2024-11-01"]),
        # near miss: more than a season ahead, the one before stays
        ("Elle demande qu'ils puissent partir avant Pâques.", "2025-10-11", ["2025-04-01?/2025-04-19"]),
    ],
)
def test_a_bound_ahead_names_the_coming_date(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Le Kremlin avait décrété un cessez-le-feu du 8 au 10 mai, que Kiev a dénoncé.",
            "2025-05-09",
            ["2025-05-08/2025-05-10"],
        ),
        # near misses: days over, and days to come
        ("Les combats ont eu lieu du 2 au 6 mai.", "2025-05-09", ["2025-05-02/2025-05-06"]),
        ("Une trêve avait été décrétée du 12 au 14 mai.", "2025-05-09", ["2024-05-12/2024-05-14"]),
    ],
)
def test_days_under_way_at_the_page_are_this_year_s(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Le Pentagone avait confirmé le 16 décembre, lundi dernier, leur présence au front.",
            "2024-12-24",
            ["2024-12-16"],
        ),
        # near miss: a weekday of its own, not in apposition to the day
        (
            "Le Pentagone avait confirmé le 16 décembre et lundi dernier leur présence au front.",
            "2024-12-24",
            ["2024-12-16", "2024-12-23"],
        ),
    ],
)
def test_a_weekday_after_a_named_day_restates_it(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the story's clock (« à l'automne 2024 » told before) decides even where it agrees with the latest reading:
        # no rule of the page's present reads the day as the coming one after it
        (
            "Tourné à l'automne 2024, juste après la signature du traité, le 9 novembre.",
            "2025-11-01",
            ["2024-09/2024-11", "2024-11-09"],
        ),
        # near miss: no year told before, a day a week ahead told in the present is the coming one, as before
        ("Le traité est signé le 9 novembre.", "2025-11-01", ["2025-11-09"]),
    ],
)
def test_the_story_s_year_decides_where_it_agrees_with_the_latest(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # « après » right after a month told with its year opens what came before it: the story told backward
        (
            "Les obusiers ont été repérés mi-novembre 2024, après l'arrivée des soldats, débarqués début octobre.",
            "2025-11-19",
            ["2024-10-01/2024-10-10~", "2024-11-11~/2024-11-20~"],
        ),
        (
            "Il a déserté en février 2025, après avoir vu vingt camarades tués lors d'un assaut fin janvier.",
            "2026-03-01",
            ["2025-01-21~/2025-01-31", "2025-02"],
        ),
        # near misses: the story goes on forward (« puis »), or « après » belongs to another verb
        (
            "Ils ont été repérés mi-novembre 2024, après leur arrivée, puis engagés en décembre.",
            "2026-03-01",
            ["2024-11-11~/2024-11-20~", "2024-12"],
        ),
        (
            "Le traité a été signé en juin 2024 et ratifié après un vote en novembre.",
            "2026-03-01",
            ["2024-06", "2024-11"],
        ),
    ],
)
def test_apres_after_a_told_month_tells_what_came_before(text: str, published: str, dates: list[str]) -> None:
    assert _said(text, published) == dates


def test_the_bound_is_found_in_one_pass() -> None:
    """The bound is looked for in the forty characters before a date: a long run of spaces or of bound words before
    many dates grows linearly."""

    def call(n: int) -> object:
        return frdates.find_dates(("avant   " * 8 + "le 3 mars, ") * n, parse_edtf("2025-02-01"))

    assert _growth(call, 20) < 16
