"""A chronology's or an inventory's headings (pure): a month or a year alone on its line over entries that open with
their day, a wiki's section named after a year, a finding aid's covering dates. The heading dates no fact; its year
is the one its entries' yearless days are of."""

from __future__ import annotations

import itertools
import re

from ..dates import FuzzyDate
from .frdates import find_dates


def _opens_with_a_date(line: str, published: FuzzyDate) -> bool:
    return any(m.start == 0 for m in find_dates(line.lstrip(" •▸►▪*-–—"), published))


def month_headings(text: str, published: FuzzyDate) -> list[tuple[int, int]]:
    """A month alone on its line (« Octobre 2024 ») over entries that open with their own day (« 8 octobre : … »,
    « Début décembre : … ») heads a section of a chronology: the entries date the facts, the heading none."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
    filled = [line for line in lines if line[2]]
    spans: list[tuple[int, int]] = []
    for (start, end, body), (_, _, entry) in itertools.pairwise(filled):
        month = len(body.split()) == 2 and any(
            m.start == 0 and m.end >= len(body.rstrip(" :")) and len(m.edtf) == 7 for m in find_dates(body, published)
        )
        if month and _opens_with_a_date(entry, published):
            spans.append((start, end))
    return spans


_ENTRY_DAY = 12  # « 9 et 11 janvier : » opens an entry with its days, the first date read starting after « 9 et »


def opens_an_entry(line: str, published: FuzzyDate) -> bool:
    """Whether `line` opens a chronology's entry: a date read in its first characters (`_ENTRY_DAY`)."""
    return any(m.start <= _ENTRY_DAY for m in find_dates(line.lstrip(" •▸►▪*-–—"), published))


_YEAR_HEADING = re.compile(r"(?P<y>[12]\d{3})\s*:?")


def year_headings(text: str, published: FuzzyDate) -> list[tuple[int, int, int]]:
    """Where a year alone on its line (« 2024 ») heads a chronology's entries, each opening with its day (« 8 octobre :
    … », « Mi-janvier : … »): the span of those entries and that year, which their dates without a year are of. The
    section runs over blank lines and ends at the first line that opens with no date (« Notes et références »)."""
    found: list[tuple[int, int, int]] = []
    year: int | None = None
    start = end = 0
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        heading = _YEAR_HEADING.fullmatch(body)
        if heading is not None or (body and year is not None and not opens_an_entry(body, published)):
            if year is not None and end > start:
                found.append((start, end, year))
            year, start, end = (int(heading["y"]), line.end(), line.end()) if heading else (None, 0, 0)
        elif body and year is not None:
            end = line.end()
    if year is not None and end > start:
        found.append((start, end, year))
    return found


# A wiki's section heading that names a year, a month or a season of it perhaps (« == Décembre 2024 == », « === Été
# 2025 === »), as a chronology's wikitext prints it, in a diff perhaps (« + », « − » before it).
_SECTION = re.compile(r"^[ \t+−-]*(?P<eq>={2,4})\s*(?P<title>[^=\n]*?)\s*(?P=eq)[ \t]*$", re.MULTILINE)
_SECTION_YEAR = re.compile(r"(?:(?:[^\W\d_]+)\s+)?(?P<y>[12]\d{3})")


def section_years(text: str, published: FuzzyDate) -> list[tuple[int, int, int]]:
    """Where a wiki's section heading names a year (« == Décembre 2024 == »): the section (to the next heading) and
    that year, which its dates without a year are of (round 40: a chronology's « Mi-décembre », « Le 27 décembre »
    under « Décembre 2024 », in a diff of February 2026, were read as December 2025). A year after the publication
    heads no section."""
    headings = list(_SECTION.finditer(text))
    ends = [heading.start() for heading in headings[1:]] + [len(text)]
    found: list[tuple[int, int, int]] = []
    for heading, end in zip(headings, ends[: len(headings)], strict=True):
        title = _SECTION_YEAR.fullmatch(heading["title"])
        if title is not None and int(title["y"]) <= published.end.year:
            found.append((heading.end(), end, int(title["y"])))
    return found


# A finding aid's entry (an archive's inventory): a call number, a dash, the covering dates with a year and a full stop,
# then what the file holds (« DP-KOR/24-25/2 — Octobre – novembre 2024. Révélation de l'envoi de troupes (18 octobre)
# ; … », « Boîte 3 – Décembre 2024 – février 2025. »)
# (a call number's pieces read once each: a lookahead finds its « -2 », possessive runs take the rest; a line of
# « A-1-1-1… » was tried at each of its splits, quadratic)
_CALL_NUMBER = r"(?:[A-ZÀ-Ý](?=[\w/.-]*?[-/.]\d)\w*+(?:[-/.]\w++)*+|[A-ZÀ-Ý][^\W\d_]++\s++(?:n°\s*+)?\d{1,4})"
_COVERING = re.compile(rf"^[ \t]*{_CALL_NUMBER}\s+[—–-]\s+(?P<dates>[^.\n]{{3,60}}?(?P<y>[12]\d{{3}}))\.(?=\s|$)", re.M)
_ENTRIES_AT_LEAST = 2  # an inventory lists files: one such line alone is no finding aid


def covering_dates(text: str) -> list[tuple[int, int, int, int, int]]:
    """Where an inventory's entries print their covering dates (round 43: sealed31's finding aid had each file's
    dates proposed as events, and the days its entries name without a year read in the page's): for each entry line,
    the span of those dates, which date the file and no fact, the line's span, and the year they end in, which its
    days without a year are of (« (18 octobre) » under « Octobre – novembre 2024 »). Two entries at least."""
    found = []
    for match in _COVERING.finditer(text):
        end = text.find("\n", match.end())
        found.append((*match.span("dates"), match.start(), len(text) if end < 0 else end, int(match["y"])))
    return found if len(found) >= _ENTRIES_AT_LEAST else []
