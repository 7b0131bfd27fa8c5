"""Whole numbers read from untrusted text (store files, arguments, file names, the cache).

Python's int() refuses a string of more than 4,300 digits with a bare ValueError: a traceback wherever a store, an
argument or a name held such a run (rev31 M1/L3). Each caller knows how many digits a number it can use has, so
none converts more: past the bound the text is no number of that kind, told apart by None.
"""

from __future__ import annotations


def whole(digits: str, most: int) -> int | None:
    """The number a run of decimal digits writes, or None when it has more than `most` once leading zeros are
    dropped (`most` is far below int()'s limit). The caller has checked that `digits` is digits."""
    significant = digits.lstrip("0") or "0"
    return int(significant) if len(significant) <= most else None
