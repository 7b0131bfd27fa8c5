"""`koursk report`: the page read back by a strict HTML parser and an XML parser (its SVG), with the real store and
the filters of `koursk events`; hostile store text shown literally; atomic writes, --force and the size limit. The
page in a real browser: tests/test_report_browser.py."""

from __future__ import annotations

import itertools
import json
import re
import shlex
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import html5lib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koursk_cli.claims import conflict_label
from koursk_cli.dates import parse_edtf
from koursk_cli.model import Claim, Status, ValueKind
from koursk_cli.report.page import CONTENT_SECURITY_POLICY
from tests.conftest import run
from tests.stores import CLAIMS, ENTITIES, EVENTS, SOURCES, StoreBuilder, write_store

FILTERS = [
    (),
    ("--since", "2024-11"),
    ("--place", "kursk", "--status", "confirmed"),
    ("--source", "CNN", "--until", "2024-11-07"),
    ("--tag", "nato", "--limit", "3"),
]
XHTML = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"


def report(tmp_path: Path, *args: str, data: Path | None = None, name: str = "kursk.html") -> str:
    target = tmp_path / name
    result = run(*(("--data", str(data)) if data else ()), "report", *args, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return target.read_text(encoding="utf-8")


def parse(page: str) -> ET.Element:
    """html5lib in strict mode raises on any parse error the HTML standard defines."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    document: ET.Element = parser.parse(page)
    return document


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def by_class(root: ET.Element, tag: str, css: str) -> list[ET.Element]:
    return [e for e in root.iter(f"{XHTML}{tag}") if css in (e.get("class") or "").split()]


def json_of(*args: str, data: Path | None = None) -> list[dict[str, Any]]:
    result = run(*(("--data", str(data)) if data else ()), *args)
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def told(*filters: str) -> list[dict[str, Any]]:
    """The events the filters select (`--limit` too, which `timeline` does not take) in `koursk timeline --json`'s
    order: its months, then its wide band (rev37u U6), the page's order."""
    selected = {e["id"] for e in json_of("events", *filters, "--json")}
    words = [word for flag in filters for word in shlex.split(flag)]
    if "--limit" in words:
        at = words.index("--limit")
        del words[at : at + 2]
    result = run("timeline", *words, "--json")
    assert result.exit_code == 0, result.stderr
    periods = json.loads(result.stdout)["periods"]
    return [event for period in periods for event in period["events"] if event["id"] in selected]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_every_selected_event_and_figure_is_on_the_page_with_its_quotes(
    tmp_path: Path, filters: tuple[str, ...]
) -> None:
    page = report(tmp_path, *filters)
    root = parse(page)
    events = told(*filters)
    assert sorted(e["id"] for e in events) == sorted(e["id"] for e in json_of("events", *filters, "--json"))
    items = by_class(root, "li", "event")
    assert [li.get("id") for li in items] == [f"event-{e['id']}" for e in events]
    for li, event in zip(items, events, strict=True):
        quotes = [text_of(q).strip() for q in li.iter(f"{XHTML}blockquote")]
        assert quotes == [e["quote"] for e in event["evidence"]]
        when = next(li.iter(f"{XHTML}time"))
        assert when.get("data-edtf") == event["date"]
        assert (when.get("data-start"), when.get("data-end")) == (event["start"], event["end"])
        assert event["title"]["en"] in text_of(li)
    rows = [tr.get("id") or "" for tr in root.iter(f"{XHTML}tr") if tr.get("data-filter") == "claim"]
    if "--place" in filters or "--tag" in filters:
        assert rows == []  # claims have neither a place nor a tag
        return
    exported = run("export", "csv", "--rows", "claims", *filters).stdout.splitlines()[1:]
    assert exported and sorted(rows) == sorted(f"claim-{line.split(',')[0]}" for line in exported)


def test_claims_and_their_quotes_match_the_store(tmp_path: Path) -> None:
    root = parse(report(tmp_path))
    rows = {tr.get("id"): tr for tr in root.iter(f"{XHTML}tr") if tr.get("data-filter") == "claim"}
    store_claims = _store_claims()
    assert set(rows) == {f"claim-{c['id']}" for c in store_claims}
    for claim in store_claims:
        row = rows[f"claim-{claim['id']}"]
        assert [text_of(q).strip() for q in row.iter(f"{XHTML}blockquote")] == [claim["quote"]]
        assert row.get("data-status") == claim["status"]
        conflicts = by_class(row, "td", "conflicts")[0]
        said = zip(claim["conflicts_with"], claim["conflict_kinds"], claim["conflict_tiers"], strict=True)
        named = [c + conflict_label(k, tier=t) for c, k, t in said]
        # `X (total fell)`, `X (total fell; only if the round figures are exact)`
        assert [a.strip() for a in text_of(conflicts).split(", ") if a.strip()] == named


def _store_claims() -> list[dict[str, Any]]:
    """Every claim of the shipped store as `--json` gives it, topic by topic."""
    topics = dict.fromkeys(row["topic"] for row in json_of("claims", "--json"))
    return [claim for topic in topics for claim in json_of("sources", "--claim", topic, "--json")]


def test_the_page_is_valid_html_and_every_chart_valid_svg(tmp_path: Path) -> None:
    page = report(tmp_path)
    root = parse(page)
    charts = re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)
    assert len(charts) == len(list(root.iter(f"{SVG}svg"))) >= 5
    for chart in charts:
        svg = ET.fromstring(chart)  # well-formed XML on its own, in the SVG namespace
        assert svg.tag == f"{SVG}svg" and svg.find(f"{SVG}title") is not None
        boxes = list(svg.iter(f"{SVG}rect"))
        assert boxes and all(float(b.get("width", "0")) > 0 and float(b.get("height", "0")) > 0 for b in boxes)
    html = root.find(f"{XHTML}html") if root.tag != f"{XHTML}html" else root
    assert html is not None


def test_the_page_loads_nothing_and_says_what_it_shows(tmp_path: Path) -> None:
    page = report(tmp_path, "--since", "2024-10", "--tag", "nato")
    root = parse(page)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page), "no remote resource"
    assert not list(root.iter(f"{XHTML}link")) and not list(root.iter(f"{XHTML}img"))
    scripts = list(root.iter(f"{XHTML}script"))
    assert len(scripts) == 1 and scripts[0].get("src") is None
    csp = [m.get("content") for m in root.iter(f"{XHTML}meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp == [CONTENT_SECURITY_POLICY] and "default-src 'none'" in CONTENT_SECURITY_POLICY
    header = text_of(next(root.iter(f"{XHTML}header")))
    assert "--since 2024-10" in header and "--tag nato" in header
    assert re.search(r"[0-9a-f]{64}", header), "the store's digest"
    assert "the store shipped with koursk" in header


@pytest.mark.parametrize(
    "filters",
    [
        ("--since", "2024-10", "--until", "2024-11", "--text", "troupes koursk"),
        ("--within", "2024-W45", "--max-span", "7"),
        ("--as-of", "nov 2024", "--source", "cnn", "--source", "003", "--status", "confirmed", "-n", "4"),
    ],
    ids=["since-until-text", "within", "as-of"],
)
def test_the_header_gives_each_filter_once_as_a_reader_would_retype_it(
    tmp_path: Path, filters: tuple[str, ...]
) -> None:
    """rev14 M2: `--since 2024-10` was shown as `--since 2024-10 --since 2024-10-01 --since 2024-10-31` (a period's
    fields taken for values), and `--text troupes koursk` unquoted: retyped, neither selects what the page holds."""
    root = parse(report(tmp_path, *filters))
    header = next(root.iter(f"{XHTML}header"))
    typed = [text_of(code) for code in header.iter(f"{XHTML}code") if text_of(code).startswith("--")]
    assert len(typed) == len([f for f in filters if f.startswith("-")])
    retyped = [word for flag in typed for word in shlex.split(flag)]
    assert json_of("events", *retyped, "--json") == json_of("events", *filters, "--json")
    events = by_class(root, "li", "event")
    assert len(events) == len(json_of("events", *retyped, "--json"))


def test_french_page(tmp_path: Path) -> None:
    root = parse(report(tmp_path, "--lang", "fr"))
    assert root.get("lang") == "fr"
    events = told()
    titles = [text_of(h).strip() for li in by_class(root, "li", "event") for h in li.iter(f"{XHTML}h4")]
    assert [t[1:].strip() for t in titles] == [e["title"]["fr"] for e in events]
    assert "Chronologie" in text_of(root)
    dates = [text_of(t) for li in by_class(root, "li", "event") for t in li.iter(f"{XHTML}time")]
    assert "8–13 oct. 2024" in dates and not any(re.search(r"\b(Oct|Nov)\b", d) for d in dates)


@pytest.mark.parametrize(
    ("edtf", "english", "french"),
    [
        ("2024-11-07", "7 Nov 2024", "7 nov. 2024"),
        ("2024-10", "Oct 2024", "oct. 2024"),
        ("2024-10-08/2024-10-13", "8–13 Oct 2024", "8–13 oct. 2024"),
        ("2025-01-11~/2025-01-20~", "~mid-Jan 2025", "~mi-janv. 2025"),
        ("2024-12-21/2024-12-31", "late Dec 2024", "fin déc. 2024"),
        ("2024-10/2024-11", "Oct–Nov 2024", "oct.–nov. 2024"),
        ("2024-10-28?", "28 Oct 2024?", "28 oct. 2024?"),
        ("2022-02/2025-02~", "Feb 2022 – ~Feb 2025", "févr. 2022 – ~févr. 2025"),
    ],
)
def test_dates_read_in_the_page_language(edtf: str, english: str, french: str) -> None:
    from koursk_cli.humanize import human_date

    assert (human_date(parse_edtf(edtf)), human_date(parse_edtf(edtf), lang="fr")) == (english, french)


def test_the_same_store_and_time_give_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    first = report(tmp_path, name="a.html")
    second = report(tmp_path, name="b.html")
    assert first == second and "2025-01-01 00:00 UTC" in first


@pytest.mark.parametrize(
    "epoch", ["253402300800", "\u00b2", "\u0661\u0662", "99999999999999999", "9" * 5000, "abc", "-1", "1e10"]
)
def test_a_source_date_epoch_koursk_cannot_use_is_named_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: str
) -> None:
    """rev14 H5: a year past 9999 or a Unicode digit (`²`, Arabic-Indic digits) was a traceback, a huge value "Value
    too large for defined data type" without naming the variable, and anything else not digits was ignored, so a
    build that misspelt it got a page stamped with the current time. Each is a usage error naming the variable."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = run("report", "-o", str(tmp_path / "k.html"))
    assert result.exit_code == 2 and "Traceback" not in result.stderr and not (tmp_path / "k.html").exists()
    first, hint = result.stderr.splitlines()
    assert first.startswith("koursk: error: SOURCE_DATE_EPOCH=") and first.endswith("is not a time koursk can stamp")
    assert len(first) < 200 and hint.startswith("  hint: give whole seconds since 1970-01-01 UTC, 0 to 253402300799")


@pytest.mark.parametrize(("epoch", "stamp"), [("0", "1970-01-01 00:00 UTC"), ("253402300799", "9999-12-31 23:59 UTC")])
def test_source_date_epoch_holds_from_1970_to_9999(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: str, stamp: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert stamp in report(tmp_path)


# --- hostile store text ---------------------------------------------------------------------------------------------

HOSTILE = '<script>alert("t")</script> [red]bold[/red] ]]></svg> &amp; \x1b[31m'
HOSTILE_URL = 'https://evil.example/"><script>alert(1)</script>'
HOSTILE_SEED = "Il a dit <img src=x onerror=alert(1)> [bold]rien[/bold] & plus, 12000 soldats.\n"


@pytest.fixture
def hostile_store(tmp_path: Path, past_check: None) -> Path:
    """ESC, which `check` refuses, read past it (tests/unchecked.py), beside markup the page must not obey."""
    title = json.dumps(HOSTILE)
    events = EVENTS.replace("{en: Rutte confirms, fr: Rutte confirme}", f"{{en: {title}, fr: {title}}}").replace(
        "Mark Rutte a déclaré lundi 28 octobre", "<img src=x onerror=alert(1)> [bold]rien[/bold] & plus"
    )
    claims = CLAIMS.replace("environ 12.000 soldats ont été envoyés", "12000 soldats").replace(
        "unit: soldiers", f"unit: {json.dumps('<b>soldiers</b>')}"
    )
    sources = SOURCES.replace("outlet: null", f"outlet: {title}") + f"    notes: [{title}]\n"
    sources += f"    author: {title}\n    url: {json.dumps(HOSTILE_URL)}\n"
    entities = ENTITIES.replace("{en: NIS, fr: NIS}", f"{{en: {title}, fr: {title}}}")
    root = tmp_path / "store"
    write_store(root, events=events, claims=claims, entities=entities, seed=HOSTILE_SEED)
    sha = __import__("hashlib").sha256(HOSTILE_SEED.encode()).hexdigest()
    (root / "data" / "sources.yaml").write_text(sources.format(sha=sha), encoding="utf-8")
    check = run("--data", str(root), "check")
    assert check.exit_code == 0, check.stdout + check.stderr
    return root


def test_hostile_store_text_shows_literally(tmp_path: Path, hostile_store: Path) -> None:
    page = report(tmp_path, data=hostile_store)
    root = parse(page)
    assert len(list(root.iter(f"{XHTML}script"))) == 1
    assert not list(root.iter(f"{XHTML}img")) and not list(root.iter(f"{XHTML}b"))
    shown = HOSTILE.replace("\x1b", "\\x1b")  # control characters made visible, as on a terminal
    title = by_class(root, "li", "event")[0].find(f"{XHTML}h4")
    assert title is not None and text_of(title).endswith(shown)
    quote = next(root.iter(f"{XHTML}blockquote"))
    assert text_of(quote).strip() == "<img src=x onerror=alert(1)> [bold]rien[/bold] & plus"
    assert "<b>soldiers</b>" in text_of(root)
    links = [a.get("href") for a in root.iter(f"{XHTML}a") if (a.get("href") or "").startswith("https:")]
    assert links == [HOSTILE_URL], "the article's address, whole, as one link"
    for chart in re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL):
        ET.fromstring(chart)
    assert "\x1b" not in page


# --- files ----------------------------------------------------------------------------------------------------------


def test_an_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "kursk.html"
    target.write_text("mine", encoding="utf-8")
    refused = run("report", "-o", str(target))
    assert refused.exit_code == 2 and "already exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    replaced = run("report", "-o", str(target), "--force")
    assert replaced.exit_code == 0 and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["kursk.html"], "no temporary file left behind"


def test_stdout_with_a_dash_but_never_onto_a_terminal() -> None:
    piped = run("report", "-o", "-", "--limit", "1")
    assert piped.exit_code == 0 and piped.stdout.startswith("<!DOCTYPE html>")
    terminal = run("report", tty=True)
    assert terminal.exit_code == 2 and "-o FILE" in terminal.stderr


def test_a_selection_over_the_limit_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "big.html"
    refused = run("report", "--max-events", "10", "-o", str(target))
    assert refused.exit_code == 2
    events = len(run("events", "--json").json())
    assert f"the selection holds {events} events; a report holds at most 10" in refused.stderr
    assert "--max-events" in refused.stderr and not target.exists()
    refused = run("report", "--max-claims", "3", "-o", str(target))
    assert refused.exit_code == 2 and "figures" in refused.stderr and not target.exists()
    assert run("report", "--max-events", "10", "--limit", "10", "-o", str(target)).exit_code == 0


def test_an_empty_selection_is_still_a_page(tmp_path: Path) -> None:
    root = parse(report(tmp_path, "--text", "no such words anywhere"))
    assert not by_class(root, "li", "event")
    assert "No events match this selection." in text_of(root)


def test_every_citation_is_the_text_koursk_cite_gives(tmp_path: Path) -> None:
    root = parse(report(tmp_path))
    entries = [*by_class(root, "li", "event"), *(tr for tr in root.iter(f"{XHTML}tr") if tr.get("data-filter"))]
    assert len(entries) > 70
    for entry in entries:
        record = (entry.get("id") or "").split("-", 1)[1]
        expected = [c["text"] for c in json_of("cite", record, "--style", "text", "--json")]
        shown = [text_of(li) for box in by_class(entry, "div", "cite") for li in box.iter(f"{XHTML}li")]
        assert shown == expected, record


# --- the chart, on any claims -----------------------------------------------------------------------------------------

_KINDS = st.sampled_from(list(ValueKind))


@st.composite
def chart_claims(draw: st.DrawFn) -> list[Claim]:
    claims = []
    for n in range(draw(st.integers(1, 12))):
        start = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
        end = start + timedelta(days=draw(st.integers(0, 400)))
        kind = draw(_KINDS)
        low = draw(st.floats(0, 1e6, allow_nan=False))
        high = low + draw(st.floats(0, 1e5, allow_nan=False))
        ranged = kind is ValueKind.RANGE
        claims.append(
            Claim(
                id=f"c{n}", topic="t", measure="m", value=None if ranged else low, value_kind=kind,
                value_min=low if ranged else None, value_max=high if ranged else None, unit="u",
                as_of=parse_edtf(f"{start.isoformat()}/{end.isoformat()}"), as_of_basis="b",
                asserted_by=(draw(st.sampled_from(["a", "b", "c"])),), source="s", quote="q",
                status=Status.REPORTED,
            )
        )  # fmt: skip
    return claims


@given(chart_claims())
@settings(max_examples=60, deadline=None)
def test_every_claim_is_one_box_inside_the_plot(claims: list[Claim]) -> None:
    """Whatever the claims: one box per claim, linked to its row, inside the drawing, never thinner than MIN_BOX,
    and wider for a longer as-of window."""
    from koursk_cli.report import chart

    svg = ET.fromstring(
        chart.figure_chart(
            claims, title="t", series={"a": 0, "b": 1, "c": 2}, asserter=lambda c: c.asserted_by[0],
            name=str, conflicts={}, chart_id="x", month_label=lambda d: d.isoformat(),
        )
    )  # fmt: skip
    links = svg.findall(f"{SVG}a")
    assert [a.get("href") for a in links] == [f"#claim-{c.id}" for c in claims]
    boxes = [a.find(f"{SVG}rect") for a in links]
    for box in boxes:
        assert box is not None
        x, y, w, h = (float(box.get(k) or "nan") for k in ("x", "y", "width", "height"))
        assert x >= chart.LEFT - chart.MIN_BOX and x + w <= chart.WIDTH - chart.RIGHT + chart.MIN_BOX
        assert y >= chart.TOP - chart.MIN_BOX and y + h <= chart.HEIGHT - chart.BOTTOM + chart.MIN_BOX
        assert w >= chart.MIN_BOX - 0.11 and h >= chart.MIN_BOX - 0.11
    days = [(c.as_of.end - c.as_of.start).days for c in claims]
    widths = [float(b.get("width") or 0) for b in boxes if b is not None]
    for (d1, w1), (d2, w2) in itertools.combinations(zip(days, widths, strict=True), 2):
        if d1 > d2 and w2 > chart.MIN_BOX + 0.2:
            assert w1 >= w2 - 0.11


@pytest.mark.parametrize("value", [0.0, 5e-324, 0.3])
def test_a_chart_of_figures_below_one_still_has_an_axis(value: float) -> None:
    """Hypothesis found it: a subnormal figure made the axis step log10(0) (math domain error)."""
    from koursk_cli.report import chart

    claim = Claim(
        id="c0", topic="t", measure="m", value=value, value_kind=ValueKind.EXACT, value_min=None, value_max=None,
        unit="u", as_of=parse_edtf("2024-01-01"), as_of_basis="b", asserted_by=("a",), source="s", quote="q",
        status=Status.REPORTED,
    )  # fmt: skip
    svg = chart.figure_chart(
        [claim], title="t", series={"a": 0}, asserter=lambda c: c.asserted_by[0], name=str, conflicts={},
        chart_id="x", month_label=lambda d: d.isoformat(),
    )  # fmt: skip
    assert ET.fromstring(svg).findall(f"{SVG}a")


def test_a_curators_summary_is_never_the_sources_heading(tmp_path: Path) -> None:
    """A summary is marked as such; a printed headline (none in the shipped store since facts16 M6) is not."""
    headings = {h.get("id"): "".join(h.itertext()) for h in parse(report(tmp_path)).iter(f"{XHTML}h3")}
    assert headings["source-cnn-h"].startswith("[untitled (curator's summary): ")
    store = (
        StoreBuilder()
        .source("alpha", "2024-10-28")
        .source("beta", "2024-11-05", printed=True)
        .event("alpha-speaks", "2024-10-28", "Alpha speaks", ("alpha", "Alpha a parlé"))
        .event("beta-speaks", "2024-11-05", "Beta speaks", ("beta", "Beta a parlé"))
        .write(tmp_path / "store")
    )
    headings = {
        h.get("id"): "".join(h.itertext())
        for h in parse(report(tmp_path, data=store, name="two.html")).iter(f"{XHTML}h3")
    }
    assert headings["source-alpha-h"].startswith("[untitled (curator's summary): Alpha]")
    assert headings["source-beta-h"].startswith("Beta")


@given(st.lists(st.lists(st.sampled_from("abcdefghijkl"), min_size=1, max_size=12), min_size=1, max_size=8))
@settings(max_examples=80, deadline=None)
def test_series_in_one_chart_never_share_a_colour(charts: list[list[str]]) -> None:
    """The palette registry (rev37u U8): within a chart of at most PALETTE_SIZE asserters each has its own colour,
    every colour is one the style sheet has, and an asserter met in two charts keeps its colour unless taken there."""
    from koursk_cli.report import chart

    size = chart.PALETTE_SIZE
    assigned = chart.series_colours(charts)
    assert [set(colours) for colours in assigned] == [set(keys) for keys in charts]
    for keys, colours in zip(charts, assigned, strict=True):
        assert all(0 <= c < size for c in colours.values())
        if len(set(keys)) <= size:
            assert len(set(colours.values())) == len(colours)
    if all(len(set(keys)) <= size for keys in charts) and len({k for keys in charts for k in keys}) <= size:
        assert len({(k, c) for colours in assigned for k, c in colours.items()}) == len(
            {k for keys in charts for k in keys}
        ), "with no more asserters than colours, each keeps one colour over the page"
