"""Find, read, validate and cross-check a store, then build the model. All problems are gathered before failing.

A store is read in two layers. The core (sources.yaml, entities.yaml, topics.yaml and the seeds) is small and
yields a Context. Each events/claims file is then checked against that Context on its own, which is what lets the
cache re-read only the files that changed, and lets a cold load spread the files over every core.
"""

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import Bilingual, Claim, Coordinates, Entity, Event, EventFacts, Measure, Source, Store, Topic
from ..problems import Problem, StoreError
from .context import Context
from .workstore import default_store_root as default_store_root  # re-exported: older imports
from .workstore import resolve_store_root as resolve_store_root

if TYPE_CHECKING:
    from .checks import Record
    from .located import LocatedMap

_CORE_FILES = (
    ("sources.yaml", "sources", "source"),
    ("entities.yaml", "entities", "entity"),
    ("topics.yaml", "topics", "topic"),
)
_FOLDERS = (("events", "event"), ("claims", "claim"))
PARALLEL_FROM_FILES = 16  # below this, starting worker processes costs more than it saves

Fingerprint = tuple[int, int]  # size, mtime in ns
Warn = Callable[[str], None]


class StoreFile(NamedTuple):
    path: Path
    kind: str  # the top-level key: sources, entities, topics, events, claims
    item: str  # one entry: source, entity, topic, event, claim

    @property
    def display(self) -> str:
        """Paths in messages: relative to the working directory when below it, absolute otherwise."""
        try:
            relative = os.path.relpath(self.path)
        except ValueError:
            return str(self.path)
        return str(self.path) if relative.startswith("..") else relative

    @property
    def key(self) -> str:
        """The file's name inside the store (`events/front.yaml`), whichever path led to the store."""
        return f"{self.path.parent.name}/{self.path.name}"


def store_files(root: Path) -> tuple[list[StoreFile], list[StoreFile]]:
    """The core files, and the events/claims files (sorted, so ids and problems come out in a stable order)."""
    data = root / "data"
    if not data.is_dir():
        where = StoreFile(root, "", "").display
        raise StoreError(
            [Problem(where, 1, 1, "not a koursk store: it has no data/ folder (a store holds data/ and seeds/)")]
        )
    core = [StoreFile(data / name, kind, item) for name, kind, item in _CORE_FILES]
    entries: list[StoreFile] = []
    problems: list[Problem] = []
    for folder, item in _FOLDERS:
        found, trouble = _folder_files(data / folder)
        entries.extend(StoreFile(path, folder, item) for path in found)
        problems.extend(trouble)
    if problems:  # a store with a file koursk cannot see is not the store its author wrote: never answer from it
        raise StoreError(problems)
    return core, entries


def _folder_files(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The *.yaml files of events/ or claims/, sorted; anything there that cannot be read as one is a problem."""
    import stat

    where = StoreFile(directory, "", "").display
    folder = directory.name
    try:
        listing = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except FileNotFoundError:
        return [], [
            Problem(where, 1, 1, f"{folder}: missing folder (a store keeps its {folder} in data/{folder}/*.yaml)")
        ]
    except NotADirectoryError:
        return [], [
            Problem(where, 1, 1, f"{folder}: not a folder (a store keeps its {folder} in data/{folder}/*.yaml)")
        ]
    except OSError as error:
        return [], [Problem(where, 1, 1, f"{folder}: cannot list the folder: {error.strerror or error}")]
    found: list[Path] = []
    problems: list[Problem] = []
    for entry in listing:
        if os.path.splitext(entry.name)[1] not in (".yaml", ".yml"):
            continue
        path = Path(entry.path)
        display = StoreFile(path, "", "").display
        try:
            mode = entry.stat().st_mode  # follows a symlink, as reading it would
        except OSError as error:
            reason = "a dangling symlink" if entry.is_symlink() else "unreadable"
            problems.append(Problem(display, 1, 1, f"the file is {reason}: {error.strerror or error}"))
            continue
        if stat.S_ISREG(mode):
            found.append(path)
        else:
            from .yamldoc import file_kind

            problems.append(Problem(display, 1, 1, f"the file is {file_kind(mode)}, not a regular file"))
    return found, problems


def fingerprint(path: Path) -> Fingerprint | None:
    try:
        stat = path.stat()
    except (OSError, ValueError):  # ValueError: a NUL in the name, which the check reports
        return None
    return stat.st_size, stat.st_mtime_ns


_schema_cache: dict[str, Any] = {}


def load_schema() -> dict[str, Any]:
    """The store schema that ships with koursk (custom stores are held to the same rules)."""
    if not _schema_cache:
        import json

        path = default_store_root() / "data" / "schema.json"
        _schema_cache.update(json.loads(path.read_text(encoding="utf-8")))
    return _schema_cache


def read_records(file: StoreFile, schema: dict[str, Any]) -> "tuple[list[Record], list[Record], list[Problem]]":
    """One file's valid records, invalid (but id-bearing) records and problems."""
    from .checks import Record
    from .validate import validate_file
    from .yamldoc import parse_yaml, read_text

    display = file.display
    if not file.path.exists():
        return [], [], [Problem(display, 1, 1, f"missing store file (expected a list under '{file.kind}:')")]
    text, problems = read_text(file.path, display)
    if text is None:
        return [], [], problems
    value, problems = parse_yaml(text, display)
    if problems:
        return [], [], problems
    valid, invalid, problems = validate_file(value, schema, file.kind, file.item, display)
    return (
        [Record(file.item, display, entry) for entry in valid],
        [Record(file.item, display, entry) for entry in invalid],
        problems,
    )


# --- the core: sources, entities, topics, seeds ---------------------------------------------------------------


class Core(NamedTuple):
    sources: dict[str, Source]
    entities: dict[str, Entity]
    topics: dict[str, Topic]
    context: Context
    fingerprints: dict[str, Fingerprint | None]  # core files and seeds, by path relative to the store


def _bilingual(value: dict[str, str]) -> Bilingual:
    return Bilingual(en=value["en"], fr=value["fr"])


def _core_fingerprints(root: Path, seeds: list[str]) -> dict[str, Fingerprint | None]:
    paths = [f"data/{name}" for name, _, _ in _CORE_FILES] + [f"seeds/{name}" for name in seeds]
    return {path: fingerprint(root / path) for path in paths}


def read_core(root: Path, files: list[StoreFile]) -> tuple[Core, list[Problem]]:
    from .checks import check_core

    schema = load_schema()
    records: list[Record] = []
    partial: list[Record] = []
    problems: list[Problem] = []
    for file in files:
        valid, invalid, found = read_records(file, schema)
        records.extend(valid)
        partial.extend(invalid)
        problems.extend(found)
    seed_names = sorted({r.data["seed"] for r in records if r.kind == "source"})
    seeds: dict[str, bytes | str | None] = {name: _seed(root / "seeds" / name) for name in seed_names}
    found, context = check_core(records, seeds, partial)
    problems.extend(found)
    sources: dict[str, Source] = {}
    entities: dict[str, Entity] = {}
    topics: dict[str, Topic] = {}
    for record in records:
        data: LocatedMap = record.data
        if record.kind == "source" and data["id"] in context.published:
            sources[data["id"]] = Source(
                id=data["id"], seed=data["seed"], sha256=data["sha256"], outlet=data["outlet"],
                language=data["language"], title=_bilingual(data["title"]), published=context.published[data["id"]],
                published_basis=data["published_basis"], notes=tuple(data.get("notes", ())), url=data.get("url"),
                author=data.get("author"), retrieved=data.get("retrieved"),
            )  # fmt: skip
        elif record.kind == "entity":
            coordinates = data.get("coordinates")
            entities[data["id"]] = Entity(
                id=data["id"], kind=data["kind"], name=_bilingual(data["name"]), aliases=tuple(data.get("aliases", ())),
                coordinates=Coordinates(coordinates["lat"], coordinates["lon"]) if coordinates else None,
                note=data.get("note"), part_of=data.get("part_of"),
            )  # fmt: skip
        elif record.kind == "topic":
            topics[data["id"]] = Topic(
                id=data["id"], name=_bilingual(data["name"]), aliases=tuple(data.get("aliases", ())),
                measures=tuple(Measure(m["id"], _bilingual(m["description"])) for m in data["measures"]),
                units=tuple(data.get("units", ())),
            )  # fmt: skip
    return Core(sources, entities, topics, context, _core_fingerprints(root, seed_names)), problems


def _seed(path: Path) -> bytes | str:
    """A seed's bytes, or why it cannot be read (missing, a FIFO or device, too large, no permission)."""
    from .yamldoc import MAX_SEED_BYTES, Unreadable, read_bounded

    try:
        return read_bounded(path, MAX_SEED_BYTES)
    except Unreadable as error:
        return "does not exist" if not os.path.lexists(path) and "\0" not in str(path) else str(error)


# --- events and claims, one file at a time ------------------------------------------------------------------


class FileEntries(NamedTuple):
    """What one events/claims file contributes, as plain values the cache can keep."""

    fingerprint: Fingerprint | None
    ids: tuple[tuple[str, int, int], ...]  # id, line, column: for the store-wide duplicate check
    facts: tuple[EventFacts, ...]  # of each event, in file order
    texts: bytes  # each event's JSON text, in the same order, UTF-8, one per line (see tables.EventTexts)
    claims: tuple[tuple[str, str], ...]  # id, JSON text of the claim's own fields
    problems: tuple[Problem, ...]


def read_entries(file: StoreFile, context: Context, sources: dict[str, Source], *, build: bool = True) -> FileEntries:
    """Check one events/claims file; build its entries only when it and the core are sound (`build`)."""
    import json

    from ..query import facts_of
    from ..records import claim_from_row, claim_row, event_from_record, event_record
    from .checks import check_entries

    valid, _, problems = read_records(file, load_schema())
    found, _ = check_entries(valid, context)
    problems.extend(found)
    ids = tuple((r.data["id"], *r.mark("id")) for r in valid)
    if not build or any(not p.draft for p in problems):
        return FileEntries(fingerprint(file.path), ids, (), b"", (), tuple(problems))
    facts: list[EventFacts] = []
    texts: list[str] = []
    claims: list[tuple[str, str]] = []
    for record in valid:
        if record.kind == "event":
            event = event_from_record(record.data, sources)
            texts.append(json.dumps(event_record(event), ensure_ascii=False))  # never a raw newline inside
            facts.append(facts_of(event, sources))
        else:
            claim = claim_from_row(record.data)
            claims.append((claim.id, json.dumps(claim_row(claim), ensure_ascii=False)))
    blob = "\n".join(texts).encode("utf-8")
    return FileEntries(fingerprint(file.path), ids, tuple(facts), blob, tuple(claims), tuple(problems))


_worker_state: dict[str, Any] = {}


def _init_worker(context: Context, sources: dict[str, Source], build: bool) -> None:
    _worker_state.update(context=context, sources=sources, build=build)


def _read_in_worker(file: StoreFile) -> FileEntries:
    return read_entries(file, _worker_state["context"], _worker_state["sources"], build=_worker_state["build"])


def _read_all(files: list[StoreFile], core: Core, show_progress: bool, build: bool) -> dict[str, FileEntries]:
    """Read files on every core when there are many; report progress on a terminal."""
    progress = _Progress(len(files)) if show_progress and len(files) >= PARALLEL_FROM_FILES else None
    results: dict[str, FileEntries] = {}
    workers = min(len(files) // PARALLEL_FROM_FILES, os.cpu_count() or 1)
    if workers < 2:
        for file in files:
            results[file.key] = read_entries(file, core.context, core.sources, build=build)
            if progress:
                progress.step()
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(core.context, core.sources, build)
        ) as pool:
            for file, entries in zip(files, pool.map(_read_in_worker, files, chunksize=8), strict=True):
                results[file.key] = entries
                if progress:
                    progress.step()
    if progress:
        progress.done()
    return results


class _Progress:
    """A one-line counter on stderr, for the first (cold) load of a large store."""

    def __init__(self, total: int) -> None:
        self.total, self.count = total, 0

    def step(self) -> None:
        self.count += 1
        if self.count % 10 == 0 or self.count == self.total:
            width = 30
            filled = width * self.count // self.total
            sys.stderr.write(
                f"\rkoursk: reading the store [{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total} files"
            )
            sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def _duplicates(files: list[StoreFile], entries: dict[str, FileEntries]) -> list[Problem]:
    """Event and claim ids share one namespace across every file."""
    ids = [entry[0] for file in files for entry in entries[file.key].ids]
    if len(set(ids)) == len(ids):  # the usual case, counted at C speed; only a duplicate needs the positions
        return []
    first_seen: dict[str, tuple[StoreFile, int]] = {}
    problems = []
    for file in files:
        for record_id, line, col in entries[file.key].ids:
            if record_id in first_seen:
                where, first_line = first_seen[record_id]
                message = f"{file.item} '{record_id}': duplicate id '{record_id}' (first used in {where.display}:{first_line})"
                problems.append(Problem(file.display, line, col, message))
            else:
                first_seen[record_id] = (file, line)
    return problems


def _event(record: dict[str, Any], sources: dict[str, Source]) -> Event:
    from ..records import event_from_record  # only once an event object is asked for: `--json` never needs one

    return event_from_record(record, sources)


def _claim(record: dict[str, Any]) -> Claim:
    from ..records import claim_from_row

    return claim_from_row(record)


def _search_text(record: dict[str, Any]) -> str:
    from ..records import search_text

    return search_text(record)


def _assemble(core: Core, files: list[StoreFile], entries: dict[str, FileEntries]) -> Store:
    from .tables import EventTexts, LazyTable

    claim_texts: dict[str, str] = {}
    facts: list[EventFacts] = []
    blobs: list[tuple[tuple[EventFacts, ...], bytes]] = []
    for file in files:
        found = entries[file.key]
        facts.extend(found.facts)
        blobs.append((found.facts, found.texts))
        claim_texts.update(found.claims)
    event_texts = EventTexts(blobs)
    sources = core.sources
    events: LazyTable[Event] = LazyTable(event_texts, lambda record: _event(record, sources), memo=False)
    claims: LazyTable[Claim] = LazyTable(claim_texts, _claim)
    searchable: LazyTable[str] = LazyTable(event_texts, _search_text, memo=False)
    return Store(core.sources, core.entities, core.topics, events, claims, facts, event_texts, searchable)


def load_store(
    root: Path, *, use_cache: bool = True, show_progress: bool = False, warn: Warn | None = None, drafts: bool = False
) -> Store:
    """Load and fully check the store at `root`; raise StoreError listing every problem.

    With `use_cache`, a copy of what was read is kept in the user's cache directory; on the next run only files
    whose size or modification time changed are read again (all of them when the core changed).
    With `drafts`, placeholders left by `koursk extract` are not problems (so a curator can draft an article while
    others are still in progress); such a load is never cached, and only `extract` asks for it.
    """
    from .cache import StoreCache

    use_cache = use_cache and not drafts
    core_files, entry_files = store_files(root)
    cache = StoreCache.for_store(root) if use_cache else None
    saved = cache.load() if cache else None
    core: Core | None = saved.core if saved else None
    problems: list[Problem] = []
    if core is None or _core_fingerprints(root, sorted({s.seed for s in core.sources.values()})) != core.fingerprints:
        core, problems = read_core(root, core_files)
        saved = None
    cached = saved.entries if saved else {}
    entries: dict[str, FileEntries] = {}
    stale: list[StoreFile] = []
    for file in entry_files:
        known = cached.pop(file.key, None)
        if known is not None and known.fingerprint == fingerprint(file.path):
            entries[file.key] = known
        else:
            stale.append(file)
    # Left in `cached`: files that have gone. Changed ones were dropped above, before their new version is read.
    build = all(p.draft for p in problems)
    entries.update(_read_all(stale, core, show_progress and saved is None, build=build))
    problems.extend(p for e in entries.values() for p in e.problems)
    unchanged = saved is not None and not stale and not cached
    if not unchanged:  # a cache is only ever saved from a load without problems, duplicates included
        problems.extend(_duplicates(entry_files, entries))
    if drafts:
        problems = [p for p in problems if not p.draft]
    if problems:
        raise StoreError(problems)
    if cache and not unchanged:
        warning = cache.save(core, entries, fresh={file.key for file in stale}, previous=saved)
        if warning and warn:
            warn(warning)
    return _assemble(core, entry_files, entries)
