"""Marks and colours shared by every terminal view, so a status looks the same in a table and a timeline."""

from __future__ import annotations

from ..model import Status

STATUS_MARK = {Status.CONFIRMED: "●", Status.REPORTED: "○", Status.ALLEGED: "◌", Status.DENIED: "✕"}
STATUS_STYLE = {Status.CONFIRMED: "green", Status.REPORTED: "cyan", Status.ALLEGED: "yellow", Status.DENIED: "red"}
ID_STYLE = "bold"
DATE_STYLE = "magenta"
MUTED = "dim"
CONFLICT_MARK = "✕"  # two figures no single number satisfies (claims, figures, show)
DATE_LEGEND = "dates: ~ approximate · ? uncertain · A – B some time within, or all through, that window"
"""How a date is marked (humanize.human_date), said under every dated listing and `show`."""
