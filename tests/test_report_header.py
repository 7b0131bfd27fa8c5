"""rev37u U9: a report of a working store with one article said "1 sources" and "Store: store" (the folder's name,
which tells a reader nothing). Counts take their noun's number, and a working store is named by its path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.stores import write_store


def _header(page: str) -> str:
    return page.partition("<header>")[2].partition("</header>")[0]


def test_a_working_stores_header_counts_in_the_singular_and_names_its_path(tmp_path: Path) -> None:
    store = write_store(tmp_path / "store")
    target = tmp_path / "mine.html"
    result = run("--data", str(store), "report", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    header = _header(target.read_text(encoding="utf-8"))
    assert "1 source." in header and "1 sources" not in header, header
    assert f"the working store at {store.resolve()}" in header
    assert "<dd>store</dd>" not in header


def test_the_shipped_store_is_still_named_as_such_and_plural_where_it_is(tmp_path: Path) -> None:
    target = tmp_path / "kursk.html"
    assert run("report", "-o", str(target)).exit_code == 0
    page = target.read_text(encoding="utf-8")
    assert "the store shipped with koursk" in _header(page)
    assert " sources." in _header(page) and " 1 events" not in page and " 1 figures" not in page
    french = tmp_path / "fr.html"
    assert run("--lang", "fr", "--data", str(write_store(tmp_path / "s")), "report", "-o", str(french)).exit_code == 0
    header = _header(french.read_text(encoding="utf-8"))
    assert "1 source." in header and "le corpus de travail à" in header
