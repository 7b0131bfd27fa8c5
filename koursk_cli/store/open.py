"""Open a store for the commands: through its cache when one can be used safely, reading only what changed.

1. The cache file is found by the store's path; it is opened only if it and its folder are the user's own and
   writable by no one else, and used only if it was written by this very code and schema: recognised by the code
   files' stamp (digest.code_stamp) or, when that differs, by their content digest (digest.code_digest), after
   which the new stamp is recorded.
2. Each store file's stamp decides whether it must be read again; a file read again whose digest has not changed
   only gets a new stamp.
3. A changed core file or seed rebuilds the whole cache (every file is checked against the core); changed
   events/claims files are read, checked against the cached core, and replace their rows in one transaction.
4. A store with problems raises StoreError and leaves the cache as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache as once
from functools import partial
from pathlib import Path
from typing import NamedTuple, NoReturn

from ..codec import claim_from_row, event_from_record
from ..dates import parse_edtf
from ..model import Store
from ..problems import CacheBusy, CacheFault, CacheLocked, CacheReplaced, CacheUnwritten, Problem, StoreError
from ..textnorm import shown
from ..userpaths import NoHomeFolder
from .cache import Cache, aside, building, open_existing, raise_if_busy
from .cachefile import cache_path, made_private, misplaced, private_folder, remove_leftovers, unsafe_reason
from .digest import code_digest, code_stamp
from .files import MAX_SEED_BYTES, Unreadable
from .indexed import CachedSourceObjects, CachedSources, CitedDates, SeedTexts, SqlClaimTexts, SqlEventTexts, SqlFacts
from .loader import (
    CORE_KINDS,
    Core,
    FileEntries,
    StoreFile,
    Warn,
    core_objects,
    duplicates,
    entries_file,
    listed_names,
    read_core,
    read_each,
    read_entries,
    read_store,
    schema_path,
    source_from,
    store_files,
)
from .plain import context_from, context_part
from .stamps import (
    IDENTITY_BYTES,
    RACY_NS,
    Settled,
    Stamp,
    differing,
    identity_numbers,
    packed_identities,
    read_stamped,
    repacked,
    unchanged_since,
)
from .tables import LazyTable

Listing = Callable[[], tuple[list[StoreFile], list[StoreFile]]]
"""The store's core and events/claims files (loader.store_files), listed when first asked for."""


def load_store(
    root: Path,
    *,
    use_cache: bool = True,
    show_progress: bool = False,
    warn: Warn | None = None,
    drafts: bool = False,
    cited_seeds: bool = False,
) -> Store:
    """The checked store at `root` (StoreError lists every problem). With `use_cache`, served from its cache; with
    `cited_seeds`, a settled cache checks a seed only when a row it serves cites it (_CitedSeeds: for a command
    whose every output is rows of SqlFacts' queries); with
    `drafts` (`extract`, `--drafts`), read whole without it, placeholders of drafts allowed (curated.read_preview).
    Without, a store whose only problems are drafts' is its curated part, read whole and never cached (the cache
    holds only a store without drafts), and `warn` says in one line what was left out (store/curated.py)."""
    if drafts:
        from .curated import read_preview

        preview, line = read_preview(root, show_progress=show_progress)
        if warn and line:
            warn(line)
        return preview
    try:
        if not use_cache:
            return read_store(root, show_progress=show_progress)
        return _load(root, show_progress, warn, cited_seeds)
    except StoreError as error:
        if not all(p.draft for p in error.problems):
            raise
    from .curated import read_curated

    store, left_out = read_curated(root, show_progress=show_progress)
    if warn:
        warn(left_out.line())
    return store


def _load(root: Path, show_progress: bool, warn: Warn | None, cited_seeds: bool = False) -> Store:
    """The checked store through its cache, when one can be used."""
    listing = once(lambda: store_files(root))  # not needed when the store lists what the last run found (_suspects)
    try:
        path = cache_path(root)
    except NoHomeFolder as error:
        return _uncached(root, listing, show_progress, warn, f"{error}: set HOME or XDG_CACHE_HOME")
    for unsafe, folder in ((path.parent, True), (path, False)):
        reason = misplaced(unsafe, root) if folder else None
        reason = reason or unsafe_reason(unsafe, folder=folder) or _made_private(unsafe, folder, warn)
        if reason is not None:
            return _uncached(root, listing, show_progress, warn, f"{reason}: {shown(str(unsafe))}")
    for _ in range(3):  # again when the cache turned out damaged while it was checked, or replaced while opened
        try:
            return _serve(_cached(root, path, listing, show_progress, warn, cited_seeds))
        except CacheReplaced:
            continue
        except CacheFault as fault:
            if warn:
                what = "was changed outside koursk" if fault.outside else f"is damaged ({fault})"
                warn(f"koursk: warning: the store's cache {what}; it was removed and rebuilt from the store")
            warn = None  # one line, whatever the second try finds
        except CacheBusy as busy:
            if warn:
                why = str(busy) or "another koursk is using the store's cache"
                warn(f"koursk: warning: {why}; this run reads the whole store")
            break
        except CacheUnwritten as unwritten:
            if warn:
                warn(
                    f"koursk: warning: cache not updated ({unwritten}: {path}); it is kept as it was, and this run"
                    " reads the whole store"
                )
            break
    return _serve(_build(root, *listing(), None, show_progress))


def _made_private(path: Path, folder: bool, warn: Warn | None) -> str | None:
    """Make the user's own cache folder or file private again when others may read it, saying so once (rev29 L2);
    why the cache is not used when that cannot be done."""
    try:
        loose = made_private(path, folder=folder)
    except OSError as error:
        return f"readable by others, and it cannot be made private ({error.strerror or error})"
    if loose is not None and warn:
        what, private = ("cache folder", 0o700) if folder else ("cache file", 0o600)
        warn(f"koursk: warning: the {what} {path} was readable by others (mode {loose:o}): made private ({private:o})")
    return None


def _meta(root: Path) -> dict[str, str]:

    return {"code": code_digest(schema_path()), "code_files": _code_files(), "root": str(root.resolve())}


def _code_files() -> str:

    return code_stamp(schema_path(), settled_before_ns=time.time_ns() - RACY_NS)


def _same_build(meta: dict[str, str]) -> tuple[bool, str | None]:
    """Whether this code and schema wrote the cache, and the code files' stamp to record when it was recognised by
    the digest (None: nothing to record). The stamp spares reading the code on every run; it is only ever recorded
    beside the digest of the same files, taken after it (a file changed in between has a time too recent to stamp)."""

    stamp = _code_files()
    if stamp and meta.get("code_files") == stamp:
        return True, None
    if meta.get("code") != code_digest(schema_path()):
        return False, None
    return True, stamp or None


def _cached(
    root: Path,
    path: Path,
    listing: Listing,
    progress: bool,
    warn: Warn | None,
    cited_seeds: bool = False,
) -> Cache:
    cache = None
    restamp = None
    with contextlib.suppress(sqlite3.DatabaseError, OSError, ValueError):  # any doubt: the cache is not used
        found = open_existing(path)
        if found is not None:
            meta = found.meta()
            same, restamp = _same_build(meta)
            if same and meta.get("root") == str(root.resolve()):
                cache = found
    if cache is None:
        try:
            private_folder(path.parent)
            remove_leftovers(path)
            return _build(root, *listing(), path, progress)
        except (OSError, sqlite3.DatabaseError) as error:
            if warn:
                warn(f"koursk: warning: cache not written ({getattr(error, 'strerror', None) or error}: {path})")
            return _build(root, *listing(), None, progress)
    try:
        cache.verify()
        settled = cache.settled()
        listed = _listed_differing(settled, root)
        deferred = _seeds_deferred(cache, settled, listed, root, progress) if cited_seeds else None
        if deferred is not None:  # every data file as the last run found it; seeds when a served row cites them
            _restamp(cache, [], restamp)
            cache.deferred_seeds = deferred
            return cache
        suspects = _suspects(settled, listed, root)
        if suspects == []:  # every file as the last run found it, and vouched for
            _restamp(cache, [], restamp)
            return cache
        return _update(cache, root, listing, path, progress, restamp, settled, suspects)
    except (CacheBusy, CacheUnwritten, StoreError):  # no damage: the cache stays as it is
        cache.close()
        raise
    except sqlite3.DatabaseError as error:
        cache.raise_if_cut_short(error)
        raise_if_busy(error)
        cache.damaged(f"cache unreadable: {error}")


class _Walk(NamedTuple):
    """What a run found of the store's files it looked at again."""

    trusted: dict[str, str]  # identities of the files found unchanged, by name
    restamped: list[tuple[str, str, Stamp]]  # the same bytes, hashed again: stamped so the next run need not
    changed: dict[str, tuple[StoreFile, tuple[bytes, Stamp] | None]]  # events/claims files to read (None: unreadable)
    gone: list[str]  # events/claims files the store no longer lists


def _update(
    cache: Cache,
    root: Path,
    listing: Listing,
    path: Path,
    progress: bool,
    code_files: str | None,
    settled: Settled | None = None,
    suspects: list[str] | None = None,
) -> Cache:
    """Bring the cache up to the store: look again at the `suspects` only, when the store lists the files `settled`
    records (the others have the identities it vouches for), else at every file the files table records. A changed
    core file or seed rebuilds the cache; changed events/claims files replace their rows, and the new settled record
    is written in the same transaction."""
    with _store_folder(root) as folder:
        walk = _walk_suspects(cache, root, suspects, folder) if settled is not None and suspects else None
        if walk is not None and settled is not None:
            recorded = _settled_after(settled, walk, suspects)
        else:
            core_files, entry_files = listing()
            walked = _walk_all(cache, root, core_files, entry_files, folder)
            if walked is None:
                try:
                    return _build(root, core_files, entry_files, path, progress)
                except (OSError, sqlite3.DatabaseError) as error:  # the new file's own write failed
                    raise CacheUnwritten(getattr(error, "strerror", None) or str(error)) from error
            walk, names = walked
            recorded = _settled_after(names, walk)
    record = partial(_record, restamped=walk.restamped, code_files=code_files, settled=recorded)
    if walk.changed or walk.gone:
        entries = _read_changed(cache, walk.changed)
        try:
            _replace_files(cache, listing, entries, walk.gone, record)
        except CacheLocked:  # another koursk holds the cache's lock: a copy could not be renamed in either
            raise
        except CacheBusy:  # another koursk reads the cache in a long snapshot: update a copy of it
            try:
                with aside(cache) as copy:
                    _replace_files(copy, listing, entries, walk.gone, record, copied=True)  # before the rename
            except (OSError, sqlite3.Error) as error:  # no room for the copy: this run reads the store
                raise CacheBusy(
                    f"the store's cache could not be updated beside another koursk reading it ({error})"
                ) from error
            return copy
        return cache
    _restamp(cache, walk.restamped, code_files, recorded)
    return cache


def _walk_all(
    cache: Cache, root: Path, core_files: list[StoreFile], entry_files: list[StoreFile], folder: int | None
) -> tuple[_Walk, Settled] | None:
    """Every file the files table records and every file the store lists, looked at: what was found, and the names
    listed and the seeds' as Settled keeps them (no identities yet); None when a core file or seed changed (the
    cache is rebuilt)."""
    core_names = {f"data/{file.path.name}" for file in core_files}
    listed = "\n".join(sorted([*core_names, *map(_name, entry_files)]))
    recorded: dict[str, Stamp] = {}  # the events and claims files
    walk = _Walk({}, [], {}, [])
    seeds: list[str] = []
    for name, role, digest, identity, read_at in cache.files():
        if role == "entries":
            recorded[name] = Stamp(digest, identity, read_at)
            continue
        core_names.discard(name)
        if role == "seed":
            seeds.append(name)
        if not _core_file_holds(root, name, role, Stamp(digest, identity, read_at), folder, walk):
            return None
    if core_names:  # a core file the cache does not know
        return None
    for file in entry_files:
        name = _name(file)
        _look_at_entries(root, file, name, recorded.pop(name, None), folder, walk)
    walk.gone.extend(recorded)
    return walk, Settled(listed, "\n".join(sorted(seeds)), b"", "")


def _walk_suspects(cache: Cache, root: Path, suspects: list[str], folder: int | None) -> _Walk | None:
    """The `suspects` alone, each looked up in the files table (a store of 1,000,000 events records 21,253 files:
    a changed file, and the run after it, need only its own row). None when one is not recorded, or is a core file
    or seed that changed: every file is then looked at (_walk_all), which finds the same and decides."""
    rows = cache.files_named(suspects)
    if len(rows) != len(suspects):
        return None
    walk = _Walk({}, [], {}, [])
    for name, role, digest, identity, read_at in rows:
        stamp = Stamp(digest, identity, read_at)
        if role == "entries":
            _look_at_entries(root, entries_file(root, name), name, stamp, folder, walk)
        elif not _core_file_holds(root, name, role, stamp, folder, walk):
            return None
    return walk


def _core_file_holds(root: Path, name: str, role: str, stamp: Stamp, folder: int | None, walk: _Walk) -> bool:
    """Whether a core file or seed still holds the bytes its stamp digested: trusted by its stat, or hashed again
    (and then restamped). False when its bytes changed."""
    if unchanged_since(_in_store(root, name, folder), stamp.identity, stamp.read_at, folder):
        walk.trusted[name] = stamp.identity
        return True
    fresh = _rehashed(root, name, stamp.digest)
    if fresh is None:
        return False
    walk.restamped.append((name, role, fresh))
    return True


def _look_at_entries(
    root: Path, file: StoreFile, name: str, stamp: Stamp | None, folder: int | None, walk: _Walk
) -> None:
    """An events/claims file, trusted by its stat, hashed again to the same digest (restamped), or changed (read,
    or unreadable: read_entries says why, located)."""
    if stamp is not None and unchanged_since(_in_store(root, name, folder), stamp.identity, stamp.read_at, folder):
        walk.trusted[name] = stamp.identity
        return
    try:
        data, fresh = read_stamped(file.path, file.store)
    except Unreadable:
        walk.changed[name] = (file, None)
        return
    if stamp is not None and fresh.digest == stamp.digest:
        walk.restamped.append((name, "entries", fresh))
    else:
        walk.changed[name] = (file, (data, fresh))


def _settled_after(before: Settled, walk: _Walk, suspects: list[str] | None = None) -> Settled | None:
    """The store's files as this run leaves them: the identities `before` records (none when every file was looked
    at), with the `suspects`' as this run found them; a file read or hashed again too soon after its last change for
    its identity to vouch for it is unvouched (the next run looks it up again). None when a file could not be read
    (the run fails) or an identity does not pack."""
    fresh = {name: stamp for name, _, stamp in walk.restamped}
    for name, (_, read) in walk.changed.items():
        if read is None:
            return None
        fresh[name] = read[1]
    found = {**walk.trusted, **{name: stamp.identity for name, stamp in fresh.items()}}
    names = before.names()
    if suspects is None:
        identities = packed_identities(map(int, found[name].split(":")) for name in names)
    else:
        at = {name: number for number, name in enumerate(names)}
        identities = repacked(before.identities, {at[name]: found[name].split(":") for name in suspects})
    unvouched = "\n".join(sorted(name for name, stamp in fresh.items() if not stamp.vouches()))
    return Settled(before.listed, before.seeds, identities, unvouched) if identities is not None else None


def _listed_differing(settled: Settled | None, root: Path) -> list[str] | None:
    """The names the store lists (core and events/claims files, not seeds) whose stat identity is not the one
    `settled` records, each stat'ed once for the run ([] when none). None when the store lists other names than the
    record, there is no record, or one cannot be stat'ed: every file is then compared with the files table."""
    if settled is None or "\n".join(listed_names(root) or ()) != settled.listed:
        return None
    return _differing(settled, root, settled.listed.split("\n"))


def _suspects(settled: Settled | None, listed: list[str] | None, root: Path) -> list[str] | None:
    """The files to look at again when the store lists the names `settled` records: those whose stat identity is
    not the one recorded (`listed`, the listed names' found by _listed_differing, then the seeds'), and those it
    could not vouch for ([] when none: the cache is as the store). The names of two folders' listings and a stat of
    each file are compared, each as one text; neither the files table nor store_files (a path object and a stat per
    listed file, then a stat again here) is gone through: a name store_files would refuse is never recorded, and a
    file of the same identity is the same unchanged inode, so still the regular file it was. None when `listed` is
    (other names listed, or no record): every file is then compared with the files table."""
    if settled is None or listed is None:
        return None
    seeds = settled.seeds.split("\n") if settled.seeds else []
    found = _differing(settled, root, seeds, first=settled.listed.count("\n") + 1)
    if found is None:
        return None
    return list(dict.fromkeys([*listed, *found, *filter(None, settled.unvouched.split("\n"))]))


def _differing(settled: Settled, root: Path, names: list[str], first: int = 0) -> list[str] | None:
    """Which of `names` (those of settled.names() from position `first` on, in its order) have another stat identity
    than the record's; None when one cannot be stat'ed or an identity does not pack."""
    with _store_folder(root) as folder:
        identities = _identities(root, names, folder)
    if identities is None:
        return None
    recorded = settled.identities[first * IDENTITY_BYTES : first * IDENTITY_BYTES + len(identities)]
    return [names[position] for position in differing(recorded, identities)]


def _identities(root: Path, names: list[str], folder: int | None) -> bytes | None:
    """These files' stat identities, packed (packed_identities), each stat'ed by its name inside the open store
    `folder`: 21,253 files at 1,000,000 events, in C, no Python loop. None when one cannot be stat'ed or packed."""
    where = names if folder is not None else [os.path.join(root, name) for name in names]
    try:
        return packed_identities(map(identity_numbers, map(partial(os.stat, dir_fd=folder), where)))
    except OSError:
        return None


def _seeds_deferred(
    cache: Cache, settled: Settled | None, listed: list[str] | None, root: Path, progress: bool
) -> _CitedSeeds | None:
    """The seeds left to check as rows cite them, when every other file of the store is as `settled` records and
    vouched for (the store lists the same names, none of which differs: `listed` is [], see _listed_differing);
    None otherwise: the run then looks at the seeds as _suspects says."""
    if settled is None or listed != []:
        return None
    unvouched = set(filter(None, settled.unvouched.split("\n")))
    if not unvouched.isdisjoint(settled.listed.split("\n")):
        return None
    return _CitedSeeds(cache, root, settled, unvouched, progress)


class _CitedSeeds:
    """The seeds of a settled store checked only as served rows cite them (cache.deferred_seeds): at 1,000,000
    events 20,000 of the store's 21,253 files are seeds, and a narrow query's rows cite a few hundred. A served
    event or claim depends on a seed through its quote alone (checked against the article when its file was read)
    and a source through its sha256: so a row is served only once the seeds of its sources are found as the
    settled record vouched for them, by the same stat identity, or hashed again to the same digest. A seed found
    changed, removed or unreadable is handled as a run that looks at every file handles it: the whole store read
    and checked again (in memory: a changed seed's sources.yaml digest no longer matches, so the run fails with
    every problem listed). Called with None, every seed is checked: an answer that may stream past one batch, or
    any whole-store answer, before its first byte."""

    def __init__(self, cache: Cache, root: Path, settled: Settled, unvouched: set[str], progress: bool) -> None:
        self._cache, self._root, self._progress = cache, root, progress
        self._seeds = settled.seeds.split("\n") if settled.seeds else []  # sorted: a name is found by bisection
        self._first = settled.listed.count("\n") + 1  # the first seed's place in settled.identities
        self._recorded = settled.identities
        self._unvouched = unvouched
        self._sources: set[str] = set()  # sources whose seeds were checked
        self._vouched: set[str] = set()  # seeds checked, by name in the store
        self._every = False

    def __call__(self, sources: Iterable[str] | None) -> None:
        if self._every:
            return
        if sources is None:
            width = IDENTITY_BYTES
            self._check(self._seeds, self._recorded[self._first * width : (self._first + len(self._seeds)) * width])
            self._every = True
            return
        wanted = [source for source in set(sources) if source not in self._sources]
        if not wanted:
            return
        rows = self._cache.source_rows(wanted)
        if len(rows) != len(wanted):
            self._cache.damaged("a source cited by an event row has no row")
        names = sorted({f"seeds/{entry['seed']}" for entry, _ in rows.values()}.difference(self._vouched))
        if names:
            self._check(names, b"".join(map(self._recorded_identity, names)))
        self._sources.update(wanted)

    def _recorded_identity(self, name: str) -> bytes:
        """A seed's packed identity as the settled record holds it."""
        at = bisect_left(self._seeds, name)
        if at == len(self._seeds) or self._seeds[at] != name:
            self._cache.damaged("a cited seed is not in the settled record")
        at += self._first
        return self._recorded[at * IDENTITY_BYTES : (at + 1) * IDENTITY_BYTES]

    def _check(self, names: list[str], recorded: bytes) -> None:
        """These seeds, whose identities the record holds as `recorded`, found as it vouched for them, or hashed
        again to the same digest: else the store is read again (_changed)."""
        with _store_folder(self._root) as folder:
            found = _identities(self._root, names, folder)
            suspects = names if found is None else [names[at] for at in differing(recorded, found)]
            suspects = list(dict.fromkeys([*suspects, *self._unvouched.intersection(names)]))
            rows = self._cache.files_named(suspects) if suspects else []
            walk = _Walk({}, [], {}, [])
            if len(rows) != len(suspects) or not all(
                _core_file_holds(self._root, name, role, Stamp(digest, identity, read_at), folder, walk)
                for name, role, digest, identity, read_at in rows
            ):
                self._changed()
        self._vouched.update(names)

    def _changed(self) -> NoReturn:
        """A cited seed changed: the store read whole and checked, as a run that looks at every file does when a
        seed changed (it fails: the seed no longer has the sha256 sources.yaml gives it)."""
        _build(self._root, *store_files(self._root), None, self._progress)
        why = "changed while koursk read the store: run the command again"
        raise StoreError([Problem(str(self._root / "seeds"), 1, 1, why)])


def _restamp(
    cache: Cache, restamped: list[tuple[str, str, Stamp]], code_files: str | None, settled: Settled | None = None
) -> None:
    """Record the new stamps of files hashed again (same bytes), of the code and of the files as this run found
    them, when no other koursk holds the cache: they only spare the next run some work, and it records them if this
    run cannot."""
    if restamped or code_files or (settled is not None and cache.settled() != settled):
        unwritten = (CacheBusy, CacheUnwritten, sqlite3.OperationalError)  # a reader's lock, a read-only or full disk
        with contextlib.suppress(*unwritten), cache.writing(wait=False):
            _record(cache, restamped=restamped, code_files=code_files, settled=settled)


def _record(
    cache: Cache, *, restamped: list[tuple[str, str, Stamp]], code_files: str | None, settled: Settled | None
) -> None:
    """Inside a write transaction: the stamps, the code files' stamp and the settled record (after the stamps,
    whose writing clears it)."""
    cache.put_stamps(restamped)
    if code_files:
        cache.set_meta("code_files", code_files)
    if settled is not None:
        cache.put_settled(settled)


@contextlib.contextmanager
def _store_folder(root: Path) -> Iterator[int | None]:
    """The store's folder, open so that each file is stat'ed by its name inside it: no path joined, converted and
    resolved from the root for each of 21,253 files at 1,000,000 events. None where that cannot be done (the names
    are then taken from the working directory, joined to the root)."""
    if os.stat not in os.supports_dir_fd:
        yield None
        return
    try:
        folder = os.open(root, getattr(os, "O_PATH", os.O_RDONLY) | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        yield None
        return
    try:
        yield folder
    finally:
        os.close(folder)


def _in_store(root: Path, name: str, folder: int | None) -> str:
    """A file's path for unchanged_since: its name inside the open folder, else joined to the root."""
    return name if folder is not None else os.path.join(root, name)


def _rehashed(root: Path, name: str, digest: str) -> Stamp | None:
    """A core file or seed whose stat no longer vouches for it (it changed, or too close to its last read to trust
    its times), hashed again: a fresh stamp when it still holds the bytes `digest` names, None when they changed."""
    try:
        fresh = read_stamped(root / name, root, MAX_SEED_BYTES)[1]
    except Unreadable:
        return None
    return fresh if fresh.digest == digest else None


def _name(file: StoreFile) -> str:
    return f"data/{file.key}"


def _read_changed(
    cache: Cache, changed: dict[str, tuple[StoreFile, tuple[bytes, Stamp] | None]]
) -> dict[str, FileEntries]:
    """The changed files, each read and checked against the cached core: its context, and each source an event of
    the files cites found in its own verified row, its publication date the context's (CitedDates; a store of
    1,000,000 events has 20,000 sources, whose whole part took ~0.1 s to parse)."""
    seeds = SeedTexts(cache)
    with cache.reading():  # one shared lock for the thousands of lookups, not one each
        context = context_from(cache.context_part(), seeds, cache.damaged)
        sources = CitedDates(cache, context.published)

        def fetch(cited: list[str]) -> None:  # a few statements for the ~1,900 a file of 1,000 events cites
            seeds.fetch(cited)
            sources.fetch(cited)

        fresh = {
            name: read_entries(file, context, sources, read=read, cited=fetch) for name, (file, read) in changed.items()
        }
    problems = [p for entries in fresh.values() for p in entries.problems]
    if problems:
        raise StoreError(problems)
    return fresh


def _replace_files(
    cache: Cache,
    listing: Listing,
    fresh: dict[str, FileEntries],
    gone: list[str],
    record: Callable[[Cache], None],
    *,
    copied: bool = False,
) -> None:
    """Swap the changed files' rows in one transaction, with what `record` writes (the stamps and settled record
    of this run), in a copy koursk has just made when `copied`."""
    with cache.writing(copied=copied, rows=sum(len(entries.events) for entries in fresh.values())):
        kept = cache.forget_files([*fresh, *gone], keeping=fresh)
        for name, entries in fresh.items():
            cache.put_entries(name, entries, kept.get(name))
            if entries.stamp is not None:
                cache.put_stamps([(name, "entries", entries.stamp)])
        if cache.duplicate_ids(record_id for entries in fresh.values() for record_id, _, _ in entries.ids):
            ids = cache.file_ids()
            raise StoreError(duplicates([(file, ids.get(_name(file), [])) for file in listing()[1]]))
        events_changed = any(name.startswith("data/events/") for name in [*fresh, *gone])
        found = _link_problems(cache, listing, None if events_changed else list(fresh))
        if found:
            raise StoreError(found)
        cache.widen_span(facts.end - facts.start for entries in fresh.values() for facts, _, _ in entries.events)
        record(cache)


def _uncached(root: Path, listing: Listing, progress: bool, warn: Warn | None, why: str) -> Store:
    """The store read whole into memory, when its cache cannot be used for `why` (said once through `warn`)."""
    if warn:
        warn(f"koursk: warning: cache not used ({why}); this run reads the whole store")
    return _serve(_build(root, *listing(), None, progress))


def _build(
    root: Path, core_files: list[StoreFile], entry_files: list[StoreFile], path: Path | None, progress: bool
) -> Cache:
    """Read and check every file, writing rows as each file's result comes (a file, or memory when `path` is None)."""

    core, problems = read_core(root, core_files)
    if problems and all(p.draft for p in problems):
        raise StoreError(problems)  # never cached: load_store reads its curated part, and every problem, whole
    with building(path, _meta(root)) as cache:
        if not problems:
            parts = {**{kind: core.kept[kind] for kind in CORE_KINDS}, "context": context_part(core.context)}
            cache.put_core(parts, dict(core.context.seed_texts))
            cache.put_stamps(_core_stamps(core))
        with contextlib.closing(read_each(entry_files, core, progress, build=not problems)) as read:
            for file, entries in read:
                problems.extend(entries.problems)
                if not problems:
                    _put(cache, file, entries)
                elif entries.problems and all(p.draft for p in problems):
                    raise StoreError(problems)  # as above: a draft, the first problem met
        if not problems and cache.duplicate_ids():
            ids = cache.file_ids()
            problems.extend(duplicates([(file, ids.get(_name(file), [])) for file in entry_files]))
        if not problems:
            problems.extend(_link_problems(cache, lambda: ([], entry_files)))
        if problems:
            raise StoreError(problems)
        cache.finish_build()
    return cache


def _link_problems(cache: Cache, listing: Listing, files: list[str] | None = None) -> list[Problem]:
    """The claims' `event:` links (of the claims in `files` only, when only claims files changed) checked against
    the cached events (store/links.py)."""
    from .links import link_of, link_problems

    links = [link for name, _, line, col, text in cache.claim_links(files) if (link := link_of(name, line, col, text))]
    found = link_problems(links, cache.event_sources(link.event for link in links).get, cache.event_ids)
    if not found:
        return []
    shown = {_name(file): file.display for file in listing()[1]}  # 1,250 paths at 1M: only to tell a problem
    return [problem._replace(path=shown.get(problem.path, problem.path)) for problem in found]


def _put(cache: Cache, file: StoreFile, entries: FileEntries) -> None:
    cache.put_entries(_name(file), entries)
    if entries.stamp is not None:
        cache.put_stamps([(_name(file), "entries", entries.stamp)])


def _core_stamps(core: Core) -> list[tuple[str, str, Stamp]]:
    return [(name, "seed" if name.startswith("seeds/") else "core", stamp) for name, stamp in core.stamps.items()]


def _serve(cache: Cache) -> Store:
    cache.hold_snapshot()
    # The sources and their dates are parsed from the cache only when a command uses one: a query printing cached
    # JSON needs none, `show EVENT` reads the rows of the few its event cites (indexed.CachedSources), and at
    # 1,000,000 events they are 20,000 articles (6 MB of JSON, 30-60 ms and ~30 MB to load for a listing). The
    # parts' checksums are checked now, inside load_store's retry: damage found there is rebuilt, not a failed run.
    cache.verify_core(("source", "context"))
    _, entities, topics = core_objects(
        {"source": [], "entity": cache.core_entries("entity"), "topic": cache.core_entries("topic")}, {}
    )
    sources = CachedSourceObjects(CachedSources(cache), lambda row: source_from(row[0], parse_edtf(row[1])))
    event_texts = SqlEventTexts(cache)
    return Store(
        sources,
        entities,
        topics,
        LazyTable(event_texts, lambda record: event_from_record(record, sources), memo=False),
        LazyTable(SqlClaimTexts(cache), claim_from_row, memo=False),  # a scan holds none
        SqlFacts(cache, cache.max_span()),
        event_texts,
        SqlEventTexts(cache, words=True),
        cache.close,
    )


__all__ = ["Problem", "load_store"]
