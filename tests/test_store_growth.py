"""Adding a valid article to the store, the way a curator does, breaks none of the shipped store's invariant tests
(tests/store_growth.py grows a copy of the checkout; docs/curating.md has the whole-suite measurement)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store_growth import REPO, SOURCE_ID, grow, run_tests

# The modules that check the shipped store by its invariants: schema and `check`, every export's shape and the
# exporters' reading of every event (untagged, fuzzy, uncertain).
INVARIANT_MODULES = ("tests/test_check.py", "tests/test_schema.py", "tests/test_export.py")


def test_a_curators_new_article_breaks_no_invariant_test(tmp_path: Path) -> None:
    if list(REPO.glob(f"data/*/{SOURCE_ID}.yaml")):
        pytest.skip("this checkout is already a grown copy (python tests/store_growth.py): it cannot grow twice")
    tree = grow(tmp_path / "tree")
    assert list(tree.glob(f"data/*/{SOURCE_ID}.yaml"))  # the article is in the store the tests read
    result = run_tests(tree, *INVARIANT_MODULES)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
