"""Render a draft as commented YAML in the store's layout (pure).

PyYAML cannot write comments, so the few shapes the store uses are written by hand: block mappings, flow lists of
ids, and double-quoted strings with every character a YAML reader could fold or misread escaped. Each document is
one store file, so each validates against data/schema.json on its own.
"""

from __future__ import annotations

import re
from typing import Any

from .draftrecords import Draft, DraftRecord

_PLAIN = re.compile(r"^[a-z][a-z0-9_-]*$")
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
# Escaped in every text written: what YAML refuses in a stream (outside its printable set), what it reads as a line
# break (U+0085, U+2028, U+2029), the byte-order mark, and the bidi controls that reorder a line on a terminal.
_NOT_PRINTED = (
    r"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff"
)
_UNSAFE = re.compile(rf'[\\"{_NOT_PRINTED}]')
_NOT_IN_COMMENT = re.compile(f"[{_NOT_PRINTED}]")
SCHEMA_LINE = "# yaml-language-server: $schema={path}"


def scalar(value: Any) -> str:
    """One YAML scalar: ids plain, other strings double-quoted, numbers as written, None as null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(value)
    text = str(value)
    if _PLAIN.match(text) and text not in _YAML_WORDS:
        return text
    return f'"{_UNSAFE.sub(_escape, text)}"'


def _escape(match: re.Match[str]) -> str:
    return _ESCAPES.get(match.group(), f"\\u{ord(match.group()):04x}")


def comment_text(text: str) -> str:
    """Text for a `#` comment, which is one line: every line break, control character and bidi control written as an
    escape (a file name or a name from the article cannot end the comment, break the file or drive a terminal)."""
    return _NOT_IN_COMMENT.sub(_escape, text)


def _comment(text: str) -> str:
    return "  # " + comment_text(" ".join(text.split())) if text else ""


def _is_flow_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and _PLAIN.match(v) for v in value)


def _lines(key: str, value: Any, indent: str, comment: str = "") -> list[str]:
    if isinstance(value, dict):
        lines = [f"{indent}{key}:{_comment(comment)}"]
        for inner_key, inner in value.items():
            lines.extend(_lines(inner_key, inner, indent + "  "))
        return lines
    if isinstance(value, list) and not _is_flow_list(value):
        lines = [f"{indent}{key}:{_comment(comment)}"]
        for item in value:
            lines.extend(_item(item, indent + "  "))
        return lines
    if isinstance(value, list):
        return [f"{indent}{key}: [{', '.join(value)}]{_comment(comment)}"]
    return [f"{indent}{key}: {scalar(value)}{_comment(comment)}"]


def _item(value: Any, indent: str, comments: dict[str, str] | None = None) -> list[str]:
    """One list item: `- key: value` then the other keys aligned under it."""
    if not isinstance(value, dict):
        return [f"{indent}- {scalar(value)}"]
    lines: list[str] = []
    for key, inner in value.items():
        lines.extend(_lines(key, inner, indent + "  ", (comments or {}).get(key, "")))
    lines[0] = indent + "- " + lines[0][len(indent) + 2 :]
    return lines


def record_lines(record: DraftRecord, indent: str = "  ") -> list[str]:
    lines = [f"{indent}# {comment_text(line)}" if line else "" for line in record.header]
    return lines + _item(record.fields, indent, record.comments)


def render_file(kind: str, records: list[DraftRecord], header: list[str]) -> str:
    """One store file (`sources:`, `events:` or `claims:`) with its records, blank lines between them."""
    lines = [f"# {comment_text(line)}" if line else "#" for line in header]
    if not records:
        return "\n".join([*lines, f"{kind}: []"]) + "\n"
    lines.append(f"{kind}:")
    for index, record in enumerate(records):
        if index:
            lines.append("")
        lines.extend(record_lines(record))
    return "\n".join(lines) + "\n"


def event_file_header(draft: Draft) -> list[str]:
    header = [SCHEMA_LINE.format(path="../schema.json")[2:], ""]
    if draft.candidates:
        header.append("Names not in entities.yaml (add them there to use them as actors or places):")
        header.extend(f"  {name}" for name in draft.candidates)
    return header


def render_draft(draft: Draft, article: str) -> str:
    """The whole draft as three YAML documents: the source entry, the events file and the claims file."""
    source_id = draft.source.fields["id"]
    intro = [
        f"koursk extract draft for {article}, published {draft.source.fields['published']}.",
        "Every value marked TODO or guess is for a curator to write or check; quotes are verbatim sentences.",
        "Then `koursk extract ... --write` (or copy each document to the file it names) and run `koursk check`.",
        "",
        "For data/sources.yaml: append this entry.",
    ]
    documents = [
        render_file("sources", [draft.source], intro),
        render_file("events", draft.events, [f"For data/events/{source_id}.yaml:", *event_file_header(draft)[1:]]),
        render_file("claims", draft.claims, [f"For data/claims/{source_id}.yaml:"]),
    ]
    return "---\n".join(documents)
