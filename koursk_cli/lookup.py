"""Resolve what users type (names, aliases, ids, tags) to store ids, case- and accent-insensitively."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from .errors import DataError, UsageError
from .model import Entity, SourceName, Store
from .partof import within
from .query import distinct_values
from .sources import seed_key, seed_number
from .suggest import did_you_mean, suggestions
from .textnorm import Alternatives, fold, query_text, query_words, search_words


def _hint(word: str, choices: Iterable[str], what: str) -> str:
    pool = sorted(set(choices))
    close = suggestions(word, pool)
    if close:
        return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
    shown = ", ".join(pool[:12]) + (", …" if len(pool) > 12 else "")
    return f"known {what}: {shown}"


def _article(place: bool) -> str:
    return "a place" if place else "an actor"


def entity_names(entity: Entity) -> list[str]:
    return [entity.id, entity.name.en, entity.name.fr, *entity.aliases]


def _is_territory(store: Store, entity: Entity, wanted: str) -> bool:
    """A state named by its id or name (not an alias such as Moscow or Kremlin, which stand for its government)
    is the territory its places lie in."""
    named = wanted in (fold(n) for n in (entity.id, entity.name.en, entity.name.fr))
    return (
        entity.kind == "state" and named and any(e.part_of == entity.id and e.is_place for e in store.entities.values())
    )


def resolve_within(store: Store, texts: Iterable[str], *, place: bool) -> tuple[str, ...]:
    """What `--place` (place=True) or `--actor` takes: each place with every place within it (`--place Russie`
    takes in Kursk Oblast and Sudzha; a state counts as a place when places lie in it), each actor with every actor
    acting for it (`--actor Séoul` takes in the NIS; `--actor nis` is the NIS alone), without repeats."""
    return tuple(
        dict.fromkeys(
            found
            for text in texts
            for found in within(store.entities, resolve_entity(store, text, place=place).id, place=place)
        )
    )


def text_with_names(store: Store, text: str) -> str:
    """`--text` as it is searched: each word that is a one-word name of an entity (its id, a name or an alias, as
    `--text` folds them: Kursk, Koursk, umerov, Oumierov) stands for every one-word name of that entity, as words in
    parentheses do (`(kursk koursk)`): titles are English and quotes French, so a name is often spelt two ways
    (rev21 A5). Words in a row that are a name of several words (`Corée du Nord`, `Vladimir Poutine`, as typed or in
    double quotes) stand for every name of that entity, each a phrase (`("coree du nord" "north korea" pyongyang
    …)`): an event naming it any way is found, where all the words anywhere missed those naming it otherwise. A
    prefix (`kours*`) stands for itself."""
    names = _one_word_names(store)
    phrases = _several_word_names(store)
    longest = max((key.count(" ") + 1 for key in phrases), default=0)

    def spellings(term: Alternatives) -> Alternatives:
        return tuple(
            dict.fromkeys(
                pair
                for word, prefix in term
                for pair in ([(word, True)] if prefix else [(alt, False) for alt in names.get(word, (word,))])
            )
        )

    def plain(term: Alternatives) -> str | None:
        """The words of a term that may be part of a name: one word or phrase, not a prefix."""
        return term[0][0] if len(term) == 1 and not term[0][1] else None

    terms = query_words(text)
    searched: list[Alternatives] = []
    at = 0
    while at < len(terms):
        for end in range(min(len(terms), at + longest), at, -1):
            words = [plain(term) for term in terms[at:end]]
            key = " ".join(w for w in words if w is not None) if None not in words else None
            if key is not None and key in phrases:
                searched.append(phrases[key])
                at = end
                break
        else:
            searched.append(spellings(terms[at]))
            at += 1
    return query_text(searched)


def _several_word_names(store: Store) -> dict[str, Alternatives]:
    """Each name of several words of an entity, as a query phrase (`coree du nord`), with every name of the entity
    (one word or several) as the alternatives it stands for, itself first."""
    found: dict[str, Alternatives] = {}
    for entity in store.entities.values():
        spelt = list(dict.fromkeys(" ".join(words) for name in entity_names(entity) if (words := search_words(name))))
        for key in spelt:
            if " " in key:
                found.setdefault(key, tuple((name, False) for name in [key, *(s for s in spelt if s != key)]))
    return found


def _one_word_names(store: Store) -> dict[str, tuple[str, ...]]:
    """Each one-word name of an entity, as a search word, with the entity's others after it."""
    found: dict[str, list[str]] = {}
    for entity in store.entities.values():
        words = list(dict.fromkeys(w[0] for name in entity_names(entity) if len(w := search_words(name)) == 1))
        for word in words:
            found.setdefault(word, [word]).extend(w for w in words if w != word)
    return {word: tuple(dict.fromkeys(others)) for word, others in found.items()}


def resolve_entity(store: Store, text: str, *, place: bool) -> Entity:
    """An actor (place=False) or place (place=True) by id, name or alias; a state that holds places is both. An id
    wins over any name (`koursk check` refuses a name two entities share, an id among them)."""
    wanted = fold(text)
    what = "place" if place else "actor"
    entity = store.entities.get(wanted) or _entity_named(store, wanted)
    if entity is not None:
        if entity.is_place != place and not (place and _is_territory(store, entity, wanted)):
            use = f"use {'--place' if entity.is_place else '--actor'} {entity.id}"
            alike = _spelt_alike(store, wanted, place=place)
            raise UsageError(
                f"'{text}' is {_article(entity.is_place)}, not {_article(place)}",
                f"as {_article(place)}, did you mean {' or '.join(_named(*a) for a in alike)}? As "
                f"{_article(entity.is_place)}, {use}"
                if alike
                else use,
            )
        return entity
    owners = {n: e.id for e in store.entities.values() if e.is_place == place for n in entity_names(e)}
    close: dict[str, str] = {}  # id: the name of it that came close, first found
    for name in suggestions(text, owners, limit=5):
        close.setdefault(owners[name], name)
    hint = (
        "did you mean " + " or ".join(_named(i, n) for i, n in list(close.items())[:3]) + "?"
        if close
        else _hint(text, set(owners.values()), what + "s")
    )
    raise UsageError(f"unknown {what} '{text}'", hint)


def _spelt_alike(store: Store, wanted: str, *, place: bool) -> list[tuple[str, str]]:
    """Actors (or places) with a name or alias spelt like `wanted`, folded: (id, that name), best first. `--actor
    Kyiv` most likely means the government, whose alias is Kiev, not the city (rev21 A4). Whole names only: a word
    of a longer name would come close by chance (`Koursk`, `Sources close to Trump`)."""
    names: dict[str, tuple[str, str]] = {}
    for entity in store.entities.values():
        if entity.is_place == place:
            for name in entity_names(entity):
                names.setdefault(fold(name), (entity.id, name))
    return list(dict(names[n] for n in difflib.get_close_matches(wanted, names, n=3, cutoff=0.75)).items())


def _entity_named(store: Store, wanted: str) -> Entity | None:
    """The entity one of whose names or aliases folds to `wanted` (at most one: store/checks.py refuses a name two
    entities share)."""
    return next((e for e in store.entities.values() if wanted in (fold(n) for n in entity_names(e))), None)


def _named(entity_id: str, name: str) -> str:
    """`'rutte' (NATO Secretary General)`: the id to type, and the alias that came close when it is not the id,
    so `--actor "NATO chief"` says who NATO's chief is."""
    return f"'{entity_id}'" if fold(name) == fold(entity_id) else f"'{entity_id}' ({name})"


def resolve_sources(store: Store, text: str) -> tuple[str, ...]:
    """The sources `--source TEXT` selects: the one whose id or seed number it is (`003`, `3`), else every article
    of the outlet it names (`--source Reuters` means all of Reuters, as repeating --source means any of several),
    else the one seed whose file name begins so."""
    key = source_key(store, text)
    if key is not None:
        return (key,)
    found = _outlet_sources(store, fold(text))
    if found:
        return found
    by_seed = _by_seed_name(store, text)
    if len(by_seed) == 1:
        return (by_seed[0],)
    _refuse_left_out(store, text)
    raise UsageError(f"unknown source '{text}'", _hint(text, store.sources, "sources"))


def _refuse_left_out(store: Store, text: str) -> None:
    """A record in draft a query left out (store/curated.py) is named as such, not as no record at all: one line,
    exit 1, and how to see it."""
    name = seed_key(text) if text.isascii() and text.isdigit() else fold(text)
    if name in store.left_out:
        raise DataError(
            f"'{text}' is in draft (placeholders left by koursk extract): queries leave it out",
            "add --drafts to preview it; `koursk check` lists what is left to write",
        )
    if fold(text) in store.unshown:
        raise DataError(
            f"'{text}' is in draft with a problem beyond a placeholder: the preview leaves it out",
            "`koursk check` lists it where it stands",
        )


def source_key(store: Store, text: str) -> str | None:
    """The source whose id `text` is, in any case, else the one whose seed number it is, with or without its zeros
    (`2`, `002` for `002_….txt`, as `koursk sources` lists it): the two names of one article that no outlet, name or
    alias may hide, so they are tried before any (rev20 L3: an outlet written `"002"` took seed 002's place)."""
    wanted = fold(text)
    if wanted in store.sources:
        return wanted
    if text.isascii() and text.isdigit():  # compared as text: int() refuses 4,300 digits (rev31 L3)
        number = seed_key(text)
        numbered = [s.id for s in source_names(store) if seed_number(s.seed) == number]
        if len(numbered) == 1:
            return numbered[0]
    return None


def resolve_source(store: Store, text: str) -> str:
    """The one article `text` names (`diff`'s two sides, each one article)."""
    return _one_article(text, resolve_sources(store, text))


def source_names(store: Store) -> list[SourceName]:
    """Every source's id, outlet and seed file's name, in store order: a cached store lists them without checking
    any seed or building any article (`events --source NAME --json` then checks only the seeds its rows cite)."""
    names = getattr(store.sources, "names", None)
    if names is not None:
        listed: list[SourceName] = names()
        return listed
    return [SourceName(s.id, s.outlet, s.seed) for s in store.sources.values()]


def _outlet_sources(store: Store, wanted: str) -> tuple[str, ...]:
    """The sources whose outlet folds to `wanted`, in store order."""
    return tuple(s.id for s in source_names(store) if s.outlet and wanted == fold(s.outlet))


def _one_article(text: str, found: tuple[str, ...]) -> str:
    """Where one article is meant (`show`, `diff`), an outlet of several is refused with their ids rather than
    answered with whichever comes first."""
    if len(found) > 1:
        shown_ids = ", ".join(found[:5]) + (", …" if len(found) > 5 else "")
        raise UsageError(f"'{text}' is the outlet of {len(found)} sources ({shown_ids})", "name one by its id")
    return found[0]


def _by_seed_name(store: Store, text: str) -> list[str]:
    """The sources whose seed file's name begins with `text` (folded)."""
    wanted = fold(text)
    return [s.id for s in source_names(store) if fold(s.seed).startswith(wanted)]


def resolve_tag(store: Store, text: str) -> str:
    tags = distinct_values(store, "tags")
    wanted = fold(text)
    for tag in tags:
        if fold(tag) == wanted:
            return tag
    raise UsageError(f"unknown tag '{text}'", _hint(text, tags, "tags"))


def resolve_record_id(store: Store, text: str) -> str:
    """An event or claim id (`cite`); a source or entity named instead gets a hint saying what it is."""
    if text in store.events or text in store.claims:
        return text
    kind, found = resolve_any(store, text)
    named = f"'{text}' is {kind}" if found == text else f"'{text}' is {kind} ({found})"
    raise UsageError(f"{named}, not an event or claim", f"see `koursk show {found}`")


def resolve_any(store: Store, text: str) -> tuple[str, str]:
    """What `koursk show` takes: ("an event" | "a claim" | "a source" | "an entity" | "a topic", id), trying every
    kind's ids first (unique across the store, so an id names one record and no name or alias can hide it) and seed
    numbers (`source_key`), then a source's outlet, an entity's or topic's name or alias, a seed file's name; a
    topic's measure (`troops/in-kursk`) is a topic whose id is `topic/measure`."""
    found = _by_id(store, text)
    if found is not None:
        return found
    key = source_key(store, text)
    if key is not None:
        return "a source", key
    outlet = _outlet_sources(store, fold(text))
    if outlet:
        return "a source", _one_article(text, outlet)
    entity = _entity_named(store, fold(text))
    if entity is not None:
        return "an entity", entity.id
    topic = _topic_named(store, text) or _measured_topic(store, text)
    if topic is not None:
        return "a topic", topic
    by_seed = _by_seed_name(store, text)
    if len(by_seed) == 1:
        return "a source", by_seed[0]
    _refuse_left_out(store, text)
    names = {n: e.id for e in store.entities.values() for n in entity_names(e)}
    pool = [*_ids_near(store.events, text), *_ids_near(store.claims, text), *store.sources, *store.topics, *names]
    close = list(dict.fromkeys(names.get(n, n) for n in suggestions(text, pool, limit=5)))[:3]
    hint = "did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else None
    raise UsageError(
        f"no event, claim, source, entity or topic '{text}'",
        hint or "ids are listed by `koursk events`, `koursk claims`, `koursk sources` and `koursk entities`",
    )


_KINDS = (
    ("an event", "events"),
    ("a claim", "claims"),
    ("a source", "sources"),
    ("an entity", "entities"),
    ("a topic", "topics"),
)


def _by_id(store: Store, text: str) -> tuple[str, str] | None:
    """The kind and id of the record whose id `text` is, in any case (ids are lowercase)."""
    for candidate in dict.fromkeys((text, fold(text))):
        for kind, table in _KINDS:
            if candidate in getattr(store, table):
                return kind, candidate
    return None


def _topic_named(store: Store, text: str) -> str | None:
    """The topic `text` names by id, English or French name, or alias, in any case or accents: an id first (no
    other topic may share a name, store/checks.py)."""
    wanted = fold(text)
    if wanted in store.topics:
        return wanted
    for topic in store.topics.values():
        if wanted in {fold(n) for n in (topic.id, topic.name.en, topic.name.fr, *topic.aliases)}:
            return topic.id
    return None


def _measured_topic(store: Store, text: str) -> str | None:
    """`TOPIC/MEASURE` (as `claims` and `figures` take it, `troupes/IN-KURSK` too) as `topic/measure`, when the topic
    has that measure."""
    name, slash, measure = text.partition("/")
    topic = _topic_named(store, name) if slash else None
    found = _measure_named(store, topic, measure) if topic is not None else None
    return f"{topic}/{found}" if found is not None else None


def _measure_named(store: Store, topic: str, text: str) -> str | None:
    """The measure of `topic` that `text` names, in any case or accents, as topics are named."""
    wanted = fold(text)
    return next((m.id for m in store.topics[topic].measures if fold(m.id) == wanted), None)


def _ids_near(table: Mapping[str, object], typed: str) -> Iterable[str]:
    """The ids of `table` an unknown `typed` is compared with: every one, unless the table chooses fewer (a large
    cached store: those beginning as `typed` does)."""
    finder = getattr(table, "ids_near", None)
    return table if finder is None else finder(fold(typed))


def resolve_measure(store: Store, text: str) -> tuple[str, str | None]:
    """A topic, or one of its measures written TOPIC/MEASURE (`troops`, `troupes/in-kursk`), as every command that
    names claims by topic takes it: (topic id, measure id or None for all of them)."""
    name, slash, measure = text.partition("/")
    if slash and not (name.strip() and measure.strip()):
        missing = "topic" if not name.strip() else "measure"
        raise UsageError(f"'{text}' names no {missing}", "give TOPIC or TOPIC/MEASURE, e.g. troops or troops/in-kursk")
    topic = resolve_topic(store, name)
    if not slash:
        return topic, None
    found = _measure_named(store, topic, measure)
    if found is None:
        measures = [m.id for m in store.topics[topic].measures]
        hint = did_you_mean(measure, measures) or "measures: " + ", ".join(measures)
        raise UsageError(f"topic {topic} has no measure '{measure}'", hint)
    return topic, found


def resolve_topic(store: Store, text: str) -> str:
    """A claim topic by id, English or French name, or alias (`troops`, `troupes`, `soldats`)."""
    found = _topic_named(store, text)
    if found is not None:
        return found
    names = {n: t.id for t in store.topics.values() for n in (t.id, *t.aliases)}
    close = list(dict.fromkeys(names[n] for n in suggestions(text, names, limit=5)))[:3]
    hint = "did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else ""
    listing = "topics: " + ", ".join(sorted(store.topics)) + " (see `koursk topics`)"
    raise UsageError(f"unknown topic '{text}'", f"{hint} {listing}".strip())
