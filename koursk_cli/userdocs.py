"""The project's documents (docs/*.md), which `--help` and the store's notes point to, found wherever koursk runs: a
wheel carries them in the package (`_docs`, pyproject.toml's force-include), a checkout has them in docs/. Without
them a user who installed koursk with `pip install .` could open none of the pages its help names (rev30 U10)."""

from __future__ import annotations

from pathlib import Path

from .store import shipped

BUNDLED = shipped.PACKAGE / "_docs"
CHECKOUT = shipped.PACKAGE.parent / "docs"


def docs_folder() -> Path | None:
    """Where the documents are: the package's copy when installed, the checkout's docs/ when run from source."""
    for folder in (BUNDLED, CHECKOUT):
        if (folder / "reference.md").is_file():
            return folder
    return None


def doc_names() -> list[str]:
    """The documents' names (`dates` for dates.md), sorted."""
    folder = docs_folder()
    return sorted(path.stem for path in folder.glob("*.md")) if folder is not None else []


def doc_path(name: str) -> Path | None:
    """The document called `name`, or None when there is none by that name."""
    folder = docs_folder()
    return folder / f"{name}.md" if folder is not None and name in doc_names() else None


def doc_title(path: Path) -> str:
    """A document's title: its first line, without the Markdown `# `."""
    with path.open(encoding="utf-8") as stream:
        return stream.readline().strip().lstrip("#").strip()
