"""Round 49 (issue 16, date precision; helper chrome51): a local public event a page announces in words round 17's
list lacked (« Le chercheur animera une conférence publique le 15 mars prochain à 9 h », « L'avocate interviendra
sur le sujet …, le 19 mars à 18 h 30 », « Une prochaine activité est prévue à la mi-mars ») and other stories' titles
under « Vous pourriez aussi aimer : » or under « À LA UNE » at a page's foot, drafted as facts; an editing tool's
comment's « demain », « mercredi » counted from the page (« SM — hier à 21:04 : ok pour publication mercredi matin. »). Made-up pages, never
the held-out ones; each case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import linkedtitles, revisions
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

_STORY = "Kiev a annoncé lundi 3 mars la capture de deux soldats nord-coréens dans la région de Koursk."


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a public lecture, who speaks there, an association's next gathering: facts the page tells (the lead's
        # session-68 call; round 49 to round 120 read them as its service information, no fact)
        ("Le chercheur animera une conférence publique le 15 mars prochain à 9 h à l'amphithéâtre A.", ["2025-03-15"]),
        (
            "L'avocate interviendra sur le sujet lors des Rencontres du droit, à la faculté, le 19 mars à 18 h 30.",
            ["2025-03-19"],
        ),
        ("Une prochaine activité est prévue à la mi-mars à Val-d'Or.", ["2025-03-11~/2025-03-20~"]),
        # … as are a lecture given before the publication and an alliance's next meeting
        (
            "Le chercheur a donné une conférence publique le 2 mars à Rennes sur les soldats nord-coréens.",
            ["2025-03-02"],
        ),
        ("Une nouvelle réunion du format Ramstein est prévue le 12 mars à Bruxelles.", ["2025-03-12"]),
    ],
)
def test_a_local_event_announced_is_dated(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-03-04") == dates


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # other stories' titles: after « Vous pourriez aussi aimer : » on its line, under « À LA UNE » at the foot
        (
            f"{_STORY}\nVous pourriez aussi aimer : Amos : la route 117 fermée jeudi · Hockey : défaite 4-2\n",
            ["2025-03-03"],
        ),
        (
            f"{_STORY}\n\nÀ LA UNE\nMamoudzou : la barge de 6h30 supprimée mardi\nCarnaval : le programme\n",
            ["2025-03-03"],
        ),
        (f"{_STORY}\n\nÀ la une :\nMartinique : nouvelles mesures au 1er février\n", ["2025-03-03"]),
        # near miss: « À la une » above any sentence (a search page's top stories: the news it found) keeps its days
        ("À la une\nKiev : la capture de deux soldats nord-coréens annoncée le 28 février\n", ["2025-02-28"]),
    ],
)
def test_other_stories_titles_date_no_fact(tmp_path: Path, page: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, page, "2025-03-04") == dates


def test_other_stories_titles_are_read_in_one_pass() -> None:
    """« À la une » then a run of spaces, many such headings, many short lines before a sentence: each read once."""
    assert _growth(lambda n: linkedtitles.linked_titles("x.\nÀ la une" + " " * n + "x"), 50000) < 16
    assert _growth(lambda n: linkedtitles.linked_titles("x.\n" + "À la une\n" * n), 5000) < 16
    assert _growth(lambda n: linkedtitles.linked_titles("a\n" * n + "x.\nÀ LA UNE\nTitre"), 5000) < 16


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # a comment's words that count from now: from its stamp, itself relative, not from the page
        (f"{_STORY}\nSM — hier à 21:04 : ok pour publication mercredi matin.\n", ["2025-03-03"]),
        (
            f"{_STORY}\n[Commentaire — Rédaction, aujourd'hui, 08:55 : OK pour mise en ligne demain à 7 h.]\n",
            ["2025-03-03"],
        ),
        # near miss: a comment's month is the story's
        (
            f"{_STORY}\n[Commentaire — Léa Marchand, 2 mars 2025, 10:42 : on a une source ? Le NIS disait 2 000 en février.]\n",
            ["2025-02", "2025-03-03"],
        ),
    ],
)
def test_a_comments_relative_words_date_no_fact(tmp_path: Path, page: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, page, "2025-03-04") == dates


def test_a_commented_line_is_read_in_one_pass() -> None:
    """A comment head's line, then a long run: each start tried a bounded way, the line's rest read once."""
    assert _growth(lambda n: revisions.commented_lines("SM — hier à 21:04 : " + "x " * n), 25000) < 16
    assert _growth(lambda n: revisions.commented_lines("a — " * n), 2000) < 16
    assert _growth(lambda n: revisions.counts_from_now("hier" + " " * n + "x"), 50000) < 16
