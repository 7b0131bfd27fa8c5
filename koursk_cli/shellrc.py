"""Where each shell finds koursk's completion script, and the one line its start-up file needs to load it: the files
and lines Typer's installer wrote (typer/_completion_shared.py), so an install made by Typer is recognised and never
doubled. Pure: no I/O; rcwrite.py does the writing.

Two departures from Typer, each a fix: zsh's start-up file is `$ZDOTDIR/.zshrc` when ZDOTDIR is set (zsh reads no
other), and Typer's `zstyle ':completion:*' menu select` is not added (it changes how every command completes, which
is the user's choice, and koursk's completion works without it). fish's folder follows XDG_CONFIG_HOME, as fish's
own does. PowerShell gets its script in a file next to its profile and one line in the profile that loads it,
instead of a copy of the script appended on every install."""

from __future__ import annotations

import codecs
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROG = "koursk"


@dataclass(frozen=True)
class Setup:
    script: Path  # the completion script
    rc: Path | None  # the start-up file that must load it; None when the shell finds the script by itself (fish)
    line: str  # what rc needs, one line ("" when rc is None)


def setup(shell: str, home: Path, environ: Mapping[str, str], profile: Path | None = None) -> Setup:
    """Where `shell` looks for completion under `home`; `profile` is PowerShell's $PROFILE (only PowerShell knows
    it: the shell layer asks it)."""
    if shell == "bash":
        script = home / ".bash_completions" / f"{PROG}.sh"
        return Setup(script, home / ".bashrc", f"source {_sh_quoted(script)}")
    if shell == "zsh":
        zdotdir = environ.get("ZDOTDIR", "")
        rc = (Path(zdotdir) if os.path.isabs(zdotdir) else home) / ".zshrc"
        return Setup(home / ".zfunc" / f"_{PROG}", rc, "fpath+=~/.zfunc; autoload -Uz compinit; compinit")
    if shell == "fish":
        config = environ.get("XDG_CONFIG_HOME", "")
        folder = Path(config) if os.path.isabs(config) else home / ".config"
        return Setup(folder / "fish" / "completions" / f"{PROG}.fish", None, "")
    if profile is None:
        raise ValueError(f"{shell}: PowerShell's profile is needed")
    script = profile.parent / f"{PROG}-completion.ps1"
    return Setup(script, profile, f". {_ps_quoted(script)}")


def _sh_quoted(path: Path) -> str:
    """`'PATH'`, as Typer wrote it, with a quote inside the path closed and escaped so the line still works."""
    return "'" + str(path).replace("'", "'\\''") + "'"


def _ps_quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _codec(content: bytes) -> tuple[str, str]:
    """How text is written in `content`: UTF-16 when it starts with a UTF-16 byte order mark (Windows PowerShell's
    `>` writes its profile so), otherwise UTF-8 with every other byte standing for itself (surrogateescape maps a
    byte that is not UTF-8 to a code point of its own, so any file decodes, and back to the same bytes)."""
    if content.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", "surrogatepass"
    if content.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", "surrogatepass"
    return "utf-8", "surrogateescape"


def _text(content: bytes) -> str:
    codec, errors = _codec(content)
    return content.decode(codec, errors if codec == "utf-8" else "replace")


def has_line(content: bytes, line: str) -> bool:
    """Whether a line of `content`, surrounding blanks aside, is `line`: compared byte for byte in a file that is not
    UTF-16 (see _codec), so a file in any encoding is read and a commented-out copy does not count."""
    return any(candidate.strip() == line for candidate in _text(content).split("\n"))


def with_line(content: bytes, line: str) -> bytes:
    """`content` unchanged, then `line` on a line of its own, in the file's encoding and line endings."""
    codec, errors = _codec(content)
    text = _text(content)
    newline = "\r\n" if "\r\n" in text else "\n"
    before = newline if text and not text.endswith("\n") else ""
    return content + f"{before}{line}{newline}".encode(codec, errors)


def tilde(path: Path, home: Path) -> str:
    """`path` as a message shows it: `~/.bashrc` under the home folder."""
    try:
        return str(Path("~") / path.relative_to(home))
    except ValueError:
        return str(path)
