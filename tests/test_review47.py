"""Review 47 (hostile review of passes 28-30 and extract rounds 38-39): what it found, each held here."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import frelided, writtenon
from koursk_cli.store.cachefile import cache_path
from koursk_cli.store.digest import row_checksum
from tests.conftest import run
from tests.stores import edit_cache
from tests.test_extract_backtracking import _growth


def _forge_context(root: Path, damage: Callable[[Any], None], part: str = "context") -> None:
    """A cached core `part` rewritten by `damage` with its checksum recomputed and SQLite's header kept: what
    someone with write access to the cache (or a bug) could leave, which no checksum catches."""
    path = cache_path(root)
    db = sqlite3.connect(path)
    try:
        value = json.loads(db.execute("SELECT body FROM core WHERE part = ?", (part,)).fetchone()[0])
    finally:
        db.close()
    damage(value)
    body = json.dumps(value, ensure_ascii=False).encode()
    edit_cache(
        path,
        f"UPDATE core SET body = x'{body.hex()}', checksum = {row_checksum(body)} WHERE part = '{part}'",
        keep_header=True,
    )


def _set(table: str, column: str, make: Callable[[list[Any]], list[Any]]) -> Callable[[dict[str, Any]], None]:
    def damage(value: dict[str, Any]) -> None:
        value[table][column] = make(value[table][column])

    return damage


CONTEXT_DAMAGE = {
    "published-ids-unsorted": _set("published", "ids", lambda ids: ids[::-1]),
    "owner-ids-unsorted": _set("owners", "ids", lambda ids: ids[::-1]),
    "published-ids-repeated": _set("published", "ids", lambda ids: [ids[0], *ids[:-1]]),
    "published-ids-not-strings": _set("published", "ids", lambda ids: list(range(len(ids)))),
    "dates-short": _set("published", "dates", lambda dates: dates[:-1]),
    "lines-short": _set("owners", "lines", lambda lines: lines[:-1]),
    "kinds-long": _set("owners", "kinds", lambda kinds: [*kinds, "source"]),
    "dates-not-edtf": _set("published", "dates", lambda dates: ["zz"] * len(dates)),
    "dates-not-strings": _set("published", "dates", lambda dates: [1] * len(dates)),
    "lines-not-integers": _set("owners", "lines", lambda lines: ["1"] * len(lines)),
    "lines-booleans": _set("owners", "lines", lambda lines: [True] * len(lines)),
    "files-not-strings": _set("owners", "files", lambda files: [None] * len(files)),
    "column-missing": lambda value: value["owners"].pop("kinds"),
    "table-not-columns": lambda value: value.update(published={}),
    "table-a-list": lambda value: value.update(owners=[]),
    "actors-a-number": lambda value: value.update(actors=5),
    "places-not-strings": lambda value: value.update(places=[1, 2]),
    "measures-a-list": lambda value: value.update(measures=[]),
    "units-not-lists": lambda value: value.update(units={"troops": "soldiers"}),
}


@pytest.mark.parametrize("damage", CONTEXT_DAMAGE)
@pytest.mark.parametrize("command", ["events --json", "sources --json", "show rutte-confirms-deployment --json"])
def test_a_forged_context_part_is_damage_and_the_command_answers(store_copy: Path, damage: str, command: str) -> None:
    """Pass 30 keeps the context's tables as sorted ids beside columns: ids out of order, repeated or not strings,
    columns of another length or values of another type (the checksum forged to match) were a traceback, or an id
    looked up by bisection not found. Now damage found as the cache is opened: one warning, rebuilt, the right
    answer; a changed events file (which reads the context) included."""
    expected = run("--data", str(store_copy), *command.split()).stdout
    events_file = store_copy / "data" / "events" / "politics.yaml"
    events_file.write_text(events_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _forge_context(store_copy, CONTEXT_DAMAGE[damage])
    result = run("--data", str(store_copy), *command.split())
    assert (result.exit_code, result.stdout) == (0, expected), result.stderr
    assert len(result.stderr.splitlines()) == 1 and "core part 'context'" in result.stderr, result.stderr


def _first(change: Callable[[dict[str, Any]], None]) -> Callable[[list[dict[str, Any]]], None]:
    def damage(entries: list[dict[str, Any]]) -> None:
        change(entries[0])

    return damage


ENTRY_DAMAGE = {
    "entity-kind-missing": ("entity", _first(lambda entry: entry.pop("kind"))),
    "entity-name-a-string": ("entity", _first(lambda entry: entry.update(name="x"))),
    "entity-aliases-a-string": ("entity", _first(lambda entry: entry.update(aliases="abc"))),
    "topic-measures-a-string": ("topic", _first(lambda entry: entry.update(measures="x"))),
    "topic-measure-without-id": ("topic", _first(lambda entry: entry["measures"][0].pop("id"))),
    "source-seed-missing": ("source", _first(lambda entry: entry.pop("seed"))),
    "source-outlet-a-number": ("source", _first(lambda entry: entry.update(outlet=7))),
    "source-undated": ("source", _first(lambda entry: entry.update(id="no-such-source"))),
    "part-not-a-list": ("entity", lambda entries: entries.clear() or entries.append(1)),
}


@pytest.mark.parametrize(
    ("damage", "command"),
    [
        (damage, command)
        for damage, (part, _) in ENTRY_DAMAGE.items()
        for command in ("events --json", "sources --json", "topics --json")
        if part != "source" or command == "sources --json"  # a listing of events parses no source entry
    ],
)
def test_a_forged_core_entry_is_damage_and_the_command_answers(store_copy: Path, damage: str, command: str) -> None:
    """The other core parts (sources, entities, topics as checked, kept as plain JSON) are held to the store schema
    again when read: an entry of the wrong shape (its checksum forged) was a KeyError or TypeError traceback where
    its object was built. Now one warning, the cache rebuilt, the right answer."""
    expected = run("--data", str(store_copy), *command.split()).stdout
    part, change = ENTRY_DAMAGE[damage]
    _forge_context(store_copy, change, part)
    result = run("--data", str(store_copy), *command.split())
    assert len(result.stderr.splitlines()) == 1 and f"core part '{part}'" in result.stderr, result.stderr
    if part == "source":  # parsed mid-command, when a listing first needs every source: refused, the cache removed
        assert (result.exit_code, result.stdout) == (1, ""), result.stderr
        result = run("--data", str(store_copy), *command.split())
    assert (result.exit_code, result.stdout) == (0, expected), result.stderr


@pytest.mark.parametrize("command", ["topics", "topics --json", "topics --all --json", "report -o -"])
def test_a_claim_approximate_on_the_first_day_koursk_keeps_is_answered(store_copy: Path, command: str) -> None:
    """`0001-01-01~` is a date the store keeps (check passes); the conflict tiers widen an approximate as-of end by a
    day each way (claims.pinned_window), and the day before 1 January of year 1 was an OverflowError traceback; the
    report's chart pads a short axis on both sides and did the same. No day comes before it, so the window stops
    there and the axis's padding goes after."""
    claims = store_copy / "data" / "claims" / "losses.yaml"
    text = claims.read_text(encoding="utf-8")
    assert "as_of: 2024-11-07\n" in text
    claims.write_text(text.replace("as_of: 2024-11-07\n", "as_of: 0001-01-01~\n", 1), encoding="utf-8")
    assert run("--data", str(store_copy), "check").exit_code == 0
    result = run("--data", str(store_copy), *command.split())
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr


# --- extract: runs of spaces tried at every split (rounds 38-39's patterns after a figure; round 15's signatures) ---

_OLD_SIGNATURE = re.compile(
    writtenon._SIGNATURE.pattern.replace(r"\s*+", r"\s*").replace(r"\s++", r"\s+"), writtenon._SIGNATURE.flags
)
_AFTER_A_FIGURE = ("_IT_IS_THE_NUMBER", "IN_ALL", "_THE_NOUN_AFTER", "ELIDED_AFTER", "OF_THEM")


def test_a_line_of_spaces_after_a_figure_is_read_in_one_pass() -> None:
    """« Il y aurait 3 000 » then 2,000 spaces then a word: a talk page's signature was tried at every split of the
    run among its three `\\s*` (~110 s; 100,000 spaces: hours); the patterns after a figure (round 39's « , c'est le
    nombre de », « au total ») at every split among their two, on the whole rest of the page. Bounded by growth (quadratic: ×16)."""
    published = parse_edtf("2024-11-08")
    line = "Il y aurait 3 000{}x."
    assert _growth(lambda n: writtenon.signed_comments(line.format(" " * n), published), 40) < 16
    for name in _AFTER_A_FIGURE:
        pattern: re.Pattern[str] = getattr(frelided, name)

        def after(n: int, pattern: re.Pattern[str] = pattern) -> object:
            return pattern.match(" " * n + "x")

        assert _growth(after, 2000) < 8, name


_SIGNED_PIECES = st.sampled_from(
    [
        "Boréal-42",
        "Stéphane.M",
        "@kim",
        "—",
        "-",
        " ",
        "  ",
        "\t",
        ",",
        ".",
        "12",
        "1er",
        "novembre",
        "2024",
        "à",
        "10",
        "h",
        ":",
        "05",
        "(CET)",
        "(discuter)",
        "(",
        ")",
        "|",
        "03/11/2024",
        "x.",
    ]
)


@given(st.lists(_SIGNED_PIECES, max_size=14))
@settings(max_examples=1500, deadline=None)
def test_a_signature_is_what_the_old_pattern_read(pieces: list[str]) -> None:
    """Each run of spaces taken whole (`\\s*+`: what follows it is never a space) finds the same signatures."""
    line = "".join(pieces)
    new, old = writtenon._SIGNATURE.search(line), _OLD_SIGNATURE.search(line)
    assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict()))


@given(
    st.sampled_from(_AFTER_A_FIGURE),
    st.lists(
        st.sampled_from(
            [
                " ",
                "\n",
                "»",
                '"',
                ",",
                ":",
                "c'est le nombre de",
                "au total",
                "les",
                "soldats",
                "le nombre de",
                "d'entre eux",
                "x",
            ]
        ),
        max_size=10,
    ),
)
@settings(max_examples=1500, deadline=None)
def test_the_patterns_after_a_figure_are_what_they_read(name: str, pieces: list[str]) -> None:
    pattern = getattr(frelided, name)
    old = re.compile(pattern.pattern.replace(r"^\s*+", r"^\s*"), pattern.flags)
    text = "".join(pieces)
    new_match, old_match = pattern.match(text), old.match(text)
    assert (new_match and (new_match.span(), new_match.groupdict())) == (
        old_match and (old_match.span(), old_match.groupdict())
    )
