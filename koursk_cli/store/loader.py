"""Find, read, validate and cross-check a store, then build the model. All problems are gathered before failing."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dates import FuzzyDate
from ..model import (
    Bilingual,
    Claim,
    Coordinates,
    Entity,
    Event,
    Evidence,
    Measure,
    Source,
    Status,
    Store,
    Topic,
    ValueKind,
)
from ..problems import Problem, StoreError
from .checks import Record, check_records
from .validate import validate_file
from .yamldoc import LocatedMap, parse_yaml, read_text

_PACKAGE = Path(__file__).resolve().parent.parent
_SINGLE_FILES = (
    ("sources.yaml", "sources", "source"),
    ("entities.yaml", "entities", "entity"),
    ("topics.yaml", "topics", "topic"),
)
_FOLDERS = (("events", "event"), ("claims", "claim"))


def default_store_root() -> Path:
    """The store shipped with koursk: inside the installed package, or the checkout when running from source."""
    bundled = _PACKAGE / "_store"
    return bundled if (bundled / "data").is_dir() else _PACKAGE.parent


def resolve_store_root(option: str | None) -> Path:
    """`--data DIR` (or KOURSK_DATA) names a store holding data/ and seeds/; its data/ folder is accepted too."""
    if not option:
        return default_store_root()
    root = Path(option).expanduser()
    if not (root / "data").is_dir() and (root / "sources.yaml").is_file():
        return root.parent
    return root


@dataclass(frozen=True, slots=True)
class StoreFile:
    path: Path
    kind: str  # the top-level key: sources, entities, topics, events, claims
    item: str  # one entry: source, entity, topic, event, claim


def store_files(root: Path) -> list[StoreFile]:
    data = root / "data"
    if not data.is_dir():
        raise StoreError(
            [
                Problem(
                    _display(root), 1, 1, "not a koursk store: it has no data/ folder (a store holds data/ and seeds/)"
                )
            ]
        )
    files = [StoreFile(data / name, kind, item) for name, kind, item in _SINGLE_FILES]
    for folder, item in _FOLDERS:
        found = sorted(p for p in (data / folder).glob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
        files.extend(StoreFile(path, folder, item) for path in found)
    return files


def _display(path: Path) -> str:
    """Paths in messages: relative to the working directory when below it, absolute otherwise."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


_schema_cache: dict[str, Any] = {}


def load_schema() -> dict[str, Any]:
    """The store schema that ships with koursk (custom stores are held to the same rules)."""
    if not _schema_cache:
        path = default_store_root() / "data" / "schema.json"
        _schema_cache.update(json.loads(path.read_text(encoding="utf-8")))
    return _schema_cache


def read_records(file: StoreFile, schema: dict[str, Any]) -> tuple[list[Record], list[Record], list[Problem]]:
    """One file's valid records, invalid (but id-bearing) records and problems."""
    display = _display(file.path)
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


def _read_seeds(root: Path, records: list[Record]) -> dict[str, bytes | None]:
    seeds: dict[str, bytes | None] = {}
    for record in records:
        if record.kind == "source":
            name = record.data["seed"]
            path = root / "seeds" / name
            seeds[name] = path.read_bytes() if path.is_file() else None
    return seeds


def load_store(root: Path) -> Store:
    """Load and fully check the store at `root`; raise StoreError listing every problem."""
    schema = load_schema()
    records: list[Record] = []
    partial: list[Record] = []
    problems: list[Problem] = []
    for file in store_files(root):
        valid, invalid, found = read_records(file, schema)
        records.extend(valid)
        partial.extend(invalid)
        problems.extend(found)
    found, dates = check_records(records, _read_seeds(root, records), partial)
    problems.extend(found)
    if problems:
        raise StoreError(problems)
    return build_store(records, dates, root)


def _bilingual(value: dict[str, str]) -> Bilingual:
    return Bilingual(en=value["en"], fr=value["fr"])


def build_store(records: list[Record], dates: dict[tuple[str, str], FuzzyDate], root: Path) -> Store:
    """Turn checked records into the immutable model."""
    sources: dict[str, Source] = {}
    entities: dict[str, Entity] = {}
    topics: dict[str, Topic] = {}
    events: dict[str, Event] = {}
    claims: dict[str, Claim] = {}
    for record in records:
        data: LocatedMap = record.data
        if record.kind == "source":
            sources[data["id"]] = Source(
                id=data["id"],
                seed=data["seed"],
                sha256=data["sha256"],
                outlet=data["outlet"],
                language=data["language"],
                title=_bilingual(data["title"]),
                published=dates[(data["id"], "published")],
                published_basis=data["published_basis"],
                notes=tuple(data.get("notes", ())),
            )
        elif record.kind == "entity":
            coordinates = data.get("coordinates")
            entities[data["id"]] = Entity(
                id=data["id"],
                kind=data["kind"],
                name=_bilingual(data["name"]),
                aliases=tuple(data.get("aliases", ())),
                coordinates=Coordinates(coordinates["lat"], coordinates["lon"]) if coordinates else None,
                note=data.get("note"),
            )
        elif record.kind == "topic":
            topics[data["id"]] = Topic(
                id=data["id"],
                name=_bilingual(data["name"]),
                aliases=tuple(data.get("aliases", ())),
                measures=tuple(Measure(m["id"], _bilingual(m["description"])) for m in data["measures"]),
            )
    for record in records:
        data = record.data
        if record.kind == "event":
            evidence = tuple(Evidence(e["source"], e["quote"]) for e in data["evidence"])
            reported = min((sources[e.source].published for e in evidence), key=lambda d: (d.start, d.end))
            events[data["id"]] = Event(
                id=data["id"],
                date=dates[(data["id"], "date")],
                date_basis=data["date_basis"],
                title=_bilingual(data["title"]),
                actors=tuple(data["actors"]),
                places=tuple(data["places"]),
                tags=tuple(data["tags"]),
                status=Status(data["status"]),
                evidence=evidence,
                reported=reported,
                note=data.get("note"),
            )
        elif record.kind == "claim":
            claims[data["id"]] = Claim(
                id=data["id"],
                topic=data["topic"],
                measure=data["measure"],
                value=data["value"],
                value_kind=ValueKind(data["value_kind"]),
                value_min=data.get("value_min"),
                value_max=data.get("value_max"),
                unit=data["unit"],
                as_of=dates[(data["id"], "as_of")],
                as_of_basis=data["as_of_basis"],
                asserted_by=tuple(data["asserted_by"]),
                source=data["source"],
                quote=data["quote"],
                status=Status(data["status"]),
                note=data.get("note"),
            )
    return Store(sources=sources, entities=entities, topics=topics, events=events, claims=claims, root=str(root))
