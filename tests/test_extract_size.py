"""What one article may cost `koursk extract` (rev16 M5): each record quotes its own words of a long sentence, and a
draft holds at most MAX_RECORDS events and claims, saying where it stopped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.extract import draft, sentences
from koursk_cli.extract.frfigure import Figure
from koursk_cli.extract.frnumbers import find_figures
from koursk_cli.extract.quotes import QUOTE_REACH
from tests.conftest import run

PUBLISHED = "2024-11-08"


def _article(tmp_path: Path, text: str) -> Path:
    article = tmp_path / "table.txt"
    article.write_text(text, encoding="utf-8")
    return article


def _figures(count: int) -> list[str]:
    """« NN NNN soldats », distinct values, as a pasted table writes them."""
    return [f"{10_000 + i * 7:,} soldats".replace(",", " ") for i in range(count)]


def test_a_long_sentence_of_figures_quotes_each_figure_with_its_neighbours_only(tmp_path: Path) -> None:
    """A 1 MiB table of figures with no full stop gave 69,619 claims that each quoted a 1,000-character piece of it
    (125 MB of YAML, 917 MB): the draft grew with the figures times the sentence. Each record now quotes its figure or
    date and the words within QUOTE_REACH characters, verbatim; a sentence of an ordinary length is quoted whole. The
    pieces were cut inside a figure where a table has no other space (« 52 6|62 soldats »: 526 and 62)."""
    figures = _figures(600)
    ordinary = "Selon Kiev, 11 000 soldats nord-coréens sont à Koursk."
    text = f"{ordinary}\nLe 8 novembre 2024, Kiev affirme que {' '.join(figures)}\n"
    article = _article(tmp_path, text)
    result = run("extract", str(article), "--published", PUBLISHED)
    assert result.exit_code == 0, result.stderr
    _, events, claims = (
        document[kind]
        for document, kind in zip(yaml.safe_load_all(result.stdout), ("sources", "events", "claims"), strict=True)
    )
    # every figure read right: a piece of the sentence is never cut inside one (a table has no other space to cut at)
    assert sorted(claim["value"] for claim in claims) == sorted(
        [11_000, *(10_000 + i * 7 for i in range(len(figures)))]
    )
    assert claims[0]["quote"] == ordinary
    quotes = [claim["quote"] for claim in claims[1:]] + [event["evidence"][0]["quote"] for event in events]
    assert max(map(len, quotes)) <= 2 * QUOTE_REACH + max(map(len, figures))
    assert all(quote in text for quote in quotes)
    assert all(f"{claim['value']:,}".replace(",", " ") in claim["quote"] for claim in claims)
    assert result.stdout.count("« … » cut from a sentence of") == len(quotes)  # every cut quote, none other
    assert len(result.stdout.encode()) < 1_200 * len(claims)  # was 1,800 bytes a claim and growing with the piece
    store = tmp_path / "store"
    assert run("init", str(store)).exit_code == 0
    written = run("--data", str(store), "extract", str(article), "--published", PUBLISHED, "--write")
    assert written.exit_code == 0, written.stderr
    assert "quote not found" not in run("--data", str(store), "check").stdout


@pytest.mark.parametrize(
    ("line", "kind", "drafted"),
    [
        ("Le {day} novembre 2024, Kiev affirme que {figures}.", "claims", 20),  # 10 figures a line: the third passes 20
        ("Les frappes du {day} novembre ont repris.", "events", 20),  # one event a line: the 21st passes 20
    ],
)
def test_a_draft_stops_at_the_sentence_that_would_pass_the_most_it_holds_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, kind: str, drafted: int
) -> None:
    """A text with more records than a draft holds (a pasted table) is drafted up to the sentence that would pass
    MAX_RECORDS and the draft says where it stopped, in one located line; `--write` writes none of it."""
    monkeypatch.setattr(draft, "MAX_RECORDS", 20)
    lines = [line.format(figures=", ".join(_figures(10)), day=day) for day in range(1, 31)]
    article = _article(tmp_path, "\n".join(lines) + "\n")
    stopped_at = drafted if kind == "events" else 2  # the line (0-based) of the sentence that would pass it
    said = (
        f"{article}:{stopped_at + 1}:1: the draft stops at this sentence, whose candidate {kind} would take it past "
        "20, the most one draft holds; the rest of the article was not read"
    )
    result = run("extract", str(article), "--published", PUBLISHED)
    assert result.exit_code == 0, result.stderr
    assert (
        result.stderr.splitlines()[-1]
        == f"koursk extract: {said}: split the article and extract each part with its own --source-id"
    )
    records = list(yaml.safe_load_all(result.stdout))[1 if kind == "events" else 2][kind]
    assert len(records) == drafted
    store = tmp_path / "store"
    assert run("init", str(store)).exit_code == 0
    written = run("--data", str(store), "extract", str(article), "--published", PUBLISHED, "--write")
    assert written.exit_code == 1
    assert f"{said}; nothing was written" in written.stderr
    assert not (store / "data" / kind / "table.yaml").exists()


def _boundaries_by_rescanning(line: str) -> list[int]:
    """The sentence ends as they were found before rev22 M3, scanning the whole line before each full stop: the
    oracle the linear reading must agree with."""
    import re

    ends = []
    for match in re.finditer(r"[.!?…]+[»\"”’)]*(?=\s+\S)", line):
        after = line[match.end() :].lstrip()
        if not after or not (after[0].isupper() or after[0] in '«“"•-–—'):
            continue
        if re.search(r"(?:^|[\s.])[A-Z]$", line[: match.start()]):
            continue
        ends.append(match.end())
    return ends


@given(st.text(alphabet='. !?…»"”’)JDVae«-\u00a0\t9', max_size=60))
@settings(max_examples=400, deadline=None)
def test_sentence_ends_are_found_by_looking_only_beside_each_full_stop(line: str) -> None:
    """rev22 M3: `_boundaries` scanned the line up to each full stop, so a pasted article on one line (a PDF's text)
    was quadratic in its sentences: 4,000 took 10 s, 1 MB was killed at 300 s. It now looks at the two characters
    before the stop and the first one after it, and a run of stops is read once (rev23 R7: 25 KB of dots took 17 s),
    with the same answers (the speed is in benchmarks/, not here)."""
    assert list(sentences._boundaries(line)) == _boundaries_by_rescanning(line)


def test_a_long_sentence_of_figures_is_read_once_per_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rev29 L1: a 911 KB sentence of figures took a minute, and `find_figures`'s 57 calls looked like 57 passes
    over one sentence. They are its 1,000-character pieces (MAX_SENTENCE), each read once: the time is linear."""
    text = "Jeudi 7 novembre, " + "11 000 soldats, " * 2_000 + "fin.\n"
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    read: list[str] = []

    def counted(sentence: str, *args: Any) -> list[Figure]:
        read.append(sentence)
        return find_figures(sentence, *args)

    monkeypatch.setattr("koursk_cli.extract.draft.find_figures", counted)
    result = run("extract", str(article), "--published", "2024-11-08")
    assert result.exit_code == 0, result.stderr
    pieces = [s.text for s in sentences.split_sentences(text)]
    assert len(pieces) >= 30 and all(len(p) <= sentences.MAX_SENTENCE for p in pieces)
    assert read == pieces  # one call per piece, in order, none read twice
