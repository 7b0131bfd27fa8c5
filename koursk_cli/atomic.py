"""Write files all at once or not at all: a reader never sees half a file, and a failed or interrupted write
(Ctrl-C, SIGTERM, SIGHUP included) never clobbers the previous one. Exports, `report`, `init` and the shell's rc
files go through here, and so does each file of a write of several (`extract --write`: store/transaction.py).

What a target is decides how it is written (docs/guarantees.md, "Writes"):
- a regular file (or none yet): a temporary file next to it, renamed over it; a replaced file keeps its mode;
- a symlink: written through, at the file it points to; the link itself stays;
- a device or FIFO (`/dev/null`, `/dev/tty`, a named pipe): written into directly, never unlinked;
- a descriptor the process holds (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`): written into
  through it, whatever it is (a file the shell redirected it to too), never replaced;
- a socket or a directory: refused.
A file with other hard links is refused rather than split from them. A temporary (a file, or a private folder for a
writer that opens its file by name) is named `.NAME.koursk-XXXXXXXX.tmp`, NAME cut so the whole fits the file
system's limit on a name (255 bytes, not characters); it is flushed to disk before it is renamed into place, and the
folder after. One left behind by a killed run (kill -9) is removed by the next write to the same folder once it is an
hour old. A write that fails (a full disk, a file-size limit) is one line naming the file the user named.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import os
import pwd
import re
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import DataError, UsageError
from .signals import uninterrupted
from .store.shipped import refuse_shipped
from .textnorm import shown

TEMPORARY_MARK = ".koursk-"
STALE_AFTER_SECONDS = 3600
TEMPORARY_NAME = re.compile(r"\..+" + re.escape(TEMPORARY_MARK) + r"[a-z0-9_]{8}\.tmp(?:-journal|-wal|-shm)?")
"""A name `staged` makes (mkstemp's eight random characters) or SQLite's journal of it."""
_LONGEST_SUFFIX = TEMPORARY_MARK + "x" * 8 + ".tmp-journal"
NAME_MAX = 255  # bytes in one name, where the file system does not say (os.pathconf)


def stat_of(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:  # a symlink loop, a folder we may not search
        raise UsageError(f"cannot use {shown(str(path))}: {error.strerror or error}", "give another path") from None


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return NAME_MAX


def refuse_long_name(target: Path) -> None:
    """A name over the file system's limit, counted in bytes: 85 Cyrillic letters are 170 bytes, 64 emoji 256."""
    size, limit = len(os.fsencode(target.name)), _name_max(target.parent if target.parent.is_dir() else Path("."))
    if size > limit:
        raise UsageError(
            f"{shown(str(target))}: the name is {size} bytes long in UTF-8; a name here holds at most {limit} bytes",
            "choose a shorter name",
        )


def _temporary_prefix(target: Path) -> str:
    """`.NAME.koursk-`, NAME cut (between characters) so that the temporary's whole name, SQLite's `-journal`
    included, fits the folder's limit however many bytes each character of NAME takes."""
    room = _name_max(target.parent) - len(os.fsencode("." + _LONGEST_SUFFIX))
    name = target.name
    while len(os.fsencode(name)) > room:
        name = name[:-1]
    return f".{name}{TEMPORARY_MARK}"


@contextlib.contextmanager
def naming(target: Path, *, into: bool = False) -> Iterator[None]:
    """An OSError while writing `target` (a full disk, a file-size limit) becomes one line naming `target`, the file
    the user knows, never a temporary or the file copied from: exit 1. Written `into` (a device or FIFO), what came
    before the error is already there. A reader that leaves early (`-o /dev/stdout | head`) is the guard's, as on
    stdout: the command exits quietly with its own status."""
    try:
        yield
    except OSError as error:
        if isinstance(error, FileExistsError | BrokenPipeError):  # FileExistsError: write_all's caller says who won
            raise
        what = "stopped writing" if into else "cannot write"
        outcome = "" if into else "; nothing was written"
        raise DataError(f"{what} {shown(str(target))}: {error.strerror or error}{outcome}") from None


def resolved(target: Path) -> Path:
    """The file a write to `target` lands in: symlinks are followed, so the link itself is never replaced."""
    return Path(os.path.realpath(target)) if os.path.islink(target) else target


def is_special(target: Path) -> bool:
    """A device or FIFO: written into directly (there is nothing to rename over)."""
    found = stat_of(target)
    return found is not None and not stat.S_ISREG(found.st_mode) and not stat.S_ISDIR(found.st_mode)


_STANDARD_STREAMS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_DESCRIPTOR_PATH = re.compile(
    r"/(?:dev|proc/(?:self|thread-self|(?P<pid>[0-9]+)(?:/task/[0-9]+)?))/fd/(?P<fd>[0-9]{1,9})"
)  # no more: int() refuses 4,300
_MOST_LINKS = 40  # as the kernel follows them


def _named_descriptor(target: Path) -> int | None:
    """The descriptor `target` names by its form, as a shell reads these names in a redirection: `/dev/stdin`,
    `/dev/stdout`, `/dev/stderr` (0, 1, 2), `/dev/fd/N`, `/proc/self/fd/N` (or this process's number for self),
    named directly, through symlinks or through a linked folder (`/dev/fd` is one to `/proc/self/fd`). Each link is
    read, never followed through to the end: `/proc/self/fd/1` links to the file the shell opened."""
    path = os.path.abspath(target)
    for _ in range(_MOST_LINKS):
        for form in (path, os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))):
            if form in _STANDARD_STREAMS:
                return _STANDARD_STREAMS[form]
            if (match := _DESCRIPTOR_PATH.fullmatch(form)) and match["pid"] in (None, str(os.getpid())):
                return int(match["fd"])
        try:
            path = os.path.join(os.path.dirname(path), os.readlink(path))  # an absolute link replaces the folder
        except OSError:
            return None
    return None


def held_descriptor(target: Path) -> int | None:
    """The descriptor this process already holds that `target` names (see `_named_descriptor`), or None. It is
    written into through that descriptor, never reopened or renamed over: when the shell redirected stdout to a file,
    `/dev/stdout` links to that file, and replacing it lost what the shell wrote there before and after, or an
    appended log's earlier content (rev20 H2). A name of a descriptor that is not open, or open for reading only, is
    refused; one that is some other file (a system without /proc's links) is an ordinary path."""
    if (number := _named_descriptor(target)) is None:
        return None
    name = shown(str(target))
    try:
        held, flags = os.fstat(number), fcntl.fcntl(number, fcntl.F_GETFL)
    except (OSError, OverflowError):
        raise UsageError(
            f"{name} is descriptor {number}, which koursk was not given",
            f"open it in the shell (koursk … {number}> FILE), or choose another -o FILE",
        ) from None
    try:
        named: os.stat_result | None = os.stat(target)
    except OSError:
        named = None  # no /proc here: the name is the descriptor, as a shell reads it
    if named is not None and (named.st_dev, named.st_ino) != (held.st_dev, held.st_ino):
        return None
    if flags & os.O_ACCMODE == os.O_RDONLY:
        raise UsageError(f"{name} is descriptor {number}, open for reading only", "choose another -o FILE")
    return number


def _written_into(target: Path) -> int | Path | None:
    """What a write to `target` opens to write into it directly (a copy of a held descriptor, or a device's or
    FIFO's name), or None for a file replaced by a rename."""
    if (number := held_descriptor(target)) is not None:
        return os.dup(number)
    return target if is_special(target) else None


def refuse_hard_linked(target: Path, found: os.stat_result) -> None:
    """A file with other hard links is never replaced: a rename would leave the other names on the old content,
    silently, and writing in place could leave every name on half a file."""
    if stat.S_ISREG(found.st_mode) and found.st_nlink > 1:
        raise UsageError(
            f"{shown(str(target))} has {found.st_nlink} hard links; koursk replaces a file by renaming a new one "
            "over it, which would split it from the others, so nothing was written",
            "write to another file and copy it over this one (cp NEW FILE), or remove the other links",
        )


def check_target(target: Path, *, force: bool, example: str = "FILE") -> None:
    """Refuse, before any work, a target that cannot or should not be written; `example` is a file name of the kind
    the command writes, suggested when `target` is a folder (`koursk.html` for `report`)."""
    refuse_shipped(target)
    if held_descriptor(target) is not None:
        return  # written into through it, like a shell redirection
    name = shown(str(target))
    refuse_long_name(target)
    found = stat_of(target)
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
    if found is not None and _of_another_user(found):  # rev22 L6, rev23 R5: with or without --force
        owner = _owner(found)
        hint = (
            f"write another -o NEW, then cp NEW {name}: copying writes into it, and it stays {owner}'s"
            if os.access(real, os.W_OK)
            else f"choose another -o FILE, or ask {owner}"
        )
        raise UsageError(
            f"{name} belongs to {owner}; koursk replaces a file by renaming a new one over it, which would take it "
            f"from {owner}, so nothing was written",
            hint,
        )
    if found is not None and not force:
        read_only = " and is read-only" if not found.st_mode & stat.S_IWUSR else ""
        raise UsageError(f"{name} already exists{read_only}", "add --force to replace it, or choose another -o FILE")
    if found is not None:
        refuse_hard_linked(target, found)
    refuse_read_only(real, "choose another -o FILE")


def _of_another_user(found: os.stat_result) -> bool:
    """Whether `found` is another user's file (root may write any): replacing it by a rename, which a folder everyone
    may write allows, would take it from its owner (a shell's `>` writes into it, or is refused), and in a sticky
    folder the kernel refuses the rename itself."""
    return found.st_uid != os.geteuid() and os.geteuid() != 0


def _owner(found: os.stat_result) -> str:
    try:
        return pwd.getpwuid(found.st_uid).pw_name
    except KeyError:
        return f"user {found.st_uid}"


def refuse_read_only(target: Path, hint: str) -> None:
    """Refuse, before any work, a file koursk could not create: its folder (or, when that folder is still to be made,
    its nearest existing parent) is not writable for this user."""
    folder = target.parent
    while not os.path.lexists(folder) and folder != folder.parent:
        folder = folder.parent
    try:
        os.stat(folder)
    except OSError as error:  # a symlink that cannot be followed (a loop, a missing target) is no read-only folder
        raise UsageError(
            f"cannot write {shown(str(target))}: {shown(str(folder))}: {error.strerror or error}; nothing was written",
            hint,
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(
            f"cannot write {shown(str(target))}: the folder {shown(str(folder))} is read-only; nothing was written",
            hint,
        )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode_for(target: Path, mode: int | None) -> int:
    """`mode`, else the mode of the file `target` replaces, else the one a new file would get."""
    if mode is not None:
        return mode
    existing = stat_of(target)
    return stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()


def stale_leftovers(
    folder: Path, name: re.Pattern[str], kind: Callable[[int], bool], *, older_than: float = STALE_AFTER_SECONDS
) -> Iterator[str]:
    """The paths in `folder` that a killed koursk left: named as `name` says, of `kind` (stat.S_ISREG, S_ISDIR), this
    user's, and untouched for `older_than` seconds (an hour: a run still working changes them). Anything else is left
    alone."""
    limit = time.time() - older_than
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not name.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if kind(info.st_mode) and info.st_uid == os.geteuid() and info.st_mtime < limit:
                    yield entry.path


def remove_stale_temporaries(folder: Path) -> None:
    """Remove koursk's own temporaries (exactly as `staged` and `_private_file` name them, or SQLite's journal of
    one) that a killed run (kill -9, power loss) could not clean up; a user's `.draft.koursk-notes.tmp.orig` is never
    one."""
    for path in stale_leftovers(folder, TEMPORARY_NAME, stat.S_ISREG):
        with contextlib.suppress(OSError):
            os.unlink(path)
    for path in stale_leftovers(folder, TEMPORARY_NAME, stat.S_ISDIR):
        shutil.rmtree(path, ignore_errors=True)  # fd-based: a symlink swapped in is not followed


@contextlib.contextmanager
def staged(target: Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield an empty temporary file next to `target`, with `mode` (default: the mode of the file it replaces, or the
    one a new file would get); the caller renames it into place with os.replace (atomic on one file system). On any
    exception, Ctrl-C and SIGTERM/SIGHUP included (see signals.py), it is deleted and the error re-raised."""
    refuse_shipped(target)
    remove_stale_temporaries(target.parent)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=_temporary_prefix(target), suffix=".tmp")
    temporary = Path(name)
    try:
        try:
            os.fchmod(fd, _mode_for(target, mode))  # by descriptor: a name swapped meanwhile is not followed
        finally:
            os.close(fd)
        yield temporary
    except BaseException:
        with uninterrupted(), contextlib.suppress(OSError):
            temporary.unlink()
        raise


def nofollow(path: str, flags: int) -> int:
    """Open a temporary by name without following a symlink someone put in its place (a shared folder)."""
    return os.open(path, flags | os.O_NOFOLLOW)


def _refuse_swapped(info: os.stat_result, temporary: Path) -> None:
    if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid() or info.st_nlink != 1:
        raise UsageError(
            f"{shown(str(temporary))} was replaced while koursk wrote it; nothing was written",
            "write into a folder only you can change",
        )


def still_ours(temporary: Path, folder: int | None = None) -> Path:
    """`temporary`, once checked to be still the file koursk made: a regular file of this user with one link, and
    flushed to disk (so a crash after the rename cannot leave an empty file under the target's name). In a folder
    others may write, someone could swap in a symlink (or a link to another file) while koursk wrote; renaming it into
    place would then publish their file. Refused in one line; nothing is renamed. With `folder` (a descriptor of the
    folder holding it), `temporary` is reached through it, never through its path's folders."""
    name = temporary.name if folder is not None else temporary
    _refuse_swapped(os.stat(name, dir_fd=folder, follow_symlinks=False), temporary)
    fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
    try:
        _refuse_swapped(os.fstat(fd), temporary)
        os.fsync(fd)
    finally:
        os.close(fd)
    return Path(name)


def synced(folder: Path) -> None:
    """Flush a folder's entries to disk once a file was renamed or linked into it (best effort: some file systems
    cannot sync a folder; the file itself already is)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_NO_HARD_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS})


def link_new(temporary: Path, target: Path) -> None:
    """Give the finished `temporary` the new name `target`, never over a file there (FileExistsError): a hard link,
    the one way to do that atomically. A file system without them (FAT, exFAT, many SMB and FUSE mounts) gets one
    line naming `target`, never the temporary."""
    try:
        os.link(temporary, target, follow_symlinks=False)
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        raise DataError(
            f"cannot write {shown(str(target))}: its file system cannot make hard links, which koursk needs to add a"
            " file without ever replacing one; nothing was written (keep the store on a disk such as ext4, APFS or"
            " NTFS)"
        ) from None


_AT_FDCWD, _RENAME_NOREPLACE = -100, 1
_NO_RENAME_NOREPLACE = frozenset({errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP})


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """The C library's renameat2 (Linux 3.15 and glibc 2.28 on), or None elsewhere."""
    import ctypes  # only a write of several files needs it

    try:
        found: Callable[..., int] = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    return found


def move_new(temporary: Path, target: Path) -> None:
    """Rename the finished `temporary` to the new name `target`, never over a file there (FileExistsError), in one
    step (renameat2, RENAME_NOREPLACE): the temporary is gone exactly when the file is in place, so a killed write's
    journal tells a file placed, even one a curator removed since, from one never placed. Where the system or its
    file system has no such step: a hard link (`link_new`), then the temporary's removal; a kill between the two
    leaves both names."""
    if (rename := _renameat2()) is not None:
        import ctypes

        if not rename(_AT_FDCWD, os.fsencode(temporary), _AT_FDCWD, os.fsencode(target), _RENAME_NOREPLACE):
            return
        if (code := ctypes.get_errno()) not in _NO_RENAME_NOREPLACE:
            raise OSError(code, os.strerror(code), str(target))
    link_new(temporary, target)
    temporary.unlink()


def _publish(target: Path, temporary: Path, *, force: bool, folder: int | None = None) -> None:
    """Rename the finished `temporary` over `target` (through its symlink), flushed to disk, folder too."""
    check_target(target, force=force)  # someone may have created it while we worked
    real = resolved(target)
    ours = still_ours(temporary, folder)
    _keep_owner(ours, stat_of(real), folder)
    os.replace(ours, real, src_dir_fd=folder)
    synced(real.parent)


def _keep_owner(temporary: Path, replaced: os.stat_result | None, folder: int | None) -> None:
    """The file renamed over `replaced` keeps its owner and group, as one rewritten in place would (`sudo koursk
    export -o` over another user's file, a folder shared by a group): root gives both, anyone else the group when
    a member of it, else neither. The mode is set again: a change of owner clears the set-id bits."""
    if replaced is None or not hasattr(os, "fchown"):
        return
    fd = os.open(temporary, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
    try:
        made = os.fstat(fd)
        if (made.st_uid, made.st_gid) == (replaced.st_uid, replaced.st_gid):
            return
        with contextlib.suppress(PermissionError):
            try:
                os.fchown(fd, replaced.st_uid, replaced.st_gid)
            except PermissionError:
                os.fchown(fd, -1, replaced.st_gid)
        os.fchmod(fd, stat.S_IMODE(made.st_mode))
    finally:
        os.close(fd)


@contextlib.contextmanager
def _private_file(target: Path) -> Iterator[tuple[Path, int]]:
    """A new 0700 folder next to `target` (named as a temporary) holding an empty file of `target`'s mode under a
    random name nobody else can see or reach; yields that file's path and the folder's descriptor. The folder and
    whatever is in it are removed in any case, through the descriptor."""
    refuse_shipped(target)
    remove_stale_temporaries(target.parent)
    folder = Path(tempfile.mkdtemp(dir=target.parent, prefix=_temporary_prefix(target), suffix=".tmp"))
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except BaseException:
        with uninterrupted(), contextlib.suppress(OSError):
            folder.rmdir()
        raise
    try:
        inner = f"koursk-{secrets.token_hex(8)}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        fd = os.open(inner, flags, 0o600, dir_fd=descriptor)
        try:
            os.fchmod(fd, _mode_for(target, None))
        finally:
            os.close(fd)
        yield folder / inner, descriptor
    finally:
        with uninterrupted():
            with contextlib.suppress(OSError):
                for name in os.listdir(descriptor):
                    os.unlink(name, dir_fd=descriptor)
            with contextlib.suppress(OSError):
                if os.lstat(folder).st_ino == os.fstat(descriptor).st_ino:
                    folder.rmdir()
            os.close(descriptor)


@contextlib.contextmanager
def atomic_path(target: Path, *, force: bool, example: str = "FILE") -> Iterator[Path]:
    """For a writer of a binary file that opens it by name and follows symlinks (SQLite): yield a path to write the
    whole file into; on success it becomes `target` (see the module's docstring). A terminal (`-o /dev/tty`) is
    refused before any work, with `example` as the file name to give instead. The path lies in a private folder, so nobody
    can swap its file for a symlink. Someone able to rename the folder itself (a folder others may write, without the
    sticky bit) could send the writer elsewhere before it opens the path: the writer then creates a file of a random
    name there, and koursk, finding its own file still empty (a finished database never is), refuses."""
    check_target(target, force=force)
    if (into := _written_into(target)) is not None:
        with (
            naming(target, into=True),
            open(into, "wb") as sink,
            tempfile.TemporaryDirectory(prefix="koursk-") as folder,
        ):
            if sink.isatty():  # `-o /dev/tty`, `/dev/stdout` on a terminal: a binary file would drive it
                raise UsageError(
                    f"{shown(str(target))} is a terminal; this export is a binary file",
                    f"write it to a file, e.g. -o {example}",
                )
            temporary = Path(folder) / "out"
            yield temporary
            with open(temporary, "rb") as source:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
        return
    with naming(target), _private_file(resolved(target)) as (temporary, folder):
        yield temporary
        if os.stat(temporary.name, dir_fd=folder, follow_symlinks=False).st_size == 0:
            raise UsageError(
                f"{shown(str(temporary.parent))} was replaced while koursk wrote into it; nothing was written",
                "write into a folder only you can change",
            )
        _publish(target, temporary, force=force, folder=folder)


def write_text_atomically(
    target: Path, pieces: Iterable[str], *, force: bool, terminal: Callable[[str], str] | None = None
) -> None:
    """UTF-8, line endings exactly as given (CSV and iCalendar need CRLF); `pieces` are written as they come. A
    device or FIFO is written into directly; when the opened file is a terminal (`-o /dev/tty`, or `/dev/stdout` on
    one: what it is, never its name), each piece goes through `terminal` first."""
    check_target(target, force=force)
    if (into := _written_into(target)) is not None:
        with naming(target, into=True), open(into, "w", encoding="utf-8", newline="") as stream:
            stream.writelines(map(terminal, pieces) if terminal is not None and stream.isatty() else pieces)
        return
    with naming(target), staged(resolved(target)) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="", opener=nofollow) as stream:
            stream.writelines(pieces)
        _publish(target, temporary, force=force)
