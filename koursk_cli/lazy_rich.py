"""Rich, imported when a terminal view first uses it: the one place koursk defers Rich.

Rich's console, text and tables cost 30-60 ms to import, which `--json`, a pipe and shell completion never need.
Views write `from koursk_cli import lazy_rich as rich` at the top and use `rich.Text`, `rich.Table`…: the name is
resolved, and its Rich module imported, on first use (PEP 562's module `__getattr__`). Type checkers see the real
classes through the imports below."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich import box as box
    from rich.cells import cell_len as cell_len
    from rich.cells import chop_cells as chop_cells
    from rich.console import Console as Console
    from rich.console import ConsoleOptions as ConsoleOptions
    from rich.padding import Padding as Padding
    from rich.segment import Segment as Segment
    from rich.table import Table as Table
    from rich.text import Text as Text

# Each name, and the Rich module it comes from (or that it is).
_HOMES = {
    "box": "rich.box",
    "cell_len": "rich.cells",
    "chop_cells": "rich.cells",
    "Console": "rich.console",
    "ConsoleOptions": "rich.console",
    "Padding": "rich.padding",
    "Segment": "rich.segment",
    "Table": "rich.table",
    "Text": "rich.text",
}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r} (add it to _HOMES)")
    module = importlib.import_module(_HOMES[name])
    value = module if name == module.__name__.rpartition(".")[2] else getattr(module, name)
    globals()[name] = value  # later uses skip this function
    return value
