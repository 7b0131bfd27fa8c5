"""The page's frame (pure): the parts of a page that describe the page itself (its metadata, stamps, a record's
fields, a dispatch's dateline) rather than tell the story. Their dates date no fact. Read from the layout and the
shape of a line, never from its words:

- a **field**: a part of a line cut by a separator (« · », « | », « • », a spaced dash) or after a label and its
  colon, on a line that tells no sentence, which holds a date and hardly anything else (« Éditions du Rocher ·
  Parution : 04/03/2026 », « estimations.csv — CSV — 48,2 Ko — Mis à jour le 30 novembre 2026 — 1 204
  téléchargements », « Date de convocation : 22 novembre 2024 », « MAR 18 MARS 2025 · 14:00 – 17:30 »);
- a **stamp**: a line of its own that holds a day and its clock time and nothing else (« 17/03/2026 09:41:52 »);
- a **dateline**: the first part of a line, a place and a day before a dash (« Tahiti, le 20 décembre 2025 - »), in
  any case (byline.py reads the agency's « MOSCOU, 14 mars 2025 (AFP) - »).

What is not the frame: a sentence (a line with a full stop before a capital, or one at its end), a part that says
more than a few words besides its date (« Kiev · Les premiers soldats ont été repérés le 23 octobre … »), a label's
value that says more than its date (« Séance 5 — jeudi 8 octobre : Koursk, octobre 2024 – avril 2025 »: the
period is the story's), a day opening a line before one part that tells more (a chronology's « 2025 - Un an jour
pour jour après … »), a day alone on its line without a clock (a chronology's heading), and a table's cells
(layout.table_cells: its « Date » column dates its figures)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .layout import Cell

# What parts a line into fields: a pipe, a middle dot or a bullet, a dash with spaces around it, a run of dashes
_SEPARATOR = re.compile(r"\s+[|·•—–-]{1,3}\s+|\s*[|·•]\s*|\s+-{2,}\s+|—{2,}")
# A label before its value: a few words, then a colon (« Date de parution : », « Séance 5 — jeudi 8 octobre : »)
_LABEL = re.compile(r"\s*[^\W_][^:]{0,40}?\s*:\s")
# What a stamp holds besides its day: a clock time (« 08h15 », « 14:00 – 17:30 », « 7 h 05 »), a bracket
_CLOCK = re.compile(
    r"(?<![\d./])\d{1,2}\s*(?:[h:.]\s*\d{2}(?::\d{2})?|h\b)(?:\s*[-–]\s*\d{1,2}\s*[h:.]\s*\d{2})?(?![\d./])", re.I
)
_BRACKET = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_FIELD_LENGTH = 160  # characters: a field holds a date and a few words, never a paragraph
_FIELD_WORDS = 3  # words a field may hold besides its date, clock and brackets (« Mis à jour le … », « Page … »)
_LABELLED_WORDS = 0  # … after a label (« Graphique : pertes cumulées, déc. 2024 – avr. 2025 » tells more)
# A line that tells a sentence: a full stop before a capital inside it, or a stop at its end (not an abbreviation
# closing a stamp: « 3 nov. », « Ép. »)
_INNER_STOP = re.compile(r"[.!?…]\s+[«\"“]?[A-ZÀ-Ý]")
_ABBREVIATION = re.compile(r"\d\s*[^\W\d_]{1,5}\.$")
# A dateline's opening: a place (a few capitalised words), a comma, perhaps « le »
_PLACE = re.compile(r"\s*(?-i:[A-ZÀ-Ý][\w'’.-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w'’.-]*)){0,2}\s*,\s*(?:le\s+)?$", re.I)
_DASH = re.compile(r"\s+(?:[—–-]{1,2})\s+")


def _tells_a_sentence(line: str) -> bool:
    end = line.rstrip(" »”\"'")
    return (
        bool(_INNER_STOP.search(line))
        or end.endswith(("!", "?", "…"))
        or (end.endswith(".") and not _ABBREVIATION.search(end))
    )


class _Line(NamedTuple):
    start: int
    text: str
    separators: list[tuple[int, int, str]]  # where each separator between two fields stands, and what it is
    sentence: bool


def _read_line(text: str, start: int, end: int) -> _Line:
    line = text[start:end]
    # a bullet or a dash opening the line marks a list's item, no field before it
    separators = [(m.start(), m.end(), m.group()) for m in _SEPARATOR.finditer(line) if line[: m.start()].strip()]
    return _Line(start, line, separators, _tells_a_sentence(line))


def _field(line: _Line, start: int, end: int) -> tuple[int, int, str | None]:
    """The bounds of the part of the line that holds `start`:`end`, and the separator that closes it (None at the
    line's end)."""
    low, high, closing = 0, len(line.text), None
    for before, after, separator in line.separators:
        if after <= start:
            low = after
        elif before >= end:
            high, closing = before, separator
            break
    return low, high, closing


def _words_besides(line: str, dates: list[tuple[int, int]], low: int, high: int, date: tuple[int, int]) -> int:
    """How many words `line[low:high]` holds besides its dates, its clock times and the brackets that do not hold
    `date` (« Sommet de l'OTAN (10.07.2024) » is a title and its day; « (… par rapport à notre vague de mars 2024) »
    tells what the date is of)."""
    kept = list(line[low:high])
    asides = [m.span() for m in _BRACKET.finditer(line, low, high) if not (m.start() < date[1] and date[0] < m.end())]
    for start, end in [*dates, *asides]:
        for index in range(max(start, low), min(end, high)):
            kept[index - low] = " "
    return len(_WORD.findall(_CLOCK.sub(" ", "".join(kept))))


class PageFrame:
    """The frame of one page: which of its dates are the page's own (`holds`). Each line is read once."""

    def __init__(self, text: str, cells: list[Cell]) -> None:
        self._text = text
        self._bounds = [(m.start(), m.end()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
        self._starts = [start for start, _ in self._bounds]
        self._lines: dict[int, _Line] = {}
        self._cells = [(a, b) for a, b, _ in cells]  # layout.table_cells
        # … and a table of two columns, which layout.table_cells leaves (« Date | Obus livrés » over « nov. 2023 | 1
        # million »): a line cut by as many pipes as the line above or below it is a table's row
        pipes = [text.count("|", start, end) for start, end in self._bounds]
        self._rows = {
            index
            for index, count in enumerate(pipes)
            if count and count in (pipes[index - 1] if index else 0, pipes[index + 1] if index + 1 < len(pipes) else 0)
        }

    def _line(self, position: int) -> _Line:
        index = bisect_right(self._starts, position) - 1
        if index not in self._lines:
            self._lines[index] = _read_line(self._text, *self._bounds[index])
        return self._lines[index]

    def holds(self, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
        """Whether the date at `start`:`end` of the text is the page's own: a field of a record line, a stamp alone
        with its clock, or a dateline. `dates` are the spans of the dates of its sentence, in the text's order."""
        index = bisect_right(self._starts, start) - 1
        line = self._line(start)
        a, b = start - line.start, end - line.start
        if b > len(line.text) or index in self._rows or any(low <= start < high for low, high in self._cells):
            return False
        low, high, closing = _field(line, a, b)
        if high - low > _FIELD_LENGTH:
            return False
        first, last = bisect_left(dates, (line.start + low, 0)), bisect_right(dates, (line.start + high, 0))
        spans = [(s - line.start, e - line.start) for s, e in dates[max(0, first - 1) : last]]
        if low == 0 and closing is not None and _DASH.fullmatch(closing) and _PLACE.fullmatch(line.text, 0, a):
            return _words_besides(line.text, spans, low, high, (a, b)) <= _FIELD_WORDS  # a dateline
        if line.sentence:
            return False
        label = _LABEL.match(line.text, low, a)
        if label is not None:
            return _words_besides(line.text, spans, label.end(), high, (a, b)) <= _LABELLED_WORDS
        besides = _words_besides(line.text, spans, low, high, (a, b))
        if low == 0 and closing is None:  # a line of its own: a stamp if a clock time is all it holds besides its day
            return besides == 0 and _CLOCK.search(line.text) is not None
        # a day opening a line before one part that tells more is a chronology's entry (« 2025 - Un an jour pour jour
        # après la signature »), not a record's stamp (« VEN 28 MARS 2025 · 09:30 »)
        rest = len(line.text) - high
        told = (
            low == 0
            and len(line.separators) == 1
            and (rest > _FIELD_LENGTH or _words_besides(line.text, spans, high, len(line.text), (a, b)) > _FIELD_WORDS)
        )
        return besides <= _FIELD_WORDS and not told
