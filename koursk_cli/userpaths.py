"""Paths a user typed, with a leading `~` expanded as a shell would have (a quoted `~/out.csv` from a script, a
config file's `data = "~/store"`): one helper for `-o`, `--data`, `init DIR` and the config file."""

from __future__ import annotations

from pathlib import Path

from .errors import UsageError
from .textnorm import shown


class NoHomeFolder(RuntimeError):
    """No HOME and a user id with no passwd entry (`env -i`, a container run under an arbitrary uid): there is no
    home folder to find the config file or the cache in (rev24 F15: every command was a traceback)."""


def home_folder() -> Path:
    """The user's home folder (NoHomeFolder when there is none to find)."""
    try:
        return Path.home()
    except RuntimeError:
        raise NoHomeFolder("no home folder") from None


def expanded(path: str, given: str) -> Path:
    """`path` with `~` or `~user` expanded. pathlib raises RuntimeError for a `~user` with no such user (a typo such
    as `~rooot`) or a `~` with no home folder; that was a traceback from every path flag (rev18 M5), and is now one
    line that starts with `given`, where the path came from (`-o '~bob/x.csv'`, the config file's line)."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        head = path.split("/", 1)[0]
        what = f"no user '{head[1:]}' to expand {head}" if len(head) > 1 else "no home folder to expand ~"
        raise UsageError(f"{given}: {shown(what)}", "write the path out in full") from None
