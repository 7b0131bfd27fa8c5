"""Issue 17 F19: `--show-completion zsh` printed the bash script (Typer ignores the argument and guesses the shell
from the parent process); `koursk completion SHELL` prints, or installs, the script of the shell it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run


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
