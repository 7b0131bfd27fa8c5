"""What only a terminal shows (issue 14 item 13, issue 17 F3 and F13): koursk run on a real pseudo-terminal as the
foreground process of its own session, so Ctrl-C is the byte \\x03 typed into the terminal and the kernel sends SIGINT
to koursk and its pager together, as it does for a user."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from koursk_cli.environment import MAX_WIDTH
from tests.conftest import REPO
from tests.stores import StoreBuilder, write_store
from tests.unchecked import UNCHECKED

PAGER_SCRIPT = """\
import signal, sys, time
signal.signal(signal.SIGINT, lambda *_: open(sys.argv[1] + ".int", "w").close())  # less keeps running on Ctrl-C
sys.stdin.read()
print("PAGER-READY", flush=True)
deadline = time.monotonic() + 10
import os
while not os.path.exists(sys.argv[1] + ".int") and time.monotonic() < deadline:
    time.sleep(0.05)
time.sleep(0.5)  # the user reads on, then quits
open(sys.argv[1], "w").close()
"""


KOURSK = (sys.executable, "-m", "koursk_cli")


class Terminal:
    """koursk (or `program`: a shell) on a pty of 80x10; `typed` bytes go in once `after` appears in what it
    printed."""

    def __init__(self, args: list[str], env: dict[str, str], program: tuple[str, ...] = KOURSK) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: a new session, the pty as its controlling terminal
            os.chdir(REPO)
            os.execvpe(program[0], [*program, *args], env)
        self.output = b""

    def read_until(self, marker: bytes, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while marker not in self.output and time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    return marker in self.output
                if not chunk:
                    break
                self.output += chunk
        return marker in self.output

    def type(self, data: bytes) -> None:
        os.write(self.fd, data)

    def wait(self, timeout: float) -> int:
        """The exit status, once everything the process printed is read: what it wrote between the last read and
        its exit is still in the pty, read to its end (EIO: no process holds the terminal any more). Closing the
        pty at the exit lost a timeline's last lines under load (closing40)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.read_until(b"\0never", 0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.read_until(b"\0never", deadline - time.monotonic())
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        raise AssertionError(f"koursk still running after {timeout} s: {self.output[-2000:]!r}")

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", "replace").replace("\r\n", "\n")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "KOURSK_PAGER", "COLUMNS", "LINES", "NO_COLOR")}
    env.update({"XDG_CACHE_HOME": str(tmp_path / "cache"), "TERM": "xterm", "COLUMNS": "80", "LINES": "10", **extra})
    return env


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return write_store(tmp_path / "store")


@pytest.mark.parametrize(
    "size", [{"COLUMNS": "0"}, {"COLUMNS": "-5"}, {"COLUMNS": "²"}, {"COLUMNS": "①"}, {"LINES": "²"}], ids=str
)
def test_a_terminal_size_that_is_no_number_is_ignored(tmp_path: Path, store: Path, size: dict[str, str]) -> None:
    """Issue 14 item 13: COLUMNS=0 (or negative) printed nothing, exit 0. rev20 L1: `²` and `①`, digits to
    str.isdigit but not to int(), were a traceback in every command that prints (LINES too, read by Rich)."""
    term = Terminal(["--data", str(store), "--no-pager", "events"], _env(tmp_path, **size))
    assert term.wait(30) == 0
    assert "Rutte confirms" in term.text and "Traceback" not in term.text, term.text


@pytest.mark.parametrize("command", [["show", "alpha"], ["show", "rutte-confirms"], ["figures", "troops"]])
def test_a_huge_columns_is_laid_out_at_the_widest_width(tmp_path: Path, store: Path, command: list[str]) -> None:
    """rev20 M1: with COLUMNS=10000000 `show` and `figures` padded every line with spaces up to it (Rich's
    Padding): `show cnn` wrote 490 MB from 1.9 GB of memory. The width stops at environment.MAX_WIDTH, and no line
    ends in padding at any width."""
    shown = {}
    for columns in ("10000000", "9" * 5000, str(MAX_WIDTH), "80"):  # int() reads no more than 4,300 digits
        term = Terminal(["--data", str(store), "--no-pager", *command], _env(tmp_path, COLUMNS=columns))
        assert term.wait(30) == 0
        shown[columns] = term.text
        assert not [line for line in term.text.splitlines() if line.endswith(" ")], term.text
    assert len(shown["10000000"]) < 10_000
    assert shown["10000000"] == shown["9" * 5000] == shown[str(MAX_WIDTH)]


def test_each_end_of_a_fuzzy_interval_keeps_its_own_mark_on_a_terminal(tmp_path: Path) -> None:
    """facts16 L9: `2025-01-21~/2025-02-28~` was shown `~21 Jan – 28 Feb 2025`, the end read as firm."""
    builder = StoreBuilder().source("late", "2025-03-01")
    builder.event("soft", "2025-01-21~/2025-02-28~", "Soft ends", ("late", "deux bornes approximatives ici"))
    builder.event("unsure", "2024-12-31?/2025-01-01?", "Unsure ends", ("late", "deux bornes incertaines ici"))
    store = builder.write(tmp_path / "marks")
    term = Terminal(["--data", str(store), "--no-pager", "events"], _env(tmp_path))
    assert term.wait(30) == 0
    assert "~21 Jan 2025 – ~28 Feb 2025" in term.text and "31 Dec 2024? – 1 Jan 2025?" in term.text, term.text


OBEYED = "\x1b\x07\x9b\x85\u202e\u2028\r"  # what a terminal would act on: ESC, BEL, CSI, NEL, RLO, LS, a lone CR
HOSTILE_TITLE = "T \x1b]52;c;cHduZWQ=\x07 \x1b[2J \u202egnp.exe \x9b31m \x85NL \rCR \u2028LS"


@pytest.mark.parametrize(
    "command",
    [
        ["export", "csv"],
        ["export", "timelinejs"],
        ["export", "geojson"],
        ["export", "csv", "-o", "/dev/tty"],
        ["export", "csv", "-o", "/dev/stdout"],
        ["export", "csv", "-o", "/dev/stderr"],
        ["export", "csv", "-o", "/proc/self/fd/1"],
        ["export", "timelinejs", "-o", "/dev/tty"],
        ["export", "geojson", "-o", "/dev/stdout"],
        ["report", "-o", "/dev/tty"],
    ],
    ids=" ".join,
)
def test_an_export_to_a_terminal_never_writes_store_text_raw(tmp_path: Path, command: list[str]) -> None:
    """rev14 M1: `export csv` wrote OSC 52 (sets the clipboard), a clear screen, bidi and C1 controls raw to the
    terminal; timelinejs and geojson escaped ESC as JSON does but left C1, NEL and RLO raw. rev16 H2: the same
    through `-o /dev/tty`, `/dev/stdout` and the like, which were written into raw. On a terminal, whatever its name,
    every export (and the report) is escaped in one place (commands/export.deliver, asking the opened file whether it
    is a terminal); a file or a pipe gets the exact bytes, but CSV's control characters (rev37h L1) and JSON's C1
    and line separators, written as JSON escapes. The title's
    control characters are read past `check`, which refuses them (tests/unchecked.py)."""
    root = (
        StoreBuilder()
        .source("cnn", "2024-11-08")
        .entity("kyiv", "place", "Kyiv")
        .event("hostile", "2024-11-07", HOSTILE_TITLE, ("cnn", "Zelensky a dit"), places=("kyiv",))
        .write(tmp_path / "store")
    )
    events = root / "data" / "events" / "main.yaml"  # YAML takes C1 and bidi controls only as escapes
    events.write_text(events.read_text(encoding="utf-8").encode("ascii", "backslashreplace").decode(), encoding="utf-8")
    args = ["--data", str(root), "--no-pager", *command]
    term = Terminal(args, _env(tmp_path), UNCHECKED)
    assert term.wait(60) == 0, term.text
    shown = re.sub("\r+\n", "\n", term.output.decode())  # the pty writes each newline as CRLF (CSV's as CR CR LF)
    assert "gnp.exe" in shown and "\\u202egnp.exe" in shown, shown
    assert not set(OBEYED) & set(shown), [ch for ch in OBEYED if ch in shown]
    if "/dev/tty" in command or "report" in command:  # a pipe has no /dev/tty; the report escapes its own text
        return
    piped = subprocess.run([*UNCHECKED, *args], cwd=REPO, env=_env(tmp_path), capture_output=True, check=False)
    assert piped.returncode == 0, piped.stderr
    # CSV escapes controls everywhere; JSON writes C1 as its own escapes (jsontext.json_text), the same text once read
    exact = "\\x9b31m \\x85NL" if command[1] == "csv" else "\\u009b31m \\u0085NL"
    assert f"\u202egnp.exe {exact}".encode() in piped.stdout + piped.stderr  # else a pipe is byte-exact


def test_a_binary_export_to_a_terminal_is_refused(tmp_path: Path, store: Path) -> None:
    """rev16 H2: `export sqlite -o /dev/tty` wrote the whole database, store text raw among it, to the terminal
    (exit 0), where stdout is refused. Refused, whatever the terminal's name, before any work: one line, exit 2."""
    for target in ("/dev/tty", "/dev/stdout"):
        term = Terminal(["--data", str(store), "export", "sqlite", "-o", target], _env(tmp_path))
        assert term.wait(60) == 2, term.text
        assert f"koursk: error: {target} is a terminal; this export is a binary file" in term.text, term.text
        assert "SQLite format" not in term.text and len(term.text.strip().splitlines()) == 2, term.text


HOSTILE_NAME = "x\x1b]52;c;aGk=\x07\x1b[2J\u202eZ"


@pytest.mark.parametrize(
    "command",
    [
        ["export", "csv", "-o", "{dir}/{name}.csv"],
        ["report", "-o", "{dir}/{name}.html"],
        ["read", "alpha", "--around", "{name}"],
    ],
    ids=["export-o", "report-o", "read-around"],
)
def test_a_note_echoes_a_file_name_or_words_escaped(tmp_path: Path, store: Path, command: list[str]) -> None:
    """rev16 H1: the notes only a terminal sees (`wrote N events to FILE`, `'WORDS' does not occur in …`) printed the
    -o file name and --around's words raw: OSC 52 set the clipboard, ESC[2J cleared the screen. Every message now
    goes through the one escaping helper (Environment.error)."""
    args = [part.format(dir=tmp_path, name=HOSTILE_NAME) for part in command]
    term = Terminal(["--data", str(store), "--no-pager", *args], _env(tmp_path))
    assert term.wait(60) == 0, term.text
    assert "\\x1b]52;c;aGk=\\x07\\x1b[2J\\u202eZ" in term.text, term.text
    assert not set(OBEYED) & set(term.text.replace("\r\n", "\n")), term.text


@pytest.mark.parametrize(
    ("pager", "warning"),
    [
        ("nonexistent-pager-koursk", "cannot run the pager 'nonexistent-pager-koursk' (exit 127)"),
        ("false", "the pager 'false' failed (exit 1)"),
    ],
)
def test_a_pager_that_cannot_run_or_fails_shows_the_output_and_one_warning(
    tmp_path: Path, store: Path, pager: str, warning: str
) -> None:
    """Issue 17 F3: a missing or failing $PAGER swallowed the output, exit 0."""
    term = Terminal(["--data", str(store), "show", "rutte-confirms"], _env(tmp_path, PAGER=pager, LINES="3"))
    assert term.wait(30) == 0
    assert "Rutte confirms" in term.text, term.text
    assert term.text.count(warning) == 1, term.text
    assert "Traceback" not in term.text


def test_a_pager_that_shows_the_output_then_fails_does_not_get_it_shown_twice(tmp_path: Path, store: Path) -> None:
    """audit60 F3: a pager that read and showed everything, then exited with an error (here 3), had the output
    written a second time after it: now one warning, and the output once."""
    term = Terminal(["--data", str(store), "show", "rutte-confirms"], _env(tmp_path, PAGER="cat; exit 3", LINES="3"))
    assert term.wait(30) == 0
    assert term.text.count("Rutte confirms") == 1, term.text
    assert term.text.count("the pager 'cat; exit 3' failed (exit 3)") == 1, term.text
    assert "without a pager" not in term.text


def test_koursk_pager_comes_before_pager(tmp_path: Path, store: Path) -> None:
    paged = tmp_path / "paged"
    env = _env(tmp_path, KOURSK_PAGER=f"cat > {paged}", PAGER="false", LINES="3")
    term = Terminal(["--data", str(store), "show", "rutte-confirms"], env)
    assert term.wait(30) == 0
    assert "Rutte confirms" in paged.read_text(encoding="utf-8")
    assert "warning" not in term.text


def test_ctrl_c_in_the_pager_waits_for_it_then_exits_130(tmp_path: Path, store: Path) -> None:
    """Issue 17 F3: koursk exited 0 at once and left the pager running, orphaned, under the next prompt."""
    script = tmp_path / "pager.py"
    script.write_text(PAGER_SCRIPT, encoding="utf-8")
    quit_marker = tmp_path / "quit"
    env = _env(tmp_path, PAGER=f"{sys.executable} {script} {quit_marker}", LINES="3")
    term = Terminal(["--data", str(store), "show", "rutte-confirms"], env)
    assert term.read_until(b"PAGER-READY", 30), term.text
    term.type(b"\x03")  # Ctrl-C: SIGINT to koursk and the pager
    assert term.wait(30) == 130, term.text
    assert quit_marker.exists(), "koursk returned before its pager quit"
    assert "Traceback" not in term.text


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 files of 50 events: enough for a cold load to use worker processes and show its progress line."""
    import subprocess

    big = tmp_path_factory.mktemp("large") / "store"
    command = [sys.executable, str(REPO / "benchmarks/generate.py"), "4000", str(big), "--files", "80"]
    subprocess.run(command, check=True, capture_output=True)
    return big


@pytest.mark.parametrize(("stop", "status"), [("ctrl-c", 130), ("sigterm", 143), ("sighup", 129)])
def test_a_signal_during_a_cold_load_of_a_large_store_stops_it_at_once(
    tmp_path: Path, large_store: Path, stop: str, status: int
) -> None:
    """Issue 17 F13: Ctrl-C while worker processes read a large store printed a traceback or hung (the workers got
    the signal too, and the pool waited for them to finish). Now: the status of that signal within seconds, no
    traceback, no worker left running, and no cache or temporary file left half-written."""
    import signal

    cache = tmp_path / "cache"
    term = Terminal(["--data", str(large_store), "--no-pager", "events", "--json"], _env(tmp_path))
    assert term.read_until(b"reading the store", 60), term.text[-500:]
    if stop == "ctrl-c":
        term.type(b"\x03")  # SIGINT to koursk and its workers: the terminal's whole foreground process group
    else:
        os.kill(term.pid, signal.SIGTERM if stop == "sigterm" else signal.SIGHUP)
    assert term.wait(10) == status, term.text[-2000:]
    assert "Traceback" not in term.text and "Error" not in term.text, term.text[-3000:]
    deadline = time.monotonic() + 5  # a worker killed by koursk is gone once koursk has waited for it
    while _group_alive(term.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _group_alive(term.pid), "a worker process outlived koursk"
    assert [p.name for p in (cache / "koursk").iterdir()] == []  # no cache, no temporary file


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("columns", ["80", "40"])
def test_the_timeline_legend_counts_articles_reporting_and_never_cuts_an_item(tmp_path: Path, columns: str) -> None:
    """rev32 R17: « ·N sources backing it » under hedged events they only report, and at 80 columns the item cut in
    two (`… · ·N` / `sources backing it`). On a real pty: a legend line breaks between items only."""
    args = ["--no-pager", "--no-color", "timeline", "--since", "2024-11", "--until", "2024-12"]
    term = Terminal(args, _env(tmp_path, COLUMNS=columns, LINES="500"))
    assert term.wait(60) == 0
    lines = term.text.splitlines()
    assert "backing" not in term.text
    legend = [line for line in lines if "·N articles reporting it" in line]
    assert len(legend) == 1 and legend[0].endswith("·N articles reporting it")
    assert ("~ approximate · ? uncertain · ·N articles reporting it" in lines) is (columns == "80")


def test_what_a_process_prints_right_before_it_exits_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The harness's own race (closing40: the timeline's legend missing once under load): a process that prints its
    last line and exits between Terminal.wait's last read and its waitpid. Made certain here: the first waitpid
    waits until the process has exited (waitid WNOWAIT leaves it to be reaped)."""
    reap = os.waitpid

    def late(pid: int, options: int) -> tuple[int, int]:
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        return reap(pid, options)

    monkeypatch.setattr(os, "waitpid", late)
    program = (sys.executable, "-c", "import time; time.sleep(0.3); print('the last line')")
    term = Terminal([], _env(tmp_path), program)
    assert term.wait(30) == 0
    assert "the last line" in term.text


def test_a_pager_is_fed_through_a_pipe_where_no_temporary_file_can_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review63c: the temporary file that tells whether the pager read the text could not be written (a full
    temporary folder) and the command failed, where it had paged before: the pager now gets a pipe instead."""
    import tempfile

    from koursk_cli import environment

    def no_room(*_args: object, **_kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    paged = tmp_path / "paged"
    monkeypatch.setattr(tempfile, "TemporaryFile", no_room)
    monkeypatch.setenv("KOURSK_PAGER", f"cat > {paged}")
    assert environment.page("Rutte confirms\n") == (None, False)
    assert paged.read_text(encoding="utf-8") == "Rutte confirms\n"
