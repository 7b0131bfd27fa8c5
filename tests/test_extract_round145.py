"""Round 145 (issue 16): a span of time (« pour au moins 20 ans », « en 24 heures ») counts for the topic that
measures spans (topics.yaml: peace-plan's years, hours) wherever its word stands in the sentence, never for the topic
whose word stands nearer (« … l'OTAN pour au moins 20 ans et les soldats nord-coréens quitteraient la Russie, selon le
plan » was drafted as 20 troops: review95). A count of the sentence keeps its own topic. Made-up sentences, never the
held-out articles' (benchmarks/heldout/ROUND145.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _topics(tmp_path: Path, text: str) -> dict[object, object]:
    """The topic of each claim `extract` drafts from `text`, by its value."""
    _, _, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{text}\n", "2025-11-21")
    return {c["value"]: c["topic"] for c in claims or []}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Selon le plan, Kiev renoncerait à rejoindre l'OTAN pour au moins 20 ans et les soldats nord-coréens "
            "quitteraient la Russie.",
            20,
        ),
        (
            "L'Ukraine renoncerait à l'OTAN pour 20 ans et la Russie libérerait tous les prisonniers, selon l'accord.",
            20,
        ),
        ("La trêve proclamée par Moscou pour 72 heures s'appliquerait aussi aux soldats nord-coréens.", 72),
    ],
)
def test_a_span_counts_for_the_topic_that_measures_spans(tmp_path: Path, text: str, span: int) -> None:
    assert _topics(tmp_path, text)[span] == "peace-plan"


def test_a_count_keeps_its_own_topic(tmp_path: Path) -> None:
    text = "Le plan prévoit un gel de l'adhésion de Kiev à l'OTAN pour 20 ans ; il ne dit rien des 11 000 soldats."
    assert _topics(tmp_path, text) == {20: "peace-plan", 11000: "troops"}
