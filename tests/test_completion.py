"""Shell completion offers the store's ids, sources, actors, places, tags and topics, and never fails loudly."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from koursk_cli.cli import app
from tests.conftest import REPO, run
from tests.stores import StoreBuilder, write_store


def complete(words: str, *, data: str | None = None) -> list[str]:
    """What bash would be offered for the last word of `words` (a trailing space means a new, empty word)."""
    parts = words.split(" ")
    env = {"_KOURSK_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)}
    if data is not None:
        env["KOURSK_DATA"] = data
    result = CliRunner().invoke(app, [], env=env, prog_name="koursk", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout.split()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Ids that share prefixes, so that each completion has to choose among them."""
    root = (
        StoreBuilder()
        .source("nis-12000", "2024-10-28")
        .source("nis-inactive", "2025-01-21")
        .source("cnn", "2024-11-08", outlet="CNN")
        .entity("zelensky", "person", "Volodymyr Zelensky")
        .entity("zakharova", "person", "Maria Zakharova")
        .entity("rutte", "person", "Mark Rutte")
        .entity("kursk-oblast", "place", "Kursk Oblast")
        .entity("kyiv", "place", "Kyiv")
        .event("rutte-confirms-deployment", "2024-10-28", "Rutte confirms", ("nis-12000", "Rutte confirme"),
               actors=("rutte",), places=("kursk-oblast",), tags=("nato",))
        .event("rutte-calls-escalation", "2024-10-28", "Rutte calls it an escalation", ("nis-12000", "Rutte parle d’une escalade"),
               actors=("rutte",), tags=("nato", "escalation"))
        .event("zelensky-speaks", "2024-11-07", "Zelensky speaks", ("cnn", "Zelensky a dit"),
               actors=("zelensky",), tags=("diplomacy",))
        .claim("nis-12000-sent", "nis-12000", 12000, "2024-10")
        .claim("nis-1500-in-russia", "nis-12000", 1500, "2024-10", measure="in-kursk")
        .write(tmp_path_factory.mktemp("completion"))
    )  # fmt: skip
    return str(root)


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("koursk events --actor ze", ["zelensky"]),
        ("koursk events --place k", ["kursk-oblast", "kyiv"]),
        ("koursk events --place kursk", ["kursk-oblast"]),
        ("koursk events --source nis", ["nis-12000", "nis-inactive"]),
        ("koursk events --tag na", ["nato"]),
        ("koursk sources --claim tr", ["troops"]),
        ("koursk diff --claim tr", ["troops"]),
        ("koursk diff nis-12000 c", ["cnn"]),
        ("koursk show rutte-c", ["rutte-calls-escalation", "rutte-confirms-deployment"]),
        ("koursk show nis-12000-", ["nis-12000-sent"]),
        ("koursk show nis-1", ["nis-12000-sent", "nis-1500-in-russia"]),
        ("koursk timeline --actor zzz", []),
    ],
)
def test_values_come_from_the_store(store: str, words: str, offered: list[str]) -> None:
    assert complete(words, data=store) == offered


def test_the_shipped_stores_topics_and_ids_are_offered() -> None:
    """Invariants of the shipped store: every topic for an empty word, every id that starts with what was typed."""
    topics = sorted({row["topic"] for row in json.loads(run("topics", "--json").stdout)})
    assert complete("koursk sources --claim ") == topics
    events = json.loads(run("events", "--json").stdout)
    first = events[0]["id"][:3]
    offered = complete(f"koursk show {first}")
    assert {e["id"] for e in events if e["id"].startswith(first)} <= set(offered)
    assert all(candidate.startswith(first) for candidate in offered)


def test_choices_and_commands_still_complete() -> None:
    assert complete("koursk events --status ") == ["confirmed", "reported", "alleged", "denied"]
    assert complete("koursk ti") == ["timeline"]


def test_another_store_is_completed_from_data(tmp_path: Path) -> None:
    root = write_store(tmp_path)
    assert complete("koursk events --tag ", data=str(root)) == complete(f"koursk --data {root} events --tag ")
    assert complete("koursk show ", data=str(root)) != complete("koursk show ")


def test_a_missing_or_broken_store_completes_nothing_quietly(tmp_path: Path) -> None:
    assert complete("koursk events --actor ", data=str(tmp_path / "nowhere")) == []
    broken = write_store(tmp_path)
    (broken / "data" / "entities.yaml").write_text("entities: [", encoding="utf-8")
    assert complete("koursk events --actor ", data=str(broken)) == []


HOSTILE_TITLE = (
    "Putin [sic] says [link=https://evil.example]click[/link] [/] :fire: \x1b]0;pwned\x07 \x1b[31mRED \u202eabc"
)


@pytest.mark.parametrize("shell", ["zsh", "fish", "powershell"])
def test_a_title_is_described_literally_and_escaped(shell: str, tmp_path: Path, past_check: None) -> None:
    """rev14 H6: Typer read descriptions as Rich markup: `[/]` in a title gave a traceback at TAB, `[sic]` and
    `[link=…]` vanished, `:fire:` became an emoji, and ESC and bidi controls reached the terminal raw (ESC and BEL
    read past `check`, which refuses them: tests/unchecked.py)."""
    root = (
        StoreBuilder()
        .source("cnn", "2024-11-08")
        .event("hostile-one", "2024-11-07", HOSTILE_TITLE, ("cnn", "Zelensky a dit"))
        .write(tmp_path)
    )
    env = {
        "_KOURSK_COMPLETE": f"complete_{shell}",
        "_TYPER_COMPLETE_ARGS": "koursk show host",
        "_TYPER_COMPLETE_WORD_TO_COMPLETE": "host",
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",
        "KOURSK_DATA": str(root),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="koursk", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    described = result.stdout
    if shell == "zsh":  # `eval ws=( "…" )` and then `_describe` each take one backslash off (zshquote.py)
        described = re.sub(r"\\(.)", r"\1", re.sub(r"\\(.)", r"\1", described))
    assert "Putin [sic] says [link=https://evil.example]click[/link] [/] :fire:" in described
    assert "\\x1b]0;pwned\\x07 \\x1b[31mRED \\u202eabc" in described
    assert not any(ch in result.stdout for ch in "\x1b\x07\u202e"), result.stdout


def test_a_real_process_completes_with_the_programs_name(store: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "KOURSK_DATA": store,
        "XDG_CACHE_HOME": str(tmp_path),
        "_KOURSK_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": "koursk show rutte-co",
    }
    result = subprocess.run(
        [sys.executable, "-m", "koursk_cli"], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert '"rutte-confirms-deployment":"' in result.stdout  # zsh shows the event's title beside its id
    assert "Rutte confirms" in result.stdout
    assert result.stderr == ""


def test_the_installed_bash_script_completes_from_the_store(store: str, tmp_path: Path) -> None:
    """The script `koursk --show-completion` prints, sourced into a real bash, asking for `koursk show rutte-c<TAB>`."""
    script = Path(sys.executable).with_name("koursk")
    if not script.is_file() or shutil.which("bash") is None:
        pytest.skip("needs bash and the installed koursk script")
    env = {**os.environ, "PATH": f"{script.parent}{os.pathsep}{os.environ['PATH']}", "SHELL": "/bin/bash"}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    env["KOURSK_DATA"] = store
    session = (
        'eval "$(koursk --show-completion)"; '
        "COMP_WORDS=(koursk show rutte-c); COMP_CWORD=2; _koursk_completion koursk; "
        'echo "${COMPREPLY[@]}"'
    )
    result = subprocess.run(["bash", "-c", session], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["rutte-calls-escalation", "rutte-confirms-deployment"]
