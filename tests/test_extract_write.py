"""`extract --write` and `init` under hostile names, races and interruptions: whatever happens, the working store
still reads, and nothing is half-written. Races are made deterministic by running the competing action from a hook
at the critical moment, never by sleeping."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import koursk_cli.commands.extract as extract_command
import koursk_cli.store.draftwrite as draftwrite
from koursk_cli import atomic
from koursk_cli.extract.yamlout import render_file
from koursk_cli.store.lock import store_lock
from tests.conftest import run

SENTENCE = "Le 3 novembre 2024, selon le porte-parole Andriï Kovalenko{sep} Dmytro Lykhovy a déclaré que 5000 soldats étaient à Koursk.\n"


def _store(tmp_path: Path) -> Path:
    target = tmp_path / "work"
    assert run("init", str(target)).exit_code == 0
    return target


def _article(tmp_path: Path, name: str, text: str = SENTENCE.format(sep=",")) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _write(store: Path, article: Path, *args: str) -> Any:
    return run("--data", str(store), "extract", str(article), "--published", "2024-11-08", "--write", *args)


def _reads(store: Path) -> None:
    result = run("--data", str(store), "--drafts", "events", "--json")
    assert result.exit_code == 0, result.stderr


def _files(store: Path) -> dict[str, bytes]:
    files = sorted(p for p in store.rglob("*") if p.is_file() and p.name != ".koursk.lock")
    return {str(p.relative_to(store)): p.read_bytes() for p in files}


# --- H5, M8: what the article and its file name hold can neither break a file nor reach the terminal ---------------


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029", "\r", "\x1c", "\x0b", "\x0c"])
def test_a_yaml_line_break_inside_a_name_keeps_the_store_readable(tmp_path: Path, separator: str) -> None:
    store = _store(tmp_path)
    written = _write(store, _article(tmp_path, "b.txt", SENTENCE.format(sep=separator)))
    assert written.exit_code == 0, written.stderr
    _reads(store)
    assert _write(store, _article(tmp_path, "c.txt")).exit_code == 0  # further writes still work


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\u202e", "\u2066", "\x1b"])
def test_characters_yaml_refuses_or_a_terminal_obeys_are_escaped_in_quotes(tmp_path: Path, character: str) -> None:
    store = _store(tmp_path)
    article = _article(tmp_path, "q.txt", f"Le 3 novembre 2024, 5000 soldats{character} étaient à Koursk.\n")
    printed = run("--data", str(store), "extract", str(article), "--published", "2024-11-08")
    assert printed.exit_code == 0, printed.stderr
    assert character not in printed.stdout
    assert f"\\u{ord(character):04x}" in printed.stdout
    assert _write(store, article).exit_code == 0
    _reads(store)


def test_the_article_file_name_cannot_inject_yaml_or_escape_sequences(tmp_path: Path) -> None:
    store = _store(tmp_path)
    article = _article(tmp_path, "evil\n  - id: injected\n\x1b[31mred\u2028.txt")
    printed = run("--data", str(store), "extract", str(article), "--published", "2024-11-08")
    assert printed.exit_code == 0, printed.stderr
    assert "\x1b" not in printed.stdout and "\u2028" not in printed.stdout
    documents = list(yaml.safe_load_all(printed.stdout))
    assert [list(d) for d in documents] == [["sources"], ["events"], ["claims"]]
    assert all(entry.get("id") != "injected" for document in documents for entry in next(iter(document.values())))
    written = _write(store, article)
    assert written.exit_code == 0, written.stderr
    assert "\x1b" not in written.stderr
    _reads(store)


def test_a_rendered_file_the_store_would_refuse_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    before = _files(store)
    monkeypatch.setattr(draftwrite, "render_file", lambda *a: render_file(*a) + "  - id: [broken\n")
    result = _write(store, _article(tmp_path, "a.txt"))
    assert result.exit_code == 1
    assert "would break the store" in result.stderr and "nothing was written" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert _files(store) == before


# --- M1, M2, M9: every choice is made under the store's lock, and nothing changed meanwhile is lost -------------


@contextlib.contextmanager
def _competing(monkeypatch: pytest.MonkeyPatch, store: Path, article: Path, *args: str) -> Iterator[list[int]]:
    """Run another `extract --write` to completion right before this one takes the store's lock."""
    codes: list[int] = []

    @contextlib.contextmanager
    def lock_after_another(root: Path, waiting: Callable[[str], None]) -> Iterator[None]:
        if not codes:
            command = [sys.executable, "-m", "koursk_cli", "--data", str(store), "extract", str(article)]
            other = subprocess.run([*command, "--published", "2024-11-08", "--write", *args], capture_output=True)
            codes.append(other.returncode)
        with store_lock(root, waiting):
            yield

    monkeypatch.setattr(extract_command, "store_lock", lock_after_another)
    yield codes


def test_two_writes_at_once_get_their_own_seed_numbers_and_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    other = _article(tmp_path, "a2.txt", SENTENCE.format(sep=",").replace("5000", "6000"))
    with _competing(monkeypatch, store, other) as codes:
        result = _write(store, _article(tmp_path, "a1.txt"))
    assert codes == [0] and result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (store / "seeds").iterdir())[-2:] == ["005_a2.txt", "006_a1.txt"]
    _reads(store)  # no id is in both files


def test_the_same_article_written_twice_at_once_is_refused_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    with _competing(monkeypatch, store, _article(tmp_path, "a2.txt"), "--source-id", "first") as codes:
        result = _write(store, _article(tmp_path, "a1.txt"), "--source-id", "second")
    assert codes == [0] and result.exit_code == 1  # a data condition (rev37u U17)
    assert "already in the store as source 'first'" in result.stderr
    assert not (store / "data" / "events" / "second.yaml").exists()


def test_a_hand_edit_of_sources_made_during_the_write_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A save of sources.yaml while extract writes is kept: nothing is written. rev18 L9: it was compared with what
    extract read before the journal and the seed were written and flushed (milliseconds, more on a slow disk), then
    renamed over whatever was there, so a save in between was lost. It is now compared right before its own rename."""
    store = _store(tmp_path)
    sources = store / "data" / "sources.yaml"
    move = atomic.move_new

    def saved_after_the_seed(source: Path, target: Path) -> None:
        move(source, target)
        if target.parent.name == "seeds":
            sources.write_text(sources.read_text(encoding="utf-8") + "# my edit\n", encoding="utf-8")

    monkeypatch.setattr(atomic, "move_new", saved_after_the_seed)
    result = _write(store, _article(tmp_path, "a.txt"))
    assert result.exit_code == 1
    assert "sources.yaml changed while koursk was writing; nothing was written" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert sources.read_text(encoding="utf-8").endswith("# my edit\n")
    assert not (store / "seeds" / "005_a.txt").exists() and not (store / "data" / "events" / "a.yaml").exists()


# --- M3: an interruption before the last rename leaves nothing behind ---------------------------------------------


def test_an_interruption_at_the_last_placement_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    before = _files(store)
    real = atomic.move_new

    def interrupted(source: Path, target: Path) -> None:
        if target.parent.name == "claims":  # the seed, sources.yaml and the events are in place
            raise KeyboardInterrupt
        real(source, target)

    monkeypatch.setattr(atomic, "move_new", interrupted)
    result = _write(store, _article(tmp_path, "a.txt"))
    monkeypatch.undo()
    assert result.exit_code == 130
    assert _files(store) == before  # no seed, events or claims file without its source, no temporary
    _reads(store)


@pytest.mark.parametrize("code", [errno.EPERM, errno.EOPNOTSUPP])
def test_a_file_system_without_hard_links_is_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """FAT, exFAT and many SMB or FUSE mounts refuse link(): the message named a hidden temporary (rev16 M9). (A new
    file is renamed into place without link() where the system can: a system that cannot, here.)"""
    monkeypatch.setattr(atomic, "_renameat2", lambda: None)
    store = _store(tmp_path)
    before = _files(store)

    def unsupported(source: Any, target: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", unsupported)
    result = _write(store, _article(tmp_path, "a.txt"))
    monkeypatch.undo()
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "cannot make hard links" in line
    assert str(store / "seeds") in line
    assert ".tmp" not in line
    assert _files(store) == before
    _reads(store)


def test_a_write_killed_after_its_last_placement_is_finished_not_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill after every file was in place, before the journal went, left a journal the next write used to undo the
    whole finished article (rev17 M1): every placement made means the write is done."""
    store = _store(tmp_path)
    journal = store / "data" / ".koursk-write.journal"
    unlink = Path.unlink

    def killed_before_the_journal_went(self: Path, missing_ok: bool = False) -> None:
        if self.name != journal.name:
            unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", killed_before_the_journal_went)
    assert _write(store, _article(tmp_path, "a.txt")).exit_code == 0
    monkeypatch.undo()
    assert journal.exists()
    first = {name: content for name, content in _files(store).items() if "/a" in name or name.startswith("seeds/")}
    result = _write(store, _article(tmp_path, "b.txt", SENTENCE.format(sep=";")))
    assert result.exit_code == 0, result.stderr
    assert not journal.exists()
    after = _files(store)
    assert all(after.get(name) == content for name, content in first.items()), sorted(first)
    assert b"id: a\n" in after["data/sources.yaml"]
    _reads(store)


# --- M5: what sits at the seed's name is refused at once, never read or followed -----------------------------------


def test_a_fifo_at_the_seed_name_is_refused_at_once(tmp_path: Path) -> None:
    store = _store(tmp_path)
    os.mkfifo(store / "seeds" / "005_a.txt")
    command = [sys.executable, "-m", "koursk_cli", "--data", str(store), "extract", str(_article(tmp_path, "a.txt"))]
    result = subprocess.run([*command, "--published", "2024-11-08", "--write"], capture_output=True, timeout=120)
    assert result.returncode == 2
    assert b"005_a.txt exists and is a FIFO" in result.stderr


@pytest.mark.parametrize("points_to", ["/dev/null", "elsewhere/missing.txt"])
def test_a_symlink_at_the_seed_name_is_refused_and_not_followed(tmp_path: Path, points_to: str) -> None:
    store = _store(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    (store / "seeds" / "005_a.txt").symlink_to(points_to if points_to.startswith("/") else tmp_path / points_to)
    result = _write(store, _article(tmp_path, "a.txt"))
    assert result.exit_code == 2
    assert "005_a.txt exists and is a symlink" in result.stderr
    assert not list((tmp_path / "elsewhere").iterdir())
    assert not (store / "data" / "events" / "a.yaml").exists()


# --- M6, L5: sizes -------------------------------------------------------------------------------------------------


def test_an_article_over_a_mebibyte_is_refused_before_any_work(tmp_path: Path) -> None:
    store = _store(tmp_path)
    big = _article(tmp_path, "big.txt", SENTENCE.format(sep=",") * (1024 * 1024 // len(SENTENCE) + 1))
    result = _write(store, big)
    assert result.exit_code == 2
    assert "is too large (the limit is 1 MiB)" in result.stderr and "split a longer text" in result.stderr


def test_a_file_over_the_store_limit_is_never_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    before = _files(store)
    monkeypatch.setattr(draftwrite, "MAX_FILE_BYTES", (store / "data" / "sources.yaml").stat().st_size + 2000)
    text = "".join(SENTENCE.format(sep=",").replace("5000", str(n)) for n in range(1000, 1100))
    result = _write(store, _article(tmp_path, "a.txt", text))
    assert result.exit_code == 1
    assert "over the store's limit" in result.stderr and "nothing was written" in result.stderr
    assert _files(store) == before


@pytest.mark.parametrize("length", [120, 246])
def test_a_long_file_name_gives_a_source_id_of_at_most_80_characters(tmp_path: Path, length: int) -> None:
    store = _store(tmp_path)
    result = _write(store, _article(tmp_path, "a" * length + ".txt"))
    assert result.exit_code == 0, result.stderr
    written = (store / "data" / "events").glob("a*.yaml")
    assert [len(p.stem) for p in written] == [72]
    _reads(store)


# --- M4, L3, L1: init ----------------------------------------------------------------------------------------------


def test_an_init_interrupted_between_its_renames_leaves_no_half_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "work"
    real = os.rename

    def interrupted(source: Any, destination: Any) -> None:
        if Path(destination).name == "seeds":
            raise KeyboardInterrupt
        real(source, destination)

    monkeypatch.setattr(os, "rename", interrupted)
    assert run("init", str(target)).exit_code == 130
    monkeypatch.undo()
    assert not target.exists()  # the folder init made is removed too
    assert run("init", str(target)).exit_code == 0


def test_init_removes_a_dead_staging_folder_at_once(tmp_path: Path) -> None:
    """The folder is locked while init works in it: a staging folder found there is a killed init's, however fresh
    (rev18 L14: one was kept, and refused the next init, for an hour)."""
    target = tmp_path / "work"
    stale = target / ".koursk-init-abcd1234"
    (stale / "data").mkdir(parents=True)
    result = run("init", str(target))
    assert result.exit_code == 0, result.stderr
    assert "had left (a copy unfinished, or not of this koursk's store): .koursk-init-abcd1234." in result.stdout
    assert not stale.exists()


def test_init_into_a_dangling_symlink_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "dang").symlink_to(tmp_path / "nonexistent")
    result = run("init", str(tmp_path / "dang"))
    assert result.exit_code == 2
    assert "is a symlink to a missing folder" in result.stderr


# --- rev16 M2, L3, L15: the default source id and the seed's number -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "source_id"),
    [
        ("Défense-Koursk.txt", "defense-koursk"),
        ("Été à Koursk.txt", "ete-a-koursk"),
        ("Corée du Nord.txt", "coree-du-nord"),
        ("Cœur-de-Koursk.txt", "coeur-de-koursk"),  # rev18 L5: letters no decomposition takes apart
        ("MANŒUVRES.txt", "manoeuvres"),
        ("Ærø.txt", "aero"),
        ("Łódź.txt", "lodz"),
    ],
)
def test_the_default_source_id_folds_accents(tmp_path: Path, name: str, source_id: str) -> None:
    store = _store(tmp_path)
    result = _write(store, _article(tmp_path, name))
    assert result.exit_code == 0, result.stderr
    assert (store / "data" / "events" / f"{source_id}.yaml").exists()
    assert (store / "seeds" / f"005_{source_id}.txt").exists()


@pytest.mark.parametrize("kind", ["events", "claims"])
def test_a_default_source_id_whose_file_exists_moves_on(tmp_path: Path, kind: str) -> None:
    store = _store(tmp_path)
    taken = store / "data" / kind / "a.yaml"
    os.rename(next((store / "data" / kind).glob("*.yaml")), taken)  # valid: a file's name is free
    before = taken.read_bytes()
    result = _write(store, _article(tmp_path, "a.txt"))
    assert result.exit_code == 0, result.stderr
    assert (store / "data" / "events" / "a-2.yaml").exists() and (store / "seeds" / "005_a-2.txt").exists()
    assert taken.read_bytes() == before


def test_seed_numbers_go_on_past_999(tmp_path: Path) -> None:
    store = _store(tmp_path)
    last = sorted((store / "seeds").iterdir())[-1]
    last.rename(store / "seeds" / "999_last.txt")
    sources = store / "data" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(last.name, "999_last.txt"), encoding="utf-8")
    for name, figure in (("a.txt", "5000"), ("b.txt", "6000")):
        assert _write(store, _article(tmp_path, name, SENTENCE.format(sep=",").replace("5000", figure))).exit_code == 0
    assert (store / "seeds" / "1000_a.txt").exists() and (store / "seeds" / "1001_b.txt").exists()
    shown_source = run("--data", str(store), "--drafts", "show", "1001")
    assert shown_source.exit_code == 0 and "id: b" in shown_source.stdout


# --- rev16 M3, L9: an entry appended to sources.yaml whatever its list's indentation and line ends -----------------


def _dumped(text: str, **style: Any) -> str:
    dumped: str = yaml.safe_dump(yaml.safe_load(text), sort_keys=False, allow_unicode=True, width=100000, **style)
    return dumped


STYLES: dict[str, Callable[[str], str]] = {
    "as shipped": lambda text: text,
    "list at column 0": _dumped,
    "list at column 0, then a document end": lambda text: _dumped(text, explicit_end=True),
    "list indented by four": lambda text: _dumped(text).replace("\n", "\n    ").replace("\n    sources:", "\nsources:"),
    "CRLF": lambda text: text.replace("\n", "\r\n"),
    "CRLF, list at column 0": lambda text: _dumped(text).replace("\n", "\r\n"),
    "CR only (rev18 L3)": lambda text: text.replace("\n", "\r"),
    "a byte order mark before 'sources:' (rev18 L3)": lambda text: "\ufeff" + text[text.index("sources:") :],
    "a byte order mark and CRLF": lambda text: ("\ufeff" + text[text.index("sources:") :]).replace("\n", "\r\n"),
}


@pytest.mark.parametrize("style", list(STYLES))
def test_an_entry_is_appended_to_sources_whatever_its_style(tmp_path: Path, style: str) -> None:
    store = _store(tmp_path)
    sources = store / "data" / "sources.yaml"
    before = STYLES[style](sources.read_text(encoding="utf-8"))
    sources.write_bytes(before.encode())
    assert run("--data", str(store), "check").exit_code == 0, style
    result = _write(store, _article(tmp_path, "a.txt"))
    assert result.exit_code == 0, result.stderr
    after = sources.read_bytes().decode()
    kept = before.removesuffix("...\n").rstrip()
    assert after.startswith(kept) and after.endswith("...\n") == before.endswith("...\n")
    assert [entry["id"] for entry in yaml.safe_load(after)["sources"]][-1] == "a"
    assert set(re.findall(r"\r\n|\r|\n", after)) == set(re.findall(r"\r\n|\r|\n", before))  # its own line ends
    _reads(store)


def test_a_sources_list_koursk_cannot_append_to_is_named_by_its_path(tmp_path: Path) -> None:
    """A flow list (`sources: [...]`) is valid YAML that extract does not rewrite: the refusal names the store's own
    file, not a `data/sources.yaml` of the current folder (rev18 L3)."""
    store = _store(tmp_path)
    sources = store / "data" / "sources.yaml"
    sources.write_text(_dumped(sources.read_text(encoding="utf-8"), default_flow_style=True), encoding="utf-8")
    before = sources.read_bytes()
    assert run("--data", str(store), "check").exit_code == 0
    result = _write(store, _article(tmp_path, "a.txt"))
    assert result.exit_code == 2
    assert f"{sources} does not hold a block list under 'sources:'" in result.stderr
    assert sources.read_bytes() == before and not (store / "seeds" / "005_a.txt").exists()
