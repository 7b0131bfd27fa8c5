"""Errors the core raises and the exit codes the shell turns them into."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    SUCCESS = 0
    ERROR = 1  # data or runtime error; also `diff --exit-code` with differences
    USAGE = 2  # a bad flag value, unknown id or topic
    INTERRUPTED = 130


class UsageError(Exception):
    """A command-line value that cannot be used; `hint` says what would work."""

    status = ExitStatus.USAGE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class DataError(UsageError):
    """What the data (not the command line) makes impossible, said in one line like a usage error: exit 1."""

    status = ExitStatus.ERROR
