"""The reference cannot drift from the code: its field tables, format table and every command's --help are what
docs/generate.py writes from the field tables, the export registry and the commands."""

from __future__ import annotations

import importlib.util
import re

from tests.conftest import REPO

_spec = importlib.util.spec_from_file_location("docs_generate", REPO / "docs" / "generate.py")
assert _spec is not None and _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)


def test_the_generated_parts_of_the_reference_are_current() -> None:
    for doc, parts in generate.DOCS.items():
        text = doc.read_text(encoding="utf-8")
        for name in parts:
            assert f"<!-- generated: {name} -->" in text, name
        assert generate.render(text, parts) == text, f"docs/{doc.name} is stale: run `python docs/generate.py`"


def test_architecture_names_files_that_exist() -> None:
    """Each `path/file.py` the architecture guide points a newcomer to is there."""
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:koursk_cli|tests|docs|data|benchmarks)/[\w/.-]+\.(?:py|md|json))`", text))
    assert named
    for path in sorted(named):
        assert (REPO / path).exists(), path
