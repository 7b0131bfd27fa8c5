"""A changed events file's quotes that its cached rows already held are not searched in their seeds again, nor those
seeds read (Context.proven, the thirty-third performance pass): what a full check would find, and nothing less."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from koursk_cli.store.cachefile import cache_path
from tests.conftest import run
from tests.stores import edit_cache
from tests.test_cache import _traced_statements

BACKGROUND = "data/events/background.yaml"
KEPT = "les commentaires de Trump sur la fin de la guerre russe en Ukraine"  # a quote of that file, of source cnn
FOREIGN = "les commentaires de Trump sur la fin de la guerre froide en Europe"  # in no seed


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _cold(root: Path, *args: str) -> str:
    cache_path(root).unlink()
    result = run("--data", str(root), *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_an_edit_that_keeps_the_quotes_reads_no_seed(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A title edited: every quote of the file is one its cached rows held, so no seed text is read (at 1,000,000
    events, ~7.7 MB of seeds for a file of 1,000 events), and the answers are a cold load's."""
    run("--data", str(store_copy), "events", "--json")
    asked = _traced_statements(monkeypatch)
    _replace(store_copy / BACKGROUND, "Assassination attempt", "Assassination ATTEMPT")
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 0 and "Assassination ATTEMPT" in result.stdout, result.stderr
    assert not [statement for statement in asked if "FROM seeds" in statement]
    assert result.stdout == _cold(store_copy, "events", "--json")


def test_an_edit_reads_only_the_seeds_of_new_quotes(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote the cached rows held, now given another source: a new pair, searched in that source's seed, the
    only one read, and reported as a cold load reports it."""
    run("--data", str(store_copy), "events", "--json")
    asked = _traced_statements(monkeypatch)
    _replace(
        store_copy / BACKGROUND, f'source: cnn\n        quote: "{KEPT}', f'source: nis-12000\n        quote: "{KEPT}'
    )
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1 and "quote not found in the seed of source 'nis-12000'" in result.stderr
    seeds = [statement for statement in asked if "FROM seeds" in statement]
    assert seeds and all("'nis-12000'" in statement and "'cnn'" not in statement for statement in seeds), seeds


def test_a_new_quote_not_in_its_seed_is_still_found(store_copy: Path) -> None:
    """A kept event's quote changed to words its seed does not hold: found, as a cold load finds it."""
    run("--data", str(store_copy), "events", "--json")
    _replace(store_copy / BACKGROUND, KEPT, FOREIGN)
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1 and "quote not found in the seed of source 'cnn'" in result.stderr, result.stderr


def test_a_damaged_cached_quote_never_vouches_for_the_file(store_copy: Path) -> None:
    """The quotes the proof trusts are read from rows verified against their checksums: a cached row's quote
    damaged (the header kept) to the words the curator then writes, which its seed does not hold, is damage found
    in the update (one line, rebuilt), and the rebuilt store's check reports the quote, never accepts it."""
    run("--data", str(store_copy), "events", "--json")
    with sqlite3.connect(cache_path(store_copy)) as db:
        (event,) = db.execute("SELECT id FROM events WHERE instr(json, ?) > 0", (KEPT,)).fetchone()
    db.close()
    edit_cache(
        cache_path(store_copy),
        f"UPDATE events SET json = replace(json, '{KEPT}', '{FOREIGN}') WHERE id = '{event}'",
        keep_header=True,
    )
    _replace(store_copy / BACKGROUND, KEPT, FOREIGN)
    result = run("--data", str(store_copy), "events", "--json")
    assert result.exit_code == 1, result.stderr
    assert "cache is damaged" in result.stderr and "quote not found in the seed of source 'cnn'" in result.stderr
