"""`events --lang fr` is French throughout on a terminal (rev25 N16): French titles came under English dates and an
English legend. Other commands' --lang sets the titles only, and their help says so."""

from __future__ import annotations

import re

import pytest

from tests.conftest import run


def test_events_in_french_dates_and_legend_are_french() -> None:
    out = run("--no-color", "events", "--since", "2024-W45", "--until", "2024-W45", "--lang", "fr", tty=True).stdout
    assert "4 nov. 2024" in out and not re.search(r"\b(?:Nov|Oct|Jan|Feb) 20", out)
    assert "Commencé, ou peut-être survenu, avant le 4 nov. 2024" in out
    assert "28 événements · statut de chaque événement" in out and "● confirmé : l'acte a eu lieu" in out
    assert "dates : ~ approximative · ? incertaine" in out
    english = run("--no-color", "events", "--since", "2024-W45", "--until", "2024-W45", tty=True).stdout
    assert "4 Nov 2024" in english and "28 events · status of each event" in english


@pytest.mark.parametrize("command", ["timeline", "show", "export", "diff"])
def test_other_commands_say_lang_sets_the_titles_only(command: str) -> None:
    helped = " ".join(run(command, "--help").stdout.split())
    assert "Language of titles (dates and labels stay in English)" in helped
