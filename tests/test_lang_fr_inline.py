"""`--lang fr` says a listing's inline labels in French too (rev37u U10: "8 oct. 2024? – 10 nov. 2024 · reported · …
allows 9,000–11,000 · in cnn" under a French legend writing « 10 000 »): the status words, `allows`, `in`, `as of`,
`asserted by`, what --limit left out, and digits grouped with a no-break space, all from the listings' one table
(render/styles.py LEGEND). JSON, CSV and a pipe's records do not change with --lang."""

from __future__ import annotations

import re

import pytest

from tests.conftest import run
from tests.test_widths import _on_a_pty

NBSP = "\u00a0"


def _tty(*args: str, width: int = 200) -> str:
    return run("--no-color", *args, tty=True, width=width).stdout


def test_a_figures_line_is_french_from_end_to_end() -> None:
    french = _tty("--lang", "fr", "figures", "troops/in-kursk")
    assert f"○ ~10{NBSP}000" in french and f"○  11{NBSP}000" in french
    assert (
        f"8 oct. 2024? – 10 nov. 2024 · rapporté · us-officials-10000-in-kursk · admet 9{NBSP}000–11{NBSP}000" in french
    )
    assert "· dans cnn" in french
    assert not re.search(r"\d,\d{3}|\ballows\b|\bin cnn\b|· reported\b", french), "no English label or grouping left"
    english = _tty("figures", "troops/in-kursk")
    assert "~10,000" in english and "· reported · us-officials-10000-in-kursk · allows 9,000–11,000 · in cnn" in english


def test_show_says_a_figure_and_a_status_in_french() -> None:
    french = _tty("--lang", "fr", "show", "zelensky-budapest-11000")
    assert f"○ rapporté · au 7 nov. 2024 · 11{NBSP}000 soldiers · troops/in-kursk · zelensky-11000-in-kursk" in french
    assert "· avancé par Volodymyr Zelensky · dans cnn · ≠? en conflit avec west-ukr-intel-10000-sent" in french
    assert re.search(r"^\s+status  confirmé$", french, re.MULTILINE)
    claim = _tty("--lang", "fr", "show", "us-officials-10000-in-kursk")
    assert f"~10{NBSP}000 soldiers" in claim and re.search(r"^\s+status  rapporté$", claim, re.MULTILINE)
    english = _tty("show", "zelensky-budapest-11000")
    assert (
        "○ reported · as of 7 Nov 2024 · 11,000 soldiers" in english
        and "· asserted by Volodymyr Zelensky · in cnn" in english
    )


def test_what_limit_left_out_is_said_in_french_on_a_terminal_only() -> None:
    french = _tty("--lang", "fr", "events", "--since", "2024-11", "--until", "2024-11", "-n", "6")
    assert (
        "6 sur 28 événements affichés (--limit 6) ; non affichés : 10 de plus qui ont commencé avant le 1 nov. 2024 et "
        "12 à partir du 1 nov. 2024 ; retirez-le pour tous les voir"
    ) in french
    claims = _tty("--lang", "fr", "claims", "troops", "-n", "2")
    assert re.search(r"2 sur \d+ chiffres affichés \(--limit 2\) ; retirez-le pour tous les voir", claims)
    assert "rapporté dans cnn" in claims and f"~10{NBSP}000 soldiers" in claims


@pytest.mark.parametrize(
    "args",
    [
        ["figures", "troops/in-kursk", "--json"],
        ["figures", "troops/in-kursk"],
        ["claims", "troops", "--json"],
        ["claims", "troops"],
        ["export", "csv", "--rows", "claims"],
        ["show", "zelensky-budapest-11000", "--json"],
    ],
)
def test_machines_get_english_values_in_any_language(args: list[str]) -> None:
    """Only store text (titles, names) follows --lang in JSON, CSV and a pipe's records: figures keep Python's
    grouping and statuses their values."""
    french = run("--lang", "fr", *args).stdout
    assert not re.search(r'[\t,"]rapporté[\t,"]', french) and re.search(r'[\t,"]reported[\t,"]', french)
    assert re.findall(r"\d[\d,.]*", french) == re.findall(r"\d[\d,.]*", run(*args).stdout)


def test_a_real_terminal_gets_french_grouping_and_labels() -> None:
    out = _on_a_pty(["--lang", "fr", "figures", "troops/in-kursk"], 100)
    assert f"admet 9{NBSP}000–11{NBSP}000" in out and "dans cnn" in out and "9,000" not in out
