"""Validate located YAML values against the store's JSON Schema, reporting each problem where it stands.

Only the keywords `data/schema.json` uses are implemented (type, properties, required, additionalProperties,
items, minItems, minLength, enum, pattern, minimum, maximum, $ref), so editors and `koursk check` read one schema.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from ..problems import MAX_PROBLEMS_PER_FILE, Problem, TooManyProblems, too_many
from ..suggest import suggestions
from ..textnorm import shown
from .located import AmbiguousNumber, LocatedList, LocatedMap, Mark

_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def describe(value: Any) -> str:
    """Name a value the way a YAML author would recognise it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()} (YAML reads yes/no/on/off as booleans: quote it)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {_quoted(value)}"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


MAX_NUMBER = 10**15  # every number of the store fits a float exactly, JSON readers and SQLite included


def _magnitude(value: float) -> str:
    if isinstance(value, int):
        return f"a number of {len(str(value)) if value.bit_length() < 10_000 else 'thousands of'} digits"
    return f"about {value:.1e}"


def _quoted(value: Any) -> str:
    return f"'{shown(value)}'" if isinstance(value, str) else repr(value)


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _PYTHON_TYPES[name])


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """Schema patterns as JSON Schema (ECMAScript) reads them: `\\d` is 0-9 only (re.ASCII), and they are applied with
    fullmatch, so `$` cannot accept a trailing newline (`"x\\n"`)."""
    return re.compile(pattern, re.ASCII)


def closest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    found = suggestions(word, choices, limit=1)
    return found[0] if found else None


class Validator:
    def __init__(self, schema: dict[str, Any], path: str) -> None:
        self.defs: dict[str, Any] = schema.get("$defs", {})
        self.path = path
        self.label = ""
        self.problems: list[Problem] = []

    def _add(self, mark: Mark, message: str) -> None:
        prefix = f"{self.label}: " if self.label else ""
        problem = Problem(self.path, mark[0], mark[1], prefix + message)
        if len(self.problems) >= MAX_PROBLEMS_PER_FILE:
            raise TooManyProblems(problem)
        self.problems.append(problem)

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.defs[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def check(self, value: Any, schema: dict[str, Any], where: str, mark: Mark) -> None:
        schema = self._resolve(schema)
        types = schema.get("type")
        if types is not None:
            allowed = [types] if isinstance(types, str) else list(types)
            if not any(_is_type(value, t) for t in allowed):
                wanted = " or ".join(
                    "a mapping" if t == "object" else "a list" if t == "array" else f"a {t}" for t in allowed
                )
                self._add(mark, f"{where or 'the entry'} must be {wanted}, not {describe(value)}")
                return
        if isinstance(value, dict):
            self._object(value, schema, where, mark)
        elif isinstance(value, list):
            self._array(value, schema, where, mark)
        else:
            self._scalar(value, schema, where, mark)

    def _object(self, value: dict[str, Any], schema: dict[str, Any], where: str, mark: Mark) -> None:
        properties: dict[str, Any] = schema.get("properties", {})
        key_marks = value.key_marks if isinstance(value, LocatedMap) else {}
        value_marks = value.value_marks if isinstance(value, LocatedMap) else {}
        for key, item in value.items():
            inner = f"{where}.{key}" if where else key
            if key in properties:
                self.check(item, properties[key], inner, value_marks.get(key, mark))
            elif schema.get("additionalProperties") is False:
                hint = closest(key, list(properties))
                suffix = f" (did you mean '{hint}'?)" if hint else f" (allowed: {', '.join(properties)})"
                inside = f" in {where}" if where else ""
                self._add(key_marks.get(key, mark), f"unknown key '{shown(key)}'{inside}{suffix}")
        for key in schema.get("required", []):
            if key not in value:
                inside = f" in {where}" if where else ""
                self._add(mark, f"missing the required key '{key}'{inside}")

    def _array(self, value: list[Any], schema: dict[str, Any], where: str, mark: Mark) -> None:
        minimum = schema.get("minItems")
        if minimum is not None and len(value) < minimum:
            self._add(mark, f"{where} needs at least {minimum} item{'s' if minimum > 1 else ''}")
        item_schema = schema.get("items")
        if item_schema is None:
            return
        marks = value.item_marks if isinstance(value, LocatedList) else []
        for index, item in enumerate(value):
            self.check(item, item_schema, f"{where}[{index}]", marks[index] if index < len(marks) else mark)

    def _scalar(self, value: Any, schema: dict[str, Any], where: str, mark: Mark) -> None:
        enum = schema.get("enum")
        if enum is not None and value not in enum:
            hint = closest(value, enum) if isinstance(value, str) else None
            suffix = f" (did you mean '{hint}'?)" if hint else ""
            self._add(mark, f"{where} {_quoted(value)} is not one of: {', '.join(enum)}{suffix}")
        if isinstance(value, str):
            if len(value.strip()) < schema.get("minLength", 0):
                self._add(mark, f"{where} must not be empty")
            pattern = schema.get("pattern")
            if pattern and value.strip() and not _compiled(pattern).fullmatch(value):
                self._add(mark, f"{where} {_quoted(value)} is not valid: expected {schema.get('x-hint', pattern)}")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            if isinstance(value, AmbiguousNumber) and (value.yaml_1_1 or "maximum" not in schema):
                number = value if isinstance(value, int) else format(value, "g")
                self._add(
                    mark,
                    f"{where} {value.text} is read by YAML 1.1 (koursk) as {number} and by YAML 1.2 (an editor) "
                    "otherwise: write plain decimal digits (35, 1500, 51.19); quote the text if you mean it"
                    if value.yaml_1_1
                    else f"{where} {value.text} is read by YAML as {number}: counts are integers written "
                    "unambiguously (1500, not 1.500 or 1,500); quote the text if you mean it",
                )
                return
            if isinstance(value, float) and not math.isfinite(value):  # YAML's .nan and .inf: not valid JSON
                self._add(mark, f"{where} must be a finite number, not {value}")
                return
            if abs(value) > MAX_NUMBER:
                self._add(mark, f"{where} is too large ({_magnitude(value)}; the limit is {MAX_NUMBER:,})")
                return
            if "minimum" in schema and value < schema["minimum"]:
                self._add(mark, f"{where} {value} is below the minimum {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                self._add(mark, f"{where} {value} is above the maximum {schema['maximum']}")


Accepts = Callable[[Any], bool]


def _accepts(schema: dict[str, Any], defs: dict[str, Any], made: dict[int, Accepts]) -> Accepts:
    """A predicate true exactly when Validator.check would report nothing about a value, made once from the schema:
    most entries are valid, and answering "valid" this way costs a third of walking the schema for each value
    (an invalid entry is then checked again by the Validator, which says where and why)."""
    while "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
    if id(schema) in made:
        return made[id(schema)]
    types = schema.get("type")
    allowed = None if types is None else ([types] if isinstance(types, str) else list(types))
    # _is_type over the allowed names: a boolean only as "boolean" (YAML's `no` is no integer), else by its type
    union = tuple(kind for name in allowed or () for kind in _PYTHON_TYPES[name])
    boolean = allowed is not None and "boolean" in allowed
    properties: dict[str, Accepts] = {}
    required = frozenset(schema.get("required", ()))
    closed = schema.get("additionalProperties") is False
    minimum_items = schema.get("minItems")
    item_schema = schema.get("items")
    enum, pattern = schema.get("enum"), schema.get("pattern")
    matches = _compiled(pattern).fullmatch if pattern else None
    shortest = schema.get("minLength", 0)
    low, high, bounded = schema.get("minimum"), schema.get("maximum"), "maximum" in schema
    items: list[Accepts] = []

    def accepts(value: Any) -> bool:
        if allowed is not None and not (boolean if isinstance(value, bool) else isinstance(value, union)):
            return False
        if isinstance(value, dict):
            return accepts_object(value)
        if isinstance(value, list):
            return accepts_array(value)
        if isinstance(value, str):
            return accepts_string(value)
        if enum is not None and value not in enum:
            return False
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if (isinstance(value, AmbiguousNumber) and (value.yaml_1_1 or not bounded)) or abs(value) > MAX_NUMBER:
                return False
            if isinstance(value, float) and not math.isfinite(value):
                return False
            return (low is None or value >= low) and (high is None or value <= high)
        return True

    def accepts_object(value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        for key, inner in value.items():
            test = properties.get(key)
            if test is None:
                if closed:
                    return False
            elif not test(inner):
                return False
        return required <= value.keys()

    def accepts_array(value: Any) -> bool:
        if not isinstance(value, list) or (minimum_items is not None and len(value) < minimum_items):
            return False
        return not items or all(map(items[0], value))

    def accepts_string(value: Any) -> bool:
        if not isinstance(value, str) or (enum is not None and value not in enum):
            return False
        stripped = value.strip()
        return len(stripped) >= shortest and (matches is None or not stripped or matches(value) is not None)

    # A schema of one type of value (most of them) tests only that type's rules: `accepts` as it would run them.
    made[id(schema)] = {"object": accepts_object, "array": accepts_array, "string": accepts_string}.get(
        allowed[0] if allowed is not None and len(allowed) == 1 else "", accepts
    )  # before its parts: a schema may refer to itself
    properties.update((key, _accepts(inner, defs, made)) for key, inner in schema.get("properties", {}).items())
    if item_schema is not None:
        items.append(_accepts(item_schema, defs, made))
    return made[id(schema)]


_accepted: dict[str, tuple[dict[str, Any], Accepts]] = {}


def acceptor(schema: dict[str, Any], item: str) -> Accepts:
    """The predicate for one kind of entry of this schema (made once per schema and kind): true exactly when the
    entry holds to it (validate_file's first test; the cache's core entries read back, Cache.core_entries)."""
    known = _accepted.get(item)
    if known is None or known[0] is not schema:
        known = _accepted[item] = (schema, _accepts({"$ref": f"#/$defs/{item}"}, schema.get("$defs", {}), {}))
    return known[1]


def validate_file(
    value: Any, schema: dict[str, Any], kind: str, item: str, path: str
) -> tuple[list[LocatedMap], list[LocatedMap], list[Problem]]:
    """Check one file holding `kind:` (a list of `item`); return its valid items, its invalid ones and the problems.

    Items are checked one by one so that a single bad entry does not hide the rest of the file from later checks.
    """
    validator = Validator(schema, path)
    if value is None:
        validator._add((1, 1), f"empty file: expected a mapping with the key '{kind}:'")
        return [], [], validator.problems
    mark = getattr(value, "mark", (1, 1))
    if not isinstance(value, LocatedMap):
        validator._add(mark, f"the file must be a mapping with the key '{kind}:', not {describe(value)}")
        return [], [], validator.problems
    try:  # every problem of the top level: one past the limit ends the file's list (review66c H1)
        for key in value:
            if key != kind:
                hint = f" (did you mean '{kind}'?)" if closest(key, [kind]) else ""
                validator._add(
                    value.key_marks.get(key, mark), f"unknown key '{shown(key)}' at the top of a {kind} file{hint}"
                )
        items = value.get(kind)
        if kind not in value:
            validator._add(mark, f"the file is missing the key '{kind}:'")
            return [], [], validator.problems
        if not isinstance(items, list):
            validator._add(value.value_marks.get(kind, mark), f"'{kind}' must be a list, not {describe(items)}")
            return [], [], validator.problems
    except TooManyProblems as stop:
        rest = f"the rest of its top level and its {kind} were not checked"
        validator.problems.append(too_many(path, stop.problem[1:3], rest, stopped=True))
        return [], [], validator.problems
    valid: list[LocatedMap] = []
    invalid: list[LocatedMap] = []
    marks = items.item_marks if isinstance(items, LocatedList) else []
    accepts = acceptor(schema, item)
    for index, entry in enumerate(items):
        if len(validator.problems) >= MAX_PROBLEMS_PER_FILE:
            rest = f"entries from {kind}[{index}] on (of {len(items):,}) were not checked{_against(kind)}"
            validator.problems.append(too_many(path, marks[index] if index < len(marks) else mark, rest, stopped=True))
            break
        if accepts(entry):  # nothing to report: no need to walk it again with marks
            if isinstance(entry, LocatedMap):
                valid.append(entry)
            continue
        before = len(validator.problems)
        validator.label = f"{kind}[{index}]"
        if isinstance(entry, LocatedMap) and isinstance(entry.get("id"), str):
            validator.label = f"{item} '{shown(entry['id'], 80)}'"
        try:
            validator.check(entry, {"$ref": f"#/$defs/{item}"}, "", marks[index] if index < len(marks) else mark)
        except TooManyProblems as stop:  # within one entry: the rest of it goes unchecked with the entries after it
            rest = f"{kind}[{index}] (of {len(items):,}) was checked up to here"
            rest += ", the entries after it were not checked" if index + 1 < len(items) else ""
            rest += _against(kind)
            validator.problems.append(too_many(path, stop.problem[1:3], rest, stopped=True))
            if isinstance(entry, LocatedMap):
                invalid.append(entry)
            break
        validator.label = ""
        if isinstance(entry, LocatedMap):
            (valid if len(validator.problems) == before else invalid).append(entry)
    return valid, invalid, validator.problems


def _against(kind: str) -> str:
    """What a stop in the schema's check of an events or claims file also leaves out: the loader checks its entries
    against the core only within the file's limit (read_entries), and the schema has used it up. A core file's valid
    entries are still checked (check_core)."""
    return ", and no entry was checked against the rest of the store" if kind in ("events", "claims") else ""
