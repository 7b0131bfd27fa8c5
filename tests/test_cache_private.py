"""A cache folder or file of the user's own that group or others may read (a `chmod -R`, a restored backup) is made
private again, and koursk says so once (rev29 L2: only write bits were checked, so a 0644 cache holding every seed's
text stayed world-readable); when it cannot be made private the cache is not used."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from koursk_cli.store.cachefile import cache_path
from tests.conftest import Run
from tests.stores import write_store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("folder_mode", "file_mode"),
    [(0o755, 0o644), (0o750, 0o640), (0o711, 0o604)],
    ids=["755-644", "750-640", "711-604"],
)
def test_a_cache_readable_by_others_is_made_private_again_and_said_once(
    koursk: Callable[..., Run], tmp_path: Path, folder_mode: int, file_mode: int
) -> None:
    root = write_store(tmp_path / "store")
    first = koursk("--data", str(root), "events", "--fields", "id", "--jsonl")
    assert (first.exit_code, first.stderr) == (0, "")
    path = cache_path(root)
    assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)
    inode = path.stat().st_ino
    path.parent.chmod(folder_mode)
    path.chmod(file_mode)
    loose = koursk("--data", str(root), "events", "--fields", "id", "--jsonl")
    assert (loose.exit_code, loose.stdout) == (0, first.stdout)
    assert loose.stderr == (
        f"koursk: warning: the cache folder {path.parent} was readable by others (mode {folder_mode:o}): made private"
        " (700)\n"
        f"koursk: warning: the cache file {path} was readable by others (mode {file_mode:o}): made private (600)\n"
    )
    assert (_mode(path.parent), _mode(path)) == (0o700, 0o600) and path.stat().st_ino == inode  # kept, not rebuilt
    again = koursk("--data", str(root), "events", "--fields", "id", "--jsonl")
    assert (again.exit_code, again.stdout, again.stderr) == (0, first.stdout, "")


def test_a_cache_that_cannot_be_made_private_is_not_used(
    koursk: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loose cache file on a read-only file system (its mode cannot change): one line, the answer from the store,
    and the file is left as it is."""
    root = write_store(tmp_path / "store")
    first = koursk("--data", str(root), "events", "--fields", "id", "--jsonl")
    path = cache_path(root)
    path.chmod(0o644)
    before = path.read_bytes()

    def read_only(descriptor: int, mode: int) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "fchmod", read_only)
    refused = koursk("--data", str(root), "events", "--fields", "id", "--jsonl")
    assert (refused.exit_code, refused.stdout) == (0, first.stdout)
    assert refused.stderr == (
        "koursk: warning: cache not used (readable by others, and it cannot be made private (Read-only file system):"
        f" {path}); this run reads the whole store\n"
    )
    assert _mode(path) == 0o644 and path.read_bytes() == before
