"""Where the store cache lives, and whether it is safe to open: the one place that decides which file koursk
trusts to read back (docs/guarantees.md).

Where: $XDG_CACHE_HOME/koursk (default ~/.cache/koursk), never inside the store or the installed package. The folder
is made 0700 and the file 0600 whatever the umask, and made so again when found readable by others (koursk says so
once); neither is opened unless it is owned by the user, writable by no one else and outside the store and the
package (then koursk works without a cache and says so once). Temporary files a killed build left, and the
pickle caches of koursk before 0.2, are removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from ..problems import CacheBusy, CacheUnwritten
from ..textnorm import is_utf8
from ..userpaths import home_folder
from . import shipped
from .cachelock import cache_lock
from .digest import content_digest


def cache_home() -> Path:
    configured = os.environ.get("XDG_CACHE_HOME")
    base = Path(configured) if configured and os.path.isabs(configured) else home_folder() / ".cache"
    return base / "koursk"


def cache_path(root: Path) -> Path:
    """The store's cache file, named by a digest of the store's resolved path: one cache per store. Named `cache-`,
    not `store-` as before: a koursk from before the cache lock (cachelock.py) takes no lock, so this one never
    shares a file or a journal with it when both are installed (review65a F6)."""
    return cache_home() / f"cache-{content_digest(os.fsencode(root.resolve()))}.sqlite3"


def misplaced(folder: Path, root: Path) -> str | None:
    """Why the cache folder may not be where XDG_CACHE_HOME puts it: inside the installed package (its shipped store
    is read-only, and `pip uninstall` would leave the folder behind) or inside the store it caches (a working store
    kept in git would get a folder it does not list): rev24 F10. Symlinks followed, as every write's check."""
    for place, what in ((shipped.PACKAGE, "inside the installed koursk package"), (root, "inside the store")):
        if shipped.inside(folder, place):
            return what
    return None


def unsafe_reason(path: Path, *, folder: bool) -> str | None:
    """Why koursk will not use this cache folder or file: not the user's own, writable by someone else, or a path
    whose bytes are not UTF-8 (XDG_CACHE_HOME or HOME: SQLite takes its files' paths as UTF-8 text)."""
    if not is_utf8(str(path)):
        return "its path is not UTF-8"
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"{error.strerror or error}"
    if (folder and not stat.S_ISDIR(found.st_mode)) or (not folder and not stat.S_ISREG(found.st_mode)):
        return "not a folder" if folder else "not a regular file"
    if found.st_uid != os.geteuid():
        return f"owned by user id {found.st_uid}, not by you"
    if found.st_mode & 0o022:
        return f"writable by {'group and others' if found.st_mode & 0o022 == 0o022 else 'group' if found.st_mode & 0o020 else 'others'} (mode {stat.S_IMODE(found.st_mode):o})"
    return None


def made_private(path: Path, *, folder: bool) -> int | None:
    """Make the user's own cache folder (0700) or file (0600) private again when group or others may read or enter
    it (a `chmod -R`, a file restored from a backup): it holds the text of every seed and entry of a store that may
    be private. Gives the mode it had when it was loose (None: already private, or not there); OSError when it cannot
    be made private (the cache is then not used). Called once unsafe_reason found it the user's own; the descriptor
    is checked again, so a path swapped meanwhile is never changed."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | (os.O_DIRECTORY if folder else os.O_NONBLOCK)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        return None
    try:
        found = os.fstat(descriptor)
        mode = stat.S_IMODE(found.st_mode)
        if not mode & 0o077:
            return None
        if found.st_uid != os.geteuid() or not (stat.S_ISDIR if folder else stat.S_ISREG)(found.st_mode):
            raise OSError(errno.EPERM, "not your own")
        os.fchmod(descriptor, 0o700 if folder else 0o600)
        return mode
    finally:
        os.close(descriptor)


def private_folder(folder: Path) -> None:
    """Make the cache folder (and a missing parent) 0700 whatever the umask."""
    for directory in (folder.parent, folder):
        if not directory.is_dir():
            with contextlib.suppress(FileExistsError):
                os.mkdir(directory, 0o700)
                os.chmod(directory, 0o700)


_OLD_PICKLE = re.compile(r"store-[0-9a-f]{8}\.pickle")
_OLDER_CACHE = re.compile(r"store-[0-9a-f]{32}\.sqlite3(-journal)?")  # the caches before cache_path's name
_TEMPORARY = re.compile(
    r"\.(?:cache|store)-[0-9a-f]+\.sqlite3\.([0-9]+)\.(?:tmp|staging)(?:-journal)?"  # temporary_path(), then and now
)


_CACHE_FILE = re.compile(
    r"(?:cache|store)-[0-9a-f]+\.sqlite3(?:-journal|-wal|-shm)?|store-[0-9a-f]+\.pickle"
    r"|\.(?:cache|store)-[0-9a-f]+\.sqlite3\.[0-9]+\.(?:tmp|staging)(?:-journal)?"
)
"""Every name koursk has given a file of its cache folder: the caches (`cache-<digest>.sqlite3`, `store-<digest>.sqlite3`
before the cache lock, SQLite's files beside them, the pickles before 0.2) and the temporary files of a build
(temporary_path)."""


def left_cache_folders(root: Path) -> list[Path]:
    """Cache folders a koursk before rev24 F10 wrote inside the store at `root` when XDG_CACHE_HOME pointed into it
    (`XDG_CACHE_HOME=ws/data` made `ws/data/koursk/`). Symlinks are not followed, `.git` is not entered."""
    found: list[Path] = []
    for folder, subfolders, _ in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if name != ".git")
        if is_left_cache_folder(folder):
            found.append(Path(folder))
            subfolders.clear()
    return found


def is_left_cache_folder(folder: str) -> bool:
    """Whether `folder` is a cache folder (named as cache_home names it, `koursk`) that holds files of a cache and
    nothing else: not the store's, and deleting it loses nothing."""
    if os.path.basename(folder) != "koursk":
        return False
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return False
    return bool(entries) and all(_CACHE_FILE.fullmatch(e.name) and not e.is_dir(follow_symlinks=False) for e in entries)


def temporary_path(path: Path, kind: str) -> Path:
    """A file beside the cache `path` that this process writes before renaming it in (`tmp`) or deletes (`staging`):
    named with its process id, so remove_leftovers knows it for a leftover once that process is gone."""
    return path.with_name(f".{path.name}.{os.getpid()}.{kind}")


def remove_leftovers(path: Path) -> None:
    """Remove, beside the cache at `path`, the pickle caches of koursk before 0.2 (`store-<crc32>.pickle`: never
    read, but each holds the whole text of a store), the caches koursk named `store-<digest>.sqlite3` before this one
    (_remove_older_caches), and the temporary files of a build or an update whose process is gone (killed mid-copy: a
    cache's size each). Only regular files of exactly those names owned by the user, in the cache folder already
    checked to be the user's own and private; a symlink or anything else is left alone (unlink never follows)."""
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        temporary = _TEMPORARY.fullmatch(entry.name)
        if _OLD_PICKLE.fullmatch(entry.name) or (temporary and not _running(int(temporary[1]))):
            _unlink_own(entry)
    _remove_older_caches(path, [entry for entry in entries if _OLDER_CACHE.fullmatch(entry.name)])


def _remove_older_caches(path: Path, found: list[os.DirEntry[str]]) -> None:
    """Remove the caches named `store-<digest>.sqlite3` (never read since), each journal only once its cache is gone:
    a cache without the journal of its cut-short update would be read as whole by the koursk that made it. Under the
    cache folder's lock, without waiting (a busy folder keeps them for the next build): the koursk of session 62 took
    it to write them. One from before that takes no lock, and builds its cache again next time it runs."""
    if not found:
        return
    with contextlib.suppress(CacheBusy, CacheUnwritten), cache_lock(path, wait_ms=0):
        for entry in found:
            if not entry.name.endswith("-journal"):
                _unlink_own(entry)
        for entry in found:
            if entry.name.endswith("-journal") and not os.path.lexists(entry.path.removesuffix("-journal")):
                _unlink_own(entry)


def _unlink_own(entry: os.DirEntry[str]) -> None:
    with contextlib.suppress(OSError):
        found = entry.stat(follow_symlinks=False)
        if stat.S_ISREG(found.st_mode) and found.st_uid == os.geteuid():
            os.unlink(entry.path)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or no such number: left alone
    return True


def private_file(path: Path) -> int:
    """A new empty file only the user can read and write, whatever the umask (SQLite makes it a database), open."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor
