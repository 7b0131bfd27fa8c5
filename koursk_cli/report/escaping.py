"""The one way store text enters the page: control characters made visible (as on a terminal: an escape sequence
reads `\\x1b`, and the HTML standard forbids them anyway), then HTML-escaped, quotes included."""

from html import escape

from ..textnorm import visible


def text(value: str) -> str:
    return escape(visible(value))
