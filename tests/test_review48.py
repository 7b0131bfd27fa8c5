"""review48: a hostile review of extract rounds 42-43, the thirty-second pass and the chart's padding. Each finding
drives the real `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import sentencestamps
from tests.test_extract import drafted_dates, extract, read_date
from tests.test_extract_backtracking import _growth


@pytest.mark.parametrize(
    "text",
    [
        # round 42's `datechecks.news_of_the_week`: a week before 5 January of year 1 is no date (OverflowError, a traceback)
        "Le 3 janvier, Kim a annoncé l'envoi. Les soldats se trouvent désormais en Russie. La veille, il a parlé.",
        # round 43's `datechecks.of_the_page`: a month before it neither (« n° 879, 3 janvier »: an issue's day)
        "Revue Défense nationale, n° 879, 3 janvier. Les troupes sont arrivées le 2 janvier.",
    ],
)
def test_a_page_of_the_first_days_of_year_1_is_drafted(tmp_path: Path, text: str) -> None:
    """Days counted back from a publication in the first week of year 1 are compared as days between, never made."""
    _, events, _ = extract(tmp_path, text + "\n", "0001-01-05")
    assert all(read_date(e).startswith("0001-01") for e in events)


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # round 43's `practical_labels`: « Renseignements » opening the next sentence is the intelligence services',
        # no practical information: the Saturday gone by, with its hour, is a fact
        (
            "Les troupes nord-coréennes ont attaqué samedi à 5 h. Renseignements ukrainiens : 12 000 soldats engagés.",
            "2024-12-16",
            ["2024-12-14"],
        ),
        # near miss: a label of practical information after an announcement still makes it one
        (
            "Le collectif organise une veillée samedi à 18 h devant la mairie. Renseignements : 02 33 00 00 00.",
            "2024-12-12",
            [],
        ),
        ("Conférence sur la guerre ce jeudi à 19h30, aula du collège. Tarifs : 5 €.", "2025-01-13", []),
        # round 43's `stamps_a_record`: a law « modifié le … par la Douma », a toll « actualisé le … » then the
        # sentence goes on: the story's days
        (
            "Le traité, modifié le 12 novembre 2024 par la Douma, autorise l'envoi de troupes.",
            "2024-12-16",
            ["2024-11-12"],
        ),
        (
            "Le bilan, actualisé le 5 décembre, fait état de 3 000 soldats nord-coréens tués.",
            "2024-12-16",
            ["2024-12-05"],
        ),
        # near misses: a field « Modifié le : … » ending its line, « mis à jour » anywhere, stay the record's
        (
            "Kiev a annoncé lundi 3 mars la capture de deux soldats. | Modifié le : 4 mars 2025",
            "2025-03-04",
            ["2025-03-03"],
        ),
        # … and one signed by its login after its hour (sealed33 p20's rundown, at merge)
        (
            "Kiev a annoncé lundi 3 mars la capture de deux soldats.\nVersion 3 — modifiée le 04/03/2025 à 05:12 par KD",
            "2025-03-04",
            ["2025-03-03"],
        ),
        (
            "Le relevé ci-dessous, mis à jour le 10 mai, reprend les estimations. Kiev a annoncé lundi 3 mars la capture"
            " de deux soldats.",
            "2025-05-12",
            ["2025-03-03"],
        ),
        # round 43's `names_an_issue`: a law's, a resolution's number before its day is no issue of a periodical
        ("La loi n° 5 du 9 novembre 2024 ratifie le traité avec Pyongyang.", "2024-11-20", ["2024-11-09"]),
        ("La résolution n° 2397 du 22 décembre 2017 interdit ces transferts.", "2018-01-10", ["2017-12-22"]),
        # near miss: a periodical's issue stays the page's
        (
            "Kiev a annoncé lundi 3 mars la capture de deux soldats.\nPolitis n° 1872 du 27 février 2025",
            "2025-03-04",
            ["2025-03-03"],
        ),
    ],
)
def test_round_43s_words_leave_the_facts_they_also_say(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


def test_a_run_of_spaces_after_a_stamps_day_is_read_in_one_pass() -> None:
    """The field's end after « modifié le … » was tried at every split of a run of spaces between its two `\\s*`:
    quadratic (×17 on a run four times longer before the fix)."""
    assert _growth(lambda n: sentencestamps.stamps_a_record("modifié le 3 mars" + " " * n + "x", 11, 17), 2000) < 8
