"""Paths a user typed, with a leading `~` expanded as a shell would have (a quoted `~/out.csv` from a script, a
config file's `data = "~/store"`): one helper for `-o`, `--data`, `init DIR` and the config file."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import UsageError
from .textnorm import shown


class FromEnvironment(str):
    """A --data value Click took from KOURSK_DATA (cli.py marks it): messages about the path name the variable."""


class NoHomeFolder(RuntimeError):
    """No HOME and a user id with no passwd entry (`env -i`, a container run under an arbitrary uid): there is no
    home folder to find the config file or the cache in (rev24 F15: every command was a traceback)."""


def home_folder() -> Path:
    """The user's home folder (NoHomeFolder when there is none to find: no HOME and no passwd entry, or a HOME that
    is empty or relative). Python takes an empty HOME for `/`, where the cache and `completion --install` then wrote
    (rev26 L1); koursk takes an empty variable for an unset one, as for `KOURSK_DATA`, and a relative HOME names a
    folder of wherever the command runs."""
    home = os.environ.get("HOME")
    if home == "":
        raise NoHomeFolder("no home folder (HOME is empty)")
    if home is not None and not os.path.isabs(home):
        raise NoHomeFolder(f"no home folder (HOME is not an absolute path: {shown(home)})")
    try:
        return Path.home()
    except RuntimeError:
        raise NoHomeFolder("no home folder") from None


def expanded(path: str, given: str) -> Path:
    """`path` with `~` or `~user` expanded. pathlib raises RuntimeError for a `~user` with no such user (a typo such
    as `~rooot`) or a `~` with no home folder; that was a traceback from every path flag (rev18 M5), and is now one
    line that starts with `given`, where the path came from (`-o '~bob/x.csv'`, the config file's line)."""
    try:
        if path == "~" or path.startswith("~/"):
            home_folder()  # an empty HOME is no home folder, not `/`
        return Path(path).expanduser()
    except RuntimeError:  # NoHomeFolder too
        head = path.split("/", 1)[0]
        what = f"no user '{head[1:]}' to expand {head}" if len(head) > 1 else "no home folder to expand ~"
        raise UsageError(f"{given}: {shown(what)}", "write the path out in full") from None
