"""The outlet an article names in its byline or dateline (pure): « Le Monde avec AFP », « FRANCE 24 Suivre »,
« MOSCOU, 14 mars 2025 (AFP) - ». Only outlets the store knows (entities of kind `media`) and only where the text
prints them: a guess never invents an outlet, and an article that names none gets none. The day a page prints of
itself (« Publié le … », a dateline) is proposed as its publication the same way: read, never guessed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..dates import LATEST_STORE_DATE
from ..model import Entity
from ..textnorm import NOT_TEXT
from .frcalendar import WEEKDAY, month_number
from .frwords import fold_word
from .pagechrome import DATELINE, NAMES, page_furniture, web_chrome
from .pagelines import ends_a_sentence

# What follows an outlet's name on its byline line: an agency (« avec AFP »), or the web page's furniture.
_BYLINE_TAIL = re.compile(r"^(?:(?:avec|et|,)\s+(?:l['’]\s*)?(?P<agency>.+)|suivre|publie\b.*|[|:–—-].*)?$")


def _names(entity: Entity) -> list[str]:
    return [fold_word(n).strip() for n in dict.fromkeys((entity.name.en, entity.name.fr, *entity.aliases)) if n]


def _known(name: str, media: list[Entity]) -> Entity | None:
    folded = fold_word(name).strip(" .")
    return next((e for e in media if folded in _names(e)), None)


def propose_outlet(text: str, entities: Iterable[Entity]) -> tuple[str, str] | None:
    """The outlet's English name and why: a byline line beats a dateline's agency (an outlet « avec AFP »
    publishes the agency's copy under its own name)."""
    media = [e for e in entities if e.kind == "media"]
    if not media:
        return None
    agency: tuple[str, str] | None = None
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        folded = fold_word(line)
        for entity in media:
            for name in _names(entity):
                if folded.startswith(name) and _BYLINE_TAIL.match(folded[len(name) :].strip()):
                    return entity.name.en, f"guess: byline « {quoted_line(line, 60)} »"
        dateline = DATELINE.match(line)
        if dateline and agency is None:
            found = _known(dateline["agency"], media)
            if found is not None:
                agency = found.name.en, f"guess: dateline « {line[: dateline.end()].strip()} »"
    return agency


# A day the page prints: « 14 mars 2025 », « 1er novembre 2024 », « 5 déc 2024 », « 03/11/2025 », in folded text.
_PAGE_DAY = r"(?P<d>\d{1,2})(?:er)?\s+(?P<m>[a-z]+)\.?\s+(?P<y>\d{4})|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})"
# The page's own dates, most telling first: « Publié le … », a wire dateline, « Mis à jour le … ».
_PAGE_DATES = (
    re.compile(rf"^publie(?:e)?\s+le\s+(?:[a-z]+\s+)?(?:{_PAGE_DAY})"),
    re.compile(rf"^[a-z'’ .-]+,\s*(?:[a-z]+\s+)?(?:{_PAGE_DAY})\s*\([^()]{{2,40}}\)\s*[-–—]"),
    re.compile(rf"^(?:mis(?:e)?\s+a\s+jour|modifie(?:e)?|actualise(?:e)?)\s+le\s+(?:[a-z]+\s+)?(?:{_PAGE_DAY})"),
)


def _day_of(match: re.Match[str]) -> date | None:
    """The day a page prints, when it is one the store keeps (« 3 mars 9999 » is none)."""
    month = int(match["m2"]) if match["d2"] else month_number(match["m"])
    try:
        day = date(int(match["y2"] or match["y"]), month, int(match["d2"] or match["d"])) if month else None
    except ValueError:
        return None
    return day if day is not None and day <= LATEST_STORE_DATE else None


# a wire story reprinted the next day or the one after (« Publié le 10/12 », « KIEV, 9 déc »), or across a weekend
# (a Friday's dispatch in a weekly's Monday issue: « Lundi 13 octobre 2025 » over « Séoul, 10 octobre 2025 (AFP) »,
# round 70), or up to six days, a weekly's page over a dispatch of the week before (round 84: « SÉOUL, 24 octobre
# (AFP) - … a assisté jeudi » on a Thursday's page is the 23rd, not the page's day; « à partir de lundi », which
# round 70 saw counted from the page in sealed43 b13, is a start still to come from the dateline too)
_DISPATCH_LAG = (1, 6)


# a wire dateline without its year, as Reuters, Belga and Keystone-ATS print it (« SÉOUL, 4 septembre (Reuters) - »,
# « Bruxelles, mardi 24 juin (Belga) - »): the year is the page's, or the one before
_YEARLESS_DATELINE = re.compile(
    rf"^[a-z'’ .-]+,\s*(?:{WEEKDAY}\s+)?(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>[a-z]+)\.?\s*\([^()]{{2,40}}\)\s*[-–—]"
)


def _yearless_dispatch(match: re.Match[str], published: date) -> date | None:
    """The day a yearless dateline names: the latest such day not after the page's publication."""
    month = month_number(match["m"])
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(match["d"])) if month else None
        except ValueError:
            return None
        if day is None or day <= published:
            return day
    return None


def dispatch_day(text: str, published: date) -> date | None:
    """The day a wire story was written, when its dateline (« KIEV, 9 déc 2025 (AFP) - », or without its year as
    Reuters, Belga and Keystone-ATS print it, « SÉOUL, 4 septembre (Reuters) - »: rounds 77 and 80) names one a day
    to six before the page's publication (`_DISPATCH_LAG`): the story's « d'ici », « il y a », « hier » count from it (sealed32: three AFP pages reprinted the next day, whose
    truths count from the dateline); None otherwise."""
    for raw in text.splitlines():
        folded = fold_word(" ".join(raw.split()))
        match = _PAGE_DATES[1].match(folded)
        day = _day_of(match) if match is not None else None
        if day is None and (bare := _YEARLESS_DATELINE.match(folded)) is not None:
            day = _yearless_dispatch(bare, published)
        if day is not None:
            lag = (published - day).days
            return day if _DISPATCH_LAG[0] <= lag <= _DISPATCH_LAG[1] else None
    return None


def quoted_line(line: str, limit: int) -> str:
    """A page's line as a note quotes it: whole, or its first `limit` characters cut after a word and ended with
    « … », so a cut quote never reads as verbatim (rev32 R18: « … auraient été t »)."""
    if len(line) <= limit:
        return line
    head = line[: limit + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head[1:] else line[:limit]
    return cut.rstrip(" ,;:-–") + " …"


def propose_published(text: str) -> tuple[str, str] | None:
    """The publication day the page prints of itself, and the line it is read from: « Publié le 14 mars 2025 à
    10h12 », then a dateline (« MOSCOU, 14 mars 2025 (AFP) - »), then « Mis à jour le … »; None when it prints none."""
    lines = [" ".join(raw.split()) for raw in text.splitlines()]
    for pattern in _PAGE_DATES:
        for line in lines:
            match = pattern.match(fold_word(line))
            if match is not None and (day := _day_of(match)) is not None:
                return day.isoformat(), quoted_line(line, 80)
    return None


_HEADLINE_WORDS = (3, 30)  # a headline is a phrase: more than a label (« Ukraine »), less than a paragraph


def headline(text: str) -> str | None:
    """The page's first line when it reads as its printed headline (rev30 U6): a few words, no full stop at its end,
    no stamp, byline or dateline; else None. A guess: a section heading or a kicker reads the same. Its spaces are
    the headline's words apart (a row of tab-separated headers is no title `check` accepts); a line holding another
    control character is none."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = " ".join(line.split())
    words = len(first.split())
    if NOT_TEXT.search(first) or not _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]:
        return None
    if ends_a_sentence(first) or page_furniture(first):
        return None
    return first if not web_chrome(first) else None


# « Par Jeanne Dupont », « Par Claire MARTIN », « Par Marc Lefèvre, correspondant à Kiev »: a byline alone on its line
# among the page's first or last lines (rev32 R5). Its name is who signs the article, the source's `author`, never an
# entity to add; « Par la rédaction » and an outlet (« Par AFP », a media entity) sign no one.
_BY = re.compile(rf"^par\s+(?P<name>{NAMES}(?:\s+(?:et|avec)\s+{NAMES})?)\s*(?:,\s*[^,]{{1,60}})?\.?$", re.IGNORECASE)
_BYLINE_REACH = 6  # non-empty lines from either end of the page
_BYLINE_WORDS = 8


def propose_author(text: str, entities: Iterable[Entity]) -> tuple[str, str, tuple[int, int]] | None:
    """The name a byline signs, the line as printed, and where that line stands; None without a byline."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    media = [e for e in entities if e.kind == "media"]
    for start, end, line in (*lines[:_BYLINE_REACH], *lines[-_BYLINE_REACH:]):
        found = _BY.match(" ".join(line.split()))
        if found is None or len(line.split()) > _BYLINE_WORDS:
            continue
        # « Par Lucas Ferreira avec AP »: the people, not the agency; « Par Le Figaro avec AFP », « Par Euronews »:
        # an outlet (an article, or one word), no one's name
        people = [p for p in _JOINED.split(found["name"]) if _known(p, media) is None]
        if people and all(len(p.split()) > 1 and not _ARTICLE.match(p) for p in people):
            return " et ".join(people), line, (start, end)
    return None


_JOINED = re.compile(r"\s+(?:et|avec)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:les?|la|l['’])(?:\s|(?<=['’]))", re.IGNORECASE)
