"""Small synthetic stores for tests: valid by default, each test breaks one thing."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from koursk_cli.model import Store
    from koursk_cli.store.cache import Cache

SEED = (
    "Mark Rutte a déclaré lundi 28 octobre que des troupes nord-coréennes étaient à Koursk. "
    "Selon le NIS, environ 12.000 soldats ont été envoyés. "
    "D’autres parlent de 10 000 hommes, et Kiev de plus de 10.000 soldats.\n"
)

SOURCES = """\
sources:
  - id: alpha
    seed: alpha.txt
    sha256: {sha}
    outlet: null
    language: fr
    title: {{en: Alpha, fr: Alpha}}
    published: 2024-10-28/2024-10-31
    published_basis: "test fixture"
"""

ENTITIES = """\
entities:
  - id: rutte
    kind: person
    name: {en: Mark Rutte, fr: Mark Rutte}
    aliases: [Rutte]
  - id: nis
    kind: agency
    name: {en: NIS, fr: NIS}
  - id: kursk-oblast
    kind: place
    name: {en: Kursk Oblast, fr: oblast de Koursk}
    aliases: [Kursk, Koursk]
    coordinates: {lat: 51.5, lon: 36.0}
"""

TOPICS = """\
topics:
  - id: troops
    name: {en: Troops, fr: Troupes}
    aliases: [troupes, soldats]
    measures:
      - id: sent-to-russia
        description: {en: sent, fr: envoyés}
      - id: in-kursk
        description: {en: in Kursk, fr: à Koursk}
"""

EVENTS = """\
events:
  - id: rutte-confirms
    date: 2024-10-28
    date_basis: "lundi 28 octobre"
    title: {en: Rutte confirms, fr: Rutte confirme}
    actors: [rutte]
    places: [kursk-oblast]
    tags: [nato]
    status: confirmed
    evidence:
      - source: alpha
        quote: "Mark Rutte a déclaré lundi 28 octobre"
"""

_QUOTE_EVENT = """\
  - id: pattern-{n}
    date: 2024-10-28
    date_basis: "lundi 28 octobre"
    title: {{en: Pattern, fr: Motif}}
    actors: [rutte]
    places: [kursk-oblast]
    tags: []
    status: confirmed
    evidence:
      - source: alpha
        quote: "{quote}"
"""


def quote_event(n: int, quote: str) -> str:
    """An event `pattern-N` of EVENTS' store quoting `quote` from alpha: add it to EVENTS to put a quote of any
    shape to `check` or `read` (a hostile seed's pattern)."""
    return _QUOTE_EVENT.format(n=n, quote=quote)


CLAIMS = """\
claims:
  - id: nis-12000
    topic: troops
    measure: sent-to-russia
    value: 12000
    value_kind: approximate
    unit: soldiers
    as_of: 2024-10
    as_of_basis: "publication"
    asserted_by: [nis]
    source: alpha
    quote: "environ 12.000 soldats ont été envoyés"
    status: alleged
"""


def write_store(
    root: Path,
    *,
    events: str = EVENTS,
    claims: str = CLAIMS,
    entities: str = ENTITIES,
    topics: str = TOPICS,
    sources: str | None = None,
    seed: str = SEED,
) -> Path:
    (root / "data" / "events").mkdir(parents=True, exist_ok=True)
    (root / "data" / "claims").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    (root / "seeds" / "alpha.txt").write_text(seed, encoding="utf-8")
    sha = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    files = {
        "sources.yaml": sources if sources is not None else SOURCES.format(sha=sha),
        "entities.yaml": entities,
        "topics.yaml": topics,
        "events/main.yaml": events,
        "claims/main.yaml": claims,
    }
    for name, text in files.items():
        (root / "data" / name).write_text(text, encoding="utf-8")
    return root


def claim_entry(
    claim_id: str,
    value: str,
    kind: str,
    as_of: str,
    measure: str = "sent-to-russia",
    quote: str = "environ 12.000 soldats ont été envoyés",
) -> str:
    """One entry of a claims file: the template claim with another id, figure, kind, date, measure or quote."""
    return CLAIMS.split("claims:\n", 1)[1].replace("id: nis-12000", f"id: {claim_id}").replace(
        "value: 12000", f"value: {value}").replace("value_kind: approximate", f"value_kind: {kind}").replace(
        "as_of: 2024-10", f"as_of: {as_of}").replace("measure: sent-to-russia", f"measure: {measure}").replace(
        '"environ 12.000 soldats ont été envoyés"', f'"{quote}"')  # fmt: skip


def edit_cache(path: Path, *statements: str, keep_header: bool) -> None:
    """Run SQL on a cache file as another SQLite client would; with `keep_header`, put the header's change counter
    back as it was, as damage that did not go through SQLite (a disk, a byte editor) would leave it."""
    import sqlite3

    header = path.read_bytes()[:100]
    db = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            db.execute(statement)
    finally:
        db.close()
    if keep_header:
        with open(path, "r+b") as stream:
            for offset in (24, 92):  # the change counter and the version-valid-for number
                stream.seek(offset)
                stream.write(header[offset : offset + 4])


def cache_of(store: Store) -> Cache:
    """The cache that a store opened by load_store reads its events from, for the tests that look inside it."""
    from koursk_cli.store.indexed import SqlFacts

    assert isinstance(store.facts, SqlFacts), "the store was not opened with its cache"
    return store.facts._cache


def forge_event_checksums(path: Path, where: str, *, keep_header: bool) -> None:
    """Set the checksum of the event rows `where` selects to match their bytes and place, as someone with write
    access to the cache could (koursk's own checksum, cacheschema.EVENT_ROW)."""
    import sqlite3

    from koursk_cli.store.cacheschema import event_place
    from koursk_cli.store.digest import event_checksum

    db = sqlite3.connect(path)
    sql = f"SELECT rowid, CAST(file AS BLOB), facts, CAST(json AS BLOB), seq, line, col FROM events WHERE {where}"
    rows = db.execute(sql).fetchall()
    db.close()
    fixes = [
        f"UPDATE events SET checksum = {event_checksum(file, facts, text) + event_place(seq, line, col)}"
        f" WHERE rowid = {rowid}"
        for rowid, file, facts, text, seq, line, col in rows
    ]
    edit_cache(path, *fixes, keep_header=keep_header)


# --- a builder for stores of any shape ----------------------------------------------------------------------------


def _text(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escaping is valid YAML)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def _list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_text(v) for v in values) + "]"


class StoreBuilder:
    """A synthetic store built record by record, valid by construction: each quote is appended to its source's seed
    text, so it is always found there. Tests that assert query semantics build the store they need here, and know
    every answer from what they wrote, not from the curated data."""

    def __init__(self) -> None:
        self._sources: list[str] = []
        self._seeds: dict[str, list[str]] = {}  # seed file: the quotes it holds
        self._seed_of: dict[str, str] = {}
        self._entities: list[str] = []
        self._events: dict[str, list[str]] = {"main": []}  # by events file
        self._claims: dict[str, list[str]] = {"main": []}  # by claims file
        self._topics = TOPICS

    def topics(self, text: str) -> StoreBuilder:
        """topics.yaml's text (default TOPICS)."""
        self._topics = text
        return self

    def source(
        self,
        source_id: str,
        published: str,
        *,
        outlet: str | None = None,
        seed: str | None = None,
        printed: bool = False,
        credited: bool = False,
    ) -> StoreBuilder:
        """An article published on `published` (EDTF); its seed file is `seed` (default `<id>.txt`); its title is
        `<Id>`, the printed headline with `printed`, else the curator's summary; `credited`: the text only credits
        its outlet."""
        seed = seed or f"{source_id}.txt"
        self._seeds[seed] = []
        self._seed_of[source_id] = seed
        outlet_text = _text(outlet) if outlet else "null"
        self._sources.append(
            f"  - id: {source_id}\n    seed: {seed}\n    sha256: {{sha_{source_id}}}\n"
            f"    outlet: {outlet_text}\n    language: fr\n"
            f"    title: {{{{en: {_text(source_id.title())}, fr: {_text(source_id.title())}}}}}\n"
            f'    published: {_text(published)}\n    published_basis: "test fixture"\n'
            + ("    title_printed: true\n" if printed else "")
            + ("    outlet_credited: true\n" if credited else "")
        )
        return self

    def entity(self, entity_id: str, kind: str, name: str, *aliases: str, part_of: str | None = None) -> StoreBuilder:
        lines = f"  - id: {entity_id}\n    kind: {kind}\n    name: {{en: {_text(name)}, fr: {_text(name)}}}\n"
        if aliases:
            lines += f"    aliases: {_list(aliases)}\n"
        if kind == "place":
            lines += "    coordinates: {lat: 51.5, lon: 36.0}\n"
        if part_of:
            lines += f"    part_of: {part_of}\n"
        self._entities.append(lines)
        return self

    def event(
        self,
        event_id: str,
        date: str,
        title: str,
        *evidence: tuple[str, str] | tuple[str, str, str],
        actors: tuple[str, ...] = (),
        places: tuple[str, ...] = (),
        tags: tuple[str, ...] = (),
        status: str = "confirmed",
        title_fr: str | None = None,
        file: str = "main",
    ) -> StoreBuilder:
        """An event dated `date` (EDTF), with one (source, quote) pair per article that reports it, or (source, quote,
        speaker) for a quote whose speaker is recorded, written to `data/events/<file>.yaml`."""
        assert evidence, "an event needs at least one source"
        lines = (
            f'  - id: {event_id}\n    date: {_text(date)}\n    date_basis: "test fixture"\n'
            f"    title: {{en: {_text(title)}, fr: {_text(title_fr or title)}}}\n"
            f"    actors: {_list(actors)}\n    places: {_list(places)}\n    tags: {_list(tags)}\n"
            f"    status: {status}\n    evidence:\n"
        )
        for source, quote, *speaker in evidence:
            self._seeds[self._seed_of[source]].append(quote)
            lines += f"      - source: {source}\n        quote: {_text(quote)}\n"
            lines += "".join(f"        speaker: {who}\n" for who in speaker)
        self._events.setdefault(file, []).append(lines)
        return self

    def claim(
        self,
        claim_id: str,
        source: str,
        value: int | None,
        as_of: str,
        *,
        asserted_by: tuple[str, ...] = (),
        kind: str = "exact",
        measure: str = "sent-to-russia",
        status: str = "reported",
        restates: str | None = None,
        event: str | None = None,
        topic: str = "troops",
        file: str = "main",
        quote: str | None = None,
    ) -> StoreBuilder:
        """A figure (on troops unless `topic` says); `restates` names the same article's claim it repeats, `event`
        the event it was given at (which `source` must report); written to `data/claims/<file>.yaml`; its quote is
        `quote`, else one naming the value and the claim. `value` None is what extract drafts for a figure it cannot
        read (`value: null`, a placeholder only --drafts lets through)."""
        quote = quote or f"{value} soldats, dit la source {claim_id}"
        self._seeds[self._seed_of[source]].append(quote)
        self._claims.setdefault(file, []).append(
            f"  - id: {claim_id}\n    topic: {topic}\n    measure: {measure}\n    value: {'null' if value is None else value}\n"
            f"    value_kind: {kind}\n    unit: soldiers\n    as_of: {_text(as_of)}\n"
            f'    as_of_basis: "test fixture"\n    asserted_by: {_list(asserted_by)}\n'
            f"    source: {source}\n    quote: {_text(quote)}\n    status: {status}\n"
            + (f"    restates: {restates}\n" if restates else "")
            + (f"    event: {event}\n" if event else "")
        )
        return self

    def write(self, root: Path) -> Path:
        (root / "data" / "events").mkdir(parents=True, exist_ok=True)
        (root / "data" / "claims").mkdir(parents=True, exist_ok=True)
        (root / "seeds").mkdir(exist_ok=True)
        digests = {}
        for source, seed in self._seed_of.items():
            text = "".join(f"{quote}.\n" for quote in self._seeds[seed]) or "Rien.\n"
            (root / "seeds" / seed).write_text(text, encoding="utf-8")
            digests[f"sha_{source}"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        files = {
            "sources.yaml": "sources:\n" + "".join(s.format(**digests) for s in self._sources),
            "entities.yaml": "entities:\n" + "".join(self._entities) if self._entities else "entities: []\n",
            "topics.yaml": self._topics,
            **{
                f"events/{file}.yaml": "events:\n" + "".join(events) if events else "events: []\n"
                for file, events in self._events.items()
            },
            **{
                f"claims/{file}.yaml": "claims:\n" + "".join(claims) if claims else "claims: []\n"
                for file, claims in self._claims.items()
            },
        }
        for name, text in files.items():
            (root / "data" / name).write_text(text, encoding="utf-8")
        return root


def three_voices(rutte_published: str) -> StoreBuilder:
    """The articles and voices the claim and diff tests both start from: the NIS's estimate, Rutte's confirmation
    (published `rutte_published`), CNN's report from Budapest; the NIS, Zelensky and US officials."""
    return (
        StoreBuilder()
        .source("nis-12000", "2024-10-18/2024-10-25")
        .source("rutte-confirms", rutte_published)
        .source("cnn", "2024-11-07/2024-11-08", outlet="CNN")
        .entity("nis", "agency", "NIS")
        .entity("zelensky", "person", "Volodymyr Zelensky", "Zelensky")
        .entity("us-officials", "group", "US officials")
    )


def drafts_store(root: Path, *, drafts: bool = True) -> Path:
    """A store in draft (`--drafts` reads it): an event (`own`), a claim (`asserted`) and an entity (`who`) with
    placeholders of their own, an article (`drafted`) whose title is one, so that its event (`cited`) and claim
    (`via-source`), written in full, are drafts too, and records a curator has finished (`clean`, `finished`, the
    article `curated`, `kursk`, `rutte`). `drafts=False`: the same store, curated."""
    todo = "TODO: English title" if drafts else "Troops arrive"
    builder = (
        StoreBuilder()
        .source("curated", "2024-11-08", outlet="CNN")
        .source("drafted", "2024-11-06/2024-11-09")
        .entity("who", "person", "TODO: who speaks" if drafts else "Who speaks")
        .entity("kursk", "place", "Kursk", "Koursk")
        .entity("rutte", "person", "Mark Rutte")
        .event("own", "2024-11-03", todo, ("curated", "Le 3 novembre, des soldats à Koursk"), places=("kursk",))
        .event(
            "cited", "2024-11-04", "Troops seen", ("drafted", "Le 4 novembre, des soldats vus à Koursk"),
            places=("kursk",), tags=("sightings",), status="alleged",
        )
        .event(
            "clean", "2024-11-05", "Troops moved", ("curated", "Le 5 novembre, des soldats déplacés"),
            actors=("rutte",), places=("kursk",), tags=("moves",),
        )
        .claim("asserted", "curated", 5000, "2024-11-03", asserted_by=("todo-asserter" if drafts else "rutte",))
        .claim("via-source", "drafted", 6000, "2024-11-04", measure="in-kursk")
        .claim("finished", "curated", 7000, "2024-11-05", asserted_by=("rutte",))
    )  # fmt: skip
    store = builder.write(root)
    sources = store / "data" / "sources.yaml"
    title = '{en: "TODO: English title",' if drafts else '{en: "Drafted report",'
    sources.write_text(sources.read_text(encoding="utf-8").replace('{en: "Drafted",', title), encoding="utf-8")
    return store
