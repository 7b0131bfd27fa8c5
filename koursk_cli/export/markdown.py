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
from ..humanize import colon, human_date
from ..model import STATUS_MEANING, Claim, Event, Store
from ..placeholders import DRAFT_BADGE
from ..textnorm import markdown_text
from ..words import LEGEND
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
    words = LEGEND[lang]
    header = words["md event header"].split("|")
    rows = (
        (
            [human_date(e.date, lang=lang), e.title.get(lang), words[e.status.value], ", ".join(e.sources), e.id],
            e.draft,
        )
        for e in events
    )
    return table(header, rows, badged=1)


def claims_markdown(claims: Iterable[Claim], lang: str = "en") -> Iterator[str]:
    """Figure, what it measures, when it holds, who asserts it and where it is reported; a restatement says so
    by its figure."""
    words = LEGEND[lang]
    header = words["md claim header"].split("|")
    rows = (
        (
            [
                human_date(c.as_of, lang=lang),
                amount(c, lang) + (f" ({restatement_note(c, lang=lang)})" if c.restates else ""),
                c.topic,
                c.measure,
                ", ".join(c.asserted_by) or words["md the article"],
                c.source,
                words[c.status.value],
                c.id,
            ],
            c.draft,
        )
        for c in claims
    )
    return table(header, rows, badged=1)


def legend(lang: str) -> str:
    """The statuses (model.STATUS_MEANING) and the dates' marks (humanize.human_date), as a paragraph under the
    table."""
    words = LEGEND[lang]
    statuses = "; ".join(
        f"{words[status.value]}{colon(lang)}{meaning}" for status, meaning in STATUS_MEANING[lang].items()
    )
    return f"{markdown_text(words['md status'].format(statuses=statuses))}  \n{markdown_text(words['md dates'])}\n"


def sources_table(store: Store, cited: Iterable[str], lang: str = "en") -> Iterator[str]:
    """The articles the rows cite, in id order: outlet, title (a curator's summary said so), publication, URL;
    unknowns said as `koursk cite` says them, never filled in."""
    words = LEGEND[lang]
    rows = (
        (
            [
                source.id,
                outlet_named(source, words["credited"]) or words["outlet unknown"],
                cited_title(source, lang=lang),
                published(source, lang).removeprefix(words["published"].format(date="")),
                source.url or words["no url"],
            ],
            source.draft,
        )
        for source in (store.sources[i] for i in sorted(set(cited)))
    )
    return table(words["md source header"].split("|"), rows, badged=1)


def made_with(provenance: Provenance, lang: str = "en") -> str:
    """`Made with: koursk export markdown --since 2024-11` and the store with its digest, as the report's header says
    them: a table pasted into a note keeps which subset of which store it is."""
    words, command = LEGEND[lang], provenance.command
    if command.count(" ") == 2:  # `koursk export markdown`, nothing given
        command += f" {words['md whole store']}"
    store = words["md shipped"].format(version=provenance.version) if provenance.store is None else provenance.store
    stored = words["md store"].format(store=markdown_text(store), digest=markdown_text(provenance.digest))
    return f"{words['md made with'].format(command=markdown_text(command))}  \n{stored}\n\n"


def conflicts_markdown(selection: Selection, claims: Sequence[Claim]) -> Iterator[str]:
    """The conflicts the listed claims take part in, as `koursk claims` lists them on a terminal (against every claim
    of the store, or under --as-of every one published by then, listed or not): the heading with how many of each
    tier, every pair with its tier's mark (`≠` firm, `≠~` only if on the same day, `≠?` only if the round figures are exact), then the legend."""
    store, lang = selection.store, selection.lang
    index = conflict_index(store, selection.known_by)
    found = selection_conflicts(claims, index, store.claims.__getitem__, None)
    yield f"\n## {markdown_text(conflicts_heading(found.total, found.firm, found.same_day, lang))}\n"  # each block opens with its blank line
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
    claims, lang = selection.claims, selection.lang
    words = LEGEND[lang]
    cited: list[str] = []
    yield f"# {words['md claims' if claims is not None else 'md events']}\n\n"
    if selection.draft is not None:  # first: no reader takes the file for the curated store
        yield f"> **{markdown_text(selection.draft)}**\n\n"
    if selection.provenance is not None:
        yield made_with(selection.provenance, lang)
    if claims is not None:
        cited += (c.source for c in claims)
        yield from claims_markdown(claims, lang)
        yield from conflicts_markdown(selection, claims)
    else:
        yield from events_markdown(_noting_sources(selection.events, cited), selection.lang)
        yield f"\n{markdown_text(words['md elsewhere'])}\n"  # its conflicts are between figures, not listed here
    yield "\n" + legend(selection.lang)
    if cited:
        yield f"\n## {words['md sources']}\n\n"
        yield from sources_table(selection.store, cited, lang)


def _noting_sources(events: Iterable[Event], cited: list[str]) -> Iterator[Event]:
    """The events, each one's sources noted in `cited` as it is written (the events are read once)."""
    for event in events:
        cited += event.sources
        yield event
