"""`--text` and entities' names (rev21 A5): titles are English and quotes French, so `--text Kursk` found 10 events
and `--text Koursk` 12. A word that is a one-word name of an entity (id, name or alias) matches any of that
entity's one-word names; words in parentheses are alternatives of one term; the cache and the store read whole
answer alike."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from koursk_cli.codec import search_words_of
from koursk_cli.textnorm import search_words
from tests.conftest import ids, run


@pytest.mark.parametrize(
    ("one", "other"),
    [("Kursk", "Koursk"), ("Umerov", "Oumierov"), ("Putin", "Poutine")],
)
def test_either_spelling_of_a_name_finds_the_same_events_and_claims(one: str, other: str) -> None:
    for command in (("events",), ("claims",)):
        found = ids(run(*command, "--text", one, "--json"))
        assert found == ids(run(*command, "--text", other, "--json")), command
    assert ids(run("events", "--text", one, "--json"))


def test_every_spelling_of_kursk_is_found() -> None:
    """The finding's numbers: Kursk 10 and Koursk 12 before; both are the events holding either word now."""
    kursk = set(ids(run("events", "--text", "Kursk", "--json")))
    either = set(ids(run("events", "--text", "(kursk koursk)", "--json")))
    assert kursk == either and len(kursk) == 12
    assert "first-nk-ukraine-clashes" in ids(run("events", "--text", "Umerov", "--json"))


def test_a_prefix_and_a_word_of_no_name_stand_for_themselves() -> None:
    assert set(ids(run("events", "--text", "kursk*", "--json"))) < set(ids(run("events", "--text", "kursk", "--json")))
    troupes = ids(run("events", "--text", "troupes", "--json"))
    assert troupes and troupes == ids(run("events", "--text", "(troupes)", "--json"))


def test_words_in_parentheses_are_alternatives() -> None:
    nis, rutte = (set(ids(run("events", "--text", word, "--json"))) for word in ("NIS", "Rutte"))
    assert set(ids(run("events", "--text", "(nis rutte)", "--json"))) == nis | rutte and nis - rutte and rutte - nis


def test_the_help_says_so() -> None:
    help_text = " ".join(run("events", "--help").stdout.split())
    assert "Kursk also finds Koursk" in help_text and "(nis jcs)" in help_text


@pytest.mark.parametrize(
    "command",
    [
        ("events", "--text", "Kursk", "--sort", "relevance", "--json"),
        ("events", "--text", "troupes Kursk", "--sort", "relevance", "--json"),
        ("events", "--text", "(nis rutte) Corée", "--json"),
        ("events", "--text", "Corée du Nord soldats", "--sort", "relevance", "--json"),
        ("events", "--text", '"troupes nord"', "--limit", "3", "--json"),
        ("claims", "--text", "Kursk", "--json"),
    ],
    ids=" ".join,
)
def test_the_cache_and_the_whole_store_read_again_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    cold, warm = run(*command), run(*command)
    folder = tmp_path / "open-cache"
    (folder / "koursk").mkdir(parents=True)
    os.chmod(folder / "koursk", stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # refused: the whole store is read
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    pure = run(*command)
    assert "cache not used" in pure.stderr
    assert cold.stdout == warm.stdout == pure.stdout != "[]\n"


@pytest.mark.parametrize(
    ("typed", "entity"),
    [
        ("North Korea", "north-korea"),
        ("Corée du Nord", "north-korea"),
        ('"corée du nord"', "north-korea"),
        ("Vladimir Poutine", "putin"),
        ("Kim Jong Un", "kim-jong-un"),
        ("région de Koursk", "kursk-oblast"),
    ],
)
def test_a_name_of_several_words_finds_the_events_naming_its_entity_any_way(typed: str, entity: str) -> None:
    """Item 4 (stop 34): `--text "Vladimir Poutine"` found 4 events, each with both words somewhere, where `Putin`
    found 7 (a title says Putin, a quote Poutine, and no Vladimir); `Corée du Nord` 8 and `North Korea` 10. Words in
    a row that are a name of an entity stand for each of its names as a phrase: the events found are exactly those
    whose titles or quotes hold one of its names, words in a row (no longer its words anywhere)."""
    record = run("show", entity, "--json").json()
    names = {
        " ".join(search_words(n)) for n in (entity, record["name"]["en"], record["name"]["fr"], *record["aliases"])
    }
    events = run("events", "--json").json()
    expected = [e["id"] for e in events if any(f" {n} " in f" {search_words_of(e)} " for n in names)]
    assert ids(run("events", "--text", typed, "--json")) == expected
    anywhere = [e["id"] for e in events if set(search_words(typed)) <= set(search_words_of(e).split())]
    if typed == "Vladimir Poutine":  # what every word anywhere found
        assert (len(anywhere), len(expected)) == (4, 7) and set(anywhere) < set(expected)
    if typed == "North Korea":  # « South Korea's NIS … North Korean soldiers » names no North Korea
        assert "nis-reports-12000" in set(anywhere) - set(expected)


def test_a_phrase_in_double_quotes_is_its_words_in_a_row() -> None:
    """`"troupes nord"` finds the events holding those words in that order; a quote without its pair is refused."""
    events = run("events", "--json").json()
    expected = [e["id"] for e in events if " troupes nord " in f" {search_words_of(e)} "]
    assert expected and ids(run("events", "--text", '"troupes nord"', "--json")) == expected
    assert len(ids(run("events", "--text", "troupes nord", "--json"))) > len(expected)  # both words, anywhere
    refused = run("events", "--text", '"troupes nord')
    assert refused.exit_code == 2
    assert "a '\"' has no closing '\"': \"a b\" is the words a b in a row" in refused.stderr
