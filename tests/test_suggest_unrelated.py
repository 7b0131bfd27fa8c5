"""rev30 U11: names the store lacks got hints to unrelated ones (`pentagon` → united-kingdom, `le Pentagone` → Le
Monde); and `--text pentagon` found nothing without saying how to find « Pentagone »."""

from __future__ import annotations

import json

import pytest

from koursk_cli.suggest import suggestions
from tests.conftest import run


@pytest.mark.parametrize(
    "args",
    [
        ["show", "pentagon"],
        ["show", "Pentagone"],
        ["events", "--actor", "le Pentagone"],
        ["events", "--actor", "pentagon"],
    ],
)
def test_no_unrelated_name_is_offered(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    for unrelated in ("united-kingdom", "trump-circle", "'le-monde'", "did you mean"):
        assert unrelated not in result.stderr, result.stderr


def test_typos_still_get_their_name() -> None:
    assert suggestions("rute", ["Mark Rutte", "Royaume-Uni"]) == ["Mark Rutte"]
    assert suggestions("zelenksy", ["zelensky", "zaporizhzhia"]) == ["zelensky"]
    assert suggestions("troups", ["troupes", "troops", "tués"]) == ["troupes", "troops"]
    assert suggestions("pentagone", ["Grande-Bretagne", "entourage de Trump"]) == []
    assert suggestions("le pentagone", ["Le Monde"]) == []
    assert suggestions("alfa", ["alpha", "beta"]) == ["alpha"]
    assert "did you mean 'zelensky'" in run("events", "--actor", "zelenksy").stderr


def test_text_says_how_to_match_the_start_of_a_word() -> None:
    empty = run("events", "--text", "pentagon", tty=True)
    assert empty.exit_code == 0 and "pentagon*" in empty.stderr
    found = json.loads(run("events", "--text", "pentagon*", "--json").stdout)
    assert "nk-troops-deployed-to-kursk" in [e["id"] for e in found]  # « le Pentagone », article 002
