"""Every command, by name, and the module that holds it. A run imports and builds only the command it invokes, so
start-up does not pay for the flags, imports and help of the others; `koursk --help` lists them from this table
without building any."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from ..compat import CommandInfo, get_command_from_info
from .persistent import add_to

if TYPE_CHECKING:
    from ..compat import Command


class Entry(NamedTuple):
    module: str  # in koursk_cli.commands
    function: str
    summary: str  # the line `koursk --help` lists it with (its short help), whole at 80 columns: no command is built
    pipe: tuple[str, ...] = ()  # a listing's (record, columns[, more]) in a pipe, said under its --help


# The order is the order `koursk --help` lists them in.
COMMANDS: dict[str, Entry] = {
    "events": Entry(
        "events",
        "events",
        "List events, filtered and sorted.",
        ("event", "id, date, start, end, status, sources, title"),
    ),
    "show": Entry("show", "show", "Show one event, claim, source, actor, place or topic in full."),
    "cite": Entry("cite", "cite_command", "Cite an event or claim: article, date, URL and the quote."),
    "read": Entry("read", "read_command", "Read an article, or a quote in its context."),
    "timeline": Entry(
        "timeline",
        "timeline_command",
        "The story by week, month or year, gaps shown.",
        ("event in each period", "period, id, date, start, end, status, sources, title"),
    ),
    "sources": Entry(
        "sources",
        "sources_command",
        "List the articles (with --claim TOPIC, its claims).",
        (
            "article",
            "id, published, start, end, outlet, events, claims, title",
            "with --claim, one per claim, as `koursk claims`",
        ),
    ),
    "claims": Entry(
        "claims",
        "claims_command",
        "List the claims (figures): who says what, as of when.",
        (
            "claim",
            "id, as_of, value, unit, measure, asserted_by, source, published, status, quote, restates, conflicts_with, as_of_start, as_of_end, conflict_kinds",
        ),
    ),
    "topics": Entry(
        "claims",
        "topics_command",
        "List claim topics and measures, their spread and conflicts.",
        ("topic and measure", "topic, measure, claims, lowest, highest, conflicts"),
    ),
    "figures": Entry(
        "figures",
        "figures_command",
        "Each asserter's figures over time, for a topic.",
        (
            "figure",
            "measure, asserter, as_of, as_of_start, as_of_end, figure, lowest, highest, claim, conflicts_with, revises, restates, status",
        ),
    ),
    "entities": Entry(
        "entities",
        "entities_command",
        "List the actors and places.",
        ("actor or place", "kind, id, name, part_of, events, claims"),
    ),
    "diff": Entry("diff", "diff_command", "Compare two articles, or what was known at two dates."),
    "export": Entry("export", "export_command", "Export events or claims: csv, markdown, ics, sqlite…"),
    "report": Entry("report", "report_command", "Write one self-contained HTML page of the story."),
    "check": Entry("check", "check", "Validate the store; one path:line:col line per problem."),
    "init": Entry("init", "init_command", "Copy the shipped store into a folder you can edit."),
    "extract": Entry("extract", "extract_command", "Draft store records from a French article."),
    "schema": Entry("extract", "schema_command", "Print the JSON Schema of the store files."),
    "completion": Entry("completion", "completion_command", "Print or install shell completion for bash, zsh, fish…"),
    "help": Entry("help", "help_command", "Show the help of koursk or of one command."),
}


def _pipe_columns(entry: Entry) -> str | None:
    """A listing's pipe format under its --help (rev27 U11: 15 unnamed columns, two of them often empty). A pipe
    gets no header line, as gh prints none (docs/reference.md#output): `--json` is the way to named fields."""
    if not entry.pipe:
        return None
    what, columns, *more = entry.pipe
    said = f"In a pipe: one tab-separated line per {what}, with no header: {columns} (docs/reference.md says what each holds)"
    return said + "".join(f"; {m}" for m in more) + "."


class LazyCommands(Mapping[str, "Command"]):
    """The commands as Typer's group reads them: names are known up front, each command is built on first use."""

    def __init__(self) -> None:
        self._built: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            entry = COMMANDS[name]
            callback = getattr(importlib.import_module(f"{__name__}.{entry.module}"), entry.function)
            info = CommandInfo(name=name, callback=callback, short_help=entry.summary, epilog=_pipe_columns(entry))

            command = get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
            self._built[name] = add_to(command)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)
