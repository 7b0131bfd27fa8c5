"""The reference cannot drift from the code: its field tables, format table and every command's --help are what
docs/generate.py writes from the field tables, the export registry and the commands."""

from __future__ import annotations

import importlib.util
import re
from typing import Any

import pytest

from koursk_cli.render.lines import pipe_fields
from tests.conftest import REPO, run
from tests.stores import three_voices

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


@pytest.fixture(scope="module")
def piped(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = (
        three_voices("2024-10-28")
        .entity("kursk", "place", "Kursk", part_of=None)
        .event("deployment", "2024-10-08/2024-10-13", "Troops deployed", ("nis-12000", "des troupes sont déployées"),
               ("cnn", "le déploiement est confirmé"), actors=("nis",), places=("kursk",))
        .claim("nis-12000-sent", "nis-12000", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .write(tmp_path_factory.mktemp("piped"))
    )  # fmt: skip
    return str(root)


KNOWN_LINES = {
    "events": "deployment\t2024-10-08/2024-10-13\t2024-10-08\t2024-10-13\tconfirmed\tnis-12000,cnn\tTroops deployed",
    "claims": "nis-12000-sent\t2024-10\t~12,000\tsoldiers\ttroops/sent-to-russia\tnis\tnis-12000\t2024-10-18/2024-10-25"
    "\treported\t12000 soldats, dit la source nis-12000-sent\t\t\t2024-10-01\t2024-10-31\t\t",
    "sources": "cnn\t2024-11-07/2024-11-08\t2024-11-07\t2024-11-08\tCNN\t1\t0\t[untitled (curator's summary): Cnn]",
    "topics": "troops\tsent-to-russia\t1\t~12,000\t~12,000\t0\t0\t0",
    "entities": "agency\tnis\tNIS\t\t1\t1",
    "figures": "troops/sent-to-russia\tNIS\t2024-10\t2024-10-01\t2024-10-31\t~12,000\t10800\t13200\tnis-12000-sent\t\t\t"
    "\treported\t",
    "timeline": "2024-10\tdeployment\t2024-10-08/2024-10-13\t2024-10-08\t2024-10-13\tconfirmed\t2\tTroops deployed",
}


@pytest.mark.parametrize(("kind", "command"), [(kind, command) for kind, command, _ in generate.PIPES])
def test_each_listing_prints_the_columns_the_reference_lists(piped: str, kind: Any, command: tuple[str, ...]) -> None:
    """rev21 A3: only `claims` documented its pipe columns. Every line of each listing in a pipe has the columns
    the reference lists, in that order: a known line of the synthetic store, and as many tabs on every line."""
    result = run("--data", piped, *command)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.count("\t") == len(pipe_fields(kind, drafts=False)) - 1 for line in lines), lines
    assert KNOWN_LINES[command[0]] in lines
    assert f"`koursk {command[0]}`" in generate.pipes_part()
