"""Each end of a fuzzy interval shows its own marks wherever a date is humanised (facts16 L9): `2025-01-21~/2025-02-28~`
was shown « ~21 Jan – 28 Feb 2025 », and a reader took the end as firm; `2024-12-31?/2025-01-01?` as « 31 Dec 2024 –
1 Jan 2025? »."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from itertools import product
from typing import Any

import pytest
from edtf import parse_edtf as oracle_parse
from edtf import struct_time_to_date
from hypothesis import assume, given
from hypothesis import strategies as st

from koursk_cli.dates import parse_edtf
from koursk_cli.humanize import human_date
from tests.conftest import run
from tests.stores import StoreBuilder
from tests.test_dates import edtf_points, store_takes

QUALIFIERS = ("", "~", "?", "%")
MARKS = {"": ("", ""), "~": ("~", ""), "?": ("", "?"), "%": ("~", "?")}  # EDTF qualifier: (before, after)


def _marked(day: str, qualifier: str) -> str:
    before, after = MARKS[qualifier]
    return f"{before}{day}{after}"


def _expected(first: str, last: str, a: str, b: str, compact: str) -> str:
    """What a reader should see: the unqualified compact form, else each end whole with its own marks."""
    return compact if a == b == "" else f"{_marked(first, a)} – {_marked(last, b)}"


COMBOS = list(product(QUALIFIERS, repeat=2))


@pytest.mark.parametrize(("a", "b"), COMBOS, ids=[f"{a or '_'}{b or '_'}" for a, b in COMBOS])
def test_every_pair_of_qualifiers_marks_each_end_and_a_third_of_a_month_both(a: str, b: str) -> None:
    same_year = human_date(parse_edtf(f"2025-01-21{a}/2025-02-28{b}"))
    assert same_year == _expected("21 Jan 2025", "28 Feb 2025", a, b, "21 Jan – 28 Feb 2025")
    across = human_date(parse_edtf(f"2024-12-31{a}/2025-01-01{b}"))
    assert across == _expected("31 Dec 2024", "1 Jan 2025", a, b, "31 Dec 2024 – 1 Jan 2025")
    months = human_date(parse_edtf(f"2024-10{a}/2024-12{b}"))
    assert months == _expected("Oct 2024", "Dec 2024", a, b, "Oct–Dec 2024")
    french = human_date(parse_edtf(f"2025-01-21{a}/2025-02-28{b}"), lang="fr")
    assert french == _expected("21 janv. 2025", "28 févr. 2025", a, b, "21 janv. – 28 févr. 2025")
    third = human_date(parse_edtf(f"2025-01-11{a}/2025-01-20{b}"))  # one named span: one mark when both share it
    assert third == (
        _marked("mid-Jan 2025", a) if a == b else f"{_marked('11 Jan 2025', a)} – {_marked('20 Jan 2025', b)}"
    )


# --- the property, against the `edtf` package as an independent reading of each end's qualifiers and first day


@st.composite
def _intervals(draw: st.DrawFn) -> str:
    a, b = draw(st.sampled_from(QUALIFIERS)), draw(st.sampled_from(QUALIFIERS))
    if draw(st.integers(0, 3)) == 0:  # a third of a month: a named span
        year, month = draw(st.integers(1900, 2100)), draw(st.integers(1, 12))
        first_day, last_day = draw(st.sampled_from([(1, 10), (11, 20), (21, calendar.monthrange(year, month)[1])]))
        return f"{year:04d}-{month:02d}-{first_day:02d}{a}/{year:04d}-{month:02d}-{last_day:02d}{b}"
    start = draw(st.integers(1900, 2100))
    first = draw(edtf_points(start, ("",)))
    last = draw(edtf_points(draw(st.integers(start, min(start + 2, 2100))), ("",)))
    if parse_edtf(last).end < parse_edtf(first).start:
        first, last = last, first
    assume(store_takes(text := f"{first}{a}/{last}{b}"))
    return text


def _one_span(left: str, right: str) -> bool:
    """The same point twice, or the days 1–10, 11–20 or 21–end of one month."""
    if left == right:
        return True
    if len(left) != 10 or len(right) != 10 or left[:7] != right[:7]:
        return False
    year, month = int(left[:4]), int(left[5:7])
    return (int(left[8:]), int(right[8:])) in ((1, 10), (11, 20), (21, calendar.monthrange(year, month)[1]))


def _oracle_marks(end: Any) -> tuple[bool, bool]:
    both = bool(getattr(end, "is_uncertain_and_approximate", False))
    return bool(getattr(end, "is_approximate", False)) or both, bool(getattr(end, "is_uncertain", False)) or both


def _read(text: str) -> date:
    """The first day a humanised end names: `7 Nov 2024`, `Nov 2024`, `2024` (strptime, the C locale's months)."""
    for form in ("%d %b %Y", "%b %Y", "%Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise AssertionError(f"{text!r} is no humanised end")


@given(_intervals())
def test_each_humanised_end_carries_exactly_its_own_qualifiers(text: str) -> None:
    theirs = oracle_parse(text)
    ends = (theirs.lower, theirs.upper)
    marks = [_oracle_marks(end) for end in ends]
    shown = human_date(parse_edtf(text))
    left, right = text.split("/")
    if not any(m for pair in marks for m in pair):
        assert "~" not in shown and "?" not in shown, shown
        return
    if marks[0] == marks[1] and _one_span(left.rstrip("~?%"), right.rstrip("~?%")):
        # one day, or a third of a month: one span, one mark for both its ends
        assert (shown.startswith("~"), shown.endswith("?")) == marks[0] and " – " not in shown, (text, shown)
        return
    parts = shown.split(" – ")
    assert len(parts) == 2, (text, shown)
    for part, (approximate, uncertain), end in zip(parts, marks, ends, strict=True):
        assert part.startswith("~") == approximate and part.endswith("?") == uncertain, (text, shown)
        assert _read(part.removeprefix("~").removesuffix("?")) == struct_time_to_date(end.lower_strict()), shown


# --- every command that humanises a date, through the CLI


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    builder = StoreBuilder().source("late", "2025-03-01").source("window", "2024-12-31?/2025-01-01?")
    for n, (a, b) in enumerate(COMBOS):
        builder.event(
            f"combo-{n}",
            f"2025-01-21{a}/2025-02-28{b}",
            f"Combo number {n}",
            ("late", f"la phrase numéro {n} de l'article"),
        )
    builder.claim("fuzzy-figure", "late", 10000, "2025-01-21~/2025-02-28~")
    builder.event("new-year", "2024-12-31", "Kim's message", ("window", "message du Nouvel An"))
    return str(builder.write(tmp_path_factory.mktemp("marks")))


def _combo_dates(out: str) -> dict[int, str]:
    """The date each `Combo number N` is shown with on a terminal: the text before its status mark (the timeline
    ends the line with its count of sources, `·1`)."""
    found = {}
    for line in out.splitlines():
        match = re.search(r"^\s*(\S.*?)\s+[●○◌✕] Combo number (\d+)(?:\s+·\d+)?$", line.rstrip())
        if match:
            found[int(match[2])] = match[1]
    return found


EXPECTED = {n: _expected("21 Jan 2025", "28 Feb 2025", a, b, "21 Jan – 28 Feb") for n, (a, b) in enumerate(COMBOS)}


def test_events_and_the_timeline_show_each_ends_marks(store: str) -> None:
    listed = _combo_dates(run("--data", store, "events", tty=True, width=120).stdout)
    assert listed == {n: e.replace("28 Feb", "28 Feb 2025") if e.endswith("Feb") else e for n, e in EXPECTED.items()}
    told = _combo_dates(run("--data", store, "timeline", "--since", "2025-01", tty=True, width=120).stdout)
    assert told == EXPECTED  # within its month a firm interval drops the year; a marked end is written whole


def test_show_claims_cite_and_report_show_each_ends_marks(store: str) -> None:
    shown = run("--data", store, "show", "combo-15", tty=True, width=120).stdout
    assert "~21 Jan 2025? – ~28 Feb 2025?  (EDTF 2025-01-21%/2025-02-28%;" in shown
    claims = run("--data", store, "claims", tty=True, width=120).stdout
    assert "~21 Jan 2025 – ~28 Feb 2025" in claims and "~21 Jan – 28 Feb 2025" not in claims
    cited = run("--data", store, "cite", "new-year", "--style", "text").stdout
    assert "published 31 Dec 2024? – 1 Jan 2025? (exact day unknown)" in cited
    page = run("--data", store, "report", "-o", "-").stdout
    assert ">~21 Jan 2025 – ~28 Feb 2025</time>" in page and ">~21 Jan – 28 Feb 2025<" not in page


# --- machine output: each end's marks, without parsing EDTF


def _flags(qualifier: str) -> tuple[bool, bool]:
    return qualifier in ("~", "%"), qualifier in ("?", "%")


def test_json_csv_and_sqlite_give_each_ends_marks_and_either_end_for_the_whole(store: str, tmp_path: Any) -> None:
    """`approximate`/`uncertain` are true when either end is marked (kept as they were); `start_*`/`end_*` tell
    which end, in every exporter the field table feeds."""
    import csv
    import io
    import sqlite3

    expected = {}
    for n, (a, b) in enumerate(COMBOS):
        (start_approximate, start_uncertain), (end_approximate, end_uncertain) = _flags(a), _flags(b)
        expected[f"combo-{n}"] = {
            "approximate": start_approximate or end_approximate,
            "uncertain": start_uncertain or end_uncertain,
            "start_approximate": start_approximate,
            "start_uncertain": start_uncertain,
            "end_approximate": end_approximate,
            "end_uncertain": end_uncertain,
        }
    keys = ",".join(["id", *expected["combo-0"]])
    listed = run("--data", store, "events", "--fields", keys, "--jsonl").jsonl()
    assert {row.pop("id"): row for row in listed if row["id"] in expected} == expected
    rows = csv.DictReader(io.StringIO(run("--data", store, "export", "csv").stdout))
    as_csv = {r["id"]: {k: r[k] for k in expected["combo-0"]} for r in rows if r["id"] in expected}
    assert as_csv == {i: {k: str(v).lower() for k, v in row.items()} for i, row in expected.items()}
    database = tmp_path / "marks.sqlite"
    assert run("--data", store, "export", "sqlite", "-o", str(database)).exit_code == 0
    with sqlite3.connect(database) as db:
        db.row_factory = sqlite3.Row
        found = {r["id"]: {k: bool(r[k]) for k in expected["combo-0"]} for r in db.execute("SELECT * FROM events")}
    assert {i: found[i] for i in expected} == expected
    [claim] = run("--data", store, "claims", "--json").json()
    assert [claim[f"as_of_{k}"] for k in ("approximate", "start_approximate", "end_approximate")] == [True] * 3
    window = next(s for s in run("--data", store, "sources", "--json").json() if s["id"] == "window")
    marks = ("published_uncertain", "published_start_uncertain", "published_end_uncertain")
    assert [window[key] for key in marks] == [True] * 3
