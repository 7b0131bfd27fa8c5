"""Round 33 (issue 16, date recall): classes the missed dates of every committed set showed — « depuis » as an adverb
(« Pyongyang a depuis envoyé … », « Rien de neuf depuis. »: since the date told before, as « Depuis, ») and a span that
opens its clause and ended with the main clause's fact (« Après six mois de silence, … a reconnu lundi », « …, après
avoir tout nié pendant six mois, a reconnu … le 28 avril »), an episode of a podcast's list counted from the day on
its line (« 13 déc. 2024 · 40 min »), « les prochaines semaines » read to a month, « Moins de trois semaines plus
tard » (any time up to that count) and « Six heures plus tard » (that day or the next). Made-up sentences, never the held-out articles'; each test
drives `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # between an auxiliary and its participle: since the date told before, a start and a state that runs on
        (
            "Les sapeurs sont arrivés en mars 2026. Le régime a depuis envoyé des renforts.",
            ["2026-03", "2026-03/2026-06-02"],
        ),
        (
            "Le bilan a été publié en avril 2026. Il a depuis été révisé à la hausse.",
            ["2026-04", "2026-04/2026-06-02"],
        ),
        # at its clause's end
        (
            "Le ministre a parlé le 4 mai 2026. Rien n'a changé depuis.",
            ["2026-05-04", "2026-05-04/2026-06-02"],
        ),
        # near misses: « depuis peu », « depuis longtemps » are no « since then »; a day still ahead starts nothing
        ("Les sapeurs sont arrivés en mars 2026. Le régime a depuis peu envoyé des renforts.", ["2026-03"]),
        ("Les sapeurs sont arrivés en mars 2026. Le régime a depuis longtemps envoyé des renforts.", ["2026-03"]),
        ("Le sommet se tiendra le 20 juin 2026. Rien n'a bougé depuis.", ["2026-06-20"]),
    ],
)
def test_depuis_as_an_adverb_is_since_the_date_told_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-06-02") == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # up to the day the main clause names; months from the month they start in
        (
            "Après huit mois de mutisme, le ministère a confirmé jeudi la présence des sapeurs.",
            ["2025-09/2026-05-28", "2026-05-28"],
        ),
        # told in the present, with no day: up to the publication
        ("Après quatre mois de silence, le régime admet ses pertes.", ["2026-02/2026-06-02"]),
        # days to the day
        (
            "Après dix jours de marche, les sapeurs sont arrivés le 30 avril 2026.",
            ["2026-04-20/2026-04-30", "2026-04-30"],
        ),
        (
            "Le régime, après avoir tout démenti pendant cinq mois, a reconnu ses pertes le 20 mai 2026.",
            ["2025-12/2026-05-20", "2026-05-20"],
        ),
        # near misses: at the clause's end, how long it lasted; « pendant » alone may start then as well as end then
        ("Les sapeurs sont arrivés le 30 avril 2026 après dix jours de marche.", ["2026-04-30"]),
        ("Les sapeurs, arrivés le 20 mai 2026, resteront pendant cinq mois.", ["2026-05-20"]),
        ("Ils ont été relâchés le 20 mai 2026, après huit mois de captivité.", ["2026-05-20"]),
    ],
)
def test_a_span_opening_its_clause_ends_with_the_main_fact(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-06-02") == dates


_EPISODES = """Le podcast du front
Hebdomadaire · 12 épisodes

Ép. 12 · Les renforts
4 avril 2025 · 35 min
Le Pentagone confirme cette semaine l'arrivée de 2 000 soldats.

Ép. 11 · Les pertes
7 mars 2025 · 41 min 10 s
Les Russes ont repris jeudi le village de Lebedevka.

Ép. 13 · À venir
9 mai 2025 · 30 min
Les soldats ont repris jeudi le village."""


def test_an_episode_of_a_podcast_list_counts_from_its_own_day(tmp_path: Path) -> None:
    # each episode's words count from the day on its line, not from the page's; an episode dated after the page
    # (announced, not yet written) counts from the page's
    assert drafted_dates(tmp_path, _EPISODES, "2025-05-02") == ["2025-03-06", "2025-03-31/2025-04-04", "2025-05-01"]


def test_the_coming_weeks_reach_a_month(tmp_path: Path) -> None:
    # read as the next month (to the same day), four weeks before, six weeks since round 85, to the next month's end
    # since round 126: the forecast is dated at its statement, and its basis keeps what the rules read
    _, events, _ = extract(tmp_path, "Séoul attend d'autres envois dans les prochaines semaines.\n", "2025-01-09")
    (event,) = events or []
    assert str(event["date_basis"]).endswith("what the rules read: 2025-01-09/2025-02-28")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # « moins de N » before « plus tard » / « après »: any time up to that count, to the day
        (
            "Le 18 octobre 2025, Séoul annonce l'envoi de 1 500 soldats. Moins de trois semaines plus tard, Kiev fait "
            "état des premiers combats.",
            ["2025-10-18", "2025-10-18/2025-11-08"],
        ),
        (
            "Cette annonce survient moins d'un mois après que Kiev a signalé, le 2 janvier 2026, leur départ.",
            ["2026-01-02", "2026-01-02/2026-02-02"],
        ),
        # hours short of a day: that day or the next
        (
            "Mardi 3 mars 2026, à 22 h, le président a décrété la loi martiale. Six heures plus tard, il a dû faire "
            "marche arrière.",
            ["2026-03-03", "2026-03-03/2026-03-04"],
        ),
        # near miss: a count with no « moins de » stays that day
        (
            "Le 3 mars 2026, le président a décrété la loi martiale. Trois semaines plus tard, il a dû faire marche "
            "arrière.",
            ["2026-03-03", "2026-03-24"],
        ),
    ],
)
def test_a_count_up_to_or_short_of_a_day_after_a_day(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-06-02") == dates
