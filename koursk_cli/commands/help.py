"""`koursk help [COMMAND]`: the help of koursk, or of one command, as git and gh have it."""

from typing import Annotated, Optional

import typer

from . import COMMANDS
from .base import app_state, guarded
from .usage import unknown_command


def _complete_command(incomplete: str) -> list[str]:
    return [name for name in COMMANDS if name.startswith(incomplete)]


@guarded
def help_command(
    ctx: typer.Context,
    command: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[COMMAND]", help="A command; koursk's own help when left out.", autocompletion=_complete_command
        ),
    ] = None,
) -> None:
    """Show the help of koursk, or of one command (the same as `koursk COMMAND --help`).

    \b
    Examples:
      koursk help
      koursk help events
    """

    group = ctx.parent
    assert group is not None, "help runs under the koursk group"
    if command is None:
        text = group.get_help()
    else:
        commands = group.command.commands  # type: ignore[attr-defined]
        if command not in commands:
            raise unknown_command(command, list(commands))
        sub = commands[command]
        with sub.make_context(command, ["--help"], parent=group, resilient_parsing=True) as sub_ctx:
            text = sub.get_help(sub_ctx)
    app_state(ctx).env.stdout.write(text + "\n")
