"""Round 111 (issue 16, the year of a day given without one; helper round111): a day in the clause of a past
participle used as an adjective names a thing done by the time the story is at, so it is the latest such day up to
that time, not the first after it (yearless.py `_done_before_the_story`). Made-up sentences, none copied from a
benchmark page; each positive case fails before the round, its near misses pass both times and name the guard that
keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- a participle's day, the story's time told with its year before it ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # « depuis » in the participle's clause: a state that held at the story's time began by then (read 2024)
        (
            "À l'été 2023, Moscou renforce ses troupes dans la vallée, occupée par les rebelles depuis le 12 mai.",
            "2025-03-10",
            "2023-05-12",
        ),
        # a participle right after its noun, its day two months behind the story's time (read 2024)
        (
            "En novembre 2023, l'armée lançait une contre-offensive pour repousser les rebelles installés dans la"
            " vallée le 14 septembre.",
            "2025-06-01",
            "2023-09-14",
        ),
        # the story's time the date the sentence before told (« le 2 octobre 2023 »; read 2024)
        (
            "Le 2 octobre 2023, les deux pays signent un accord. Les soldats sont ensuite déployés face à une"
            " rébellion déclenchée le 20 août.",
            "2025-01-15",
            "2023-08-20",
        ),
    ],
)
def test_a_participle_s_day_is_the_latest_up_to_the_story_s_time(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # an apposition goes on with the story (`_GOES_ON_BEFORE`: the comma): the first after, as before the round
        (
            "En octobre 2023, Pyongyang a envoyé des soldats, engagés le 4 novembre dans les combats.",
            "2025-03-10",
            "2023-11-04",
        ),
        # « puis » before the participle carries the story on (`_GOES_ON_BEFORE`)
        (
            "Le projet avait été décidé en juin 2023, il y a moins d'un an, puis confirmé le 9 février à Moscou.",
            "2024-05-02",
            "2024-02-09",
        ),
        # a day more than five months behind the story's time may come after it (`_PARTICIPLE_BACK_MONTHS`)
        ("En mars 2023, l'armée a remis des médailles aux soldats blessés le 20 juin.", "2025-03-10", "2023-06-20"),
        # a sentence on the page's clock does not go on with the old story (`_ON_THE_PAGE_S_CLOCK`)
        (
            "Le 3 octobre 2023, la guerre reprend. Le mois dernier, le président avait proposé d'échanger les soldats"
            " capturés le 11 janvier.",
            "2024-02-07",
            "2024-01-11",
        ),
    ],
)
def test_a_participle_that_goes_on_with_the_story_keeps_its_reading(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


def test_depuis_in_the_main_clause_is_no_participle_s(tmp_path: Path) -> None:
    # near miss: « ont été envoyés depuis juin » is the sentence's own verb (no adjectival participle): as before
    text = "En janvier 2024, 11 000 soldats ont été engagés, et 3 000 ouvriers ont été envoyés depuis le 3 juin."
    assert "2024-06-03" in drafted_dates(tmp_path, text, "2025-03-10")
