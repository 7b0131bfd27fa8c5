"""Options that apply to every command, spelled once in GLOBAL_OPTIONS (rev37m C5: the group, each command's copy and
the hints' NAMES were three hand-kept lists). They work before or after the command name, like gh's persistent flags: the group reads them first, and each command
carries a copy that updates the same run state, so `koursk events --data X` and `koursk --data X events` mean the
same. `--lang` means one thing wherever it is taken (flags.LANG's help); a command that prints no store text (COMMANDS'
`lang`) refuses it in one line, given before or after its name (rev30 U14: two different refusals)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import __version__
from ..compat import TyperChoice, TyperOption
from . import flags
from .base import AppState

if TYPE_CHECKING:
    from ..compat import Command, Context, Parameter


def version_flag(value: bool) -> None:
    """The `--version` callback, Typer's way (the group's option)."""
    if value:
        print(f"koursk {__version__}")
        raise SystemExit(0)


def _print_version(ctx: Context, _param: Parameter | None, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        version_flag(value)


def _refuse_lang(ctx: Context, _param: Parameter, value: str | None) -> None:
    """A command that prints no store text takes no --lang, before its name (`koursk --lang fr check`) or after."""
    state = ctx.find_object(AppState)
    if value is not None or (state is not None and state.lang_given):
        from .usage import StyledUsageError  # usage.py reads NAMES from here

        raise StyledUsageError(
            f"`{ctx.command_path}` takes no --lang: it shows no titles or names in a language one picks",
            "drop --lang",
        )


class GlobalOption(NamedTuple):
    """One global option as Click takes it: its spellings and help (its row in flags.GLOBALS), what it sets in the run
    state (a Click callback, which the group calls with its own value) and Click's keywords for a command's copy."""

    decls: tuple[str, ...]
    help: str
    setter: Callable[[Context, Parameter | None, Any], None]
    kind: Mapping[str, Any]


def _option(option: flags.Global) -> GlobalOption:
    """A global's row as Click takes it: its setter acts on the run state it finds (none: a test's bare context)."""
    flag, sets = option

    def setter(ctx: Context, _param: Parameter | None, value: Any) -> None:
        state = ctx.find_object(AppState)
        if state is not None and sets is not None:
            sets(state, value)

    kind: dict[str, Any] = {"is_flag": True} if flag.switch else {"metavar": flag.metavar}
    if flag.choices is not None:
        kind["type"] = TyperChoice(tuple(flag.choices), case_sensitive=False)  # `--lang FR`
    if flag.default is None and flag.switch:
        kind["default"] = None  # --pager/--no-pager: neither, unless given
    if sets is None:  # --version prints and exits before anything else is read
        return GlobalOption(flag.decls, flag.help, _print_version, {**kind, "is_eager": True})
    return GlobalOption(flag.decls, flag.help, setter, kind)


GLOBAL_OPTIONS = DATA, DRAFTS, LANG, NO_COLOR, PAGER, VERSION = tuple(_option(option) for option in flags.GLOBALS)
"""In the order of every help's listing."""
NAMES = tuple(name for option in GLOBAL_OPTIONS for decl in option.decls for name in decl.split("/"))
"""Every spelling of a global option, for the hints that say where an option belongs."""


def add_to(command: Command, *, lang: bool, data: bool = True) -> Command:
    """Give a command its copy of the global options, listed last in its help. Each copy only updates the run state
    through its callback, so the command's own function never sees it. `lang`: the command prints store text, so
    --lang is offered; else it is hidden, and refused. Without `data`, its --data is taken (for the command to
    refuse) but left out of its help."""

    def copy(option: GlobalOption) -> TyperOption:
        changes: dict[str, Any] = {}
        if option is DATA:
            changes = {"hidden": not data}
        elif option is LANG and not lang:
            changes = {"callback": _refuse_lang, "hidden": True}
        keywords = {"callback": option.setter, **option.kind, **changes}
        return TyperOption(param_decls=list(option.decls), expose_value=False, help=option.help, **keywords)

    command.params.extend(copy(option) for option in GLOBAL_OPTIONS)
    return command
