"""Add a valid article to a copy of the checkout the way a curator does, then run tests there.

The tests may check the shipped store's invariants, never its content: a curator who adds a valid article to `data/`
must not break them. This module makes that claim testable. `grow()` copies the checkout (the files the sdist ships)
to a temporary tree and adds a synthetic article with `koursk extract --write`, fills the TODOs as a curator would,
and runs `koursk check`; `run_tests()` runs pytest inside the grown tree, whose `data/` is then the shipped store.

    python tests/store_growth.py            # the whole suite on a grown copy (minutes)
    python tests/store_growth.py tests/test_readme.py

tests/test_store_growth.py runs the modules that check the shipped store's invariants this way; docs/curating.md
says which tests still read its content.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHIPPED = ("koursk_cli", "data", "seeds", "docs", "tests", "benchmarks", "README.md", "pyproject.toml")
# Synthetic, never a source: it lives only in the temporary copy. Dated inside the story so that it shows up in the
# listings, timelines and exports the tests look at; an event, a losses figure and a troops figure (the topic most
# tests read).
ARTICLE = (
    "KIEV, 6 novembre 2024 (AFP) - L'armée ukrainienne a affirmé mardi avoir repoussé une attaque près de Soudja.\n"
    "Selon Kiev, 200 soldats nord-coréens ont été tués lors de ces combats.\n"
    "Selon Kiev, 3 000 autres soldats nord-coréens sont arrivés mardi dans la région de Koursk.\n"
)
PUBLISHED = "2024-11-06"
SOURCE_ID = "synthetic-growth-1106"


def _koursk(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("KOURSK_DATA", None)
    command = [sys.executable, "-m", "koursk_cli", "--data", str(tree), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=tree, check=False)


def grow(tree: Path) -> Path:
    """A copy of the checkout in `tree` whose store holds one more valid article, added as a curator adds one."""
    tree.mkdir(parents=True, exist_ok=True)
    for name in SHIPPED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, tree / name)
    article = tree / "growth-article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    wrote = _koursk(tree, "extract", str(article), "--published", PUBLISHED, "--source-id", SOURCE_ID, "--write")
    if wrote.returncode != 0:
        raise RuntimeError(f"extract --write failed: {wrote.stderr}")
    article.unlink()
    for path in (tree / "data" / "sources.yaml", *tree.glob(f"data/*/{SOURCE_ID}.yaml")):
        text = path.read_text(encoding="utf-8")
        if path.name == "sources.yaml":
            english, french = "Synthetic article", "Article synthétique"
        else:  # Kiev says what the events report: their titles say so, as docs/editorial.md asks
            english, french = "According to Kiev, a synthetic event", "Selon Kiev, un événement synthétique"
        text = text.replace("TODO: English title", english).replace("TODO: titre en français", french)
        text = text.replace('"TODO: unit"', "soldiers")
        path.write_text(re.sub(r'"TODO: how the text dates[^"]*"', '"The dateline."', text), encoding="utf-8")
    (tree / "data" / ".koursk.lock").unlink(missing_ok=True)  # the write's lock; the shipped store has none
    checked = _koursk(tree, "check")
    if checked.returncode != 0:
        raise RuntimeError(f"the grown store does not pass check: {checked.stdout}{checked.stderr}")
    return tree


def run_tests(tree: Path, *pytest_args: str) -> subprocess.CompletedProcess[str]:
    """pytest inside the grown tree: its `koursk_cli` and its `data/` are the package and the shipped store."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("KOURSK_DATA", None)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=tree, check=False)


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="koursk-growth-") as folder:
        result = run_tests(grow(Path(folder)), *argv)
        print(result.stdout[-4000:], result.stderr[-2000:], sep="")
        return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
