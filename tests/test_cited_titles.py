"""A curator's summary is never cited as the outlet's headline (third review H1; since facts16 M6 no shipped seed is
known to print its headline, so a printed one is tested on a synthetic store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder


def test_cite_marks_a_curators_summary_and_keeps_a_printed_headline(tmp_path: Path) -> None:
    cnn = run("cite", "zelensky-budapest-11000").stdout
    assert "[untitled (curator's summary): Selon Zelensky" in cnn
    assert "*Selon Zelensky" not in cnn
    printed = run("--data", _two_sources(tmp_path), "cite", "rutte-again").stdout
    assert "— *Beta*, " in printed and "curator's summary" not in printed
    plain = run("cite", "zelensky-budapest-11000", "--style", "text").stdout
    assert "[untitled (curator's summary):" in plain


def test_json_and_exports_say_whether_a_title_was_printed(tmp_path: Path) -> None:
    records = json.loads(run("cite", "zelensky-budapest-11000", "--json").stdout)
    assert records[0]["title_printed"] is False
    root = _two_sources(tmp_path)
    sources = {s["id"]: s for s in json.loads(run("--data", root, "sources", "--json").stdout)}
    assert [i for i, s in sorted(sources.items()) if s["title_printed"]] == ["beta"]
    csv = run("--data", root, "sources", "--fields", "id,title_printed", "--jsonl").stdout
    assert '"title_printed": false' in csv and '"title_printed": true' in csv


def _two_sources(root: Path) -> str:
    """`alpha`, whose seed printed no headline (its title is the curator's summary), and `beta`, which printed one."""
    builder = StoreBuilder().source("alpha", "2024-10-28").source("beta", "2024-11-05", printed=True)
    builder.entity("rutte", "person", "Mark Rutte")
    builder.event("rutte-speaks", "2024-10-28", "Rutte speaks", ("alpha", "Rutte a parlé"), actors=("rutte",))
    builder.event("rutte-again", "2024-11-05", "Rutte again", ("beta", "Rutte a reparlé"), actors=("rutte",))
    return str(builder.write(root))


SUMMARY = "[untitled (curator's summary): Alpha]"


@pytest.mark.parametrize(
    ("args", "tty", "printed"),
    [
        (["cite", "rutte-speaks", "--style", "text"], False, None),
        (["sources"], False, "\tBeta\n"),
        (["sources"], True, " Beta"),
        (["show", "alpha"], False, None),
        (["show", "rutte-speaks"], False, None),
        (["diff", "alpha", "beta"], False, "+++ beta (published 5 Nov 2024) Beta\n"),
        (["export", "ics"], False, "— Beta — beta"),
        (["export", "timelinejs"], False, "— Beta — beta, 5 Nov 2024"),
    ],
)
def test_every_heading_of_a_source_says_when_its_title_is_the_curators_summary(
    tmp_path: Path, args: list[str], tty: bool, printed: str | None
) -> None:
    result = run("--data", _two_sources(tmp_path), *args, tty=tty, width=200)
    assert result.exit_code == 0, result.stderr
    out = result.stdout.replace("\r\n ", "")  # ics folds long lines
    assert SUMMARY in out
    assert "Alpha" not in out.replace(SUMMARY, "")  # never the bare summary as if it were the outlet's headline
    if printed:
        assert printed in out and "«Beta»" not in out


MARKUP = "Selon [click](javascript:alert(1)) <img src=x onerror=alert(1)> **Zelensky** ![](http://evil.example/px.png)"
ESCAPED = (
    "Selon \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\*\\*Zelensky\\*\\* "
    "!\\[\\](http://evil.example/px.png)"
)


@pytest.mark.parametrize("printed", [True, False], ids=["printed", "summary"])
def test_cite_escapes_store_text_in_markdown_as_export_markdown_does(tmp_path: Path, printed: bool) -> None:
    """rev14 M6: `cite` wrote titles, outlets and quotes into Markdown raw (a link, raw HTML and a tracking pixel
    once pasted), where `export markdown` escapes the same text; both now use textnorm.markdown_text."""
    quote = "Zelensky a dit [...] que *11 000* soldats <b>sont</b> là"
    root = (
        StoreBuilder()
        .source("cnn", "2024-11-08", outlet="CNN_[ad](http://evil.example)", printed=printed)
        .event("hostile", "2024-11-07", MARKUP, ("cnn", quote))
        .write(tmp_path)
    )
    sources = root / "data" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace('fr: "Cnn"', f'fr: "{MARKUP}"'), encoding="utf-8")
    assert run("--data", str(root), "check").exit_code == 0
    exported = run("--data", str(root), "export", "markdown").stdout
    assert ESCAPED in exported  # the same text as an event title, in the exported table
    for style in ("markdown", "footnote"):
        cited = run("--data", str(root), "cite", "hostile", "--style", style).stdout
        assert ESCAPED in cited, cited
        assert "\\[...\\] que \\*11 000\\* soldats \\<b\\>sont\\</b\\> là" in cited
        assert "CNN\\_\\[ad\\](http://evil.example)" in cited
    plain = run("--data", str(root), "cite", "hostile", "--style", "text").stdout
    assert MARKUP in plain and quote in plain and "CNN_[ad](http://evil.example)" in plain
