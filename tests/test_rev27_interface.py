"""rev27's interface findings: close-match hints, the drafts notice, export's row flag, completion of places by name,
figures at 80 columns, and the legends."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.suggest import suggestions
from tests.conftest import run
from tests.stores import EVENTS, write_store


def test_a_mistyped_choice_gets_the_closest_one() -> None:
    """U9: `--status aleged` gave only "see `koursk events -h`"."""
    result = run("events", "--status", "aleged")
    assert result.exit_code == 2
    assert "did you mean 'alleged'?" in result.stderr


def test_a_mistyped_topic_gets_close_names_only() -> None:
    """U9: `claims troups` offered 'shells' and 'losses' (from `obus` and `tués`, 0.6 away as any short word is)."""
    result = run("claims", "troups")
    assert result.exit_code == 2
    assert "did you mean 'troops'?" in result.stderr
    assert suggestions("troups", ["troops", "troupes", "obus", "tués"]) == ["troupes", "troops"]


def test_a_word_given_to_topics_says_where_a_topic_goes() -> None:
    """U9: `koursk topics troops` was Click's "Got unexpected extra argument(s) (troops)"."""
    result = run("topics", "troops")
    assert result.exit_code == 2
    assert "Got unexpected" not in result.stderr
    assert "`koursk topics` takes no argument" in result.stderr
    assert "`koursk claims troops`" in result.stderr


def test_placeholders_in_drafts_are_counted_not_listed(tmp_path: Path) -> None:
    """U12: every query printed each placeholder as path:line:col, then "run `koursk check` for the list". Since
    rev32 R9 the query answers without the draft, and says so in one line; `check` lists the placeholders."""
    store = str(write_store(tmp_path, events=EVENTS.replace("{en: Rutte confirms,", '{en: "TODO: English title",')))
    left_out = run("--data", store, "events")
    assert left_out.exit_code == 0
    assert "rutte-confirms" not in left_out.stdout and "TODO" not in left_out.stdout
    assert left_out.stderr.splitlines() == [
        "koursk: 1 event in draft left out: --drafts previews them, `koursk check` lists what is left"
    ]
    listed = run("--data", store, "check")
    assert listed.exit_code == 1
    assert "TODO: English title" in listed.stdout + listed.stderr


def test_export_names_its_rows_and_the_old_flag_still_works_with_a_warning() -> None:
    """U8: `--claims` (a flag) beside `--claim TOPIC` (an option) invited one for the other. `--rows claims` now
    says what it does; `--claims` keeps a script's output and says, once, what to write instead."""
    asked = run("export", "csv", "--rows", "claims", "--claim", "troops")
    old = run("export", "csv", "--claims", "--claim", "troops")
    assert asked.exit_code == old.exit_code == 0
    assert old.stdout == asked.stdout and asked.stdout.startswith("id,topic,measure,")
    assert asked.stderr == ""
    assert old.stderr.count("--claims is now --rows claims") == 1
    refused = run("export", "csv", "--claim", "troops")
    assert refused.exit_code == 2
    assert "add --rows claims: koursk export csv --rows claims --claim troops" in refused.stderr
    assert run("export", "csv", "--claims", "--rows", "events").exit_code == 2
    assert "--claims " not in run("export", "--help").stdout


def _complete(words: str) -> list[str]:
    from typer.testing import CliRunner

    from koursk_cli.cli import app

    env = {"_KOURSK_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)}
    result = CliRunner().invoke(app, [], env=env, prog_name="koursk", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout.split()


def test_places_and_actors_complete_from_their_names_in_any_case_or_accents() -> None:
    """U10: `--place Kou<TAB>`, `Sou<TAB>`, `Kur<TAB>` offered nothing: only a lowercase id's start matched, though
    `--place Koursk` and `--place Soudja` are what --help shows. A name or alias gives the id, which bash puts in."""
    assert _complete("koursk events --place Kou") == ["kursk-oblast"]
    assert _complete("koursk events --place Sou") == ["sudzha"]
    assert _complete("koursk events --place Kur") == ["kursk-oblast"]
    assert _complete("koursk events --place SOUDJ") == ["sudzha"]
    assert "russia" in _complete("koursk events --place Rus")  # `--place Russie` is where its places lie
    assert _complete("koursk events --actor Poutine") == ["putin"]
    assert _complete("koursk show RUTTE-CONFIRMS-D") == ["rutte-confirms-deployment"]


def test_figures_at_80_columns_give_their_details_the_full_width() -> None:
    """U14: at 80 columns each detail line was squeezed into 30 columns beside the labels, with lines ending in a
    dangling ` · ` and one that was ` · ` alone."""
    shown = run("figures", "troops/sent-to-russia", tty=True, width=80).stdout
    lines = shown.splitlines()
    assert not [line for line in lines if line.rstrip().endswith("·") or line.strip() == "·"], shown
    detail = next(line for line in lines if "nis-12000-sent" in line and "13 Oct 2024" in line)
    assert detail.startswith("  13 Oct 2024"), detail  # under the labels, not 49 columns in
    assert "Western intelligence services + Ukrainian intelligence services" in shown  # a cut label, said whole


def test_show_ends_with_its_legends_and_says_what_a_status_is_about() -> None:
    """U15, U16: `show` printed the dates legend between its fields and its quotes; and the same legend under an
    event (● confirmed: Zelensky spoke) and a figure (○ reported: his 11,000) read as a contradiction."""
    claim = run("show", "zelensky-11000-in-kursk", tty=True, width=80).stdout.rstrip().splitlines()
    scope = next(i for i, line in enumerate(claim) if line.startswith("status of each figure; the event where"))
    dates = next(i for i, line in enumerate(claim) if line.startswith("dates: ~ approximate"))
    assert claim[scope + 1].startswith("○ reported: stated without a hedge"), claim[
        scope:
    ]  # then its status (rev30 U5)
    assert scope < dates and not any(line.startswith("dates:") for line in claim[:scope])
    assert any(line.startswith("(across measures) a part larger than its whole") for line in claim[dates:])  # U4
    event = run("show", "zelensky-budapest-11000", tty=True, width=80).stdout
    assert "status of each event (for “X says”, of the saying)" in event
    assert "status of each event" in run("events", tty=True, width=120).stdout
    assert "status of each figure" in run("claims", "troops", tty=True, width=120).stdout


def test_read_folds_a_paragraph_under_its_text_not_at_column_0() -> None:
    """U15: `read` wrapped a paragraph's continuation lines to column 0, under its line number."""
    lines = run("read", "nis-1500-in-russia", tty=True, width=80).stdout.splitlines()
    numbered = [i for i, line in enumerate(lines) if line[:5].strip().isdigit()]
    assert numbered and lines[numbered[0] + 1].startswith("     ") and lines[numbered[0] + 1][5] != " "


def test_diff_marks_a_changed_figure_with_an_exclamation_not_a_tilde() -> None:
    """U15: `~` marked conflicting lines full of `~12,000` and `~6 Nov 2024?`, where it means approximate."""
    lines = run("diff", "nis-12000", "rutte-confirms").stdout.splitlines()
    assert any(  # 002's bare « 10 000 hommes » read as ±10 % meets ~12,000: a conflict only if it is exact
        line.startswith("! conflict (only if the round figures are exact): ◌ troops/sent-to-russia ~12,000")
        for line in lines
    )
    assert not any(line.startswith("~ ") for line in lines)


def test_help_shows_one_way_to_set_up_completion() -> None:
    """U13: `koursk --help` listed Typer's --install-completion and --show-completion beside `completion`, which
    differs from them (it takes the shell's name). They still work, out of sight."""
    shown = run("--help").stdout
    assert "completion" in shown
    assert "--install-completion" not in shown and "--show-completion" not in shown
    still = run("--show-completion")  # still taken: it prints the script of the parent process's shell, if it has one
    assert "no such option" not in still.stderr


def test_each_listing_names_its_pipe_columns_in_its_help() -> None:
    """U11: a pipe gets no header (as gh prints none, docs/reference.md#output), and the help only pointed to
    docs/reference.md: `claims troops | head -1` was 14 unnamed columns. Each listing's help now names them, in the
    order its pipe prints them."""
    from koursk_cli.render.claims import CLAIM_LINE
    from koursk_cli.render.entities import ENTITY_LINE
    from koursk_cli.render.events import EVENT_LINE
    from koursk_cli.render.figures import FIGURE_LINE
    from koursk_cli.render.sources import SOURCE_LINE, TOPIC_LINE
    from koursk_cli.render.timeline import TIMELINE_LINE

    for command, kind in (
        ("events", EVENT_LINE),
        ("timeline", TIMELINE_LINE),
        ("sources", SOURCE_LINE),
        ("claims", CLAIM_LINE),
        ("topics", TOPIC_LINE),
        ("figures", FIGURE_LINE),
        ("entities", ENTITY_LINE),
    ):
        shown = " ".join(run(command, "--help").stdout.split())
        assert "with no header: " + ", ".join(f.name for f in kind.fields) + " (" in shown, command


def test_the_pipe_columns_of_a_listing_s_help_come_from_its_fields_registry() -> None:
    """rev28 C14: each listing's Entry names the registry its pipe prints (`module:NAME` in koursk_cli.render), never
    a hand copy of its columns (b6be98e: the copy drifted once); the help reads the columns from it, and only when
    shown, so `events --json` still never imports render.events."""
    import importlib
    import subprocess
    import sys

    from koursk_cli.commands import COMMANDS
    from koursk_cli.fields import Kind

    listings = {name: entry for name, entry in COMMANDS.items() if entry.pipe}
    assert set(listings) == {"events", "timeline", "sources", "claims", "topics", "figures", "entities"}
    for name, entry in listings.items():
        module, registry = entry.pipe[1].split(":")
        assert isinstance(getattr(importlib.import_module(f"koursk_cli.render.{module}"), registry), Kind), name
    probe = (
        "import sys\nfrom koursk_cli.__main__ import main\nsys.argv = ['koursk', 'events', '--json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint('koursk_cli.render.events' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr
