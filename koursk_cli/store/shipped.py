"""The installed package, which holds the shipped store, is read-only: a write there would be lost on the next
install, or would break every command for good. Every writer checks its file here first (atomic.py, the store's
lock, `init`): a module of its own, so that atomic.py needs nothing of workstore.py, which uses atomic.py.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError
from ..textnorm import shown

PACKAGE = Path(__file__).resolve().parent.parent


def refuse_shipped(target: Path) -> None:
    """Refuse a write whose file (symlinks followed, even through a store's own linked folders) lies in the
    installed package, which holds the shipped store: every file koursk writes passes here first. (A checkout's
    data/ is the project's own store, which its curators grow with `--data CHECKOUT extract --write`.)"""
    if inside(Path(os.path.realpath(target)), PACKAGE):
        raise UsageError(
            f"{shown(str(target))} is in the installed koursk package ({shown(str(PACKAGE))}), which is read-only",
            "write somewhere else; `koursk init DIR` makes a working copy of the store you can write to",
        )


def inside(path: Path, folder: Path) -> bool:
    """Whether `path`, symlinks followed, lies in `folder`. os.path.realpath, not Path.resolve: on a symlink loop
    (a → b → a) Python 3.11's resolve raises RuntimeError (rev22 L3); realpath stops there, and the write that
    follows says the loop in one line."""
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False
    return True
