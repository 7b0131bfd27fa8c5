"""Round 123 (issue 16): a gathering the public comes to, with a verb that announces it (« organisera une
conférence … le samedi 10 mai à 16h », « Un débat se tiendra le jeudi 16 janvier à 19 heures »), or a screening to
come (« sera projeté le samedi 14 février à 20 h »), is an announced event: its day is a fact the page tells (the
session-68 call), even with its hour, which made it the page's schedule before. A press or a peace conference is no
such gathering; a broadcast slot stays the page's schedule. Made-up sentences, never the held-out articles'
(benchmarks/heldout/ROUND123.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

SUNDAY = "2025-01-05"


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "L'association organisera une conférence sur le sujet le samedi 10 mai à 16h, à la Maison des jeunes.",
            ["2025-05-10"],
        ),
        (
            "Un débat sur la guerre se tiendra le jeudi 16 janvier à 19 heures au Centre culturel ukrainien.",
            ["2025-01-16"],
        ),
        ("Le documentaire sera projeté le samedi 14 février à 20 h au cinéma Mercury, en sa présence.", ["2025-02-14"]),
        ("La séance d'ouverture aura lieu le jeudi 23 janvier à 20 h.", ["2025-01-23"]),
        ("Le vernissage est prévu le vendredi 17 janvier à 18 h 30.", ["2025-01-17"]),
        # near misses: a press conference, a broadcast slot, the next issue: the page's schedule, as before
        ("Une conférence de presse se tiendra le jeudi 16 janvier à 15 h.", []),
        ("Le magazine revient samedi 11 janvier à 18 h 10 sur France 3.", []),
        ("Diffusion : mardi 14 janvier à 20 h 55 sur France 5.", []),
    ],
)
def test_an_announced_gathering_is_dated_with_its_hour(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, SUNDAY) == dates
