"""Rich's word wrap made to keep no-break spaces, so « 11 000 » or « 8 oct. » never splits across two lines.

Rich (15.0) finds words with `\\s*\\S+\\s*`, and Python's `\\s` takes U+00A0 and U+202F, the spaces `--lang fr` puts
inside numbers precisely so that a line never breaks there (Textualize/rich#4196, open). Rich reads the pattern from
`rich._wrap.re_word` at each call, so setting that one name is enough; tests/test_nobreak_wrap.py fails if an upgrade of
Rich moves it, and until then a missing name leaves Rich's own wrap (a number split, never a crash)."""

from __future__ import annotations

import re

NO_BREAK_SPACES = "\u00a0\u2007\u202f"
"""No-break, figure and narrow no-break spaces: never a place to break a line."""

WORD = rf"[^\S{NO_BREAK_SPACES}]*[\S{NO_BREAK_SPACES}]+[^\S{NO_BREAK_SPACES}]*"
"""Rich's word (spaces before, letters, spaces after) with the no-break spaces counted as letters: compiled only when
a terminal view builds its console, never on the `--json` or pipe path."""


def keep_no_break_spaces() -> None:
    """Make Rich's wrap treat no-break spaces as part of a word (idempotent; Rich is imported by then anyway)."""
    import rich._wrap

    if hasattr(rich._wrap, "re_word"):
        rich._wrap.re_word = re.compile(WORD)
