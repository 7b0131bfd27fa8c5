"""Which store a run uses, and the working copy a curator writes to.

The store shipped with koursk (inside the installed package, or the checkout when it runs from source and no other
store is named) is read-only: a write there would be lost on the next install, or would break every command for
good. `koursk init DIR` copies it to a folder the user owns; koursk then finds it through `--data DIR`,
`KOURSK_DATA=DIR`, or the `data` key of a config file (in that order of precedence).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
from pathlib import Path
from typing import NamedTuple

from ..errors import UsageError
from ..signals import uninterrupted
from ..textnorm import is_utf8, shown
from ..userpaths import FromEnvironment, NoHomeFolder, expanded, home_folder
from . import shipped
from .files import Unreadable, read_bounded

CONFIG_KEY = "data"
CONFIG_DEFAULT = "$XDG_CONFIG_HOME/koursk/config.toml"
CONFIG_LIMIT = 64 * 1024  # bytes: a config holds one line; reading more is an accident or an attack


def default_store_root() -> Path:
    """The store shipped with koursk: inside the installed package, or the checkout when running from source."""
    bundled = shipped.PACKAGE / "_store"
    return bundled if (bundled / "data").is_dir() else shipped.PACKAGE.parent


def config_path() -> Path | None:
    """`$XDG_CONFIG_HOME/koursk/config.toml` (by default ~/.config/koursk/config.toml); None without either, when
    there is no home folder: no config file then."""
    base = os.environ.get("XDG_CONFIG_HOME")
    if not base:
        try:
            base = str(home_folder() / ".config")
        except NoHomeFolder:
            return None
    return Path(base) / "koursk" / "config.toml"


class Named(NamedTuple):
    """The store a run was told to use, and where it was told: `--data`, `KOURSK_DATA`, or the config file's line
    (`/home/me/.config/koursk/config.toml: data = "ws"`), which every message about the path names."""

    path: str
    origin: str
    configured: bool = False  # named by the config file (its hint differs: fix or remove that line)


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
    if path is None:
        return None
    hint = f'the file holds one line: {CONFIG_KEY} = "/path/to/store" (a folder made by `koursk init`)'
    if not _config_file(path, hint):
        return None
    import tomllib

    try:  # bounded and never blocking, as a store file is read (a config linked to /proc/kmsg hung: rev24 F9)
        text = read_bounded(path, CONFIG_LIMIT).decode("utf-8-sig")  # a BOM, as some editors save, is no statement
        config = tomllib.loads(text)
    except Unreadable as error:
        raise UsageError(f"{shown(str(path))}: {error}", hint) from None
    except UnicodeDecodeError as error:
        raise UsageError(f"cannot read {shown(str(path))}: {error}", hint) from None
    except RecursionError:  # tomllib recurses once per nested array or table: a 2 KB file can exhaust the stack
        raise UsageError(f"{shown(str(path))}: nested too deeply to be a config file", hint) from None
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        line, column = (int(where[1]), int(where[2])) if where else _end_place(text)
        message = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(error))
        if message == "Cannot overwrite a value":  # tomllib points past the value; the key says which one
            lines = text.split("\n")
            column = len(lines[line - 1]) - len(lines[line - 1].lstrip()) + 1 if line <= len(lines) else column
            message += " (a key given twice)"
        raise UsageError(f"{shown(str(path))}:{line}:{column}: {message}", hint) from None
    except ValueError:  # tomllib's int() of more than 4,300 digits (rev31 M1): no way to bound it beforehand
        long = re.search(r"[0-9_]{4300,}", text)
        line, column = (
            (text.count("\n", 0, long.start()) + 1, long.start() - text.rfind("\n", 0, long.start()))
            if long
            else (1, 1)
        )
        message = "a number of more digits than koursk reads (4,300)"
        raise UsageError(f"{shown(str(path))}:{line}:{column}: {message}", hint) from None
    if (key := next((k for k in config if k != CONFIG_KEY), None)) is not None:  # never "no config" (rev24 F3)
        line, column = _key_place(text, key)
        table = ", outside any [table]" if isinstance(config[key], dict) else ""
        raise UsageError(
            f"{shown(str(path))}:{line}:{column}: unknown key '{shown(key)}' (the only key is {CONFIG_KEY}{table})",
            hint,
        )
    value = config.get(CONFIG_KEY)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{shown(str(path))}: '{CONFIG_KEY}' must be the path of a store, as a string", hint)
    if "\0" in value:  # TOML spells one (`\u0000`); no path holds it, and os.stat raises ValueError (polish42)
        raise UsageError(
            f"{shown(str(path))}: '{CONFIG_KEY}' holds a NUL character (U+0000), which no path can hold", hint
        )
    origin = f"{path}: {CONFIG_KEY} = {json.dumps(value, ensure_ascii=False)}"
    folder = expanded(value, shown(origin))
    return Named(str(folder if folder.is_absolute() else path.parent / folder), origin, configured=True)


def _end_place(text: str) -> tuple[int, int]:
    """Where tomllib's « at end of document » is: just past the text's last character that is not white space (a
    value missing after `data = `, a key given twice on the last line), as line and column (rev26 L2: no place)."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    return text.count("\n", 0, end) + 1, end - start + 1


def _key_place(text: str, key: str) -> tuple[int, int]:
    """The line and column of a top-level key or table in a TOML text (tomllib keeps no places): its first line that
    begins with it, bare or quoted, or with `[` and it; else 1:1."""
    names = "|".join(re.escape(form) for form in (key, json.dumps(key, ensure_ascii=False), f"'{key}'"))
    found = re.search(rf"^([ \t]*\[*[ \t]*)(?:{names})[ \t]*[=.\]]", text, re.MULTILINE)
    if found is None:
        return 1, 1
    return text.count("\n", 0, found.start()) + 1, len(found.group(1)) + 1


def _normalise(root: Path) -> Path:
    if not (root / "data").is_dir() and (root / "sources.yaml").is_file():
        return root.parent  # its data/ folder names the store too
    return root


def _named_store(option: str | None) -> Named | None:
    """The store `--data` (or KOURSK_DATA) names, else the config file's. `--data ""` (an unset shell variable, as in
    `--data "$STORE"`) names no store: refused, rather than silently reading the shipped one."""
    given = "KOURSK_DATA" if isinstance(option, FromEnvironment) else "--data"
    if option is not None and not option.strip():
        hint = "unset it, or set it to" if given == "KOURSK_DATA" else "--data DIR names"
        raise UsageError(f"{given} is empty", f"{hint} a folder holding data/ and seeds/ (`koursk init DIR`)")
    return Named(option, given) if option else configured_store()


def _path_of(named: Named) -> Path:
    """The folder a store was named by, `~` expanded (the config file's path already was)."""
    return expanded(named.path, shown(named.origin if named.configured else f"{named.origin} {named.path}"))


_WHY_NOT = {
    errno.ENOENT: "no such directory",
    errno.ENOTDIR: "no such directory",
    errno.ENAMETOOLONG: "name too long",
    errno.ELOOP: "too many levels of symbolic links",
}


def _checked_root(named: Named) -> Path:
    """The store folder `named` names, once it is one: a missing folder, a file, a name too long, a loop, a folder
    koursk may not search or one without data/ is the same mistake, a wrong store path, and says so in one line with
    where the path came from (`--data`, KOURSK_DATA or the config file's line), exit 2 (rev29 L3: a name too long got
    the catch-all, exit 1, and a folder that is not a store exit 1 where a missing one was 2)."""
    root = _path_of(named)
    refuse_undecodable(root)
    what = _not_a_folder(root)
    if what is None:
        root = _normalise(root)
        if _not_a_folder(root / "data") is not None:
            what = "not a koursk store: " + (
                interrupted_init(root) or "it has no data/ folder (a store holds data/ and seeds/)"
            )
    if what is None:
        return root
    if not named.configured:
        raise UsageError(
            f"store {shown(named.path)}: {what} (from {named.origin})",
            "--data DIR (or KOURSK_DATA) names a folder holding data/ and seeds/; `koursk init DIR` makes one",
        )
    raise UsageError(
        f"store {shown(named.path)}: {what} (from {shown(named.origin)})",
        f"the config file's {CONFIG_KEY} names a folder holding data/ and seeds/ (relative to the file's folder "
        "unless absolute): fix or remove that line, or give --data DIR; `koursk init DIR` makes one",
    )


def _not_a_folder(path: Path) -> str | None:
    """Why `path` is not a folder koursk can read (symlinks followed), or None when it is one."""
    try:
        found = os.stat(path)
    except OSError as error:
        return _WHY_NOT.get(error.errno or 0) or (error.strerror or str(error)).lower()
    return None if stat.S_ISDIR(found.st_mode) else "is not a directory"


def resolve_store_root(option: str | None) -> Path:
    """`--data DIR` (or KOURSK_DATA), else the config file's store, else the shipped store.

    DIR holds data/ and seeds/; its data/ folder is accepted too."""
    named = _named_store(option)
    return default_store_root() if named is None else _checked_root(named)


def writable_store_root(option: str | None) -> Path:
    """The store a write goes to; the shipped store is refused in one line that says how to get a working copy."""
    named = _named_store(option)
    if named is None or shipped.in_package(root := _checked_root(named)):
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


def _shipped_files(source: Path) -> list[Path]:
    """Every file of the shipped store's data/ and seeds/, relative to it (no caches, no editor leftovers)."""
    found = []
    for folder in shipped.STORE_FOLDERS:
        for path in sorted((source / folder).rglob("*")):
            relative = path.relative_to(source)
            if path.is_file() and not any(part.startswith((".", "__")) for part in relative.parts):
                found.append(relative)
    return found


JOURNAL = Path("data", ".koursk-write.journal")
"""Where `extract --write` records a write while it happens, for the next one to settle if it was killed."""
_STAGING_PREFIX = ".koursk-init-"
_STAGING = re.compile(re.escape(_STAGING_PREFIX) + r"[A-Za-z0-9_]{8}")  # tempfile.mkdtemp's names
_COPIED = ".copied"  # in a staging folder: every file is copied and on the disk
_TEMPORARIES = "# the temporaries a killed write leaves (the next write clears them)\n.*.koursk-*\n"
_OWN_FILES = {
    Path("data", ".gitignore"): (
        "# koursk's own files, not the store's: the lock writers take turns on (kept: removing it would be racy), and\n"
        "# the journal and temporaries a killed write leaves (the next write clears them)\n"
        ".koursk.lock\n"
        f"{JOURNAL.name}\n"
        ".*.koursk-*\n"
    ),
    Path("seeds", ".gitignore"): _TEMPORARIES,
}
"""The files `init` adds to the shipped store's: a curator keeps the store in git, and `git status` should show the
store, not koursk's lock, journal or temporaries (in data/ and in seeds/, where a killed `extract --write` may leave
the seed's)."""


class Made(NamedTuple):
    """What `init_store` did: the shipped files now in the store (relative), whether it only finished a killed init's
    copy, and the staging folders of killed inits it removed (unfinished, or not a copy of this koursk's store)."""

    files: list[Path]
    finished: bool
    removed: list[str]


def init_store(target: Path, *, force: bool) -> Made:
    """Copy the shipped store's data/ and seeds/ into `target`.

    A non-empty `target` is refused unless `force`, and even then no file there is ever replaced: data/ and seeds/
    must not exist yet. The copy is staged in a hidden folder inside `target` and moved into place, data/ back out if
    seeds/ cannot follow, so an interrupted run leaves no half store. Every file and folder is flushed to disk. Files
    get the user's default modes, not the package's (often read-only). The folder is locked (lock.init_lock) from the
    first look at it through the move, so a second init started at the same instant refuses in one line, and any
    staging folder found under the lock is a killed init's (kill -9, a power cut): finished when it is, byte for byte,
    a whole copy of this koursk's store caught before or between its moves (seeds/ is moved first, so data/ is never
    there without it), else removed at once.
    """
    from ..atomic import naming, refuse_long_name, refuse_read_only  # a full disk names the file written
    from .lock import init_lock

    source = default_store_root()
    refuse_undecodable(target)
    refuse_long_name(target)
    shipped.refuse_store_folders(target)  # the installed package's first
    if os.path.islink(target) and not target.exists():
        try:
            os.stat(target)
            broken, hint = "that cannot be followed", "give another path"
        except OSError as error:  # rev22 L3: a loop (a → b → a) is not a missing folder
            missing = error.errno == errno.ENOENT
            broken = "to a missing folder" if missing else f"that cannot be followed ({error.strerror})"
            hint = "create that folder first, or give another path" if missing else "give another path"
        raise UsageError(f"{shown(str(target))} is a symlink {broken}", hint)
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


def _copy_into(source: Path, target: Path, *, force: bool) -> Made:
    """init_store's work in `target`, under its lock: finish a killed init, or check the folder and copy."""
    from ..atomic import naming, refuse_read_only

    files = _shipped_files(source)
    copy = {relative: (source / relative).read_bytes() for relative in files}
    copy |= {relative: text.encode() for relative, text in _OWN_FILES.items()} | {Path(_COPIED): b""}
    left, removed = _left_by_killed_inits(target, copy)
    if left is not None:
        _move_in(left, target)  # a failure keeps the copy whole, for the next init to finish
        shutil.rmtree(left, ignore_errors=True)
        return Made(files, True, removed)
    existing = sorted(p.name for p in target.iterdir())
    taken = [name for name in shipped.STORE_FOLDERS if name in existing]
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
    with naming(target):
        staging = Path(tempfile.mkdtemp(dir=target, prefix=_STAGING_PREFIX))
    try:
        _copy_flushed(source, staging, files)
        _move_in(staging, target)
    finally:
        with uninterrupted():  # a second Ctrl-C waits: a staging folder left would be removed by the next init only
            shutil.rmtree(staging, ignore_errors=True)
    return Made(files, False, removed)


def _copy_flushed(source: Path, staging: Path, files: list[Path]) -> None:
    """Copy `files` from `source` into `staging`, with koursk's own files, every file and folder flushed to disk, then
    mark the copy whole (COPIED): from then on the copy is what a later init may move into place."""
    from ..atomic import naming, still_ours, synced

    for relative in [*files, *_OWN_FILES]:
        with naming(staging.parent / relative):
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            if relative in _OWN_FILES:
                (staging / relative).write_text(_OWN_FILES[relative], encoding="utf-8")
            else:
                shutil.copyfile(source / relative, staging / relative)
            still_ours(staging / relative)
    for folder in sorted({(staging / relative).parent for relative in [*files, *_OWN_FILES]}):
        synced(folder)
    with naming(staging.parent / "data"):
        (staging / _COPIED).touch()
        still_ours(staging / _COPIED)
        synced(staging)


def _move_in(staging: Path, target: Path) -> None:
    """Move the staging copy's seeds/, then its data/ (data/ makes the folder a store, once all is there), into
    `target`, never over a folder there; one a killed init moved already is left. Interrupted or failed, what this
    call moved goes back (a second Ctrl-C waits), so no half store stays."""
    from ..atomic import synced

    moved: list[str] = []
    try:
        for folder in shipped.STORE_FOLDERS[::-1]:
            if not os.path.lexists(staging / folder):
                continue
            if os.path.lexists(target / folder):  # created while we copied: still never replace it
                raise UsageError(f"{target / folder} appeared while copying; nothing was replaced")
            os.rename(staging / folder, target / folder)
            moved.append(folder)
            synced(target)
    except BaseException:
        with uninterrupted():
            for folder in moved:
                with contextlib.suppress(OSError):
                    os.rename(target / folder, staging / folder)
        raise


def _left_by_killed_inits(target: Path, copy: dict[Path, bytes]) -> tuple[Path | None, list[str]]:
    """The staging folders of this user in `target`, every one a killed init's since the caller holds the folder's
    lock: the one to finish (if any), and the names of the others, removed. A staging copy is untrusted (an older
    koursk's, or one someone prepared): only a whole one holding exactly `copy`, with no link or special file, is
    finished, and only while `target` has no data/ and, unless the killed init moved it already (and it still holds
    the copy's seeds, a curator's additions aside), no seeds/."""
    from ..atomic import stale_leftovers

    left, removed = None, []
    for path in sorted(stale_leftovers(target, _STAGING, stat.S_ISDIR, older_than=0)):
        staging = Path(path)
        if left is None and _finishable(staging, target, copy):
            left = staging
            continue
        shutil.rmtree(staging, ignore_errors=True)  # fd-based: a symlink inside is removed, never followed
        removed.append(staging.name)
    return left, removed


def _finishable(staging: Path, target: Path, copy: dict[Path, bytes]) -> bool:
    if os.path.lexists(target / "data"):
        return False
    if os.path.lexists(staging / "seeds"):
        return not os.path.lexists(target / "seeds") and _holds(staging, copy, exact=True)
    seeds = {relative.relative_to("seeds"): data for relative, data in copy.items() if relative.parts[0] == "seeds"}
    rest = {relative: data for relative, data in copy.items() if relative.parts[0] != "seeds"}
    return _holds(target / "seeds", seeds, exact=False) and _holds(staging, rest, exact=True)


def _holds(folder: Path, files: dict[Path, bytes], *, exact: bool) -> bool:
    """Whether `files` (relative paths and bytes) are in `folder`, each a regular file in real folders (no symlink
    on the way), and, when `exact`, nothing else is there but folders."""
    found: set[Path] = set()
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        for parent, folders, names in os.walk(folder):  # never into a symlinked folder: it is refused below
            for name in [*folders, *names]:
                mode = os.lstat(os.path.join(parent, name)).st_mode
                if stat.S_ISREG(mode):
                    found.add(Path(parent, name).relative_to(folder))
                elif not stat.S_ISDIR(mode):
                    return False
        wanted = found == set(files) if exact else found >= set(files)
        return wanted and all((folder / relative).read_bytes() == data for relative, data in files.items())
    except OSError:
        return False


def interrupted_init(root: Path) -> str | None:
    """What to do with a folder that has no data/ but a killed init's staging folder: run the same init again, which
    finishes or redoes it. Every message about such a store says so (a bare "no data/ folder" points nowhere)."""
    from ..atomic import stale_leftovers

    if next(stale_leftovers(root, _STAGING, stat.S_ISDIR, older_than=0), None) is None:
        return None
    return f"an interrupted `koursk init` left this store unfinished: run `koursk init {shown(str(root))}` again"


def unsettled_write(root: Path) -> str | None:
    """What to tell a curator whose store holds the journal of an `extract --write` killed before it finished: the
    store shows that write half done (a valid store at every step, but one article perhaps partly in it: a write
    killed after its last placement left it whole, audit60 F5) until the next `extract --write` settles it
    (store/transaction.py), and `check` would otherwise call it valid in silence."""
    if not os.path.lexists(root / JOURNAL):
        return None
    return (
        "an `extract --write` was interrupted here and is not settled yet: the store may hold only part of its "
        "article; the next `koursk extract --write` into this store settles it first (a part undone while nothing it "
        "put in place has changed since, else finished; a whole article left as it is)"
    )


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
        f"  {CONFIG_KEY} = {toml}   # in {shown(str(config_path() or CONFIG_DEFAULT), None)}: every run",
        f"Then add an article: koursk --data {pasted} extract ARTICLE.txt --published 2024-11-08 --write",
    ]
