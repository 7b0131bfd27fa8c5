"""Completion in the real shells: store text shown beside an id is never run as code (rev20 H1).

zsh's completion parses what koursk prints twice (Typer's `eval $(koursk …)`, then `_arguments`'s
`eval ws=( … )`), so a title holding `\\$(cmd)` ran cmd at TAB. zsh runs here on a pty with compinit, the real
`_arguments` and `_describe`; fish answers `complete -C`; bash is handed ids alone, which the store's schema keeps to
`[a-z0-9-]`. Without zsh or fish these tests are skipped, unless KOURSK_REQUIRE_SHELLS=1 (as in .ci/run) makes that
a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from koursk_cli.textnorm import shown
from tests.stores import StoreBuilder
from tests.test_pty import Terminal

# Each {file} is a path that must never be created: every way out of zsh's single and double quotes.
HOSTILE_TITLES = (
    "Putin \\$(touch {file}) ordered",
    "Putin $(touch {file}) ordered",
    "Putin `touch {file}` ordered",
    "Putin \\`touch {file}\\` ordered",
    'Putin \\"; touch {file}; : \\" ordered',
    "Putin's '; touch {file}; ' ordered",
    "Putin ${{(e):-$(touch {file})}} ordered",
    "Putin said:\n$(touch {file}) ordered",
)
UNCLOSED = "Putin ends with a backslash \\"  # left an unmatched quote: no completion at all in the store


def _shell(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("KOURSK_REQUIRE_SHELLS") == "1":
            pytest.fail(f"KOURSK_REQUIRE_SHELLS=1 but no {name} on PATH (apt-get install {name})")
        pytest.skip(f"no {name} on PATH (apt-get install {name}); KOURSK_REQUIRE_SHELLS=1 makes this fail")
    return found


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, list[Path], dict[str, str]]:
    """A store whose events `hostile-0`… carry HOSTILE_TITLES and `unclosed-a` UNCLOSED, the files they would
    create, and an environment in which `koursk` is this checkout's."""
    files = [tmp_path / f"ran-{n}" for n in range(len(HOSTILE_TITLES))]
    builder = StoreBuilder().source("cnn", "2024-11-08", outlet="CNN $(touch {})".format(tmp_path / "ran-outlet"))
    for n, (title, file) in enumerate(zip(HOSTILE_TITLES, files, strict=True)):
        builder.event(f"hostile-{n}", "2024-11-07", title.format(file=file), ("cnn", f"Zelensky a dit {n}"))
    builder.event("unclosed-a", "2024-11-07", UNCLOSED, ("cnn", "Zelensky a dit a"))
    builder.event("unclosed-b", "2024-11-07", "Plain", ("cnn", "Zelensky a dit b"))
    store = builder.write(tmp_path / "store")
    files.append(tmp_path / "ran-outlet")
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "KOURSK_DATA": str(store),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "HOME": str(tmp_path),
        "TERM": "xterm",
        "COLUMNS": "250",
        "LINES": "50",
    }
    (tmp_path / "_koursk").write_text(_run(["koursk", "completion", "zsh"], env), encoding="utf-8")
    (tmp_path / "koursk.fish").write_text(_run(["koursk", "completion", "fish"], env), encoding="utf-8")
    return tmp_path, files, env


def _run(argv: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _described(title: str) -> str:
    """What a shell shows beside the id: one line, control characters escaped (textnorm.shown)."""
    return shown(title, limit=None)


def test_zsh_lists_hostile_titles_at_tab_and_runs_none_of_them(
    hostile: tuple[Path, list[Path], dict[str, str]],
) -> None:
    folder, files, env = hostile
    term = Terminal(["-f", "-i"], env, program=(_shell("zsh"),))
    term.type(f"PS1='READY> '; autoload -Uz compinit; compinit -u; source {folder / '_koursk'}\n".encode())
    assert term.read_until(b"READY> ", 30), term.text
    listed = True
    for line, ids in ((b"hostile-", range(len(HOSTILE_TITLES))), (b"unclosed-", "ab")):
        term.type(b"koursk show " + line + b"\t")  # ambiguous: zsh lists every candidate with its description
        listed &= all(term.read_until(line + f"{n}".encode(), 30) for n in ids)
        term.type(b"\x15")  # Ctrl-U: the line is dropped, never run
    term.type(b"exit\n")
    assert term.wait(30) == 0
    assert not [file.name for file in files if file.exists()], term.text
    assert listed, term.text
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", term.text)
    assert "unmatched" not in screen and "parse error" not in screen, screen
    for title in (*HOSTILE_TITLES, UNCLOSED):
        described = _described(title.format(file=folder / "ran-N"))
        assert described.split("ran-N")[0] in screen, (described, screen)


def test_fish_describes_hostile_titles_literally(hostile: tuple[Path, list[Path], dict[str, str]]) -> None:
    folder, files, env = hostile
    session = f"source {folder / 'koursk.fish'}; complete -C 'koursk show hostile-'; complete -C 'koursk diff c'"
    out = _run([_shell("fish"), "--no-config", "-c", session], env)
    assert not [file.name for file in files if file.exists()], out
    offered = dict(line.split("\t", 1) for line in out.splitlines())
    for n, title in enumerate(HOSTILE_TITLES):
        assert offered[f"hostile-{n}"] == _described(re.sub(r"\s", " ", title.format(file=files[n]))), out
    assert offered["cnn"].startswith("CNN $(touch"), out


def test_bash_is_offered_ids_alone(hostile: tuple[Path, list[Path], dict[str, str]]) -> None:
    _folder, files, env = hostile
    session = (
        'eval "$(koursk completion bash)"; '
        "COMP_WORDS=(koursk show hostile-); COMP_CWORD=2; _koursk_completion koursk; "
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    out = _run([_shell("bash"), "--norc", "-c", session], env)
    assert out.split("\n")[:-1] == [f"hostile-{n}" for n in range(len(HOSTILE_TITLES))]
    assert not [file.name for file in files if file.exists()]


def test_an_id_that_is_not_a_plain_name_makes_the_store_complete_nothing(tmp_path: Path) -> None:
    """Values reach bash's command line as they are: an id holding shell syntax is refused by the schema, and a
    store that does not load completes nothing (completion.py)."""
    store = StoreBuilder().source("cnn", "2024-11-08").event("x", "2024-11-07", "T", ("cnn", "Q")).write(tmp_path)
    events = store / "data" / "events" / "main.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("id: x", 'id: "x$(touch ran)"'), encoding="utf-8")
    env = {**os.environ, "KOURSK_DATA": str(store), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for shell, extra in (("bash", {"COMP_WORDS": "koursk show x", "COMP_CWORD": "2"}), ("zsh", {})):
        env.update({"_KOURSK_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": "koursk show x", **extra})
        result = subprocess.run([sys.executable, "-m", "koursk_cli"], env=env, capture_output=True, text=True)
        assert result.returncode == 0 and "x$" not in result.stdout, result.stdout
