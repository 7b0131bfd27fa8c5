"""Review 28 (C1, C2, C5, C8): a credit alone on its line names only the caption beside it, a bound governs a second
count only in its own coordination, a post's head that opens with the handle is chrome, and the measure cues of
lexicon.toml name real measures and whole words. Made-up sentences and pages; each test drives `koursk extract`
(tests/test_extract.py's helper) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract

# --- C1: a credit alone on its line ----------------------------------------------------------------------------------

_LEAD = "Le 12 novembre, Séoul a affirmé que 11 000 soldats nord-coréens étaient arrivés en Russie.\n"


@pytest.mark.parametrize(
    ("picture", "dates"),
    [
        ("Des soldats nord-coréens à l'entraînement, en 2023.\nPHOTO AFP\n\n", ["2024-11-12"]),  # caption, credit
        ("PHOTO AFP\nDes soldats nord-coréens à l'entraînement, en 2023.\n\n", ["2024-11-12"]),  # credit, caption
        # a credit apart from both names neither
        ("Des soldats nord-coréens à l'entraînement, en 2023.\n\nPHOTO AFP\n\n", ["2023", "2024-11-12"]),
    ],
)
def test_a_credit_alone_names_the_caption_beside_it_never_the_lead(
    tmp_path: Path, picture: str, dates: list[str]
) -> None:
    """« PHOTO AFP » under its caption, then a blank line, then the story's lead: the lead's day and figure stay, the
    caption's year goes."""
    _, events, claims = extract(tmp_path, picture + _LEAD, "2024-11-20")
    assert [(c["value"], c["as_of"]) for c in claims] == [(11000, "2024-11-12")]
    assert [e["date"] for e in events] == dates
