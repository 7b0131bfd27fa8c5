"""One layout for lists of records on a terminal: a date column, a status mark, and a body that folds.

Under NARROW columns the date goes on its own line above the body, so that dates and ids never wrap mid-token.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

NARROW = 60


def print_records(
    console: Console, rows: Sequence[tuple[Text, Text, Text]], *, spaced: bool = True, indent: int = 0
) -> None:
    """Each row is (date, mark, body); bodies may hold several lines. `spaced` puts a blank line between rows."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    if console.width < NARROW:
        for index, (when, mark, body) in enumerate(rows):
            if index and spaced:
                console.print()
            console.print(Padding(Text.assemble(mark, " ", when), (0, 0, 0, indent)))
            console.print(Padding(body, (0, 0, 0, indent + 2)))
        return
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, width=1)
    grid.add_column(ratio=1, overflow="fold")
    for index, (when, mark, body) in enumerate(rows):
        if index and spaced:
            grid.add_row("", "", "")
        grid.add_row(when, mark, body)
    console.print(Padding(grid, (0, 0, 0, indent)))
