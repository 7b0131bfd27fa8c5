"""Write a synthetic koursk store of N events (with sources, seeds, claims and entities) for benchmarks.

Usage: python benchmarks/generate.py N OUT_DIR [--files 1000]

Sizes and shapes follow the real store: events of one to three sources with quotes taken from seed articles of
~4 KB, dates of every EDTF form spread over 2022–2025, claims on the real topics, ~500 entities with aliases.
Deterministic: the same N always gives the same store.

Figures on a cumulative measure (topics.yaml `cumulative: true`) are running totals, as in a real store: they grow
with their as_of date (`_total`), and about one in `FALL_EVERY` is a genuine fall (a figure 10–30 % below the total
of its date), so totals that fell (docs/claims.md rule 8) still exist without every pair of random figures over four
years being one. Other measures keep random figures.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = [
    "troupes",
    "soldats",
    "nord-coréens",
    "région",
    "Koursk",
    "front",
    "offensive",
    "renseignement",
    "déclaré",
    "selon",
    "ministre",
    "armée",
    "russe",
    "ukrainienne",
    "déploiement",
    "frontière",
    "missiles",
    "obus",
    "drones",
    "pertes",
    "accord",
    "sommet",
    "président",
    "négociations",
    "territoire",
]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 18))).capitalize() + "."


def _date(rng: random.Random) -> str:
    year = rng.choice([2022, 2023, 2024, 2024, 2025])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    form = rng.random()
    if form < 0.5:
        return f"{year}-{month:02d}-{day:02d}"
    if form < 0.7:
        return f"{year}-{month:02d}" + rng.choice(["", "~", "?"])
    end_day = min(28, day + rng.randint(1, 10))
    return f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{end_day:02d}"


FALL_EVERY = 50
"""About one figure in this many on a cumulative measure is a genuine fall below the total of its date."""

_FIRST_DAY = datetime.date(2022, 1, 1).toordinal()
_LAST_DAY = datetime.date(2025, 12, 31).toordinal()


def _total(as_of: str, low: int, high: int, rng: random.Random) -> int:
    """A running total from `low` at the start of 2022 to `high` at the end of 2025, by the start of `as_of` (a date
    `_date` wrote), rounded to two significant figures as claims state them; rounding keeps it growing with the date.
    About one in `FALL_EVERY` falls 10–30 % below it instead."""
    start = as_of[:10] if len(as_of) >= 10 else as_of[:7] + "-01"
    day = datetime.date.fromisoformat(start).toordinal()
    total = low + (high - low) * (day - _FIRST_DAY) / (_LAST_DAY - _FIRST_DAY)
    if rng.randrange(FALL_EVERY) == 0:
        total *= rng.uniform(0.7, 0.9)
    step: int = 10 ** max(0, len(str(int(total))) - 2)
    return max(step, round(total / step) * step)


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(n_events: int, out: Path, files: int = 1000) -> None:
    rng = random.Random(n_events)
    if out.exists():
        shutil.rmtree(out)
    (out / "data" / "events").mkdir(parents=True)
    (out / "data" / "claims").mkdir(parents=True)
    (out / "seeds").mkdir()
    shutil.copy(REPO / "data" / "topics.yaml", out / "data" / "topics.yaml")
    topics = [  # topic, measure, unit (one of the topic's units in topics.yaml)
        ("troops", "sent-to-russia", "soldiers"),
        ("troops", "in-kursk", "soldiers"),
        ("losses", "north-korean-killed", "soldiers"),
        ("shells", "shells-delivered", "shells"),
    ]
    totals = {  # the cumulative measures above (topics.yaml): their running total at the start and end of 2022–2025
        "sent-to-russia": (1000, 15000),
        "north-korean-killed": (100, 6000),
        "shells-delivered": (100000, 6000000),
    }
    # The totals draw from their own generator, so every other byte of the store is as the main one drew it.
    totals_rng = random.Random(f"totals-{n_events}")

    n_sources = max(5, n_events // 50)
    sentences: dict[str, list[str]] = {}
    lines = ["sources:"]
    for index in range(n_sources):
        sid = f"src-{index:05d}"
        body = [_sentence(rng) for _ in range(30)]
        text = "\n".join(body) + "\n"
        name = f"{index:05d}.txt"
        (out / "seeds" / name).write_text(text, encoding="utf-8")
        sentences[sid] = body
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        lines += [
            f"  - id: {sid}", f"    seed: {name}", f"    sha256: {digest}", "    outlet: null", "    language: fr",
            "    title: {en: Synthetic article, fr: Article synthétique}", "    published: 2025-12",
            '    published_basis: "synthetic"',
        ]  # fmt: skip
    (out / "data" / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = ["entities:"]
    for index in range(500):
        kind = "place" if index % 5 == 0 else "person"
        lines += [
            f"  - id: ent-{index:04d}",
            f"    kind: {kind}",
            f"    name: {{en: Entity {index}, fr: Entité {index}}}",
            f"    aliases: [Alias {index}, Alias-{index}]",
        ]
        if kind == "place":
            lines.append(f"    coordinates: {{lat: {rng.uniform(40, 60):.2f}, lon: {rng.uniform(20, 40):.2f}}}")
    (out / "data" / "entities.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # Sorted once: sorting every source id again for each event made generation quadratic (5 min 43 s at 1M).
    source_ids = sorted(sentences)
    per_file = max(1, n_events // files)
    for file_index in range(0, n_events, per_file):
        lines = ["events:"]
        for index in range(file_index, min(n_events, file_index + per_file)):
            evidence = []
            for sid in rng.sample(source_ids, rng.randint(1, 3)):
                quote = rng.choice(sentences[sid])
                evidence += [f"      - source: {sid}", f"        quote: {_yaml_str(quote)}"]
            actors = ", ".join(f"ent-{rng.randrange(500) // 5 * 5 + 1:04d}" for _ in range(rng.randint(1, 3)))
            lines += [
                f"  - id: ev-{index:06d}", f"    date: {_date(rng)}", '    date_basis: "synthetic"',
                f"    title: {{en: {_yaml_str(_sentence(rng))}, fr: {_yaml_str(_sentence(rng))}}}",
                f"    actors: [{actors}]", f"    places: [ent-{rng.randrange(100) * 5:04d}]",
                f"    tags: [{rng.choice(['deployment', 'front', 'diplomacy', 'losses'])}]",
                f"    status: {rng.choice(['confirmed', 'reported', 'alleged', 'denied'])}", "    evidence:", *evidence,
            ]  # fmt: skip
        (out / "data" / "events" / f"events-{file_index // per_file:04d}.yaml").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )

    n_claims = n_events // 4
    per_claims_file = max(1, n_claims // max(1, files // 4))
    for file_index in range(0, n_claims, per_claims_file):
        lines = ["claims:"]
        for index in range(file_index, min(n_claims, file_index + per_claims_file)):
            topic, measure, unit = rng.choice(topics)
            sid = rng.choice(source_ids)
            value = rng.choice([1000, 1500, 10000, 11000, 12000])
            value_kind = rng.choice(["exact", "approximate", "at_least"])
            as_of = _date(rng)
            if measure in totals:
                value = _total(as_of, *totals[measure], totals_rng)
            lines += [
                f"  - id: cl-{index:06d}", f"    topic: {topic}", f"    measure: {measure}", f"    value: {value}",
                f"    value_kind: {value_kind}", f"    unit: {unit}",
                f"    as_of: {as_of}", '    as_of_basis: "synthetic"', f"    asserted_by: [ent-{rng.randrange(100) * 5 + 1:04d}]",
                f"    source: {sid}", f"    quote: {_yaml_str(rng.choice(sentences[sid]))}", "    status: reported",
            ]  # fmt: skip
        (out / "data" / "claims" / f"claims-{file_index // per_claims_file:04d}.yaml").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=1000, help="about how many event files (default 1000)")
    args = parser.parse_args()
    generate(args.events, args.out, args.files)


if __name__ == "__main__":
    main()
