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


def export(selection: Selection) -> Iterator[str]:
    """The table; under a `--drafts` mark, as a bold quote block before it, which every viewer shows."""
    claims = selection.claims
    if selection.draft is not None:
        yield f"> **{markdown_text(selection.draft)}**\n\n"
    yield from claims_markdown(claims) if claims is not None else events_markdown(selection.events, selection.lang)
