"""A GitHub-flavoured Markdown table, for pasting into reports and issues: a heading, what made it (the command,
the store and its digest: which subset of which store), the table, the figures' conflicts, what its statuses and
dates mean, and the articles its rows cite (rev30 U18: a pasted table named `nis-12000` and `first-clashes`, which
its reader could not resolve; R7: one lost where the sources disagree and what subset it was).

Store text is escaped so it cannot break the table or turn into markup: `|` and Markdown punctuation get a
backslash, line breaks become `<br>`, control characters are shown as `\\x1b` (textnorm.markdown_text, which
`koursk cite` uses too).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from ..cite import cited_title, outlet_named, published
from ..claims import amount, conflicts_heading, restatement_note
from ..conflicts import conflict_lines, conflicts_outside, drawn_legend, selection_conflicts
from ..humanize import human_date
from ..model import STATUS_MEANING, Claim, Event, Store
from ..placeholders import DRAFT_BADGE
from ..textnorm import markdown_text
from . import conflict_index
from .formats import Provenance, Selection

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


def made_with(provenance: Provenance) -> str:
    """`Made with: koursk export markdown --since 2024-11` and the store with its digest, as the report's header says
    them: a table pasted into a note keeps which subset of which store it is."""
    command = provenance.command
    if command.count(" ") == 2:  # `koursk export markdown`, nothing given
        command += " (no filter: the whole store)"
    store = f"the store shipped with koursk {provenance.version}" if provenance.store is None else provenance.store
    return (
        f"Made with: {markdown_text(command)}  \n"
        f"Store: {markdown_text(store)}, digest (SHA-256) {markdown_text(provenance.digest)}\n\n"
    )


FIGURES_ELSEWHERE = (
    "Figures, and where the sources disagree on them: koursk export markdown --rows claims lists them with their "
    "conflicts, and koursk report events and figures together."
)
"""Said under an events table: its conflicts are between figures, which a table of events does not list."""


def conflicts_markdown(selection: Selection, claims: Sequence[Claim]) -> Iterator[str]:
    """The conflicts the listed claims take part in, as `koursk claims` lists them on a terminal (against every claim
    of the store, or under --as-of every one published by then, listed or not): the heading with how many of each
    tier, every pair with its tier's mark (`≠` firm on the figures, `≠?` only if the round figures are exact), then the legend."""
    store, lang = selection.store, selection.lang
    index = conflict_index(store, selection.known_by)
    found = selection_conflicts(claims, index, store.claims.__getitem__, None)
    yield f"\n## {markdown_text(conflicts_heading(found.total, found.firm, lang))}\n"  # each block opens with its blank line
    said = conflicts_outside(found, lang)
    if said:
        yield f"\n{markdown_text(said[0].upper() + said[1:])}.\n"
    drawn = list(conflict_lines(store, found, index, lang))
    for n, pair in enumerate(drawn):
        yield f"{'' if n else chr(10)}- {markdown_text(pair.line)}\n"
    meanings = [markdown_text(line) for line in drawn_legend(drawn, lang)]
    if meanings:
        yield "\n" + "  \n".join(meanings) + "\n"


def export(selection: Selection) -> Iterator[str]:
    """A heading, what made it, the table, its conflicts (claims), its legend and the articles it cites; under a
    `--drafts` mark, as a bold quote block before the table, which every viewer shows."""
    claims = selection.claims
    cited: list[str] = []
    yield f"# {'Claims' if claims is not None else 'Events'} (koursk export markdown)\n\n"
    if selection.draft is not None:  # first: no reader takes the file for the curated store
        yield f"> **{markdown_text(selection.draft)}**\n\n"
    if selection.provenance is not None:
        yield made_with(selection.provenance)
    if claims is not None:
        cited += (c.source for c in claims)
        yield from claims_markdown(claims)
        yield from conflicts_markdown(selection, claims)
    else:
        yield from events_markdown(_noting_sources(selection.events, cited), selection.lang)
        yield f"\n{markdown_text(FIGURES_ELSEWHERE)}\n"
    yield "\n" + legend(selection.lang)
    if cited:
        yield "\n## Sources\n\n"
        yield from sources_table(selection.store, cited)


def _noting_sources(events: Iterable[Event], cited: list[str]) -> Iterator[Event]:
    """The events, each one's sources noted in `cited` as it is written (the events are read once)."""
    for event in events:
        cited += event.sources
        yield event
