"""What `koursk extract` leaves for a curator to write, and `koursk check` refuses until it is written."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from .model import Bilingual, Entity, Measure, Store, Topic

_Named = TypeVar("_Named", Entity, Topic)

TODO = "TODO:"
"""Starts every text a curator must write (titles, bases, units): « TODO: English title »."""
TODO_TOPIC = "todo-topic"
"""The topic of a figure no word of its sentence gave away."""
TODO_MEASURE = "todo-measure"
"""The measure of such a figure."""
TODO_ASSERTER = "todo-asserter"
"""Who asserts a figure whose sentence names a speaker no entity matches (« un responsable américain a affirmé »)."""
DRAFT_PREVIEW = (
    "DRAFT PREVIEW (koursk --drafts): it holds drafts left by koursk extract that no curator has finished. "
    "Not the curated store and not for publication."
)
"""The mark every file a `--drafts` export or report writes carries in its own text (a banner, a first line, a
field), so that a draft preview passed on can never pass for the curated store."""
DRAFT_BADGE = "[draft]"
"""Opens the text of each record still in draft wherever it is shown (a terminal's tables, an export's titles, the
report's badges): which records of a preview no curator has finished (export/formats.Exporter.draft_mark)."""


def badged(text: str, draft: bool) -> str:
    """`[draft] text` for a record still in draft, the text alone for a curated one: as exports and `diff` write it."""
    return f"{DRAFT_BADGE} {text}" if draft else text


def drafted(store: Store, record_id: str) -> bool:
    """Whether the claim, event, article or entity `record_id` is still in draft (False for any other id): a view
    that names a related record (a conflict, a restated figure, a claim's event, a source) marks it as its own."""
    found = (  # the tables in memory first (a cached store reads a claim or event from its database), then claims:
        store.sources.get(record_id)  # the related records views name most (conflicts, restatements)
        or store.entities.get(record_id)
        or store.claims.get(record_id)
        or store.events.get(record_id)
    )
    return found is not None and found.draft


def named(store: Store, record_id: str) -> str:
    """`record_id` as a human-readable view names it: `[draft] ID` for a record still in draft (badged)."""
    return badged(record_id, drafted(store, record_id))


# --drafts: the one way every command resolves an id that may be a placeholder (rev26 H1). A store read with
# --drafts may hold claims whose `asserted_by` is [todo-asserter], whose topic is todo-topic or whose measure is
# todo-measure: no entity, topic or measure has these ids, so each is shown as the stand-in below, named for what it
# is (« TODO: asserter »), never looked up as if the curator had written it.
PLACEHOLDER_KIND = "placeholder"
"""The kind of a stand-in entity (no entity of a store has it: data/schema.json lists the kinds)."""
ASSERTER = Entity(TODO_ASSERTER, PLACEHOLDER_KIND, Bilingual(f"{TODO} asserter", f"{TODO} asserter"))
MEASURE = Measure(TODO_MEASURE, Bilingual(f"{TODO} measure", f"{TODO} measure"))
TOPIC = Topic(TODO_TOPIC, Bilingual(f"{TODO} topic", f"{TODO} topic"), (), (MEASURE,))


def entity(store: Store, entity_id: str) -> Entity:
    """The entity `entity_id` names, or the stand-in of the placeholder asserter (KeyError for any other id: a
    checked store names no missing entity)."""
    return _resolved(store.entities, entity_id, TODO_ASSERTER, ASSERTER)


def topic(store: Store, topic_id: str) -> Topic:
    """The topic `topic_id` names, or the stand-in of the placeholder topic (KeyError for any other id)."""
    return _resolved(store.topics, topic_id, TODO_TOPIC, TOPIC)


def _resolved(table: Mapping[str, _Named], wanted: str, placeholder: str, stand_in: _Named) -> _Named:
    found = table.get(wanted)
    if found is not None:
        return found
    if wanted == placeholder:
        return stand_in
    raise KeyError(wanted)


def measure(topic: Topic, measure_id: str) -> Measure | None:
    """The measure of `topic`, or the stand-in of the placeholder measure (None: the topic has no such measure)."""
    found = topic.measure(measure_id)
    return MEASURE if found is None and measure_id == TODO_MEASURE else found
