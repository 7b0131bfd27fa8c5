"""`koursk read` finds a quote (on whole words, as `check` does) or words (`--around`) in an article: the same
places as the walk over every occurrence it replaced, without a Python step per occurrence or per character of the
page (a 16 MB page holds millions of occurrences of a short quote, all cut inside words)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from koursk_cli import excerpts, quotespans
from koursk_cli.excerpts import find
from koursk_cli.quotespans import cut
from koursk_cli.textnorm import figure_separators
from tests.conftest import run
from tests.stores import EVENTS, SEED, quote_event, write_store

_TYPOGRAPHIC = {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'}


def _old_mapped(text: str, fold: bool) -> tuple[str, list[int]]:
    """excerpts._mapped before this change: a step per character of the page."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not space and out:
                out.append(" ")
                where.append(index)
            space = True
            continue
        space = False
        pieces = _TYPOGRAPHIC.get(char, char)
        if fold:
            decomposed = unicodedata.normalize("NFKD", pieces)
            pieces = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        for piece in pieces:
            out.append(piece)
            where.append(index)
    if fold:
        dropped = set(figure_separators("".join(out)))
        out = [c for i, c in enumerate(out) if i not in dropped]
        where = [w for i, w in enumerate(where) if i not in dropped]
    return "".join(out), where


def _old_find(text: str, needle: str, fold: bool = False) -> list[tuple[int, int]]:
    """excerpts.find before this change, the oracle: every occurrence walked in Python, each asked whether it cuts
    a word (a quote) or lies inside a longer figure (words, `fold`)."""
    haystack, where = _old_mapped(text, fold)
    wanted, _ = _old_mapped(needle.strip(), fold)
    if not wanted:
        return []
    found = []
    at = haystack.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        inside = (wanted[0].isdigit() and at > 0 and haystack[at - 1].isdigit()) or (
            wanted[-1].isdigit() and end < len(haystack) and haystack[end].isdigit()
        )
        if inside if fold else cut(haystack, at, end) is not None:
            at = haystack.find(wanted, at + 1)
            continue
        found.append((where[at], where[end - 1] + 1))
        at = haystack.find(wanted, end)
    return found


# Few characters, so that needles occur, overlap and meet every edge: white space runs, typographic quotes, digits
# and separators, case and accents (composed, decomposed, a lone combining accent), forms that fold to two letters
_ALPHABET = st.sampled_from([*"aAb1  .,\n\t’«»é_-", "e\u0301", "\u0301", "ß", "ﬁ", "½", "²", "É", "\u00a0"])
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=1500)
@given(text=_TEXT, needle=st.lists(_ALPHABET, min_size=1, max_size=6).map("".join), fold=st.booleans())
@example(text="12.000 soldats", needle="2.000 soldats", fold=False)
@example(text="11 000 soldats, 1 000", needle="1000", fold=True)
@example(text="bab bab bab", needle="bab bab", fold=False)
@example(text=" \u0301 a  b", needle="a b", fold=True)
@example(text="Straße STRASSE", needle="strasse", fold=True)
def test_the_same_places_as_the_walk_over_every_occurrence(text: str, needle: str, fold: bool) -> None:
    assert list(find(text, needle, fold=fold)) == _old_find(text, needle, fold)


@settings(max_examples=500)
@given(text=_TEXT, low=st.integers(0, 40), size=st.integers(1, 8), fold=st.booleans())
def test_the_same_places_for_needles_cut_from_the_text(text: str, low: int, size: int, fold: bool) -> None:
    needle = text[low : low + size]
    assert list(find(text, needle, fold=fold)) == _old_find(text, needle, fold)


@settings(max_examples=800)
@given(text=_TEXT, low=st.integers(0, 40), size=st.integers(1, 6), fold=st.booleans())
@example(text="11 1", low=3, size=1, fold=True)
@example(text="2024 24", low=5, size=2, fold=True)
@example(text="12.000 2.000", low=7, size=5, fold=False)
def test_the_scan_taken_past_a_few_occurrences_finds_the_same_places(
    text: str, low: int, size: int, fold: bool
) -> None:
    """quotespans._scanned_apart, which separate_spans takes for a needle found more than _FEW times, on the text as
    the search sees it, for needles cut from the text (so that they occur, at edges of every kind)."""
    needle = text[low : low + size]
    haystack, where = excerpts._mapped(text, fold)
    wanted, _ = excerpts._mapped(needle.strip(), fold)
    first = haystack.find(wanted)
    if not wanted or first < 0:
        return
    scanned = quotespans._scanned_apart(haystack, wanted, first, fold)
    assert [(where(start), where(end - 1) + 1) for start, end in scanned] == _old_find(text, needle, fold)


@pytest.mark.parametrize("times", [quotespans._FEW - 1, quotespans._FEW, quotespans._FEW + 1])
@pytest.mark.parametrize("fold", [False, True])
def test_either_side_of_the_switch_to_the_scan_gives_the_same_places(times: int, fold: bool) -> None:
    text = "12.000 soldats, " * times + "2.000 soldats 2.000 soldats2 11000 1000"
    for needle in ("2.000 soldats", "soldats,", "000 soldats", "1000", "soldat"):
        assert list(find(text, needle, fold=fold)) == _old_find(text, needle, fold), needle


MEGABYTES_16 = 4_000_000  # « bab » and a space, four million times


def test_a_16_mb_page_with_millions_of_occurrences_is_read_without_a_step_per_occurrence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`read EVENT` found its quote « ab bab bab ba » after walking its four million occurrences cut inside words of
    « bab bab … » (34 s of CPU), and `read SOURCE --around 11` stepped through sixteen million digits (15 s).
    Counted, not timed: the edge tests (`quotespans.cut`, `quotespans.inside_a_figure`) run a handful of times, not
    once per occurrence, and mapping the page takes a Python step per odd spot (`excerpts._Shifts.add`), not per
    character."""
    words = write_store(
        tmp_path / "words",
        events=EVENTS + quote_event(0, "ab bab bab ba"),
        seed=SEED + "bab " * MEGABYTES_16 + "\n. ab bab bab ba.\n",
    )
    digits = write_store(tmp_path / "digits", seed=SEED + "1" * (4 * MEGABYTES_16) + "\n")
    assert (words / "seeds" / "alpha.txt").stat().st_size > 16_000_000
    calls = {"cut": 0, "inside_a_figure": 0, "add": 0}

    def counted(name: str, function: object) -> object:
        def call(*args: object) -> object:
            calls[name] += 1
            return function(*args)  # type: ignore[operator]

        return call

    for name in ("cut", "inside_a_figure"):
        monkeypatch.setattr(quotespans, name, counted(name, getattr(quotespans, name)))
    monkeypatch.setattr(excerpts._Shifts, "add", counted("add", excerpts._Shifts.add))

    assert run("--data", str(words), "check").exit_code == 0  # the store loads (its quotes found) before counting
    calls.update(cut=0, inside_a_figure=0, add=0)
    quote = run("--data", str(words), "read", "pattern-0")
    assert quote.exit_code == 0, quote.stderr
    assert quote.stdout == "seeds/alpha.txt:3:. ab bab bab ba.\n"
    assert calls["cut"] <= quotespans._FEW + 1 and calls["add"] < 20, calls

    assert run("--data", str(digits), "check").exit_code == 0
    calls.update(cut=0, inside_a_figure=0, add=0)
    around = run("--data", str(digits), "read", "alpha", "--around", "11", "--json")
    assert around.exit_code == 0 and around.json() == [], around.stderr  # inside the one long figure only
    assert calls["inside_a_figure"] <= quotespans._FEW + 1 and calls["add"] < 20, calls
