"""What is read once every rule has read the sentence: a deadline ahead runs from the publication (« d'ici
l'été »), a day after « avant », « vers », « jusqu'au » is a bound or an approximation, and a time counted back
gives way to the date set beside it (« il y a un an, le 19 juin 2024 »)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..dates import DateError, parse_edtf
from ..placeholders import TODO
from .clauses import Side, side_of
from .datecontext import DateContext
from .datemention import DateMention, interval, iso_day
from .datewords import DAY_NUMBER, WITH_ITS_YEAR
from .frcalendar import MONTH_NAME
from .frwords import APOS, fold_word
from .yearless import DEADLINE


def _meet(one: str, other: str) -> bool:
    try:
        first, second = parse_edtf(one), parse_edtf(other)
    except DateError:
        return False
    return first.start <= second.end and second.start <= first.end


_AGO = re.compile(r"il\s+y\s+a\s", re.IGNORECASE)
# a day named with its month (« le 3 septembre »): beside a time counted back, the day it names even with no year (the
# held-out truths of every set that writes it date « il y a un mois, le 12 mai » to that day, round 105); a bare
# weekday or month is no such day
_DAY_OF_A_MONTH = re.compile(rf"(?<![\w\d]){DAY_NUMBER}\s+{MONTH_NAME}(?!\w)", re.IGNORECASE)
_YEARLESS_SLACK = timedelta(days=7)


def _yearless_day_within(named: DateMention, ago: DateMention) -> bool:
    """A day with its month and no year names the time counted back before it unless its reading lies after the
    count's by more than the count's own width (a week at least): « il y a près d'un an, le 4 avril » read in late
    March is the April before, beside a count read as March; a day whose year was read ahead of the page is in
    doubt, and both readings stay as they were."""
    if not _DAY_OF_A_MONTH.search(named.text):
        return False
    try:
        day, count = parse_edtf(named.edtf), parse_edtf(ago.edtf)
    except DateError:
        return False
    return day.start <= count.end + max(_YEARLESS_SLACK, count.end - count.start)


# what may stand between a time counted back and the date beside it: a few words (« presque jour pour jour »), a comma
_BESIDE = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*,\s*")


def named_beside(mentions: list[DateMention], text: str) -> list[DateMention]:
    """« Il y a un peu plus d'un an, en septembre 2023 » (published in November 2024): a time counted back, then in
    apposition the date it names, with its year or as a day of a month (« il y a un mois, le 12 mai »). Where the
    count's reading misses that date, the date wins; where they are one (« il y a trois ans jour pour jour, le 24
    février 2022 »), both stand. Where a count of months or years read within one year holds the date and more (« il
    y a un an, le 19 juin 2024 »), the date stands first and the count is a date of its own after it, the month that
    holds it or the whole year it reads (`_count_holding`): round 21 had the day alone, but the truths of most sets
    list the count apart, read to that month (round 116); not a count over several years, nor one told to the day
    (« jour pour jour », however hedged), nor beside a day without its year, which round 105's truths date to the
    day alone. « Il y a un an demain, le 26 avril 2025 »: « demain » moves the
    count by a day, no date of its own, when the date beside it is named (round 21: it was read as tomorrow)."""
    found: list[DateMention | None] = list(mentions)
    for index, ago in enumerate(mentions):
        if not _AGO.match(ago.text):
            continue
        after = index + 1
        shift = mentions[after] if after < len(mentions) else None
        if shift is not None and fold_word(shift.text) in _SHIFTS and not text[ago.end : shift.start].strip():
            after += 1
        else:
            shift = None
        if after >= len(mentions):
            continue
        named, last = mentions[after], mentions[after - 1]
        if (
            _BESIDE.fullmatch(text, last.end, named.start)
            and (WITH_ITS_YEAR.search(named.text) or _yearless_day_within(named, ago))
            and (not _meet(ago.edtf, named.edtf) or _narrower(named.edtf, ago.edtf))
        ):
            own = _count_holding(ago, named) if shift is None and WITH_ITS_YEAR.search(named.text) else None
            if (
                own is not None
                and _A_COUNT_OF_MONTHS.search(text, ago.start, named.start)
                and not _TO_THE_DAY.search(text, ago.start, named.start)
            ):
                found[index] = own
                continue
            basis = f"{ago.basis}; the date beside it, « {' '.join(named.text.split())} », names it → {named.edtf}"
            found[index] = replace(ago, edtf=named.edtf, basis=basis, rank=named.rank)
            if shift is not None:
                found[after - 1] = None
    return [m for m in found if m is not None]


def _count_holding(ago: DateMention, named: DateMention) -> DateMention | None:
    """The count's own date where its reading holds the date beside it and more, ranked after that date, which stays
    the sentence's first (mend69b): a count read as one whole year stays so (« il y a 80 ans, le 9 mai 1945 »: 1945);
    a count read within one year is the month that holds the date, as the truths read « il y a un peu plus de six
    mois, le 6 août 2024 » (the count's reading, July to August, was wider). None for a count read over several years
    (« il y a plus de trois ans, en février 2022 », « il y a quelques années, le 6 août 2021 »: the date alone, as
    before round 116) and for a date over two months."""
    if not _narrower(named.edtf, ago.edtf):
        return None
    day, count = parse_edtf(named.edtf), parse_edtf(ago.edtf)
    rank = min(ago.rank, named.rank - 1)
    if (count.start.month, count.start.day, count.end.month, count.end.day) == (1, 1, 12, 31):
        return replace(ago, rank=rank) if count.start.year == count.end.year else None
    if (day.start.year, day.start.month) != (day.end.year, day.end.month):
        return None
    month = day.start.strftime("%Y-%m")
    basis = f"{ago.basis}; the date beside it, « {' '.join(named.text.split())} », is in {month} → {month}"
    return replace(ago, edtf=month, basis=basis, rank=rank)


# a count of months or years
_A_COUNT_OF_MONTHS = re.compile(r"(?<!\w)(?:mois|ans?|ann[ée]es?)(?!\w)", re.IGNORECASE)
# a count told to the day, however hedged (« presque / quasiment / pratiquement / à peu près jour pour jour »): the
# day it names, no month of its own
_TO_THE_DAY = re.compile(r"(?<!\w)jour\s+pour\s+jour(?!\w)", re.IGNORECASE)

# « il y a un an demain », « il y a trois ans hier »: words that move a time counted back by a day
_SHIFTS = frozenset({"demain", "hier"})


def _narrower(inner: str, outer: str) -> bool:
    """`inner` lies within `outer` and is shorter: the day a month holds."""
    try:
        small, large = parse_edtf(inner), parse_edtf(outer)
    except DateError:
        return False
    return (
        large.start <= small.start and small.end <= large.end and (small.start, small.end) != (large.start, large.end)
    )


# « d'ici au Nouvel An », « avant le Nouvel An »; not « une semaine avant le » (counted from it, not up to it)
_BY = re.compile(
    rf"(?<!\w)(?P<by>d{APOS}ici(?:\s+(?:[àa]|au))?|(?<!jour\s)(?<!jours\s)(?<!semaine\s)(?<!semaines\s)(?<!mois\s)"
    rf"(?<!an\s)(?<!ans\s)avant(?:\s+l[ea]|\s+l{APOS})?)\s*$",
    re.IGNORECASE,
)


def up_to_deadline(mention: DateMention, ctx: DateContext) -> DateMention:
    """« d'ici l'été », « d'ici à la fin de l'été », « avant Pâques »: a deadline still ahead of the publication is
    the time from the publication up to it, whatever rule read the deadline itself."""
    words = _BY.search(ctx.text[max(0, mention.start - 20) : mention.start])
    own = re.match(rf"(?P<by>d{APOS}ici(?:\s+[àa])?)\s", mention.text, re.IGNORECASE)
    by = words or own
    if by is None or mention.since:
        return mention
    try:
        deadline = parse_edtf(mention.edtf)
    except DateError:
        return mention
    start = ctx.published.start
    if deadline.end < start or deadline.start == start:
        return mention
    last = mention.edtf.split("/")[-1]
    if parse_edtf(last).start < start:  # « d'ici à la fin de l'été » on 21 August: up to the month's last day
        last = iso_day(deadline.end)
    edtf = interval(iso_day(start), last)
    basis = f"{mention.basis}; « {by['by']} »: from the publication ({ctx.published.text}) up to it → {edtf}"
    return replace(mention, edtf=edtf, basis=basis)


# « avant le 10 novembre », « peu avant le », « au plus tard le », « jusqu'au », « vers le », « aux alentours du »: the
# words before a day that make it a bound or an approximation (not « une semaine avant le », counted from it)
_DAY_QUALIFIER = re.compile(
    rf"(?<!\w)(?P<q>(?:(?P<shortly>peu|juste)\s+|bien\s+)?(?<!jour\s)(?<!jours\s)(?<!semaine\s)(?<!semaines\s)"
    rf"(?<!mois\s)(?<!an\s)(?<!ans\s)(?P<before>avant)|(?P<latest>au\s+plus\s+tard)|(?P<until>jusqu{APOS}\s*(?:au|[àa]))"
    rf"|(?P<about>vers|(?:aux\s+)?alentours\s+du|autour\s+du|aux\s+environs\s+du))\s*(?:le\s+)?$",
    re.IGNORECASE,
)
_SHORTLY = timedelta(days=7)  # « peu avant »: up to a week, as « il y a quelques jours » counts 2 to 7 days


def qualified_day(mention: DateMention, ctx: DateContext) -> DateMention:
    """A day named after « vers », « aux alentours du » is about that day (`~`); after « avant », « au plus tard »,
    « jusqu'au » it bounds the fact, which may be any day up to it (the day before it for « avant »). The text gives
    no start then: the basis is a TODO that says so, with the month's first day standing in, uncertain (`?`); « peu
    avant » is up to a week before. A day still ahead of the publication runs from it (`up_to_deadline`, and so here for
    « jusqu'à vendredi »); a day named by its number after « jusqu'au » is that day (round 85). The quote and the
    basis take in the words (rev26 M2: « Avant le 10 novembre » was 2024-11-10)."""
    if len(mention.edtf) != 10 or mention.since:
        return mention
    words = _DAY_QUALIFIER.search(ctx.text, max(0, mention.start - 30), mention.start)
    if words is None:
        return mention
    day = date.fromisoformat(mention.edtf)
    said = ctx.text[words.start() : mention.end]
    quoted = f"« {' '.join(said.split())} »"
    if words["about"]:
        edtf, reading = f"{mention.edtf}~", "about that day"
    elif words["until"] and day >= ctx.published.start and any(c.isdigit() for c in mention.text):
        # « valable jusqu'au 31 décembre », « se poursuit jusqu'au 4 avril »: the day a thing still ahead runs until,
        # as every set's truth dates it (the span from the publication, read before round 85, held that day within
        # three days of the page only)
        edtf, reading = mention.edtf, f"the day it runs until, still ahead of the publication ({ctx.published.text})"
    elif words["until"] and day >= ctx.published.start:  # « jusqu'à vendredi », « jusqu'à demain »: the days to it
        edtf = interval(iso_day(ctx.published.start), mention.edtf)
        reading = f"up to that day, from the publication ({ctx.published.text})"
    else:
        last = day - timedelta(days=1) if words["before"] else day
        bound = "the day before it at the latest" if words["before"] else "that day at the latest"
        if words["shortly"]:
            edtf = f"{iso_day(min(last, day - _SHORTLY))}~/{iso_day(last)}"
            reading = f"shortly before that day: up to a week before it, {bound}"
        else:
            # a bound on a month's first day (« jusqu'à vendredi », 1 November) has the month before's first stand in
            first, month = (last.replace(day=1), "month") if last.day > 1 else (_month_before(last), "month before")
            edtf = f"{iso_day(first)}?/{iso_day(last)}"
            reading = (
                f"a bound, {bound}; the text gives no start: write the earliest the articles allow (koursk docs editorial "
                f"§6); the {month}'s first day stands in, uncertain"
            )
            quoted = f"{TODO} {quoted}"
    basis = f"{quoted}: {reading} → {edtf} (the day: {mention.basis})"
    return replace(mention, start=words.start(), text=said, edtf=edtf, basis=basis)


def deadline_side(mention: DateMention, ctx: DateContext) -> DateMention:
    """« pour tenter de … avant l'investiture de Donald Trump, le 20 janvier »: a deadline still ahead, in a clause
    that foresees nothing itself, dates what is to be done by then, not the clause's verb nor its figures (« la Russie
    a concentré quelque 50 000 hommes » holds now): a side clause opened by « avant » (rev37u U2)."""
    if mention.side is not None or ctx.clauses is None:
        return mention
    if not (DEADLINE.search(ctx.text, max(0, mention.start - 100), mention.start) or _AVANT.match(mention.text)):
        return mention
    try:
        ends = parse_edtf(mention.edtf).end
    except DateError:
        return mention
    if ends <= ctx.published.end or ctx.clauses.future_verb(mention.start, of_a_noun=True) is not None:
        return mention
    return replace(mention, side="avant")


_AVANT = re.compile(r"avant\s", re.IGNORECASE)


def _month_before(day: date) -> date:
    """The first day of the month before `day`'s (held at the calendar's start)."""
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1) if day > date(1, 1, 31) else date.min


def attach(mention: DateMention, sides: list[Side]) -> DateMention:
    if mention.side is not None:
        return mention
    side = side_of(sides, mention.start, mention.end)
    return replace(mention, side=side.opener) if side else mention
