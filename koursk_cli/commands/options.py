"""The Typer side of the shared flags: each built from its row in commands/flags.py, reused as bundles (like
sqlite-utils' option bundles): the output flags here, the event filters in commands/filters.py."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer

from .. import completion
from ..compat import hidden
from ..errors import UsageError
from ..textnorm import shown
from ..userpaths import expanded
from . import flags
from .filters import period
from .flags import Flag, Output


def typer_parser(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A row's parser (or check) as Typer calls it: its refusal (flags.BadValue) becomes Click's BadParameter, so a bad
    value names its flag and exits 2. (Not functools.wraps: Typer would call a callback by its parameter's name.)"""

    def typer_parse(value: Any) -> Any:
        try:
            return parse(value)
        except flags.BadValue as error:
            raise typer.BadParameter(str(error)) from None

    return typer_parse


def whole_number(low: int, high: int = flags.MAX_LIMIT) -> Callable[[Any], Any]:
    """A count flag's Typer parser (flags.whole_number)."""
    return typer_parser(flags.whole_number(low, high))


utf8_text = typer_parser(flags.utf8_text)
"""The Typer callback of a free-text flag (flags.utf8_text)."""


def typer_option(flag: Flag) -> Any:
    """The Typer option a row describes."""
    keywords: dict[str, Any] = {"help": flag.help}
    if flag.metavar is not None:
        keywords["metavar"] = flag.metavar
    if flag.parse is not None:
        keywords["parser"] = typer_parser(flag.parse)
    if flag.check is not None:
        keywords["callback"] = typer_parser(flag.check)
    if flag.choices is not None:
        keywords["case_sensitive"] = False  # `--status Confirmed`, `--rows Claims`
    if flag.complete is not None:
        keywords["autocompletion"] = getattr(completion, flag.complete)
    return typer.Option(*flag.decls, **keywords)


def typer_parameter(flag: Flag, *, hide: bool = False) -> tuple[Any, Any]:
    """A row as a command's parameter: its annotation (the type Typer reads, with the row's option) and default."""
    kind: Any = flag.choices or (bool if flag.switch else str if flag.parse is None else Any)  # Any: its parser's
    if flag.repeated:
        kind = list[kind]
    elif flag.default is None:
        kind = Optional[kind]
    option = Annotated[kind, typer_option(flag)]
    return (hidden(option) if hide else option), flag.default


def period_flag(flag: str, help_text: str) -> Any:
    """A flag that takes a PERIOD (filters.period)."""
    return typer_option(period(flag.removeprefix("--").replace("-", "_"), help_text))


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
    """`-n/-L/--limit N` (flags.limit)."""
    return typer_option(flags.limit(what))


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


def output_flags(
    fields: str | None = None, *, json: str = flags.JSON_HELP, jsonl: str = flags.JSONL_HELP
) -> Callable[[F], F]:
    """Give a command --json, --jsonl and, when `fields` gives its help, --fields (flags.output), in place of its
    `output: Output` parameter: the same output flags on every command that prints records. `json` and `jsonl` say
    what each prints (also in the hint when both are given)."""
    rows = {flag.name: typer_parameter(flag) for flag in flags.output(fields, json=json, jsonl=jsonl)}
    choice = flags.output_choice(json, jsonl)
    return spliced("output", rows, lambda json_, jsonl, fields=None: Output(json_, jsonl, fields, choice))
