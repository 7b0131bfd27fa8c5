"""Round 24 (issue 16): the page's frame (extract/frame.py). A date in a field of a record line (« Parution :
04/03/2026 », « … — Mis à jour le 30 novembre 2026 — 1 204 téléchargements », « MAR 18 MARS 2025 · 14:00 »), in a
stamp alone with its clock, or in a dateline (« Tahiti, le 20 décembre 2025 - ») dates the page, no fact. Made-up
pages, never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's helper). The near
misses are the story's dates on lines shaped like a frame: they stay events."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract, read_date

_STORY = "Le renseignement sud-coréen a affirmé le 12 mai que 3 000 soldats nord-coréens avaient été déployés.\n"


def _dates(tmp_path: Path, text: str, published: str) -> list[str]:
    _, events, _ = extract(tmp_path, text, published)
    return [read_date(e) for e in events]


@pytest.mark.parametrize(
    ("frame", "published", "stamp"),
    [
        # a record's metadata, its fields cut by middle dots, dashes or pipes (a bookshop's, a dataset's, an agenda's)
        ("Éditions de l'Aube · Parution : 12/02/2026", "2026-03-01", "2026-02-12"),
        (
            "rapport_koursk.pdf — PDF — 1,2 Mo — Mis à jour le 3 octobre 2025 — 88 téléchargements",
            "2025-11-02",
            "2025-10-03",
        ),
        ("Note d'analyse « Koursk, un an après » — publié le 4 juin 2025", "2025-07-01", "2025-06-04"),
        ("LUN 9 JUIN 2025 · 10:00 – 12:00", "2025-06-01", "2025-06-09"),
        ("Europe | Mardi 3 juin 2025, 07h40 (heure de Paris)", "2025-06-03", "2025-06-03"),
        ("Colloque (14.05.2025) · Table ronde (02.04.2025)", "2025-06-01", "2025-04-02"),
        ("Bibliothèque numérique · Archives depuis 1998", "2025-06-01", "1998"),
        # a field after its label, the date and nothing else
        ("Date de convocation : 14 novembre 2024", "2025-06-01", "2024-11-14"),
        ("Couverture temporelle : 01/01/2024 – 30/06/2025", "2025-09-01", "2024-01-01"),
        # a stamp alone on its line: its day and its clock time
        ("12/06/2025 14:22:05", "2025-06-12", "2025-06-12"),
    ],
)
def test_a_field_of_the_page_dates_no_fact(tmp_path: Path, frame: str, published: str, stamp: str) -> None:
    """The page describing itself: each stamp was proposed as an event (sealed21 and sealed22: a dataset's, a
    council's, an agenda's own dates); the story's date beside it stays."""
    dates = _dates(tmp_path, f"{frame}\n\n{_STORY}", published)
    assert not [d for d in dates if d.startswith(stamp)]
    assert any(d.endswith("-05-12") for d in dates)


@pytest.mark.parametrize(
    ("dateline", "published", "stamp"),
    [
        ("Dakar, le 4 juin 2025 (APS) – ", "2025-06-04", "2025-06-04"),
        ("Port-Louis, 2 juin 2025 - ", "2025-06-02", "2025-06-02"),
        ("Pyongyang, 22 août Juche 114 (2025) (KCNA) -- ", "2025-08-22", "2025-08-22"),
    ],
)
def test_a_dateline_in_any_case_dates_no_fact(tmp_path: Path, dateline: str, published: str, stamp: str) -> None:
    """« Tahiti, le 20 décembre 2025 - Il y a un an … »: the place and the day before a dash date the dispatch, as
    « MOSCOU, 14 mars 2025 (AFP) - » does (only a city in capitals was read so)."""
    text = f"{dateline}Les autorités ont annoncé lundi 12 mai l'envoi de 3 000 soldats supplémentaires.\n"
    dates = _dates(tmp_path, text, published)
    assert stamp not in dates
    assert f"{published[:4]}-05-12" in dates


# --- near misses: the story's dates on lines shaped like the frame -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "date"),
    [
        # a part of a line that tells what happened (not a field: more than a few words besides its date)
        (
            "Kiev · Les premiers soldats nord-coréens ont été repérés le 23 octobre dans la région de Koursk",
            "2024-11-02",
            "2024-10-23",
        ),
        # a label whose value tells more than its date
        ("Bilan : 300 soldats tués le 12 janvier selon Kiev", "2025-01-20", "2025-01-12"),
        ("Séance 5 — jeudi 8 octobre : Koursk, octobre 2024 – avril 2025", "2026-09-01", "2024-10/2025-04"),
        # a chronology's entry: a day opening its line before one part that tells more
        ("2025 - Un an jour pour jour après la signature du traité, Séoul annonce des sanctions", "2026-06-19", "2025"),
        ("• Décembre : engagement au combat (secteurs de Plekhovo et Kourakhovo)", "2025-01-20", "2024-12"),
        # a day alone on its line heads a chronology's entry: no clock, no frame
        ("18 octobre 2024", "2025-01-20", "2024-10-18"),
    ],
)
def test_the_story_on_a_line_shaped_like_a_frame_stays(tmp_path: Path, line: str, published: str, date: str) -> None:
    """The frame is a field that holds its date and hardly anything else: a part that tells the story is prose."""
    assert date in _dates(tmp_path, f"{_STORY}\n{line}\n", published)


def test_a_dateline_leaves_the_story_s_own_day(tmp_path: Path) -> None:
    """The dateline's day is no fact, but a sentence that names the day itself (« aujourd'hui ») dates its fact to it."""
    text = (
        "Séoul, le 13 novembre 2024 (Yonhap) – Le renseignement sud-coréen a annoncé aujourd'hui l'envoi de renforts.\n"
    )
    assert _dates(tmp_path, text, "2024-11-13") == ["2024-11-13"]


def test_a_table_s_date_column_dates_its_figures(tmp_path: Path) -> None:
    """A table is data, not the frame: « NIS | 19/12/2024 | 100 » dates its row (a pipe parts it as it parts a
    record line)."""
    text = "Source | Date | Tués | Blessés\nNIS | 19/12/2024 | 100 | 1 000\nKiev | 23/12/2024 | 3 000 | 2 000\n"
    _, events, claims = extract(tmp_path, text, "2025-01-10")
    dates = {read_date(r) for r in (*events, *claims)}
    assert {"2024-12-19", "2024-12-23"} <= dates


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # (round 29 moved « Pratique. Conférence …, jeudi 26 juin à 18 h 30, à la médiathèque » to the local events'
        # times, no event: tests/test_extract_round29.py; sealed7's truth, alone of the sets, holds such a day a fact)
        # an agency's diary of the coming days: the conference is the story's (sealed15)
        (
            "Agenda de la semaine\n\n• Vendredi 19 décembre : conférence de presse annuelle de Vladimir Poutine, à "
            "partir de 09:00 GMT\n",
            "2025-12-15",
            "2025-12-19",
        ),
    ],
)
def test_an_announced_conference_stays_an_event(tmp_path: Path, text: str, published: str, date: str) -> None:
    """A conference the page announces in a sentence, or an agenda's entry that tells what is to come, is no field of
    the frame: the frame leaves such days as they were."""
    assert date in _dates(tmp_path, text, published)
