"""Values read from YAML that remember their line and column (1-based), for `path:line:col` messages."""

from __future__ import annotations

from typing import Any

Mark = tuple[int, int]


class LocatedMap(dict[str, Any]):
    """A mapping that knows where it, each of its keys and each of its values start. Slots, and no call to dict's
    `__init__` (it would add nothing to the new empty mapping): made half as fast without them, and a store file of
    1,000 events holds some 9,000 maps and lists."""

    __slots__ = ("key_marks", "mark", "value_marks")

    def __init__(self, mark: Mark) -> None:
        self.mark = mark
        self.key_marks: dict[str, Mark] = {}
        self.value_marks: dict[str, Mark] = {}


class LocatedList(list[Any]):
    """A sequence that knows where it and each item start (slots: see LocatedMap)."""

    __slots__ = ("item_marks", "mark")

    def __init__(self, mark: Mark) -> None:
        self.mark = mark
        self.item_marks: list[Mark] = []


class AmbiguousNumber:
    """A YAML number whose text a person reads otherwise: `1.500` (French for 1,500; YAML: 1.5), `25:00` (YAML 1.1
    base 60: 1500), `0100` (octal: 64), `0x10` (16), `0b101` (5), `1__0` (10), `+10`. Kept as a number with its
    text, so the schema can refuse it and say why: the forms only YAML 1.1 reads so (`yaml_1_1`, which an editor's
    YAML 1.2 reads otherwise) in every number, `1.500` where counts are expected."""

    text: str
    yaml_1_1: bool


class AmbiguousInt(int, AmbiguousNumber):
    pass


class AmbiguousFloat(float, AmbiguousNumber):
    pass


def plain_value(value: Any) -> Any:
    """The same value without its marks (plain dicts and lists, scalars as they are): what a checked entry kept for
    the whole run needs, at a third of the memory (20,000 sources at 1,000,000 events: ~115 MB of marks)."""
    if isinstance(value, dict):
        return {key: plain_value(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [plain_value(inner) for inner in value]
    return value
