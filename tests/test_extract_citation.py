"""rev25 N3: a curator who has the article's address gives it to `extract` (`--url`, `--retrieved`), and the draft
always shows the source's citation fields, so that `cite` need not say « no URL recorded » of an article whose URL
the curator had in hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run

ARTICLE = "Titre\n\nLundi 4 novembre, Zelensky a déclaré que 11 000 soldats nord-coréens étaient à Koursk.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_the_url_and_the_day_saved_reach_the_store_and_the_citation(tmp_path: Path, article: Path) -> None:
    store = tmp_path / "ws"
    assert run("init", str(store)).exit_code == 0
    given = ["--url", "https://www.example.fr/a?b=1", "--retrieved", "2024-11-09"]
    wrote = run("--data", str(store), "extract", str(article), "--published", "2024-11-08", *given, "--write")
    assert wrote.exit_code == 0, wrote.stderr
    sources = (store / "data" / "sources.yaml").read_text(encoding="utf-8")
    assert '    url: "https://www.example.fr/a?b=1"\n' in sources and '    retrieved: "2024-11-09"\n' in sources
    shown = run("--data", str(store), "--drafts", "show", "a", "--json")
    assert shown.exit_code == 0, shown.stderr
    assert '"url": "https://www.example.fr/a?b=1"' in shown.stdout


def test_a_draft_without_them_shows_each_field_and_what_to_write(article: Path) -> None:
    draft = run("extract", str(article), "--published", "2024-11-08")
    assert draft.exit_code == 0, draft.stderr
    assert (
        "    url: null  # the article's address (--url), if you have it: `cite` prints it; never guessed\n"
        in draft.stdout
    )
    assert "    author: null  # the byline as printed, if the article names one\n" in draft.stdout
    assert (
        "    retrieved: null  # the day you saved the text, YYYY-MM-DD (--retrieved), if you know it\n" in draft.stdout
    )


_ADDRESS = (
    "the article's address: http:// or https:// then printable ASCII, no space (RFC 3986: percent-encode any other "
    "character, %C3%A9 for é)"
)


@pytest.mark.parametrize(
    ("flags", "error"),
    [
        (["--url", "ftp://x"], f"--url 'ftp://x' is not {_ADDRESS}"),
        (["--url", "https://a b"], f"--url 'https://a b' is not {_ADDRESS}"),
        (["--retrieved", "9/11/2024"], "--retrieved '9/11/2024' is not a day, YYYY-MM-DD"),
        (["--retrieved", "2024-02-30"], "--retrieved 2024-02-30 is no day of the calendar"),
        (["--retrieved", "2999-01-01"], "--retrieved 2999-01-01 is after today"),
        (["--retrieved", "2024-11-07"], "--retrieved 2024-11-07 is before the article was published (2024-11-08)"),
    ],
)
def test_a_bad_url_or_day_is_one_line_and_exit_2(article: Path, flags: list[str], error: str) -> None:
    result = run("extract", str(article), "--published", "2024-11-08", *flags)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"koursk: error: {error}"
