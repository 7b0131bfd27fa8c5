"""What a wiki's history, an editing tool or a diff prints of its own revisions (pure): the section an edit summary
names, a revision's stamp, a comment's head and its line, a unified diff's headers and removed lines. None dates a
fact or tells the page as it now stands."""

from __future__ import annotations

import re

# What a wiki's revisions print about themselves: the section an edit summary names after its arrow (« (→Janvier 2026 :
# ajout estimation du NIS) », « →Été 2025 : fourchette »), and a revision card's stamp (« Version du 3 février 2026 à
# 21:14 (modifier) », « Version actuelle datée du 4 février 2026 à 08:02 »).
# an editing tool's comment head opening its line (round 47: a Trello card's « SM — hier à 21:04 : ok pour
# publication », « JB — il y a 3 heures : relu », a Google Docs draft's « [Commentaire — Léa Marchand, 18 févr.
# 2026, 10:42 : on a une source ? »): who, a dash, maybe a name, the stamp ending on its clock or its hours ago, a
# colon (every part bounded: linear); the clock after a word or a date, never right after the dash (review 49: a live
# page's « Soudja — 14:05 : … ont lancé hier une attaque » is an entry head, its « hier » the fact's)
_COMMENT_HEAD = (
    r"^[^\S\n]*+\[?[^\n\[\]—–:]{1,40}?[^\S\n][—–][^\S\n]++(?:[^\n,:—–]{1,40},[^\S\n]++)?[^\n:—–]{0,30}?"
    r"(?:(?:(?<=[\w.][^\S\n])|(?<=[\w.],[^\S\n]))\d{1,2}:\d{2}"
    r"|il[^\S\n]+y[^\S\n]+a[^\S\n]+\d{1,3}[^\S\n]*(?:min(?:utes?)?|h(?:eures?)?))(?=[^\S\n]*+:\s)"
)
_REVISION_MARK = re.compile(
    r"→(?=[^\W\d_])[^:→()\n]{1,60}?(?=\s*(?::|\)|$))"
    r"|^[ \t]*(?:version|r[ée]vision)(?:\s+actuelle)?(?:\s+dat[ée]e)?\s+du\s+\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}"
    r"(?:\s+[àa]\s+\d{1,2}\s*[h:]\s*\d{2})?"
    # … and an editing tool's comment head opening its line
    rf"|{_COMMENT_HEAD}",
    re.IGNORECASE | re.MULTILINE,
)
# … the line such a head opens: the comment, whose « demain », « mercredi » count from its stamp, not from the page
# (round 49: « SM — hier à 21:04 : ok pour publication mercredi matin. », « [Commentaire — Rédaction en chef,
# aujourd'hui, 08:55 : OK pour mise en ligne demain à 7 h. »: the stamp itself relative, its day unknown)
_COMMENTED_LINE = re.compile(rf"{_COMMENT_HEAD}[^\n]*+", re.IGNORECASE | re.MULTILINE)
# … and the words that count from now (never a month or a day of its own: « Le NIS disait 2 000 en septembre »)
_FROM_NOW = re.compile(r"(?:avant-)?hier|(?:apr[èe]s-)?demain|aujourd['’]hui|ce\s+(?:matin|soir)|cette\s+semaine")


def revision_marks(text: str) -> list[tuple[int, int]]:
    """Where a wiki's diff or history names the section a revision edited or stamps a revision, or an editing tool
    stamps a comment: no fact's date (round 40: « Janvier 2026 », « Été 2025 » of the sections edited were proposed as
    periods of the story; round 47: a comment's « hier à 21:04 »)."""
    return [mark.span() for mark in _REVISION_MARK.finditer(text)]


def commented_lines(text: str) -> list[tuple[int, int]]:
    """The lines an editing tool's comment head opens (« SM — hier à 21:04 : ok pour publication mercredi matin. »)."""
    return [line.span() for line in _COMMENTED_LINE.finditer(text)]


# A unified diff (`diff -u`, `git diff`: round 62, sealed41 x20): its file headers (« --- depeche_0957.txt
# 2025-02-12 09:57:03 », « +++ … ») stamp the files, its « - » lines are the text a correction took back. Neither
# tells a fact of the page as it now stands; its « + » and context lines do. The diff runs from its first header or
# hunk (« @@ -1,9 +1,9 @@ ») over the lines a diff prints: a mark (space, +, -, @, \\) first, or nothing.
_DIFF_START = re.compile(r"^(?:--- \S.*\n\+\+\+ \S|@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@)", re.MULTILINE)
_DIFF_LINE = re.compile(r"[ +\-@\\][^\n]*+|(?=\n)")


def retracted_lines(text: str) -> list[tuple[int, int]]:
    """Where a unified diff's file headers and « - » lines stand: what a page's correction removed, and when its
    files were saved (no fact's date, no count the page now gives)."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (start := _DIFF_START.search(text, position)) is not None:
        position = start.start()
        while (line := _DIFF_LINE.match(text, position)) is not None and position < len(text):
            if line.group().startswith(("-", "+++ ")):
                spans.append(line.span())
            position = line.end() + 1
    return spans


def counts_from_now(mention: str) -> bool:
    """Whether a date's words count from now (« demain », « hier », « ce matin »), as a comment's count from its
    stamp."""
    return _FROM_NOW.fullmatch(mention.strip().casefold()) is not None
