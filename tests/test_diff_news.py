"""`koursk diff` says what the listings say (rev30): every event and figure with its status mark, the conflicts that
appeared between two dates, and an open end read as now, never as a sentinel year."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from koursk_cli.model import Status
from koursk_cli.render.styles import STATUS_MARK
from koursk_cli.words import LEGEND
from tests.conftest import run
from tests.stores import StoreBuilder

TOPICS = """\
topics:
  - id: troops
    name: {en: Troops, fr: Troupes}
    aliases: [troupes, soldats]
    measures:
      - id: sent-to-russia
        description: {en: sent in all, fr: envoyés en tout}
        cumulative: true
      - id: in-kursk
        description: {en: present in Kursk, fr: présents à Koursk}
        at_most: sent-to-russia
"""

WINDOW = ("--from", "2024-10-31", "--to", "2024-11-15")


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Two articles known by 31 Oct whose figures already clash, one straddling 31 Oct, one new by 15 Nov and one
    after: every new conflict known from what is written here."""
    root = (
        StoreBuilder()
        .topics(TOPICS)
        .source("old", "2024-10-20")
        .source("old2", "2024-10-25")
        .source("edge", "2024-10-28/2024-11-03")  # straddles --from: what it brings is maybe known already
        .source("new", "2024-11-08")
        .source("late", "2024-12-01")  # not known by --to
        .entity("nis", "agency", "NIS")
        .entity("cia", "agency", "CIA")
        .entity("mi6", "agency", "MI6")
        .entity("ukraine", "state", "Ukraine")
        .entity("zelensky", "person", "Volodymyr Zelensky")
        .event("old-report", "2024-10-20", "The NIS is said to count about 12,000 sent", ("old", "aurait envoyé"),
               status="alleged")
        .event("new-report", "2024-11-08", "Ukraine counts 10,000 sent", ("new", "a envoyé 10 000"))
        .claim("old-12000", "old", 12000, "2024-10-20", asserted_by=("nis",), kind="approximate", status="alleged")
        .claim("old-9000", "old2", 9000, "2024-10-20", asserted_by=("cia",))  # clashes with old-12000: not new
        .claim("edge-8000", "edge", 8000, "2024-10-28", asserted_by=("mi6",))
        .claim("new-10000", "new", 10000, "2024-11-08", asserted_by=("ukraine",))
        .claim("new-kursk-13000", "new", 13000, "2024-11-08", asserted_by=("zelensky",), measure="in-kursk")
        .claim("late-5000", "late", 5000, "2024-12-01", asserted_by=("ukraine",))
        .write(tmp_path_factory.mktemp("news"))
    )  # fmt: skip
    return str(root)


def diff(store: str, *args: str) -> dict[str, Any]:
    result = run("--data", store, "diff", *args, "--json")
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = result.json()
    return document


def pairs(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(p["a"]["id"], p["b"]["id"], p["kind"]) for p in document["new_conflicts"]]


def test_a_conflict_is_new_when_one_of_its_claims_becomes_known(news: str) -> None:
    """U2: `diff` by date said "0 revised" and nothing else while the NIS's ~12,000 and 10,000 sent came to disagree.
    A total that fell, a pair across measures of two new figures (once), two pairs a straddling article brings
    (maybe known by --from); not the clash already known by --from, nor one with a figure published after --to."""
    found = diff(news, *WINDOW)
    assert pairs(found) == [
        ("old-12000", "edge-8000", "total-fell"),
        ("old-9000", "edge-8000", "total-fell"),
        ("old-12000", "new-10000", "total-fell"),
        ("new-10000", "new-kursk-13000", "across-measures"),
    ]
    assert found["new_conflict_count"] == 4
    assert found["maybe_known"]["conflicts"] == [["old-12000", "edge-8000"], ["old-9000", "edge-8000"]]
    assert [p["measure"] for p in found["new_conflicts"]][-1] == "sent-to-russia"  # `a`'s
    plain = run("--data", news, "diff", *WINDOW).stdout.splitlines()
    assert plain[1] == "New by 2024-11-15: 2 sources, 1 event, 3 claims, 4 conflicts, 0 revised"
    heads = [line for line in plain if re.match(r"[!?] conflict", line)]
    assert heads == [
        "? conflict (total fell): ◌ troops/sent-to-russia ~12,000 soldiers — NIS, as of 20 Oct 2024 [old-12000]",
        # read as ±10 %, 9,000 (from 8,100) and 8,000 (up to 8,800) meet, as ~12,000 (from 10,800) and 10,000 do
        "? conflict (total fell; only if the round figures are exact): ○ troops/sent-to-russia 9,000 soldiers — CIA, "
        "as of 20 Oct 2024 [old-9000]",
        "! conflict (total fell; only if the round figures are exact): ◌ troops/sent-to-russia ~12,000 soldiers — NIS,"
        " as of 20 Oct 2024 [old-12000]",
        "! conflict (across measures): ○ troops/sent-to-russia 10,000 soldiers — Ukraine, as of 8 Nov 2024 [new-10000]",
    ]
    at = plain.index(heads[2])
    assert plain[at + 2] == "!   vs ○ troops/sent-to-russia 10,000 soldiers — Ukraine, as of 8 Nov 2024 [new-10000]"
    assert plain[at + 1].startswith("!     «") and plain[at + 3].startswith("!     «")  # both quotes


def test_new_conflicts_are_the_pairs_claims_as_of_finds_at_to_and_not_at_from(news: str) -> None:
    """The oracle: `claims --as-of` names each claim's conflicts among what was published by then; the pairs it
    names by --to and not by --from are the new ones, for windows with and without straddling articles."""

    def named(day: str) -> set[frozenset[str]]:
        rows = run("--data", news, "claims", "--as-of", day, "--all", "--json").json()
        return {frozenset((row["id"], other)) for row in rows for other in row["conflicts_with"]}

    for start, end in (("2024-10-31", "2024-11-15"), ("2024-10-20", "2024-10-31"), ("2024-11-15", "2024-12-31")):
        found = diff(news, "--from", start, "--to", end, "--all")
        assert {frozenset(p[:2]) for p in pairs(found)} == named(end) - named(start), (start, end)
        assert found["new_conflict_count"] == len(named(end) - named(start))


def test_a_filter_narrows_the_new_figures_never_what_they_are_compared_with(news: str) -> None:
    """As in `claims`: new-kursk-13000 is the one new figure on in-kursk; its clash is with a figure on another
    measure, which the filter leaves out of the listing but not out of the comparison."""
    found = diff(news, *WINDOW, "--claim", "troops/in-kursk")
    assert [c["id"] for c in found["new_claims"]] == ["new-kursk-13000"]
    assert pairs(found) == [("new-10000", "new-kursk-13000", "across-measures")]
    assert [c["id"] for c in diff(news, *WINDOW, "--status", "alleged")["new_claims"]] == []


def test_only_the_first_conflicts_are_named_unless_all(tmp_path: Path) -> None:
    """As `claims` names the first 10 and counts them all: 13 exact figures for one month pairwise apart."""
    builder = StoreBuilder().source("old", "2024-10-05").source("new", "2024-11-08")
    builder.claim("old-1", "old", 1000, "2024-10")
    for n in range(12):
        builder.claim(f"new-{n:02}", "new", 2000 + n, "2024-10")
    root = str(builder.write(tmp_path))
    found = diff(root, *WINDOW)
    assert found["new_conflict_count"] == 13 * 12 // 2 and len(found["new_conflicts"]) == 10
    assert len(diff(root, *WINDOW, "--all")["new_conflicts"]) == 78
    plain = run("--data", root, "diff", *WINDOW).stdout.splitlines()
    assert "… and 68 more new conflicts: add --all to name every one" in plain
    # 2,000 read as ±10 % meets 2,001…2,011: those conflicts hold only if it is exact
    tiers = r"( \((only if the round figures are exact|only if on the same day)\))?"  # a month: same-day (rev37u U4)
    assert sum(bool(re.match(rf"! conflict{tiers}:", line)) for line in plain) == 10


def _statuses(document: Any, found: dict[str, str]) -> dict[str, str]:
    """Every record id with its status, anywhere in a diff's JSON."""
    if isinstance(document, dict):
        if "id" in document and "status" in document:
            found[document["id"]] = document["status"]
        for value in document.values():
            _statuses(value, found)
    elif isinstance(document, list):
        for value in document:
            _statuses(value, found)
    return found


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2024-11-01", "--to", "2024-12-15"],
        ["--from", "2024-10-31"],
        ["nis-12000", "first-clashes"],
        ["rutte-confirms", "nis-12000"],
    ],
)
def test_every_event_and_figure_a_diff_lists_carries_its_status(args: list[str]) -> None:
    """U1: `diff` dropped every status, so « aurait » (containers-thousands, alleged) read as plain fact; docs/
    claims.md rule 7: a hedged figure stays hedged wherever it is listed. Each line naming a record (`[id]`, or
    `(id, as of` in a revision) has its mark, in a pipe and on a terminal; the JSON has the status word; the legend
    says what the marks mean."""
    statuses = _statuses(run("diff", *args, "--json").json(), {})
    assert statuses["nis-12000-sent"] == "alleged"
    for tty in (False, True):
        out = run("--no-color", "diff", *args, tty=tty, width=400).stdout
        lines = out.splitlines()
        named = 0
        for line in lines:
            for record in re.findall(r"\[([a-z0-9-]+)\]$|  \[([a-z0-9-]+)\]", line):
                record_id = record[0] or record[1]
                if record_id in statuses:
                    named += 1
                    mark = STATUS_MARK[Status(statuses[record_id])]
                    assert f" {mark} " in line, line
        assert named > 5
        assert "status of each event (for “X says”, of the saying) and of each figure." in out
        assert LEGEND["en"]["dates"] in out
    french = run("diff", *args, "--lang", "fr").stdout
    assert "statut de chaque événement (pour « X dit », de la déclaration) et de chaque chiffre." in french
    assert "◌ allégué : l'article prend une réserve" in french and LEGEND["fr"]["dates"] in french
    hedged = [line for line in run("diff", *args).stdout.splitlines() if "[nis-12000-sent]" in line]
    assert hedged and all("◌ troops/sent-to-russia ~12,000 soldiers" in line for line in hedged)


def test_a_revision_shows_both_figures_statuses(tmp_path: Path) -> None:
    root = (
        StoreBuilder()
        .source("alpha", "2024-10-20")
        .source("beta", "2024-11-08")
        .entity("nis", "agency", "NIS")
        .claim("nis-oct", "alpha", 12000, "2024-10", asserted_by=("nis",), status="alleged")
        .claim("nis-nov", "beta", 15000, "2024-11-07", asserted_by=("nis",))
        .write(tmp_path)
    )
    plain = run("--data", str(root), "diff", *WINDOW).stdout.splitlines()
    assert (
        "! revised troops/sent-to-russia: ◌ 12,000 (nis-oct, as of Oct 2024) → ○ 15,000 (nis-nov, as of 7 Nov 2024)"
        in plain
    )


def test_an_open_end_reads_as_now_everywhere() -> None:
    """U16: `diff --from X` alone still said `new by 9999-12-31` on the straddle line, and its JSON `"to":
    "9999-12-31"` (`"from": "0001-01-01"` without --from)."""
    for args in (["--from", "2024-11-01"], ["--to", "2024-11-01"], ["--from", "2024-10-30"]):
        for tty in (False, True):
            out = run("diff", *args, tty=tty).stdout
            assert "9999" not in out and "0001-01-01" not in out, (args, out[:400])
        document = run("diff", *args, "--json").json()
        assert (document["from"] is None) == ("--from" not in args)
        assert (document["to"] is None) == ("--to" not in args)
    straddle = run("diff", "--from", "2024-11-01").stdout.splitlines()[2]
    assert straddle == "? nis-12000: window straddles 2024-11-01: new by now, maybe known by 2024-11-01 (marked ?)"
