"""`koursk init DIR`: a working copy of the shipped store, for curating (the shipped one is read-only)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..store.workstore import how_to_use, init_store
from ..textnorm import shown
from ..userpaths import FromEnvironment, expanded
from ..words import counted
from .base import app_state, guarded


@guarded
def init_command(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A new or empty folder for the working store.")],
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Accept a folder that already holds other files (data/ and seeds/ must not exist)."
        ),
    ] = False,
) -> None:
    """Copy the store shipped with koursk (data/ and seeds/) into DIR, a working store you own and can curate.

    koursk never writes into the store it ships with; `extract --write` needs a working store. Nothing in DIR is
    ever replaced. Point koursk at the copy with --data DIR, KOURSK_DATA=DIR, or `data = "DIR"` in
    $XDG_CONFIG_HOME/koursk/config.toml (~/.config/koursk/config.toml). init always copies the shipped store, and
    refuses --data rather than seem to copy the store it names: to copy a working store, copy its folder (cp -R).

    \b
    Examples:
      koursk init ~/koursk-store
      export KOURSK_DATA=~/koursk-store
      koursk extract article.txt --published 2024-11-08 --write
    """

    state = app_state(ctx)
    env = state.env
    refuse_data(state.store_option, directory)
    target = expanded(str(directory), f"init {shown(str(directory))}").absolute()
    made = init_store(target, force=force)
    files = made.files
    seeds = sum(1 for f in files if f.parts[0] == "seeds")
    left = ", ".join(made.removed)
    lines = [
        *(
            [
                f"Removed what an interrupted `koursk init` had left (a copy unfinished, or not of this koursk's store): {left}."
            ]
            if left
            else []
        ),
        *(["Finished the copy an interrupted `koursk init` had left."] if made.finished else []),
        f"Created a working store in {shown(str(target), None)} ({counted(len(files) - seeds, 'data file')}, {counted(seeds, 'article')}).",
        *how_to_use(target),
    ]
    env.stdout.write("\n".join(lines) + "\n")


def refuse_data(option: str | None, directory: Path) -> None:
    """`--data MYSTORE init NEW` copied the shipped store without a word (rev32 R16): --data names the store a
    command reads, and init reads none, so it is refused with the copy that does what was meant. KOURSK_DATA and the
    config file, set once for every run, are not a request to copy and pass."""
    if option is None or isinstance(option, FromEnvironment):
        return
    raise UsageError(
        f"init copies the store shipped with koursk, not the one --data names ({shown(option)})",
        f"to copy your store, copy its folder: cp -R {shown(option)} {shown(str(directory))}; then `koursk --data "
        f"{shown(str(directory))} check`. To copy the shipped store, drop --data",
    )
