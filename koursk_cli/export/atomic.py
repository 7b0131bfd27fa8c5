"""Write a file all at once or not at all: a reader never sees half an export, and a failed or interrupted export
never clobbers the previous one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import UsageError


def check_target(target: Path, *, force: bool) -> None:
    """Refuse, before any work, a target that cannot or should not be written."""
    if target.is_dir():
        raise UsageError(f"{target} is a directory", "give a file name, such as -o koursk.csv")
    parent = target.parent
    if not parent.is_dir():
        raise UsageError(f"directory {parent} does not exist", f"create it first (mkdir -p {parent})")
    if target.exists() and not force:
        raise UsageError(f"{target} already exists", "add --force to replace it, or choose another -o FILE")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(target: Path, *, force: bool) -> Iterator[Path]:
    """Yield an empty temporary file next to `target`; on success move it over `target` with `os.replace` (atomic on
    one file system), on any exception, Ctrl-C included, delete it and re-raise."""
    check_target(target, force=force)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it 0600; give it the mode a new file would get
        check_target(target, force=force)  # someone may have created it while we worked
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def write_text_atomically(target: Path, text: str, *, force: bool) -> None:
    """UTF-8, line endings exactly as given (CSV and iCalendar need CRLF)."""
    with atomic_path(target, force=force) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="")
