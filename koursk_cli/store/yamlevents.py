"""Read any YAML text through libyaml's events into plain values that remember their line and column (yamldoc.py
says how and why; a file in the regular layout koursk writes never comes here, store/yamlregular.py reads it).

Tags are resolved as PyYAML's own resolver resolves them and scalars built by its SafeConstructor
(store/yamlscalars.py), and the composer's errors (an undefined alias, a duplicate anchor, a second document) are
raised as its composer raises them, so the values and messages are those of composing the file with
`yaml.CSafeLoader` and converting its nodes, at half the cost.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from ..problems import Problem
from ..textnorm import shown
from .located import LocatedList, LocatedMap, Mark
from .yamldoc import MAX_DEPTH, line_col
from .yamlscalars import CONSTRUCTED, CORE, MAP, MERGE, SEQ, STR, TIMESTAMP, constructed, plain_tag

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(CORE) :] if tag.startswith(CORE) else tag


def _mark_of(event: Any) -> Mark:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


class _Anchor:
    """Where an anchored value starts: an alias to it, refused, is reported there (and placed there as an item, as
    the composer's shared node is)."""

    __slots__ = ("mark", "start")

    def __init__(self, event: Any) -> None:
        self.mark = _mark_of(event)
        self.start = event.start_mark


class _TooDeep(Exception):
    def __init__(self, mark: Any) -> None:
        super().__init__()
        self.mark = mark


class _Builder:
    """Values from the parser's events, as converting the composed node tree would give them (see the module's
    docstring): one recursive descent over the events, consuming them in the composer's order."""

    def __init__(self, parser: Any, path: str) -> None:
        self.next_event = parser.get_event
        self.path = path
        self.problems: list[Problem] = []
        self._anchors: dict[str, _Anchor] = {}
        self._aliased: set[str] = set()  # anchors already reported: one line each, however often they are used
        self._skipping = 0  # inside a value the converter would have skipped (its key was refused): no problems
        self._depth = 0

    def problem(self, mark: Mark, message: str) -> None:
        if not self._skipping:
            self.problems.append(Problem(self.path, mark[0], mark[1], message))

    def document(self) -> Any:
        """The single document's value (None for an empty stream), or the composer's error."""
        self.next_event()  # the stream's start
        event = self.next_event()
        if isinstance(event, StreamEndEvent):
            return None
        first = self.next_event()
        value = self.value(first)
        self.next_event()  # the document's end
        event = self.next_event()
        if not isinstance(event, StreamEndEvent):
            raise ComposerError(
                "expected a single document in the stream", first.start_mark, "but found another document",
                event.start_mark,
            )  # fmt: skip
        return value

    def _anchor(self, event: Any) -> None:
        anchor = event.anchor
        first = self._anchors.get(anchor)
        if first is not None:
            raise ComposerError(
                "found duplicate anchor; first occurrence", first.start, "second occurrence", event.start_mark
            )
        self._anchors[anchor] = _Anchor(event)

    def _alias(self, event: Any) -> _Anchor:
        anchor = self._anchors.get(event.anchor)
        if anchor is None:
            raise ComposerError(None, None, "found undefined alias", event.start_mark)
        return anchor

    def value(self, event: Any) -> Any:
        kind = type(event)
        if kind is ScalarEvent:
            return self._scalar(event)
        if kind is MappingStartEvent:
            return self._mapping(event)
        if kind is SequenceStartEvent:
            return self._sequence(event)
        self._refuse_alias(event)  # an alias: the anchor's value again, never served
        return None

    def _refuse_alias(self, event: Any) -> _Anchor:
        """The anchor an alias stands for, reported once per anchor (a skipped value reports nothing)."""
        anchor = self._alias(event)
        if event.anchor not in self._aliased and not self._skipping:
            self._aliased.add(event.anchor)
            self.problem(anchor.mark, "YAML aliases (*name) are not allowed in the store; write the value out")
        return anchor

    def _deeper(self, event: Any) -> None:
        """One more list or mapping open: past MAX_DEPTH, the whole file is refused where it went too deep (the
        recursion would otherwise stop at Python's limit, somewhere near 480 levels, with no place to show)."""
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _TooDeep(event.start_mark)

    def _scalar_tag(self, event: Any) -> str:
        """A scalar's tag; under the non-specific tag `!`, a string, as YAML 1.2 has it (PyYAML resolved `! 10000` as a
        plain scalar, to the number an editor does not see: rev18 L10)."""
        tag: str | None = event.tag
        if tag is not None:
            return STR if tag == "!" else tag
        return plain_tag(event.value) if event.implicit[0] else STR

    def _scalar(self, event: Any) -> Any:
        tag = self._scalar_tag(event)
        if event.anchor is not None:
            self._anchor(event)
        if tag in (STR, TIMESTAMP):
            return event.value
        mark = _mark_of(event)
        if tag not in CONSTRUCTED:
            self.problem(mark, f"YAML tag {_tag_name(tag)} is not allowed in the store")
            return None
        try:
            return constructed(tag, event.value, not event.style)
        except Exception:  # any failure of PyYAML's constructors is a bad value (`!!bool maybe`: KeyError)
            self.problem(mark, f"cannot read '{shown(event.value)}' as {_tag_name(tag)}")
            return None

    def _collection_tag(self, event: Any, default: str) -> None:
        tag = event.tag
        if tag is not None and tag != "!" and tag != default:
            self.problem(_mark_of(event), f"YAML tag {_tag_name(tag)} is not allowed in the store")

    def _mark(self, event: Any) -> Mark:
        """Where a value read from `event` starts: an alias's value starts where its anchor does."""
        if type(event) is AliasEvent:
            return self._alias(event).mark
        start = event.start_mark
        return start.line + 1, start.column + 1

    def _sequence(self, event: Any) -> LocatedList:
        if event.anchor is not None:
            self._anchor(event)
        self._deeper(event)
        items = LocatedList(_mark_of(event))
        self._collection_tag(event, SEQ)
        marks = items.item_marks
        next_event, value = self.next_event, self.value
        child = next_event()
        while type(child) is not SequenceEndEvent:
            items.append(value(child))
            if type(child) is AliasEvent:
                marks.append(self._alias(child).mark)
            else:
                start = child.start_mark
                marks.append((start.line + 1, start.column + 1))
            child = next_event()
        self._depth -= 1
        return items

    def _mapping(self, event: Any) -> LocatedMap:
        if event.anchor is not None:
            self._anchor(event)
        self._deeper(event)
        result = LocatedMap(_mark_of(event))
        self._collection_tag(event, MAP)
        next_event, value, key_marks, value_marks = self.next_event, self.value, result.key_marks, result.value_marks
        key_event = next_event()
        while type(key_event) is not MappingEndEvent:
            key, key_mark = self._key(key_event)
            value_event = next_event()
            if key is not None and key in result:
                first = result.key_marks[key]
                self.problem(key_mark, f"duplicate key '{key}' (first given at line {first[0]})")
                key = None
            if key is None:  # the converter skipped such a value: read, never reported
                self._skipping += 1
                value(value_event)
                self._skipping -= 1
            else:
                result[key] = value(value_event)
                key_marks[key] = key_mark
                value_marks[key] = self._mark(value_event)
            key_event = next_event()
        self._depth -= 1
        return result

    def _key(self, event: Any) -> tuple[str | None, Mark]:
        """A mapping key's text and where it starts; None (and a problem) for a merge key or anything but a plain
        string: keys are plain words."""
        if type(event) is AliasEvent:  # refused, and its key with it (a key read through an alias hid the alias)
            return None, self._refuse_alias(event).mark
        if type(event) is ScalarEvent:
            tag, text, mark = self._scalar_tag(event), event.value, _mark_of(event)
            if event.anchor is not None:
                self._anchor(event)
        else:  # a list or mapping as a key
            self._skipping += 1
            self.value(event)
            self._skipping -= 1
            tag, text, mark = None, None, _mark_of(event)
        if tag == MERGE:
            self.problem(mark, "YAML merge keys (<<) are not allowed in the store")
            return None, mark
        if tag != STR:
            self.problem(mark, "keys must be plain words")
            return None, mark
        return text, mark


def read_events(text: str, display: str) -> tuple[Any, list[Problem]]:
    """Any YAML text read through libyaml's events (the collector paused by the caller)."""
    parser = Loader(text)
    builder = _Builder(parser, display)
    try:
        value = builder.document()
    except _TooDeep as deep:
        where = deep.mark.line + 1, deep.mark.column + 1
        return None, [Problem(display, *where, f"YAML nesting is too deep (more than {MAX_DEPTH} lists and mappings)")]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (error.context, error.problem) if part) or "syntax error"
        return None, [Problem(display, line, col, f"YAML syntax error: {message}")]
    except yaml.YAMLError as error:
        position = getattr(error, "position", 0) or 0
        line, col = line_col(text, min(position, len(text)))
        return None, [Problem(display, line, col, f"YAML error: {error}".splitlines()[0])]
    except RecursionError:
        return None, [Problem(display, 1, 1, "YAML nesting is too deep")]
    finally:
        parser.dispose()
    return value, builder.problems
