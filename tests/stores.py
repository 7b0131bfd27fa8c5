"""Small synthetic stores for tests: valid by default, each test breaks one thing."""

from __future__ import annotations

import hashlib
from pathlib import Path

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
    status: reported
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
