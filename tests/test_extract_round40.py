"""Round 40 (issue 16, helper dates47): dates read against the wrong day, or to the wrong precision. A wiki's
revision history (rows each stamped with their day and clock, then the edit's summary) and an issue thread (comments
each under a header naming their user and day) had their « hier », « lundi », « (mardi) » read against the page's day
and their stamps proposed as facts' days; « dimanche prochain » was read as « d'ici dimanche » (its « d »), a week;
« doit par ailleurs célébrer le 9 mai » missed the future its adverb parted from « doit »; « depuis le début du
déploiement, à l'automne 2024, … fin janvier » counted January from the start of a « depuis »; « il y a septante
ans » gave a month where a round count of years gives a year; « au cours des derniers jours », « le mois écoulé » and
« publie ce jour » were read by no rule; a wiki diff's « Le 27 décembre » under « == Décembre 2024 == » was read in the
last December, its revision's stamp (« Version du 3 février 2026 à 21:14 ») and the section its edit summary names
(« →Janvier 2026 : ») proposed as facts' days. Made-up pages, never the held-out ones; each fails
before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_ROW = (
    "actu | diff   {day} à {clock}  \u200e{user} (discuter | contributions)\u200e  {size} octets  +{plus}\u200e  {says}"
)
_FIRST = _ROW.format(
    day="6 mars 2025",
    clock="10:02",
    user="Alice",
    size="12 000",
    plus="300",
    says="→Combats : premiers affrontements annoncés hier par Kiev  annuler | remercier",
)
_SECOND = _ROW.format(
    day="2 mars 2025",
    clock="09:15",
    user="Bob",
    size="11 700",
    plus="210",
    says="→Effectifs : 3 000 soldats selon le Pentagone (point presse de lundi)  annuler | remercier",
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a revision history: each row's summary counted from its stamp, the stamps no fact's days
        (f"Historique des versions\n\n{_FIRST}\n{_SECOND}", ["2025-02-24", "2025-03-05"]),
        # near misses: one row alone is no history (as before); a sentence that opens with a day and a clock is a fact
        (f"Historique des versions\n\n{_FIRST}", ["2025-03-06", "2025-03-09"]),
        (
            "Le 6 mars 2025 à 10:02, les premiers affrontements ont été annoncés par Kiev.\n"
            "Le 2 mars 2025 à 09:15, le Pentagone a compté 3 000 soldats.",
            ["2025-03-02", "2025-03-06"],
        ),
    ],
)
def test_a_revision_historys_rows_count_from_their_stamps(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-03-10") == dates


_THREAD = (
    "Mettre à jour les pertes #57\n\n"
    "alice commented on Mar 5, 2025\n"
    "Le NIS a présenté hier une nouvelle estimation : environ 2 000 soldats tués.\n\n"
    "{second}\n"
    "Je propose de garder la date du briefing (mardi) et environ 2 000 tués.\n"
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an issue thread: each comment counted from its header's day, the headers no fact's days
        (_THREAD.format(second="bob commented on Mar 7, 2025"), ["2025-03-04", "2025-03-04"]),
        # near miss: one header alone is no thread, as before
        (_THREAD.format(second="Bob propose :"), ["2025-03-11", "2025-03-11"]),
    ],
)
def test_an_issue_threads_comments_count_from_their_headers(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-03-12") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # « dimanche prochain »: that Sunday
        ("Une messe pour la paix sera célébrée dimanche prochain dans la cathédrale de Séoul.", ["2025-05-04"]),
        # near miss: « d'ici dimanche », up to it, as before
        ("Une réponse de Séoul est attendue d'ici dimanche.", ["2025-04-29/2025-05-04"]),
    ],
)
def test_dimanche_prochain_is_that_sunday(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-04-29") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an adverb between « doit » and its infinitive: the coming 9 May
        ("La Russie doit par ailleurs célébrer le 9 mai l'anniversaire de la victoire.", ["2026-05-09"]),
        # near miss: told as done, the last 9 May, as before
        ("La Russie a par ailleurs célébré le 9 mai l'anniversaire de la victoire.", ["2025-05-09"]),
    ],
)
def test_doit_and_an_adverb_speak_of_the_future(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-02-11") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the start of a « depuis » in apposition is no story time: « fin janvier » is the last one
        (
            "Depuis le début du déploiement, à l'automne 2024, Pyongyang aurait perdu environ 2 000 hommes, selon les"
            " estimations présentées fin janvier aux députés.",
            ["2024-09/2024-11", "2026-01-21~/2026-01-31"],
        ),
        # near miss: a story told forward from its month and year, as before
        (
            "Le traité signé à l'automne 2024 est entré en vigueur fin janvier, selon Séoul.",
            ["2024-09/2024-11", "2025-01-21~/2025-01-31"],
        ),
    ],
)
def test_a_depuis_in_apposition_is_no_story_time(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-02-11") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a round count of years ago: its year
        ("Il y a septante ans, la guerre de Corée prenait fin à Panmunjom.", ["1953"]),
        # near miss: a year or two ago keeps its month, as before
        ("Il y a deux ans, Pyongyang avait livré ses premiers obus.", ["2021-12"]),
    ],
)
def test_il_y_a_a_round_count_of_years_is_a_year(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2023-12-10") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # « au cours des derniers jours »: the last week, as « ces derniers jours »; « le mois écoulé »: the last month
        ("Quelque 3 000 soldats seraient arrivés au cours des derniers jours, selon Kiev.", ["2025-04-07~/2025-04-14"]),
        ("Le NIS a fait le point sur le mois écoulé devant les députés.", ["2025-03"]),
        # near misses: « ces derniers jours », « le mois dernier », as before
        ("Quelque 3 000 soldats seraient arrivés ces derniers jours, selon Kiev.", ["2025-04-07~/2025-04-14"]),
        ("Le NIS a fait le point sur le mois dernier devant les députés.", ["2025-03"]),
    ],
)
def test_the_last_days_and_the_month_gone_by(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-04-14") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # « ce jour » after a verb: the day it is written
        ("L'institut publie ce jour une note sur les 3 000 soldats envoyés.", ["2025-01-11"]),
        # near misses: « à ce jour », as before; « en ce jour férié » is no day of its own
        ("L'institut a publié à ce jour une note sur les 3 000 soldats envoyés.", ["2025-01-11"]),
        ("L'institut publie en ce jour férié une note sur les 3 000 soldats envoyés.", []),
    ],
)
def test_ce_jour_is_the_day_written(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-01-11") == dates


_DIFF = (
    "Chronologie : Différence entre versions\n\n"
    "{card}\n"
    "Kimchi (discussion | contributions)\n"
    "({summary} : ajout estimation du NIS)\n\n"
    "Ligne 96 :\tLigne 96 :\n"
    " {heading}\n"
    "+ * Le 27 décembre, Kiev annonce la capture d'un premier soldat, parmi 3 000 hommes engagés.\n"
)
_CARD = "Version du 3 février 2026 à 21:14 (modifier)"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a wiki section's year heads its dates without one (the heading a fact's month, as the truths read it)
        (_DIFF.format(card="", summary="Ajout", heading="== Décembre 2024 =="), ["2024-12", "2024-12-27"]),
        # near miss: a section whose heading names no year, as before
        (_DIFF.format(card="", summary="Ajout", heading="== Premiers combats =="), ["2025-12-27"]),
        # a revision card's stamp and the section its edit summary names after the arrow date no fact
        (_DIFF.format(card=_CARD, summary="→Janvier 2026", heading="== Combats =="), ["2025-12-27"]),
        # near miss: a month in a summary with no arrow, as before
        (_DIFF.format(card="", summary="Janvier 2026", heading="== Combats =="), ["2025-12-27", "2026-01"]),
    ],
)
def test_a_wiki_sections_year_and_its_revisions_stamps(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-02-04") == dates
