"""rev37u U14, U17 through the real CLI: under --drafts a pipe's status column holds the status alone, drafts marked
in a trailing `draft` column as CSV marks them (without --drafts, the lines as they were); `extract` of an article
the store already has is a data condition (exit 1)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.test_rev37u_drafts import SEOUL, _drafted

STATUSES = {"confirmed", "reported", "alleged", "denied"}


def test_under_drafts_the_pipe_keeps_its_status_column_and_marks_drafts_apart(tmp_path: Path) -> None:
    store = _drafted(tmp_path, SEOUL, "--published", "2024-12-13")
    for args, status, last in (
        (("events",), 4, 7),
        (("timeline",), 5, 8),
        (("claims", "losses"), 8, -1),
        (("figures", "losses"), None, -1),
    ):
        preview = run("--data", str(store), "--drafts", *args)
        assert preview.exit_code == 0, preview.stderr
        rows = [line.split("\t") for line in preview.stdout.splitlines()]
        drafted = [row for row in rows if row[last] == "true"]
        assert drafted and all(row[last] in ("true", "false") for row in rows), args
        if status is not None:
            assert {row[status] for row in rows} <= STATUSES, args
        assert not any("(draft)" in cell for row in rows for cell in row), args
        plain = run("--data", str(store), *args)  # the curated answer: its lines as they were, no draft column
        assert {len(line.split("\t")) for line in plain.stdout.splitlines()} == {len(rows[0]) - 1}, args
    csv = run("--data", str(store), "--drafts", "export", "csv", "--rows", "claims").stdout.splitlines()
    assert "draft" in csv[1].split(",")  # the column CSV already had: the same name, the same values


def test_extract_of_an_article_the_store_has_is_a_data_condition(tmp_path: Path) -> None:
    store = _drafted(tmp_path, SEOUL, "--published", "2024-12-13")
    article = str(tmp_path / "article.txt")
    again = run(
        "--data", str(store), "extract", article, "--published", "2024-12-13", "--source-id", "again", "--write"
    )
    assert again.exit_code == 1
    assert "this article is already in the store as source 'dispatch'" in again.stderr
    assert "nothing was written" in again.stderr
