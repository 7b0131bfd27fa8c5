"""Round 109 (issue 16, anchored dates; helper round109): a count of decades « plus tard » (« après ») in a clause told
in the present is its writer's present, the page's year (relativedates.py `_decades_now`): never the page's day, nor a
year long after the page counted from a later day the text told; told in the past, such a year dates nothing.
Made-up sentences, none copied from a benchmark page; each positive case fails before the round, its near misses pass
both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- decades later, in a clause told in the present: the page's year ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # no date of its own: the page's present, to the year (it was the page's day)
        (
            "La Norvège garde toujours des observateurs à la frontière, « soixante-dix ans après la trêve ».",
            "2025-06-10",
        ),
        # counted from a day told before, it landed decades after the page (2075)
        ("Le livre a paru samedi. Cinquante ans plus tard, la question reste entière.", "2025-06-10"),
    ],
)
def test_decades_later_in_the_present_is_the_page_s_year(tmp_path: Path, text: str, published: str) -> None:
    dates = drafted_dates(tmp_path, text, published)
    assert "2025" in dates
    assert not [d for d in dates if d.startswith("207")]
    assert dates.count("2025-06-10") <= 1


def test_decades_after_a_day_told_in_the_past_date_nothing(tmp_path: Path) -> None:
    # « Soixante ans après, aucun accord n'a été conclu » counted from a listing's « samedi »: 2085, no date now
    text = "Le documentaire a été diffusé samedi. Soixante ans après, aucun accord n'a été conclu."
    assert not [d for d in drafted_dates(tmp_path, text, "2025-06-10") if d.startswith("208")]


# --- near misses ------------------------------------------------------------------------------------------------------


def test_decades_counted_from_a_year_before_the_page_keep_it(tmp_path: Path) -> None:
    # near miss (guard: a year no later than the page's stands): counted from « l'été 1949 », 2024, as before
    text = "Il a débarqué en Corée à l'été 1949. Soixante-quinze ans plus tard, il lit encore le journal chaque matin."
    assert "2024" in drafted_dates(tmp_path, text, "2025-06-10")


def test_decades_inside_a_title_are_left_alone(tmp_path: Path) -> None:
    # near miss (guard: a count inside a quote after its first words): a talk's title, no year of the page
    text = "Le livre a paru samedi. La mairie accueille une conférence sur « La Corée, soixante ans après la guerre »."
    assert "2025" not in drafted_dates(tmp_path, text, "2025-06-10")


def test_decades_told_as_the_future_keep_their_year(tmp_path: Path) -> None:
    # near miss (guard: a clause told as the future stands): a term fifty years on, 2075, as before
    text = "Le bail a été signé samedi. Il expirera cinquante ans plus tard."
    assert "2075" in drafted_dates(tmp_path, text, "2025-06-10")
