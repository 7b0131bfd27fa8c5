"""Under `--drafts`, every export and the report mark each record still in draft (not yet curated), in its own
format's way: a reader of an exported timeline never mistakes a draft for a curated fact. Without `--drafts` the
files are byte for byte what they were before the marks existed (snapshots taken then)."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import icalendar
import pytest

from koursk_cli import __version__
from koursk_cli.export.formats import FORMATS
from koursk_cli.textnorm import markdown_text
from tests.conftest import REPO, run
from tests.stores import drafts_store
from tests.test_export import markdown_rows

SNAPSHOTS = REPO / "tests" / "snapshots" / "exports"
SOURCE_DATE_EPOCH = "1735689600"


DRAFTED = {"own", "cited", "asserted", "via-source"}
CURATED = {"clean", "finished"}

OUTPUTS = {
    "events.csv": ("export", "csv"),
    "claims.csv": ("export", "csv", "--rows", "claims"),
    "quotes.csv": ("export", "csv", "--rows", "quotes"),
    "events.md": ("export", "markdown"),
    "claims.md": ("export", "markdown", "--rows", "claims"),
    "timeline.json": ("export", "timelinejs"),
    "places.geojson": ("export", "geojson"),
    "calendar.ics": ("export", "ics"),
    "database.sql": ("export", "sqlite"),
    "report.html": ("report",),
}
"""Every format `koursk export` writes (test_every_format_is_snapshotted keeps it so), and the report."""


@contextlib.contextmanager
def _epoch() -> Iterator[None]:
    """The report's generation time pinned (SOURCE_DATE_EPOCH), so the page is the same from run to run."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def written(root: Path, out: Path, name: str, *flags: str) -> str:
    """What `koursk --data ROOT FLAGS COMMAND -o FILE` writes, as text (a database as its SQL dump)."""
    target = out / name
    with _epoch():
        result = run("--data", str(root), *flags, *OUTPUTS[name], "-o", str(target), "--force")
    assert result.exit_code == 0, result.stderr
    if name.endswith(".sql"):
        with contextlib.closing(sqlite3.connect(target)) as db:
            return "\n".join(db.iterdump()) + "\n"
    return target.read_bytes().decode("utf-8")


def _portable(text: str, root: Path) -> str:
    """The page names the store's folder (a Markdown file escapes it) and koursk's version: the only parts that vary
    between runs."""
    for path in (str(root), markdown_text(str(root))):
        text = text.replace(path, "STORE")
    return text.replace(f"koursk {__version__}", "koursk VERSION")


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_without_drafts_every_file_is_byte_for_byte_as_before(tmp_path: Path, name: str) -> None:
    """The snapshots were written by koursk before any record was marked (3c09873): a curated store's exports and
    report must not change by one byte. KOURSK_UPDATE_SNAPSHOTS=1 rewrites a snapshot that differs and fails, so an
    update is never a green run: review the diff, then run again without it."""
    root = drafts_store(tmp_path / "store", drafts=False)
    out = tmp_path / "out"
    out.mkdir()
    text = _portable(written(root, out, name), root)
    path = SNAPSHOTS / name
    expected = path.read_bytes().decode("utf-8") if path.exists() else None
    if os.environ.get("KOURSK_UPDATE_SNAPSHOTS") and text != expected:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        pytest.fail(f"{name} rewritten: review `git diff {path.relative_to(REPO)}`, then run without the variable")
    assert text == expected


def test_every_format_is_snapshotted_and_marks_its_drafts() -> None:
    """A format added to the registry is added here, and says (in docs/reference.md's table) how it marks a draft."""
    assert {args[1] for args in OUTPUTS.values() if args[0] == "export"} == set(FORMATS)
    assert all(exporter.draft_mark for exporter in FORMATS.values())


class _Records(HTMLParser):
    """The report's records (events, figures, articles) by id, with the text of the draft badges each holds."""

    def __init__(self) -> None:
        super().__init__()
        self.badges: dict[str, list[str]] = {}
        self._record: str | None = None
        self._in_badge = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("class") in ("event", "claim", "source") and found.get("id"):
            self._record = str(found["id"]).split("-", 1)[1]
            self.badges[self._record] = []
        self._in_badge = found.get("class") == "draft-badge"

    def handle_data(self, data: str) -> None:
        if self._in_badge and self._record is not None:
            self.badges[self._record].append(data)
            self._in_badge = False


def _marked(name: str, text: str) -> dict[str, bool]:
    """Each record of an output, and whether it is marked as still in draft, read as its own format's readers do."""
    if name.endswith(".csv"):
        _, header, *rows = csv.reader(StringIO(text))  # the file's own mark, the header, a row per record
        key = header.index("id" if "id" in header else "record")  # a row per quote names its record
        return {row[key]: row[header.index("draft")] == "true" for row in rows}
    if name.endswith(".md"):
        rows = [line.split(" | ") for line in markdown_rows(text)[2:]]  # the table's rows, past header and separator
        return {row[-1].rstrip(" |"): row[1].startswith("**\\[draft\\]** ") for row in rows}
    if name == "timeline.json":
        slides = json.loads(text)["events"]
        return {s["unique_id"]: s["text"]["headline"].startswith("[draft] ") for s in slides}
    if name == "places.geojson":
        features = json.loads(text)["features"]
        return {f["properties"]["id"]: f["properties"]["draft"] for f in features}
    if name == "calendar.ics":
        marks = {}
        for vevent in icalendar.Calendar.from_ical(text).walk("VEVENT"):
            summary, status = str(vevent["SUMMARY"]), vevent.get("STATUS")
            draft = summary.startswith("[DRAFT PREVIEW] [draft] ")
            assert (status == "TENTATIVE") == draft and (draft or "[draft]" not in summary), (summary, status)
            marks[str(vevent["UID"]).removesuffix("@koursk")] = draft
        return marks
    if name == "report.html":
        parser = _Records()
        parser.feed(text)
        assert all(badges in ([], ["[draft]"]) for badges in parser.badges.values()), parser.badges
        return {record: bool(badges) for record, badges in parser.badges.items()}
    raise AssertionError(name)


@pytest.mark.parametrize("name", sorted(set(OUTPUTS) - {"database.sql"}))
def test_under_drafts_each_record_in_draft_is_marked_and_no_other(tmp_path: Path, name: str) -> None:
    """The event with a TODO title, the claim with a TODO asserter and the event and claim of an article in draft
    are marked, in every format; the curated event and claim are not (the file itself is marked as a preview
    either way: test_export.py)."""
    root = drafts_store(tmp_path / "store", drafts=True)
    out = tmp_path / "out"
    out.mkdir()
    marked = _marked(name, written(root, out, name, "--drafts"))
    rows = "claims" if "claims" in name else "events"
    drafted = {"asserted", "via-source"} if rows == "claims" else {"own", "cited"}
    if name == "quotes.csv":
        drafted = {"own", "cited", "asserted", "via-source"}  # the quotes of the events, then of the claims
    if name == "report.html":
        drafted = {"own", "cited", "asserted", "via-source", "drafted"}  # and the article in draft
    assert {record for record, draft in marked.items() if draft} == drafted
    assert len(marked) > len(drafted), "curated records are listed, unmarked"


def test_under_drafts_the_database_marks_each_record_in_draft(tmp_path: Path) -> None:
    root = drafts_store(tmp_path / "store", drafts=True)
    out = tmp_path / "out"
    out.mkdir()
    written(root, out, "database.sql", "--drafts")
    with contextlib.closing(sqlite3.connect(out / "database.sql")) as db:
        for table, drafted in (
            ("events", {"own", "cited"}),
            ("claims", {"asserted", "via-source"}),
            ("sources", {"drafted"}),
        ):
            rows = dict(db.execute(f"SELECT id, draft FROM {table}").fetchall())
            assert {record for record, draft in rows.items() if draft == 1} == drafted, table
            assert set(rows) > drafted


def test_a_draft_s_citation_in_the_report_carries_the_mark(tmp_path: Path) -> None:
    """What a reader copies from the report's « Cite » of a record still in draft says it is a draft preview, as
    `koursk cite --drafts` does; a curated record's citation is as before."""
    root = drafts_store(tmp_path / "store", drafts=True)
    out = tmp_path / "out"
    out.mkdir()
    page = written(root, out, "report.html", "--drafts")
    cites = dict(re.findall(r'id="(?:event|claim)-([\w-]+)".*?<div class="cite">(.*?)</div>', page, re.S))
    assert {record for record, cite in cites.items() if "DRAFT PREVIEW (koursk --drafts)" in cite} == DRAFTED
    assert set(cites) == DRAFTED | CURATED


def test_the_report_says_what_its_badge_means(tmp_path: Path) -> None:
    root = drafts_store(tmp_path / "store", drafts=True)
    out = tmp_path / "out"
    out.mkdir()
    banner = re.search(r'<p class="draft" role="note">(.*?)</p>', written(root, out, "report.html", "--drafts"))
    assert banner is not None and "still in draft opens with [draft]; the others are curated." in banner[1]
