"""Round 29 (issue 16): date classes the misses and false proposals of every committed set and of heldout25 (tuning
data) showed — a range whose two ends are other rules (« de mi-mars à début avril 2025 », « entre l'automne 2024 et le
printemps 2025 », « automne 2024 – printemps 2025 »: proposed as its two ends), two years joined by a dash (« (1950-
1953) », « 1991 – 2024 » under a name: no date), a decade (« dans les années 1960 »: no date) and an ISO timestamp
(« 2024-12-15T19:14Z »: no date). Made-up sentences, never the held-out articles'; each test drives `koursk
extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # the first end gives no year: it is in the second end's (the latest January before the page was 2026's)
        ("De la mi-janvier à début mars 2025, les bataillons ont reculé.", ["2025-01-11~/2025-03-10~"]),
        ("Les navires ont cessé leurs rotations de fin octobre à mi-décembre 2024.", ["2024-10-21~/2024-12-20~"]),
        ("D'octobre 2024 au printemps 2025, les bataillons ont tenu la ligne.", ["2024-10/2025-05"]),
        ("Les pertes ont été les plus lourdes entre l'automne 2024 et le printemps 2025.", ["2024-09/2025-05"]),
        ("Les unités sont restées au front entre décembre 2024 et le printemps 2025.", ["2024-12/2025-05"]),
        ("Les brigades engagées (automne 2024 – printemps 2025) ont été relevées.", ["2024-09/2025-05"]),
        # near misses: two dates a verb apart, and « à » with no « de » before the first, stay two
        ("Le bataillon est arrivé en octobre 2024 et a été relevé au printemps 2025.", ["2024-10", "2025-03/2025-05"]),
        (
            "Les bataillons ont reculé mi-janvier, puis à début mars 2025.",
            ["2025-03-01/2025-03-10~", "2026-01-11~/2026-01-20~"],
        ),
    ],
)
def test_a_range_whose_ends_are_other_rules_is_one_period(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-02-17") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Les vétérans de la guerre de Corée (1950-1953) ont défilé à Pyongyang.", ["1950/1953"]),
        (
            "Hommage à Pierre Durand\n1990 – 2024\nTombé le 19 décembre 2024 près de Koursk.",
            ["1990/2024", "2024-12-19"],
        ),
        ("L'alliance de Moscou et de Pyongyang (1945-1991) a armé l'Armée populaire.", ["1945/1991"]),
        # near miss: a range of counts is no range of years
        ("Entre 1900-2000 soldats auraient été engagés en mars 2025.", ["2025-03"]),
    ],
)
def test_two_years_joined_by_a_dash_are_a_period(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-02-17") == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Des instructeurs nord-coréens ont combattu en Angola dans les années 1980.", ["1980/1989"]),
        ("Pyongyang n'avait plus envoyé de troupes à l'étranger depuis les années 1970.", ["1970/1979"]),
        ("Dans les années 1960 et 1970, des pilotes nord-coréens ont volé au Vietnam.", ["1960/1979"]),
    ],
)
def test_a_decade_is_its_ten_years(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-02-17") == dates


def test_an_iso_timestamp_dates_its_day(tmp_path: Path) -> None:
    text = "La première vidéo des soldats à Koursk a été mise en ligne le 2024-11-05T06:40Z, selon les analystes."
    assert drafted_dates(tmp_path, text, "2026-02-17") == ["2024-11-05"]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a local event's day to come with its hour is a fact the page tells (the lead's session-68 call; round 29 to
        # round 120 read it as the page's service, no fact)
        (
            "À Dijon, l'amicale ukrainienne proposera un repas solidaire samedi 14 mars, à 19 h, salle des fêtes.",
            ["2026-03-14"],
        ),
        ("Le chercheur présentera son livre jeudi 12 mars à 18 h 30 à la librairie du Centre.", ["2026-03-12"]),
        (
            "Pratique. Conférence « Corée du Nord, l'alliée de Poutine », jeudi 12 mars à 18 h 30, à la médiathèque.",
            ["2026-03-12"],
        ),
        # … as are a past day with its hour, a day to come with no weekday or no hour
        ("Le 6 août 2024 à 5 h, les blindés ukrainiens ont franchi la frontière près de Soudja.", ["2024-08-06"]),
        ("Les sanctions contre Pyongyang entreront en vigueur le 12 mars à 18 heures.", ["2026-03-12"]),
        ("Le Conseil de sécurité se réunira jeudi 12 mars pour examiner le rapport sur les troupes.", ["2026-03-12"]),
    ],
)
def test_a_day_with_its_hour_is_a_fact(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-03-02") == dates


def test_years_after_a_copyright_mark_are_no_period(tmp_path: Path) -> None:
    text = (
        "Les soldats nord-coréens ont quitté Koursk en avril 2025.\n\n© 2019-2026 Agence Exemple. Tous droits réservés."
    )
    assert drafted_dates(tmp_path, text, "2026-02-17") == ["2025-04"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Vendredi soir, les unités revenues de Koursk ont ouvert le défilé des 80 ans du Parti, fondé le 10 octobre "
            "1945. Les invités russes étaient arrivés la veille.",
            ["1945-10-10", "2025-10-09", "2025-10-10"],
        ),
        # near miss: a sentence that names only a day of history still anchors « la veille »
        (
            "L'armée du Nord a franchi le 38e parallèle le 25 juin 1950. La veille, les troupes étaient massées.",
            ["1950-06-24", "1950-06-25"],
        ),
    ],
)
def test_the_eve_counts_from_the_storys_day_not_a_day_of_history(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-10-11") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Leçon 4 · Lire une dépêche\n\nDocument 2 — Dépêche (extrait), publiée le 14 mars 2025\n\n"
            "Les soldats nord-coréens ont quitté hier la ligne de front, annoncée samedi par Kiev.\n",
            ["2025-03-08", "2025-03-13"],
        ),
        # near miss: a heading with no day dates nothing under it; « hier » counts from the page
        (
            "Leçon 4 · Lire une dépêche\n\nDocument 2 — Dépêche (extrait)\n\n"
            "Les soldats nord-coréens ont quitté hier la ligne de front.\n",
            ["2026-02-16"],
        ),
    ],
)
def test_a_documents_heading_dates_what_is_under_it(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-02-17") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Des familles sans nouvelles de leurs fils\n\n12 mars 2026 à 7 h 30 HNE\n\n"
            "Les soldats nord-coréens ont été aperçus près de Soudja en janvier 2026.",
            ["2026-01"],
        ),
        (
            "Les soldats nord-coréens ont été aperçus près de Soudja en janvier 2026.\n\n"
            "Le Courrier de Lomé n° 812 du 12 mars 2026 - 16 pages - 300 FCFA",
            ["2026-01"],
        ),
        # near miss: a hyphen before words after the day goes on with the sentence, a fact's day
        ("Les familles ont manifesté à Séoul le 11 mars 2026 - une première.", ["2026-03-11"]),
    ],
)
def test_a_stamp_with_its_zone_and_an_issue_line_are_the_pages_day(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-03-12") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Pyongyang a reconnu lundi 28 avril l'envoi de ses troupes. Moscou l'a remercié le jour même.",
            ["2025-04-28", "2025-04-28"],
        ),
        # near miss: « le jour même de » a thing counts from that thing, which names no day here
        (
            "Pyongyang a reconnu lundi 28 avril l'envoi de ses troupes. Le jour même de leur retour, ils ont défilé.",
            ["2025-04-28"],
        ),
    ],
)
def test_the_very_day_is_the_day_told_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-04-30") == dates
