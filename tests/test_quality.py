"""Every command is registered and listed by `koursk --help`. (Lint and types run from `.ci/run`, not here.)"""

from __future__ import annotations

import re

from koursk_cli.commands import COMMANDS, LazyCommands
from tests.conftest import run


def test_every_registered_command_builds_and_is_listed_by_help() -> None:
    listing = run("--help").stdout
    for name in COMMANDS:
        assert LazyCommands()[name].name == name
        assert re.search(rf"^  {name}\s+\S", listing, re.MULTILINE), name
