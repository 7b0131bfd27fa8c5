"""Every command, by name, and the module that holds it. A run imports and builds only the command it invokes, so
start-up does not pay for the flags, imports and help of the others (`koursk --help` builds them all to list them)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..compat import Command

# name: (module in koursk_cli.commands, function); the order is the order `koursk --help` lists them in.
COMMANDS: dict[str, tuple[str, str]] = {
    "events": ("events", "events"),
    "show": ("show", "show"),
    "cite": ("cite", "cite_command"),
    "read": ("read", "read_command"),
    "timeline": ("timeline", "timeline_command"),
    "sources": ("sources", "sources_command"),
    "claims": ("claims", "claims_command"),
    "topics": ("claims", "topics_command"),
    "figures": ("figures", "figures_command"),
    "entities": ("entities", "entities_command"),
    "diff": ("diff", "diff_command"),
    "export": ("export", "export_command"),
    "report": ("report", "report_command"),
    "check": ("check", "check"),
    "init": ("init", "init_command"),
    "extract": ("extract", "extract_command"),
    "schema": ("extract", "schema_command"),
}


class LazyCommands(Mapping[str, "Command"]):
    """The commands as Typer's group reads them: names are known up front, each command is built on first use."""

    def __init__(self) -> None:
        self._built: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        if name not in self._built:
            from ..compat import CommandInfo, get_command_from_info

            module, function = COMMANDS[name]
            callback = getattr(importlib.import_module(f"{__name__}.{module}"), function)
            info = CommandInfo(name=name, callback=callback)
            from .persistent import add_to

            command = get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
            self._built[name] = add_to(command)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)
