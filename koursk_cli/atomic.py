"""Write files all at once or not at all: a reader never sees half a file, and a failed or interrupted write
(Ctrl-C, SIGTERM, SIGHUP included) never clobbers the previous one. Exports, `extract --write` and the store cache
all go through here.

What a target is decides how it is written (docs/guarantees.md, "Writes"):
- a regular file (or none yet): a temporary file next to it, renamed over it; a replaced file keeps its mode;
- a symlink: written through, at the file it points to; the link itself stays;
- a device or FIFO (`/dev/null`, `/dev/stdout`, a named pipe): written into directly, never unlinked;
- a socket or a directory: refused.
Temporaries are named `.NAME.koursk-XXXXXXXX.tmp`; one left behind by a killed run (kill -9) is removed by the next
write to the same folder once it is an hour old.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import UsageError
from .store.workstore import refuse_shipped
from .textnorm import shown

TEMPORARY_MARK = ".koursk-"
STALE_AFTER_SECONDS = 3600
_TEMPORARY_NAME = re.compile(r"\..+" + re.escape(TEMPORARY_MARK) + r"[a-z0-9_]{8}\.tmp(?:-journal|-wal|-shm)?")
"""A name `staged` makes (mkstemp's eight random characters) or SQLite's journal of it."""


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:  # a symlink loop, a name too long, a folder we may not search
        raise UsageError(f"cannot use {shown(str(path))}: {error.strerror or error}") from None


def resolved(target: Path) -> Path:
    """The file a write to `target` lands in: symlinks are followed, so the link itself is never replaced."""
    return Path(os.path.realpath(target)) if os.path.islink(target) else target


def is_special(target: Path) -> bool:
    """A device or FIFO: written into directly (there is nothing to rename over)."""
    found = _stat(target)
    return found is not None and not stat.S_ISREG(found.st_mode) and not stat.S_ISDIR(found.st_mode)


def check_target(target: Path, *, force: bool, example: str = "FILE") -> None:
    """Refuse, before any work, a target that cannot or should not be written; `example` is a file name of the kind
    the command writes, suggested when `target` is a folder (`koursk.html` for `report`)."""
    refuse_shipped(target)
    name = shown(str(target))
    found = _stat(target)
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise UsageError(f"{name} is a directory", f"give a file name, such as -o {shown(str(target / example))}")
    if found is not None and stat.S_ISSOCK(found.st_mode):
        raise UsageError(f"{name} is a socket; koursk writes files, devices and pipes", "choose another -o FILE")
    if found is not None and not stat.S_ISREG(found.st_mode):
        return  # a device or FIFO: written into, like a shell redirection
    if found is None and os.path.islink(target) and not force:
        raise UsageError(f"{name} is a symlink to a missing file", "add --force to create that file")
    real = resolved(target)
    parent = real.parent
    if not parent.is_dir():
        where = shown(str(parent))
        raise UsageError(f"directory {where} does not exist", f"create it first (mkdir -p {where})")
    if found is not None and not force:
        read_only = " and is read-only" if not found.st_mode & stat.S_IWUSR else ""
        raise UsageError(f"{name} already exists{read_only}", "add --force to replace it, or choose another -o FILE")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stale_leftovers(folder: Path, name: re.Pattern[str], kind: Callable[[int], bool]) -> Iterator[str]:
    """The paths in `folder` that a killed koursk left: named as `name` says, of `kind` (stat.S_ISREG, S_ISDIR), this
    user's, and untouched for an hour (a run still working changes them). Anything else is left alone."""
    limit = time.time() - STALE_AFTER_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not name.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if kind(info.st_mode) and info.st_uid == os.geteuid() and info.st_mtime < limit:
                    yield entry.path


def remove_stale_temporaries(folder: Path) -> None:
    """Remove koursk's own temporaries (exactly as `staged` names them, or SQLite's journal of one) that a killed run
    (kill -9, power loss) could not clean up; a user's `.draft.koursk-notes.tmp.orig` is never one."""
    for path in stale_leftovers(folder, _TEMPORARY_NAME, stat.S_ISREG):
        with contextlib.suppress(OSError):
            os.unlink(path)


@contextlib.contextmanager
def staged(target: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield an empty temporary file next to `target`, with `mode` (default: the mode of the file it replaces, or the
    one a new file would get); the caller renames it into place with os.replace (atomic on one file system). On any
    exception, Ctrl-C and SIGTERM/SIGHUP included (see signals.py), it is deleted and the error re-raised."""
    refuse_shipped(target)
    remove_stale_temporaries(target.parent)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:100]}{TEMPORARY_MARK}", suffix=".tmp")
    temporary = Path(name)
    try:
        try:
            if mode is None:
                existing = _stat(target)
                mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
            os.fchmod(fd, mode)  # mkstemp makes it 0600; by descriptor: a name swapped meanwhile is not followed
        finally:
            os.close(fd)
        yield temporary
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def nofollow(path: str, flags: int) -> int:
    """Open a temporary by name without following a symlink someone put in its place (a shared folder)."""
    return os.open(path, flags | os.O_NOFOLLOW)


def still_ours(temporary: Path) -> Path:
    """`temporary`, once checked to be still the file koursk made: a regular file of this user with one link. In a
    folder others may write, someone could swap in a symlink (or a link to another file) while koursk wrote; renaming
    it into place would then publish their file. Refused in one line; nothing is renamed."""
    info = os.lstat(temporary)
    if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid() or info.st_nlink != 1:
        raise UsageError(
            f"{shown(str(temporary))} was replaced while koursk wrote it; nothing was written",
            "write into a folder only you can change",
        )
    return temporary


@contextlib.contextmanager
def atomic_path(target: Path, *, force: bool) -> Iterator[Path]:
    """Yield a path to write the whole file into; on success it becomes `target` (see the module's docstring)."""
    check_target(target, force=force)
    if is_special(target):
        with tempfile.TemporaryDirectory(prefix="koursk-") as folder:
            temporary = Path(folder) / "out"
            yield temporary
            with open(temporary, "rb") as source, open(target, "wb") as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
        return
    real = resolved(target)
    with staged(real) as temporary:
        yield temporary
        check_target(target, force=force)  # someone may have created it while we worked
        os.replace(still_ours(temporary), real)


def create_exclusively(
    files: list[tuple[Path, bytes]], replaced: list[tuple[Path, bytes]], *, before: Callable[[], None] = lambda: None
) -> None:
    """Stage every file first, then put them in place: `files` must not exist (FileExistsError otherwise, even when
    another process creates one, or a symlink, meanwhile: they are linked in at their own path, never renamed over or
    followed), `replaced` are renamed over (through symlinks, keeping their mode). `before` runs once all is staged,
    right before anything is put in place, and may raise to stop. Until the last rename, any failure or interruption
    (Ctrl-C, SIGTERM, SIGHUP) unlinks what was linked: the targets are all as they were, or all written."""
    with contextlib.ExitStack() as stack:
        new: list[tuple[Path, Path]] = []
        old: list[tuple[Path, Path]] = []
        for group, ready in ((files, new), (replaced, old)):
            for path, content in group:
                refuse_shipped(path)
                path.parent.mkdir(parents=True, exist_ok=True)
                real = resolved(path) if group is replaced else path
                temporary = stack.enter_context(staged(real))
                with open(temporary, "wb", opener=nofollow) as stream:
                    stream.write(content)
                ready.append((temporary, real))
        linked: list[Path] = []
        try:
            before()
            for temporary, path in new:
                os.link(still_ours(temporary), path, follow_symlinks=False)
                linked.append(path)
            for temporary, path in old:
                os.replace(still_ours(temporary), path)
        except BaseException:
            for path in linked:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        for temporary, _ in new:
            with contextlib.suppress(OSError):
                temporary.unlink()


def write_text_atomically(target: Path, pieces: Iterable[str], *, force: bool) -> None:
    """UTF-8, line endings exactly as given (CSV and iCalendar need CRLF); `pieces` are written as they come."""
    check_target(target, force=force)
    if is_special(target):
        with open(target, "w", encoding="utf-8", newline="") as stream:
            stream.writelines(pieces)
        return
    with (
        atomic_path(target, force=force) as temporary,
        open(temporary, "w", encoding="utf-8", newline="", opener=nofollow) as stream,
    ):
        stream.writelines(pieces)
