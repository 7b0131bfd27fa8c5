"""Every command, by name, and the module that holds it. A run imports and builds only the command it invokes, so
start-up does not pay for the flags, imports and help of the others (`koursk --help` builds them all to list them)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..compat import Command

# name: (module in koursk_cli.commands, function, one-line summary for `koursk --help`, whole at 80 columns); the
# order is the order `koursk --help` lists them in.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "events": ("events", "events", "List events, filtered and sorted."),
    "show": ("show", "show", "Show one event, claim, source, actor, place or topic in full."),
    "cite": ("cite", "cite_command", "Cite an event or claim: article, date, URL and the quote."),
    "read": ("read", "read_command", "Read an article, or a quote in its context."),
    "timeline": ("timeline", "timeline_command", "The story by week, month or year, gaps shown."),
    "sources": ("sources", "sources_command", "List the articles (with --claim TOPIC, its claims)."),
    "claims": ("claims", "claims_command", "List the claims (figures): who says what, as of when."),
    "topics": ("claims", "topics_command", "List claim topics and measures, their spread and conflicts."),
    "figures": ("figures", "figures_command", "Each asserter's figures over time, for a topic."),
    "entities": ("entities", "entities_command", "List the actors and places."),
    "diff": ("diff", "diff_command", "Compare two articles, or what was known at two dates."),
    "export": ("export", "export_command", "Export events or claims: csv, markdown, ics, sqlite…"),
    "report": ("report", "report_command", "Write one self-contained HTML page of the story."),
    "check": ("check", "check", "Validate the store; one path:line:col line per problem."),
    "init": ("init", "init_command", "Copy the shipped store into a folder you can edit."),
    "extract": ("extract", "extract_command", "Draft store records from a French article."),
    "schema": ("extract", "schema_command", "Print the JSON Schema of the store files."),
    "help": ("help", "help_command", "Show the help of koursk or of one command."),
}


class LazyCommands(Mapping[str, "Command"]):
    """The commands as Typer's group reads them: names are known up front, each command is built on first use."""

    def __init__(self) -> None:
        self._built: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            from ..compat import CommandInfo, get_command_from_info

            module, function, summary = COMMANDS[name]
            callback = getattr(importlib.import_module(f"{__name__}.{module}"), function)
            info = CommandInfo(name=name, callback=callback, short_help=summary)
            from .persistent import add_to

            command = get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
            self._built[name] = add_to(command)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)
