"""`--lang fr` says in French every word koursk writes for reading (rev37u U10, closing38 « Left »: the conflict lines,
"Spread per measure", "the article" stayed English). The oracle is the one table of words, not the renderer: every
command that takes --lang runs in French on a terminal of 100 columns over a store whose own text holds no English,
and no phrase of an English entry of words.LEGEND that has a French entry may be printed, nor a number grouped the
English way (`10,000`). JSON, CSV and pipes' records stay English (test_lang_fr_inline.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from koursk_cli.words import LEGEND
from tests.claimstores import ACTORS, SOURCES, TOPICS
from tests.conftest import run
from tests.stores import StoreBuilder

_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
_SEPARATORS = re.compile(r" · |; |: | \(|\)|, |…")
_SHOW_LABEL = re.compile(r"^ *[a-z][a-z0-9 ()]*?(?:  |: )(?=\S)", re.MULTILINE)  # `  as of  7 nov.`, `as of: 7 nov.`


def _found(phrase: str, text: str) -> bool:
    """`phrase` as words of `text`, never inside an id or a word (`in` of `in-kursk`, `more` of `moreover`)."""
    return re.search(rf"(?<![\w/-]){re.escape(phrase)}(?![\w/-])", text) is not None


def english_phrases() -> list[str]:
    """Each phrase of an English entry with a French entry of its own, cut at the placeholders and separators, that
    holds a letter and that no French entry writes too (a column's name, `Firm`, is kept in both); a lone word only
    when it is the entry's one phrase (`in {source}`, `reported`), not a heading's first (`Events: …`), which a
    column or a field of `show` may share: their names stay English (--lang's help). The report's page words
    (`page …`) are the HTML page's, never a terminal's (its French: test_report_browser.py)."""
    french = " ".join(LEGEND["fr"].values())
    phrases: set[str] = set()
    for key, english in LEGEND["en"].items():
        if key.startswith("page ") or key not in LEGEND["fr"] or LEGEND["fr"][key] == english:
            continue
        pieces = [
            p.strip(" .:;,~?·-–") for s in _SEPARATORS.split(_PLACEHOLDER.sub("\0", english)) for p in s.split("\0")
        ]
        pieces = [p for p in pieces if re.search(r"[A-Za-z]{2}", p)]
        phrases.update(p for p in pieces if (" " in p or len(pieces) == 1) and not _found(p, french))
    return sorted(phrases)


PHRASES = english_phrases()


@pytest.fixture(scope="module")
def french_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Conflicts firm and only if exact, a figure in the article's own voice, a restatement, an outlet only
    credited, a month-dated event (told in its first week), a gap between periods: each line that has words."""
    builder = StoreBuilder().topics(TOPICS)
    for source, published, outlet in SOURCES:
        builder.source(source, published, outlet=outlet, credited=outlet is not None)
    for actor in ACTORS:
        builder.entity(actor, "agency" if actor == "nis" else "person", actor.upper() if actor == "nis" else actor)
    builder.event("ev-1", "2024-10", "Troupes à Koursk", ("alpha", "Des troupes à Koursk"), actors=("rutte",))
    builder.event("ev-2", "2025-01-10", "Pertes", ("beta", "Des pertes à Koursk"), actors=("nis",))
    builder.claim("cl-000", "alpha", 12000, "2024-11", kind="approximate", asserted_by=("nis",))
    builder.claim("cl-001", "alpha", 10000, "2024-11")  # the article's own voice
    builder.claim("cl-002", "alpha", 10000, "2024-11", restates="cl-001", quote="10 000 soldats, répète l'article")
    builder.claim("cl-003", "beta", 1050, "2024-11", asserted_by=("rutte",))
    builder.claim("cl-004", "beta", 12000, "2024-12", measure="in-kursk", asserted_by=("kim",))
    builder.claim("cl-005", "gamma", 900, "2025-01", asserted_by=("rutte", "nis"), status="alleged")
    return builder.write(tmp_path_factory.mktemp("fr") / "store")


COMMANDS = [
    ["events"],
    ["events", "-n", "1"],
    ["timeline"],
    ["timeline", "--by", "week"],
    ["timeline", "--by", "year"],
    ["sources"],
    ["sources", "--claim", "troops"],
    ["claims"],
    ["claims", "-n", "2"],
    ["topics"],
    ["figures", "troops"],
    ["entities"],
    ["show", "ev-1"],
    ["show", "cl-001"],
    ["show", "cl-002"],
    ["show", "beta"],
    ["show", "nis"],
    ["show", "troops"],
    ["diff", "alpha", "beta"],
    ["diff", "--from", "2024-12", "--to", "2025-01"],
    ["events", "--since", "2030"],
    ["timeline", "--since", "2030"],
    ["claims", "--status", "denied"],
    ["sources", "--since", "2030"],
    ["export", "markdown"],
    ["export", "markdown", "--rows", "claims"],
]


def test_the_oracle_has_phrases_to_look_for() -> None:
    assert {"as of", "in", "allows", "Spread per measure", "the article", "reported"} <= set(PHRASES)


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_english_word_of_the_table_under_lang_fr(french_store: Path, command: list[str], tty: bool) -> None:
    result = run("--no-color", "--data", str(french_store), "--lang", "fr", *command, tty=tty, width=100)
    assert result.exit_code == 0, result.stderr
    out = result.stdout + (result.stderr if tty else "")  # a note beside a pipe's records stays English
    if not tty and command[0] not in ("show", "diff", "export"):  # a pipe's records are for machines: English
        return
    if command[0] == "show":  # its fields' names stay English (--lang's help): the words after them are said
        out = _SHOW_LABEL.sub("", out)
    text = " ".join(out.split())  # a phrase wrapped across two lines is still one
    assert [phrase for phrase in PHRASES if _found(phrase, text)] == []
    assert not re.search(r"\d,\d{3}", out), "a number grouped the English way"
    ran = run("--no-color", "--data", str(french_store), *command, tty=tty, width=100)
    english = ran.stdout + (ran.stderr if tty else "")
    assert any(_found(phrase, " ".join(english.split())) for phrase in PHRASES) or out == english
