"""rev26 M4, L1, L2, L3, L6: dates no article could hold, an empty or missing HOME, config errors' places, invisible
format characters, and what a source's address may hold."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import CLAIMS, EVENTS, SEED, SOURCES, write_store


def _check(root: Path) -> tuple[int, list[str]]:
    result = run("--data", str(root), "check")
    return result.exit_code, result.stdout.splitlines()


_SOURCES = SOURCES.format(sha=hashlib.sha256(SEED.encode("utf-8")).hexdigest())


# M4: knowledge no article could hold


@pytest.mark.parametrize(
    ("events", "claims", "where", "message"),
    [
        (
            EVENTS.replace("date: 2024-10-28", "date: 2024-10-28/2030-01-01"),
            CLAIMS,
            "events/main.yaml:3:11: event 'rutte-confirms'",
            "date 2024-10-28/2030-01-01 ends after every source reporting it was published (by 2024-10-31)",
        ),
        (
            EVENTS,
            CLAIMS.replace("as_of: 2024-10", "as_of: 2024-10/2031-12"),
            "claims/main.yaml:8:12: claim 'nis-12000'",
            "as_of 2024-10/2031-12 ends after every source reporting it was published (by 2024-10-31)",
        ),
    ],
)
def test_a_date_ending_after_every_publication_is_refused(
    tmp_path: Path, events: str, claims: str, where: str, message: str
) -> None:
    """rev26 M4: `2024-11-07/2030-01-01` from an article of November 2024 passed `check` (only starts were compared
    with the publication), and a claim `as_of` to 2031 overlapped every later figure of its measure."""
    code, lines = _check(write_store(tmp_path, events=events, claims=claims))
    assert code == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{tmp_path}/data/{where}: {message}")


def test_a_date_ending_with_the_publication_or_its_month_passes(tmp_path: Path) -> None:
    """An end in the publication window passes, and so does an end written as the publication's month (`2024-10`
    for an article of 28 Oct says no more than October): it is the end's own day or period that may not lie after."""
    events = EVENTS.replace("date: 2024-10-28", "date: 2024-10-28/2024-10-31")
    claims = CLAIMS.replace("as_of: 2024-10", "as_of: 2024-09/2024-10")
    assert _check(write_store(tmp_path, events=events, claims=claims)) == (0, [])
    sources = _SOURCES.replace("published: 2024-10-28/2024-10-31", "published: 2024-10-28")
    assert _check(write_store(tmp_path, sources=sources)) == (0, [])  # the claim's as_of is 2024-10
    sources = _SOURCES.replace("published: 2024-10-28/2024-10-31", f"published: {date.today().isoformat()[:7]}")
    events = EVENTS.replace("date: 2024-10-28", f"date: {date.today().isoformat()[:7]}")
    claims = CLAIMS.replace("as_of: 2024-10", f"as_of: {date.today().isoformat()[:7]}")
    assert _check(write_store(tmp_path, sources=sources, events=events, claims=claims)) == (0, [])


@pytest.mark.parametrize(
    ("published", "message"),
    [
        (
            "2024-10-28/2031-10-31",
            "published 2024-10-28/2031-10-31 ends after today: end the window by today (2024-10-28/",
        ),
        ("2030-03-14", "published 2030-03-14 is after today"),
    ],
)
def test_a_source_published_after_today_is_refused(tmp_path: Path, published: str, message: str) -> None:
    """rev26 M4: a `published` window ending in 2031 passed `check`, and `events --as-of 2025-01` silently lost the
    events it alone reports (an article counts from its window's end), as `retrieved` in 2099 was refused (rev24 F16)."""
    sources = _SOURCES.replace("published: 2024-10-28/2024-10-31", f"published: {published}")
    code, lines = _check(write_store(tmp_path, sources=sources))
    assert code == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{tmp_path}/data/sources.yaml:8:16: source 'alpha': {message}")


def test_a_window_ending_tomorrow_passes(tmp_path: Path) -> None:
    """The day after today is still today in a time zone ahead (as for `retrieved`)."""
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    sources = _SOURCES.replace("published: 2024-10-28/2024-10-31", f"published: 2024-10-28/{tomorrow}")
    assert _check(write_store(tmp_path, sources=sources)) == (0, [])


def test_extract_does_not_take_a_page_date_after_today_for_the_publication(tmp_path: Path) -> None:
    """rev26 M4: without --published, « Publié le 14 mars 2030 » became `published: "2030-03-14"`."""
    article = tmp_path / "a.txt"
    article.write_text(
        "Publié le 14 mars 2030\n\nMark Rutte a déclaré lundi que 12 000 soldats étaient à Koursk.\n", encoding="utf-8"
    )
    result = run("extract", str(article))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "koursk: error: --published is missing and the date the page prints, 2030-03-14 (« Publié le 14 mars "
        "2030 »), is after today",
        "  hint: give --published with the day the article was published",
    ]
    given = run("extract", str(article), "--published", "2030-03-14")
    assert given.exit_code == 2
    assert given.stderr.splitlines()[0] == "koursk: error: --published 2030-03-14 is after today"


# L1: an empty HOME is no home folder; --install never makes one


def _nothing_installed(*_: object) -> None:
    raise AssertionError("completion --install went on to write its files")


def test_an_empty_home_is_no_home_folder_not_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """rev26 L1: Python takes `HOME=` for `/`, so `HOME= koursk events` made `/.cache/koursk/…` and `completion
    --install` wrote `/.bashrc`. Nothing here can write to `/`: the cache's path is only computed, the installer's
    writer is replaced, and `--data` only reads."""
    from koursk_cli.commands import completion
    from koursk_cli.store.cachefile import cache_home
    from koursk_cli.userpaths import NoHomeFolder

    monkeypatch.setenv("HOME", "")
    monkeypatch.delenv("XDG_CACHE_HOME")
    with pytest.raises(NoHomeFolder, match=r"^no home folder \(HOME is empty\)$"):
        cache_home()
    monkeypatch.setattr(completion, "install_files", _nothing_installed)
    refused = run("completion", "bash", "--install")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[0] == "koursk: error: cannot install completion: no home folder (HOME is empty)"
    data = run("--data", "~/store", "check")
    assert data.exit_code == 2
    assert data.stderr.splitlines()[0] == "koursk: error: --data ~/store: no home folder to expand ~"


def test_install_never_makes_a_missing_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rev26 L1: `HOME=/nonexist koursk completion bash --install` created `/nonexist/.bash_completions/` and
    `/nonexist/.bashrc`."""
    home = tmp_path / "nonexistent"
    monkeypatch.setenv("HOME", str(home))
    result = run("completion", "bash", "--install")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"koursk: error: cannot install completion: the home folder {home} does not exist",
        "  hint: set HOME to yours, or print the script and load it yourself: koursk completion SHELL",
    ]
    assert list(tmp_path.iterdir()) == []


def test_an_empty_home_in_a_process_that_cannot_write_to_the_root() -> None:
    """The same through the installed entry point, run as a user id that may not write to `/` (so that a regression
    cannot write there either), with XDG_CACHE_HOME unset: one warning, the answer, nothing written."""
    import os

    from tests.stranger import first_event_listed, koursk_as_stranger

    koursk = koursk_as_stranger({"HOME": ""})
    before = sorted(os.listdir("/"))
    assert first_event_listed(koursk) == (
        "koursk: warning: cache not used (no home folder (HOME is empty): set HOME or XDG_CACHE_HOME); this run reads "
        "the whole store\n"
    )
    refused = koursk("completion", "bash", "--install")
    assert refused.returncode == 1
    assert refused.stderr.startswith("koursk: error: cannot install completion: no home folder (HOME is empty)\n")
    assert sorted(os.listdir("/")) == before


# L2: every config.toml error has its line and column


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('data = "/tmp"\ndata = "x"', "2:1: Cannot overwrite a value (a key given twice)"),
        ('data = "/tmp"\n  data = "x"\n', "2:3: Cannot overwrite a value (a key given twice)"),
        ("data = ", "1:7: Invalid value"),
        ("data = [1,\n\n", "1:11: Invalid value"),
    ],
)
def test_a_config_error_tomllib_places_at_the_end_of_the_document_is_located(text: str, where: str) -> None:
    """rev26 L2: `data = "/a"` then `data = "x"` was `config.toml: Cannot overwrite a value (at end of document)`, no
    line (the duplicate is on line 2), and `data = ` `config.toml: Invalid value (at end of document)`."""
    import os

    path = Path(os.environ["XDG_CONFIG_HOME"]) / "koursk" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result = run("events")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines()[0] == f"koursk: error: {path}:{where}"


# L3: invisible format characters are shown escaped, and check warns of them


_TAGS = "".join(chr(0xE0000 + ord(c)) for c in "ignore the rest")  # Unicode tag characters: text nobody sees


def test_every_format_character_is_escaped_for_the_terminal() -> None:
    """rev26 L3: `visible`/`shown` escaped C0/C1, bidi controls and LS/PS only: U+200B, U+2060, U+FEFF, U+00AD and
    the tag characters (ASCII smuggling) reached the terminal as they are."""
    import json
    import sys
    import unicodedata

    from koursk_cli.textnorm import for_terminal, shown, visible

    every = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(c) == "Cf")
    assert len(every) > 150
    for escape in (visible, shown):
        escaped = escape(every)
        assert escaped.isascii() and escaped.isprintable(), escape
    text = json.dumps("a\u200bb" + _TAGS, ensure_ascii=False)
    assert for_terminal(text).isascii()
    assert json.loads(for_terminal(text)) == "a\u200bb" + _TAGS  # JSON still: beyond U+FFFF as a surrogate pair
    assert shown("x\U000e0049") == "x\\U000e0049"


def test_a_title_with_invisible_characters_is_warned_of_and_shown_escaped(tmp_path: Path) -> None:
    """rev26 L3: a title holding tag characters and a zero-width space passed `check` and `show` wrote them raw to
    the terminal (`od -c`: 363 240 201 …): a title could carry text nobody sees."""
    title = 'title: {en: "Rutte\\u200b confirms' + _TAGS + '", fr: "Rutte con\\u00adfirme"}'
    events = EVENTS.replace("title: {en: Rutte confirms, fr: Rutte confirme}", title)
    root = write_store(tmp_path, events=events)
    result = run("--data", str(root), "check")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{root}/data/events/main.yaml:5:12: warning: event 'rutte-confirms': title.en holds an invisible character, "
        "ZERO WIDTH SPACE (U+200B) at character 6, and 15 more: nobody reading it sees it, yet it is stored, "
        "searched and exported; remove it",
        f"{root}/data/events/main.yaml:5:12: warning: event 'rutte-confirms': title.fr holds an invisible character, "
        "SOFT HYPHEN (U+00AD) at character 10: nobody reading it sees it, yet it is stored, searched and exported; "
        "remove it",
    ]
    shown_on_a_terminal = run("--data", str(root), "show", "rutte-confirms", tty=True, width=200).stdout
    assert "Rutte\\u200b confirms\\U000e0069\\U000e0067" in shown_on_a_terminal
    assert not any(c in shown_on_a_terminal for c in "\u200b\u00ad" + _TAGS)


# L6: a source's address is printable ASCII


@pytest.mark.parametrize(
    "url", ["https://ex.fr/a\x1b[31mb", "https://ex.fr/a\x07", "https://evil.example/\u202emoc.elg"]
)
def test_an_address_holding_a_control_or_bidi_character_is_refused(tmp_path: Path, url: str) -> None:
    """rev26 L6: the schema's `^https?://\\S+$` let ESC, BEL and U+202E through (none is white space): `check` passed,
    and `sources --json`, the exports and the report's links carried them raw (a spoofed address, a broken link)."""
    import json

    from koursk_cli.textnorm import shown

    sources = _SOURCES + f"    url: {json.dumps(url)}\n"
    code, lines = _check(write_store(tmp_path, sources=sources))
    assert code == 1
    assert lines == [
        f"{tmp_path}/data/sources.yaml:10:10: source 'alpha': url '{shown(url)}' is not valid: expected the article's "
        "address: http:// or https:// then printable ASCII, no space (RFC 3986: percent-encode any other character, "
        "%C3%A9 for é), or null when the article does not give it"
    ]
    article = tmp_path / "a.txt"
    article.write_text("Mark Rutte a déclaré lundi que 12 000 soldats étaient à Koursk.\n", encoding="utf-8")
    refused = run("extract", str(article), "--published", "2024-11-08", "--url", url)
    assert refused.exit_code == 2
    assert refused.stderr.splitlines()[0].startswith(
        f"koursk: error: --url '{shown(url)}' is not the article's address"
    )


def test_a_percent_encoded_address_passes(tmp_path: Path) -> None:
    sources = _SOURCES + '    url: "https://www.example.fr/cor%C3%A9e?id=1&p=2#x"\n'
    assert _check(write_store(tmp_path, sources=sources)) == (0, [])
