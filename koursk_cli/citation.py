"""How to cite an event or a claim: the article it rests on (outlet, title, publication date at its true precision)
and the verbatim quote. Pure; one text for every place that cites (the HTML report, and `koursk cite` when it
comes), so a reader finds the same words wherever they copy them from.

Nothing is invented: an article whose outlet the seed does not name is cited as "outlet not named".
"""

from __future__ import annotations

from .claims import format_value
from .humanize import human_date
from .model import Claim, Event, Source, Store

UNNAMED_OUTLET = "outlet not named"


def cite_source(source: Source, lang: str) -> str:
    """`CNN, “Title”, published 7–8 Nov 2024`."""
    return f"{source.outlet or UNNAMED_OUTLET}, “{source.title.get(lang)}”, published {human_date(source.published)}"


def cite_quote(store: Store, source_id: str, quote: str, lang: str) -> str:
    """`CNN, “Title”, published 7–8 Nov 2024: « quote »`."""
    return f"{cite_source(store.sources[source_id], lang)}: « {quote} »"


def cite_event(store: Store, event: Event, lang: str) -> str:
    """`Title (8–13 Oct 2024; alleged). CNN, “…”, published …: « … ». [koursk event ID]`, one article per quote."""
    quotes = " ".join(f"{cite_quote(store, e.source, e.quote, lang)}." for e in event.evidence)
    return (
        f"{event.title.get(lang)} ({human_date(event.date)}; {event.status.value}). {quotes} [koursk event {event.id}]"
    )


def cite_claim(store: Store, claim: Claim, lang: str) -> str:
    """`~12,000 soldiers (troops/sent-to-russia, as of Nov 2024; reported by zelensky). CNN, …: « … ». [koursk claim
    ID]`."""
    who = f"asserted by {', '.join(claim.asserted_by)}" if claim.asserted_by else "stated by the article"
    head = f"{format_value(claim)} {claim.unit} ({claim.topic}/{claim.measure}, as of {human_date(claim.as_of)}; {who}; {claim.status.value})."
    return f"{head} {cite_quote(store, claim.source, claim.quote, lang)}. [koursk claim {claim.id}]"
