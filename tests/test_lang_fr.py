"""`--lang fr` is one global option with one meaning (rev30 U14: `claims` had none, `sources --claim` refused it, and
`show` kept English dates): the store's titles and names in French wherever they are printed, and the dates and
legends koursk writes for reading too (rev25 N16: French titles came under English dates and an English legend);
show's field names, units, ISO dates and JSON stay as they are (the inline labels: test_lang_fr_inline.py). A command that shows no store text refuses it,
in one line, before or after its name."""

from __future__ import annotations

import re

import pytest

from koursk_cli.commands import COMMANDS
from koursk_cli.commands.flags import LANG
from tests.conftest import run

ENGLISH_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d")
TAKERS = sorted(name for name, entry in COMMANDS.items() if entry.lang)
REFUSERS = {"check": [], "docs": [], "schema": [], "read": ["nis-12000-sent"]}


def test_events_in_french_dates_and_legend_are_french() -> None:
    out = run("--no-color", "events", "--since", "2024-W45", "--until", "2024-W45", "--lang", "fr", tty=True).stdout
    assert "4 nov. 2024" in out and not re.search(r"\b(?:Nov|Oct|Jan|Feb) 20", out)
    assert "Commencé, ou peut-être survenu, avant le 4 nov. 2024" in out
    assert "28 événements · statut de chaque événement" in out and "● confirmé : l'acte a eu lieu" in out
    assert "dates : ~ approximative · ? incertaine" in out
    english = run("--no-color", "events", "--since", "2024-W45", "--until", "2024-W45", tty=True).stdout
    assert "4 Nov 2024" in english and "28 events · status of each event" in english


def test_the_commands_that_print_store_text_take_lang_and_no_other_does() -> None:
    assert (
        sorted(
            [
                "events",
                "show",
                "timeline",
                "sources",
                "claims",
                "topics",
                "figures",
                "entities",
                "diff",
                "export",
                "report",
                "cite",  # review 40: its words and dates follow --lang (test_cite_lang.py)
            ]
        )
        == TAKERS
    )
    assert set(REFUSERS) | set(TAKERS) | {"init", "extract", "completion", "help"} == set(COMMANDS)


@pytest.mark.parametrize("command", TAKERS)
def test_every_command_taking_lang_has_the_one_help(command: str) -> None:
    helped = " ".join(run(command, "--help").stdout.split())
    assert helped.count("--lang <en|fr>") == 1 and " ".join(LANG.flag.help.split()) in helped


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - set(TAKERS)))
def test_a_command_that_prints_no_store_text_does_not_offer_lang(command: str) -> None:
    assert "--lang" not in run(command, "--help").stdout


@pytest.mark.parametrize("command", sorted(REFUSERS))
def test_lang_is_refused_the_same_way_before_and_after_a_command_that_shows_no_store_text(command: str) -> None:
    after = run(command, *REFUSERS[command], "--lang", "fr")
    before = run("--lang", "fr", command, *REFUSERS[command])
    assert after.exit_code == before.exit_code == 2 and after.stdout == before.stdout == ""
    assert (
        after.stderr
        == before.stderr
        == (
            f"koursk: error: `koursk {command}` takes no --lang: it shows no titles or names in a language one picks\n"
            "  hint: drop --lang\n"
        )
    )


def _english_date(command: str, shown: str) -> bool:
    """Whether koursk wrote a date in English: `show` also prints the curator's English notes, dates and all."""
    return "13 Oct 2024" in shown if command == "show" else ENGLISH_DATE.search(shown) is not None


FRENCH = {
    "events": (["--place", "Koursk"], ["Selon le NIS sud-coréen", "oct. 2024", "statut de chaque événement"]),
    "timeline": (["--since", "2024-11", "--until", "2024-11"], ["nov. 2024", "Selon le NIS sud-coréen", "statut de"]),
    "show": (["nis-12000-sent"], ["Service national de renseignement", "13 oct. 2024", "statut de chaque chiffre"]),
    "claims": (["troops"], ["responsables américains", "7 nov. 2024", "statut de chaque chiffre", "(entre mesures)"]),
    "sources": (["--claim", "troops"], ["responsables américains", "7 nov. 2024", "statut de chaque chiffre"]),
    "topics": ([], ["Nombre total de soldats nord-coréens envoyés en Russie."]),
    "figures": (["troops/in-kursk"], ["responsables américains", "oct. 2024", "statut de chaque chiffre"]),
    "entities": (["--kind", "country"], ["Corée du Nord"]),
    "diff": (["nis-12000", "cnn"], ["Selon le NIS sud-coréen", "nov. 2024", "statut de chaque événement"]),
}


@pytest.mark.parametrize("command", sorted(FRENCH))
def test_lang_fr_gives_french_store_text_dates_and_legends_before_or_after_the_command(command: str) -> None:
    args, french = FRENCH[command]
    after = run("--no-color", command, *args, "--lang", "fr", tty=True, width=200).stdout
    assert all(words in after for words in french), [words for words in french if words not in after]
    assert not _english_date(command, after)
    assert run("--no-color", "--lang", "FR", command, *args, tty=True, width=200).stdout == after
    english = run("--no-color", command, *args, tty=True, width=200).stdout
    assert english != after and not any(words in english for words in french if "statut" in words)


@pytest.mark.parametrize("command", ["show", "diff"])
def test_lang_fr_gives_french_dates_in_the_lines_of_show_and_diff_in_a_pipe(command: str) -> None:
    """Their lines are for reading, as on a terminal (ISO dates and JSON are for machines)."""
    args, french = FRENCH[command]
    piped = run(command, *args, "--lang", "fr").stdout
    assert french[0] in piped and french[1] in piped and not _english_date(command, piped)


@pytest.mark.parametrize("command", [["claims", "troops"], ["show", "nis-12000-sent"], ["events", "-n", "3"]])
def test_json_and_iso_pipes_do_not_change_with_lang(command: list[str]) -> None:
    """JSON carries both languages; a pipe's ISO dates and ids are for machines."""
    assert run(*command, "--json", "--lang", "fr").stdout == run(*command, "--json").stdout
    if command[0] == "claims":
        assert run(*command, "--lang", "fr").stdout == run(*command).stdout


def test_export_and_report_take_the_same_lang() -> None:
    markdown = run("--lang", "fr", "export", "markdown", "--place", "Koursk", "--status", "alleged").stdout
    assert "Selon" in markdown or "seraient" in markdown or "mélangées" in markdown
    assert markdown == run("export", "markdown", "--place", "Koursk", "--status", "alleged", "--lang", "fr").stdout
    page = run("report", "--lang", "fr", "--place", "Koursk", "-o", "-").stdout
    assert '<html lang="fr">' in page


@pytest.mark.parametrize("args", [["claims", "troops"], ["sources", "--claim", "troops"]])
def test_the_conflicts_heading_counts_its_tiers_in_french(args: list[str]) -> None:
    """rev37m C7: `claims --lang fr` said `1 firm, 3 only if the round figures are exact` above a French legend."""
    out = run("--no-color", "--lang", "fr", *args, tty=True, width=120).stdout
    assert "Conflits (4) : 1 seulement si le même jour, 3 seulement si les chiffres ronds sont exacts" in out
    assert "only if the round" not in out and " firm," not in out
