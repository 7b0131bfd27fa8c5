"""rev37m C5: the global options are spelled once (persistent.GLOBAL_OPTIONS): the group's, each command's copy and
the hints' NAMES derive from it, so a new option or a second spelling is one edit."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from typer.main import get_command

from koursk_cli.cli import app
from koursk_cli.commands import COMMANDS
from koursk_cli.commands.persistent import GLOBAL_OPTIONS, NAMES
from koursk_cli.compat import Context, Parameter, TyperGroup, TyperOption

GROUP = get_command(app)


def _spellings(params: Iterable[Parameter]) -> list[str]:
    return [name for p in params if p.name != "help" for name in (*p.opts, *p.secondary_opts)]


def test_the_group_takes_the_table_s_options_in_its_order_with_its_help() -> None:
    shown = [p for p in GROUP.params if isinstance(p, TyperOption) and not p.hidden]  # not Typer's completion ones
    assert _spellings(shown) == list(NAMES)
    helps = [p.help for p in shown if p.name != "help"]
    assert helps == [option.help for option in GLOBAL_OPTIONS]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_s_copy_is_the_table(name: str) -> None:
    assert isinstance(GROUP, TyperGroup)
    command = GROUP.get_command(Context(GROUP), name)
    assert command is not None
    copies = command.params[-len(GLOBAL_OPTIONS) :]
    assert _spellings(copies) == list(NAMES)
    assert [p.help for p in copies if isinstance(p, TyperOption)] == [option.help for option in GLOBAL_OPTIONS]
