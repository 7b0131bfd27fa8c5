"""The verbatim words a drafted record quotes: cut from a long sentence around its date or figure (`quoted`), then
lengthened until `check` accepts it (not too short, found once in the article) and its tabs written as spaces.
"""

from __future__ import annotations

import re

from ..placeholders import TODO
from ..store.checks import too_short
from ..textnorm import normalise_quote, spaced
from .draftrecords import DraftRecord
from .sentences import WORD_EDGE, Sentence
from .wordindex import Places, WordIndex

# What one record quotes (rev16 M5). Each record of a long sentence quoted all of it, up to MAX_SENTENCE characters:
# a 1 MiB table of figures gave 69,619 claims quoting 1,000 characters each (125 MB of YAML, 917 MB). A sentence up to
# MAX_QUOTE characters is quoted whole (the longest of the seeds and held-out articles has 366); in a longer one, a
# record quotes its figure or date and the words within QUOTE_REACH characters on either side, from a clause's edge
# where one is in reach, so the draft grows with the figures, not with the figures times the sentence.
MAX_QUOTE = 500
QUOTE_REACH = 100
_CLAUSE_EDGE = re.compile(r"[,;:]\s+")


def quoted(sentence: Sentence, start: int, end: int) -> tuple[str, str | None]:
    """The verbatim words of `sentence` that a record of its [start, end) quotes, and the curator's TODO when they
    are less than the whole sentence the article wrote."""
    text = sentence.printed
    first, last = 0, len(text)
    if last > MAX_QUOTE:
        low, high = max(0, start - QUOTE_REACH), min(last, end + QUOTE_REACH)
        if low:  # the farthest edge in reach that adds words: a clause's, else a word's
            edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, low, start) if m.end() < start]
            word = WORD_EDGE.search(text, low, start)
            first = edges[0] if edges else word.end() if word else start
        if high < last:
            edges = [m.start() for m in _CLAUSE_EDGE.finditer(text, end, high) if m.start() > end]
            words = [m.start() for m in WORD_EDGE.finditer(text, end, high)]
            last = (edges or words or [end])[-1]
    whole = sentence.cut_from or (len(text) if last - first < len(text) else 0)
    if not whole:
        return text, None
    return text[first:last], (
        f"{TODO} « … » cut from a sentence of {whole:,} characters; widen the quote (verbatim) if the record needs "
        "more of it"
    )


_ONCE_REACH = 12  # words a quote may take in to be found once, each side
_NEXT_WORD = re.compile(r"\s*\S+(?:[ \u00a0\u202f\u2009]\d{3}(?!\S))*")  # « 11 000 »: a number whole, never « 11 »
_WORD_BEFORE = re.compile(r"(?:(?<!\S)\d{1,3}[ \u00a0\u202f\u2009])*\S+\s*$")


def long_enough(text: str, sentence: Sentence, record: DraftRecord) -> None:
    """A quote `check` finds too short to prove anything (checks.too_short: « 17 juin. », a chronology's day before
    the sentence it dates) is lengthened with the article's words after it, else before it, until it is not, and
    says so: extract drafts no quote its own check refuses (rev37u U1's oracle)."""
    evidence = record.fields.get("evidence")
    quote = str(evidence[0]["quote"] if evidence else record.fields["quote"])
    at = sentence.printed.find(quote)
    if at < 0 or not too_short(normalise_quote(quote)):
        return
    start = sentence.start + at
    end = start + len(quote)
    for _ in range(4 * _ONCE_REACH):  # to the end of the sentence after, or the words before
        if (ahead := _NEXT_WORD.match(text, end)) is not None:
            end = ahead.end()
        elif start and (behind := _WORD_BEFORE.search(text, max(0, start - 80), start)) is not None:
            start = behind.start()
        else:
            break
        if not too_short(normalise_quote(text[start:end])) and (ahead is None or text[end - 1] in ".!?…"):
            break
    if too_short(normalise_quote(text[start:end])):
        return
    _lengthened(
        record, " ".join(text[start:end].split()), "too short alone to prove anything (koursk docs curating: Quotes)"
    )


def _lengthened(record: DraftRecord, words: str, why: str) -> None:
    """Put the lengthened quote `words` where the record keeps its quote (its first evidence, else `quote`) and say
    why beside it, after any comment already there."""
    evidence = record.fields.get("evidence")
    key = "evidence" if evidence else "quote"
    if evidence:
        evidence[0]["quote"] = words
    else:
        record.fields["quote"] = words
    note = f"lengthened beyond its sentence: {why}"
    record.comments[key] = f"{record.comments[key]}; {note}" if record.comments.get(key) else note


_ESCAPE_BEFORE = re.compile(r"(?<!\\)\\[nr]$")  # « .\\nLe NIS »: a sentence opened where an escape was read as a space


def as_printed(record: DraftRecord, reading: str, printed: str) -> bool:
    """The page's own characters in a quote drafted from `reading`, the page with its escaped line breaks read as
    spaces (textnorm.read_escapes, the same length): « NIS\\n19 déc. 2024 », as `check` finds it in the seed. The
    quote's words are looked for where they stand in `reading`; a quote written with single spaces stays so, and one
    that starts right after an escape takes it in (« \\nLe NIS … », never « nLe »: review96). False when the page's
    own words are too few for `check` (« "Belgorod\\n80" » is one word): a record to leave out."""
    evidence = record.fields.get("evidence")
    quote = str(evidence[0]["quote"] if evidence else record.fields["quote"])
    found = re.search(r"\s+".join(re.escape(word) for word in quote.split()), reading)
    if found is None:
        return True
    start, end = found.start(), found.end()
    if _ESCAPE_BEFORE.search(printed, max(0, start - 3), start):
        start -= 2
    own = printed[start:end] if reading[found.start() : end] == quote else " ".join(printed[start:end].split())
    if evidence:
        evidence[0]["quote"] = own
    else:
        record.fields["quote"] = own
    return not too_short(normalise_quote(own))


def spaced_quote(record: DraftRecord) -> None:
    """A tab the article printed inside a quote written as a space (textnorm.spaced): `check` refuses a control
    character in store text but reads white space runs as one space, so the quote still proves its words. Done last:
    the steps before find the quote in the article as printed."""
    evidence = record.fields.get("evidence")
    if evidence:
        evidence[0]["quote"] = spaced(str(evidence[0]["quote"]))
    else:
        record.fields["quote"] = spaced(str(record.fields["quote"]))


def quote_once(index: WordIndex, sentence: Sentence, record: DraftRecord) -> None:
    """A quote whose words stand twice in the article (a key-figures box's « 15 000 soldats envoyés » and the body's
    « Les quelque 15 000 soldats envoyés … ») proves no one line: `check` would place it at the first. Lengthen it with
    the article's words before it (the box's heading, the sentence before), else after it, until it is found once
    (white space written as one space, which `check` forgives), and say so. A lengthened quote is looked for only where
    the shorter one stood (wordindex: never a scan of the article per record, rev31 M4)."""
    text = index.text
    evidence = record.fields.get("evidence")
    quote = str(evidence[0]["quote"] if evidence else record.fields["quote"])
    at = sentence.printed.find(quote)
    if at < 0:
        return
    start = sentence.start + at
    end = start + len(quote)
    words = " ".join(quote.split())
    if not words:
        return
    places = Places(index, words)
    if quote and quote == quote.strip():  # its exact places are among its words' places
        exact = (p for p in map(index.in_text, places) if text.startswith(quote, p))
        if next(exact, None) == start and next(exact, None) is None:
            return
    elif text.find(quote) == start and text.find(quote, start + 1) < 0:
        return
    for _ in range(2 * _ONCE_REACH):
        ahead = _NEXT_WORD.match(text, end)
        behind = _WORD_BEFORE.search(text, max(0, start - 80), start) if start else None
        if behind is not None:
            start = behind.start()
        elif ahead is not None:
            end = ahead.end()
        else:
            return
        longer = " ".join(text[start:end].split())
        shift = len(longer) - len(words) if behind is not None else 0  # the shorter words end (or start) the longer
        places.lengthen(longer, shift)
        words = longer
        if places.once():  # no second place that does not overlap the first
            break
    else:
        return
    _lengthened(record, words, "its words alone stand twice in the article; cut it back only to words found once")
