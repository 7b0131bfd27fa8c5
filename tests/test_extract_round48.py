"""Round 48 (issue 16, figures; helper figures50): a list under a lead-in line that qualifies it. A translated
bulletin's « Les pertes … s'élèveraient approximativement à : », then « — chars : 9 563 (+14) » one a line: the
lead-in's qualifier and its conditional belong to each bare count of the list, which extract read exact and reported
(four figures WRONG in silence, sealed33 p18), and a line whose label names no noun the store counts (« — systèmes
d'artillerie : 21 190 ») was dropped. Made-up pages, never the held-out ones; each positive case fails before the
change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import frlists, frnumbers
from tests.test_extract import extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, "2026-01-10")
    return claims or []


_LIST = "\n— chars : 4 210 (+9)\n— systèmes d'artillerie : 12 040\n\nLes données sont en cours de vérification.\n"


def test_a_qualifying_lead_in_qualifies_and_hedges_its_list(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Les pertes de l'ennemi s'élèveraient approximativement à :" + _LIST)
    assert _values(claims) == [
        (4210, None, None, "approximate"),
        (9, None, None, "approximate"),
        (12040, None, None, "approximate"),
    ]
    assert {c["status"] for c in claims} == {"alleged"}


@pytest.mark.parametrize(
    ("lead", "values"),
    [
        (
            "Les pertes de l'ennemi s'élèvent au moins à :",
            [(4210, None, None, "at_least"), (9, None, None, "at_least")],
        ),
        # near miss: a lead-in with no qualifier leaves the list's counts exact, and an unknown label's line unread
        ("Les pertes de l'ennemi s'élèvent à :", [(4210, None, None, "exact"), (9, None, None, "exact")]),
    ],
)
def test_the_lead_in_s_own_qualifier(tmp_path: Path, lead: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, lead + _LIST))[:2] == values


def test_a_line_that_is_no_list_s_keeps_its_own_reading(tmp_path: Path) -> None:
    """Near miss: after the lead-in, a line with no dash is a paragraph of its own: its count stays exact."""
    text = "Les pertes s'élèveraient approximativement à :\nOn compte 4 210 chars détruits.\n"
    assert _values(_claims(tmp_path, text)) == [(4210, None, None, "exact")]


def test_the_lead_in_is_read_in_one_pass_on_a_hostile_line() -> None:
    """200 KB lead-ins and list lines of the new pieces, repeated: each read in time linear in its length."""
    assert _growth(lambda n: frlists.lead_in("approximativement " * n + "à :"), 3_000) < 16
    assert _growth(lambda n: frlists.lead_in("environ à :" * n), 5_000) < 16
    lead = ("approximate", "« environ »")
    line = "systèmes d'artillerie : "
    assert _growth(lambda n: frnumbers.find_figures(line + "12 040 (+9) " * n, lead=lead), 1_000) < 16
    assert _growth(lambda n: frlists.listed("\n— " * n, 3 * n), 20_000) < 16
