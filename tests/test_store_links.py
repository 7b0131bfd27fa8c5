"""A store file or seed that is a symlink leading out of the store is refused before it is opened, in one line
naming the link and never a byte of its target (rev31 M3: a pull request adding `data/events/notes.yaml ->
~/.ssh/id_ed25519` had `check` print the key's first 200 characters). Links inside the store are read."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.stores import write_store

SECRET = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n"
OUT = "is a symlink leading out of the store, which koursk does not follow"


def _secret(tmp_path: Path) -> Path:
    home = tmp_path / "home" / ".ssh"
    home.mkdir(parents=True)
    (home / "id_ed25519").write_text(SECRET, encoding="utf-8")
    return home / "id_ed25519"


def _link(path: Path, target: Path) -> None:
    path.unlink(missing_ok=True)
    path.symlink_to(target)


def _leaks(result: Run) -> bool:
    text = result.stdout + result.stderr
    return "PRIVATE KEY" in text or "b3BlbnNz" in text or "id_ed25519" in text


@pytest.mark.parametrize("name", ["data/events/notes.yaml", "data/claims/main.yaml", "data/sources.yaml"])
@pytest.mark.parametrize("command", [["check"], ["events"], ["show", "rutte-confirms"]])
def test_a_store_file_linked_to_a_file_outside_is_refused_unread(
    koursk: Callable[..., Run], tmp_path: Path, name: str, command: list[str]
) -> None:
    store = write_store(tmp_path / "store")
    _link(store / name, _secret(tmp_path))
    result = koursk("--data", str(store), *command)
    assert result.exit_code == 1 and not _leaks(result), result.stdout + result.stderr
    assert f"{store / name}:1:1: the file {OUT}" in result.stdout + result.stderr


def test_a_chain_of_links_and_a_link_to_a_folder_outside_are_refused(
    koursk: Callable[..., Run], tmp_path: Path
) -> None:
    store = write_store(tmp_path / "store")
    secret = _secret(tmp_path)
    (store / "middle.yaml").symlink_to(tmp_path / "elsewhere.yaml")  # inside, then out
    (tmp_path / "elsewhere.yaml").symlink_to(secret)
    _link(store / "data/entities.yaml", Path("../middle.yaml"))
    _link(store / "data/topics.yaml", secret.parent)
    result = koursk("--data", str(store), "check")
    assert result.exit_code == 1 and not _leaks(result)
    lines = result.stdout.splitlines()
    assert (
        f"{store}/data/entities.yaml:1:1: the file {OUT} (its errors would show what the link reaches): copy the file into the store"
        in lines
    )
    assert any(line.startswith(f"{store}/data/topics.yaml:1:1: the file {OUT}") for line in lines)


def test_a_seed_linked_out_of_the_store_is_refused_unread(koursk: Callable[..., Run], tmp_path: Path) -> None:
    store = write_store(tmp_path / "store")
    outside = tmp_path / "alpha.txt"
    outside.write_bytes((store / "seeds/alpha.txt").read_bytes())  # the very bytes the store's sha256 names
    _link(store / "seeds/alpha.txt", outside)
    result = koursk("--data", str(store), "check")
    assert result.exit_code == 1
    assert f"seed file 'seeds/alpha.txt' {OUT}" in result.stdout


def test_links_inside_the_store_and_a_linked_data_folder_are_read(koursk: Callable[..., Run], tmp_path: Path) -> None:
    store = write_store(tmp_path / "store")
    (store / "shared").mkdir()
    (store / "data/sources.yaml").rename(store / "shared/sources.yaml")
    (store / "data/sources.yaml").symlink_to(Path("../shared/sources.yaml"))
    (store / "data/events/main.yaml").rename(store / "shared/events.yaml")
    (store / "data/events/main.yaml").symlink_to(store / "shared/events.yaml")
    assert koursk("--data", str(store), "check").exit_code == 0
    moved = tmp_path / "disk2" / "data"
    moved.parent.mkdir()
    (store / "data").rename(moved)  # the whole data/ kept elsewhere: the store's choice, made for the folder
    (store / "data").symlink_to(moved)
    (moved / "sources.yaml").unlink()
    (moved / "sources.yaml").symlink_to(store / "shared/sources.yaml")
    result = koursk("--data", str(store), "events", "--json")
    assert result.exit_code == 0, result.stderr
    assert [e["id"] for e in result.json()] == ["rutte-confirms"]


def test_the_secret_stays_out_of_a_real_check_run(tmp_path: Path) -> None:
    """Through the installed entry point, as CI runs it: nothing of the target on either stream."""
    store = write_store(tmp_path / "store")
    _link(store / "data/events/notes.yaml", _secret(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "koursk_cli", "--data", str(store), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache")},
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "PRIVATE KEY" not in result.stdout + result.stderr and OUT in result.stdout
