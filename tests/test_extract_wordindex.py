"""A quote found twice is lengthened until found once, with the work bounded by the quote's places, not by the article
(rev31 M4: a 977 KB live blog took 262 s, a regex scan of the whole article per record and per word added). The
oracle is the rule as first written (round 15): a pattern of the words joined by `\\s+`, `findall` over the article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import draft
from koursk_cli.extract.draftrecords import Article, DraftRecord
from koursk_cli.extract.quotes import quote_once
from koursk_cli.extract.sentences import Sentence
from koursk_cli.extract.wordindex import Places, WordIndex
from koursk_cli.store.loader import default_store_root, read_store
from tests.test_extract import extract

# round 21: a number whole (« 11 000 »), never a quote ending inside it, which `check` refuses
_NEXT_WORD = re.compile(r"\s*\S+(?:[ \u00a0\u202f\u2009]\d{3}(?!\S))*")
_WORD_BEFORE = re.compile(r"(?:(?<!\S)\d{1,3}[ \u00a0\u202f\u2009])*\S+\s*$")


def _oracle(text: str, sentence: Sentence, quote: str) -> str | None:
    """The quote round 15 wrote, or None when it left it alone."""
    at = sentence.text.find(quote)
    start = sentence.start + at
    end = start + len(quote)
    if text.find(quote) == start and text.find(quote, start + 1) < 0:
        return None
    for _ in range(24):
        ahead = _NEXT_WORD.match(text, end)
        behind = _WORD_BEFORE.search(text, max(0, start - 80), start) if start else None
        if behind is not None:
            start = behind.start()
        elif ahead is not None:
            end = ahead.end()
        else:
            return None
        if len(re.findall(r"\s+".join(map(re.escape, text[start:end].split())), text)) == 1:
            return " ".join(text[start:end].split())
    return None


_PIECES = st.sampled_from(["15", "000", "1", "soldats", "sold", "ats", "a", "aa", "«", "Kiev", "é"])
_SPACES = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ""])


@given(
    st.lists(st.tuples(_PIECES, _SPACES), min_size=1, max_size=60),
    st.data(),
)
def test_a_quote_is_lengthened_as_round_15_did(pieces: list[tuple[str, str]], data: st.DataObject) -> None:
    text = "".join(word + space for word, space in pieces)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    sentence = Sentence(start, text[start:end])
    low = data.draw(st.integers(0, len(sentence.text) - 1))
    quote = sentence.text[low : data.draw(st.integers(low + 1, len(sentence.text)))]
    if not quote.split():
        return
    record = DraftRecord({"quote": quote})
    quote_once(WordIndex(text), sentence, record)
    want = _oracle(text, sentence, quote)
    assert record.fields["quote"] == (quote if want is None else want)
    assert ("quote" in record.comments) == (want is not None)


def test_places_are_every_overlapping_place_of_the_words() -> None:
    index = WordIndex("aa  a\na aa a a\ta")
    assert index.joined == "aa a a aa a a a"
    assert list(Places(index, "a a")) == [1, 3, 5, 8, 10, 12]  # a scan: no inner word
    assert list(Places(index, "a a a")) == [1, 3, 8, 10]  # inner words whole: not at 5 (« a aa »)
    assert [index.in_text(p) for p in Places(index, "aa a a")] == [0, 8]


def _live_blog(lines: int) -> str:
    wording = "Le président Zelensky a déclaré que {n} 000 soldats nord-coréens se trouvaient à Koursk"
    return "Direct\n\n" + "".join(
        f"{wording.format(n=n)}.\nMise à jour : {wording.format(n=n)}.\n" for n in range(lines)
    )


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[WordIndex]:
    """Every WordIndex extract builds while the test runs, to count the places it compared."""
    built: list[WordIndex] = []

    class Counted(WordIndex):
        def __init__(self, text: str) -> None:
            super().__init__(text)
            built.append(self)

    monkeypatch.setattr(draft, "WordIndex", Counted)
    return built


def test_a_live_blog_repeating_its_wording_costs_its_records_not_records_times_its_length(
    made: list[WordIndex],
) -> None:
    """Every line's wording stands on every other line but its figure: each quote is compared where its rarest word
    stands, never scanned for through the article (the old rule scanned it up to 24 times per record). Each line's
    quote also stands in its update line, so it is lengthened: a few places compared per word taken in."""
    store = read_store(default_store_root())
    work = []
    for lines in (100, 200):
        made.clear()
        text = _live_blog(lines)
        article = Article(text, "blog.txt", "0" * 64, parse_edtf("2024-12-01"), "blog")
        built = draft.build_draft(article, store)
        records = len(built.events) + len(built.claims)
        assert records >= lines  # every line gives a claim
        assert made[0].scans == 0
        work.append(made[0].checked)
        assert made[0].checked <= 8 * records
    assert work[1] < 2.5 * work[0]  # linear: twice the lines, about twice the work


def test_a_page_repeating_one_dated_phrase_costs_its_length_not_its_square(made: list[WordIndex]) -> None:
    """rev37h M2: `le 12 novembre, ` × 8,000 took 29 s: each record's quote stands at every repeat, and every place
    was compared for each record and each word taken in (26.8 million). Not standing once is known from its first
    places: four times the page, about four times the places compared (sixteen before)."""
    store = read_store(default_store_root())
    work = []
    for repeats in (500, 2000):
        made.clear()
        text = "Publié le 14 novembre 2024\n\n" + "le 12 novembre, " * repeats + "\n"
        built = draft.build_draft(Article(text, "c.txt", "0" * 64, parse_edtf("2024-11-14"), "c"), store)
        assert len(built.events) >= repeats // 100  # a record per 1,000-character piece, each quote lengthened
        work.append(made[0].checked)
    assert work[1] < 6 * work[0]


def test_a_quote_found_twice_is_lengthened_through_the_cli(tmp_path: Path) -> None:
    text = (
        "Chiffres clés\n\n15 000 soldats envoyés\n\n"
        "Selon Séoul, les quelque 15 000 soldats envoyés\n combattent à Koursk depuis le 3 novembre.\n"
    )
    _, _, claims = extract(tmp_path, text, "2024-12-01")
    quotes = [c["evidence"][0]["quote"] if "evidence" in c else c["quote"] for c in claims]
    assert "clés 15 000 soldats envoyés" in quotes  # one word before it is enough
