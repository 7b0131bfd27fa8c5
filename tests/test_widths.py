"""Every terminal view reads right from 60 to 200 columns (rev21 A15): an id is copied into the next command, so it
is printed whole on one line; a header never stands one letter per line or cut (`Outl`, `Eve…`); the store's words
are never cut into pieces (`unti` / `(cur` / `summ`); no line is wider than the terminal."""

from __future__ import annotations

import fcntl
import functools
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import REPO, run
from tests.ptys import drain
from tests.stores import StoreBuilder

WIDTHS = [60, 80, 100, 120, 200]
TABLE_HEADERS = {
    "sources": ("No.", "Source", "Published", "Outlet", "Events", "Claims", "Title"),
    "entities": ("kind", "id", "name", "lies in", "events", "claims"),
    "topics": ("Topic", "Measure", "Claims", "Lowest", "Highest", "Conflicts", "Description"),
}
# Each view: its arguments, the --json keys whose values it shows as ids, and those whose text it shows.
VIEWS: dict[str, tuple[tuple[str, ...], frozenset[str], frozenset[str]]] = {
    "sources": (("sources",), frozenset({"id"}), frozenset({"en"})),
    "entities": (("entities",), frozenset({"id"}), frozenset({"en"})),
    "topics": (("topics",), frozenset({"topic", "measure"}), frozenset({"en"})),
    "claims": (("claims",), frozenset({"id", "source"}), frozenset({"quote"})),
    "figures": (("figures", "troops"), frozenset({"id", "source"}), frozenset({"description"})),
    "timeline": (("timeline", "--since", "2024-10"), frozenset(), frozenset({"en"})),
    "events": (("events",), frozenset({"id"}), frozenset({"en"})),
    "show event": (("show", "ukraine-army-chief-warns-offensive"), frozenset({"id"}), frozenset({"en"})),
    "show claim": (("show", "front-line-hundreds-of-thousands"), frozenset({"id"}), frozenset({"quote"})),
    "show source": (("show", "nis-12000"), frozenset({"id"}), frozenset()),
    "show entity": (("show", "zelensky"), frozenset({"id", "event_ids"}), frozenset()),
    "show topic": (("show", "losses"), frozenset({"id", "measure"}), frozenset()),
}


def _values(node: Any, keys: frozenset[str]) -> Iterator[str]:
    """Every string under one of `keys`, anywhere in a JSON document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, str):
                yield value
            elif key in keys and isinstance(value, list):
                yield from (item for item in value if isinstance(item, str))
            else:
                yield from _values(value, keys)
    elif isinstance(node, list):
        for item in node:
            yield from _values(item, keys)


@functools.cache
def _json(args: tuple[str, ...]) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def _whole(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def assert_reads_right(out: str, width: int, ids: set[str], words: set[str], headers: tuple[str, ...]) -> None:
    lines = out.splitlines()
    assert lines
    too_wide = [line for line in lines if len(line.rstrip()) > width]
    assert not too_wide, too_wide[:3]
    broken = sorted(i for i in ids if not any(_whole(i, line) for line in lines))
    assert not broken, f"ids not whole on one line at {width} columns: {broken}"
    cut = sorted(w for w in words if not re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", out))
    assert not cut, f"words cut at {width} columns: {cut[:10]}"
    header_words = {word for header in headers for word in header.split()}
    pieces = sorted(
        token
        for token in {token for line in lines for token in line.split()} - header_words
        if any(word.startswith(token.rstrip("…")) and token.rstrip("…") != word for word in header_words)
    )
    assert not pieces, f"headers cut at {width} columns: {pieces}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_view_keeps_ids_headers_and_words_whole(view: str, width: int) -> None:
    args, id_keys, text_keys = VIEWS[view]
    document = _json(args)
    ids = set(_values(document, id_keys))
    words = {w for text in _values(document, text_keys) for w in re.findall(r"[^\W\d_]{3,}", text)}
    result = run(*args, tty=True, width=width)
    assert result.exit_code == 0, result.stderr
    assert_reads_right(result.stdout, width, ids, words, TABLE_HEADERS.get(view, ()))


def _on_a_pty(args: list[str], columns: int) -> str:
    """What koursk prints to a real terminal of `columns` columns: the width is the pty's, as a user's is."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "FORCE_COLOR", "PY_COLORS")}
    process = subprocess.Popen(
        [sys.executable, "-m", "koursk_cli", "--no-pager", "--no-color", *args],
        stdout=terminal,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
        env=env,
    )
    os.close(terminal)
    output = drain(controller)
    assert process.wait(timeout=60) == 0
    return output.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("command", ["sources", "entities", "topics"])
def test_a_real_80_column_terminal_gets_whole_ids_and_headers(command: str) -> None:
    """The reviewer's repro: `COLUMNS=80 script -qc "koursk --no-pager sources"` was 48 lines of 4-letter pieces."""
    args, id_keys, text_keys = VIEWS[command]
    document = _json(args)
    words = {w for text in _values(document, text_keys) for w in re.findall(r"[^\W\d_]{3,}", text)}
    out = _on_a_pty(list(args), 80)
    assert_reads_right(out, 80, set(_values(document, id_keys)), words, TABLE_HEADERS[command])


SOURCE = "a-source-id-of-forty-characters-exactly"
PERSON = "a-person-whose-id-runs-to-fifty-characters-exactly"
EVENT = "an-event-whose-id-runs-to-fifty-eight-characters-of-sixty"
CLAIM = "a-claim-whose-id-runs-to-fifty-four-characters-of-sixty"


@pytest.fixture(scope="module")
def long_ids(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Ids as long as a 60-column terminal holds whole (extract makes ids of at most 60 characters)."""
    builder = StoreBuilder().source(SOURCE, "2024-11-08").entity(PERSON, "person", "A Person")
    builder.event(EVENT, "2024-11-01/2024-11-07", "A title", (SOURCE, "une citation"), actors=(PERSON,))
    builder.claim(CLAIM, SOURCE, 1000, "2024-11-07", asserted_by=(PERSON,), event=EVENT)
    return str(builder.write(tmp_path_factory.mktemp("long-ids")))


SHOWS = {  # each view, and the long ids it prints
    ("sources",): {SOURCE},
    ("entities",): {PERSON},
    ("claims",): {CLAIM, SOURCE},
    ("events",): {EVENT, SOURCE},
    ("figures", "troops"): {CLAIM, SOURCE},
    ("show", SOURCE): {SOURCE, EVENT, CLAIM},
    ("show", PERSON): {PERSON, EVENT, CLAIM},
    ("show", EVENT): {EVENT, PERSON, CLAIM, SOURCE},
    ("show", CLAIM): {CLAIM, PERSON, EVENT, SOURCE},
    ("show", "troops"): {CLAIM},
}


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("args", list(SHOWS), ids=lambda args: " ".join(args)[:14])
def test_ids_as_long_as_the_terminal_holds_stay_whole(long_ids: str, args: tuple[str, ...], width: int) -> None:
    result = run("--data", long_ids, *args, tty=True, width=width)
    assert result.exit_code == 0, result.stderr
    assert_reads_right(result.stdout, width, SHOWS[args], set(), TABLE_HEADERS.get(args[0], ()))
