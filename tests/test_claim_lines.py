"""A claim's line in a pipe names the claims it conflicts with (facts16 L10): `koursk claims | tee notes.txt` lost the
« Conflicts » block a terminal shows and the `conflicts_with` JSON has."""

from __future__ import annotations

import pytest

from koursk_cli.render.claims import CLAIM_LINE
from koursk_cli.render.lines import pipe_fields
from tests.conftest import REPO, run
from tests.stores import StoreBuilder

COLUMN = CLAIM_LINE.names.index("conflicts_with")
LISTINGS = [("claims", "troops"), ("sources", "--claim", "troops")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`early` (published 28 Oct) says 10,000; `later` (5 Nov) says 12,000 for the same day: a conflict known only
    from 5 Nov. `box` restates `early` and is party to no conflict; `agrees` says ~11,000, which both allow."""
    builder = (
        StoreBuilder()
        .source("early", "2024-10-28")
        .source("later", "2024-11-05")
        .claim("early-10000", "early", 10000, "2024-10-28")
        .claim("box", "early", 10000, "2024-10-28", restates="early-10000")
        .claim("later-12000", "later", 12000, "2024-10-28")
        .claim("agrees", "later", 11000, "2024-10-28", kind="approximate")
    )
    return str(builder.write(tmp_path_factory.mktemp("lines")))


def _piped(store: str, *args: str) -> dict[str, str]:
    lines = run("--data", store, *args).stdout.splitlines()
    assert all(len(line.split("\t")) == len(pipe_fields(CLAIM_LINE, drafts=False)) for line in lines), lines
    return {line.split("\t")[0]: line.split("\t")[COLUMN] for line in lines}


def _json(store: str, *args: str) -> dict[str, str]:
    return {row["id"]: ",".join(row["conflicts_with"]) for row in run("--data", store, *args, "--json").json()}


@pytest.mark.parametrize("listing", LISTINGS, ids=" ".join)
def test_a_pipe_names_each_claims_conflicts_last_as_json_does(store: str, listing: tuple[str, ...]) -> None:
    piped = _piped(store, *listing)
    assert piped == {"early-10000": "later-12000", "box": "", "later-12000": "early-10000", "agrees": ""}
    assert piped == _json(store, *listing)


def test_as_of_names_only_conflicts_among_the_claims_published_by_then(store: str) -> None:
    before = _piped(store, "claims", "--as-of", "2024-11-04")
    assert before == {"early-10000": "", "box": ""}  # `later` was not out: no conflict yet
    assert before == _json(store, "claims", "--as-of", "2024-11-04")
    after = _piped(store, "claims", "--as-of", "2024-11-05")
    assert after["early-10000"] == "later-12000" and after == _json(store, "claims", "--as-of", "2024-11-05")


def test_a_selection_still_names_conflicts_with_claims_it_leaves_out(store: str) -> None:
    """As in JSON: the other side of a conflict need not be listed (here, another article's figure)."""
    assert _piped(store, "claims", "troops", "--source", "early") == {"early-10000": "later-12000", "box": ""}


def test_a_long_list_is_cut_as_json_cuts_it_and_says_how_many_are_left(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    builder = StoreBuilder().source("one", "2024-10-28").claim("low", "one", 100, "2024-10-28")
    for n in range(12):
        builder.claim(f"high-{n:02d}", "one", 1000 + n, "2024-10-28")
    root = str(builder.write(tmp_path_factory.mktemp("many")))
    named = [f"high-{n:02d}" for n in range(12)]
    cut = _piped(root, "claims")["low"]
    assert cut.split(",")[:10] == _json(root, "claims")["low"].split(",") and len(cut.split(",")) == 11
    assert sorted(cut.split(",")[:10]) == cut.split(",")[:10] and set(cut.split(",")[:10]) <= set(named)
    assert cut.endswith(",… 2 more")
    assert sorted(_piped(root, "claims", "--all")["low"].split(",")) == named


def test_the_reference_lists_the_columns_from_the_table() -> None:
    reference = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    for number, field in enumerate(CLAIM_LINE.fields, 1):
        assert f"| {number} `{field.name}` | {field.help} |" in reference
    # a new column goes last, so `cut -f` keeps its numbers: as_of's ISO days came after conflicts_with (rev21 A3)
    assert CLAIM_LINE.names[11:] == (
        "conflicts_with", "as_of_start", "as_of_end", "conflict_kinds", "conflict_tiers", "draft"
    )  # fmt: skip
