"""Every command is registered and listed by `koursk --help`. (Lint and types run from `.ci/run`, not here.)"""

from __future__ import annotations

import re

from koursk_cli.commands import COMMANDS, LazyCommands
from tests.conftest import run


def test_every_registered_command_builds_and_is_listed_by_help() -> None:
    listing = run("--help").stdout
    width = max(map(len, COMMANDS))
    for name, entry in COMMANDS.items():
        command = LazyCommands()[name]
        assert command.name == name
        assert command.get_short_help_str() == entry.summary  # the command's own short help is its listing line
        assert re.search(rf"^  {name} +{re.escape(entry.summary)}$", listing, re.MULTILINE), name
        assert 2 + width + 2 + len(entry.summary) <= 80, f"the summary of {name} wraps in an 80-column --help"
