"""Issue 17 F19: `--show-completion zsh` printed the bash script (Typer ignores the argument and guesses the shell
from the parent process); `koursk completion SHELL` prints, or installs, the script of the shell it names."""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, run

if sys.platform != "win32":
    import resource


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("zsh", "#compdef koursk"),
        ("bash", "complete -o default -F _koursk_completion koursk"),
        ("fish", "complete --command koursk"),
        ("pwsh", "Register-ArgumentCompleter -Native -CommandName koursk"),
        ("ZSH", "#compdef koursk"),
    ],
)
def test_the_named_shell_gets_its_own_script(shell: str, marker: str) -> None:
    result = run("completion", shell)
    assert result.exit_code == 0, result.stderr
    assert marker in result.stdout
    assert "_KOURSK_COMPLETE" in result.stdout


@pytest.mark.parametrize(
    ("login", "marker"), [("/bin/zsh", "#compdef koursk"), ("/usr/bin/fish", "complete --command")]
)
def test_without_a_name_the_shell_is_the_one_shell_names(
    login: str, marker: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHELL", login)
    assert marker in run("completion").stdout


def test_an_unknown_shell_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELL", "/bin/tcsh")
    result = run("completion")
    assert result.exit_code == 2
    assert "koursk completion bash|zsh|fish" in result.stderr
    assert run("completion", "csh").exit_code == 2


def test_install_writes_the_named_shells_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("SHELL", "/bin/bash")  # the named shell wins over $SHELL and the parent process
    result = run("completion", "zsh", "--install")
    assert result.exit_code == 0, result.stderr
    assert "zsh completion installed" in result.stderr
    assert "#compdef koursk" in (tmp_path / ".zfunc" / "_koursk").read_text(encoding="utf-8")
    assert "compinit" in (tmp_path / ".zshrc").read_text(encoding="utf-8")
    assert not (tmp_path / ".bashrc").exists()


# koursk's own installer (rev12, High): Typer's decoded ~/.bashrc as text (a traceback on a non-UTF-8 byte),
# rewrote it in place (killed mid-write: an empty ~/.bashrc) and, on a full disk, added its line before writing the
# script it loads.

BASH_LINE = "source '{home}/.bash_completions/koursk.sh'"


def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def _process(home: Path, *args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """koursk as a real process with `home` as HOME; `file_size_limit` makes every write past it fail part-way
    (EFBIG: Python ignores SIGXFSZ), the way a disk that fills up during the write does."""

    def limit() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    env = {**os.environ, "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "koursk_cli", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=limit,
    )


def test_a_non_utf8_bashrc_keeps_its_bytes_and_gets_one_line_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch)
    old = b"# caf\xe9 \xff\xfe\r\nalias ll='ls -l'"  # Latin-1, stray bytes, CRLF, no final newline
    (home / ".bashrc").write_bytes(old)
    (home / ".bashrc").chmod(0o640)
    line = BASH_LINE.format(home=home).encode()
    first = run("completion", "bash", "--install")
    assert first.exit_code == 0, first.stderr
    assert (home / ".bashrc").read_bytes() == old + b"\r\n" + line + b"\r\n"
    assert (home / ".bashrc").stat().st_mode & 0o777 == 0o640
    assert "complete -o default -F _koursk_completion koursk" in (home / ".bash_completions" / "koursk.sh").read_text(
        encoding="utf-8"
    )
    assert "koursk: wrote ~/.bash_completions/koursk.sh\n" in first.stderr
    assert f"koursk: added to ~/.bashrc: {line.decode()}\n" in first.stderr
    second = run("completion", "bash", "--install")
    assert second.exit_code == 0, second.stderr
    assert (home / ".bashrc").read_bytes() == old + b"\r\n" + line + b"\r\n"
    assert "~/.bashrc already has" in second.stderr
    assert "~/.bash_completions/koursk.sh is up to date" in second.stderr
    assert sorted(p.name for p in home.iterdir()) == [".bash_completions", ".bashrc"]  # no temporary left


def test_a_line_typer_installed_is_recognised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = _home(tmp_path, monkeypatch)
    old = f"export A=1\n\nsource '{home}/.bash_completions/koursk.sh'\n\n".encode()
    (home / ".bashrc").write_bytes(old)
    (home / ".zshrc").write_bytes(
        b"\nfpath+=~/.zfunc; autoload -Uz compinit; compinit\n\nzstyle ':completion:*' menu select\n"
    )
    zshrc = (home / ".zshrc").read_bytes()
    assert run("completion", "bash", "--install").exit_code == 0
    assert run("completion", "zsh", "--install").exit_code == 0
    assert (home / ".bashrc").read_bytes() == old
    assert (home / ".zshrc").read_bytes() == zshrc


def test_a_symlinked_bashrc_is_written_at_its_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = _home(tmp_path, monkeypatch)
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    (dotfiles / "bashrc").write_bytes(b"set -o vi\n")
    (home / ".bashrc").symlink_to(dotfiles / "bashrc")
    result = run("completion", "bash", "--install")
    assert result.exit_code == 0, result.stderr
    assert (home / ".bashrc").is_symlink()
    assert (dotfiles / "bashrc").read_bytes() == b"set -o vi\n" + BASH_LINE.format(home=home).encode() + b"\n"
    assert f"added to ~/.bashrc (a link to {dotfiles}/bashrc)" in result.stderr
    assert sorted(p.name for p in dotfiles.iterdir()) == ["bashrc"]


def test_an_unwritable_home_is_one_error_with_the_line_to_add_and_leaves_bashrc_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch)
    (home / ".bash_completions").mkdir()
    (home / ".bashrc").write_bytes(b"# mine\n")
    if os.geteuid() == 0:  # root writes anywhere: make the temporary next to ~/.bashrc fail as a read-only folder does
        made = tempfile.mkstemp

        def refused(*args: Any, **kwargs: Any) -> tuple[int, str]:
            if Path(kwargs["dir"]) == home:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(home))
            return made(*args, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", refused)
    else:
        home.chmod(0o555)
    try:
        result = run("completion", "bash", "--install")
    finally:
        home.chmod(0o755)
    assert result.exit_code == 1
    assert result.stderr == "koursk: error: cannot write ~/.bashrc: Permission denied\n" + (
        "  hint: the script is installed; load it from your shell's start-up file: "
        + BASH_LINE.format(home=home)
        + "\n"
    )
    assert (home / ".bashrc").read_bytes() == b"# mine\n"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX file-size limit")
def test_a_write_cut_part_way_leaves_bashrc_byte_identical(tmp_path: Path) -> None:
    """69,801 bytes of ~/.bashrc, and the disk fills up while the new copy is written (the limit lets 10 more bytes
    through, so the write really stops part-way). Typer's write_text left a cut ~/.bashrc."""
    home = tmp_path / "home"
    home.mkdir()
    old = b"".join(b"export V%05d='\xe9t\xe9'\n" % n for n in range(3490))[:69_800] + b"\n"
    (home / ".bashrc").write_bytes(old)
    result = _process(home, "completion", "bash", "--install", file_size_limit=len(old) + 10)
    assert result.returncode == 1
    assert result.stderr == "koursk: error: cannot write ~/.bashrc: File too large\n" + (
        "  hint: the script is installed; load it from your shell's start-up file: "
        + BASH_LINE.format(home=home)
        + "\n"
    )
    assert (home / ".bashrc").read_bytes() == old
    assert sorted(p.name for p in home.iterdir()) == [".bash_completions", ".bashrc"]


def test_a_script_that_cannot_be_written_adds_no_line(tmp_path: Path) -> None:
    """Typer added the `source` line first, then left the script it loads at 0 bytes on a full disk."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_bytes(b"# mine\n")
    result = _process(home, "completion", "bash", "--install", file_size_limit=100)
    assert result.returncode == 1
    assert result.stderr == "koursk: error: cannot write ~/.bash_completions/koursk.sh: File too large\n"
    assert (home / ".bashrc").read_bytes() == b"# mine\n"
    assert list((home / ".bash_completions").iterdir()) == []


def test_a_bashrc_with_other_hard_links_or_not_a_file_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch)
    (tmp_path / "shared").write_bytes(b"# shared\n")
    os.link(tmp_path / "shared", home / ".bashrc")
    linked = run("completion", "bash", "--install")
    assert linked.exit_code == 1
    assert "koursk: error: will not replace ~/.bashrc: it has 2 hard links\n" in linked.stderr
    assert f"hint: add this line to it yourself: {BASH_LINE.format(home=home)}" in linked.stderr
    assert (tmp_path / "shared").read_bytes() == b"# shared\n"
    (home / ".bashrc").unlink()
    (home / ".bashrc").symlink_to(os.devnull)
    nulled = run("completion", "bash", "--install")
    assert nulled.exit_code == 1
    assert (
        nulled.stderr
        == "koursk: error: cannot write ~/.bashrc (a link to /dev/null): it is not a regular file\n"
        + (
            "  hint: the script is installed; load it from your shell's start-up file: "
            + BASH_LINE.format(home=home)
            + "\n"
        )
    )


def test_a_hard_linked_completion_script_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rev12 L8: the script was renamed over, splitting it from its other names."""
    home = _home(tmp_path, monkeypatch)
    script = home / ".bash_completions" / "koursk.sh"
    script.parent.mkdir()
    (tmp_path / "shared.sh").write_bytes(b"# an old script\n")
    os.link(tmp_path / "shared.sh", script)
    result = run("completion", "bash", "--install")
    assert result.exit_code == 1
    assert "koursk: error: will not replace ~/.bash_completions/koursk.sh: it has 2 hard links\n" in result.stderr
    assert script.stat().st_ino == (tmp_path / "shared.sh").stat().st_ino
    assert script.read_bytes() == b"# an old script\n"
    assert not (home / ".bashrc").exists()


def test_zsh_fish_and_pwsh_get_their_files_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = _home(tmp_path, monkeypatch)
    zdotdir = tmp_path / "zdot"
    monkeypatch.setenv("ZDOTDIR", str(zdotdir))
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    profile = tmp_path / "Documents" / "PowerShell" / "Microsoft.PowerShell_profile.ps1"
    profile.parent.mkdir(parents=True)
    utf16 = codecs.BOM_UTF16_LE + "Set-PSReadLineOption -EditMode Emacs\r\n".encode("utf-16-le")
    profile.write_bytes(utf16)
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    (bin_folder / "pwsh").write_text(f"#!/bin/sh\necho '{profile}'\n", encoding="utf-8")
    (bin_folder / "pwsh").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    for _ in range(2):
        for shell in ("zsh", "fish", "pwsh"):
            result = run("completion", shell, "--install")
            assert result.exit_code == 0, result.stderr
    assert (zdotdir / ".zshrc").read_bytes() == b"fpath+=~/.zfunc; autoload -Uz compinit; compinit\n"
    assert "#compdef koursk" in (home / ".zfunc" / "_koursk").read_text(encoding="utf-8")
    assert "complete --command koursk" in (config / "fish" / "completions" / "koursk.fish").read_text(encoding="utf-8")
    script = profile.parent / "koursk-completion.ps1"
    assert "Register-ArgumentCompleter" in script.read_text(encoding="utf-8")
    assert profile.read_bytes() == utf16 + f". '{script}'\r\n".encode("utf-16-le")
    assert not (home / ".zshrc").exists()


def test_a_missing_pwsh_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _home(tmp_path, monkeypatch)
    monkeypatch.setenv("PATH", str(tmp_path))
    result = run("completion", "pwsh", "--install")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "koursk: error: cannot ask pwsh: No such file or directory"


def test_a_hostile_home_is_shown_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "a\x1b[2Jb"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    result = run("completion", "bash", "--install")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stderr
    assert "a\\x1b[2Jb" in result.stderr


def test_typers_own_install_option_goes_through_the_same_installer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch)
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")  # Typer then takes the shell's name
    (home / ".bashrc").write_bytes(b"# caf\xe9\n")
    for _ in range(2):
        result = run("--install-completion", "bash")
        assert result.exit_code == 0, result.stderr
        assert "bash completion installed" in result.stderr
    assert (home / ".bashrc").read_bytes() == b"# caf\xe9\n" + BASH_LINE.format(home=home).encode() + b"\n"
    assert run("--install-completion", "tcsh").exit_code == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_replaced_bashrc_keeps_its_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sudo koursk completion bash --install` with the user's HOME: the renamed copy is given back to the user."""
    home = _home(tmp_path, monkeypatch)
    (home / ".bashrc").write_bytes(b"# theirs\n")
    os.chown(home / ".bashrc", 4321, 4322)
    assert run("completion", "bash", "--install").exit_code == 0
    found = (home / ".bashrc").stat()
    assert (found.st_uid, found.st_gid) == (4321, 4322)
    assert (home / ".bashrc").read_bytes().startswith(b"# theirs\nsource ")


@pytest.mark.parametrize(
    ("shell", "script"), [("bash", ".bash_completions/koursk.sh"), ("fish", ".config/fish/completions/koursk.fish")]
)
def test_a_hand_edited_completion_script_is_kept_beside_the_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shell: str, script: str
) -> None:
    """rev16 L14: the user's script was silently replaced."""
    home = _home(tmp_path, monkeypatch)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    path = home / script
    path.parent.mkdir(parents=True)
    path.write_bytes(b"# my own\n")
    result = run("completion", shell, "--install")
    assert result.exit_code == 0, result.stderr
    assert f"kept the script that was there (it differed) as ~/{script}.orig" in result.stderr
    assert path.with_name(path.name + ".orig").read_bytes() == b"# my own\n"
    assert b"koursk" in path.read_bytes()
    again = run("completion", shell, "--install")  # up to date: nothing more to keep
    assert again.exit_code == 0 and ".orig" not in again.stderr
    path.write_bytes(b"# edited again\n")  # an .orig with other bytes is never replaced either
    refused = run("completion", shell, "--install")
    assert refused.exit_code == 1 and f"will not replace ~/{script}.orig: it exists" in refused.stderr
    assert path.read_bytes() == b"# edited again\n"


def test_an_unedited_script_of_another_koursk_version_is_replaced_without_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rev17 M4: every upgrade kept the older koursk's script as `.orig`, and the second upgrade then failed on the
    `.orig` already there. An installed script ends with the digest of its lines; one that still matches is koursk's
    own, replaced as it is; an edit (the digest no longer matches) is still kept."""
    home = _home(tmp_path, monkeypatch)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert run("completion", "bash", "--install").exit_code == 0
    (path,) = (p for p in home.rglob("koursk*") if p.is_file() and "completion" in str(p.parent))
    current = path.read_bytes()
    body = b"# completion of an older koursk\n"
    older = body + b"# written by `koursk completion --install`; sha256 of the lines above: "
    path.write_bytes(older + hashlib.sha256(body).hexdigest().encode() + b"\n")
    for _ in range(2):  # two upgrades in a row
        result = run("completion", "bash", "--install")
        assert result.exit_code == 0, result.stderr
        assert ".orig" not in result.stderr
    assert path.read_bytes() == current
    assert not path.with_name(path.name + ".orig").exists()
    path.write_bytes(current.replace(b"koursk", b"kursk", 1))  # edited: kept
    kept = run("completion", "bash", "--install")
    assert kept.exit_code == 0 and ".orig" in kept.stderr


def test_an_unsigned_script_holding_koursks_own_lines_is_replaced_without_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rev18 L8: a script installed before the digest line has no signature, and was kept as `.orig` although it held
    koursk's very lines; with an `.orig` there already (an earlier edit), the install then failed."""
    home = _home(tmp_path, monkeypatch)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert run("completion", "bash", "--install").exit_code == 0
    (path,) = (p for p in home.rglob("koursk*") if p.is_file() and "completion" in str(p.parent))
    current = path.read_bytes()
    unsigned = current[: current.rindex(b"# written by `koursk completion --install`")]
    orig = path.with_name(path.name + ".orig")
    orig.write_bytes(b"# a user's edit kept by an earlier install\n")
    for older in (unsigned, unsigned.rstrip(b"\n")):  # as koursk wrote it, and as Typer's own install did
        path.write_bytes(older)
        result = run("completion", "bash", "--install")
        assert result.exit_code == 0, result.stderr
        assert ".orig" not in result.stderr
        assert path.read_bytes() == current
    assert orig.read_bytes() == b"# a user's edit kept by an earlier install\n"
