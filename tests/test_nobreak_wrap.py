"""`--lang fr` groups digits with no-break spaces (« 1 500 ») so that a terminal never splits a number across lines:
Rich's own wrap breaks at them (Textualize/rich#4196), koursk_cli/nobreak.py keeps them."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import rich._wrap

from koursk_cli.nobreak import word
from tests.conftest import run

GROUPED = re.compile(r"\d{1,3}(?:[\u00a0\u202f]\d{3})+")


def numbers(text: str) -> Counter[str]:
    """The grouped numbers of a rendering, its lines joined: a number split at a line's end reads « 1 500 » with an
    ordinary space, which this pattern does not take, so it goes missing from the count."""
    return Counter(GROUPED.findall(" ".join(line.strip() for line in text.splitlines())))


@pytest.mark.parametrize("command", [["claims", "troops"], ["topics"], ["sources", "--claim", "troops"]])
def test_no_grouped_number_is_split_at_any_width(command: list[str]) -> None:
    unwrapped = run("--lang", "fr", *command, tty=True, width=1000).stdout
    whole = numbers(unwrapped)
    assert whole  # the oracle sees the French numbers at all
    koursk_s_own = re.sub(r"«[^»]*»", "", unwrapped)  # quotes keep their article's spaces, verbatim
    assert not re.findall(r"\b\d{1,3} \d{3}\b", koursk_s_own)  # koursk groups French numbers by no-break spaces
    for width in range(40, 101, 3):
        assert numbers(run("--lang", "fr", *command, tty=True, width=width).stdout) == whole, width


def test_rich_still_reads_its_word_pattern_where_koursk_sets_it() -> None:
    """A Rich upgrade that moves `_wrap.re_word` makes koursk_cli/nobreak.py a no-op; this says so."""
    run("--lang", "fr", "claims", "troops", tty=True)
    assert rich._wrap.re_word.pattern == word()
    assert [word for _, _, word in rich._wrap.words("a 1\u00a0500 b")] == ["a ", "1\u00a0500 ", "b"]
