"""A store started from nothing (rev26 L5): three empty lists and two empty folders take their first article."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import run

ARTICLE = "Le 5 novembre 2024, 1 200 soldats nord-coréens sont arrivés à Koursk.\n"


@pytest.mark.parametrize("sources", ["sources: []\n", "sources: [ ]   # none yet\n"])
def test_an_empty_store_takes_its_first_article(tmp_path: Path, sources: str) -> None:
    """As docs/curating.md says to start one: `sources: []` (an empty YAML list, which `check` calls valid) is turned
    into the block list holding the new entry."""
    root = tmp_path / "story"
    for folder in ("data/events", "data/claims", "seeds"):
        (root / folder).mkdir(parents=True)
    (root / "data" / "sources.yaml").write_text(sources, encoding="utf-8")
    (root / "data" / "entities.yaml").write_text("entities: []\n", encoding="utf-8")
    (root / "data" / "topics.yaml").write_text("topics: []\n", encoding="utf-8")
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    article = tmp_path / "first.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    wrote = run("--data", str(root), "extract", str(article), "--published", "2024-11-20", "--write")
    assert wrote.exit_code == 0, wrote.stderr
    listed = yaml.safe_load((root / "data" / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    assert [s["id"] for s in listed] == ["first"]
    events = run("--data", str(root), "--drafts", "events", "--json")
    assert events.exit_code == 0 and [e["sources"] for e in events.json()] == [["first"]]
    assert run("--data", str(root), "--drafts", "claims", "--json").exit_code == 0
    second = tmp_path / "second.txt"
    second.write_text(ARTICLE.replace("1 200", "1 300"), encoding="utf-8")
    again = run("--data", str(root), "extract", str(second), "--published", "2024-11-21", "--write")
    assert again.exit_code == 0, again.stderr
    listed = yaml.safe_load((root / "data" / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    assert [s["id"] for s in listed] == ["first", "second"]
