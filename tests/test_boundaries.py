"""Imports inside functions (deferred so a run does not pay for what it does not use) sit only at the named
boundaries of docs/architecture.md: a command importing its modules, the Rich edge (render/, environment.py), the
store's YAML and cache edge (store/), the shell's edges (cli.py, completion.py), and the few error paths below."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "koursk_cli"
BOUNDARIES = (
    "commands/",
    "render/",
    "store/",
    "report/",
    "__main__.py",
    "cli.py",
    "completion.py",
    "environment.py",
    "signals.py",
)
# Elsewhere, a deferred import needs a reason here.
DEFERRED = {
    ("dates.py", "difflib"): "only a misspelt month name needs its suggestions",
    ("fields.py", "suggest"): "only an unknown --fields name needs suggestions",
    ("export/__init__.py", "json"): "`events --json` prints cached texts and never needs json",
    ("query.py", "json"): "only a streamed event is parsed from its text; `events --json` prints the texts",
    ("query.py", "codec"): "only a streamed event is built from its record; `events --json` never builds one",
}


def _deferred(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import):
                    found |= {(path.relative_to(PACKAGE).as_posix(), a.name.split(".")[-1]) for a in inner.names}
                elif isinstance(inner, ast.ImportFrom):
                    found.add((path.relative_to(PACKAGE).as_posix(), (inner.module or "").split(".")[-1]))
    return found


def test_deferred_imports_stay_at_the_named_boundaries() -> None:
    stray = sorted(
        (module, name)
        for path in PACKAGE.rglob("*.py")
        for module, name in _deferred(path)
        if not module.startswith(BOUNDARIES) and (module, name) not in DEFERRED
    )
    assert not stray, f"imports inside functions outside the boundaries (move them to the top, or say why): {stray}"


def test_every_private_typer_import_goes_through_compat() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "compat.py":
            continue
        text = path.read_text(encoding="utf-8")
        for private in ("typer._click", "typer.core", "typer.main", "typer.models"):
            assert private not in text, f"{path.relative_to(REPO)} uses {private}: import it from koursk_cli.compat"
