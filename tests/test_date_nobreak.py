"""A date is never split at a line end on a terminal (review 40: « au 7 / nov. 2024 » in a claim's detail line):
the dates koursk renders join day, month and year with no-break spaces (humanize.DATE_SPACE), which Rich's wrap
keeps (nobreak.py, and render/layout.py's own fold). Every terminal view, in English and French, at widths 40 to
100, over a store whose own text holds no date: no line ends inside a date, as an independent pattern of day,
month and year reads one."""

from __future__ import annotations

import re

import pytest

from tests.claimstores import TOPICS
from tests.conftest import run
from tests.stores import StoreBuilder

MONTHS = {
    "en": "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    "fr": r"janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.",
}
MARGIN = r"[ \u00a0│┆·]*"  # what may open a continuation line: indentation, a table's or timeline's rule


def splits(text: str, lang: str) -> list[str]:
    """Each place where a line ends inside one date: after its day (`7` / `Nov 2024`, `8–13` / `Oct`), after its
    month before its year (`Nov` / `2024`), or after `early`, `late`, `début`, `fin` before the month."""
    month = rf"(?:{MONTHS[lang]})"
    lead = r"(?:\d{1,2}|\d{1,2}–\d{1,2}|early|late|début|fin)"
    patterns = (
        rf"(?<![\w.·])({lead})[ \u00a0]*\n{MARGIN}({month})(?![\w])",
        rf"(?<![\w])({month})[ \u00a0]*\n{MARGIN}(\d{{4}})(?!\d)",
    )
    return [f"{m[1]} / {m[2]}" for pattern in patterns for m in re.finditer(pattern, text)]


def test_the_pattern_finds_a_split_date() -> None:
    assert splits("as of 7\n      nov. 2024", "fr") == ["7 / nov."]
    assert splits("  8–13 Oct\n  2024 ● x", "en") == ["Oct / 2024"]
    assert splits("events  7\nevent  1 Nov 2024", "en") == []  # a count at a line end before a field's name
    assert splits("troops  ·1\n  Feb 2022 – 10 Nov 2024", "en") == []  # how many articles, then a date


DATES = [
    "2024-11-07",
    "2024-10",
    "2024-10-28/2024-10-31",
    "2024-10-08?/2024-11-06%",
    "2024-10-13/2024-11-09",
    "2025-01-11/2025-01-20",
    "2024-12-21/2024-12-31",
    "2024-10/2024-11",
    "2022-02/2024-11-10",
    "2024-12-28/2025-01-03",
]
"""A day, a month, a window within one month, across months, a third of a month, across years, marked ends."""
WORDS = "Des troupes venues du nord traversent encore une longue plaine gelee sous les regards inquiets"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Events and figures at every shape of date, with titles and quotes long enough to fold and no date of their
    own: every date on the screen is one koursk rendered."""
    builder = StoreBuilder().topics(TOPICS)
    builder.source("alpha", "2024-10-28/2024-10-31").source("beta", "2025-01-20", outlet="NIS")
    builder.entity("nis", "agency", "Service national de renseignement sud-coreen")
    for n, date in enumerate(DATES):
        words = " ".join(WORDS.split()[n:] + WORDS.split()[:n])
        builder.event(f"ev-{n}", date, words, ("beta", f"{words} {n}"))
    for n, date in enumerate(["2024-10", "2024-10-13/2024-10-28", "2024-10-28", "2024-10-08?/2024-10-30"]):
        builder.claim(f"cl-{n}", "alpha", 10000 + 1000 * n, date, asserted_by=("nis",) if n % 2 else ())
    return str(builder.write(tmp_path_factory.mktemp("dates") / "store"))


COMMANDS = [
    ["events"],
    ["events", "--since", "2024-11"],
    ["timeline"],
    ["timeline", "--by", "week", "--since", "2024-10"],
    ["claims"],
    ["sources"],
    ["sources", "--claim", "troops"],
    ["figures", "troops"],
    ["show", "ev-3"],
    ["show", "alpha"],
    ["show", "nis"],
    ["show", "troops"],
    ["diff", "alpha", "beta"],
    ["diff", "--from", "2024-11", "--to", "2025-01"],
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_rendered_date_splits_at_any_width(store: str, command: list[str], lang: str) -> None:
    found = {}
    for width in range(40, 101, 3):
        result = run("--no-color", "--data", store, "--lang", lang, *command, tty=True, width=width)
        assert result.exit_code == 0, result.stderr
        if wrong := splits(result.stdout, lang):
            found[width] = wrong
    assert found == {}
