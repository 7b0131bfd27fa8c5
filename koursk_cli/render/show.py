"""`koursk show ID`: one event or claim in full, as labelled lines (plain in a pipe, styled on a terminal)."""

from __future__ import annotations

from ..claims import format_value
from ..dates import FuzzyDate
from ..environment import Environment
from ..humanize import human_date
from ..model import Claim, Event, Store
from ..textnorm import visible
from .styles import DATE_STYLE, ID_STYLE, MUTED, STATUS_MARK, STATUS_STYLE

Section = list[tuple[str, str]]


def _date(when: FuzzyDate) -> str:
    bounds = when.start.isoformat() if when.start == when.end else f"{when.start.isoformat()} .. {when.end.isoformat()}"
    return f"{human_date(when)}  ({when.text}; {bounds})"


def _names(store: Store, ids: tuple[str, ...], lang: str) -> str:
    return ", ".join(f"{store.entities[i].name.get(lang)} ({i})" for i in ids) or "—"


def _source_line(store: Store, source_id: str, lang: str) -> str:
    source = store.sources[source_id]
    outlet = f"{source.outlet}, " if source.outlet else ""
    return f"{source_id} — {outlet}{source.title.get(lang)}, published {human_date(source.published)}"


def event_sections(store: Store, event: Event, lang: str) -> tuple[str, Section, list[tuple[str, str]]]:
    fields: Section = [
        ("id", event.id),
        ("date", _date(event.date)),
        ("basis", event.date_basis),
        ("status", event.status.value),
        ("actors", _names(store, event.actors, lang)),
        ("places", _names(store, event.places, lang)),
        ("tags", ", ".join(event.tags) or "—"),
        ("reported", human_date(event.reported)),
    ]
    if event.note:
        fields.append(("note", event.note))
    quotes = [(_source_line(store, e.source, lang), e.quote) for e in event.evidence]
    return event.title.get(lang), fields, quotes


def claim_sections(
    store: Store, claim: Claim, lang: str, conflicts: list[str]
) -> tuple[str, Section, list[tuple[str, str]]]:
    topic = store.topics[claim.topic]
    measure = topic.measure(claim.measure)
    fields: Section = [
        ("id", claim.id),
        ("topic", f"{topic.id} — {topic.name.get(lang)}"),
        ("measure", f"{claim.measure} — {measure.description.get(lang) if measure else ''}"),
        ("value", f"{format_value(claim)} {claim.unit}  ({claim.value_kind.value})"),
        ("as of", _date(claim.as_of)),
        ("basis", claim.as_of_basis),
        ("asserted by", _names(store, claim.asserted_by, lang) if claim.asserted_by else "the article itself"),
        ("status", claim.status.value),
        ("conflicts with", ", ".join(conflicts) or "—"),
    ]
    if claim.restates:
        fields.append(("restates", f"{claim.restates} (the same article's figure, repeated: not a separate claim)"))
    if claim.note:
        fields.append(("note", claim.note))
    return (
        f"{format_value(claim)} {claim.unit}: {claim.topic}/{claim.measure}",
        fields,
        [(_source_line(store, claim.source, lang), claim.quote)],
    )


def show_plain(env: Environment, heading: str, fields: Section, quotes: list[tuple[str, str]]) -> None:
    out = env.stdout
    out.write(visible(heading) + "\n")
    for label, value in fields:
        out.write(f"{label}: {visible(value)}\n")
    for source, quote in quotes:
        out.write(f"source: {visible(source)}\n")
        out.write(f"quote: «{visible(quote)}»\n")


def show_rich(env: Environment, heading: str, fields: Section, quotes: list[tuple[str, str]], status: str) -> None:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from ..model import Status

    console = env.console()
    mark = Status(status)
    title = Text(f"{STATUS_MARK[mark]} ", style=STATUS_STYLE[mark])
    title.append(visible(heading), style="bold")
    console.print(title)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style=MUTED, no_wrap=True, justify="right")
    grid.add_column(overflow="fold")
    for label, value in fields:
        style = ID_STYLE if label == "id" else DATE_STYLE if label in ("date", "as of") else ""
        grid.add_row(Text(label), Text(visible(value), style=style))
    console.print(Padding(grid, (1, 0, 0, 0)))
    for source, quote in quotes:
        console.print(Padding(Text(visible(source), style=MUTED), (1, 0, 0, 2)))
        console.print(Padding(Text(f"«{visible(quote)}»", style="italic"), (0, 0, 0, 4)))
