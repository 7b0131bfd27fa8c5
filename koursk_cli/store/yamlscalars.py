"""What a YAML scalar's text means: its tag as PyYAML resolves a plain scalar (YAML 1.1 as it reads it), and its value
as PyYAML's SafeConstructor builds it. One place for both readers of the store (store/yamldoc.py over libyaml's
events, store/yamlregular.py over the regular lines koursk writes), so they cannot disagree on a value."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode

from .located import AmbiguousFloat, AmbiguousInt

CORE = "tag:yaml.org,2002:"
STR, MAP, SEQ, MERGE, TIMESTAMP = (CORE + name for name in ("str", "map", "seq", "merge", "timestamp"))
CONSTRUCTORS = {
    CORE + "int": SafeConstructor.construct_yaml_int,
    CORE + "float": SafeConstructor.construct_yaml_float,
    CORE + "bool": SafeConstructor.construct_yaml_bool,
    CORE + "null": SafeConstructor.construct_yaml_null,
}  # a string is its text, a timestamp keeps its text: neither needs constructing
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = SafeConstructor()
_resolver = Loader("")  # only its tag resolution is used (PyYAML's implicit resolvers)
_PLAIN_TAGS: dict[str, str] = {}  # each plain scalar's resolved tag: keys, statuses and names recur in every entry
_PLAIN_TAGS_KEPT = 4096
_PLAIN = (True, False)  # a plain scalar's `implicit`, as the parser gives it
# The first characters some implicit resolver looks at: a plain scalar starting with any other (an id, a word) is a
# string, as `resolve` finds after trying none (every one unless a resolver looks at any first character).
_RESOLVED_FIRST = (
    frozenset(key for key in _resolver.yaml_implicit_resolvers if key)
    if None not in _resolver.yaml_implicit_resolvers and not _resolver.yaml_path_resolvers
    else None
)
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
    """The tag of a plain scalar: it depends on its text alone (PyYAML has no path resolvers)."""
    if text and _RESOLVED_FIRST is not None and text[0] not in _RESOLVED_FIRST:
        return STR
    resolved = _PLAIN_TAGS.get(text)
    if resolved is None:
        if len(_PLAIN_TAGS) >= _PLAIN_TAGS_KEPT:
            _PLAIN_TAGS.clear()
        resolved = _PLAIN_TAGS[text] = _resolver.resolve(ScalarNode, text, _PLAIN)
    return resolved


def constructed(tag: str, text: str, plain: bool) -> Any:
    """The value of a scalar whose tag is one of CONSTRUCTORS, as SafeConstructor builds it; a plain number that a
    person reads otherwise (or that only YAML 1.1 reads so, even tagged) keeps its text. Raises whatever PyYAML's
    constructor raises when it cannot be read."""
    if text.count(":") > _BASE_60_GROUPS:
        raise ValueError("too many base-60 groups")
    value = CONSTRUCTORS[tag](_constructor, ScalarNode(tag, text))
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
