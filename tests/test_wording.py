"""Small wording on a terminal (rev21 A8, A9): no empty heading, units read as people write them, a column named as
--json names it, a one-period strip labelled once."""

from __future__ import annotations

from tests.conftest import run


def test_a_spread_of_restatements_only_says_why_it_is_empty() -> None:
    out = run("claims", "troops", "--text", "Ukraine estime", tty=True, width=100).stdout  # its quote alone
    lines = out.splitlines()
    spread = lines.index("Spread per measure")
    assert lines[spread + 1] == (
        "  none: the claims listed only restate others (intel-agencies-more-than-10000), not listed here"
    )


def test_one_of_a_unit_is_singular_and_a_factor_reads_times() -> None:
    out = run("show", "zelensky", tty=True, width=200).stdout
    assert "· 1 night ·" in out and "· ×10 ·" in out
    assert "1 nights" not in out and "10 factor" not in out
    assert "1 night · nights-without-attack-kyiv" in run("claims", "drones", tty=True, width=100).stdout


def test_the_entities_table_names_its_count_as_json_does_and_shows_zero() -> None:
    out = run("entities", "--kind", "place", tty=True, width=120).stdout.splitlines()
    assert out[0].split()[-2:] == ["events", "claims"]
    assert set(run("entities", "--json").json()[0]) >= {"events", "claims"}
    budapest = next(line for line in out if " budapest " in line)
    assert budapest.split()[-2:] == ["3", "0"]


def test_a_strip_of_one_period_names_it_once() -> None:
    out = run("timeline", "--since", "2025-01", "--until", "2025-01", tty=True, width=100).stdout.splitlines()
    assert out[1] == "█" * 8 and out[2] == "Jan 2025"  # rev37u U18: as wide as its name
