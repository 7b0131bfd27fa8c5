"""SIGTERM and SIGHUP (a `timeout`, a cancelled CI job, a closed terminal) unwind like Ctrl-C: every `finally` and
`except BaseException` runs, so temporary files are removed and nothing is left half-written. The exit status is the
shell's for a death by that signal (128 + its number)."""

from __future__ import annotations

import signal
from types import FrameType


class Terminated(SystemExit):
    """Raised in the main thread when SIGTERM or SIGHUP arrives."""


def _terminate(signum: int, _frame: FrameType | None) -> None:
    signal.signal(signum, signal.SIG_IGN)  # a second signal must not interrupt the clean-up
    raise Terminated(128 + signum)


def install() -> None:
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, _terminate)
