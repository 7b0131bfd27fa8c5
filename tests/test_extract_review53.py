"""The lead's review of rounds 63-66 (session 53, helper review53): where a rule as merged misfired on ordinary
French or on a page's ordinary layout.

- Round 63's bound ahead read a date in the coming year in any clause without a past tense (a narrative in the
  historical present, the passé simple, a line without a verb) and after any verb that asks or announces followed by
  « dès » (which dates when a thing began: « Kiev a annoncé la mort de 200 soldats dès le 23 décembre »); its days
  under way at the page overrode the year of the story told before; its « après » opening what came before ran on
  into the main clause taken up again.
- Round 64 took a box of the story's own points at its foot (« Ce qu'il faut retenir ») for the site's other news, a
  capitalised weekday after a lowercase word (« a eu lieu Samedi ») for a name, and « météo » in a sentence for a
  weather box's label.
- Round 65 took « ils étaient N » for a turnout when a day dated the reporting (« a indiqué mardi »).

Each case fails on the merged rounds (423d6f07) and passes now; the rounds' own cases (their test files) still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import linkedtitles
from tests.test_extract import drafted_dates, extract
from tests.test_extract_round18 import _values

_PAGE = "2025-11-20"


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Kiev a annoncé la mort de 200 soldats nord-coréens dès le 23 décembre.", "2024-12-23"),
        ("Le Pentagone a demandé des explications à Moscou dès le 5 décembre.", "2024-12-05"),
        ("Les troupes franchirent la frontière dès le 6 décembre.", "2024-12-06"),
        ("Selon Séoul, les soldats nord-coréens participent aux combats à partir du 6 décembre.", "2024-12-06"),
        ("Premiers combats des Nord-Coréens dans la région de Koursk dès le 6 décembre.", "2024-12-06"),
        ("L'Ukraine annonce genre 3000 pertes dès le 23 décembre.", "2024-12-23"),  # sealed43 b20
    ],
)
def test_a_bound_in_a_narrative_keeps_the_past_year(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, _PAGE)


def test_a_bound_that_asks_or_wishes_still_names_the_coming_date(tmp_path: Path) -> None:  # round 63's, kept
    assert drafted_dates(tmp_path, "Le pape a réclamé une trêve avant Noël.", _PAGE) == ["2025-11-20/2025-12-25"]
    wish = "Elle demande que ses hommes puissent partir « avant Pâques »."
    assert drafted_dates(tmp_path, wish, "2026-01-11") == ["2026-01-11/2026-04-05"]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        (
            "En novembre 2024, l'armée russe a lancé une contre-offensive : du 15 au 25 novembre, elle a repris "
            "40 km² aux forces ukrainiennes.",
            "2024-11-15/2024-11-25",
        ),
        (
            "En octobre 2024, après avoir quitté Wonsan, les soldats nord-coréens ont rejoint le front le 4 novembre.",
            "2024-11-04",
        ),
    ],
)
def test_the_story_s_year_told_before_holds(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, _PAGE)


def test_days_under_way_under_a_chronology_s_year_are_that_year_s(tmp_path: Path) -> None:
    text = "2024\n\nDu 15 au 25 novembre : l'armée russe reprend 40 km² dans la région de Koursk."
    assert drafted_dates(tmp_path, text, _PAGE) == ["2024-11-15/2024-11-25"]


_STORY = (
    "SÉOUL, 20 novembre 2025 (AFP) - Le renseignement sud-coréen a affirmé jeudi que quelque 11 000 soldats "
    "nord-coréens avaient été envoyés en Russie depuis l'automne 2024, selon ses estimations les plus récentes.\n\n"
)
_POINTS = (
    "• Pyongyang a envoyé ses premiers soldats en octobre 2024\n"
    "• Les premiers combats ont eu lieu à la mi-décembre 2024\n"
    "• Environ 2 000 soldats auraient été tués selon Séoul\n"
)


def _linked(text: str) -> list[str]:
    return [text[start:end] for start, end in linkedtitles.linked_titles(text)]


@pytest.mark.parametrize("heading", ["Ce qu'il faut retenir", "L'essentiel", "Repères :", "EN RÉSUMÉ", "Chronologie"])
def test_the_story_s_own_points_at_its_foot_are_no_other_articles(heading: str) -> None:
    assert _linked(_STORY + heading + "\n" + _POINTS) == []


def test_a_site_s_list_at_the_foot_is_still_other_articles() -> None:  # round 64's case, kept
    assert len(_linked(_STORY + "Nouvelles connexes\n" + _POINTS)) == 3


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("L'attaque a eu lieu Samedi, selon l'état-major ukrainien.", "2025-11-15"),
        ("Les frappes ont repris ce Lundi, selon Kiev.", "2025-11-17"),
        ("Les conditions météo restent difficiles : le 5 janvier, il faisait -20 degrés à Koursk.", "2025-01-05"),
    ],
)
def test_a_capital_or_the_weather_in_a_sentence_dates_it(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, _PAGE)


@pytest.mark.parametrize(
    "text", ["Keystone-ATS / Le Jeudi", "Météo à Caen : 11°C, averses cet après-midi."]
)  # rounds 64 and 59's cases, kept
def test_a_name_or_a_weather_box_still_dates_nothing(tmp_path: Path, text: str) -> None:
    assert drafted_dates(tmp_path, text, _PAGE) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ils étaient plus de 11 000 sur le front de Koursk, a indiqué mardi le ministère sud-coréen.",
        "Ils étaient environ 11 000, selon le renseignement sud-coréen cité lundi par Yonhap.",
    ],
)
def test_a_day_that_dates_the_reporting_makes_no_turnout(tmp_path: Path, sentence: str) -> None:
    _, _, claims = extract(tmp_path, sentence, _PAGE)
    assert [value for value, *_ in _values(claims or [])] == [11000]


def test_a_turnout_on_a_day_is_still_no_figure(tmp_path: Path) -> None:  # round 65's case, kept
    _, _, claims = extract(tmp_path, "Ils étaient près de 200, mardi soir, dans l'amphi de la faculté.", _PAGE)
    assert not claims
