"""A day told as one or another (« le 23 ou le 24 janvier », « les 17 et 18 décembre »): a run of at most a few days
that « deux semaines plus tard » in the next sentence counts from as it would from one day, each end moved (round 22:
it was counted from an older day named before, or from the page, « Deux semaines plus tard » read as 28 February
instead of 6–7 February). Pure: an EDTF in, the moved interval out."""

from __future__ import annotations

import re
from datetime import date, timedelta

# Longer than this, a run of days is a period (« du 3 au 17 mars »), which a count after it does not start from a day of.
_AT_MOST = timedelta(days=2)
_RUN = re.compile(r"(?P<a>\d{4}-\d\d-\d\d)/(?P<b>\d{4}-\d\d-\d\d)")
# Two days named side by side, or joined by a dash (« 26-28 AVR. 2025 », a timeline's run: round 27); not a span
# counted (« en deux jours »), whose days are no day the story is at
_ONE_OR_ANOTHER = re.compile(r"\d(?:er)?(?:\s+(?:ou|et)\s+(?:le\s+)?|\s*[-–]\s*)\d", re.IGNORECASE)


def run_of_days(edtf: str, text: str) -> tuple[date, date] | None:
    """The first and last day of a few days the text names side by side, or None for anything else (a day, a month,
    a longer period, a span counted)."""
    found = _RUN.fullmatch(edtf)
    if found is None or _ONE_OR_ANOTHER.search(text) is None:
        return None
    first, last = date.fromisoformat(found["a"]), date.fromisoformat(found["b"])
    return (first, last) if timedelta(0) < last - first <= _AT_MOST else None
