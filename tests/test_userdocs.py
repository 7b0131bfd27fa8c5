"""rev30 U10: `--help` names docs/*.md, which `pip install .` did not install; `koursk docs NAME` prints them from the
package (a wheel's `_docs`, pyproject.toml's force-include) or the checkout."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from koursk_cli import userdocs
from koursk_cli.commands import COMMANDS
from tests.conftest import REPO, run
from tests.stores import SEED, claim_entry, write_store

DOCS = sorted(path.stem for path in (REPO / "docs").glob("*.md"))


def test_the_wheel_carries_every_document() -> None:
    """A non-editable install finds the documents in the package: every docs/*.md is force-included there."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert {f"docs/{name}.md": f"koursk_cli/_docs/{name}.md" for name in DOCS}.items() <= included.items()


def test_docs_lists_and_prints_each_document() -> None:
    listed = run("docs")
    assert listed.exit_code == 0
    assert [line.split()[0] for line in listed.stdout.splitlines()] == DOCS
    assert "\ndates         Dates\n" in listed.stdout
    for name in ("dates", "docs/claims.md", "editorial"):
        shown = run("docs", name)
        stem = name.removeprefix("docs/").removesuffix(".md")
        assert shown.exit_code == 0 and shown.stdout == (REPO / "docs" / f"{stem}.md").read_text(encoding="utf-8")


def test_an_installed_copy_is_read_from_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a wheel: the package's `_docs` first, the checkout's docs/ only when there is none."""
    (tmp_path / "reference.md").write_text("# Reference\n", encoding="utf-8")
    (tmp_path / "dates.md").write_text("# Dates, installed\n\x1b[31mred\n", encoding="utf-8")
    monkeypatch.setattr(userdocs, "BUNDLED", tmp_path)
    assert run("docs").stdout.splitlines() == ["dates      Dates, installed", "reference  Reference"]
    assert run("docs", "dates").stdout == "# Dates, installed\n\\x1b[31mred\n"  # never raw to a terminal
    monkeypatch.setattr(userdocs, "BUNDLED", tmp_path / "none")
    monkeypatch.setattr(userdocs, "CHECKOUT", tmp_path / "none")
    missing = run("docs", "dates")
    assert missing.exit_code == 1 and "no documents" in missing.stderr and "Traceback" not in missing.stderr


def test_an_unknown_document_is_a_usage_error_with_a_hint() -> None:
    result = run("docs", "date")
    assert result.exit_code == 2
    assert "no document 'date'" in result.stderr and "did you mean 'dates'?" in result.stderr


@pytest.mark.parametrize("command", ["events", "claims", "export", "report", "check"])
def test_help_points_to_koursk_docs_not_to_files_an_install_lacks(command: str) -> None:
    helped = run(command, "--help").stdout
    assert "koursk docs " in " ".join(helped.split())
    assert "docs/dates.md" not in helped and "docs/claims.md" not in helped


DOC_FILE = re.compile(r"docs/[a-z-]+\.md")
"""A path to a document, which an installed koursk does not have: a user is pointed to `koursk docs NAME` instead."""

ABOUT_THE_CODE = {"architecture", "performance", "review-log"}
"""The documents about the code and its history, read in a checkout beside it: they name its files."""


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that are no docstring: messages, notes, help, draft comments."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_string_a_user_reads_names_a_docs_file() -> None:
    """rev32 R14: check's summary said « (docs/editorial.md) »; every message, note, help text and draft comment
    says `koursk docs NAME`."""
    found = [
        f"{path.relative_to(REPO)}:{line}: {match.group()}"
        for path in sorted((REPO / "koursk_cli").rglob("*.py"))
        for line, text in _strings(path)
        for match in DOC_FILE.finditer(text)
    ]
    assert not found


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_no_help_names_a_docs_file(command: str | None) -> None:
    """The commands' docstrings are their help: read whole here."""
    helped = run(*([command] if command else []), "--help")
    assert helped.exit_code == 0
    assert not DOC_FILE.findall(helped.stdout)


@pytest.mark.parametrize("name", sorted(set(DOCS) - ABOUT_THE_CODE))
def test_the_documents_a_user_reads_name_no_file_an_install_lacks(name: str) -> None:
    """`koursk docs tasks` named « ../shared/reviews/2026-11-ux.md » and tests/test_tasks.py (rev32 R14)."""
    shown = run("docs", name).stdout
    assert not DOC_FILE.findall(shown)
    assert "../shared" not in shown
    if name == "tasks":
        assert "tests/" not in shown


def test_check_points_to_koursk_docs_for_its_editorial_warnings(tmp_path: Path) -> None:
    claim = "claims:\n" + claim_entry("c", "1500", "exact", "2024-10", quote="1.500 militaires seraient présents")
    seed = SEED + "Déjà, 1.500 militaires seraient présents en Russie.\n"
    store = write_store(tmp_path / "store", claims=claim.replace("alleged", "reported"), seed=seed)
    shown = run("--data", str(store), "check")
    assert shown.exit_code == 0, shown.stderr
    assert "with 1 editorial warning (koursk docs editorial)" in shown.stderr
    assert "make it alleged as the article does (koursk docs editorial §3)" in shown.stdout
