"""`koursk report`'s page: a selection of the store in, one self-contained HTML document out, piece by piece. Pure.

Every piece of store text goes through `_text` (control characters made visible, then HTML-escaped), so a title
holding `<script>` or `[red]` reads literally. The page loads nothing: the style sheet and the script are inline,
and its Content-Security-Policy (`default-src 'none'`, the script allowed by its hash) forbids any request even if
a piece of store text were to slip through unescaped.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import NamedTuple

from .. import placeholders
from ..cite import CiteStyle, format_citation, headline, outlet_named, record_citations
from ..claimquery import conflict_candidates
from ..claims import (
    CONFLICT_TIERS,
    ConflictTier,
    amount,
    conflict_label,
    cumulative_measures,
    measure_bounds,
    surest_tier,
    tier_line,
    unread,
)
from ..conflicts import ConflictIndex
from ..dates import FuzzyDate, Precision, parse_edtf
from ..humanize import LONG_MONTHS, digits, human_date, human_day, human_month
from ..model import Claim, Event, EventFacts, Source, Status, Store
from ..query import event_of
from ..render.styles import STATUS_MARK
from ..timeline import WIDE, Bucket, Grain, build_timeline, fill, wide_band, wide_into
from ..words import LEGEND, PART_AGREES, SINGULAR, count_said, counted, forms
from .assets import DRAFT_STYLE, SCRIPT, STYLE
from .chart import figure_chart, series_colours
from .escaping import text as _text

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'; "
    "img-src 'none'; form-action 'none'; base-uri 'none'"
)


class ReportMeta(NamedTuple):
    """What the header says about the selection: the filters as given, which store, its digest, when."""

    filters: tuple[str, ...]  # e.g. ("--since 2024-10", "--tag nato")
    store: str | None  # the working store's path (rev37u U9: "Store: store"); None: the one shipped with koursk
    digest: str
    generated: datetime
    version: str
    known_by: date | None = None  # --as-of: the last day of its period
    draft: str | None = None  # --drafts: placeholders.DRAFT_PREVIEW, a banner atop the page and in its title


def _address(url: str) -> str:
    """A web address as a link only when it is one (http or https): a store's `javascript:` stays text."""
    shown = _text(url)
    if url.startswith(("https://", "http://")):
        return f'<a href="{shown}" rel="noreferrer noopener">{shown}</a>'
    return shown


_NOUNS = {"events": "event", "claims": "figure", "sources": "source"}
"""What each count of the page's summaries counts (words.counted's nouns)."""


def _counts(lang: str, key: str, **numbers: int) -> str:
    """`4 events, 4 figures, 1 source`: the template `key` with each count before its noun, agreeing with it in
    `lang` (words.counted; rev37u U9: "1 sources", review 40: « 0 événements »)."""
    return LEGEND[lang][key].format(**{name: counted(n, _NOUNS[name], lang) for name, n in numbers.items()})


def _time(when: FuzzyDate, lang: str) -> str:
    """`<time>` with a valid HTML date at the first end's precision, the EDTF in `data-edtf`, the day bounds in
    `data-start`/`data-end`, and the date as people read it."""
    first = when.first
    machine = {
        Precision.YEAR: f"{first.start.year:04d}",
        Precision.MONTH: f"{first.start.year:04d}-{first.start.month:02d}",
        Precision.DAY: first.start.isoformat(),
    }[first.precision]
    return (
        f'<time datetime="{machine}" data-edtf="{_text(when.text)}" data-precision="{when.precision.value}" '
        f'data-start="{when.start.isoformat()}" data-end="{when.end.isoformat()}">{_text(human_date(when, lang=lang))}</time>'
    )


def _bar(when: FuzzyDate, bucket: Bucket) -> str:
    """The event's dates within its period, as a positioned span: hidden from screen readers (the text says it)."""
    days = (bucket.end - bucket.start).days + 1
    start, end = max(when.start, bucket.start), min(when.end, bucket.end)
    left = 100 * (start - bucket.start).days / days
    width = 100 * ((end - start).days + 1) / days
    classes = [
        name
        for name, on in (
            ("vague", when.precision is not Precision.DAY),
            ("approximate", when.approximate),
            ("uncertain", when.uncertain),
            ("goes-on", when.end > bucket.end),
        )
        if on
    ]
    return (
        f'<div class="bar" aria-hidden="true"><span class="{" ".join(classes)}" '
        f'style="left:{left:.2f}%;width:{width:.2f}%"></span></div>'
    )


def _window(facts: EventFacts) -> tuple[int, int]:
    return facts.start, facts.end


class _Page:
    """The pieces of one page; holds the look-ups every piece shares."""

    def __init__(self, store: Store, claims: Sequence[Claim], lang: str, known_by: date | None) -> None:
        self.store = store
        self.lang = lang
        self.words = LEGEND[lang]
        self.claims = claims
        self.claim_ids = {c.id for c in claims}
        self.conflicts = ConflictIndex(
            conflict_candidates(store, known_by),
            cumulative=cumulative_measures(store.topics),
            bounds=measure_bounds(store.topics),
        )

    def name(self, entity_id: str) -> str:
        return placeholders.entity(self.store, entity_id).name.get(self.lang)

    def outlet(self, source: Source) -> str | None:
        """cite.outlet_named in the page's language."""
        return outlet_named(source, self.words["credited"])

    def source_link(self, source_id: str) -> str:
        source = self.store.sources[source_id]
        label = f"{self.outlet(source) or source.id}, {human_date(source.published, lang=self.lang)}"
        return f'<a href="#source-{_text(source_id)}">{_text(label)}</a>'

    def quote(self, source_id: str, quote: str, speaker: str | None = None) -> str:
        """A quote, captioned with its article and, for an event's quote, who speaks in it when the store records it."""
        language = self.store.sources[source_id].language
        said = f"{_text(self.name(speaker))}, " if speaker is not None else ""
        return (
            f'<figure class="quote"><blockquote lang="{_text(language)}"><p>{_text(quote)}</p></blockquote>'
            f"<figcaption>— {said}{self.source_link(source_id)}</figcaption></figure>"
        )

    def badge(self, draft: bool) -> str:
        """What opens a record still in draft (--drafts: event, figure, article), in words a reader sees and a
        screen reader says; nothing for a curated one."""
        if not draft:
            return ""
        w = self.words
        return f'<strong class="draft-badge" title="{_text(w["page draft note"])}">{_text(w["page draft"])}</strong> '

    def cite(self, record: Event | Claim) -> str:
        """The text `koursk cite ID --style text` prints, one citation per article (of the record as known then);
        a record still in draft's opens with the draft mark, as `koursk cite --drafts` does."""
        mark = placeholders.DRAFT_PREVIEW if record.draft else None
        texts = (
            format_citation(citation, CiteStyle.TEXT, number, mark, self.lang)
            for number, citation in enumerate(record_citations(self.store, record), 1)
        )
        items = "".join(f"<li>{_text(text)}</li>" for text in texts)
        return f'<div class="cite"><strong>{self.words["page cite"]}</strong><ul>{items}</ul></div>'

    def event(self, event: Event, bucket: Bucket) -> Iterator[str]:
        w = self.words
        status = event.status.value
        yield (
            f'<li class="event" id="event-{_text(event.id)}" data-filter="event" data-status="{status}">'
            f'<h4><span class="mark status-{status}" aria-hidden="true">{STATUS_MARK[event.status]}</span>'
            f"{self.badge(event.draft)}{_text(event.title.get(self.lang))}</h4>"
            f'<p class="when">{_time(event.date, self.lang)} · <span class="status-{status}">{LEGEND[self.lang][status]}</span></p>'
        )
        yield _bar(event.date, bucket)
        meta = [f"{w['page sources of']}: " + ", ".join(self.source_link(s) for s in event.sources)]
        if event.actors:
            meta.append(f"{w['page actors']}: " + ", ".join(_text(self.name(a)) for a in event.actors))
        if event.places:
            meta.append(f"{w['page places']}: " + ", ".join(_text(self.name(p)) for p in event.places))
        yield f'<p class="meta">{" · ".join(meta)}</p>'
        count = len(event.evidence)
        summary = w["page quotes"].format(count=count) if count > 1 else w["page quote"]
        yield f"<details><summary>{_text(summary)}</summary>"
        for evidence in event.evidence:
            yield self.quote(evidence.source, evidence.quote, evidence.speaker)
        yield f'<p class="basis"><strong>{w["page date basis"]}:</strong> {_text(event.date_basis)}</p>'
        if event.note:
            yield f'<p class="note"><strong>{w["page note"]}:</strong> {_text(event.note)}</p>'
        yield self.cite(event)
        yield f'<p class="meta"><a href="#event-{_text(event.id)}">#{_text(event.id)}</a></p></details></li>'

    def gap(self, empty: list[Bucket], loose: int) -> str:
        """Months where nothing is told: nothing reported, or nothing dated to them while `loose` events of the wide
        band may fall in them."""
        w = self.words
        first, last = (human_month(bucket.start, self.lang, LONG_MONTHS[self.lang]) for bucket in (empty[0], empty[-1]))
        if loose:
            text = count_said("page gap wide", loose, self.lang, span=first if len(empty) == 1 else f"{first} – {last}")
        elif len(empty) == 1:
            text = w["page gap one"].format(period=first)
        else:
            text = w["page gap"].format(start=first, end=last)
        return f'<p class="gap">{_text(text)}</p>'

    def timeline(self, matched: Sequence[EventFacts], since: date) -> Iterator[str]:
        w = self.words
        yield f'<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">{w["page timeline"]}</h2>'
        yield f'<p class="legend">{_text(w["page legend"])}</p>'
        windows: dict[tuple[int, int], int] = {}
        for facts in matched:
            windows[facts.start, facts.end] = windows.get((facts.start, facts.end), 0) + 1
        buckets = build_timeline(windows, Grain.MONTH, since)
        band = wide_band(windows, since)
        if not buckets and band is None:
            yield f"<p>{w['page no events']}</p>"
        empty: list[Bucket] = []
        for bucket, members in fill(buckets, matched, _window, Grain.MONTH, since, band):
            if not bucket.size:
                empty.append(bucket)
                continue
            if empty:
                yield self.gap(empty, wide_into(windows, empty[0].start, empty[-1].end, since))
                empty = []
            yield from self.period(bucket, members)
        yield "</section>"

    def period(self, bucket: Bucket, members: Iterator[EventFacts]) -> Iterator[str]:
        """One month's section, or the wide band's (rev37u U6: under its first month, an event dated only to a
        window of more than three months read as dated to that month)."""
        w = self.words
        count = bucket.size
        events = counted(count, "event", self.lang)
        if bucket.key == WIDE:
            span = w["page wide legend"].format(
                start=human_day(bucket.start, self.lang), end=human_day(bucket.end, self.lang)
            )
            title, legend = _text(w["page wide"]), f"({events}): {_text(span)}"
        else:
            title = f'<time datetime="{bucket.key}">{_text(human_month(bucket.start, self.lang, LONG_MONTHS[self.lang]))}</time>'
            legend = f"({events})"
        yield (
            f'<section class="period" id="period-{bucket.key}" aria-labelledby="period-{bucket.key}-h" '
            f'data-filter-group><h3 id="period-{bucket.key}-h">{title} <span class="legend">{legend}</span></h3>'
            '<ol class="events">'
        )
        for facts in members:
            yield from self.event(event_of(self.store, facts), bucket)
        yield "</ol></section>"

    def claim_row(self, claim: Claim, asserters: str) -> Iterator[str]:
        w = self.words
        status = claim.status.value
        clashes = self.conflicts.lookup_tiers(claim).named
        linked = ", ".join(
            (f'<a href="#claim-{_text(c)}">{_text(c)}</a>' if c in self.claim_ids else _text(c))
            + _text(conflict_label(kind, self.lang, tier))
            for c, kind, tier in clashes
        )
        restates = ""
        if claim.restates:
            target = _text(claim.restates)
            if claim.restates in self.claim_ids:
                target = f'<a href="#claim-{target}">{target}</a>'
            restates = f'<span class="restates">{w["page restates"].format(claim=target)}</span>'
        yield (
            f'<tr class="claim" id="claim-{_text(claim.id)}" data-filter="claim" data-status="{status}">'
            f"<td>{_time(claim.as_of, self.lang)}</td>"
            f'<td class="num">{self.badge(claim.draft)}{_text(amount(claim, self.lang))}{restates}</td>'
            f"<td>{_text(asserters)}</td><td>{self.source_link(claim.source)}</td>"
            f'<td class="status"><span class="status-{status}">{STATUS_MARK[claim.status]} {LEGEND[self.lang][status]}</span></td>'
            f'<td class="conflicts">{linked}</td>'
            f'<td class="quote-cite"><details><summary>{w["page quote cite"]}</summary>{self.quote(claim.source, claim.quote)}'
            f'<p class="basis"><strong>{w["page as of basis"]}:</strong> {_text(claim.as_of_basis)}</p>'
        )
        if claim.note:
            yield f'<p class="note"><strong>{w["page note"]}:</strong> {_text(claim.note)}</p>'
        yield (
            f"{self.cite(claim)}"
            f'<p class="meta"><a href="#claim-{_text(claim.id)}">#{_text(claim.id)}</a></p></details></td></tr>'
        )

    def asserters(self, claim: Claim) -> str:
        return ", ".join(self.name(a) for a in claim.asserted_by) or self.words["page the article"]

    def figures(self) -> Iterator[str]:
        w = self.words
        yield f'<section id="figures" aria-labelledby="figures-h"><h2 id="figures-h">{w["page figures"]}</h2>'
        if not self.claims:
            yield f"<p>{w['page no claims']}</p>"
        by_topic: dict[str, dict[str, list[Claim]]] = {}
        for claim in self.claims:
            by_topic.setdefault(claim.topic, {}).setdefault(claim.measure, []).append(claim)
        order = {topic: n for n, topic in enumerate(self.store.topics)}
        topics = sorted(by_topic, key=lambda t: (order.get(t, len(order)), t))
        measures = [(t, m, claims) for t in topics for m, claims in by_topic[t].items()]
        colours = iter(series_colours([[self.asserters(c) for c in claims] for _, _, claims in measures]))
        for topic_id in topics:
            topic_name = placeholders.topic(self.store, topic_id).name.get(self.lang)
            yield (
                f'<section class="topic" id="topic-{_text(topic_id)}" aria-labelledby="topic-{_text(topic_id)}-h">'
                f'<h3 id="topic-{_text(topic_id)}-h">{_text(topic_name)}</h3>'
            )
            for measure_id, claims in by_topic[topic_id].items():
                yield from self.measure(topic_id, measure_id, claims, next(colours))
            yield "</section>"
        yield "</section>"

    def measure(self, topic_id: str, measure_id: str, claims: list[Claim], series: dict[str, int]) -> Iterator[str]:
        """One measure: its chart, legend and table; `series` gives each asserter's colour (chart.series_colours)."""
        w = self.words
        measure = placeholders.measure(placeholders.topic(self.store, topic_id), measure_id)
        described = measure.description.get(self.lang) if measure else measure_id
        anchor = f"measure-{_text(topic_id)}-{_text(measure_id)}"
        yield (
            f'<section class="measure" id="{anchor}" aria-labelledby="{anchor}-h" data-filter-group>'
            f'<h4 id="{anchor}-h">{_text(described)} <span class="legend">({_text(measure_id)})</span></h4>'
        )
        conflicts = {c.id: named for c in claims if (named := self.conflicts.named(c, lang=self.lang))}
        counts = {c.id: self.conflicts.lookup_tiers(c, 0)[:3] for c in claims}  # (all, firm, same-day): rev32 R15
        plotted = [c for c in claims if not unread(c)]  # a draft's figure without a value (--drafts) is only listed
        yield '<figure class="chart">'
        yield (
            ""
            if not plotted
            else figure_chart(
                plotted,
                title=w["page chart title"].format(measure=described.removesuffix(".")),  # not "Russia.: each figure"
                series=series,
                asserter=self.asserters,
                name=lambda key: key,
                conflicts=conflicts,
                chart_id=f"chart-{topic_id}-{measure_id}",
                month_label=lambda day: human_month(day, self.lang),
                tiers={c: tier for c, counted in counts.items() if (tier := surest_tier(*counted)) is not None},
                lang=self.lang,
            )
        )
        used = dict.fromkeys(self.asserters(c) for c in claims)
        legend = "".join(
            f'<li><span class="swatch s{series[key]}" aria-hidden="true"></span>{_text(key)}</li>' for key in used
        )
        said = w["page chart legend"].format(
            same_day=CONFLICT_TIERS[ConflictTier.SAME_DAY][self.lang].mark,
            if_exact=CONFLICT_TIERS[ConflictTier.IF_EXACT][self.lang].mark,
        )
        yield f'<figcaption><ul>{legend}</ul><p class="legend">{_text(said)}</p></figcaption></figure>'
        yield (
            f'<div class="table-wrap" tabindex="0" role="region" aria-labelledby="{anchor}-h"><table>'
            f'<thead><tr><th scope="col">{w["page as of"]}</th><th scope="col">{w["page figure"]}</th>'
            f'<th scope="col">{w["page asserted by"]}</th><th scope="col">{w["page source"]}</th>'
            f'<th scope="col">{w["page status"]}</th><th scope="col">{w["page conflicts"]}</th>'
            f'<th scope="col">{w["page quote cite"]}</th></tr></thead><tbody>'
        )
        for claim in claims:
            yield from self.claim_row(claim, self.asserters(claim))
        yield "</tbody></table></div>"
        firm, same_day = sum(f for _, f, _ in counts.values()), sum(d for _, _, d in counts.values())
        if_exact = sum(counted[0] for counted in counts.values()) - firm - same_day
        tiers = [
            t
            for t, n in (
                (ConflictTier.FIRM, firm),
                (ConflictTier.SAME_DAY, same_day),
                (ConflictTier.IF_EXACT, if_exact),
            )
            if n
        ]
        if tiers:  # what the tiers of its conflicts mean (rev32 R15)
            said = "".join(f"<li>{_text(tier_line(tier, self.lang, marked=False))}</li>" for tier in tiers)
            yield f'<ul class="legend tiers">{said}</ul>'
        yield "</section>"

    def source(self, source: Source, events: int, claims: int) -> str:
        w = self.words
        named = self.outlet(source)
        outlet = _text(named) if named else f"<em>{w['page outlet unknown']}</em>"
        retrieved = (
            f"<dt>{w['page retrieved']}</dt><dd>{_time(parse_edtf(source.retrieved), self.lang)}</dd>"
            if source.retrieved
            else ""
        )
        notes = "".join(f"<li>{_text(note)}</li>" for note in source.notes)
        notes_block = f"<h4>{w['page article notes']}</h4><ul>{notes}</ul>" if notes else ""
        original = ""
        if source.language != self.lang and source.title.get(source.language) != source.title.get(self.lang):
            original = f'<p lang="{_text(source.language)}">{_text(source.title.get(source.language))}</p>'
        return (
            f'<li class="source" id="source-{_text(source.id)}"><article aria-labelledby="source-{_text(source.id)}-h">'
            f'<h3 id="source-{_text(source.id)}-h">{self.badge(source.draft)}'
            f"{_text(headline(source, source.title.get(self.lang), lang=self.lang))}</h3>{original}"
            f"<dl><dt>{w['page outlet']}</dt><dd>{outlet}</dd>"
            f"<dt>{w['page published']}</dt><dd>{_time(source.published, self.lang)}</dd>"
            f"<dt>{w['page published basis']}</dt><dd>{_text(source.published_basis)}</dd>"
            f'<dt>{w["page seed"]}</dt><dd><code>{_text(source.seed)}</code> <span class="digest">sha256 '
            f"{_text(source.sha256)}</span></dd>"
            f"<dt>{w['page supports']}</dt><dd>{_counts(self.lang, 'page supports counts', events=events, claims=claims)}</dd>"
            f"<dt>{w['page author']}</dt><dd>{_text(source.author) if source.author else w['page unknown']}</dd>"
            f"<dt>URL</dt><dd>{_address(source.url) if source.url else w['page unknown']}</dd>"
            f"{retrieved}</dl>"
            f"{notes_block}</article></li>"
        )


def page_sources(store: Store, matched: Sequence[EventFacts], claims: Sequence[Claim]) -> list[tuple[Source, int, int]]:
    """The sources the page cites, by publication date, each with how many of its events and claims it backs."""
    events: dict[str, int] = {}
    for facts in matched:
        for source in facts.sources:
            events[source] = events.get(source, 0) + 1
    figures: dict[str, int] = {}
    for claim in claims:
        figures[claim.source] = figures.get(claim.source, 0) + 1
    cited = sorted(
        (store.sources[s] for s in set(events) | set(figures)), key=lambda s: (s.published.start, s.published.end, s.id)
    )
    return [(s, events.get(s.id, 0), figures.get(s.id, 0)) for s in cited]


def render_report(
    store: Store,
    matched: Sequence[EventFacts],
    claims: Sequence[Claim],
    meta: ReportMeta,
    lang: str,
    since: date = date.min,
) -> Iterator[str]:
    """The whole page, as pieces of text to be written in order. `matched` are the selected events' facts, sorted
    by date (query.match_events); `since` is where the timeline starts, as for `koursk timeline`."""
    page = _Page(store, claims, lang, meta.known_by)
    w = page.words
    sources = page_sources(store, matched, claims)
    generated = meta.generated.strftime("%Y-%m-%d %H:%M UTC")
    store_label = (
        w["page shipped store"].format(version=meta.version)
        if meta.store is None
        else w["page working store"].format(path=meta.store)
    )
    filters = " ".join(f"<code>{_text(f)}</code>" for f in meta.filters) or w["page no filters"]
    contents = _counts(lang, "page counts", events=len(matched), claims=len(claims), sources=len(sources))
    known = ""
    banner = (
        f'<p class="draft" role="note"><strong>{_text(meta.draft)}</strong> {_text(w["page draft legend"])}</p>'
        if meta.draft
        else ""
    )
    draft_title = "DRAFT PREVIEW – " if meta.draft else ""
    if meta.known_by is not None:
        note = w["page known note"].format(day=_time(parse_edtf(meta.known_by.isoformat()), lang))
        known = f"<dt>{w['page known by']}</dt><dd>{note}</dd>"
    yield (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        f'<meta name="generator" content="koursk {_text(meta.version)}">'
        f"<title>{draft_title}{w['page title']}</title><style>{STYLE}{DRAFT_STYLE if meta.draft else ''}</style></head><body>"
        f'<a class="skip" href="#timeline">{w["page skip"]}</a>'
        f"<header>{banner}<h1>{w['page title']}</h1><p>{_text(w['page intro'])}</p>"
        f'<dl class="selection" aria-label="{w["page selection"]}">'
        f"<dt>{w['page filters']}</dt><dd>{filters}</dd>"
        f"<dt>{w['page store']}</dt><dd>{_text(store_label)}</dd>"
        f'<dt>{w["page digest"]}</dt><dd class="digest">{_text(meta.digest)}</dd>'
        f'<dt>{w["page generated"]}</dt><dd><time datetime="{meta.generated.strftime("%Y-%m-%dT%H:%MZ")}">'
        f"{generated}</time></dd>"
        f"<dt>{w['page contains']}</dt><dd>{contents}. {_text(w['page claims filters'])}</dd>{known}</dl>"
        f'<nav aria-label="{w["page contents"]}"><ul><li><a href="#timeline">{w["page timeline"]}</a></li>'
        f'<li><a href="#figures">{w["page figures"]}</a></li><li><a href="#sources">{w["page sources"]}</a></li></ul></nav>'
        "</header><main>"
    )
    statuses = "".join(
        f'<label><input type="checkbox" value="{s.value}" checked> {STATUS_MARK[s]} {LEGEND[lang][s.value]}</label>'
        for s in Status
    )
    said = {  # what the script says of the entries its filter shows, and its rule for the singular (words.py)
        "template": w["page shown"],
        "events": forms("page shown events", lang),
        "claims": forms("page shown claims", lang),
        "singular": SINGULAR[lang],
        "agrees": PART_AGREES[lang],
        "group": digits("1,000", lang)[1],  # the language's mark between groups of digits (humanize.NUMBER_MARKS)
    }
    yield (
        f'<form id="filter" role="search" hidden><label>{w["page filter"]} <input type="search" '
        f'placeholder="{_text(w["page filter placeholder"])}"></label><fieldset><legend>{w["page status"]}</legend>{statuses}'
        f'</fieldset><output id="filter-count" aria-live="polite" data-words="{_text(json.dumps(said, ensure_ascii=False))}"></output></form>'
    )
    yield from page.timeline(matched, since)
    yield from page.figures()
    yield f'<section id="sources" aria-labelledby="sources-h"><h2 id="sources-h">{w["page sources"]}</h2><ul class="sources">'
    for source, events, figures in sources:
        yield page.source(source, events, figures)
    yield (
        f"</ul></section></main><footer><p>{_text(w['page footer'].format(version=meta.version))}</p></footer>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
