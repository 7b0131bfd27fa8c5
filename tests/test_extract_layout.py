"""How a page's layout shapes what extract reads (issue 16, round 8): line breaks of every kind, figures in text tables,
key figures alone on their line. Made-up pages, never the held-out articles'."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.draft import one_kind_of_line_break, split_sentences, unknown_names
from tests.conftest import run
from tests.test_extract import extract


def test_every_line_break_ends_a_line(tmp_path: Path) -> None:
    """A page pasted from a browser may break its lines with U+2028 or U+0085: a heading is not the sentence under it,
    and a name on one line is not joined to the word that opens the next."""
    text = "Ce que dit Kyrylo Boudanov\u2028Moscou a confirmé jeudi l'envoi de 300 soldats.\x85Pyongyang dément\n"
    _, events, claims = extract(tmp_path, text, "2025-03-14")
    assert "Moscou a confirmé jeudi" in str(events) and "Boudanov\u2028" not in str(events)
    assert [c["quote"] for c in claims] == ["Moscou a confirmé jeudi l'envoi de 300 soldats."]
    article = tmp_path / "article.txt"
    result = run("extract", str(article), "--published", "2025-03-14")
    assert "#   Kyrylo Boudanov\n" in result.stdout


def test_line_breaks_keep_their_offsets() -> None:
    text = "Titre\r\nLigne un.\u2029Ligne deux.\x0cFin"
    same = one_kind_of_line_break(text)
    assert len(same) == len(text) and "\r" not in same and same.count("\n") == 3
    assert [s.text for s in split_sentences(same)] == ["Ligne un.", "Ligne deux."]
    assert [text[s.start : s.start + len(s.text)] for s in split_sentences(same)] == ["Ligne un.", "Ligne deux."]


def test_a_name_never_spans_a_line_break() -> None:
    assert unknown_names("Il cite Kyrylo Boudanov\u2028Andriy Kovalenko a parlé", []) == [
        "Kyrylo Boudanov",
        "Andriy Kovalenko",
    ]
