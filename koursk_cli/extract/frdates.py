"""French temporal expressions → EDTF with a basis, resolved against the publication date (pure).

Each rule is a regular expression and a resolver. Resolvers never guess silently: the basis says which French
words were read, what was assumed (the year, the window counted back from) and what came out, in the same style as
the store's curated bases. Relative expressions (« il y a trois jours », « lundi », « l'année dernière ») are
counted from the publication: a window of days is shifted whole, a weekday is the latest one not after the
publication's upper bound. Dates without a year take the latest year that does not put them after the publication.

This module holds the rules' table, in the order they run (which decides which reading wins where two overlap), and
`find_dates`, which reads a sentence with them and with the rules that count from what the table read; each family of
rules lives in its own module (daydates, monthyeardates, weekdaydates, timecounts, timespans, aheaddates, seasondates,
feastdates, presentdates, pageperiods, evedates, relativedates, thendates, bareday), the year of a date without one in
datecontext, and what draft.py reads across sentences in storydates and statementday.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import Concatenate, ParamSpec

from ..dates import DateError, FuzzyDate, parse_edtf, store_date
from .aheaddates import future, near_future, read_ahead, read_coming, until_day, within_days
from .bareday import BARE_DAY, bare_day
from .clauses import Clauses, side_of, side_spans, since_words
from .datebounds import attach, deadline_side, named_beside, qualified_day, up_to_deadline
from .datecontext import DateContext
from .datemention import DAY_RANK, PRESENT_RANK, DateMention, date_mention, is_day, quote
from .datewords import (
    APPOSED,
    COUNT,
    COUNT_RANGE,
    DAY_NUMBER,
    DAYS_YEAR,
    EN_MONTH,
    FIRM_COUNT,
    HALF,
    NO_COUNTED_NOUN,
    NOT_A_HABIT,
    OR_MORE,
    SINCE,
    UNIT_OR_HOURS,
    VAGUE_COUNT,
    YEAR,
)
from .daydates import english_day, iso, numeric_day, numeric_day_month, read_day, read_day_range, week_of, week_of_month
from .evedates import (
    ACT_NOUN,
    ANCHORED,
    AT_THE,
    OF_A_NOUN,
    OF_A_THING,
    OF_THINGS,
    TOLD_EVENTS,
    act_of,
    eve_of_the_news,
    moved_day,
    read_anchored,
    reported_in_the_completive,
    thing_of,
    told_day,
)
from .feastdates import (
    ANNIVERSARY,
    ANNIVERSARY_NAME,
    FEAST,
    FEAST_NAME,
    FEAST_WITH_ITS_YEAR,
    STORY_ANCHOR,
    anniversary,
    anniversary_dated_apart,
    anniversary_of,
    holiday,
    story_anchor,
)
from .frcalendar import MONTH_NAME, SEASON_NAME, WEEKDAY, WEEKDAY_CUT
from .frnumerals import NUMBER_WORDS
from .frwords import APOS, DE, fold_word
from .joined import join_periods
from .lexicon import printed_phrases, printed_words, written_words
from .monthyeardates import (
    ERA_YEAR,
    decade,
    entry_year,
    era_year,
    fuzzy,
    month_range,
    month_year,
    part_range,
    read_heading,
    read_month,
    read_year,
    year_part,
    year_range,
)
from .pageperiods import (
    PERIOD_PART,
    last_count,
    named_period,
    of_the_time_told,
    period_part,
    quarter,
    read_tomorrow,
    recent,
    that_year,
    turn_of_year,
    yesterday,
)
from .presentdates import day_part, from_now, part_of_an_old_day, part_of_the_day_told, read_present
from .relativedates import RELATIVE, STOP_AT, later_now, told_before_or_after
from .seasondates import before_a_season, read_season, rentree, season_part
from .seasondeadline import BEFORE_A_SEASON
from .spans import Taken
from .statementday import days_before, from_the_statement, told_apart
from .thendates import FOLLOWING, SINCE_THEN, UNTIL_THEN, Told, following, since_then, until_then
from .timecounts import SAYS, read_ago, since_count
from .timespans import (
    AFTER_A_SPAN,
    DURING_BEFORE,
    LOOKED_BACK,
    SPAN_PATTERN,
    after_a_span,
    during_before,
    looked_back,
    span_or_its_range,
)
from .weekdaydates import read_weekday, weekday_day, weekday_range, weekend

_Args = ParamSpec("_Args")


def _collect(
    found: list[DateMention],
    text: str,
    pattern: re.Pattern[str],
    resolve: Callable[Concatenate[re.Match[str], _Args], DateMention | None],
    *args: _Args.args,
    **kwargs: _Args.kwargs,
) -> None:
    """Add to `found` what `resolve` reads at each match of `pattern` in `text`, in order (a rule may count from what
    it read before). Every resolver is called here: a reading the calendar arithmetic cannot make (OverflowError or
    ValueError past year 1 or 9999, wherever a rule counts: « il y a 3000 ans », « jeudi » in an article of 1 January
    0001) is no candidate, never an error. `find_dates` then keeps only the days the store holds (`_in_the_calendar`)."""
    for match in pattern.finditer(text):
        try:
            mention = resolve(match, *args, **kwargs)
        except (OverflowError, ValueError):  # DateError is a ValueError
            continue
        if mention is not None:
            found.append(mention)


def _in_the_calendar(mention: DateMention) -> bool:
    """Whether the store holds the mention's date (years 0001–9998): « dans 7975 ans » is 9999, a year Python holds."""
    try:
        store_date(mention.edtf)
    except DateError:
        return False
    return True


_A_DAY_OF_A_THING = re.compile(rf"(?<![\w'’-])(?:de|du|des|d{APOS})\s*$", re.IGNORECASE)  # « les frappes de lundi »
Resolver = Callable[[re.Match[str], DateContext], DateMention | None]
_RULES: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(r"(?<!\w)" + pattern + r"(?!\w)", re.IGNORECASE), resolver)
    for pattern, resolver in (
        (
            # « 9 et 11 janvier : » opening a chronology's entry, with no article; « 8-13 OCT. 2024 », a timeline's
            # run of days joined by a dash, with an article or none (round 27: it was read as its last day)
            rf"(?:{SINCE})?(?:(?:(?:entre|du|les|le|des)\s+(?:le\s+)?(?:{WEEKDAY}\s+)?|{WEEKDAY}\s+|\A)(?P<d1>{DAY_NUMBER})"
            rf"(?:\s+(?P<m1>{MONTH_NAME}))?"
            rf"(?:\s+(?P<y1>{YEAR}))?\s+(?P<join>et|au|ou)\s+(?:le\s+)?(?:{WEEKDAY}\s+)?"
            rf"|(?:(?:du|les|le|des)\s+)?(?<![\d.,/-])(?P<d0>{DAY_NUMBER})\s*[-–]\s*)"
            rf"(?P<d2>{DAY_NUMBER})\s+(?P<m2>{MONTH_NAME})(?:\s+(?P<y2>{DAYS_YEAR}))?",
            read_day_range,
        ),
        (
            # « le défilé du 9-Mai », « la cérémonie du 11-Novembre »: a commemoration's name, its month capitalised after
            # a hyphen (`read_day`; round 88), never « 8-Mai-1945 » (a name with its year: a place, a street); never after
            # « chaque » (« salue ses alliés à chaque 9-Mai »: a habit, as « chaque lundi »)
            rf"(?:{SINCE})?(?:(?P<wd>{WEEKDAY})\s+)?(?:le\s+)?{NOT_A_HABIT}(?P<d>{DAY_NUMBER})(?:\s+|(?P<hyphen>-))(?P<m>{MONTH_NAME})"
            rf"(?(hyphen)(?![\w-])|(?:\s+(?P<y>{DAYS_YEAR}))?)",
            read_day,
        ),
        (rf"(?P<m>{EN_MONTH})\s+(?P<d>\d{{1,2}}),\s+(?P<y>{YEAR})", english_day),
        (
            rf"(?:{SINCE})?la\s+semaine\s+du\s+(?:{WEEKDAY}\s+)?(?P<d>{DAY_NUMBER})\s+(?P<m>{MONTH_NAME})(?:\s+(?P<y>{YEAR}))?",
            week_of,
        ),
        (
            rf"(?:(?P<wd>{WEEKDAY})\s+)?(?:le\s+)?(?<![\d/.])(?P<d>\d{{1,2}})(?P<sep>[/.])(?P<m>\d{{1,2}})(?P=sep)"
            rf"(?P<y>{YEAR})(?![\d/]|\.\d)",  # « 19/12/2024 », « lundi 23.12.2024 »
            numeric_day,
        ),
        (
            # « Sam. 26/09 », « JEUDI 13/02 », « le 26/11 », « depuis le 9/11 », « jusqu'au 18/12 »: a day and month with
            # no year, after what makes them a day: a weekday, in full or cut short, or an article (round 134); never
            # after « du » or « au » alone (« du 21/12 au 3/01 » read its end a year back, « les attentats du 11/09 »:
            # review88)
            rf"(?:{SINCE}|(?P<wd>{WEEKDAY})\s+(?:le\s+)?|(?<![\w'’])(?P<short>{WEEKDAY_CUT})\.\s*|(?:le|jusqu{APOS}\s*au)\s+)"
            rf"(?<![\d/.])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![\d/]|[.,]\d)",
            numeric_day_month,
        ),
        (
            rf"(?:{SINCE})?entre\s+(?:(?:la\s+)?(?P<p1>mi|fin|d[ée]but)(?:\s*-\s*|\s+)(?:{DE}?(?P<m1>{MONTH_NAME})\s+)?"
            rf"|(?P<m0>{MONTH_NAME})\s+)et\s+"
            rf"(?:la\s+)?(?P<p2>mi|fin|d[ée]but)(?:\s*-\s*|\s+){DE}?(?P<m2>{MONTH_NAME})(?:\s+(?P<y>{YEAR}))?",
            part_range,
        ),
        (
            rf"(?:{SINCE})?(?:(?:[àa]\s+)?la\s+)?(?P<p1>mi|fin|d[ée]but)(?:\s*-\s*|\s+){DE}?(?P<m1>{MONTH_NAME})"
            rf"(?:\s*[-–/]\s*|\s+(?:ou|et)\s+)(?:la\s+)?(?P<p2>mi|fin|d[ée]but)(?:\s*-\s*|\s+){DE}?(?P<m2>{MONTH_NAME})"
            rf"(?:\s+(?P<y>{YEAR}))?",
            part_range,
        ),
        (
            rf"(?:{SINCE})?(?:(?:au\s+cours|courant|tout\s+au\s+long)\s+de\s+l{APOS}\s*ann[ée]e\s+|l{APOS}\s*ann[ée]e\s+"
            # « fin 2024 », « au début de 2025 », « à la fin de 2024 », « à la fin de l'année 2024 » (its year, not the
            # page's: round 26)
            rf"|(?:[àa]\s+la\s+|la\s+|au\s+|d[èe]s\s+(?:le|la)\s+)?(?P<part>fin|d[ée]but|mi)(?:\s*-\s*|\s+)"
            rf"(?:de\s+l{APOS}\s*ann[ée]e\s+|de\s+|d{APOS}\s*)?)(?P<y>{YEAR})",
            year_part,
        ),
        (
            rf"d{APOS}ici(?:\s+[àa])?\s+(?:le\s+|au\s+)?(?:{WEEKDAY}\s+)?(?:(?P<d>{DAY_NUMBER})\s+)?(?P<m>{MONTH_NAME})"
            rf"(?:\s+(?P<y>{YEAR}))?",
            until_day,
        ),
        (r"sous\s+(?P<n>huitaine|dizaine|quinzaine)", within_days),
        # « dans un avenir proche », « dans un proche avenir » (round 60)
        (
            r"dans\s+un\s+(?:(?:avenir|futur)\s+(?:tr[èe]s\s+)?proche|(?:tr[èe]s\s+)?proche\s+(?:avenir|futur))",
            near_future,
        ),
        (
            # « jusqu'à la fin de l'année » told in no past tense (round 85): up to it as « d'ici »
            rf"(?:d{APOS}ici(?:\s+[àa])?|avant|(?P<until>jusqu{APOS}\s*[àa])(?=\s+la\s+fin))\s+(?:(?P<wd>{WEEKDAY})"
            rf"|la\s+fin\s+(?:de\s+l{APOS}\s*ann[ée]e|du\s+mois|de\s+la\s+semaine|de\s+la\s+d[ée]cennie"
            rf"|du\s+(?P<part>trimestre|semestre))"
            # « d'ici la fin du trimestre prochain », « … de l'année prochaine »: another period than the page's, not
            # read (review56: round 77 ended them with the page's quarter or half)
            rf"(?!\s+(?:prochaine?|suivante?|derni[èe]re?|pr[ée]c[ée]dente?)(?![\w'’])))"
            rf"|(?P<wd2>{WEEKDAY})\s+prochain|l{APOS}\s*an\s+prochain|l{APOS}\s*ann[ée]e\s+prochaine"
            rf"|la\s+semaine\s+prochaine|le\s+mois\s+prochain",
            future,
        ),
        (
            rf"(?:(?:dans|au\s+cours|durant|pendant|lors|d{APOS}ici(?:\s+[àa])?)\s+(?:des|les)\s+|les\s+)"
            rf"(?:(?P<n>{COUNT})\s+)?prochaine?s\s+(?P<u>heures|jours|semaines|mois|ann[ée]es)"
            rf"|dans\s+les\s+(?P<u2>jours|semaines|mois|ann[ée]es)\s+(?:[àa]\s+venir|qui\s+viennent)"
            rf"|(?:dans|d{APOS}ici(?:\s+[àa])?|sous)\s+(?:les\s+)?quelques\s+(?P<u3>jours|semaines|mois)",
            read_coming,
        ),
        (
            rf"(?:dans|d{APOS}ici(?:\s+[àa])?|sous)\s+(?P<the>les\s+)?(?:un\s+d[ée]lai\s+de\s+)?{FIRM_COUNT}"
            rf"{COUNT_RANGE}\s+(?P<u>{UNIT_OR_HOURS}){HALF}{OR_MORE}",
            read_ahead,
        ),
        # « 2024-12-15T19:14Z »: a timestamp's day (round 29: the time after it hid the date)
        (
            rf"(?<![\d-])(?P<iso>{YEAR}-\d{{2}}(?:-\d{{2}})?)(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])",
            iso,
        ),
        (ERA_YEAR, era_year),
        (
            rf"(?:{SINCE})?(?:(?:d{APOS}ici|avant|jusqu{APOS}[àa])\s+)?(?:(?:[àa]\s+)?la\s+|au\s+)?"
            rf"(?P<part>mi|fin|d[ée]but|milieu)(?:\s*-\s*|\s+)(?:du\s+mois\s+)?{DE}?(?P<m>{MONTH_NAME})(?:\s+(?P<y>{YEAR}))?",
            fuzzy,
        ),
        (  # « dans la première quinzaine de janvier », « au cours des derniers jours de décembre » (round 58)
            rf"(?:(?:(?:au\s+cours\s+)?(?:de\s+la|des)|(?:dans|durant|pendant)\s+(?:la|les)|la|les)\s+)?"
            rf"(?P<part>premi[èe]re\s+quinzaine|(?:seconde|deuxi[èe]me)\s+quinzaine|premiers\s+jours|derniers\s+jours)"
            rf"\s+{DE}(?P<m>{MONTH_NAME})(?:\s+(?P<y>{YEAR}))?",
            fuzzy,
        ),
        (
            rf"(?:{SINCE}|(?:en|courant|au\s+mois\s+{DE}|le\s+mois\s+{DE})\s*)?(?P<m>{MONTH_NAME})\s+(?:(?P<y>{YEAR})"
            rf"|{DE}l{APOS}\s*(?:an|ann[ée]e)\s+(?P<rel>derni[èe]re?|pass[ée]e?|prochaine?))",
            month_year,
        ),
        (
            rf"(?:{SINCE}|(?P<this>(?:ce|du)\s+mois\s+{DE})|(?:en|courant|au\s+mois\s+{DE}|le\s+mois\s+{DE})\s*"
            rf"|(?<=[^\W\d_]\s)(?P<noun_of>{DE}))(?P<m>{MONTH_NAME})(?!\s+{YEAR})",  # « les combats de décembre »
            read_month,
        ),
        (
            # « Oct.-déc. 2024 » in a table's row: two months joined by a dash, then the year, need no preposition
            rf"(?:{SINCE})?(?:entre\s+|de\s+|d{APOS}\s*|en\s+|(?<=d[èe]s\s)"
            # … and « Décembre 2024 - janvier 2025 », « oct. 2024 – avr. 2025 »: each end with its year, anywhere
            # (a LaTeX source writes the en dash « -- »: « octobre 2024--mars 2025 », round 50)
            rf"|(?<![\w.-])(?={MONTH_NAME}(?:\s+{YEAR})?\s*(?:--|[-–])\s*{MONTH_NAME}\s+{YEAR}(?!\d)))(?P<m1>{MONTH_NAME})"
            rf"(?:\s+(?P<y1>{YEAR}))?(?:\s+(?:et|ou|[àa]|au\s+mois\s+{DE})\s*(?:en\s+)?|\s*(?:--|[-–/])\s*)"
            rf"(?P<m2>{MONTH_NAME})(?:\s+(?P<y2>{YEAR}))?",
            month_range,
        ),
        (
            rf"(?:{SINCE}|(?P<of>(?:de|pour|sur)\s+)|(?P<before>avant\s+)|(?:en|jusqu{APOS}en|apr[èe]s|courant|au\s+cours\s+de"
            rf"|dans\s+le\s+courant\s+de|tout\s+au\s+long\s+de|ann[ée]e)\s+|(?P<until>d{APOS}ici(?:\s+[àa])?\s+))"
            rf"(?P<y>{YEAR})(?![\d-])",
            read_year,
        ),
        (r"\A\s*(?P<y>1\d{3}|20\d{2})(?=\s+[-–—]\s)", entry_year),
        (
            # « Mardi 11 : », never a weather's « samedi 26 °C » (sealed61 e16, blind)
            rf"(?P<wd>{WEEKDAY})\s+(?P<d>{DAY_NUMBER})(?!\s*(?:{MONTH_NAME}|[\d/.,:]\d|[°%‰]|\w))",
            weekday_day,
        ),
        (
            rf"(?:(?:{SINCE}|(?:en|pour|entre|de)\s+)(?P<y1>{YEAR})\s+(?:et|[àa]|ou)\s+(?:en\s+)?"
            rf"|(?<![\d.,/-])(?P<y0>{YEAR})(?P<dash>\s*[-–—]\s*))(?P<y2>{YEAR})(?![\d-])",
            year_range,
        ),
        (
            r"(?:(?:dans|durant|pendant|depuis|aux|des|dès)\s+)?(?:les\s+)?ann[ée]es\s+(?P<y>1\d\d0|20\d0)"
            r"(?:\s+(?:et|[àa]|ou)\s+(?:les\s+ann[ée]es\s+)?(?P<y2>1\d\d0|20\d0))?(?!\d)",
            decade,
        ),
        # « Février. » alone, or opening the entry of a timeline it dates (« Février. Les unités se retirent »,
        # « Janvier : le baptême du feu », « Été : les bâtisseurs », « 06:30 Décembre-janvier : l'hiver »)
        (
            rf"(?:^\s*|(?<=^\d\d[:h]\d\d\s))(?:(?P<m1>{MONTH_NAME})\s*[-–]\s*(?P<m2>{MONTH_NAME})|(?P<m>{MONTH_NAME})"
            rf"|(?P<s>{SEASON_NAME}))(?=\s*[.:]?\s*$|\s*[.:]\s+[A-ZÀ-Ýa-zà-ý])",
            read_heading,
        ),
        (
            rf"(?:la\s+)?(?P<ord>premi[èe]re|1re|deuxi[èe]me|seconde|2e|troisi[èe]me|3e|quatri[èe]me|4e|derni[èe]re)"
            rf"\s+semaine\s+{DE}(?P<m>{MONTH_NAME})(?:\s+(?P<y>{YEAR}))?",
            week_of_month,
        ),
        (
            # a number after the weekday is its day (« Mardi 11 : », « jeudi 21 au soir »), or its hour (« jeudi 18
            # heures »), unless a noun it counts follows (« a sanctionné mardi 14 sociétés »: round 60)
            rf"(?:{SINCE})?(?<!d{APOS}ici\s){NOT_A_HABIT}(?P<wd>{WEEKDAY})"
            rf"(?!\s+{DAY_NUMBER}\b(?!\s*+(?!(?:{NO_COUNTED_NOUN}|{MONTH_NAME})(?![^\W\d_]))[^\W\d_]))(?!\s+prochain)"
            rf"(?:\s+(?P<last>derni(?:er|ère)))?",
            read_weekday,
        ),
        (
            rf"(?:(?:dans\s+)?la\s+nuit\s+)?(?:(?:de|du|entre)\s+(?P<wd1>{WEEKDAY})\s+(?:[àa]|au|et)"
            rf"|(?P<wd3>{WEEKDAY})\s+et)\s+(?P<wd2>{WEEKDAY})"
            rf"(?!\s+(?:{DAY_NUMBER})\b)",
            weekday_range,
        ),
        (
            # « datent du week-end dernier »: « du » only before « dernier », « passé » (« la nuit du week-end » is no date)
            rf"(?:{SINCE})?(?:ce|au\s+cours\s+du|pendant\s+le|durant\s+le|lors\s+du"
            rf"|(?:le|du)(?=\s+week-?end\s+(?:derni|pass[ée]))"
            # « depuis le week-end »: since the last one (round 42: no rule read it)
            rf"|(?<=depuis\s)le(?!\s+week-?end\s+prochain))"
            rf"\s+week-?end(?:\s+(?P<w>dernier|pass[ée]))?",
            weekend,
        ),
        (
            rf"(?:il\s+y\s+a|voici)\s+(?P<still>encore\s+)?{VAGUE_COUNT}{COUNT_RANGE}\s*(?P<u>{UNIT_OR_HOURS}){HALF}"
            # « il y a un an et deux jours »: days more, to the day (round 27)
            # « il y a deux semaines environ »; never « qui évoquait il y a un mois environ 8 000 soldats », where
            # « environ » qualifies the count after it (round 95)
            rf"(?:\s+et\s+(?P<more>{COUNT})\s+jours?)?(?P<after>\s+environ(?!\s+(?:\d|(?:{NUMBER_WORDS})(?!\w))))?"
            rf"(?P<exact>,?\s+jour\s+pour\s+jour)?",
            read_ago,
        ),
        (
            rf"(?:depuis|cela\s+fait|[çc]a\s+fait|voil[àa])\s+{VAGUE_COUNT}{COUNT_RANGE}\s*(?P<u>{UNIT_OR_HOURS}){HALF}",
            since_count,
        ),
        (r"cette\s+ann[ée]e\s*-\s*l[àa](?![\w'’-])", that_year),
        (r"(?:avant-)?hier", yesterday),
        (r"(?<!de\s)(?<!d['’])(?:apr[èe]s-)?demain", read_tomorrow),  # not « le monde de demain »
        (
            rf"(?:(?P<since>depuis|[àa]\s+partir\s+de)\s+)?(?:l{APOS}\s*ann[ée]e\s+(?:derni[èe]re|pass[ée]e)"
            rf"|l{APOS}\s*an\s+(?:dernier|pass[ée])|cette\s+ann[ée]e(?!\s*-\s*l[àa])|ce\s+mois-ci"
            # « dans le courant de l'année », with no year nor « écoulée » after it: this year (round 60); not « au
            # courant de », which is also « aware of » (« il était au courant de l'année noire … »: review52)
            rf"|dans\s+le\s+courant\s+de\s+l{APOS}\s*ann[ée]e(?!\s*(?:{YEAR}|[ée]coul|derni|pass|pr[ée]c|suiv|proch))"
            r"|le\s+mois\s+(?:dernier|pass[ée]|[ée]coul[ée])"  # « le mois écoulé »: round 40
            r"|la\s+semaine\s+(?:derni[èe]re|pass[ée]e|[ée]coul[ée]e)|(?:plus\s+t[ôo]t\s+)?cette\s+semaine)",
            named_period,
        ),
        # « ces derniers jours », « au cours des dernières semaines » (round 40: with no count, it was read by no rule)
        (r"(?:ces|(?:au\s+cours|lors)\s+des)\s+derni(?:ers|ères)\s+(?P<u>mois|semaines|jours|heures)", recent),
        (
            rf"(?:(?:au\s+cours|lors|durant|pendant)\s+des|ces|les)\s+(?:(?P<n>{COUNT})\s+derni(?:ers|ères)"
            rf"|derni(?:ers|ères)\s+(?P<n2>{COUNT}))\s+(?P<u>mois|semaines|jours|ann[ée]es|heures)",
            last_count,
        ),
        (
            rf"(?:{SINCE}|(?P<at>[àa]\s+l{APOS}\s*|au\s+|en\s+|pendant\s+l{APOS}\s*|durant\s+l{APOS}\s*"
            rf"|d{APOS}ici\s+(?:[àa]\s+)?(?:l{APOS}\s*|(?=le\s+printemps))"
            # « prévue pour l'été », « en préparation pour le printemps »: the time aimed at (round 85); not « pour
            # l'hiver », a need more often than a date (« des vêtements chauds pour l'hiver »)
            rf"|(?P<aim>pour)\s+(?:l{APOS}\s*(?!hiver)|(?=le\s+printemps))"
            # « au cours du printemps de 2024 / de l'année dernière / suivant »: another spring than the last (review63a)
            rf"|(?:dans\s+le\s+courant|au\s+cours|tout\s+au\s+long|lors)\s+(?:de\s+l{APOS}\s*"
            rf"|du\s+(?=printemps(?!\s+(?:de\b|d{APOS}|suivant|pr[ée]c[ée]dent))))"
            rf"|(?<=[^\W\d_]\s)de\s+l{APOS}\s*))?"  # « sa conquête de l'été »: the season of a thing
            rf"(?:(?P<this>cet|ce)\s+|l{APOS}\s*|(?:(?<=\bici\s)|(?<=\bpour\s))le\s+)?(?P<s>{SEASON_NAME})"
            # « lors du Printemps arabe », « au printemps de Prague »: an event's name (round 94)
            rf"(?!\s+{written_words('season_event_names')}(?![\w'’-]))"
            rf"(?:\s+(?:(?P<w>dernier|pass[ée])|(?P<next>prochain)|(?P<y>{YEAR})))?",
            read_season,
        ),
        (
            rf"(?:{SINCE}|(?P<at>(?:[àa]\s+la|au|en|vers\s+la|la|le)\s+))?(?P<part>fin|d[ée]but|milieu|mi)"
            rf"(?:\s+de\s+l{APOS}\s*|\s+du\s+|\s*-\s*)(?P<this>)(?P<s>{SEASON_NAME})"
            rf"(?:\s+(?:(?P<w>dernier|pass[ée])|(?P<next>prochain)|(?P<y>{YEAR})))?",
            season_part,
        ),
        (rf"(?P<n>{FEAST_WITH_ITS_YEAR})\s+(?P<y>{YEAR})(?![\d'’])", holiday),
        (rf"(?P<n>{FEAST})", holiday),
        (rf"(?P<since>depuis|[àa]\s+partir\s+(?:du|de\s+la|de\s+l{APOS}|de)|d[èe]s)\s*{STORY_ANCHOR}", story_anchor),
        (ANNIVERSARY, anniversary),
        (
            rf"(?:(?:[àa]|d[èe]s|pour|apr[èe]s|avant)\s+)?la\s+rentr[ée]e(?:\s+(?:scolaire|de\s+septembre))?"
            rf"(?:\s+(?P<y>{YEAR}))?(?!\s+(?:parlementaire|politique|judiciaire|litt[ée]raire|sociale))",
            rentree,
        ),
        (
            r"(?:t[ôo]t\s+)?ce\s+matin|ce\s+soir|cet\s+apr[èe]s-midi|cette\s+nuit|la\s+nuit\s+derni[èe]re",
            day_part,
        ),
        (
            r"(?:(?:au|du|le|pendant\s+le|durant\s+le|sur\s+le|depuis\s+le)\s+(?:cours\s+du\s+)?)?"
            r"(?P<ord>premier|1er|second|deuxi[èe]me|2e|troisi[èe]me|3e|quatri[èe]me|4e|dernier)\s+"
            rf"(?P<kind>trimestre|semestre)(?:\s+(?:de\s+l{APOS}\s*ann[ée]e\s+|de\s+)?(?P<y>{YEAR}))?",
            quarter,
        ),
        (PERIOD_PART, period_part),
        (
            rf"(?:au|vers\s+le|dans\s+le)\s+tournant\s+(?:de\s+l{APOS}\s*(?:ann[ée]e|an)(?:\s+(?P<y>{YEAR}))?"
            rf"|de\s+(?P<y2>{YEAR}))",
            turn_of_year,
        ),
        (
            rf"aujourd{APOS}hui|actuellement|en\s+ce\s+moment|[àa]\s+ce\s+jour|jusqu{APOS}[àa]\s+pr[ée]sent"
            # « publie ce jour une note », « annonce de Zelensky ce jour »: the day it is written (round 40); never « ce
            # jour-là », « ce jour où », « depuis ce jour », « en ce jour férié »
            rf"|(?<![\w'’-])(?<!depuis\s)(?<!en\s)ce\s+jour(?![\w'’-])(?!\s+o[ùu](?!\w))"
            # « maintenant », not the participle of « maintenir » (« en maintenant la pression »), nor « Et maintenant ? »
            # (what next: a heading, no time of its own: round 139)
            rf"|(?<!en\s)(?<!et\s)maintenant(?!\s+(?:l[ae]s?|l{APOS}|des?|du|une?|[sl]es|son|sa|leurs?|ce|cet|cette|ces)(?!\w))"
            # « dans la soirée », « dans l'après-midi », « en fin de journée »: a part of a day (lexicon.toml `day_parts`)
            rf"|(?:plus\s+tard\s+)?(?P<part>{printed_words('day_parts')})"
            rf"|{printed_phrases('present_states')}",
            read_present,
        ),
        (printed_phrases("present_adverbs"), from_now),
    )
)


_SINCE_COUNT = next(pattern for pattern, resolver in _RULES if resolver is since_count)


def _told_time(found: list[DateMention], clauses: Clauses, published: FuzzyDate) -> DateMention | None:
    """The first time the sentence's main clause names that is wholly past (« jeudi », « Le 28 avril », « En mars »):
    the time a statement it reports was made, or the story looks back from; never a « depuis » nor « Depuis, »."""
    told = []
    for mention in found:
        if mention.since or mention.then or side_of(clauses.spans, mention.start, mention.end) is not None:
            continue
        try:
            if parse_edtf(mention.edtf).end < published.start:
                told.append(mention)
        except DateError:
            continue
    return min(told, key=lambda m: m.start, default=None)


def find_dates(
    text: str,
    published: FuzzyDate,
    news_day: DateMention | None = None,
    anchor: DateMention | None = None,
    ahead: str | None = None,
    previous: DateMention | None = None,
    year: int | None = None,
    page: date | None = None,
    story: date | None = None,
    acts: Mapping[str, DateMention] | None = None,
    last_seen: DateMention | None = None,
    *,
    after: int = 0,
    previous_alone: bool = False,
    told_before: str | None = None,
) -> list[DateMention]:
    """Every temporal expression in `text`, resolved, left to right; longer readings win where two overlap. Each
    says which side clause it stands in, if any (`DateMention.side`).

    `news_day` is the article's own day (see `news_day`), which « plus tôt cette semaine » is earlier than; `anchor`
    the day of the sentence before, which « le lendemain » counts from when this sentence names no day; `previous` the
    last date told in the sentences before (those that name none keep the story's time), of any precision; `ahead` the heading the sentence stands under when it
    announces what is to come (« À venir. »); `year` the year of the chronology's heading it stands under, which a
    date without a year is of; `page` the page's own day when `published` is an earlier dateline's; `story` the time a
    retrospective paragraph has reached, from which its dates without a year are read forward; `acts` the days the
    sentences before told acts on (`told_acts`), which « la veille de l'annonce » counts from; `last_seen` the last
    time a thing happened, which the sentence just before ended on (`last_time`), which « Depuis, » counts from.
    `after` drops the mentions that start before it (a sentence's first characters, the page's furniture);
    `told_before` the sentence just before, when `anchor` is its day.
    """
    clauses = Clauses(
        text, side_spans(text, since_words(text)), ahead
    )  # a first view: which clauses speak of the future
    first = DateContext(
        published,
        news_day,
        anchor,
        text,
        clauses,
        previous=previous,
        previous_alone=previous_alone,
        year=year,
        page=page,
        story=story,
        told_before=told_before,
    )
    found: list[DateMention] = []
    for pattern, resolver in _RULES:
        _collect(found, text, pattern, resolver, first)
    days = [m for m in found if len(m.edtf) == 10 and not m.since]
    # « le lendemain », « la veille » count from the main clause's day, else the sentence before's, else a side
    # clause's (« avait reçu la veille au soir …, arrivés jeudi »: the eve of the day told before, not of Thursday)
    main = [d for d in days if side_of(clauses.spans, d.start, d.end) is None]
    # … else a day the sentence names about (« Il y a deux semaines, …, mort le lendemain »: rev32 R6), not the
    # sentence before's
    about = [m for m in found if len(m.edtf) == 11 and is_day(m.edtf) and not m.since]
    # a count « depuis » in a statement or in the imperfect counts back from the past time the main clause names: « ont
    # disparu du front depuis deux semaines, a affirmé jeudi un porte-parole » is two weeks before Thursday
    said = _told_time(found, clauses, published)
    if said is not None:
        recounted: list[DateMention] = []
        statement = len(said.edtf) == len("2025-01-01") and SAYS.search(fold_word(text)) is not None
        _collect(recounted, text, _SINCE_COUNT, since_count, replace(first, said_on=said, statement=statement))
        again = {(m.start, m.end): m for m in recounted}
        found = [again.get((m.start, m.end), m) if m.since else m for m in found]

    def anchored_on(main: list[DateMention], about: list[DateMention], days: list[DateMention]) -> DateContext:
        """The context whose anchor is the first day of the main clause, else one named about, else the day told
        before, else the sentence's first day."""
        return replace(first, anchor=next(iter(main), next(iter(about), anchor or next(iter(days), None))))

    ctx = anchored_on(main, about, days)

    def anchored(match: re.Match[str]) -> DateMention | None:
        heard = [m for m in found if not reported_in_the_completive(text, match, m)]
        if len(heard) == len(found):
            return anchored_among(match, found, days, main, about, ctx)
        # « La veille, le GUR affirmait que … lors d'assauts samedi »: a day of the words it reports is no day « la
        # veille » counts from; it reads as in a sentence without that day
        h_days, h_main, h_about = ([d for d in group if d in heard] for group in (days, main, about))
        return anchored_among(match, heard, h_days, h_main, h_about, anchored_on(h_main, h_about, h_days))

    def anchored_among(
        match: re.Match[str],
        dates: list[DateMention],
        its_days: list[DateMention],
        its_main: list[DateMention],
        its_about: list[DateMention],
        its_ctx: DateContext,
    ) -> DateMention | None:
        """« le lendemain », « la veille » in this sentence, among its `dates` (its days `its_days`, those of its main
        clause `its_main`, those it names about `its_about`), `its_ctx` anchored on the day it counts from when it
        names none."""
        named = APPOSED.match(text, match.end())
        if named is not None:  # « Le lendemain, ce mardi, », « La veille, jeudi 9 octobre, »: the day it names
            own = next((d for d in its_days if named.end() <= d.start <= named.end() + len("ce ")), None)
            if own is not None:
                basis = f"{quote(match)}: the day named beside it, « {' '.join(own.text.split())} » → {own.edtf}"
                return DateMention(match.start(), own.end, text[match.start() : own.end], own.edtf, basis, DAY_RANK)
        # a day told after it beyond a semicolon is another clause's (« Le lendemain, Poutine a remercié… ; mercredi, »)
        clause = [d for d in its_main if d.start < match.end() or ";" not in text[match.end() : d.start]]
        ctx_here = its_ctx if clause[:1] == its_main[:1] else replace(its_ctx, anchor=next(iter(clause), anchor))
        told = [m for m in dates if m.end <= match.start() and not m.since and moved_day(m.edtf, 0) is not None]
        if not its_main and not its_about and told:
            # « Un prisonnier, capturé le 26 décembre, avait succombé le lendemain », « Fin décembre, …, un soldat,
            # mort de ses blessures le lendemain »: the day (or third of a month) told before it in the sentence,
            # side clause or not, not the sentence before's (round 56)
            ctx_here = replace(its_ctx, anchor=told[-1])
        if (
            anchor is not None
            and its_main
            and its_main[0].start >= match.end()
            and side_of(clauses.spans, match.start(), match.end())
        ):
            # « La cérémonie, retransmise le lendemain par la télévision, s'est déroulée à la veille du Nouvel An »:
            # a side clause's « le lendemain » counts from the day the reader was told before, not one told after
            ctx_here = replace(its_ctx, anchor=anchor)
        at_the = AT_THE.search(text, 0, match.start()) is not None
        thing = OF_A_THING.match(text, match.end()) or (OF_THINGS.match(text, match.end()) if at_the else None)
        stop = STOP_AT.search(text, match.end())
        end = stop.start() if stop else len(text)
        # « la veille de la rencontre du 11 mars »: counted from the day the phrase names, never from another
        own = next((d for d in its_days if match.end() <= d.start < end), None) if thing else None
        if thing and own is not None:
            mention = read_anchored(match, replace(its_ctx, anchor=own))
            named = FEAST_NAME.fullmatch(own.text) or ANNIVERSARY_NAME.fullmatch(own.text)
            if mention is not None and not text[thing.end() : own.start].strip() and named:
                # « la veille de Noël », « à la veille du troisième anniversaire de l'invasion »: one expression, one
                # day (the eve), not the feast or the anniversary as well
                mention = replace(mention, end=own.end, text=text[mention.start : own.end])
            return mention
        if thing and (yearly := anniversary_of(text, match.end(), its_days, published.start)) is not None:
            # « au lendemain du premier anniversaire de la ratification …, le 11 novembre 2024 »: the day after that
            # day a year on, not the day before the main clause's (round 99)
            return read_anchored(match, replace(its_ctx, anchor=yearly))
        if thing and anniversary_dated_apart(text, match.end(), its_days):
            return (
                None  # « au lendemain du premier anniversaire de son investiture, le président, élu le 24 mars 2024 »
            )
        side = [d for d in its_days if d not in its_main]
        if thing and not at_the and (act := act_of(text, match, thing, its_days, acts, side)) is not None:
            # « transférés à Kiev la veille de l'annonce » after « a annoncé samedi »: the eve of the day the act was
            # told on, in the sentence or one before (round 82)
            act_day, noun_end = act
            mention = read_anchored(match, replace(its_ctx, anchor=act_day))
            return replace(mention, end=noun_end, text=text[match.start() : noun_end]) if mention else None
        if at_the and OF_A_NOUN.match(text, match.end()):
            event = ACT_NOUN.match(text, thing.end()) if thing and not its_main else None
            if event is not None and fold_word(event["noun"]) in TOLD_EVENTS:
                # « L'annonce intervient au lendemain du défilé militaire de Pékin, auquel Kim a assisté mercredi »:
                # a sentence with no day of its own, after an event told with its day (round 96)
                act = act_of(text, match, thing, its_days, acts, side) if thing else None
                if act is not None and (mention := read_anchored(match, replace(its_ctx, anchor=act[0]))) is not None:
                    return replace(mention, end=act[1], text=text[match.start() : act[1]])
            if its_main:
                nearest = [
                    d for d in its_main if d.end <= match.start() and not _A_DAY_OF_A_THING.search(text, 0, d.start)
                ]
                # the main clause's day nearest before it, not a dateline opening the sentence (« WASHINGTON, 17
                # décembre 2024 (AFP) - … a déclaré lundi …, au lendemain des premiers combats »), nor a thing's day
                # (« a dénoncé jeudi les frappes de lundi sur Kharkiv, à la veille d'une réunion »: review77)
                return thing_of(match, nearest[-1] if nearest else its_main[0], its_ctx)
            if not dates and (dated := told_day(match, its_ctx)) is not None:
                return dated
            if its_days or told_before_or_after(its_ctx, match):
                return None
            # « Suivez en direct …, au lendemain des pourparlers de Djeddah »: a sentence of the page's present with
            # no day of its own is told the day after (before) the thing it names: the page's present
            basis = f"{quote(match)}: a sentence told in the present, with no date of its own: the page's present"
            return date_mention(match, published.text, f"{basis} → {published.text}", PRESENT_RANK)
        if (
            not thing
            and not its_main
            and not its_about
            and not told
            and (eve := eve_of_the_news(match, its_ctx)) is not None
        ):
            return eve
        return None if thing else read_anchored(match, ctx_here)

    _collect(found, text, ANCHORED, anchored)
    # a count of days ends on the day the sentence's main clause names (« La veille, … en trois jours »: round 27),
    # else on the one day it names (« … tués en l'espace de trois semaines, selon un décompte donné le 23 décembre »:
    # the count's day, round 66)
    single = [m for m in found if len(m.edtf) == 10 and not m.since]
    own = (m for m in single if side_of(clauses.spans, m.start, m.end) is None)
    spans = replace(first, own_day=next(own, single[0] if len(single) == 1 else None))
    _collect(found, text, SPAN_PATTERN, span_or_its_range, list(found), spans)
    _collect(found, text, AFTER_A_SPAN, after_a_span, spans)
    _collect(found, text, DURING_BEFORE, during_before, list(found), spans)
    _collect(found, text, LOOKED_BACK, looked_back, list(found), spans)
    _collect(found, text, BEFORE_A_SEASON, before_a_season, ctx)
    _collect(
        found,
        text,
        RELATIVE,
        later_now,
        sorted(days, key=lambda m: m.start),
        replace(ctx, anchor=anchor),
        Told(found),
    )
    told = Told(found)
    _collect(
        found,
        text,
        SINCE_THEN,
        lambda match: since_then(match, told.before(match.start()) or last_seen or previous, published),
    )
    _collect(
        found, text, UNTIL_THEN, lambda match: until_then(match, told.before(match.start()) or previous, published)
    )
    _collect(
        found,
        text,
        FOLLOWING,
        lambda match: following(
            # a week counts from the last day named; a season from the story's last time told, not a day named
            # before it: « Mardi 24 février à 20.55 (a broadcast). Ils sont arrivés à l'automne 2024 … au printemps
            # suivant » is spring 2025 (round 22; it was 2026)
            match,
            max(
                (m for m in found if m.end <= match.start()),
                key=lambda m: m.end,
                default=(anchor or previous) if match["week"] else (previous or anchor),
            ),
        ),
    )
    _collect(
        found,
        text,
        BARE_DAY,
        lambda match: bare_day(
            match, max((m for m in found if m.end <= match.start()), key=lambda m: m.end, default=None), previous, ctx
        ),
    )
    # « En octobre 2024, … ; à la fin de l'année, ils étaient … »: the part of the year or the month told before (round 126)
    found = [
        of_the_time_told(
            m, max((t for t in found if t.end <= m.start and not t.since), key=lambda t: t.end, default=None), first
        )
        for m in found
    ]
    # a part of a day after a day its sentence's main clause tells, one counted back included (« Trois jours plus tôt,
    # … tués en fin de journée »: review61); else none when the day the sentence before told is older than a week
    # (review61: not the publication's day)
    days = [m for m in found if len(m.edtf) == 10 and not m.since]
    main = [d for d in days if side_of(clauses.spans, d.start, d.end) is None or RELATIVE.match(d.text.lstrip())]
    found = [part_of_the_day_told(m, main, clauses) for m in found]
    found = [m for m in found if not part_of_an_old_day(m, first)]
    chosen: list[DateMention] = []
    taken = Taken()
    for idiom in _IDIOMS.finditer(text):  # « ne date pas d'hier »: no date at all
        taken.take(idiom.start(), idiom.end())
    for mention in sorted(filter(_in_the_calendar, found), key=lambda m: (-(m.end - m.start), -m.rank, m.start)):
        if taken.free(mention.start, mention.end):
            chosen.append(mention)
            taken.take(mention.start, mention.end)
    chosen = named_beside(join_periods(sorted(chosen, key=lambda m: m.start), text, ctx.published.end), text)
    final = side_spans(text, {m.start for m in chosen if m.since})
    resolved = [deadline_side(attach(qualified_day(up_to_deadline(m, ctx), ctx), final), ctx) for m in chosen]
    says = SAYS.search(fold_word(text)) is not None
    spoken = next((m for m in resolved if m.side is None and days_before(m.edtf, published) is not None), None)
    done = spoken is not None and (
        spoken.since or (ctx.clauses is not None and ctx.clauses.told_as_done(spoken.start))
    )  # « Depuis lundi, … ont jusqu'au 10 février »: what began that day runs from it (round 77)
    stated = [
        from_the_statement(
            m, spoken, published, says=says, done=done and spoken is not None and not told_apart(text, spoken, m)
        )
        for m in resolved
    ]
    return [m for m in stated if m.start >= after]


# Turns of phrase whose date words date nothing (lexicon.toml `date_idioms`: « ne date pas d'hier », « du jour au
# lendemain »), as printed.
_IDIOMS = re.compile(printed_phrases("date_idioms") + r"(?!\w)", re.IGNORECASE)
