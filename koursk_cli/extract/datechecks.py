"""The checks draft.py puts each of a sentence's dates through before it dates an event: where a date stands against
the publication (history, the week's news, the page's issue, ahead of or gone by), what its words suppose, and the time
a retrospective paragraph has reached; apart from the rules of frdates.py, which find the dates themselves.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import DateError, FuzzyDate, parse_edtf, store_date
from .clauses import tells_the_future, tells_the_past
from .datemention import DateMention, is_day
from .sentences import Sentence
from .storyyear import OLD_STORY
from .yearless import TOLD_YEAR

# « Tout commence le 19 juin 2024, … », « Tout a commencé à l'automne 2023 », « Retour en arrière. »: a paragraph that
# goes back to tell a story forward from an earlier time (round 80)
_RETROSPECTIVE = re.compile(
    r"\W*(?:tout\s+(?:commen[cç]a|commence|a\s+commenc[ée]|avait\s+commenc[ée])|retour\s+en\s+arri[èe]re)(?![\w'’])",
    re.IGNORECASE,
)

_HISTORY = timedelta(days=3653)  # ten years before the publication: a day of history, not of the story


_WEEK = 7


def news_of_the_week(told: DateMention, published: FuzzyDate) -> bool:
    """A day of the story's news: in the week before the publication."""
    if not is_day(told.edtf):
        return False
    # days between, never a day before the publication's (no day a week before 5 January of year 1)
    return 0 < (published.start - date.fromisoformat(told.edtf[:10])).days <= _WEEK


def of_history(edtf: str, published: FuzzyDate) -> bool:
    """Whether a date ends more than ten years before the publication (« fondé le 10 octobre 1945 »)."""
    try:
        return store_date(edtf).end < published.start - _HISTORY
    except (DateError, OverflowError):  # no day ten years before year 10: nothing is of history there
        return False


def names_an_end(mention: DateMention) -> bool:
    """« jusqu'au 10 février », « jusqu'en mars »: the words name where a period ends."""
    return mention.text.casefold().startswith("jusqu")


def after_publication(edtf: str, published: FuzzyDate, *, ends: bool = False) -> bool:
    """Whether a date starts after the publication, or with `ends` runs past it (« Inscription avant vendredi »: the
    days up to a reader's deadline)."""
    try:
        when = store_date(edtf)
    except DateError:
        return False
    return (when.end if ends else when.start) > published.end


def ends_before(edtf: str, published: FuzzyDate) -> bool:
    """Whether a date is over before the publication's first day (« le 9 décembre » in a box of 15 December)."""
    try:
        return store_date(edtf).end < published.start
    except DateError:
        return False


# « l'an dernier », « la semaine passée »: a time the words themselves put before the publication
_GONE_BY = re.compile(r"(?<!\w)(?:derni[èe]re?|pass[ée]e?|pr[ée]c[ée]dente?)(?!\w)", re.IGNORECASE)


# « Si la guerre s'arrêtait demain », « Si 100 000 soldats venaient demain renforcer le front »: a hypothesis in the
# imperfect, no day (round 51)
_IF_TOMORROW = re.compile(r"(?<!\w)si\s[^,;:.?!«»]{0,80}?[^\W\d_](?:ait|aient)\s++demain(?!\w)", re.IGNORECASE)


def supposes(sentence: str, mention: DateMention) -> bool:
    """Whether « demain » ends a hypothesis (« Si la guerre s'arrêtait demain »)."""
    found = _IF_TOMORROW.search(sentence, max(0, mention.start - 100), mention.end)
    return found is not None and found.end() == mention.end


def semicolon_clause(sentence: str, position: int) -> str:
    """The part of `sentence` around `position` between semicolons (the whole sentence when it has none)."""
    start = sentence.rfind(";", 0, position) + 1
    end = sentence.find(";", position)
    return sentence[start : end if end >= 0 else len(sentence)]


# « devait », « devaient »: a time planned in the past (« Les délégations devaient se retrouver jeudi à 10 h »)
_PLANNED_BEFORE = re.compile(r"(?<![\w'’])devai(?:t|ent)(?![\w'’])", re.IGNORECASE)


def told_before_the_page(sentence: str, position: int) -> bool:
    """Whether the date at `position` is told in the past: its clause, from the last comma, semicolon or colon before
    it, tells the past and not the future (« Le suspect, interpellé mercredi, a été présenté à un juge vendredi »;
    never a side clause's tense: « Présenté en janvier, où il a reçu le prix, le film sera projeté jeudi », nor a future
    reported: « Le Kremlin a confirmé que les deux présidents se parleront mardi »), or « devait » stands before it in
    its part of the sentence between semicolons (« Les délégations devaient se retrouver, selon Ankara, jeudi »; review80)."""
    start = max(sentence.rfind(mark, 0, position) for mark in ",;:") + 1
    clause = sentence[start:position]
    if tells_the_past(clause) and not tells_the_future(clause):
        return True
    return _PLANNED_BEFORE.search(sentence, sentence.rfind(";", 0, position) + 1, position) is not None


def before_publication(mention: DateMention, published: FuzzyDate) -> bool:
    """Whether a date ends before the publication though its words do not say it is gone by (« l'an dernier »), nor
    start a period (« depuis 2022 »), nor stand in a clause a past participle opens (« la collecte lancée en novembre
    … se poursuit »: done)."""
    try:
        when = store_date(mention.edtf)
    except DateError:
        return False
    done = (mention.side or "").casefold().endswith(("é", "ée", "és", "ées"))
    return when.end < published.start and not (mention.since or done) and _GONE_BY.search(mention.text) is None


_ISSUE_DAYS = 31  # the page's own issue, or the one before it


def of_the_page(edtf: str, published: FuzzyDate) -> bool:
    """Whether a date ends no more than a month before the publication: an issue's day that may be the page's own."""
    try:
        when = store_date(edtf)
    except DateError:
        return False
    return (published.start - when.end).days <= _ISSUE_DAYS  # days between: no day a month before year 1's first


def retrospective(
    text: str,
    sentence: Sentence,
    cut: int,
    mentions: list[DateMention],
    retro: tuple[date | None, int] | None,
    published: FuzzyDate,
) -> tuple[date | None, int] | None:
    """The time a retrospective paragraph has reached after `sentence`, and where the paragraph ends: one opens on
    « Tout commence … », « Tout a commencé … », « Retour en arrière. » (`_RETROSPECTIVE`) and lasts to the
    end of its line; its time is the first date told with its year (« Tout commence le 19 juin 2024 »), then the
    latest start of a date told since, up to the page, long before the page (storyyear.py `OLD_STORY`), else none
    (round 80)."""
    if _RETROSPECTIVE.match(sentence.text, cut) is not None:
        end = text.find("\n", sentence.start)
        retro = (None, len(text) if end < 0 else end)
    if retro is None:
        return None
    when, end = retro
    starts = []
    for mention in mentions:
        if mention.since or (when is None and TOLD_YEAR.search(mention.text) is None):
            continue
        try:
            starts.append(parse_edtf(mention.edtf).start)
        except DateError:
            continue
    # the first date told with its year opens the story; a later date moves it on, never back nor past the page
    if when is None:  # the first in the text, not the earliest (review56: « un an après une visite en juillet 2023 »)
        when = starts[0] if starts else None
    else:
        when = max([when, *(s for s in starts if s <= published.start)])
    if when is not None and published.start - when < OLD_STORY:
        return None
    return when, end
