"""Round 13 (issue 16): classes of error sealed11 showed — a chronology's day entries under its year headings, and
more. Made-up sentences and pages, never the held-out articles'; each test drives `koursk extract`
(tests/test_extract.py's helper) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.byline import linked_titles, unrelated_captions
from tests.test_extract import extract
from tests.test_extract_rules import _dates, _figures

# --- a chronology under its years -------------------------------------------------------------------------------------


def test_a_chronologys_entries_are_of_the_year_heading_them(tmp_path: Path) -> None:
    """« 2023 » alone on its line over « 3 octobre : … »: the entries are of 2023, not of the latest October before
    a publication years later; « 2024 » then heads its own entries, over a blank line."""
    text = (
        "Chronologie\n"
        "2023\n"
        "3 octobre : les premiers navires quittent le port de Rajin.\n"
        "Mi-novembre : un second convoi est signalé.\n"
        "\n"
        "2024\n"
        "5 et 7 février : deux réunions à Moscou.\n"
        "Début mars : le retrait est annoncé.\n"
        "\n"
        "Contexte\n"
        "Le 3 octobre, une autre page a été publiée.\n"
    )
    _, events, _ = extract(tmp_path, text, "2026-03-02")
    dates = [e["date"] for e in events]
    assert dates == [
        "2023-10-03",
        "2023-11-11~/2023-11-20~",
        "2024-02-05/2024-02-07",
        "2024-03-01/2024-03-10~",
        "2025-10-03",  # past the section: the latest one before the publication, as anywhere
    ]
    assert "the year of the chronology's heading above it, « 2023 »" in events[0]["date_basis"]


def test_a_year_alone_over_prose_heads_nothing(tmp_path: Path) -> None:
    """A year alone on its line over a paragraph that opens with no date (a title, a figure) gives it no year."""
    text = "2023\nLes navires ont quitté le port le 3 octobre.\n"
    _, events, _ = extract(tmp_path, text, "2026-03-02")
    assert [e["date"] for e in events] == ["2025-10-03"]


def test_two_days_open_an_entry_without_an_article() -> None:
    assert _dates("9 et 11 janvier : capture de deux soldats.", "2025-03-01") == {
        "9 et 11 janvier": "2025-01-09/2025-01-11"
    }
    # inside a sentence, the article is still needed (« en 9 et 11 janvier » is no French)
    assert _dates("Ils étaient 9 et 11 janvier arriva.", "2025-03-01") == {"11 janvier": "2025-01-11"}


# --- the page's pictures and links ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "picture"),
    [
        # a credit of agencies in capitals, and a place after the day
        ("Des chars lors d'un défilé à Moscou, le 9 mai 2023. TASS VIA REUTERS", True),
        ("Le ministre, le 3 mars 2024 à Berlin. JOHN MILLER / AP", True),
        ("Le ministre, le 3 mars 2024 à Berlin. AFP", True),
        # a sentence of the story that ends on a day and a place names no credit
        ("Le traité a été signé, le 19 juin 2024 à Pyongyang.", False),
        ("Le traité a été signé, le 19 juin 2024 à Pyongyang. Il entre en vigueur.", False),
    ],
)
def test_a_caption_with_its_credit_in_capitals_or_its_place(line: str, picture: bool) -> None:
    assert bool(unrelated_captions(f"{line}\n")) is picture


def test_a_link_heading_may_name_its_site(tmp_path: Path) -> None:
    """« À lire aussi sur Slate » heads other articles' titles, as « À lire aussi » does."""
    text = (
        "Les premiers soldats sont arrivés le 8 octobre.\n\n"
        "À lire aussi sur Le Devoir\n"
        "« Koursk, la guerre oubliée » (17.12.2025)\n"
    )
    assert [text[a:b] for a, b in linked_titles(text)] == ["« Koursk, la guerre oubliée » (17.12.2025)"]
    _, events, _ = extract(tmp_path, text, "2026-04-26")
    assert [e["date"] for e in events] == ["2025-10-08"]


# --- a feed's days --------------------------------------------------------------------------------------------------


def test_a_feeds_posts_are_of_the_day_their_separator_names(tmp_path: Path) -> None:
    """« 4 juin » alone on its line between a channel's posts dates no fact; its posts were written that day, so
    their « ce soir » and « aujourd'hui » are the 4th, not the publication's 5th; the channel's audience is no count."""
    text = (
        "Canal du front\n"
        "48 210 abonnés\n\n"
        "4 juin\n\n"
        "Des sources locales affirment que le pont serait tombé ce soir.\n"
        "Le ministre s'est rendu aujourd'hui dans la région.\n\n"
        "5 juin\n\n"
        "Le ministère annonce ce matin la reprise du pont.\n"
    )
    _, events, claims = extract(tmp_path, text, "2025-06-05")
    assert [e["date"] for e in events] == ["2025-06-04", "2025-06-04", "2025-06-05"]
    assert claims == []


def test_a_day_alone_long_before_the_publication_is_no_separator(tmp_path: Path) -> None:
    """A day alone on its line months before the publication heads no post: it stays a date, and « ce soir » under it
    is the publication's."""
    text = "4 février\n\nLe ministre parlera ce soir à la télévision.\n"
    _, events, _ = extract(tmp_path, text, "2025-06-05")
    assert [e["date"] for e in events] == ["2025-02-04", "2025-06-05"]


# --- « plusieurs » ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Plusieurs Nord-Coréens se seraient rendus.", [(2, "at_least", "Nord-Coréens")]),
        ("Plusieurs ont été tués lors de l'assaut.", [(2, "at_least", "tués")]),
        ("Plusieurs auraient été faits prisonniers.", [(2, "at_least", "prisonniers")]),
        # no verb of loss: « plusieurs » names nothing counted
        ("Plusieurs ont parlé de retrait.", []),
        ("Plusieurs porte-parole ont parlé de retrait.", []),
    ],
)
def test_plusieurs_counts_a_compound_noun_or_the_noun_its_verb_of_loss_names(
    sentence: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _figures(sentence) == expected
