"""Marks and colours shared by every terminal view, so a status looks the same in a table and a timeline."""

from __future__ import annotations

from collections.abc import Iterable

from .. import lazy_rich as rich
from ..humanize import colon, digits
from ..model import STATUS_MEANING, Status
from ..placeholders import DRAFT_BADGE
from ..words import LEGEND, counted

STATUS_MARK = {Status.CONFIRMED: "●", Status.REPORTED: "○", Status.ALLEGED: "◌", Status.DENIED: "✕"}
DRAFT_MARK = DRAFT_BADGE + " "
"""Opens the text of a record still in draft (`--drafts`: `draft: true` in its JSON) wherever a view lists it."""
DRAFT_STYLE = "bold red"


def draft_text(draft: bool, style: str = "") -> rich.Text:
    """The start of a record's text in a terminal view (`style` for the whole): DRAFT_MARK when it is in draft."""
    text = rich.Text(style=style)
    if draft:
        text.append(DRAFT_MARK, style=DRAFT_STYLE)
    return text


STATUS_COLUMN = "`confirmed`, `reported`, `alleged` or `denied`"
DRAFT_COLUMN = (
    "under `--drafts` only (the last column then): `true` for a record still in draft, else `false`, as `--json`'s "
    "`draft` and `export csv`'s `draft` column; the status column holds the status alone"
)


def draft_value(draft: bool) -> str:
    """The `draft` column of a pipe's line: the words CSV writes for a flag."""
    return "true" if draft else "false"


STATUS_STYLE = {Status.CONFIRMED: "green", Status.REPORTED: "cyan", Status.ALLEGED: "yellow", Status.DENIED: "red"}
ID_STYLE = "bold"
DATE_STYLE = "magenta"
MUTED = "dim"


def limited(limit: int, total: int, noun: str, lang: str = "en") -> str:
    """What `-n N` left out, said to a terminal (rev30 U15: `events -n 2` never said that 52 matched): `2 of 52
    events shown (--limit 2); drop it to see them all`, or "" when nothing was left out."""
    if total <= limit:
        return ""
    words = LEGEND[lang]
    head = words["shown"].format(shown=digits(f"{limit:,}", lang), total=counted(total, noun, lang), limit=limit)
    return words["drop it"].format(head=head)


def status_legend(noun: str, statuses: Iterable[Status], lang: str = "en", count: int | None = None) -> list[str]:
    """The status legend under a listing of `noun`s, one line each: what a status mark is about (rev27 U16: the
    same words under two listings read as a contradiction when Zelensky's speech is a ● confirmed event and the
    11,000 he gave a ○ reported figure), after `count` when given, then what each status shown in `statuses` says
    (rev30 U5: « confirmed » on « X says » read as the content confirmed), and only those: four definitions under a
    2-event listing buried it. `--status`'s help and `koursk docs reference` define all four."""
    words, present = LEGEND[lang], set(statuses)
    scope = words[f"of {noun}"] if present else ""
    head = " · ".join(part for part in (None if count is None else counted(count, noun, lang), scope) if part)
    meanings = [
        f"{STATUS_MARK[s]} {words[s.value]}{colon(lang)}{STATUS_MEANING[lang][s]}" for s in Status if s in present
    ]
    return [head, *meanings] if head else meanings
