"""Every use of Typer's internals (and of the Click it vendors as `typer._click`), in one place.

koursk builds each command only when it runs (start-up: see docs/performance.md), rewords Click's usage errors in
its own style, adds the global options to every command, and splices the event-filter flags into signatures. Typer
has public API for none of that, so these names are private and may move in any release; that is why pyproject.toml
pins `typer<0.29`. tests/test_compat.py checks each of them, so an upgrade that breaks one fails with its name rather
than somewhere in a command. Importing this module costs nothing (`import typer` has loaded all of it already) and
changes nothing: each patch of Typer is a function that cli.py calls once.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, get_args

import typer._completion_classes
import typer.completion
import typer.core
import typer.main
from typer._click import ClickException, Command, Context, HelpFormatter, Parameter, echo
from typer._click.core import ParameterSource
from typer._click.exceptions import BadParameter, MissingParameter, NoArgsIsHelpError, NoSuchOption, UsageError
from typer._click.shell_completion import CompletionItem
from typer._completion_shared import _get_shell_name, get_completion_script
from typer._types import TyperChoice
from typer.core import TyperCommand, TyperGroup, TyperOption
from typer.main import get_command_from_info
from typer.models import CommandInfo, OptionInfo

__all__ = [
    "BadParameter",
    "ClickException",
    "Command",
    "CommandInfo",
    "Context",
    "HelpFormatter",
    "MissingParameter",
    "NoArgsIsHelpError",
    "NoSuchOption",
    "Parameter",
    "ParameterSource",
    "TyperChoice",
    "TyperCommand",
    "TyperGroup",
    "TyperOption",
    "UsageError",
    "echo",
    "extra_arguments",
    "get_command_from_info",
    "get_completion_script",
    "hidden",
    "hide_typers_completion_options",
    "invalid_choice",
    "matched_by_the_callback",
    "own_matching_completion",
    "plain_completion_help",
    "route_install_completion",
    "zsh_completion_items",
]


def route_install_completion(install: Callable[[str], NoReturn]) -> None:
    """Typer's own `--install-completion` calls `typer.completion.install` by name: koursk's installer (rcwrite.py)
    takes its place, for the shell Typer would have picked (the one named, or the parent process's)."""

    def typer_install(
        shell: str | None = None, prog_name: str | None = None, complete_var: str | None = None
    ) -> tuple[str, Path]:
        install(shell or _get_shell_name() or "")

    typer.completion.install = typer_install  # type: ignore[attr-defined]


def plain_completion_help(describe: Callable[[str], str]) -> None:
    """Typer reads every completion description it hands zsh, fish and PowerShell as Rich markup
    (`_completion_classes._sanitize_help_text`): a store title's `[sic]` vanished, `[/]` raised a traceback at TAB,
    an escape sequence reached the terminal, and Rich wrapped long help at 80 columns into lines the shell split.
    koursk's help is plain text (`rich_markup_mode=None`) and store text is untrusted, so `describe` takes its place
    for every description: option help and store values alike. (It also spares completion importing Rich.)"""
    typer._completion_classes._sanitize_help_text = describe  # type: ignore[assignment]


def hidden(option: Any) -> Any:
    """`Annotated[T, typer.Option(...)]` as it is, but left out of --help and completion (Typer's OptionInfo has no
    public copy): a flag a command takes only to refuse it with a reason, not Click's "no such option"."""
    kind, info = get_args(option)
    assert isinstance(info, OptionInfo)
    quiet = copy.copy(info)
    quiet.hidden = True
    return Annotated[kind, quiet]


def zsh_completion_items(candidate: Callable[[str, str | None], str]) -> None:
    """Typer's zsh formatter (`ZshComplete.format_completion`) leaves a backslash unescaped, so store text could
    become code in the user's shell (rev20 H1): `candidate(value, help)` writes each item of the `_arguments` line
    instead (zshquote.py). Its help bypasses `_sanitize_help_text`, so `candidate` must describe it itself."""

    def format_completion(self: typer._completion_classes.ZshComplete, item: CompletionItem) -> str:
        return candidate(item.value, item.help)

    typer._completion_classes.ZshComplete.format_completion = format_completion  # type: ignore[method-assign]


def invalid_choice(error: BadParameter) -> tuple[str, list[str]] | None:
    """The value refused and the choices offered, when Typer's Choice refused a value (`--status aleged`): its
    error keeps neither, only `'aleged' is not one of 'confirmed', …` (typer._types.TyperChoice)."""
    choices = getattr(getattr(error.param, "type", None), "choices", None)
    typed, sep, _ = error.message.partition(" is not one of ")
    if not choices or not sep:
        return None
    try:
        value = ast.literal_eval(typed)
    except (ValueError, SyntaxError):
        return None
    return (value, [str(getattr(c, "value", c)) for c in choices]) if isinstance(value, str) else None


def extra_arguments(error: UsageError) -> str | None:
    """The arguments a command was given beyond those it takes (`koursk topics troops`), as Click's
    `Got unexpected extra argument(s) (troops)` names them (escaped, space-separated); None for any other error."""
    lead = "Got unexpected extra argument(s) ("
    message = error.message
    return message[len(lead) : -1] if message.startswith(lead) and message.endswith(")") else None


OWN_MATCHING = "koursk_matches_itself"
_setup_autocompletion = typer.core._typer_param_setup_autocompletion_compat


def matched_by_the_callback(callback: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a completion callback whose candidates need not begin with what was typed: Typer keeps only those that
    do (`_typer_param_setup_autocompletion_compat`), so `--place Kou<TAB>` could never become kursk-oblast (rev27
    U10). Typer's wrapper of the callback (`get_param_completion`) copies its attributes (`update_wrapper`)."""
    setattr(callback, OWN_MATCHING, True)
    return callback


def _setup(self: Parameter, *, autocompletion: Callable[..., Any] | None = None) -> None:
    _setup_autocompletion(self, autocompletion=autocompletion)
    if autocompletion is None or not getattr(autocompletion, OWN_MATCHING, False):
        return
    found = autocompletion

    def complete(ctx: Context, param: Parameter, incomplete: str) -> list[CompletionItem]:
        return [
            CompletionItem(c[0], help=c[1]) if isinstance(c, tuple) else CompletionItem(c)
            for c in found(ctx, [], incomplete)
        ]

    self._custom_shell_complete = complete


def own_matching_completion() -> None:
    """Let a completion callback marked by `matched_by_the_callback` keep candidates that do not begin with what was
    typed (Typer's `_typer_param_setup_autocompletion_compat`, which every parameter calls when a command is built)."""
    typer.core._typer_param_setup_autocompletion_compat = _setup


def hide_typers_completion_options() -> None:
    """Typer's `--install-completion` and `--show-completion` (`get_install_completion_arguments`, which
    `typer.main.get_command` looks up by name) still work but leave `koursk --help`: `koursk completion SHELL
    [--install]` is the one way shown (rev27 U13: two ways that differ, side by side, read as a choice to make)."""
    made = typer.main.get_install_completion_arguments

    def quiet() -> tuple[Parameter, Parameter]:
        install, show = made()
        for option in (install, show):
            if isinstance(option, typer.core.TyperOption):  # an Option: one that --help can leave out
                option.hidden = True
        return install, show

    typer.main.get_install_completion_arguments = quiet
