"""Find, read, validate and cross-check a store, then build the model. All problems are gathered before failing.

A store is read in two layers. The core (sources.yaml, entities.yaml, topics.yaml and the seeds) is small and
yields a Context. Each events/claims file is then checked against that Context on its own, which is what lets the
cache re-read only the files that changed, and lets a cold load spread the files over every core. Every file is
read once, as bytes that are both digested (the cache's key, see stamps.Stamp) and parsed.

This module does not use the cache: store/open.py puts the two together.
"""

import contextlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..codec import claim_from_row, claim_row, event_from_record, record_text
from ..dates import DateError, FuzzyDate, store_date
from ..entryrow import event_row
from ..model import Bilingual, Claim, Coordinates, Dated, Entity, Event, EventFacts, Measure, Source, Store, Topic
from ..problems import MAX_PROBLEMS_PER_FILE, TOO_MANY_IDS, Problem, StoreError, duplicate_id, limited
from ..signals import parallel_map
from ..textnorm import normalise_quote, printable_name, shown
from .cachefile import is_left_cache_folder
from .context import Context
from .files import MAX_SEED_BYTES, Unreadable, file_kind
from .located import plain_value
from .stamps import Stamp, read_stamped
from .tables import LazyTable
from .workstore import default_store_root as default_store_root  # re-exported: older imports
from .workstore import interrupted_init
from .workstore import resolve_store_root as resolve_store_root

if TYPE_CHECKING:
    from .checks import Record

_CORE_FILES = (
    ("sources.yaml", "sources", "source"),
    ("entities.yaml", "entities", "entity"),
    ("topics.yaml", "topics", "topic"),
)
_FOLDERS = (("events", "event"), ("claims", "claim"))
_IN_DATA = {name for name, _, _ in _CORE_FILES} | {folder for folder, _ in _FOLDERS} | {"schema.json"}
_DESKTOP_FILES = ("Thumbs.db", "desktop.ini")  # what Windows Explorer leaves in a shared folder unasked
PARALLEL_FROM_FILES = 16  # below this, starting worker processes costs more than it saves

Warn = Callable[[str], None]


class StoreFile(NamedTuple):
    path: Path
    kind: str  # the top-level key: sources, entities, topics, events, claims
    item: str  # one entry: source, entity, topic, event, claim

    @property
    def display(self) -> str:
        """Paths in messages: relative to the working directory when below it, absolute otherwise (and when there is
        no working directory any more: it was removed)."""
        try:
            relative = os.path.relpath(self.path)
        except (ValueError, FileNotFoundError):
            return str(self.path)
        return str(self.path) if relative.startswith("..") else relative

    @property
    def store(self) -> Path:
        """The store's folder: `data/NAME` is in it, `data/events/NAME` one folder further."""
        return self.path.parents[2 if self.kind in dict(_FOLDERS) else 1]

    @property
    def key(self) -> str:
        """The file's name inside the store (`events/front.yaml`), whichever path led to the store."""
        return f"{self.path.parent.name}/{self.path.name}"


def store_files(root: Path) -> tuple[list[StoreFile], list[StoreFile]]:
    """The core files, and the events/claims files (sorted, so ids and problems come out in a stable order)."""
    data = root / "data"
    if not data.is_dir():
        where = StoreFile(root, "", "").display
        said = interrupted_init(root) or "it has no data/ folder (a store holds data/ and seeds/)"
        raise StoreError([Problem(where, 1, 1, f"not a koursk store: {said}")])
    core = [StoreFile(data / name, kind, item) for name, kind, item in _CORE_FILES]
    entries: list[StoreFile] = []
    problems = _strays(data)
    for folder, item in _FOLDERS:
        found, trouble = _folder_files(data / folder)
        entries.extend(StoreFile(path, folder, item) for path in found)
        problems.extend(trouble)
    if problems:  # a store with a file koursk cannot see is not the store its author wrote: never answer from it
        raise StoreError(problems)
    return core, entries


def entries_file(root: Path, name: str) -> StoreFile:
    """An events or claims file by its name inside the store (`data/events/front.yaml`), as store_files gives it."""
    _, folder, file_name = name.split("/")
    return StoreFile(root / "data" / folder / file_name, folder, dict(_FOLDERS)[folder])


def _folder_files(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The *.yaml files of events/ or claims/, sorted; anything there that cannot be read as one is a problem."""

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
        if not _listed(entry.name):
            if not _ignored(entry.name) and not is_left_cache_folder(entry.path):  # check warns of an old cache
                problems.append(Problem(StoreFile(Path(entry.path), "", "").display, 1, 1, _not_read(entry, folder)))
            continue
        path = Path(entry.path)
        if not printable_name(entry.name):
            problems.append(
                Problem(StoreFile(path, "", "").display, 1, 1, "the file's name is not printable UTF-8: rename it")
            )
            continue
        try:
            mode = entry.stat().st_mode  # follows a symlink, as reading it would
        except OSError as error:
            reason = "a dangling symlink" if entry.is_symlink() else "unreadable"
            problems.append(
                Problem(StoreFile(path, "", "").display, 1, 1, f"the file is {reason}: {error.strerror or error}")
            )
            continue
        if stat.S_ISREG(mode):
            found.append(path)
        else:
            problems.append(
                Problem(StoreFile(path, "", "").display, 1, 1, f"the file is {file_kind(mode)}, not a regular file")
            )
    return found, problems


def _listed(name: str) -> bool:
    """Whether a name in events/ or claims/ is one of the store's files (anything else there is not read). A name
    left alone never is, whatever it ends with: an Emacs lock `.#front.yaml` was read, and broke every command
    (rev18 L6)."""
    return not _ignored(name) and os.path.splitext(name)[1] in (".yaml", ".yml")


def _ignored(name: str) -> bool:
    """Names in data/, events/ or claims/ that are nobody's store file, left alone: hidden ones (koursk's
    temporaries, editors' swap and lock files), the backups editors make unasked (`NAME~`, `#NAME#`) and the files
    Windows Explorer adds. Anything else there is a problem: a store whose file koursk would skip
    (`politics.yaml.txt` as Notepad saves it, `politics.YAML`, a subfolder) is not the store its author wrote, and
    answering without its events would be silent."""
    return (
        name.startswith(".")
        or name.endswith("~")
        or (len(name) > 1 and name[0] == name[-1] == "#")
        or name in _DESKTOP_FILES
    )


_NEAR_FOLDERS = frozenset(name for pair in _FOLDERS for name in pair)
_STORE_LIKE = re.compile(r".*\.(?:ya?ml|json)\b.*", re.IGNORECASE | re.DOTALL)  # topics.yml, Sources.yaml.txt


def _stray(name: str) -> bool:
    """Whether a name in data/ looks meant for the store (a YAML or JSON name, `event/`, `Claims/`) without being
    one of its own: a README, a LICENSE or notes beside the store are the author's, and left alone (rev19 M3)."""
    if name in _IN_DATA or _ignored(name):
        return False
    return name.strip().lower() in _NEAR_FOLDERS or _STORE_LIKE.fullmatch(name) is not None


def _strays(data: Path) -> list[Problem]:
    """A problem for each stray entry of data/ (rev18 L13: `data/event/more.yaml` or `data/topics.yml` was skipped
    without a word, as events/ and claims/ no longer skip anything)."""
    try:
        listing = sorted(os.scandir(data), key=lambda entry: entry.name)
    except OSError:  # data/ was just found a folder: whatever else is wrong, its files will say
        return []
    return [
        Problem(StoreFile(Path(entry.path), "", "").display, 1, 1, _not_read_in_data(entry))
        for entry in listing
        if _stray(entry.name)
    ]


def _not_read(entry: os.DirEntry[str], folder: str) -> str:
    """Why an entry of events/ or claims/ is not read, and what to do about it."""
    if entry.is_dir():
        return f"a subfolder is not read: koursk reads only the files of data/{folder}/; move its files up into it"
    meant = re.match(r"(.+\.)(ya?ml)\b", entry.name.strip(), re.IGNORECASE)  # politics.yaml.txt, politics.YAML
    rename = meant[1] + meant[2].lower() if meant else "NAME.yaml"
    return f"not read: only NAME.yaml and NAME.yml files are store files; {_renamed(entry, rename, f'data/{folder}/')}"


def _not_read_in_data(entry: os.DirEntry[str]) -> str:
    """Why an entry of data/ is not read, and what to do about it: a core file or a folder under a near name
    (`topics.yml`, `Sources.yaml.txt`, `event/`) is to be renamed."""
    name = entry.name.strip().lower()
    if entry.is_dir():
        meant = next((folder for folder, item in _FOLDERS if name in (folder, item)), None)
        if meant is None:
            return "a folder koursk does not read: events go in data/events/, claims in data/claims/"
        if os.path.lexists(os.path.join(os.path.dirname(entry.path), meant)):
            return f"a folder koursk does not read: move its files into data/{meant}/"
        return f"a folder koursk does not read: rename it {meant}/"
    core = next((file for file, _, _ in _CORE_FILES if re.match(rf"{file[:-5]}\.ya?ml\b", name)), None)
    if core is not None:
        return f"not read: koursk reads data/{core}; {_renamed(entry, core, 'data/')}"
    return "not read: data/ holds sources.yaml, entities.yaml, topics.yaml, events/ and claims/; move it out of data/"


def _renamed(entry: os.DirEntry[str], rename: str, folder: str) -> str:
    """The hint for a store file under a near name: rename it, unless that name is taken (never over it)."""
    if os.path.lexists(os.path.join(os.path.dirname(entry.path), rename)):  # background.yaml.orig
        return f"{shown(rename)} is there already: move this one out of {folder}"
    return f"rename it {shown(rename)}, or move it out of {folder}"


def listed_names(root: Path) -> list[str] | None:
    """The names of the store's files inside it (`data/sources.yaml`, `data/events/front.yaml`...), sorted, as
    store_files would find them, from the listings of events/ and claims/ alone: no stat, no path object per file.
    A warm run compares them with the names it recorded (open._suspects). None when a folder cannot be listed
    or holds a name store_files would refuse; whether each file is still a regular file is left to the comparison
    of its stat identity with the recorded one (the same inode, unchanged)."""
    names = [f"data/{name}" for name, _, _ in _CORE_FILES]
    try:
        if any(map(_stray, os.listdir(root / "data"))):
            return None
    except OSError:
        return None
    for folder, _ in _FOLDERS:
        try:
            every = os.listdir(root / "data" / folder)
        except OSError:
            return None
        found = [name for name in every if _listed(name)]
        if not all(map(printable_name, found)) or len(found) + sum(map(_ignored, every)) != len(every):
            return None
        names.extend(f"data/{folder}/{name}" for name in found)
    names.sort()
    return names


_schema_cache: dict[str, Any] = {}


def load_schema() -> dict[str, Any]:
    """The store schema that ships with koursk (custom stores are held to the same rules)."""
    if not _schema_cache:
        _schema_cache.update(json.loads(schema_path().read_text(encoding="utf-8")))
    return _schema_cache


def schema_path() -> Path:
    return default_store_root() / "data" / "schema.json"


def read_records(
    file: StoreFile, schema: dict[str, Any], data: bytes | None = None, *, marks: bool = True
) -> "tuple[list[Record], list[Record], list[Problem]]":
    """One file's valid records, invalid (but id-bearing) records and problems; `data`: its bytes, when read.
    Without `marks`, a regular file's records keep only the marks of their ids (yamlregular.read_regular): the
    problems found then are placed wrongly, and only tell that there are some."""
    from .checks import Record
    from .validate import validate_file
    from .yamldoc import decode_text, parse_yaml, read_text

    display = file.display
    if data is None and not file.path.exists():
        return [], [], [Problem(display, 1, 1, f"missing store file (expected a list under '{file.kind}:')")]
    text, problems = read_text(file.path, display) if data is None else decode_text(data, display)
    if text is None:
        return [], [], problems
    value, problems = parse_yaml(text, display, marks=marks)
    if problems:
        return [], [], problems
    valid, invalid, problems = validate_file(value, schema, file.kind, file.item, display)
    return (
        [Record(file.item, display, entry) for entry in valid],
        [Record(file.item, display, entry) for entry in invalid],
        problems,
    )


def read_file(file: StoreFile) -> tuple[bytes | None, Stamp | None, list[Problem]]:
    """A store file's bytes and stamp, or the located reason it cannot be read."""

    try:
        data, stamp = read_stamped(file.path, file.store)
    except Unreadable as error:
        if not os.path.lexists(file.path):
            return (
                None,
                None,
                [Problem(file.display, 1, 1, f"missing store file (expected a list under '{file.kind}:')")],
            )
        return None, None, [Problem(file.display, 1, 1, f"the file {error}")]
    return data, stamp, []


# --- the core: sources, entities, topics, seeds ---------------------------------------------------------------


class Core(NamedTuple):
    sources: Mapping[str, Source]
    entities: dict[str, Entity]
    topics: dict[str, Topic]
    context: Context
    stamps: dict[str, Stamp]  # core files and seeds, by path inside the store (data/sources.yaml, seeds/a.txt)
    kept: dict[str, list[dict[str, Any]]]  # the checked entries the objects were built from, by kind (the cache's copy)


def _bilingual(value: dict[str, str]) -> Bilingual:
    return Bilingual(en=value["en"], fr=value["fr"])


CORE_KINDS = ("source", "entity", "topic")  # what the core files hold (the cache keeps each kind apart)


def read_core(root: Path, files: list[StoreFile]) -> tuple[Core, list[Problem]]:
    from .checks import check_core

    schema = load_schema()
    records: list[Record] = []
    partial: list[Record] = []
    problems: list[Problem] = []
    stamps: dict[str, Stamp] = {}
    unread: dict[str, str] = {}  # a file that could not be read (not YAML, not a list…): its kind, its path
    for file in files:
        content, stamp, found = read_file(file)
        valid: list[Record] = []
        invalid: list[Record] = []
        if content is not None and stamp is not None:
            stamps[f"data/{file.path.name}"] = stamp
            valid, invalid, found = read_records(file, schema, content)
            records.extend(valid)
            partial.extend(invalid)
        if found and not valid and not invalid:
            unread[file.item] = file.display
        problems.extend(found)
    seeds = _Seeds(root / "seeds", {r.data["seed"] for r in records if r.kind == "source"}, stamps)
    found, context = check_core(records, seeds, partial)
    context = context._replace(unread=unread) if unread else context
    problems.extend(limited(found, problems))
    kept: dict[str, list[dict[str, Any]]] = {kind: [] for kind in CORE_KINDS}
    for record in records:
        if record.kind != "source" or record.data["id"] in context.published:
            kept[record.kind].append(plain_value(record.data))
    sources, entities, topics = core_objects(kept, context.published)
    if marked := drafted_ids(problems):
        sources = {key: s._replace(draft=key in marked) for key, s in sources.items()}
        entities = {key: e._replace(draft=key in marked) for key, e in entities.items()}
        context = context._replace(drafts=marked & context.sources)
    return Core(sources, entities, topics, context, stamps, kept), problems


def blocked_ids(problems: Iterable[Problem]) -> frozenset[str]:
    """The ids of the records in draft a `--drafts` preview leaves out: those with a problem it cannot show."""
    return frozenset(p.record for p in problems if p.blocks)


def _unbuilt(record: "Record", sources: Mapping[str, Dated], blocked: frozenset[str]) -> bool:
    """Whether a record in draft cannot be built: its article's own entry could not be (a `published` refused), or
    its date does not parse. Any other is built, so that a query leaves it out as a draft and counts it."""
    data = record.data
    cited = [e["source"] for e in data["evidence"]] if record.kind == "event" else [data["source"]]
    if not all(s in sources for s in cited):
        return True
    if data["id"] not in blocked:
        return False
    try:
        store_date(data["date" if record.kind == "event" else "as_of"])
    except DateError:
        return True
    return False


def drafted_ids(problems: Iterable[Problem]) -> frozenset[str]:
    """The ids of the records a `--drafts` store marks as drafts (`draft: true`): each record with a problem only a
    draft has (a placeholder koursk extract left, or a guess of such a record that check refuses). An event or claim
    citing an article in draft is one too (read_entries): extract drafts an article's records together, and the
    article keeps its placeholders (its titles) until a curator has read it."""
    return frozenset(p.record for p in problems if p.draft and p.record)


class _Seeds(Mapping[str, "bytes | str | None"]):
    """The seeds the sources name, each read (and stamped) when the check asks for it and not kept: the check keeps
    their normalised texts, and holding every seed's bytes too doubled a large store's core (77 MB of seeds for
    1,000,000 events). A seed's value is its bytes, or why it cannot be read."""

    def __init__(self, folder: Path, names: set[str], stamps: dict[str, Stamp]) -> None:
        self._folder, self._names, self._stamps = folder, names, stamps

    def __getitem__(self, name: str) -> bytes | str:
        if name not in self._names:
            raise KeyError(name)
        data, stamp = _seed(self._folder / name)
        if stamp is not None:
            self._stamps[f"seeds/{name}"] = stamp
        return data

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._names))

    def __len__(self) -> int:
        return len(self._names)


def source_from(data: dict[str, Any], published: FuzzyDate) -> Source:
    """A source from its checked entry and its parsed publication date."""
    return Source(
        id=data["id"], seed=data["seed"], sha256=data["sha256"], outlet=data["outlet"],
        language=data["language"], title=_bilingual(data["title"]), published=published,
        published_basis=data["published_basis"], notes=tuple(data.get("notes", ())), url=data.get("url"),
        author=data.get("author"), retrieved=data.get("retrieved"),
        title_printed=data.get("title_printed", False), outlet_credited=data.get("outlet_credited", False),
    )  # fmt: skip


def core_objects(
    kept: dict[str, list[dict[str, Any]]], published: Mapping[str, FuzzyDate]
) -> tuple[dict[str, Source], dict[str, Entity], dict[str, Topic]]:
    """Sources, entities and topics from their checked entries (as read, or as the cache kept them)."""
    sources = {data["id"]: source_from(data, published[data["id"]]) for data in kept["source"]}
    entities: dict[str, Entity] = {}
    for data in kept["entity"]:
        coordinates = data.get("coordinates")
        entities[data["id"]] = Entity(
            id=data["id"], kind=data["kind"], name=_bilingual(data["name"]), aliases=tuple(data.get("aliases", ())),
            coordinates=Coordinates(coordinates["lat"], coordinates["lon"]) if coordinates else None,
            note=data.get("note"), part_of=data.get("part_of"),
        )  # fmt: skip
    topics: dict[str, Topic] = {}
    for data in kept["topic"]:
        topics[data["id"]] = Topic(
            id=data["id"], name=_bilingual(data["name"]), aliases=tuple(data.get("aliases", ())),
            measures=tuple(
                Measure(m["id"], _bilingual(m["description"]), m.get("cumulative", False), m.get("at_most"))
                for m in data["measures"]
            ),
            units=tuple(data.get("units", ())),
            keywords=tuple(data.get("keywords", ())),
        )  # fmt: skip
    return sources, entities, topics


def _seed(path: Path) -> tuple[bytes | str, Stamp | None]:
    """A seed's bytes and stamp, or why it cannot be read (missing, a FIFO or device, too large, no permission)."""

    try:
        return read_stamped(path, path.parent.parent, MAX_SEED_BYTES)
    except Unreadable as error:
        return ("does not exist" if not os.path.lexists(path) and "\0" not in str(path) else str(error)), None


# --- events and claims, one file at a time ------------------------------------------------------------------


class EventRow(NamedTuple):
    facts: EventFacts
    text: str  # the event's `--json` object, serialised (never a raw newline inside)
    words: str  # what --text searches (titles and quotes), as textnorm.search_words, space-separated


class FileEntries(NamedTuple):
    """What one events/claims file contributes, as plain values the cache keeps."""

    stamp: Stamp | None
    ids: tuple[tuple[str, int, int], ...]  # id, line, column: for the store-wide duplicate check
    events: tuple[EventRow, ...]  # in file order
    claims: tuple[tuple[str, str, str], ...]  # id, JSON text of the claim's own fields, its event ('' when none)
    problems: tuple[Problem, ...]


def read_entries(
    file: StoreFile,
    context: Context,
    sources: Mapping[str, Dated],
    *,
    build: bool = True,
    read: tuple[bytes, Stamp] | None = None,
    cited: Callable[[list[str]], None] | None = None,
) -> FileEntries:
    """Check one events/claims file (`read`: its bytes and stamp, when already read); build its rows only when it
    and the core are sound (`build`). `cited` is told the sources the file's records cite before they are checked
    (a cache reads their rows and seed texts at once)."""

    from .checks import check_entries, may_hold_placeholder

    data: bytes | None
    stamp: Stamp | None
    if read is None:
        data, stamp, problems = read_file(file)
    else:
        (data, stamp), problems = read, []
    valid: list[Record] = []
    if data is not None:
        # Read first without most marks, which only place problems: a file with any is read again with them all.
        drafted = may_hold_placeholder(data)
        valid, _, problems = read_records(file, load_schema(), data, marks=False)
        if cited is not None and not problems:
            cited(sources_cited(valid))
        # The first problem that is no draft's is enough to know the file must be read again (limit=0).
        found = [] if problems else check_entries(valid, context, drafted=drafted, limit=0)
        if problems or found:
            valid, invalid, problems = read_records(file, load_schema(), data)
            refused = frozenset(i for r in invalid if isinstance(i := r.data.get("id"), str))
            room = MAX_PROBLEMS_PER_FILE - len(problems)  # the file's problems listed, its schema's first
            found = [] if room < 0 else check_entries(valid, context, drafted=drafted, refused=refused, limit=room)
        problems.extend(found)
    ids = tuple((r.data["id"], *r.mark("id")) for r in valid)
    if not build or any(not p.draft for p in problems):
        return FileEntries(stamp, ids, (), (), tuple(problems))
    events: list[EventRow] = []
    claims: list[tuple[str, str, str]] = []
    marked = drafted_ids(problems)
    blocked = blocked_ids(problems)
    for record in valid:
        if (blocked or context.drafts) and _unbuilt(record, sources, blocked):
            continue
        if record.kind == "event":
            events.append(EventRow(*event_row(record.data, sources, marked)))
        else:
            claim = claim_from_row(record.data)
            if claim.id in marked or sources[claim.source].draft:
                claim = claim._replace(draft=True)
            claims.append((claim.id, record_text(claim_row(claim)), claim.event or ""))
    return FileEntries(stamp, ids, tuple(events), tuple(claims), tuple(problems))  # placeholders of drafts, if any


def sources_cited(records: "list[Record]") -> list[str]:
    """The sources valid events and claims cite (each event's evidence, each claim's source), sorted, once each."""
    cited = {e["source"] for r in records if r.kind == "event" for e in r.data["evidence"]}
    cited.update(r.data["source"] for r in records if r.kind != "event")
    return sorted(cited)


_worker_state: dict[str, Any] = {}


def _init_worker(context: Context, sources: Mapping[str, Source], build: bool) -> None:
    _worker_state.update(context=context, sources=sources, build=build)


def _read_in_worker(file: StoreFile) -> FileEntries:
    return read_entries(file, _worker_state["context"], _worker_state["sources"], build=_worker_state["build"])


def read_each(
    files: list[StoreFile], core: Core, show_progress: bool, build: bool
) -> Generator[tuple[StoreFile, FileEntries], None, None]:
    """Each file read and checked, in order, on every core when there are many (workers parse, the caller stores
    each result as it comes); progress on a terminal. Close it when stopping early (`contextlib.closing`): that is
    what stops the workers at once on Ctrl-C."""
    progress = _Progress(len(files)) if show_progress and len(files) >= PARALLEL_FROM_FILES else None
    workers = min(len(files) // PARALLEL_FROM_FILES, os.cpu_count() or 1)
    try:
        if workers < 2:
            for file in files:
                yield file, read_entries(file, core.context, core.sources, build=build)
                if progress:
                    progress.step()
        else:
            initargs = (core.context, core.sources, build)
            with contextlib.closing(parallel_map(_read_in_worker, files, workers, _init_worker, initargs, 4)) as read:
                for file, entries in zip(files, read, strict=True):
                    yield file, entries
                    if progress:
                        progress.step()
    finally:
        if progress:
            progress.done()


def read_all(files: list[StoreFile], core: Core, show_progress: bool, build: bool) -> dict[str, FileEntries]:
    with contextlib.closing(read_each(files, core, show_progress, build)) as read:
        return {file.key: entries for file, entries in read}


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


def duplicates(files: list[tuple[StoreFile, Iterable[tuple[str, int, int]]]]) -> list[Problem]:
    """Event and claim ids, unique across every file (`files`: each file's ids, in store order); against the core's
    ids each file is checked on its own (checks.check_entries)."""
    first_seen: dict[str, tuple[StoreFile, int]] = {}
    problems = []
    for file, ids in files:
        said = 0  # a file's duplicates are listed up to the limit of its problems, then counted in one line
        for record_id, line, col in ids:
            if record_id not in first_seen:
                first_seen[record_id] = (file, line)
            elif said < MAX_PROBLEMS_PER_FILE:
                said += 1
                where, first_line = first_seen[record_id]
                message = duplicate_id(record_id, where.item, where.display, first_line)
                problems.append(Problem(file.display, line, col, f"{file.item} '{record_id}': {message}"))
            elif said == MAX_PROBLEMS_PER_FILE:
                said += 1
                message = f"{TOO_MANY_IDS}; the ids from this line on were compared but not listed"
                problems.append(Problem(file.display, line, col, message))
    return problems


def editorial_review(root: Path) -> list[Problem]:
    """The editorial warnings of a store that `read_store` accepted: every file read again with its marks, since the
    rules look across files (an entity used elsewhere, a claim's event in another file)."""
    from .editorial import editorial_warnings

    core_files, entry_files = store_files(root)
    schema = load_schema()
    records = [record for file in (*core_files, *entry_files) for record in read_records(file, schema)[0]]
    texts = {}
    for record in records:
        if record.kind == "source":
            seed = root / "seeds" / record.data["seed"]
            texts[record.data["id"]] = normalise_quote(seed.read_text(encoding="utf-8"))
    return editorial_warnings(records, texts)


def read_store(root: Path, *, show_progress: bool = False) -> Store:
    """Read and fully check every file of the store, and hold it in memory: what `check` uses (never the cache),
    and the reference the cache's SQL answers are tested against. A store with drafts is previewed by
    curated.read_preview."""
    core, files, problems = read_whole(root, show_progress)
    if problems:
        raise StoreError(problems)
    return memory_store(core, [entries for _, entries in files])


def read_whole(
    root: Path, show_progress: bool = False
) -> tuple[Core, list[tuple[StoreFile, FileEntries]], list[Problem]]:
    """Every file of the store read and checked: the core, each events/claims file's entries (built, drafts marked,
    when every problem is a draft's), and every problem. Links and duplicate ids are checked across files whenever
    the files were built, so a store whose only problems are drafts' has its curated links checked too."""
    core_files, entry_files = store_files(root)
    core, problems = read_core(root, core_files)
    entries = read_all(entry_files, core, show_progress, build=all(p.draft for p in problems))
    problems.extend(p for e in entries.values() for p in e.problems)
    files = [(file, entries[file.key]) for file in entry_files]
    ids = [i for _, found in files for i in found.ids]
    if len({i[0] for i in ids}) != len(ids):
        problems.extend(duplicates([(file, found.ids) for file, found in files]))
    if all(p.draft for p in problems):
        problems.extend(_link_problems(files, core.context.drafts))
    return core, files, problems


def _link_problems(files: list[tuple[StoreFile, FileEntries]], drafts: frozenset[str]) -> list[Problem]:
    """Each claim's `event:` checked against the events of every file (store/links.py); one of a claim of an
    article in draft is that draft's (checks._Report.found)."""
    from .links import link_of, link_problems

    sources = {row.facts.id: row.facts.sources for _, entries in files for row in entries.events}
    links = []
    for file, entries in files:
        where = {record_id: (line, col) for record_id, line, col in entries.ids}
        for claim_id, text, _ in entries.claims:
            link = link_of(file.display, *where[claim_id], text)
            if link is not None:
                links.append(link)
    found = link_problems(links, sources.get, sources.keys)
    drafted = {link.claim for link in links if link.source in drafts}
    return [p._replace(draft=True, blocks=True) if p.record in drafted else p for p in found]


def memory_store(core: Core, entries: list[FileEntries]) -> Store:

    event_texts: dict[str, str] = {}
    words: dict[str, str] = {}
    facts: list[EventFacts] = []
    claim_texts: dict[str, str] = {}
    for found in entries:
        for row in found.events:
            facts.append(row.facts)
            event_texts[row.facts.id] = row.text
            words[row.facts.id] = row.words
        claim_texts.update((claim_id, text) for claim_id, text, _ in found.claims)
    sources = core.sources
    events: LazyTable[Event] = LazyTable(event_texts, lambda record: event_from_record(record, sources), memo=False)
    claims: LazyTable[Claim] = LazyTable(claim_texts, claim_from_row)
    return Store(core.sources, core.entities, core.topics, events, claims, facts, event_texts, words)
