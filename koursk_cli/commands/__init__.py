"""Every command, by name, and the module that holds it. A run imports and builds only the command it invokes, so
start-up does not pay for the flags, imports and help of the others; `koursk --help` lists them from this table
without building any (commands/lazy.py builds them). Typer-free, as the fast path (commands/entry.py) is."""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    module: str  # in koursk_cli.commands
    function: str
    summary: str  # the line `koursk --help` lists it with (its short help), whole at 80 columns: no command is built
    # A listing's pipe, said under its --help: (what each line is, the fields registry of its columns as
    # `module:NAME` in koursk_cli.render, [more]). The columns are read from the registry when the help is shown.
    pipe: tuple[str, ...] = ()
    lang: bool = False  # it prints store text (titles, names), so it takes --lang (flags.LANG's help)
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
