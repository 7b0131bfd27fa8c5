"""Round 52 (issue 16, dates, recall; helper round52): a timetable verb in the present just before a day
(« la session, qui s'ouvre le 3 mars », « Le sommet s'achève mercredi », « Elles entrent en vigueur jeudi ») tells a
day to come, up to two months ahead (it was read as the one before); a future in the first person singular
(« je reviendrai au printemps ») speaks of the future as the third person's does, and so does « préparer »
(« Pyongyang préparerait l'envoi de renforts au printemps »), as « se prépare » did; « est », « sont », « serait »,
« seraient » before a participle tell a past only for the verbs that take « être » or a pronominal verb (« seraient
envoyés dès la mi-novembre » is a passive of the present, no past). Made-up pages, never the held-out
ones; each case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import clauses, yearless
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Le sort des soldats nord-coréens sera au menu de la session du Parlement, qui s'ouvre le 3 mars.",
            "2025-01-15",
            ["2025-03-03"],
        ),
        ("Le sommet consacré aux troupes nord-coréennes s'achève mercredi.", "2026-11-24", ["2026-11-25"]),
        ("Les sanctions contre la Corée du Nord entrent en vigueur jeudi.", "2025-06-04", ["2025-06-05"]),
        # near misses: told in the past, or months after the day (a chronology's present), it is the one before
        ("Le sommet consacré aux troupes nord-coréennes s'est achevé mercredi.", "2026-11-24", ["2026-11-18"]),
        ("Le traité avec la Corée du Nord entre en vigueur le 4 décembre.", "2025-05-02", ["2024-12-04"]),
    ],
)
def test_a_timetable_verb_in_the_present_tells_a_day_to_come(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "« Je reviendrai au printemps », promet ce bénévole qui aide les familles des soldats nord-coréens.",
            "2024-11-07",
            ["2025-03/2025-05"],
        ),
        (
            "Les soldats nord-coréens ont subi de lourdes pertes, et Pyongyang préparerait l'envoi de renforts au "
            "printemps.",
            "2025-02-24",
            ["2025-03/2025-05"],
        ),
        # near miss: told in the past (« vrai » is no future)
        (
            "« C'est vrai, j'étais là au printemps », dit ce bénévole qui aide les familles des soldats nord-coréens.",
            "2024-11-07",
            ["2024-03/2024-05"],
        ),
    ],
)
def test_a_future_in_the_first_person_or_preparing_a_coming_act_speaks_of_the_future(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Les premiers soldats nord-coréens seraient envoyés sur le front dès la mi-novembre.",
            "2024-10-25",
            ["2024-11-11~/2024-11-20~"],
        ),
        # near misses: the past of a verb that takes « être », or of a pronominal one
        (
            "Les premiers soldats nord-coréens seraient arrivés sur le front dès la mi-novembre.",
            "2025-10-25",
            ["2024-11-11~/2024-11-20~"],
        ),
        (
            "Les premiers soldats nord-coréens se seraient installés sur le front dès la mi-novembre.",
            "2025-10-25",
            ["2024-11-11~/2024-11-20~"],
        ),
    ],
)
def test_a_passive_of_the_present_tells_no_past(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


def test_the_new_patterns_read_a_hostile_line_in_one_pass() -> None:
    """`_SCHEDULED` (possessive runs of spaces) and `_FUTURE`'s first-person endings: linear on a 200 KB line."""
    assert (
        _growth(lambda n: yearless._SCHEDULED.findall("se" + " " * n + "x s'" + " " * n + "entre en " * n), 12_500) < 16
    )
    assert _growth(lambda n: clauses._FUTURE.findall("reviendrai" * n + " vrai" * n), 5_000) < 16
    assert _growth(lambda n: clauses._PAST.findall("s'" + " " * n + "x se " * n + "sont " * n), 12_500) < 16
