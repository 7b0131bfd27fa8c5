"""A core file that cannot be read (rev26 M5): its own error comes first, and the references into it that could not
be checked are counted in one line, not reported one by one as « unknown source » lines that it alone causes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder

BROKEN = {
    "sources.yaml": ("\t# a tab-indented comment\n", "YAML syntax error"),
    "entities.yaml": ("x: [\n", "YAML syntax error"),
    "topics.yaml": ("x: [\n", "YAML syntax error"),
}


def _store(root: Path) -> Path:
    builder = StoreBuilder().source("alpha", "2025-01-10").source("beta", "2025-01-12")
    builder.entity("rutte", "person", "Mark Rutte").entity("koursk", "place", "Koursk")
    for n in range(6):
        builder.event(f"ev-{n}", "2024-11", f"Event {n}", ("alpha", f"Des troupes à Koursk, numéro {n}"))
        builder.event(f"evb-{n}", "2024-11", f"Other {n}", ("beta", f"D'autres troupes, numéro {n}"), actors=("rutte",))
        builder.claim(f"cl-{n}", "beta", 1000 + n, "2024-11", asserted_by=("rutte",))
    return builder.write(root)


@pytest.mark.parametrize("name", sorted(BROKEN))
@pytest.mark.parametrize("command", [("check",), ("events",), ("claims", "--json")])
def test_an_unreadable_core_file_is_said_first_and_its_references_counted_once(
    tmp_path: Path, name: str, command: tuple[str, ...]
) -> None:
    root = _store(tmp_path / "store")
    assert run("--data", str(root), "events", "-n", "1").exit_code == 0  # a cache built from the sound store
    tail, cause = BROKEN[name]
    with (root / "data" / name).open("a", encoding="utf-8") as file:
        file.write(tail)
    result = run("--data", str(root), *command)
    assert result.exit_code == 1
    lines = (result.stdout if command == ("check",) else result.stderr).splitlines()
    path = str(root / "data" / name)
    assert lines[0].startswith(f"{path}:") and cause in lines[0], lines
    assert len(lines) == (2 if command == ("check",) else 3), lines  # with « the store has 2 problems »
    count, _ = lines[1].removeprefix(f"{path}:1:1: ").split(" ", 1)
    assert int(count) > 1 and lines[1].endswith(f"references not checked because {path} could not be read")
    assert not any("unknown" in line for line in [*result.stdout.splitlines(), *result.stderr.splitlines()])


def test_other_problems_are_still_reported_after_the_unreadable_file(tmp_path: Path) -> None:
    """Only the references into the unreadable file go unchecked: a quote missing from its seed is still said."""
    root = _store(tmp_path / "store")
    claims = root / "data" / "claims" / "main.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("1000 soldats, dit la source cl-0", "pas dans l'article du tout"),
        encoding="utf-8",
    )
    with (root / "data" / "entities.yaml").open("a", encoding="utf-8") as file:
        file.write("x: [\n")
    lines = run("--data", str(root), "check").stdout.splitlines()
    assert "YAML syntax error" in lines[0] and "references not checked because" in lines[1]
    assert len(lines) == 3 and "quote not found in the seed of source 'beta'" in lines[2], lines
