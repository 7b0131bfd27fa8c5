"""Put several files in place all or nothing (`extract --write`: a seed, sources.yaml, an events and a claims
file): each staged and flushed first, then placed one by one in an order the caller makes valid at every step, with a
journal beside the store that the next writer reads to settle a write killed half-way (kill -9, a power cut): undone
while nothing it placed has changed since, else finished. The journal is untrusted (a store may come from anyone):
read bounded, and naming only the files the writer makes. Each file goes through the one-file writes of atomic.py.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import atomic
from ..errors import DataError, UsageError
from ..signals import uninterrupted
from ..textnorm import shown
from .files import Unreadable, read_bounded
from .shipped import refuse_shipped


@dataclass(frozen=True)
class Placement:
    """One file of a write of several: `content` goes to `path`. `replaces` is the bytes of the file it replaces
    (renamed over, through a symlink, keeping its mode); None makes a new file, linked in at `path` and never over
    anything (FileExistsError when something is there, even a symlink or a file another process made meanwhile)."""

    path: Path
    content: bytes
    replaces: bytes | None = None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _current(path: Path) -> bytes | None:
    """The bytes of the regular file at `path` (never through a symlink), or None when there is none."""
    try:
        with open(path, "rb", opener=atomic.nofollow) as stream:
            return stream.read() if stat.S_ISREG(os.fstat(stream.fileno()).st_mode) else None
    except OSError:
        return None


Entry = tuple[Path, str, bytes | None, Path]
"""One placement as a journal records it: the file, the digest of what is put there, the bytes it replaces (None: a
new file) and its staged temporary."""


class Changed(DataError):
    """A file a write replaces no longer holds what the writer read: a curator saved it meanwhile, and their save is
    never lost."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{shown(str(path))} changed while koursk was writing; nothing was written")


def _real(path: Path, replaced: bytes | None) -> Path:
    """Where a placement lands: a replaced file through its symlink (the link stays); a new file never through one."""
    return atomic.resolved(path) if replaced is not None else path


def _made(entry: Entry) -> bool:
    """Whether a placement was made, by its staged temporary: placing renames it (`move_new` for a new file), so a
    new file placed, then removed by a curator, is told from one never placed, whose temporary is still there. (A
    new file already there with its temporary is one `move_new` linked, killed before it removed the temporary.)"""
    path, _, replaced, temporary = entry
    return not os.path.lexists(temporary) or (replaced is None and os.path.lexists(path))


def _place(entry: Entry) -> None:
    """Rename a placement's flushed temporary into place, flushed with its folder: a new file never over anything
    (FileExistsError); a replaced one only while it still holds what it replaces (else Changed), so a curator's save
    during the write's flushes is kept."""
    path, _, replaced, temporary = entry
    real = _real(path, replaced)
    if replaced is None:
        atomic.move_new(atomic.still_ours(temporary), real)
    elif _current(real) != replaced:
        raise Changed(path)
    else:
        os.replace(atomic.still_ours(temporary), real)
    atomic.synced(real.parent)


def _holds(entry: Entry) -> bool:
    """Whether a placed file still holds exactly what the write put there (through the replaced file's symlink)."""
    path, digest, replaced, _ = entry
    current = _current(_real(path, replaced))
    return current is not None and _digest(current) == digest


def _undo(entries: list[Entry]) -> list[Path]:
    """Put back what was placed of `entries`, last first, each only while it holds exactly what was put there: a file
    changed since stops the undo there, keeping it and everything before it, which the order of the placements made
    a valid whole. The paths put back as they were."""
    undone: list[Path] = []
    for entry in reversed(entries):
        path, _, replaced, _ = entry
        if not _made(entry):
            continue
        if not _holds(entry):
            break
        if replaced is None:
            path.unlink()
            atomic.synced(path.parent)
        else:
            real = atomic.resolved(path)
            with atomic.staged(real) as restored:
                with open(restored, "wb", opener=atomic.nofollow) as stream:
                    stream.write(replaced)
                os.replace(atomic.still_ours(restored), real)
            atomic.synced(real.parent)
        undone.append(path)
    return undone


def _finish(entries: list[Entry]) -> tuple[list[Path], list[Path], str]:
    """Place, in order, what of `entries` was not placed: each from its temporary once it holds what the journal
    says, the replaced file only while it still holds what it replaced. It stops at the first it cannot place (those
    after may need it: the claims their source): the paths placed, those left out and why the first was."""
    finished: list[Path] = []
    for index, entry in enumerate(entries):
        path, digest, _, temporary = entry
        if _made(entry):
            continue
        if (content := _current(temporary)) is None or _digest(content) != digest:
            why = f"its staged copy {shown(temporary.name)} is gone or not what was staged"
        else:
            try:
                _place(entry)
            except Changed:
                why = f"{shown(str(path))} was changed since, and a change is never overwritten"
            except (OSError, UsageError) as error:
                why = f"{shown(str(path))}: {error}"
            else:
                finished.append(path)
                continue
        return finished, [left[0] for left in entries[index:] if not _made(left)], why
    return finished, [], ""


def _journal_text(journal: Path, entries: list[Entry]) -> str:
    rows = [
        {
            "path": os.path.relpath(path, journal.parent),
            "sha256": digest,
            "replaces": None if replaced is None else base64.b64encode(replaced).decode("ascii"),
            "staged": os.path.relpath(temporary, journal.parent),
            "inode": _inode(temporary),
        }
        for path, digest, replaced, temporary in entries
    ]
    return json.dumps({"koursk-write": rows}) + "\n"


def _inode(path: Path) -> int | None:
    """The inode of the file at `path`, or None. Placing a staged file renames or links it, which keeps its inode: the
    file the journal names is that very file, not a copy of it. (Not the device too: btrfs, NFS and overlay mounts
    may number it anew at each boot, and a write killed by a power cut must still be settled after it.)"""
    try:
        return os.lstat(path).st_ino
    except OSError:
        return None


def _written_here(entries: list[Entry], inodes: list[int]) -> bool:
    """Whether each file a recovery would act on is the one the write staged (rev22 L5): a journal and staged files
    planted in a store copied from elsewhere (a tarball, an rsync: the journal is gitignored) would otherwise have
    the next `extract --write` write the journal's bytes over sources.yaml after the user checked the store. A copy
    has other inodes. Files placed and changed since are never touched, so only the others are compared."""
    for entry, inode in zip(entries, inodes, strict=True):
        path, _, replaced, temporary = entry
        if _made(entry):
            if _holds(entry) and _inode(_real(path, replaced)) != inode:
                return False
        elif _inode(temporary) != inode:
            return False
    return True


JOURNAL_LIMIT = 24 * 1024 * 1024
"""A journal holds a base64 copy of the one file a write replaces (at most 16 MiB of YAML) and a few names."""
MOST_ENTRIES = 16
"""A write places a few files (extract: four); a journal naming more is none koursk wrote."""


class UntrustedJournal(DataError):
    """A journal koursk cannot vouch for: nothing is undone, and it is kept for the user to look at."""

    def __init__(self, journal: Path, why: str) -> None:
        super().__init__(
            f"{shown(str(journal))}: {why}; nothing was undone. Check the files it names, then move it out of the store"
        )


def _store_root(journal: Path) -> Path:
    """The store a journal belongs to (the folder above the journal's): every file it may name lies in it."""
    return Path(os.path.normpath(journal.parent.parent.absolute()))


def _linked_folder(root: Path, path: Path) -> Path | None:
    """The first folder from `root` down to `path`'s own that is no real folder (a symlink), or None: a write that
    may be settled later (`recover_interrupted`) goes only through real folders, so that settling it never reaches
    through a link a store someone else made can hold (`data/events -> ~`)."""
    folder = root
    for part in path.parent.relative_to(root).parts:
        folder = folder / part
        try:
            if not stat.S_ISDIR(os.lstat(folder).st_mode):
                return folder
        except FileNotFoundError:
            return None  # what is not there yet is made a real folder
        except OSError:
            return folder
    return None


def _journal_entries(journal: Path, may_touch: Callable[[str, bool], bool]) -> tuple[list[Entry], list[int]]:
    """What an interrupted write recorded in `journal` (each file, the digest of what was put there, the bytes it
    replaced, its temporary). The journal is untrusted: it is read bounded, and every file it names must be one
    `may_touch(its path from the store's root, whether it was replaced)` allows, reached through real folders only,
    once, with its temporary beside it named as koursk names them; a replaced file must lie in the store even
    through its symlink. Anything else raises UntrustedJournal. With the entries, each staged file's inode."""
    root = _store_root(journal)
    try:
        entries = json.loads(read_bounded(journal, JOURNAL_LIMIT))["koursk-write"]
        if not isinstance(entries, list) or len(entries) > MOST_ENTRIES:
            raise TypeError
        found, inodes = [], []
        for entry in entries:
            path, temporary = (
                Path(os.path.normpath(journal.parent.absolute() / entry[key])) for key in ("path", "staged")
            )
            name = path.relative_to(root).as_posix()
            digest, replaced = entry["sha256"], entry["replaces"]
            if not (
                may_touch(name, replaced is not None)
                and temporary.parent == path.parent
                and atomic.TEMPORARY_NAME.fullmatch(temporary.name)
                and isinstance(digest, str)
                and re.fullmatch(r"[0-9a-f]{64}", digest)
            ):
                raise UntrustedJournal(journal, f"it names {shown(name, 80)}, which extract --write never writes there")
            if (linked := _linked_folder(root, path)) is not None:
                raise UntrustedJournal(
                    journal, f"{shown(name, 80)} is reached through the symlink {shown(str(linked))}"
                )
            if replaced is not None and not path.resolve().is_relative_to(root.resolve()):
                raise UntrustedJournal(journal, f"{shown(name, 80)} leads out of the store")
            inode = entry["inode"]
            if type(inode) is not int:
                raise TypeError
            inodes.append(inode)
            found.append(
                (path, digest, None if replaced is None else base64.b64decode(replaced, validate=True), temporary)
            )
    except Unreadable as error:
        raise UntrustedJournal(journal, str(error)) from None
    except (OSError, ValueError, TypeError, KeyError, binascii.Error, RecursionError):  # JSON, relative_to: ValueError
        raise UntrustedJournal(journal, "it is not a journal koursk wrote") from None
    if len({path for path, *_ in found}) < len(found):
        raise UntrustedJournal(journal, "it names a file twice")
    return found, inodes


@dataclass(frozen=True)
class Recovery:
    """What became of a write killed before it finished: the files `undone` (none it had placed was changed since),
    or, once `changed` (the first placed file a curator changed or removed since) shows the write was built on, the
    files `finished` from their staged copies; `missing`, those that could not be, the first of them for `why`."""

    undone: list[Path] = field(default_factory=list)
    finished: list[Path] = field(default_factory=list)
    changed: Path | None = None
    missing: list[Path] = field(default_factory=list)
    why: str = ""


def recover_interrupted(journal: Path, may_touch: Callable[[str, bool], bool]) -> Recovery:
    """Settle a write killed before it finished (kill -9, a power cut) as its `journal` records, never by cutting it
    in the middle: undone whole while nothing it placed has changed since, else finished (the curator built on it:
    moved its events elsewhere, filled a title); then its temporaries and the journal go. A write killed after its
    last placement is left as it is. `may_touch` says which files the writer makes (see `_journal_entries`): a
    journal naming any other is refused whole."""
    if not os.path.lexists(journal):
        return Recovery()
    entries, inodes = _journal_entries(journal, may_touch)
    with uninterrupted():
        made = [entry for entry in entries if _made(entry)]
        changed = next((entry[0] for entry in made if not _holds(entry)), None)
        if not made or len(made) == len(entries):
            recovery = Recovery()
        elif not _written_here(entries, inodes):
            raise UntrustedJournal(journal, "the files it names are not the ones written here (a copied store?)")
        elif changed is None:
            recovery = Recovery(undone=_undo(entries))
        else:
            finished, missing, why = _finish(entries)
            recovery = Recovery(finished=finished, changed=changed, missing=missing, why=why)
        for _, digest, _, temporary in entries:  # never placed, or a new file's second name
            if (content := _current(temporary)) is not None and _digest(content) == digest:
                with contextlib.suppress(OSError):
                    temporary.unlink()
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()
        atomic.synced(journal.parent)
    return recovery


def write_all(placements: list[Placement], *, journal: Path) -> None:
    """Put several files in place, all or nothing: every file is staged and flushed first, then they are placed one
    by one in the order given, each flushed with its folder before the next (`_place`), so that the caller's order
    decides what a reader (or a crash) can see: the caller makes every prefix a valid whole. A replaced file changed
    since the caller read it (`Placement.replaces`) stops the write (Changed). `journal` records the write while it
    happens; a failure or an interruption (Ctrl-C, SIGTERM, SIGHUP, a second one waiting) undoes it at once, and what
    a kill -9 or a power cut left is settled by `recover_interrupted(journal)`, which the next writer calls."""
    root = _store_root(journal)
    with contextlib.ExitStack() as stack:
        entries: list[Entry] = []
        for placement in placements:
            path = placement.path
            refuse_shipped(path)
            if (linked := _linked_folder(root, Path(os.path.normpath(path.absolute())))) is not None:
                raise DataError(
                    f"{shown(str(linked))} is a symlink: koursk writes into a store only through real folders, so "
                    "that a write killed half-way can be settled safely; nothing was written"
                )
            real = _real(path, placement.replaces)
            with atomic.naming(path):
                path.parent.mkdir(parents=True, exist_ok=True)
                if (found := atomic.stat_of(real)) is not None:
                    atomic.refuse_hard_linked(path, found)
                temporary = stack.enter_context(atomic.staged(real))
                with open(temporary, "wb", opener=atomic.nofollow) as stream:
                    stream.write(placement.content)
                atomic.still_ours(temporary)  # on the disk before the journal: a temporary gone means a placement made
            entries.append((path, _digest(placement.content), placement.replaces, temporary))
        for folder in {temporary.parent for *_, temporary in entries}:
            atomic.synced(folder)
        done: list[Entry] = []
        try:
            atomic.write_text_atomically(journal, [_journal_text(journal, entries)], force=True)
            for entry in entries:
                done.append(entry)
                _place(entry)
        except BaseException as error:
            with uninterrupted():  # a FileExistsError is a link's: the file found there is someone else's
                _undo(done[:-1] if isinstance(error, FileExistsError) else done)
                with contextlib.suppress(OSError):
                    journal.unlink()
            raise
        with uninterrupted():
            journal.unlink()
            atomic.synced(journal.parent)
