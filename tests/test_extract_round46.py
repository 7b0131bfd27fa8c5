"""Round 46 (issue 16, dates; helper dates50): « d'ici la fin de la décennie », « d'ici à la fin de la décennie »,
« avant la fin de la décennie » run from the publication up to the decade's last day (they were missed, or « D'ici
la » was read as « d'ici là », a day). Made-up pages, never the held-out ones; each case fails before the change, its
near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import thendates
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "D'ici la fin de la décennie, Moscou pourrait produire trois millions d'obus par an.",
            "2026-02-18",
            ["2026-02-18/2029-12-31"],
        ),
        (
            "Les armées en tireront les leçons d'ici à la fin de la décennie, selon le rapport.",
            "2025-10-06",
            ["2025-10-06/2029-12-31"],
        ),
        (
            "Pyongyang veut doubler sa production d'obus avant la fin de la décennie.",
            "2020-03-02",
            ["2020-03-02/2029-12-31"],
        ),
        # near misses: « d'ici là » (with or without its accent before a stop) still reaches the date named before;
        # the end of the year is the year's
        (
            "Le sommet s'achève le 3 décembre. D'ici là, la question reste ouverte.",
            "2025-11-20",
            ["2025-11-20/2025-12-03", "2025-12-03"],
        ),
        (
            "Le sommet s'achève le 3 décembre. D'ici la, la question reste ouverte.",
            "2025-11-20",
            ["2025-11-20/2025-12-03", "2025-12-03"],
        ),
        (
            "Pyongyang veut doubler sa production d'obus d'ici la fin de l'année.",
            "2025-10-06",
            ["2025-10-06/2025-12-31"],
        ),
    ],
)
def test_the_end_of_the_decade_is_a_deadline_ahead(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


def test_an_unaccented_la_then_spaces_is_read_in_one_pass() -> None:
    """`UNTIL_THEN` looks past « la » for a word (a possessive run of spaces): linear on a hostile 200 KB line."""
    assert (
        _growth(lambda n: thendates.UNTIL_THEN.findall("d'ici la" + " " * n + "!" + " d'ici la " * (n // 10)), 12_500)
        < 16
    )
