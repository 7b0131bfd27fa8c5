"""How a koursk process runs a command: the process around it (signals, standard streams, the collector, the exit
code), and the fast path. A narrow query's argv (`koursk events --actor X --since A --until B --json`) is read with
the flags' rows (commands/flags.py) and its Typer-free body run through the same guard, without importing Typer, Click
or any command module: ~105 M instructions, 20-25 ms of CPU a run (docs/performance.md, eighteenth pass). The fast path
takes only argv it fully understands (a command it knows, flags it knows, every value its row's parser accepts, no
help, version or completion); anything else goes whole to Typer, which answers as it always did. So it never prints
an error of its own: what it takes, Typer would take with the same values (tests/test_fastpath.py holds the two to
the same bytes)."""

from __future__ import annotations

import gc
import importlib
import io
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

from ..environment import Environment, silence_stdout
from ..errors import ExitStatus
from ..signals import install
from ..userpaths import FromEnvironment
from . import flags
from .base import AppState, run_guarded
from .flags import FastCommand, Flag

COMPLETE_ENV = "_KOURSK_COMPLETE"
"""Click's completion variable: its presence asks Typer for completion, never a command run."""


FAST_COMMANDS = {"events": "eventlist"}
"""The commands the fast path takes, and the module of koursk_cli.commands whose FAST (a flags.FastCommand) gives
its flags and body: imported only for such a command, so `koursk --help` never loads a query."""


def _spellings(rows: Sequence[Flag]) -> dict[str, tuple[Flag, bool]]:
    """Each spelling of each flag: its row and, for a switch, the value it gives (`--no-pager`: False)."""
    found = {}
    for flag in rows:
        for decl in flag.decls:
            on, _, off = decl.partition("/")
            found[on] = (flag, True)
            if off:
                found[off] = (flag, False)
    return found


_GLOBAL_ROWS = tuple(option.flag for option in flags.GLOBALS if option.sets is not None)
"""The global options a command's run takes (not --version, which prints)."""
_GLOBALS = _spellings(_GLOBAL_ROWS)


class _Refused(Exception):
    """Something the fast path does not take: the whole argv goes to Typer."""


def _read(
    args: Sequence[str], spellings: Mapping[str, tuple[Flag, bool]], *, group: bool
) -> tuple[dict[str, Any], int]:
    """The flags at the start of `args` (the group's: up to the first word) or all of them (a command's), as Click's
    parser reads them: `--flag value`, `--flag=value`, `-nVALUE`, a repeated flag's values in order, the last value
    of any other. Values stay text; the count of the arguments read."""
    given: dict[str, Any] = {}
    at = 0
    while at < len(args):
        arg = args[at]
        if not arg.startswith("-") or arg == "-":
            if group:
                break
            raise _Refused  # an argument: no command here takes one
        if arg == "--":
            if group or at + 1 < len(args):
                raise _Refused
            return given, at + 1
        name, attached = _named(arg)
        if name not in spellings:
            raise _Refused  # unknown, or --help, -h, --version: Typer's
        flag, switched = spellings[name]
        at += 1
        if flag.switch:
            if attached is not None:
                raise _Refused
            value: Any = switched
        elif attached is not None:
            value = attached
        elif at < len(args):
            value, at = args[at], at + 1
        else:
            raise _Refused
        if flag.repeated:
            given.setdefault(flag.name, []).append(value)
        else:
            given[flag.name] = value
    return given, at


def _named(arg: str) -> tuple[str, str | None]:
    """A flag's name and the value attached to it, split as Click splits them: `--since=2024`, `-n5`."""
    if arg.startswith("--"):
        name, equals, value = arg.partition("=")
        return name, value if equals else None
    return arg[:2], arg[2:] or None


def _values(rows: Sequence[Flag], given: Mapping[str, Any]) -> dict[str, Any]:
    """Every row's value: its default when not given, else parsed as its row says. A parser's ValueError is Typer's
    to refuse, as Click's FuncParamType refuses it (`invalid value`, exit 2), never a traceback on this path alone."""
    values = {}
    try:
        for flag in rows:
            if flag.name not in given:
                values[flag.name] = flag.default
            elif flag.switch:
                values[flag.name] = given[flag.name]
            elif flag.repeated:
                values[flag.name] = [flag.value(text) for text in given[flag.name]]
            else:
                values[flag.name] = flag.value(given[flag.name])
    except ValueError as error:
        raise _Refused from error
    return values


def fast_call(args: Sequence[str], environ: Mapping[str, str]) -> Callable[[], None] | None:
    """The run of `args` when the fast path takes it, else None (Typer's to run)."""
    if COMPLETE_ENV in environ:
        return None
    try:
        before, at = _read(args, _GLOBALS, group=True)
        if at == len(args) or args[at] not in FAST_COMMANDS:
            return None
        command: FastCommand = importlib.import_module(f"{__package__}.{FAST_COMMANDS[args[at]]}").FAST
        after, _ = _read(args[at + 1 :], {**_spellings(command.flags), **_GLOBALS}, group=False)
        values = _values([*command.flags, *_GLOBAL_ROWS], after)
        first = _values(_GLOBAL_ROWS, before)
    except (_Refused, flags.BadValue):
        return None
    if first["data"] is None and environ.get(flags.DATA_ENV):  # Click: an empty variable is no value
        first["data"] = FromEnvironment(environ[flags.DATA_ENV])

    def run() -> None:
        state = AppState(None, Environment.from_process())
        for chosen in (first, values):  # before the command's name, then after it (Click's order)
            for option in flags.GLOBALS:
                if option.sets is not None:
                    option.sets(state, chosen[option.flag.name])
        run_guarded(state, lambda: command.run(state, values))

    return run


def main() -> None:
    """The `koursk` process: the fast path when it takes argv, else Typer's group (cli.main)."""
    call = fast_call(sys.argv[1:], os.environ)
    if call is not None:
        run_process(call)
    from ..cli import main as typer_main  # never reached from the fast path: run_process exits

    typer_main()


def run_process(call: Callable[[], Any]) -> NoReturn:
    """Run one command and exit. The process runs one command, and what it reads (a whole store, at times) lives
    until then, so the cyclic garbage collector only costs time: its passes over a 100,000-event store took a quarter
    of a query, and its final passes at shutdown about 10 ms of every run. Reference counting still frees the rest."""

    install()
    _standard_streams()
    gc.disable()
    code: int | str | None = 0
    try:
        call()
    except SystemExit as done:
        code = done.code
    except OSError as error:  # --help or --version into a full or closed stdout; commands say it themselves
        code = _stdout_failed(error, code)
    finally:
        gc.freeze()  # out of the shutdown collections' sight
    try:
        sys.stdout.flush()  # what is still buffered: its errors are said here, not as a traceback at shutdown
    except OSError as error:
        code = _stdout_failed(error, code)
    sys.exit(code)


def _stdout_failed(error: OSError, code: int | str | None) -> int | str | None:
    silence_stdout()
    if isinstance(error, BrokenPipeError):
        return code
    sys.stderr.write(f"koursk: error: cannot write to stdout: {error.strerror or error}\n")
    return ExitStatus.ERROR


def _standard_streams() -> None:
    """A closed stderr (`2>&-`) is replaced by the null device, so usage errors still exit 2; a closed stdout is
    said in one line; stdout is always UTF-8 (`PYTHONIOENCODING=ascii` cannot break JSON or exports)."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:
        sys.stderr.write("koursk: error: standard output is closed; redirect it (>/dev/null) instead of closing it\n")
        sys.exit(ExitStatus.ERROR)
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
