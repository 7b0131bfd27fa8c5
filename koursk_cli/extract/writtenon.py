"""The parts of a page written on a day of their own (pure): a feed's posts under its day separators, a reproduced
document, a press database's documents, a changelog's or a diary's entries, stamped rows, a chat's messages, signed
comments, a forge's comments, `git log`'s commits. The stamp dates no fact; a part's « hier », « demain », « lundi »
count from its own day, not the page's."""

from __future__ import annotations

import re
from datetime import date

from ..dates import FuzzyDate, parse_edtf
from .chronology import opens_an_entry
from .datemention import is_day
from .frcalendar import WEEKDAY
from .frdates import find_dates
from .frwords import fold_word
from .lexicon import printed_phrases, words
from .pagehead import WEEK, moved
from .pagelines import phrase_alternation

# A feed's day separator: a day alone on its line without its year (« 12 mars », « Mercredi 12 mars »), as a Telegram
# channel or a live page prints it between its posts.
_SEPARATOR_DAY = re.compile(
    rf"(?:{WEEKDAY}\s+)?\d{{1,2}}(?:er)?\s+[^\W\d_]+"
    # … or the day named relative to the page (« Aujourd'hui », « Hier » over a phone's notifications: round 20)
    r"|aujourd['’]hui|hier",
    re.IGNORECASE,
)
# … or as a phone's conversation prints it over its messages, its weekday abbreviated and the clock of the first
# message after it (« mar. 17 déc. à 08:12 », « Hier 21:40 », « Aujourd'hui 07:55 »: round 74, sealed45 a19)
_SEPARATOR_WEEKDAY = re.compile(r"^(?:lun|mar|mer|jeu|ven|sam|dim)\.\s+(?=\d)", re.IGNORECASE)
_SEPARATOR_CLOCK = re.compile(r"(?<=[\w.])[ \t]+(?:[àa][ \t]+)?\d{1,2}[:h]\d{2}$", re.IGNORECASE)
# … perhaps set in a rule, as a chat's copy prints it (« ——————— lundi 4 novembre ——————— », « ─── Hier ─── »: round 62,
# sealed41 x19): three rule marks or more on each side
_RULE_MARKS = "-—–─━═_"


def _unruled(body: str) -> str:
    """A line's words without the rule it is set in, if it is set in one."""
    inner = body.strip(_RULE_MARKS)
    ruled = len(body) - len(body.lstrip(_RULE_MARKS)) >= 3 and len(body) - len(body.rstrip(_RULE_MARKS)) >= 3
    return inner.strip() if ruled else body


def day_separators(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a feed prints its days between its posts: each separator's line (start, end), where its posts end (the
    next separator or the end of the text) and its day, in the week up to the publication. The separator dates no fact;
    its posts were written that day, so their « ce soir », « aujourd'hui », « hier » count from it."""
    low = moved(published.start, -WEEK)
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = _SEPARATOR_WEEKDAY.sub("", _SEPARATOR_CLOCK.sub("", _unruled(line.group().strip())))
        if not _SEPARATOR_DAY.fullmatch(body.rstrip(".")):
            continue
        mentions = find_dates(body, published)
        day = parse_edtf(mentions[0].edtf) if len(mentions) == 1 and len(mentions[0].edtf) == 10 else None
        if day is not None and mentions[0].end - mentions[0].start == len(body) and low <= day.start <= published.end:
            if found:
                found[-1] = (*found[-1][:2], line.start(), found[-1][3])
            found.append((line.start(), line.end(), len(text), day))
    return found


_DOCUMENT_HEAD = re.compile(rf"(?:{phrase_alternation(words('document_heads'))})\s*(?:n°\s*)?\d{{0,3}}\s*[—–:-]\s")
_PARAGRAPH_END = re.compile(r"\S.*?(?:\n[ \t]*\n|\Z)", re.DOTALL)
# An episode's line in a podcast's list (« 14 mars 2025 · 45 min », « 13 déc. 2024 · 40 min »): its day and its length
_EPISODE_STAMP = re.compile(
    r"(?P<day>\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4})\s*[·•|–—-]\s*\d{1,3}\s*min(?:\s*\d{1,2}\s*s)?", re.IGNORECASE
)


def dated_documents(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a page reproduces a dated document under its heading (lexicon.toml `document_heads`: « Document 1 —
    Extrait d'une dépêche d'agence (adaptée), 28 avril 2025 »): the heading's line (start, end), where the document
    ends (the end of the paragraph under it) and the day that closes the heading. The heading dates no fact; the
    document was written that day, so its « hier », « samedi », « depuis octobre » count from it (round 29: a
    textbook's dispatch was read against the textbook's day). An episode of a podcast's list is such a document under
    its day and length (« 13 déc. 2024 · 40 min »): its « cette semaine », « jeudi » are that week's (round 33)."""
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        episode = _EPISODE_STAMP.fullmatch(body)
        if not episode and not _DOCUMENT_HEAD.match(fold_word(body)):
            continue
        mentions = find_dates(episode["day"] if episode else body, published)
        last = mentions[-1] if mentions else None
        if last is None or not is_day(last.edtf) or (not episode and body[last.end :].strip(" .)")):
            continue
        if parse_edtf(last.edtf).start > published.end:  # an episode announced, not yet written
            continue
        under = _PARAGRAPH_END.search(text, line.end())
        end = under.end() if under else len(text)
        found.append((line.start(), line.end(), end, parse_edtf(last.edtf)))
    return found


# A press database's document head (an export of Europresse, Factiva): the document's day and its length in words, on
# one line (« Monde, mardi 10 décembre 2024 513 mots, p. 8 ») or the length on its line and the day alone on the next
# (« 513 mots » / « 10 décembre 2024 »). No sentence counts its own words that way.
_WORD_COUNT = r"\d{1,3}(?:[ \u00a0\u202f.]?\d{3})?[ \t\u00a0]+mots\b"
_DATABASE_DAY = r"(?P<day>\d{1,2}(?:er)?[ \t]+[^\W\d_]+[ \t]+\d{4})"
_DATABASE_HEADS = (
    re.compile(rf"^[^\n]*?{_DATABASE_DAY}[ \t]+{_WORD_COUNT}[^\n]*$", re.MULTILINE),
    re.compile(rf"^[ \t]*{_WORD_COUNT}[ \t]*\n[ \t]*{_DATABASE_DAY}[ \t]*$", re.MULTILINE),
)


def database_documents(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a press database's export prints its documents, each under a head naming its day and its length in words:
    the head's line (start, end), where the document ends (the next head or the end of the text) and its day, not
    after the export. The head dates no fact; the document was published that day, so its « samedi », « la veille »,
    « il y a deux semaines » count from it, not from the export's day (round 70: sealed46 h19, read two years off)."""
    heads: list[tuple[int, int, FuzzyDate]] = []
    for head in sorted((m for pattern in _DATABASE_HEADS for m in pattern.finditer(text)), key=lambda m: m.start()):
        day = _one_day(head["day"], published)
        if day is not None and day.end <= published.end:
            heads.append((head.start(), head.end(), day))
    ends = [start for start, _, _ in heads[1:]] + [len(text)] * bool(heads)
    return [(start, end, following, day) for (start, end, day), following in zip(heads, ends, strict=True)]


# A part of a page written on a day of its own: a dated heading (a changelog's « ## [2.2.1] - 2025-06-18 », a
# Markdown heading whose last words are its day) or a paragraph opening with its day and a full stop (a diary's
# « [p. 7] 27 novembre. Départ demain pour Koursk »), after a page mark in brackets perhaps.
_ENTRY_HEADING = re.compile(r"#{1,6}\s.*")
_PAGE_MARK = r"\[[^\[\]\n]{1,12}\]\s*"
_ENTRY_OPENING = re.compile(rf"(?:{_PAGE_MARK})?(?P<day>[^.\n]{{4,40}}?)\.\s")
_ENTRIES = 2  # a page is written by parts only where it has two of them at least


def _entry_day(body: str, published: FuzzyDate, *, whole: bool) -> date | None:
    """The day `body` names (the last date of a heading, the only date of an opening), if it is a day not after the
    publication and, in an opening, all `body` says."""
    mentions = find_dates(body, published)
    if not mentions or not is_day(mentions[-1].edtf) or (whole and (len(mentions) > 1 or mentions[0].start > 0)):
        return None
    last = mentions[-1]
    if body[last.end :].strip(None if whole else " ]).:"):
        return None
    day = parse_edtf(last.edtf)
    return day.start if day.end <= published.end else None


def dated_entries(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate, bool]]:
    """Where a page is written in dated parts: a changelog's versions under their dated headings, a diary's entries
    each opening with its day. For each part: where its heading or its opening stands (start, end), where the part
    ends (the next part, a line that opens with another date, or the end of the text), its day, and whether the day
    is a heading's (the page's furniture, dating no fact) or the entry's own first words (a fact's day: « 10 décembre.
    Premier engagement hier »). Each part was written on its day, so its « hier », « demain », « il y a six jours »,
    « le 9 janvier », « lundi » count from it, not from the page (round 38: they were read against the page's day, a
    year or more off). Only on a page with two such parts at least, each day not after the publication."""
    found: list[tuple[int, int, int, FuzzyDate, bool]] = []
    for heading in (True, False):
        parts: list[tuple[int, int, date]] = []
        ends: dict[int, int] = {}
        for line in re.finditer(r"^[ \t]*(.*)$", text, re.MULTILINE):
            body = line.group(1).rstrip()
            if heading and _ENTRY_HEADING.fullmatch(body):
                day = _entry_day(body.lstrip("# "), published, whole=False)
                where = (line.start(1), line.end())
            elif not heading and (opening := _ENTRY_OPENING.match(body)):
                day = _entry_day(opening["day"], published, whole=True)
                where = (line.start(1), line.start(1) + opening.end("day"))
            else:
                day = None
            if day is not None:
                parts.append((*where, day))
            elif not heading and parts and opens_an_entry(re.sub(rf"^{_PAGE_MARK}", "", body), published):
                ends.setdefault(len(parts) - 1, line.start(1))
        if len(parts) >= _ENTRIES:
            # a part runs to the next part, or to a line of a chronology that opens with another date (« Février. »)
            found += [
                (start, end, ends.get(index, following), parse_edtf(day.isoformat()), heading)
                for index, ((start, end, day), following) in enumerate(
                    zip(parts, [start for start, _, _ in parts[1:]] + [len(text)], strict=True)
                )
            ]
    return found


# A list's rows each stamped with the day and the clock they were written, then what was written there (a wiki's
# revision history: « actu | diff   1 mai 2025 à 21:14  ‎Kalmouk (discuter | contributions)‎ … →Reconnaissance
# officielle : Pyongyang confirme lundi »): the stamp opens the row, after bullets or the row's links joined by bars,
# and a column break (two spaces, a bar) parts it from the rest. A sentence never has that shape (« Le 4 novembre 2024
# à 10:00, les … »: a word before the day with no bar, a comma after the clock), nor a head's « Publié le … à 18h32 ».
_ROW_LINKS = r"(?:[(\[]?[^\W\d_]+[)\]]?\s*[|·•]\s*)+[(\[]?[^\W\d_]+[)\]]?\s+"
_ROW_STAMP = re.compile(
    rf"^[ \t]*(?:[-*•·–—]\s+|{_ROW_LINKS})?"
    r"(?P<stamp>(?P<day>\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}),?\s+(?:[àa]\s+)?\d{1,2}\s*[h:]\s*\d{2}(?::\d{2})?)"
    r"(?:[ \t\u00a0]{2,}|[ \t]*[|·•][ \t]*)(?P<rest>.+)$",
    re.MULTILINE,
)
_ROW_WORDS = re.compile(r"[^\W\d_]{2,}")
_ROW_SAYS = 3  # what a row says after its stamp: a few words (« (modifier) (annuler) » are a card's links)


def _one_day(printed: str, published: FuzzyDate) -> FuzzyDate | None:
    """The day a stamp prints (« 1 mai 2025 »), when it names exactly one."""
    days = [mention for mention in find_dates(printed, published) if is_day(mention.edtf)]
    return parse_edtf(days[0].edtf) if len(days) == 1 else None


def stamped_rows(text: str, published: FuzzyDate) -> list[tuple[int, int, int, int, FuzzyDate]]:
    """Where a page lists rows each stamped with its day and clock (a wiki's revision history, a log): the row's
    start, the stamp's start and end, the row's end and its day, not after the publication; on a page with two such
    rows at least. The stamp dates no fact; the row was written that day, so its « hier », « ce matin », « lundi »
    count from it (round 40: a revision history's summaries were read against the page's day, months off)."""
    found: list[tuple[int, int, int, int, FuzzyDate]] = []
    for row in _ROW_STAMP.finditer(text):
        if len(_ROW_WORDS.findall(row["rest"])) < _ROW_SAYS:
            continue
        day = _one_day(row["day"], published)
        if day is not None and day.start <= published.end:
            found.append((row.start(), row.start("stamp"), row.end("stamp"), row.end(), day))
    return found if len(found) >= _ENTRIES else []


# A chat's message stamp opening its line, as a messaging app exports a channel or a conversation (« [06/11/2024 08:47]
# Ukraine Direct FR (chaîne): … », « [08:47, 06/11/2024] Julie : … », « 06/11/2024 08:47 - Julie : … »): the day and
# the clock, in brackets or before a dash.
def _chat_day(group: str) -> str:
    return rf"(?P<{group}>\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}(?:er)?\s+[^\W\d_]+\.?\s+\d{{4}})"


_CHAT_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_MESSAGE_STAMP = re.compile(
    rf"^[ \t]*(?:\[\s*(?:{_chat_day('d1')}[,\s]+(?:[àa]\s+)?{_CHAT_CLOCK}|{_CHAT_CLOCK}[,\s]+{_chat_day('d2')})\s*\]"
    rf"|{_chat_day('d3')},?\s+(?:[àa]\s+)?{_CHAT_CLOCK}\s+[-–—](?=\s))",
    re.IGNORECASE | re.MULTILINE,
)


def message_stamps(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a chat's export stamps each message at the start of its line: the stamp's start and end, where its message
    ends (the next stamp or the end of the text) and its day, not after the publication. The stamp dates no fact; the
    message was written that day, so its « ce matin », « hier », « demain » count from it."""
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for stamp in _MESSAGE_STAMP.finditer(text):
        day_text = stamp["d1"] or stamp["d2"] or stamp["d3"]
        days = [m for m in find_dates(day_text, published) if len(m.edtf) == 10]
        day = parse_edtf(days[0].edtf) if len(days) == 1 else None
        if day is None or day.start > published.end:
            continue
        if found:
            found[-1] = (*found[-1][:2], stamp.start(), found[-1][3])
        found.append((stamp.start(), stamp.end(), len(text), day))
    return found


# A signed comment's signature at the end of its line, as a wiki's talk page prints it (« … — Kimchi-Lyon (discuter) 12
# février 2025 à 21:07 (CET) »): a user name, a link of lexicon.toml `signature_marks` in brackets or a time zone of
# `time_zones` after the clock (or both), and the day with its year.
_USER_WORD = r"@?[^\W_](?:[^\s()—–|]{0,38}[^\s()—–|.,;:!?»])?"  # « Stéphane.M », « Boréal-42 », never « jours. »
_USER = rf"{_USER_WORD}(?:\s++{_USER_WORD}){{0,2}}"
_SIGNATURE_MARK = rf"\(\s*{printed_phrases('signature_marks')}(?:\s*[|·•]\s*{printed_phrases('signature_marks')})*\s*\)"
_TIME_ZONE = rf"\(\s*{printed_phrases('time_zones')}\s*\)"
_SIGNED_DAY = (
    r"(?P<day>\d{1,2}(?:er)?\s++[^\W\d_]+\.?\s++\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?P<clock>\s*+(?:[àa,]\s*+)?\d{1,2}\s*+[h:]\s*+\d{2})?"
)
_SIGNATURE = re.compile(
    rf"(?:^|(?<=\s)|(?<=[—–-]))(?P<dash>[—–-]{{1,2}}\s*+)?{_USER}\s*+"
    rf"(?P<mark>{_SIGNATURE_MARK})?\s*+,?\s*+{_SIGNED_DAY}\s*+(?P<zone>{_TIME_ZONE})?\s*+[.]?\s*+$",
    re.IGNORECASE,
)


def signed_comments(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a page of signed comments (a wiki's talk page) signs each one at the end of its line: the comment's start
    (the line's), the signature's start and end, and its day, not after the publication. The signature dates no fact;
    the comment was written that day, so its « désormais », « la semaine dernière », « il y a trois jours » count from
    it."""
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        signature = _SIGNATURE.search(line.group())
        # … or a dash before the user and the clock after the day, as a question-and-answer site signs a comment
        # under an answer (« Merci ! Le briefing de la semaine dernière … – Théo_M 4 déc. 2025 à 10:05 »: round 74)
        if signature is None or not (
            signature["mark"] or signature["zone"] or (signature["dash"] and signature["clock"])
        ):
            continue  # « … a rencontré Kim le 12 février 2025 à 10:00 »: a fact's day and hour, no signature
        days = [m for m in find_dates(signature["day"], published) if len(m.edtf) == 10]
        day = parse_edtf(days[0].edtf) if len(days) == 1 else None
        if day is not None and day.start <= published.end:
            start = line.start()
            found.append((start, start + signature.start(), start + signature.end(), day))
    return found


# A comment's header alone on its line, the comment under it (a forge's issue thread, a site's comments): « mkovalenko
# commented on Nov 5, 2025 », « 1. Posté par Wendkouni, le 22 octobre 2025 à 11:02 »; lexicon.toml `comment_verbs`.
# The day is printed in French or as an English page prints it (« Nov 5, 2025 »), the clock after it perhaps.
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_COMMENT_HEADER = re.compile(
    rf"^[ \t]*(?:\d+\.\s+)?(?:{_USER}\s+)?{printed_phrases('comment_verbs')}[^\n]{{0,40}}?(?:\s+on|,?\s+le)\s+"
    rf"(?:(?P<mon>{'|'.join(_ENGLISH_MONTHS)})[a-z]*\.?\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})"
    r"|(?P<fr>\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}))"
    r"(?:\s*(?:[àa]|at|,)?\s*\d{1,2}\s*[h:]\s*\d{2})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _header_day(header: re.Match[str], published: FuzzyDate) -> FuzzyDate | None:
    """The day a comment's header prints, not after the publication."""
    if header["fr"]:
        day = _one_day(header["fr"], published)
    else:
        try:
            printed = date(int(header["y"]), _ENGLISH_MONTHS.index(header["mon"].lower()) + 1, int(header["d"]))
        except ValueError:
            return None
        day = parse_edtf(printed.isoformat())
    return day if day is not None and day.start <= published.end else None


def _line_after(text: str, end: int) -> str:
    """The line after the one that ends at `end` (empty at the end of the text)."""
    start = end + 1
    stop = text.find("\n", start)
    return text[start : stop if stop >= 0 else len(text)]


def comment_headers(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a page prints comments each under a header that names its user and day (an issue thread, a site's
    comments): the header's start and end, where its comment ends (the next header or the end of the text) and its day;
    on a page with two such headers at least, each with its comment on the line right under it. The header dates no
    fact; the comment was written that day, so its « hier », « (mardi) » count from it (round 40: an issue thread's
    comments were read against the page's day, a week off)."""
    headers = [
        (header.start(), header.end(), day)
        for header in _COMMENT_HEADER.finditer(text)
        if _line_after(text, header.end()).strip() and (day := _header_day(header, published)) is not None
    ]
    if len(headers) < _ENTRIES:
        return []
    ends = [start for start, _, _ in headers[1:]] + [len(text)]
    return [(start, end, following, day) for (start, end, day), following in zip(headers, ends, strict=True)]


# A commit's date line as `git log` prints it (« Date:   Thu Jan 15 21:47:03 2026 +0100 »), its message under it
_COMMIT_DATE = re.compile(
    rf"^Date:[ \t]+[a-z]{{3}}[ \t]+(?P<mon>{'|'.join(_ENGLISH_MONTHS)})[ \t]+(?P<d>\d{{1,2}})[ \t]+\d\d:\d\d:\d\d"
    r"[ \t]+(?P<y>\d{4})(?:[ \t]+[+-]\d{4})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def commit_dates(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where `git log` prints each commit's date: the line's start and end, where its message ends (the next commit's
    date line or the end of the text) and its day, not after the publication. The line dates no fact; the message was
    written that day, so its « janvier-février », « depuis un an » count from it (sealed39 v20: read against the
    page's day, a year off; round 58)."""
    found: list[tuple[int, int, date]] = []
    for line in _COMMIT_DATE.finditer(text):
        try:
            day = date(int(line["y"]), _ENGLISH_MONTHS.index(line["mon"].lower()) + 1, int(line["d"]))
        except ValueError:
            continue
        if day <= published.end:
            found.append((line.start(), line.end(), day))
    ends = [start for start, _, _ in found[1:]] + [len(text)] if found else []
    return [
        (start, end, following, parse_edtf(day.isoformat()))
        for (start, end, day), following in zip(found, ends, strict=True)
    ]
