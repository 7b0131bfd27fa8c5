"""benchmarks/agreement.py: a second reader's truth scored against the first, and extract against either reader.

Oracles: a truth scored against itself agrees everywhere, and extract against « either » reader, when both readers
wrote the same truth, is what the scorer itself prints; a small page whose two truths differ in known ways gives the
counts worked out by hand.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO

BENCHMARKS = REPO / "benchmarks"
SET = BENCHMARKS / "heldout" / "sealed57"
# two pages its AMEND.yaml leaves alone: the first reader's truth is read as amended, the copies as written
PAGES = ("b02_pressedarmor_afp_kiev_prisonniers", "b04_chroniquerepublicaine_reuters_aveu")


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    _load("score_extract")
    return _load("agreement")


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / "agreement.py"), *map(str, args)], capture_output=True, text=True, cwd=REPO
    )


def _row(output: str, label: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.startswith(label + "  "))
    return line[len(label) :].split()


def test_a_truth_agrees_with_itself_and_extract_scores_as_the_scorer_says(tmp_path: Path) -> None:
    second = tmp_path / SET.name
    second.mkdir()
    for page in PAGES:
        shutil.copy(SET / f"{page}.yaml", second)
    for page in PAGES:
        shutil.copy(SET / f"{page}.txt", tmp_path)
        shutil.copy(SET / f"{page}.yaml", tmp_path)
    result = _run(second, "--extract")
    assert result.returncode == 0, result.stderr
    for label in ("second against first", "first against second", "second against first, lenient"):
        tallies = _row(result.stdout, label)
        assert all(t == "1.00" for t in tallies[1::2]), (label, tallies)
    scored = subprocess.run(
        [sys.executable, str(BENCHMARKS / "score_extract.py"), str(tmp_path)], capture_output=True, text=True, cwd=REPO
    )
    assert scored.returncode == 0, scored.stderr
    by_scorer = _row(scored.stdout, "ALL")[:8]  # date recall, precision, figure recall, precision: count and rate
    assert _row(result.stdout, "extract against first")[:8] == by_scorer
    assert _row(result.stdout, "extract against either reader")[:8] == by_scorer


PAGE = "PARIS, 14 mars 2025 (AFP) - Le ministère a annoncé mardi que 2 000 soldats sont arrivés depuis l'automne.\n"
FIRST = """article: p.txt
outlet: AFP
published: "2025-03-14"
dates:
  - {text: "14 mars 2025", edtf: "2025-03-14", rule: dateline, role: dateline}
  - {text: "mardi", edtf: "2025-03-11", rule: weekday}
  - {text: "depuis l'automne", edtf: "2024-09/2024-11", also: ["2024-09/2025-03-14"], rule: season}
figures:
  - {text: "2 000 soldats", value: 2000, value_kind: exact, topic: troops, measure: null, hedged: false, rule: plain-space}
"""
SECOND = """article: p.txt
outlet: AFP
published: "2025-03-14"
dates:
  - {text: "14 mars 2025", edtf: "2025-03-14", rule: day}
  - {text: "mardi", edtf: "2025-03-11", rule: weekday}
  - {text: "l'automne", edtf: "2024-10/2024-12", also: ["2024-09/2024-11"], rule: season}
figures:
  - {text: "2 000", value: 2000, value_kind: approximate, topic: troops, measure: null, hedged: true, rule: plain-space}
"""


@pytest.fixture
def readers(tmp_path: Path) -> tuple[Path, Path]:
    heldout, second = tmp_path / "heldout", tmp_path / "second" / "setx"
    (heldout / "setx").mkdir(parents=True)
    second.mkdir(parents=True)
    (heldout / "setx" / "p.txt").write_text(PAGE, encoding="utf-8")
    (heldout / "setx" / "p.yaml").write_text(FIRST, encoding="utf-8")
    (second / "p.yaml").write_text(SECOND, encoding="utf-8")
    return heldout, second


def test_readers_who_differ_are_counted_by_hand(agreement: ModuleType, readers: tuple[Path, Path]) -> None:
    heldout, second = readers
    ((first_truth, second_truth),) = agreement.pairs(second, heldout)
    strict = agreement.reader_against(second_truth, first_truth)
    # « mardi » agrees; « l'automne » proposes Oct–Dec (its first reading), which contains no reading of the first
    # tightly; « 14 mars 2025 » is a fact to the second, a dateline to the first
    assert (strict.date_recall.hit, strict.date_recall.total) == (1, 2)
    assert (strict.date_precision.hit, strict.date_precision.total) == (1, 3)
    assert (strict.figure_recall.hit, strict.figure_precision.hit, strict.figure_precision.total) == (0, 0, 1)
    assert any("only the other's — this: dateline" in note for note in strict.notes)
    lenient = agreement.reader_against(second_truth, first_truth, lenient=True)
    assert (lenient.date_recall.hit, lenient.date_precision.hit) == (2, 2)  # its `also` is the first's reading


def test_a_call_amends_the_second_reader_as_it_does_the_first(
    agreement: ModuleType, readers: tuple[Path, Path]
) -> None:
    # the second folder's AMEND.yaml is read as a set's is (never taken for a page's truth)
    heldout, second = readers
    (second / "AMEND.yaml").write_text(
        'amendments:\n  - article: p\n    kind: also\n    item: {text: "2 000", also_kinds: [exact]}\n'
        '    reason: "a call on a convention"\n',
        encoding="utf-8",
    )
    ((_, second_truth),) = agreement.pairs(second, heldout)
    assert [f.kinds for f in second_truth.figures] == [("approximate", "exact")]


def test_either_reader_pools_readings_but_counts_the_first_readers_items(
    agreement: ModuleType, readers: tuple[Path, Path]
) -> None:
    from koursk_cli.extract.draftrecords import Draft, DraftRecord

    heldout, second = readers
    ((first_truth, second_truth),) = agreement.pairs(second, heldout)
    quote = PAGE.strip()
    draft = Draft(  # a draft made by hand, so that the counts do not hang on what extract reads today
        source=DraftRecord({"published": "2025-03-14"}),
        events=[
            DraftRecord({"quote": quote, "date": "2024-10/2024-12", "date_basis": "« l'automne »: a season"}),
            DraftRecord({"quote": quote, "date": "2025-03-14", "date_basis": "« 14 mars 2025 »: a day"}),
        ],
        claims=[DraftRecord({"quote": quote, "value": 2000, "value_kind": "approximate"}, {"value_kind": "« 2 000 »"})],
        candidates=[],
        notes=[],
    )
    alone = agreement.extract_against(draft, first_truth, None)
    either = agreement.extract_against(draft, first_truth, second_truth)
    tallies = ("date_recall", "date_precision", "figure_recall", "figure_precision")
    assert [str(getattr(alone, t)).split()[0] for t in tallies] == ["0/2", "0/2", "0/1", "0/1"]
    # the second reader's autumn and its approximate count are pooled into the first's items; its fact « 14 mars
    # 2025 » makes that proposal right, but is no item to find: recall still counts the first reader's two dates
    assert [str(getattr(either, t)).split()[0] for t in tallies] == ["1/2", "2/2", "1/1", "1/1"]


def test_a_second_truth_without_a_first_is_one_line_and_exit_1(tmp_path: Path) -> None:
    folder = tmp_path / "sealed999"
    folder.mkdir()
    (folder / "x.yaml").write_text(SECOND, encoding="utf-8")
    result = _run(folder)
    assert result.returncode == 1
    assert result.stderr.startswith("agreement: ") and result.stderr.count("\n") == 1
    assert "no first truth" in result.stderr


# Each second reader's AMEND.yaml (its item count and SHA-256): a call the lead signs, as tests/test_heldout.py pins a
# set's (the session-68 call on announced events' days)
AMENDMENTS_PINNED = {
    "sealed54": (10, "53ca373e5b1f655666c5c99d5fca4f55e5e006a38f48cfd39bb4b74fe1408369"),
    "sealed55": (17, "c91bc969225cb403f1f99114b726b74db7030ffc08002495f215ad738207ce84"),
    "sealed56": (1, "b04ac8a3792b5191ab3e9e379ba9c40e16dee500d302b21559c53b152a89d9a0"),
    "sealed57": (9, "57129b25a1dcca51c32dbf9657700753eb4124098878d4f2a2ec3c7d6c5d8e06"),
}


@pytest.mark.parametrize("folder", sorted((BENCHMARKS / "agreement").glob("sealed*")), ids=lambda p: p.name)
def test_every_second_truth_is_frozen_and_pairs_with_its_first(agreement: ModuleType, folder: Path) -> None:
    for line in (folder / "SHA256SUMS.txt").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha256((folder / name.lstrip("*")).read_bytes()).hexdigest() == digest, name
    amendments = (folder / "AMEND.yaml").read_bytes()
    count, digest = AMENDMENTS_PINNED[folder.name]
    assert (amendments.count(b"\n  - article:"), hashlib.sha256(amendments).hexdigest()) == (count, digest)
    assert len(agreement.pairs(folder)) == len([p for p in folder.glob("*.yaml") if p.name != "AMEND.yaml"]) == 18
