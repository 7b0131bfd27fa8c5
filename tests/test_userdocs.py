"""rev30 U10: `--help` names docs/*.md, which `pip install .` did not install; `koursk docs NAME` prints them from the
package (a wheel's `_docs`, pyproject.toml's force-include) or the checkout."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from koursk_cli import userdocs
from tests.conftest import REPO, run

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
