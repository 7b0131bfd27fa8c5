"""Rich's word wrap made to keep no-break spaces and dates, so « 11 000 » or « 8 oct. 2024 » never splits across
two lines.

Rich (15.0) finds words with `\\s*\\S+\\s*`, and Python's `\\s` takes U+00A0 and U+202F, the spaces `--lang fr` puts
inside numbers precisely so that a line never breaks there (Textualize/rich#4196, open). Rich reads the pattern from
`rich._wrap.re_word` at each call, so setting that one name is enough; tests/test_nobreak_wrap.py fails if an upgrade of
Rich moves it, and until then a missing name leaves Rich's own wrap (a number split, never a crash)."""

from __future__ import annotations

import re

NO_BREAK_SPACES = "\u00a0\u2007\u202f"
"""No-break, figure and narrow no-break spaces: never a place to break a line."""

SPACE = rf"[^\S{NO_BREAK_SPACES}]"
"""A space a line may break at: `\\s` but the no-break spaces."""
LETTER = rf"[\S{NO_BREAK_SPACES}]"
"""What a word is made of: `\\S` and the no-break spaces (« 11\u00a0000 » is one word)."""


def token(date: str) -> str:
    """What a line never breaks inside: a run of letters, or a date (humanize.DATE, `7 Nov 2024`) with what is
    glued to it (`(7–10 Nov 2024)`, `2024?`). render/layout.py folds records and tables with it."""
    return rf"(?:{LETTER}*?{date}{LETTER}*|{LETTER}+)"


def keep_no_break_spaces() -> None:
    """Make Rich's wrap treat no-break spaces, and the spaces inside a date, as part of a word: Rich's word (spaces
    before, letters, spaces after) made of `token`s (idempotent; Rich is imported by then anyway). Compiled only when
    a terminal view builds its console, never on the `--json` or pipe path."""
    import rich._wrap

    if hasattr(rich._wrap, "re_word"):
        rich._wrap.re_word = re.compile(word())


def word() -> str:
    """Rich's word, spaces around a `token`: built when a terminal's console is (humanize's month names load then)."""
    from .humanize import DATE

    return rf"{SPACE}*{token(DATE)}{SPACE}*"
