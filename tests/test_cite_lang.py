"""`koursk cite` honours --lang like every command that prints store text (review 40: it refused `--lang fr` and
spoke English only): its own words (who asserts a figure, its status, which quote of the event, « consulté le »)
and its dates follow the language, before or after the command's name; the quote and the article's title stay the
article's, and --json's records keep English field names and values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder

ENGLISH = (
    "Supports the event",
    "asserted by",
    "status:",
    "retrieved",
    "outlet unknown",
    "no URL recorded",
    "published",
    "exact day unknown",
    "quote 1 of",
    "its only quote",
    "speaker:",
    "records no speaker",
    "In these words",
    "Event ",
    "quotes together",
    "unattributed",
    "own voice",
    "untitled",
    "Oct 2024",
    "Nov 2024",
)
"""Each fixed part of an English citation, none of which a French one may print."""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = (
        StoreBuilder()
        .source("alpha", "2024-10-28/2024-10-31")
        .source("beta", "2024-11-07", outlet="CNN", credited=True)
        .entity("zelensky", "person", "Volodymyr Zelensky")
        .event(
            "clashes",
            "2024-11-05",
            "Premiers combats",
            ("alpha", "premiers combats à Koursk", "zelensky"),
            ("beta", "des combats à Koursk"),
        )
        .claim("own-voice", "alpha", 10000, "2024-10-28", status="alleged")
        .claim(
            "said",
            "beta",
            11000,
            "2024-11-07",
            asserted_by=("zelensky",),
            event="clashes",
            quote="des combats à Koursk, 11000 soldats",
        )
        .write(tmp_path_factory.mktemp("cite") / "store")
    )
    sources = root / "data" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace(
            "    outlet_credited: true\n", "    outlet_credited: true\n    retrieved: 2024-11-09\n"
        ),
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize("style", ["markdown", "footnote", "text"])
@pytest.mark.parametrize("record", ["clashes", "own-voice", "said"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_citation_under_lang_fr_says_its_own_words_in_french(
    store: Path, record: str, style: str, where: str
) -> None:
    lang = ("--lang", "fr")
    args = (*lang, "cite", record) if where == "before" else ("cite", record, *lang)
    result = run("--data", str(store), *args, "--style", style)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert [word for word in ENGLISH if word in out] == []
    assert "publié" in out and "statut" in out
    english = run("--data", str(store), "cite", record, "--style", style).stdout
    assert any(word in english for word in ENGLISH)


def test_french_words_and_dates_where_the_english_has_them(store: Path) -> None:
    out = run("--data", str(store), "--lang", "fr", "cite", "said", "--style", "text").stdout
    assert "attribué à CNN (éditeur inconnu), publié 7 nov. 2024, pas d'URL enregistrée" in out
    assert "consulté le 9 nov. 2024" in out
    assert "Chiffre avancé par Volodymyr Zelensky ; statut : rapporté." in out
    event = run("--data", str(store), "--lang", "fr", "cite", "clashes", "--style", "text").stdout
    assert "publié 28–31 oct. 2024 (jour exact inconnu)" in event
    assert "(citation 1 sur 2) ; locuteur : Volodymyr Zelensky." in event
    assert "Événement clashes : statut confirmé, sur ses 2 citations ensemble" in event
    assert "chiffre own-voice" not in event
    own = run("--data", str(store), "--lang", "fr", "cite", "own-voice", "--style", "text").stdout
    assert "Chiffre non attribué (l'article en son propre nom) ; statut : allégué." in own


def test_json_records_stay_english_under_lang_fr(store: Path) -> None:
    english = run("--data", str(store), "cite", "own-voice", "--json").json()
    french = run("--data", str(store), "--lang", "fr", "cite", "own-voice", "--json").json()
    assert french == english
    assert french[0]["attribution"] == "unattributed" and french[0]["status"] == "alleged"
    assert json.dumps(french).isascii() or "unattributed" in french[0]["text"]
