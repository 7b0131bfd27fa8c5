"""Citations for an event or a claim: the article (outlet, author, title, publication date at its true precision,
address), the verbatim quote that proves it, the record's status and, for a claim, who asserts the figure. Pure:
`koursk cite` prints them, the HTML report reuses them.

An event's status holds for its quotes together, not for each (one may hedge what another states), so it is said once
for the event (event_standing); each quote of an event says who speaks in it when the store knows it: the speaker
the curator recorded on the quote (as the article names them), and a figure the store records in those words (a
claim linked to the event, of the same article, whose quote overlaps it).

What the store does not know is said, never filled in: an article without a recorded outlet is "outlet unknown",
a publication known to a window of days is cited as that window ("28–31 Oct 2024").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from . import placeholders
from .fields import CITATION, CitationView
from .humanize import human_date, human_day
from .model import Bilingual, Claim, Entity, Event, Source, Status, Store
from .textnorm import fold, markdown_text
from .words import LEGEND


class CiteStyle(StrEnum):
    MARKDOWN = "markdown"
    FOOTNOTE = "footnote"
    TEXT = "text"


UNATTRIBUTED = "unattributed"
"""Who asserts a claim in the article's own voice (`asserted_by: []`), as a citation says it: English's word (JSON's
`attribution`) and the key of each language's (words.LEGEND)."""


class Citation(NamedTuple):
    record: str  # the event or claim it supports
    source: Source
    quote: str
    status: Status  # the record's
    asserters: tuple[Entity, ...] | None = None  # who asserts a claim (empty: the article's own voice); None: an event
    event: tuple[Bilingual, int, int] | None = (
        None  # an event's quote: the event's title, this quote's number, how many
    )
    said: tuple[Citation, ...] = ()  # an event's quote: the claims the store records in its words
    speaker: Entity | None = None  # an event's quote: who speaks in it, as the article says (Evidence.speaker)


def citations(store: Store, record_id: str) -> list[Citation]:
    """One citation per piece of evidence, in the record's order (an event may rest on several articles)."""
    return record_citations(store, store.events[record_id] if record_id in store.events else store.claims[record_id])


def record_citations(store: Store, record: Event | Claim) -> list[Citation]:
    """The citations of a record as given (the report's, under --as-of, holds only the quotes known then)."""
    if isinstance(record, Event):
        linked = [_claim_citation(store, claim) for claim in store.claims_of_event(record.id)]
        count = len(record.evidence)
        return [
            Citation(
                record.id,
                store.sources[e.source],
                e.quote,
                record.status,
                None,
                (record.title, n, count),
                _said(e.quote, linked),
                store.entities.get(e.speaker) if e.speaker is not None else None,
            )
            for n, e in enumerate(record.evidence, 1)
        ]
    return [_claim_citation(store, record)]


def _claim_citation(store: Store, claim: Claim) -> Citation:
    asserters = tuple(placeholders.entity(store, a) for a in claim.asserted_by)  # « TODO: asserter » in a draft
    return Citation(claim.id, store.sources[claim.source], claim.quote, claim.status, asserters)


def _said(quote: str, linked: list[Citation]) -> tuple[Citation, ...]:
    """The claims given in the words of an event's quote: same article, one quote within the other."""
    words = fold(quote)
    return tuple(c for c in sorted(linked, key=lambda c: c.record) if fold(c.quote) in words or words in fold(c.quote))


def attribution(citation: Citation, lang: str = "en") -> str | None:
    """Who asserts a claim, as its citation names them (`Volodymyr Zelensky`, or `unattributed` when the article
    states the figure in its own voice; in `lang`, but English in JSON: fields.CITATION); None for an event, which
    has a status but no asserter."""
    if citation.asserters is None:
        return None
    return ", ".join(e.name.get(lang) for e in citation.asserters) or LEGEND[lang][UNATTRIBUTED]


def standing(citation: Citation, lang: str = "en") -> str:
    """The sentence a citation ends with: who asserts a figure and its status (`Figure asserted by Volodymyr
    Zelensky; status: reported.`); for an event's quote, which event it is one quote of and who speaks in it when
    the store knows: its recorded speaker, and the figures given in its words (the event's status is said once,
    event_standing). A quote that names no speaker still carries
    its attribution, and a hedged (`alleged`) figure never reads as settled where it is pasted. In `lang`'s words
    (words.LEGEND, `cite …`)."""
    words = LEGEND[lang]
    if citation.event is None:
        figure = _figure(citation, lang)
        return f"{figure[:1].upper()}{figure[1:]}."
    title, number, count = citation.event
    which = words["cite quote of"].format(number=number, count=count) if count > 1 else words["cite only quote"]
    lead = words["cite supports"].format(id=citation.record, title=title.get(lang), which=which)
    if citation.speaker is not None:
        lead = words["cite speaker"].format(lead=lead, name=citation.speaker.name.get(lang))
    if not citation.said:
        return f"{lead}." if citation.speaker is not None else words["cite no speaker"].format(lead=lead)
    claims = " ".join(words["cite claim"].format(id=c.record, figure=_figure(c, lang)) for c in citation.said)
    return words["cite in these words"].format(lead=lead, claims=claims)


def _figure(citation: Citation, lang: str) -> str:
    words = LEGEND[lang]
    said = words["cite figure" if citation.asserters else "cite own voice"]
    return said.format(who=attribution(citation, lang), status=words[citation.status.value])


def event_standing(found: Sequence[Citation], style: CiteStyle, lang: str = "en") -> str | None:
    """An event's status, said once after its quotes (in `style`, in `lang`): it holds for them together, and a
    quote alone may say less (hedge, or give one part). None for a claim, whose status each citation carries."""
    if not found or found[0].event is None:
        return None
    first, words = found[0], LEGEND[lang]
    together = words["cite together"].format(count=len(found)) if len(found) > 1 else ""
    said = words["cite event status"].format(id=first.record, status=words[first.status.value], together=together)
    return said if style is CiteStyle.TEXT else markdown_text(said)


def original_title(source: Source) -> str:
    """The title in the article's own language, as cited; the other language is the curator's translation."""
    return source.title.get(source.language)


def cited_title(source: Source, emphasis: str = "", escape: Callable[[str], str] = str, lang: str = "en") -> str:
    """The headline as a citation shows it (its text through `escape`); a curator's summary is never passed off as
    the outlet's headline (said in `lang`)."""
    return headline(source, escape(original_title(source)), emphasis, escape, lang)


def headline(
    source: Source, title: str, emphasis: str = "", escape: Callable[[str], str] = str, lang: str = "en"
) -> str:
    """`title` as the source's headline, or marked as the curator's summary when the seed printed none (the marks
    through `escape`, the words in `lang`: words.LEGEND)."""
    if source.title_printed:
        return f"{emphasis}{title}{emphasis}"
    return f"{escape('[')}{LEGEND[lang]['untitled'].format(title=title)}{escape(']')}"  # a supplied title's marks, never « »


CREDITED = LEGEND["en"]["credited"]
"""How an outlet the text only credits is named (LEGEND words it per language)."""


def outlet_named(source: Source, credited: str = CREDITED) -> str | None:
    """The outlet as a reader may name it: `CNN`, or `credited to CNN (publisher unknown)` when the text only credits
    it (a French translation of an English report, laid out by a site nobody knows: its words are not CNN's)."""
    if source.outlet is None:
        return None
    return credited.format(outlet=source.outlet) if source.outlet_credited else source.outlet


def published(source: Source, lang: str = "en") -> str:
    """The publication date at the precision the store knows it: `published 7 Nov 2024`, or a window `published
    28–31 Oct 2024 (exact day unknown)`; `lang`'s words (words.LEGEND)."""
    when = human_date(source.published, lang=lang)
    exact = source.published.start == source.published.end and not source.published.uncertain
    return LEGEND[lang]["published"].format(date=when if exact else LEGEND[lang]["day unknown"].format(date=when))


def _reference(source: Source, lang: str) -> list[str]:
    """The parts that identify the article, unknowns said as such, in `lang`'s words and dates."""
    words = LEGEND[lang]
    parts = [source.author] if source.author else []
    parts.append(outlet_named(source, words["credited"]) or words["outlet unknown"])
    parts.append(published(source, lang))
    parts.append(source.url if source.url else words["no url"])
    if source.retrieved:
        parts.append(words["cite retrieved"].format(date=human_day(date.fromisoformat(source.retrieved), lang)))
    return parts


def _provenance(source: Source, lang: str) -> str:
    return LEGEND[lang]["cite provenance"].format(id=source.id, seed=source.seed, digest=source.sha256[:12])


def format_citation(
    citation: Citation, style: CiteStyle, number: int = 1, draft: str | None = None, lang: str = "en"
) -> str:
    """The citation as text in `style` (Markdown block quote, Markdown footnote, or plain text). In Markdown, every
    piece of store text (quote, title, author, outlet, address, seed) is escaped as `export markdown` escapes it, so
    a title's `[link](…)`, `<img>` or `**` stays text where the citation is pasted; plain text stays as written. A
    `draft` mark (`--drafts`: placeholders.DRAFT_PREVIEW) opens it inside what is pasted, the block quote or the
    footnote, as `export markdown` marks its file: a status or asserter extract guessed never reads as curated.
    Its fixed words and dates are `lang`'s (`retrieved`, `consulté le`); the quote and the title are the article's."""
    source = citation.source
    text = markdown_text if style is not CiteStyle.TEXT else str
    quote, provenance = text(citation.quote), text(_provenance(source, lang))
    reference = ", ".join(text(part) for part in _reference(source, lang))
    said = text(standing(citation, lang))
    if style is CiteStyle.MARKDOWN:
        mark = f"> **{text(draft)}**\n>\n" if draft else ""
        title = cited_title(source, "*", text, lang)
        return f"{mark}> «{quote}»\n>\n> — {title}, {reference} ({provenance})\n>\n> {said}"
    if style is CiteStyle.FOOTNOTE:
        mark = f"**{text(draft)}** " if draft else ""
        title = cited_title(source, "*", text, lang)
        return f"[^{citation.record}-{number}]: {mark}{title}, {reference}. «{quote}» {said} ({provenance})"
    mark = f"{draft}\n" if draft else ""
    return f"{mark}«{quote}»\n  — {cited_title(source, lang=lang)}, {reference} ({provenance})\n  {said}"


def citation_record(
    citation: Citation, style: CiteStyle, number: int = 1, draft: str | None = None
) -> dict[str, object]:
    """The citation's parts for machines (fields.CITATION), unknowns as null, with the formatted text (marked as
    the printed one is) and `draft` true under a draft mark."""
    text = format_citation(citation, style, number, draft)
    view = CitationView(
        citation, original_title(citation.source), attribution(citation), text, draft is not None, number
    )
    return CITATION.record(view)
