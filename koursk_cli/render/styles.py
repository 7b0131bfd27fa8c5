"""Marks and colours shared by every terminal view, so a status looks the same in a table and a timeline."""

from __future__ import annotations

from ..humanize import plural
from ..model import Status

STATUS_MARK = {Status.CONFIRMED: "●", Status.REPORTED: "○", Status.ALLEGED: "◌", Status.DENIED: "✕"}
DRAFT_MARK = "[draft] "
"""Opens the text of a record still in draft (`--drafts`: `draft: true` in its JSON) wherever a view lists it."""
DRAFT_STYLE = "bold red"


def status_value(status: Status, draft: bool) -> str:
    """A status as a pipe's line writes it: `alleged`, or `alleged (draft)` for a record still in draft."""
    return f"{status.value} (draft)" if draft else status.value


STATUS_STYLE = {Status.CONFIRMED: "green", Status.REPORTED: "cyan", Status.ALLEGED: "yellow", Status.DENIED: "red"}
ID_STYLE = "bold"
DATE_STYLE = "magenta"
MUTED = "dim"
CONFLICT_MARK = "✕"  # two figures no single number satisfies (claims, figures, show)
LEGEND = {
    "en": {
        "dates": "dates: ~ approximate · ? uncertain · A – B some time within, or all through, that window",
        "before": "Began, or may have happened, before {day}",
        **{status.value: status.value for status in Status},
    },
    "fr": {
        "dates": "dates : ~ approximative · ? incertaine · A – B à un moment de cette période, ou tout du long",
        "before": "Commencé, ou peut-être survenu, avant le {day}",
        "confirmed": "confirmé",
        "reported": "rapporté",
        "alleged": "allégué",
        "denied": "démenti",
        "event": "événement",
        "claim": "chiffre",
    },
}
"""The words of a listing's legend in each `--lang` (the report has its own, report/labels.py)."""
DATE_LEGEND = LEGEND["en"]["dates"]
"""How a date is marked (humanize.human_date), said under every dated listing and `show`."""


def status_legend(count: int, noun: str, lang: str = "en") -> str:
    """`46 events   ● confirmed  ○ reported  ◌ alleged  ✕ denied`, in `lang`."""
    words = LEGEND[lang]
    marks = "  ".join(f"{mark} {words[status.value]}" for status, mark in STATUS_MARK.items())
    counted = plural(count, noun) if lang == "en" else f"{count} {words[noun]}{'s' if count > 1 else ''}"
    return f"{counted}   {marks}"
