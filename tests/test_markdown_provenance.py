"""`koursk export markdown` says what made it and where the sources disagree (review R7): a fact-checker pasting it
into a note keeps the subset it is (the command, the store and its digest, as the report's header says them) and
the conflicts between its figures, each with its tier (`≠` firm, `≠?` only if the round figures are exact), as
`koursk claims` lists them on a terminal. The oracle for the pairs is `export csv --rows claims` (conflicts_with,
conflict_tiers)."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli import __version__
from koursk_cli.claims import CONFLICT_TIERS
from tests.claimstores import claim_strategy, write_claims
from tests.conftest import run
from tests.stores import StoreBuilder


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """On one measure and month: a bare 10,000 (exact) and ~12,000 conflict only if the 10,000 is exact; 1,500
    conflicts firmly with both; 11,000, in Kursk, with none."""
    builder = (
        StoreBuilder()
        .source("alpha", "2024-10-28")
        .source("beta", "2024-11-08")
        .entity("nis", "agency", "NIS")
        .entity("zelensky", "person", "Volodymyr Zelensky")
        .event("one", "2024-10-28", "One", ("alpha", "Des troupes à Koursk"))
        .claim("nis-12000", "alpha", 12000, "2024-10", asserted_by=("nis",), kind="approximate")
        .claim("article-10000", "alpha", 10000, "2024-10")
        .claim("zelensky-1500", "beta", 1500, "2024-10", asserted_by=("zelensky",))
        .claim("zelensky-11000", "beta", 11000, "2024-10", asserted_by=("zelensky",), measure="in-kursk")
    )
    return builder.write(tmp_path_factory.mktemp("md") / "store")


def _markdown(store: Path | None, *flags: str) -> str:
    data = ("--data", str(store)) if store else ()
    result = run(*data, "export", "markdown", *flags)
    assert result.exit_code == 0, result.stderr
    return result.stdout


PAIR = re.compile(r"^- [^:]+: (\S+) \(.*?\) (≠(?:\?|\\~)?) (\S+) \(")  # Markdown escapes ~ (\~)


def _pairs(text: str) -> dict[frozenset[str], str]:
    """The pairs a Markdown export lists, each with its mark."""
    found = {}
    for line in text.split("\n## Conflicts", 1)[1].split("\n## Sources", 1)[0].splitlines():
        if matched := PAIR.match(line):
            a, mark, b = matched.groups()
            found[frozenset((a.replace("\\", ""), b.replace("\\", "")))] = mark.replace("\\", "")
    return found


def _csv_pairs(store: Path | None, *flags: str) -> dict[frozenset[str], str]:
    """The pairs `export csv --rows claims` names for the same claims, each with its tier's mark."""
    data = ("--data", str(store)) if store else ()
    result = run(*data, "export", "csv", "--rows", "claims", *flags)
    assert result.exit_code == 0, result.stderr
    marks = {tier.value: words["en"].mark for tier, words in CONFLICT_TIERS.items()}
    found = {}
    for row in csv.DictReader(io.StringIO(result.stdout, newline="")):
        named, tiers = row["conflicts_with"], row["conflict_tiers"]
        for other, tier in zip(named.split(";") if named else [], tiers.split(";") if tiers else [], strict=True):
            found[frozenset((row["id"], other))] = marks[tier]
    return found


def test_the_header_says_the_command_and_the_store(store: Path) -> None:
    text = _markdown(store, "--rows", "claims", "--claim", "troops", "--since", "2024-10", "--text", "soldats dit")
    lines = text.splitlines()
    assert lines[0] == "# Claims (koursk export markdown)"
    assert lines[2] == (
        "Made with: koursk export markdown --rows claims --claim troops --since 2024-10 --text 'soldats dit'  "
    )
    digest = re.search(r'class="digest">([0-9a-f]{64})<', run("--data", str(store), "report", "-o", "-").stdout)
    assert digest and lines[3] == f"Store: {store.resolve()}, digest (SHA-256) {digest[1]}"  # the report's digest


def test_the_header_of_the_whole_store_says_so_and_names_the_global_options() -> None:
    lines = _markdown(None, "--lang", "fr").splitlines()
    assert lines[2] == "Produit par : koursk export markdown --lang fr  "  # its words in French too
    assert lines[3].startswith(f"Corpus : le corpus fourni avec koursk {__version__}, empreinte (SHA-256) ")
    assert _markdown(None).splitlines()[2] == "Made with: koursk export markdown (no filter: the whole store)  "


def test_claims_list_their_conflicts_with_their_tier(store: Path) -> None:
    text = _markdown(store, "--rows", "claims")
    # month windows that overlap: the two firm on the figures may hold on different days (rev37u U4)
    assert "\n## Conflicts (3): 2 only if on the same day, 1 only if the round figures are exact\n" in text
    assert _pairs(text) == {
        frozenset(("nis-12000", "article-10000")): "≠?",
        frozenset(("nis-12000", "zelensky-1500")): "≠~",
        frozenset(("article-10000", "zelensky-1500")): "≠~",
    }
    assert (
        "\n≠\\~ only if on the same day: the figures clash" in text
        and "\n≠? only if the round figures are exact: " in text
    )


def test_a_filtered_export_names_the_conflicts_with_claims_it_leaves_out(store: Path) -> None:
    text = _markdown(store, "--rows", "claims", "--source", "beta")
    assert "\n2 of them with a claim not listed here (these filters leave it out).\n" in text
    assert "zelensky-1500 (1,500, Volodymyr Zelensky, as of Oct 2024) ≠\\~ nis-12000 (" in text
    assert "; not listed)" in text


def test_no_conflict_is_said(store: Path) -> None:
    text = _markdown(store, "--rows", "claims", "--claim", "troops/in-kursk")
    assert (
        "\n## Conflicts (0)\n\nNone: every pair of figures on the same measure and period can both be true.\n" in text
    )


def test_an_events_table_says_where_the_figures_and_their_conflicts_are(store: Path) -> None:
    assert "--rows claims lists them with their conflicts" in _markdown(store)


def test_the_shipped_store_s_conflicts_are_those_the_csv_names() -> None:
    """On the shipped store: every pair the claims' CSV names, with the same tier, and the heading counts them."""
    text = _markdown(None, "--rows", "claims")
    pairs = _pairs(text)
    assert pairs == _csv_pairs(None) and pairs
    counted = Counter(pairs.values())
    heading = ", ".join(
        f"{counted[words['en'].mark]} {words['en'].counted}"
        for words in CONFLICT_TIERS.values()
        if counted[words["en"].mark]
    )
    assert f"\n## Conflicts ({len(pairs)}): {heading}\n" in text


_claim = claim_strategy(file=st.just("a"), restates=st.just(False))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(_claim, min_size=1, max_size=12), source=st.sampled_from([None, "alpha", "beta"]))
def test_every_pair_the_csv_names_is_listed_once_with_its_tier(
    tmp_path_factory: pytest.TempPathFactory, claims: list[dict[str, object]], source: str | None
) -> None:
    """Property, on random claim stores (bounds touching, dates overlapping, cumulative and bounded measures):
    the Markdown lists exactly the pairs `export csv --rows claims` names under the same filter, each once, with
    the same tier."""
    root = write_claims(tmp_path_factory.mktemp("claims") / "store", claims)
    flags = ("--source", source) if source else ()
    text = _markdown(root, "--rows", "claims", *flags)
    listed = [line for line in text.split("\n## Conflicts", 1)[1].splitlines() if line.startswith("- ")]
    assert len(listed) == len(_pairs(text)) == len(_csv_pairs(root, *flags))
    assert _pairs(text) == _csv_pairs(root, *flags)
