"""Each Typer/Click internal koursk relies on (koursk_cli/compat.py) still exists and still behaves as koursk uses
it. After a Typer upgrade, a failure here names the internal that moved, before any command fails in a less legible
way. (koursk uses no private Rich name; tests/test_layout.py checks the layout against Rich's public wrap.)"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import Annotated, Any

import pytest
import typer
from typer.testing import CliRunner

from koursk_cli import compat


def _has_parameters(function: Callable[..., Any], *names: str) -> None:
    parameters = inspect.signature(function).parameters
    missing = [name for name in names if name not in parameters]
    assert not missing, f"{function.__qualname__} no longer takes {missing}"


def test_commands_are_built_from_a_command_info() -> None:
    """commands/lazy.LazyCommands builds each command on first use."""

    def hello(name: Annotated[str, typer.Option("--name")] = "x") -> None:
        print(f"hello {name}")

    _has_parameters(compat.get_command_from_info, "command_info", "pretty_exceptions_short", "rich_markup_mode")
    command = compat.get_command_from_info(
        compat.CommandInfo(name="hello", callback=hello), pretty_exceptions_short=True, rich_markup_mode=None
    )
    assert isinstance(command, compat.Command)
    assert command.name == "hello"
    assert [opt for p in command.params for opt in p.opts] == ["--name"]


def test_the_group_lists_commands_through_format_commands() -> None:
    """cli.LazyGroup.format_commands writes the `koursk --help` listing from commands.COMMANDS; each built command
    takes its summary as its short help (commands/lazy.LazyCommands)."""
    _has_parameters(compat.TyperGroup.format_commands, "ctx", "formatter")
    formatter = compat.HelpFormatter(width=80)
    with formatter.section("Commands"):
        formatter.write_dl([("events", "List events.")])
    assert formatter.getvalue() == "Commands:\n  events  List events.\n"
    info = compat.CommandInfo(name="hello", callback=lambda: None, short_help="Say hello.")
    command = compat.get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
    assert command.get_short_help_str() == "Say hello."


def test_the_group_takes_a_lazy_mapping_of_commands() -> None:
    """cli.LazyGroup replaces `commands` with a mapping and overrides these methods."""
    for method in ("list_commands", "resolve_command", "make_context", "invoke", "get_command", "format_commands"):
        assert callable(getattr(compat.TyperGroup, method, None)), f"TyperGroup.{method} is gone"
    _has_parameters(compat.TyperGroup.resolve_command, "ctx", "args")
    _has_parameters(compat.TyperGroup.make_context, "info_name", "args", "parent")
    group = compat.TyperGroup(name="g")
    assert isinstance(group.commands, dict), "TyperGroup.commands is no longer a plain attribute holding a mapping"


def test_global_options_are_typer_options() -> None:
    """commands/persistent.add_to gives every command its copy of the global options."""
    option = compat.TyperOption(
        param_decls=["--flag/--no-flag"], is_flag=True, default=None, expose_value=False, is_eager=True, help="h"
    )
    assert option.opts == ["--flag"] and option.secondary_opts == ["--no-flag"]
    _has_parameters(compat.TyperOption.__init__, "param_decls", "metavar", "callback", "help", "is_flag")


@pytest.mark.parametrize(
    ("error", "attributes"),
    [
        (compat.UsageError, ("ctx", "format_message")),
        (compat.BadParameter, ("param", "param_hint", "message")),
        (compat.NoSuchOption, ("option_name", "possibilities")),
        (compat.MissingParameter, ("param",)),
        (compat.NoArgsIsHelpError, ()),
    ],
)
def test_click_usage_errors_carry_what_the_rewording_reads(error: type[Exception], attributes: tuple[str, ...]) -> None:
    """commands/usage.restyle rewords Click's usage errors from these attributes."""
    assert issubclass(error, compat.ClickException)
    instance = error.__new__(error)
    init_names = inspect.signature(error.__init__).parameters
    for attribute in attributes:
        assert hasattr(error, attribute) or attribute in init_names, f"{error.__name__}.{attribute} is gone"
    assert instance is not None


def test_typer_reads_a_spliced_signature() -> None:
    """commands/filters.event_filters splices the filter flags into `__signature__`; Typer must read it there."""
    app = typer.Typer()

    def command(**kwargs: Any) -> None:
        print(sorted(kwargs.items()))

    command.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                "colour",
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                annotation=Annotated[str, typer.Option("--colour")],
                default="red",
            )
        ]
    )
    app.command()(command)
    result = CliRunner().invoke(app, ["--colour", "blue"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "[('colour', 'blue')]"


class Row:
    def __init__(self, name: str) -> None:
        self.name = name


def test_typer_takes_a_parser_for_a_custom_type() -> None:
    """`koursk export FORMAT` parses FORMAT into a registry row."""
    app = typer.Typer()

    @app.command()
    def command(row: Annotated[Row, typer.Argument(parser=Row)]) -> None:
        print(type(row).__name__, row.name)

    result = CliRunner().invoke(app, ["csv"])
    assert result.output.strip() == "Row csv", result.output


def test_typers_install_option_finds_its_installer_by_name() -> None:
    """compat.route_install_completion swaps typer.completion.install, which Typer's `--install-completion`
    callback looks up by name when it runs (tests/test_shell_completion.py drives it)."""
    import typer.completion

    import koursk_cli.cli  # noqa: F401  (routes it)

    assert "install(" in inspect.getsource(typer.completion.install_callback)
    assert vars(typer.completion)["install"].__module__ == compat.__name__  # the name that module binds


def test_completion_descriptions_go_through_one_function_found_by_name() -> None:
    """compat.plain_completion_help swaps `typer._completion_classes._sanitize_help_text`, which the fish and
    PowerShell formatters look up by name for every description (tests/test_completion.py drives them)."""
    import typer._completion_classes as classes

    import koursk_cli.cli  # noqa: F401  (swaps it)

    for shell in (classes.FishComplete, classes.PowerShellComplete):
        assert "_sanitize_help_text(" in inspect.getsource(shell.format_completion), shell.__name__
    assert classes._sanitize_help_text("a [/] b") == "a [/] b"


def test_a_hidden_option_is_a_copy_of_the_option_marked_hidden() -> None:
    """commands/filters.event_filters(hide=...): `claims` takes --place only to refuse it with the reason, so the
    copy must keep the flag, its parser and help, and leave the shared option as it was."""
    option = Annotated[int, typer.Option("--max-span", help="Days.")]
    kind, info = typing.get_args(compat.hidden(option))
    shared = typing.get_args(option)[1]
    assert kind is int and vars(info) == {**vars(shared), "hidden": True}
    assert shared.hidden is False


def test_zsh_items_are_written_by_koursk_inside_typers_single_quotes() -> None:
    """compat.zsh_completion_items replaces `ZshComplete.format_completion`, which `ZshComplete.complete` calls for
    each item and joins inside `_arguments '*: :((…))'`: zshquote.py escapes for those single quotes, then the
    double quotes and `_describe` (tests/test_completion_shells.py drives a real zsh)."""
    import typer._completion_classes as classes

    import koursk_cli.cli  # noqa: F401  (replaces it)

    source = inspect.getsource(classes.ZshComplete.complete)
    assert "self.format_completion(item)" in source and "_arguments '*: :((" in source
    assert classes.ZshComplete.format_completion.__module__ == compat.__name__


def test_importing_compat_patches_nothing_until_asked() -> None:
    """rev28 C10: own_matching_completion is a call, as the other patches are, so importing compat changes nothing."""
    import subprocess
    import sys

    probe = (
        "import typer.core\n"
        "before = typer.core._typer_param_setup_autocompletion_compat\n"
        "from koursk_cli import compat\n"
        "assert typer.core._typer_param_setup_autocompletion_compat is before, 'patched at import'\n"
        "compat.own_matching_completion()\n"
        "assert typer.core._typer_param_setup_autocompletion_compat is compat._setup\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
