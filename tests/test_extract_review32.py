"""Review 32 (R2–R6): a number in a known entity's name is no figure, definite-article counts of specific people are no
measure of troops, a wounded-alive word is never filed as killed, a byline is proposed as the author, « le lendemain »
counts from the day its paragraph names, and declining to comment is no denial. Made-up sentences; each test drives
the real CLI (`koursk extract`) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.test_extract import documents, extract

# --- R2: a number inside a known entity's name ----------------------------------------------------------------------


def test_a_number_in_a_media_name_of_the_store_is_no_figure(tmp_path: Path) -> None:
    """`france-24` is an entity of the shipped store (kind media): « à France 24 un officier » counts no one."""
    text = "Titre\n\n« Ils avancent en petits groupes », a déclaré à France 24 un officier ukrainien.\n"
    _, _, claims = extract(tmp_path, text, "2025-01-12")
    assert claims == []


def test_the_names_are_the_stores_own_data_not_a_list_in_the_code(tmp_path: Path) -> None:
    """An entity a curator adds (« Channel 4 ») is read as a name at once; before, « 4 un officier » was 4 soldiers."""
    store = tmp_path / "ws"
    assert run("init", str(store)).exit_code == 0
    entities = store / "data" / "entities.yaml"
    entities.write_text(
        entities.read_text(encoding="utf-8")
        + "\n  - id: channel-4\n    kind: media\n    name: {en: Channel 4, fr: Channel 4}\n    note: British.\n",
        encoding="utf-8",
    )
    article = tmp_path / "article.txt"
    article.write_text(
        "Titre\n\nIls avancent, a déclaré à Channel 4 un officier, selon qui 3 000 soldats nord-coréens sont arrivés.\n",
        encoding="utf-8",
    )
    _, _, claims = documents(run("--data", str(store), "extract", str(article), "--published", "2025-01-12"))
    assert [c["value"] for c in claims] == [3000]
