"""Round 128 (issue 16): a day to come named by its weekday and given with its hour is a public event's day, a fact the
page tells (the lead's session-68 call), unless its sentence puts a programme on the air (« Diffusion mardi 10 juin à
22 h 35 sur Arte »), which keeps it the page's schedule; « à la fin de l'hiver 2025 » is the winter that ends in 2025.
Each with its near misses. Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND128.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import readerservice
from tests.test_extract import drafted_dates

PAGE = "2025-06-02"  # a Monday


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # an event's day with its hour, in words no list of gatherings or announcing verbs holds
        ("Le film « Koursk, l'hiver » sera projeté le samedi 14 juin à 18 h 30, en présence de la réalisatrice.",
         ["2025-06-14"]),
        ("La paroisse célébrera le dimanche 15 juin, à 10 h, une messe pour les victimes de la guerre.", ["2025-06-15"]),
        ("Le chercheur racontera son parcours le jeudi 12 juin à 20 h, à l'invitation des étudiants.", ["2025-06-12"]),
        # near misses: a programme put on the air stays the page's schedule, whatever its words
        ("Diffusion mardi 10 juin à 22 h 35 sur Arte.", []),
        ("L'émission « Le Monde chez nous » revient mercredi 11 juin à 18 h.", []),
        ("Rediffusion jeudi 12 juin à 1 h 10.", []),
        ("Le documentaire sera diffusé le mardi 17 juin à 22 h 40.", []),
        ("Rendez-vous mercredi 11 juin à 19 h pour un nouveau numéro de « Défense hebdo ».", []),
        # … and a service's notice, the weather's, a cancelled, postponed or denied gathering, a form's line (review79)
        ("Une coupure d'eau aura lieu mardi 10 juin de 8 h à 12 h.", []),
        ("L'alerte orange est prévue à partir du mardi 10 juin à 19 h.", []),
        ("La réunion prévue mardi 10 juin à 15 h est annulée, selon Moscou.", []),
        ("Le vote, initialement prévu mardi 10 juin à 15 h, a été repoussé.", []),
        ("La conférence ne se tiendra pas le jeudi 12 juin à 18 h.", []),
        ("Merci de vous présenter jeudi 12 juin à 9 h au secrétariat.", []),
        # … and a day told in the past, which the weekday would put in the coming week
        ("Le suspect devait être présenté à un juge vendredi à 14 h.", []),
        ("Les deux délégations devaient se retrouver, selon Ankara, jeudi à 10 h à Istanbul.", []),  # review80
        # … but a postponed gathering keeps its new day, and a future reported in the past is ahead (review80)
        ("Le verdict, reporté à deux reprises, sera rendu jeudi 12 juin à 14 h.", ["2025-06-12"]),
        ("Le Kremlin a confirmé que les deux présidents se parleront mardi 10 juin à 16 h.", ["2025-06-10"]),
    ],
)  # fmt: skip
def test_a_weekday_to_come_with_its_hour_is_an_event_s_day_unless_on_the_air(
    tmp_path: Path, sentence: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, sentence, PAGE) == dates


def test_a_day_to_come_with_its_hour_is_no_day_the_next_sentence_counts_from(tmp_path: Path) -> None:
    """« Le lendemain » told in the past counts from the day told before, never from a session to come (review79)."""
    text = (
        "Les négociations ont repris samedi à Riyad, et une nouvelle session est attendue jeudi à 10 h. "
        "Le lendemain, Moscou a bombardé Kharkiv, faisant neuf morts."
    )
    dates = drafted_dates(tmp_path, text, PAGE)
    assert "2025-06-01" in dates  # Sunday, the day after Saturday
    assert "2025-06-06" not in dates


@pytest.mark.parametrize(
    ("sentence", "on_air"),
    [
        ("L'émission revient mercredi à 18 h.", True),  # after an elided article
        ("Le magazine « Òc e Monde » y reviendra jeudi à 12 h 15.", True),
        ("Le match sera à suivre en direct samedi à 15 h 30.", True),
        ("La vente aura lieu samedi de 11 h à 19 h, rue Gouraud.", False),
        ("Le comité organise un souper-bénéfice samedi à 18 h.", False),
    ],
)
def test_what_puts_a_programme_on_the_air(sentence: str, on_air: bool) -> None:
    assert readerservice.puts_on_the_air(sentence) is on_air


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Le soldat a été capturé à la fin de l'hiver 2025 près de Soudja.", "2025-02"),
        # near misses: the start of a winter named by its year begins in that year's December; other seasons lie
        # within their year
        ("Le soldat a été capturé au début de l'hiver 2025 près de Soudja.", "2025-12"),
        ("Le soldat a été capturé à la fin de l'été 2025 près de Soudja.", "2025-08"),
        # … nor a winter named by its two years, nor a bound ahead that February would put behind the page
        ("Les soldats ont été tués à la fin de l'hiver 2024-2025.", "2025-02"),
        ("Les soldats ont été tués à la fin de l'hiver 2024/25.", "2025-02"),
    ],
)
def test_the_end_of_a_winter_named_by_its_year_is_that_year_s_february(
    tmp_path: Path, sentence: str, part: str
) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-03-10") == [part]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le pont devrait être rouvert d'ici la fin de l'hiver 2025.",
        "La trêve s'appliquera jusqu'à la fin de l'hiver 2025.",
        "La trêve hivernale des expulsions court jusqu'à la fin de l'hiver 2025.",  # review80
        "Selon les experts, à la fin de l'hiver 2025, le réseau pourrait céder.",
    ],
)
def test_the_end_of_a_winter_ahead_is_the_coming_one(tmp_path: Path, sentence: str) -> None:
    dates = drafted_dates(tmp_path, sentence, "2025-11-20")
    assert dates
    assert all(date.endswith("2026-02") for date in dates)
