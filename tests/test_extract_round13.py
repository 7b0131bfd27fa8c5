"""Round 13 (issue 16): classes of error sealed11 showed — a chronology's day entries under its year headings, and
more. Made-up sentences and pages, never the held-out articles'; each test drives `koursk extract`
(tests/test_extract.py's helper) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.captions import unrelated_captions
from koursk_cli.extract.linkedtitles import linked_titles
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
    # the heading itself is furniture too (round 138)
    titles = ["À lire aussi sur Le Devoir", "« Koursk, la guerre oubliée » (17.12.2025)"]
    assert [text[a:b] for a, b in linked_titles(text)] == titles
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


# --- the story's time -------------------------------------------------------------------------------------------------


def test_months_after_a_thing_in_the_present_are_the_pages_present_after_a_day_told(tmp_path: Path) -> None:
    """« Six mois après l'arrivée des renforts, Moscou reste muet »: told in the present, the page's present, even
    when a day was told before; « trois jours après » a thing still counts back from that day."""
    text = (
        "Les premiers renforts sont arrivés le 3 octobre.\n\n"
        "Six mois après l'arrivée des premiers renforts, Moscou reste donc muet sur leur sort.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-04-20")
    assert [e["date"] for e in events] == ["2024-10-03", "2025-04-20"]
    assert "the page's present" in events[1]["date_basis"]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a fear or a preparation speaks of what is to come
        ("Kiev redoute l'arrivée de renforts dès janvier.", "2024-12-20", {"dès janvier": "2025-01"}),
        ("Séoul craint un nouvel envoi en mars.", "2024-12-20", {"en mars": "2025-03"}),
        # « avant le » a day ahead: from the publication up to it; « une semaine avant le » counts from it
        (
            "Pyongyang prépare des renforts avant le Nouvel An lunaire.",
            "2025-01-16",
            {"Nouvel An lunaire": "2025-01-16/2025-01-29"},
        ),
        # a time counted back, then the date it names beside it: that date
        (
            "Il y a un peu plus d'un an, en septembre 2023, Kim rencontrait Poutine.",
            "2024-11-01",
            {"Il y a un peu plus d'un an": "2023-09", "en septembre 2023": "2023-09"},
        ),
        (
            "Le traité a été signé il y a un an presque jour pour jour, le 19 juin 2024, à Pyongyang.",
            "2025-06-18",
            # the month held the day beside it: the day (round 21; both stood before, the month a second date)
            {"il y a un an": "2024-06-19", "le 19 juin 2024": "2024-06-19"},
        ),
        ("Il y a un an, les troupes sont arrivées.", "2025-06-18", {"Il y a un an": "2024-06"}),
    ],
)
def test_what_is_feared_or_prepared_is_ahead_and_a_count_back_takes_the_date_beside_it(
    sentence: str, published: str, expected: dict[str, str]
) -> None:
    assert _dates(sentence, published) == expected


# --- what counts nothing ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Les pertes russes seraient au moins trois fois plus élevées.",  # a manner, its noun not left out
        "Chaque famille recevrait l'équivalent de 3 000 dollars.",  # what one thing is paid
        "Chaque soldat toucherait 2 000 dollars par mois.",
        "Des drones qui coûtent quelques centaines d'euros l'unité.",  # a price, in a quantity word
        "Ils devront déminer une bande de 20 kilomètres le long de la frontière.",  # the size of a strip
    ],
)
def test_a_manner_a_price_of_one_or_a_size_counts_nothing(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chaque mois, Pyongyang recevrait 300 millions de dollars.", [(300000000, "exact", "dollars")]),
        ("Des centaines de millions de dollars ont été versés.", [(200000000, "at_least", "dollars")]),
        ("Les troupes ont avancé de 5 km.", [(5, "exact", "km")]),
    ],
)
def test_a_sum_by_the_month_or_an_advance_stays_a_figure(sentence: str, expected: list[object]) -> None:
    assert _figures(sentence) == expected
