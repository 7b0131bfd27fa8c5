"""rev37u U13, rev37h L1 through the real CLI: a control character, a tab or a line separator in any store text (a
title, quote, note, basis, name, alias, description) is a `check` error at the text, naming the character; the line
feed stays allowed (a quote or a note may span paragraphs); a draft holding one is left out with its draft; and the
CSV export writes none raw, whatever the text it is given."""

from __future__ import annotations

import csv
import io
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.export.csvfmt import to_csv
from koursk_cli.textnorm import NOT_TEXT, character_name
from tests.conftest import run
from tests.stores import EVENTS, drafts_store, write_store

REMEDY = (
    ": no curated text holds a control character or a line separator (a terminal obeys one, nobody sees the other); "
    "delete it, or write a space or a new line where one was meant"
)


def _store(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """write_store's store with `old` replaced by `new` (once) in data/`name`."""
    root = write_store(tmp_path)
    path = root / "data" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return root


# (file, text, its replacement, line:col of the text, the record and field, the character named, at character)
REFUSED = [
    ("events/main.yaml", "{en: Rutte confirms,", '{en: "Rutte \\a confirms",', "5:17", "event 'rutte-confirms': title.en", "U+0007 BELL", 7),
    ("events/main.yaml", "fr: Rutte confirme}", 'fr: "Rutte \\u001b[31mconfirme"}', "5:37", "event 'rutte-confirms': title.fr", "U+001B ESCAPE", 7),
    ("events/main.yaml", '"Mark Rutte a déclaré', '"Mark Rutte\\ta déclaré', "12:16", "event 'rutte-confirms': evidence[0].quote", "U+0009 CHARACTER TABULATION", 11),
    ("events/main.yaml", '"lundi 28 octobre"', '"lundi\\u2028 28 octobre"', "4:17", "event 'rutte-confirms': date_basis", "U+2028 LINE SEPARATOR", 6),
    ("events/main.yaml", "{en: Rutte confirms,", '{en: "Rutte confirms\\u2029",', "5:17", "event 'rutte-confirms': title.en", "U+2029 PARAGRAPH SEPARATOR", 15),
    ("claims/main.yaml", '"publication"', '"publi\\x9bcation"', "9:18", "claim 'nis-12000': as_of_basis", "U+009B CONTROL SEQUENCE INTRODUCER", 6),
    ("claims/main.yaml", "unit: soldiers", 'unit: "soldiers\\N"', "7:11", "claim 'nis-12000': unit", "U+0085 NEXT LINE", 9),
    ("entities.yaml", "aliases: [Rutte]", 'aliases: ["Ru\\ette"]', "5:15", "entity 'rutte': aliases[0]", "U+001B ESCAPE", 3),
    ("topics.yaml", "{en: sent,", '{en: "sent\\x7f",', "7:27", "topic 'troops': measures[0].description.en", "U+007F DELETE", 5),
    ("sources.yaml", '"test fixture"', '"test\\rfixture"', "9:22", "source 'alpha': published_basis", "U+000D CARRIAGE RETURN", 5),
    ("sources.yaml", "title: {en: Alpha,", 'title: {en: "\\0Alpha",', "7:17", "source 'alpha': title.en", "U+0000 NULL", 1),
]  # fmt: skip


@pytest.mark.parametrize(("name", "old", "new", "where", "field", "char", "at"), REFUSED)
def test_a_control_character_in_any_store_text_is_an_error_at_the_text(
    tmp_path: Path, name: str, old: str, new: str, where: str, field: str, char: str, at: int
) -> None:
    root = _store(tmp_path, name, old, new)
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 1
    expected = f"{root}/data/{name}:{where}: {field} holds {char} at character {at}{REMEDY}"
    assert checked.stdout.splitlines() == [expected]
    listed = run("--data", str(root), "events")  # refused as any error is, never shown
    assert listed.exit_code == 1 and listed.stdout == "", listed.stdout


def test_several_in_one_text_are_said_once_with_a_count(tmp_path: Path) -> None:
    root = _store(tmp_path, "events/main.yaml", "{en: Rutte confirms,", '{en: "\\e[31mRutte\\a \\u2028confirms",')
    (line,) = run("--data", str(root), "check").stdout.splitlines()
    assert (
        f"main.yaml:5:17: event 'rutte-confirms': title.en holds U+001B ESCAPE at character 1 (and 2 more){REMEDY}"
        in line
    )


def test_a_raw_tab_is_found_in_a_file_without_any_escape(tmp_path: Path) -> None:
    """YAML takes a tab as it is inside a quoted text: a file with no backslash and no TODO is still searched."""
    root = _store(tmp_path, "events/main.yaml", "{en: Rutte confirms,", '{en: "Rutte\tconfirms",')
    assert "\\" not in (root / "data" / "events" / "main.yaml").read_text(encoding="utf-8")
    (line,) = run("--data", str(root), "check").stdout.splitlines()
    assert line.endswith(
        f"main.yaml:5:17: event 'rutte-confirms': title.en holds U+0009 CHARACTER TABULATION at character 6{REMEDY}"
    )


def test_line_feeds_stay_allowed_in_quotes_and_notes(tmp_path: Path) -> None:
    """A quote may span the article's paragraphs (the quote check reads any white space as a space), and a note or a
    block scalar holds line feeds: the shipped store has none, but they are text."""
    events = EVENTS.replace('"Mark Rutte a déclaré lundi', '"Mark Rutte a déclaré\\nlundi') + (
        "    note: |\n      A first paragraph.\n\n      A second one.\n"
    )
    root = write_store(tmp_path, events=events)
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 0, checked.stdout
    (event,) = run("--data", str(root), "events", "--json").json()
    assert event["note"] == "A first paragraph.\n\nA second one.\n"


def test_the_invisible_format_characters_stay_a_warning(tmp_path: Path) -> None:
    root = _store(tmp_path, "events/main.yaml", "{en: Rutte confirms,", '{en: "Rutte \\u202e confirms",')
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 0 and "RIGHT-TO-LEFT OVERRIDE (U+202E)" in checked.stdout + checked.stderr


def test_a_draft_holding_one_is_left_out_with_its_draft(tmp_path: Path) -> None:
    """A draft's problem like any other (rev37u U1): `check` lists it among the drafts' problems; the curated store
    answers without it; a `--drafts` preview leaves out that record alone, in one line naming it."""
    root = drafts_store(tmp_path)
    entities = root / "data" / "entities.yaml"  # its entity in draft finished: the curated store may answer
    entities.write_text(entities.read_text(encoding="utf-8").replace("TODO: who speaks", "Who speaks"), "utf-8")
    events = root / "data" / "events" / "main.yaml"
    text = events.read_text(encoding="utf-8")
    assert text.count('"Troops seen"') == 2
    events.write_text(text.replace('"Troops seen"', '"Troops\\a seen"', 1), encoding="utf-8")
    checked = run("--data", str(root), "check", "--json")
    (row,) = [p for p in checked.json() if "holds U+0007 BELL" in str(p["message"])]
    assert row["draft"] is True and str(row["message"]).startswith("event 'cited': title.en holds U+0007 BELL")
    curated = run("--data", str(root), "events", "--json")
    assert curated.exit_code == 0, curated.stderr
    assert {e["id"] for e in curated.json()} == {"clean"}
    preview = run("--data", str(root), "--drafts", "events", "--json")
    assert preview.exit_code == 0, preview.stderr
    assert {e["id"] for e in preview.json()} == {"own", "clean"}
    (line,) = [line for line in preview.stderr.splitlines() if "left out" in line]
    assert "1 record in draft left out" in line and "(cited)" in line
    assert "\x07" not in preview.stdout + preview.stderr


# --- the names, and what is refused, against Unicode's own tables ----------------------------------------------


def test_what_check_refuses_is_every_control_and_separator_but_the_line_feed() -> None:
    """The oracle: Unicode's general categories Cc, Zl and Zp, over every code point."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        refused = unicodedata.category(char) in ("Cc", "Zl", "Zp") and char != "\n"
        assert (NOT_TEXT.match(char) is not None) == refused, hex(code)


def test_each_control_is_named_as_unicode_aliases_it() -> None:
    """unicodedata.lookup reads Unicode's aliases; U+0007 is ISO 6429's BELL (Unicode's BELL is U+1F514)."""
    for code in [*range(0x20), *range(0x7F, 0xA0)]:
        prefix, _, name = character_name(chr(code)).partition(" ")
        assert prefix == f"U+{code:04X}"
        assert unicodedata.lookup(name) == chr(code) or (code, name) == (7, "BELL")
    assert character_name("\u2028") == "U+2028 LINE SEPARATOR"


# --- the CSV export: defence in depth --------------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8") | st.sampled_from("\x00\x07\t\n\r\x1b\x7f\x85\x9b\u2028\u2029=+-@ a"))


def _escaped(text: str) -> str:
    """The oracle: each Cc (but the line feed), Zl or Zp character as Python writes it in a string."""
    return "".join(
        (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        if unicodedata.category(c) in ("Cc", "Zl", "Zp") and c != "\n"
        else c
        for c in text
    )


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_the_csv_never_writes_a_control_character_raw(text: str) -> None:
    """A draft or an edited cache is not checked text, and `check` is not the CSV's only guard (rev37h L1: a BEL went
    raw into the file): every cell holds its text with those characters escaped, and the file no other raw
    control character than its CRLF line ends and the line feeds of its cells."""
    written = "".join(to_csv([{"title": text}], ["title"]))
    assert all(c in "\r\n" or unicodedata.category(c) not in ("Cc", "Zl", "Zp") for c in written)
    assert written.replace("\r\n", "").count("\r") == 0
    (row,) = list(csv.DictReader(io.StringIO(written, newline="")))
    expected = _escaped(text)
    defused = "'" + expected if expected.startswith(("=", "+", "-", "@")) else expected
    assert row["title"] == defused
