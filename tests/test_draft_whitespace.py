"""closing38 « Left »: an article printing a tab inside a sentence gave a drafted quote holding the tab, which `check`
refuses in store text (a control character), so the draft had a problem that was no placeholder. extract writes
each white space control of a quote as a space; the quote check reads white space runs as one space, so the quote
still proves its words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.test_rev37u_drafts import PLACEHOLDER, _drafted, _problems

TABBED = (
    "Séoul confirme de nouvelles pertes\n\nLe 12 décembre 2024, le renseignement sud-coréen a affirmé que 100{ws}soldats "
    "nord-coréens avaient été tués à Koursk.{ws}Selon Kiev, 3 000 soldats{ws}nord-coréens ont été blessés le 10 "
    "décembre.\n"
)


@pytest.mark.parametrize("space", ["\t", "\x0b", "\x0c", "\x1f", "\x85", "\u2028", "\u2029"])
def test_a_quote_drafted_across_a_tab_is_written_with_a_space_and_passes_check(tmp_path: Path, space: str) -> None:
    store = _drafted(tmp_path, TABBED.format(ws=space), "--published", "2024-12-13")
    drafted = (store / "data" / "claims" / "dispatch.yaml").read_text(encoding="utf-8")
    assert "quote:" in drafted and space not in drafted and repr(space)[1:-1] not in drafted
    assert [p for p in _problems(store) if not any(s in str(p["message"]) for s in PLACEHOLDER)] == []
    claims = run("--data", str(store), "--drafts", "claims", "--source", "dispatch", "--json").json()
    quotes = [str(c["quote"]) for c in claims]
    assert quotes and all(c == "\n" or c.isprintable() for q in quotes for c in q), quotes
    assert any("100 soldats nord-coréens" in " ".join(q.split()) for q in quotes), quotes
