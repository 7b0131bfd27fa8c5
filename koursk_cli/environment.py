"""The streams a command writes to and what they are connected to, in one object that tests can replace."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from typing import IO, Any, TextIO, cast

from . import lazy_rich as rich
from .errors import ExitStatus
from .nobreak import keep_no_break_spaces
from .textnorm import shown


class OutputError(OSError):
    """Writing to stdout failed (a full disk, a closed or failing descriptor): said in one line, never a traceback."""


class _Reported:
    """stdout (or its byte layer) whose write errors are OutputErrors, so the guard can say it was stdout."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._stream, name)
        if name == "buffer":
            return _Reported(value)
        if name in ("write", "writelines", "flush"):
            return _reporting(value)
        return value


def _reporting(method: Any) -> Any:
    def call(*args: Any) -> Any:
        try:
            return method(*args)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(error.errno, error.strerror) from None

    return call


def silence_stdout() -> None:
    """After a failed write, point stdout at the null device so the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


MAX_WIDTH = 1000
"""The widest layout, whatever COLUMNS or the terminal says: Rich pads some lines to the width, and COLUMNS=10000000
made `show` write 490 MB from 1.9 GB of memory (rev20 M1). No screen shows a line this long."""


def _columns(value: str) -> int | None:
    """The width COLUMNS gives, or None to ask the terminal: only ASCII digits above 0 are a width (COLUMNS=0
    printed nothing, and `²` is a digit to str.isdigit but not to int(), a traceback in every command; Rich makes
    the same mistake, so it is never left to read COLUMNS or LINES itself). Beyond MAX_WIDTH the digits are not
    read (int() refuses more than 4,300 of them)."""
    digits = value.lstrip("0")
    if not digits or not (digits.isascii() and digits.isdigit()):
        return None
    return int(digits) if len(digits) <= len(str(MAX_WIDTH)) else MAX_WIDTH


_TRAILING_SPACES = re.compile(r" +((?:\x1b\[[0-9;]*m)*)\n")  # before a line's end, and its closing colour codes


class _Trimmed:
    """The console's stream, without the spaces Rich pads a line with up to the width (`Padding`, a table's last
    column): invisible on a terminal, they were most of `show`'s bytes on a wide one. Only spaces before a line's
    end, so a print ending mid-line keeps its own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def write(self, text: str) -> int:
        return self._stream.write(_TRAILING_SPACES.sub(r"\1\n", text))


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
        self.drafts = False
        """`--drafts`: a preview, whose pipe lines end with a `draft` column (render/lines.py)."""
        self.status = ExitStatus.SUCCESS
        """The verdict as soon as a command knows it (problems found, differences with --exit-code): kept when the
        reader of stdout goes away early (`koursk check | head -1`)."""

    @classmethod
    def from_process(cls, *, no_color: bool = False, pager: bool | None = None) -> Environment:
        stdout_isatty = sys.stdout.isatty()
        stdout = cast(TextIO, _Reported(sys.stdout))
        color = stdout_isatty and not no_color and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        width = _columns(os.environ.get("COLUMNS", ""))
        paging = stdout_isatty and pager is not False
        return cls(stdout, sys.stderr, stdout_isatty, sys.stderr.isatty(), color, width, paging)

    def console(self) -> rich.Console:
        """A Rich console for the terminal: no markup, emoji or highlighting, so store text is shown literally."""
        size = shutil.get_terminal_size()  # which ignores a COLUMNS or LINES it cannot read
        keep_no_break_spaces()
        return rich.Console(
            file=cast(TextIO, _Trimmed(self.screen())),
            force_terminal=self.stdout_isatty,
            no_color=not self.color,
            color_system="auto" if self.color else None,
            markup=False,
            emoji=False,
            highlight=False,
            safe_box=True,
            width=min(self.width or size.columns, MAX_WIDTH),  # never Rich's own reading of COLUMNS or LINES
            height=size.lines,
            soft_wrap=False,
        )

    def screen(self) -> TextIO:
        """Where output for a person at the terminal goes: a buffer the pager gets at the end when paging (see
        finish), else stdout."""
        if not self.pager:
            return self.stdout
        if self._buffer is None:
            self._buffer = io.StringIO()
        return self._buffer

    def finish(self) -> None:
        """Show what the consoles wrote: directly when it fits the screen, else through the pager. As with git, a
        pager that cannot start or fails gets one warning line, and the output is then written directly, unless the
        pager had read it (it was shown: the warning only)."""
        if self._buffer is None:
            return
        text, self._buffer = self._buffer.getvalue(), None
        if text.count("\n") < shutil.get_terminal_size().lines - 1 or not pager_command():
            self.stdout.write(text)
            return
        failure, shown_by_the_pager = page(text)
        if failure and shown_by_the_pager:
            self.error(f"koursk: warning: {failure}; --no-pager shows the output without it")
        elif failure:
            self.error(f"koursk: warning: {failure}; showing the output without a pager")
            self.stdout.write(text)

    def error(self, message: str) -> None:
        """One line on stderr; control characters from store or user text are shown as escapes, never obeyed. The
        one way a message reaches stderr (a note too), so no caller can forget to escape a name it echoes."""

        print(shown(message, None), file=self.stderr)

    def note(self, message: str) -> None:
        """A human note ("no events matched", "wrote FILE") that only a terminal needs to see."""
        if self.stderr_isatty:
            self.error(message)


def pager_command() -> str:
    """KOURSK_PAGER, then PAGER, then `less`; set to an empty string, either means no pager."""
    for name in ("KOURSK_PAGER", "PAGER"):
        if name in os.environ:
            return os.environ[name].strip()
    return "less"


def page(text: str) -> tuple[str | None, bool]:
    """Run the pager on `text` as git does: koursk ignores Ctrl-C while it runs (the pager owns the keyboard),
    waits for it to quit, and then exits 130 if Ctrl-C was pressed meanwhile (KeyboardInterrupt). Returns why the
    pager failed (it could not start, or exited with an error; None when it showed the text), and whether it read
    any of the text: its stdin is a private temporary file it shares the offset of, so one that showed the text and
    then failed (`cat; exit 3`) does not get it shown a second time (audit60 F3). Where no temporary file can be
    written (a full or tiny temporary folder), a pipe, as before: read or not is then unknown, taken as not."""
    command = pager_command()
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}  # colours pass, short output exits at once
    interrupted = False

    def remember(_signum: int, _frame: object) -> None:
        nonlocal interrupted
        interrupted = True

    previous = signal.signal(signal.SIGINT, remember)  # a handler, not SIG_IGN: the pager gets the default again
    try:
        with _pager_input(text) as given:
            try:
                process = subprocess.Popen(command, shell=True, stdin=given or subprocess.PIPE, env=env)
            except OSError as error:
                return f"cannot run the pager '{command}': {error.strerror or error}", False
            if given is None:
                _write_and_close(process, text)
            code = process.wait()
            read = given is not None and os.lseek(given.fileno(), 0, os.SEEK_CUR) > 0
    finally:
        signal.signal(signal.SIGINT, previous)
    if interrupted:
        raise KeyboardInterrupt
    if code in (126, 127):
        return f"cannot run the pager '{command}' (exit {code})", False
    if code != 0:
        return f"the pager '{command}' failed (exit {code})", read
    return None, read


@contextlib.contextmanager
def _pager_input(text: str) -> Iterator[IO[bytes] | None]:
    """`text` in a private temporary file (removed on closing), at its start; None when it cannot be written."""
    import tempfile  # only when paging: not on every run's start

    with contextlib.ExitStack() as closing:
        try:
            given = closing.enter_context(tempfile.TemporaryFile())
            given.write(text.encode("utf-8"))
            given.flush()
        except OSError:  # no temporary folder, or no room in it: a pipe instead
            yield None
            return
        os.lseek(given.fileno(), 0, os.SEEK_SET)
        yield given


def _write_and_close(process: subprocess.Popen[bytes], text: str) -> None:
    assert process.stdin is not None
    with contextlib.suppress(OSError):  # the pager quit before reading it all (q in less), or never read
        process.stdin.write(text.encode("utf-8"))
    with contextlib.suppress(OSError):
        process.stdin.close()
