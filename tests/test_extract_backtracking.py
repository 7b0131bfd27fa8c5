"""extract's patterns stay linear on the runs they repeat (rev37h M1 and its siblings): a pattern that can split one
run in many ways, none of which matches, tries every split. The work is bounded by growth, not timed: the same
pattern on a run four times longer may take about four times as long (a generous 16 here), where a cubic one takes
64 times as long and a quadratic one 16. Each fixed pattern is held to its old definition by hypothesis."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.extract import frlists, pagechrome
from koursk_cli.extract.frlists import line_label
from koursk_cli.extract.pagechrome import page_furniture


def _seconds(call: Callable[[], object]) -> float:
    """The least CPU time of a few calls: the others are the machine's load, not the call's work."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


def _growth(call: Callable[[int], object], n: int) -> float:
    """How much longer `call` takes on a run four times longer (about 4 when linear): the least of three readings,
    as a loaded machine once read ×12.5 for a linear pattern of a few microseconds (review48), where a quadratic one
    reads ×16 every time."""
    readings = []
    for _ in range(3):
        small = _seconds(lambda: call(n))
        readings.append(_seconds(lambda: call(4 * n)) / max(small, 1e-6))
    return min(readings)


def test_a_long_hyphenated_run_is_no_label_in_one_pass() -> None:
    """rev37h M1: `mi-` × 2,000 took 110 s in `line_label` (cubic: each of its words could end at every hyphen).
    Before the fix this run of 1,200 characters took about 0.8 s and the growth was ×50."""
    assert _growth(lambda n: line_label("mi-" * n + "novembre 12 000 soldats"), 100) < 16
    assert _growth(lambda n: line_label("Soldats" + "-'’ " * n + "a b c d : 5"), 20) < 16


_OLD_LABEL = re.compile(frlists.LABEL.pattern.replace("(?>", "(?:"), frlists.LABEL.flags)
_LABEL_PIECES = st.sampled_from(
    ["Soldats", "morts", "mi", "KN", "23", "x", "é", "/", " ", "  ", " : ", *"-'’:\t\u00a0–•"]
)


@given(st.lists(_LABEL_PIECES, max_size=16))
@settings(max_examples=800, deadline=None)
def test_a_label_is_what_the_old_pattern_read(pieces: list[str]) -> None:
    """The atomic words accept exactly the lines the old pattern did, and end where it ended."""
    line = "".join(pieces)
    new, old = frlists.LABEL.match(line), _OLD_LABEL.match(line)
    assert (new and (new.span(), new["noun"])) == (old and (old.span(), old["noun"]))


def test_a_run_of_capitals_and_hyphens_is_no_byline_in_one_pass() -> None:
    """A line of `A-A-A-…` (a slug, a hostile page) was tried by the stamps' pattern at every split of the run into a
    name's four words: 240 characters took 3.2 s, a 1,000-character piece hours. Before the fix the growth was ×200."""
    assert _growth(lambda n: page_furniture("A-" * n), 15) < 16
    assert _growth(lambda n: page_furniture("A." * n + " 12 mars 2025"), 15) < 16


_OLD_STAMPS = re.compile(
    pagechrome._STAMPS.pattern.replace(r"(?:\s+(?:/\s*)?|/\s*)", r"\s*/?\s*"), pagechrome._STAMPS.flags
)
_NAME_PIECES = st.sampled_from(["A", "Jean", "AFP", "Par ", "le", "(à Moscou)", "-", "/", " ", "  ", "'", ".", "é"])
_SEPARATORS = st.sampled_from(["", " ", ", ", " - ", "-", "|", " / "])
_STAMPS = st.sampled_from(
    ["le 12/03/2025 à 10h00", "12 mars 2025 10:00", "Hier à 10h00", "aujourd'hui, 10h00", "12/03"]
)
_TAILS = st.sampled_from(["", ".", " | modifié le 12/03/2025 à 11h00", " x"])


@given(st.lists(_NAME_PIECES, max_size=10), _SEPARATORS, _STAMPS, _TAILS)
@settings(max_examples=800, deadline=None)
def test_a_line_of_stamps_is_what_the_old_pattern_read(name: list[str], separator: str, stamp: str, tail: str) -> None:
    """A name's words parted by nothing were one word: the same lines are a byline's stamps."""
    line = "".join(name) + separator + stamp + tail
    assert _OLD_STAMPS.pattern != pagechrome._STAMPS.pattern
    new, old = pagechrome._STAMPS.match(line), _OLD_STAMPS.match(line)
    assert (new and new.span()) == (old and old.span())
