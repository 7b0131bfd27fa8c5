"""Writes in a folder someone else may change (rev12 M10): a temporary swapped for a symlink while koursk writes it is
never renamed into place, and the file the link points to is never written."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from koursk_cli import atomic
from koursk_cli.atomic import TEMPORARY_MARK, Placement, write_all, write_text_atomically
from koursk_cli.errors import UsageError


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


def test_a_file_exists_error_before_any_placement_undoes_nothing_and_says_so(tmp_path: Path) -> None:
    """rev17 L4: the undo took any FileExistsError for a link's and dropped the last placement made; raised before
    any (by `before`), that was pop() on an empty list, an IndexError in place of the error."""
    journal = tmp_path / ".journal"

    def taken() -> None:
        raise FileExistsError("made meanwhile")

    with pytest.raises(FileExistsError):
        write_all([Placement(tmp_path / "new.yaml", b"x: 1\n")], journal=journal, before=taken)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
