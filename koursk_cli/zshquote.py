"""A completion candidate as zsh reads it: the one place store text becomes zsh syntax (rev20 H1).

Typer's zsh script runs `eval $(koursk …)` on the line `_arguments '*: :(("ID":"HELP" …))'`, and `_arguments`
then runs `eval ws=( "ID":"HELP" … )`: each candidate is parsed by the shell twice, inside single quotes and then
inside double quotes. Typer escaped `$` and backquotes but not the backslash before them, so a title holding
`\\$(cmd)` ran cmd at TAB. Here every character either parse acts on is escaped, and nothing else. Pure."""

from __future__ import annotations

# Inside double quotes zsh acts on a backslash, a double quote, `$` and a backquote; each is escaped at once (one
# translation, so the backslashes added are never escaped again).
_DOUBLE_QUOTED = str.maketrans({"\\": "\\\\", '"': '\\"', "$": "\\$", "`": "\\`"})


def zsh_candidate(value: str, help: str | None) -> str:
    """`"VALUE":"HELP"` for `_arguments`, safe inside the single quotes around the whole list. `_describe` then
    ends the value at its first colon and drops a backslash before any character, so both are escaped for it too."""
    word = _quoted(value) if not help else f"{_quoted(value)}:{_quoted(help)}"
    return word.replace("'", "'\\''")  # close the single quotes, an escaped quote, open them again


def _quoted(text: str) -> str:
    described = text.replace("\\", "\\\\").replace(":", "\\:")
    return '"' + described.translate(_DOUBLE_QUOTED) + '"'
