"""Drive the real CLI over the real store (or a small synthetic one), with the terminal pinned."""

from __future__ import annotations

import io
import json
import shutil
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from koursk_cli.cli import app
from koursk_cli.commands.base import AppState
from koursk_cli.environment import Environment
from koursk_cli.store import checks
from tests import unchecked

REPO = Path(__file__).resolve().parent.parent

# Property tests check answers, not speed: a loaded machine (CI, other jobs) must not fail them on hypothesis's
# per-example deadline. Speed is measured in benchmarks/.
settings.register_profile("koursk", deadline=None)
settings.load_profile("koursk")
SEEDS = REPO / "seeds"


def _stopping_signals_as_a_terminal_gives_them() -> None:
    """A suite started with SIGINT ignored (a background job, `pytest &`, of a non-interactive shell: bash ignores
    SIGINT there; `nohup` ignores SIGHUP) passed the ignoring on to every process it starts, across exec: the tests'
    Ctrl-C (a byte typed into a pty, or a signal sent) then did nothing, and koursk finished with exit 0
    (closing40: `sigint-during-an-export-leaves-no-temporary` under `pytest -x`, and four other tests with it).
    Caught by a handler that does nothing instead: the suite still lets it pass, and a caught signal goes back to
    its default across exec, as a terminal's foreground job has it."""
    for number in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        if signal.getsignal(number) == signal.SIG_IGN:
            signal.signal(number, lambda _signum, _frame: None)


_stopping_signals_as_a_terminal_gives_them()

# Variables that make Typer/Rich force a terminal or colours into captured output.
_FORCING = (
    "FORCE_COLOR",
    "PY_COLORS",
    "CLICOLOR_FORCE",
    "NO_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "GITHUB_ACTIONS",
    "CI",
    "KOURSK_DATA",
    "COLUMNS",
    "LINES",
)


@pytest.fixture(autouse=True)
def pinned_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    for name in _FORCING:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))  # no user's config file


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def jsonl(self) -> list[Any]:
        return [json.loads(line) for line in self.stdout.splitlines()]


def run(*args: str, tty: bool = False, color: bool = False, width: int = 100) -> Run:
    """Invoke koursk in-process; `tty=True` renders what a terminal of `width` columns would show."""
    out, err = io.StringIO(), io.StringIO()
    env = Environment(out, err, stdout_isatty=tty, stderr_isatty=tty, color=color, width=width)
    result = CliRunner().invoke(app, list(args), obj=AppState(None, env), catch_exceptions=False)
    return Run(result.exit_code, out.getvalue() + result.stdout, err.getvalue() + result.stderr)


@pytest.fixture
def koursk() -> Callable[..., Run]:
    return run


# A topic that measures money (round 30: a sum is a figure only where one does; none of the shipped store's does),
# its units the currency codes lexicon.toml's [money_units] read sums in.
MONEY_TOPIC = """
  - id: aid
    name: {en: Payments to North Korea, fr: paiements à la Corée du Nord}
    aliases: [aide, versement]
    keywords: [aide, verse, paiement, avoir]
    units: [USD, EUR, XOF, RUB, CHF]
    measures:
      - id: paid-to-pyongyang
        description:
          en: "Sum Russia has paid North Korea."
          fr: "Somme versée par la Russie à la Corée du Nord."
"""


@pytest.fixture
def store_copy(tmp_path: Path) -> Path:
    """A copy of the shipped store (data/ and seeds/) a test may write to."""
    root = tmp_path / "store"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "seeds", root / "seeds")
    return root


@pytest.fixture(scope="session")
def money_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working store (`koursk init`) whose topics.yaml has a topic that measures money: the tests of how sums are
    read draft them there."""
    return store_with_topic(tmp_path_factory.mktemp("money") / "store", MONEY_TOPIC)


def store_with_topic(store: Path, topic: str) -> Path:
    """A working store made by `koursk init` at `store`, `topic` (YAML of one more topic) added to its topics.yaml,
    checked valid."""
    assert run("init", str(store)).exit_code == 0
    topics = store / "data" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8") + topic, encoding="utf-8")
    assert run("--data", str(store), "check").exit_code == 0
    return store


def ids(result: Run) -> list[str]:
    return [row["id"] for row in result.json()]


@pytest.fixture
def past_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Store text with control characters that reached the answers past `check` (tests/unchecked.py)."""
    monkeypatch.setattr(checks, "_not_text", unchecked.accepted)
