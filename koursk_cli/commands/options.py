"""Options shared by the commands: one definition each, reused as bundles (like sqlite-utils' option bundles): the
output flags here, the event filters in commands/filters.py."""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NamedTuple, Optional, TypeVar

import typer

from ..dates import WIDEST_SPAN, DateError, Period, parse_period
from ..errors import UsageError
from ..render.machine import Format
from ..textnorm import is_utf8, shown
from ..userpaths import expanded


def parse_period_option(value: str) -> Period:
    """Typer parser for period options, so a bad date names its flag and exits 2."""

    try:
        return parse_period(value, today=date.today())
    except DateError as error:
        raise typer.BadParameter(str(error)) from None


def period_flag(flag: str, help_text: str) -> Any:
    """A flag that takes a PERIOD: every date flag parses and names its values the same way."""
    return typer.Option(flag, metavar="PERIOD", parser=parse_period_option, help=help_text)


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
            raise typer.BadParameter(f"'{value}' is not a whole number written with the digits 0-9")
        sign, unsigned = ("-", value[1:]) if value.startswith("-") else ("", value)
        digits = sign + (unsigned.lstrip("0") or "0")  # leading zeros say nothing of the size (`-n 005` is 5)
        number = int(digits) if len(digits) <= 20 else None  # int() refuses 4,300 digits; 20 hold every bound here
        if (number is None and value.startswith("-")) or (number is not None and number < low):
            raise typer.BadParameter(f"{value} is too small: it must be at least {low}")
        if number is None or number > high:
            raise typer.BadParameter(f"{value} is too large: it must be at most {high}")
        return number

    return parse


def days_flag(flag: str, help_text: str) -> Any:
    """A flag that takes a number of days: at least 1, at most the widest span a store date can have (WIDEST_SPAN),
    so every day-count flag refuses what no date could need in one line (a larger value reached SQLite and raised)."""
    return typer.Option(flag, parser=whole_number(1, WIDEST_SPAN), metavar="DAYS", help=help_text)


def utf8_text(value: str | None) -> str | None:
    """The callback of every free-text flag (`--text`, `--title`, `--around`). An argument's bytes that are not UTF-8
    reach Python as surrogates (PEP 383), which no output can encode: `export timelinejs --title $'\\xff'` and
    `report --text` were a traceback (rev20 L2). Refused in one line, exit 2, as a store folder so named is."""
    if value is not None and not is_utf8(value):
        raise typer.BadParameter(f"'{shown(value)}' is not UTF-8 text")
    return value


def choice_flag(flag: str, help_text: str) -> Any:
    """A flag that takes one of an enum's values, in any case (`--status Confirmed`, `--rows Claims`)."""
    return typer.Option(flag, case_sensitive=False, help=help_text)


def output_target(output: str | None, example: str) -> Path | None:
    """Where `-o` writes: None for stdout (no -o, or `-`), else the file, `~` expanded as `--data` and `init` expand
    it (a quoted `~/out.csv` from a script). An empty -o (an unset variable in `-o "$OUT"`) and a name ending in `/`
    are refused in one line, with `example` (a file name of the command's kind) as the hint."""
    if output is None or output == "-":
        return None
    if not output:
        raise UsageError("-o is empty (an unset variable?)", f"give a file name, such as -o {example}, or - for stdout")
    if output.endswith("/"):
        raise UsageError(f"-o {shown(output)} names a folder", f"give a file name, such as -o {shown(output)}{example}")
    return expanded(output, f"-o {shown(output)}")


def limit_option(what: str) -> Any:
    """`-n/-L/--limit N` (git log's -n, gh's -L), with what is limited in its help."""
    return typer.Option("--limit", "-n", "-L", parser=whole_number(1), metavar="N", help=f"At most N {what}.")


F = TypeVar("F", bound=Callable[..., Any])


def spliced(parameter: str, flags: dict[str, tuple[Any, Any]], make: Callable[..., Any]) -> Callable[[F], F]:
    """Give a command `flags` (name: annotation and default) in place of its `parameter`, which it is called with as
    one value, `make(**flags as given)`. Typer reads a command's flags from its signature, so the flags are spliced
    into the signature it sees (the sqlite-utils option-bundle pattern, which Typer has no public API for)."""

    def attach(command: F) -> F:
        signature = inspect.signature(command, eval_str=True)  # Typer reads evaluated annotations
        parameters = list(signature.parameters.values())
        at = [p.name for p in parameters].index(parameter)
        spliced = [
            inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=annotation, default=default)
            for name, (annotation, default) in flags.items()
        ]

        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            given = {flag.name: kwargs.pop(flag.name) for flag in spliced}
            return command(*args, **{parameter: make(**given)}, **kwargs)

        wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[*parameters[:at], *spliced, *parameters[at + 1 :]]
        )
        return wrapper  # type: ignore[return-value]

    return attach


class Output(NamedTuple):
    """--json, --jsonl and --fields as typed: one value a command hands on (see output_flags)."""

    json: bool = False
    jsonl: bool = False
    fields: str | None = None
    choice: str = "--json to print a JSON array, --jsonl to print one JSON object per line"
    """What each of --json and --jsonl prints for this command (the hint when both are given)."""

    @property
    def format(self) -> Format:
        """AUTO (a table or plain lines) unless asked for JSON; choosing --fields asks for JSON by default."""
        if self.json and self.jsonl:
            raise UsageError("--json and --jsonl cannot be used together", f"pick one: {self.choice}")
        return Format.JSONL if self.jsonl else Format.JSON if self.json or self.fields is not None else Format.AUTO

    def selected(self, valid: tuple[str, ...]) -> tuple[str, ...] | None:
        """The --fields asked for, each one of `valid` (else a usage error naming them); None: every field."""

        from ..fields import parse_fields  # completion builds commands from these declarations: see DEFERRED

        return parse_fields(self.fields, valid) if self.fields is not None else None


NO_OUTPUT = Output()
"""The default a command declares for its `output` parameter (the flags replace it; see output_flags)."""


def output_flags(
    fields: str | None = None,
    *,
    json: str = "Print a JSON array (`[]` when empty).",
    jsonl: str = "Print one JSON object per line.",
) -> Callable[[F], F]:
    """Give a command --json, --jsonl and, when `fields` gives its help, --fields, in place of its `output: Output`
    parameter: the same output flags on every command that prints records. `json` and `jsonl` say what each prints
    (also in the hint when both are given)."""
    flags: dict[str, tuple[Any, Any]] = {
        "json_": (Annotated[bool, typer.Option("--json", help=json)], False),
        "jsonl": (Annotated[bool, typer.Option("--jsonl", help=jsonl)], False),
    }
    if fields is not None:
        flags["fields"] = (Annotated[Optional[str], typer.Option("--fields", metavar="FIELDS", help=fields)], None)
    choice = f"--json to {json[0].lower()}{json[1:].rstrip('.')}, --jsonl to {jsonl[0].lower()}{jsonl[1:].rstrip('.')}"
    return spliced("output", flags, lambda json_, jsonl, fields=None: Output(json_, jsonl, fields, choice))
