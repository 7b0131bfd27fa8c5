"""A file's own fields: the date a key or an attribute holds as its value, in the files people save and paste (an Org
heading's « CLOSED: [2025-01-20 lun. 18:02] », « #+DATE: <2025-02-14 ven.> », « :CREATED: [2025-01-06 lun.] »; a
gettext header's « "POT-Creation-Date: 2025-05-05 14:12+0200\\n" »; BibTeX's « date = {2025-03} », « eventdate =
{2025-06-12/2025-06-13} »; HTML's « content="2025-08-06T09:30:00+02:00" », « datetime="2025-08-06T09:30" »). Such a
date is the file's bookkeeping, no fact's day, and its digits are no figure (sealed38 u18-u20, sealed39 v18-v19:
sixteen of them proposed as events; round 58). A date told in the line's words stays (« - [2024-11-04 lun.] Kiev : »
opens an entry: no key names it)."""

from __future__ import annotations

import re

from .frwords import fold_word
from .lexicon import words

_ISO = r"\d{4}-\d\d(?:-\d\d)?"
# a key and its colon opening the line (« CLOSED: [ », « #+DATE: < », « "POT-Creation-Date: », JSON's
# « "publishedAt": " »: round 74, sealed34 q18) or an equals sign and the value's opening (« date = { », « content=" »),
# then the date, perhaps the second end of an interval
_FIELD_DATE = re.compile(
    rf"(?:^[ \t]*+\"?(?:#\+)?:?[^\W\d_][\w-]*+\"?:[ \t]*+[<\[\"]?|=[ \t]*+[{{\"'])"
    rf"(?P<date>{_ISO}(?:/{_ISO})?)(?![\d-])",
    re.MULTILINE,
)


def field_dates(text: str) -> list[tuple[int, int]]:
    """Where the dates that are a field's value stand, sorted."""
    return [found.span("date") for found in _FIELD_DATE.finditer(text)]


# A table pasted as text: a head line of at least four columns split by one separator (« ; », a tab, « , », « | »),
# then rows with as many (a quoted cell may hold the separator: « "Point presse, le jour même" »)
_SEPARATORS = (";", "\t", "|", ",")
_MIN_COLUMNS = 4
_HEAD_WORD = re.compile(r"[^\W\d_]+")
_DAY = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """The line's cells as (start, end), a double-quoted cell read whole."""
    cells, start, quoted = [], 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            cells.append((start, i))
            start = i + 1
    cells.append((start, len(line)))
    return cells


_STAMP_COLUMNS = words("stamp_columns")


def _stamps_its_rows(head: str) -> bool:
    return any(fold_word(word) in _STAMP_COLUMNS for word in _HEAD_WORD.findall(head.replace("_", " ")))


def _a_head(line: str) -> bool:
    """A table's head line holds no figure and no quoted cell: a row (« R-03;25/10/2024;"Le Pentagone a validé…" »)
    is none, whatever stamp word its text says (review57)."""
    return not any(ch.isdigit() or ch == '"' for ch in line)


def stamp_column_dates(text: str) -> list[tuple[int, int]]:
    """Where the days of a table's stamp columns stand (« verifie_le » of a fact-checkers' CSV: « 24/10/2024 09:12 »),
    sorted: the row's bookkeeping, no fact's day (round 81)."""
    found: list[tuple[int, int]] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    i = 0
    while i < len(lines):
        head = lines[i].rstrip("\r\n")
        separator = (
            next((s for s in _SEPARATORS if len(_cells(head, s)) >= _MIN_COLUMNS), None) if _a_head(head) else None
        )
        columns = [] if separator is None else _cells(head, separator)
        stamped = [k for k, (a, b) in enumerate(columns) if _stamps_its_rows(head[a:b])]
        if separator is None or not stamped:
            i += 1
            continue
        i += 1
        while i < len(lines):
            row = lines[i].rstrip("\r\n")
            cells = _cells(row, separator)
            if len(cells) != len(columns):
                break
            for k in stamped:
                a, b = cells[k]
                found += [(offsets[i] + m.start(), offsets[i] + m.end()) for m in _DAY.finditer(row, a, b)]
            i += 1
    return found
