"""The installed package, which holds the shipped store, is read-only: a write there would be lost on the next
install, or would break every command for good. Every writer checks its file here first (atomic.py, the store's
lock, `init`): a module of its own, so that atomic.py needs nothing of workstore.py, which uses atomic.py. Files
written for the user (`-o`, `init`) never go inside any store's data/ or seeds/ either (`refuse_store_folders`).

The package is known by identity, not by path (rev29 M2): a bind mount of it (or of its `_store`), a container
volume or an NFS export of the venv reach the same folders under another path, which a path comparison lets through.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from ..errors import UsageError
from ..textnorm import shown

PACKAGE = Path(__file__).resolve().parent.parent


def refuse_shipped(target: Path) -> None:
    """Refuse a write whose file (symlinks followed, even through a store's own linked folders) lies in the
    installed package, which holds the shipped store: every file koursk writes passes here first. (A checkout's
    data/ is the project's own store, which its curators grow with `--data CHECKOUT extract --write`.)"""
    if in_package(target):
        raise UsageError(
            f"{shown(str(target))} is in the installed koursk package ({shown(str(PACKAGE))}), which is read-only",
            "write somewhere else; `koursk init DIR` makes a working copy of the store you can write to",
        )


def in_package(path: Path) -> bool:
    """Whether `path` lies in the installed package, under whatever name: its path (symlinks followed), or any of its
    folders, as named and as resolved, being one of the package's own folders (same device and inode), which is
    what a bind mount of the package or of a folder in it shows."""
    if inside(path, PACKAGE):
        return True
    folders = _package_folders(PACKAGE)
    for start in dict.fromkeys((Path(os.path.abspath(path)), Path(os.path.realpath(path)))):
        for folder in (start, *start.parents):
            try:
                found = os.stat(folder)
            except OSError:  # not there yet (a folder a write would make), or not searchable: its parents say
                continue
            if (found.st_dev, found.st_ino) in folders:
                return True
    return False


@functools.cache
def _package_folders(package: Path) -> frozenset[tuple[int, int]]:
    """The (device, inode) of every folder of the package, the shipped store's among them (a few dozen: read once)."""
    found = set()
    for folder, _, _ in os.walk(package):  # never into a symlinked folder: its target is not the package's
        try:
            status = os.stat(folder)
        except OSError:
            continue
        found.add((status.st_dev, status.st_ino))
    return frozenset(found)


def inside(path: Path, folder: Path) -> bool:
    """Whether `path`, symlinks followed, lies in `folder`. os.path.realpath, not Path.resolve: on a symlink loop
    (a → b → a) Python 3.11's resolve raises RuntimeError (rev22 L3); realpath stops there, and the write that
    follows says the loop in one line."""
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False
    return True


STORE_FOLDERS = ("data", "seeds")
"""The folders of a store (DIR holds data/ and seeds/), whose every file koursk reads as the store's own."""


def refuse_store_folders(target: Path, store: Path | None = None) -> None:
    """Refuse a file written for the user (an export, a report, a working store's copy) inside a store's data/ or
    seeds/ (audit60 F2): every file there is read as the store's, so an export broke the store in use and one with
    --force replaced a curated file. The store in use (`store`) is known wherever its folders link to; any other is
    a folder of the target's path, symlinks followed, that holds both data/ and seeds/. The installed package's
    store is refused first, with its own message (`refuse_shipped`: it says how to get a working copy)."""
    refuse_shipped(target)
    real = Path(os.path.realpath(target))
    found = next(
        (
            folder
            for folder in (real, *real.parents)  # `init DIR/data --force` too (review63c)
            if folder.name in STORE_FOLDERS and all(os.path.isdir(folder.parent / name) for name in STORE_FOLDERS)
        ),
        None,
    )
    if found is None and store is not None:
        found = next((store / name for name in STORE_FOLDERS if inside(target, store / name)), None)
    if found is not None:
        raise UsageError(
            f"{shown(str(target))} is inside {shown(str(found))}, a store's folder: koursk reads every file there as"
            " the store's own",
            "write it outside the store's data/ and seeds/",
        )
