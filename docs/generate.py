"""Regenerate the parts of docs/reference.md that come from the code: `python docs/generate.py`.

Each part sits between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->` and is written from the field
tables (koursk_cli/fields.py), the columns of a claim's line in a pipe (koursk_cli/render/claims.py), the export
registry (koursk_cli/export/formats.py) and each command's `--help`, so the reference cannot drift from the code:
tests/test_docs.py fails when a part is not what this script writes (the sqlite-utils `cog` pattern, without the
dependency). docs/claims.md's table of what each filter means for claims is written from claimfilters.CLAIM_FILTERS, its table
of conflict kinds from claims.CONFLICT_LABELS, its table of conflict tiers from claims.CONFLICT_TIERS.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from koursk_cli.claimfilters import CLAIM_FILTERS
from koursk_cli.claims import CONFLICT_LABELS, CONFLICT_TIERS
from koursk_cli.cli import app
from koursk_cli.commands import COMMANDS
from koursk_cli.export.formats import FORMATS
from koursk_cli.fields import (
    CITATION,
    CLAIM,
    DATE_DIFF,
    ENTITY_ROW,
    EVENT,
    FIGURE,
    PROBLEM,
    SOURCE,
    SOURCE_DIFF,
    SPREAD,
    Field,
    Kind,
)
from koursk_cli.model import STATUS_MEANING
from koursk_cli.render.claims import CLAIM_LINE
from koursk_cli.render.entities import ENTITY_LINE
from koursk_cli.render.events import EVENT_LINE
from koursk_cli.render.figures import FIGURE_LINE
from koursk_cli.render.sources import SOURCE_LINE, TOPIC_LINE
from koursk_cli.render.styles import STATUS_MARK
from koursk_cli.render.timeline import TIMELINE_LINE

REFERENCE = Path(__file__).resolve().parent / "reference.md"
CLAIMS = REFERENCE.with_name("claims.md")
PART = re.compile(r"(<!-- generated: (?P<name>[a-z]+) -->\n).*?(<!-- end generated: (?P=name) -->)", re.DOTALL)

# Each record kind, with the commands that print it.
KINDS: list[tuple[Kind[Any], str]] = [
    (EVENT, "`koursk events --json` (and `show EVENT`, `diff`, `timeline` periods' `events`): one object per event"),
    (CLAIM, "`koursk claims [TOPIC] --json` (and `sources --claim`, `show CLAIM`, `diff`): one object per claim"),
    (SOURCE, "`koursk sources --json`: one object per article"),
    (ENTITY_ROW, "`koursk entities --json`: one object per actor or place"),
    (SPREAD, "`koursk topics --json`: one object per topic and measure"),
    (
        FIGURE,
        "`koursk figures --json`: one object per measure, its `series` (`label`, `asserted_by`, `source`) each "
        "listing its `figures`, one object per figure",
    ),
    (PROBLEM, "`koursk check --json`: one object per problem"),
    (CITATION, "`koursk cite ID --json`: one object per article that supports the event or claim"),
    (SOURCE_DIFF, "`koursk diff SOURCE_A SOURCE_B --json`: one object"),
    (DATE_DIFF, "`koursk diff --from PERIOD --to PERIOD --json`: one object"),
]


def _stored(field: Field[Any], kind: Kind[Any]) -> str:
    """Where the SQLite export keeps the field."""
    if kind.sql_table is None:
        return ""
    if field.table is not None:
        return f"table `{field.table}`"
    if field.sql is None:
        return ""
    return ", ".join(f"`{column}`" for column in field.columns())


def fields_part() -> str:
    out = []
    for kind, title in KINDS:
        sql = kind.sql_table is not None
        out.append(f"{title}{f' (SQLite table `{kind.sql_table}`)' if sql else ''}:\n\n")
        out.append("| key | meaning | SQLite |\n|---|---|---|\n" if sql else "| key | meaning |\n|---|---|\n")
        for field in kind.fields:
            row = f"| `{field.name}` | {field.help}"
            out.append(row + (f" | {_stored(field, kind)} |\n" if sql else " |\n"))
        out.append("\n")
    return "".join(out).rstrip("\n") + "\n"


# Each listing's line in a pipe: the command that prints it (as tests/test_docs.py runs it), what a line is.
PIPES: list[tuple[Kind[Any], tuple[str, ...], str]] = [
    (EVENT_LINE, ("events",), "one line per event"),
    (
        CLAIM_LINE,
        ("claims",),
        "one line per claim, also from `koursk sources --claim` (the conflicts a terminal shows under the claims "
        "are each claim's `conflicts_with` here)",
    ),
    (SOURCE_LINE, ("sources",), "one line per article"),
    (TOPIC_LINE, ("topics",), "one line per topic and measure"),
    (ENTITY_LINE, ("entities",), "one line per actor or place"),
    (FIGURE_LINE, ("figures", "troops"), "one line per figure"),
    (TIMELINE_LINE, ("timeline",), "one line per event, under each period it is listed in"),
]


def pipes_part() -> str:
    """The columns of each listing's line in a pipe."""
    out = []
    for kind, command, what in PIPES:
        out += [f"`koursk {command[0]}`, {what}:\n\n", "| column | meaning |\n", "|---|---|\n"]
        out += [f"| {n} `{f.name}` | {f.help} |\n" for n, f in enumerate(kind.fields, 1)]
        out.append("\n")
    return "".join(out).rstrip("\n") + "\n"


def formats_part() -> str:
    rows = ["| FORMAT | what you get | open it with | a record in draft (`--drafts`) |\n", "|---|---|---|---|\n"]
    rows += [f"| `{e.name}` | {e.gives} | {e.opens_with} | {e.draft_mark} |\n" for e in FORMATS.values()]
    return "".join(rows)


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "100", "TERM": "dumb"}, prog_name="koursk")
    assert result.exit_code == 0, result.output
    return result.output.rstrip() + "\n"


def commands_part() -> str:
    out = ["```\n$ koursk --help\n", _help(), "```\n"]
    for name in COMMANDS:
        out += [f"\n### koursk {name}\n\n```\n$ koursk {name} --help\n", _help(name), "```\n"]
    return "".join(out)


def claim_filters_part() -> str:
    """What each event filter means for claims, or why it cannot select one."""
    rows = ["| flag | a claim matches when |\n", "|---|---|\n"]
    for row in CLAIM_FILTERS.values():
        meaning = row.meaning if row.sets else f"never: {row.meaning} (see below)"
        cell = meaning.replace("|", "\\|")  # a table cell ends at a bare bar
        rows.append(f"| `{row.flag}` | {cell} |\n")
    return "".join(rows)


def conflict_kinds_part() -> str:
    """What the legend under listed conflicts says of each kind (claims.CONFLICT_LABELS)."""
    rows = ["| kind (JSON) | beside a pair | what it means (the legend's words) |\n", "|---|---|---|\n"]
    for kind, words in CONFLICT_LABELS.items():
        label, meaning = words["en"]
        rows.append(f"| `{kind.value}` | {f'`({label})`' if label else 'unmarked'} | {meaning} |\n")
    return "".join(rows)


def conflict_tiers_part() -> str:
    """What the heading, the marks and the legend under listed conflicts say of each tier (claims.CONFLICT_TIERS)."""
    rows = ["| tier (JSON) | mark | beside an id | what it means (the legend's words) |\n", "|---|---|---|---|\n"]
    for tier, words in CONFLICT_TIERS.items():
        mark, label, counted, meaning = words["en"]
        meaning = meaning.format(example="")  # a listing gives the round figures of the pairs it shows
        rows.append(
            f"| `{tier.value}` | `{mark}` | {f'`({label})`' if label else 'unmarked'} | {counted.format(s='')}: {meaning} |\n"
        )
    return "".join(rows)


def statuses_part() -> str:
    """What each status says, in the words of the legends and of `--status`'s help (model.STATUS_MEANING)."""
    rows = ["  | mark | status | what it says |\n", "  |---|---|---|\n"]
    rows += [f"  | `{STATUS_MARK[s]}` | `{s.value}` | {meaning} |\n" for s, meaning in STATUS_MEANING["en"].items()]
    return "".join(rows)


PARTS = {
    "statuses": statuses_part,
    "fields": fields_part,
    "pipes": pipes_part,
    "formats": formats_part,
    "commands": commands_part,
}
CLAIM_PARTS = {
    "claimfilters": claim_filters_part,
    "conflictkinds": conflict_kinds_part,
    "conflicttiers": conflict_tiers_part,
}
DOCS = {REFERENCE: PARTS, CLAIMS: CLAIM_PARTS}


def render(text: str, parts: dict[str, Any] = PARTS) -> str:
    """`text` with every generated part rewritten."""
    return PART.sub(lambda m: m.group(1) + parts[m.group("name")]() + m.group(3), text)


def main() -> None:
    for doc, parts in DOCS.items():
        text = doc.read_text(encoding="utf-8")
        missing = [name for name in parts if f"<!-- generated: {name} -->" not in text]
        if missing:
            sys.exit(f"{doc}: no place for the generated part(s) {', '.join(missing)}")
        doc.write_text(render(text, parts), encoding="utf-8")


if __name__ == "__main__":
    main()
