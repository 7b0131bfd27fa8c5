"""Round 44 (issue 16, dates; helper dates49): a wire story reprinted a day or two after its dispatch is told from
its dateline's day (« KIEV, 9 déc 2025 (AFP) - … d'ici la fin de l'année » on a page published the 10th: from the
9th). Made-up pages, never the held-out ones; each case fails before the change, its near misses pass both times."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from koursk_cli.extract import byline
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

_DEADLINE = (
    "Pyongyang se prépare à déployer 6 000 soldats nord-coréens supplémentaires en Russie d'ici la fin de l'année, "
    "selon le renseignement sud-coréen."
)
_AGO = "Les premiers combats ont eu lieu il y a une dizaine de jours dans la région de Koursk, selon Kiev."


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the dateline's day, the page's the next: the deadline runs from the dispatch
        (f"KIEV, 9 déc 2025 (AFP) - {_DEADLINE}", "2025-12-10", ["2025-12-09/2025-12-31"]),
        # two days later, as a weekly site reprints it
        (f"SÉOUL, 22 septembre 2025 (AFP) - {_DEADLINE}", "2025-09-24", ["2025-09-22/2025-12-31"]),
        # AFP's « jan » (frcalendar.py)
        (f"KIEV, 12 jan 2025 (AFP) - {_DEADLINE}", "2025-01-13", ["2025-01-12/2025-12-31"]),
        # « il y a » counts back from the dispatch as well
        (f"SÉOUL, 11 novembre 2024 (AFP) - {_AGO}", "2024-11-12", ["2024-10-30/2024-11-03"]),
        # near miss: dispatched and published the same day
        (f"KIEV, 10 déc 2025 (AFP) - {_DEADLINE}", "2025-12-10", ["2025-12-10/2025-12-31"]),
        # near miss: a dateline a week before is a story the page quotes, not its dispatch
        (f"KIEV, 3 déc 2025 (AFP) - {_DEADLINE}", "2025-12-10", ["2025-12-10/2025-12-31"]),
        # near miss: no dateline
        (_DEADLINE, "2025-12-10", ["2025-12-10/2025-12-31"]),
    ],
)
def test_a_reprinted_wire_story_is_told_from_its_dateline(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


def test_a_dateline_is_read_in_one_pass() -> None:
    """A hostile line of capitals and commas (the dateline's place) is read in linear time."""
    assert _growth(lambda n: byline.dispatch_day("A, " * n + "\n", date(2025, 1, 2)), 2000) < 16
