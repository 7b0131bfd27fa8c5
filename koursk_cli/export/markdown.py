"""A GitHub-flavoured Markdown table, for pasting into reports and issues: a heading, the table, what its statuses
and dates mean, and the articles its rows cite (rev30 U18: a pasted table named `nis-12000` and `first-clashes`,
which its reader could not resolve).

Store text is escaped so it cannot break the table or turn into markup: `|` and Markdown punctuation get a
backslash, line breaks become `<br>`, control characters are shown as `\\x1b` (textnorm.markdown_text, which
`koursk cite` uses too).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from ..cite import cited_title, outlet_named, published
from ..claims import amount, restatement_note
from ..humanize import human_date
from ..model import STATUS_MEANING, Claim, Event, Store
from ..placeholders import DRAFT_BADGE
from ..textnorm import markdown_text
from .formats import Selection

Row = tuple[Sequence[str], bool]
"""A row's cells, and whether its record is still in draft (`--drafts`)."""


def table(header: Sequence[str], rows: Iterable[Row], badged: int) -> Iterator[str]:
    """Header, separator, one line per row, yielded line by line; cells are escaped here, never by callers. The
    cell `badged` of a record still in draft opens with a bold `[draft]`, which every viewer shows."""
    badge = f"**{markdown_text(DRAFT_BADGE)}** "
    for cells, draft in itertools.chain([(header, False), (["---"] * len(header), False)], rows):
        line = [markdown_text(c) for c in cells]
        if draft:
            line[badged] = badge + line[badged]
        yield "| " + " | ".join(line) + " |\n"


def events_markdown(events: Iterable[Event], lang: str) -> Iterator[str]:
    """Date (as people read it), title, status, sources and id: what a report needs to point at an event."""
    header = ["Date", "Event", "Status", "Sources", "Id"]
    rows = (
        ([human_date(e.date), e.title.get(lang), e.status.value, ", ".join(e.sources), e.id], e.draft) for e in events
    )
    return table(header, rows, badged=1)


def claims_markdown(claims: Iterable[Claim]) -> Iterator[str]:
    """Figure, what it measures, when it holds, who asserts it and where it is reported; a restatement says so
    by its figure."""
    header = ["As of", "Figure", "Topic", "Measure", "Asserted by", "Source", "Status", "Id"]
    rows = (
        (
            [
                human_date(c.as_of),
                amount(c) + (f" ({restatement_note(c)})" if c.restates else ""),
                c.topic,
                c.measure,
                ", ".join(c.asserted_by) or "(the article)",
                c.source,
                c.status.value,
                c.id,
            ],
            c.draft,
        )
        for c in claims
    )
    return table(header, rows, badged=1)


DATES = "~ approximate, ? uncertain, % both; A – B: some time within, or all through, that window"
"""What a date's marks say (humanize.human_date), under the table."""


def legend(lang: str) -> str:
    """The statuses (model.STATUS_MEANING) and the dates' marks, as a paragraph under the table."""
    statuses = "; ".join(f"{status.value}: {meaning}" for status, meaning in STATUS_MEANING[lang].items())
    return f"Status: {markdown_text(statuses)}.  \nDates: {markdown_text(DATES)}.\n"


def sources_table(store: Store, cited: Iterable[str]) -> Iterator[str]:
    """The articles the rows cite, in id order: outlet, title (a curator's summary said so), publication, URL;
    unknowns said as `koursk cite` says them, never filled in."""
    rows = (
        (
            [
                source.id,
                outlet_named(source) or "outlet unknown",
                cited_title(source),
                published(source).removeprefix("published "),
                source.url or "no URL recorded",
            ],
            source.draft,
        )
        for source in (store.sources[i] for i in sorted(set(cited)))
    )
    return table(["Id", "Outlet", "Title", "Published", "URL"], rows, badged=1)


def export(selection: Selection) -> Iterator[str]:
    """A heading, the table, its legend and the articles it cites; under a `--drafts` mark, as a bold quote block
    before the table, which every viewer shows."""
    claims = selection.claims
    cited: list[str] = []
    yield f"# {'Claims' if claims is not None else 'Events'} (koursk export markdown)\n\n"
    if selection.draft is not None:
        yield f"> **{markdown_text(selection.draft)}**\n\n"
    if claims is not None:
        cited += (c.source for c in claims)
        yield from claims_markdown(claims)
    else:
        yield from events_markdown(_noting_sources(selection.events, cited), selection.lang)
    yield "\n" + legend(selection.lang)
    if cited:
        yield "\n## Sources\n\n"
        yield from sources_table(selection.store, cited)


def _noting_sources(events: Iterable[Event], cited: list[str]) -> Iterator[Event]:
    """The events, each one's sources noted in `cited` as it is written (the events are read once)."""
    for event in events:
        cited += event.sources
        yield event
