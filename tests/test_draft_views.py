"""Under `--drafts`, every view people read marks each record still in draft that it names: the record shown, and
the records it lists beside it (a figure's conflicts, a restated figure, a claim's event, an article, an asserter),
on a terminal and in a pipe, as `[draft] ` (placeholders.badged) or, on a pipe's tab-separated line, `true` in its
`draft` column. rev31 M2: `show`, `figures` and `diff` named a drafted figure among the conflicts of a curated one, or
in a chart, as if a curator had checked it. Without `--drafts` the views are byte for byte as before (the snapshot
tests: test_diff_drafts, test_draft_marks, test_terminal)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.commands import COMMANDS
from koursk_cli.placeholders import DRAFT_PREVIEW
from tests.conftest import run
from tests.stores import drafts_store

ARTICLE = (
    "Koursk : renforts\n\nJeudi 7 novembre, le président Zelensky a déclaré que 11 000 soldats nord-coréens se "
    "trouvaient dans la région de Koursk.\n"
)
"""The review's reproducer: its figure conflicts (across measures) with a curated figure of the shipped store."""

NOT_VIEWS = {"export", "report", "check", "init", "extract", "schema", "completion", "help", "docs"}
"""Commands that write files (test_draft_marks checks their marks), check or write the store, or print no record."""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`koursk init`, then `extract --write` of one article: a working store holding an article, an event and a
    claim in draft."""
    folder = tmp_path_factory.mktemp("drafts")
    root = folder / "work"
    assert run("init", str(root)).exit_code == 0
    article = folder / "a1.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    wrote = run("--data", str(root), "extract", str(article), "--published", "2024-11-08", "--write")
    assert wrote.exit_code == 0, wrote.stderr
    return root


def _records(root: Path) -> dict[str, dict[str, Any]]:
    return {
        record["id"]: record
        for kind in ("events", "claims", "sources", "entities")
        for record in run("--data", str(root), "--drafts", kind, "--jsonl").jsonl()
    }


def _views(root: Path) -> dict[str, list[list[str]]]:
    """Each view, with arguments naming every draft and the curated records that name one (the conflicts of the
    drafted figure, its asserter, its topic, the other article of its day)."""
    records = _records(root)
    drafts = sorted(i for i, r in records.items() if r["draft"])
    claim = next(r for r in records.values() if r["draft"] and "topic" in r)
    related = [*claim["conflicts_with"], *claim["asserted_by"], claim["topic"], f"{claim['topic']}/{claim['measure']}"]
    return {
        "events": [[], ["--since", "2024-11-07", "--until", "2024-11-07"]],
        "show": [[i] for i in [*drafts, *related]],
        "cite": [[i] for i in drafts if i != claim["source"]],
        "read": [[claim["source"]]],
        "timeline": [[], ["--by", "week"]],
        "sources": [[], ["--claim", claim["topic"]]],
        "claims": [[], [claim["topic"]]],
        "topics": [[]],
        "figures": [[claim["topic"]]],
        "entities": [[]],
        "diff": [[claim["source"], "cnn"], ["--from", "2024-11-01", "--to", "2024-11-30"]],
    }


def unmarked(text: str, drafts: set[str]) -> list[str]:
    """The records of `text` (a line, with the indented lines under it: a table's cell, a chart's details) naming a
    record in draft without marking it: fewer `[draft]` marks (or `true` draft columns) than drafts they name; a pipe's
    tab-separated line (one record) once. Not names: show's `id` field (the title above is marked), an id to type
    (`koursk show ID`), and a pipe's comma-separated id columns (ids for `cut`, as in JSON)."""
    named = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, drafts)) + r")(?![\w-])")
    groups: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if "\t" in line:
            line = "\t".join(field for field in line.split("\t") if "," not in field or " " in field)
        line = re.sub(r"koursk show [\w-]+|^\s*id:?\s+[\w-]+$", "", line)
        if groups and line[:1].isspace() and "\t" not in line:
            groups[-1].append(line)
        else:
            groups.append([line])
    wrong = []
    for group in groups:
        body = "\n".join(group)
        marks = body.count("[draft]") + sum(line.endswith("\ttrue") for line in group)  # a pipe's `draft` column
        names = set(named.findall(body))
        if names and (not marks or ("\t" not in body and len(names) > marks)):
            wrong.append(body)
    return wrong


def test_every_view_marks_each_draft_it_names(store: Path) -> None:
    views = _views(store)
    assert set(views) == set(COMMANDS) - NOT_VIEWS, "a new command: list it in _views or NOT_VIEWS"
    drafts = {i for i, r in _records(store).items() if r["draft"]}
    assert len(drafts) == 3, drafts  # the article, its event, its figure
    seen: set[str] = set()
    for command, calls in views.items():
        for args in calls:
            for tty in (False, True):
                result = run("--data", str(store), "--drafts", command, *args, tty=tty, width=200)
                assert result.exit_code == 0, (command, args, result.stderr)
                if command == "cite":  # a citation to paste: marked whole, where it opens (rev18 M3)
                    assert result.stdout.lstrip("> *").startswith(DRAFT_PREVIEW), result.stdout
                else:
                    assert not unmarked(result.stdout, drafts), (command, args, tty, unmarked(result.stdout, drafts))
                seen |= {i for i in drafts if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", result.stdout)}
    assert seen == drafts


def test_a_curated_figure_names_its_drafted_conflict_as_a_draft(store: Path) -> None:
    """The reproducer: the curated figure's conflicts, the asserter's figures, the chart and the diff."""
    records = _records(store)
    claim = next(i for i, r in records.items() if r["draft"] and "topic" in r)
    partner = records[claim]["conflicts_with"][0]
    for tty in (False, True):
        shown = run("--data", str(store), "--drafts", "show", partner, tty=tty, width=200).stdout
        assert f"[draft] {claim} (across measures" in shown, shown  # then its tier, if only if exact
        chart = run("--data", str(store), "--drafts", "figures", "troops", tty=tty, width=200).stdout
        if tty:
            assert f"[draft] {claim}" in chart, chart
        else:  # a pipe's line: the status alone, then its `draft` column (rev37u U14)
            rows = [line.split("\t") for line in chart.splitlines()]
            assert any(claim in row and "reported" in row and row[-1] == "true" for row in rows), chart
    zelensky = run("--data", str(store), "--drafts", "show", "zelensky").stdout
    assert f"[draft] {claim} · asserted by Volodymyr Zelensky · in [draft] a1" in zelensky, zelensky
    assert "[draft]" not in run("--data", str(store), "show", partner).stdout  # the drafts left out


EXPECTED = {
    ("entities",): ["[draft] TODO: who speaks"],
    ("show", "who"): ["[draft] TODO: who speaks"],
    ("show", "troops"): ["[draft] asserted · asserted by TODO: asserter", "[draft] via-source", "in [draft] drafted"],
    ("figures", "troops"): ["[draft] asserted", "[draft] via-source · in [draft] drafted", "[draft] the article"],
    ("events",): ["cited · [draft] drafted"],
    ("claims",): ["reported in [draft] drafted"],
}
"""drafts_store's words are its ids (`who`, `own`, `asserted`): what each view says of them, on a terminal."""


@pytest.mark.parametrize("args", sorted(EXPECTED))
def test_an_entity_and_an_unnamed_asserter_in_draft(tmp_path: Path, args: tuple[str, ...]) -> None:
    """tests/stores.drafts_store: an entity in draft (`who`), a figure of the placeholder asserter (`asserted`), one
    of an article in draft (`via-source`, `drafted`); a store without drafts reads no mark."""
    root = drafts_store(tmp_path / "store")
    text = run("--data", str(root), "--drafts", *args, tty=True, width=200).stdout
    assert all(said in text for said in EXPECTED[args]), text
    curated = drafts_store(tmp_path / "curated", drafts=False)
    for tty in (False, True):
        text = run("--data", str(curated), "--drafts", *args, tty=tty, width=200).stdout
        assert "[draft]" not in text and "(draft)" not in text
