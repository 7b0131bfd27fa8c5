"""Where a page's layout names what a number counts (pure): a text table, whose column heading names the noun of a
number alone in its cell (« Source | Date | Tués | Blessés », then « NIS | 19/12/2024 | 100 | 1 000 »), and a key
figure alone on its line, whose caption under it names the noun (« 11 000 », then « C'est le nombre de soldats … »)."""

from __future__ import annotations

import re

from .frnumerals import NUMBER_WORDS

Cell = tuple[int, int, str]
"""A table cell: where it starts and ends in the text, and its column's heading."""

# A row's cells are split by tabs, by pipes, by runs of two spaces or more (a column laid out with spaces), or by a
# LaTeX tabular's « & », its row ending in « \\ » (round 50; « \& » is an ampersand). Each run of space is scanned
# once: a match starts only where no space precedes.
_SEPARATORS = (
    re.compile(r"\t+"),
    re.compile(r"(?<!\s)\s++\|\s*+|\|\s*+"),
    re.compile(r"[ \u00a0]{2,}"),
    re.compile(r"(?<!\s)\s*+(?<!\\)&\s*+|(?<!\s)\s*+\\\\\s*+$"),
)
_TAB = re.compile(r"\t")
# A LaTeX tabular's rule between its rows (« \hline », « \midrule »): no row, and no end of the table.
_RULE = re.compile(r"\s*+\\(?:hline|[a-z]*rule)\b")
# A text table's rule under its heading row, in dashes (« |--------+--------| », Org's; « |---|:--:| », Markdown's)
_TEXT_RULE = re.compile(r"[ \t]*+[-=:+| \t]*+")


def _cells(line: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in separator.finditer(line):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def _filled(spans: list[tuple[int, int]], line: str) -> list[tuple[int, tuple[int, int]]]:
    """The cells that hold something, each with its column."""
    return [(index, (a, b)) for index, (a, b) in enumerate(spans) if line[a:b].strip()]


def _columns(body: str, kind: re.Pattern[str], headings: list[str]) -> list[tuple[int, tuple[int, int]]]:
    """A row's cells with their columns. A row pasted from a spreadsheet keeps one tab per column, empty cells
    included (« NIS<tab><tab>100<tab>1000 »: the « Effectif » column is empty, 100 is « Tués »): when the row has as
    many tabs as its heading row has columns less one, each cell takes the column its tabs put it in; otherwise cells
    are counted as they come (a run of separators is one)."""
    if kind is _SEPARATORS[0] and body.count("\t") == len(headings) - 1:
        return _filled(_cells(body, _TAB), body)
    return list(enumerate(span for _, span in _filled(_cells(body, kind), body)))


# A notebook's output prompt before a printed table's heading row (« [2]: », « Out[2]: »)
_PROMPT = re.compile(r"^\s*(?:Out\s*)?\[\d+\]:")
# A printed DataFrame's row opens with its index, a column with no heading (« 0  2024-10-18  NIS  …  1500  exact »)
_INDEX = re.compile(r"\d+")


def _indexed(columns: list[tuple[int, tuple[int, int]]], body: str, headings: list[str]) -> bool:
    """Whether a row holds one cell more than its heading row, the first an index (a DataFrame's, round 41)."""
    return len(columns) == len(headings) + 1 and _INDEX.fullmatch(body[slice(*columns[0][1])]) is not None


def table_cells(text: str) -> list[Cell]:
    """Every cell of the text's tables with its column heading. A table is a heading row without digits (a notebook's
    prompt before it aside), split into three cells or more by one kind of separator, and the rows under it split the
    same way (a row may merge cells: « Kiev | 23/12/2024 | 3 000 tués et blessés »; a DataFrame's row opens with an
    index of its own); a blank line or a line without the separator ends it."""
    found: list[Cell] = []
    headings: list[str] = []
    kind: re.Pattern[str] | None = None
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group()
        if kind is not None and (_RULE.match(body) or ("-" in body and _TEXT_RULE.fullmatch(body))):
            continue
        if kind is not None:
            columns = _columns(body, kind, headings)
            if _indexed(columns, body, headings):
                columns = [(index - 1, span) for index, span in columns[1:]]
            if len(columns) < 2:
                kind, headings = None, []
            else:
                found.extend(
                    (line.start() + a, line.start() + b, headings[index])
                    for index, (a, b) in columns
                    if index < len(headings)
                )
                continue
        if prompt := _PROMPT.match(body):
            body = " " * prompt.end() + body[prompt.end() :]
        if re.search(r"\d", body):
            continue
        for separator in _SEPARATORS:
            cells = [span for _, span in _filled(_cells(body, separator), body)]
            if len(cells) >= 3 and all(len(body[a:b].split()) <= 4 for a, b in cells):
                kind, headings = separator, [body[a:b].strip() for a, b in cells]
                break
    return found


# A key figure: a number alone on its line, perhaps with a qualifier, a scale word and guillemets.
_KEY_FIGURE = re.compile(
    rf"[«\"“]?\s*(?:(?:plus|moins|pr[èe]s)\s+(?:de|d['’])\s*|environ\s+|au\s+moins\s+)?"
    rf"(?:\d{{1,3}}(?:[ \u00a0\u202f\u2009.'’]\d{{3}})+|\d+)(?:,\d+)?(?:\s+(?:millions?|milliards?|mille))?\s*[»\"”]?"
    rf"|{NUMBER_WORDS}",
    re.IGNORECASE,
)
# What its caption says it counts: « le nombre (total) de soldats … », else the noun that opens it (« Les démineurs
# et ouvriers promis en juin », « Les prisonniers détenus par l'Ukraine »).
_NUMBER_OF = re.compile(r"\b(?:nombre|total)\s+(?:total\s+)?(?:de\s+|d['’]\s*)(?P<noun>[^\W\d_]+)", re.IGNORECASE)
_OPENING_NOUN = re.compile(r"^(?:les|des)\s+(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)


def is_key_figure(line: str) -> bool:
    """Whether a whole line is one number and nothing else (« 11 000 », « 12 millions », « « plus de 4 000 » »)."""
    return _KEY_FIGURE.fullmatch(line.strip()) is not None


def caption_noun(caption: str) -> str | None:
    """The noun a key figure's caption says it counts, or None when it names none."""
    found = _NUMBER_OF.search(caption) or _OPENING_NOUN.match(caption.strip())
    return found["noun"] if found else None
