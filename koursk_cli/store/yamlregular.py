"""Read the regular YAML that koursk and its generator write, line by line, into the located values libyaml's events
give (store/yamldoc.py); or say None, and libyaml reads the file.

Regular means: a block mapping at the top; block mappings and block sequences, each level indented deeper than its
parent, an item's mapping starting on its `- ` line; keys that are plain words; values on one line: a plain scalar,
a double-quoted string without escapes, a single-quoted one without a doubled quote, or a flow list or mapping of
such scalars; blank lines and comments. Anything else (a tab, a carriage return, a line break YAML reads in Unicode,
a character YAML refuses, an escape, an anchor, an alias, a tag, a block scalar, a key whose text is not a string, a
duplicate key, a value running over lines, a document marker...) is irregular: the file goes to libyaml, which also
finds and words every problem. A plain scalar's tag and value come from the same resolver and constructor as
libyaml's reading (store/yamlscalars.py). Nothing here runs code or accepts what the safe loader refuses.
Half a first load's parsing was building libyaml's events in Python; this reads the same lines at a fraction of it
(tests/test_yamldoc.py holds the two readings to the same values and marks).
"""

from __future__ import annotations

import re
from typing import Any

from .located import LocatedList, LocatedMap
from .yamlscalars import CONSTRUCTED, STR, TIMESTAMP, constructed, plain_tag

# What libyaml reads otherwise than as itself on one line, or refuses: every character but the printable ones
# (tab, carriage return, NEL, the line and paragraph separators, the byte-order mark and unprintables included).
# Spelled as the 2,117 characters it takes, not as the complement of those it leaves: compiling a class that spans
# the planes walks each of its 63,000 BMP characters in Python (4-5 ms of every run that reads a store file).
_IRREGULAR = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_REGULAR_LATIN1 = bytes(code for code in range(256) if _IRREGULAR.match(chr(code)) is None)
_WORD = r"[A-Za-z_][A-Za-z0-9_-]{0,99}"  # a key: a plain word (libyaml wants its ':' within 1024 characters)
_KEY = re.compile(_WORD + ":(?= |$)")
_FLOW_KEY = re.compile(f"({_WORD}): +")
_NOTHING = re.compile(r"(?: +(?:#.*)?)?$")  # the rest of a line after a value: spaces, then perhaps a comment
_SPACES = re.compile(" *")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_SINGLE = re.compile(r"'([^']*)'")
# Plain scalars that cannot start or end otherwise than they seem: not an indicator first (`-` only before a
# character that is not a space), no `#` at all, and `:` in a block only before a character that is not a space; in
# a flow collection no `:` and none of `,[]{}`. Spaces inside, never at the end.
_STARTS = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]"
# Runs of characters, never given back (possessive): one character at a time, Python's engine kept a backtracking
# frame each, some 290 bytes per character of a 16 MB value (eleventh review); the same matches (fuzzed).
_BLOCK_PLAIN = rf"(?:{_STARTS}|-(?=\S))(?:[^\s#:]++|:(?=\S)| ++(?=[^\s#:]|:\S))*+"
_FLOW_PLAIN = re.compile(rf"(?:{_STARTS}|-(?=[^\s,\[\]{{}}]))(?:[^\s#:,\[\]{{}}]++| ++(?=[^\s#:,\[\]{{}}]))*+")
# One line of a block mapping, in one match: its key, then nothing (the value is the block below), a double-quoted
# string, a plain scalar (each perhaps followed by a comment), or where another kind of value starts.
_ENTRY = re.compile(
    rf'({_WORD}):(?:(?: +(?:#.*)?)?$| +(?:"([^"\\]*)"|({_BLOCK_PLAIN}))(?: +(?:#.*)?)?$| +()(?=[\[{{\']))'
)
# A flow list of ids (`[ent-0286, ent-0241]`): its items cut at ', ', each then read as a plain scalar.
_IDS = re.compile(r"\[([^\s\[\]{},#:'\"]+(?:, [^\s\[\]{},#:'\"]+)*)?\]")
_PLAIN_VALUE = re.compile(_BLOCK_PLAIN)
_DEPTH = 20  # lists and mappings inside each other (a store entry: 4, a flow collection one more); libyaml's reading
# refuses a file past yamldoc.MAX_DEPTH, and the recursion here would stop at Python's limit
_ID = "id"  # the one key whose value keeps its mark when the others are left out (read_regular)
_NOT_FIRST = frozenset("-?&*!|>%@`")  # indicators a plain scalar may not start with (`-` is read the long way)


def _after_spaces(line: str, at: int) -> int:
    found = _SPACES.match(line, at)
    return found.end() if found is not None else at


def irregular(text: str) -> bool:
    """Whether `text` holds a character of _IRREGULAR. Text whose characters are all Latin-1 (the generated stores'
    files, French included) is tested as its Latin-1 bytes, those of the class deleted at C speed: the regular
    expression engine tests each character against the class, 3.5 ms a 780 KB file (~0.9 ms this way), in every run
    that reads a store file and in each of a cold load's 1,000 files at 1,000,000 events."""
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        return _IRREGULAR.search(text) is not None
    return bool(latin.translate(None, _REGULAR_LATIN1))


class _Irregular(Exception):
    """The text leaves the regular layout."""


def read_regular(text: str, *, marks: bool = True) -> LocatedMap | None:
    """The file's values with their marks, as libyaml's reading gives them, or None when the text is not regular.

    Without `marks`, each mapping and list keeps only its own mark and each mapping the mark of an `id` value (where
    the cache says an entry is): the rest cost a third of the reading, and are only ever read to place a problem, so
    a file is read with them again when it has one (loader.read_entries)."""
    if irregular(text):
        return None
    try:
        return (None if marks else _events_file(text)) or _Reader(text, marks).document()
    except (_Irregular, IndexError, RecursionError):  # IndexError: a line ended where a value was due
        return None


def _plain(text: str) -> Any:
    tag = plain_tag(text)
    if tag in (STR, TIMESTAMP):
        return text
    if tag not in CONSTRUCTED:
        raise _Irregular
    try:
        return constructed(tag, text, True)
    except Exception:  # libyaml's reading reports it (`cannot read`)
        raise _Irregular from None


def _key(text: str) -> str:
    if plain_tag(text) != STR:  # `null:`, `yes:`, `1:`: libyaml's reading refuses the key
        raise _Irregular
    return text


class _Reader:
    def __init__(self, text: str, marks: bool) -> None:
        self.marks = marks
        rows = []
        for number, line in enumerate(text.split("\n"), 1):
            content = line.lstrip(" ")
            if content and content[0] != "#":
                rows.append((number, len(line) - len(content), line))
        self.rows = rows
        self.at = 0

    def document(self) -> LocatedMap:
        if not self.rows or self.rows[0][1] != 0:
            raise _Irregular
        return self.block_map(0, 1)  # returns at the end: a row indented less than 0 cannot be

    def _next(self, column: int) -> tuple[int, str] | None:
        """The next row when it continues the block at `column`; None when the block ends there."""
        if self.at == len(self.rows):
            return None
        number, indent, line = self.rows[self.at]
        if indent < column:
            return None
        if indent > column:
            raise _Irregular
        return number, line

    def block_map(self, column: int, depth: int) -> LocatedMap:
        """The block mapping whose first key stands at `column` of the current row, `depth` lists and mappings in."""
        if depth > _DEPTH:
            raise _Irregular
        number, _, line = self.rows[self.at]
        result = LocatedMap((number, column + 1))
        key_marks, value_marks = result.key_marks, result.value_marks
        while True:
            found = _ENTRY.match(line, column)
            if found is None:
                raise _Irregular
            key, quoted, plain, other = found.groups()
            if key in result or plain_tag(key) != STR:  # a duplicate; `null:`, `yes:`: keys libyaml's reading refuses
                raise _Irregular
            marked = self.marks or key == _ID
            if self.marks:
                key_marks[key] = (number, column + 1)
            if quoted is not None:
                if marked:
                    value_marks[key] = (number, found.start(2))  # the opening quote, 1-based
                result[key] = quoted
                self.at += 1
            elif plain is not None:
                if marked:
                    value_marks[key] = (number, found.start(3) + 1)
                result[key] = _plain(plain)
                self.at += 1
            elif other is not None:
                start = found.start(4)
                if marked:
                    value_marks[key] = (number, start + 1)
                result[key] = _inline(line, start, number, self.marks)
                self.at += 1
            else:  # the value is the block below
                self.at += 1
                if self.at == len(self.rows):
                    raise _Irregular
                below_number, indent, first = self.rows[self.at]
                if indent <= column:
                    raise _Irregular
                if marked:
                    value_marks[key] = (below_number, indent + 1)
                nested = self.block_seq if first.startswith("- ", indent) else self.block_map
                result[key] = nested(indent, depth + 1)
            following = self._next(column)
            if following is None:
                return result
            number, line = following

    def block_seq(self, column: int, depth: int) -> LocatedList:
        """The block sequence whose first `- ` stands at `column` of the current row, `depth` lists and mappings in."""
        if depth > _DEPTH:
            raise _Irregular
        number, _, line = self.rows[self.at]
        result = LocatedList((number, column + 1))
        marks = result.item_marks
        while True:
            start = column + 2
            if not line.startswith("- ", column) or line[start] == " ":
                raise _Irregular
            if self.marks:
                marks.append((number, start + 1))
            if _KEY.match(line, start) is not None:
                result.append(self.block_map(start, depth + 1))
            else:
                result.append(_inline(line, start, number, self.marks))
                self.at += 1
            following = self._next(column)
            if following is None:
                return result
            number, line = following


def _inline(line: str, start: int, number: int, marks: bool) -> Any:
    """The value written from `start` to the end of the line (a comment may follow)."""
    first = line[start]
    value: Any
    if first == "[":
        value, end = _flow_list(line, start, number, marks)
    elif first == "{":
        value, end = _flow_map(line, start, number, marks)
    elif first == '"' or first == "'":
        value, end = _flow_scalar(line, start)
    else:
        found = _PLAIN_VALUE.match(line, start)
        if found is None:
            raise _Irregular
        value, end = _plain(found.group()), found.end()
    if _NOTHING.match(line, end) is None:
        raise _Irregular
    return value


def _flow_scalar(line: str, start: int) -> tuple[Any, int]:
    first = line[start]
    if first == '"' or first == "'":
        found = (_DOUBLE if first == '"' else _SINGLE).match(line, start)
        if found is None:
            raise _Irregular
        return found.group(1), found.end()
    found = _FLOW_PLAIN.match(line, start)
    if found is None:
        raise _Irregular
    return _plain(found.group()), found.end()


def _flow_list(line: str, start: int, number: int, marks: bool) -> tuple[LocatedList, int]:
    result = LocatedList((number, start + 1))
    item_marks = result.item_marks
    ids = _IDS.match(line, start)
    if ids is not None:
        items = ids.group(1).split(", ") if ids.group(1) else []
        if not any(item[0] in _NOT_FIRST for item in items):
            at = start + 1
            for item in items:
                if marks:
                    item_marks.append((number, at + 1))
                result.append(_plain(item))
                at += len(item) + 2
            return result, ids.end()
    at = _after_spaces(line, start + 1)
    if line[at] == "]":
        return result, at + 1
    while True:
        if marks:
            item_marks.append((number, at + 1))
        value, at = _flow_scalar(line, at)
        result.append(value)
        closed, at = _flow_next(line, at, "]")
        if closed:
            return result, at


def _flow_map(line: str, start: int, number: int, marks: bool) -> tuple[LocatedMap, int]:
    result = LocatedMap((number, start + 1))
    key_marks, value_marks = result.key_marks, result.value_marks
    at = _after_spaces(line, start + 1)
    if line[at] == "}":
        return result, at + 1
    while True:
        found = _FLOW_KEY.match(line, at)
        if found is None:
            raise _Irregular
        key = _key(found.group(1))
        if key in result:
            raise _Irregular
        if marks:
            key_marks[key] = (number, at + 1)
        at = found.end()
        if marks or key == _ID:
            value_marks[key] = (number, at + 1)
        result[key], at = _flow_scalar(line, at)
        closed, at = _flow_next(line, at, "}")
        if closed:
            return result, at


def _flow_next(line: str, at: int, closer: str) -> tuple[bool, int]:
    """After an item of a flow collection: its end (True, past the `closer`) or the next item's start (False); a
    trailing comma, or anything else than a comma, is read the long way."""
    at = _after_spaces(line, at)
    if line[at] == closer:
        return True, at + 1
    if line[at] != ",":
        raise _Irregular
    at = _after_spaces(line, at + 1)
    if line[at] == closer:
        raise _Irregular
    return False, at


# --- an events file in the layout the generator writes, one entry at a time --------------------------------------
# Read line by line, a file of 1,000 events costs ~30 ms (13,000 lines, a match and a few objects each): a changed
# file's update at 1,000,000 events pays it (issue 20). An events file in the generator's layout (and the shipped
# one's, its titles on two lines) is read here one entry a match, without marks but those read_regular keeps without
# them; any other file, or entry, is read line by line as before (a comment, a blank line inside an entry, another
# key or order, a value written otherwise, a trailing space...): the same values and marks either way
# (tests/test_yamldoc.py holds the two to each other).
_TOKEN = r"[A-Za-z0-9][A-Za-z0-9_.%~?/+-]*"  # a plain scalar of one word that no reading cuts (no `#`, `:`, space)
_QUOTED = r'"([^"\\\n]*)"'  # a double-quoted string without escapes (its text a group)
_STRING = _QUOTED.replace("(", "").replace(")", "")  # the same, no group
_TOKENS = rf"\[((?:{_TOKEN}(?:, {_TOKEN})*)?)\]"  # a flow list of such words
_HEAD = re.compile(r"(?:[ ]*\n|#[^\n]*\n)*events:\n(?:[ ]*\n)*")
_EVENT = re.compile(
    rf"  - id: ({_TOKEN})\n    date: ({_TOKEN})\n    date_basis: {_QUOTED}\n"
    rf"    title:(?: \{{en: {_QUOTED}, fr: {_QUOTED}\}}|(\n)      en: {_QUOTED}\n      fr: {_QUOTED})\n"
    rf"    actors: {_TOKENS}\n    places: {_TOKENS}\n    tags: {_TOKENS}\n    status: ({_TOKEN})\n"
    rf"    evidence:\n((?:      - source: {_TOKEN}\n        quote: {_STRING}\n(?:        speaker: (?:{_STRING}|{_TOKEN})\n)?)+)"
    rf"(?:    note: {_QUOTED}\n)?(?:[ ]*\n)*"
)
_EVIDENCE = re.compile(
    rf"      - source: ({_TOKEN})\n        quote: {_QUOTED}\n(?:        speaker: (?:{_QUOTED}|({_TOKEN}))\n)?"
)


def _tokens(text: str, mark: tuple[int, int]) -> LocatedList:
    result = LocatedList(mark)
    if text:
        result.extend(map(_plain, text.split(", ")))
    return result


def _events_file(text: str) -> LocatedMap | None:
    """An events file in the generator's layout, as _Reader(text, marks=False) reads it; None for any other text."""
    head = _HEAD.match(text)
    if head is None or head.end() == len(text):
        return None
    line = text.count("\n", 0, head.start() + head.group().rfind("events:")) + 1
    document = LocatedMap((line, 1))
    at, line = head.end(), text.count("\n", 0, head.end()) + 1
    events = document["events"] = LocatedList((line, 3))
    while at < len(text):
        found = _EVENT.match(text, at)
        if found is None:
            return None
        try:
            events.append(_event(found, line))
        except _Irregular:  # a word that is not a string (`yes`, `1`, `null`): the line reader says so, as ever
            return None
        line += found.group().count("\n")
        at = found.end()
    return document


def _event(found: re.Match[str], line: int) -> LocatedMap:
    """One entry of _EVENT's, its `- ` on `line`."""
    (ident, date, basis, en, fr, block, block_en, block_fr, actors, places, tags, status, cited, note) = found.groups()
    entry = LocatedMap((line, 5))
    entry.value_marks["id"] = (line, 9)
    entry["id"], entry["date"], entry["date_basis"] = _plain(ident), _plain(date), basis
    if block is None:
        title = entry["title"] = LocatedMap((line + 3, 12))
        title["en"], title["fr"] = en, fr
        row = line + 4
    else:
        title = entry["title"] = LocatedMap((line + 4, 7))
        title["en"], title["fr"] = block_en, block_fr
        row = line + 6
    entry["actors"] = _tokens(actors, (row, 13))
    entry["places"] = _tokens(places, (row + 1, 13))
    entry["tags"] = _tokens(tags, (row + 2, 11))
    entry["status"] = _plain(status)
    row += 5
    evidence = entry["evidence"] = LocatedList((row, 7))
    for item in _EVIDENCE.finditer(cited):
        source, quote, quoted, word = item.groups()
        said = LocatedMap((row, 9))
        said["source"], said["quote"] = _plain(source), quote
        row += 2
        if quoted is not None or word is not None:
            said["speaker"] = quoted if word is None else _plain(word)
            row += 1
        evidence.append(said)
    if note is not None:
        entry["note"] = note
    return entry
