"""quotespans: whole-word quote search, the same answers as the walk over every occurrence it replaced (rev26 H3),
without work that grows with the occurrences cut inside words."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from koursk_cli import quotespans
from koursk_cli.quotespans import cut, occurrences, quote_spans
from tests.conftest import run
from tests.stores import EVENTS, quote_event, write_store


def _oracle(text: str, needle: str) -> list[tuple[int, int]]:
    """The implementation before rev26 H3: every occurrence, overlapping ones too, kept unless `cut` cuts it."""
    return [(start, end) for start, end in occurrences(text, needle) if cut(text, start, end) is None]


# Few characters, so that quotes occur and edges meet digits, separators, letters, underscores and non-decimal digits
_ALPHABET = st.sampled_from([*"ab1 .,_-'²①٣\u00e9\n", "e\u0301"])
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=1500)
@given(text=_TEXT, needle=st.lists(_ALPHABET, min_size=1, max_size=6).map("".join))
@example(text="12.000 soldats", needle="2.000 soldats")
@example(text="1 111 1", needle="1 1")
@example(text="111 111", needle="1 111")
@example(text="1 1 1 1", needle="1 1")
@example(text="1,2", needle=",")
@example(text="a,b", needle=",")
@example(text="1²,2", needle="²,")
@example(text="bab bab bab", needle="bab bab")
def test_the_same_spans_as_the_walk_over_every_occurrence(text: str, needle: str) -> None:
    expected = _oracle(text, needle)
    assert list(quote_spans(text, needle)) == expected
    assert quotespans.stands(text, needle) is bool(expected)  # the check's question, its first occurrence tried alone
    first = text.find(needle)  # the regex scan, which quote_spans takes for a quote found more than _FEW times
    assert (list(quotespans._scanned(text, needle, first)) if needle and first >= 0 else []) == expected


@settings(max_examples=300)
@given(text=_TEXT, low=st.integers(0, 40), size=st.integers(1, 8))
def test_the_same_spans_for_needles_cut_from_the_text(text: str, low: int, size: int) -> None:
    needle = text[low : low + size]
    expected = _oracle(text, needle)
    assert list(quote_spans(text, needle)) == expected
    assert quotespans.stands(text, needle) is bool(expected)
    if needle:
        assert list(quotespans._scanned(text, needle, text.find(needle))) == expected


def test_the_digit_class_is_str_isdigit() -> None:
    digit = re.compile(quotespans._DIGIT)
    wrong = [c for c in map(chr, range(sys.maxunicode + 1)) if (digit.fullmatch(c) is not None) != c.isdigit()]
    assert wrong == []


def test_an_empty_needle_stands_nowhere() -> None:
    assert list(quote_spans("abc", "")) == []
    assert not quotespans.stands("abc", "")


@pytest.mark.parametrize("times", [quotespans._FEW, quotespans._FEW + 1])
def test_either_side_of_the_switch_to_the_scan_gives_the_same_spans(times: int) -> None:
    text = "12.000 soldats, " * times + "2.000 soldats 2.000 soldats2"
    for needle in ("2.000 soldats", "soldats,", "000 soldats"):
        assert list(quote_spans(text, needle)) == _oracle(text, needle)


def test_a_quote_found_millions_of_times_inside_words_is_checked_without_a_step_per_occurrence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rev26 H3: a seed of « bab bab … » and a quote « ab bab bab ba » (cut inside words at each of its million
    occurrences) took 68 s per quote in `check`; a quote found four million times held 1.5 GB. Counted, not timed:
    the word-edge test (`quotespans._joined`) must run a handful of times, not once per occurrence."""
    from tests.stores import SEED

    events = EVENTS + "".join(
        quote_event(n=n, quote=quote) for n, quote in enumerate(["ab bab bab ba", "bab bab bab bab"])
    )
    root = write_store(tmp_path, events=events, seed=SEED + "bab " * 250_000 + "\n")
    calls = 0
    joined = quotespans._joined

    def counted(text: str, outside: int, inside: int) -> bool:
        nonlocal calls
        calls += 1
        return joined(text, outside, inside)

    monkeypatch.setattr(quotespans, "_joined", counted)
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{root}/data/events/main.yaml:23:16: event 'pattern-0': quote starts inside « bab » of the seed of "
        "source 'alpha': a quote begins and ends on whole words, so that it cannot give a figure or word the "
        "article does not (« 2.000 » cut out of « 12.000 »)"
    ]
    # was 1.5 million (two per occurrence of the refused quote); 8, then 14 once each quote's first occurrence is
    # tried alone before any scan (quotespans.stands)
    assert calls < 20, calls


@pytest.mark.parametrize(
    ("text", "needle", "whole"),
    [
        ("pertes 1/2 0.50 6 mars. Retour", "6 mars. Retour", True),  # a line's last figure, the next line's day
        ("1 500 6 mars", "1 500", True),
        ("12 000 soldats", "000 soldats", False),  # a space before three digits joins thousands
        ("1 500 000 soldats", "1 500", False),
        ("environ 11 000 hommes", "11 000 hommes", True),
        ("12.5 et 6", "5 et 6", False),  # a dot or a comma joins any digits
    ],
)
def test_a_space_joins_digits_only_before_a_group_of_three(text: str, needle: str, whole: bool) -> None:
    """A normalised text writes a line break as a space: « 0.50⏎6 mars » must not read as one figure, or `check`
    refuses a quote that starts on the next line's day (found by the extract drafts' fuzz)."""
    start = text.index(needle)
    assert (cut(text, start, start + len(needle)) is None) is whole
    assert (list(quote_spans(text, needle)) == [(start, start + len(needle))]) is whole
    assert [s for s, _ in quotespans._scanned(text, needle, start)] == ([start] if whole else [])
