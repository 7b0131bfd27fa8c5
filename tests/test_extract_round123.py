"""Round 123 (issue 16): a gathering the public comes to, announced by a verb of its clause (« organisera une
conférence … le samedi 10 mai à 16h », « Un débat se tiendra le jeudi 16 janvier à 19 heures ») or as the next of its
kind (« Prochaine conférence : … »), or opening an agenda's entry, or held at a cinema, is an announced event: its day is a fact the page tells (the
session-68 call), even with its hour, which made it the page's schedule before. Never a press or a peace conference,
one denied, one put on the air (review74). Made-up sentences, never the held-out articles'
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
        ("Prochaine conférence de l'association : jeudi 16 janvier à 20 h, même salle.", ["2025-01-16"]),
        (
            "Les Amis du musée proposent leur prochaine rencontre le jeudi 16 janvier à 20 h 30. Entrée : 5 €.",
            ["2025-01-16"],
        ),
        # an agenda's entry opening on its gathering, perhaps after a label
        ("• Loto paroissial, salle Saint-Jean, samedi 11 janvier, 15 h", ["2025-01-11"]),
        ("Agenda : soirée dabké à Montréal, samedi 11 janvier, 20 h", ["2025-01-11"]),
        # near misses (review74): a press conference, one denied, one on the air (a TV guide's line too), a word of
        # another sense
        ("Une conférence de presse se tiendra le jeudi 16 janvier à 15 h.", []),
        ("Deux conférences de presse se tiendront le mardi 14 janvier à 15 h.", []),
        ("La conférence ne se tiendra pas le jeudi 16 janvier à 18 h.", []),
        ("Le débat sera présenté par la rédaction le mardi 14 janvier à 20 h 55 sur France 2.", []),
        ("Notre rédaction organisera une rencontre le jeudi 16 janvier à 12 h, en direct sur notre site.", []),
        # … but a day told with its hour is that of what the sentence says happens then, since round 128
        ("Pour ce repas, le chef proposera de laisser cuire le jeudi 16 janvier à 18 h.", ["2025-01-16"]),
        ("Soirée spéciale : jeudi 16 janvier, 20 h 55, France 2", []),
        ("Débat : « Koursk, un an après », jeudi 16 janvier, 23 h 10, France 5", []),
    ],
)
def test_an_announced_gathering_is_dated_with_its_hour(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, SUNDAY) == dates


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # a past day of the story in a sentence announcing a screening stays a fact (review74: « sera projeté » was
        # read as a local event's words, and a day before the publication in no past tense dropped)
        (
            "Le documentaire sur le massacre de Boutcha du 1er avril 2022 sera projeté vendredi à 20 h au cinéma.",
            SUNDAY,
            ["2022-04-01", "2025-01-10"],
        ),
        # a Christmas mass is on Christmas: the feast dates it (review74)
        ("La messe de Noël, présidée par l'évêque, aura lieu à la cathédrale.", "2025-12-01", ["2025-12-25"]),
    ],
)
def test_what_an_announced_gathering_keeps(tmp_path: Path, sentence: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, published) == dates
