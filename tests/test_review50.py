"""Review of session 50: a page's stamps and a table's rows read in linear time on a long run of white space."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.extract import frvague, layout
from koursk_cli.extract.pagechrome import page_furniture
from tests.test_extract_backtracking import _growth

# Round 51's report: `_STAMPS` took 0.25 s on a word and 8,000 spaces, ×14 for a run four times longer (quadratic: a
# byline's or a weekday's `\s+` then `\s*` could split the run at every place): a page of one such line hung extract.
HEADS = ["Le", "Mardi", "Par Jean Martin", "Agnès Rotivel,", "le 12/03/2025", "MONDE |", "Article mis à jour le"]


@pytest.mark.parametrize("head", HEADS)
def test_a_stamp_line_s_long_run_of_spaces_is_read_in_linear_time(head: str) -> None:
    for tail in ("12", "x", "à 10:05", ""):

        def furniture(n: int, tail: str = tail) -> int:
            return page_furniture(head + " " * n + tail)

        assert _growth(furniture, 2000) < 8


def test_the_stamps_still_read_with_their_spaces_as_written() -> None:
    stamp = "Le 24 octobre 2024 à 08h31,   modifié le 24 octobre 2024 à 19h12"
    assert page_furniture(stamp) == len(stamp)
    assert page_furniture("Par Jean Martin\u00a0 le 17.02.2026 à 11h00") > 0
    assert page_furniture("Le    sommet s'est tenu le 12 mars 2025 à Moscou.") == 0


# The lead's check of the fix above: a 100,000-space line still took 10 s in `extract`, in layout.py's pipe separator
# (`\s*\|\s*` tried the rest of a run from each of its places, quadratic); now a run is scanned once.
_OLD_PIPE = re.compile(r"\s*\|\s*")
_PIPE = layout._SEPARATORS[1]


@given(st.text(alphabet=" |a\t\u00a0\\&", max_size=40))
@settings(max_examples=500, deadline=None)
def test_the_pipe_separator_cuts_a_row_where_it_did(line: str) -> None:
    assert layout._cells(line, _PIPE) == layout._cells(line, _OLD_PIPE)


@pytest.mark.parametrize("separator", layout._SEPARATORS, ids=["tab", "pipe", "spaces", "latex"])
def test_a_row_s_long_run_of_spaces_is_cut_in_linear_time(separator: re.Pattern[str]) -> None:
    assert _growth(lambda n: layout._cells("Mardi" + " " * n + "x", separator), 4000) < 8
    assert _growth(lambda n: layout._cells("a |" + " \u00a0" * n + "| b", separator), 4000) < 8


# The lead's check of round 53's report: « une centaine » and 16,000 spaces took 11.8 s in `_ABOUT` (the vague tail's
# « \s*[»”"]?\s+ » before a verb split the run at every place); now 0.02 s. Other patterns of `find_figures` are
# still quadratic on a run of spaces after a number, but extract reads sentences of at most 1,000 characters
# (sentences.MAX_SENTENCE): a page of 200,000 spaces after « des centaines » is drafted in 0.6 s.
@pytest.mark.parametrize("pattern", [frvague._ABOUT, frvague._VAGUE], ids=["about", "vague"])
def test_a_vague_quantity_s_long_run_of_spaces_is_read_in_linear_time(pattern: re.Pattern[str]) -> None:
    for text in ("une centaine", "des centaines"):
        for tail in ("x", "» ont", "ont"):

            def matches(n: int, text: str = text, tail: str = tail) -> list[re.Match[str]]:
                return list(pattern.finditer(text + " " * n + tail))

            assert _growth(matches, 2000) < 8


def test_a_vague_quantity_still_takes_the_verb_after_a_closing_guillemet() -> None:
    for text in ("« une centaine » ont été tués", "une centaine  ont été tués", "une centaine »ont"):
        old = re.compile(frvague._ABOUT.pattern.replace('(?:\\s*+[»”\\"])?\\s++', '\\s*[»”\\"]?\\s+'), re.I)
        assert old.pattern != frvague._ABOUT.pattern
        assert [m.span() for m in frvague._ABOUT.finditer(text)] == [m.span() for m in old.finditer(text)]
