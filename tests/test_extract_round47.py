"""Round 47 (issue 16, date precision; helper chrome50): a day that comes back (« Chaque fin de semaine, on envoie des
colis », « se réunit chaque premier dimanche du mois à 14 h », « chaque mardi de novembre ») drafted as a fact's day;
a translation's own stamp (« Traduit du russe le 28.04.2025 ») and a series' other episodes (« Épisode précédent : …
(5 janvier 2026) », « Le prochain épisode … paraîtra lundi. ») drafted as facts. Made-up pages, never the held-out
ones; each case fails before the change, its near misses pass both times. Also an editing tool's comment stamps
(« SM — hier à 21:04 : … », « [Commentaire — Léa Marchand, 18 févr. 2026, 10:42 : … »)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import readerservice, revisions
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

_STORY = "Kiev a annoncé lundi 3 mars la capture de deux soldats nord-coréens dans la région de Koursk."


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a day that comes back: a habit, no fact's day
        ("« Chaque fin de semaine, on envoie des colis au front », a témoigné Oksana.", "2026-02-24", []),
        ("Le groupe de soutien à l'Ukraine se réunit aussi chaque premier dimanche du mois à 14 h.", "2026-02-24", []),
        ("Cycle de films sur la guerre de Corée, chaque mardi de novembre, 20 h.", "2026-09-30", []),
        # near miss: the fact's own day and the period of a habit stay
        (
            "Une trentaine de manifestants se sont rassemblés samedi place Masséna, comme chaque samedi depuis février "
            "2022.",
            "2025-03-04",
            ["2022-02", "2022-02/2025-03-04", "2025-03-01"],
        ),
        (
            "La fin de semaine dernière, Kiev a annoncé la capture de deux soldats.",
            "2025-01-14",
            ["2025-01-09/2025-01-12"],
        ),
    ],
)
def test_a_day_that_comes_back_dates_no_fact(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # a translation's own stamp
        (f"{_STORY}\nTraduit du russe le 28.02.2025 à 09:40.\n", ["2025-03-03"]),
        (
            f"{_STORY}\nTraduit de l'ukrainien par A. Lysenko, le 04/03/2025, 09 h 40 — relu par C. Morel\n",
            ["2025-03-03"],
        ),
        (
            f"{_STORY}\nTraduction française réalisée par des bénévoles, d'après la version anglaise diffusée par les forces spéciales "
            "ukrainiennes le 14 février 2025.\n",
            ["2025-03-03"],
        ),
        # a series' other episodes
        (f"{_STORY}\nÉpisode précédent : « Ri, tireur d'élite, 26 ans » (24 février 2025)\n", ["2025-03-03"]),
        (f"{_STORY}\nLe prochain épisode, « Ceux qui sont rentrés », paraîtra lundi.\n", ["2025-03-03"]),
        # near miss: a translator's note on the story keeps its day
        (
            f"{_STORY}\nNote des traducteurs : le carnet a été retrouvé sur le corps d'un soldat le 27 février.\n",
            ["2025-02-27", "2025-03-03"],
        ),
    ],
)
def test_a_translations_stamp_and_other_episodes_are_no_facts(tmp_path: Path, page: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, page, "2025-03-04") == dates


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # an editing tool's comment heads: who, a dash, maybe a name, the stamp and its clock or its hours ago, a colon
        (f"{_STORY}\nSM — hier à 21:04 : ok pour publication.\n", ["2025-03-03"]),
        (f"{_STORY}\nJB — il y a 3 heures : relu, il manque la citation de l'ambassadeur.\n", ["2025-03-03"]),
        (f"{_STORY}\n[Commentaire — Léa Marchand, 2 mars 2025, 10:42 : on a une source ?]\n", ["2025-03-03"]),
        # near miss: a dash and a day that is no comment's head (no clock before a colon) keep the story's day
        (f"{_STORY}\nKIEV — Les combats ont repris le 2 mars 2025 près de Soudja.\n", ["2025-03-02", "2025-03-03"]),
    ],
)
def test_an_editing_tools_comment_stamp_is_no_fact(tmp_path: Path, page: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, page, "2025-03-04") == dates


def test_a_recurring_day_is_read_in_one_pass() -> None:
    """« chaque » then a run of spaces, and a weekday then a run of spaces: each run read once (possessive)."""
    assert _growth(lambda n: readerservice.schedules("chaque" + " " * n + "x"), 2000) < 16
    assert _growth(lambda n: readerservice.schedules("chaque lundi" + " " * n + "x"), 2000) < 16
    assert _growth(lambda n: readerservice.schedules("chaque premier" + " " * n + "x" + " chaque" * n), 2000) < 16


def test_a_comment_head_is_read_in_one_pass() -> None:
    """A dash, then a run of spaces or of newlines, or many dashes on one line: each start tried a bounded way."""
    assert _growth(lambda n: revisions.revision_marks("x — " + " " * n + "x"), 2000) < 16
    assert _growth(lambda n: revisions.revision_marks("a —" + "\n" * n), 2000) < 16
    assert _growth(lambda n: revisions.revision_marks("a — " * n), 2000) < 16
