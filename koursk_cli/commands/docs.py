"""`koursk docs [NAME]`: the documents `--help` points to (docs/NAME.md), readable from an installed koursk."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..errors import DataError, UsageError
from ..suggest import did_you_mean
from ..textnorm import shown, visible
from ..userdocs import doc_names, doc_path, doc_title
from .base import app_state, guarded


def _complete_doc(incomplete: str) -> list[str]:
    return [name for name in doc_names() if name.startswith(incomplete)]


@guarded
def docs_command(
    ctx: typer.Context,
    name: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[NAME]",
            help="A document by name (dates, claims, editorial…); the list when left out.",
            autocompletion=_complete_doc,
        ),
    ] = None,
) -> None:
    """Print one of koursk's documents (shipped with koursk), or list them.

    \b
    Examples:
      koursk docs
      koursk docs dates
      koursk docs claims | less
    """

    out = app_state(ctx).env.stdout
    names = doc_names()
    if not names:
        raise DataError("this installation of koursk has no documents", "reinstall koursk with `pip install .`")
    if name is None:
        width = max(map(len, names))
        for each in names:
            path = doc_path(each)
            assert path is not None, "a listed document exists"
            out.write(f"{each:<{width}}  {visible(doc_title(path))}\n")
        return
    path = doc_path(name.removeprefix("docs/").removesuffix(".md"))
    if path is None:
        raise UsageError(f"no document '{shown(name)}'", did_you_mean(name, names) or "`koursk docs` lists them")
    out.write(visible(path.read_text(encoding="utf-8")))
