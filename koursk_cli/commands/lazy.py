"""The commands as Typer's group reads them (cli.LazyGroup): each built from its COMMANDS entry on first use."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from ..compat import CommandInfo, Context, HelpFormatter, TyperCommand, UsageError, get_command_from_info
from . import COMMANDS, Entry
from .persistent import add_to

if TYPE_CHECKING:
    from ..compat import Command


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

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        """Click's parser raises a flag left without its value (`events -n`) with no context: given this command's,
        the hint names its help (`koursk events -h`), not the whole program's."""
        try:
            return super().parse_args(ctx, args)
        except UsageError as error:
            error.ctx = error.ctx or ctx
            raise


class LazyCommands(Mapping[str, "Command"]):
    """The commands as Typer's group reads them: names are known up front, each command is built on first use."""

    def __init__(self) -> None:
        self._built: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            entry = COMMANDS[name]
            callback = getattr(importlib.import_module(f"{__package__}.{entry.module}"), entry.function)
            info = CommandInfo(name=name, callback=callback, short_help=entry.summary, cls=_Command)

            command = get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
            self._built[name] = add_to(command, lang=entry.lang, data=entry.data)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)
