"""Writes in a folder someone else may change (rev12 M10): a temporary swapped for a symlink while koursk writes it is
never renamed into place, and the file the link points to is never written."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from koursk_cli import atomic
from koursk_cli.atomic import TEMPORARY_MARK, write_text_atomically
from koursk_cli.errors import UsageError
from koursk_cli.store.transaction import Placement, write_all


def _swap_temporaries_for(folder: Path, victim: Path) -> None:
    for temporary in folder.glob(f".*{TEMPORARY_MARK}*.tmp"):
        temporary.unlink()
        temporary.symlink_to(victim)


def test_a_temporary_swapped_for_a_symlink_mid_write_is_refused(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own words\n", encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()

    def pieces() -> Iterator[str]:
        yield "id,title\r\n"
        _swap_temporaries_for(shared, victim)  # another user, between two writes
        yield "a,b\r\n"

    with pytest.raises(UsageError, match="was replaced while koursk wrote it"):
        write_text_atomically(shared / "out.csv", pieces(), force=False)
    assert victim.read_text(encoding="utf-8") == "the victim's own words\n"
    assert not (shared / "out.csv").exists()


def test_a_temporary_swapped_before_it_is_written_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own words\n", encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    made = atomic.staged

    @contextlib.contextmanager
    def swapped(target: Path, *, mode: int | None = None) -> Iterator[Path]:
        with made(target, mode=mode) as temporary:
            _swap_temporaries_for(shared, victim)  # another user, before koursk opens it
            yield temporary

    monkeypatch.setattr(atomic, "staged", swapped)
    with pytest.raises(UsageError, match=r"cannot write .*new\.yaml: Too many levels of symbolic links"):
        write_all([Placement(shared / "new.yaml", b"events: []\n")], journal=shared / ".journal")
    assert victim.read_text(encoding="utf-8") == "the victim's own words\n"
    assert not (shared / "new.yaml").exists()


def test_a_file_made_meanwhile_at_a_new_files_name_is_kept_and_the_rest_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rev17 L4: a FileExistsError from a link is a file someone else made there meanwhile: it is kept, never taken
    for the write's own, and what the write had placed before it is undone."""
    journal = tmp_path / ".journal"
    move = atomic.move_new

    def taken(source: Path, target: Path) -> None:
        if target.name == "second.yaml":
            target.write_bytes(b"theirs\n")
        move(source, target)

    monkeypatch.setattr(atomic, "move_new", taken)
    with pytest.raises(FileExistsError):
        write_all(
            [Placement(tmp_path / "first.yaml", b"a: 1\n"), Placement(tmp_path / "second.yaml", b"b: 1\n")],
            journal=journal,
        )
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {"second.yaml": b"theirs\n"}
