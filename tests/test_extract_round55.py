"""Round 55 (issue 16, date precision; helper round55): two classes of false dates over all 38 sets. The state a
« depuis X » starts ran only to the day a statement was made (« … depuis septembre, a indiqué mardi » on a Wednesday
page: September to Tuesday), where a reader, and the truths of every set, read it to the page's present; and a bare
« Depuis, » (« depuis lors », « a depuis envoyé ») proposed, besides the state since the date named before, that date
again, which its own sentence already dates. Made-up sentences, never the held-out ones; each positive case fails
before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the state runs on to the page's present, not to the statement's day
        (
            "Quelque 5 000 ouvriers sont acheminés vers la Russie depuis septembre, a indiqué mardi le NIS.",
            "2025-11-05",
            ["2025-09", "2025-09/2025-11-05", "2025-11-04"],
        ),
        (
            "Kiev, qui les détient depuis janvier 2025, a assuré vendredi dernier que leur transfert était à l'étude.",
            "2026-01-21",
            ["2025-01", "2025-01/2026-01-21", "2026-01-16"],
        ),
        # near miss: an end the sentence names is where the period ends (round 77: the time up to it runs from the
        # main clause's Monday, as the day told in the week before); the numbered day after « jusqu'au » is that day
        # (round 85, as sealed22 c04's truth also reads it)
        (
            "Depuis lundi, les deux sociétés ont jusqu'au 10 février pour contester le gel.",
            "2025-01-23",
            ["2025-01-20", "2025-01-20/2025-02-10", "2025-02-10"],
        ),
        # near miss: no statement's day, the publication both times
        ("L'armée ukrainienne tient Soudja depuis août 2024.", "2025-03-10", ["2024-08", "2024-08/2025-03-10"]),
    ],
)
def test_a_period_since_runs_to_the_page(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the date named before is its own sentence's: « Depuis, » proposes the state since it, once
        (
            "Le NIS a fait ses premières estimations le 18 octobre. Depuis, les estimations n'ont cessé de grimper.",
            "2024-11-14",
            ["2024-10-18", "2024-10-18/2024-11-14"],
        ),
        (
            "Kiev a capturé deux soldats en décembre. Aucune autre capture n'a été annoncée depuis.",
            "2026-01-21",
            ["2025-12", "2025-12/2026-01-21"],
        ),
        # a date the same sentence names before the adverb still dates its own fact
        (
            "Pyongyang, qui a reconnu fin avril sa participation, a depuis dépêché 1 000 démineurs.",
            "2025-09-04",
            ["2025-04-21~/2025-04-30", "2025-04-21~/2025-09-04"],
        ),
        # near miss: « depuis » and its own date keeps both readings
        ("Les échanges s'intensifient depuis octobre.", "2024-11-14", ["2024-10", "2024-10/2024-11-14"]),
    ],
)
def test_since_then_is_the_state_not_the_date_again(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates
