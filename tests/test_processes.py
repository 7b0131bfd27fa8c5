"""Real processes: eight concurrent cold starts, and a read-only install with a read-only home and cache."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.stranger import first_event_listed, koursk_as_stranger


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),  # the run's own home, not the suite's private folder
        "NO_COLOR": "1",
        **extra,
    }


def test_eight_processes_on_a_cold_cache_agree(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "koursk_cli", "events", "--json"]
    processes = [
        subprocess.Popen(command, cwd=REPO, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(8)
    ]
    results = [p.communicate(timeout=120) for p in processes]
    assert all(p.returncode == 0 for p in processes), [r[1] for r in results]
    assert len({out for out, _ in results}) == 1
    assert all(err == b"" for _, err in results)
    cache = list((tmp_path / "cache" / "koursk").iterdir())
    assert [p.name.endswith(".sqlite3") for p in cache] == [True]  # no temporary file left behind


def _read_only(path: Path) -> None:
    for item in [path, *path.rglob("*")]:
        mode = item.stat().st_mode
        item.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _as_unprivileged_user() -> list[str]:
    """Root ignores file permissions, so as root the check runs as `nobody` (when that user can run Python here)."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    if (
        shutil.which("setpriv") is None
        or subprocess.run(
            [*prefix, sys.executable, "-c", "import typer, yaml"], capture_output=True, check=False
        ).returncode
    ):
        pytest.skip("running as root, and user nobody cannot import this environment's packages (a private directory)")
    return prefix


def test_a_read_only_install_home_and_cache_still_answer() -> None:
    prefix = _as_unprivileged_user()
    tmp_path = Path(tempfile.mkdtemp(prefix="koursk-readonly-"))
    tmp_path.chmod(0o755)
    try:
        _check_read_only(tmp_path, prefix)
    finally:
        for item in [tmp_path, *tmp_path.rglob("*")]:
            item.chmod(0o755)
        shutil.rmtree(tmp_path)


def _check_read_only(tmp_path: Path, prefix: list[str]) -> None:
    package = tmp_path / "site" / "koursk_cli"
    shutil.copytree(REPO / "koursk_cli", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data", package / "_store" / "data")
    shutil.copytree(REPO / "seeds", package / "_store" / "seeds")
    for folder in ("home", "cache"):
        (tmp_path / folder).mkdir()
    for path in (tmp_path / "site", tmp_path / "home", tmp_path / "cache"):
        _read_only(path)
    env = _env(tmp_path, PYTHONPATH=str(tmp_path / "site"), PYTHONDONTWRITEBYTECODE="1")
    for args in (
        ["events", "--json"],
        ["sources", "--claim", "troops"],
        ["timeline"],
        ["show", "zelensky-budapest-11000"],
        ["check"],
    ):
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "koursk_cli", *args],
            cwd="/",
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr.decode()
        warnings = [line for line in result.stderr.decode().splitlines() if "warning" in line]
        assert len(warnings) <= 1
        assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--json"],
        ["events", "--since", "2024-11", "--fields", "id,title"],
        ["sources", "--claim", "troops", "--jsonl"],
        ["claims", "--json"],
        ["topics", "--json"],
        ["entities", "--json"],
        ["show", "nis-12000-sent", "--json"],
        ["show", "cnn", "--json"],
        ["cite", "nis-12000-sent", "--json"],
        ["timeline", "--json"],
        ["events"],  # in a pipe: plain lines
        ["sources"],
        ["show", "cnn"],
        ["timeline"],
    ],
)
def test_machine_and_piped_output_import_neither_rich_nor_yaml_on_a_warm_run(tmp_path: Path, args: list[str]) -> None:
    """What `python -X importtime` shows: machine output and pipes never pay for Rich, PyYAML or dateutil."""
    command = [sys.executable, "-X", "importtime", "-m", "koursk_cli", *args]
    env = _env(tmp_path)
    subprocess.run(command, cwd=REPO, env=env, capture_output=True, check=True)  # builds the cache
    warm = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in warm.stderr.splitlines() if line.startswith("import time")}
    assert "koursk_cli.commands.base" in imported
    heavy = {name for name in imported if name.split(".")[0] in ("rich", "yaml", "dateutil", "markdown_it")}
    assert heavy == set()


def _imported(tmp_path: Path, *args: str) -> set[str]:
    """The modules a warm run of `koursk ARGS` imports, as `python -X importtime` lists them."""
    command = [sys.executable, "-X", "importtime", "-m", "koursk_cli", *args]
    env = _env(tmp_path)
    subprocess.run([sys.executable, "-m", "koursk_cli", "events", "--json"], cwd=REPO, env=env, capture_output=True)
    warm = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=True)
    return {line.rsplit("|", 1)[-1].strip() for line in warm.stderr.splitlines() if line.startswith("import time")}


def test_help_lists_the_commands_without_building_any(tmp_path: Path) -> None:
    """`koursk --help` reads each command's summary from commands.COMMANDS instead of importing its module."""
    imported = _imported(tmp_path, "--help")
    assert "koursk_cli.cli" in imported
    assert {name for name in imported if name.startswith("koursk_cli.commands.")} <= {
        "koursk_cli.commands.base",
        "koursk_cli.commands.entry",
        "koursk_cli.commands.flags",
        "koursk_cli.commands.lazy",
        "koursk_cli.commands.persistent",
        "koursk_cli.commands.usage",
    }


def test_a_warm_query_neither_loads_openssl_nor_reads_the_code(tmp_path: Path) -> None:
    """The cache's own build is recognised by its code files' stamp (no module read and hashed) and the store's path
    is digested with hashlib's built-in BLAKE2b (no OpenSSL)."""
    imported = _imported(tmp_path, "events", "--json")
    assert "koursk_cli.store.open" in imported
    assert not {"hashlib", "_hashlib"} & imported


def test_events_json_reads_no_words_for_reading(tmp_path: Path) -> None:
    """review 40: JSON records are English field names, so `events --json` needs none of words.py's table nor the
    styles of the terminal's notes (~1 ms of imports: docs/performance.md); an empty answer's note loads them."""
    imported = _imported(tmp_path, "events", "--json")
    assert "koursk_cli.query" in imported
    assert not {"koursk_cli.words", "koursk_cli.render.styles", "koursk_cli.placeholders"} & imported


def test_a_listing_builds_events_from_the_cache_without_the_claims_arithmetic(tmp_path: Path) -> None:
    """Event objects come back through codec.py, which needs neither the claim modules nor its fractions and decimal."""
    imported = _imported(tmp_path, "events", "--since", "2024-11")
    assert "koursk_cli.codec" in imported
    assert (
        not {
            "koursk_cli.claims",
            "koursk_cli.claimquery",
            "koursk_cli.conflicts",
            "koursk_cli.spreads",
            "koursk_cli.records",
            "fractions",
            "decimal",
        }
        & imported
    )


def test_running_from_a_checkout_without_the_dependencies_says_what_to_do() -> None:
    """`python -S` leaves out site-packages, as a Python without Typer installed would (`--help`: the fast path hands
    it to Typer; a narrow query on a warm cache needs none of them)."""
    result = subprocess.run(
        [sys.executable, "-S", "-m", "koursk_cli", "events", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == "koursk: typer is not installed here; install koursk first: python -m pip install .\n"


_INTERRUPTED_WHILE_IMPORTING = """
import sys

class CtrlC:  # Ctrl-C pressed while `from .commands.entry import main` runs, the first ~100 ms of every run
    def find_spec(self, name, path=None, target=None):
        if name == "koursk_cli.commands.entry":
            raise KeyboardInterrupt

sys.meta_path.insert(0, CtrlC())
sys.argv = ["koursk", "events"]
from koursk_cli.__main__ import main
main()
"""


def test_ctrl_c_while_starting_exits_130_without_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WHILE_IMPORTING],
        cwd=REPO,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (130, "", "")


@pytest.mark.parametrize(
    ("folder_mode", "file_mode", "hint"),
    [
        (0o777, 0o644, "choose another -o FILE, or ask root"),
        (0o777, 0o666, "then cp NEW"),  # rev23 R5: --force gave root's writable file to the runner
        (0o1777, 0o666, "then cp NEW"),  # rev23 R5: the kernel refused the rename, a bare "Operation not permitted"
    ],
    ids=["read-only", "writable", "sticky-folder"],
)
def test_another_users_file_is_never_replaced_by_force(folder_mode: int, file_mode: int, hint: str) -> None:
    """rev22 L6: run as another user over root's 0644 file in a folder everyone may write, `export -o` said only
    "already exists" and hinted --force, and --force then replaced root's file with one of the runner's, where the
    shell's own `>` is refused. rev23 R5: a file the runner may write was still taken from root."""
    if os.geteuid() != 0:
        pytest.skip("making another user's file needs root")
    prefix = _as_unprivileged_user()
    tmp_path = Path(tempfile.mkdtemp(prefix="koursk-others-"))
    try:
        tmp_path.chmod(folder_mode)
        target = tmp_path / "f.csv"
        target.write_text("root's data\n", encoding="utf-8")
        target.chmod(file_mode)
        command = [*prefix, sys.executable, "-m", "koursk_cli", "export", "csv", "-n", "1", "-o", str(target)]
        env = _env(tmp_path)
        plain = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
        forced = subprocess.run(
            [*command, "--force"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert (plain.returncode, forced.returncode) == (2, 2), plain.stderr + forced.stderr
        for result in (plain, forced):
            error, given = result.stderr.splitlines()
            assert error.endswith(
                "belongs to root; koursk replaces a file by renaming a new one over it, which would "
                "take it from root, so nothing was written"
            ), error
            assert hint in given and "--force" not in given
        assert target.read_text(encoding="utf-8") == "root's data\n"
        assert (target.stat().st_uid, stat.S_IMODE(target.stat().st_mode)) == (0, file_mode)
    finally:
        shutil.rmtree(tmp_path)


def test_a_user_without_a_home_folder_gets_answers_and_one_line() -> None:
    """rev24 F15: with no HOME and a user id that has no passwd entry (`env -i`, a container run under an arbitrary
    uid), every store command was a traceback (`Could not determine home directory`): the config file and the cache
    are found from the home folder. Now there is no config file, the store is read whole with one warning, and
    installing completion is one line."""
    koursk = koursk_as_stranger({}, without_passwd_entry=True)
    assert first_event_listed(koursk) == (
        "koursk: warning: cache not used (no home folder: set HOME or XDG_CACHE_HOME); this run reads the whole store\n"
    )
    assert koursk("check", "-q").returncode == 0
    refused = koursk("completion", "bash", "--install")
    assert refused.returncode == 1 and refused.stderr.startswith(
        "koursk: error: cannot install completion: no home folder\n"
    ), refused.stderr
