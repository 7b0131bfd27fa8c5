"""Cross-file checks of a store: ids, references, dates, quotes, seed hashes, control characters, and placeholders
left by `extract`.

Pure over what the loader read: records that passed the schema, and the seed files' bytes.
"""

import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any, NamedTuple

from ..dates import DateError, FuzzyDate, publication_problem, retrieval_problem, store_date
from ..partof import parent_kinds
from ..placeholders import TODO, TODO_ASSERTER, TODO_MEASURE, TODO_TOPIC
from ..problems import MAX_PROBLEMS_PER_FILE, Problem, TooManyProblems, duplicate_id, too_many
from ..quotespans import cut, occurrences, stands
from ..textnorm import NOT_TEXT, character_name, fold, normalise_quote, printable_name, shown
from ..words import counted
from .context import Context
from .digest import sha256_hex
from .located import LocatedList, LocatedMap, Mark
from .validate import closest


class Record(NamedTuple):
    """One validated entry of a store file."""

    kind: str  # source, entity, topic, event, claim
    path: str
    data: LocatedMap

    def mark(self, key: str | None = None) -> Mark:
        if key is None:
            return self.data.mark
        return self.data.value_marks.get(key, self.data.mark)

    def item_mark(self, key: str, index: int) -> Mark:
        items = self.data.get(key)
        if isinstance(items, LocatedList) and index < len(items.item_marks):
            return items.item_marks[index]
        return self.mark(key)


HINT_NAMES = 50_000
"""How many names a check compares words with to suggest one (`did you mean`): ~1 s of difflib at most."""


class _Report:
    def __init__(self, drafts: frozenset[str] = frozenset(), limit: int | None = None) -> None:
        self.problems: list[Problem] = []
        self.drafts = drafts  # the ids of the records in draft
        self.limit = limit  # how many problems may be listed: past it, one that is no draft's raises TooManyProblems
        self.listed = 0  # problems listed and counted (a draft's too; not an unchecked reference)
        self.marked: set[tuple[str, bool]] = set()  # past the limit, (draft record, placeholder) already listed
        self.dropped = 0  # problems of drafts past the limit that were not listed
        self.hints: dict[tuple[str, int], tuple[object, str]] = {}  # (word, id of the choices): (them, suggestion)
        self.compared = 0  # names suggestions were looked for among

    def in_draft(self, record: Record) -> bool:
        return record.data.get("id") in self.drafts

    def found(self) -> list[Problem]:
        """Every problem. One of a record in draft is that draft's (rev37u U1: an `as_of` extract made broke every
        command, `--drafts` too): left out with the draft; unless a placeholder or a guess a preview shows, it
        keeps the record out of the preview too (`blocks`)."""
        return [
            p._replace(draft=True, blocks=True) if not p.draft and p.record in self.drafts else p for p in self.problems
        ]

    def hint(self, word: str, choices: Iterable[str]) -> str:
        """` (did you mean 'x'?)`: each word's suggestion among the same choices is looked for once a check, and
        at most MAX_PROBLEMS_PER_FILE words among at most HINT_NAMES names compared in all are looked for (each
        comparison ~20 µs of difflib, a name at a time); a word past them gets none. entities.yaml's 30,000 entities
        each `part_of` an unknown one compared 30,000 names 30,000 times, and its problems are not limited
        (check_core); even 200 of them took 0.14 s each among 3,000 entities (hostile63). A repeated word keeps its
        suggestion: counting every problem made 40 events naming `rute` among 3,000 entities lose it after the 16th
        (review66c M2)."""
        known = self.hints.get((word, id(choices)))
        if known is not None:
            return known[1]
        listed = choices if isinstance(choices, (list, tuple, set, frozenset, dict)) else list(choices)
        if len(self.hints) >= MAX_PROBLEMS_PER_FILE or self.compared + len(listed) > HINT_NAMES:
            return ""
        self.compared += len(listed)
        found = _suggest(word, listed)
        self.hints[(word, id(choices))] = (choices, found)  # the choices kept, so that their id names them
        return found

    def add(self, record: Record, mark: Mark, message: str, *, draft: bool = False, unchecked: str = "") -> None:
        label = f"{record.kind} '{record.data['id']}': "
        record_id = record.data["id"] if isinstance(record.data.get("id"), str) else ""
        problem = Problem(record.path, mark[0], mark[1], label + message, draft, record=record_id, unchecked=unchecked)
        if self.limit is None or unchecked:  # an unchecked reference is only counted (problems.py)
            self.problems.append(problem)
        elif self.listed < self.limit:
            self.listed += 1
            self.problems.append(problem)
        elif draft or record_id in self.drafts:
            # Past the limit a draft's first placeholder, and its first other problem, still mark it for a preview
            # (loader.drafted_ids, blocked_ids): the rest are counted in one line (stopped). A draft's problems all
            # listed, one draft of 250,000 unknown actors listed 250,001 lines (review66c M1).
            if (record_id, draft) in self.marked:
                self.dropped += 1
            else:
                self.marked.add((record_id, draft))
                self.problems.append(problem)
        else:
            raise TooManyProblems(problem)

    def stopped(self, stop: Problem | None) -> None:
        """The line that ends the list past the limit, last for its file (problems.StoreError): where the check
        stopped, at the first problem that is no draft's past it; else, if it dropped any of drafts, a draft's own
        line (a preview still serves the file)."""
        if stop is not None:
            rest = "the check stopped at the next one, here: what it had not reached was not checked"
            if self.marked:
                rest += f" (past the limit, records in draft listed {counted(len(self.marked), 'problem')} more that mark them)"
            self.problems.append(too_many(stop.path, stop[1:3], rest, stopped=True))
        elif self.dropped:
            last = max(self.problems, key=lambda p: (p.line, p.col))
            rest = (
                f"past them, records in draft list {counted(len(self.marked), 'problem')} more (each its first "
                f"placeholder and first other problem: they mark it in draft), and {self.dropped:,} were not listed"
            )
            self.problems.append(too_many(last.path, last[1:3], rest, stopped=False, draft=True))


def _strings(value: Any, path: str, mark: Mark) -> Iterator[tuple[str, str, Mark]]:
    """Every string in a record, with its dotted path (`title.en`, `evidence[0].quote`) and where it starts."""
    if isinstance(value, str):
        yield path, value, mark
    elif isinstance(value, LocatedMap):
        for key, inner in value.items():
            yield from _strings(inner, f"{path}.{key}" if path else key, value.value_marks.get(key, value.mark))
    elif isinstance(value, LocatedList):
        for index, inner in enumerate(value):
            inner_mark = value.item_marks[index] if index < len(value.item_marks) else value.mark
            yield from _strings(inner, f"{path}[{index}]", inner_mark)


def _placeholder_strings(record: Record) -> Iterator[tuple[str, str, Mark]]:
    """The `TODO:` texts `koursk extract` left in a record. Quotes are the one exception: they are checked against the
    article instead, and an article may say anything."""
    for path, text, mark in _strings(record.data, "", record.mark()):
        if TODO in text and path != "quote" and not path.endswith(".quote"):
            yield path, text, mark


def may_hold_placeholder(text: bytes) -> bool:
    """Whether a file's bytes may hold a `TODO:` placeholder or a character no text holds (NOT_TEXT) once read: YAML
    writes text as it is, except for the escapes of double-quoted strings (`\\x54ODO:`, `\\a`), and refuses every
    raw control character but the tab and the line breaks (a raw carriage return or U+2028 is a line break, or
    refused: yamldoc), so a file with none of them has none, and its thousands of strings need not be searched one
    by one (a tenth of a first load)."""
    return TODO.encode() in text or b"\\" in text or b"\t" in text


def _not_text(record: Record, report: _Report) -> None:
    """A control character, a tab or a line separator in any store text (`\\e[31m` in a title, `\\a` in a quote) is
    always a mistake: outputs escape it, but nobody reads it, and a copy of the YAML read elsewhere would obey it
    (rev37u U13, rev37h L1). Said once per text, at the text; a record in draft's is the draft's (_Report.found)."""
    for path, text, mark in _strings(record.data, "", record.mark()):
        if text.isprintable() or (found := NOT_TEXT.search(text)) is None:
            continue
        count = len(NOT_TEXT.findall(text, found.end()))
        more = f" (and {count:,} more)" if count else ""
        report.add(
            record,
            mark,
            f"{path} holds {character_name(found.group())} at character {found.start() + 1:,}{more}: no curated "
            "text holds a control character or a line separator (a terminal obeys one, nobody sees the other); "
            "delete it, or write a space or a new line where one was meant",
        )


def _in_draft(record: Record) -> bool:
    """Whether the record still has a placeholder koursk extract left: its other guesses are unchecked too."""
    return next(_placeholder_strings(record), None) is not None


def _cited(record: Record) -> list[str]:
    """The sources an event or claim cites."""
    data = record.data
    return [e["source"] for e in data["evidence"]] if record.kind == "event" else [data["source"]]


def _placeholders(record: Record, report: _Report) -> None:
    """A `TODO:` text that `koursk extract` left for the curator is not data: a title, basis or unit to write."""
    for path, text, mark in _placeholder_strings(record):
        placeholder = shown(text if len(text) <= 60 else text[:59] + "…", None)
        remedy = "write it from the article"
        if record.kind in ("event", "claim"):
            remedy += f", or delete the {record.kind} if it is not worth keeping"
        report.add(
            record, mark, f'{path}: "{placeholder}" is a placeholder left by koursk extract; {remedy}', draft=True
        )


def _suggest(word: str, choices: Iterable[str]) -> str:
    hint = closest(word, sorted(choices))
    return f" (did you mean '{hint}'?)" if hint else ""


def _dates(records: list[Record], report: _Report) -> dict[tuple[str, str], FuzzyDate]:
    """Parse every date field once; the key is (record id, field)."""
    parsed: dict[tuple[str, str], FuzzyDate] = {}
    fields = {"source": "published", "event": "date", "claim": "as_of"}
    for record in records:
        key = fields.get(record.kind)
        if key is None:
            continue
        try:
            when = store_date(record.data[key])
        except DateError as error:
            report.add(record, record.mark(key), f"{key}: {error}")
            continue
        parsed[(record.data["id"], key)] = when
    return parsed


def _unique_ids(records: list[Record], report: _Report) -> None:
    """Across sources, entities and topics; each events or claims file is checked against them in check_entries,
    and their ids against one another's by the loader (every file at once)."""
    seen: dict[str, Record] = {}
    for record in records:
        first = seen.setdefault(record.data["id"], record)
        if first is not record:
            message = duplicate_id(record.data["id"], first.kind, first.path, first.mark("id")[0])
            report.add(record, record.mark("id"), message)


def _not_core_ids(records: list[Record], owners: Mapping[str, tuple[str, str, int]], report: _Report) -> None:
    """An event or claim id that is a source's, entity's or topic's: named with the core file, a sibling of the
    record's folder (data/events/x.yaml → data/entities.yaml), wherever the store is."""
    for record in records:
        owner = owners.get(record.data["id"])
        if owner is not None:
            kind, name, line = owner
            path = os.path.join(os.path.dirname(os.path.dirname(record.path)), name)
            report.add(record, record.mark("id"), duplicate_id(record.data["id"], kind, path, line))


def _names(record: LocatedMap) -> Iterator[tuple[str, str, Mark]]:
    """What a user may type for an entity or topic (lookup.py folds them): its id, its names, its aliases, each
    with what it is and where it is written."""
    yield "id", record["id"], record.value_marks["id"]
    for lang in ("en", "fr"):
        yield "name", record["name"][lang], record["name"].value_marks[lang]
    aliases = record.get("aliases", LocatedList(record.mark))
    for alias, mark in zip(aliases, aliases.item_marks, strict=False):
        yield "alias", alias, mark


class _Name(NamedTuple):
    record: Record
    role: str  # id, name or alias
    name: str
    mark: Mark


def _one_record_per_name(records: list[Record], report: _Report) -> None:
    """A name (folded) leads to one entity, and one topic: otherwise `--actor`, `--place`, `show` and `claims TOPIC`
    would answer with whichever came first in the file. One problem per pair, at the name that is not an id (an
    id wins over names, so that is the one to rename or drop), naming the other record and where it is."""
    owners: dict[tuple[str, str], _Name] = {}  # (kind, folded name): where it is first written
    reported: set[tuple[str, ...]] = set()
    for record in records:
        if record.kind not in ("entity", "topic"):
            continue
        for role, name, mark in _names(record.data):
            here = _Name(record, role, name, mark)
            first = owners.setdefault((record.kind, fold(name)), here)
            pair = (record.kind, *sorted((first.record.data["id"], record.data["id"])))
            if first.record is record or pair in reported or role == first.role == "id":
                continue  # its own names may repeat; two equal ids are a duplicate id (_unique_ids)
            reported.add(pair)
            at, other = (first, here) if role == "id" else (here, first)
            whose = "the id" if other.role == "id" else f"{'a' if other.role == 'name' else 'an'} {other.role}"
            report.add(
                at.record,
                at.mark,
                f"{at.role} '{at.name}' is also {whose} of {record.kind} '{other.record.data['id']}' "
                f"({os.path.basename(other.record.path)}:{other.record.mark('id')[0]}): a name must lead to one "
                f"{record.kind}; rename or drop one",
            )


def _dependent_fields(records: list[Record], report: _Report) -> None:
    """A field that means something only beside another: coordinates on a place, `outlet_credited` on an outlet."""
    for record in records:
        if record.kind == "entity" and "coordinates" in record.data and record.data["kind"] != "place":
            report.add(record, record.mark("coordinates"), "coordinates are for places only")
        if record.kind == "source" and record.data.get("outlet_credited") and record.data["outlet"] is None:
            report.add(
                record, record.mark("outlet_credited"), "outlet_credited: true needs the outlet the text credits"
            )
        if record.kind == "topic" and "decimal_units" in record.data and "units" not in record.data:
            report.add(
                record,
                record.mark("decimal_units"),
                "decimal_units needs the topic's `units`: a decimal unit is one of its units (without `units`, a "
                "claim's unit is decimal when a topic that lists it marks it so)",
            )
        elif record.kind == "topic" and "units" in record.data:
            units = record.data["units"]
            for index, unit in enumerate(record.data.get("decimal_units", [])):
                if unit not in units:
                    mark = record.item_mark("decimal_units", index)
                    listed = ", ".join(units)
                    report.add(
                        record,
                        mark,
                        f"decimal_units: '{unit}' is not one of the topic's units ({listed}){report.hint(unit, units)}; "
                        "a decimal unit is also listed in `units`",
                    )


def _retrieved(records: list[Record], published: dict[str, FuzzyDate], report: _Report, today: date) -> None:
    """A source's `retrieved` day, which `cite` prints, is one the article could have been read on (rev24 F16:
    2024-01-01 for an article of 8 Nov 2024, or 2099-01-01, passed), and its `published` window ends by today
    (rev26 M4: an article of 2031 passed, and `--as-of` counted it from then)."""
    for record in records:
        if record.kind != "source":
            continue
        when = published.get(record.data["id"])
        if when is not None and (problem := publication_problem(when, today)):
            report.add(record, record.mark("published"), f"published {when.text} {problem}")
        day = record.data.get("retrieved")
        if day is not None and (problem := retrieval_problem(day, when, today)):
            report.add(record, record.mark("retrieved"), f"retrieved {day} {problem}")


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _part_of(records: list[Record], report: _Report) -> None:
    """A place lies in a known place or state, an actor acts for a known state or organisation (partof.PARENT_KINDS),
    and the chain of `part_of` never loops back."""
    kinds = {r.data["id"]: r.data["kind"] for r in records if r.kind == "entity"}
    parents = {r.data["id"]: r.data["part_of"] for r in records if r.kind == "entity" and "part_of" in r.data}
    for record in records:
        parent = record.data.get("part_of") if record.kind == "entity" else None
        if parent is None:
            continue
        mark = record.mark("part_of")
        allowed = parent_kinds(record.data["kind"])
        named = " or ".join(allowed)
        if not allowed:
            report.add(record, mark, f"part_of: {_a(record.data['kind'])} is part of nothing")
        elif parent not in kinds:
            report.add(record, mark, f"part_of: unknown {named} '{parent}'{report.hint(parent, kinds)}")
        elif kinds[parent] not in allowed:
            report.add(record, mark, f"part_of: '{parent}' is {_a(kinds[parent])}, not {_a(named)}")
        else:
            chain = [record.data["id"], parent]
            while parent in parents and parent not in chain[:-1]:
                parent = parents[parent]
                chain.append(parent)
            if parent == record.data["id"]:  # an entity that only hangs from a loop is told at the loop's members
                report.add(record, mark, f"part_of: {' -> '.join(chain)} is a loop")


def _measure_bounds(records: list[Record], report: _Report) -> None:
    """A measure's `at_most` names another measure of its own topic, and the chain of them never loops back
    (docs/claims.md rule 9)."""
    for record in records:
        items = record.data.get("measures") if record.kind == "topic" else None
        if not isinstance(items, list):
            continue
        measures = [m for m in items if isinstance(m, dict) and isinstance(m.get("id"), str)]
        bounds = {m["id"]: m["at_most"] for m in measures if isinstance(m.get("at_most"), str)}
        for measure in measures:
            bound = bounds.get(measure["id"])
            if bound is None:
                continue
            mark = (
                measure.value_marks.get("at_most", measure.mark) if isinstance(measure, LocatedMap) else record.mark()
            )
            where = f"measure '{measure['id']}': at_most"
            if bound not in {m["id"] for m in measures}:
                hint = report.hint(bound, (m["id"] for m in measures if m["id"] != measure["id"]))
                report.add(record, mark, f"{where}: unknown measure '{bound}' of this topic{hint}")
                continue
            chain = [measure["id"], bound]
            while bound in bounds and bound not in chain[:-1]:
                bound = bounds[bound]
                chain.append(bound)
            if bound == measure["id"]:  # a measure that only leads into a loop is told at the loop's members
                report.add(record, mark, f"{where}: {' -> '.join(chain)} is a loop")


def _seeds(records: list[Record], seeds: Mapping[str, bytes | str | None], report: _Report) -> dict[str, str]:
    """Check each source's seed and hash; return the normalised seed text per source id. A seed the loader could
    not read comes as the reason why (`does not exist`, `is a FIFO (named pipe), not a regular file`, …)."""
    texts: dict[str, str] = {}
    for record in records:
        if record.kind != "source":
            continue
        source = record.data
        data = seeds.get(source["seed"])
        if not isinstance(data, bytes):
            name = shown(source["seed"])
            report.add(record, record.mark("seed"), f"seed file 'seeds/{name}' {data or 'does not exist'}")
            continue
        if not printable_name(source["seed"]):  # a name `read` and `check` would otherwise echo as it is
            name = shown(source["seed"])
            report.add(
                record, record.mark("seed"), f"seed file 'seeds/{name}': its name is not printable UTF-8: rename it"
            )
            continue
        digest = sha256_hex(data)
        if digest != source["sha256"]:
            report.add(record, record.mark("sha256"), f"sha256 does not match seeds/{source['seed']} (it is {digest})")
        try:
            texts[source["id"]] = normalise_quote(data.decode("utf-8"))
        except UnicodeDecodeError:
            report.add(record, record.mark("seed"), f"seeds/{source['seed']} is not UTF-8 text")
    return texts


def _context(records: list[Record], published: dict[str, FuzzyDate], texts: dict[str, str]) -> Context:
    """Ids of every core entry, schema-valid or not, so one mistyped field does not cascade into unknown references."""
    named = [r for r in records if isinstance(r.data.get("id"), str)]
    entities = [r.data for r in named if r.kind == "entity"]
    owners = {r.data["id"]: (r.kind, os.path.basename(r.path), r.mark("id")[0]) for r in reversed(named)}
    measures: dict[str, frozenset[str]] = {}
    units: dict[str, frozenset[str]] = {}
    decimal: dict[str, frozenset[str]] = {}
    for record in records:
        if record.kind != "topic" or not isinstance(record.data.get("id"), str):
            continue
        items, listed = record.data.get("measures"), record.data.get("units")
        if isinstance(items, list):
            ids = {m.get("id") for m in items if isinstance(m, dict)}
            measures[record.data["id"]] = frozenset(i for i in ids if isinstance(i, str))
        if isinstance(listed, list):
            units[record.data["id"]] = frozenset(u for u in listed if isinstance(u, str))
        if isinstance(marked := record.data.get("decimal_units"), list):
            decimal[record.data["id"]] = frozenset(u for u in marked if isinstance(u, str))
    return Context(
        actors=frozenset(e["id"] for e in entities if e.get("kind") != "place"),
        places=frozenset(e["id"] for e in entities if e.get("kind") == "place"),
        sources=frozenset(r.data["id"] for r in records if r.kind == "source" and isinstance(r.data.get("id"), str)),
        measures=measures,
        units=units,
        decimal_units=decimal,
        published=published,
        seed_texts=texts,
        owners=owners,
    )


class _References:
    def __init__(self, context: Context, report: _Report) -> None:
        self.context = context
        self.report = report

    def ids(
        self, record: Record, key: str, known: frozenset[str], other: frozenset[str], what: str, other_what: str
    ) -> None:
        for index, ref in enumerate(record.data.get(key, [])):
            if ref in known:
                continue
            mark = record.item_mark(key, index)
            if ref == TODO_ASSERTER and key == "asserted_by":  # extract writes it nowhere else (placeholders.entity)
                self.report.add(
                    record,
                    mark,
                    f"asserted_by: '{TODO_ASSERTER}' is a placeholder left by koursk extract; the quote names who says "
                    "it: write their entity's id (add them to entities.yaml if they are not there), or [] if the "
                    "article itself does",
                    draft=True,
                )
            elif "entity" in self.context.unread:  # entities.yaml could not be read: said once (problems.py)
                self.report.add(record, mark, f"{key}: '{ref}' not checked", unchecked=self.context.unread["entity"])
            elif ref in other:
                self.report.add(record, mark, f"{key}: '{ref}' is {other_what}, not {what}")
            else:
                self.report.add(record, mark, f"{key}: unknown {what} '{ref}'{self.report.hint(ref, known)}")

    def speaker(self, record: Record, speaker: str, mark: Mark) -> None:
        """Who speaks in a quote is an actor of the store (a person, agency, state…), never a place."""
        actors, places = self.context.actors, self.context.places
        if speaker in actors:
            return
        if speaker in places:
            self.report.add(record, mark, f"speaker: '{speaker}' is a place, not who speaks")
        else:
            self.report.add(
                record,
                mark,
                f"speaker: unknown actor '{speaker}'{self.report.hint(speaker, actors)}; add them to entities.yaml",
            )

    def source(self, record: Record, source: str, mark: Mark) -> bool:
        if source in self.context.sources:
            return True
        if "source" in self.context.unread:  # sources.yaml could not be read: said once (problems.py)
            self.report.add(record, mark, f"source '{source}' not checked", unchecked=self.context.unread["source"])
            return False
        self.report.add(record, mark, f"unknown source '{source}'{self.report.hint(source, self.context.sources)}")
        return False

    def topic(self, record: Record) -> None:
        topic, measure = record.data["topic"], record.data["measure"]
        measures = self.context.measures
        if topic == TODO_TOPIC:
            self.report.add(
                record,
                record.mark("topic"),
                f"topic '{TODO_TOPIC}' is a placeholder left by koursk extract; choose the topic and measure this "
                "figure counts (`koursk claims` lists them)",
                draft=True,
            )
        elif "topic" in self.context.unread:  # topics.yaml could not be read: said once (problems.py)
            self.report.add(record, record.mark("topic"), "topic not checked", unchecked=self.context.unread["topic"])
        elif topic not in measures:
            self.report.add(record, record.mark("topic"), f"unknown topic '{topic}'{self.report.hint(topic, measures)}")
        elif measure == TODO_MEASURE:
            choices = ", ".join(sorted(measures[topic]))
            self.report.add(
                record,
                record.mark("measure"),
                f"measure '{TODO_MEASURE}' is a placeholder left by koursk extract; choose one of topic '{topic}': "
                f"{choices}",
                draft=True,
            )
        elif measure not in measures[topic]:
            hint = self.report.hint(measure, measures[topic])
            self.report.add(record, record.mark("measure"), f"topic '{topic}' has no measure '{measure}'{hint}")

    def unit(self, record: Record) -> None:
        """A unit comes from its topic's vocabulary: a word the rules misread (« entre », « ont ») is no unit."""
        topic, unit = record.data["topic"], record.data["unit"]
        allowed = self.context.units.get(topic)
        if allowed is None or unit in allowed or TODO in unit:  # a TODO is reported as a placeholder
            return
        self.report.add(
            record,
            record.mark("unit"),
            f"unit '{unit}' is not one of topic '{topic}': {', '.join(sorted(allowed))}{self.report.hint(unit, allowed)} "
            "(a new unit goes into the topic's units in topics.yaml)",
        )


MIN_QUOTE_WORDS = 2
MIN_QUOTE_CHARACTERS = 10  # the shortest quote of the shipped store has 10 words and 43 characters


def too_short(normalised: str) -> bool:
    """Whether a quote (normalise_quote'd: its words joined by single spaces) is too short to prove anything; extract
    lengthens such a quote it would draft (extract/quotes.py, rev37u U1)."""
    return len(normalised) < MIN_QUOTE_CHARACTERS or normalised.count(" ") + 1 < MIN_QUOTE_WORDS


def _quote(record: Record, report: _Report, texts: Mapping[str, str], source: str, quote: str, mark: Mark) -> None:
    """A quote is in its seed on whole words (quotespans): a substring cut out of a word or figure proves nothing."""
    normalised = normalise_quote(quote)
    if too_short(normalised):
        report.add(
            record,
            mark,
            f"quote '{shown(quote)}' is too short to prove anything: quote at least {MIN_QUOTE_WORDS} words and "
            f"{MIN_QUOTE_CHARACTERS} characters of the sentence",
            draft=report.in_draft(
                record
            ),  # extract's guess (a page's « 3 mn »): the curator's to fix, not a broken store
        )
        return
    text = texts.get(source)
    if text is None or stands(text, normalised):
        return
    cuts = (cut(text, start, end) for start, end in occurrences(text, normalised))
    if (first := next(cuts, None)) is None:
        report.add(record, mark, f"quote not found in the seed of source '{source}'")
    else:
        report.add(
            record,
            mark,
            f"quote {first.edge} inside « {shown(first.word)} » of the seed of source '{source}': a quote begins and "
            "ends on whole words, so that it cannot give a figure or word the article does not (« 2.000 » cut out "
            "of « 12.000 »)",
        )


def beyond_publication(when: FuzzyDate, published: Iterable[FuzzyDate]) -> str | None:
    """Whether a fact dated `when` `starts` or `ends` after every publication reporting it (None: neither), which
    `check` refuses; extract drafts no such date (extract/forecasts.py, rev37u U1). An end written as the month (or year)
    of the publication, `2024-10` for an article of 28 Oct, says no more than that month: it is the end's own day or
    period that may not lie after every publication (rev26 M4: `2024-11-07/2030-01-01` from articles of Nov 2024
    passed, and overlapped every later figure)."""
    latest = max((p.end for p in published), default=None)
    if latest is None:
        return None
    return "starts" if when.start > latest else "ends" if when.last.start > latest else None


def _by_publication(
    record: Record, report: _Report, when: FuzzyDate | None, published: list[FuzzyDate], key: str
) -> None:
    beyond = None if when is None else beyond_publication(when, published)
    if when is None or beyond is None:
        return
    latest = max(p.end for p in published)
    if beyond == "starts":
        # a guess of a record still in draft (a plan read as the date of what happens: « doivent arriver d'ici à la
        # fin de l'été ») does not stop extract from drafting other articles; check refuses it like any other
        report.add(
            record,
            record.mark(key),
            f"{key} {when.text} starts after every source reporting it was published (a forecast? date it at its "
            "statement and say what it foresees in the title or a note: koursk docs editorial §6)",
            draft=report.in_draft(record),
        )
    else:
        report.add(
            record,
            record.mark(key),
            f"{key} {when.text} ends after every source reporting it was published (by {latest.isoformat()}): an "
            "interval bounds when the fact can have happened, as far as the articles can know; end it by their "
            "publication (a state still holding is dated to it; a forecast, at its statement: koursk docs editorial §6)",
            draft=report.in_draft(record),
        )


def decimal_units_of(topic: str, context: Context) -> frozenset[str]:
    """The units a claim of `topic` may give a decimal in: those its `decimal_units` lists; on a topic that lists no
    `units` (any unit goes), those some topic listing `units` marks decimal (km2 on the front's topic), so 2.5 km2
    passes there and 1.5 soldiers does not (rev28 C9)."""
    if topic in context.units:
        return context.decimal_units.get(topic, frozenset())
    return frozenset().union(*(marked for t, marked in context.decimal_units.items() if t in context.units))


def _values(record: Record, report: _Report, context: Context | None) -> None:
    """A unit counts whole things unless its topic lists it in `decimal_units` (topics.yaml: km2, a factor, a
    duration; decimal_units_of): `value: 1.5` for « 1.500 militaires » (French thousands, one keystroke from
    `1.500`, which the schema refuses) is no count of soldiers (rev24 F4). A unit extract left as a placeholder
    decides nothing yet: the placeholder is the problem reported (`unit`)."""
    claim: dict[str, Any] = record.data
    unit = str(claim["unit"])
    if context is not None and TODO not in unit and unit not in decimal_units_of(claim["topic"], context):
        for key in ("value", "value_min", "value_max"):
            if isinstance(number := claim.get(key), float) and not number.is_integer():
                report.add(
                    record,
                    record.mark(key),
                    f"{key} {number:g}: {claim['unit']} are counted in whole numbers (1500 for « 1.500 », the "
                    "French thousands); a unit that measures rather than counts (km2, a factor) is listed in its "
                    "topic's decimal_units in topics.yaml",
                )
    if claim["value_kind"] == "range":
        low, high = claim.get("value_min"), claim.get("value_max")
        if low is None or high is None:
            report.add(record, record.mark("value_kind"), "a range needs both value_min and value_max")
        elif low > high:
            report.add(record, record.mark("value_min"), f"value_min {low} is above value_max {high}")
    else:
        if claim["value"] is None:  # also what extract leaves where it cannot read a number for sure
            report.add(
                record,
                record.mark("value"),
                f"value_kind is {claim['value_kind']}, so the claim needs a value",
                draft=True,
            )
        for key in ("value_min", "value_max"):
            if claim.get(key) is not None:
                report.add(record, record.mark(key), f"{key} is for value_kind: range only")


def _restatements(records: list[Record], report: _Report, refused: frozenset[str]) -> None:
    """`restates` names another claim of the same file, source, topic and measure, which restates nothing itself.

    A restatement is an article repeating its own figure (a summary box, a recap), so both live in the file of their
    topic; keeping them together lets each file be checked (and cached) on its own."""
    claims = {r.data["id"]: r.data for r in records if r.kind == "claim"}
    for record in records:
        target = record.data.get("restates") if record.kind == "claim" else None
        if target is None or target in refused:  # the claim it restates has its own problem, said already
            continue
        original = claims.get(target)
        mark = record.mark("restates")
        if target == record.data["id"]:
            report.add(record, mark, "restates: a claim cannot restate itself")
        elif original is None:
            others = [i for i in claims if i != record.data["id"]]
            report.add(
                record,
                mark,
                f"restates: no claim '{target}' in this file{report.hint(target, others)} (a restatement "
                "and the claim it repeats share source, topic and measure, and live in the same file)",
            )
        elif original.get("restates") is not None:
            report.add(record, mark, f"restates: '{target}' is itself a restatement; name the claim it restates")
        else:
            for key in ("source", "topic", "measure"):
                if original[key] != record.data[key]:
                    report.add(
                        record,
                        mark,
                        f"restates: '{target}' has {key} '{original[key]}', this claim "
                        f"'{record.data[key]}' (a restatement repeats a figure of the same article and measure)",
                    )


def check_core(
    records: list[Record], seeds: Mapping[str, bytes | str | None], partial: list[Record] | None = None
) -> tuple[list[Problem], Context]:
    """Check sources, entities and topics (ids, names, seeds, publication dates) and build the Context.

    `partial` holds core entries that failed the schema: their ids still count as known.
    """
    report = _Report(frozenset(r.data["id"] for r in records if r.kind == "source" and _in_draft(r)))
    _unique_ids(records, report)
    _dependent_fields(records, report)
    _one_record_per_name(records, report)
    _part_of(records, report)
    _measure_bounds(records, report)
    for record in records:
        _placeholders(record, report)
        _not_text(record, report)
    dates = _dates(records, report)
    texts = _seeds(records, seeds, report)
    published = {sid: d for (sid, key), d in dates.items() if key == "published"}
    _retrieved(records, published, report, date.today())
    return report.found(), _context([*records, *(partial or [])], published, texts)


def check_entries(
    records: list[Record],
    context: Context,
    *,
    drafted: bool = True,
    refused: frozenset[str] = frozenset(),
    limit: int | None,
) -> list[Problem]:
    """Check events and claims against the context; return the problems.

    Ids are compared with the core's here, not across files: the loader keeps one registry for those. `drafted=False`
    says the file's text cannot hold a placeholder or a control character (see may_hold_placeholder), so no string is
    searched for one.
    `refused`: the ids of the file's records that failed the schema, already said: what depends on one is not
    judged again (rev31 L2: a claim restating one was « no claim X in this file »).
    `limit`: how many problems are listed (the file's MAX_PROBLEMS_PER_FILE, less those its schema found), a
    draft's counted too; past it, the first that is no draft's stops the check, one line saying so, and a draft
    lists only what marks it (_Report.add). None: no limit. 0: the first problem that is no draft's stops it (a
    first reading that only asks whether there are any).
    """
    in_draft = (r for r in records if (drafted and _in_draft(r)) or not context.drafts.isdisjoint(_cited(r)))
    report = _Report(frozenset(r.data["id"] for r in in_draft), limit)
    try:
        _check_entries(records, context, report, drafted, refused)
    except TooManyProblems as stop:
        report.stopped(stop.problem)
    else:
        report.stopped(None)
    return report.found()


def _check_entries(
    records: list[Record], context: Context, report: _Report, drafted: bool, refused: frozenset[str]
) -> None:
    _not_core_ids(records, context.owners, report)
    dates = _dates(records, report)
    refs = _References(context, report)
    texts, published = context.seed_texts, context.published
    for record in records:
        data = record.data
        if drafted:
            _placeholders(record, report)
            _not_text(record, report)
        if record.kind == "event":
            refs.ids(record, "actors", context.actors, context.places, "actor", "a place")
            refs.ids(record, "places", context.places, context.actors, "place", "an actor")
            used: list[FuzzyDate] = []
            unknown = False  # a source refused by the schema: when it was published is not known (rev31 L2)
            for index, evidence in enumerate(data["evidence"]):
                mark = record.item_mark("evidence", index)
                if refs.source(record, evidence["source"], evidence.value_marks.get("source", mark)):
                    _quote(
                        record,
                        report,
                        texts,
                        evidence["source"],
                        evidence["quote"],
                        evidence.value_marks.get("quote", mark),
                    )
                    if evidence["source"] in published:
                        used.append(published[evidence["source"]])
                    else:
                        unknown = True
                if "speaker" in evidence:
                    refs.speaker(record, evidence["speaker"], evidence.value_marks.get("speaker", mark))
            if not unknown:
                _by_publication(record, report, dates.get((data["id"], "date")), used, "date")
        elif record.kind == "claim":
            refs.topic(record)
            refs.unit(record)
            refs.ids(record, "asserted_by", context.actors, context.places, "actor", "a place")
            # which units are decimal is topics.yaml's: unknown when it could not be read
            _values(record, report, None if "topic" in context.unread else context)
            if refs.source(record, data["source"], record.mark("source")):
                _quote(record, report, texts, data["source"], data["quote"], record.mark("quote"))
                pub = [published[data["source"]]] if data["source"] in published else []
                _by_publication(record, report, dates.get((data["id"], "as_of")), pub, "as_of")
    _restatements(records, report, refused)
