"""rev37m C2: one definition of a seed number (koursk_cli/sources.py). extract writes `1000_….txt` after `999_…`, but
the left-out records and `koursk sources` read only three digits: `show 1000` of an article in draft said "no such
record" (with hints), where `show 5` says it is in draft, and `sources` listed it without its number."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.test_draft_views import ARTICLE


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`init`, `extract --write` of one article (seed 005), its seed renamed `1000_…` (file and sources.yaml)."""
    folder = tmp_path_factory.mktemp("seeds")
    root = folder / "work"
    assert run("init", str(root)).exit_code == 0
    page = folder / "r37page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    wrote = run("--data", str(root), "extract", str(page), "--published", "2024-11-08", "--write")
    assert wrote.exit_code == 0, wrote.stderr
    (root / "seeds" / "005_r37page.txt").rename(root / "seeds" / "1000_r37page.txt")
    sources = root / "data" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace('"005_r37page.txt"', '"1000_r37page.txt"'))
    return root


@pytest.mark.parametrize("typed", ["1000", "01000"])
def test_an_article_in_draft_past_999_is_in_draft_not_unknown(store: Path, typed: str) -> None:
    result = run("--data", str(store), "show", typed)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "koursk: 1 article in draft (1000) left out: --drafts previews them, `koursk check` lists what is left",
        f"koursk: error: '{typed}' is in draft (placeholders left by koursk extract): queries leave it out",
        "  hint: add --drafts to preview it; `koursk check` lists what is left to write",
    ]
    shown = run("--data", str(store), "--drafts", "show", typed, "--fields", "id")
    assert shown.json() == {"id": "r37page"}


def test_the_sources_table_numbers_an_article_past_999(store: Path) -> None:
    shown = run("--data", str(store), "--drafts", "--no-color", "sources", tty=True, width=160).stdout
    rows = {line.split()[1]: line.split()[0] for line in shown.splitlines()[1:] if line[:1].isdigit()}
    assert rows["r37page"] == "1000" and rows["cnn"] == "001"


def test_the_next_seed_number_comes_after_1000(store: Path, tmp_path: Path) -> None:
    page = tmp_path / "other.txt"
    page.write_text(ARTICLE.replace("11 000", "12 000"), encoding="utf-8")
    run("--data", str(store), "extract", str(page), "--published", "2024-11-09", "--write", "--source-id", "other")
    assert (store / "seeds" / "1001_other.txt").is_file()
