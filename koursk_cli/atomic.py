"""Write files all at once or not at all: a reader never sees half a file, and a failed or interrupted write
(Ctrl-C included) never clobbers the previous one. Exports, `extract --write` and the store cache all go through here."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import UsageError


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
def staged(target: Path) -> Iterator[Path]:
    """Yield an empty temporary file next to `target`, with the mode a new file would get; the caller renames it
    into place with os.replace (atomic on one file system). On any exception it is deleted and the error re-raised."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    temporary = Path(name)
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it 0600
        yield temporary
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


@contextlib.contextmanager
def atomic_path(target: Path, *, force: bool) -> Iterator[Path]:
    """Like `staged`, and moves the file over `target` on success, refusing an existing target unless `force`."""
    check_target(target, force=force)
    with staged(target) as temporary:
        yield temporary
        check_target(target, force=force)  # someone may have created it while we worked
        os.replace(temporary, target)


def replace_all(files: list[tuple[Path, bytes]]) -> None:
    """Stage every file first, then rename them all: a failure while staging leaves every target untouched."""
    with contextlib.ExitStack() as stack:
        ready = []
        for path, content in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = stack.enter_context(staged(path))
            temporary.write_bytes(content)
            ready.append((temporary, path))
        for temporary, path in ready:
            os.replace(temporary, path)


def write_text_atomically(target: Path, pieces: Iterable[str], *, force: bool) -> None:
    """UTF-8, line endings exactly as given (CSV and iCalendar need CRLF); `pieces` are written as they come."""
    with atomic_path(target, force=force) as temporary, open(temporary, "w", encoding="utf-8", newline="") as stream:
        stream.writelines(pieces)
