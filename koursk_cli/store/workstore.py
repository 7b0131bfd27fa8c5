"""Which store a run uses, and the working copy a curator writes to.

The store shipped with koursk (inside the installed package, or the checkout when it runs from source and no other
store is named) is read-only: a write there would be lost on the next install, or would break every command for
good. `koursk init DIR` copies it to a folder the user owns; koursk then finds it through `--data DIR`,
`KOURSK_DATA=DIR`, or the `data` key of a config file (in that order of precedence).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
from pathlib import Path
from typing import NamedTuple

from ..errors import UsageError
from ..signals import uninterrupted
from ..textnorm import is_utf8, shown, visible
from ..userpaths import expanded

_PACKAGE = Path(__file__).resolve().parent.parent
_STORE_FOLDERS = ("data", "seeds")
CONFIG_KEY = "data"
CONFIG_LIMIT = 64 * 1024  # bytes: a config holds one line; reading more is an accident or an attack


def default_store_root() -> Path:
    """The store shipped with koursk: inside the installed package, or the checkout when running from source."""
    bundled = _PACKAGE / "_store"
    return bundled if (bundled / "data").is_dir() else _PACKAGE.parent


def config_path() -> Path:
    """`$XDG_CONFIG_HOME/koursk/config.toml` (by default ~/.config/koursk/config.toml)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "koursk" / "config.toml"


class Named(NamedTuple):
    """The store a run was told to use, and where it was told: None for --data or KOURSK_DATA, else the config
    file's line (`/home/me/.config/koursk/config.toml: data = "ws"`), which every message about the path names."""

    path: str
    origin: str | None = None


def _config_file(path: Path, hint: str) -> bool:
    """Whether there is a config file to read at `path`. Nothing there (no file, no folder) is no config; anything
    else that is not a regular file (a folder, a FIFO, a symlink loop or to nothing, a folder koursk may not search)
    is refused in one line, never read as "no config" (which would silently give the shipped store)."""
    try:
        mode = os.stat(path).st_mode  # follows a symlink, as reading it does
    except (FileNotFoundError, NotADirectoryError):
        if not os.path.islink(path):
            return False
        raise UsageError(f"{shown(str(path))}: a symlink to nothing, so koursk cannot read its config", hint) from None
    except OSError as error:
        raise UsageError(f"cannot read {shown(str(path))}: {error.strerror or error}", hint) from None
    if not stat.S_ISREG(mode):  # a folder (or a FIFO) where the config belongs is a mistake to say, not to skip
        raise UsageError(f"{shown(str(path))}: not a regular file, so koursk cannot read its config", hint)
    return True


def configured_store() -> Named | None:
    """The `data = "DIR"` of the config file, when the file exists; read as TOML (plain data, never code)."""
    path = config_path()
    hint = f'the file holds one line: {CONFIG_KEY} = "/path/to/store" (a folder made by `koursk init`)'
    if not _config_file(path, hint):
        return None
    import tomllib

    try:
        with open(path, "rb") as stream:
            data = stream.read(CONFIG_LIMIT + 1)
        if len(data) > CONFIG_LIMIT:
            raise UsageError(f"{shown(str(path))}: too large for a config file (the limit is 64 KiB)", hint)
        config = tomllib.loads(data.decode("utf-8-sig"))  # a BOM, as some editors save, is no statement
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {shown(str(path))}: {error}", hint) from None
    except RecursionError:  # tomllib recurses once per nested array or table: a 2 KB file can exhaust the stack
        raise UsageError(f"{shown(str(path))}: nested too deeply to be a config file", hint) from None
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        place = f"{shown(str(path))}:{where[1]}:{where[2]}" if where else shown(str(path))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise UsageError(f"{place}: {message}", hint) from None
    value = config.get(CONFIG_KEY)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{shown(str(path))}: '{CONFIG_KEY}' must be the path of a store, as a string", hint)
    origin = f"{path}: {CONFIG_KEY} = {json.dumps(value, ensure_ascii=False)}"
    folder = expanded(value, shown(origin))
    return Named(str(folder if folder.is_absolute() else path.parent / folder), origin)


def _normalise(root: Path) -> Path:
    if not (root / "data").is_dir() and (root / "sources.yaml").is_file():
        return root.parent  # its data/ folder names the store too
    return root


def _named_store(option: str | None) -> Named | None:
    """The store `--data` (or KOURSK_DATA) names, else the config file's. `--data ""` (an unset shell variable, as in
    `--data "$STORE"`) names no store: refused, rather than silently reading the shipped one."""
    if option is not None and not option.strip():
        raise UsageError("--data is empty", "--data DIR names a folder holding data/ and seeds/ (`koursk init DIR`)")
    return Named(option) if option else configured_store()


def _path_of(named: Named) -> Path:
    """The folder a store was named by, `~` expanded (the config file's path already was)."""
    return expanded(named.path, shown(named.origin or f"--data {named.path}"))


def resolve_store_root(option: str | None) -> Path:
    """`--data DIR` (or KOURSK_DATA), else the config file's store, else the shipped store.

    DIR holds data/ and seeds/; its data/ folder is accepted too."""
    named = _named_store(option)
    if named is None:
        return default_store_root()
    root = _path_of(named)
    refuse_undecodable(root)
    if not root.is_dir():  # a usage error, not a broken store: nothing there to check
        what = "is not a directory" if root.exists() else "no such directory"
        if named.origin is None:
            raise UsageError(
                f"store {visible(named.path)}: {what}",
                "--data DIR (or KOURSK_DATA) names a folder holding data/ and seeds/; `koursk init DIR` makes one",
            )
        raise UsageError(
            f"store {visible(named.path)}: {what} (from {named.origin})",
            f"the config file's {CONFIG_KEY} names a folder holding data/ and seeds/ (relative to the file's folder "
            "unless absolute): fix or remove that line, or give --data DIR; `koursk init DIR` makes one",
        )
    return _normalise(root)


def writable_store_root(option: str | None) -> Path:
    """The store a write goes to; the shipped store is refused in one line that says how to get a working copy."""
    named = _named_store(option)
    root = _normalise(_path_of(named)) if named else default_store_root()
    if named is None or _inside(root, _PACKAGE):
        raise UsageError(
            f"the store shipped with koursk ({default_store_root()}) is read-only; make a working copy with "
            "`koursk init DIR` and write there with --data DIR (or KOURSK_DATA=DIR)"
        )
    return root


def refuse_undecodable(path: Path) -> None:
    """A path whose bytes are not UTF-8 cannot name a store (textnorm.is_utf8)."""
    if not is_utf8(str(path.absolute())):
        raise UsageError(
            f"{shown(str(path))}: koursk needs folder names in UTF-8", "rename the folder, or move the store"
        )


def refuse_shipped(target: Path) -> None:
    """Refuse a write whose file (symlinks followed, even through a store's own linked folders) lies in the
    installed package, which holds the shipped store: every file koursk writes passes here first. (A checkout's
    data/ is the project's own store, which its curators grow with `--data CHECKOUT extract --write`.)"""
    if _inside(Path(os.path.realpath(target)), _PACKAGE):
        raise UsageError(
            f"{shown(str(target))} is in the installed koursk package ({shown(str(_PACKAGE))}), which is read-only",
            "write somewhere else; `koursk init DIR` makes a working copy of the store you can write to",
        )


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
    return True


def _shipped_files(source: Path) -> list[Path]:
    """Every file of the shipped store's data/ and seeds/, relative to it (no caches, no editor leftovers)."""
    found = []
    for folder in _STORE_FOLDERS:
        for path in sorted((source / folder).rglob("*")):
            relative = path.relative_to(source)
            if path.is_file() and not any(part.startswith((".", "__")) for part in relative.parts):
                found.append(relative)
    return found


_STAGING_PREFIX = ".koursk-init-"
_STAGING = re.compile(re.escape(_STAGING_PREFIX) + r"[A-Za-z0-9_]{8}")  # tempfile.mkdtemp's names
_COPIED = ".copied"  # in a staging folder: every file is copied and on the disk
_GITIGNORE = (
    "# koursk's own files, not the store's: the lock writers take turns on (kept: removing it would be racy), and\n"
    "# the journal and temporaries a killed write leaves (the next write clears them)\n"
    ".koursk.lock\n"
    ".koursk-write.journal\n"
    ".*.koursk-*\n"
)
"""data/.gitignore of a working store: a curator keeps the store in git, and `git status` should show the store."""


def init_store(target: Path, *, force: bool) -> tuple[list[Path], bool]:
    """Copy the shipped store's data/ and seeds/ into `target`; return the files copied (relative), and whether it
    was only to finish what an interrupted init had left.

    A non-empty `target` is refused unless `force`, and even then no file there is ever replaced: data/ and seeds/
    must not exist yet. The copy is staged in a hidden folder inside `target` and moved into place, data/ back out if
    seeds/ cannot follow, so an interrupted run leaves no half store. Every file and folder is flushed to disk. A run
    killed (kill -9) before its copy was whole leaves a staging folder the next init removes once it is an hour old;
    one killed after (seeds/ is moved first, so data/ is never there without it) is finished by the next init. Files
    get the user's default modes, not the package's (often read-only). The folder is locked from finishing a killed
    init through the move (lock.init_lock): a second init started at the same instant refuses in one line.
    """
    from ..atomic import naming, refuse_long_name, refuse_read_only  # a full disk names the file written
    from .lock import init_lock

    source = default_store_root()
    refuse_undecodable(target)
    refuse_long_name(target)
    refuse_shipped(target)
    if os.path.islink(target) and not target.exists():
        raise UsageError(
            f"{shown(str(target))} is a symlink to a missing folder", "create that folder first, or give another path"
        )
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} exists and is not a folder", "give the path of a new or empty folder")
    made = [folder for folder in (target, *target.parents) if not os.path.lexists(folder)]
    if made:
        refuse_read_only(target / "data", "choose a folder you may write to")
        with naming(target):
            target.mkdir(parents=True, exist_ok=True)
    with init_lock(target):  # held until the copy is in place or undone, so no other init finishes it meanwhile
        try:
            return _copy_into(source, target, force=force)
        except BaseException:
            with uninterrupted():  # the folders init made are removed again, so a failed init leaves nothing
                for made_folder in made:
                    with contextlib.suppress(OSError):
                        made_folder.rmdir()
            raise


def _copy_into(source: Path, target: Path, *, force: bool) -> tuple[list[Path], bool]:
    """init_store's work in `target`, under its lock: finish a killed init, or check the folder and copy."""
    from ..atomic import naming, refuse_read_only, synced

    if _finish_interrupted(target):
        return _shipped_files(source), True
    _remove_stale_staging(target)
    existing = sorted(p.name for p in target.iterdir())
    taken = [name for name in _STORE_FOLDERS if name in existing]
    if taken:
        raise UsageError(
            f"{target / taken[0]} already exists; koursk init never replaces your files",
            "choose a new folder, or move it away first",
        )
    if existing and not force:
        raise UsageError(
            f"{target} is not empty (it holds {shown(existing[0])}"
            + (f" and {len(existing) - 1} more)" if len(existing) > 1 else ")"),
            "choose a new or empty folder, or add --force to add data/ and seeds/ beside what it holds",
        )
    import tempfile  # only `koursk init` copies: every other run resolves a store root through this module

    refuse_read_only(target / "data", "choose a folder you may write to")
    files = _shipped_files(source)
    with naming(target):
        staging = Path(tempfile.mkdtemp(dir=target, prefix=_STAGING_PREFIX))
    moved: list[str] = []
    try:
        _copy_flushed(source, staging, files)
        for folder in _STORE_FOLDERS[::-1]:  # seeds/ first: data/ makes the folder a store, once all is there
            if (target / folder).exists():  # created while we copied: still never replace it
                raise UsageError(f"{target / folder} appeared while copying; nothing was replaced")
            os.rename(staging / folder, target / folder)
            moved.append(folder)
            synced(target)
    except BaseException:
        with uninterrupted():  # a second Ctrl-C waits: data/ without seeds/ is no store, and blocks the next init
            for folder in moved:
                with contextlib.suppress(OSError):
                    os.rename(target / folder, staging / folder)
            shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return files, False


def _copy_flushed(source: Path, staging: Path, files: list[Path]) -> None:
    """Copy `files` from `source` into `staging`, every file and folder flushed to disk, then mark the copy whole
    (COPIED): from then on the copy is what `_finish_interrupted` may move into place."""
    from ..atomic import naming, still_ours, synced

    for relative in files:
        with naming(staging.parent / relative):
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / relative, staging / relative)
            still_ours(staging / relative)
    for name in _STORE_FOLDERS:
        (staging / name).mkdir(exist_ok=True)
    with naming(staging.parent / "data" / ".gitignore"):
        (staging / "data" / ".gitignore").write_text(_GITIGNORE, encoding="utf-8")
        still_ours(staging / "data" / ".gitignore")
    for folder in sorted({(staging / relative).parent for relative in files} | {staging / f for f in _STORE_FOLDERS}):
        synced(folder)
    with naming(staging.parent / "data"):
        (staging / _COPIED).touch()
        still_ours(staging / _COPIED)
        synced(staging)


def _finish_interrupted(target: Path) -> bool:
    """Finish what an init killed (kill -9, a power cut) once its copy was whole (COPIED) left in `target`: no data/,
    and the staging copy's data/ and seeds/ either both still there or seeds/ already moved. The rest of the move is
    done: moving forward loses nothing (a seeds/ a user added to meanwhile stays). Whether there was such an init."""
    from ..atomic import stale_leftovers, synced

    if os.path.lexists(target / "data"):
        return False
    for path in stale_leftovers(target, _STAGING, stat.S_ISDIR, older_than=0):
        staging = Path(path)
        if not (staging / _COPIED).is_file() or not (staging / "data").is_dir():
            continue
        seeds_moved = not os.path.lexists(staging / "seeds")
        if seeds_moved != os.path.isdir(target / "seeds") or (seeds_moved and os.path.islink(target / "seeds")):
            continue
        for folder in _STORE_FOLDERS[::-1][seeds_moved:]:
            os.rename(staging / folder, target / folder)
            synced(target)
        shutil.rmtree(staging, ignore_errors=True)
        return True
    return False


def _remove_stale_staging(target: Path) -> None:
    """Remove this user's `.koursk-init-XXXXXXXX` folders over an hour old in `target`: what a killed init left."""
    from ..atomic import stale_leftovers  # the same rule as a killed write's temporaries

    for path in stale_leftovers(target, _STAGING, stat.S_ISDIR):
        shutil.rmtree(path, ignore_errors=True)


def how_to_use(target: Path) -> list[str]:
    """The three ways to point koursk at the store in `target`, as lines to print: ready to paste when the path is
    printable, else with its control characters escaped (a terminal must not obey a folder's name)."""

    import shlex  # only `koursk init` says how to use a copy

    text = str(target)
    pasted = shlex.quote(text) if text.isprintable() else shown(text, None)
    toml = json.dumps(text, ensure_ascii=False) if text.isprintable() else f'"{shown(text, None)}"'
    return [
        "Point koursk at it in one of three ways (the first one given wins):",
        f"  koursk --data {pasted} check                  # one command",
        f"  export KOURSK_DATA={pasted}                   # this shell",
        f"  {CONFIG_KEY} = {toml}   # in {shown(str(config_path()), None)}: every run",
        f"Then add an article: koursk --data {pasted} extract ARTICLE.txt --published 2024-11-08 --write",
    ]
