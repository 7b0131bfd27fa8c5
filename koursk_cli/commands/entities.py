"""`koursk entities`: the directory of actors and places, with how much the store says of each."""

from collections.abc import Iterator
from typing import Annotated, Any

import typer

from ..errors import UsageError
from ..fields import ENTITY_FIELDS, fields_help
from ..profiles import KIND_GROUPS, entity_directory
from ..records import entity_row_record
from ..render.entities import print_entities
from ..render.output import emit
from ..suggest import did_you_mean
from .base import app_state, guarded
from .flags import NO_OUTPUT, Output
from .options import output_flags


@guarded
@output_flags(fields_help(ENTITY_FIELDS))
def entities_command(
    ctx: typer.Context,
    kind: Annotated[
        list[str],
        typer.Option(
            "--kind",
            metavar="KIND",
            help=f"Only this kind: {', '.join(KIND_GROUPS)} (country = state). Repeat for any of several.",
        ),
    ] = [],  # noqa: B006 - Typer reads the default, never mutates it
    output: Output = NO_OUTPUT,
) -> None:
    """List the actors and places: kind, id, name, where a place lies, and how many events and asserted figures
    each has (a place counts the events at any place within it). `koursk show ID` gives one in full.

    \b
    Examples:
      koursk entities --kind person
      koursk entities --kind place --kind country
      koursk entities --json | jq -r '.[] | select(.claims > 0) | .id'
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    selected = output.selected(ENTITY_FIELDS)
    kinds: set[str] = set()
    for wanted in kind:
        group = KIND_GROUPS.get(wanted.strip().lower())
        if group is None:
            hint = did_you_mean(wanted, KIND_GROUPS) or "kinds: " + ", ".join(KIND_GROUPS)
            raise UsageError(f"unknown kind '{wanted}'", hint)
        kinds.update(group)
    store = state.store()
    found = entity_directory(store, kinds)

    def view() -> None:
        print_entities(env, store, found, state.lang)

    def rows() -> Iterator[dict[str, Any]]:
        return map(entity_row_record, found)

    emit(env, fmt, view, rows=rows, fields=selected, empty=None if found else "No entities of that kind.")
