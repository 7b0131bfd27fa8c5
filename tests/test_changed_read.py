"""A changed file's read side made cheaper (forty-third pass), held to what it replaced: a Latin-1 text's accents
taken off one byte at a time as the whole text's NFKD takes them off, each cited article built once, an interval's
fix written only when it has one."""

from __future__ import annotations

import unicodedata
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koursk_cli import textnorm
from koursk_cli.dates import parse_edtf
from koursk_cli.store.cache import Cache
from koursk_cli.store.indexed import CitedDates


def decomposed_latin(text: str) -> bytes | None:
    """_latin's definition: the whole text decomposed (NFKD), refused for any character but ASCII and the accents of
    Latin letters, which are dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    if textnorm._BEYOND_ACCENTS.search(decomposed) is not None:
        return None
    return decomposed.encode("ascii", "ignore")


@pytest.mark.parametrize("block", range(0, 0x400, 0x80))
def test_each_character_loses_its_accents_as_the_whole_text_decomposed_does(block: int) -> None:
    for code in range(block, block + 0x80):
        assert textnorm._latin(chr(code)) == decomposed_latin(chr(code)), hex(code)


# Latin-1 with the characters it decomposes otherwise (`¨` a space, `²` 2, `¼` refused), and some beyond it: a
# decomposed accent, a typographic apostrophe, Cyrillic, a lone combining mark.
CHARACTERS = st.characters(max_codepoint=0xFF) | st.sampled_from(["e\u0301", "\u2019", "ŝ", "К", "\u0308", "\u034f"])


@given(st.lists(CHARACTERS, max_size=12).map("".join))
def test_a_text_loses_its_accents_as_the_whole_text_decomposed_does(text: str) -> None:
    assert textnorm._latin(text) == decomposed_latin(text)


def test_a_latin_1_event_is_folded_without_decomposing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    normalize = unicodedata.normalize

    def counted(form: Any, text: str) -> str:
        calls.append(form)
        return normalize(form, text)

    monkeypatch.setattr(unicodedata, "normalize", counted)
    en, fr, words = textnorm.titles_and_words(
        "Troops reach Kursk", "Des troupes arrivent à Soudja", ["Les soldats nord-coréens ont été déployés"]
    )
    assert (en, fr) == ("troops reach kursk", "des troupes arrivent a soudja")
    assert words[-4:] == ["coreens", "ont", "ete", "deployes"]
    assert calls == []


class _Rows:
    """The two calls CitedDates makes of its cache: every article asked for has its row."""

    def sources_held(self, keys: list[str]) -> list[str]:
        return keys

    def damaged(self, message: str) -> None:
        raise AssertionError(message)


def test_a_cited_article_is_built_once_however_often_it_is_asked_for() -> None:
    sources = CitedDates(cast(Cache, _Rows()), {"src-1": parse_edtf("2024-10-02")})
    first: Any = sources["src-1"]
    assert first.published == parse_edtf("2024-10-02") and not first.draft
    assert sources["src-1"] is first
    with pytest.raises(KeyError):
        sources["src-2"]


def test_an_interval_a_store_holds_is_parsed_without_writing_the_fix_it_needs_none_of(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from koursk_cli import dates

    def unwritten(*_: object) -> str:
        raise AssertionError("a fix written for an interval whose ends do not overlap")

    monkeypatch.setattr(dates, "_qualified", unwritten)
    assert dates.parse_edtf("2024-10-02~/2024-10-09").end.isoformat() == "2024-10-09"
    monkeypatch.undo()
    with pytest.raises(dates.DateError, match=r"both ends are one day; write 2024-11-01~ or 2024-11-01$"):
        dates.parse_edtf("2024-11-01~/2024-11-01")
