"""The command line's entry point: the global options, and the group that finds each command in
koursk_cli/commands/. Commands parse flags, call the core and hand the result to a renderer; nothing else."""

from functools import partial
from typing import Annotated, Any, NoReturn, Optional

import typer

from .commands import COMMANDS, flags, persistent
from .commands.base import AppState
from .commands.entry import run_process
from .commands.lazy import LazyCommands
from .commands.persistent import DATA, DRAFTS, LANG, NO_COLOR, PAGER, VERSION
from .commands.usage import koursk_usage_errors, unknown_command
from .compat import (
    Command,
    Context,
    HelpFormatter,
    ParameterSource,
    TyperGroup,
    hide_typers_completion_options,
    own_matching_completion,
    plain_completion_help,
    route_install_completion,
    zsh_completion_items,
)
from .environment import Environment
from .textnorm import shown
from .userpaths import FromEnvironment
from .zshquote import zsh_candidate


class LazyGroup(TyperGroup):
    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = LazyCommands()  # type: ignore[assignment]

    def list_commands(self, ctx: Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The listing of `koursk --help`, from the COMMANDS table: building 17 commands to read their short help
        would import every command's modules."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, entry.summary) for name, entry in COMMANDS.items()])

    def make_context(
        self, info_name: str | None, args: list[str], parent: Context | None = None, **extra: Any
    ) -> Context:
        with koursk_usage_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Context) -> Any:
        with koursk_usage_errors():
            return super().invoke(ctx)

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Command | None, list[str]]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            raise unknown_command(args[0], list(self.commands))
        return super().resolve_command(ctx, args)


app = typer.Typer(
    name="koursk",
    cls=LazyGroup,
    help=(
        "Explore a curated timeline: events, the figures claimed about them, and for each its articles and the "
        "verbatim quote that proves it. The store shipped with koursk tells North Korea's troop deployment to "
        "Russia's Kursk region, from French news articles; --data DIR explores another (`koursk sources` lists "
        "the articles of the store in use).\n\n"
        "\b\nExamples:\n"
        "  koursk events --since 2024-10\n"
        "  koursk events --place Koursk --json | jq length\n"
        "  koursk show rutte-confirms-deployment\n"
        "  koursk check"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _install_completion(shell: str) -> NoReturn:
    from .commands.completion import typer_install_completion

    typer_install_completion(shell)


route_install_completion(_install_completion)
hide_typers_completion_options()
own_matching_completion()
# Completion descriptions as plain text on one line, control characters escaped, never cut: the shell fits them;
# zsh's candidates quoted for the two evals its completion runs them through (rev20 H1).
describe = partial(shown, limit=None)
plain_completion_help(describe)
zsh_completion_items(lambda value, help: zsh_candidate(value, describe(help) if help else None))


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[
        Optional[str],
        typer.Option(*DATA.decls, envvar=flags.DATA_ENV, metavar=DATA.kind["metavar"], help=DATA.help),
    ] = None,
    drafts: Annotated[bool, typer.Option(*DRAFTS.decls, help=DRAFTS.help)] = False,
    lang: Annotated[
        Optional[str],
        typer.Option(*LANG.decls, click_type=LANG.kind["type"], metavar=LANG.kind["metavar"], help=LANG.help),
    ] = None,
    no_color: Annotated[bool, typer.Option(*NO_COLOR.decls, help=NO_COLOR.help)] = False,
    pager: Annotated[Optional[bool], typer.Option(*PAGER.decls, help=PAGER.help)] = None,
    version: Annotated[
        bool, typer.Option(*VERSION.decls, callback=persistent.version_flag, is_eager=True, help=VERSION.help)
    ] = False,
) -> None:
    # The global options before the command's name: each value goes to the setter that its copy after the name
    # calls (persistent.GLOBAL_OPTIONS), so both places mean the same.
    if data is not None and ctx.get_parameter_source("data") is ParameterSource.ENVIRONMENT:
        data = FromEnvironment(data)  # its messages name KOURSK_DATA, not a --data the user never gave
    if not isinstance(ctx.obj, AppState):  # tests hand in their own Environment
        ctx.obj = AppState(None, Environment.from_process())
    for option, value in ((DATA, data), (DRAFTS, drafts), (LANG, lang), (NO_COLOR, no_color), (PAGER, pager)):
        option.setter(ctx, None, value)


def main() -> None:
    """The `koursk` process through Typer's group (entry.run_process): also under `python -m koursk_cli`, so usage
    lines and completion say `koursk`."""
    run_process(partial(app, prog_name="koursk"))


if __name__ == "__main__":
    main()
