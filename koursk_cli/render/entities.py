"""`koursk entities` for people: a table on a terminal, tab-separated lines in a pipe."""

from __future__ import annotations

from collections.abc import Sequence

from .. import lazy_rich as rich
from .. import placeholders
from ..environment import Environment
from ..fields import Field, Kind
from ..model import Store
from ..profiles import EntityRow
from ..textnorm import visible
from ..words import LEGEND, counted
from .lines import Localised, write_lines
from .styles import ID_STYLE, MUTED, draft_text
from .table import Column, print_table


def print_entities(env: Environment, store: Store, rows: Sequence[EntityRow], lang: str) -> None:
    """A table on a terminal, tab-separated lines in a pipe."""
    if env.stdout_isatty:
        entities_table(env, store, rows, lang)
    else:
        entities_plain(env, rows, lang)


ENTITY_LINE: Kind[Localised[EntityRow]] = Kind(
    "entity_line",
    (
        Field("kind", "`person`, `state`, `place`, …", lambda r: r.record.entity.kind),
        Field("id", "the entity's id (what `--actor` and `--place` take)", lambda r: r.record.entity.id),
        Field(
            "name",
            "its name in `--lang`; `[draft] ` before it for an entity still in draft",
            lambda r: placeholders.badged(r.record.entity.name.get(r.lang), r.record.entity.draft),
        ),
        Field(
            "part_of",
            "id of the place or state it lies in, or of the state or organisation it acts for; empty: none",
            lambda r: r.record.entity.part_of or "",
        ),
        Field(
            "events",
            "how many events name it, a place within it or an actor acting for it",
            lambda r: str(r.record.events),
        ),
        Field("claims", "how many figures it or an actor acting for it asserts", lambda r: str(r.record.claims)),
    ),
)
"""`koursk entities` in a pipe."""


def entities_plain(env: Environment, rows: Sequence[EntityRow], lang: str) -> None:
    write_lines(env, ENTITY_LINE, (Localised(row, lang) for row in rows))


ENTITY_COLUMNS = (
    Column("kind"),
    Column("id"),
    Column("name", fold=16),
    Column("part of", fold=12, named=True),
    Column("events", right=True, named=True),
    Column("claims", right=True, named=True),  # as --json and --fields name it
)


def entities_table(env: Environment, store: Store, rows: Sequence[EntityRow], lang: str) -> None:
    console = env.console()
    cells = []
    for row in rows:
        entity = row.entity
        parent = store.entities.get(entity.part_of or "")
        part_of = placeholders.badged(parent.name.get(lang), parent.draft) if parent else ""
        cells.append(
            (
                rich.Text(entity.kind, style=MUTED),
                rich.Text(entity.id, style=ID_STYLE if env.color else ""),
                draft_text(entity.draft).append(visible(entity.name.get(lang))),
                rich.Text(visible(part_of)),
                rich.Text(str(row.events)),
                rich.Text(str(row.claims)),
            )
        )
    print_table(console, ENTITY_COLUMNS, cells)
    said = LEGEND[lang]["entities"].format(entities=counted(len(rows), "entity", lang))
    console.print(rich.Text(said, style=MUTED))
