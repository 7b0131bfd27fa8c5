"""`koursk completion [SHELL]`: the completion script for a shell named on the command line, as
`gh completion -s zsh` does (Typer's own `--show-completion` ignores its argument and guesses the shell from the
parent process, so `--show-completion zsh` printed the bash script)."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path, PurePath
from typing import Annotated, NoReturn, Optional

import typer

from ..compat import get_completion_script
from ..environment import Environment
from ..errors import ExitStatus, UsageError
from ..rcwrite import Failed, install_files, powershell_profile
from ..shellrc import setup, tilde
from ..textnorm import shown
from ..userpaths import NoHomeFolder, home_folder
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
            metavar="[SHELL]",
            case_sensitive=False,
            help="bash, zsh, fish, powershell or pwsh; left out: the shell $SHELL names.",
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
        _install(env, name)
        return
    env.stdout.write(_script(name))


def typer_install_completion(shell: str) -> NoReturn:
    """Typer's `koursk --install-completion` (compat.route_install_completion), through koursk's installer."""
    env = Environment.from_process()
    if shell.lower() not in {s.value for s in Shell}:
        env.error(f"koursk: error: cannot install completion for the shell '{shell}'")
        env.error("  hint: name it: koursk completion bash|zsh|fish|powershell|pwsh --install")
        raise typer.Exit(ExitStatus.USAGE)
    _install(env, shell.lower())
    raise typer.Exit(ExitStatus.SUCCESS)


def _script(shell: str) -> str:
    return get_completion_script(prog_name="koursk", complete_var=COMPLETE_VAR, shell=shell) + "\n"


_SAID = {
    "kept": "kept the script that was there (it differed) as {path}",
    "wrote": "wrote {path}",
    "unchanged": "{path} is up to date",
    "added": "added to {path}: {line}",
    "present": "{path} already has: {line}",
}


def _install(env: Environment, shell: str) -> None:
    """koursk's own installer (rcwrite.py), not Typer's: Typer's rewrote ~/.bashrc in place, decoded it as the
    locale's text (a traceback on any other byte) and left a start-up file loading a script a full disk had cut."""
    try:
        home = home_folder()
    except NoHomeFolder as error:
        env.error(f"koursk: error: cannot install completion: {error}")
        env.error("  hint: set HOME, or print the script and load it yourself: koursk completion SHELL")
        raise typer.Exit(ExitStatus.ERROR) from None
    if not home.is_dir():  # HOME=/nonexistent: its start-up files would be written into a home made up for them
        missing = "does not exist" if not home.exists() else "is not a folder"
        env.error(f"koursk: error: cannot install completion: the home folder {shown(str(home))} {missing}")
        env.error("  hint: set HOME to yours, or print the script and load it yourself: koursk completion SHELL")
        raise typer.Exit(ExitStatus.ERROR) from None

    def said(path: Path) -> str:
        real = os.path.realpath(path)
        link = f" (a link to {tilde(Path(real), home)})" if os.path.islink(path) else ""
        return shown(tilde(path, home) + link)

    try:
        profile = powershell_profile(shell) if shell in {Shell.POWERSHELL, Shell.PWSH} else None
        plan = setup(shell, home, os.environ, profile)
        done = install_files(plan, _script(shell))
    except Failed as failure:
        env.error(f"koursk: error: {failure.what} {said(failure.path)}: {shown(failure.why)}")
        if failure.hint:
            env.error(f"  hint: {shown(failure.hint)}")
        raise typer.Exit(ExitStatus.ERROR) from None
    for step in done:
        env.error("koursk: " + _SAID[step.what].format(path=said(step.path), line=shown(plan.line)))
    env.error(f"koursk: {shell} completion installed; it takes effect in a new shell")
    if profile is not None:
        env.error("  (PowerShell skips its profile while scripts are disabled: see Get-ExecutionPolicy)")
