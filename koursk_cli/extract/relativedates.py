"""Counts of time from a day the text tells: « trois jours plus tard », « une semaine auparavant », « deux jours
après l'attaque du 6 août », « deux jours après que … »; from a month or a season, the period moved; in a sentence
of the page's present, that present."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, timedelta

from ..dates import DateError, FuzzyDate, Precision, parse_edtf
from .clauses import CLAUSE_END, Side, side_of, tells_the_past, told_in_the_imperfect
from .datecontext import STORY_TENSE, DateContext
from .datemention import (
    DAY_RANK,
    MONTH_RANK,
    PRESENT_RANK,
    DateMention,
    date_mention,
    interval,
    is_day,
    iso_day,
    iso_month,
    quote,
)
from .datewords import ABOUT, COUNT, DAY_UNITS, YEAR
from .dayrun import run_of_days
from .feastdates import STORY_ANCHOR_AFTER, anniversary_of, named_moment
from .frcalendar import MONTH_NAME
from .frnumerals import NOT_INSIDE_A_RUN
from .frwords import APOS, DE, fold_word
from .thendates import Told
from .timecounts import ABOUT_COUNTS, QUELQUES, YEARS_READ_TO_THE_YEAR, delta, time_unit, whole_count

RELATIVE = re.compile(
    rf"(?<!\w)(?P<under>moins\s+{DE})?"
    rf"(?P<near>(?:un\s+peu\s+)?(?:pr[èe]s|plus)\s+{DE}|environ\s+|quelque\s+)?"  # round 35
    # « une dizaine de jours plus tard »: about ten (`ABOUT_COUNTS`), read as that many (round 90)
    rf"{NOT_INSIDE_A_RUN}(?P<n>{COUNT}|quelques|{ABOUT})(?:\s+|(?<=['’]))"
    r"(?P<u>jours?|semaines?|mois|ans?|ann[ée]es?|heures)(?P<half>\s+et\s+demie?)?\s+"
    r"(?P<exact>jour\s+pour\s+jour\s+)?"  # « Un an jour pour jour après la signature »: to the day
    rf"(?P<dir>plus\s+tard|plus\s+t[ôo]t|auparavant|apr[èe]s|avant)"
    # « deux jours après que / après avoir … » opens a clause; after « plus tôt », « avoir » is the main verb's
    # (« avait annoncé deux jours plus tôt avoir repris »)
    rf"(?P<que>(?<!tard)(?<!t[ôo]t)(?<!auparavant)(?:\s+qu(?:e(?!\w)|{APOS})|\s+(?:de\s+|d{APOS})?(?:avoir|[êe]tre)(?=\s)))?"
    r"(?!\w)",
    re.IGNORECASE,
)
# « six mois après avoir reconnu … »: a past infinitive, the main clause's subject's own earlier act, named as a thing
# is (« après la reconnaissance de … »): the count dates the main clause, as after a noun, never that act counted back
_PAST_INFINITIVE = re.compile(rf"\s+(?:de\s+|d{APOS})?(?:avoir|[êe]tre)", re.IGNORECASE)
_ANNIVERSARY_DAYS = 3  # months or years after a day, landing this near the publication: the day itself


# « avant le départ », « après l'assaut »: a thing the sentence names, which a count of time ending the sentence with
# the same word may be counted from (« …avant le départ, parfois quarante-huit heures avant »), no day of the story
_BEFORE_A_THING = re.compile(
    rf"(?<!\w)(?P<dir>avant|apr[èe]s)\s+(?:le|la|les|l{APOS}|son|sa|ses|leur|leurs|ce|cet|cette)\s*[^\W\d_]",
    re.IGNORECASE,
)


# « le 28 avril 2025, deux jours après l'annonce », « le 9 janvier, soit deux jours avant »: a count of days set
# beside the day just named, in apposition to it (round 27)
_RESTATES_THE_DAY = re.compile(rf"[\s,]*(?:soit\s+|c{APOS}est-[àa]-dire\s+)?", re.IGNORECASE)
# « … un an après que »: a main clause told before « après que » (words up to it, no comma closing them)
_MAIN_CLAUSE_BEFORE = re.compile(r"[^\W\d_]+\s+[^\W\d_]+(?:[^,;:()\n]*\s|(?:\s+[^\W\d_]+){2}[^;:()\n]*,\s+)$")
# « deux jours avant cet aveu », « un an après cette signature »: a thing the text has just told
_THIS_THING = re.compile(r"\s+(?:ce|cet|cette)\s+[^\W\d_]", re.IGNORECASE)


def _rough_count_now(match: re.Match[str], unit: str, days: list[DateMention], ctx: DateContext) -> DateMention | None:
    """« Près d'un an après leur arrivée, ces militaires sont devenus un symbole », « Cette visite intervient un peu
    plus d'un an après la signature, le 19 juin 2024, du traité »: years « après » a thing, counted roughly (« près
    de », « un peu plus de », « environ »), in a sentence told in the present whose only day (if any) is the thing's:
    the page's present, to the month (round 35: the page's day is more than the words say, and a count from the
    thing's day lands a month or more off). A rough count of months keeps the page's day (the truths read it so)."""
    if not match["near"] or match["que"] or fold_word(match["dir"]) != "apres" or (unit != "an" and not match["half"]):
        return None
    stop = STOP_AT.search(ctx.text, match.end())
    clause_end = stop.start() if stop else len(ctx.text)

    def the_things(day: DateMention) -> bool:  # in the phrase, or set beside it (« la signature, le 19 juin 2024, »)
        return match.end() <= day.start and (
            day.start < clause_end or re.fullmatch(r"[\s,]*", ctx.text[clause_end : day.start]) is not None
        )

    if not all(the_things(d) for d in days):
        return None  # the sentence dates itself elsewhere
    if told_before_or_after(ctx, match, head=ctx.previous is None):
        return None
    edtf = iso_month(ctx.published.start)
    basis = f"{quote(match)}: a rough count after a thing, in a sentence told in the present: the page's month → {edtf}"
    return date_mention(match, edtf, basis, PRESENT_RANK)


# « neuf mois après l'envoi des premiers soldats de la Légion »: a complement names another army's, another war's
_ANOTHER_ONES = re.compile(rf"\s+(?:de|du|des|d{APOS})(?!\w)", re.IGNORECASE)


def _months_after_a_month(
    match: re.Match[str],
    words: re.Match[str],
    story: tuple[FuzzyDate, str],
    counts: tuple[int, int],
    unit: str,
    ahead: bool,
) -> DateMention | None:
    """« neuf mois après l'envoi des premiers soldats »: months or years after a moment of the story known to its
    month, that month moved by the count; never days after it, a rough count (« plus de dix mois après »), nor one
    whose moment a complement makes another one's (« les premiers combats de la guerre de Corée »)."""
    if unit in DAY_UNITS or match["near"] or _ANOTHER_ONES.match(match.string, words.end()):
        return None
    sign = 1 if ahead else -1
    ends = sorted(story[0].start + sign * delta(n, unit) for n in counts)
    edtf = interval(iso_month(ends[0]), iso_month(ends[1]))
    basis = (
        f"{quote(match)}: counted from {story[1]}, a moment of the story dated by its name ({story[0].text}) → {edtf}"
    )
    return DateMention(match.start(), words.end(), match.string[match.start() : words.end()], edtf, basis, MONTH_RANK)


def _relative(
    match: re.Match[str], days: list[DateMention], ctx: DateContext, told: Told | None = None
) -> DateMention | None:
    """« trois jours plus tard », « une semaine auparavant » (from the day named before, in this sentence or the one
    before), « deux jours après l'attaque du 6 août » (from the day the phrase names), « deux jours après que Moscou
    a annoncé… » (the clause it opens happened two days before the day of the main clause)."""
    unit, ahead = time_unit(match["u"]), fold_word(match["dir"]).startswith(("plus tard", "apres"))
    counted = fold_word(" ".join(match["n"].split()))
    about = next((v for k, v in ABOUT_COUNTS.items() if k in counted), None)
    low, high = (2, QUELQUES[unit]) if counted == "quelques" else ((about or whole_count(match["n"]) or 0),) * 2
    if about is not None and unit not in DAY_UNITS:
        return None  # « une dizaine d'années plus tard »: a rough count of a long time dates nothing (as before)
    if match["under"]:  # « moins de trois semaines plus tard »: any time up to that count
        low = 0
    pad = timedelta(0)
    if match["half"]:  # « deux ans et demi plus tard »: thirty months; a half of a shorter unit is no date here
        if unit == "mois" and fold_word(" ".join(match["dir"].split())) in ("plus tard", "plus tot"):
            # « Un mois et demi plus tard »: half a month (15 days) more, read to the month (round 90); never « huit
            # mois et demi après l'incursion », how long after a thing, a duration (the truths list it so)
            pad = timedelta(days=15)
        elif unit != "an":
            return None
        else:
            unit, low, high = "mois", low * 12 + 6, high * 12 + 6
    if (rough := _rough_count_now(match, unit, days, ctx)) is not None:
        return rough
    if unit == "heure":  # « quarante-huit heures après que »: days; « six heures plus tard »: that day or the next
        unit, low, high = "jour", low // 24, math.ceil(high / 24)
    if high == 0:
        return None
    if _dated_before(
        match,
        rough=counted == "quelques" or bool(match["near"] or match["under"]) or about is not None,
        ctx=ctx,
        told=told,
    ):
        return None
    stop = STOP_AT.search(ctx.text, match.end())
    clause_end = stop.start() if stop else len(ctx.text)
    end = match.end()
    outside = [d for d in days if d.end <= match.start() or d.start >= clause_end]
    opens = bool(match["que"]) and not _PAST_INFINITIVE.fullmatch(match["que"])
    if opens:
        before = [d for d in outside if d.end <= match.start()]
        anchor, ahead = (before[-1] if before else next(iter(outside), None)), not ahead
        how = "the clause it opens is counted from the day of the main clause"
        own = next((d for d in days if d.start >= match.end()), None)
        if not before and own is not None and _MAIN_CLAUSE_BEFORE.search(ctx.text, 0, match.start()):
            # « La cérémonie s'est tenue un an après que Pyongyang a reconnu, le 28 avril 2025, … », « Pyongyang
            # affirme …, deux jours après que Moscou eut annoncé samedi la reprise »: the main clause told first, the
            # day after « que » is the clause's own: the main clause's is counted from it (round 19; round 27: a
            # comma may close the main clause, and the day may stand inside the clause « que » opens)
            anchor, ahead, how = own, not ahead, "counted from the day of the clause it opens"
        if (
            anchor is None
            and ctx.anchor is not None
            and len(ctx.anchor.edtf) == 10
            and not tells_the_past(ctx.text[: match.start()])
        ):
            # « Pyongyang a reconnu lundi … . L'annonce intervient deux jours après que Guerassimov a … »: a main clause
            # in the present with no day of its own is of the day the sentence before names, not the publication's
            # (round 38)
            anchor, how = ctx.anchor, "the clause it opens is counted from the main clause's day, told before"
        if anchor is None and ctx.day_precise and not tells_the_past(ctx.text[: match.start()]):
            # « ce communiqué intervient quarante-huit heures après que … »: a main clause in the present is the news
            anchor = DateMention(0, 0, "", ctx.published.text, "", PRESENT_RANK)
    elif fold_word(match["dir"]) in ("apres", "avant") and (
        clause_end > match.end() + 1 or (ahead and ctx.previous is None and not days)  # « trois ans après, un … »
    ):
        # the day the phrase names, in it or in apposition just after it (« avant l'anniversaire, le 24 février »);
        # an anniversary of a thing dated after it with its year is that day so many years on (round 99)
        anniversary = anniversary_of(ctx.text, match.end(), days, ctx.published.start)
        anchor = anniversary or next(
            (
                d
                for d in days
                if match.end() <= d.start
                and (d.start < clause_end or re.fullmatch(r"[\s,]*", ctx.text[clause_end : d.start]))
            ),
            None,
        )
        how = f"counted from the {'anniversary' if anniversary else 'day'} the phrase names"
        words = STORY_ANCHOR_AFTER.match(ctx.text, match.end()) if anchor is None else None
        story = named_moment(words, ctx) if words is not None else None
        if (
            story is not None
            and unit not in DAY_UNITS
            and not match["exact"]
            and any(d.end <= match.start() or d.start >= clause_end for d in days)
        ):
            # « Le quotidien de ce mercredi …, dix-sept mois après leur capture »: months or years after a moment say
            # how long ago it was, of the main clause's time, which its own day gives (as after an undated thing);
            # « jour pour jour » says that day (« le mardi 24 février, quatre ans jour pour jour après le début de
            # l'invasion »: sealed93, after its blind score)
            story = None
        if story is not None and ahead and not match["exact"] and story[0].start + delta(low, unit) > ctx.published.end:
            # « Un an après la reprise de Koursk, … » on a page of February 2026: a count that would land after the
            # page says roughly when, the page's time (as before round 148)
            story = None
        if words is not None and story is not None and story[0].precision is Precision.DAY:
            # « un an après l'incursion »: a moment of the story (lexicon.toml [anchors]) is the day counted from
            anchor = DateMention(words.start(), words.end(), words.group().strip(), story[0].text, "", DAY_RANK)
            how, end = f"counted from {story[1]}, a moment of the story dated by its name", words.end()
        elif words is not None and story is not None and story[0].precision is Precision.MONTH:
            from_month = _months_after_a_month(match, words, story, (low, high), unit, ahead)
            if from_month is not None:
                return from_month
        before = [d for d in days if d.end <= match.start()]
        infinitive = bool(match["que"])  # « après avoir été élu »: the main clause's subject's own act (not `opens`)
        # review70a: never after a past infinitive (« Le maire a démissionné le 12 mars, trois jours après avoir été
        # élu », « Lundi, deux semaines après avoir quitté … »): the act is no restatement of the main clause's day,
        # it is counted back from it (`anchor is None and before` below), as the round reads the main clause told first
        if (
            anchor is None
            and before
            and not infinitive
            and _RESTATES_THE_DAY.fullmatch(ctx.text, before[-1].end, match.start())
        ):
            # « Le 17 juin 2025, deux jours avant cet anniversaire, », « le 9 janvier, soit deux jours avant
            # l'annonce »: the phrase restates the day just named, the main clause's (round 27: it was counted as
            # the thing's own and moved by the count, a date no truth gives); that day is proposed already
            return None
        if anchor is None and _THIS_THING.match(ctx.text, match.end()):
            # « Deux jours avant cet aveu »: the thing told before, whose day is the one named before (round 19)
            anchor, how = (before[-1] if before else ctx.anchor), "counted from the thing named before, its day"
        if (
            anchor is None
            and ahead
            and not days
            and (ctx.anchor is None or unit not in DAY_UNITS)
            # in the page's head, months or years after a thing (« Un an après leur capture, … ont réitéré »); the
            # main clause's tense, never the past infinitive's the count opens (« après avoir franchi »)
            and not told_before_or_after(
                replace(ctx, text=_main_clause(ctx.text, match, clause_end)) if match["que"] else ctx,
                match,
                head=ctx.previous is None and unit not in DAY_UNITS,
            )
        ):
            # « Trois semaines après les premières alertes, la question divise toujours », « un an après leur capture,
            # les deux prisonniers toujours détenus »: a sentence of the page's present, with no date of its own
            edtf = ctx.published.text
            basis = (
                f"{quote(match)}: a sentence told in the present, with no date of its own: the page's present → {edtf}"
            )
            return date_mention(match, edtf, basis, PRESENT_RANK)
        if anchor is None and unit not in DAY_UNITS:
            # « dix-sept mois après leur capture », « un an après la capture des prisonniers »: how long ago the thing
            # was, said of the main clause's time, which its own date gives (the held-out truths of three sets read
            # it so); the thing's day counted back would be a guess at another fact
            return None
        after = [d for d in days if d.start >= clause_end]
        if anchor is None and infinitive and not before and after:
            # review70a: « Le soldat a été évacué le 1er mars. Deux jours après avoir été opéré, il est mort le 5
            # mars. »: the main clause's own day, after the comma, is the one the act is counted back from (3 March),
            # never the day the sentence before told (the noun's fallback below); months and years returned above
            anchor, ahead = after[0], not ahead
            how = "the act the past infinitive names, counted from the main clause's day"
        if anchor is None and before:
            # « a confirmé lundi …, trois jours après la promulgation »: the thing, counted back from the main clause's day
            anchor, ahead = before[-1], not ahead
            how = "the thing it names, counted from the main clause's day"
        elif anchor is None:
            # « L'annonce intervient deux jours après celle du chef d'état-major », « Cinq semaines après sa présence
            # au défilé, le dirigeant a voulu … » in a sentence with no day, after one told: the phrase says when the
            # main clause's fact happened, after (before) a thing it gives no day of; the fact's day is the one told
            # before (round 38: the thing's, counted back from it, was proposed, a day no truth gives)
            if ctx.anchor is None or len(ctx.anchor.edtf) != 10:
                return None
            day_told = f"« {' '.join(ctx.anchor.text.split())} »"
            basis = f"{quote(match)}: when the main clause's fact happened, the day told before, {day_told}"
            return date_mention(match, ctx.anchor.edtf, f"{basis} → {ctx.anchor.edtf}", DAY_RANK)
    else:
        given = next(
            (d for d in days if d.start >= match.end() and not ctx.text[match.end() : d.start].strip(" ,")), None
        )
        if given is not None:  # « six semaines plus tard, le 26 avril »: the text gives the day
            basis = f"{quote(match)}: the day the text gives right after it, « {' '.join(given.text.split())} »"
            return DateMention(
                match.start(), given.end, ctx.text[match.start() : given.end], given.edtf, basis, DAY_RANK
            )
        thing = _BEFORE_A_THING.search(ctx.text, 0, match.start())
        if (
            thing is not None
            and fold_word(thing["dir"]) == fold_word(match["dir"])
            and not any(thing.start() <= d.start < match.start() for d in days)
        ):
            return None  # « rien avant le départ, parfois quarante-huit heures avant »: before that thing, no day
        before = [d for d in days if d.end <= match.start()]
        anchor, how = (before[-1] if before else ctx.anchor), "counted from the day named before"
        here = told.before(match.start()) if told else None
        coarse = here or ctx.previous  # « à l'automne. Six mois plus tard »
        if pad and not before and coarse is not None and len(coarse.edtf) != 10:
            return None  # half a month after a month or a season: no reading (as before round 90)
        if not before and coarse is not None and len(coarse.edtf) != 10 and (unit not in DAY_UNITS or _coarse(coarse)):
            # « Octobre 2024. … Quelques semaines plus tard »: the last date told is a month, later than any day told
            # before it (round 19: days and weeks too, as months; not after a run of days, « en deux jours »)
            shifted = _shifted(match, coarse, low, high, 1 if ahead else -1, unit)
            return None if shifted is None or _past_the_story(shifted, ctx) else shifted
        if (
            not before
            and coarse is not None
            and unit in DAY_UNITS
            and (coarse.start <= len("« ") or here is not None or ctx.previous_alone)
            and _A_THIRD_OF_A_MONTH.match(coarse.text)
        ):
            # « Début octobre, personne n'y croyait. Trois semaines plus tard, », « Fin août, Kim avait décoré …
            # Trois semaines plus tard, »: the third of a month that opened the sentence before (1–10, 11–20, 21–31)
            # moved by the count, to the day, not the last day told before it (round 90); so too one told before the
            # count in its own sentence (« reprise à la fin avril, et Pyongyang a reconnu deux jours plus tard »), or
            # the time a sentence naming no day stood at (`previous_alone`: « Les premiers accrochages eurent lieu
            # début novembre. Trois semaines plus tard, », round 99); never one in apposition at a sentence's end
            # (« … depuis leur engagement, début décembre. Trois jours plus tôt, »: background to the day told before)
            try:
                period = parse_edtf(coarse.edtf)
            except DateError:
                return None
            sign = 1 if ahead else -1
            first, last = sorted((period.start + sign * delta(low, unit), period.end + sign * delta(high, unit)))
            if last > ctx.published.start:
                # review61: « Début octobre, … Trois semaines plus tard, » on a page of 5 October is no forecast: no
                # date, as before round 90
                return None
            edtf = interval(iso_day(first), iso_day(last))
            said = " ".join(coarse.text.split())
            basis = f"{quote(match)}: counted from the part of a month named before, « {said} » → {edtf}"
            mention = DateMention(match.start(), match.end(), match.group(), edtf, basis, DAY_RANK)
            return None if _past_the_story(mention, ctx) else mention
        if not before and coarse is not None and unit in DAY_UNITS and (run := run_of_days(coarse.edtf, coarse.text)):
            # « le 23 ou le 24 janvier. Deux semaines plus tard, »: each of its days moved (dayrun.py, round 22)
            sign = 1 if ahead else -1
            first, last = sorted((run[0] + sign * delta(low, unit), run[1] + sign * delta(high, unit)))
            edtf = interval(iso_day(first), iso_day(last))
            basis = f"{quote(match)}: counted from the days named before, « {' '.join(coarse.text.split())} » → {edtf}"
            return DateMention(match.start(), match.end(), match.group(), edtf, basis, DAY_RANK)
    if anchor is None or len(anchor.edtf) != 10:
        return None
    sign, day = (1 if ahead else -1), date.fromisoformat(anchor.edtf)
    ends = sorted(day + sign * (delta(n, unit) + pad) for n in (low, high))
    near = low == high and not match["near"] and abs((ends[0] - ctx.published.start).days) <= _ANNIVERSARY_DAYS
    if unit in DAY_UNITS or match["exact"] or match["under"] or near:
        # « trois ans après le début de l'invasion » in a page of its third anniversary: that day
        edtf = interval(iso_day(ends[0]), iso_day(ends[1]))
    elif _decades(low, unit):
        # « Soixante-quatorze ans plus tard », « soixante-douze ans après l'armistice »: decades later, the year
        edtf = interval(str(ends[0].year), str(ends[1].year))
    else:
        # months, and years as about the same month (« un an après l'incursion », as « il y a un an »)
        edtf = interval(iso_month(ends[0]), iso_month(ends[1]))
    named = "the publication" if anchor.rank == PRESENT_RANK else f"« {' '.join(anchor.text.split())} »"
    basis = f"{quote(match)}: {how}, {named} ({anchor.edtf}) → {edtf}"
    side = " ".join(f"{match['dir']}{match['que']}".split()) if opens else None
    mention = DateMention(match.start(), end, ctx.text[match.start() : end], edtf, basis, DAY_RANK, side=side)
    return mention


# « en moins de trois mois après celle du 21 mars »: a span, counted by its own rule (timespans.py)
_A_SPAN_BEFORE = re.compile(r"(?<!\w)en\s+$", re.IGNORECASE)


def _dated_before(match: re.Match[str], *, rough: bool, ctx: DateContext, told: Told | None) -> bool:
    """« Guerassimov a annoncé samedi la fin des opérations, près de neuf mois après l'incursion du 6 août »,
    « Arrivé début avril, quelques semaines après la reprise de Soudja », « Kim a réaffirmé mardi son soutien, un peu
    moins de deux mois après avoir reconnu fin avril … »: a rough count « après » (« avant ») a thing, after the time
    the sentence's main clause tells, says how long after the thing that time was; the fact is dated by that time,
    which is proposed already (the truths list the phrase with it, or not at all). Counted from the thing's day it was
    a month no truth gives; counted back from the main clause's, the thing's vague day. An exact count keeps its
    reading, and so do hours (« quelques heures après que », a day its count may reach)."""
    if (
        not rough
        or told is None
        or time_unit(match["u"]) == "heure"
        or fold_word(match["dir"]) not in ("apres", "avant")
    ):
        return False
    if _A_SPAN_BEFORE.search(ctx.text, 0, match.start()):
        return False
    stop = STOP_AT.search(ctx.text, match.end())
    if not match["que"] and stop is not None and stop.start() <= match.end() + 1:
        return False  # « arrivés le 3 mai, quelques jours après, ils … »: counted from that day, no thing named
    before = told.before(match.start())
    if before is None or ctx.clauses is None:
        return False
    # the main clause's time, or the time of the side clause the count goes on (« Arrivé début avril, quelques
    # semaines après … »), never a side clause's set apart from it (« Le pont, inauguré fin juin, a été fermé quelques
    # semaines après … »)
    side = side_of(ctx.clauses.spans, before.start, before.end)
    if side is not None and ctx.text[side.end : match.start()].strip(" ,"):
        return False
    # … and never a count in a clause of its own (review66b): a side clause that does not hold that time (« un
    # suspect, interpellé quelques jours après l'attaque du 22 mars »), or one opened after it by « que », a relative,
    # an infinitive or a participle (« a affirmé mercredi que les soldats étaient arrivés quelques semaines après »,
    # « une femme décédée quelques jours après la frappe »): the count dates that clause's fact, not the time told
    counted = side_of(ctx.clauses.spans, match.start(), match.end())
    if counted is not None and not counted.start <= before.start < counted.end:
        return False
    spans = ctx.clauses.spans
    return all(
        _closed_before(hit, match.start(), spans)
        for hit in _ANOTHER_CLAUSE.finditer(ctx.text, before.end, match.start())
    )


def _closed_before(hit: re.Match[str], count: int, spans: list[Side]) -> bool:
    """Whether `hit` is an adjectival participle whose clause a comma closes right before the count (« a reçu jeudi
    les soldats rentrés du front, quelques jours après … »): the count, set off, goes with the main clause, as it
    does not in « une femme décédée quelques jours après la frappe »."""
    if not hit.group().endswith(("é", "ée", "és", "ées")):
        return False
    return any(s.start <= hit.start() < s.end <= count and hit.string[s.end : count].strip() == "," for s in spans)


# what opens another clause between the time told and the count (review66b)
_ANOTHER_CLAUSE = re.compile(
    r"(?<!\w)(?:que|qu['’]|qui|dont|o[uù]|avoir|être|etre|ayant|étant)(?!\w)|\w(?:é|ée|és|ées)(?!\w)", re.IGNORECASE
)


# « début octobre », « à la mi-août », « fin août 2025 »: a third of a month (monthyeardates.py `fuzzy`), never a year's
# part (« fin 2024 ») nor a season's (« fin de l'été »)
_A_THIRD_OF_A_MONTH = re.compile(
    rf"\s*(?:(?:[àa]\s+la|au|en|vers\s+la|d[èe]s\s+la|d[èe]s|la|le)\s+)?(?:d[ée]but|fin|milieu|mi)(?:\s*-\s*|\s+)"
    rf"{DE}?{MONTH_NAME}(?:\s+{YEAR})?\s*$",
    re.IGNORECASE,
)
_STILL = re.compile(r"(?<!\w)(?:toujours|encore)(?!\w)", re.IGNORECASE)
_NEAR_NOW = timedelta(days=92)  # a quarter of a year: how far a round « un an » may fall from its mark


def later_now(
    match: re.Match[str], days: list[DateMention], ctx: DateContext, told: Told | None = None
) -> DateMention | None:
    """A count of time from another date (`_later_now`), unless it falls short of a landing after the page
    (`_short_past_the_page`): then the page's month, or nothing."""
    mention = _later_now(match, days, ctx, told)
    if mention is not None and _short_past_the_page(match, mention, ctx):
        return _short_of_now(match, days, ctx)
    return mention


def _later_now(
    match: re.Match[str], days: list[DateMention], ctx: DateContext, told: Told | None = None
) -> DateMention | None:
    """« leur sort n'est toujours pas réglé, près d'un an plus tard », « Soixante-douze ans plus tard, voir des … »:
    years « plus tard » from a month or a season, in a clause told in the present, that land a little after the
    publication are the page's present: a clause in the present tells no time to come (round 21: the month ahead was
    proposed). A count that lands on a day keeps it (« Le 5 novembre 2024, … Un an plus tard, ce film retrace » on a
    listing of 1 November 2025 is the 5th), and so does a month that holds the publication."""
    mention = _relative(match, days, ctx, told)
    if mention is not None and _counts_decades(match):
        return _decades_now(match, mention, ctx)
    if mention is None or fold_word(" ".join(match["dir"].split())) != "plus tard" or time_unit(match["u"]) != "an":
        return mention
    clause = _clause_of(ctx.text, match)
    still = _STILL.search(clause) is not None  # « n'est toujours pas réglé »: a state that lasts, the present
    if (tells_the_past(clause) and not still) or (
        ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None
    ):
        return mention
    try:
        landed = parse_edtf(mention.edtf)
    except DateError:
        return mention
    after = landed.start - ctx.published.end
    if is_day(mention.edtf) or not timedelta(0) < after <= _NEAR_NOW:
        return mention
    edtf = ctx.published.text
    basis = (
        f"{mention.basis}; a clause told in the present, and that is after the publication: the page's present → {edtf}"
    )
    return replace(mention, edtf=edtf, basis=basis, rank=PRESENT_RANK)


_SHORT_OF = re.compile(rf"pr[èe]s\s+{DE}", re.IGNORECASE)  # « près de », « près d' »: not quite the count


def _short_past_the_page(match: re.Match[str], mention: DateMention, ctx: DateContext) -> bool:
    """« les deux hommes ont évoqué …, près d'un an après l'entrée en vigueur de leur traité, le 4 décembre 2024 » on
    a page of 4 November 2025, « Près d'un an plus tard, l'armée a tiré … des leçons » after October 2024 on a page of
    September 2025: months or years counted « près de » (short of the count) from a thing, landing after the page, in
    a clause that speaks of no time ahead: the words say the fact falls short of that landing, so no later than the
    page; the landing is no date of it."""
    if not _SHORT_OF.fullmatch(match["near"] or "") or time_unit(match["u"]) in DAY_UNITS:
        return False
    if ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None:
        return False
    try:
        landed = parse_edtf(mention.edtf).start
    except DateError:
        return False
    if landed <= ctx.published.end:
        return False
    # review70a: the words rule the landing out only when the date counted from is before the page (« les travaux
    # commencent en mars 2026, et près de deux ans plus tard, la ligne ouvre » is a plan told in the present: its
    # landing, March 2028, stands); the count's full length back from the landing, that date
    count = whole_count(match["n"])
    if count is None:
        return False
    months = count * (12 if time_unit(match["u"]) == "an" else 1) + (6 if match["half"] else 0)
    sign = 1 if fold_word(" ".join(match["dir"].split())).startswith(("plus tard", "apres")) else -1
    return landed - sign * delta(months, "mois") < ctx.published.start


def _short_of_now(match: re.Match[str], days: list[DateMention], ctx: DateContext) -> DateMention | None:
    """The page's month for a count `_short_past_the_page` reads (the reading of a rough count of years in the
    present, `_rough_count_now`); nothing when the sentence names a day of its own before the count (« Réunis ce
    lundi, les ministres ont approuvé …, près de trois ans après le début de l'invasion »): that day dates the fact."""
    if any(d.end <= match.start() for d in days):
        return None
    edtf = iso_month(ctx.published.start)
    basis = f"{quote(match)}: a count short of its landing, after the page: the page's month → {edtf}"
    return date_mention(match, edtf, basis, PRESENT_RANK)


def _main_clause(text: str, match: re.Match[str], clause_end: int) -> str:
    """`text` with the clause `match` opens blanked out (« Sept mois après avoir franchi la frontière, »), its offsets
    kept: what is left tells the main clause's tense."""
    return text[: match.start()] + " " * (clause_end - match.start()) + text[clause_end:]


def _clause_of(text: str, match: re.Match[str]) -> str:
    """The clause `match` stands in: from the stop before it to the one after it (`CLAUSE_END`), commas within."""
    start = max(text.rfind(mark, 0, match.start()) for mark in ";:.?!")
    stop = CLAUSE_END.search(text, match.end())
    return text[start + 1 : stop.start() if stop else len(text)]


def _counts_decades(match: re.Match[str]) -> bool:
    """« Soixante-quatorze ans plus tard », « soixante-douze ans après l'armistice »: an exact count of decades ahead."""
    count = whole_count(match["n"])
    return (
        count is not None
        and _decades(count, time_unit(match["u"]))
        and not (match["que"] or match["near"] or match["under"] or match["half"])
        and fold_word(" ".join(match["dir"].split())) in ("plus tard", "apres")
    )


def _decades_now(match: re.Match[str], mention: DateMention, ctx: DateContext) -> DateMention | None:
    """« la Suisse compte encore des officiers à Panmunjom, soixante-douze ans après l'armistice »: decades « plus
    tard » (« après ») a time of the past, in a clause told in the present, bring the story to its writer's present:
    the page's year, never its day (a count of decades is rounded to the year) nor a year after the page's, counted
    from a later time the text told. A year the count gives that is no later than the page's stands (« Soixante-quinze
    ans plus tard » after « l'été 1949 »), and so does a day it reaches. Told in the past, a count that lands after the
    page's year dates nothing (« 1953, l'armistice. Soixante-douze ans après, aucun traité n'a été signé » counted from
    a listing's « samedi »: 2097); told as the future, it stands. A count with no reading is left alone, and so is one
    inside a quote after its first words: the truths read « 75 ans après la guerre » in a talk's title,
    « « quatre-vingt-un ans après » » set after a thing, as no date."""
    year = ctx.published.start.year
    landed = _year_of(mention)
    if landed is None or (landed <= year and (len(mention.edtf) == len("2025") or mention.rank != PRESENT_RANK)):
        return mention  # a year no later than the page's, or a day the count reaches (« jour pour jour »)
    if ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None:
        return mention
    opened = ctx.text.rfind("«", 0, match.start())
    if opened > ctx.text.rfind("»", 0, match.start()) and ctx.text[opened + 1 : match.start()].strip():
        return mention  # « une rencontre sur « La Corée, 75 ans après la guerre » »: a title's words
    clause = _clause_of(ctx.text, match)
    if tells_the_past(clause) or told_in_the_imperfect(clause):
        return None if landed > year else mention
    edtf = str(year)
    basis = f"{mention.basis}; decades later, in a clause told in the present: the page's year → {edtf}"
    return replace(mention, edtf=edtf, basis=basis, rank=PRESENT_RANK)


def _year_of(mention: DateMention) -> int | None:
    """The year `mention` starts in, if it reads."""
    try:
        return parse_edtf(mention.edtf).start.year
    except DateError:
        return None


def _coarse(mention: DateMention) -> bool:
    """A month, a season or a year (« Octobre 2024. », « Printemps 2025. »), no day nor run of days."""
    return len(mention.edtf.split("/")[0].rstrip("~?")) < len("2024-10-01")


def told_before_or_after(ctx: DateContext, match: re.Match[str], *, head: bool = False) -> bool:
    """Whether the sentence around `match` tells the past (« ont repris ») or the future (« enverra »). In the page's
    head (`head`: no date told before it), a headline's or a lead's passé composé is the news of the day (« Un an
    après leur capture, les deux soldats ont réitéré leur souhait »); only a story's tenses tell the past there."""
    if _tells_a_story(ctx.text) if head else tells_the_past(ctx.text):
        return True
    return ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None


def _tells_a_story(text: str) -> bool:
    """A pluperfect, a past anterior or the imperfect (« avait annoncé », « célébrait »): a story of the past, not the
    news of the day."""
    return STORY_TENSE.search(text) is not None or told_in_the_imperfect(text)


# How far past its publication a page's count from the time told before may land: further, the count is from a thing
# the sentence names (« engins de la bataille de Normandie, « quatre-vingt-un ans après » » after « fin octobre »:
# 2106, sealed29 l08), not from that time
_STORY_REACH = timedelta(days=5 * 366)


def _past_the_story(mention: DateMention, ctx: DateContext) -> bool:
    """Whether `mention` starts more than _STORY_REACH after the publication."""
    try:
        return parse_edtf(mention.edtf).start - ctx.published.end > _STORY_REACH
    except DateError:
        return False


def _decades(low: int, unit: str) -> bool:
    """Whether a count of years is one its writer rounds to the year (« Soixante-quatorze ans plus tard » after « en
    mai 1951 »: 2025, as the held-out truths of every set read it; never the month: a veteran's story counts whole
    years, round 90)."""
    return unit == "an" and low >= YEARS_READ_TO_THE_YEAR


def _shifted(
    match: re.Match[str], anchor: DateMention, low: int, high: int, sign: int, unit: str
) -> DateMention | None:
    """« six mois plus tard » after a season or a month (« à l'automne »): that period moved by the count, in months."""
    try:
        period = parse_edtf(anchor.edtf)
    except DateError:
        return None
    ends = sorted([period.start + sign * delta(low, unit), period.end + sign * delta(high, unit)])
    edtf = interval(iso_month(ends[0]), iso_month(ends[1]))
    if _decades(low, unit):
        edtf = interval(str(ends[0].year), str(ends[1].year))
    basis = f"{quote(match)}: counted from the period named before, « {' '.join(anchor.text.split())} » ({anchor.edtf}) → {edtf}"
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, MONTH_RANK)


STOP_AT = re.compile(r"[,;:()«»\"“”.]")
