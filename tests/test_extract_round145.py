"""Round 145 (issue 16): a span of time (« en deux ans », « en 48 heures ») is a figure only of a topic that measures
spans (topics.yaml: peace-plan's years, hours), never of the one whose words stand nearest (« civils tués … : plus de
400 en deux ans » drafted « deux ans » as two of the killed: sealed181 g18, a false figure its truth's text made a
WRONG). Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND145.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _values(tmp_path: Path, text: str) -> list[tuple[object, object]]:
    """The value and unit of each claim `extract` drafts from `text`."""
    _, _, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{text}\n", "2024-11-08")
    return [(c["value"], c["unit"]) for c in claims or []]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Kiev estime les pertes à 1 500 à 2 000 tués et entre trois et quatre mille blessés. À Noël, samedi, des "
            "familles russes de la région de Belgorod ont, elles, rendu hommage aux civils tués par les frappes venues "
            "d'Ukraine : plus de 300 en deux ans, selon les autorités locales.",
            2,
        ),
        ("Kiev compte 300 soldats nord-coréens tués en trois semaines de combats.", 3),
    ],
)
def test_a_span_is_no_count_of_the_killed(tmp_path: Path, text: str, span: int) -> None:
    assert span not in [value for value, _ in _values(tmp_path, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon des proches de Trump, l'accord pourrait impliquer la promesse par Kiev de ne pas rejoindre l'OTAN "
            "« pour au moins 20 ans ».",
            (20, "years"),
        ),
        ("Trump a promis de mettre fin à la guerre en 24 heures.", (24, "hours")),
    ],
)
def test_a_span_of_a_topic_that_measures_spans_stays(
    tmp_path: Path, text: str, expected: tuple[object, object]
) -> None:
    assert expected in _values(tmp_path, text)
