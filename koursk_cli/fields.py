"""The JSON fields of each list command's records: what `--fields` accepts and what `--help` lists. Pure.

A test pins each tuple to the keys the records really have, so a new key cannot be added without listing it here.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import UsageError

_DATE = ("start", "end", "precision", "approximate", "uncertain")

EVENT_FIELDS = (
    "id", "date", *_DATE, "date_basis", "title", "actors", "places", "tags", "status", "sources", "evidence",
    "reported", "reported_start", "reported_end", "note",
)  # fmt: skip
CLAIM_FIELDS = (
    "id", "topic", "measure", "value", "value_kind", "value_min", "value_max", "unit",
    "as_of", *(f"as_of_{name}" for name in _DATE), "as_of_basis", "asserted_by", "source", "published", "quote",
    "status", "note", "conflicts_with", "restates",
)  # fmt: skip
SOURCE_FIELDS = (
    "id", "seed", "sha256", "outlet", "language", "title",
    "published", *(f"published_{name}" for name in _DATE), "published_basis", "notes", "events", "claims",
)  # fmt: skip
SPREAD_FIELDS = ("topic", "topic_aliases", "measure", "description", "claims", "lowest", "highest", "conflicts")
PROBLEM_FIELDS = ("path", "line", "col", "message")


def fields_help(fields: Iterable[str]) -> str:
    """The help of a command's --fields option, naming every field it has."""
    return (
        "With --json or --jsonl (--json if neither is given): only these fields, comma-separated, in this order. "
        f"Fields: {', '.join(fields)}."
    )


def parse_fields(text: str, valid: tuple[str, ...]) -> tuple[str, ...]:
    """`id,date` into ("id", "date"): spaces and repeats ignored, every name checked, the closest one suggested."""
    from .suggest import suggestions

    wanted = tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))
    if not wanted:
        raise UsageError("--fields needs at least one field name", "valid fields: " + ", ".join(valid))
    unknown = [name for name in wanted if name not in valid]
    if unknown:
        close = [s for name in unknown for s in suggestions(name, valid, limit=1)]
        lead = "did you mean " + " or ".join(f"'{c}'" for c in close) + "? " if close else ""
        names = ", ".join(f"'{name}'" for name in unknown)
        raise UsageError(
            f"unknown field{'s' if len(unknown) > 1 else ''} {names}", lead + "valid fields: " + ", ".join(valid)
        )
    return wanted
