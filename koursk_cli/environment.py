"""The streams a command writes to and what they are connected to, in one object that tests can replace."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console


class Environment:
    def __init__(
        self,
        stdout: TextIO,
        stderr: TextIO,
        stdout_isatty: bool,
        stderr_isatty: bool,
        color: bool,
        width: int | None = None,
        pager: bool = False,
    ) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.stdout_isatty = stdout_isatty
        self.stderr_isatty = stderr_isatty
        self.color = color
        self.width = width
        self.pager = pager
        """Send long terminal output through $PAGER (only ever set when stdout is a terminal)."""
        self._buffer: io.StringIO | None = None

    @classmethod
    def from_process(cls, *, no_color: bool = False, pager: bool | None = None) -> Environment:
        stdout_isatty = sys.stdout.isatty()
        color = stdout_isatty and not no_color and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else None
        paging = stdout_isatty and pager is not False
        return cls(sys.stdout, sys.stderr, stdout_isatty, sys.stderr.isatty(), color, width, paging)

    def console(self) -> Console:
        """A Rich console for the terminal: no markup, emoji or highlighting, so store text is shown literally."""
        from rich.console import Console

        if self.pager and self._buffer is None:
            self._buffer = io.StringIO()
        return Console(
            file=self._buffer if self.pager else self.stdout,
            force_terminal=self.stdout_isatty,
            no_color=not self.color,
            color_system="auto" if self.color else None,
            markup=False,
            emoji=False,
            highlight=False,
            safe_box=True,
            width=self.width or (shutil.get_terminal_size().columns if self.pager else None),
            soft_wrap=False,
        )

    def finish(self) -> None:
        """Show what the consoles wrote: directly when it fits the screen, else through the pager."""
        if self._buffer is None:
            return
        text, self._buffer = self._buffer.getvalue(), None
        if text.count("\n") < shutil.get_terminal_size().lines - 1 or not page(text):
            self.stdout.write(text)

    def error(self, message: str) -> None:
        print(message, file=self.stderr)

    def note(self, message: str) -> None:
        """A human note ("no events matched") that only a terminal needs to see."""
        if self.stderr_isatty:
            print(message, file=self.stderr)


def page(text: str) -> bool:
    """Run $PAGER (default `less`, with LESS=FRX so colours pass and short output exits); False if it cannot run."""
    command = os.environ.get("PAGER") or "less"
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        subprocess.run(command, shell=True, input=text.encode("utf-8"), env=env, check=False)
    except OSError:
        return False
    except KeyboardInterrupt:
        pass
    return True
