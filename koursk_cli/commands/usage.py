"""One error style for every usage error: Click's own (unknown option or command, bad value, missing argument) are
reworded into koursk's `koursk: error: …` line with a `hint:` line, exit 2, like the errors the commands raise."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..compat import (
    BadParameter,
    ClickException,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
    echo,
    extra_arguments,
    invalid_choice,
)
from ..errors import ExitStatus
from ..suggest import did_you_mean
from ..textnorm import shown, visible
from .persistent import NAMES

if TYPE_CHECKING:
    from ..compat import Context

PERIOD_HINT = (
    "periods look like 2024, 2024-11, 2024-11-07, 2024-W45, 2024Q4, nov 2024, novembre 2024, 7 nov 2024, "
    "2024-11-01..2024-11-15 or last week (see `koursk docs dates`)"
)

# Options people bring from other tools, and what koursk calls that: each alternative names what the command must
# have for it to be offered (an option, or an argument by its name; None: a command or a pipe, good anywhere), so
# that a hint never suggests what the command in hand would refuse too (`claims --topic` is `claims TOPIC`).
ANYWHERE = None
OPTION_SYNONYMS: dict[str, tuple[tuple[str | None, str], ...]] = {
    "--format": ((ANYWHERE, "--json, --jsonl or --fields for machines; `koursk export csv|markdown|ics|…` for files"),),
    "--csv": ((ANYWHERE, "`koursk export csv` (or --json/--jsonl)"),),
    "--output": ((ANYWHERE, "`koursk export FORMAT -o FILE`"),),
    "-o": ((ANYWHERE, "`koursk export FORMAT -o FILE`"),),
    "--jq": ((ANYWHERE, "pipe --json into jq: `koursk events --json | jq …`"),),
    "--topic": (("--claim", "--claim TOPIC"), ("topic", "the topic is an argument: `{command} TOPIC`")),
    "--claim": (("topic", "the topic is an argument: `{command} TOPIC`"),),
    "--query": (("--text", "--text WORDS"),),
    "--search": (("--text", "--text WORDS"),),
    "--from": (("--since", "--since PERIOD"),),
    "--to": (("--until", "--until PERIOD"),),
    "--after": (("--since", "--since PERIOD"),),
    "--before": (("--until", "--until PERIOD"),),
    "--period": (("--within", "--since PERIOD --until PERIOD, or --within PERIOD"), ("--since", "--since PERIOD")),
    "--limit": ((ANYWHERE, "`{command}` prints everything it finds: keep the first lines with `| head`"),),
    "--who": (("--actor", "--actor NAME"),),
    "--where": (("--place", "--place NAME"),),
}

# Commands people type from habit, and the one that does it.
COMMAND_SYNONYMS = {
    "list": "`koursk events` (or `koursk claims`, `koursk sources`, `koursk entities`)",
    "ls": "`koursk events`",
    "search": "`koursk events --text WORDS`",
    "grep": "`koursk events --text WORDS`",
    "find": "`koursk events --text WORDS`",
    "view": "`koursk show ID`",
    "get": "`koursk show ID`",
    "source": "`koursk show SOURCE`",
    "article": "`koursk show SOURCE`",
    "actors": "`koursk entities --kind person`",
    "places": "`koursk entities --kind place`",
    "people": "`koursk entities --kind person`",
    "validate": "`koursk check`",
    "man": "`koursk help COMMAND`",
}


# Commands that take no argument, and what a word given to them most likely meant (rev27 U9: `koursk topics troops`
# was Click's "Got unexpected extra argument(s) (troops)").
EXTRA_ARGUMENT_HINTS = {  # the hint, and what stands for a word that is not plain enough to paste into it
    "topics": ("one topic's claims: `koursk claims {word}`; its figures over time: `koursk figures {word}`", "TOPIC"),
    "events": ("to find words in titles and quotes: `koursk events --text {word}`", "WORDS"),
    "timeline": ("to find words in titles and quotes: `koursk timeline --text {word}`", "WORDS"),
}


class StyledUsageError(ClickException):
    """A usage error printed the koursk way: the message, then what would work."""

    exit_code = ExitStatus.USAGE

    def __init__(self, message: str, hint: str | None) -> None:
        super().__init__(message)
        self.hint = hint

    def show(self, file: object = None) -> None:
        echo(f"koursk: error: {shown(self.message, 500)}", err=True)
        if self.hint:
            echo(f"  hint: {shown(self.hint, 500)}", err=True)


def _command_path(ctx: Context | None) -> str:
    return ctx.command_path if ctx is not None else "koursk"


def _option_hint(error: NoSuchOption) -> str:
    name = error.option_name
    ctx = error.ctx
    params = [p for p in ctx.command.params if not getattr(p, "hidden", False)] if ctx else []  # never one refused
    options = [opt for p in params for opt in (*p.opts, *p.secondary_opts)] if ctx else list(NAMES)
    offered = {*options, *(p.name for p in params if p.param_type_name == "argument")}
    for needs, hint in OPTION_SYNONYMS.get(name, ()):
        if needs is ANYWHERE or needs in offered:
            return hint.format(command=_command_path(ctx))
    close = _belongs_to_a_command(ctx, name) or did_you_mean(name, [o for o in options if o.startswith("--")])
    return close or f"see `{_command_path(ctx)} -h` for its options"


def _belongs_to_a_command(ctx: Context | None, name: str) -> str | None:
    """A command's option given before the command (`koursk --text X events`): say where it goes."""
    commands = getattr(ctx.command, "commands", None) if ctx is not None else None
    if not commands:
        return None
    takers = [
        command
        for command, found in commands.items()
        if not getattr(found, "hidden", False) and any(name in (*p.opts, *p.secondary_opts) for p in found.params)
    ]
    if not takers:
        return None
    example = next((command for command in ("events", "claims") if command in takers), takers[0])
    return f"{name} belongs after a command: `koursk {example} {name} …` (see `koursk {example} -h`)"


def restyle(error: UsageError) -> StyledUsageError:
    """Click's error, reworded: what was wrong in one line (user text escaped), and a hint."""
    ctx = error.ctx
    help_hint = f"see `{_command_path(ctx)} -h`"
    if isinstance(error, NoSuchOption):
        return StyledUsageError(f"no such option {visible(error.option_name)!s}", _option_hint(error))
    if isinstance(error, MissingParameter):
        return StyledUsageError(visible(error.format_message()).rstrip("."), help_hint)
    if isinstance(error, BadParameter):
        param = error.param
        if error.param_hint is not None:
            names = [error.param_hint] if isinstance(error.param_hint, str) else list(error.param_hint)
        else:
            names = (
                []
                if param is None
                else [param.human_readable_name]
                if param.param_type_name == "argument"
                else [o for o in param.opts if o.startswith("--")][:1] or list(param.opts)
            )
        shown = " / ".join(names) or "a value"
        hint = PERIOD_HINT if getattr(param, "metavar", None) == "PERIOD" else help_hint
        refused = invalid_choice(error)  # `--status aleged`: the choice it was closest to, as for any name
        if refused is not None:
            hint = did_you_mean(*refused) or hint
        return StyledUsageError(f"invalid value for {shown}: {visible(error.message).rstrip('.')}", hint)
    extra = extra_arguments(error)
    if extra is not None and ctx is not None:
        name = ctx.info_name or ""
        words = extra.split(" ")
        arguments = any(p.param_type_name == "argument" for p in ctx.command.params)
        taken = "takes no more arguments" if arguments else "takes no argument"
        hint, placeholder = EXTRA_ARGUMENT_HINTS.get(name, (help_hint + " for what it takes", ""))
        word = words[0] if re.fullmatch(r"[\w./-]+", words[0]) else placeholder  # a plain word, or no command to paste
        hint = hint.format(word=word)
        return StyledUsageError(f"`{_command_path(ctx)}` {taken}, and was given '{extra}'", hint)
    return StyledUsageError(visible(error.format_message()).rstrip("."), help_hint)


def unknown_command(name: str, commands: list[str]) -> StyledUsageError:
    hint = (
        f"try {COMMAND_SYNONYMS[name]}"
        if name in COMMAND_SYNONYMS
        else did_you_mean(name, commands) or "see `koursk -h` for the commands"
    )
    return StyledUsageError(f"no such command '{visible(name)}'", hint)


@contextmanager
def koursk_usage_errors() -> Iterator[None]:
    """Reword Click's usage errors; a bare `koursk` prints its help on stdout and exits 0, as gh does."""
    try:
        yield
    except NoArgsIsHelpError as error:
        assert error.ctx is not None
        echo(error.ctx.get_help())
        error.ctx.exit(ExitStatus.SUCCESS)
    except StyledUsageError:
        raise
    except UsageError as error:
        raise restyle(error) from None
