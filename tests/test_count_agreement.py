"""A count agrees with the words after it (review 40: « 1 plus haut peuvent », « 0 révisés », « 1 avancés »): the
singular for 1 in English, for 0 and 1 in French, wherever a view writes a count, from one helper
(words.count_said, words.counted). The oracle is a list of the count words koursk writes, singular and plural,
written here and not read from words.py: every command runs on a terminal over small synthetic stores holding 0, 1
and 2 of each thing (events, events reaching into an empty period, loosely dated ones, figures, restatements,
conflicts), and each count in what it prints must be followed by the form its number takes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.claimstores import TOPICS
from tests.conftest import run
from tests.stores import StoreBuilder

FORMS = {
    "en": [
        ("event", "events"),
        ("figure", "figures"),
        ("claim", "claims"),
        ("source", "sources"),
        ("conflict", "conflicts"),
        ("restatement", "restatements"),
        ("entity", "entities"),
        ("week", "weeks"),
        ("month", "months"),
        ("year", "years"),
        ("article", "articles"),
        ("quote", "quotes"),
        ("more new conflict", "more new conflicts"),
    ],
    "fr": [
        ("événement", "événements"),
        ("chiffre", "chiffres"),
        ("source", "sources"),
        ("conflit", "conflits"),
        ("révisé", "révisés"),
        ("avancé", "avancés"),
        ("reprise, non comptée", "reprises, non comptées"),
        ("reprise, non comptée", "reprise, non comptées"),  # the participle agrees too
        ("reprise", "reprises"),
        ("entité", "entités"),
        ("semaine", "semaines"),
        ("année", "années"),
        ("article", "articles"),
        ("citation", "citations"),
        ("plus haut peut", "plus haut peuvent"),
        ("daté", "datés"),
        ("de plus qui a", "de plus qui ont"),
        ("qui a commencé", "qui ont commencé"),
        ("nouveau conflit", "nouveaux conflits"),
    ],
}
"""Each count word in its singular and plural form, longest first where one begins another."""


def singular_count(count: int, lang: str) -> bool:
    return count == 1 if lang == "en" else count in (0, 1)


VERBS = re.compile(r"\d+ conflict, (?=\d+ differ)")
"""diff's `0 agree, 1 conflict, 0 differ over time`: verbs, which agree with no count here."""


def disagreements(text: str, lang: str) -> list[str]:
    """Each `N word` (one space between them) whose word's form is not the one N takes."""
    found = []
    text = VERBS.sub("", text)
    for match in re.finditer(r"(?<![\w.,:/-])(\d+(?:[\u00a0\u202f,]\d{3})*) ", text):
        count = int(re.sub(r"\D", "", match.group(1)))
        rest = text[match.end() :]
        for one, many in FORMS[lang]:
            for form, takes_one in ((many, False), (one, True)):
                if re.match(rf"{re.escape(form)}(?![\w’'-])", rest):
                    if takes_one != singular_count(count, lang):
                        found.append(f"{match.group(1)} {form}")
                    break
            else:
                continue
            break
    return found


def test_the_oracle_catches_what_the_review_saw() -> None:
    assert disagreements("rien ne commence ici ; 1 plus haut peuvent s'y prolonger", "fr") == ["1 plus haut peuvent"]
    assert disagreements("0 révisés, 2 chiffre, 1 conflits, 1 événement, 10\u00a0000 chiffres", "fr") == [
        "0 révisés",
        "2 chiffre",
        "1 conflits",
    ]
    assert disagreements("0 events, 1 events, 2 figure, 1,000 events", "en") == ["1 events", "2 figure"]


def _store(n: int, root: Path) -> Path:
    """`n` events in Nov 2024 reported by two articles, `n` reaching into 2024 from March, `n` in Jan 2023 (a gap
    after them), n + 1 figures on one measure that all conflict, `n` restatements."""
    builder = StoreBuilder().topics(TOPICS)
    builder.source("alpha", "2024-11-20").source("beta", "2024-12-05", outlet="NIS").source("gamma", "2025-01-10")
    builder.entity("rutte", "person", "Rutte").entity("nis", "agency", "NIS")
    for i in range(n):
        builder.event(
            f"ev-{i}",
            f"2024-11-0{i + 1}",
            f"Troupes {i}",
            ("alpha", f"Des troupes arrivent {i}"),
            ("beta", f"Encore des troupes {i}"),
            actors=("rutte",),
        )
        builder.event(f"wide-{i}", "2024-03/2024-12", f"Large {i}", ("gamma", f"Large période {i} ici"))
        builder.event(f"old-{i}", "2023-01", f"Ancien {i}", ("gamma", f"Ancien événement {i} là"))
    for i in range(n + 1 if n else 0):
        source = ("alpha", "beta", "gamma")[i % 3]
        builder.claim(f"cl-{i}", source, 1000 * (i + 10), "2024-11", asserted_by=("nis",) if i % 2 else ())
    for i in range(n):
        builder.claim(f"re-{i}", "alpha", 10000, "2024-11", restates="cl-0", quote=f"10000 soldats, répète {i}")
    return builder.write(root / f"store-{n}")


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    root = tmp_path_factory.mktemp("counts")
    return {n: _store(n, root) for n in (0, 1, 2)}


COMMANDS = [
    ["events"],
    ["events", "-n", "1"],
    ["events", "--since", "2024-06", "-n", "1"],
    ["events", "--as-of", "2024-12"],
    ["timeline"],
    ["timeline", "--by", "week"],
    ["timeline", "--by", "year"],
    ["timeline", "--since", "2024-06"],
    ["sources"],
    ["sources", "--claim", "troops"],
    ["claims"],
    ["claims", "-n", "1"],
    ["topics"],
    ["figures", "troops"],
    ["entities"],
    ["show", "alpha"],
    ["show", "nis"],
    ["show", "rutte"],
    ["show", "troops"],
    ["diff", "alpha", "beta"],
    ["diff", "--from", "2024-11", "--to", "2025-01"],
    ["diff", "--from", "2024-11", "--to", "2024-12"],
    ["export", "markdown"],
    ["export", "markdown", "--rows", "claims"],
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_count_agrees_with_its_word(stores: dict[int, Path], command: list[str], lang: str) -> None:
    wrong = {}
    for n, store in stores.items():
        result = run("--no-color", "--data", str(store), "--lang", lang, *command, tty=True, width=100)
        assert result.exit_code == 0, result.stderr
        if found := disagreements(result.stdout + result.stderr, lang):
            wrong[n] = found
    assert wrong == {}


def test_a_count_of_thousands_is_grouped_as_its_language_writes_numbers(tmp_path: Path) -> None:
    """`1,000 of 2000 events shown`: English counts (then humanize.plural) kept their digits together where the number
    beside them was grouped, and French grouped both (« 1 000 sur 2 000 événements »)."""
    builder = StoreBuilder().source("alpha", "2024-11-20")
    for i in range(1000):
        builder.event(f"ev-{i}", "2024-11-01", f"Troupes {i}", ("alpha", f"Des troupes arrivent, lot {i}"))
    store = builder.write(tmp_path / "store")
    said = {
        lang: run("--no-color", "--data", str(store), "--lang", lang, "events", "-n", "1", tty=True).stdout
        for lang in ("en", "fr")
    }
    assert "1 of 1,000 events shown" in said["en"]
    assert "1 sur 1\u00a0000 événements affichés" in said["fr"]


@pytest.mark.parametrize(
    ("published", "said"),
    [("2024-11-14", "1 day after the publication"), ("2024-10-31", "15 days after the publication")],
)
def test_a_drafts_basis_counts_its_days_in_agreement(tmp_path: Path, published: str, said: str) -> None:
    """A draft's basis said « 1 days after the publication », and `plural` made « daies » of « day » (a vowel before
    the y takes a plain s: day, days; entity, entities)."""
    from tests.test_extract import extract

    _, events, _ = extract(tmp_path, "Le sommet, le 15 novembre, réunit les ministres.\n", published)
    assert said in events[0]["date_basis"]


class _Every:
    """A SINGULAR entry under which every count takes the singular."""

    def __contains__(self, count: object) -> bool:
        return True


def test_every_count_the_cli_words_agrees_by_the_one_singular_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """polish42: `init`, `check`, `extract`, `report` and others worded their counts by humanize.plural's own
    `count == 1`, the views by words.SINGULAR: two rules for one thing. With the table changed, every count follows."""
    from koursk_cli import words

    monkeypatch.setitem(words.SINGULAR, "en", _Every())
    store = tmp_path / "store"
    made = run("init", str(store))
    assert made.exit_code == 0, made.stderr
    assert re.search(r"\(\d+ data file, \d+ article\)", made.stdout), made.stdout
    checked = run("--data", str(store), "check")
    assert re.search(r"\(\d+ source, \d+ entity, \d+ topic, \d+ event, \d+ claim;", checked.stderr), checked.stderr


@pytest.mark.parametrize(
    ("count", "noun", "said"),
    [
        (1, "entry", "1 entry"),
        (2, "entry", "2 entries"),
        (1, "day", "1 day"),
        (2, "day", "2 days"),
        (0, "claim", "0 claims"),
        (1, "claim", "1 claim"),
        (1, "source", "1 source"),
        (2_000, "event", "2,000 events"),
    ],
)
def test_an_english_count_takes_its_form_from_counted(count: int, noun: str, said: str) -> None:
    """English nouns' plurals: `entries` (a consonant before the y), `days` (a vowel), grouped digits."""
    from koursk_cli.words import counted

    assert counted(count, noun) == said
