"""Where options go and what a mistake prints: global options work after the command, every usage error has one
style (`koursk: error:` then `hint:`), suggestions point the right way, and choices ignore case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from koursk_cli.suggest import suggestions
from tests.conftest import run
from tests.stores import StoreBuilder, write_store


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_works_before_or_after_the_command(tmp_path: Path, where: str) -> None:
    root = write_store(tmp_path / "store")
    args = ["--data", str(root), "events", "--json"] if where == "before" else ["events", "--json", "--data", str(root)]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert [e["id"] for e in result.json()] == [e["id"] for e in run("--data", str(root), "events", "--json").json()]
    assert len(result.json()) < len(run("events", "--json").json())  # the small store, not the shipped one


def test_data_after_the_command_wins_over_the_shipped_store_in_every_command(tmp_path: Path) -> None:
    root = write_store(tmp_path / "store")
    for command in (["sources", "--json"], ["timeline", "--json"], ["claims", "--json"]):
        assert run(*command, "--data", str(root)).stdout == run("--data", str(root), *command).stdout


def test_no_color_after_the_command_turns_colour_off() -> None:
    coloured = run("events", "--limit", "1", tty=True, color=True)
    assert "\x1b[" in coloured.stdout
    plain = run("events", "--limit", "1", "--no-color", tty=True, color=True)
    assert plain.exit_code == 0
    assert "\x1b[" not in plain.stdout


def test_pager_flags_are_accepted_after_the_command() -> None:
    plain = run("events", "--limit", "1").stdout
    for flag in ("--no-pager", "--pager"):
        result = run("events", "--limit", "1", flag)
        assert result.exit_code == 0, result.stderr
        assert plain.strip() and result.stdout == plain  # a pipe is never paged: the same one event


def test_version_anywhere_and_short() -> None:
    for args in (["--version"], ["-V"], ["events", "--limit", "1", "--version"], ["show", "-V"]):
        result = run(*args)
        assert result.exit_code == 0
        assert result.stdout.startswith("koursk ")


def test_global_options_are_listed_in_each_command_help() -> None:
    text = run("events", "-h").stdout
    for flag in ("--data DIR", "--no-color", "--pager / --no-pager", "-V, --version"):
        assert flag in text


def test_bare_koursk_prints_help_and_exits_0() -> None:
    result = run()
    assert result.exit_code == 0
    assert "Commands" in result.stdout


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The names the hints below suggest, whatever the curated store holds (code review 3 L11)."""
    return (
        StoreBuilder()
        .source("alpha", "2024-10-28")
        .entity("kim-jong-un", "person", "Kim Jong Un")
        .entity("kursk-oblast", "place", "Kursk Oblast", "Kursk")
        .event("visit", "2024-10-28", "A visit", ("alpha", "Kim Jong Un à Koursk"), actors=("kim-jong-un",))
        .write(tmp_path_factory.mktemp("store"))
    )


@pytest.mark.parametrize(
    ("args", "message", "hint"),
    [
        (["events", "--format", "csv"], "no such option --format", "--json, --jsonl or --fields"),
        (["events", "--lim", "3"], "no such option --lim", "did you mean '--limit'?"),
        (["sources", "--topic", "troops"], "no such option --topic", "--claim TOPIC"),
        (["claims", "--topic", "troops"], "no such option --topic", "argument: `koursk claims TOPIC`"),
        (["claims", "--claim", "troops"], "no such option --claim", "argument: `koursk claims TOPIC`"),
        (["topics", "--topic", "troops"], "no such option --topic", "koursk topics -h"),
        (["events", "--who", "kim"], "no such option --who", "--actor NAME"),
        (["claims", "--where", "kursk"], "no such option --where", "koursk claims -h"),
        (["list"], "no such command 'list'", "try `koursk events` (or `koursk claims`, `koursk sources`, `koursk"),
        (["diff", "--from", "2024-10", "--to", "2024-11", "--limit", "2"], "no such option --limit", "`| head`"),
        (["evnts"], "no such command 'evnts'", "did you mean 'events'"),
        (["events", "--actor", "kim"], "unknown actor 'kim'", "did you mean 'kim-jong-un' (Kim Jong Un)?"),
        (["events", "--place", "kurs"], "unknown place 'kurs'", "did you mean 'kursk-oblast' (Kursk)?"),
        (["events", "--since", "nov"], "invalid value for --since", "2024-W45"),
        (["events", "--limit", "0"], "invalid value for --limit", "koursk events -h"),
        (["events", "--status", "bogus"], "'bogus' is not one of 'confirmed'", "koursk events -h"),
        (["show"], "Missing argument 'ID'", "koursk show -h"),
        (["--bogus", "events"], "no such option --bogus", "koursk -h"),
        (
            ["--text", "x", "events"],
            "no such option --text",
            "--text belongs after a command: `koursk events --text …`",
        ),
        (["--actor", "nis", "events"], "no such option --actor", "`koursk events --actor …`"),  # not '--no-color'
        (["--around", "x", "read", "cnn"], "no such option --around", "`koursk read --around …`"),
    ],
)
def test_every_usage_error_has_one_style_and_a_useful_hint(
    args: list[str], message: str, hint: str, small_store: Path
) -> None:
    result = run("--data", str(small_store), *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    first, second = result.stderr.strip().splitlines()
    assert first.startswith("koursk: error: ") and message in first and not first.endswith(".")
    assert second.startswith("  hint: ") and hint in second
    assert "Usage:" not in result.stderr and "Try '" not in result.stderr


def test_data_after_the_command_is_not_mistaken_for_another_option(tmp_path: Path) -> None:
    result = run("events", "--data", str(tmp_path / "missing"))
    assert "--actor" not in result.stderr
    assert "No such option" not in result.stderr
    assert (
        result.exit_code == 2 and f"store {tmp_path / 'missing'}: no such directory" in result.stderr
    )  # taken as --data


def test_option_values_echoed_in_errors_are_escaped() -> None:
    result = run("events", "--since", "\x1b[31mred")
    assert "\x1b" not in result.stderr
    assert "\\x1b" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--status", "Confirmed"],
        ["events", "--status", "CONFIRMED"],
        ["events", "--lang", "FR"],
        ["events", "--sort", "Title"],
        ["timeline", "--by", "Week"],
        ["sources", "--claim", "troops", "--actor", "nis", "--role", "Asserted"],
    ],
)
def test_choices_ignore_case_like_names_do(args: list[str]) -> None:
    """The choice (the last argument) selects what its lower-case spelling selects: "nothing matched" exits 0 too,
    so the exit status alone would pass a choice accepted and then matched against nothing (rev21 B6)."""
    result = run(*args)
    folded = run(*args[:-1], args[-1].lower())
    assert result.exit_code == folded.exit_code == 0, result.stderr
    assert result.stdout.strip() and result.stdout == folded.stdout


def test_french_titles_with_an_upper_case_lang() -> None:
    assert run("events", "--lang", "FR", "--json").exit_code == 0
    shown = run("events", "--lang", "FR", "--limit", "1").stdout
    assert "La Russie" in shown


def test_suggestions_prefer_whole_words_then_prefixes_then_spelling() -> None:
    names = ["Kim Jong-un", "Ukraine", "ukraine", "Volodymyr Zelensky", "NATO", "Mark Rutte"]
    assert suggestions("kim", names) == ["Kim Jong-un"]
    assert suggestions("zel", names) == ["Volodymyr Zelensky"]
    assert suggestions("rute", names) == ["Mark Rutte"]
    assert suggestions("xyzzy", names) == []
    assert suggestions("--lim", ["--limit", "--lang", "--json"]) == ["--limit"]


def test_check_suggests_by_word_too(tmp_path: Path) -> None:
    root = write_store(tmp_path / "store")
    events = root / "data" / "events" / "main.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("places: [kursk-oblast]", "places: [kursk]"), "utf-8")
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert "unknown place 'kursk' (did you mean 'kursk-oblast'?)" in result.stdout


@pytest.mark.parametrize("where", ["missing", "a-file"])
def test_a_data_folder_that_is_not_there_is_a_usage_error(tmp_path: Path, where: str) -> None:
    path = tmp_path / where
    if where == "a-file":
        path.write_text("x", encoding="utf-8")
    for args in (["--data", str(path), "events"], ["events", "--data", str(path)]):
        result = run(*args)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"koursk: error: store {path}: ")
        assert "koursk check" not in result.stderr


@pytest.mark.parametrize(("value", "coloured"), [("", True), ("1", False)])
def test_only_a_non_empty_no_color_turns_colour_off(
    monkeypatch: pytest.MonkeyPatch, value: str, coloured: bool
) -> None:
    import sys

    from koursk_cli.environment import Environment

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", value)
    assert Environment.from_process().color is coloured


def test_several_words_suggest_the_names_holding_them_not_a_lookalike() -> None:
    """Issue 17 F9, replayed: `--actor "NATO chief"` suggested 'south-korea-jcs' (its `Chiefs` looks like `chief`);
    the names holding `nato` as a whole word come first: NATO itself, and Rutte, its Secretary General."""
    from koursk_cli.suggest import suggestions

    assert suggestions("NATO chief", ["Joint Chiefs of Staff", "nato", "NATO Secretary General"]) == [
        "nato",
        "NATO Secretary General",
    ]
    result = run("events", "--actor", "NATO chief")
    assert result.exit_code == 2
    assert "did you mean 'nato' or 'rutte' (NATO Secretary General)?" in result.stderr


def test_an_unknown_name_hint_says_which_name_came_close(tmp_path: Path) -> None:
    """The hint gives the id to type and, when it is not that id, the name or alias that came close: asking for
    "alliance chief" tells who the alliance's chief is in the same line."""
    root = (
        StoreBuilder()
        .source("alpha", "2024-10-28")
        .entity("alliance", "organisation", "Alliance")
        .entity("smith", "person", "Jane Smith", "Alliance Secretary General")
        .entity("kursk-oblast", "place", "Kursk Oblast", "Kursk")
        .event("talk", "2024-10-28", "Smith talks", ("alpha", "Jane Smith a parlé aux alliés"), actors=("smith",))
        .write(tmp_path)
    )
    asked = run("--data", str(root), "events", "--actor", "Alliance chief")
    assert asked.exit_code == 2
    assert "did you mean 'alliance' or 'smith' (Alliance Secretary General)?" in asked.stderr
    assert "did you mean 'kursk-oblast' (Kursk)?" in run("--data", str(root), "events", "--place", "kursc").stderr


def test_every_usage_line_names_its_arguments_in_one_style() -> None:
    """rev21 A9: `completion` read `[shell]:<bash|zsh|fish|powershell|pwsh>` where every other command writes `{ID}`,
    `[TOPIC[/MEASURE]]`: an argument is named in capitals, its choices in the help below."""
    usage = run("completion", "--help").stdout.splitlines()[0]
    assert usage == "Usage: koursk completion [OPTIONS] [SHELL]"


@pytest.mark.parametrize("given", ["--data", "KOURSK_DATA", "config"])
@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda tmp: tmp / "missing", "no such directory"),
        (lambda tmp: tmp / ("a" * 300), "name too long"),
        (lambda tmp: tmp, "not a koursk store: it has no data/ folder"),
        (lambda tmp: (tmp / "file").write_text("x") and tmp / "file", "is not a directory"),
    ],
    ids=["missing", "name-too-long", "not-a-store", "a-file"],
)
def test_every_wrong_store_path_is_a_usage_error_that_names_where_it_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, make: Callable[[Path], Path], said: str
) -> None:
    """rev29 L3: a name too long got the catch-all « cannot complete the command », exit 1, naming neither the cause
    nor the config file it came from; a folder that is not a store was exit 1 where a missing one was 2. Each is one
    line, exit 2, with its cause and its origin: the flag, the variable, or the config file's line."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = make(folder)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("KOURSK_DATA", raising=False)
    args = ["events"]
    origin = f"(from {given})"
    if given == "--data":
        args = ["--data", str(path), "events"]
    elif given == "KOURSK_DATA":
        monkeypatch.setenv("KOURSK_DATA", str(path))
    else:
        config = tmp_path / "config" / "koursk" / "config.toml"
        config.parent.mkdir(parents=True)
        config.write_text(f'data = "{path}"\n', encoding="utf-8")
        origin = f"(from {config}: data = "
    article = tmp_path / "article.txt"
    article.write_text("Jeudi 7 novembre, 11 000 soldats nord-coréens sont à Koursk.\n", encoding="utf-8")
    for command in (args, [*args[:-1], "extract", str(article), "--published", "2024-11-08", "--write"]):
        result = run(*command)
        assert result.exit_code == 2 and result.stdout == "", result.stderr
        first = result.stderr.splitlines()[0]
        assert first.startswith("koursk: error: store ") and f": {said}" in first and origin in first, first
        assert len(result.stderr.strip().splitlines()) == 2 and "Traceback" not in result.stderr


def test_an_empty_koursk_data_is_named_as_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """rev29 L3: KOURSK_DATA=' ' said « --data is empty », a flag the user never gave."""
    monkeypatch.setenv("KOURSK_DATA", " ")
    result = run("events")
    assert result.exit_code == 2 and result.stderr.splitlines()[0] == "koursk: error: KOURSK_DATA is empty"
