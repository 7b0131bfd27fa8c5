"""The cache edited behind koursk's back (issue 14, the hostile re-test): a row deleted, a row copied, a row moved,
an index row removed. Each edit is made twice: through SQLite, as any tool would (koursk sees the database's change
counter move, warns in one line and answers from the store), and as raw damage that keeps the database header as it
was (the row counts and per-row checksums, location included, catch it)."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from koursk_cli.store import blocks, indexed
from koursk_cli.store.cachefile import cache_path
from koursk_cli.store.digest import listing_checksum, row_checksum
from tests.conftest import REPO, Run, run
from tests.stores import edit_cache, forge_event_checksums

RUTTE = "rutte-confirms-deployment"


@pytest.fixture
def store_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(blocks, "BLOCK_EVENTS", 8)  # the shipped store's 52 events in 7 blocks
    root = tmp_path / "store"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "seeds", root / "seeds")
    return root


def tamper(root: Path, *statements: str, keep_header: bool) -> None:
    edit_cache(cache_path(root), *statements, keep_header=keep_header)


def assert_caught(result: Run, expected: str, caught_by: str) -> None:
    """Damage found as the rows are read (`rows`) costs a warning and the right answer; found only when a row is
    served, it fails the command (exit 1). Either way the cache is said damaged, never served."""
    if caught_by == "rows":
        assert (result.exit_code, result.stdout) == (0, expected)
        assert len(result.stderr.splitlines()) == 1 and "cache is damaged" in result.stderr, result.stderr
    else:
        assert result.exit_code == 1 and "cache is damaged" in result.stderr, result.stderr


def _answers(root: Path) -> tuple[str, str, str, str]:
    return (
        run("--data", str(root), "events", "--json").stdout,
        run("--data", str(root), "events", "--actor", "rutte", "--json").stdout,
        run("--data", str(root), "show", RUTTE, "--json").stdout,
        run("--data", str(root), "sources", "--claim", "troops", "--json").stdout,
    )


_HUGE = "9" * 5000

EDITS = {
    "event-deleted": [f"DELETE FROM events WHERE id = '{RUTTE}'"],
    "claim-deleted": ["DELETE FROM claims WHERE rowid = (SELECT min(rowid) FROM claims)"],
    "event-copied": [
        'INSERT INTO events SELECT NULL, id, file, seq + 1000, line, col, start, "end", known_from, reported_start,'
        " reported_end, first_source_start, first_source, sources, actors, places, tags, speakers, status, title_en,"
        f" title_fr, words, json, checksum, facts, words_checksum FROM events WHERE id = '{RUTTE}'",
    ],
    "claim-copied": [
        "INSERT INTO claims (id, file, seq, line, col, json, checksum, event, topic, measure) SELECT id, file,"
        " seq + 1000, line, col, json, checksum, event, topic, measure FROM claims"
        " WHERE rowid = (SELECT min(rowid) FROM claims)"
    ],
    "event-deleted-and-another-copied": [
        f"DELETE FROM events WHERE id = '{RUTTE}'",
        'INSERT INTO events SELECT NULL, id, file, seq + 1000, line, col, start, "end", known_from, reported_start,'
        " reported_end, first_source_start, first_source, sources, actors, places, tags, speakers, status, title_en,"
        " title_fr, words, json, checksum, facts, words_checksum FROM events WHERE id = 'trump-assassination-attempt'",
    ],
    "event-moved-to-another-file": [f"UPDATE events SET file = 'data/events/zz.yaml' WHERE id = '{RUTTE}'"],
    "event-reordered": [f"UPDATE events SET seq = seq + 1000 WHERE id = '{RUTTE}'"],
    "event-line-changed": [f"UPDATE events SET line = line + 1, col = col + 1 WHERE id = '{RUTTE}'"],
    "claim-line-changed": [
        "UPDATE claims SET line = line + 1 WHERE rowid = (SELECT min(rowid) FROM claims WHERE topic = 'troops')"
    ],
    "event-words-changed": [f"UPDATE events SET words = words || ' forged' WHERE id = '{RUTTE}'"],
    # Eighth review, M1: the columns that only find a claim (its topic, measure, event), damaged, must not hide it
    "claim-topic-changed": [
        "UPDATE claims SET topic = 'zz' WHERE rowid = (SELECT min(rowid) FROM claims WHERE topic = 'troops')"
    ],
    "claim-measure-changed": [
        "UPDATE claims SET measure = 'zz' WHERE rowid = (SELECT min(rowid) FROM claims WHERE topic = 'troops')"
    ],
    "claim-event-changed": [
        "UPDATE claims SET event = 'zz' WHERE rowid = (SELECT min(rowid) FROM claims"
        " WHERE event = 'nk-troops-deployed-to-kursk')"
    ],
    "claim-count-changed": [
        "UPDATE claim_counts SET n = n + 1 WHERE (file, key) = (SELECT file, key FROM claim_counts"
        " WHERE key LIKE 'm' || char(31) || 'troops' || char(31) || '%' LIMIT 1)"
    ],
    # Ninth review, H1: what SQLite itself refuses or cannot sum, met while serving, is damage, never a traceback
    **{
        f"claim-count-{name}": [
            f"UPDATE claim_counts SET n = {value} WHERE (file, key) = (SELECT file, key FROM claim_counts"
            " WHERE key LIKE 'm' || char(31) || 'troops' || char(31) || '%' LIMIT 1)"
        ]
        for name, value in (("infinite", "9e999"), ("huge", "9223372036854775807"), ("text", "'x'"))
    },
    "claim-counts-dropped": ["DROP TABLE claim_counts"],
    "names-dropped": ["DROP TABLE names"],
    "names-row-deleted": ["DELETE FROM names WHERE name = 'rutte'"],
    # Blocks of events (store/blocks.py), read by `events --json` and date queries in date order
    "block-body-changed": [
        "UPDATE blocks SET body = CAST(replace(CAST(body AS TEXT), 'Rutte', 'Ruttx') AS BLOB)"
        " WHERE instr(body, CAST('Rutte' AS BLOB)) > 0"
    ],
    "block-bound-became-text": ["UPDATE blocks SET start = 'x' WHERE rowid = 3"],
    "block-bound-changed": ['UPDATE blocks SET "end" = "end" + 1 WHERE rowid = 4'],
    "block-last-start-changed": ["UPDATE blocks SET last_start = last_start - 40 WHERE rowid = 5"],
    "block-deleted": ["DELETE FROM blocks WHERE rowid = 3"],
    "block-copied": [
        "INSERT INTO blocks SELECT 100, start, \"end\", id || 'x', last_start, events, body, checksum,"
        " upper_start, upper_end, upper_id FROM blocks WHERE rowid = 5"
    ],
    "block-deleted-and-another-copied": [
        "DELETE FROM blocks WHERE rowid = 3",
        "INSERT INTO blocks SELECT 100, start, \"end\", id || 'x', last_start, events, body, checksum,"
        " upper_start, upper_end, upper_id FROM blocks WHERE rowid = 5",
    ],
    "block-renumbered": ["UPDATE blocks SET rowid = 100 WHERE rowid = 7"],
    # Thirteenth review, H1: the last block renumbered to 0, or lost with a row added at 0 (the count kept)
    "block-renumbered-to-0": ["UPDATE blocks SET rowid = 0 WHERE rowid = 7"],
    "block-deleted-and-one-added-at-0": [
        "DELETE FROM blocks WHERE rowid = 7",
        "INSERT INTO blocks SELECT 0, start, \"end\", id || 'x', last_start, events, body, checksum,"
        " upper_start, upper_end, upper_id FROM blocks WHERE rowid = 5",
    ],
    # The sources as rows of their own, read one by one by `show EVENT` (indexed.CachedSources)
    "source-row-changed": ["UPDATE sources SET body = CAST(replace(CAST(body AS TEXT), '\"id\"', '\"id\" ') AS BLOB)"],
    "source-row-deleted": [f"DELETE FROM sources WHERE id IN (SELECT first_source FROM events WHERE id = '{RUTTE}')"],
    "source-id-changed": [
        f"UPDATE sources SET id = 'zz-' || id WHERE id IN (SELECT first_source FROM events WHERE id = '{RUTTE}')"
    ],
    # Thirteenth review, H3: the longest event's length, which bounds a date query's scan from below
    "max-span-zeroed": ["UPDATE meta SET value = '0' WHERE key = 'max_span'"],
    # rev31 M1: more digits than int() reads, with the checksum made to match: damage, never a traceback
    "max-span-huge": [f"UPDATE meta SET value = '{_HUGE} {row_checksum(_HUGE.encode())}' WHERE key = 'max_span'"],
    "search-words-deleted": [
        "INSERT INTO event_words (event_words, rowid, words) SELECT 'delete', rowid, words FROM events"
        f" WHERE id = '{RUTTE}'"
    ],
}


@pytest.mark.parametrize("edit", EDITS)
def test_an_edit_through_sqlite_is_seen_and_the_store_answers(store_copy: Path, edit: str) -> None:
    """Any write by another SQLite client moves the change counter in the database header; koursk's own commits
    record the value they leave, so the cache is not trusted, and the store itself answers (one warning line)."""
    expected = _answers(store_copy)
    tamper(store_copy, *EDITS[edit], keep_header=False)
    result = run("--data", str(store_copy), "events", "--json")
    assert (result.exit_code, result.stdout) == (0, expected[0])
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "cache was changed outside koursk" in result.stderr and "rebuilt" in result.stderr
    assert _answers(store_copy) == expected


RAW = {
    "event-deleted": ("events --json", "rows"),
    "claim-deleted": ("sources --claim troops --json", "rows"),
    "event-copied": ("events --json", "rows"),
    "claim-copied": ("sources --claim troops --json", "rows"),
    "event-deleted-and-another-copied": ("events --jsonl", "checksum"),  # --json reads blocks: see block-*
    "event-moved-to-another-file": ("events --jsonl", "checksum"),
    "event-reordered": ("events --jsonl", "checksum"),
    "event-line-changed": ("events --jsonl", "checksum"),
    "event-words-changed": ("events --text rutte --json", "checksum"),
    "claim-line-changed": ("sources --claim troops --json", "checksum"),
    "claim-topic-changed": ("sources --claim troops --json", "counts"),
    "claim-measure-changed": ("claims troops --json", "counts"),
    "claim-event-changed": ("show nk-troops-deployed-to-kursk --json", "counts"),
    "claim-count-changed": ("claims troops --json", "counts"),
    **{f"claim-count-{name}": ("claims troops --json", "counts") for name in ("infinite", "huge", "text")},
    "claim-counts-dropped": ("sources --claim troops --json", "sqlite"),
    "names-dropped": ("events --actor rutte --json", "sqlite"),
    "block-body-changed": ("events --json", "checksum"),
    "block-bound-became-text": ("events --json", "checksum"),
    "block-bound-changed": ("events --json", "checksum"),
    "block-last-start-changed": ("events --until 2025-06 --json", "checksum"),
    "block-deleted": ("events --json", "rows"),
    "block-copied": ("events --since 2024-11 --json", "rows"),
    "block-deleted-and-another-copied": ("events --json", "order"),
    "block-renumbered": ("events --since 2024-10 --json", "order"),
    "block-renumbered-to-0": ("events --json", "order"),
    "block-deleted-and-one-added-at-0": ("events --json", "order"),
    "max-span-zeroed": ("events --since 2024-10-15 --json", "rows"),
    "max-span-huge": ("events --since 2024-10-15 --json", "rows"),
    "source-row-changed": (f"show {RUTTE} --json", "checksum"),
    "source-row-deleted": (f"show {RUTTE} --json", "rows"),
    "source-id-changed": (f"show {RUTTE} --json", "checksum"),
}


@pytest.mark.parametrize("edit", RAW)
def test_damage_that_keeps_the_header_is_never_served(store_copy: Path, edit: str) -> None:
    """Damage that did not go through SQLite: a missing or extra row changes the row counts checked on every run
    (the store answers, one warning); a row whose location changed fails its checksum when served (exit 1)."""
    command, caught_by = RAW[edit]
    expected = run("--data", str(store_copy), *command.split()).stdout
    tamper(store_copy, *EDITS[edit], keep_header=True)
    result = run("--data", str(store_copy), *command.split())
    assert "Ruttx" not in result.stdout
    assert_caught(result, expected, caught_by)
    assert run("--data", str(store_copy), *command.split()).stdout == expected  # rebuilt


def test_a_row_copied_in_place_is_refused_by_sqlite(store_copy: Path) -> None:
    """Two rows at one place of one file cannot exist: (file, seq) is unique in both tables."""
    run("--data", str(store_copy), "events", "--json")
    for table in ("events", "claims"):
        columns = "id, file, seq, line, col, json, checksum" if table == "claims" else "*"
        select = (
            f"SELECT {columns} FROM {table}"
            if table == "claims"
            else "SELECT NULL, " + ", ".join(f'"{c}"' for c in _event_columns(store_copy)[1:]) + " FROM events"
        )
        with pytest.raises(sqlite3.IntegrityError):
            target = f"{table} (id, file, seq, line, col, json, checksum)" if table == "claims" else table
            tamper(store_copy, f"INSERT INTO {target} {select} LIMIT 1", keep_header=False)


def _event_columns(root: Path) -> list[str]:
    db = sqlite3.connect(cache_path(root))
    try:
        return [row[1] for row in db.execute("PRAGMA table_info(events)")]
    finally:
        db.close()


def test_a_row_served_twice_is_damage_even_with_its_checksum_right(store_copy: Path) -> None:
    """The last guard: one event deleted and another copied under a new place with its checksum recomputed, the
    header kept (the row counts and checksums all agree): the copy is never served twice, nor shown."""
    copied = "trump-assassination-attempt"

    def forge() -> None:
        run("--data", str(store_copy), "events", "--limit", "1", "--json")  # (re)build the cache
        tamper(store_copy, *EDITS["event-deleted-and-another-copied"], keep_header=True)
        forge_event_checksums(cache_path(store_copy), f"id = '{copied}' AND seq >= 1000", keep_header=True)

    expected = run("--data", str(store_copy), "events", "--jsonl").stdout  # row by row (--json reads blocks)
    forge()
    result = run("--data", str(store_copy), "events", "--jsonl")
    assert result.exit_code == 1 and "is in the cache twice" in result.stderr, result.stderr
    assert result.stdout.count(f'"id": "{copied}"') <= 1
    forge()
    shown = run("--data", str(store_copy), "show", copied, "--json")
    assert shown.exit_code == 1 and "is in the cache twice" in shown.stderr, shown.stderr
    assert run("--data", str(store_copy), "events", "--jsonl").stdout == expected  # rebuilt


@pytest.mark.parametrize("table, record", [("events", RUTTE), ("claims", "nyt-nk-killed")])
@pytest.mark.parametrize("asked", ["the-real-id", "the-forged-id"])
@pytest.mark.parametrize("suggested_from_all", [indexed.SUGGESTED_FROM_ALL, 5])
def test_a_damaged_id_column_never_answers_that_an_id_is_unknown(
    store_copy: Path, table: str, record: str, asked: str, suggested_from_all: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An `id` column changed behind koursk's back (the header kept): `show` of the real id must not say no such id
    exists, whether its suggestions read every id or, as in a large store, those near it; nor `show` of the forged
    one serve another record under it."""
    monkeypatch.setattr(indexed, "SUGGESTED_FROM_ALL", suggested_from_all)
    expected = run("--data", str(store_copy), "show", record, "--json").stdout
    tamper(store_copy, f"UPDATE {table} SET id = 'zz-forged' WHERE id = '{record}'", keep_header=True)
    shown = run("--data", str(store_copy), "show", record if asked == "the-real-id" else "zz-forged", "--json")
    assert (shown.exit_code, shown.stdout) == (1, ""), shown.stdout
    assert "cache is damaged" in shown.stderr and len(shown.stderr.splitlines()) == 1, shown.stderr
    assert run("--data", str(store_copy), "show", record, "--json").stdout == expected  # rebuilt


def flip_core_byte(root: Path, part: str) -> None:
    """One byte of the cached core `part` flipped in the file, as bit rot would: SQLite's header and the part's
    checksum untouched. The byte is one of a run of the part's bytes found nowhere else in the file."""
    path = cache_path(root)
    db = sqlite3.connect(path)
    try:
        body = db.execute("SELECT body FROM core WHERE part = ?", (part,)).fetchone()[0]
    finally:
        db.close()
    data = bytearray(path.read_bytes())
    for start in range(len(body) // 2, len(body) - 32, 7):  # a run inside one page of the part's overflow chain
        run_of_bytes = body[start : start + 32]
        if data.count(run_of_bytes) == 1:
            at = data.find(run_of_bytes) + 16
            data[at] ^= 0x01
            path.write_bytes(data)
            return
    raise AssertionError(f"no unique run of bytes of core part {part!r} in the cache file")


@pytest.mark.parametrize("part", ["source", "context"])
def test_a_damaged_core_part_is_rebuilt_and_the_command_answers(store_copy: Path, part: str) -> None:
    """The sources and their dates are parsed only when a command uses them, but their checksums are checked when
    the cache is opened: a flipped byte gives one warning, a rebuilt cache and the right answer (exit 0)."""
    expected = _answers(store_copy)
    for command in ("events --json", f"show {RUTTE} --json", "sources --claim troops --json", "sources"):
        answer = run("--data", str(store_copy), *command.split()).stdout
        flip_core_byte(store_copy, part)
        result = run("--data", str(store_copy), *command.split())
        assert (result.exit_code, result.stdout) == (0, answer), result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert f"core part '{part}'" in result.stderr and "rebuilt" in result.stderr, result.stderr
    assert _answers(store_copy) == expected


@pytest.mark.parametrize("part", ["source", "context", "entity"])
def test_a_core_part_stored_as_text_is_damage_and_the_command_answers(store_copy: Path, part: str) -> None:
    """The same bytes under another type (text, which a blob handle reads byte for byte) are damage too, found when
    the cache is opened: one warning, a rebuilt cache, the right answer (it was a traceback: CRC-32 of a str)."""
    answer = run("--data", str(store_copy), "events", "--json").stdout
    tamper(store_copy, f"UPDATE core SET body = CAST(body AS TEXT) WHERE part = '{part}'", keep_header=True)
    result = run("--data", str(store_copy), "events", "--json")
    assert (result.exit_code, result.stdout) == (0, answer), result.stderr
    assert len(result.stderr.splitlines()) == 1 and f"core part '{part}'" in result.stderr, result.stderr


@pytest.mark.parametrize("part", ["source", "context"])
def test_completion_over_a_damaged_core_part_offers_candidates_only(store_copy: Path, part: str) -> None:
    """TAB inside the user's shell (a real process, as zsh runs it) over a cache whose core part rotted: the cache is
    rebuilt quietly and the candidates come, never a traceback or a warning."""
    run("--data", str(store_copy), "events", "--limit", "1")
    env = {
        **os.environ,
        "KOURSK_DATA": str(store_copy),
        "_KOURSK_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": "koursk events --source ",
    }
    sources = sorted(row["id"] for row in json.loads(run("--data", str(store_copy), "sources", "--json").stdout))
    flip_core_byte(store_copy, part)
    result = subprocess.run(
        [sys.executable, "-m", "koursk_cli"], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert all(f'"{source}":"' in result.stdout for source in sources), result.stdout


def test_completion_over_a_row_damaged_mid_lookup_offers_nothing_quietly(store_copy: Path) -> None:
    """Damage found only while the candidates are read (an event row whose checksum fails when its title is shown)
    completes nothing, silently; the next command reports it."""
    run("--data", str(store_copy), "events", "--limit", "1")
    tamper(store_copy, *EDITS["event-line-changed"], keep_header=True)
    env = {
        **os.environ,
        "KOURSK_DATA": str(store_copy),
        "_KOURSK_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": f"koursk show {RUTTE}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "koursk_cli"], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    nothing = subprocess.run(  # what zsh is given when no id matches: its fallback, no candidate
        [sys.executable, "-m", "koursk_cli"],
        cwd=REPO,
        env={**env, "_TYPER_COMPLETE_ARGS": "koursk show no-such-id"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, nothing.stdout, "")
    assert RUTTE not in result.stdout


def _run_to_bytes(*args: str) -> tuple[int, bytes, str]:
    """The CLI writing to a real byte layer, as a process's stdout is (conftest.run's StringIO has none): `--json`
    then writes the cache's verified bytes as they are."""
    from typer.testing import CliRunner

    from koursk_cli.cli import app
    from koursk_cli.commands.base import AppState
    from koursk_cli.environment import Environment

    raw, err = io.BytesIO(), io.StringIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", write_through=False)
    env = Environment(out, err, stdout_isatty=False, stderr_isatty=False, color=False)
    result = CliRunner().invoke(app, list(args), obj=AppState(None, env), catch_exceptions=False)
    out.flush()
    return result.exit_code, raw.getvalue(), err.getvalue() + result.stderr


@pytest.mark.parametrize("command", ["events --json", "events --jsonl", "timeline --json", "timeline --jsonl"])
def test_json_bytes_written_as_cached_are_verified_first(store_copy: Path, command: str) -> None:
    """`events --json` and `timeline --json` write each event's cached JSON bytes to stdout without decoding them:
    the same output as the text path, and a row whose JSON bytes were changed (damage that kept the header) is
    never written."""
    args = ("--data", str(store_copy), *command.split())
    expected = run(*args).stdout
    assert _run_to_bytes(*args) == (0, expected.encode(), "")
    tamper(  # the event's row and the block holding it (`events --json` reads blocks, the others rows)
        store_copy,
        f"UPDATE events SET json = replace(json, 'Rutte', 'Ruttx') WHERE id = '{RUTTE}'",
        *EDITS["block-body-changed"],
        keep_header=True,
    )
    code, written, errors = _run_to_bytes(*args)
    assert code == 1 and "cache is damaged" in errors and "checksum" in errors, errors
    assert b"Ruttx" not in written and written != expected.encode()
    assert _run_to_bytes(*args) == (0, expected.encode(), "")  # rebuilt


def test_a_row_that_is_not_an_event_row_is_damage_even_with_its_checksum_right(store_copy: Path) -> None:
    """A row whose facts are not what koursk writes (here no dates), with its checksum forged to match and the header
    kept: reported as damage in one line, never a traceback, and the cache is rebuilt."""
    expected = run("--data", str(store_copy), "events", "--jsonl").stdout
    tamper(
        store_copy, f"UPDATE events SET facts = CAST('{RUTTE}' || x'1f' AS BLOB) WHERE id = '{RUTTE}'", keep_header=True
    )
    forge_event_checksums(cache_path(store_copy), f"id = '{RUTTE}'", keep_header=True)
    result = run("--data", str(store_copy), "events", "--jsonl")
    assert result.exit_code == 1 and "not one koursk wrote" in result.stderr, result.stderr
    assert run("--data", str(store_copy), "events", "--jsonl").stdout == expected  # rebuilt


def test_without_xxhash_a_command_says_so_in_one_line(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Thirteenth review, L1: the blocks' checksum needs the xxhash package; without it a command that builds or
    reads blocks says which package is missing in one line (exit 1), never a traceback."""
    expected = run("--data", str(store_copy), "events", "--json").stdout
    monkeypatch.setitem(sys.modules, "xxhash", None)  # as if not installed: importing it raises ImportError
    for _ in range(2):  # reading the blocks of the cache built above, then a first build (the cache is gone)
        result = run("--data", str(store_copy), "events", "--json")
        assert result.exit_code == 1, result.stderr
        assert len(result.stderr.splitlines()) == 1 and "xxhash is not installed" in result.stderr, result.stderr
        cache_path(store_copy).unlink(missing_ok=True)
    monkeypatch.delitem(sys.modules, "xxhash")
    assert run("--data", str(store_copy), "events", "--json").stdout == expected


def _edit_title(path: Path, event_id: str) -> None:
    """An ordinary curator's edit: the English title of `event_id` in `path` gets a word in front."""
    text = path.read_text(encoding="utf-8")
    title = text.index('en: "', text.index(f"id: {event_id}\n")) + len('en: "')
    path.write_text(f"{text[:title]}Edited {text[title:]}", encoding="utf-8")


def _assert_found_in_the_update(result: Run) -> None:
    """Damage an update met: one warning line, the cache rebuilt, the answer given (exit 0)."""
    assert result.exit_code == 0 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "cache is damaged" in result.stderr and "rebuilt" in result.stderr, result.stderr


def _assert_an_edit_finds_it(root: Path, path: Path, event: str) -> None:
    """Damage kept in the cache is found by the update an edit of `event`'s title makes: one line, rebuilt, the edit
    served, and the answer a cold cache's."""
    _edit_title(path, event)
    result = run("--data", str(root), "events", "--json")
    _assert_found_in_the_update(result)
    assert '"en": "Edited ' in result.stdout
    cache_path(root).unlink()
    assert run("--data", str(root), "events", "--json").stdout == result.stdout


def test_a_damaged_key_column_is_never_given_a_fresh_block_checksum(store_copy: Path) -> None:
    """Thirteenth review, H2: an event's date columns (which choose its block) damaged to another file's event's,
    the header kept; an edit of that other file makes its block again, which must check each row's columns against
    its verified facts: damage found in the update (one line, rebuilt), never the event served under dates it does
    not have, nor twice."""
    run("--data", str(store_copy), "events", "--json")
    with sqlite3.connect(cache_path(store_copy)) as db:
        early, early_file = db.execute('SELECT id, file FROM events ORDER BY "end" LIMIT 1').fetchone()
        late_start, late_end, late_file, late = db.execute(
            'SELECT start, "end", file, id FROM events WHERE file != ? ORDER BY start DESC LIMIT 1',
            (early_file,),
        ).fetchone()
    db.close()
    tamper(
        store_copy,
        f"UPDATE events SET start = {late_start}, \"end\" = {late_end} WHERE id = '{early}'",
        keep_header=True,
    )
    _edit_title(store_copy / late_file, late)
    since = ("events", "--since", "2025-01", "--json")
    result = run("--data", str(store_copy), *since)
    _assert_found_in_the_update(result)
    answers = [result.stdout, run("--data", str(store_copy), "events", "--json").stdout]
    cache_path(store_copy).unlink()
    assert answers == [run("--data", str(store_copy), *args).stdout for args in (since, ("events", "--json"))]
    assert early not in answers[0] and answers[1].count(f'"id": "{early}"') == 1


def test_an_event_moved_out_of_its_block_by_damage_is_never_left_out_of_it(store_copy: Path) -> None:
    """Thirteenth review, H2 the other way: an event's date columns damaged to another block's range, the header
    kept; an edit of another file in the event's own block makes that block again, which must not leave the event
    out under a fresh checksum: damage found in the update (one line, rebuilt), every event still listed."""
    expected = run("--data", str(store_copy), "events", "--json").stdout
    with sqlite3.connect(cache_path(store_copy)) as db:
        early, early_file, *key = db.execute(
            'SELECT id, file, start, "end", id FROM events ORDER BY "end" LIMIT 1'
        ).fetchone()
        last = db.execute('SELECT start, "end", id FROM blocks ORDER BY rowid DESC LIMIT 1').fetchone()
        number = db.execute(
            f'SELECT rowid FROM blocks WHERE {blocks.KEY} <= (?, ?, ?) ORDER BY start DESC, "end" DESC, id DESC LIMIT 1',
            key,
        ).fetchone()[0]
        lower, upper = (
            db.execute('SELECT start, "end", id FROM blocks WHERE rowid = ?', (n,)).fetchone()
            for n in (number, number + 1)
        )
        neighbour, neighbour_file = db.execute(
            f"SELECT id, file FROM events WHERE file != ? AND {blocks.KEY} >= (?, ?, ?) AND {blocks.KEY} < (?, ?, ?)"
            f" AND file NOT IN (SELECT file FROM events WHERE {blocks.KEY} >= (?, ?, ?)) LIMIT 1",
            (early_file, *lower, *upper, *last),  # a file with no event in the last block, where the damage moves one
        ).fetchone()
    db.close()
    tamper(
        store_copy,
        f"UPDATE events SET start = {last[0] + 1000}, \"end\" = {last[0] + 1000} WHERE id = '{early}'",
        keep_header=True,
    )
    _edit_title(store_copy / neighbour_file, neighbour)
    result = run("--data", str(store_copy), "events", "--json")
    _assert_found_in_the_update(result)
    assert result.stdout.count(f'"id": "{early}"') == 1 and len(json.loads(result.stdout)) == len(json.loads(expected))


def test_an_edited_event_whose_date_columns_were_damaged_leaves_its_own_block(store_copy: Path) -> None:
    """An event's date columns damaged to the last block's range, the header kept, then its own file edited to move
    it to the first block: the block it leaves (where no other event of its file lies) is found by the dates its
    verified facts hold, not by its columns, so that block is made again without it and it is listed once, as a
    cache built cold lists it."""
    run("--data", str(store_copy), "events", "--json")
    with sqlite3.connect(cache_path(store_copy)) as db:
        rows = db.execute(f'SELECT id, file, start, "end" FROM events ORDER BY {blocks.KEY_COLUMNS}').fetchall()
        bounds = db.execute(f"SELECT {blocks.KEY_COLUMNS} FROM blocks ORDER BY {blocks.KEY_COLUMNS}").fetchall()
    db.close()
    block = {
        event: max(n for n, bound in enumerate(bounds) if bound <= (start, end, event)) for event, _, start, end in rows
    }
    files = Counter((file, block[event]) for event, file, _, _ in rows)
    moved, file = next(
        (event, file)
        for event, file, _, _ in rows
        if files[file, block[event]] == 1 and 0 < block[event] < len(bounds) - 1
    )
    tamper(
        store_copy,
        f"UPDATE events SET start = {rows[-1][2]}, \"end\" = {rows[-1][3]} WHERE id = '{moved}'",
        keep_header=True,
    )
    path = store_copy / file
    text = path.read_text(encoding="utf-8")
    date = text.index("date: ", text.index(f"id: {moved}\n"))
    path.write_text(f"{text[:date]}date: 2022-02-01\n{text[text.index(chr(10), date) + 1 :]}", encoding="utf-8")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0 and result.stdout.count(f'"id": "{moved}"') == 1, result.stderr
    cache_path(store_copy).unlink()
    assert result.stdout == run("--data", str(store_copy), "events", "--json").stdout


def _an_event_of(root: Path, actor: str) -> tuple[str, Path]:
    """An event with this actor, and its file."""
    with sqlite3.connect(cache_path(root)) as db:
        found, file = db.execute("SELECT id, file FROM events WHERE instr(actors, ?) LIMIT 1", (actor,)).fetchone()
    db.close()
    return found, root / file


def test_an_edit_keeping_an_events_dates_rewrites_its_damaged_names(store_copy: Path) -> None:
    """An event row kept in place by an edit that keeps its id, place and dates (its title edited) has its names
    rows compared with its facts, not assumed: one lost by damage (the header kept), which hid the event from
    `--actor`, is written again by the update, and the answers are a cold cache's."""
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    tamper(
        store_copy,
        f"DELETE FROM names WHERE kind = 1 AND name = 'rutte' AND event = (SELECT rowid FROM events WHERE id = '{event}')",
        keep_header=True,
    )
    assert event not in run("--data", str(store_copy), "events", "--actor", "rutte", "--json").stdout  # hidden
    _edit_title(path, event)
    answers = _answers(store_copy)
    assert event in answers[1]
    cache_path(store_copy).unlink()
    assert answers == _answers(store_copy)


ASIDE_DAMAGE = {
    "text-changed": (
        "UPDATE edits SET json = CAST(replace(CAST(json AS TEXT), 'Edited', 'Ruttx') AS BLOB)",
        "checksum",
    ),
    "moved-to-another-block": ("UPDATE edits SET block = block % (SELECT max(rowid) FROM blocks) + 1", "checksum"),
    "deleted": ("DELETE FROM edits", "rows"),
}


@pytest.mark.parametrize("damage", ASIDE_DAMAGE)
def test_an_edited_text_kept_aside_is_never_served_damaged_nor_old(store_copy: Path, damage: str) -> None:
    """An edit keeping an event's dates keeps its new text aside, its block unwritten (store/blocks.py); damage to
    that text's row (the header kept) is never served: a row altered or moved to another block fails its checksum
    (exit 1), a lost one the row counts (the store answers, one warning); the next run answers as a cold cache."""
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    bodies = edit_cache_rows(store_copy, "SELECT body FROM blocks ORDER BY rowid")
    _edit_title(path, event)
    expected = run("--data", str(store_copy), "events", "--json").stdout
    assert '"en": "Edited ' in expected
    assert edit_cache_rows(store_copy, "SELECT body FROM blocks ORDER BY rowid") == bodies  # unwritten
    assert edit_cache_rows(store_copy, "SELECT id FROM edits") == [(event,)]
    statement, caught_by = ASIDE_DAMAGE[damage]
    tamper(store_copy, statement, keep_header=True)
    result = run("--data", str(store_copy), "events", "--json")
    assert "Ruttx" not in result.stdout
    assert_caught(result, expected, caught_by)
    assert run("--data", str(store_copy), "events", "--json").stdout == expected  # rebuilt
    cache_path(store_copy).unlink()
    assert run("--data", str(store_copy), "events", "--json").stdout == expected


def test_an_edit_keeping_dates_reads_no_block_body(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit keeping an event's dates checks the event's block through its listing (store/blocks.py: its ids,
    ~1 KB, where its body is ~67 KB at 1,000,000 events) and keeps the new text aside: no block body is read by the
    update, and the edit is served."""
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    read: list[int | None] = []
    verified = blocks._verified_block

    def reading(db: sqlite3.Connection, number: int | None, damaged: blocks.Damaged) -> blocks.Block:
        read.append(number)
        return verified(db, number, damaged)

    monkeypatch.setattr(blocks, "_verified_block", reading)
    _edit_title(path, event)
    shown = run("--data", str(store_copy), "show", event, "--json")  # a lookup by id: no block read
    assert shown.exit_code == 0 and '"en": "Edited ' in shown.stdout, shown.stderr
    assert read == [] and edit_cache_rows(store_copy, "SELECT id FROM edits") == [(event,)]


def _listing_of(root: Path, event_id: str) -> tuple[int, bytes]:
    """The number of the block `event_id` lies in, and its listing's ids (store/blocks.py: block_ids)."""
    (key,) = edit_cache_rows(root, f"SELECT {blocks.KEY_COLUMNS} FROM events WHERE id = '{event_id}'")
    (found,) = edit_cache_rows(
        root,
        f"SELECT block, ids FROM block_ids WHERE {blocks.KEY} <= ({key[0]}, {key[1]}, '{key[2]}')"
        ' ORDER BY start DESC, "end" DESC, id DESC LIMIT 1',
    )
    number, ids = found
    assert isinstance(number, int) and isinstance(ids, bytes) and event_id.encode() in ids.split(b"\x1f")
    return number, ids


def _forged_listing(root: Path, number: int, ids: bytes) -> str:
    """An UPDATE giving block `number`'s listing `ids`, with its checksum made to match, as someone with write
    access to the cache could: only the index of keys can then tell."""
    (row,) = edit_cache_rows(root, f"{blocks._LISTING_ROW} WHERE block = {number}")
    listing = blocks.Listing(*row)._replace(ids=ids)  # type: ignore[arg-type]
    checksum = listing_checksum(blocks.head_of(listing), listing.body_checksum, ids)
    return f"UPDATE block_ids SET ids = x'{ids.hex()}', checksum = {checksum} WHERE block = {number}"


LISTING_DAMAGE = {
    "ids-changed": lambda root, number, ids: [
        f"UPDATE block_ids SET ids = x'{ids.replace(b'-', b'_', 1).hex()}' WHERE block = {number}"
    ],
    "ids-forged-one-left-out": lambda root, number, ids: [
        _forged_listing(root, number, b"\x1f".join(ids.split(b"\x1f")[:-1]))
    ],
    "ids-forged-reordered": lambda root, number, ids: [
        _forged_listing(root, number, b"\x1f".join(ids.split(b"\x1f")[::-1]))
    ],
    "swapped-with-another-block": lambda root, number, ids: [
        f"UPDATE block_ids SET block = -1 WHERE block = {number}",
        f"UPDATE block_ids SET block = {number} WHERE block = {number % 7 + 1}",
        f"UPDATE block_ids SET block = {number % 7 + 1} WHERE block = -1",
    ],
    "bound-changed": lambda root, number, ids: [f'UPDATE block_ids SET "end" = "end" + 1 WHERE block = {number}'],
    "deleted": lambda root, number, ids: [f"DELETE FROM block_ids WHERE block = {number}"],
}


@pytest.mark.parametrize("damage", LISTING_DAMAGE)
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # a traceback printed at collection
def test_a_damaged_block_listing_is_found_by_the_update_never_trusted(store_copy: Path, damage: str) -> None:
    """An edit keeping an event's dates checks its block through the block's listing (its ids, kept beside it under
    a checksum of its own: store/blocks.py), not its body. The listing damaged (the header kept): altered, moved,
    lost, or made to name other ids under a checksum that matches them, it is never trusted: found in the update
    (the checksum, or the index of keys against the ids it names): one line, rebuilt, the answer a cold cache's."""
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    number, ids = _listing_of(store_copy, event)
    assert ids.count(b"\x1f") >= 2  # a block of three events or more: reordering them changes the listing
    tamper(store_copy, *LISTING_DAMAGE[damage](store_copy, number, ids), keep_header=True)
    _assert_an_edit_finds_it(store_copy, path, event)


def test_a_listing_beside_another_version_of_its_block_is_found_when_the_block_is_written(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block's listing names the checksum of the body it was written with; where an update reads a block whole to
    write it, a listing whose ids and checksum agree but which names another body (its checksum made to match) is
    damage found in the update, never a fresh checksum given beside it."""
    monkeypatch.setattr(blocks, "_edits_per_block", lambda: 0)  # each patched block is written at once
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    number, ids = _listing_of(store_copy, event)
    (row,) = edit_cache_rows(store_copy, f"{blocks._LISTING_ROW} WHERE block = {number}")
    listing = blocks.Listing(*row)._replace(body_checksum=row[9] + 1)  # type: ignore[arg-type,operator]
    checksum = listing_checksum(blocks.head_of(listing), listing.body_checksum, ids)
    tamper(
        store_copy,
        f"UPDATE block_ids SET body_checksum = {listing.body_checksum}, checksum = {checksum} WHERE block = {number}",
        keep_header=True,
    )
    _edit_title(path, event)
    result = run("--data", str(store_copy), "events", "--json")
    _assert_found_in_the_update(result)
    cache_path(store_copy).unlink()
    assert run("--data", str(store_copy), "events", "--json").stdout == result.stdout


def test_a_damaged_block_body_an_edit_did_not_read_is_never_served(store_copy: Path) -> None:
    """An edit keeping an event's dates no longer reads its block's body (its listing says what it holds); a body
    damaged before that edit (the header kept) is found by its own checksum when the block is read, before a byte
    of it is written: never served, the cache rebuilt, the next answer a cold cache's."""
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    number, _ = _listing_of(store_copy, event)
    tamper(
        store_copy,
        f"UPDATE blocks SET body = CAST(replace(CAST(body AS TEXT), 'Rutte', 'Ruttx') AS BLOB) WHERE rowid = {number}",
        keep_header=True,
    )
    _edit_title(path, event)
    result = run("--data", str(store_copy), "events", "--json")
    assert "Ruttx" not in result.stdout and "cache is damaged" in result.stderr, result.stderr
    expected = run("--data", str(store_copy), "events", "--json").stdout
    assert '"en": "Edited ' in expected and "Ruttx" not in expected
    cache_path(store_copy).unlink()
    assert run("--data", str(store_copy), "events", "--json").stdout == expected


def edit_cache_rows(root: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(cache_path(root))
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_damaged_search_words_are_found_when_their_file_changes(store_copy: Path) -> None:
    """The search words of an event whose file changed are checked against their checksum before the full-text
    index is told to forget them (or keeps them, when they did not change): a damaged words column, the header
    kept, is damage found in the update (one line, rebuilt), and the answers are a cold cache's."""
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    tamper(store_copy, f"UPDATE events SET words = 'nothing' WHERE id = '{event}'", keep_header=True)
    _edit_title(path, event)
    _assert_found_in_the_update(run("--data", str(store_copy), "events", "--text", "edited", "--json"))
    answers = _answers(store_copy)
    cache_path(store_copy).unlink()
    assert answers == _answers(store_copy)


def _index_damage(root: Path, number: int, ids: bytes, edited: str) -> dict[str, list[str]]:
    """Damage to the index of keys in and around block `number` (listing `ids`), whose event `edited` an edit keeps
    in place, each way the block's ids checked against the index must see: an event of another block moved into
    its range, one of its ids changed in place, two of its ids swapped (the same ids, in another order), and one id
    made to hold the separator and the next, whose row leaves for the last block (the ids joined are the listing's,
    their count is not). The events damaged are of other files than the edited one, whose rows are written again."""
    listed = ids.decode().split("\x1f")
    files = {str(event): file for event, file in edit_cache_rows(root, "SELECT id, file FROM events")}
    others = [event for event in listed if files[event] != files[edited]]
    first, after = next((one, two) for one, two in pairwise(listed) if {one, two} <= {*others})
    key, next_key = (
        edit_cache_rows(root, f"SELECT start, \"end\" FROM events WHERE id = '{one}'")[0] for one in (first, after)
    )
    assert key != next_key  # their ids swapped change the order of the index
    last = int(str(edit_cache_rows(root, "SELECT start FROM blocks ORDER BY rowid DESC LIMIT 1")[0][0]))
    outsider = next(event for event, file in files.items() if event not in listed and file != files[edited])
    return {
        "another-block-s-event-moved-in": [
            f"UPDATE events SET start = {key[0]}, \"end\" = {key[1]} WHERE id = '{outsider}'"
        ],
        "an-id-changed": [f"UPDATE events SET id = id || 'x' WHERE id = '{first}'"],
        "two-ids-swapped": [
            f"UPDATE events SET id = CASE id WHEN '{first}' THEN '{after}' ELSE '{first}' END"
            f" WHERE id IN ('{first}', '{after}')"
        ],
        "an-id-holding-the-separator": [
            f"UPDATE events SET id = '{first}' || char(31) || '{after}' WHERE id = '{first}'",
            f"UPDATE events SET start = {last + 1000}, \"end\" = {last + 1000} WHERE id = '{after}'",
        ],
    }


@pytest.mark.parametrize(
    "damage", ["another-block-s-event-moved-in", "an-id-changed", "two-ids-swapped", "an-id-holding-the-separator"]
)
def test_the_index_damaged_in_a_block_an_edit_keeps_is_found_by_the_update(store_copy: Path, damage: str) -> None:
    """An edit keeping an event's dates patches its block without reading it: the ids its listing names are checked
    against those the index of keys puts in its range (all the patched blocks' ranges in one statement). The index
    damaged in that range (the header kept), each way, is found in the update: one line, rebuilt, the answer a cold
    cache's."""
    run("--data", str(store_copy), "events", "--json")
    event, path = _an_event_of(store_copy, "rutte")
    number, ids = _listing_of(store_copy, event)
    last = edit_cache_rows(store_copy, "SELECT rowid FROM blocks ORDER BY rowid DESC LIMIT 1")[0][0]
    assert ids.count(b"\x1f") >= 2 and number != last  # another block than the last, of three events or more
    statements = _index_damage(store_copy, number, ids, event)[damage]
    tamper(store_copy, *statements, keep_header=True)
    _assert_an_edit_finds_it(store_copy, path, event)


# audit60 F1: statements someone else wrote into the cache's schema, the header's counter kept as it was (or, as
# anyone who can write the file can, set to match): a view read in place of a table runs its definition, whatever it
# is, on the first read, before any counter or count could tell the cache was changed.
_ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
SCHEMA_EDITS = {
    "meta-an-endless-view": [
        "ALTER TABLE meta RENAME TO meta_kept",
        f"CREATE VIEW meta (key, value) AS {_ENDLESS} SELECT key, value FROM meta_kept, c",
    ],
    "events-an-endless-view": [
        "ALTER TABLE events RENAME TO events_kept",
        f"CREATE VIEW events AS {_ENDLESS} SELECT events_kept.* FROM events_kept, c",
    ],
    "a-trigger": ["CREATE TRIGGER on_meta AFTER INSERT ON meta BEGIN SELECT 1; END"],
    "an-index-of-its-own": ["CREATE INDEX claims_by_json ON claims (json)"],
}


@pytest.mark.parametrize("edit", SCHEMA_EDITS)
def test_a_schema_koursk_did_not_make_is_never_read(store_copy: Path, edit: str) -> None:
    """The tables and indexes are checked against the ones this build makes before any is read: one warning, the
    store's answer, a new cache; never a hang (a subprocess, so that a hang fails the test instead of the suite)."""
    expected = run("--data", str(store_copy), "events", "--json").stdout
    tamper(store_copy, *SCHEMA_EDITS[edit], keep_header=True)
    command = [sys.executable, "-m", "koursk_cli", "--data", str(store_copy), "events", "--json"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=60)
    assert (result.returncode, json.loads(result.stdout)) == (0, json.loads(expected))
    assert result.stderr.count("\n") == 1 and "cache was changed outside koursk" in result.stderr, result.stderr
    assert run("--data", str(store_copy), "events", "--json").stdout == expected
