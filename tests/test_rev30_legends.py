"""rev30 U4, U5, U12: what a ✕ and a status say, said where a reader looks, in the words the docs use."""

from __future__ import annotations

import pytest

from koursk_cli.claims import CONFLICT_LABELS, ConflictKind
from koursk_cli.model import STATUS_MEANING, Status
from tests.conftest import REPO, run

CLAIMS_DOC = (REPO / "docs" / "claims.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")


def _joined(text: str) -> str:
    """A terminal's output with its wrapped lines joined, to find a sentence however it was folded."""
    return " ".join(line.strip() for line in text.splitlines())


def test_the_conflicts_of_claims_are_explained_by_kind_and_never_all_called_impossible() -> None:
    """U4: « both cannot be true » was said of every pair, though docs/claims.md says two overlapping windows may both
    hold on different days; « (across measures) » was never explained."""
    shown = _joined(run("claims", "troops", tty=True, width=120).stdout)
    for kind in ConflictKind:  # the shipped store's four pairs are of all three kinds
        label, meaning = CONFLICT_LABELS[kind]["en"]
        assert f"{f'({label})' if label else '(no label)'} {meaning}" in shown, kind
        assert meaning in CLAIMS_DOC, kind  # the same words as the docs' table
    assert "both cannot be true" not in CONFLICT_LABELS[ConflictKind.OVERLAPPING]["en"].meaning
    assert "may still hold on different days" in shown
    figures = _joined(run("figures", "troops/in-kursk", tty=True, width=120).stdout)
    assert "(both cannot be true)" not in figures
    assert f"(across measures) {CONFLICT_LABELS[ConflictKind.ACROSS_MEASURES]['en'].meaning}" in figures
    assert "(total fell)" not in figures  # only the kinds listed are explained


def test_a_listing_without_conflicts_has_no_legend_of_kinds() -> None:
    shown = _joined(run("claims", "shells", tty=True, width=120).stdout)
    assert "Conflicts (0)" in shown
    assert not any(words["en"].meaning in shown for words in CONFLICT_LABELS.values())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_status_shown_is_defined_under_a_listing(lang: str) -> None:
    """U5: the four statuses were defined only in docs/editorial.md; « confirmed » on « X says » read as the
    content confirmed. Those a listing shows are defined under it (the others: test_status_legend)."""
    shown = _joined(run("events", "--lang", lang, tty=True, width=120).stdout)
    for status in {Status(e["status"]) for e in run("events", "--json").json()}:
        assert STATUS_MEANING[lang][status] in shown
    assert "X said it, not that it is true" in _joined(run("show", "zelensky-budapest-11000", tty=True).stdout)


def test_the_status_flag_and_the_readme_define_every_status() -> None:
    helped = _joined(run("events", "--help").stdout)
    for status, meaning in STATUS_MEANING["en"].items():
        assert f"{status.value}: {meaning}" in helped
    glossary = next(line for line in README.split("\n- ") if line.startswith("Statuses:"))
    assert all(f"`{status.value}`" in glossary for status in Status)
    assert "not that it is true" in glossary


@pytest.mark.parametrize("command", [["timeline", "--since", "2024-10", "--until", "2024-11"], ["events"]])
@pytest.mark.parametrize("width", [80, 120])
def test_the_status_scope_sentence_ends_and_is_not_read_as_a_label(command: list[str], width: int) -> None:
    """U12: the legend ended « its figures have their own » (cut), and the next line « dates: » read as its end."""
    shown = _joined(run(*command, tty=True, width=width).stdout)
    assert "its figures have their own status." in shown
