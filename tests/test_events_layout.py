"""The events file in the generator's layout read one entry a match (yamlregular._events_file, the thirty-sixth
pass): the same values and marks as the line reader, or the line reader itself; a changed file's rows and every
problem of it as the long way gives them."""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koursk_cli.store import open as open_module
from koursk_cli.store import yamlregular
from koursk_cli.store.cachefile import cache_path
from koursk_cli.store.yamlregular import _Reader, irregular, read_regular
from tests.conftest import run
from tests.test_generate import _generate
from tests.test_properties import FUZZ
from tests.test_yamldoc import SNIPPETS, _located


def _line_by_line(text: str) -> object:
    """What read_regular(text, marks=False) gave before this pass: the line reader's reading, or None."""
    if irregular(text):
        return None
    try:
        return _Reader(text, False).document()
    except (yamlregular._Irregular, IndexError, RecursionError):
        return None


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("generated") / "store"
    _generate(store, 300, 3)
    return store


def test_the_generator_s_events_files_are_read_one_entry_a_match(generated: Path) -> None:
    files = sorted((generated / "data" / "events").glob("*.yaml"))
    assert len(files) == 3
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yamlregular._events_file(text)
        assert fast is not None, path
        assert len(fast["events"]) == 100
        assert _located(fast, light=True) == _located(_line_by_line(text), light=True)


USUAL_TOKENS = ["ev-1", "src-0001", "ent-0005", "2024-10-01", "2024-10-09/2024-10-18", "2022-02/2025-02-28%", "x"]
ODD_TOKENS = [
    "yes",
    "no",
    "null",
    "on",
    "1",
    "1e3",
    "0100",
    "1.500",
    "25:00",
    ".5",
    "~",
    "a#b",
    "a b",
    "-x",
    "'q'",
    "[]",
]
USUAL_TEXT = [*"ab é'#:,[]{}-", "кий", "朝鲜", "😀", "  ", "1.500", "\u00a0"]
ODD_TEXT = ["\\", '"', "\x07", "\t", "\u2028", "\n"]


class _Writer:
    """Events files in the generator's layout, each value odd (not the layout, or not valid YAML) at `odds`."""

    def __init__(self, rng: random.Random, odds: float) -> None:
        self.rng, self.odds = rng, odds

    def pick(self, usual: list[str], odd: list[str]) -> str:
        return self.rng.choice(odd if self.rng.random() < self.odds else usual)

    def token(self) -> str:
        return self.pick(USUAL_TOKENS, ODD_TOKENS)

    def text(self) -> str:
        return "".join(self.pick(USUAL_TEXT, ODD_TEXT) for _ in range(self.rng.randrange(8)))

    def file(self) -> str:
        rng = self.rng
        lines = [*rng.choice([[], ["# yaml-language-server: $schema=../schema.json", ""], [""]]), "events:"]
        for _ in range(rng.randint(1, 3)):
            en, fr = self.text(), self.text()
            lines += [f"  - id: {self.token()}", f"    date: {self.token()}", f'    date_basis: "{self.text()}"']
            if rng.random() < 0.5:
                lines.append(f'    title: {{en: "{en}", fr: "{fr}"}}')
            else:
                lines += ["    title:", f'      en: "{en}"', f'      fr: "{fr}"']
            for key in ("actors", "places", "tags"):
                lines.append(f"    {key}: [{', '.join(self.token() for _ in range(rng.randrange(4)))}]")
            lines += [f"    status: {self.token()}", "    evidence:"]
            for _ in range(rng.randint(1, 3)):
                lines += [f"      - source: {self.token()}", f'        quote: "{self.text()}"']
                if rng.random() < 0.5:
                    speaker = self.token() if rng.random() < 0.5 else '"' + self.text() + '"'
                    lines.append(f"        speaker: {speaker}")
            if rng.random() < 0.5:
                lines.append(f'    note: "{self.text()}"')
            lines += [""] * rng.randrange(3)
        return "\n".join(lines) + rng.choice(["\n", "\n", "", "\n\n", "\n  \n"])


@st.composite
def _events_files(draw: st.DrawFn) -> str:
    writer = _Writer(random.Random(draw(st.integers(0, 2**32))), draw(st.sampled_from([0.0, 0.0, 0.01, 0.05])))
    text = writer.file()
    if draw(st.integers(0, 3)) == 3:  # a snippet of anything, anywhere: odd indentation, flow style, comments...
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(SNIPPETS | st.text(max_size=3)) + text[at:]
    return text


@settings(max_examples=max(300, FUZZ * 4), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_events_files())
def test_an_events_file_reads_as_the_line_reader_reads_it(text: str) -> None:
    """Whatever the entry reader takes, the line reader reads the same values and marks (those kept without marks);
    whatever it leaves, read_regular reads line by line as before (libyaml's reading is held to the line reader in
    tests/test_yamldoc.py)."""
    expected = _line_by_line(text)
    fast = yamlregular._events_file(text) if not irregular(text) else None
    if fast is not None:
        assert expected is not None
        assert _located(fast, light=True) == _located(expected, light=True)
    read = read_regular(text, marks=False)
    assert (read is None) == (expected is None)
    if read is not None:
        assert _located(read, light=True) == _located(expected, light=True)


# --- through the CLI: a changed file in the generator's layout ----------------------------------------------------

CHANGED = "data/events/events-0001.yaml"


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _first_quote(text: str) -> str:
    return text.split('        quote: "', 1)[1].split('"', 1)[0]


BROKEN = {
    "a schema error": lambda t: t.replace("    status: ", "    status: maybe-", 1),
    "a bad date": lambda t: t.replace("    date: ", "    date: 2024-13-", 1),
    "a duplicate id": lambda t: t.replace("  - id: ev-000101\n", "  - id: ev-000100\n", 1),
    "an unknown source": lambda t: t.replace("      - source: src-", "      - source: nowhere-", 1),
    "a quote not in its seed": lambda t: t.replace(f'quote: "{_first_quote(t)}"', 'quote: "jamais dit ainsi"', 1),
    "odd indentation": lambda t: t.replace("    places: ", "     places: ", 1),
    "flow style": lambda t: t.replace("    tags: [", "    tags: [ ", 1),  # valid YAML, not the layout
    "an unknown key": lambda t: t.replace("    status: ", "    statut: ", 1),
}


def _disable_entry_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlregular, "_events_file", lambda text: None)


def _events(store: Path) -> tuple[int, str, str]:
    result = run("--data", str(store), "events", "--json")
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("how", sorted(BROKEN))
def test_a_changed_file_s_problem_is_reported_as_the_line_reader_reports_it(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A changed file in the generator's layout with one problem: the warm run (the entry reader first, then the
    line reader with every mark) says what the same run reading line by line says, where it says it, and fails;
    and so does a cold load of the same store."""
    answers = []
    for long_way in (False, True):
        store = tmp_path / f"store-{long_way}"
        shutil.copytree(generated, store)
        assert _events(store)[0] == 0  # the cache built
        path = store / CHANGED
        path.write_text(BROKEN[how](path.read_text(encoding="utf-8")), encoding="utf-8")
        if long_way:
            _disable_entry_reader(monkeypatch)
        code, out, err = _events(store)
        answers.append((code, out.replace(str(store), "STORE"), err.replace(str(store), "STORE")))
    assert answers[0] == answers[1]
    if how == "flow style":  # no problem: read line by line, answered
        assert answers[0][0] == 0 and "ev-000100" in answers[0][1]
        return
    assert answers[0][0] == 1 and f"{CHANGED}:" in answers[0][2].replace("\\", "/")
    original = open_module.load_store
    monkeypatch.setattr(open_module, "load_store", lambda root, **kw: original(root, **{**kw, "use_cache": False}))
    code, out, err = _events(store)
    cold = (code, out.replace(str(store), "STORE"), err.replace(str(store), "STORE"))
    assert cold == answers[0]


def _rows(store: Path) -> list[tuple[object, ...]]:
    """The cache's event rows, every column but the rowid (an update and a cold build number rows apart)."""
    with contextlib.closing(sqlite3.connect(cache_path(store.resolve()))) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(events)") if row[1] != "rowid"]
        listed = ", ".join(f'"{column}"' for column in columns)
        return db.execute(f"SELECT {listed} FROM events ORDER BY file, seq").fetchall()


def test_a_changed_file_s_rows_are_those_of_a_cold_build_the_long_way(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed file holding a note, texts beyond Latin with figures, a title on two
    lines: its rows, put by the update, are a cold build's rows read line by line, byte for byte, and so are the
    answers."""
    store = tmp_path / "store"
    shutil.copytree(generated, store)
    assert _events(store)[0] == 0
    path = store / CHANGED
    text = path.read_text(encoding="utf-8")
    edited = text.replace('    date_basis: "synthetic"\n', '    date_basis: "Корея, 朝鲜 — « 28 » 😀 12 000"\n', 2)
    first_title = edited.split("    title: {en: ", 1)[1].split("\n", 1)[0]
    en, fr = first_title.removesuffix('"}').split('", fr: "')
    edited = edited.replace(
        f"    title: {{en: {first_title}\n", f'    title:\n      en: {en}"\n      fr: "1.500 soldats, {fr}"\n', 1
    )
    edited = edited.replace("  - id: ev-000101\n", '    note: "a note: 12 000 # not a comment"\n  - id: ev-000101\n')
    path.write_text(edited, encoding="utf-8")
    assert yamlregular._events_file(edited) is not None
    warm = _events(store)
    assert warm[0] == 0, warm[2]
    assert "Корея" in warm[1] and "1.500 soldats" in warm[1] and "a note: 12 000" in warm[1]
    cold_store = tmp_path / "cold"
    shutil.copytree(store, cold_store)
    _disable_entry_reader(monkeypatch)
    cold = _events(cold_store)
    assert cold[0] == 0
    assert cold[1].replace(str(cold_store), str(store)) == warm[1]
    assert _rows(store) == _rows(cold_store)
