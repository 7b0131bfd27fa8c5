"""`koursk show ID`: one event, claim, source, entity or topic in full, as its JSON object or as labelled lines
(plain in a pipe, styled on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, NamedTuple

from .. import lazy_rich as rich
from .. import placeholders, records
from ..cite import headline, outlet_named
from ..claimquery import ClaimQuery, run_claim_query
from ..claims import (
    CONFLICT_TIERS,
    RESTATEMENT_MARK,
    ConflictKind,
    ConflictTier,
    amount,
    conflict_label,
    conflict_legend,
    cumulative_measures,
    draft_figure,
    measure_bounds,
    restatement_note,
)
from ..conflicts import ConflictIndex, asserted_by, conflict_names, measure_conflicts
from ..dates import FuzzyDate
from ..environment import Environment
from ..humanize import human_date
from ..model import Claim, Event, Status, Store
from ..profiles import EntityProfile, SourceProfile, entity_profile, event_figures, source_profile
from ..spreads import Spread, spreads
from ..textnorm import shown, visible
from ..words import LEGEND, count_said, counted
from .styles import DATE_STYLE, ID_STYLE, MUTED, STATUS_MARK, STATUS_STYLE, status_legend
from .table import Column, print_table

Section = list[tuple[str, str]]
Quotes = list[tuple[str, list[tuple[str, str | None]]]]
"""Each source once, with the quotes taken from it, each with who speaks in it (a name) when the store records it."""


class Shown(NamedTuple):
    """One record as show prints it: its --json object, and its sections for people, each built only if used."""

    record: Callable[[], dict[str, Any]]
    sections: Callable[[], tuple[str, Section, Quotes]]
    status: str | None = None
    noun: str | None = None  # "event" or "claim": what the status is about (rev27 U16)
    legend: Callable[[], list[str]] = list
    """What the conflicts its sections marked mean (once they are built): only their tiers and kinds (rev37 U15)."""


def _date(when: FuzzyDate, lang: str) -> str:
    """`7 Nov 2024  (EDTF 2024-11-07)`; the days it spans too when the EDTF does not spell them out."""
    start, end = when.start.isoformat(), when.end.isoformat()
    if when.text in (start, f"{start}/{end}"):
        return f"{human_date(when, lang=lang)}  (EDTF {when.text})"
    days = f"day {start}" if start == end else f"days {start} to {end}"
    return f"{human_date(when, lang=lang)}  (EDTF {when.text}; {days})"


def _names(store: Store, ids: tuple[str, ...], lang: str) -> str:
    return ", ".join(_entity_name(store, i, lang, f" ({i})") for i in ids) or "—"


def _entity_name(store: Store, entity_id: str, lang: str, after: str = "") -> str:
    """An entity by name (then `after`), `[draft] ` before an entity still in draft (--drafts)."""
    entity = placeholders.entity(store, entity_id)
    return placeholders.badged(f"{entity.name.get(lang)}{after}", entity.draft)


def _source_line(store: Store, source_id: str, lang: str) -> str:
    source = store.sources[source_id]
    outlet = f"{outlet_named(source, LEGEND[lang]['credited'])}, " if source.outlet else ""
    published = human_date(source.published, lang=lang)
    return f"{placeholders.named(store, source_id)} — {outlet}{headline(source, source.title.get(lang), lang=lang)}, {LEGEND[lang]['published'].format(date=published)}"


def _by_source(store: Store, pairs: Sequence[tuple[str, str, str | None]], lang: str) -> Quotes:
    """(source, quote, speaker) grouped by source, in the order each source first comes: its header said once; the
    speaker (an entity id, or None) by name and id."""
    grouped: dict[str, list[tuple[str, str | None]]] = {}
    for source, quote, speaker in pairs:
        grouped.setdefault(source, []).append((quote, None if speaker is None else _names(store, (speaker,), lang)))
    return [(_source_line(store, source, lang), quotes) for source, quotes in grouped.items()]


class _Conflicts:
    """Each figure's conflicts among the claims on its measure, as `claims` marks them (a measure indexed once), and
    what those it marked mean (`legend`)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._index: dict[tuple[str, str], ConflictIndex] = {}
        self._shown: list[tuple[ConflictTier, ConflictKind, Claim, str]] = []  # (tier, kind, claim, the other's id)

    def named(self, claim: Claim, lang: str, index: ConflictIndex | None = None) -> list[str]:
        """`ID (total fell; only if the round figures are exact)` for each of the claim's conflicts (among `index`,
        default its measure's): a claim's `conflicts with` field (conflict_names), each marked for the legend."""
        return conflict_names(self._found(claim, index), lang, partial(placeholders.named, self._store))

    def _found(self, claim: Claim, index: ConflictIndex | None = None) -> list[tuple[str, ConflictKind, ConflictTier]]:
        key = (claim.topic, claim.measure)
        if index is None:
            if key not in self._index:
                self._index[key] = measure_conflicts(self._store, *key)
            index = self._index[key]
        named = index.lookup_tiers(claim).named
        self._shown += [(tier, kind, claim, claim_id) for claim_id, kind, tier in named]
        return named

    def legend(self, lang: str) -> list[str]:
        """The legend of the conflicts marked so far: their tiers and kinds, each tier's example from its pairs."""
        return conflict_legend(
            (kind for _, kind, _, _ in self._shown),
            lang,
            (tier for tier, _, _, _ in self._shown),
            ((tier, figure) for tier, _, claim, other in self._shown for figure in (claim, self._store.claims[other])),
        )

    def marked(self, claim: Claim, lang: str) -> list[str]:
        """`≠ conflicts with ID (total fell)` for its firm conflicts, then `≠? conflicts with ID` for those only if the
        round figures are exact (claims.CONFLICT_TIERS)."""
        named = self._found(claim)
        marked = []
        for tier in ConflictTier:
            ids = [
                placeholders.named(self._store, claim_id) + conflict_label(kind, lang)
                for claim_id, kind, t in named
                if t is tier
            ]
            if ids:
                said = LEGEND[lang]["conflicts with"].format(ids=", ".join(ids))
                marked.append(f"{CONFLICT_TIERS[tier][lang].mark} {said}")
        return marked


def event_sections(
    store: Store, event: Event, lang: str, figures: Sequence[Claim], conflicts: _Conflicts
) -> tuple[str, Section, Quotes]:
    fields: Section = [
        ("id", event.id),
        ("date", _date(event.date, lang)),
        ("basis", event.date_basis),
        ("status", LEGEND[lang][event.status.value]),
        ("actors", _names(store, event.actors, lang)),
        ("places", _names(store, event.places, lang)),
        ("tags", ", ".join(event.tags) or "—"),
        ("reported", human_date(event.reported, lang=lang)),
    ]
    fields += [("figure", _claim_line(store, claim, conflicts, lang)) for claim in figures]
    if event.note:
        fields.append(("note", event.note))
    return placeholders.badged(event.title.get(lang), event.draft), fields, _by_source(store, event.evidence, lang)


def claim_sections(store: Store, claim: Claim, lang: str, conflicts: list[str]) -> tuple[str, Section, Quotes]:
    """A claim's fields, `conflicts` naming its conflicts (_Conflicts.named)."""
    topic = placeholders.topic(store, claim.topic)
    measure = placeholders.measure(topic, claim.measure)
    fields: Section = [
        ("id", claim.id),
        ("topic", f"{topic.id} — {topic.name.get(lang)}"),
        ("measure", f"{claim.measure} — {measure.description.get(lang) if measure else ''}"),
        ("value", f"{amount(claim, lang)}  ({claim.value_kind.value})"),
        ("as of", _date(claim.as_of, lang)),
        ("basis", claim.as_of_basis),
        (
            "asserted by",
            _names(store, claim.asserted_by, lang) if claim.asserted_by else LEGEND[lang]["the article itself"],
        ),
        ("status", LEGEND[lang][claim.status.value]),
        ("conflicts with", ", ".join(conflicts) or "—"),
    ]
    if claim.event:
        fields.append(("event", _event_line(store, claim.event, lang)))
    if claim.restates:
        restated = placeholders.named(store, claim.restates)
        fields.append(("restates", f"{restated} (the same article's figure, repeated: not a separate claim)"))
    if claim.note:
        fields.append(("note", claim.note))
    return (
        placeholders.badged(f"{amount(claim, lang)}: {claim.topic}/{claim.measure}", claim.draft),
        fields,
        _by_source(store, [(claim.source, claim.quote, None)], lang),
    )


def _event_line(store: Store, event_id: str, lang: str) -> str:
    event = store.events[event_id]
    return (
        f"{human_date(event.date, lang=lang)} · {placeholders.badged(event_id, event.draft)} · {event.title.get(lang)}"
    )


def _claim_line(store: Store, claim: Claim, conflicts: _Conflicts, lang: str) -> str:
    """A figure as `claims` marks it: its status, who asserts it by name, a restatement and its conflicts (≠)."""
    restates = f" · {restatement_note(claim, partial(placeholders.named, store), lang)}" if claim.restates else ""
    clashes = "".join(f" · {marked}" for marked in conflicts.marked(claim, lang))
    words = LEGEND[lang]
    return (
        " · ".join(
            (
                f"{STATUS_MARK[claim.status]} {words[claim.status.value]}",
                words["as of"].format(date=human_date(claim.as_of, lang=lang)),
                amount(claim, lang),
                f"{claim.topic}/{claim.measure}",
                placeholders.badged(claim.id, claim.draft),
                words["asserted by"].format(names=asserted_by(store, claim, lang)),
                words["in"].format(source=placeholders.named(store, claim.source)),
            )
        )
        + f"{restates}{clashes}"
    )


def source_sections(
    store: Store, profile: SourceProfile, lang: str, conflicts: _Conflicts
) -> tuple[str, Section, Quotes]:
    """The article: what is known of it (unknowns said), where its text is, and what it supports."""
    source, words = profile.source, LEGEND[lang]
    unknown = words["unknown"]
    fields: Section = [
        ("id", source.id),
        ("title", headline(source, source.title.get(source.language), lang=lang)),
        (
            "title (en)" if source.language != "en" else "title (fr)",
            headline(source, source.title.get("en" if source.language != "en" else "fr"), lang=lang),
        ),
        ("outlet", outlet_named(source, words["credited"]) or unknown),
        ("author", source.author or unknown),
        ("url", source.url or unknown),
        ("published", _date(source.published, lang)),
        ("basis", source.published_basis),
        ("retrieved", source.retrieved or unknown),
        ("language", source.language),
        ("seed", f"seeds/{source.seed}"),
        ("sha256", source.sha256),
        ("supports", f"{counted(len(profile.events), 'event', lang)}, {counted(len(profile.claims), 'claim', lang)}"),
    ]
    fields += [("note", note) for note in source.notes]
    fields += [("event", _event_line(store, e, lang)) for e in profile.events]
    fields += [("claim", _claim_line(store, store.claims[c], conflicts, lang)) for c in profile.claims]
    return placeholders.badged(headline(source, source.title.get(lang), lang=lang), source.draft), fields, []


def entity_sections(
    store: Store, profile: EntityProfile, lang: str, conflicts: _Conflicts
) -> tuple[str, Section, Quotes]:
    """The actor or place: who or where it is, its events, the figures it asserted over time, the figures others gave
    at or about its events, who quotes it."""
    entity = profile.entity
    fields: Section = [
        ("id", entity.id),
        ("kind", entity.kind),
        ("name", f"{entity.name.en} / {entity.name.fr}" if entity.name.en != entity.name.fr else entity.name.en),
        ("aliases", ", ".join(entity.aliases) or "—"),
    ]
    if profile.lies_in:
        fields.append(("lies in", " ⊂ ".join(_entity_name(store, p, lang) for p in profile.lies_in)))
    if profile.contains:
        fields.append(("contains", _names(store, tuple(profile.contains), lang)))
    if profile.acts_for:
        fields.append(("acts for", " ⊂ ".join(_entity_name(store, p, lang) for p in profile.acts_for)))
    if profile.acted_for_by:
        fields.append(("acted for by", _names(store, tuple(profile.acted_for_by), lang)))
    if entity.coordinates:
        fields.append(("coordinates", f"{entity.coordinates.lat}, {entity.coordinates.lon}"))
    if entity.note:
        fields.append(("note", entity.note))
    fields.append(("events", str(len(profile.events))))
    fields += [("event", _event_line(store, e, lang)) for e in profile.events]
    fields.append(("figures", count_said("asserted", len(profile.asserted), lang)))
    fields += [("figure", _claim_line(store, c, conflicts, lang)) for c in profile.asserted]
    if profile.linked:
        fields.append(("at its events", count_said("asserted by others", len(profile.linked), lang)))
        fields += [
            ("figure", f"{_claim_line(store, c, conflicts, lang)} · event {placeholders.named(store, c.event or '')}")
            for c in profile.linked
        ]
    fields += [("quoted in", _source_line(store, s, lang)) for s in profile.quoted_in]
    return placeholders.badged(entity.name.get(lang), entity.draft), fields, []


def topic_sections(
    store: Store, topic_id: str, spreads: Sequence[Spread], claims: Sequence[Claim], lang: str, conflicts: _Conflicts
) -> tuple[str, Section, Quotes]:
    """A topic: its names and, per measure, every claim stating it by as-of date (`koursk claims TOPIC` has the
    quotes), and the restatements left out, named."""
    topic = store.topics[topic_id]
    fields: Section = [("id", topic.id), ("aliases", ", ".join(topic.aliases) or "—")]
    # each measure with a spread, then one holding only a draft's figures (--drafts: a TODO value or measure)
    measures = dict.fromkeys([s.measure for s in spreads] + [c.measure for c in claims if draft_figure(c)])
    for measure_id in measures:
        measure = placeholders.measure(topic, measure_id)
        fields.append(("measure", f"{measure_id} — {measure.description.get(lang) if measure else ''}"))
        on_measure = sorted((c for c in claims if c.measure == measure_id), key=lambda c: (c.as_of.start, c.id))
        fields += [("figure", _claim_line(store, c, conflicts, lang)) for c in on_measure if c.restates is None]
        if restated := [
            f"{placeholders.badged(c.id, c.draft)} ({RESTATEMENT_MARK} {placeholders.named(store, c.restates)})"
            for c in on_measure
            if c.restates
        ]:
            said = counted(len(restated), "restatement", lang)
            fields.append(
                ("not shown", LEGEND[lang]["restated list"].format(restatements=said, ids=", ".join(restated)))
            )
    return topic.name.get(lang), fields, []


def show_plain(env: Environment, heading: str, fields: Section, quotes: Quotes) -> None:
    """One `label: value` per line: a newline inside store text is escaped, so it cannot fake another field."""

    out = env.stdout
    out.write(shown(heading, None) + "\n")
    for label, value in fields:
        out.write(f"{label}: {shown(value, None)}\n")
    for source, said in quotes:
        out.write(f"source: {shown(source, None)}\n")
        for quote, speaker in said:
            out.write(f"quote: «{shown(quote, None)}»\n")
            if speaker is not None:
                out.write(f"speaker: {shown(speaker, None)}\n")


FIELD_COLUMNS = (Column("", right=True), Column("", fold=16))
"""A label, and its value folding at words beside it (under it when 16 cells or the value's longest word do not
fit there)."""


def _value_style(label: str) -> str:
    return ID_STYLE if label == "id" else DATE_STYLE if label in ("date", "as of") else ""


def show_rich(
    env: Environment,
    heading: str,
    fields: Section,
    quotes: Quotes,
    status: str | None = None,
    noun: str | None = None,
    lang: str = "en",
    legend: Sequence[str] = (),
) -> None:
    """The record's title, its fields, its quotes, then its legends (in `lang`, as its dates), `legend` that of the
    conflicts it marks (Shown.legend)."""
    console = env.console()
    title = rich.Text()
    if status is not None:
        mark = Status(status)
        title.append(f"{STATUS_MARK[mark]} ", style=STATUS_STYLE[mark])
    title.append(visible(heading), style="bold")
    console.print(title)
    rows = [
        (rich.Text(label, style=MUTED), rich.Text(visible(value), style=_value_style(label))) for label, value in fields
    ]
    console.print()
    print_table(console, FIELD_COLUMNS, rows)
    for source, said in quotes:
        console.print(rich.Padding(rich.Text(visible(source), style=MUTED), (1, 0, 0, 2)))
        for quote, speaker in said:
            console.print(rich.Padding(rich.Text(f"«{visible(quote)}»", style="italic"), (0, 0, 0, 4)))
            if speaker is not None:
                console.print(rich.Padding(rich.Text(f"— {visible(speaker)}", style=MUTED), (0, 0, 0, 6)))
    if status is not None:  # an event or claim: what its status is about, and its dates, at the end (rev27 U15)
        console.print()
        if noun is not None:
            for line in status_legend(noun, [mark], lang):
                console.print(rich.Text(line, style=MUTED))
        console.print(rich.Text(LEGEND[lang]["dates"], style=MUTED))
    # what each kind beside a conflict shown means (rev30 U4), and each tier (rev32 R15): only those shown (rev37 U15)
    for line in legend:
        console.print(rich.Text(line, style=MUTED))


def shown_record(store: Store, kind: str, found: str, lang: str) -> Shown:
    """What each kind of record shows, as a --json object and as sections, each built only when it is printed, and
    the legend of the conflicts they mark."""
    conflicts = _Conflicts(store)
    legend = partial(conflicts.legend, lang)
    if kind == "an event":
        event = store.events[found]
        figures = event_figures(store, found)
        return Shown(
            lambda: records.event_profile_record(event, figures),
            lambda: event_sections(store, event, lang, figures, conflicts),
            event.status.value,
            "event",
            legend,
        )
    if kind == "a claim":
        claim = store.claims[found]
        index = measure_conflicts(store, claim.topic, claim.measure)  # its conflicts: its measure and those tied
        return Shown(
            lambda: records.claim_record(claim, store, index),
            lambda: claim_sections(store, claim, lang, conflicts.named(claim, lang, index)),
            claim.status.value,
            "claim",
            legend,
        )
    if kind == "a source":
        profile = source_profile(store, found)
        return Shown(
            lambda: records.source_profile_record(profile),
            lambda: source_sections(store, profile, lang, conflicts),
            legend=legend,
        )
    if kind == "an entity":
        entity = entity_profile(store, found)
        return Shown(
            lambda: records.entity_profile_record(
                entity,
                store,
                ConflictIndex(
                    store.claims.values(),
                    cumulative=cumulative_measures(store.topics),
                    bounds=measure_bounds(store.topics),
                ),
            ),
            lambda: entity_sections(store, entity, lang, conflicts),
            legend=legend,
        )
    topic, _, measure = found.partition("/")  # `troops/in-kursk`: that measure only
    # the whole topic's claims: a measure's conflicts across measures are with claims of the measures tied to it
    claims = run_claim_query(store, ClaimQuery(topic=topic))
    found_spreads = spreads(claims, cumulative_measures(store.topics), measure_bounds(store.topics))
    if measure:
        claims = [c for c in claims if c.measure == measure]
        found_spreads = [s for s in found_spreads if s.measure == measure]
    return Shown(
        lambda: records.topic_record(store, topic, found_spreads),
        lambda: topic_sections(store, topic, found_spreads, claims, lang, conflicts),
        legend=legend,
    )
