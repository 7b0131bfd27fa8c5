"""The flags the commands share, each described once as a row, with no Typer in sight: commands/options.py builds
each command's Typer option from its row, and the fast path (commands/entry.py) reads a narrow query's argv with the
same rows, so the two grammars cannot drift (docs/performance.md, eighteenth pass). A row's parser refuses a value with
BadValue, which the Typer side words as Click's BadParameter and the fast path takes as a reason to hand over.

Here: the rows' form, the global options, the output flags and -n; the event filters' rows sit with the value they
make (commands/filters.FILTERS), a command's own flags with its body (eventlist.SORT). This module stays light (no
dates, no query): every run, `koursk --help` included, imports it."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import UsageError
from ..textnorm import is_utf8, shown

if TYPE_CHECKING:
    from ..render.machine import Format
    from .base import AppState


class BadValue(Exception):
    """A flag's value refused, with the one line that says why (not a ValueError: Click would drop the message)."""


MAX_LIMIT = 2**63 - 1  # SQLite's largest integer


def whole_number(low: int, high: int = MAX_LIMIT) -> Callable[[str | int], int]:
    """The parser of every count flag (`-n`, `--max-span`, `-C`, `--max-events`): a whole number written in ASCII
    digits (as seed numbers are: Python's int() would take `５`, `٣` and `5_0`), from `low` to `high`, each refusal
    one line in words (`0 is too small: it must be at least 1`). The default bound is SQLite's largest integer, which
    a LIMIT cannot exceed (a larger N was an OverflowError)."""

    def parse(value: str | int) -> int:
        if isinstance(value, int):  # a default
            return value
        if re.fullmatch(r"-?[0-9]+", value) is None:  # one way to match, so linear (rev18 L1: `0*` backtracked)
            raise BadValue(f"'{value}' is not a whole number written with the digits 0-9")
        sign, unsigned = ("-", value[1:]) if value.startswith("-") else ("", value)
        digits = sign + (unsigned.lstrip("0") or "0")  # leading zeros say nothing of the size (`-n 005` is 5)
        number = int(digits) if len(digits) <= 20 else None  # int() refuses 4,300 digits; 20 hold every bound here
        if (number is None and value.startswith("-")) or (number is not None and number < low):
            raise BadValue(f"{value} is too small: it must be at least {low}")
        if number is None or number > high:
            raise BadValue(f"{value} is too large: it must be at most {high}")
        return number

    return parse


def utf8_text(value: str | None) -> str | None:
    """Every free-text flag (`--text`, `--title`, `--around`). An argument's bytes that are not UTF-8 reach Python as
    surrogates (PEP 383), which no output can encode: `export timelinejs --title $'\\xff'` and `report --text` were a
    traceback (rev20 L2). Refused in one line, exit 2, as a store folder so named is."""
    if value is not None and not is_utf8(value):
        raise BadValue(f"'{shown(value)}' is not UTF-8 text")
    return value


class Flag(NamedTuple):
    """One flag as every command that takes it spells it: its parameter's name, its spellings (`--pager/--no-pager`
    for a pair), its help, how its value is read. `parse` None: a switch; `choices`: one of an enum's values, in any
    case; `check`: run on the value as typed after the rest (Click's callback: a value that stays text)."""

    name: str
    decls: tuple[str, ...]
    help: str
    parse: Callable[[str], Any] | None = None
    metavar: str | None = None
    default: Any = None
    repeated: bool = False
    choices: type[StrEnum] | None = None
    check: Callable[[Any], Any] | None = None
    complete: str | None = None
    """The function of koursk_cli/completion.py that completes its value."""

    @property
    def switch(self) -> bool:
        """A flag that takes no value (`--json`, `--pager/--no-pager`): nothing to parse, choose or name."""
        return self.parse is None and self.choices is None and self.metavar is None

    def value(self, text: str) -> Any:
        """`text` as the command receives it; BadValue when refused (a choice: only ASCII, which Click's casefold and
        `lower` read alike)."""
        if self.choices is not None:
            found = {choice.value: choice for choice in self.choices}.get(text.lower() if text.isascii() else "")
            if found is None:
                raise BadValue(f"{text!r} is not one of {', '.join(self.choices)}")
            return found
        parsed = text if self.parse is None else self.parse(text)
        return parsed if self.check is None else self.check(parsed)


def limit(what: str) -> Flag:
    """`-n/-L/--limit N` (git log's -n, gh's -L), with what is limited in its help."""
    return Flag("limit", ("--limit", "-n", "-L"), f"At most N {what}.", whole_number(1), "N")


JSON_HELP = "Print a JSON array (`[]` when empty)."
JSONL_HELP = "Print one JSON object per line."


def output(fields: str | None = None, *, json: str = JSON_HELP, jsonl: str = JSONL_HELP) -> tuple[Flag, ...]:
    """--json, --jsonl and, when `fields` gives its help, --fields: each says what it prints for its command."""
    flags = (Flag("json_", ("--json",), json, default=False), Flag("jsonl", ("--jsonl",), jsonl, default=False))
    return (*flags, Flag("fields", ("--fields",), fields, metavar="FIELDS")) if fields is not None else flags


def output_choice(json: str = JSON_HELP, jsonl: str = JSONL_HELP) -> str:
    """What each of --json and --jsonl prints, said when both are given (Output.choice)."""
    return f"--json to {json[0].lower()}{json[1:].rstrip('.')}, --jsonl to {jsonl[0].lower()}{jsonl[1:].rstrip('.')}"


class Output(NamedTuple):
    """--json, --jsonl and --fields as typed: one value a command hands on (see options.output_flags)."""

    json: bool = False
    jsonl: bool = False
    fields: str | None = None
    choice: str = output_choice()
    """What each of --json and --jsonl prints for this command (the hint when both are given)."""

    @property
    def format(self) -> Format:
        """AUTO (a table or plain lines) unless asked for JSON; choosing --fields asks for JSON by default."""
        from ..render.machine import Format  # see the module's docstring: every run imports this one

        if self.json and self.jsonl:
            raise UsageError("--json and --jsonl cannot be used together", f"pick one: {self.choice}")
        return Format.JSONL if self.jsonl else Format.JSON if self.json or self.fields is not None else Format.AUTO

    def selected(self, valid: tuple[str, ...]) -> tuple[str, ...] | None:
        """The --fields asked for, each one of `valid` (else a usage error naming them); None: every field."""

        from ..fields import parse_fields  # completion builds commands from these declarations: see DEFERRED

        return parse_fields(self.fields, valid) if self.fields is not None else None


NO_OUTPUT = Output()
"""The default a command declares for its `output` parameter (the flags replace it; see options.output_flags)."""


# The global options: taken before or after the command's name (commands/persistent.py), each setting the run state.
def _set_data(state: AppState, value: str | None) -> None:
    if value is not None:
        state.store_option = value


def _set_drafts(state: AppState, value: bool) -> None:
    if value:
        state.drafts = True


def _set_lang(state: AppState, value: str | None) -> None:
    if value is not None:
        state.lang, state.lang_given = value.lower(), True


def _set_no_color(state: AppState, value: bool) -> None:
    if value:
        state.env.color = False


def _set_pager(state: AppState, value: bool | None) -> None:
    if value is not None:
        state.env.pager = value and state.env.stdout_isatty


class Global(NamedTuple):
    """A global option: its flag, and what its value sets in the run state (None: `--version`, which prints)."""

    flag: Flag
    sets: Callable[[AppState, Any], None] | None


class Lang(StrEnum):
    """The languages of a store's text (--lang)."""

    EN = "en"
    FR = "fr"


DATA_ENV = "KOURSK_DATA"
"""The variable --data falls back to before the command's name."""

DATA = Global(
    Flag(
        "data",
        ("--data",),
        "Use the store in DIR (holding data/ and seeds/) instead of the one shipped with koursk.",
        metavar="DIR",
    ),
    _set_data,
)
DRAFTS = Global(
    Flag(
        "drafts",
        ("--drafts",),
        "Preview a store still being curated: placeholders left by `koursk extract` (TODO values) pass, shown as "
        "written, with a warning, and each record still in draft marked (`draft: true` in JSON); every other check "
        "still applies, and `koursk check` still fails them. Without it, the drafts are left out, said in one stderr "
        "line.",
        default=False,
    ),
    _set_drafts,
)
LANG = Global(
    Flag(
        "lang",
        ("--lang",),
        "Language of the store's text: titles, names, topics and measures. What koursk prints for reading (listings, "
        "show, diff) gives in it too its dates, legends, status words, the few words inside a line (as of, allows, "
        "in) and what --limit left out, with its digits grouped as the language does (10 000); field names (show's "
        "labels), units and date bases stay in English. JSON, CSV and pipes' records stay as they are in any "
        "language.",
        metavar="<en|fr>",
        choices=Lang,
    ),
    _set_lang,
)
NO_COLOR = Global(
    Flag("no_color", ("--no-color",), "No colours (also NO_COLOR=1 or TERM=dumb).", default=False), _set_no_color
)
PAGER = Global(
    Flag(
        "pager",
        ("--pager/--no-pager",),
        "Page long output on a terminal through $PAGER (default: when it does not fit).",
    ),
    _set_pager,
)
VERSION = Global(Flag("version", ("--version", "-V"), "Print the version and exit.", default=False), None)
GLOBALS = (DATA, DRAFTS, LANG, NO_COLOR, PAGER, VERSION)
"""In the order of every help's listing."""


class FastCommand(NamedTuple):
    """A command the fast path takes (commands/entry.py): its flags, beside the globals, and its body, given the run
    state and every flag's value by its parameter's name (a flag not given: its row's default)."""

    flags: tuple[Flag, ...]
    run: Callable[[AppState, dict[str, Any]], None]
