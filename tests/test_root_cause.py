"""One mistake, one problem (rev31 L2): a check that depends on a record the schema refused skips it, so the
record's own problem is the only line, never a second, false one cascading from it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import run
from tests.stores import CLAIMS, SEED, SOURCES, write_store

BETA_SEED = "Vendredi 8 novembre, Kiev a confirmé la présence de soldats nord-coréens à Koursk.\n"
BETA = """\
  - id: beta
    seed: beta.txt
    sha256: {sha}
    outlet: {outlet}
    language: fr
    title: {{en: Beta, fr: Beta}}
    published: 2024-11-08
    published_basis: "test fixture"
"""
EVENT = """\
events:
  - id: in-kursk
    date: 2024-10-28/2024-11-05
    date_basis: "between the two articles"
    title: {en: North Korean troops in Kursk, fr: Des soldats nord-coréens à Koursk}
    actors: [rutte]
    places: [kursk-oblast]
    tags: []
    status: confirmed
    evidence:
      - source: alpha
        quote: "Mark Rutte a déclaré lundi 28 octobre"
      - source: beta
        quote: "Kiev a confirmé la présence de soldats nord-coréens"
"""
MEN = """\
  - id: men-10000
    topic: troops
    measure: sent-to-russia
    value: 10000
    value_kind: exact
    unit: soldiers
    as_of: 2024-10
    as_of_basis: "publication"
    asserted_by: []
    source: alpha
    quote: "10 000 hommes"
    status: reported
    restates: nis-12000
"""


def _two_sources(root: Path, outlet: str) -> Path:
    sha = hashlib.sha256(SEED.encode()).hexdigest()
    beta = BETA.format(sha=hashlib.sha256(BETA_SEED.encode()).hexdigest(), outlet=outlet)
    write_store(root, sources=SOURCES.format(sha=sha) + beta, events=EVENT)
    (root / "seeds" / "beta.txt").write_text(BETA_SEED, encoding="utf-8")
    return root


def test_an_event_is_not_dated_against_the_sources_left_when_one_it_cites_is_refused(tmp_path: Path) -> None:
    assert run("--data", str(_two_sources(tmp_path / "sound", "null")), "check").exit_code == 0  # beta allows the end
    root = _two_sources(tmp_path / "refused", "5")
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{root}/data/sources.yaml:13:13: source 'beta': outlet must be a string or a null, not the number 5"
    ]
    assert result.stderr == f"koursk check: 1 problem in {root}\n"


def test_an_event_citing_only_valid_sources_is_still_dated_against_them(tmp_path: Path) -> None:
    """The rule still holds where every source it cites is known: alpha alone, published by 31 October."""
    root = _two_sources(tmp_path / "store", "null")
    events = root / "data" / "events" / "main.yaml"
    text = events.read_text("utf-8")
    events.write_text(text[: text.index("      - source: beta")], "utf-8")
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert "date 2024-10-28/2024-11-05 ends after every source reporting it was published (by 2024-10-31)" in (
        result.stdout
    )


def test_a_restatement_of_a_refused_claim_is_not_said_to_be_missing(tmp_path: Path) -> None:
    claims = CLAIMS.replace("value: 12000", "value: 1" + "0" * 300) + MEN
    root = write_store(tmp_path, claims=claims)
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and "claim 'nis-12000': value is too large" in lines[0], result.stdout
    assert "restates" not in result.stdout


def test_a_restatement_of_a_claim_that_is_not_there_is_still_said(tmp_path: Path) -> None:
    root = write_store(tmp_path, claims=CLAIMS + MEN.replace("restates: nis-12000", "restates: nis-1200"))
    result = run("--data", str(root), "check")
    assert result.exit_code == 1 and "restates: no claim 'nis-1200' in this file" in result.stdout
