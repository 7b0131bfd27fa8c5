"""Terminal behaviour: snapshots at 40, 80 and 120 columns, hostile store text shown literally, pipes and colour."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run
from tests.stores import CLAIMS, ENTITIES, EVENTS, SEED, StoreBuilder, write_store

SNAPSHOTS = Path(__file__).parent / "snapshots"
VIEWS = {
    "timeline": ["timeline", "--since", "2024-10", "--until", "2024-11"],
    "events": ["events", "--since", "2024-11-07", "--until", "2024-11-07"],
    "claims-troops": ["sources", "--claim", "troops"],
}


@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_snapshot(view: str, width: int, color: bool) -> None:
    """Snapshots of the shipped store, reviewed by eye and committed. After a deliberate change, or an article added
    to data/ (docs/curating.md), KOURSK_UPDATE_SNAPSHOTS=1 rewrites the ones that differ and fails them, so an update
    is never a green run: review the diff, then run again without it."""
    result = run(*VIEWS[view], tty=True, color=color, width=width)
    assert result.exit_code == 0, result.stderr
    path = SNAPSHOTS / f"{view}-{width}-{'color' if color else 'plain'}.txt"
    expected = path.read_text(encoding="utf-8") if path.exists() else None
    if os.environ.get("KOURSK_UPDATE_SNAPSHOTS") and result.stdout != expected:
        path.parent.mkdir(exist_ok=True)
        path.write_text(result.stdout, encoding="utf-8")
        pytest.fail(f"{path.name} rewritten: review `git diff {path.relative_to(REPO)}`, then run without the variable")
    assert result.stdout == expected
    if not color:
        assert "\x1b" not in result.stdout
        assert max(len(line.rstrip()) for line in result.stdout.splitlines()) <= width


@pytest.fixture(scope="module")
def long_ids(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ids as long as a 40-column terminal holds whole (38 characters beside the 2-column indent), long titles."""
    builder = StoreBuilder().source("alpha", "2024-11-08/2024-11-10")
    for number, event_id in enumerate(
        ("a", "nk-troops", "zelensky-11000-in-kursk", "umerov-announces-clashes-in-kursk-now")
    ):
        assert len(event_id) <= 38
        builder.event(
            event_id,
            f"2024-11-0{number + 1}",
            "A title long enough to fold over several lines of a narrow terminal, and then some more words",
            ("alpha", f"citation numéro {number} de l'article"),
        )
    return builder.write(tmp_path_factory.mktemp("long-ids"))


@pytest.mark.parametrize("width", [40, 80, 120])
def test_ids_and_dates_never_wrap_mid_token(long_ids: Path, width: int) -> None:
    out = run("--data", str(long_ids), "events", tty=True, width=width).stdout
    for event in run("--data", str(long_ids), "events", "--json").json():
        assert event["id"] in out, (event["id"], width)
    for line in out.splitlines():
        assert not line.rstrip().endswith("-"), line


def test_the_shipped_stores_ids_are_shown_whole_on_a_wide_terminal() -> None:
    """An invariant of the shipped store: at 120 columns every id fits (extract makes ids of at most 60 characters)."""
    out = run("events", tty=True, width=120).stdout
    for event in run("events", "--json").json():
        assert event["id"] in out, event["id"]


HOSTILE = "Hostile [citation needed] a[/]b [red]red[/red] :fire: \x1b[2J\x07 \u202eright-to-left\u202c end"


@pytest.fixture
def hostile_store(tmp_path: Path, past_check: None) -> Path:
    """ESC and BEL, which `check` refuses, read past it (tests/unchecked.py), beside markup and bidi controls."""
    seed = SEED + HOSTILE + "\n"
    yaml_text = HOSTILE.replace("\x1b", "\\e").replace("\x07", "\\a").replace("\u202e", "\\u202e")
    yaml_text = yaml_text.replace("\u202c", "\\u202c")
    events = EVENTS.replace(
        "title: {en: Rutte confirms, fr: Rutte confirme}", f'title: {{en: "{yaml_text}", fr: "{yaml_text}"}}'
    )
    events = events.replace('quote: "Mark Rutte a déclaré lundi 28 octobre"', f'quote: "{yaml_text}"')
    claims = CLAIMS.replace('quote: "environ 12.000 soldats ont été envoyés"', f'quote: "{yaml_text}"')
    entities = ENTITIES.replace("name: {en: NIS, fr: NIS}", f'name: {{en: "{yaml_text}", fr: NIS}}')
    return write_store(tmp_path, events=events, claims=claims, entities=entities, seed=seed)


HOSTILE_COMMANDS = [
    ["events"],
    ["timeline"],
    ["show", "rutte-confirms"],
    ["show", "nis-12000"],
    ["sources"],
    ["sources", "--claim", "troops"],
    ["claims"],
    ["topics"],
    ["entities"],
    ["show", "nis"],
    ["show", "alpha"],
    ["cite", "rutte-confirms"],
    ["cite", "rutte-confirms", "--style", "text"],
    ["diff", "--from", "2024-10-01", "--to", "2024-12"],
]


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
@pytest.mark.parametrize("command", HOSTILE_COMMANDS, ids=lambda c: " ".join(c))
def test_hostile_text_is_shown_literally(hostile_store: Path, command: list[str], tty: bool) -> None:
    result = run("--data", str(hostile_store), *command, tty=tty, width=200)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out  # escape sequences made visible, never obeyed
    assert "\u202e" not in out  # a bidi override would show the rest of the line reversed
    if command in (["sources"], ["show", "alpha"], ["topics"]):
        return  # sources and topics show no store text from events, claims or entities
    if command == ["cite", "rutte-confirms"]:  # Markdown: escaped as export markdown escapes it (test_cited_titles)
        assert "\\[citation needed\\] a\\[/\\]b \\[red\\]red\\[/red\\] :fire:" in out
        return
    assert "[citation needed]" in out and "a[/]b" in out and ":fire:" in out and "[red]red[/red]" in out
    assert "\\x1b[2J" in out and "\\x07" in out and "\\u202eright-to-left\\u202c" in out


def test_hostile_text_in_json_is_escaped_by_json(hostile_store: Path) -> None:
    [event] = run("--data", str(hostile_store), "events", "--json").json()
    assert event["title"]["en"] == HOSTILE


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    assert "\x1b[" in run("events", "--limit", "1", tty=True, color=True).stdout
    assert "\x1b[" not in run("events", "--limit", "1", tty=True, color=False).stdout
    assert "\x1b[" not in run("--no-color", "events", "--limit", "1", tty=True, color=True).stdout


def _koursk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "koursk_cli", *args],
        cwd=REPO,
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
        timeout=60,
    )


def test_piped_output_has_no_escape_codes_or_box_drawing_in_a_real_process() -> None:
    result = _koursk("timeline", env={"FORCE_COLOR": ""})
    assert result.returncode == 0
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "─" not in out and "┆" not in out
    assert len(out.splitlines()) == len(run("events", "--json").json())


def test_head_closing_the_pipe_exits_quietly() -> None:
    pipeline = f"{sys.executable} -m koursk_cli events --jsonl | head -1"
    result = subprocess.run(["sh", "-c", pipeline], cwd=REPO, capture_output=True, check=False, timeout=60)
    assert result.returncode == 0
    assert result.stderr == b""
    assert result.stdout.count(b"\n") == 1


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    code = (
        "import signal, os, sys\n"
        "from koursk_cli import cli\n"
        "import koursk_cli.query as q\n"
        "def interrupted(*a, **k):\n"
        "    raise KeyboardInterrupt\n"
        "q.matching = q.matching_json = interrupted\n"  # a pipe of events reads matching_json (perf47)
        "sys.argv = ['koursk', 'events']\n"
        "cli.main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, check=False, timeout=60)
    assert result.returncode == 130
    assert b"Traceback" not in result.stderr


def test_a_newline_in_store_text_cannot_fake_a_line_of_show(tmp_path: Path) -> None:
    """`show` in a pipe prints one `label: value` per line: a title holding a newline must not add a field."""
    events = EVENTS.replace("title: {en: Rutte confirms,", 'title: {en: "Rutte confirms\\nstatus: refuted",')
    root = write_store(tmp_path, events=events)
    result = run("--data", str(root), "show", "rutte-confirms", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "Rutte confirms\\x0astatus: refuted" in result.stdout
    assert [line for line in result.stdout.splitlines() if line.startswith("status:")] == ["status: confirmed"]


@pytest.mark.parametrize(
    ("first", "gap"),
    [
        ("2024-10-01", "nothing reported"),
        ("2024-10-01/2024-10-20", "nothing begins here; 1 above may reach it"),
        ("2024-10-01?/2024-11-04", "nothing begins here; 1 above may reach it"),
    ],
)
def test_a_gap_says_whether_an_event_above_may_reach_into_it(tmp_path: Path, first: str, gap: str) -> None:
    """rev21 A14: `timeline --by week` printed « W42 – W43: nothing reported » inside the spans of 12 events told in
    W41, where they start. A period where nothing begins is only empty when no event above can reach into it."""
    root = (
        StoreBuilder()
        .source("alpha", "2024-11-05")
        .event("early", first, "Early", ("alpha", "Des troupes ont été vues."))
        .event("late", "2024-11-04", "Late", ("alpha", "Les combats ont commencé."))
        .write(tmp_path)
    )
    shown = run("--data", str(root), "timeline", "--by", "week", tty=True, width=120).stdout
    [line] = [line for line in shown.splitlines() if line.startswith("┆")]
    assert line == f"┆ 2024-W41 – 2024-W44 (4 weeks): {gap}"
