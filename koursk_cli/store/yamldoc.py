"""Read one YAML file into plain values that remember their line and column.

The tree is composed (not constructed) with the C loader when available, then converted here, so that every value
keeps its position, YAML 1.1 surprises stay visible as types (`no` is a boolean, and the schema says so), date-like
scalars keep their text, and aliases, merge keys and tags such as `!!python/object` are refused instead of obeyed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..problems import Problem
from ..textnorm import shown
from .files import Unreadable, read_bounded
from .located import AmbiguousFloat, AmbiguousInt, LocatedList, LocatedMap, Mark

# Values in one YAML file, counted from above (lines, twice the colons, commas and brackets): a 16 MB file of
# 20,000 generated events counts about 980,000; 16 MiB of `- {}` lines would count 5.6 million and took 9.9 GB. At the limit: 926 MB (docs/guarantees.md).
MAX_NODES = 1_500_000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CORE = "tag:yaml.org,2002:"
_SCALARS = {
    _CORE + "str": SafeConstructor.construct_yaml_str,
    _CORE + "int": SafeConstructor.construct_yaml_int,
    _CORE + "float": SafeConstructor.construct_yaml_float,
    _CORE + "bool": SafeConstructor.construct_yaml_bool,
    _CORE + "null": SafeConstructor.construct_yaml_null,
}
_constructor = SafeConstructor()
# Plain numbers a person reads otherwise (see located.AmbiguousNumber): thousands with dots, base 60, octal.
_AMBIGUOUS = re.compile(r"[-+]?([0-9]{1,3}(\.[0-9]{3})+|[0-9_]*:[0-9:._]*|0[0-9_]+)", re.ASCII)


def _line_col(text: str, offset: int) -> Mark:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


class _Converter:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._seen: set[int] = set()
        self._aliased: set[int] = set()  # anchors already reported: one line each, however often they are used

    def problem(self, mark: Mark, message: str) -> None:
        self.problems.append(Problem(self.path, mark[0], mark[1], message))

    def convert(self, node: Node) -> Any:
        mark = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in self._seen:  # an alias: the node of its anchor, again (and its mark is the anchor's)
            if id(node) not in self._aliased:
                self._aliased.add(id(node))
                self.problem(mark, "YAML aliases (*name) are not allowed in the store; write the value out")
            return None
        self._seen.add(id(node))
        if isinstance(node, MappingNode):
            return self._mapping(node, mark)
        if isinstance(node, SequenceNode):
            if node.tag != _CORE + "seq":
                self.problem(mark, f"YAML tag {_tag_name(node.tag)} is not allowed in the store")
            items = LocatedList(mark)
            for child in node.value:
                items.item_marks.append((child.start_mark.line + 1, child.start_mark.column + 1))
                items.append(self.convert(child))
            return items
        assert isinstance(node, ScalarNode)
        if node.tag == _CORE + "timestamp":
            return node.value
        construct = _SCALARS.get(node.tag)
        if construct is None:
            self.problem(mark, f"YAML tag {_tag_name(node.tag)} is not allowed in the store")
            return None
        try:
            value = construct(_constructor, node)
        except (ValueError, yaml.YAMLError):
            self.problem(mark, f"cannot read '{shown(node.value)}' as {_tag_name(node.tag)}")
            return None
        if not node.style and isinstance(value, (int, float)) and _AMBIGUOUS.fullmatch(node.value):
            number = (AmbiguousFloat if isinstance(value, float) else AmbiguousInt)(value)
            number.text = node.value
            return number
        return value

    def _mapping(self, node: MappingNode, mark: Mark) -> LocatedMap:
        result = LocatedMap(mark)
        if node.tag != _CORE + "map":
            self.problem(mark, f"YAML tag {_tag_name(node.tag)} is not allowed in the store")
        for key_node, value_node in node.value:
            key_mark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key_node.tag == _CORE + "merge":
                self.problem(key_mark, "YAML merge keys (<<) are not allowed in the store")
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag != _CORE + "str":
                self.problem(key_mark, "keys must be plain words")
                continue
            key = key_node.value
            if key in result:
                first = result.key_marks[key]
                self.problem(key_mark, f"duplicate key '{key}' (first given at line {first[0]})")
                continue
            result.key_marks[key] = key_mark
            result.value_marks[key] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
            result[key] = self.convert(value_node)
        return result


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 text file, refusing binary, oversized, special and mis-encoded files with a located message."""
    try:
        data = read_bounded(path)
    except Unreadable as error:
        return None, [Problem(display, 1, 1, f"the file {error}")]
    return decode_text(data, display)


def decode_text(data: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """Bytes already read (and digested by the cache) as UTF-8 text, or the located reason they are not."""
    if b"\x00" in data:
        line, col = _line_col(data.decode("latin-1"), data.index(b"\x00"))
        return None, [Problem(display, line, col, "binary file (contains a NUL byte); the store holds UTF-8 text")]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line, col = _line_col(data[: error.start].decode("utf-8", "replace"), error.start)
        byte = data[error.start]
        return None, [Problem(display, line, col, f"not UTF-8 (byte 0x{byte:02X}); save the file as UTF-8")]


def parse_yaml(text: str, display: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text into located values; syntax errors come back as problems, never as exceptions."""
    estimate = text.count("\n") + 2 * text.count(":") + text.count(",") + text.count("{") + text.count("[")
    if estimate > MAX_NODES:  # every value costs some 400 bytes once parsed: refuse before, at C speed
        return None, [Problem(display, 1, 1, f"the file holds too many YAML values (the limit is {MAX_NODES:,})")]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (error.context, error.problem) if part) or "syntax error"
        return None, [Problem(display, line, col, f"YAML syntax error: {message}")]
    except yaml.YAMLError as error:
        position = getattr(error, "position", 0) or 0
        line, col = _line_col(text, min(position, len(text)))
        return None, [Problem(display, line, col, f"YAML error: {error}".splitlines()[0])]
    except RecursionError:
        return None, [Problem(display, 1, 1, "YAML nesting is too deep")]
    finally:
        loader.dispose()
    if node is None:
        return None, []
    converter = _Converter(display)
    try:
        value = converter.convert(node)
    except RecursionError:
        return None, [Problem(display, 1, 1, "YAML nesting is too deep")]
    return value, converter.problems
