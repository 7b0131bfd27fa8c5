"""Weekdays: « jeudi », « jeudi dernier », « mardi 11 », « du lundi au mercredi », « le week-end dernier »: the
latest not after the publication, or the coming one when the clause speaks of the future."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .datecontext import STORY_TENSE, DateContext
from .datemention import (
    DAY_RANK,
    WEEK_RANK,
    WEEKDAY_RANK,
    DateMention,
    date_mention,
    day_of,
    interval,
    iso_day,
    iso_month,
    quote,
)
from .datewords import DAY_NUMBER, WEEKDAY_EN, YEAR
from .frcalendar import MONTH_NAME, WEEKDAYS
from .frwords import fold_word
from .lexicon import words
from .yearless import UNTIL, scheduled_verb

# the words before a weekday that open a period at it (« à partir de samedi », « dès lundi »), not « depuis »
# (lexicon.toml `from_words`)
_FROM_WORDS = words("from_words")
# « le 16 décembre, lundi dernier, », « le 4 juin, un mercredi, », « le 4 juin (un mercredi) »: a weekday set off by a
# comma or a bracket right after a day and its month restates that day
_AFTER_A_NAMED_DAY = re.compile(
    rf"(?<!\w){DAY_NUMBER}\s+{MONTH_NAME}(?:\s+{YEAR})?\s*[,(]\s*(?:un\s+)?$", re.IGNORECASE
)


def read_weekday(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    if _AFTER_A_NAMED_DAY.search(match.string, max(0, match.start() - 30), match.start()):
        return None  # the day before it dates the sentence; counted from the page, it was another one (sealed42 y10)
    wanted = WEEKDAYS[fold_word(match["wd"])]
    if not ctx.day_precise:
        return _unresolved(match, ctx, f"{WEEKDAY_EN[wanted]} shortly before", "the day cannot")
    last = bool(match["last"])  # « jeudi dernier » in a Thursday article is the Thursday before
    # « depuis vendredi » in a Friday article: a period that runs on starts before the day it is told, so the Friday
    # before (round 42: it started and ended on the publication's day)
    last = last or (fold_word(match["since"] or "") == "depuis" and ctx.ref.weekday() == wanted)
    verb = None if last else ctx.coming(match) or scheduled_verb(match)
    until = UNTIL.search(match.string, max(0, match.start() - 12), match.start())
    if verb is None and not last and until is not None and ctx.clauses and not ctx.clauses.told_as_done(match.start()):
        verb = f"{' '.join(until.group().split())}, in a clause without a past tense"  # « Le sommet dure jusqu'à vendredi »
    # « expose à partir de samedi ses images », « les sanctions s'appliquent dès lundi »: a start still to come when
    # its clause tells nothing done (round 84; « à partir de lundi, les troupes ont reculé » stays the Monday before)
    starts = fold_word(" ".join((match["since"] or "").split())) in _FROM_WORDS
    if (
        verb is None
        and not last
        and starts
        and ctx.clauses
        and not ctx.clauses.done_before_a_relative(match.start(), match.end())
    ):
        verb = f"{' '.join(match['since'].split())}, in a clause without a past tense"
    if verb is not None:  # « doivent se réunir lundi », « célébreront jeudi »: the coming one
        found = _next(wanted, ctx.published.start)
        basis = (
            f"{quote(match)}: the verb speaks of the future (« {verb} »): the first {WEEKDAY_EN[wanted][2:]} not "
            f"before the publication ({ctx.published.text}) → {found.isoformat()}"
        )
        mention = date_mention(match, iso_day(found), basis, WEEKDAY_RANK)
        # a start ahead is that day itself, as « dès X »: no period runs from it back to the publication
        return replace(mention, onset=True) if mention.since else mention
    found = _latest(wanted, ctx.ref - timedelta(days=1) if last else ctx.ref)
    basis = (
        f"{quote(match)}: the latest {WEEKDAY_EN[wanted][2:]} {'before' if last else 'not after'} the publication "
        f"({ctx.published.text}) → {found.isoformat()}"
    )
    after = ctx.ref + timedelta(days=1)
    if (
        not last
        and ctx.page is not None
        and after.weekday() == wanted
        and after == ctx.page
        and STORY_TENSE.search(ctx.text) is None
        and not _told_in_the_week_up_to(ctx.previous, found)
    ):
        # « PYONGYANG, 17 juin 2025 (AFP) - … a annoncé mardi … . Séoul s'est dit mercredi « préoccupé » » on a page of
        # Wednesday 18 June: the story was brought up to the page's day, not told a week after its own Wednesday; never
        # in a story told from a past time (« Mercredi, Kim avait inspecté une usine »: the Wednesday before) or from a
        # day of that week the sentence before names, nor for a day between a dispatch and a later page (« SÉOUL, 10
        # octobre (AFP) - … Samedi, Kim a reçu … » on a Monday: the Saturday before; review54)
        found = after
        basis = (
            f"{quote(match)}: the day after the dateline ({ctx.published.text}), not after the page's own "
            f"({ctx.page.isoformat()}): a wire story brought up to the page's day, not a week back → {found.isoformat()}"
        )
    return date_mention(match, iso_day(found), basis, WEEKDAY_RANK, weekday=True)


def weekday_day(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« Mardi 11 : », « jeudi 13 » (a digest's heading, the month left out): the latest such day not after the
    publication whose weekday is the one named (the next one when the verb speaks of the future)."""
    wanted, number = WEEKDAYS[fold_word(match["wd"])], day_of(match["d"])
    ahead = ctx.coming(match) is not None
    month = date(ctx.ref.year, ctx.ref.month, 1)
    for step in range(12):
        first = month + relativedelta(months=step if ahead else -step)
        if number > calendar.monthrange(first.year, first.month)[1]:
            continue
        found = first.replace(day=number)
        if found.weekday() == wanted and (found >= ctx.published.start if ahead else found <= ctx.ref):
            which = f"{'first' if ahead else 'latest'} {WEEKDAY_EN[wanted][2:]} {number} not {'before' if ahead else 'after'}"
            basis = f"{quote(match)}: no month given: the {which} the publication ({ctx.published.text}) → {found}"
            return date_mention(match, iso_day(found), basis, DAY_RANK, weekday=True)
    return None


def _unresolved(match: re.Match[str], ctx: DateContext, what: str, cannot: str) -> DateMention:
    """A weekday in an article whose publication is known only to a month or so: that month, approximate."""
    edtf = iso_month(ctx.ref) + "~"
    basis = (
        f"{quote(match)}: {what} the publication, which is known only to about {ctx.published.text}; {cannot} be "
        f"resolved → {edtf}"
    )
    return date_mention(match, edtf, basis, WEEKDAY_RANK)


def _latest(weekday: int, ref: date) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _next(weekday: int, ref: date) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def weekday_range(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    first, last = WEEKDAYS[fold_word(match["wd1"] or match["wd3"])], WEEKDAYS[fold_word(match["wd2"])]
    span = (last - first) % 7
    if span == 0:
        return None
    if not ctx.day_precise:
        return _unresolved(match, ctx, "days shortly before", "the days cannot")
    verb = ctx.coming(match)
    if verb is not None:  # « se retrouvent mardi et mercredi » under « À venir. »: the coming ones
        start = _next(first, ctx.published.start)
        edtf = interval(iso_day(start), iso_day(start + timedelta(days=span)))
        basis = f"{quote(match)}: the clause speaks of the future (« {verb} »): the coming days → {edtf}"
        return date_mention(match, edtf, basis, WEEKDAY_RANK)
    end = _latest(last, ctx.ref)
    edtf = interval(iso_day(end - timedelta(days=span)), iso_day(end))
    basis = (
        f"{quote(match)}: the latest {WEEKDAY_EN[first][2:]} to {WEEKDAY_EN[last][2:]} not after the publication "
        f"({ctx.published.text}) → {edtf}"
    )
    return date_mention(match, edtf, basis, WEEKDAY_RANK)


def weekend(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    ref = ctx.ref
    verb = None if match["w"] else ctx.coming(match)
    if match["w"]:  # « le week-end dernier »: the latest one already over
        sunday = _latest(6, ref - timedelta(days=1))
        reading = "the latest weekend over before the publication"
    elif verb is not None and ctx.day_precise:  # « pourraient avoir lieu dès ce week-end »: the coming one
        saturday = _next(5, ctx.published.start) if ctx.published.start.weekday() != 6 else ctx.published.start
        edtf = interval(iso_day(saturday), iso_day(_next(6, saturday)))
        basis = f"{quote(match)}: the verb speaks of the future (« {verb} »): the coming weekend → {edtf}"
        return date_mention(match, edtf, basis, WEEK_RANK)
    else:
        sunday = _latest(5, ref) + timedelta(days=1)
        reading = "the latest weekend begun by the publication, and not after it"
    if not ctx.day_precise:
        edtf = iso_month(ref) + "~"
        basis = f"{quote(match)}: a weekend shortly before the publication, known only to about {ctx.published.text}"
        return date_mention(match, edtf, f"{basis}; the days cannot be resolved → {edtf}", WEEK_RANK)
    edtf = interval(iso_day(sunday - timedelta(days=1)), iso_day(min(sunday, ref)))
    basis = f"{quote(match)}: {reading} ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, WEEK_RANK)


ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _told_in_the_week_up_to(told: DateMention | None, day: date) -> bool:
    """Whether the sentence before names a day of the week up to `day` (« Le 9 juin, Kim a reçu Choïgou. Mercredi, … »
    for Wednesday 11 June, « Mercredi dernier, … . Mercredi, … »): the story goes on from it, and its weekday is that
    week's (review54)."""
    if told is None or ISO_DAY.fullmatch(told.edtf) is None:
        return False
    return day - timedelta(days=7) < date.fromisoformat(told.edtf) <= day
