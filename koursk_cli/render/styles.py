"""Marks and colours shared by every terminal view, so a status looks the same in a table and a timeline."""

from __future__ import annotations

from ..model import Status

STATUS_MARK = {Status.CONFIRMED: "●", Status.REPORTED: "○", Status.ALLEGED: "◌", Status.DENIED: "✕"}
STATUS_STYLE = {Status.CONFIRMED: "green", Status.REPORTED: "cyan", Status.ALLEGED: "yellow", Status.DENIED: "red"}
ID_STYLE = "bold"
DATE_STYLE = "magenta"
MUTED = "dim"
