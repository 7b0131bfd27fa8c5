"""The streams a command writes to and what they are connected to, in one object that tests can replace."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console


@dataclass
class Environment:
    stdout: TextIO
    stderr: TextIO
    stdout_isatty: bool
    stderr_isatty: bool
    color: bool
    width: int | None = None

    @classmethod
    def from_process(cls, *, no_color: bool = False) -> Environment:
        stdout_isatty = sys.stdout.isatty()
        color = stdout_isatty and not no_color and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else None
        return cls(sys.stdout, sys.stderr, stdout_isatty, sys.stderr.isatty(), color, width)

    def console(self) -> Console:
        """A Rich console for the terminal: no markup, emoji or highlighting, so store text is shown literally."""
        from rich.console import Console

        return Console(
            file=self.stdout,
            force_terminal=self.stdout_isatty,
            no_color=not self.color,
            color_system="auto" if self.color else None,
            markup=False,
            emoji=False,
            highlight=False,
            safe_box=True,
            width=self.width,
            soft_wrap=False,
        )

    def error(self, message: str) -> None:
        print(message, file=self.stderr)

    def note(self, message: str) -> None:
        """A human note ("no events matched") that only a terminal needs to see."""
        if self.stderr_isatty:
            print(message, file=self.stderr)
