"""What a YAML scalar's text means: its tag as PyYAML resolves a plain scalar (YAML 1.1 as it reads it), and its value
as PyYAML's SafeConstructor builds it. One place for both readers of the store (store/yamlevents.py over libyaml's
events, store/yamlregular.py over the regular lines koursk writes), so they cannot disagree on a value.

PyYAML's resolver table is kept here as a copy (IMPLICIT), and its constructor imported only when a number, a
boolean or a null is built: importing PyYAML compiles its reader's and resolver's expressions (~100 M instructions,
10-17 ms), which a run reading only regular files of strings and dates (a changed events file) never needs.
tests/test_yamldoc.py holds the copy to PyYAML's own table, pattern for pattern, and the two resolutions to the same
tag on any text."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .located import AmbiguousFloat, AmbiguousInt

CORE = "tag:yaml.org,2002:"
STR, MAP, SEQ, MERGE, TIMESTAMP = (CORE + name for name in ("str", "map", "seq", "merge", "timestamp"))
CONSTRUCTED = frozenset(CORE + name for name in ("int", "float", "bool", "null"))
"""The tags whose value is built (SafeConstructor's construct_yaml_*): a string is its text, a timestamp keeps its
text, neither needs constructing."""
# PyYAML's implicit resolvers (yaml.resolver.Resolver, which CSafeLoader resolves with), in its order: each tag,
# its expression as PyYAML spells it, and the first characters it is tried for ('' for the empty scalar).
IMPLICIT: tuple[tuple[str, str, int, str | tuple[str, ...]], ...] = (
    (
        CORE + "bool",
        r"""^(?:yes|Yes|YES|no|No|NO
                    |true|True|TRUE|false|False|FALSE
                    |on|On|ON|off|Off|OFF)$""",
        re.X,
        "yYnNtTfFoO",
    ),
    (
        CORE + "float",
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
                    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                    |[-+]?\.(?:inf|Inf|INF)
                    |\.(?:nan|NaN|NAN))$""",
        re.X,
        "-+0123456789.",
    ),
    (
        CORE + "int",
        r"""^(?:[-+]?0b[0-1_]+
                    |[-+]?0[0-7_]+
                    |[-+]?(?:0|[1-9][0-9_]*)
                    |[-+]?0x[0-9a-fA-F_]+
                    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""",
        re.X,
        "-+0123456789",
    ),
    (MERGE, r"^(?:<<)$", 0, "<"),
    (
        CORE + "null",
        r"""^(?: ~
                    |null|Null|NULL
                    | )$""",
        re.X,
        ("~", "n", "N", ""),
    ),
    (
        TIMESTAMP,
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
                    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
                     (?:[Tt]|[ \t]+)[0-9][0-9]?
                     :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
                     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
        re.X,
        "0123456789",
    ),
    (CORE + "value", r"^(?:=)$", 0, "="),
    (CORE + "yaml", r"^(?:!|&|\*)$", 0, "!&*"),
)


def _by_first() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """IMPLICIT by first character, each expression compiled once, as PyYAML's yaml_implicit_resolvers holds it."""
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for tag, pattern, flags, firsts in IMPLICIT:
        compiled = re.compile(pattern, flags)
        for first in firsts:
            found.setdefault(first, []).append((tag, compiled))
    return found


RESOLVERS = _by_first()
_PLAIN_TAGS: dict[str, str] = {}  # each plain scalar's resolved tag: keys, statuses and names recur in every entry
_PLAIN_TAGS_KEPT = 4096
# Plain numbers a person reads otherwise (see located.AmbiguousNumber): thousands with dots, base 60, octal, and
# YAML 1.1's other integer forms, which YAML 1.2 (an editor's language server) reads as strings or not at all:
# hexadecimal and binary, underscores anywhere (`1_000`, `1__0`), a leading `+` (rev14 M4).
# Numbers refused before or after PyYAML builds them (eleventh review): base 60 past a few groups, which it reads in
# quadratic time (100,000 groups: 5 s), and integers whose decimal text Python refuses to write (4,300 digits: a
# 4 KB hex number built fine, then `check` raised when it showed it).
_BASE_60_GROUPS = 8
_INT_BITS = 13_000  # about 3,900 decimal digits
# YAML 1.1's own forms, which an editor's YAML 1.2 reads as other numbers or as strings (`lon: 035` is 29 here, 35
# there): refused in every number of the store, plain or tagged (`!!int "04700"`), rev16 M4/L1.
_YAML_1_1_ONLY = re.compile(r"[-+]?([0-9_]*:[0-9:._]*|0[0-9_]+|0[xb][0-9a-fA-F_]+)|\+.*|.*_.*", re.ASCII)
# What both YAMLs read as the same number: ASCII decimal digits (YAML 1.2's core schema). PyYAML's constructors end in
# Python's int() and float(), which also take any Unicode digit (`!!int "١٠٠٠٠"`, fullwidth `３６`) and surrounding
# white space (`!!float " 36 "`): those are refused as YAML 1.1's own forms are (rev18 L10).
_PLAIN_DECIMAL = re.compile(
    r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)", re.ASCII
)
# `1.500`: the same number in both YAMLs, but French for 1,500: refused where a count is expected (the schema's
# unbounded numbers), a decimal where the schema bounds it (`lat: 51.190`).
_THOUSANDS = re.compile(r"-?[0-9]{1,3}(\.[0-9]{3})+", re.ASCII)


def plain_tag(text: str) -> str:
    """The tag of a plain scalar, as PyYAML's resolver gives it: the first of the resolvers tried for its first
    character whose expression matches (`match`, as PyYAML calls it), else a string. It depends on the text alone
    (PyYAML has no path resolvers)."""
    resolvers = RESOLVERS.get(text[:1])
    if resolvers is None:  # an id, a word: no resolver looks at its first character
        return STR
    resolved = _PLAIN_TAGS.get(text)
    if resolved is None:
        if len(_PLAIN_TAGS) >= _PLAIN_TAGS_KEPT:
            _PLAIN_TAGS.clear()
        resolved = _PLAIN_TAGS[text] = next((tag for tag, pattern in resolvers if pattern.match(text)), STR)
    return resolved


@cache
def _constructor() -> tuple[Any, Any]:
    """PyYAML's SafeConstructor and its scalar node, imported when a value is first built (see the docstring)."""
    from yaml.constructor import SafeConstructor
    from yaml.nodes import ScalarNode

    return SafeConstructor(), ScalarNode


def constructed(tag: str, text: str, plain: bool) -> Any:
    """The value of a scalar whose tag is one of CONSTRUCTED, as SafeConstructor builds it; a plain number that a
    person reads otherwise (or that only YAML 1.1 reads so, even tagged) keeps its text. Raises whatever PyYAML's
    constructor raises when it cannot be read."""
    if tag not in CONSTRUCTED:  # the name below picks a construct_yaml_* method: never one the tag spells out
        raise ValueError(f"no value is built for {tag}")
    if text.count(":") > _BASE_60_GROUPS:
        raise ValueError("too many base-60 groups")
    constructor, node = _constructor()
    value = getattr(constructor, "construct_yaml_" + tag[len(CORE) :])(node(tag, text))
    if type(value) is int and value.bit_length() > _INT_BITS:
        raise ValueError("too many digits")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return value
    yaml_1_1 = _YAML_1_1_ONLY.fullmatch(text.strip()) is not None or _PLAIN_DECIMAL.fullmatch(text) is None
    if yaml_1_1 or (plain and _THOUSANDS.fullmatch(text)):
        number = (AmbiguousFloat if isinstance(value, float) else AmbiguousInt)(value)
        number.yaml_1_1 = yaml_1_1
        number.text = text if text == text.strip() else f"'{text}'"
        return number
    return value
