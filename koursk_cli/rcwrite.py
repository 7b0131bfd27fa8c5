"""Install koursk's shell completion: the script in its file, then one line in the shell's start-up file.

A start-up file (`~/.bashrc`) is the user's, often years of it, so it is never rewritten in place. It is read as
bytes (any encoding, shellrc.py), left alone when it already has the line, and otherwise replaced as a whole: a
complete new copy (the old bytes, then the line) is written and flushed to disk next to it, then renamed over it
(through a symlink, at the file the link points to), keeping its mode and owner. A single O_APPEND write was the
alternative; it was not chosen because a write may stop part-way (a full disk, a file-size limit, kill -9, a power
cut) and leave half a line that a later shell runs; undoing that needs a truncate that a killed process never does.
A rename is all or nothing: every failure leaves the file byte for byte as it was. The price is a new inode, so a
start-up file with other hard links is refused (with the line to add by hand) rather than split from them, and a
file changed while koursk wrote is not replaced.

The script goes first, the same way, so a start-up file never loads a script that is missing or half-written."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .atomic import link_new, nofollow, resolved, staged, still_ours, synced
from .shellrc import Setup, has_line, with_line


@dataclass
class Failed(Exception):  # not frozen: raising sets attributes
    """What could not be done, to which file, and why (an OSError's strerror or a sentence)."""

    what: str
    path: Path
    why: str
    hint: str = ""


@dataclass(frozen=True)
class Done:
    """One thing the install did or found done: `wrote`, `unchanged`, `added` or `present`."""

    what: str
    path: Path


@contextmanager
def _naming(what: str, path: Path) -> Iterator[None]:
    """An OSError inside becomes Failed naming `path` (the file the user knows, not a temporary or link target)."""
    try:
        yield
    except OSError as error:
        raise Failed(what, path, error.strerror or str(error)) from None


def install_files(setup: Setup, script: str) -> list[Done]:
    """The script, then the start-up file's line; what was done, in that order."""
    done = _write_script(setup.script, script.encode("utf-8"))
    if setup.rc is not None:
        done.append(_add_line(setup.rc, setup.line))
    return done


def _regular(path: Path, real: Path) -> os.stat_result | None:
    """The file's status, or None when there is none yet; anything but a regular file is refused: a start-up file
    linked to /dev/null stays so."""
    with _naming("cannot read", path):
        try:
            found = os.stat(real)
        except FileNotFoundError:
            return None
    if not stat.S_ISREG(found.st_mode):
        raise Failed("cannot write", path, "it is not a regular file")
    return found


_SIGNATURE = b"# written by `koursk completion --install`; sha256 of the lines above: "
_SIGNED = re.compile(rb"(?s)(.*\n)" + re.escape(_SIGNATURE) + rb"([0-9a-f]{64})\n")


def _signed(script: bytes) -> bytes:
    """The script as installed: its last line the digest of the rest, so that the next install knows an unedited
    script of any koursk version from one a user edited (rev17 M4: an older koursk's script was kept as `.orig`,
    and the upgrade after that failed on the `.orig` already there)."""
    body = script if script.endswith(b"\n") else script + b"\n"
    return body + _SIGNATURE + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n"


def _unedited(installed: bytes, script: bytes) -> bool:
    """Whether `installed` is a script koursk wrote as it is: signed with the digest of its lines, or unsigned (from
    before the digest line, or Typer's own install) and the very lines of `script`, final newlines aside (rev18 L8:
    those were kept as `.orig`, though koursk's own)."""
    signed = _SIGNED.fullmatch(installed)
    if signed is None:
        return installed.rstrip(b"\n") == script.rstrip(b"\n")
    return hashlib.sha256(signed[1]).hexdigest().encode("ascii") == signed[2]


def _write_script(path: Path, script: bytes) -> list[Done]:
    """The completion script, written; one that differs and that koursk did not install as it is (a user's edit, or
    a koursk's from before the digest line) is first kept beside it as `NAME.orig`, as the start-up file is kept:
    nothing the user wrote is lost."""
    content = _signed(script)
    with _naming("cannot create the folder of", path):
        path.parent.mkdir(parents=True, exist_ok=True)
    real = resolved(path)
    found = _regular(path, real)
    kept: list[Done] = []
    hint = "remove its other links, then run the command again"
    if found is not None:
        with _naming("cannot read", path):
            old = real.read_bytes()
        if old == content:
            return [Done("unchanged", path)]
        _refuse_linked(path, found, hint)
        if not _unedited(old, script):
            kept.append(_keep(path.with_name(path.name + ".orig"), old))
    _replace(path, real, found, content, hint)
    return [*kept, Done("wrote", path)]


def _keep(path: Path, content: bytes) -> Done:
    """`content` in a new file at `path`, flushed to disk; never over another file: one there that holds other bytes
    is refused (the user moves it away)."""
    with _naming("cannot write", path), staged(path) as temporary:
        with open(temporary, "wb", opener=nofollow) as stream:
            stream.write(content)
        try:
            link_new(still_ours(temporary), path)
        except FileExistsError:
            found = _regular(path, path)
            if found is None or path.read_bytes() != content:
                raise Failed(
                    "will not replace", path, "it exists", "move it away, then run the command again"
                ) from None
        finally:
            temporary.unlink()
        synced(path.parent)
    return Done("kept", path)


def _add_line(path: Path, line: str) -> Done:
    """The line added to the start-up file; whatever stops it (a read-only or immutable file, a full disk) says what
    to add by hand: the script is already in place, only its `source` line is missing."""
    try:
        with _naming("cannot create the folder of", path):
            path.parent.mkdir(parents=True, exist_ok=True)
        real = resolved(path)
        found = _regular(path, real)
        content = b""
        if found is not None:
            with _naming("cannot read", path):
                content = real.read_bytes()
        if has_line(content, line):
            return Done("present", path)
        _replace(path, real, found, with_line(content, line), f"add this line to it yourself: {line}")
    except Failed as failure:
        failure.hint = failure.hint or f"the script is installed; load it from your shell's start-up file: {line}"
        raise
    return Done("added", path)


def _replace(path: Path, real: Path, found: os.stat_result | None, content: bytes, hint: str) -> None:
    """Write `content` to a temporary file next to `real`, flush it to disk, give it `found`'s owner (staged gives it
    the mode), and rename it over `real`, unless `real` changed meanwhile (then flush the folder). A file with other
    hard links is refused (`hint`: what to do by hand). Any failure removes the temporary."""
    _refuse_linked(path, found, hint)
    with _naming("cannot write", path), staged(real) as temporary:
        with open(temporary, "wb", opener=nofollow) as stream:
            stream.write(content)
        still_ours(temporary)  # flushed; before it is given the rc file's owner, which may be another user's (sudo)
        if found is not None and hasattr(os, "chown"):
            mine = os.stat(temporary)
            if (mine.st_uid, mine.st_gid) != (found.st_uid, found.st_gid):
                os.chown(temporary, found.st_uid, found.st_gid)
        if _signature(real) != _signature_of(found):
            raise Failed("did not replace", path, "it changed while koursk was writing", "run the command again")
        os.replace(temporary, real)
        synced(real.parent)


def _refuse_linked(path: Path, found: os.stat_result | None, hint: str) -> None:
    if found is not None and found.st_nlink > 1:
        raise Failed("will not replace", path, f"it has {found.st_nlink} hard links", hint)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        return _signature_of(os.stat(path))
    except FileNotFoundError:
        return None


def _signature_of(found: os.stat_result | None) -> tuple[int, int, int] | None:
    return None if found is None else (found.st_ino, found.st_size, found.st_mtime_ns)


def powershell_profile(shell: str) -> Path:
    """PowerShell's own answer to where its profile is ($PROFILE: it moves with the version, the platform and a
    redirected Documents folder). Typer also ran `Set-ExecutionPolicy Unrestricted` here; koursk leaves a security
    setting to its owner."""
    command = [shell, "-NoLogo", "-NoProfile", "-NonInteractive", "-Command", "$PROFILE"]
    try:
        result = subprocess.run(command, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise Failed("cannot ask", Path(shell), f"{why}", f"is {shell} installed and on PATH?") from None
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise Failed("cannot ask", Path(shell), f"`{shell} -Command $PROFILE` printed no profile") from None
    return Path(os.fsdecode(lines[-1]))
