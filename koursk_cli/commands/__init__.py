"""Every command, by name, and the module that holds it. A run imports and builds only the command it invokes, so
start-up does not pay for the flags, imports and help of the others; `koursk --help` lists them from this table
without building any."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from ..compat import CommandInfo, Context, HelpFormatter, TyperCommand, get_command_from_info
from .persistent import add_to

if TYPE_CHECKING:
    from ..compat import Command


class Entry(NamedTuple):
    module: str  # in koursk_cli.commands
    function: str
    summary: str  # the line `koursk --help` lists it with (its short help), whole at 80 columns: no command is built
    # A listing's pipe, said under its --help: (what each line is, the fields registry of its columns as
    # `module:NAME` in koursk_cli.render, [more]). The columns are read from the registry when the help is shown.
    pipe: tuple[str, ...] = ()
    lang: bool = False  # it prints store text (titles, names), so it takes --lang (persistent.LANG_HELP)
    data: bool = True
    """Whether --data names a store it reads (listed in its help); `init` reads none: it copies the shipped store and
    refuses --data (rev32 R16)."""


# The order is the order `koursk --help` lists them in.
COMMANDS: dict[str, Entry] = {
    "events": Entry(
        "events",
        "events",
        "List events, filtered and sorted.",
        ("event", "events:EVENT_LINE"),
        lang=True,
    ),
    "show": Entry("show", "show", "Show one event, claim, source, actor, place or topic in full.", lang=True),
    "cite": Entry("cite", "cite_command", "Cite an event or claim: article, date, URL and the quote.", lang=True),
    "read": Entry("read", "read_command", "Read an article, or a quote in its context."),
    "timeline": Entry(
        "timeline",
        "timeline_command",
        "The story by week, month or year, gaps shown.",
        ("event in each period", "timeline:TIMELINE_LINE"),
        lang=True,
    ),
    "sources": Entry(
        "sources",
        "sources_command",
        "List the articles (with --claim TOPIC, its claims).",
        (
            "article",
            "sources:SOURCE_LINE",
            "with --claim, one per claim, as `koursk claims`",
        ),
        lang=True,
    ),
    "claims": Entry(
        "claims",
        "claims_command",
        "List the claims (figures): who says what, as of when.",
        ("claim", "claims:CLAIM_LINE"),
        lang=True,
    ),
    "topics": Entry(
        "claims",
        "topics_command",
        "List claim topics and measures, their spread and conflicts.",
        ("topic and measure", "sources:TOPIC_LINE"),
        lang=True,
    ),
    "figures": Entry(
        "figures",
        "figures_command",
        "Each asserter's figures over time, for a topic.",
        ("figure", "figures:FIGURE_LINE"),
        lang=True,
    ),
    "entities": Entry(
        "entities",
        "entities_command",
        "List the actors and places.",
        ("actor or place", "entities:ENTITY_LINE"),
        lang=True,
    ),
    "diff": Entry("diff", "diff_command", "Compare two articles, or what was known at two dates.", lang=True),
    "export": Entry("export", "export_command", "Export events or claims: csv, markdown, ics, sqlite…", lang=True),
    "report": Entry("report", "report_command", "Write one self-contained HTML page of the story.", lang=True),
    "check": Entry("check", "check", "Validate the store; one path:line:col line per problem."),
    "init": Entry("init", "init_command", "Copy the shipped store into a folder you can edit.", data=False),
    "extract": Entry("extract", "extract_command", "Draft store records from a French article."),
    "schema": Entry("extract", "schema_command", "Print the JSON Schema of the store files."),
    "completion": Entry("completion", "completion_command", "Print or install shell completion for bash, zsh, fish…"),
    "help": Entry("help", "help_command", "Show the help of koursk or of one command."),
    "docs": Entry("docs", "docs_command", "Print one of koursk's documents (dates, claims…), or list them."),
}


def _pipe_columns(entry: Entry) -> str | None:
    """A listing's pipe format under its --help (rev27 U11: 15 unnamed columns, two of them often empty), its
    columns named by the fields registry the pipe prints (rev28 C14: never a copy of it). A pipe gets no header
    line, as gh prints none (docs/reference.md#output): `--json` is the way to named fields."""
    if not entry.pipe:
        return None
    what, registry, *more = entry.pipe
    module, name = registry.split(":")
    kind = getattr(importlib.import_module(f"{__package__.rpartition('.')[0]}.render.{module}"), name)
    columns = ", ".join(field.name for field in kind.fields)
    said = f"In a pipe: one tab-separated line per {what}, with no header: {columns} (`koursk docs reference` says what each holds)"
    return said + "".join(f"; {m}" for m in more) + "."


class _Command(TyperCommand):
    """A command whose epilog (a listing's pipe columns) is built when its help is shown, not when it runs: the
    registry it names may be a module its run does not import (`events --json` never imports render.events)."""

    def format_epilog(self, ctx: Context, formatter: HelpFormatter) -> None:
        if self.epilog is None and self.name in COMMANDS:
            self.epilog = _pipe_columns(COMMANDS[self.name])
        super().format_epilog(ctx, formatter)


class LazyCommands(Mapping[str, "Command"]):
    """The commands as Typer's group reads them: names are known up front, each command is built on first use."""

    def __init__(self) -> None:
        self._built: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            entry = COMMANDS[name]
            callback = getattr(importlib.import_module(f"{__name__}.{entry.module}"), entry.function)
            info = CommandInfo(name=name, callback=callback, short_help=entry.summary, cls=_Command)

            command = get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
            self._built[name] = add_to(command, lang=entry.lang, data=entry.data)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)
