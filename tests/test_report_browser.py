"""`koursk report` in a real headless Chromium (Debian's `chromium`), opened from file:// with the network blocked:
everything the selection holds is in the DOM, dates at their precision, no request leaves the page, no console
error, the filter narrows the list, the page works without JavaScript and in both colour schemes.

Screenshots at 360 and 1280 px are kept in $KOURSK_ARTIFACTS (default: a pytest temporary folder).
Without Chromium these tests are skipped, unless KOURSK_REQUIRE_BROWSER=1 (as in .ci/run) makes that a failure.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import Browser, Page, find_chromium
from tests.conftest import run
from tests.stores import StoreBuilder, drafts_store

SOURCE_DATE_EPOCH = "1735689600"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        if os.environ.get("KOURSK_REQUIRE_BROWSER") == "1":
            pytest.fail("KOURSK_REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install chromium)")
        pytest.skip("no chromium on PATH (apt-get install chromium); KOURSK_REQUIRE_BROWSER=1 makes this fail")
    started = Browser(executable)
    yield started
    started.close()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("KOURSK_ARTIFACTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("report-artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_report(folder: Path, *args: str) -> Path:
    target = folder / "kursk.html"
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    try:
        result = run("report", *args, "-o", str(target), "--force")
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    assert result.exit_code == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return write_report(tmp_path_factory.mktemp("report")).as_uri()


@pytest.fixture(scope="module")
def store_events() -> list[dict[str, Any]]:
    """Every event in the page's order, `timeline --json`'s: by month, then the wide band (rev37u U6), each with
    the period it is told in."""
    periods = json.loads(run("timeline", "--json").stdout)["periods"]
    return [event | {"told_in": period["period"]} for period in periods for event in period["events"]]


def assert_clean(page: Page) -> None:
    """Only the page itself was requested, and nothing complained."""
    assert page.requests() == [page.url.partition("#")[0]], "a request left the page"
    assert page.errors() == []


EVENTS_IN_DOM = """
Array.from(document.querySelectorAll("li.event")).map(li => {
  const time = li.querySelector("time");
  const bar = li.querySelector(".bar"), span = bar.querySelector("span");
  return {
    id: li.id,
    quotes: Array.from(li.querySelectorAll("blockquote")).map(q => q.textContent.trim()),
    edtf: time.dataset.edtf, shown: time.textContent, datetime: time.getAttribute("datetime"),
    bar: span.getBoundingClientRect().width / bar.getBoundingClientRect().width,
    barClass: span.className,
  };
})
"""


@pytest.mark.parametrize("width", [360, 1280])
def test_the_whole_selection_reads_at_every_width(
    browser: Browser, page_url: str, store_events: list[dict[str, Any]], artifacts: Path, width: int
) -> None:
    page = browser.open(page_url, width=width)
    shown = page.evaluate(EVENTS_IN_DOM)
    assert [e["id"] for e in shown] == [f"event-{e['id']}" for e in store_events]
    for seen, event in zip(shown, store_events, strict=True):
        assert seen["quotes"] == [e["quote"] for e in event["evidence"]]
        assert seen["edtf"] == event["date"]
    claims = page.evaluate("document.querySelectorAll('tr.claim blockquote').length")
    assert claims == page.evaluate("document.querySelectorAll('tr.claim').length") > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no sideways scrolling"
    page.screenshot(artifacts / f"report-{width}.png")
    assert (artifacts / f"report-{width}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert_clean(page)


def test_dates_render_at_their_precision(browser: Browser, page_url: str, store_events: list[dict[str, Any]]) -> None:
    page = browser.open(page_url)
    by_id = {e["id"]: e for e in page.evaluate(EVENTS_IN_DOM)}
    kinds = set()
    for event in store_events:
        seen = by_id[f"event-{event['id']}"]
        assert ("~" in seen["shown"]) == event["approximate"]  # an interval's ends may each carry their own mark
        assert ("?" in seen["shown"]) == event["uncertain"]
        assert seen["datetime"] == event["date"].split("/")[0].rstrip("~?%"), "a valid HTML date as precise as EDTF"
        if "/" not in event["date"] and event["precision"] == "day":
            kinds.add("day")
            assert any(ch.isdigit() for ch in seen["shown"].split()[0]), "a day shows its day"
            assert seen["bar"] < 0.05, "a single day is a tick, not a bar"
        if "/" not in event["date"] and event["precision"] == "month":
            kinds.add("month")
            assert "vague" in seen["barClass"] and seen["bar"] > 0.95, "a month spans its whole period"
        if "/" in event["date"] and event["start"][:7] == event["end"][:7] and event["precision"] == "day":
            kinds.add("interval")
            assert 0.03 < seen["bar"] < 0.97, "an interval within a month is a bar of its length"
        if event["told_in"] == "wide":  # its window within the band's span, never past it
            kinds.add("wide")
            assert "goes-on" not in seen["barClass"] and 0.03 < seen["bar"] <= 1.001
        elif event["end"][:7] > event["start"][:7]:
            assert "goes-on" in seen["barClass"]
    assert kinds == {"day", "month", "interval", "wide"}, "the store exercises every kind"
    assert_clean(page)


def test_the_filter_narrows_the_list(browser: Browser, page_url: str) -> None:
    page = browser.open(page_url)
    visible = "Array.from(document.querySelectorAll('li.event:not([hidden])'))"
    total = page.evaluate(f"{visible}.length")
    page.type_into("#filter input[type=search]", "rutte")
    kept = page.evaluate(f"{visible}.map(li => li.textContent.toLowerCase())")
    assert 0 < len(kept) < total and all("rutte" in text for text in kept)
    assert page.evaluate("document.getElementById('filter-count').textContent").startswith(f"{len(kept)} of {total}")
    page.evaluate("document.querySelector('#filter input[type=search]').value = ''")
    page.send("Input.insertText", {"text": " "})
    page.evaluate("document.querySelector('#filter input[value=confirmed]').click()")
    statuses = page.evaluate(f"{visible}.map(li => li.dataset.status)")
    assert statuses and "confirmed" not in statuses
    empty_periods = page.evaluate(
        "Array.from(document.querySelectorAll('section.period')).filter(s => !s.hidden"
        " && !s.querySelector('li.event:not([hidden])')).length"
    )
    assert empty_periods == 0, "a period whose events are all filtered out is hidden too"
    assert_clean(page)


def test_without_javascript_every_quote_is_there(
    browser: Browser, page_url: str, store_events: list[dict[str, Any]]
) -> None:
    page = browser.open(page_url, javascript=False)
    assert page.evaluate("document.getElementById('filter').hidden") is True, "no dead controls without script"
    assert page.evaluate("document.querySelectorAll('li.event').length") == len(store_events)
    quotes = page.evaluate("document.querySelectorAll('details blockquote').length")
    with_js = browser.open(page_url)
    assert quotes == with_js.evaluate("document.querySelectorAll('details blockquote').length") > 50
    assert page.evaluate("document.querySelectorAll('svg rect.figure').length") > 0
    assert_clean(page)


def test_dark_scheme(browser: Browser, page_url: str, artifacts: Path) -> None:
    background = "getComputedStyle(document.documentElement).backgroundColor"
    light = browser.open(page_url).evaluate(background)
    dark_page = browser.open(page_url, scheme="dark")
    assert dark_page.evaluate(background) != light
    dark_page.screenshot(artifacts / "report-1280-dark.png", full=False)
    assert_clean(dark_page)


def press(page: Page, key: str, code: int, text: str = "") -> None:
    for kind in ("keyDown", "keyUp"):
        page.send(
            "Input.dispatchKeyEvent",
            {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code, "text": text},
        )


def test_keyboard_opens_quotes_and_links_reveal_them(browser: Browser, page_url: str) -> None:
    page = browser.open(page_url)
    press(page, "Tab", 9)
    assert page.evaluate("document.activeElement.className") == "skip", "the first Tab reaches the skip link"
    page.evaluate("document.querySelector('li.event summary').focus()")
    press(page, "Enter", 13, "\r")
    assert page.evaluate("document.querySelector('li.event details').open") is True
    claim = page.evaluate("document.querySelector('tr.claim').id")
    linked = browser.open(f"{page_url}#{claim}")
    assert linked.evaluate(f"document.getElementById('{claim}').querySelector('details').open") is True
    assert_clean(linked)


def test_the_checks_would_see_a_leak(browser: Browser, tmp_path: Path) -> None:
    """The harness itself: a page that reaches out and logs an error is caught (so a clean result means
    something)."""
    leaky = tmp_path / "leaky.html"
    leaky.write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title><img src="http://example.com/x.png" alt="">'
        "<script>console.error('boom')</script>",
        encoding="utf-8",
    )
    page = browser.open(leaky.as_uri())
    assert "http://example.com/x.png" in page.requests()
    assert any("boom" in error for error in page.errors())


def test_printing_shows_every_quote(browser: Browser, page_url: str, artifacts: Path) -> None:
    page = browser.open(page_url)
    hidden = "Array.from(document.querySelectorAll('blockquote')).filter(q => !q.checkVisibility()).length"
    assert page.evaluate(hidden) > 0, "on screen, quotes wait in closed <details>"
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    assert page.evaluate(hidden) == 0, "in print every quote is shown, with or without script"
    assert page.evaluate("getComputedStyle(document.getElementById('filter')).display") == "none"
    pdf = page.send("Page.printToPDF", {"printBackground": False})["data"]
    (artifacts / "report.pdf").write_bytes(base64.b64decode(pdf))
    assert (artifacts / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert_clean(page)


BADGES = """
(() => {
  const luminance = rgb => {
    const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
      .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const color = getComputedStyle(el).backgroundColor;
      if (!/rgba\\(.*, 0\\)$/.test(color) && color !== "transparent") return color;
    }
    return "rgb(255, 255, 255)";
  };
  return Array.from(document.querySelectorAll("li.event, tr.claim, li.source")).map(record => {
    const badge = record.querySelector(".draft-badge");
    if (!badge) return {id: record.id, badge: null};
    badge.scrollIntoView();  // a period, measure or article far down is drawn only near the screen
    const box = badge.getBoundingClientRect();
    const [a, b] = [luminance(getComputedStyle(badge).color), luminance(background(badge))];
    return {
      id: record.id, badge: badge.innerText, visible: badge.checkVisibility() && box.width > 0 && box.height > 0,
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    };
  });
})()
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_drafts_preview_shows_which_records_are_drafts(
    browser: Browser, tmp_path: Path, artifacts: Path, scheme: str
) -> None:
    """Under --drafts, each event, figure and article still in draft opens with a badge a reader sees (on screen, in
    either colour scheme, with text contrast of at least 4.5:1) and a screen reader reads; a curated record has
    none, and the filter's words find the drafts."""
    root = drafts_store(tmp_path / "store")
    target = tmp_path / "preview.html"
    result = run("--data", str(root), "--drafts", "report", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    page = browser.open(target.as_uri(), width=360, scheme=scheme)
    records = {r["id"]: r for r in page.evaluate(BADGES)}
    drafted = {"event-own", "event-cited", "claim-asserted", "claim-via-source", "source-drafted"}
    assert {key for key, r in records.items() if r["badge"] is not None} == drafted
    assert {"event-clean", "claim-finished", "source-curated"} <= set(records)
    for key in drafted:
        assert records[key]["badge"] == "[draft]" and records[key]["visible"], records[key]
        assert records[key]["contrast"] >= 4.5, records[key]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "no sideways scrolling"
    page.screenshot(artifacts / f"report-drafts-360-{scheme}.png")
    page.type_into("#filter input[type=search]", "draft")
    shown = page.evaluate("Array.from(document.querySelectorAll('li.event:not([hidden])')).map(li => li.id)")
    assert shown == ["event-own", "event-cited"]
    assert_clean(page)


LAID_OUT = "document.head.insertAdjacentHTML('beforeend', '<style>.period,.measure,.source{content-visibility:visible}</style>')"
"""Every part drawn, far from the screen too (content-visibility: auto skips it), before anything is measured."""

CHART_LABELS = """
Array.from(document.querySelectorAll("figure.chart svg")).map(svg => {
  const view = svg.viewBox.baseVal;
  const boxes = Array.from(svg.querySelectorAll("text")).map(t => {
    const b = t.getBBox();
    return {text: t.textContent, x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height,
            axis: t.getAttribute("y") === String(view.height - 26)};
  });
  const swatches = Array.from(svg.closest("figure").querySelectorAll(".swatch")).map(s => ({
    name: s.parentElement.textContent, colour: getComputedStyle(s).backgroundColor,
  }));
  const fills = Array.from(svg.querySelectorAll("rect.figure")).map(r => getComputedStyle(r).fill);
  return {id: svg.id, title: svg.querySelector("title").textContent, width: view.width, height: view.height,
          boxes, swatches, fills};
})
"""


def test_chart_labels_never_touch_or_leave_the_chart_and_series_differ(
    browser: Browser, page_url: str, artifacts: Path
) -> None:
    """rev37u U8, measured in the browser's own font: no two x-axis labels overlap ("13 OctNov 2024"), no text leaves
    the view box ("Mar 202"), each asserter in a chart has its own colour (the article and the 9th asserter were
    both s0) and each box the colour of its legend's swatch; a title reads "Russia: each figure", not "Russia.:"."""
    page = browser.open(page_url)
    page.evaluate(LAID_OUT)
    charts = page.evaluate(CHART_LABELS)
    assert len(charts) >= 5
    for chart in charts:
        for box in chart["boxes"]:
            assert box["x"] >= 0 and box["right"] <= chart["width"], (chart["id"], box)
            assert box["y"] >= 0 and box["bottom"] <= chart["height"], (chart["id"], box)
        axis = sorted((b for b in chart["boxes"] if b["axis"]), key=lambda b: b["x"])
        assert axis, chart["id"]
        for left, right in itertools.pairwise(axis):
            assert left["right"] <= right["x"], (chart["id"], left["text"], right["text"])
        colours = {s["name"]: s["colour"] for s in chart["swatches"]}
        assert len(set(colours.values())) == len(colours), (chart["id"], colours)
        assert set(chart["fills"]) <= set(colours.values()), chart["id"]
        assert ".:" not in chart["title"] and ": " in chart["title"], chart["title"]
    sent = next(c for c in charts if c["id"] == "chart-troops-sent-to-russia")
    assert len(sent["swatches"]) >= 5 and {"Mar 2025", "13 Oct 2024"} <= {b["text"] for b in sent["boxes"]}
    page.evaluate("document.getElementById('chart-troops-sent-to-russia').scrollIntoView()")
    page.screenshot(artifacts / "report-chart-1280.png", full=False)
    assert_clean(page)


def test_a_single_day_chart_is_padded_around_its_day(browser: Browser, page_url: str) -> None:
    """A figure of one day is a box in the middle of a few days' axis, named under it, not the chart's whole width."""
    page = browser.open(page_url)
    page.evaluate(LAID_OUT)
    box, label = page.evaluate(
        "(() => { const svg = document.getElementById('chart-losses-killed-unspecified-side');"
        " const r = svg.querySelector('rect.figure').getBBox(), t = svg.querySelector('text[y=\"234\"]').getBBox();"
        " return [[r.x, r.width], [t.x + t.width / 2, t.width]]; })()"
    )
    assert box[1] < 100, "one day of a padded week, not 560 px"
    assert 64 + 150 < box[0] < 624 - 150, "mid-axis"
    assert abs(label[0] - (box[0] + box[1] / 2)) < 1, "its day is named under it"


BROKEN_WORDS = """
(() => {
  const broken = [];
  for (const cell of document.querySelectorAll("table th, table td")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.checkVisibility()) continue;
      for (const m of node.textContent.matchAll(/[^\\s\\-–\\/]+[\\-–\\/]?/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
})()
"""


@pytest.mark.parametrize("width", [1280, 1024, 360])
def test_no_table_cell_breaks_a_word(browser: Browser, page_url: str, width: int) -> None:
    """rev37u U8: at 1280 px the figure tables read "Statu s", "alle ged", "citati on" (the page's
    overflow-wrap: anywhere); a word wraps whole, or not at all (a narrow screen scrolls the table, not the page)."""
    page = browser.open(page_url, width=width)
    page.evaluate(LAID_OUT)
    assert page.evaluate(BROKEN_WORDS) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no sideways scrolling"
    assert_clean(page)


FRENCH_WORDS = r"""
({
  statuses: Array.from(document.querySelectorAll("p.when span[class^=status-], td.status span")).map(s => s.textContent),
  filters: Array.from(document.querySelectorAll("#filter fieldset label")).map(l => l.textContent.trim()),
  figures: Array.from(document.querySelectorAll("td.num")).map(td => td.firstChild.textContent),
  axis: Array.from(document.querySelectorAll("figure.chart svg > text[text-anchor=end]")).map(t => t.textContent)
    .filter(text => !/\p{L}/u.test(text)),  // the y axis (a month's label may be anchored at its end too)
  labels: Array.from(document.querySelectorAll("figure.chart svg a title")).map(t => t.textContent),
})
"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_french_report_says_its_statuses_and_numbers_in_french(browser: Browser, tmp_path: Path, lang: str) -> None:
    """closing38 « Left »: under --lang fr the report's status words stayed English and its y axis read `10,000`
    beside inline labels grouped « 10 000 »."""
    page = browser.open(write_report(tmp_path, "--lang", lang).as_uri())
    seen = page.evaluate(FRENCH_WORDS)
    statuses = {"en": {"confirmed", "reported", "alleged"}, "fr": {"confirmé", "rapporté", "allégué"}}[lang]
    assert statuses <= {s.split()[-1] for s in seen["statuses"]} <= statuses | {"denied", "démenti"}
    assert [label.split()[-1] for label in seen["filters"]] == (
        ["confirmed", "reported", "alleged", "denied"]
        if lang == "en"
        else ["confirmé", "rapporté", "allégué", "démenti"]
    )
    grouped = re.compile(r"\d{1,3}(?:,\d{3})+" if lang == "en" else r"\d{1,3}(?:\u00a0\d{3})+")
    other = re.compile(r"\d\u00a0\d{3}" if lang == "en" else r"\d,\d{3}")
    for texts in (seen["axis"], seen["figures"], seen["labels"]):
        assert any(grouped.search(text) for text in texts) and not any(other.search(text) for text in texts)
    tick = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?" if lang == "en" else r"\d{1,3}(?:\u00a0\d{3})*(?:,\d+)?"  # 0.5, 0,5
    assert [text for text in seen["axis"] if not re.fullmatch(tick, text)] == []
    assert all(
        (" au " in label) == (lang == "fr") and (" as of " in label) == (lang == "en") for label in seen["labels"]
    )
    # review 40: a figure's tooltip said `au 2024-11-07` where the table beside it says « 7 nov. 2024 »
    months = ("janv.", "févr.", "oct.", "nov.", "déc.") if lang == "fr" else ("Jan", "Feb", "Oct", "Nov", "Dec")
    assert [label for label in seen["labels"] if re.search(r"\d{4}-\d\d", label)] == []
    assert any(month in label for label in seen["labels"] for month in months)
    assert_clean(page)


SHOWN = {
    "en": {
        ("", 2): "2 of 2 events and 2 of 2 figures shown",
        ("alphapost", 2): "1 of 2 events and 1 of 2 figures shown",
        ("zzzz", 2): "0 of 2 events and 0 of 2 figures shown",
        ("", 1): "1 of 1 event and 1 of 1 figure shown",
        ("zzzz", 1): "0 of 1 event and 0 of 1 figure shown",
    },
    "fr": {
        ("", 2): "2 événements sur 2 et 2 chiffres sur 2 affichés",
        ("alphapost", 2): "1 événement sur 2 et 1 chiffre sur 2 affichés",
        ("zzzz", 2): "0 événement sur 2 et 0 chiffre sur 2 affichés",
        ("", 1): "1 événement sur 1 et 1 chiffre sur 1 affichés",
        ("zzzz", 1): "0 événement sur 1 et 0 chiffre sur 1 affichés",
    },
}
"""What the filter's live count says for 0, 1 and 2 of 2 entries shown, and of 1: the singular for 1 in English
(its noun agreeing with the total: `0 of 1 event`), for 0 and 1 in French (« 0 événement sur 2 »). Written here,
not read from words.py."""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_live_count_agrees_with_its_numbers(browser: Browser, tmp_path: Path, lang: str) -> None:
    """closing40: the count the page's script fills read « 1 événements sur 10 »: always plural, in both languages."""
    store = (
        StoreBuilder()
        .source("alpha", "2024-11-08", outlet="Alphapost")
        .source("beta", "2024-11-09", outlet="Betanews")
        .event("first", "2024-11-07", "Troops arrive", ("alpha", "Le 7 novembre, des soldats arrivent"))
        .event("second", "2024-11-08", "Troops move", ("beta", "Le 8 novembre, des soldats partent"))
        .claim("one", "alpha", 10000, "2024-11-07")
        .claim("two", "beta", 12000, "2024-11-08")
        .write(tmp_path / "store")
    )
    seen = {}
    for total, selection in ((2, ()), (1, ("--source", "alpha"))):
        folder = tmp_path / str(total)
        folder.mkdir()
        page = browser.open(write_report(folder, "--data", str(store), "--lang", lang, *selection).as_uri())
        for words in ("", "alphapost", "zzzz") if total == 2 else ("", "zzzz"):
            page.evaluate("document.querySelector('#filter input[type=search]').value = ''")
            page.type_into("#filter input[type=search]", words or " ")
            seen[words, total] = page.evaluate("document.getElementById('filter-count').textContent")
        assert_clean(page)
    assert seen == SHOWN[lang]


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "1,000 of 1,000 events"), ("fr", "1\u00a0000 événements sur 1\u00a0000")]
)
def test_the_live_count_groups_its_digits_as_the_page_does(
    browser: Browser, tmp_path: Path, lang: str, said: str
) -> None:
    """closing41: the script wrote « 1000 événements sur 1000 » beside the page's « 1 000 événements »."""
    builder = StoreBuilder().source("alpha", "2024-11-20")
    for i in range(1000):
        builder.event(f"ev-{i}", "2024-11-01", f"Troops {i}", ("alpha", f"Des troupes arrivent, lot {i}"))
    page = browser.open(
        write_report(tmp_path, "--data", str(builder.write(tmp_path / "store")), "--lang", lang).as_uri()
    )
    assert said in page.evaluate("document.getElementById('filter-count').textContent")
    assert_clean(page)
