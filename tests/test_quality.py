"""Every command is registered and listed by `koursk --help`. (Lint and types run from `.ci/run`, not here.)"""

from __future__ import annotations

from koursk_cli.commands import COMMANDS
from koursk_cli.commands.lazy import LazyCommands


def test_every_registered_command_builds_with_its_summary_as_short_help() -> None:
    """`koursk --help` lists the table's summaries without building a command (tests/test_help.py checks the
    listing); each command, once built, says the same."""
    for name, entry in COMMANDS.items():
        command = LazyCommands()[name]
        assert command.name == name
        assert command.get_short_help_str() == entry.summary
