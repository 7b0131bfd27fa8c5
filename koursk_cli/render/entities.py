"""`koursk entities` for people: a table on a terminal, tab-separated lines in a pipe."""

from __future__ import annotations

from collections.abc import Sequence

from .. import lazy_rich as rich
from ..environment import Environment
from ..humanize import plural
from ..model import Store
from ..profiles import EntityRow
from ..textnorm import visible
from .machine import plain_line
from .styles import ID_STYLE, MUTED
from .table import Column, print_table


def print_entities(env: Environment, store: Store, rows: Sequence[EntityRow], lang: str) -> None:
    """A table on a terminal, tab-separated lines in a pipe."""
    if env.stdout_isatty:
        entities_table(env, store, rows, lang)
    else:
        entities_plain(env, rows, lang)


def entities_plain(env: Environment, rows: Sequence[EntityRow], lang: str) -> None:
    """kind, id, name, part_of, events, claims."""
    for row in rows:
        entity = row.entity
        fields = [entity.kind, entity.id, entity.name.get(lang), entity.part_of or "", str(row.events), str(row.claims)]
        env.stdout.write(plain_line(fields) + "\n")


ENTITY_COLUMNS = (
    Column("kind"),
    Column("id"),
    Column("name", fold=16),
    Column("lies in", fold=12, named=True),
    Column("events", right=True, named=True),
    Column("claims", right=True, named=True),  # as --json and --fields name it
)


def entities_table(env: Environment, store: Store, rows: Sequence[EntityRow], lang: str) -> None:
    console = env.console()
    cells = []
    for row in rows:
        entity = row.entity
        parent = store.entities[entity.part_of].name.get(lang) if entity.part_of in store.entities else ""
        cells.append(
            (
                rich.Text(entity.kind, style=MUTED),
                rich.Text(entity.id, style=ID_STYLE if env.color else ""),
                rich.Text(visible(entity.name.get(lang))),
                rich.Text(visible(parent)),
                rich.Text(str(row.events)),
                rich.Text(str(row.claims)),
            )
        )
    print_table(console, ENTITY_COLUMNS, cells)
    console.print(rich.Text(f"{plural(len(rows), 'entity')} · `koursk show ID` for one in full", style=MUTED))
