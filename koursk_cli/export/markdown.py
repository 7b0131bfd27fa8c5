"""A GitHub-flavoured Markdown table, for pasting into reports and issues.

Store text is escaped so it cannot break the table or turn into markup: `|` and Markdown punctuation get a
backslash, line breaks become `<br>`, control characters are shown as `\\x1b` (textnorm.markdown_text, which
`koursk cite` uses too).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from ..claims import amount, restatement_note
from ..humanize import human_date
from ..model import Claim, Event
from ..textnorm import markdown_text
from .formats import Selection


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[str]:
    """Header, separator, one line per row, yielded line by line; cells are escaped here, never by callers."""
    for line in itertools.chain([header, ["---"] * len(header)], rows):
        yield "| " + " | ".join(markdown_text(c) for c in line) + " |\n"


def events_markdown(events: Iterable[Event], lang: str) -> Iterator[str]:
    """Date (as people read it), title, status, sources and id: what a report needs to point at an event."""
    header = ["Date", "Event", "Status", "Sources", "Id"]
    rows = ([human_date(e.date), e.title.get(lang), e.status.value, ", ".join(e.sources), e.id] for e in events)
    return table(header, rows)


def claims_markdown(claims: Iterable[Claim]) -> Iterator[str]:
    """Figure, what it measures, when it holds, who asserts it and where it is reported; a restatement says so
    by its figure."""
    header = ["As of", "Figure", "Topic", "Measure", "Asserted by", "Source", "Status", "Id"]
    rows = (
        [
            human_date(c.as_of),
            amount(c) + (f" ({restatement_note(c)})" if c.restates else ""),
            c.topic,
            c.measure,
            ", ".join(c.asserted_by) or "(the article)",
            c.source,
            c.status.value,
            c.id,
        ]
        for c in claims
    )
    return table(header, rows)


def export(selection: Selection) -> Iterator[str]:
    """The table; under a `--drafts` mark, as a bold quote block before it, which every viewer shows."""
    claims = selection.claims
    if selection.draft is not None:
        yield f"> **{markdown_text(selection.draft)}**\n\n"
    yield from claims_markdown(claims) if claims is not None else events_markdown(selection.events, selection.lang)
