"""Options that apply to every command, spelled once in GLOBAL_OPTIONS (rev37m C5: the group, each command's copy and
the hints' NAMES were three hand-kept lists). They work before or after the command name, like gh's persistent flags: the group reads them first, and each command
carries a copy that updates the same run state, so `koursk events --data X` and `koursk --data X events` mean the
same. `--lang` means one thing wherever it is taken (LANG_HELP); a command that prints no store text (COMMANDS'
`lang`) refuses it in one line, given before or after its name (rev30 U14: two different refusals)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import __version__
from ..compat import TyperChoice, TyperOption
from .base import AppState

if TYPE_CHECKING:
    from ..compat import Command, Context, Parameter

DATA_HELP = "Use the store in DIR (holding data/ and seeds/) instead of the one shipped with koursk."
DRAFTS_HELP = (
    "Preview a store still being curated: placeholders left by `koursk extract` (TODO values) pass, shown as written, "
    "with a warning, and each record still in draft marked (`draft: true` in JSON); every other check still "
    "applies, and `koursk check` still fails them. Without it, the drafts are left out, said in one stderr line."
)
LANGS = ("en", "fr")
LANG_HELP = (
    "Language of the store's text: titles, names, topics and measures. What koursk prints for reading (listings, "
    "show, diff) gives in it too its dates, legends, status words, the few words inside a line (as of, allows, in) "
    "and what --limit left out, with its digits grouped as the language does (10 000); field names (show's "
    "labels), units and date bases stay in English. JSON, CSV and pipes' records stay as they are in any language."
)
NO_COLOR_HELP = "No colours (also NO_COLOR=1 or TERM=dumb)."
PAGER_HELP = "Page long output on a terminal through $PAGER (default: when it does not fit)."
VERSION_HELP = "Print the version and exit."


def version_flag(value: bool) -> None:
    """The `--version` callback, Typer's way (the group's option)."""
    if value:
        print(f"koursk {__version__}")
        raise SystemExit(0)


def _print_version(ctx: Context, _param: Parameter | None, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        version_flag(value)


def _state(ctx: Context) -> AppState | None:
    return ctx.find_object(AppState)


def _set_data(ctx: Context, _param: Parameter | None, value: str | None) -> None:
    state = _state(ctx)
    if value is not None and state is not None:
        state.store_option = value


def _set_drafts(ctx: Context, _param: Parameter | None, value: bool) -> None:
    state = _state(ctx)
    if value and state is not None:
        state.drafts = True


def _set_lang(ctx: Context, _param: Parameter | None, value: str | None) -> None:
    state = _state(ctx)
    if value is not None and state is not None:
        state.lang, state.lang_given = value.lower(), True


def _refuse_lang(ctx: Context, _param: Parameter, value: str | None) -> None:
    """A command that prints no store text takes no --lang, before its name (`koursk --lang fr check`) or after."""
    state = _state(ctx)
    if value is not None or (state is not None and state.lang_given):
        from .usage import StyledUsageError  # usage.py reads NAMES from here

        raise StyledUsageError(
            f"`{ctx.command_path}` takes no --lang: it shows no titles or names in a language one picks",
            "drop --lang",
        )


def _set_no_color(ctx: Context, _param: Parameter | None, value: bool) -> None:
    state = _state(ctx)
    if value and state is not None:
        state.env.color = False


def _set_pager(ctx: Context, _param: Parameter | None, value: bool | None) -> None:
    state = _state(ctx)
    if value is not None and state is not None:
        state.env.pager = value and state.env.stdout_isatty


def lang_choice() -> TyperChoice[str]:
    """`en` or `fr`, in any case (`--lang FR`)."""
    return TyperChoice(LANGS, case_sensitive=False)


class GlobalOption(NamedTuple):
    """One global option: its spellings, its help, what it sets in the run state (a Click callback, which the group
    calls with its own value) and Click's keywords for a command's copy."""

    decls: tuple[str, ...]
    help: str
    setter: Callable[[Context, Parameter | None, Any], None]
    kind: Mapping[str, Any]


DATA = GlobalOption(("--data",), DATA_HELP, _set_data, {"metavar": "DIR"})
DRAFTS = GlobalOption(("--drafts",), DRAFTS_HELP, _set_drafts, {"is_flag": True})
LANG = GlobalOption(("--lang",), LANG_HELP, _set_lang, {"type": lang_choice(), "metavar": "<en|fr>"})
NO_COLOR = GlobalOption(("--no-color",), NO_COLOR_HELP, _set_no_color, {"is_flag": True})
PAGER = GlobalOption(("--pager/--no-pager",), PAGER_HELP, _set_pager, {"is_flag": True, "default": None})
VERSION = GlobalOption(("--version", "-V"), VERSION_HELP, _print_version, {"is_flag": True, "is_eager": True})
GLOBAL_OPTIONS = (DATA, DRAFTS, LANG, NO_COLOR, PAGER, VERSION)
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
