"""Round 146 (issue 16): a book's or a film's release announced in the present with a day and no year (« Son livre
paraît le 14 janvier », « qui sort en salles le 17 juin », « Sortie en salles en France le 8 avril », « …, en librairie
le 5 mars ») is the coming day within two months of the page, not the one a year back: in a sentence told in no past
tense that looks back on nothing (never « Sortie en salles le 10 avril, la comédie a réuni … », « L'an dernier, … sort
en salles le 10 avril »: review96), the release's day ending it but for its publisher or country (never « sort en
salles le 12 février, et les critiques le comparent … »: review98). « Sortie » and a bare « en librairie » count only
where a clause opens, never after a past participle (« Le film est sorti en salles le 8 avril »); a weekday is no
release's (« paraît mardi fatigué »). Made-up sentences, never the held-out articles'
(benchmarks/heldout/ROUND146.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


def _dates(tmp_path: Path, sentence: str, published: str) -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", published)


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("Son récit des combats de Koursk paraît le 14 janvier aux éditions du Quai.", "2025-12-18", "2026-01-14"),
        ("Le documentaire sur les soldats nord-coréens sort en salles le 17 juin.", "2025-05-30", "2025-06-17"),
        ("Le film tourné près de Soudja. Sortie en salles en Belgique le 8 avril.", "2026-03-12", "2026-04-08"),
        (
            "« Les Prisonniers de Kiev » (Éditions du Lotus, 288 p., 22 €), en librairie le 5 mars.",
            "2025-02-10",
            "2025-03-05",
        ),
    ],
)
def test_a_release_announced_in_the_present_is_the_coming_day(
    tmp_path: Path, sentence: str, published: str, date: str
) -> None:
    assert _dates(tmp_path, sentence, published) == [date]


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # a release told as done, a participle before « en salles »: the one before
        ("Le film sur les soldats nord-coréens est sorti en salles le 8 avril.", "2026-03-12", "2025-04-08"),
        ("La série sur Koursk est sortie en salles le 8 avril, sans succès.", "2026-03-12", "2025-04-08"),
        # a release told as done or looked back on (review96): the one before
        (
            "Sortie en salles le 10 avril, la comédie sur Koursk a réuni deux millions de spectateurs.",
            "2025-02-25",
            "2024-04-10",
        ),
        (
            "En salles le 12 janvier, le documentaire sur Koursk avait attiré 90 000 spectateurs.",
            "2025-12-20",
            "2025-01-12",
        ),
        ("L'an dernier, le film sur les soldats nord-coréens sort en salles le 10 avril.", "2025-03-20", "2024-04-10"),
        # a narrative that goes on after the release's day (review98): the one before
        (
            "Le film sur Koursk sort en salles le 12 février, et les critiques le comparent à Kubrick.",
            "2026-01-20",
            "2025-02-12",
        ),
        (
            "« Le livre sur les soldats nord-coréens paraît le 14 novembre », promettait l'éditeur.",
            "2025-11-10",
            "2024-11-14",
        ),
        # a release too far ahead for a present to tell it: the one before
        ("Son livre sur les soldats nord-coréens paraît le 14 septembre.", "2025-12-18", "2025-09-14"),
    ],
)
def test_a_release_told_as_done_or_far_ahead_stays_the_one_before(
    tmp_path: Path, sentence: str, published: str, date: str
) -> None:
    dates = _dates(tmp_path, sentence, published)
    coming = f"{int(date[:4]) + 1}{date[4:]}"
    assert date in dates and coming not in dates


def test_a_weekday_after_paraitre_is_no_release(tmp_path: Path) -> None:
    # « paraît » (seems) before a weekday, on a Thursday: last Tuesday (review96 a28)
    assert _dates(tmp_path, "À la télévision, le président russe paraît mardi fatigué et distrait.", "2025-03-20") == [
        "2025-03-18"
    ]
