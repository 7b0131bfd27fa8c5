"""`koursk completion [SHELL]`: the completion script for a shell named on the command line, as
`gh completion -s zsh` does (Typer's own `--show-completion` ignores its argument and guesses the shell from the
parent process, so `--show-completion zsh` printed the bash script)."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import PurePath
from typing import Annotated, Optional

import typer

from ..compat import get_completion_script, install_completion
from ..errors import UsageError
from .base import app_state, guarded

COMPLETE_VAR = "_KOURSK_COMPLETE"


class Shell(StrEnum):
    BASH = "bash"
    ZSH = "zsh"
    FISH = "fish"
    POWERSHELL = "powershell"
    PWSH = "pwsh"


@guarded
def completion_command(
    ctx: typer.Context,
    shell: Annotated[
        Optional[Shell],
        typer.Argument(
            case_sensitive=False, help="bash, zsh, fish, powershell or pwsh; left out: the shell $SHELL names."
        ),
    ] = None,
    install: Annotated[
        bool, typer.Option("--install", help="Install it in the shell's start-up files instead of printing it.")
    ] = False,
) -> None:
    """Print the shell completion script for SHELL (or install it with --install). Completion offers commands,
    flags and the store's own ids, actors, places, tags and topics.

    \b
    Examples:
      koursk completion zsh > ~/.zfunc/_koursk
      koursk completion bash --install
      eval "$(koursk completion bash)"
    """

    name = shell.value if shell is not None else PurePath(os.environ.get("SHELL", "")).name
    if name not in {s.value for s in Shell}:
        raise UsageError(
            f"cannot tell which shell to complete for ($SHELL is '{os.environ.get('SHELL', '')}')",
            "name it: koursk completion bash|zsh|fish|powershell|pwsh",
        )
    env = app_state(ctx).env
    if install:
        installed, path = install_completion(shell=name, prog_name="koursk", complete_var=COMPLETE_VAR)
        env.error(f"koursk: {installed} completion installed in {path}; it takes effect in a new shell")
        return
    env.stdout.write(get_completion_script(prog_name="koursk", complete_var=COMPLETE_VAR, shell=name) + "\n")
