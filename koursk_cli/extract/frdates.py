"""French temporal expressions → EDTF with a basis, resolved against the publication date (pure).

Each rule is a regular expression and a resolver. Resolvers never guess silently: the basis says which French
words were read, what was assumed (the year, the window counted back from) and what came out, in the same style as
the store's curated bases. Relative expressions (« il y a trois jours », « lundi », « l'année dernière ») are
counted from the publication: a window of days is shifted whole, a weekday is the latest one not after the
publication's upper bound. Dates without a year take the latest year that does not put them after the publication.
"""

from __future__ import annotations

import bisect
import calendar
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Concatenate, ParamSpec

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta

from ..dates import LATEST_STORE_DATE, DateError, FuzzyDate, Precision, parse_edtf, store_date
from ..placeholders import TODO
from ..store.hedges import conditional_verb
from ..words import counted
from . import storyyear
from .clauses import (
    FUTURE_TENSE,
    Clauses,
    Side,
    ends_in_the_perfect,
    side_of,
    side_spans,
    since_words,
    tells_the_future,
    tells_the_past,
    told_in_the_imperfect,
)
from .dayrun import run_of_days
from .frcalendar import SEASONS, WEEKDAY, WEEKDAYS, month_number
from .frnumerals import NOT_INSIDE_A_RUN, NUMBER_WORDS, parse_number
from .frwords import fold_same_length, fold_word, unit_of
from .joined import join_periods
from .lexicon import (
    alternatives,
    anchors,
    eras,
    feasts,
    folded_pattern,
    lunar_new_years,
    printed_phrases,
    printed_words,
    table,
    words,
    written_words,
)
from .seasondeadline import BEFORE_A_SEASON, eve_of_next
from .spans import Taken

_EN_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_WEEKDAY_EN = ("a Monday", "a Tuesday", "a Wednesday", "a Thursday", "a Friday", "a Saturday", "a Sunday")
_MONTH_EN = ("", *calendar.month_name[1:])

_APOS = "['’]"
FEASTS = feasts()
_FEAST = "(?:" + "|".join(map(folded_pattern, FEASTS)) + ")"
# « Noël 2023 », « Pâques 2024 »: a feast with its year after it is that year's (round 92: the year was left out,
# « depuis Noël 2023 » read as the latest Christmas); one that spans the turn of the year too (« le Nouvel An 2025 »
# is its end, « les fêtes de fin d'année 2024 » its start: review61b, the year was read as a count, « Au Nouvel An
# 2025, 3 000 soldats » a range of 2025 to 3000), longest names first (« Nouvel An lunaire 2019 »)
_FEAST_WITH_ITS_YEAR = "(?:" + "|".join(folded_pattern(name) for name in sorted(FEASTS, key=len, reverse=True)) + ")"
ANCHORS = anchors()
# A moment of the story named after its determiner (« l'incursion », « le début de la guerre », « la fin de la guerre
# froide »), and not another one its complement names (« la guerre du Golfe », « la guerre d'Irak »).
_START_OF = rf"(?:d[ée]but|lancement|d[ée]clenchement)\s+(?:du|des|de\s+la|de\s+l{_APOS})\s*"
_ANCHOR_NAME = (
    "(?P<anchor>" + "|".join(map(folded_pattern, sorted(ANCHORS, key=len, reverse=True))) + ")"
    rf"(?![\w-])(?!\s+(?:du|des)\s|\s+(?:de\s+|d{_APOS}\s*)(?!ukraine)(?-i:[A-ZÀ-Ý]))"
)
_STORY_ANCHOR = rf"(?:(?:le|la|les)\s+|l{_APOS}\s*)(?:{_START_OF})?{_ANCHOR_NAME}"
# « le troisième anniversaire de l'invasion », « du 1er anniversaire du début de la guerre »
_ANNIVERSARY = (
    r"(?P<ord>premier|1er|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|cinqui[èe]me|\d{1,2}e)\s+anniversaire\s+"
    rf"(?:de\s+la|de\s+l{_APOS}|du|des|de)\s*(?:{_START_OF})?{_ANCHOR_NAME}"
)
_NTH = {"premier": 1, "1er": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5}
# … and their abbreviations with a full stop (« nov. 2023 », « le 3 févr. 2024 »), as tables and page stamps print them
_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
    r"|(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\.(?!\w))"
)
MONTH_NAME = _MONTH  # a month as printed, abbreviated or not (byline.py: a post's head « 1 mars, 10:32 »)
_EN_MONTH = "(?:" + "|".join(_EN_MONTHS) + ")"
_DAY = r"(?:1er|\d{1,2})"
# The words after « jeudi 21 » that make the number the weekday's day, not a count of them (« jeudi 21 au soir »,
# « vendredi 13 à Bruxelles », « jeudi 21 ou vendredi 22 », « samedi 9 en fin de journée »: review52)
_NO_COUNTED_NOUN = (
    r"h|heures?|au|aux|[àa]|ou|et|en|de|du|des|dans|pour|sur|par|le|la|les|l|avec|vers|entre|d[èe]s|lors|apr[èe]s"
    r"|avant|matin|soir|midi|minuit|apr[èe]s-midi|courant|prochain|dernier"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# After a day and its month, any four digits are its year (« le 14 juillet 1789 », « le 1er janvier 2300 »): read as
# the publication's year, they made a wrong date in silence. Alone, a number stays a year only in _YEAR's range.
_DAYS_YEAR = r"(?:\d{4})"
_COUNT = rf"(?:\d+|{NUMBER_WORDS})"
_UNIT = r"(?:jours?|semaines?|mois|ans?|ann[ée]es?)"
# « il y a 48 heures », « depuis 72 heures »: hours too, counted as whole days (« en 24 heures » stays a promise's figure)
_UNIT_OR_HOURS = r"(?:jours?|semaines?|mois|ans?|ann[ée]es?|heures)"
_HALF = r"(?P<half>\s+et\s+demie?)?"  # « il y a deux ans et demi »: half a unit more
_DAY_UNITS = ("heure", "jour", "semaine")  # counts read to the day
_SINCE = (
    rf"(?P<since>depuis|[àa]\s+partir\s+(?:du|de|d{_APOS})|dès)\s*(?:(?:le|la)\s+|l{_APOS}\s*)?"
    rf"(?:(?:mois|ann[ée]e)\s+(?:de\s+|d{_APOS}\s*))?"
    # « depuis le début du conflit en février 2022 »: the start of a named thing, then its date
    rf"(?:(?:d[ée]but|lancement|d[ée]clenchement)\s+(?:du|des|de\s+la|de\s+l{_APOS})\s*[\w-]+(?:\s+[\w-]+)?\s+en\s+)?"
)
_OF = rf"(?:de\s+|d{_APOS}\s*)"
_QUALIFIER = (
    rf"(?P<q>(?:un\s+peu\s+)?(?:pr[èe]s|plus|moins)\s+{_OF}|environ\s+|quelque\s+|au\s+moins\s+"
    rf"|tout\s+juste\s+|exactement\s+|[àa]\s+peine\s+"  # « il y a tout juste un mois », « à peine deux semaines »
    rf"|{printed_words('nearly_counts')}\s+)?"  # « il y a bientôt un an », « depuis presque trois ans »: « près de »
)
_ABOUT = rf"une\s+(?:dizaine|quinzaine|vingtaine|trentaine)\s+(?:de(?=\s)|d{_APOS})"
# « trois », « quelques », « une dizaine de », « près de deux », « un peu plus d'un »: a count of days, weeks, months…
_VAGUE_COUNT = rf"{_QUALIFIER}(?P<n>{_COUNT}|quelques|plusieurs|{_ABOUT})"
_COUNT_RANGE = rf"(?:\s+(?:[àa]|ou)\s+(?P<n2>{_COUNT}))?"  # « trois à quatre semaines », « deux ou trois jours »
# « d'ici un mois ou deux », « dans un an ou deux, »: the larger count after the unit, the phrase ending there (round
# 94); never « un mois ou deux semaines » (another unit) nor « un an ou deux députés » (a count of something else)
_OR_MORE = r"(?:\s+ou\s+(?P<n3>deux|trois|quatre|cinq|six|\d+)(?=\s*(?:[,.;:!?)»]|$)))?"
# … and without « quelques », « plusieurs » (« dans quelques jours » is a rule of its own).
_FIRM_COUNT = rf"{_QUALIFIER}(?P<n>{_COUNT}|{_ABOUT})"

# Ranks: how strongly a mention dates the sentence's main fact, when a sentence holds several.
DAY_RANK, WEEKDAY_RANK, WEEK_RANK, FUZZY_RANK, MONTH_RANK, SEASON_RANK, YEAR_RANK, RECENT_RANK, PRESENT_RANK = (
    6,
    5,
    4,
    4,
    3,
    2,
    2,
    1,
    0,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One temporal expression: where it stands in the sentence, its EDTF and how it was resolved."""

    start: int
    end: int
    text: str
    edtf: str
    basis: str
    rank: int
    since: bool = False
    """« depuis X », « à partir de X », « dès X »: X starts a period that runs on."""
    onset: bool = False
    """« dès X »: as early as X. X dates the act; no period is read from X to the statement (« pourrait envoyer des
    troupes dès cet été », « observée dès la fin 2024 »)."""
    weekday: bool = False
    """Named by its weekday (« jeudi », « jeudi 7 novembre ») and resolved to that one day, which a bound before it
    may widen later (« jusqu'à vendredi »: from the month's start up to that day)."""
    then: bool = False
    """« Depuis, », « depuis lors »: a period from the date named before, whose own sentence dates that start; this
    sentence tells what has held since (round 55)."""
    side: str | None = None
    """The word that opens the side clause the date stands in (« depuis », « qui », « après que »; see clauses.py),
    or None when it stands in the main clause and so dates the main verb."""
    counted: bool = False
    """A span counted from the publication (« dans les prochains jours »): its end moves with its start."""
    foreseen: bool = False
    """A time ahead moved to start at the story's own day, before the publication (`from_the_story_day`): still a
    forecast, which draft.py `by_the_publication` dates at its statement with a TODO, not a fact it clips."""


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


# « jusqu'au 30 avril », « jusqu'en juin », « jusqu'à la fin avril »: before the date, or opening it
_UNTIL = re.compile(rf"(?<!\w)jusqu{_APOS}\s*(?:au|[àa]|en)?\s*(?:la\s+|le\s+)?$", re.IGNORECASE)
_UNTIL_IN = re.compile(rf"jusqu{_APOS}\s*(?:au|[àa]|en)?", re.IGNORECASE)
_APPOSITION = re.compile(r"(?<![\w'’-])(?P<w>[^\W\d_]{3,})\s*,\s*$")
# « Le 9 mai, Moscou célèbre », « la conférence, qui s'ouvre le 14 février » a few days before: the coming one
_PRESENT_AHEAD_DAYS = 14
# « le vote, mi-novembre » on 31 October, « au printemps » in February, told in no past tense: the coming one
_MONTH_AHEAD_DAYS = 62
# « avant l'investiture de Donald Trump, le 20 janvier », « avant le 20 janvier »: a deadline, the date after « avant »
# and a few words of the thing it names (one comma: the date in apposition); not « avant que », nor « une semaine
# avant le » (counted from it)
_DEADLINE = re.compile(
    r"(?<![\w'’-])(?<!jour\s)(?<!jours\s)(?<!semaine\s)(?<!semaines\s)(?<!mois\s)(?<!an\s)(?<!ans\s)"
    r"avant(?!\s+qu)(?:\s+[^\s,;:.!?()«»]+){0,8}?\s*,?\s*$",
    re.IGNORECASE,
)
# « depuis février », « dès novembre », « à partir du 1er janvier », « d'ici à mars », « jusqu'au 30 avril »,
# « avant Noël »: the word that bounds a period at a date with no year says which way the date lies from the page
# (`_bound_side`); the articles and quote marks that may stand between
_BOUND_WORD = (
    rf"(?P<w>depuis|d[èe]s|[àa]\s+partir\s+d(?:u|es|e|{_APOS})|d{_APOS}\s*ici(?:\s+[àa])?|jusqu{_APOS}\s*(?:au|[àa]|en)?"
    r"|(?<!jour\s)(?<!jours\s)(?<!semaine\s)(?<!semaines\s)(?<!mois\s)(?<!an\s)(?<!ans\s)avant)(?![\w'’])"
    rf"\s*(?:(?:le|la|les|l{_APOS}|du|de|d{_APOS}|mois\s+d(?:e|{_APOS}))\s*)?[«\"“]?\s*"
)
_BOUND_BEFORE = re.compile(rf"(?<![\w'’]){_BOUND_WORD}$", re.IGNORECASE)
_BOUND_OPENING = re.compile(_BOUND_WORD, re.IGNORECASE)
# A bound ahead (« avant », « à partir de », « d'ici », « jusqu'à ») before a date that comes within a season of the
# page names the coming one in a wish (« Elle demande qu'ils puissent partir « avant Pâques » » in January), or where
# the done thing is a demand, a promise or an announcement whose object the bound dates (« a réclamé une réponse des
# alliés « avant Noël » » on 24 December: the one a year back was read); « sont arrivés dès novembre », « a annoncé
# dès novembre que » stay the one before
_BOUND_AHEAD_DAYS = 92
# « Elle demande qu'ils puissent partir « avant Pâques » »: a wish, in the subjunctive of a verb that says so
_WISHED = re.compile(
    r"(?<![\w'’])qu(?:e\s+|['’]\s*)(?:[^\W\d_]+\s+){0,3}?"
    r"(?:puisse|puissent|soit|soient|ait|aient|aille|aillent|fasse|fassent)(?![\w'’])",
    re.IGNORECASE,
)


def _bound_side(match: re.Match[str]) -> tuple[str, int] | None:
    """(« back », where) when « depuis » bounds the period at the date (its start is never ahead of the page),
    (« start », where) for « dès », which dates when a thing began, in a narrative as often as in a plan (« Kiev a
    annoncé la mort de 200 soldats dès le 23 décembre », « les troupes franchirent la frontière dès le 6 décembre »),
    (« ahead », where) when a bound that may lie ahead does (`_BOUND_WORD`), else None: the words at the match's
    opening or just before it."""
    found = _BOUND_OPENING.match(match.group()) or _BOUND_BEFORE.search(
        match.string, max(0, match.start() - 40), match.start()
    )
    if found is None:
        return None
    start = found.start() + (match.start() if found.re is _BOUND_OPENING else 0)
    word = fold_word(found["w"])
    return ("back" if word == "depuis" else "start" if word == "des" else "ahead", start)


# « pour tenter d'en chasser … », « afin de reprendre … »: a purpose, which points ahead of its clause's verb; no
# infinitive ends in « -ère » or « -eure » (« pour la première fois », « pour l'heure »: no purpose, round 26)
_PURPOSE = re.compile(
    rf"(?<![\w'’-])(?:pour|afin\s+(?:de\s+|d{_APOS}))\s*(?:(?:en|y|se|le|la|les|d{_APOS}en|l{_APOS}|s{_APOS})\s*)?"
    r"[a-zà-ÿ]+(?:er|ir|(?<!è)(?<!eu)re)(?![\w'’-])[^.;:!?]*$",
    re.IGNORECASE,
)
# « la session, qui s'ouvre le 3 mars », « Le sommet s'achève mercredi », « Elles entrent en vigueur jeudi »: a verb
# of a timetable in the present just before the date, which tells a fixed date to come (round 52: read as the one
# before); « Le traité entre en vigueur le 4 décembre » in a chronology months later stays the one before
_SCHEDULED = re.compile(
    rf"(?<![\w'’-])(?P<v>s{_APOS}\s*+(?:ouvre|ach[èe]ve)(?:nt)?|se\s++(?:termine(?:nt)?|cl[ôo]t|cl[ôo]ture(?:nt)?"
    r"|tien(?:t|nent))|entre(?:nt)?\s++en\s++vigueur|pren(?:d|nent)\s++(?:fin|effet)|d[ée]bute(?:nt)?|commence(?:nt)?"
    rf"|expire(?:nt)?)\s++(?:(?:d[èe]s|ce|le|[àa]\s+partir\s+(?:du|de))\s++)?$",
    re.IGNORECASE,
)
_SCHEDULED_WORDS = 40  # how far before the date the verb is looked for
# « Un sommet est prévu à Ankara en juillet », « la pose de la première pierre est annoncée pour le 22 juin »: a thing
# set for a time to come by a participle after « est »/« sont » in the present (lexicon.toml `set_for_participles`; the
# `set_for_with_pour_participles` with « pour » only), at most a place between (« à Ankara », « dans la capitale »,
# never « prévue par le traité du 19 juin », the treaty's day); the coming one within half a year (round 92: read as
# the one before). « était prévu », « a été prévu », « serait prévu » are no present.
_SET_FOR = re.compile(
    rf"(?<![\w'’-])(?:est|sont)\s+(?:(?:d[ée]j[àa]|d[ée]sormais|toujours|officiellement)\s+)?"
    rf"(?:{printed_words('set_for_participles')}(?:e|s|es)?(?:\s+pour)?"
    rf"|{printed_words('set_for_with_pour_participles')}(?:e|s|es)?\s+pour)"
    r"(?![\w'’-])(?:\s+(?:[àa]|aux?|dans|en)\s+(?:(?:la|les|l['’])\s*)?[^\W\d_]+)?"
    r"\s*(?:le\s+|la\s+|l['’]\s*|en\s+|au\s+|[àa]\s+la\s+)?$",
    re.IGNORECASE,
)
_SET_FOR_AHEAD_DAYS = 183
# « en octobre de la même année », « le 3 mai de cette année-là » (lexicon.toml `same_year_phrases`): the year told
# last, in the sentence before the date or else in the date the sentences before left the story at (round 92)
_SAME_YEAR = re.compile(rf"\s*[»”]?\s*{printed_phrases('same_year_phrases')}(?![\w'’-])", re.IGNORECASE)
# a noun after a number that makes it a count, no year (« 1998 soldats », « 2000 hommes »): a word in lower case
# that is no preposition, article, pronoun, conjunction or auxiliary (« depuis 1959 qu'un dirigeant », « en 2024 les
# troupes », « en 2024 ont été »)
_A_COUNT_AFTER = re.compile(rf"\s+(?!{written_words('no_counted_noun_after_a_year')}(?![^\W\d_]))[a-zà-ÿ]")
_STALE_PRESENT_DAYS = 183  # told in the present, a day more than half a year past may as well be the coming one
_APPOSITION_AHEAD_DAYS = 31  # « une trêve de trois jours, du 8 au 10 mai, » in a 28 April article: the coming one
_VERB_ENDINGS = ("e", "es", "ee", "ees", "i", "is", "ie", "ies", "it", "u", "us", "ue", "ues", "ant", "ait", "ent")
# « lors du défilé du 9 mai », « les célébrations du 9 mai », « la cérémonie du 11 novembre » (lexicon.toml
# `ceremony_nouns`): a ceremony named by its day, which a page announces ahead; within a month of the page, the coming
# one even in a clause told in the past (« Le Kremlin a remercié Pyongyang, à deux semaines des célébrations du 9 mai »:
# round 88, sealed38 to sealed54 read it a year back)
# … an adjective or a name of it between (« lors du défilé militaire du 9 mai », « du défilé de la Victoire du 9 mai »,
# « la cérémonie de l'Armistice du 11 novembre »: review59, read a year back)
_CEREMONY_DAY = re.compile(
    rf"{printed_phrases('ceremony_nouns')}(?:\s+(?!d[eu](?![^\W\d_]))[^\W\d_]{{3,}})?"
    rf"(?:\s+(?:de\s+la\s+|de\s+l{_APOS}\s*|du\s+)(?-i:[A-ZÀ-Ý])[^\W\d_]+)?\s+du\s*$",
    re.IGNORECASE,
)
_CEREMONY_AHEAD_DAYS = 31
# A ceremony's day told as a thing done, which stays the one before however near the coming one is (review59: « Le
# défilé du 9 mai a réuni des milliers de soldats » on 28 April was read as the coming one, a forecast): the ceremony the
# subject of a past verb right after its day (« La cérémonie du 11 novembre s'est déroulée sous la pluie »), not a
# passive in the passé composé, news of the coming one (« Le défilé du 9 mai a été annulé », « a été avancée d'une
# heure »: review60), …
_CEREMONY_DONE = re.compile(
    rf"\s*+(?:(?:a|ont)\s(?!\s*[ée]t[ée]\s)|(?:{alternatives('ceremony_done_auxiliaries')})\s"
    rf"|(?:s{_APOS}\s*+|se\s+)(?:est|sont|[ée]tai(?:en)?t)\s|fut\s|furent\s)",
    re.IGNORECASE,
)
# … a year gone named in the ceremony's clause (« L'an dernier, lors du défilé du 9 mai », « Il y a un an », « l'an
# passé »; not in a relative clause of its own: « Le Kremlin, qui a signé un traité il y a un an, a invité Kim aux
# célébrations du 9 mai », review60), …
_A_YEAR_GONE = re.compile(
    rf"(?<!\w)(?:{printed_words('year_gone')}|il\s+y\s+a\s+(?:{printed_words('year_gone_counts')}|\d+)\s+ans?)(?!\w)",
    re.IGNORECASE,
)
# … or « lors du défilé du 9 mai » opening a clause told in a past tense and no future (« Lors du défilé du 9 mai, des
# soldats ont défilé », « Au défilé du 9 mai, … »; lexicon.toml `during_words`), not after its verb, which may
# announce the coming one (« Le Kremlin a confirmé la présence de Kim lors du défilé du 9 mai », « Des soldats ont été
# invités à marcher lors du défilé du 9 mai »: review60); its clause in the pluperfect is `_STORY_TENSE`'s
_DURING = re.compile(
    rf"(?<![\w'’])(?:{printed_words('during_words')}\s+(?:d[eu]s?|de\s+la|de\s+l{_APOS})|aux?(?=\s))\s*[^,;:.]{{0,60}}$",
    re.IGNORECASE,
)
_COMMEMORATION_DAYS = words("commemoration_days")
# Where a clause opens, before « lors du … » (`_DURING`): the sentence's start or a stop, spaces only after it
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:.!?(])\s*$")
# A day after « chaque » is a habit (« chaque 11 novembre », « à chaque 9-Mai », « chaque lundi »), no date: the day
# and the weekday rules' guard, one space or a few
_NOT_A_HABIT = r"(?<!chaque\s)(?<!chaque\s\s)(?<!chaque\s\s\s)"


def _scheduled(match: re.Match[str]) -> str | None:
    """The timetable verb in the present just before `match` (`_SCHEDULED`), as written, or None."""
    found = _SCHEDULED.search(match.string, max(0, match.start() - _SCHEDULED_WORDS), match.start())
    return None if found is None else " ".join(found["v"].split())


def _days_until(year: int, month: int, day: int, start: date) -> int:
    """Days from `start` to that day; a day the calendar lacks (« 32 octobre », « 29 février ») is never near."""
    try:
        return (date(year, month, day) - start).days
    except ValueError:
        return -1


def _both_years(past: int, ahead: int, month: int, day: int | None, note: str) -> str:
    """The note of a date whose year the text leaves open: a TODO naming both readings, the latest kept."""
    named = (f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "") for year in (past, ahead))
    return f"{TODO} the year is ambiguous ({' or '.join(named)}): write the one the article means; {note}"


def _of_a_ceremony(match: re.Match[str]) -> bool:
    """« lors du défilé du 9 mai », « le défilé « du 9 mai » »: the date names a ceremony's day (`_CEREMONY_DAY`)."""
    opening = re.match(r"du\s+", match.group(), re.IGNORECASE)
    before = match.string[max(0, match.start() - 40) : match.start()] + (opening.group() if opening else "")
    return _CEREMONY_DAY.search(before.replace("«", " ").rstrip() + " ") is not None


def _a_commemoration_s(match: re.Match[str]) -> bool:
    """« Poutine a salué ses alliés le 9-Mai »: a commemoration's day (lexicon.toml `commemoration_days`) after « le »
    (review60), which names its day as « le 9 mai » does."""
    before = match.string[match.start() : match.start("d")]
    return re.search(r"(?<!\w)le\s+$", before, re.IGNORECASE) is not None and (
        fold_word(f"{match['d']}-{match['m']}") in _COMMEMORATION_DAYS
    )


def _of_a_noun_in_apposition(match: re.Match[str]) -> bool:
    """« une trêve de trois jours, du 8 au 10 mai, pour … »: a date set off by commas right after a noun (not after a
    verb: « a annoncé, le 3 mai, que »), which dates that noun rather than the sentence's verb."""
    before = _APPOSITION.search(match.string[max(0, match.start() - 40) : match.start()])
    if before is None or not re.match(r"\s*,", match.string[match.end() :]):
        return False
    return not fold_word(before["w"]).endswith(_VERB_ENDINGS)


# A verb in the simple future (« sera », « paraîtra », « pourront »): a time still to come, never the conditional
# (« pourraient », « devrait »), which also tells a future seen from a past day
_FUTURE_TENSE = re.compile(rf"(?<![\w'’-])[^\W\d_]+{FUTURE_TENSE}$", re.IGNORECASE)
_A_NOUN_S = re.compile(rf"(?<![\w'’])(?:de|du|d{_APOS})(?:\s*$|(?![\w'’]))", re.IGNORECASE)
# A past participle in -é right before a date, with no auxiliary in the three words before it (« répondra à l'attaque
# menée le 3 novembre », « jugera les soldats capturés le 3 novembre »): the date is the participle's, a thing done,
# not the future verb's (review55's « Left »); « seront jugés le 3 décembre », « doit être signé le », « la réunion
# programmée le 3 décembre » (lexicon.toml `scheduling_participles`) keep the future's.
_PAST_PARTICIPLE = re.compile(r"(?<![\w'’-])(?P<p>[^\W\d_]+é(?:e|s|es)?)\s+$", re.IGNORECASE)
_AUXILIARY_WORDS = frozenset(
    {
        *("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avoir", "ayant", "est", "sont"),
        *("était", "étaient", "sera", "seront", "serait", "seraient", "être", "été", "soit", "soient", "fut"),
    }
)


_NOUN_OPENERS = frozenset(words("noun_openers"))
_PRENOMINAL = frozenset(words("prenominal_adjectives"))


def _a_participle_s(match: re.Match[str]) -> bool:
    """Whether the date at `match` follows a past participle of a thing done (`_PAST_PARTICIPLE`)."""
    before = match.string[max(0, match.start() - 80) : match.start()]
    participle = _PAST_PARTICIPLE.search(before)
    if participle is None:
        return False
    word = fold_word(participle["p"])
    if any(word.startswith(w) and len(word) - len(w) <= 2 for w in words("scheduling_participles")):
        return False
    lead = re.findall(r"[^\W\d_]+", before[: participle.start()].lower())[-3:]  # « à » is no « a »
    if lead and fold_word(lead[-1]) in _NOUN_OPENERS:  # « un nouveau traité le 15 juin »: a noun (review56)
        return False
    if lead[-2:-1] and fold_word(lead[-1]) in _PRENOMINAL and fold_word(lead[-2]) in _NOUN_OPENERS:
        return False  # « un grand défilé début septembre »: a noun after its adjective (round 85)
    return not _AUXILIARY_WORDS.intersection(lead)


# « En 2024, personne n'a voulu croire … à la mi-octobre »: a sentence that opens on a year sets it off by a comma as
# the time of all it tells; its dates without a year are of that year.
# So does a chronology's or an éphéméride's entry that opens its line with its year and a dash (« 2025 - Séoul
# estime que … entre novembre et mars »: round 20, it was read in the page's year).
_FRAMING_YEAR = re.compile(r"\s*(?:[«\"“]\s*)?(?:en\s+(?P<y>\d{4})\s*,|(?P<entry>\d{4})\s+[-–—]\s)", re.IGNORECASE)


_STORY_STEPS_BACK = timedelta(days=92)  # how far back a retrospective paragraph's story may step (three months)

# « le 19 juin précédent », « le 4 novembre suivant »: a date placed by the time told before it, not by the page
_BEFORE_OR_AFTER_IT = re.compile(r"\s+(?:(?P<before>pr[ée]c[ée]dente?)|suivante?)(?![\w'’-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Context:
    published: FuzzyDate
    news_day: DateMention | None = None
    """The article's own day, when it names one (see `news_day`)."""
    anchor: DateMention | None = None
    """The day « le lendemain » and « la veille » count from: the sentence's own, else the previous sentence's."""
    text: str = ""
    clauses: Clauses | None = None
    """The sentence's clauses (see clauses.py): which clause a date stands in, and whether it speaks of the future."""
    previous: DateMention | None = None
    """The last date the sentence before names, of any precision (« à l'automne »): what « Depuis, » and « six mois
    plus tard » count from when this sentence names none before them."""
    year: int | None = None
    """The year a chronology's heading gives the sentence (« 2024 » alone on its line over « 8 octobre : … »)."""
    own_day: DateMention | None = None
    """The day the sentence's main clause names, if any: the day a count of days « en trois jours » ends on."""
    page: date | None = None
    """The page's own day when it reprints a wire story told from an earlier dateline (draft.py `dispatch_day`)."""
    said_on: DateMention | None = None
    """The past time the sentence's main clause names, which a count « depuis » in the imperfect counts back from, and
    every such count when it is a day and the sentence reports a statement (`statement`; `_since_count`)."""
    statement: bool = False
    story: date | None = None
    """The time a retrospective paragraph has reached (« Tout commence le 19 juin 2024 … »; draft.py): the story told
    forward, its dates without a year are the first such from it on."""

    def _a_ceremony_done(self, match: re.Match[str], marker: str | None) -> bool:
        """Whether the sentence tells the ceremony whose day `match` names as done (`_CEREMONY_DONE`, `_A_YEAR_GONE`,
        `_DURING`), or its clause is in the pluperfect (« Kim avait assisté à la parade du 9 mai »)."""
        if _CEREMONY_DONE.match(match.string, match.end()):
            return True
        if self.clauses is None:
            return _A_YEAR_GONE.search(match.string) is not None
        regions = self.clauses.regions(match.start())
        if any(_A_YEAR_GONE.search(match.string, first, last) for first, last in regions):
            return True
        if any(_STORY_TENSE.search(match.string, first, last) for first, last in regions):
            return True
        if marker is not None or any(conditional_verb(match.string[first:last]) for first, last in regions):
            return False  # « Poutine remercierait Kim lors du défilé du 9 mai, a fait savoir le Kremlin »
        during = _DURING.search(match.string, max(0, match.start() - 80), match.start())
        if during is None or _CLAUSE_OPENS.search(match.string, 0, during.start()) is None:
            return False
        return self.clauses.told_as_done(match.start(), imperfect=False)

    def yearless(
        self, month: int, day: int | None, what: str, match: re.Match[str], *, soon: bool = True
    ) -> tuple[int, str]:
        """The year of a date the text gives without one, and the note that says how it was chosen: the latest one
        not after the publication; « prochain » after it, the first one after; in a clause that speaks of the future
        (« enverra », « pourraient envoyer »), the nearer of the latest and the first one not before the publication;
        a month about to begin, told in no past tense, the coming one (`soon`: not the end of a range that began the
        year before, « de décembre à février », whose start is no month to come)."""
        framed = _FRAMING_YEAR.match(match.string)
        if framed is not None and framed.end() <= match.start():
            # « En 1950, personne n'avait vu venir l'offensive du 25 juin »: the year the sentence opens with
            said = " ".join(framed.group().split())
            return int(framed["y"] or framed["entry"]), f"the year the sentence opens with, « {said} »"
        if self.year is not None:
            return self.year, f"the year of the chronology's heading above it, « {self.year} »"
        if (same := self.the_same_year(match)) is not None:
            return same
        if (around := self._around_the_time_told(month, day, match)) is not None:
            return around
        past = _latest_year(month, day or 1, self.ref)
        if (told := self.story_year(month, day, match)) is not None:
            return told  # the story's clock, even where it agrees with the latest: no rule of the page's present after
        note = f"no year given: the latest {what} not after the publication ({self.published.text})"
        start = self.published.start
        ahead = start.year if (month, day or 31) >= (start.month, start.day) else start.year + 1
        after = re.match(r"\s+(?P<w>prochaine?|derni[èe]re?)(?!\w)", match.string[match.end() :], re.IGNORECASE)
        if after is not None and fold_word(after["w"]).startswith("prochain"):
            later = month > start.month if day is None else (month, day) > (start.month, start.day)
            year = start.year if later else start.year + 1
            return year, f"« {after['w']} »: the first {what} after the publication ({self.published.text})"
        if after is not None and day is None and month == start.month and past == start.year:
            # « dès janvier dernier » on 12 January 2026: the latest January over, as « l'automne dernier » and
            # « jeudi dernier » are, never the month the page is written in (round 20)
            return past - 1, f"« {after['w']} »: the latest {what} over before the publication ({self.published.text})"
        bound = _bound_side(match) if after is None else None
        if bound is not None and bound[0] == "back":
            return past, f"{note}; « depuis » looks back: the period began by then"
        marker = (
            self.clauses.future_verb(match.start(), of_a_noun=True)
            if self.clauses is not None and after is None
            else None
        )
        until = (
            _UNTIL.search(match.string, max(0, match.start() - 12), match.start()) or _UNTIL_IN.match(match.group())
            if after is None
            else None
        )
        if marker is None and until is not None and not tells_the_past(match.string):
            # « l'accord court jusqu'au 30 avril »: a state that lasts up to a day, told in the present
            marker = f"{' '.join(until.group().split())}, in a clause without a past tense"
        bound_gap = _days_until(ahead, month, day or 1, start)
        if (
            marker is None
            and bound is not None
            and bound[0] == "ahead"
            and ahead != past
            and self.bound_ahead(match, bound[1], bound_gap)
        ):
            return ahead, (
                f"no year given; a bound {counted(bound_gap, 'day')} ahead of the publication ({self.published.text}):"
                f" the coming {what}, not the one a year before"
            )
        scheduled = _scheduled(match) if marker is None and after is None and ahead != past else None
        if scheduled is not None and 0 <= _days_until(ahead, month, day or 1, start) <= _MONTH_AHEAD_DAYS:
            return ahead, (
                f"no year given; « {scheduled} » in the present tells a date to come: the coming {what}, not the one "
                f"a year before ({self.published.text})"
            )
        set_for = (
            _SET_FOR.search(match.string, max(0, match.start() - 60), match.start())
            if after is None and ahead != past
            else None
        )
        if (
            set_for is not None
            and 0 <= (ahead_gap := _days_until(ahead, month, day or 1, start)) <= _SET_FOR_AHEAD_DAYS
        ):
            said = " ".join(set_for.group().split())
            return ahead, (
                f"no year given; « {said} » sets a time to come, in the present: the coming {what}, "
                f"{counted(ahead_gap, 'day')} after the publication ({self.published.text}), not the one a year before"
            )
        if (
            after is None
            and ahead != past
            and day is not None
            and _of_a_ceremony(match)
            and not self._a_ceremony_done(match, marker)
        ):
            ahead_gap = _days_until(ahead, month, day, start)
            if 0 <= ahead_gap <= _CEREMONY_AHEAD_DAYS:
                return ahead, (
                    f"no year given; the day of a ceremony, {counted(ahead_gap, 'day')} after the publication "
                    f"({self.published.text}): the coming {what}, not the one a year before"
                )
        deadline = None
        if marker is None and after is None and self.clauses is not None:
            deadline = self._deadline(match)
            marker = deadline
        if marker is None and ahead != past and day is not None and _of_a_noun_in_apposition(match):
            ahead_gap = _days_until(ahead, month, day, start)
            if 0 <= ahead_gap <= _APPOSITION_AHEAD_DAYS:
                return ahead, (
                    f"no year given; set off by commas after a noun, it dates that noun, not the verb: the nearest "
                    f"{what}, {counted(ahead_gap, 'day')} after the publication ({self.published.text})"
                )
        if marker is None and ahead != past and day is not None and self.clauses is not None:
            ahead_gap = _days_until(ahead, month, day, start)
            present = not self.clauses.tells_the_past_at(match.start())
            if 0 <= ahead_gap <= _PRESENT_AHEAD_DAYS and present:
                return ahead, (
                    f"no year given; told in the present, {counted(ahead_gap, 'day')} after the publication "
                    f"({self.published.text}): the coming {what}, not the one a year before"
                )
            if present and _days_until(past, month, day, start) < -_STALE_PRESENT_DAYS and ahead_gap >= 0:
                return past, _both_years(past, ahead, month, day, f"{note}, though told in the present")
        if soon and marker is None and after is None and ahead != past and day is None and self.clauses is not None:
            # « le vote, mi-novembre, d'une résolution » on 31 October, « avant la pause estivale, mi-juillet » in June:
            # a month that begins soon, told in no past tense, is the coming one, not the one ten months back
            ahead_gap = _days_until(ahead, month, 1, start)
            if 0 < ahead_gap <= _MONTH_AHEAD_DAYS and not self.clauses.told_as_done(match.start()):
                return ahead, (
                    f"no year given; told in no past tense, {counted(ahead_gap, 'day')} before it begins "
                    f"({self.published.text}): the coming {what}, not the one a year before"
                )
        if marker is None or ahead == past:
            return past, note
        if (
            deadline is None
            and _FUTURE_TENSE.search(fold_same_length(marker)) is not None
            and marker in match.string[: match.start()]
            and not _A_NOUN_S.search(match.string, max(0, match.start() - 6), match.start())
            and not _A_NOUN_S.match(match.group())
            and not _a_participle_s(match)
        ):
            # « Son mémoire sera soutenu à la mi-juin » in November: the simple future before the date names no day
            # already past (not a noun's date: « publieront les chiffres de septembre », « on retiendra la date du 24
            # février »; nor one told before a future that follows: « entrée dans sa cinquième année le 24 février,
            # « ne se terminera pas avant 2027 » »)
            return ahead, (
                f"no year given; the clause speaks of the future (« {marker} »), in the simple future: the nearest "
                f"{what} ahead of the publication ({self.published.text})"
            )
        first_day, last_month_day = day or 1, day or calendar.monthrange(past, month)[1]
        past_gap = (start - date(past, month, last_month_day)).days
        ahead_gap = (date(ahead, month, min(first_day, 28)) - self.ref).days
        if ahead_gap >= past_gap:
            if deadline is not None:  # a deadline of a purpose or of the present, nearer in the past
                return past, _both_years(past, ahead, month, day, f"{note}, though « {deadline} » points ahead")
            return past, note
        return ahead, (
            f"no year given; the clause speaks of the future (« {marker} »): the nearest {what} ahead of the "
            f"publication ({self.published.text})"
        )

    def the_same_year(self, match: re.Match[str], *, at: int | None = None) -> tuple[int, str] | None:
        """« en octobre de la même année » (`_SAME_YEAR` after the match, or the words up to `at`: « cette
        année-là »): the last year written out before it in the sentence, else the year of the date the sentences
        before told with its year (`previous`); None when no year was told."""
        said = _SAME_YEAR.match(match.string, match.end()) if at is None else None
        if said is None and at is None:
            return None
        phrase = " ".join((said.group() if said is not None else match.string[match.start() : at]).split())
        # not a count of things (review61b: « Arrivés en Russie en 2024, 1998 soldats ont été tués en mars de la
        # même année » is 2024)
        told = [
            y
            for y in TOLD_YEAR.finditer(match.string, 0, match.start())
            if not _A_COUNT_AFTER.match(match.string, y.end())
        ]
        if told:
            return int(told[-1].group()), f"« {phrase} »: the year told last, « {told[-1].group()} »"
        # else the year the date the sentences before told with its year names last (« Entre 2022 et 2024 »: 2024,
        # review61b: its first year was taken)
        before = list(TOLD_YEAR.finditer(self.previous.text)) if self.previous is not None else []
        if self.previous is None or not before:
            return None
        return int(
            before[-1].group()
        ), f"« {phrase} »: the year of « {' '.join(self.previous.text.split())} », told before it"

    def _around_the_time_told(self, month: int, day: int | None, match: re.Match[str]) -> tuple[int, str] | None:
        """« entré en vigueur le 4 décembre 2024, le traité signé le 19 juin précédent », « arrivés en octobre 2024,
        engagés le 4 novembre suivant »: the latest such date up to the time told before it (the month told with its
        year earlier in the sentence, else the date the sentences before told), or the first from it on (round 80;
        « précédent » was read as the latest before the page, 2025)."""
        after = _BEFORE_OR_AFTER_IT.match(match.string, match.end())
        if after is None:
            return None
        story = storyyear.story_time(match.string, match.start())
        if story is None and self.previous is not None and TOLD_YEAR.search(self.previous.text) is not None:
            try:
                told = parse_edtf(self.previous.edtf)
            except DateError:
                return None
            story = (told.start, " ".join(self.previous.text.split()))
        if story is None:
            return None
        when, said = story
        wanted = (month, day or 1)
        if after["before"]:
            year = when.year if wanted <= (when.month, when.day if story[0].day > 1 else 31) else when.year - 1
            return year, f"« {after.group().strip()} »: the latest up to « {said} » told before it"
        year = when.year if wanted >= (when.month, when.day) else when.year + 1
        return year, f"« {after.group().strip()} »: the first from « {said} » on, told before it"

    def bound_ahead(self, match: re.Match[str], bound: int, gap: int) -> bool:
        """Whether a bound ahead (`_bound_side`, its word at `bound`) puts the date at `match` in the coming one, `gap`
        days after the page: within a season (`_BOUND_AHEAD_DAYS`), after a verb that asks for what the bound dates
        (`Clauses.asks_ahead`) or in a wish (`_WISHED`). A clause merely without a past tense is no sign: narratives
        are told in the historical present, the passé simple or without a verb (« les soldats participent aux combats
        à partir du 6 décembre », « Avant Noël, les Nord-Coréens tinrent seuls le secteur »)."""
        if not 0 <= gap <= _BOUND_AHEAD_DAYS or self.clauses is None:
            return False
        return self.clauses.asks_ahead(bound) or _WISHED.search(match.string, max(0, bound - 80), bound) is not None

    def story_year(self, month: int, day: int | None, match: re.Match[str]) -> tuple[int, str] | None:
        """The year of the story the sentence tells, when the month and year it told before lie long before the page
        and no future or « prochain »/« dernier » points elsewhere (storyyear.py): « le traité signé le 19 juin 2024
        et ratifié à l'automne » on a page of December 2026 is autumn 2024; a day of the month whose days the sentence
        before told with their year is of that year."""
        if re.match(r"\s+(?:prochaine?|derni[èe]re?)(?!\w)", match.string[match.end() :], re.IGNORECASE):
            return None
        if self.story is not None and (told := self._in_the_story_told(month, day)) is not None:
            return told  # the story's future too (« L'hiver sera meurtrier : … dès février »): a future in the past
        if self.clauses is None or self.clauses.future_verb(match.start(), of_a_noun=True):
            return None
        story = storyyear.story_time(match.string, match.start())
        back = storyyear.told_backward(match.string, match.start()) if story is not None else None
        if story is not None and back is not None and (year := storyyear.last_year(month, back, self.ref)) is not None:
            return (
                year,
                f"no year given: the story's, the latest up to « {story[1]} », « après » telling what came before",
            )
        if (
            story is None
            and _ON_THE_PAGE_S_CLOCK.search(match.string, 0, match.start())
            and not _PAST_PERFECT.search(match.string, match.end(), match.end() + 100)
        ):
            return None  # « Le mois dernier, …, a rapporté l'agence le 28 décembre »: the page's time, not the story's
        if story is None and day is not None and self.previous is not None:
            if (held := self._held_by_the_span_before(month, day)) is not None:
                return held
            story = self._told_days_before(month, day)
        if story is None and day is None and self.previous is not None and not _OF_THE_NEWS.search(_around(match)):
            story = self._told_month_before(month)
        if story is None or (year := storyyear.next_year(month, story[0], self.ref)) is None:
            return None
        return year, f"no year given: the story's, the first after « {story[1]} » told before it"

    def _in_the_story_told(self, month: int, day: int | None) -> tuple[int, str] | None:
        """The year of the first such date from the time a retrospective paragraph has reached (`story`), when it is
        not after the page (« Tout commence à la fin de l'été 2024. Le 6 août, l'Ukraine lance … » on a page of March
        2026: 2024, not the latest 6 August, 2025; round 80)."""
        assert self.story is not None
        # a story told forward may step back a little (« le 23 octobre, … ont franchi la frontière à l'automne »: the
        # autumn that holds it), never a season or more: « mi-décembre … dès février » is the February after
        since = self.story - _STORY_STEPS_BACK
        since = since if day is not None else since.replace(day=1)  # a month: from the month it began in
        try:
            year = since.year if date(since.year, month, day or 1) >= since else since.year + 1
            if date(year, month, day or 1) > self.ref:
                return None
        except ValueError:
            return None
        return year, f"no year given: the story a retrospective paragraph tells, the first from {since.isoformat()} on"

    def _held_by_the_span_before(self, month: int, day: int) -> tuple[int, str] | None:
        """The year of a day that falls within the span the sentence before told with its year, under a year long and
        long before the page (« Tourné entre décembre 2024 et mars 2025, le film … . On y entend … le 6 janvier »,
        « … entre Noël 2024 et le Nouvel An. Une séquence tournée le 31 décembre » on a page of March 2026 were read
        as the latest, 2026 and 2025): the story is still in that span."""
        assert self.previous is not None
        if TOLD_YEAR.search(self.previous.text) is None or not _MONTHS_OR_DAYS.fullmatch(self.previous.edtf):
            return None
        try:
            told = parse_edtf(self.previous.edtf)
        except DateError:
            return None
        if not 1 <= (told.end - told.start).days < 366 or self.ref - told.end < storyyear.OLD_STORY:
            return None
        for year in sorted({told.start.year, told.end.year}):
            try:
                held = date(year, month, day)
            except ValueError:
                continue
            if told.start <= held <= told.end:
                said = " ".join(self.previous.text.split())
                return year, f"no year given: within « {said} », the span the sentence before told"
        return None

    def _told_days_before(self, month: int, day: int) -> tuple[date, str] | None:
        """The month and year of the days the sentences before told, when this day comes after them in that month, the
        story told forward (« … capturés les 9 et 10 janvier 2025. Kiev a annoncé leur capture le 11 janvier »; round
        26). A year told earlier is no guide to another month (storyyear.py), nor a month told with its year to a day
        (« fin avril 2025. … le 6 avril »), nor the same day told again (« le 28 avril 2025. … le 28 avril »)."""
        assert self.previous is not None
        days = _TOLD_DAYS.fullmatch(self.previous.edtf)
        told = storyyear.story_time(self.previous.text, len(self.previous.text))
        if days is None or told is None or told[0].month != month or day <= int(days["last"]):
            return None
        return told

    def _told_month_before(self, month: int) -> tuple[date, str] | None:
        """The month the sentences before left the story at, when this month follows it closely, the story told
        forward (« … arrivés en Russie à la mi-octobre 2024. Ils ont été envoyés à Koursk en novembre »
        on a page of January 2026 is November 2024; round 42: it was read as the latest November, 2025)."""
        assert self.previous is not None
        told = _TOLD_MONTH.match(self.previous.edtf)
        ends = _TOLD_MONTH.match(self.previous.edtf.split("/")[-1])
        if told is None or ends is None or _OF_THE_PAGE.search(self.previous.text):
            return None
        start = date(int(told["y"]), int(told["m"]), 1)
        months = (int(ends["y"]) - start.year) * 12 + int(ends["m"]) - start.month  # how many more the date spans
        # a month after the one told, or within the months told (« l'hiver 2024 … mi-décembre »); never the same
        # month again, which a story told backward names too (« fin avril 2025 … entre fin mars et début avril »),
        # nor after a year or more (« entre août 2023 et janvier 2025 … début décembre »: which December?)
        if months >= 12 or not (0 if months else 1) <= (month - start.month) % 12 <= max(months, _MONTHS_TOLD_FORWARD):
            return None
        return start, " ".join(self.previous.text.split())

    def _deadline(self, match: re.Match[str]) -> str | None:
        """« avant l'investiture de Donald Trump, le 20 janvier » in a clause told in the present, or after a purpose
        (« pour tenter de … avant le 20 janvier »): a deadline still to meet, so the clause points ahead (rev37u U2).
        The words that say so, or None."""
        assert self.clauses is not None
        text = match.string
        before = _DEADLINE.search(text, max(0, match.start() - 100), match.start())
        if before is None:
            return None
        purpose = _PURPOSE.search(text, max(0, before.start() - 80), before.start())
        if purpose is None and self.clauses.tells_the_past_at(match.start()):
            return None
        said = purpose.group().split()[:3] if purpose is not None else []
        return " ".join([*said, "…", "avant"] if said else ["avant"])

    def coming(self, match: re.Match[str]) -> str | None:
        """The future verb the date at `match` goes with, when it is the nearest verb of its clause (clauses.py)."""
        return self.clauses.future_verb(match.start()) if self.clauses is not None else None

    @property
    def ref(self) -> date:
        """Relative expressions count from the publication's upper bound."""
        return self.published.end

    @property
    def day_precise(self) -> bool:
        return self.published.last.precision is Precision.DAY


def iso_day(day: date) -> str:
    return day.isoformat()


def iso_month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def interval(first: str, last: str) -> str:
    return first if first == last else f"{first}/{last}"


def _month_of(word: str) -> int:
    month = month_number(fold_word(word))
    assert month is not None, word  # _MONTH reads no other word
    return month


def _day_of(word: str) -> int:
    return 1 if word.lower() == "1er" else int(word)


def _latest_year(month: int, day: int, ref: date) -> int:
    """The year that puts (month, day) latest without passing `ref`."""
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


def _quote(match: re.Match[str]) -> str:
    return f"« {' '.join(match.group().split())} »"


def _mention(match: re.Match[str], edtf: str, basis: str, rank: int, *, weekday: bool = False) -> DateMention:
    word = match.groupdict().get("since") or ""
    onset = fold_word(word) == "des"
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, rank, bool(word), onset, weekday)


def _weekday_check(weekday: str | None, day: date) -> str:
    if weekday is None:
        return ""
    wanted = WEEKDAYS[fold_word(weekday)]
    if day.weekday() == wanted:
        return f", {_WEEKDAY_EN[wanted][2:]} as the text says"
    return f"; warning: the text says « {weekday} » but {day.isoformat()} is {_WEEKDAY_EN[day.weekday()]}"


def _under_way(first: date, last: date, match: re.Match[str], ctx: _Context) -> bool:
    """Whether the days from `first` to `last` hold the publication's day, and no year of a chronology's heading or of
    the story told before gives them another (« En novembre 2024, … : du 15 au 25 novembre, elle a repris 40 km² » on
    20 November 2025 is 2024)."""
    if not (first <= ctx.published.start and ctx.ref <= last) or ctx.year is not None:
        return False
    return ctx.story_year(last.month, last.day, match) is None


def _rolls_past(y1: int, first: tuple[int, int], second: tuple[int, int], ctx: _Context) -> bool:
    """Whether a yearless second end (month, day) read as the first after `first` in year `y1` rolls into the next
    year and lies past the publication: a slip of the pen as likely as a span into the future."""
    if second > first:
        return False
    try:
        end = date(y1 + 1, second[0], second[1])
    except ValueError:
        return False
    return end > ctx.published.end


def _range(match: re.Match[str], ctx: _Context) -> DateMention | None:
    m2, d2 = _month_of(match["m2"]), _day_of(match["d2"])
    m1 = _month_of(match["m1"]) if match["m1"] else m2
    d1 = _day_of(match["d1"] or match["d0"])
    # « entre le 3 mars 2025 et le 10 mars »: the first such after the start, unless that runs past the publication
    # into next year (review61b: « Entre le 20 août 2025 et le 15 août » read 2025-08-20/2026-08-15): the year left open
    if match["y1"] and not match["y2"] and not _rolls_past(int(match["y1"]), (m1, d1), (m2, d2), ctx):
        y2 = int(match["y1"]) + ((m2, d2) <= (m1, d1))
        note = f"no year given: the first {d2} {_MONTH_EN[m2]} after the start it runs from"
    else:
        y2, note = (int(match["y2"]), "") if match["y2"] else ctx.yearless(m2, d2, f"{d2} {_MONTH_EN[m2]}", match)
    y1 = int(match["y1"]) if match["y1"] else (y2 if m1 <= m2 else y2 - 1)
    if past := [y for y in (y1, y2) if not 1 <= y <= LATEST_STORE_DATE.year]:
        return _past_the_calendar(match, ctx, f"{past[0]:04d}")
    try:
        first, last = date(y1, m1, _day_of(match["d1"] or match["d0"])), date(y2, m2, d2)
    except ValueError:
        return None
    if last < first:
        return None
    year_note = f", {note}" if note else ""
    a_year_on = (first + relativedelta(years=1), last + relativedelta(years=1))
    if not (match["y1"] or match["y2"]) and _under_way(*a_year_on, match, ctx):
        # « un cessez-le-feu du 8 au 10 mai » on 9 May: the days under way at the page, not the ones a year before
        first, last = a_year_on
        year_note = f", no year given: the days under way at the publication ({ctx.published.text})"
    if (match["join"] or "").lower() == "ou":  # « le 3 ou le 4 novembre » (rev26 M2): never the last day alone
        year_note += "; one day or the other: the interval that holds both"
    edtf = interval(iso_day(first), iso_day(last))
    return _mention(match, edtf, f"{_quote(match)}{year_note} → {edtf}", DAY_RANK)


def _named_day(match: re.Match[str], ctx: _Context) -> tuple[date, str] | None:
    """The day a « 18 novembre [2024] » names, its year from the text or from the context; with the basis's year note."""
    month, day = _month_of(match["m"]), _day_of(match["d"])
    year, note = (int(match["y"]), "") if match["y"] else ctx.yearless(month, day, f"{day} {_MONTH_EN[month]}", match)
    try:
        return date(year, month, day), (f", {note}" if note else "")
    except ValueError:
        return None


def _day(match: re.Match[str], ctx: _Context) -> DateMention | None:
    if match["hyphen"] and (not match["m"][:1].isupper() or not (_of_a_ceremony(match) or _a_commemoration_s(match))):
        # « 9-mai »: only the capitalised name of a commemoration after its noun, « le défilé du 9-Mai », or after
        # « le » (`_a_commemoration_s`); never an event's or a place's name (« les attentats du 11-Septembre »,
        # « l'appel du 18-Juin », « place du 14-Juillet »: review59, a day of the year before)
        return None
    if match["y"] and not 1 <= int(match["y"]) <= LATEST_STORE_DATE.year:
        return _past_the_calendar(match, ctx, match["y"])
    if (named_day := _named_day(match, ctx)) is None:
        month, day = _month_of(match["m"]), _day_of(match["d"])
        year = int(match["y"]) if match["y"] else ctx.yearless(month, None, _MONTH_EN[month], match)[0]
        return _no_such_day(match, year, month, day)
    found, year_note = named_day
    if match["wd"] is not None and not match["y"] and (other := _weekday_s_year(found, match["wd"], ctx)) is not None:
        found, year_note = (
            other,
            f", no year given: the year within six months of the publication whose {_WEEKDAY_EN[other.weekday()][2:]} it is",
        )
    basis = f"{_quote(match)}{year_note} → {found.isoformat()}{_weekday_check(match['wd'], found)}"
    named = match["wd"] is not None and found.weekday() == WEEKDAYS[fold_word(match["wd"])]
    return _mention(match, iso_day(found), basis, DAY_RANK, weekday=named)


def _weekday_s_year(found: date, weekday: str, ctx: _Context) -> date | None:
    """« mardi 21 janvier » in a page of 17 January 2025: the year the rules chose makes it a Sunday (2024); the
    weekday names the year, the one before or after within six months of the publication whose day it is."""
    wanted = WEEKDAYS[fold_word(weekday)]
    if found.weekday() == wanted:
        return None
    for year in (found.year + 1, found.year - 1):
        try:
            other = found.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other.weekday() == wanted and abs((other - ctx.published.start).days) <= _WEEKDAY_YEAR_DAYS:
            return other
    return None


_WEEKDAY_YEAR_DAYS = 183


def _past_the_calendar(match: re.Match[str], ctx: _Context, year: str) -> DateMention:
    """« le 3 novembre 9999 »: a day of a year the store cannot hold. Its words are a date, never a figure (the 3 of
    « 3 soldats », rev26 L4), and the draft says so: the publication stands in, with a TODO basis that `check`
    refuses until a curator writes the date the article means."""
    edtf = ctx.published.text
    basis = (
        f"{TODO} {_quote(match)} names the year {year}, which the store cannot hold (0001–"
        f"{LATEST_STORE_DATE.year}); write the date the article means; the publication stands in → {edtf}"
    )
    return _mention(match, edtf, basis, MONTH_RANK)


def _no_such_day(match: re.Match[str], year: int, month: int, day: int) -> DateMention | None:
    """« le 31 novembre », « 31 septembre 2024 », « 31/11/2024 »: a day its month lacks. Its words are a date, never
    a figure (the 31 of « 31 soldats »), and the draft says so: the month, with a TODO basis that `check` refuses
    until a curator writes the day the article meant (rev24 F6)."""
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if not last < day <= 31:
        return None
    after = date(year, month, last) + timedelta(days=1)
    edtf = f"{year:04d}-{month:02d}"
    basis = (
        f"{TODO} {_quote(match)} is not a day: {_MONTH_EN[month]} {year} has {last}. {last} {_MONTH_EN[month]}? "
        f"{after.day} {_MONTH_EN[after.month]}? Write the day the article means; the rules read the month → {edtf}"
    )
    return _mention(match, edtf, basis, MONTH_RANK)


def _week_of(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« la semaine du 18 novembre »: the Monday-to-Sunday week that holds that day."""
    if (named_day := _named_day(match, ctx)) is None:
        return None
    named, year_note = named_day
    monday = named - timedelta(days=named.weekday())
    edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
    return _mention(match, edtf, f"{_quote(match)}: the week that holds that day{year_note} → {edtf}", WEEK_RANK)


def _english_day(match: re.Match[str], ctx: _Context) -> DateMention | None:
    try:
        found = date(int(match["y"]), _EN_MONTHS[match["m"].lower()], int(match["d"]))
    except ValueError:
        return None
    return _mention(match, iso_day(found), f"{_quote(match)} (English) → {found.isoformat()}", DAY_RANK)


ERAS = eras()
# « la 114e année du calendrier Juche », « l'an 114 de l'ère Juche »: a year of another calendar (lexicon.toml [eras])
_ERA_YEAR = (
    rf"(?:la\s+(?P<n>\d{{1,4}})(?:e|[èe]me)\s+ann[ée]e|l{_APOS}\s*an\s+(?P<n2>\d{{1,4}}))\s+"
    rf"(?:du\s+calendrier|de\s+l{_APOS}\s*[èe]re)\s+(?P<era>"
    + "|".join(map(folded_pattern, sorted(ERAS, key=len, reverse=True)))
    + ")"
)


def _era_year(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """The year of ours a year of another calendar is: its number after the calendar's epoch (round 27: « la 114e
    année du calendrier Juche » was no date)."""
    epoch, name = ERAS[fold_word(" ".join(match["era"].split()))]
    theirs = int(match["n"] or match["n2"])
    year = int(epoch) + theirs
    if not 1 <= year <= LATEST_STORE_DATE.year:
        return None
    return _mention(match, f"{year:04d}", f"{_quote(match)}: the year {theirs} of {name} → {year}", YEAR_RANK)


def _iso(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """An ISO date in the text; not one that is an XML or HTML element's whole value (« <sent>2025-10-31T08:14:52Z
    </sent> », a wire item's stamps) or a piece of a path (« …/nar/2006-10-01/ », a namespace): the file's metadata,
    no fact (sealed36 s19, round 54)."""
    text = match.string
    if text[match.start() - 1 : match.start()] in (">", "/") and text[match.end() : match.end() + 1] in ("<", "/"):
        return None
    try:
        parsed = parse_edtf(match["iso"])
    except DateError:
        return None
    rank = DAY_RANK if parsed.precision is Precision.DAY else MONTH_RANK
    return _mention(match, parsed.text, f"{_quote(match)}, an ISO date in the text", rank)


def _fuzzy(match: re.Match[str], ctx: _Context) -> DateMention | None:
    month = _month_of(match["m"])
    year, note = (int(match["y"]), "") if match["y"] else ctx.yearless(month, None, _MONTH_EN[month], match)
    last_day = calendar.monthrange(year, month)[1]
    part = " ".join(fold_word(word) for word in match["part"].split())
    prefix = f"{year:04d}-{month:02d}"
    if part in ("mi", "milieu"):
        edtf, reading = f"{prefix}-11~/{prefix}-20~", "the middle third of the month, soft edges"
    elif part in ("fin", "derniers jours"):
        edtf, reading = f"{prefix}-21~/{prefix}-{last_day:02d}", "the last third of the month, soft start"
    elif part == "premiere quinzaine":
        edtf, reading = f"{prefix}-01/{prefix}-15", "the first half of the month"
    elif part.endswith("quinzaine"):
        edtf, reading = f"{prefix}-16/{prefix}-{last_day:02d}", "the second half of the month"
    else:
        edtf, reading = f"{prefix}-01/{prefix}-10~", "the first third of the month, soft end"
    year_note = f"; {note}" if note else ""
    return _mention(match, edtf, f"{_quote(match)}: {reading}{year_note} → {edtf}", FUZZY_RANK)


def _part_days(part: str, year: int, month: int) -> tuple[date, date]:
    """« début », « mi », « fin » of a month: its first, middle and last thirds (1–10, 11–20, 21–end)."""
    folded = fold_word(part)
    last_day = calendar.monthrange(year, month)[1]
    first, last = {"debut": (1, 10), "mi": (11, 20)}.get(folded, (21, last_day))
    return date(year, month, first), date(year, month, last)


def _part_range(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« entre début et mi-octobre », « entre fin novembre et début décembre »: from the first third named to the
    end of the second; « entre décembre et la mi-janvier »: from the first day of the whole month."""
    whole: str | None = match.groupdict().get("m0")  # the first of two rules has it
    first_month: str | None = match["m1"] or whole
    m2 = _month_of(match["m2"])
    m1 = _month_of(first_month) if first_month else m2
    y2, note = (int(match["y"]), "") if match["y"] else ctx.yearless(m2, None, _MONTH_EN[m2], match, soon=m1 <= m2)
    y1 = y2 if m1 <= m2 else y2 - 1
    first = date(y1, m1, 1) if whole else _part_days(match["p1"], y1, m1)[0]
    last = _part_days(match["p2"], y2, m2)[1]
    if last < first:
        return None
    edtf = interval(iso_day(first), iso_day(last))
    year_note = f"; {note}" if note else ""
    basis = f"{_quote(match)}: from the first to the last day of the thirds of the month named{year_note} → {edtf}"
    return _mention(match, edtf, basis, FUZZY_RANK)


def _numeric_day(match: re.Match[str], ctx: _Context) -> DateMention | None:
    try:
        found = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return _no_such_day(match, int(match["y"]), int(match["m"]), int(match["d"]))
    basis = f"{_quote(match)}, day/month/year → {found.isoformat()}{_weekday_check(match['wd'], found)}"
    return _mention(match, iso_day(found), basis, DAY_RANK)


def _year_part(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« fin 2024 » (October to December), « début 2025 » (January to March), « mi-2024 » (May to August),
    « au cours de l'année 2024 » (the year)."""
    year = int(match["y"])
    part = fold_word(match["part"] or "")
    months = {"fin": (10, 12), "debut": (1, 3), "mi": (5, 8)}.get(part)
    if months is None:
        return _mention(match, str(year), f"{_quote(match)}: the year → {year}", YEAR_RANK)
    edtf = f"{year}-{months[0]:02d}/{year}-{months[1]:02d}"
    return _mention(
        match,
        edtf,
        f"{_quote(match)}: read as the months {_MONTH_EN[months[0]]} to {_MONTH_EN[months[1]]} → {edtf}",
        MONTH_RANK,
    )


_OF_AN_ACTIVITY = re.compile(rf"\s+{_OF}(?!\d)[^\W\d_]", re.IGNORECASE)


# « sa deuxième visite », « pour la troisième fois »: the time a span counts ends it, on the day told before.
_NTH_TIME = re.compile(
    r"(?<!\w)(?:deuxi[èe]me|seconde?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|\d+e)(?!\w)", re.IGNORECASE
)


# « En un an, le nombre de tués serait passé de 600 à 2 500 »: the count opens its clause, a comma after it; it frames
# what the clause tells over the span up to now
_FRAMES_THE_CLAUSE = re.compile(r"\s*,")
_OPENS_A_CLAUSE = re.compile(r"(?:^|[,;:])[\s«»\"“”]*$")


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
        and _unit(match["u"]) not in _DAY_UNITS
        and tells_the_past(text)
        and _NTH_TIME.search(text, 0, match.start()) is None
        and not (_FRAMES_THE_CLAUSE.match(text, match.end()) and _OPENS_A_CLAUSE.search(text, 0, match.start()))
    )


def durations(text: str) -> list[tuple[int, int]]:
    """Where the sentence says how long an act took (`_a_duration`): no figure (a count of years there is no
    promise's term)."""
    return [m.span() for m in _SPAN_PATTERN.finditer(text) if _a_duration(m, text)]


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
    rf"\s+(?:ce\s+qu(?:e(?!\w)|{_APOS})|qu{_APOS}\s*(?=en(?!\w)))[^.;!?]{{0,80}}?(?<!\w)(?:en|mett\w*|mis)\s+"
    rf"(?P<n>{_COUNT})\s+(?:ans|ann[ée]es)(?!\w)",
    re.IGNORECASE,
)


def _set_against_decades(match: re.Match[str], text: str) -> bool:
    """Whether the span is compared, by « ce que » or « qu'en » right after it, with ten years or more
    (`_SET_AGAINST_DECADES`)."""
    against = _SET_AGAINST_DECADES.match(text, match.end())
    count = _count(against["n"]) if against is not None else None
    return count is not None and count >= _YEARS_READ_TO_THE_YEAR


# « après avoir perdu », « ayant repris », « après avoir été tués »: a past told before a span, whatever the main verb
# (not a bare « avoir », « devra avoir reconquis »: a term still to run)
_A_PAST_INFINITIVE = re.compile(
    r"(?<!\w)(?:apr[èe]s\s+avoir|ayant)\s+(?:été\s+)?[^\W\d_]*[éiuts]e?s?(?!\w)", re.IGNORECASE
)


def _span(match: re.Match[str], ctx: _Context, framed: DateMention | None = None) -> DateMention | None:
    """« en l'espace de deux semaines », « en cinq jours », « en une quinzaine »: the span counted back from the
    publication, up to it; in a story told in the imperfect, the span from the day told before. A bare « en N jours »
    in a clause that speaks of the future is a promise, and « en moins de N » how fast something went: no date."""
    unit = _unit(match["u"] or "jours")
    span = (relativedelta(days=14),) * 2 if match["fortnight"] else _counted_span(match, unit)
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
        length.years >= _YEARS_READ_TO_THE_YEAR
        or any(
            int(y.group()) < (ctx.published.start - length).year
            and not _SINCE_BEFORE.search(ctx.text, 0, y.start())  # « n'avait plus depuis 1953 »: another period
            for y in _WITH_ITS_YEAR.finditer(ctx.text)
        )
    ):
        # « a changé en soixante-dix ans »: history told by its length; « En 1951, l'armée avait reconquis en trois
        # mois … », « construite en deux ans pour l'Exposition de 1889 »: a span of a year named before it, not now
        return None
    own = ctx.own_day
    frames = _FRAMES_THE_CLAUSE.match(ctx.text, match.end()) and _OPENS_A_CLAUSE.search(ctx.text, 0, match.start())
    counted_to_its_day = unit in _DAY_UNITS or duration  # review63b: « Le 3 mars, … en trois mois »
    if own is not None and not nth and not frames and counted_to_its_day and not match["fortnight"]:
        # « La veille, l'armée affirmait avoir éliminé trente soldats en trois jours », « … en trois jours, affirmait
        # mardi le renseignement »: the days counted up to the day the sentence tells, not up to the publication
        # (round 27); not a count that opens its clause (« En l'espace de sept semaines, … »), the span up to now
        day = date.fromisoformat(own.edtf)
        edtf = interval(iso_day(day - length), iso_day(day))
        basis = f"{_quote(match)}: the span up to the day the sentence tells, « {' '.join(own.text.split())} » → {edtf}"
        return _in_whole_months(_mention(match, edtf, basis, WEEK_RANK), length)
    if own is not None and run and not frames and own.end <= match.start():
        # « a annoncé mardi …, lors de sa deuxième visite en deux semaines »: the run of visits ends on the day the
        # sentence tells before it, the last of them, not on the publication (nor on a day told after it, « : il
        # avait déjà rencontré Kim le 4 juin », the first of them)
        day = date.fromisoformat(own.edtf)
        edtf = interval(iso_day(day - length), iso_day(day))
        said = " ".join(own.text.split())
        basis = f"{_quote(match)}: a run of times in the span up to the day the sentence tells, « {said} » → {edtf}"
        return _in_whole_months(_mention(match, edtf, basis, WEEK_RANK), length)
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
            f"{_quote(match)}: {how} the day told before, « {' '.join(anchor.text.split())} » ({anchor.edtf}) → {edtf}"
        )
        return _in_whole_months(_mention(match, edtf, basis, WEEK_RANK), length)
    first = ctx.published.start - length
    over = unit == "mois" and match["q"] is not None and fold_word(match["q"]).startswith(("plus", "un peu plus"))
    # « en un peu plus de deux mois »: more than the count, how much more unsaid; from the first of the month it starts
    # in (round 97: the truths of sealed45 and sealed49 read it so, to the month)
    edtf = interval(iso_month(first) if over else iso_day(first), iso_day(ctx.published.end))
    basis = f"{_quote(match)}: the span up to the publication ({ctx.published.text}), counted back → {edtf}"
    return _in_whole_months(_mention(match, edtf, basis, WEEK_RANK), length)


# « en l'espace de trois mois, entre décembre et février », « En trois mois, entre novembre et janvier, … »: the range
# set after the count, a comma (or a closing quote) between, is the span's (round 97: the span was counted back from
# the page beside it, a date the sentence contradicts)
_APPOSED = re.compile(r"[\s»\"”]*,\s*")
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
            iso_day(first) if unit in _DAY_UNITS else iso_month(first), framed.edtf.partition("/")[2] or framed.edtf
        )
        how = "counted back from the end of the date that frames its sentence"
    else:
        edtf, how = framed.edtf, "inside the month that frames its sentence"
    basis = f"{_quote(match)}: {how}, « {said} » → {edtf}"
    return _mention(match, edtf, basis, WEEK_RANK)


def _span_or_its_range(match: re.Match[str], found: list[DateMention], ctx: _Context) -> DateMention | None:
    """A span (`_span`) set before the range of dates it runs over, apposed: that range; after a month that frames
    its sentence, in it (`_frame_of`)."""
    spanned = _span(match, ctx, _frame_of(match, found, ctx.text))
    apposed = _APPOSED.match(ctx.text, match.end())
    # only a span `_span` dates (review64b: « Les soldats s'entraînent en une semaine, du lundi au vendredi », a habit,
    # stays no date; « veut reprendre la ville en trois mois, entre mars et mai », the range read on its own)
    if spanned is not None and apposed is not None and _A_RANGE_OPENS.match(ctx.text, apposed.end()):
        ranged = next((m for m in found if m.start == apposed.end() and "/" in m.edtf and not m.since), None)
        if ranged is not None:
            said = " ".join(ranged.text.split())
            basis = f"{_quote(match)}: the span of the range set beside it, « {said} » → {ranged.edtf}"
            return _mention(match, ranged.edtf, basis, WEEK_RANK)
    return spanned


# « Après six mois de silence, Pyongyang a reconnu lundi … », « Pyongyang, après avoir tout nié pendant six mois, a
# reconnu … le 28 avril »: opening its clause, a span of something that ended when the main clause's fact happened
# (round 33); not « pendant six mois » alone, which may start then as well as end then
_AFTER_A_SPAN = re.compile(
    rf"(?<!\w)(?:apr[èe]s|(?P<during>pendant))\s+{_FIRM_COUNT}\s+(?P<u>{_UNIT})(?!\w)(?P<of>\s+{_OF}(?=[^\W\d_]))?",
    re.IGNORECASE,
)
_CLOSED_BY_A_COMMA = re.compile(r"[^,;:.!?()]{0,40},")  # « Après six mois de silence, la Corée … »
_AFTER_DOING = re.compile(r"(?<!\w)apr[èe]s\s+avoir\s+(?:[^\W\d_]+\s+){1,3}$", re.IGNORECASE)


def _after_a_span(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """The span « après six mois de silence » (« après avoir nié pendant six mois ») counts, up to the day the main
    clause names, else, told in the present, up to the publication; months from the month they start in, as « il y a
    six mois »."""
    # not at the clause's end (« … sont arrivés mardi après dix-sept mois de captivité »): how long it lasted
    doing = _AFTER_DOING.search(ctx.text, 0, match.start()) if match["during"] else None
    opening = doing.start() if doing is not None else None if match["during"] or not match["of"] else match.start()
    if opening is None or not _OPENS_A_CLAUSE.search(ctx.text, 0, opening):
        return None
    if not _CLOSED_BY_A_COMMA.match(ctx.text, match.end()):
        return None
    unit = _unit(match["u"])
    span = _counted_span(match, unit)
    own = ctx.own_day
    if span is None or (own is None and tells_the_past(ctx.text)):
        return None
    end = date.fromisoformat(own.edtf) if own is not None else ctx.published.end
    first = end - span[1]
    edtf = interval(iso_day(first) if unit in _DAY_UNITS else iso_month(first), iso_day(end))
    up_to = f"the day the main clause names, « {' '.join(own.text.split())} »" if own else "the publication"
    basis = f"{_quote(match)}: the span that ended with the main clause's fact, counted back from {up_to} → {edtf}"
    return _mention(match, edtf, basis, WEEK_RANK)


# « s'est tu pendant six mois, avant d'admettre en avril », « a combattu pendant sept mois avant d'être blessé en
# février »: a span whose end the sentence dates after « avant de » (round 95: it was read as no date); the date, a
# day or a month (« en avril », « le 3 mars »), must follow within a few words of the verb, in the same clause
_DURING_BEFORE = re.compile(
    rf"(?<!\w)pendant\s+{_FIRM_COUNT}\s+(?P<u>{_UNIT})(?!\w)\s*,?\s+avant\s+(?:de\s+|d{_APOS}\s*)"
    rf"(?P<verb>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?)\s+(?=(?:en|le)\s)",
    re.IGNORECASE,
)


def _during_before(match: re.Match[str], found: list[DateMention], ctx: _Context) -> DateMention | None:
    """« pendant six mois, avant d'admettre en avril »: the span counted back from the date told after « avant de »,
    the months it runs in (a count of months or years) or its days."""
    end_mention = next((m for m in found if m.start == match.end() and not m.since and "/" not in m.edtf), None)
    if end_mention is None or (ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None):
        return None
    if not tells_the_past(ctx.text):
        return None  # « Il compte rester pendant trois mois avant de rentrer en juin »: a plan (review63b)
    unit = _unit(match["u"])
    span = _counted_span(match, unit)
    if span is None:
        return None
    end = parse_edtf(end_mention.edtf)
    first = end.start - span[1]
    if unit in _DAY_UNITS:
        edtf = interval(iso_day(first), iso_day(end.end))
    elif unit == "an" and len(end_mention.edtf) == len("2019"):
        # « pendant dix ans, avant de rentrer en 2019 »: the years (review63: from January 2009); a count of months
        # before a year stays in months (review64b: « pendant six mois, avant d'être blessé en 2019 »: 2018-07/2019)
        edtf = interval(str(first.year), end_mention.edtf)
    else:
        edtf = interval(iso_month(first), end_mention.edtf[:7])
    said = " ".join(end_mention.text.split())
    basis = (
        f"{_quote(match)}: the span that ends on the date told after « avant de », « {said} », counted back → {edtf}"
    )
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, WEEK_RANK)


def _future(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« d'ici dimanche », « d'ici (à) la fin de l'année », « de la décennie », « avant la fin du mois », « l'an
    prochain », « la semaine prochaine », « lundi prochain »: ahead of the publication, counted from it."""
    words = fold_word(" ".join(match.group().split()))
    ref, start = ctx.ref, ctx.published.start
    if match["until"] and (ctx.clauses is None or ctx.clauses.told_as_done(match.start())):
        return None  # « les combats ont duré jusqu'à la fin de l'année »: a past year's end, not the coming one
    weekday = match["wd"] or match["wd2"]
    if weekday:
        wanted = WEEKDAYS[fold_word(weekday)]
        day = ref + timedelta(days=(wanted - ref.weekday()) % 7 or 7)
        # « d'ici dimanche », « avant lundi »: up to that day; « dimanche prochain »: that day (round 40: its « d » read
        # as « d'ici »'s made « dimanche prochain » a week)
        edtf = interval(iso_day(start), iso_day(day)) if match["wd"] else iso_day(day)
    elif match["part"]:
        # « d'ici à la fin du trimestre », « avant la fin du semestre »: up to the last day of the quarter (half) the
        # publication is in (round 77; « la fin du premier semestre » keeps the half's months: the truths read one as
        # often as the other); a month set beside it names the end (« d'ici à la fin du semestre, en mai »: a
        # university's term, the month's own reading)
        if _MONTH_BESIDE.match(match.string, match.end()):
            return None
        months = 3 if fold_word(match["part"]) == "trimestre" else 6
        last_month = ((ref.month - 1) // months + 1) * months
        end = date(ref.year, last_month, calendar.monthrange(ref.year, last_month)[1])
        edtf = interval(iso_day(start), iso_day(end))
    elif "fin" in words:
        if "decennie" in words:  # « d'ici la fin de la décennie » (round 46): up to the last day of the decade's 9
            end = date(ref.year // 10 * 10 + 9, 12, 31)
        elif "annee" in words:
            end = date(ref.year, 12, 31)
        elif "semaine" in words:
            end = ref + timedelta(days=6 - ref.weekday())
        else:
            end = date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1])
        edtf = interval(iso_day(start), iso_day(end))
    elif "semaine" in words:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7)
        edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
    elif "mois" in words:
        edtf = iso_month(ref + relativedelta(months=1))
    else:
        edtf = str(ref.year + 1)
    if not ctx.day_precise and len(edtf) > 7:
        return None
    return _mention(
        match, edtf, f"{_quote(match)}, ahead of the publication ({ctx.published.text}) → {edtf}", RECENT_RANK
    )


# a month set beside a time ahead, which names its end (« d'ici à la fin du semestre, en mai »)
_MONTH_BESIDE = re.compile(rf"\s*,\s*(?:soit\s+)?(?:en|d[èe]s|fin|d[ée]but|mi-?)\s*{_MONTH}(?!\w)", re.IGNORECASE)


_TERMS = {"huitaine": 8, "dizaine": 10, "quinzaine": 15}  # « sous huitaine »: within the week; « quinzaine »: two


def _within_days(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« sous huitaine », « sous quinzaine »: a term, from the publication up to eight (fourteen) days after it."""
    if not ctx.day_precise:
        return None
    end = ctx.ref + timedelta(days=_TERMS[fold_word(match["n"])])
    edtf = interval(iso_day(ctx.published.start), iso_day(end))
    return _mention(
        match, edtf, f"{_quote(match)}: a term from the publication ({ctx.published.text}) → {edtf}", RECENT_RANK
    )


_NEAR_FUTURE_MONTHS = 3  # the least « un avenir proche » reaches: a page of October still reads into January


def _near_future(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« dans un avenir proche », « dans un proche avenir », « dans un futur proche »: from the publication to the end
    of its year, or three months on when that is later (round 60: the sets' three truths read it to the year's end,
    or to three months on in October; « les prochains mois » alone, three months, fell short of two: round 35)."""
    if not ctx.day_precise:
        return None
    start = ctx.published.start
    end = max(date(ctx.ref.year, 12, 31), ctx.ref + relativedelta(months=_NEAR_FUTURE_MONTHS))
    edtf = interval(iso_day(start), iso_day(end))
    basis = (
        f"{_quote(match)}: from the publication ({ctx.published.text}) to the end of its year, or three months on if "
        f"that is later → {edtf}"
    )
    return _mention(match, edtf, basis, RECENT_RANK)


def _until_day(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« d'ici le 20 janvier », « d'ici au 10 octobre », « d'ici décembre »: from the publication up to that day (the
    month's last), the first one not before the publication."""
    month, start = _month_of(match["m"]), ctx.published.start
    if match["d"] is None:
        year = int(match["y"]) if match["y"] else start.year + (month < start.month)
        day = calendar.monthrange(year, month)[1]
    else:
        day = _day_of(match["d"])
        year = int(match["y"]) if match["y"] else start.year + ((month, day) < (start.month, start.day))
    try:
        last = date(year, month, day)
    except ValueError:
        return None
    if last < start:
        return None
    edtf = interval(iso_day(start), iso_day(last))
    basis = f"{_quote(match)}: from the publication ({ctx.published.text}) up to that day → {edtf}"
    return _mention(match, edtf, basis, RECENT_RANK)


# « les prochaines semaines » reach six weeks (round 33 read a month: four weeks fell short of the held-out truths, which
# read them to the same day of the next month; the later ones read up to the end of the next month, which six weeks
# hold from a page of its second half, and six weeks still hold four within half as much again: round 85); three months
# for « les prochains mois » is what they read; « les prochains jours » ten days, round 77: the truths read a week or
# ten days, and ten days hold a week's reading within half as much again)
_COMING_SPANS = {"jour": relativedelta(days=10), "semaine": relativedelta(weeks=6), "mois": relativedelta(months=3)}
_COMING_SPANS |= {"an": relativedelta(years=3), "heure": relativedelta(days=1)}


def _upto(ctx: _Context, end: date, unit: str) -> str:
    """From the publication to `end`, at the precision `unit` implies (a day, or a month or year with soft end)."""
    if unit in _DAY_UNITS:
        return interval(iso_day(ctx.published.start), iso_day(end))
    return f"{iso_day(ctx.published.start)}/{iso_month(end) if unit == 'mois' else end.year}~"


def _coming(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« dans les prochaines semaines », « au cours des trois prochains mois », « dans les jours à venir », « d'ici
    quelques jours »: from the publication to the end of the span (a week, a month, three months, three years) unless
    the text gives the count."""
    unit = _unit(match["u"] or match["u2"] or match["u3"])
    count = _count(match["n"]) if match["n"] else None
    span = _delta(count, unit) if count else _COMING_SPANS[unit]
    edtf = _upto(ctx, ctx.ref + span, unit)
    reading = (
        f"the next {count} {unit}(s)"
        if count
        else {"heure": "the next day", "jour": "the next ten days", "semaine": "the next six weeks"}.get(
            unit, "the next three months" if unit == "mois" else "the next three years"
        )
    )
    basis = f"{_quote(match)} read as {reading} from the publication ({ctx.published.text}) → {edtf}"
    return replace(_mention(match, edtf, basis, RECENT_RANK), counted=True)


def _ahead(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« dans deux semaines » (the publication window moved ahead), « d'ici trois mois », « sous dix jours », « d'ici
    deux à trois ans », « dans moins de deux mois » (from the publication up to that)."""
    unit = _unit(match["u"])
    if unit == "heure" and not match["the"]:
        return None  # « dans 24 heures »: a promise's term, a figure (frnumbers.py); « dans les 48 heures »: within
    span = _counted_span(match, unit)
    if span is None:
        return None
    low, high = span  # « d'ici deux à trois ans »: up to the larger count
    # « dans moins de deux mois », « dans les 48 heures »: up to it, not at it
    within = fold_word(match["q"] or "").startswith("moins") or match["the"] is not None
    if fold_word(match.group()).startswith("dans") and not within:
        first, last = ctx.published.start + low, ctx.published.end + high
        if unit in _DAY_UNITS:
            edtf = interval(iso_day(first), iso_day(last))
        else:
            edtf = (
                interval(iso_month(first), iso_month(last))
                if unit == "mois"
                else interval(str(first.year), str(last.year))
            )
        reading = "counted ahead from the publication"
    else:
        edtf, reading = _upto(ctx, ctx.ref + high, unit), "from the publication up to the end of the span"
    basis = f"{_quote(match)}: {reading} ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, WEEKDAY_RANK if unit in _DAY_UNITS else MONTH_RANK)


# The words _ANCHORED finds (folded) and the days each moves from its anchor, longest first: « surlendemain » holds
# « lendemain », « avant-veille » holds « veille »
_ANCHOR_SHIFTS = sorted(
    {
        "lendemain": 1,
        "surlendemain": 2,
        "veille": -1,
        "avant-veille": -2,
        "meme jour": 0,
        "jour meme": 0,
        "jour-la": 0,
    }.items(),
    key=lambda shift: -len(shift[0]),
)


# A day, or a third of a month (« fin décembre »: 2024-12-21~/2024-12-31), each end perhaps about (« ~ »)
_DAY_OR_THIRD = re.compile(r"(?P<first>\d{4}-\d\d-\d\d)(?P<a>~?)(?:/(?P<last>\d{4}-\d\d-\d\d)(?P<b>~?))?")


def _moved(edtf: str, shift: int) -> str | None:
    """A day, or a third of a month (1-10, 11-20, 21 to its end), moved whole by `shift` days (« fin décembre, … mort
    le lendemain »: the day after a day of late December, 22 December to 1 January); None for anything else (a run of
    days, « les 9 et 10 janvier », is no third)."""
    told = _DAY_OR_THIRD.fullmatch(edtf)
    if told is None:
        return None
    first = date.fromisoformat(told["first"])
    last = date.fromisoformat(told["last"]) if told["last"] else first
    thirds = {(1, 10), (11, 20), (21, calendar.monthrange(first.year, first.month)[1])}
    if told["last"] and ((first.year, first.month) != (last.year, last.month) or (first.day, last.day) not in thirds):
        return None
    moved = iso_day(first + timedelta(days=shift)) + told["a"]
    return moved if not told["last"] else f"{moved}/{iso_day(last + timedelta(days=shift))}{told['b']}"


def _anchored(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« le lendemain », « la veille »: the day after or before the day the sentence (or the one before it) names; a
    third of a month told earlier in the sentence moves whole (« fin décembre, … le lendemain »)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    words = fold_word(match.group())
    shift = next(days for said, days in _ANCHOR_SHIFTS if said in words)
    found = _moved(anchor.edtf, shift)  # « il y a deux semaines » (about that day, « ~ »): as uncertain after it
    if found is None:
        return None
    basis = f"{_quote(match)} of « {' '.join(anchor.text.split())} » ({anchor.edtf}) → {found}"
    return _mention(match, found, basis, DAY_RANK)


# the month a date of the story starts in (« 2024-10 », « 2024-10-11~/2024-10-20~ », « 2024-09/2024-11 ») and how many
# months on a month without a year may follow it (`_Context._told_month_before`)
_TOLD_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
_MONTHS_TOLD_FORWARD = 3
# … never after a date counted from the page (« il y a un an », « l'été dernier »), nor for a report's publication, a
# state up to a month or the start of one running on (« une estimation publiée fin décembre », « jusqu'à la fin août »,
# « depuis la mi-janvier »): the news's time, not the story's
_OF_THE_PAGE = re.compile(r"(?<!\w)(?:derni[eè]re?s?|prochaine?s?|il\s+y\s+a)(?!\w)", re.IGNORECASE)
# « Le mois dernier », « la semaine dernière », « ces derniers jours », « cette semaine », « hier »: a sentence set on the
# page's clock before its date, which no longer goes on with the story the sentence before told with an old year (« Il
# y a un an, le 4 décembre 2024, le traité entrait en vigueur. Le mois dernier, …, a rapporté l'agence le 28 décembre »
# on 20 January 2026 was read as 28 December 2024)
_ON_THE_PAGE_S_CLOCK = re.compile(
    r"(?<!\w)(?:(?:le\s+mois|la\s+semaine|le\s+week-end)\s+derni(?:er|[èe]re)|ces\s+derni(?:ers|[èe]res)\s+"
    r"(?:jours|semaines)|cette\s+semaine|hier)(?!\w)",
    re.IGNORECASE,
)
# « … a rappelé que le 6 décembre, les premiers soldats avaient franchi la frontière »: the pluperfect tells a time
# before the page's, the old story's (review55), whatever clock the sentence opens on
_PAST_PERFECT = re.compile(
    r"(?<!\w)(?:avai(?:en)?t|[ée]tai(?:en)?t)\s++(?:[^\W\d_]++\s++)?[^\W\d_]*?(?:[ée]e?s?|is?|us?|ts?)(?![\w'’])",
    re.IGNORECASE,
)
_MONTHS_OR_DAYS = re.compile(r"\d{4}-\d\d(?:-\d\d)?~?/\d{4}-\d\d(?:-\d\d)?~?")  # a span of months or days, no year
TOLD_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year written out: « décembre 2024 », « Noël 2024 »
_OF_THE_NEWS = re.compile(r"(?<!\w)(?:publi[ée]e?s?|jusqu|depuis)(?!\w)", re.IGNORECASE)
# A day or a run of days told exactly (« le 9 janvier 2025 », « les 9 et 10 janvier 2025 »), not a third of a month
_TOLD_DAYS = re.compile(r"(?:\d{4}-\d\d-\d\d/)?\d{4}-\d\d-(?P<last>\d\d)")


def _around(match: re.Match[str]) -> str:
    """The date's words and the three before them (« estimation publiée fin décembre »)."""
    before = match.string[max(0, match.start() - 40) : match.start()].split()[-3:]
    return " ".join([*before, match.group()])


def is_day(edtf: str) -> bool:
    """A day, exact or about that day (« 2024-12-29~ »): what « le lendemain » can count from."""
    return len(edtf) == 10 or (len(edtf) == 11 and edtf.endswith("~") and "/" not in edtf)


def _month_year(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« en juin 2024 »; « en juin de l'an dernier », « en mars de l'année prochaine »: the year before (after) the
    publication's."""
    if match["y"]:
        year, note = int(match["y"]), ""
    else:
        ahead = fold_word(match["rel"]).startswith("prochain")
        year = ctx.published.start.year + (1 if ahead else -1)
        note = f": the year {'after' if ahead else 'before'} the publication's ({ctx.published.text})"
    edtf = f"{year:04d}-{_month_of(match['m']):02d}"
    return _mention(match, edtf, f"{_quote(match)}{note} → {edtf}", MONTH_RANK)


def _month(match: re.Match[str], ctx: _Context) -> DateMention | None:
    if match["noun_of"] and match["m"][:1].isupper():
        return None  # « l'exploration de Mars », « la place de Mai »: French writes a month in lower case
    month = _month_of(match["m"])
    year, note = ctx.yearless(month, None, _MONTH_EN[month], match)
    edtf = f"{year:04d}-{month:02d}"
    if match["this"] and month == ctx.ref.month:
        note = f"the month of the publication ({ctx.published.text})"
    return _mention(match, edtf, f"{_quote(match)}: {note} → {edtf}", MONTH_RANK)


def _month_range(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« entre janvier et mars », « de mai à juillet 2024 », « dès juillet ou août » (as early as: its year is the
    first month's, so a range that begins by the publication runs on past it)."""
    m1, m2 = _month_of(match["m1"]), _month_of(match["m2"])
    if not (match["y1"] or match["y2"]) and fold_word(match["since"] or "") == "des":
        y1, note = ctx.yearless(m1, None, _MONTH_EN[m1], match)
        y2 = y1 + (m2 < m1)
    elif match["y1"] and not match["y2"] and not _rolls_past(int(match["y1"]), (m1, 1), (m2, 1), ctx):
        # « entre décembre 2024 et mars »: the first March after the start, unless past the publication
        y1 = int(match["y1"])
        y2, note = y1 + (m2 <= m1), f"no year given: the first {_MONTH_EN[m2]} after the start it runs from"
    else:
        y2, note = (
            (int(match["y2"]), "") if match["y2"] else ctx.yearless(m2, None, _MONTH_EN[m2], match, soon=m1 <= m2)
        )
        y1 = int(match["y1"]) if match["y1"] else (y2 if m1 <= m2 else y2 - 1)
    if (y1, m1) >= (y2, m2):
        return None
    edtf = f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
    year_note = f": {note}" if note else ""
    return _mention(match, edtf, f"{_quote(match)}, whole months{year_note} → {edtf}", MONTH_RANK)


_WORD_AFTER = re.compile(r"\s*[»”\"]?\s*(?P<w>[^\W\d_]+(?:-[^\W\d_]+)*)")
_SECOND_NUMBER = re.compile(r"\s+(?:[àa]|et|ou)\s+\d[\d\s\u00a0\u202f\u2009.]*?(?=\D|$)")
_COUNT_BEFORE_OF = words("count_before_of")
_YEAR_FOLLOWERS = words("year_followers")


def _counted(text: str, end: int) -> bool:
    """Whether the word at `end` is a thing counted (« 2000 hommes », « 1900 Nord-Coréens », « 2000 volontaires »):
    a unit, a capitalised word (a demonym or a name), or a plural that is no little word (« dans », « depuis »)."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after["w"]
    folded = fold_word(word)
    if folded in _YEAR_FOLLOWERS:
        return False
    return unit_of(word) is not None or word[:1].isupper() or folded.endswith(("s", "x"))


def _a_count_after_of(match: re.Match[str]) -> bool:
    """« de 1900 » is a year only with nothing against it: a quantifier before « de » (« plus de 1900 Nord-Coréens »,
    « un groupe de 2000 ») or a counted noun after the number (« de 2000 hommes », « de 2000 à 3000 soldats »)
    makes it a count."""
    text = match.string
    before = re.findall(r"[^\W\d_]+", text[max(0, match.start() - 30) : match.start()])
    if before and fold_word(before[-1]) in _COUNT_BEFORE_OF:
        return True
    second = _SECOND_NUMBER.match(text, match.end())
    return _counted(text, match.end()) or (second is not None and _counted(text, second.end()))


_A_RATIO = re.compile(rf"(?:\d|(?<!\w)(?:un|une|{NUMBER_WORDS}))\s*$", re.IGNORECASE)  # before « sur », « pour »


def _year(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« en 2024 », « depuis 2023 », « le traité de 1961 », « 80 millions d'euros pour 2025 », « sur la seule année
    2024 » (round 56); after « de », « pour », « sur », never a count (« de 2000 hommes », « pour 2000 soldats »)."""
    if match["of"] and _a_count_after_of(match):
        return None
    ratio_word = match["of"] and match["of"].rstrip().lower() in {"sur", "pour"}  # « la résolution 1718 de 2006 »
    if ratio_word and _A_RATIO.search(match.string[max(0, match.start() - 12) : match.start()]):
        return None  # « 300 sur 2000 », « un pour 2000 »: a ratio of counts
    if match["until"] and int(match["y"]) >= ctx.published.start.year:  # « d'ici à 2026 »: from the publication
        edtf = f"{iso_day(ctx.published.start)}/{match['y']}"
        return _mention(match, edtf, f"{_quote(match)}: from the publication up to that year → {edtf}", YEAR_RANK)
    return _mention(match, match["y"], f"{_quote(match)} → {match['y']}", YEAR_RANK)


def _entry_year(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« 1961 - Le Koweït proclame son indépendance. »: a chronology's or an éphéméride's entry, dated by the year that
    opens its line before a dash (round 20: it was no date at all)."""
    return _mention(match, match["y"], f"{_quote(match)}: the year that opens the entry → {match['y']}", YEAR_RANK)


def _year_range(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« pour 2026 et 2027 », « entre 2022 et 2024 », « de 2019 à 2021 »; « (1950-1953) », « 1991 – 2024 » under a
    name (round 29: no date at all): the years from the first to the second."""
    first, last = int(match["y1"] or match["y0"]), int(match["y2"])
    if last <= first or (_a_count_after_of(match) if match["dash"] is None else _no_years_dashed(match)):
        return None
    edtf = f"{first}/{last}"
    return _mention(match, edtf, f"{_quote(match)}: the years from the first to the last → {edtf}", YEAR_RANK)


_COPYRIGHT = words("copyright_marks")
_LINE_BEFORE = re.compile(r"[^\n]{0,40}$")


_MARK = re.compile(r"\([^\W\d_]\)|[^\W\d_]+|©")


def _no_years_dashed(match: re.Match[str]) -> bool:
    """« 2000-3000 soldats »: two numbers joined by a dash, then a thing counted in small letters, are a range of
    counts; a name or a heading after them (« 1991 – 2024 Page créée le ») is no thing counted. After « © » or
    « Copyright » on their line they are a site's rights (lexicon.toml copyright_marks), no date either."""
    text = match.string
    line = _LINE_BEFORE.search(text, 0, match.start())
    if any(fold_word(w) in _COPYRIGHT for w in _MARK.findall(line.group() if line else "")):
        return True
    after = _WORD_AFTER.match(text, match.end())
    return after is not None and after["w"].islower() and _counted(text, match.end())


def _decade(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« dans les années 1960 », « depuis les années 1970 », « dans les années 1970 et 1980 »: the decade's ten years,
    to the last one's end (round 29: they were no date; « depuis » dates when it started, as heldout truths read)."""
    first = int(match["y"])
    last = int(match["y2"] or first)
    if last < first:
        return None
    edtf = f"{first}/{last + 9}"
    return _mention(match, edtf, f"{_quote(match)}: the decade's years → {edtf}", YEAR_RANK)


# the words before a weekday that open a period at it (« à partir de samedi », « dès lundi »), not « depuis »
# (lexicon.toml `from_words`)
_FROM_WORDS = words("from_words")
# « le 16 décembre, lundi dernier, »: a weekday set off by a comma right after a day and its month restates that day
_AFTER_A_NAMED_DAY = re.compile(rf"(?<!\w){_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\s*,\s*$", re.IGNORECASE)


def _weekday(match: re.Match[str], ctx: _Context) -> DateMention | None:
    if _AFTER_A_NAMED_DAY.search(match.string, max(0, match.start() - 30), match.start()):
        return None  # the day before it dates the sentence; counted from the page, it was another one (sealed42 y10)
    wanted = WEEKDAYS[fold_word(match["wd"])]
    if not ctx.day_precise:
        return _unresolved(match, ctx, f"{_WEEKDAY_EN[wanted]} shortly before", "the day cannot")
    last = bool(match["last"])  # « jeudi dernier » in a Thursday article is the Thursday before
    # « depuis vendredi » in a Friday article: a period that runs on starts before the day it is told, so the Friday
    # before (round 42: it started and ended on the publication's day)
    last = last or (fold_word(match["since"] or "") == "depuis" and ctx.ref.weekday() == wanted)
    verb = None if last else ctx.coming(match) or _scheduled(match)
    until = _UNTIL.search(match.string, max(0, match.start() - 12), match.start())
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
            f"{_quote(match)}: the verb speaks of the future (« {verb} »): the first {_WEEKDAY_EN[wanted][2:]} not "
            f"before the publication ({ctx.published.text}) → {found.isoformat()}"
        )
        mention = _mention(match, iso_day(found), basis, WEEKDAY_RANK)
        # a start ahead is that day itself, as « dès X »: no period runs from it back to the publication
        return replace(mention, onset=True) if mention.since else mention
    found = _latest(wanted, ctx.ref - timedelta(days=1) if last else ctx.ref)
    basis = (
        f"{_quote(match)}: the latest {_WEEKDAY_EN[wanted][2:]} {'before' if last else 'not after'} the publication "
        f"({ctx.published.text}) → {found.isoformat()}"
    )
    after = ctx.ref + timedelta(days=1)
    if (
        not last
        and ctx.page is not None
        and after.weekday() == wanted
        and after == ctx.page
        and _STORY_TENSE.search(ctx.text) is None
        and not _told_in_the_week_up_to(ctx.previous, found)
    ):
        # « PYONGYANG, 17 juin 2025 (AFP) - … a annoncé mardi … . Séoul s'est dit mercredi « préoccupé » » on a page of
        # Wednesday 18 June: the story was brought up to the page's day, not told a week after its own Wednesday; never
        # in a story told from a past time (« Mercredi, Kim avait inspecté une usine »: the Wednesday before) or from a
        # day of that week the sentence before names, nor for a day between a dispatch and a later page (« SÉOUL, 10
        # octobre (AFP) - … Samedi, Kim a reçu … » on a Monday: the Saturday before; review54)
        found = after
        basis = (
            f"{_quote(match)}: the day after the dateline ({ctx.published.text}), not after the page's own "
            f"({ctx.page.isoformat()}): a wire story brought up to the page's day, not a week back → {found.isoformat()}"
        )
    return _mention(match, iso_day(found), basis, WEEKDAY_RANK, weekday=True)


def _weekday_day(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« Mardi 11 : », « jeudi 13 » (a digest's heading, the month left out): the latest such day not after the
    publication whose weekday is the one named (the next one when the verb speaks of the future)."""
    wanted, number = WEEKDAYS[fold_word(match["wd"])], _day_of(match["d"])
    ahead = ctx.coming(match) is not None
    month = date(ctx.ref.year, ctx.ref.month, 1)
    for step in range(12):
        first = month + relativedelta(months=step if ahead else -step)
        if number > calendar.monthrange(first.year, first.month)[1]:
            continue
        found = first.replace(day=number)
        if found.weekday() == wanted and (found >= ctx.published.start if ahead else found <= ctx.ref):
            which = f"{'first' if ahead else 'latest'} {_WEEKDAY_EN[wanted][2:]} {number} not {'before' if ahead else 'after'}"
            basis = f"{_quote(match)}: no month given: the {which} the publication ({ctx.published.text}) → {found}"
            return _mention(match, iso_day(found), basis, DAY_RANK, weekday=True)
    return None


def _heading(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« Février. », « Janvier : … », « Été : … », « Décembre-janvier : … » labelling their line (a timeline's or a
    retrospective's heading): that month, season or run of months, the latest not after the publication. A heading
    has no verb, so no tense to tell a month to come (round 18: « Janvier : » on 28 December is the January past)."""
    heading = "a heading, no verb: no tense to tell a month to come"
    if match["s"]:
        first_month, length = SEASONS[fold_word(match["s"])]
        start = _latest_begun(first_month, ctx.ref)
        edtf = interval(iso_month(start), iso_month(start + relativedelta(months=length - 1)))
        return _mention(match, edtf, f"{_quote(match)}: {heading}; the latest season begun → {edtf}", SEASON_RANK)
    if match["m1"]:
        m1, m2 = _month_of(match["m1"]), _month_of(match["m2"])
        y2, note = ctx.yearless(m2, None, _MONTH_EN[m2], match, soon=False)
        y1 = y2 if m1 <= m2 else y2 - 1
        if (y1, m1) >= (y2, m2):
            return None
        edtf = f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
        return _mention(match, edtf, f"{_quote(match)}: {heading}, whole months; {note} → {edtf}", MONTH_RANK)
    month = _month_of(match["m"])
    year, note = ctx.yearless(month, None, _MONTH_EN[month], match, soon=False)
    edtf = f"{year:04d}-{month:02d}"
    return _mention(match, edtf, f"{_quote(match)}: {heading}; {note} → {edtf}", MONTH_RANK)


_WEEK_ORDINALS = {"premiere": 1, "1re": 1, "deuxieme": 2, "seconde": 2, "2e": 2, "troisieme": 3, "3e": 3}
_WEEK_ORDINALS |= {"quatrieme": 4, "4e": 4}


def _week_of_month(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« la première semaine de novembre », « la dernière semaine de mars »: the month's days in sevens (1–7, 8–14,
    15–21, 22–28; the last, its last seven days), never a day of another month (round 27: Monday-to-Sunday weeks made
    the first week of November 2024 start on 28 October; every held-out truth reads days 1–7)."""
    month = _month_of(match["m"])
    year, note = (int(match["y"]), "") if match["y"] else ctx.yearless(month, None, _MONTH_EN[month], match)
    ordinal = fold_word(match["ord"])
    if ordinal.startswith("derni"):
        first = date(year, month, calendar.monthrange(year, month)[1] - 6)
    else:
        first = date(year, month, 1) + timedelta(weeks=_WEEK_ORDINALS[ordinal] - 1)
    edtf = interval(iso_day(first), iso_day(first + timedelta(days=6)))
    year_note = f"; {note}" if note else ""
    basis = f"{_quote(match)}: the month's days in sevens{year_note} → {edtf}"
    return _mention(match, edtf, basis, WEEK_RANK)


def _unresolved(match: re.Match[str], ctx: _Context, what: str, cannot: str) -> DateMention:
    """A weekday in an article whose publication is known only to a month or so: that month, approximate."""
    edtf = iso_month(ctx.ref) + "~"
    basis = (
        f"{_quote(match)}: {what} the publication, which is known only to about {ctx.published.text}; {cannot} be "
        f"resolved → {edtf}"
    )
    return _mention(match, edtf, basis, WEEKDAY_RANK)


def _latest(weekday: int, ref: date) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _next(weekday: int, ref: date) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def _weekday_range(match: re.Match[str], ctx: _Context) -> DateMention | None:
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
        basis = f"{_quote(match)}: the clause speaks of the future (« {verb} »): the coming days → {edtf}"
        return _mention(match, edtf, basis, WEEKDAY_RANK)
    end = _latest(last, ctx.ref)
    edtf = interval(iso_day(end - timedelta(days=span)), iso_day(end))
    basis = (
        f"{_quote(match)}: the latest {_WEEKDAY_EN[first][2:]} to {_WEEKDAY_EN[last][2:]} not after the publication "
        f"({ctx.published.text}) → {edtf}"
    )
    return _mention(match, edtf, basis, WEEKDAY_RANK)


def _weekend(match: re.Match[str], ctx: _Context) -> DateMention | None:
    ref = ctx.ref
    verb = None if match["w"] else ctx.coming(match)
    if match["w"]:  # « le week-end dernier »: the latest one already over
        sunday = _latest(6, ref - timedelta(days=1))
        reading = "the latest weekend over before the publication"
    elif verb is not None and ctx.day_precise:  # « pourraient avoir lieu dès ce week-end »: the coming one
        saturday = _next(5, ctx.published.start) if ctx.published.start.weekday() != 6 else ctx.published.start
        edtf = interval(iso_day(saturday), iso_day(_next(6, saturday)))
        basis = f"{_quote(match)}: the verb speaks of the future (« {verb} »): the coming weekend → {edtf}"
        return _mention(match, edtf, basis, WEEK_RANK)
    else:
        sunday = _latest(5, ref) + timedelta(days=1)
        reading = "the latest weekend begun by the publication, and not after it"
    if not ctx.day_precise:
        edtf = iso_month(ref) + "~"
        basis = f"{_quote(match)}: a weekend shortly before the publication, known only to about {ctx.published.text}"
        return _mention(match, edtf, f"{basis}; the days cannot be resolved → {edtf}", WEEK_RANK)
    edtf = interval(iso_day(sunday - timedelta(days=1)), iso_day(min(sunday, ref)))
    basis = f"{_quote(match)}: {reading} ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, WEEK_RANK)


def _count(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _unit(word: str) -> str:
    folded = fold_word(word)
    return "an" if folded.startswith("an") else folded.rstrip("s") if folded != "mois" else "mois"


def _delta(count: int, unit: str) -> relativedelta:
    return {
        "heure": relativedelta(days=math.ceil(count / 24)),
        "jour": relativedelta(days=count),
        "semaine": relativedelta(weeks=count),
        "mois": relativedelta(months=count),
    }.get(unit, relativedelta(years=count))


_ABOUT_COUNTS = {"dizaine": 10, "quinzaine": 14, "vingtaine": 20, "trentaine": 30}
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
# A year its writer rounds (« il y a près d'un an », « depuis plus d'un an », « à peine un an ») is about a year: the
# same month, as « il y a un an » (the held-out truths of three sets read them so, never as a span of months). A
# longer count keeps its reach (« il y a près de quatorze ans » is 13¾ to 14); « moins d'un an », « au moins » bound it.
_ROUNDED_YEAR = frozenset(["pres", "plus", "peu", "environ", "quelque", "a"])
_UNIT_DAYS = {"mois": 30.44, "an": 365.25}
_NEARLY = words("nearly_counts")  # « bientôt », « presque »: a little under the count, as « près de »


def _counted_span(
    match: re.Match[str], unit: str, *, fortnight: bool = False
) -> tuple[relativedelta, relativedelta] | None:
    """The shortest and longest span a count of `unit` says: « trois jours » exactly, « quelques jours » 2 to 7 (as
    « dans quelques jours »), « une dizaine de jours » and « près de deux semaines » about so many, « un peu plus de
    quinze jours » a little over; with `fortnight`, « quinze jours » two weeks (`_FORTNIGHT`)."""
    words = fold_word(" ".join(match["n"].split()))
    if words in ("quelques", "plusieurs"):
        low, high = 2.0, float(_QUELQUES[unit])
    else:
        about = next((v for k, v in _ABOUT_COUNTS.items() if k in words), None)
        count = float(about) if about is not None else _count(match["n"])
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
        if unit == "an" and count == 1 and qualifier in _ROUNDED_YEAR:
            reach = (1.0, 1.0)
        low, high = count * reach[0], count * reach[1]
        if unit in _UNIT_DAYS and qualifier in ("pres", "environ", "quelque", "a"):
            low, high = max(low, count - _NEAR_SLACK), min(high, count + _NEAR_SLACK)
        ranged, alternative = match.groupdict().get("n2"), match.groupdict().get("n3")  # « d'ici un mois ou deux »
        larger = ranged or alternative
        more = _count(larger) if larger else None
        if ranged and (more is None or more <= count):
            return None
        if more is not None and more > count:  # « deux à trois ans », « depuis trois à quatre semaines »: the larger
            high = float(more)  # (« dans trois semaines ou deux »: the first count, review63a)
    if unit in _DAY_UNITS:
        per = {"semaine": 7, "heure": 1 / 24}.get(unit, 1)
        return relativedelta(days=round(low * per)), relativedelta(days=round(high * per))
    if low.is_integer() and high.is_integer():
        return _delta(max(1, int(low)), unit), _delta(max(1, int(high)), unit)
    if unit == "an" and match.groupdict().get("half") and (low * 12).is_integer() and (high * 12).is_integer():
        # « depuis deux ans et demi »: thirty months, counted as months (round 42: 913 days landed a month late)
        return relativedelta(months=int(low * 12)), relativedelta(months=int(high * 12))
    return relativedelta(days=round(low * _UNIT_DAYS[unit])), relativedelta(days=round(high * _UNIT_DAYS[unit]))


def _back(ctx: _Context, low: relativedelta, high: relativedelta, unit: str) -> str:
    """The publication window moved back by `low` to `high`, at the precision `unit` implies."""
    first, last = ctx.published.start - high, ctx.published.end - low
    if unit in _DAY_UNITS:
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


_THAT_AFTER = re.compile(rf"\s+qu(?:e(?!\w)|{_APOS})", re.IGNORECASE)
_OF_AFTER = re.compile(rf"\s+(?:de|d{_APOS})", re.IGNORECASE)
# « Il y a presque deux ans de retard sur le chantier »: opening its clause, « il y a » a count « de » a noun says there
# is so much of it (round 95), never « il y a deux ans de cela / de ça », « il y a un an d'après Kiev » (ago;
# review63b); after a verb, « parlait il y a quelques jours de renforts » is ago
_OF_A_NOUN_AFTER = re.compile(rf"\s+(?:de\s+|d{_APOS}\s*)(?!cela\b|ça\b|ici\b|après\b)[^\W\d_]", re.IGNORECASE)


def _ago(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« il y a trois jours », « il y a quelques semaines », « il y a près de deux mois », « il y a une dizaine de
    jours », « il y a encore deux ans, » (only so long ago), « Voici trois semaines » (round 42): counted back from the
    publication; never « il y a encore deux ans de travaux » (what is still to come), « voici trois semaines de
    combats » (here they are) nor « voici trois semaines que » (since)."""
    if (match["still"] or fold_word(match.group()).startswith("voici")) and _OF_AFTER.match(match.string, match.end()):
        return None
    if fold_word(match.group()).startswith("voici") and _THAT_AFTER.match(match.string, match.end()):
        return None  # « voici trois semaines que les combats durent »: since, not ago
    if _OPENS_A_CLAUSE.search(match.string, 0, match.start()) and _OF_A_NOUN_AFTER.match(match.string, match.end()):
        return None  # « Il y a presque deux ans de retard sur le chantier »: there is so much of it, no time ago
    unit = _unit(match["u"])
    span = _counted_span(match, unit, fortnight=True)
    if span is None:
        return None
    low, high = span
    precision, how = unit, " counted back"
    if _LESS_THAN.match(match["q"] or ""):
        # « il y a moins de deux semaines »: any time from then up to the publication (round 84: sealed41, sealed49 and
        # sealed54 read so; it was read as one to two weeks back), to the day whatever the unit
        low, precision, how = relativedelta(), "jour", ": any time up to the publication, counted back"
        if (count := _count(match["n"])) is not None and unit not in _DAY_UNITS:
            high = _delta(int(count), unit)  # « moins d'un mois »: a calendar month, not 30 days
    more = _count(match["more"]) if match["more"] else None
    if more:  # « il y a un an et deux jours »: the days more, to the day
        low, high = low + relativedelta(days=more), high + relativedelta(days=more)
        precision, how = "jour", f": {more} days more, to the day, counted back"
    elif _to_the_day(match):  # « il y a trois ans jour pour jour », « il y a tout juste un an »: that very day
        precision, how = "jour", ": that very day, counted back"
    elif unit == "an" and low.years >= _YEARS_READ_TO_THE_YEAR:
        # « il y a septante ans »: a count of years in tens is rounded, as « depuis trente ans » is: a year (round 40:
        # its month was read, 1954-12, a precision no truth gives)
        how = ": a round count of years, its year, counted back"
    elif unit == "an" and low == high == relativedelta(years=1) and _A_LITTLE_MORE.match(match["q"] or ""):
        # « il y a un peu plus d'un an »: a year or a month more, so that month or the one before (round 84: sealed43
        # to sealed54 read both months, never the year's own month alone)
        high, precision, how = relativedelta(years=1, months=1), "mois", ": a year or a month more, counted back"
    elif unit == "an" and ctx.ref - low < ctx.ref - high + relativedelta(years=1):
        # « il y a un an », « il y a près de quatorze ans »: about the same months, counted back
        precision, how = "mois", ": about the same month, counted back"
    edtf = _back(ctx, low, high, precision)
    if unit == "semaine" and precision == unit and len(edtf) == len("2024-12-27"):
        # « il y a deux semaines »: a count of weeks is a round figure, about that day (rev24 F7)
        edtf, how = f"{edtf}~", f"{how} (weeks: about that day)"
    basis = f"{_quote(match)}{how} from the publication ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, WEEKDAY_RANK if precision in _DAY_UNITS else MONTH_RANK)


_YEARS_READ_TO_THE_YEAR = 10
_LESS_THAN = re.compile(r"moins\s", re.IGNORECASE)  # « moins de », never « un peu moins de » (nearly that long)
_A_LITTLE_MORE = re.compile(r"un\s+peu\s+plus\s", re.IGNORECASE)


# « n'a pas combattu », « n'avait plus engagé de troupes à l'étranger »: a negated verb of the same clause before a
# « depuis » count (no comma, semicolon or quote between)
_NOT_SINCE = re.compile(
    r"\bn(?:e\s+|['’]\s*)[^,;:.!?«»()]{0,50}?\b(?:pas|plus|jamais)\b[^,;:.!?«»()]{0,60}$", re.IGNORECASE
)


def _since_count(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« depuis trois mois », « depuis une dizaine de jours », « cela fait deux semaines que »: the start of a period
    that runs on, counted back from the publication."""
    unit = _unit(match["u"])
    span = _counted_span(match, unit)
    if span is None:
        return None
    # « depuis trente ans »: a count of years in tens is rounded by whoever writes it; its start is a year, not a month
    decades = unit == "an" and span[0].years >= _YEARS_READ_TO_THE_YEAR
    if decades and _NOT_SINCE.search(match.string, max(0, match.start() - 80), match.start()):
        # « une armée qui n'a pas combattu depuis soixante-dix ans »: how long something has not happened, a duration
        # (the held-out truths of sealed5 and sealed13); « ne sont plus en première ligne depuis trois semaines »
        # still starts a period
        return None
    day = unit in _DAY_UNITS or _to_the_day(match)
    said = ctx.said_on if ctx.statement or _in_the_imperfect(match) else None
    counted = ctx if said is None else replace(ctx, published=parse_edtf(said.edtf))
    edtf = _back(counted, *span, "jour" if day and unit not in _DAY_UNITS else unit if day or decades else "mois")
    if not day:
        edtf = "/".join(part + "~" for part in edtf.split("/"))
    whence = (
        f"the publication ({ctx.published.text})"
        if said is None
        else f"the time the sentence tells it at, « {' '.join(said.text.split())} » ({said.edtf})"
    )
    basis = f"{_quote(match)}: the start, counted back from {whence} → {edtf}"
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, RECENT_RANK, since=True)


# A verb of saying (lexicon.toml `speech_verbs`, folded) in a form that ends on its stem: the participle, the present,
# their agreements (« a affirmé », « déclarent », « dite »), never a longer word (« parlement », « rapporteur »)
_SAYS = re.compile(rf"(?<![\w'’])(?:{alternatives('speech_verbs')})(?:e?s?|nt)(?![\w'’])")
_CLAUSE_OPENERS = ",;:«»()"
_CLAUSE_REACH = 80  # how far before a count « depuis » its clause's verb is looked for


def _in_the_imperfect(match: re.Match[str]) -> bool:
    """Whether a count « depuis » stands in a clause told in the imperfect, a time the story looks back from
    (« Le 28 avril, … on le savait depuis six mois », « ce qu'ils niaient depuis six mois »), not the page's present
    (« où les combats font rage depuis trois mois »)."""
    before = match.string[max(0, match.start() - _CLAUSE_REACH) : match.start()]
    opened = max(before.rfind(mark) for mark in _CLAUSE_OPENERS) + 1
    return told_in_the_imperfect(before[opened:])


def _tomorrow(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« demain », « après-demain »: counted ahead from the publication."""
    days = 2 if "-" in match.group() else 1
    first, last = ctx.published.start + timedelta(days=days), ctx.published.end + timedelta(days=days)
    edtf = interval(iso_day(first), iso_day(last))
    basis = f"{_quote(match)} counted ahead from the publication ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, WEEKDAY_RANK)


def _yesterday(match: re.Match[str], ctx: _Context) -> DateMention | None:
    days = 2 if "avant" in match.group().lower() else 1
    edtf = _back(ctx, relativedelta(days=days), relativedelta(days=days), "jour")
    basis = f"{_quote(match)} counted back from the publication ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, WEEKDAY_RANK)


def _that_year(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« cette année-là »: the year told last (`_Context.the_same_year`), never the page's; nothing when no year was
    told (round 92: « De cette année-là en Corée, il garde un carnet » was read as the page's year)."""
    same = ctx.the_same_year(match, at=match.end())
    if same is None:
        return None
    year, note = same
    return _mention(match, f"{year:04d}", f"{note} → {year}", YEAR_RANK)  # the note opens on the words quoted


def _named_period(match: re.Match[str], ctx: _Context) -> DateMention | None:
    words = fold_word(" ".join(match.group().split()))
    ref = ctx.ref
    if "annee" in words or re.search(r"(?<![^\W\d_])an(?![^\W\d_])", words):  # « depuis l'an dernier »
        first, last = ctx.published.start.year - 1, ref.year - 1
        if "derni" in words or "passe" in words:
            edtf, rank = interval(str(first), str(last)), YEAR_RANK
        else:
            edtf, rank = interval(str(ctx.published.start.year), str(ref.year)), YEAR_RANK
    elif "mois" in words:
        past = "derni" in words or "passe" in words or "ecoule" in words  # « le mois écoulé »: the one over
        month = ref - relativedelta(months=1) if past else ref
        edtf, rank = iso_month(month), MONTH_RANK
    else:
        monday = ref - timedelta(days=ref.weekday())
        if "derni" in words or "passe" in words or "ecoulee" in words:  # « la semaine écoulée »: the one over
            edtf = interval(iso_day(monday - timedelta(days=7)), iso_day(monday - timedelta(days=1)))
        elif "tot" in words and ctx.news_day is not None:
            return _earlier_this_week(match, ctx, ctx.news_day)
        elif "tot" in words:
            monday = ctx.published.start - timedelta(days=ctx.published.start.weekday())
            edtf = interval(iso_day(monday), iso_day(max(monday, ref - timedelta(days=1))))
        elif (verb := ctx.coming(match)) is not None:  # « doit recevoir … cette semaine »: the week, to its end
            edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
            basis = f"{_quote(match)}: the verb speaks of the future (« {verb} »): the whole week → {edtf}"
            return _mention(match, edtf, basis, WEEK_RANK)
        else:
            edtf = interval(iso_day(monday), iso_day(ref))
        rank = WEEK_RANK
    basis = f"{_quote(match)}, counted from the publication ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, rank)


def _earlier_this_week(match: re.Match[str], ctx: _Context, news: DateMention) -> DateMention:
    """« plus tôt cette semaine » is earlier than the article's own day: Monday of its week to the day before."""
    day = date.fromisoformat(news.edtf)
    monday = day - timedelta(days=day.weekday())
    edtf = interval(iso_day(monday), iso_day(max(monday, day - timedelta(days=1))))
    basis = (
        f"{_quote(match)}: earlier in the week than the article's own day, taken as the latest day it names by its "
        f"weekday within the publication window ({ctx.published.text}), « {' '.join(news.text.split())} » → "
        f"{news.edtf}: from that Monday to the day before → {edtf}"
    )
    return _mention(match, edtf, basis, WEEK_RANK)


def _last_count(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« au cours des deux dernières semaines », « ces trois derniers mois »: that span back from the publication."""
    count, unit = _count(match["n"] or match["n2"]), _unit(match["u"])
    if count is None:
        return None
    first = ctx.published.start - _delta(count, unit)
    edtf = interval(iso_day(first), iso_day(ctx.published.end))
    basis = f"{_quote(match)}: the span counted back from the publication ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, RECENT_RANK)


def _recent(match: re.Match[str], ctx: _Context) -> DateMention | None:
    unit = _unit(match["u"])
    back = {"mois": relativedelta(months=3), "semaine": relativedelta(weeks=4), "heure": relativedelta(days=1)}.get(
        unit, relativedelta(days=7)
    )
    start = ctx.ref - back
    first = (iso_month(start) if unit == "mois" else iso_day(start)) + "~"
    edtf = f"{first}/{iso_day(ctx.ref)}"
    span = {"mois": "three months", "semaine": "four weeks", "heure": "day"}.get(unit, "week")
    basis = f"{_quote(match)} read as the last {span} before the publication ({ctx.published.text}) → {edtf}"
    return _mention(match, edtf, basis, RECENT_RANK)


def _latest_begun(first_month: int, ref: date) -> date:
    """The first day of the latest season (or run of months) beginning with `first_month` begun by `ref`."""
    start = date(ref.year, first_month, 1)
    return start if start <= ref else start - relativedelta(years=1)


# « d'ici » before a season: a bound ahead of the time of speaking
_UNTIL_A_SEASON = re.compile(rf"d{_APOS}\s*ici", re.IGNORECASE)


def _season_instance(season: str, match: re.Match[str], ctx: _Context) -> tuple[date, date, str]:
    """The season's first and last days, and how it was chosen."""
    first_month, length = SEASONS[season]
    reading = "meteorological season"
    if match["y"]:
        start = date(int(match["y"]), first_month, 1)
    elif match["this"] and not (match["w"] or match["next"]):
        # « cet été », « cet automne »: the season of the publication's year, past or ahead (« au plus tard cet été »
        # in May is the coming one); « cet hiver »: the one whose December is of that year, the one before early on
        year = ctx.published.start.year - (season == "hiver" and ctx.published.start.month <= 6)
        start, reading = (
            date(year, first_month, 1),
            f"{reading}; « {match['this']} »: the one of the publication's year",
        )
        if (
            start > ctx.ref
            and ctx.clauses is not None
            and ctx.clauses.told_as_done(match.start())
            and ctx.clauses.future_marker(match.start()) is None
        ):
            # « ont été déployés … cet automne » in January: told in the past, the one just over; not a passive
            # after a verb of the future (« un contingent pourrait être envoyé cet hiver » in October: round 82)
            start -= relativedelta(years=1)
            reading += ", told in the past: the one before, this year's not begun"
    else:
        start = _latest_begun(first_month, ctx.ref)
        since = fold_word(match["since"] or "")
        lasting = since not in ("", "des")  # « dès le printemps » may lie ahead
        # « depuis » looks back; « à partir du printemps » in a clause that speaks of the future lies ahead (« Elle
        # espère retourner à Soumy à partir du printemps », in January: the coming one; sealed40 w03, session 52)
        looks_back = since.startswith("depuis")
        marker = None if match["w"] or looks_back or ctx.clauses is None else ctx.clauses.future_marker(match.start())
        if marker is None and not match["w"] and (until := _UNTIL_A_SEASON.match(match["at"] or "")) is not None:
            # « « D'ici le printemps, Kiev pourrait avoir tout perdu », avance-t-il » in December: « d'ici » looks ahead
            # whatever the clause's tenses say (sealed61 e02, blind: the spring before)
            marker = until.group()
        if match["next"]:  # « prochain »: the first one to begin after the publication
            start, reading = start + relativedelta(years=1), f"{reading}; the next one to begin after the publication"
        elif (
            match.groupdict().get("aim")
            and start + relativedelta(months=length) <= ctx.published.start
            and not (ctx.clauses is not None and ctx.clauses.told_as_done(match.start(), imperfect=False))
        ):
            # « une rotation en préparation pour le printemps » in January: a time aimed at is not over; never one told
            # in a past tense (review58: « Les renforts promis pour l'été ne sont jamais arrivés » in October, this
            # summer; the imperfect of reported speech still looks ahead: sealed51 o15)
            start, reading = start + relativedelta(years=1), f"{reading}; « pour », a time aimed at: the next one"
        elif match.groupdict().get("aim"):
            reading += "; « pour », a time aimed at: the one not over at the publication"
        elif match["w"]:  # « dernier »: the latest one already over
            while start + relativedelta(months=length) > ctx.ref:
                start -= relativedelta(years=1)
            reading += "; the latest one over before the publication"
        elif marker is None and not lasting and (told := ctx.story_year(first_month, None, match)) is not None:
            # « le traité signé le 19 juin 2024 et ratifié à l'automne » on a page of 2026: the story's (round 22)
            start, reading = date(told[0], first_month, 1), f"{reading}; {told[1]}"
        elif marker is not None and start + relativedelta(months=length) <= ctx.published.start:
            start += relativedelta(years=1)
            reading += f"; the clause speaks of the future (« {marker} »): the next one, the last being over"
        elif (
            not lasting
            and ctx.clauses is not None
            and start + relativedelta(months=length) <= ctx.published.start
            and 0 < (start + relativedelta(years=1) - ctx.published.start).days <= _MONTH_AHEAD_DAYS
            and not ctx.clauses.told_as_done(match.start())
        ):
            # « un redéploiement « au printemps » » in February: the last one long over, the next about to begin
            start += relativedelta(years=1)
            reading += "; told in no past tense, the last one over and the next about to begin: the next one"
    return start, start + relativedelta(months=length) - timedelta(days=1), reading


_BEFORE_A_SEASON = re.compile(rf"(?:l{_APOS}\s*|(?<!\w)en\s+)$", re.IGNORECASE)


def _a_participle(match: re.Match[str]) -> bool:
    """« Ce chiffre a depuis été révisé », « ont dès lors été »: « été » with no article (« l'été »), no « en », no
    « cet », no year, is the past participle of « être », never the summer (round 20: « depuis été » was read as the
    summer, twice: its start and the period from it)."""
    if fold_word(match["s"]) != "ete" or match["y"] or match["this"] or match["w"] or match["next"]:
        return False
    return _BEFORE_A_SEASON.search(match.string, match.start(), match.start("s")) is None


def _season(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« l'automne dernier », « l'été 2024 », « l'hiver prochain », « cet hiver », and a bare season after
    « depuis », « à l' », « en » (« depuis l'été », « à l'automne »): the latest one begun by the publication, or the
    next one when the clause speaks of the future and the latest is over."""
    if not (match["w"] or match["y"] or match["this"] or match["since"] or match["at"] or match["next"]):
        return None
    if _a_participle(match):
        return None
    first, last, reading = _season_instance(fold_word(match["s"]), match, ctx)
    edtf = interval(iso_month(first), iso_month(last))
    return _mention(match, edtf, f"{_quote(match)}: {reading} → {edtf}", SEASON_RANK)


def _season_part(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« à la fin de l'été », « au début de l'hiver dernier »: the first, middle or last month of the season."""
    first, _, reading = _season_instance(fold_word(match["s"]), match, ctx)
    index = {"debut": 0, "mi": 1, "milieu": 1}.get(fold_word(match["part"]), 2)
    month = first + relativedelta(months=index)
    edtf = iso_month(month)
    basis = f"{_quote(match)}: {reading}, its {('first', 'middle', 'last')[index]} month → {edtf}"
    return _mention(match, edtf, basis, MONTH_RANK)


def _rentree(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« à la rentrée »: the first ten days of September; in a summer article (June to August) the coming one,
    otherwise the latest one begun, or the next one in a clause that speaks of the future."""
    start = ctx.published.start
    if match["y"]:
        year, note = int(match["y"]), "the year given"
    elif start.month in (6, 7, 8):
        year, note = start.year, f"the coming one, the article being of the summer ({ctx.published.text})"
    else:
        year = start.year if start.month >= 9 else start.year - 1
        note = f"the latest one begun by the publication ({ctx.published.text})"
        verb = ctx.coming(match)
        if verb is not None:
            year, note = year + 1, f"the clause speaks of the future (« {verb} »): the next one"
    edtf = f"{year}-09-01/{year}-09-10"
    return _mention(match, edtf, f"{_quote(match)}: early September, {note} → {edtf}", FUZZY_RANK)


_LUNAR_NEW_YEARS = lunar_new_years()


def _feast_days(name: str, year: int) -> tuple[date, date] | None:
    """The first and last day of a feast of lexicon.toml's [feasts] in `year` (the year it ends in); None for a lunar
    feast in a year [lunar_new_year] does not list."""
    rule = FEASTS[name][0]
    if rule == "lunar-new-year":
        day = _LUNAR_NEW_YEARS.get(year)
        return (day, day) if day else None
    if rule in ("easter", "orthodox-easter"):
        day = easter(year, EASTER_ORTHODOX if rule == "orthodox-easter" else EASTER_WESTERN)
        return day, day
    ends = [date(year, int(part[:2]), int(part[3:])) for part in rule.split("/")]
    first, last = ends[0], ends[-1]
    return (first.replace(year=year - 1) if first > last else first), last


_FEAST_NAME = re.compile(rf"{_FEAST}|{_FEAST_WITH_ITS_YEAR}\s+{_YEAR}", re.IGNORECASE)  # « Noël », « Noël 2024 »
_ANNIVERSARY_NAME = re.compile(_ANNIVERSARY, re.IGNORECASE)
_EVE_OF = re.compile(rf"(?<!\w)(?:avant-)?veille\s+(?:du|de\s+la|de\s+l{_APOS}|de)\s*$", re.IGNORECASE)


_OF_TOMORROW = re.compile(r"\W*demain(?!\w)", re.IGNORECASE)  # a sentence that opens on the day after it is written


# « L'an dernier, à Noël »: the feast of the year before, even on its eve
_LAST_YEAR = re.compile(
    rf"(?<!\w)(?:l{_APOS}\s*an\s+(?:dernier|pass[ée])|l{_APOS}\s*ann[ée]e\s+(?:derni[èe]re|pass[ée]e))(?!\w)",
    re.IGNORECASE,
)


def _on_its_eve(name: str, ref: date) -> bool:
    """Whether `ref` is the eve of the feast: a page of the 24th speaks of the Christmas of that night."""
    tomorrow = ref + timedelta(days=1)
    days = _feast_days(name, tomorrow.year)
    return days is not None and days[0] == tomorrow


def _holiday(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« à Noël », « le Noël orthodoxe », « avant Pâques »: the feast's day (lexicon.toml [feasts]), the latest one
    by the publication, or the first one not before it when the nearest verb speaks of the future."""
    if re.search(r"[^\W\d_]-$", match.string[max(0, match.start() - 2) : match.start()]):
        return None  # « Jean-Noël Barrot », « Marie-Noël »: a compound first name, not the feast
    name = re.sub(r"'\s*", "'", " ".join(fold_word(match["n"]).replace("’", "'").split()))
    eve = _EVE_OF.search(match.string, 0, match.start())
    lead = 0 if eve is None else 2 if "avant" in fold_word(eve.group()) else 1
    if _OF_TOMORROW.match(match.string):  # « Demain, certains pays fêtent Noël » written on the 24th (round 38)
        lead = max(lead, 1)
    if (
        not lead
        and _on_its_eve(name, ctx.ref)
        and not tells_the_past(match.string)
        and not _LAST_YEAR.search(match.string, 0, match.start())
    ):
        lead = 1  # « prient lors de la messe de la nuit de Noël » written on the 24th: tonight's (round 54)
    if match.groupdict().get("y"):  # « depuis Noël 2023 »: that year's
        year = int(match["y"])
        # « les fêtes de fin d'année 2024 »: the year they start in, not the one they end in (`_feast_days`)
        told = _feast_days(name, year + ("fin d'annee" in name and "/" in FEASTS[name][0]))
        if told is None:  # a lunar feast of a year the lexicon does not list: its year, the day left to the curator
            basis = (
                f"{TODO} {_quote(match)}: lexicon.toml [lunar_new_year] lists no Lunar New Year in {year}: write its "
                f"day; the year told stands in → {year:04d}"
            )
            return _mention(match, f"{year:04d}", basis, YEAR_RANK)
        edtf = interval(iso_day(told[0]), iso_day(told[1]))
        return _mention(match, edtf, f"{_quote(match)}: {FEASTS[name][1]} of the year told → {edtf}", DAY_RANK)
    ref = ctx.ref + timedelta(days=lead)  # « à la veille du Noël orthodoxe »: the eve is the one not after it
    past = next(
        (d for d in (_feast_days(name, y) for y in range(ref.year + 1, ref.year - 3, -1)) if d and d[0] <= ref), None
    )
    reading = f"the latest {'whose eve is ' if lead else ''}not after the publication ({ctx.published.text})"
    feast = FEASTS[name][1]
    verb = ctx.clauses.future_verb(match.start(), of_a_noun=True) if ctx.clauses is not None else None
    if verb is not None:
        past = _coming_feast(name, ctx)
        reading = f"the verb speaks of the future (« {verb} »): the first not before the publication"
    elif (bound := _bound_side(match)) is not None and bound[0] == "ahead":
        coming = _coming_feast(name, ctx)
        if coming is not None and ctx.bound_ahead(match, bound[1], (coming[0] - ctx.published.start).days):
            past, reading = coming, "a bound ahead of the publication: the first not before it"
    if past is None:
        return None  # a lunar feast of a year the lexicon does not list
    edtf = interval(iso_day(past[0]), iso_day(past[1]))
    return _mention(match, edtf, f"{_quote(match)}: {feast}, {reading} → {edtf}", DAY_RANK)


def _coming_feast(name: str, ctx: _Context) -> tuple[date, date] | None:
    """The days of the first such feast not before the publication (within three years), or None."""
    start = ctx.published.start
    return next(
        (d for d in (_feast_days(name, y) for y in range(start.year, start.year + 3)) if d and d[0] >= start), None
    )


def _story_anchor(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« depuis le début de la guerre », « depuis l'incursion ukrainienne », « depuis la fin de la guerre froide »: a
    moment of the story dated by its name alone (lexicon.toml [anchors]), as the start of a period that runs on. Not
    when the text dates it itself (« depuis l'invasion de février 2022 »: the month is read), nor when the moment
    would fall after the publication (an older article's « incursion » is another one)."""
    if _DATED_AFTER.match(match.string, match.end()):
        return None
    found = _anchor_date(match)
    if found is None or found[0].start > ctx.published.end:
        return None
    when, name = found
    basis = f"{_quote(match)}: {name}, a moment of the story dated by its name (lexicon.toml [anchors]) → {when.text}"
    return _mention(match, when.text, basis, DAY_RANK if when.precision is Precision.DAY else YEAR_RANK)


_STORY_ANCHOR_AFTER = re.compile(rf"\s+{_STORY_ANCHOR}", re.IGNORECASE)
# « depuis l'invasion de février 2022 », « depuis le début de l'invasion à grande échelle, en février 2022, »
_DATED_AFTER = re.compile(
    rf"(?:[^,;:.!?()]{{0,40}}?|[^,;:.!?()]{{0,40}}?,\s*(?:en\s+|le\s+|au\s+)?)(?<!\w)(?:{_MONTH}|{_YEAR}|{_DAY}\s+{_MONTH})(?!\w)",
    re.IGNORECASE,
)

# How far after the page an anniversary of a moment of the story may fall: one further is another moment's, the page
# naming an older war or event with the story's words (« le 75e anniversaire du déclenchement de la guerre »).
_ANNIVERSARY_AHEAD = timedelta(days=2 * 366)


def _anniversary(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« le troisième anniversaire de l'invasion »: so many years after a moment of the story (lexicon.toml
    [anchors]) dated to its day."""
    found = _anchor_date(match)
    word = fold_word(match["ord"])
    years = _NTH.get(word) or (int(word[:-1]) if word[:-1].isdigit() else 0)
    if found is None or found[0].precision is not Precision.DAY or not years:
        return None
    day = found[0].start + relativedelta(years=years)
    if day > ctx.ref + _ANNIVERSARY_AHEAD:
        return None  # « le 75e anniversaire du déclenchement de la guerre »: another war's (sealed61 e07, blind: 2097)
    basis = f"{_quote(match)}: {years} year(s) after {found[1]} ({found[0].text}) → {day.isoformat()}"
    return _mention(match, iso_day(day), basis, DAY_RANK)


def _anchor_date(match: re.Match[str]) -> tuple[FuzzyDate, str] | None:
    """The date and English name of the [anchors] moment `match` names (its group `anchor`)."""
    key = re.sub(r"'\s*", "'", " ".join(fold_word(match["anchor"]).replace("’", "'").split()))
    if key not in ANCHORS:
        return None
    edtf, name = ANCHORS[key]
    return parse_edtf(edtf), name


def _day_part(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« ce matin », « ce soir », « cet après-midi » (the publication day), « cette nuit », « la nuit dernière » (the
    night that ends on the publication day: that day or the one before)."""
    words = fold_word(match.group())
    if not ctx.day_precise:
        return None
    night = "nuit" in words
    first = ctx.published.end - timedelta(days=1) if night else ctx.published.start
    edtf = interval(iso_day(first), iso_day(ctx.published.end))
    reading = "the night before or of the publication" if night else "the day of the publication"
    return _mention(match, edtf, f"{_quote(match)}: {reading} ({ctx.published.text}) → {edtf}", WEEKDAY_RANK)


_ORDINALS = {"premier": 1, "1er": 1, "second": 2, "deuxieme": 2, "2e": 2, "troisieme": 3, "3e": 3}
_ORDINALS |= {"quatrieme": 4, "4e": 4, "dernier": 4}


def _quarter(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« au troisième trimestre 2024 », « au premier semestre »: the year's quarter or half (a year not given: the
    latest one begun by the publication, or the publication's year's still ahead when the clause tells it not over)."""
    months = 3 if fold_word(match["kind"]) == "trimestre" else 6
    number = _ORDINALS[fold_word(match["ord"])]
    if months == 6:
        number = min(number, 2)
    first_month = (number - 1) * months + 1
    year = int(match["y"]) if match["y"] else ctx.ref.year - (date(ctx.ref.year, first_month, 1) > ctx.ref)
    note = ""
    clauses = ctx.clauses
    if (
        not match["y"]
        and year < ctx.ref.year
        and clauses is not None
        and (clauses.future_marker(match.start()) is not None or not clauses.tells_the_past_at(match.start()))
    ):
        # « le prochain rapport est attendu au second semestre » in February: the publication's year, still ahead, as
        # the clause speaks of the future or tells nothing over (round 42: it was the year before's)
        year, note = ctx.ref.year, ", the publication's year, still ahead: the clause tells nothing over"
    edtf = f"{year}-{first_month:02d}/{year}-{first_month + months - 1:02d}"
    return _mention(match, edtf, f"{_quote(match)}: the months of that part of the year{note} → {edtf}", MONTH_RANK)


def _period_part(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« début de l'année », « à la fin du mois dernier », « en fin de semaine », « depuis le début de l'année »: a
    part of the publication's year, month or week (or the one before or after, with « dernier », « prochain »). A
    part still ahead of the publication is the one before, unless the clause speaks of the future."""
    unit, part = fold_word(match["unit"]), fold_word(match["part"])
    part = "mi" if part == "milieu" else part
    rel = fold_word(match["rel"] or "")
    shift = -1 if rel.startswith(("derni", "passe")) else 1 if rel.startswith("prochain") else 0

    def span(step: int) -> tuple[date, date, str]:
        ref = ctx.published.start
        if unit.startswith("an"):  # « l'année », « l'an dernier »
            year = ref.year + step
            first, last = {"debut": (1, 3), "mi": (5, 8)}.get(part, (10, 12))
            return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), "year"
        if unit == "mois":
            month = ref + relativedelta(months=step)
            first_day, last_day = _part_days(part, month.year, month.month)
            return first_day, last_day, "month"
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        first, last = {"debut": (0, 2), "mi": (2, 3)}.get(part, (3, 6))
        return monday + timedelta(days=first), monday + timedelta(days=last), "week"

    first, last, what = span(shift)
    note = ""
    told = _month_told(ctx) if unit == "mois" and not rel and not match["since"] else None
    if told is not None and ctx.clauses is not None and ctx.clauses.future_marker(match.start(), of_the_date=False):
        # « d'ici à la fin du mois »: the coming end of the publication's month; « s'étaient rendus … au début du mois,
        # et … pourrait envoyer … d'ici la fin de l'année »: a sentence of the news, not of the story told before
        told = None
    if told is not None:  # « … le 13 octobre 2024. Un second contingent a suivi à la fin du mois »
        first, last = _part_days(part, told.year, told.month)
        note = f"; the month the story told before, « {' '.join(ctx.previous.text.split())} »" if ctx.previous else ""
        edtf = interval(iso_day(first), iso_day(last))
        return _mention(match, edtf, f"{_quote(match)}: beginning, middle, end of the month{note} → {edtf}", FUZZY_RANK)
    if match["since"] and part == "debut" and first <= ctx.ref:
        # « depuis le début de l'année »: from its first day up to the publication
        edtf = interval(iso_day(first), iso_day(ctx.ref))
        basis = (
            f"{_quote(match)}: from the first day of the {what} up to the publication ({ctx.published.text}) → {edtf}"
        )
        return _mention(match, edtf, basis, MONTH_RANK if what == "year" else FUZZY_RANK)
    if not rel and first > ctx.ref and not match["since"]:
        marker = ctx.clauses.future_marker(match.start()) if ctx.clauses is not None else None
        if marker is None:
            first, last, what = span(-1)
            note = "; still ahead of the publication and the clause does not speak of the future: the one before"
    show = iso_month if what == "year" else iso_day
    edtf = interval(show(first), show(last))
    thirds = {"year": "January–March, May–August, October–December", "month": "days 1–10, 11–20, 21–end"}
    reading = thirds.get(what, "Monday–Wednesday, Wednesday–Thursday, Thursday–Sunday")
    basis = f"{_quote(match)}: beginning, middle, end of the {what} ({reading}){note} → {edtf}"
    return _mention(match, edtf, basis, MONTH_RANK if what == "year" else FUZZY_RANK)


def _month_told(ctx: _Context) -> date | None:
    """The month « du mois » (« à la fin du mois ») names in a story told in an earlier month: that of the date told
    before, when it lies in one month before the publication's; None when the story is of the publication's month."""
    if ctx.previous is None:
        return None
    try:
        told = parse_edtf(ctx.previous.edtf)
    except DateError:
        return None
    start, end, ref = told.start, told.end, ctx.published.start
    if (start.year, start.month) != (end.year, end.month) or (start.year, start.month) >= (ref.year, ref.month):
        return None
    return start


def _turn_of_year(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« au tournant de l'année », « au tournant de 2025 »: December and January around the new year named, else the
    latest one begun by the publication, or the coming one when the clause speaks of the future."""
    if match["y"] or match["y2"]:
        year, note = int(match["y"] or match["y2"]), "the year named"
    else:
        start = ctx.published.start
        year, note = start.year + (start.month == 12), "the latest one begun by the publication"
        marker = ctx.clauses.future_marker(match.start()) if ctx.clauses is not None else None
        if marker is not None and start.month != 12:
            year, note = year + 1, f"the clause speaks of the future (« {marker} »): the coming one"
    edtf = f"{year - 1}-12/{year}-01"
    return _mention(match, edtf, f"{_quote(match)}: December and January, {note} → {edtf}", MONTH_RANK)


# « mardi dans la matinée », « le 3 mars en fin de journée », « hier en fin d'après-midi »: a part of the day named
_OF_A_DAY = re.compile(
    rf"(?<!\w)(?:{WEEKDAY}|{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?|(?:avant-)?hier|aujourd{_APOS}hui)\s*,?\s*$", re.IGNORECASE
)
_OF_TODAY = re.compile(rf"(?<!\w)(?!partir\b)[^\W\d_]{{3,}}\s+d{_APOS}\s*$", re.IGNORECASE)


# « dans la soirée du lundi 25 novembre », « dans l'après-midi de mardi » (review61): the day named after it
_DAY_AFTER = re.compile(rf"\s+(?:du|de(?:\s+ce)?)\s+(?:{WEEKDAY}|{_DAY}\s+{_MONTH})(?!\w)", re.IGNORECASE)


# « reprennent souvent en fin de journée »: a habit's adverb (lexicon.toml `habit_adverbs`) in the clause before a part
# of a day, no comma, semicolon or full stop between
# — unless a verb in a past tense stands between (review61: « Les bombardements régulièrement dénoncés par Kiev ont
# repris dans la soirée »: the adverb qualifies a participle, the clause tells one evening)
_HABIT_BEFORE = re.compile(printed_phrases("habit_adverbs") + r"(?![\w'’])(?P<gap>[^,;:.!?«»()]*)$", re.IGNORECASE)
_HABIT_REACH = 60  # how far before a part of a day its clause's habit adverb is looked for


def _present(match: re.Match[str], ctx: _Context) -> DateMention | None:
    if _OF_TODAY.search(match.string, max(0, match.start() - 30), match.start()):
        return None  # « la Russie d'aujourd'hui »: of our time, an adjective (not « à partir d'aujourd'hui »)
    # a part of a day, and « dans l'immédiat » read as one (the day told before) as before round 90
    part = match.group("part") is not None or fold_word(match.group()).startswith("dans")
    habit = _HABIT_BEFORE.search(match.string, max(0, match.start() - _HABIT_REACH), match.start()) if part else None
    if habit is not None and not tells_the_past(habit["gap"]):
        return None  # « Les bombardements reprennent souvent en fin de journée »: a habit, no day (round 90)
    if part and (
        _OF_A_DAY.search(match.string, max(0, match.start() - 40), match.start())
        or _DAY_AFTER.match(match.string, match.end())
    ):
        return None  # « mardi dans la matinée », « dans la soirée du lundi 25 novembre »: a part of the day named
    if part and (told := _day_told(match, ctx)) is not None:
        said = " ".join(told.text.split())
        basis = f"{_quote(match)}: a part of the day the story told before, « {said} » → {told.edtf}"
        return _mention(match, told.edtf, basis, DAY_RANK)
    basis = f"{_quote(match)}: the time of the publication ({ctx.published.text})"
    return _mention(match, ctx.published.text, basis, PRESENT_RANK)


# « se trouvaient désormais », « ne participait plus désormais »: the verb a present adverb follows, a pronoun or a
# negation between them
_VERB_BEFORE = re.compile(
    r"(?P<verb>[^\W\d_]+)(?:\s+(?:pas|plus|donc|bien|d[ée]j[àa]|toujours|encore))*\s*,?\s*$", re.IGNORECASE
)


def _from_now(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« se trouvent désormais à Koursk », « Impossible à vérifier à ce stade », « estimés pour l'heure à »
    (lexicon.toml `present_adverbs`): the page's present, as « actuellement »; after a verb in the imperfect or the
    pluperfect (« a affirmé hier que … se trouvaient désormais ») the statement's time, which the sentence's own day
    dates (« hier »): nothing of its own. « Et maintenant ? » heading a page's last part is its present too."""
    before = _VERB_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if before is not None and told_in_the_imperfect(before["verb"]):
        return None
    basis = f"{_quote(match)}: the page's present, the time of the publication ({ctx.published.text})"
    return _mention(match, ctx.published.text, basis, PRESENT_RANK)


_STATE_ADVERB = re.compile(printed_phrases("present_adverbs"), re.IGNORECASE)


def tells_a_state(mention: DateMention) -> bool:
    """« se trouvent désormais en Russie », « pour l'heure »: the present a state is told in, no day of the story, so
    never the day « La veille, » counts from in the next sentence (round 42: « … se trouvent désormais en Russie. La
    veille, le renseignement … avait affirmé » is the eve of the news told before, not of the publication)."""
    return mention.rank == PRESENT_RANK and _STATE_ADVERB.fullmatch(mention.text) is not None


_DAYS_TOLD_BEFORE = 7


def _day_told(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """The day of the story a part of the day (« Les images, diffusées dans la soirée ») belongs to: the last day told
    before, in this sentence or an earlier one, when it lies in the week before the publication and the clause does
    not speak of the future (« doit rencontrer Kim dans la soirée » is the publication's evening)."""
    told = ctx.anchor
    if told is None or len(told.edtf) != 10 or told.rank == PRESENT_RANK:
        return None
    day = date.fromisoformat(told.edtf)
    if not ctx.published.start - timedelta(days=_DAYS_TOLD_BEFORE) <= day < ctx.published.start:
        return None
    if ctx.clauses is not None and ctx.clauses.future_verb(match.start()) is not None:
        return None
    return told


_DAY_PART = re.compile(rf"(?:plus\s+tard\s+)?{printed_words('day_parts')}", re.IGNORECASE)


def _part_of_the_day_told(mention: DateMention, main: list[DateMention], clauses: Clauses) -> DateMention:
    """« Un immeuble a été détruit lundi, où les secours fouillaient encore les décombres en fin de journée »: a part
    of a day (lexicon.toml `day_parts`) after a day its sentence's main clause names is a part of that day, not of
    the day the sentence before told (`_day_told`) nor of the publication's, in a clause that does not speak of the
    future; however long before the publication (review61: « Le 19 juin 2024, …, où 300 soldats ont défilé en fin
    d'après-midi » is 19 June 2024, not the publication's day). Read once every rule has read the sentence, so
    that a day counted back (« Trois jours plus tôt, … tués en fin de journée ») wins too (review61)."""
    if not _DAY_PART.fullmatch(mention.text):
        return mention
    told = [d for d in main if d.end <= mention.start and not _DAY_PART.fullmatch(d.text)]
    if not told or told[-1].edtf == mention.edtf or clauses.future_verb(mention.start) is not None:
        return mention
    day = date.fromisoformat(told[-1].edtf)
    said = " ".join(told[-1].text.split())
    basis = f"« {' '.join(mention.text.split())} »: a part of the day its sentence told before, « {said} » → {day}"
    return replace(mention, edtf=told[-1].edtf, basis=basis, rank=DAY_RANK)


def _part_of_an_old_day(mention: DateMention, ctx: _Context) -> bool:
    """Whether `mention`, a part of a day (lexicon.toml `day_parts`) still read as the publication's (no day of its
    sentence before it took it, `_part_of_the_day_told`), follows a day the sentence before told more than a week
    before the publication (`_day_told`): of that old day, which the sentence before dates, never of the
    publication's (review61: « Le 19 juin 2024, … à Pyongyang. 300 soldats ont défilé en fin d'après-midi »). A clause
    in the future keeps the publication's."""
    told = ctx.anchor
    if not _DAY_PART.fullmatch(mention.text) or mention.rank != PRESENT_RANK or told is None:
        return False
    if len(told.edtf) != 10 or told.rank == PRESENT_RANK:
        return False
    if ctx.clauses is not None and ctx.clauses.future_verb(mention.start) is not None:
        return False
    return date.fromisoformat(told.edtf) < ctx.published.start - timedelta(days=_DAYS_TOLD_BEFORE)


Resolver = Callable[[re.Match[str], _Context], DateMention | None]
# « en l'espace de deux semaines », « en cinq jours », « en une quinzaine » (a fortnight);
# « en un mois et demi », « en l'espace d'un an et demi »: half a unit more (round 97: the half was left out, a month
# read where the truths of sealed45 and sealed60 count forty-six days)
_SPAN = (
    rf"en\s+(?P<space>l{_APOS}\s*espace\s+{_OF})?"
    rf"(?:{_FIRM_COUNT}\s+(?P<u>{_UNIT}){_HALF}|(?P<fortnight>une\s+quinzaine)(?!\s+d))"
)
_SPAN_PATTERN = re.compile(rf"(?<!\w){_SPAN}(?!\w)", re.IGNORECASE)
_RULES: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(r"(?<!\w)" + pattern + r"(?!\w)", re.IGNORECASE), resolver)
    for pattern, resolver in (
        (
            # « 9 et 11 janvier : » opening a chronology's entry, with no article; « 8-13 OCT. 2024 », a timeline's
            # run of days joined by a dash, with an article or none (round 27: it was read as its last day)
            rf"(?:{_SINCE})?(?:(?:(?:entre|du|les|le|des)\s+(?:le\s+)?(?:{WEEKDAY}\s+)?|{WEEKDAY}\s+|\A)(?P<d1>{_DAY})"
            rf"(?:\s+(?P<m1>{_MONTH}))?"
            rf"(?:\s+(?P<y1>{_YEAR}))?\s+(?P<join>et|au|ou)\s+(?:le\s+)?(?:{WEEKDAY}\s+)?"
            rf"|(?:(?:du|les|le|des)\s+)?(?<![\d.,/-])(?P<d0>{_DAY})\s*[-–]\s*)"
            rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>{_DAYS_YEAR}))?",
            _range,
        ),
        (
            # « le défilé du 9-Mai », « la cérémonie du 11-Novembre »: a commemoration's name, its month capitalised after
            # a hyphen (`_day`; round 88), never « 8-Mai-1945 » (a name with its year: a place, a street); never after
            # « chaque » (« salue ses alliés à chaque 9-Mai »: a habit, as « chaque lundi »)
            rf"(?:{_SINCE})?(?:(?P<wd>{WEEKDAY})\s+)?(?:le\s+)?{_NOT_A_HABIT}(?P<d>{_DAY})(?:\s+|(?P<hyphen>-))(?P<m>{_MONTH})"
            rf"(?(hyphen)(?![\w-])|(?:\s+(?P<y>{_DAYS_YEAR}))?)",
            _day,
        ),
        (rf"(?P<m>{_EN_MONTH})\s+(?P<d>\d{{1,2}}),\s+(?P<y>{_YEAR})", _english_day),
        (
            rf"(?:{_SINCE})?la\s+semaine\s+du\s+(?:{WEEKDAY}\s+)?(?P<d>{_DAY})\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
            _week_of,
        ),
        (
            rf"(?:(?P<wd>{WEEKDAY})\s+)?(?:le\s+)?(?<![\d/.])(?P<d>\d{{1,2}})(?P<sep>[/.])(?P<m>\d{{1,2}})(?P=sep)"
            rf"(?P<y>{_YEAR})(?![\d/]|\.\d)",  # « 19/12/2024 », « lundi 23.12.2024 »
            _numeric_day,
        ),
        (
            rf"(?:{_SINCE})?entre\s+(?:(?:la\s+)?(?P<p1>mi|fin|d[ée]but)(?:\s*-\s*|\s+)(?:{_OF}?(?P<m1>{_MONTH})\s+)?"
            rf"|(?P<m0>{_MONTH})\s+)et\s+"
            rf"(?:la\s+)?(?P<p2>mi|fin|d[ée]but)(?:\s*-\s*|\s+){_OF}?(?P<m2>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
            _part_range,
        ),
        (
            rf"(?:{_SINCE})?(?:(?:[àa]\s+)?la\s+)?(?P<p1>mi|fin|d[ée]but)(?:\s*-\s*|\s+){_OF}?(?P<m1>{_MONTH})"
            rf"(?:\s*[-–/]\s*|\s+(?:ou|et)\s+)(?:la\s+)?(?P<p2>mi|fin|d[ée]but)(?:\s*-\s*|\s+){_OF}?(?P<m2>{_MONTH})"
            rf"(?:\s+(?P<y>{_YEAR}))?",
            _part_range,
        ),
        (
            rf"(?:{_SINCE})?(?:(?:au\s+cours|courant|tout\s+au\s+long)\s+de\s+l{_APOS}\s*ann[ée]e\s+|l{_APOS}\s*ann[ée]e\s+"
            # « fin 2024 », « au début de 2025 », « à la fin de 2024 », « à la fin de l'année 2024 » (its year, not the
            # page's: round 26)
            rf"|(?:[àa]\s+la\s+|la\s+|au\s+|d[èe]s\s+(?:le|la)\s+)?(?P<part>fin|d[ée]but|mi)(?:\s*-\s*|\s+)"
            rf"(?:de\s+l{_APOS}\s*ann[ée]e\s+|de\s+|d{_APOS}\s*)?)(?P<y>{_YEAR})",
            _year_part,
        ),
        (
            rf"d{_APOS}ici(?:\s+[àa])?\s+(?:le\s+|au\s+)?(?:{WEEKDAY}\s+)?(?:(?P<d>{_DAY})\s+)?(?P<m>{_MONTH})"
            rf"(?:\s+(?P<y>{_YEAR}))?",
            _until_day,
        ),
        (r"sous\s+(?P<n>huitaine|dizaine|quinzaine)", _within_days),
        # « dans un avenir proche », « dans un proche avenir » (round 60)
        (
            r"dans\s+un\s+(?:(?:avenir|futur)\s+(?:tr[èe]s\s+)?proche|(?:tr[èe]s\s+)?proche\s+(?:avenir|futur))",
            _near_future,
        ),
        (
            # « jusqu'à la fin de l'année » told in no past tense (round 85): up to it as « d'ici »
            rf"(?:d{_APOS}ici(?:\s+[àa])?|avant|(?P<until>jusqu{_APOS}\s*[àa])(?=\s+la\s+fin))\s+(?:(?P<wd>{WEEKDAY})"
            rf"|la\s+fin\s+(?:de\s+l{_APOS}\s*ann[ée]e|du\s+mois|de\s+la\s+semaine|de\s+la\s+d[ée]cennie"
            rf"|du\s+(?P<part>trimestre|semestre))"
            # « d'ici la fin du trimestre prochain », « … de l'année prochaine »: another period than the page's, not
            # read (review56: round 77 ended them with the page's quarter or half)
            rf"(?!\s+(?:prochaine?|suivante?|derni[èe]re?|pr[ée]c[ée]dente?)(?![\w'’])))"
            rf"|(?P<wd2>{WEEKDAY})\s+prochain|l{_APOS}\s*an\s+prochain|l{_APOS}\s*ann[ée]e\s+prochaine"
            rf"|la\s+semaine\s+prochaine|le\s+mois\s+prochain",
            _future,
        ),
        (
            rf"(?:(?:dans|au\s+cours|durant|pendant|lors|d{_APOS}ici(?:\s+[àa])?)\s+(?:des|les)\s+|les\s+)"
            rf"(?:(?P<n>{_COUNT})\s+)?prochaine?s\s+(?P<u>heures|jours|semaines|mois|ann[ée]es)"
            rf"|dans\s+les\s+(?P<u2>jours|semaines|mois|ann[ée]es)\s+(?:[àa]\s+venir|qui\s+viennent)"
            rf"|(?:dans|d{_APOS}ici(?:\s+[àa])?|sous)\s+(?:les\s+)?quelques\s+(?P<u3>jours|semaines|mois)",
            _coming,
        ),
        (
            rf"(?:dans|d{_APOS}ici(?:\s+[àa])?|sous)\s+(?P<the>les\s+)?(?:un\s+d[ée]lai\s+de\s+)?{_FIRM_COUNT}"
            rf"{_COUNT_RANGE}\s+(?P<u>{_UNIT_OR_HOURS}){_HALF}{_OR_MORE}",
            _ahead,
        ),
        # « 2024-12-15T19:14Z »: a timestamp's day (round 29: the time after it hid the date)
        (
            rf"(?<![\d-])(?P<iso>{_YEAR}-\d{{2}}(?:-\d{{2}})?)(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])",
            _iso,
        ),
        (_ERA_YEAR, _era_year),
        (
            rf"(?:{_SINCE})?(?:(?:d{_APOS}ici|avant|jusqu{_APOS}[àa])\s+)?(?:(?:[àa]\s+)?la\s+|au\s+)?"
            rf"(?P<part>mi|fin|d[ée]but|milieu)(?:\s*-\s*|\s+)(?:du\s+mois\s+)?{_OF}?(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
            _fuzzy,
        ),
        (  # « dans la première quinzaine de janvier », « au cours des derniers jours de décembre » (round 58)
            rf"(?:(?:(?:au\s+cours\s+)?(?:de\s+la|des)|(?:dans|durant|pendant)\s+(?:la|les)|la|les)\s+)?"
            rf"(?P<part>premi[èe]re\s+quinzaine|(?:seconde|deuxi[èe]me)\s+quinzaine|premiers\s+jours|derniers\s+jours)"
            rf"\s+{_OF}(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
            _fuzzy,
        ),
        (
            rf"(?:{_SINCE}|(?:en|courant|au\s+mois\s+{_OF}|le\s+mois\s+{_OF})\s*)?(?P<m>{_MONTH})\s+(?:(?P<y>{_YEAR})"
            rf"|{_OF}l{_APOS}\s*(?:an|ann[ée]e)\s+(?P<rel>derni[èe]re?|pass[ée]e?|prochaine?))",
            _month_year,
        ),
        (
            rf"(?:{_SINCE}|(?P<this>(?:ce|du)\s+mois\s+{_OF})|(?:en|courant|au\s+mois\s+{_OF}|le\s+mois\s+{_OF})\s*"
            rf"|(?<=[^\W\d_]\s)(?P<noun_of>{_OF}))(?P<m>{_MONTH})(?!\s+{_YEAR})",  # « les combats de décembre »
            _month,
        ),
        (
            # « Oct.-déc. 2024 » in a table's row: two months joined by a dash, then the year, need no preposition
            rf"(?:{_SINCE})?(?:entre\s+|de\s+|d{_APOS}\s*|en\s+|(?<=d[èe]s\s)"
            # … and « Décembre 2024 - janvier 2025 », « oct. 2024 – avr. 2025 »: each end with its year, anywhere
            # (a LaTeX source writes the en dash « -- »: « octobre 2024--mars 2025 », round 50)
            rf"|(?<![\w.-])(?={_MONTH}(?:\s+{_YEAR})?\s*(?:--|[-–])\s*{_MONTH}\s+{_YEAR}(?!\d)))(?P<m1>{_MONTH})"
            rf"(?:\s+(?P<y1>{_YEAR}))?(?:\s+(?:et|ou|[àa]|au\s+mois\s+{_OF})\s*(?:en\s+)?|\s*(?:--|[-–/])\s*)"
            rf"(?P<m2>{_MONTH})(?:\s+(?P<y2>{_YEAR}))?",
            _month_range,
        ),
        (
            rf"(?:{_SINCE}|(?P<of>(?:de|pour|sur)\s+)|(?:en|jusqu{_APOS}en|avant|apr[èe]s|courant|au\s+cours\s+de"
            rf"|dans\s+le\s+courant\s+de|tout\s+au\s+long\s+de|ann[ée]e)\s+|(?P<until>d{_APOS}ici(?:\s+[àa])?\s+))"
            rf"(?P<y>{_YEAR})(?![\d-])",
            _year,
        ),
        (r"\A\s*(?P<y>1\d{3}|20\d{2})(?=\s+[-–—]\s)", _entry_year),
        (
            # « Mardi 11 : », never a weather's « samedi 26 °C » (sealed61 e16, blind)
            rf"(?P<wd>{WEEKDAY})\s+(?P<d>{_DAY})(?!\s*(?:{_MONTH}|[\d/.,:]\d|[°%‰]|\w))",
            _weekday_day,
        ),
        (
            rf"(?:(?:{_SINCE}|(?:en|pour|entre|de)\s+)(?P<y1>{_YEAR})\s+(?:et|[àa]|ou)\s+(?:en\s+)?"
            rf"|(?<![\d.,/-])(?P<y0>{_YEAR})(?P<dash>\s*[-–—]\s*))(?P<y2>{_YEAR})(?![\d-])",
            _year_range,
        ),
        (
            r"(?:(?:dans|durant|pendant|depuis|aux|des|dès)\s+)?(?:les\s+)?ann[ée]es\s+(?P<y>1\d\d0|20\d0)"
            r"(?:\s+(?:et|[àa]|ou)\s+(?:les\s+ann[ée]es\s+)?(?P<y2>1\d\d0|20\d0))?(?!\d)",
            _decade,
        ),
        # « Février. » alone, or opening the entry of a timeline it dates (« Février. Les unités se retirent »,
        # « Janvier : le baptême du feu », « Été : les bâtisseurs », « 06:30 Décembre-janvier : l'hiver »)
        (
            rf"(?:^\s*|(?<=^\d\d[:h]\d\d\s))(?:(?P<m1>{_MONTH})\s*[-–]\s*(?P<m2>{_MONTH})|(?P<m>{_MONTH})"
            rf"|(?P<s>automne|hiver|printemps|[ée]t[ée]))(?=\s*[.:]?\s*$|\s*[.:]\s+[A-ZÀ-Ýa-zà-ý])",
            _heading,
        ),
        (
            rf"(?:la\s+)?(?P<ord>premi[èe]re|1re|deuxi[èe]me|seconde|2e|troisi[èe]me|3e|quatri[èe]me|4e|derni[èe]re)"
            rf"\s+semaine\s+{_OF}(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
            _week_of_month,
        ),
        (
            # a number after the weekday is its day (« Mardi 11 : », « jeudi 21 au soir »), or its hour (« jeudi 18
            # heures »), unless a noun it counts follows (« a sanctionné mardi 14 sociétés »: round 60)
            rf"(?:{_SINCE})?(?<!d{_APOS}ici\s){_NOT_A_HABIT}(?P<wd>{WEEKDAY})"
            rf"(?!\s+{_DAY}\b(?!\s*+(?!(?:{_NO_COUNTED_NOUN}|{_MONTH})(?![^\W\d_]))[^\W\d_]))(?!\s+prochain)"
            rf"(?:\s+(?P<last>derni(?:er|ère)))?",
            _weekday,
        ),
        (
            rf"(?:(?:dans\s+)?la\s+nuit\s+)?(?:(?:de|du|entre)\s+(?P<wd1>{WEEKDAY})\s+(?:[àa]|au|et)"
            rf"|(?P<wd3>{WEEKDAY})\s+et)\s+(?P<wd2>{WEEKDAY})"
            rf"(?!\s+(?:{_DAY})\b)",
            _weekday_range,
        ),
        (
            # « datent du week-end dernier »: « du » only before « dernier », « passé » (« la nuit du week-end » is no date)
            rf"(?:{_SINCE})?(?:ce|au\s+cours\s+du|pendant\s+le|durant\s+le|lors\s+du"
            rf"|(?:le|du)(?=\s+week-?end\s+(?:derni|pass[ée]))"
            # « depuis le week-end »: since the last one (round 42: no rule read it)
            rf"|(?<=depuis\s)le(?!\s+week-?end\s+prochain))"
            rf"\s+week-?end(?:\s+(?P<w>dernier|pass[ée]))?",
            _weekend,
        ),
        (
            rf"(?:il\s+y\s+a|voici)\s+(?P<still>encore\s+)?{_VAGUE_COUNT}{_COUNT_RANGE}\s*(?P<u>{_UNIT_OR_HOURS}){_HALF}"
            # « il y a un an et deux jours »: days more, to the day (round 27)
            # « il y a deux semaines environ »; never « qui évoquait il y a un mois environ 8 000 soldats », where
            # « environ » qualifies the count after it (round 95)
            rf"(?:\s+et\s+(?P<more>{_COUNT})\s+jours?)?(?P<after>\s+environ(?!\s+(?:\d|(?:{NUMBER_WORDS})(?!\w))))?"
            rf"(?P<exact>,?\s+jour\s+pour\s+jour)?",
            _ago,
        ),
        (
            rf"(?:depuis|cela\s+fait|[çc]a\s+fait|voil[àa])\s+{_VAGUE_COUNT}{_COUNT_RANGE}\s*(?P<u>{_UNIT_OR_HOURS}){_HALF}",
            _since_count,
        ),
        (r"cette\s+ann[ée]e\s*-\s*l[àa](?![\w'’-])", _that_year),
        (r"(?:avant-)?hier", _yesterday),
        (r"(?<!de\s)(?<!d['’])(?:apr[èe]s-)?demain", _tomorrow),  # not « le monde de demain »
        (
            rf"(?:(?P<since>depuis|[àa]\s+partir\s+de)\s+)?(?:l{_APOS}\s*ann[ée]e\s+(?:derni[èe]re|pass[ée]e)"
            rf"|l{_APOS}\s*an\s+(?:dernier|pass[ée])|cette\s+ann[ée]e(?!\s*-\s*l[àa])|ce\s+mois-ci"
            # « dans le courant de l'année », with no year nor « écoulée » after it: this year (round 60); not « au
            # courant de », which is also « aware of » (« il était au courant de l'année noire … »: review52)
            rf"|dans\s+le\s+courant\s+de\s+l{_APOS}\s*ann[ée]e(?!\s*(?:{_YEAR}|[ée]coul|derni|pass|pr[ée]c|suiv|proch))"
            r"|le\s+mois\s+(?:dernier|pass[ée]|[ée]coul[ée])"  # « le mois écoulé »: round 40
            r"|la\s+semaine\s+(?:derni[èe]re|pass[ée]e|[ée]coul[ée]e)|(?:plus\s+t[ôo]t\s+)?cette\s+semaine)",
            _named_period,
        ),
        # « ces derniers jours », « au cours des dernières semaines » (round 40: with no count, it was read by no rule)
        (r"(?:ces|(?:au\s+cours|lors)\s+des)\s+derni(?:ers|ères)\s+(?P<u>mois|semaines|jours|heures)", _recent),
        (
            rf"(?:(?:au\s+cours|lors|durant|pendant)\s+des|ces|les)\s+(?:(?P<n>{_COUNT})\s+derni(?:ers|ères)"
            rf"|derni(?:ers|ères)\s+(?P<n2>{_COUNT}))\s+(?P<u>mois|semaines|jours|ann[ée]es|heures)",
            _last_count,
        ),
        (
            rf"(?:{_SINCE}|(?P<at>[àa]\s+l{_APOS}\s*|au\s+|en\s+|pendant\s+l{_APOS}\s*|durant\s+l{_APOS}\s*"
            rf"|d{_APOS}ici\s+(?:[àa]\s+)?(?:l{_APOS}\s*|(?=le\s+printemps))"
            # « prévue pour l'été », « en préparation pour le printemps »: the time aimed at (round 85); not « pour
            # l'hiver », a need more often than a date (« des vêtements chauds pour l'hiver »)
            rf"|(?P<aim>pour)\s+(?:l{_APOS}\s*(?!hiver)|(?=le\s+printemps))"
            # « au cours du printemps de 2024 / de l'année dernière / suivant »: another spring than the last (review63a)
            rf"|(?:dans\s+le\s+courant|au\s+cours|tout\s+au\s+long|lors)\s+(?:de\s+l{_APOS}\s*"
            rf"|du\s+(?=printemps(?!\s+(?:de\b|d{_APOS}|suivant|pr[ée]c[ée]dent))))"
            rf"|(?<=[^\W\d_]\s)de\s+l{_APOS}\s*))?"  # « sa conquête de l'été »: the season of a thing
            rf"(?:(?P<this>cet|ce)\s+|l{_APOS}\s*|(?:(?<=\bici\s)|(?<=\bpour\s))le\s+)?(?P<s>automne|hiver|printemps|[ée]t[ée])"
            # « lors du Printemps arabe », « au printemps de Prague »: an event's name (round 94)
            rf"(?!\s+{written_words('season_event_names')}(?![\w'’-]))"
            rf"(?:\s+(?:(?P<w>dernier|pass[ée])|(?P<next>prochain)|(?P<y>{_YEAR})))?",
            _season,
        ),
        (
            rf"(?:{_SINCE}|(?P<at>(?:[àa]\s+la|au|en|vers\s+la|la|le)\s+))?(?P<part>fin|d[ée]but|milieu|mi)"
            rf"(?:\s+de\s+l{_APOS}\s*|\s+du\s+|\s*-\s*)(?P<this>)(?P<s>automne|hiver|printemps|[ée]t[ée])"
            rf"(?:\s+(?:(?P<w>dernier|pass[ée])|(?P<next>prochain)|(?P<y>{_YEAR})))?",
            _season_part,
        ),
        (rf"(?P<n>{_FEAST_WITH_ITS_YEAR})\s+(?P<y>{_YEAR})(?![\d'’])", _holiday),
        (rf"(?P<n>{_FEAST})", _holiday),
        (rf"(?P<since>depuis|[àa]\s+partir\s+(?:du|de\s+la|de\s+l{_APOS}|de)|d[èe]s)\s*{_STORY_ANCHOR}", _story_anchor),
        (_ANNIVERSARY, _anniversary),
        (
            rf"(?:(?:[àa]|d[èe]s|pour|apr[èe]s|avant)\s+)?la\s+rentr[ée]e(?:\s+(?:scolaire|de\s+septembre))?"
            rf"(?:\s+(?P<y>{_YEAR}))?(?!\s+(?:parlementaire|politique|judiciaire|litt[ée]raire|sociale))",
            _rentree,
        ),
        (
            r"(?:t[ôo]t\s+)?ce\s+matin|ce\s+soir|cet\s+apr[èe]s-midi|cette\s+nuit|la\s+nuit\s+derni[èe]re",
            _day_part,
        ),
        (
            r"(?:(?:au|du|le|pendant\s+le|durant\s+le|sur\s+le|depuis\s+le)\s+(?:cours\s+du\s+)?)?"
            r"(?P<ord>premier|1er|second|deuxi[èe]me|2e|troisi[èe]me|3e|quatri[èe]me|4e|dernier)\s+"
            rf"(?P<kind>trimestre|semestre)(?:\s+(?:de\s+l{_APOS}\s*ann[ée]e\s+|de\s+)?(?P<y>{_YEAR}))?",
            _quarter,
        ),
        (
            rf"(?:{_SINCE}|(?:au|en|[àa]\s+la|dans\s+la|vers\s+la|dès\s+la|dès\s+le|pour\s+la|la|le)\s+)?"
            rf"(?P<part>d[ée]but|fin|milieu|mi)(?:\s*-\s*|\s+)"
            # « au début de cette année », « à la fin de ce mois » as « de l'année », « du mois » (round 60)
            rf"(?:de\s+l{_APOS}\s*|d{_APOS}\s*|du\s+|de\s+la\s+|de\s+(?:cette\s+|ce\s+)?)"
            rf"(?P<unit>ann[ée]e|an(?=\s+(?:dernier|pass[ée]|prochain))|mois(?!\s+{_OF}{_MONTH})|semaine)"
            rf"(?:\s+(?P<rel>derni[èe]re?|pass[ée]e?|prochaine?|en\s+cours))?",
            _period_part,
        ),
        (
            rf"(?:au|vers\s+le|dans\s+le)\s+tournant\s+(?:de\s+l{_APOS}\s*(?:ann[ée]e|an)(?:\s+(?P<y>{_YEAR}))?"
            rf"|de\s+(?P<y2>{_YEAR}))",
            _turn_of_year,
        ),
        (
            rf"aujourd{_APOS}hui|actuellement|en\s+ce\s+moment|[àa]\s+ce\s+jour|jusqu{_APOS}[àa]\s+pr[ée]sent"
            # « publie ce jour une note », « annonce de Zelensky ce jour »: the day it is written (round 40); never « ce
            # jour-là », « ce jour où », « depuis ce jour », « en ce jour férié »
            rf"|(?<![\w'’-])(?<!depuis\s)(?<!en\s)ce\s+jour(?![\w'’-])(?!\s+o[ùu](?!\w))"
            # « maintenant », not the participle of « maintenir » (« en maintenant la pression »), nor « Et maintenant ? »
            # (what next: a heading)
            rf"|(?<!en\s)(?<!et\s)maintenant(?!\s+(?:l[ae]s?|l{_APOS}|des?|du|une?|[sl]es|son|sa|leurs?|ce|cet|cette|ces)(?!\w))"
            # « dans la soirée », « dans l'après-midi », « en fin de journée »: a part of a day (lexicon.toml `day_parts`)
            rf"|(?:plus\s+tard\s+)?(?P<part>{printed_words('day_parts')})"
            rf"|pour\s+l{_APOS}instant|dans\s+l{_APOS}imm[ée]diat",
            _present,
        ),
        (printed_phrases("present_adverbs") + r"|et\s+maintenant(?=\s*\?)", _from_now),
    )
)


# « la veille de la rencontre », « le lendemain du sommet »: the day is counted from that thing (and not from « d'une
# trentaine de morts », the complement of a verb of saying).
_OF_A_THING = re.compile(
    rf"\s+(?:du|de\s+la|de\s+l{_APOS}|de\s+(?:son|sa|ses|leur|leurs|ce|cet|cette|ces)\s"
    rf"|de\s+(?={_FEAST}))",  # « la veille de Noël »
    re.IGNORECASE,
)
# « au lendemain d'une attaque », « à la veille de l'arrivée de Trump »: the main clause's day is the day after (before)
# a thing the text does not date, so the thing is dated from it.
# « Le lendemain, ce mardi, », « La veille, jeudi 9 octobre, »: a day in apposition names the day itself.
_APPOSED = re.compile(r"\s*,\s*")
_AT_THE = re.compile(rf"(?<!\w)(?:au|[àa](?:\s+la|\s+l{_APOS})?)\s*$", re.IGNORECASE)
_OF_A_NOUN = re.compile(rf"\s+(?:du|des|de\s+|d{_APOS}\s*)(?!\d)", re.IGNORECASE)


def _thing_of(match: re.Match[str], main: DateMention, ctx: _Context) -> DateMention | None:
    """The thing « au lendemain de … » (« à la veille de … ») names: the day before (after) the main clause's day."""
    if len(main.edtf) != 10 or main.start < match.end() <= main.end:
        return None
    after = "lendemain" in fold_word(match.group())
    shift = -1 if after else 1
    shift *= 2 if any(w in fold_word(match.group()) for w in ("surlendemain", "avant-veille")) else 1
    found = date.fromisoformat(main.edtf) + timedelta(days=shift)
    told = ctx.news_day.edtf if ctx.news_day is not None and len(ctx.news_day.edtf) == 10 else None
    if not after and found > (date.fromisoformat(told) if told else ctx.published.start):
        # « BRUXELLES, 10 février (Belga) - … a estimé mardi …, à la veille d'une réunion »: a thing still ahead of the
        # day the page tells its news (its dateline's, else the publication) is no fact, and the eve is the main
        # clause's own day, which that day dates already
        return None
    what = "the day after" if after else "the day before"
    basis = (
        f"{_quote(match)}: the main clause's day, « {' '.join(main.text.split())} » ({main.edtf}), is {what} the "
        f"thing named → {found.isoformat()}"
    )
    return _mention(match, iso_day(found), basis, DAY_RANK)


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# « la veille de l'annonce »: the nouns of acts a text tells with their verb and a day (lexicon.toml [told_acts])
_TOLD_ACTS = table("told_acts")
_ACT_VERB_ENDINGS = words("act_verb_endings")  # « publié », not « publique »
_ACT_WORDS = 3  # how many words before a day its verb may stand (« a annoncé samedi », « Moscou annonce, le 26 avril »)


_TOLD_EVENTS = words("told_events")  # « la veille du défilé » (round 96)
# « la veille de l'annonce », « la veille du défilé » as `_act_of` reads it (folded): the act is where the story
# stands, its eve background
_EVE_OF_AN_ACT = re.compile(
    rf"(?<!\w)(?:avant-)?veille\s+(?:du|de\s+la|de\s+l{_APOS})\s*(?:{'|'.join([*_TOLD_ACTS, *_TOLD_EVENTS])})$",
    re.IGNORECASE,
)


_ACT_NOUN = re.compile(r"\s*(?P<noun>[^\W\d_]+)")


def eve_of_an_act(mention: DateMention) -> bool:
    """Whether `mention` is « la veille de l'annonce » as `_act_of` reads it: the eve of an act told before, background
    to the story, which stands at the act."""
    return _EVE_OF_AN_ACT.search(fold_word(mention.text)) is not None


def told_acts(text: str, mentions: Iterable[DateMention]) -> dict[str, DateMention]:
    """The day each act of lexicon.toml [told_acts] is told on in `text`, by its noun: a day with the act's verb among
    the few words before it (« a annoncé samedi le président » for « l'annonce »); the last such day wins."""
    acts: dict[str, DateMention] = {}
    for mention in mentions:
        if len(mention.edtf) != 10 or mention.since:
            continue
        before = re.findall(r"[^\W\d_]+", fold_word(text[max(0, mention.start - 60) : mention.start]))[-_ACT_WORDS:]
        for noun, stem in _TOLD_ACTS.items():
            if any(word.startswith(stem) and word[len(stem) :] in _ACT_VERB_ENDINGS for word in before):
                acts[noun] = mention
    return acts


_EVENT_REACH = 80  # how far (in characters) from a day the noun of an event told with it may stand
# lexicon.toml [as_written] `event_relatives`, as written: « où », never « ou » (review64a)
_EVENT_RELATIVE = re.compile(written_words("event_relatives"), re.IGNORECASE)
_EVENT_VERBS = words("event_verbs")  # « a assisté mercredi au défilé »: whose day the event's is (review64a)
_EVENT_CUTS = words("event_cuts")  # « deux jours après le défilé »: a day of another fact (review64a)
_EVENT_AUXILIARIES = words("event_auxiliaries")  # « des vétérans ont défilé »: a participle, no noun (review64a)
_CLAUSE_MARK = re.compile(r"[,;:.()«»!?]")  # where the clause of a day ends
# « la veille de la », « au lendemain du »: an eve or a morrow just before an event's noun, whose day it is not
_AN_EVE_OF = re.compile(rf"(?<!\w)(?:veille|lendemain)\s+(?:du|des|de\s+la|de\s+l{_APOS})\s*$", re.IGNORECASE)
_FRONTED = re.compile(r"\W*(?:[^\W\d_]+,\s*)?")  # before a day opening its sentence: nothing, or one word (« Hier, »)
_AN_EVENT = re.compile(r"[^\W\d_]+")
# the words between an event's noun and a day that name it by that day (« le défilé du 9 mai », « un défilé pour le 10
# octobre », « le sommet prévu mardi »; a day's « le » is the day's own)
_NAMES_THE_EVENT = (["du"], ["de"], ["pour"], ["prevu"], ["prevue"])


def _event_words(text: str, start: int, end: int) -> list[str]:
    """The words of `text[start:end]`, folded one by one (so that offsets are `text`'s own)."""
    return [fold_word(w.group()) for w in _AN_EVENT.finditer(text, start, end)]


def _attended(words_: list[str]) -> bool:
    """Whether a verb of attending or holding an event (lexicon.toml `event_verbs`) is among `words_`."""
    return any(w.startswith(tuple(_EVENT_VERBS)) for w in words_)


_A_TITLE = re.compile(r"(?<![^\W\d_])(?:M|Mme|Mgr|Dr|[A-Z])\.$")  # « M. Kim », « Mme Choe »: no clause's end


def _a_relative_clause(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` (between an event's noun and a day) opens a clause about the event (« , auquel Kim a
    assisté », « où Kim a assisté »): a relative word as written, every clause mark in it right before one, with a
    verb of attending or holding the event."""
    if not any(_EVENT_RELATIVE.fullmatch(w.group()) for w in _AN_EVENT.finditer(text, start, end)):
        return False
    for mark in _CLAUSE_MARK.finditer(text, start, end):
        if _A_TITLE.search(text, 0, mark.end()):
            continue  # « où M. Kim est apparu mercredi »: a title's point ends no clause
        follows = _AN_EVENT.search(text, mark.end(), end)
        if (
            follows is None
            or text[mark.end() : follows.start()].strip()
            or not _EVENT_RELATIVE.fullmatch(follows.group())
        ):
            return False  # « Kim a promis lors du sommet que …, a rapporté jeudi »: another clause's day
    return _attended(_event_words(text, start, end))


def told_events(text: str, mentions: Iterable[DateMention]) -> dict[str, DateMention]:
    """The day each event of lexicon.toml `told_events` is told on in `text`, by its noun: a day with the noun just
    after it in its clause and a verb of attending or holding it (« Kim a assisté mercredi au grand défilé »), or
    before it with a clause about the event between them (« au lendemain du défilé militaire de Pékin, auquel Kim a
    assisté mercredi »), or naming it (« le défilé du 9 mai »); the last such day wins (round 96). Never a day set
    beside an eve (« Jeudi, la veille de la cérémonie, »), nor one of another fact (« Jeudi, deux jours après le
    défilé », « a annoncé mardi un sommet »), nor one when a day names the event after it (« a annoncé le 28 avril un
    défilé pour le 9 mai »), nor one of another thing named after the event (« une semaine après la fête du 15 août »,
    review64a)."""
    events: dict[str, DateMention] = {}
    mentions = list(mentions)
    starts = sorted(m.start for m in mentions)
    for mention in mentions:
        if len(mention.edtf) != 10 or mention.since:
            continue
        after = _CLAUSE_MARK.search(text, mention.end, mention.end + _EVENT_REACH)
        if after is not None and after.group() == "," and _FRONTED.fullmatch(text, 0, mention.start):
            # « Mercredi, Kim a assisté au grand défilé », « Hier, mercredi 3 septembre, Kim a assisté à Pékin au
            # grand défilé »: a day opening the sentence is its main clause's, up to that clause's end
            after = _CLAUSE_MARK.search(text, after.end(), mention.end + _EVENT_REACH)
        window = max(0, mention.start - _EVENT_REACH)  # the day's clause before it, within reach
        opening = max((m.end() for m in _CLAUSE_MARK.finditer(text, window, mention.start)), default=window)
        if _FRONTED.fullmatch(text, 0, mention.start):
            opening = 0
        end = after.start() if after else min(len(text), mention.end + _EVENT_REACH)
        for word in _AN_EVENT.finditer(text, mention.end, end):
            noun = fold_word(word.group())
            if noun not in _TOLD_EVENTS or _AN_EVE_OF.search(text, 0, word.start()):
                continue
            between = _event_words(text, mention.end, word.start())
            clause = _event_words(text, opening, word.start())
            if (
                _EVENT_CUTS.intersection(between)
                or _EVENT_AUXILIARIES.intersection(clause[-1:])
                or not _attended(clause)
            ):
                continue
            later = bisect.bisect_left(starts, word.end())
            if later < len(starts) and starts[later] < end:
                continue  # « un défilé pour le 9 mai »: a day names the event after its noun
            events[noun] = mention
        start = max(0, mention.start - _EVENT_REACH)
        for word in _AN_EVENT.finditer(text, start, mention.start):
            noun = fold_word(word.group())
            if noun not in _TOLD_EVENTS:
                continue
            between = _event_words(text, word.end(), mention.start)
            if between in _NAMES_THE_EVENT or (
                not _EVENT_CUTS.intersection(between) and _a_relative_clause(text, word.end(), mention.start)
            ):
                # « le défilé du 9 mai », « le sommet de mardi », « un défilé pour le 10 octobre »: the day names the
                # event (review64a: a later sentence's « défilé pour le 10 octobre » is the eve's, not a parade told
                # before)
                events[noun] = mention
    return events


def _act_of(
    text: str,
    match: re.Match[str],
    thing: re.Match[str],
    days: list[DateMention],
    acts: Mapping[str, DateMention] | None,
    side: list[DateMention] | None = None,
) -> tuple[DateMention, int] | None:
    """The day the act « la veille de l'annonce » names (lexicon.toml [told_acts]) was told on, in the sentence before
    the words, else in the sentences before (`told_acts`), and where the act's noun ends; None for another thing, or
    an act told on no day. An event (« la veille du défilé », lexicon.toml `told_events`) counts from the day told
    with it before the words, or after them in a side clause (`side`: « au lendemain du défilé militaire de Pékin,
    auquel Kim a assisté mercredi »), else in the sentences before (round 96)."""
    noun = _ACT_NOUN.match(text, thing.end())
    if noun is None:
        return None
    folded = fold_word(noun["noun"])
    before = [d for d in days if d.end <= match.start()]
    if folded in _TOLD_ACTS:
        here = told_acts(text, before)
    elif folded in _TOLD_EVENTS:
        here = told_events(text, [*before, *(d for d in side or [] if d.start >= noun.end())])
    else:
        return None
    told = here.get(folded) or (acts or {}).get(folded)
    return None if told is None else (told, noun.end())


def _told_from_a_day_before(told: DateMention | None, day: str) -> bool:
    """Whether the story goes on from a day the sentence before names with its number, before `day` (« Le 3
    novembre, Kiev a annoncé la capture de deux soldats. Moscou a démenti la veille … »): its « la veille » counts
    from that day, not from the news's (review54)."""
    return (
        told is not None
        and _ISO_DAY.fullmatch(told.edtf) is not None
        and told.edtf < day
        and any(c.isdigit() for c in told.text)
    )


def _told_in_the_week_up_to(told: DateMention | None, day: date) -> bool:
    """Whether the sentence before names a day of the week up to `day` (« Le 9 juin, Kim a reçu Choïgou. Mercredi, … »
    for Wednesday 11 June, « Mercredi dernier, … . Mercredi, … »): the story goes on from it, and its weekday is that
    week's (review54)."""
    if told is None or _ISO_DAY.fullmatch(told.edtf) is None:
        return False
    return day - timedelta(days=7) < date.fromisoformat(told.edtf) <= day


def _eve_of_the_news(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« Moscou a démenti la veille », « Un responsable américain a de son côté déclaré la veille que … »: « la veille »
    right after a verb in the passé composé, a past told from the present, in a sentence that names no day, after one
    that names none with its number before the news (`_told_from_a_day_before`), is the eve of the news the article
    reports (its weekday in the page's window, else a reprinted wire story's dateline), not of the last day told: a wire
    story's other voices spoke the day before its news. After the pluperfect (« avait confirmé la veille ») or opening
    the sentence (« La veille, »), it goes on telling the story from the day told before, as before."""
    eve = fold_word(" ".join(match.group().split())) in ("la veille", "veille")
    if not eve or not ends_in_the_perfect(match.string[: match.start()]):
        return None
    news = ctx.news_day.edtf if ctx.news_day is not None else ctx.published.text if ctx.page is not None else None
    if news is None or len(news) != 10 or _told_from_a_day_before(ctx.previous, news):
        return None
    found = iso_day(date.fromisoformat(news) - timedelta(days=1))
    basis = f"{_quote(match)}, after a verb in the passé composé: the eve of the news's day ({news}) → {found}"
    return _mention(match, found, basis, DAY_RANK)


_ANCHORED = re.compile(
    r"(?<!\w)(?<!jour\sau\s)(?:le\s+)?(?:sur)?lendemain(?!\w)|(?<!\w)(?:la\s+)?(?:avant-)?veille(?!\w)"
    # « le jour même » (round 29: no date); not « du jour au lendemain »: overnight
    r"|(?<!\w)(?:le|ce)\s+m[êe]me\s+jour(?!\w)|(?<!\w)le\s+jour\s+m[êe]me(?!\w)|(?<!\w)ce\s+jour-l[àa](?!\w)",
    re.IGNORECASE,
)


_SINCE_COUNT = next(pattern for pattern, resolver in _RULES if resolver is _since_count)


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


_RELATIVE = re.compile(
    rf"(?<!\w)(?P<under>moins\s+(?:de\s+|d{_APOS}\s*))?"
    rf"(?P<near>(?:un\s+peu\s+)?(?:pr[èe]s|plus)\s+(?:de\s+|d{_APOS}\s*)|environ\s+|quelque\s+)?"  # round 35
    # « une dizaine de jours plus tard »: about ten (`_ABOUT_COUNTS`), read as that many (round 90)
    rf"{NOT_INSIDE_A_RUN}(?P<n>{_COUNT}|quelques|{_ABOUT})(?:\s+|(?<=['’]))"
    r"(?P<u>jours?|semaines?|mois|ans?|ann[ée]es?|heures)(?P<half>\s+et\s+demie?)?\s+"
    r"(?P<exact>jour\s+pour\s+jour\s+)?"  # « Un an jour pour jour après la signature »: to the day
    rf"(?P<dir>plus\s+tard|plus\s+t[ôo]t|auparavant|apr[èe]s|avant)"
    # « deux jours après que / après avoir … » opens a clause; after « plus tôt », « avoir » is the main verb's
    # (« avait annoncé deux jours plus tôt avoir repris »)
    rf"(?P<que>(?<!tard)(?<!t[ôo]t)(?<!auparavant)(?:\s+qu(?:e(?!\w)|{_APOS})|\s+(?:de\s+|d{_APOS})?(?:avoir|[êe]tre)(?=\s)))?"
    r"(?!\w)",
    re.IGNORECASE,
)
_QUELQUES = {"heure": 12, "jour": 7, "semaine": 4, "mois": 6, "an": 5}
_ANNIVERSARY_DAYS = 3  # months or years after a day, landing this near the publication: the day itself


# « Depuis, Pyongyang n'a plus donné aucun chiffre », « depuis lors », « depuis cette date »: since the date named just
# before, in this sentence or the one before it.
_AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient", "serait")
# Round 33: « depuis » as an adverb, with nothing after it, means the same: at its clause's end (« Rien de neuf
# depuis. », « aucune décision n'a été prise depuis ») or between an auxiliary and its participle (« Pyongyang a depuis
# envoyé », « ce chiffre a depuis été révisé »; never « a depuis peu rejoint », « depuis longtemps »).
_SINCE_THEN = re.compile(
    r"(?<!\w)depuis(?=\s*,)|(?<!\w)depuis\s+(?:lors|cette\s+date|ce\s+jour(?:-l[àa])?|ce\s+moment-l[àa])(?!\w)"
    r"|(?<!\w)depuis(?=\s*(?:[.;:!?)]|$))"
    r"|(?:" + "|".join(rf"(?<=\W{aux}\s)" for aux in _AUXILIARIES) + r")depuis"
    r"(?=\s+(?!peu\b)(?:[ée]t[ée]|[^\W\d_]{2,}(?:[ée]e?s?|is|it|us?|ue?s?|ts?))(?!\w))",
    re.IGNORECASE,
)


# « … jusqu'au 3 décembre. D'ici là, la question reste ouverte »: from the publication up to the date named before.
# « là » printed without its accent only before a stop: « D'ici la fin de la décennie » is no « d'ici là » (round 46)
_UNTIL_THEN = re.compile(rf"(?<!\w)d{_APOS}\s*ici(?:\s+[àa])?\s+l(?:à|a(?!\s*+\w))(?!\w)", re.IGNORECASE)


def _until_then(match: re.Match[str], before: DateMention | None, published: FuzzyDate) -> DateMention | None:
    """« d'ici là »: from the publication up to the end of the date named before, when that date lies ahead of it."""
    if before is None:
        return None
    end = parse_edtf(before.edtf).end
    if end <= published.start:
        return None
    edtf = interval(iso_day(published.start), iso_day(end))
    basis = (
        f"{_quote(match)}: from the publication ({published.text}) up to the date named before, "
        f"« {' '.join(before.text.split())} » ({before.edtf}) → {edtf}"
    )
    return _mention(match, edtf, basis, WEEK_RANK)


class _Told:
    """The sentence's dates of facts (not the periods a « depuis » starts), by where they end: the last one before a
    position is a bisection, never a scan of every date (a pasted page is one sentence with thousands of them)."""

    def __init__(self, found: Iterable[DateMention]) -> None:
        self._facts = sorted((m for m in found if not m.since), key=lambda m: m.end)
        self._ends = [m.end for m in self._facts]

    def before(self, position: int) -> DateMention | None:
        at = bisect.bisect_right(self._ends, position)
        return self._facts[at - 1] if at else None


def _since_then(match: re.Match[str], before: DateMention | None, published: FuzzyDate) -> DateMention | None:
    if before is None or parse_edtf(before.edtf).start > published.end:  # a day still ahead starts no period yet
        return None
    basis = f"{_quote(match)}: since the date named before, « {' '.join(before.text.split())} » ({before.edtf})"
    if _A_RANGE.search(before.text) and "/" in before.edtf:
        # « Entre l'automne 2024 et l'été 2025, … Depuis, »: since the range's end, not its start (round 22)
        last = before.edtf.split("/")[-1]
        return replace(_mention(match, last, f"{basis}: since its end, {last}", before.rank), since=True, then=True)
    return replace(_mention(match, before.edtf, basis, before.rank), since=True, then=True)


_A_RANGE = re.compile(r"\s(?:et|au|[àa]|jusqu['’]\s*[àa]u?)\s", re.IGNORECASE)  # two dates joined: a range


# « avant le départ », « après l'assaut »: a thing the sentence names, which a count of time ending the sentence with
# the same word may be counted from (« …avant le départ, parfois quarante-huit heures avant »), no day of the story
_BEFORE_A_THING = re.compile(
    rf"(?<!\w)(?P<dir>avant|apr[èe]s)\s+(?:le|la|les|l{_APOS}|son|sa|ses|leur|leurs|ce|cet|cette)\s*[^\W\d_]",
    re.IGNORECASE,
)


# « le 28 avril 2025, deux jours après l'annonce », « le 9 janvier, soit deux jours avant »: a count of days set
# beside the day just named, in apposition to it (round 27)
_RESTATES_THE_DAY = re.compile(rf"[\s,]*(?:soit\s+|c{_APOS}est-[àa]-dire\s+)?", re.IGNORECASE)
# « … un an après que »: a main clause told before « après que » (words up to it, no comma closing them)
_MAIN_CLAUSE_BEFORE = re.compile(r"[^\W\d_]+\s+[^\W\d_]+(?:[^,;:()\n]*\s|(?:\s+[^\W\d_]+){2}[^;:()\n]*,\s+)$")
# « deux jours avant cet aveu », « un an après cette signature »: a thing the text has just told
_THIS_THING = re.compile(r"\s+(?:ce|cet|cette)\s+[^\W\d_]", re.IGNORECASE)


def _rough_count_now(match: re.Match[str], unit: str, days: list[DateMention], ctx: _Context) -> DateMention | None:
    """« Près d'un an après leur arrivée, ces militaires sont devenus un symbole », « Cette visite intervient un peu
    plus d'un an après la signature, le 19 juin 2024, du traité »: years « après » a thing, counted roughly (« près
    de », « un peu plus de », « environ »), in a sentence told in the present whose only day (if any) is the thing's:
    the page's present, to the month (round 35: the page's day is more than the words say, and a count from the
    thing's day lands a month or more off). A rough count of months keeps the page's day (the truths read it so)."""
    if not match["near"] or match["que"] or fold_word(match["dir"]) != "apres" or (unit != "an" and not match["half"]):
        return None
    stop = _STOP_AT.search(ctx.text, match.end())
    clause_end = stop.start() if stop else len(ctx.text)

    def the_things(day: DateMention) -> bool:  # in the phrase, or set beside it (« la signature, le 19 juin 2024, »)
        return match.end() <= day.start and (
            day.start < clause_end or re.fullmatch(r"[\s,]*", ctx.text[clause_end : day.start]) is not None
        )

    if not all(the_things(d) for d in days):
        return None  # the sentence dates itself elsewhere
    if _told_before_or_after(ctx, match, head=ctx.previous is None):
        return None
    edtf = iso_month(ctx.published.start)
    basis = (
        f"{_quote(match)}: a rough count after a thing, in a sentence told in the present: the page's month → {edtf}"
    )
    return _mention(match, edtf, basis, PRESENT_RANK)


def _relative(
    match: re.Match[str], days: list[DateMention], ctx: _Context, told: _Told | None = None
) -> DateMention | None:
    """« trois jours plus tard », « une semaine auparavant » (from the day named before, in this sentence or the one
    before), « deux jours après l'attaque du 6 août » (from the day the phrase names), « deux jours après que Moscou
    a annoncé… » (the clause it opens happened two days before the day of the main clause)."""
    unit, ahead = _unit(match["u"]), fold_word(match["dir"]).startswith(("plus tard", "apres"))
    counted = fold_word(" ".join(match["n"].split()))
    about = next((v for k, v in _ABOUT_COUNTS.items() if k in counted), None)
    low, high = (2, _QUELQUES[unit]) if counted == "quelques" else ((about or _count(match["n"]) or 0),) * 2
    if about is not None and unit not in _DAY_UNITS:
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
    stop = _STOP_AT.search(ctx.text, match.end())
    clause_end = stop.start() if stop else len(ctx.text)
    end = match.end()
    outside = [d for d in days if d.end <= match.start() or d.start >= clause_end]
    if match["que"]:
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
        # the day the phrase names, in it or in apposition just after it (« avant l'anniversaire, le 24 février »)
        anchor = next(
            (
                d
                for d in days
                if match.end() <= d.start
                and (d.start < clause_end or re.fullmatch(r"[\s,]*", ctx.text[clause_end : d.start]))
            ),
            None,
        )
        how = "counted from the day the phrase names"
        words = _STORY_ANCHOR_AFTER.match(ctx.text, match.end()) if anchor is None else None
        if words is not None and (story := _anchor_date(words)) is not None and story[0].precision is Precision.DAY:
            # « un an après l'incursion »: a moment of the story (lexicon.toml [anchors]) is the day counted from
            anchor = DateMention(words.start(), words.end(), words.group().strip(), story[0].text, "", DAY_RANK)
            how, end = f"counted from {story[1]}, a moment of the story dated by its name", words.end()
        before = [d for d in days if d.end <= match.start()]
        if anchor is None and before and _RESTATES_THE_DAY.fullmatch(ctx.text, before[-1].end, match.start()):
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
            and (ctx.anchor is None or unit not in _DAY_UNITS)
            # in the page's head, months or years after a thing (« Un an après leur capture, … ont réitéré »)
            and not _told_before_or_after(ctx, match, head=ctx.previous is None and unit not in _DAY_UNITS)
        ):
            # « Trois semaines après les premières alertes, la question divise toujours », « un an après leur capture,
            # les deux prisonniers toujours détenus »: a sentence of the page's present, with no date of its own
            edtf = ctx.published.text
            basis = (
                f"{_quote(match)}: a sentence told in the present, with no date of its own: the page's present → {edtf}"
            )
            return _mention(match, edtf, basis, PRESENT_RANK)
        if anchor is None and unit not in _DAY_UNITS:
            # « dix-sept mois après leur capture », « un an après la capture des prisonniers »: how long ago the thing
            # was, said of the main clause's time, which its own date gives (the held-out truths of three sets read
            # it so); the thing's day counted back would be a guess at another fact
            return None
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
            basis = f"{_quote(match)}: when the main clause's fact happened, the day told before, {day_told}"
            return _mention(match, ctx.anchor.edtf, f"{basis} → {ctx.anchor.edtf}", DAY_RANK)
    else:
        given = next(
            (d for d in days if d.start >= match.end() and not ctx.text[match.end() : d.start].strip(" ,")), None
        )
        if given is not None:  # « six semaines plus tard, le 26 avril »: the text gives the day
            basis = f"{_quote(match)}: the day the text gives right after it, « {' '.join(given.text.split())} »"
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
        coarse = (told.before(match.start()) if told else None) or ctx.previous  # « à l'automne. Six mois plus tard »
        if pad and not before and coarse is not None and len(coarse.edtf) != 10:
            return None  # half a month after a month or a season: no reading (as before round 90)
        if not before and coarse is not None and len(coarse.edtf) != 10 and (unit not in _DAY_UNITS or _coarse(coarse)):
            # « Octobre 2024. … Quelques semaines plus tard »: the last date told is a month, later than any day told
            # before it (round 19: days and weeks too, as months; not after a run of days, « en deux jours »)
            shifted = _shifted(match, coarse, low, high, 1 if ahead else -1, unit)
            return None if shifted is None or _past_the_story(shifted, ctx) else shifted
        if (
            not before
            and coarse is not None
            and unit in _DAY_UNITS
            and coarse.start <= len("« ")
            and _A_THIRD_OF_A_MONTH.match(coarse.text)
        ):
            # « Début octobre, personne n'y croyait. Trois semaines plus tard, », « Fin août, Kim avait décoré …
            # Trois semaines plus tard, »: the third of a month that opened the sentence before (1–10, 11–20, 21–31)
            # moved by the count, to the day, not the last day told before it (round 90); never one in apposition
            # at a sentence's end (« … depuis leur engagement, début décembre. Trois jours plus tôt, »: background to
            # the day that sentence told)
            try:
                period = parse_edtf(coarse.edtf)
            except DateError:
                return None
            sign = 1 if ahead else -1
            first, last = sorted((period.start + sign * _delta(low, unit), period.end + sign * _delta(high, unit)))
            if last > ctx.published.start:
                # review61: « Début octobre, … Trois semaines plus tard, » on a page of 5 October is no forecast: no
                # date, as before round 90
                return None
            edtf = interval(iso_day(first), iso_day(last))
            said = " ".join(coarse.text.split())
            basis = f"{_quote(match)}: counted from the part of a month named before, « {said} » → {edtf}"
            mention = DateMention(match.start(), match.end(), match.group(), edtf, basis, DAY_RANK)
            return None if _past_the_story(mention, ctx) else mention
        if not before and coarse is not None and unit in _DAY_UNITS and (run := run_of_days(coarse.edtf, coarse.text)):
            # « le 23 ou le 24 janvier. Deux semaines plus tard, »: each of its days moved (dayrun.py, round 22)
            sign = 1 if ahead else -1
            first, last = sorted((run[0] + sign * _delta(low, unit), run[1] + sign * _delta(high, unit)))
            edtf = interval(iso_day(first), iso_day(last))
            basis = f"{_quote(match)}: counted from the days named before, « {' '.join(coarse.text.split())} » → {edtf}"
            return DateMention(match.start(), match.end(), match.group(), edtf, basis, DAY_RANK)
    if anchor is None or len(anchor.edtf) != 10:
        return None
    sign, day = (1 if ahead else -1), date.fromisoformat(anchor.edtf)
    ends = sorted(day + sign * (_delta(n, unit) + pad) for n in (low, high))
    near = low == high and abs((ends[0] - ctx.published.start).days) <= _ANNIVERSARY_DAYS
    if unit in _DAY_UNITS or match["exact"] or match["under"] or near:
        # « trois ans après le début de l'invasion » in a page of its third anniversary: that day
        edtf = interval(iso_day(ends[0]), iso_day(ends[1]))
    elif _decades(low, unit):
        # « Soixante-quatorze ans plus tard », « soixante-douze ans après l'armistice »: decades later, the year
        edtf = interval(str(ends[0].year), str(ends[1].year))
    else:
        # months, and years as about the same month (« un an après l'incursion », as « il y a un an »)
        edtf = interval(iso_month(ends[0]), iso_month(ends[1]))
    named = "the publication" if anchor.rank == PRESENT_RANK else f"« {' '.join(anchor.text.split())} »"
    basis = f"{_quote(match)}: {how}, {named} ({anchor.edtf}) → {edtf}"
    side = " ".join(f"{match['dir']}{match['que']}".split()) if match["que"] else None
    mention = DateMention(match.start(), end, ctx.text[match.start() : end], edtf, basis, DAY_RANK, side=side)
    return mention


_CLAUSE_END = re.compile(r"[;:.?!]")
# « début octobre », « à la mi-août », « fin août 2025 »: a third of a month (`_fuzzy_month`), never a year's part
# (« fin 2024 ») nor a season's (« fin de l'été »)
_A_THIRD_OF_A_MONTH = re.compile(
    rf"\s*(?:(?:[àa]\s+la|au|en|vers\s+la|d[èe]s\s+la|d[èe]s|la|le)\s+)?(?:d[ée]but|fin|milieu|mi)(?:\s*-\s*|\s+)"
    rf"(?:de\s+|d{_APOS}\s*)?{_MONTH}(?:\s+{_YEAR})?\s*$",
    re.IGNORECASE,
)
_STILL = re.compile(r"(?<!\w)(?:toujours|encore)(?!\w)", re.IGNORECASE)
_NEAR_NOW = timedelta(days=92)  # a quarter of a year: how far a round « un an » may fall from its mark


def _later_now(
    match: re.Match[str], days: list[DateMention], ctx: _Context, told: _Told | None = None
) -> DateMention | None:
    """« leur sort n'est toujours pas réglé, près d'un an plus tard », « Soixante-douze ans plus tard, voir des … »:
    years « plus tard » from a month or a season, in a clause told in the present, that land a little after the
    publication are the page's present: a clause in the present tells no time to come (round 21: the month ahead was
    proposed). A count that lands on a day keeps it (« Le 5 novembre 2024, … Un an plus tard, ce film retrace » on a
    listing of 1 November 2025 is the 5th), and so does a month that holds the publication."""
    mention = _relative(match, days, ctx, told)
    if mention is None or fold_word(" ".join(match["dir"].split())) != "plus tard" or _unit(match["u"]) != "an":
        return mention
    start = max(ctx.text.rfind(mark, 0, match.start()) for mark in ";:.?!")
    stop = _CLAUSE_END.search(ctx.text, match.end())
    clause = ctx.text[start + 1 : stop.start() if stop else len(ctx.text)]
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


def _quoted_ahead(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` stands inside guillemets that quote a phrase telling no past (« « avant l'été » »,
    « « un cessez-le-feu avant l'hiver » ») after words that ask for a thing or speak of the future, not a clause
    (« « Nous avions reculé avant l'hiver » ») nor a deadline after another act."""
    opening = text.rfind("«", 0, start)
    if opening < 0 or "»" in text[opening:start]:
        return False
    closing = text.find("»", end)
    if closing < 0:
        return False
    quoted = text[opening + 1 : closing]
    first = re.match(r"\s*([^\W\d_]+)", quoted)
    if first is None or fold_word(first.group(1)) not in _QUOTED_PHRASE_OPENERS or tells_the_past(quoted):
        return False
    # and a finite verb that asks for a thing governs it (« ont réclamé », « a promis un plan », « réclament »):
    # after another act (« avaient quitté le village « avant l'hiver » ») it says when that was done, and a participle
    # or a noun asks nothing (review61b: « Le renfort promis … avait été livré « avant l'hiver » », « À la demande de
    # Moscou, … avaient quitté Koursk « avant l'hiver » », « Le convoi attendu … était arrivé « avant l'été » »)
    return _asked_for(text[max(0, opening - _QUOTE_LEAD) : opening])


def _asked_for(lead: str) -> bool:
    """Whether the last asking verb (lexicon.toml `asking_verbs`) in `lead`, the words up to a quotation's «, is
    finite and governs the quotation: a participle after its auxiliary (« a réclamé », « ont de nouveau demandé »), or a
    form in -e / -ent / -et with no determiner before it (« réclament », not « à la demande »), and no other verb, no
    participle, no « que » / « qui » between it and the « (« …, qui se promettent une aide, avaient signé « … » »)."""
    found = list(re.finditer(r"[^\W\d_]+", lead))
    for at in range(len(found) - 1, -1, -1):
        word = found[at].group()
        if fold_word(word) not in _ASKING:
            continue
        before = [fold_word(w.group()) for w in found[max(0, at - 3) : at]]
        if word.lower().endswith(("é", "is")):  # « réclamé », « promis »: a participle, finite after its auxiliary
            finite = any(w in _HAVE_AUXILIARIES for w in before)
        else:  # « réclame », « promettent »: a present, not a noun after its determiner
            finite = not before or before[-1] not in _NOUN_DETERMINERS
        between = lead[found[at].end() :]
        return finite and not (_A_VERB_BETWEEN.search(between) or tells_the_past(between) or tells_the_future(between))
    return False


# the first words of a quotation that is a phrase, no clause (lexicon.toml `quoted_phrase_openers`)
_QUOTED_PHRASE_OPENERS = words("quoted_phrase_openers")
_ASKING = words("asking_verbs")  # lexicon.toml: verbs that ask for or promise a thing to come
_QUOTE_LEAD = 60  # how far before a quoted deadline its asking verb is looked for
# the auxiliaries of an asking verb's compound tenses, folded (« a réclamé », « avaient demandé »): lexicon.toml
# `avoir_auxiliaries` and `avoir_auxiliaries_other_tenses`
_HAVE_AUXILIARIES = words("avoir_auxiliaries") | words("avoir_auxiliaries_other_tenses")
# words before « demande » that make it a noun (« à la demande de Moscou », « sa demande »): lexicon.toml
_NOUN_DETERMINERS = words("noun_determiners")
# between the asking verb and the «: another clause, or an auxiliary whose participle governs the quotation instead
# (« a demandé que … soient achevés « avant l'hiver » », « promettent une aide, avaient signé « … » »); a participle
# after its noun is an adjective (« des abris chauffés »)
_A_VERB_BETWEEN = re.compile(
    rf"(?<![^\W\d_])(?:qu['’]|{written_words('auxiliaries_and_relatives')}(?![^\W\d_]))", re.IGNORECASE
)


def _before_a_season(match: re.Match[str], ctx: _Context) -> DateMention | None:
    """« pourraient être envoyés avant l'automne »: from the publication up to the eve of the next autumn
    (`seasondeadline`); a clause told in the past dates no deadline ahead of the page (« avant l'hiver, ils avaient
    reculé »), and stays the season rules'."""
    ahead = ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None
    # « a promis mardi un plan de riposte « avant l'été » », « ont réclamé « un cessez-le-feu avant l'hiver » »: the
    # words quoted were spoken then, of the season ahead of them, whatever tense tells that they were (round 91)
    ahead = ahead or _quoted_ahead(ctx.text, match.start(), match.end())
    if tells_the_past(ctx.text) and not ahead:  # « serait achevé avant l'été »: a passive told ahead
        return None
    published = ctx.published.start
    eve = eve_of_next(match, published)
    edtf = interval(iso_day(published), iso_day(eve))
    basis = (
        f"{_quote(match)}: a deadline at the season's start, the next one after the publication "
        f"({ctx.published.text}): from it up to the eve → {edtf}"
    )
    return _mention(match, edtf, basis, DAY_RANK)


def _coarse(mention: DateMention) -> bool:
    """A month, a season or a year (« Octobre 2024. », « Printemps 2025. »), no day nor run of days."""
    return len(mention.edtf.split("/")[0].rstrip("~?")) < len("2024-10-01")


def _told_before_or_after(ctx: _Context, match: re.Match[str], *, head: bool = False) -> bool:
    """Whether the sentence around `match` tells the past (« ont repris ») or the future (« enverra »). In the page's
    head (`head`: no date told before it), a headline's or a lead's passé composé is the news of the day (« Un an
    après leur capture, les deux soldats ont réitéré leur souhait »); only a story's tenses tell the past there."""
    if _tells_a_story(ctx.text) if head else tells_the_past(ctx.text):
        return True
    return ctx.clauses is not None and ctx.clauses.future_marker(match.start()) is not None


_STORY_TENSE = re.compile(
    r"(?<![\w-])(?:avait|avaient|eut|eurent|fut|furent)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|t)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)


def _tells_a_story(text: str) -> bool:
    """A pluperfect, a past anterior or the imperfect (« avait annoncé », « célébrait »): a story of the past, not the
    news of the day."""
    return _STORY_TENSE.search(text) is not None or told_in_the_imperfect(text)


# How far past its publication a page's count from the time told before may land: further, the count is from a thing
# the sentence names (« engins de la bataille de Normandie, « quatre-vingt-un ans après » » after « fin octobre »:
# 2106, sealed29 l08), not from that time
_STORY_REACH = timedelta(days=5 * 366)


def _past_the_story(mention: DateMention, ctx: _Context) -> bool:
    """Whether `mention` starts more than _STORY_REACH after the publication."""
    try:
        return parse_edtf(mention.edtf).start - ctx.published.end > _STORY_REACH
    except DateError:
        return False


def _decades(low: int, unit: str) -> bool:
    """Whether a count of years is one its writer rounds to the year (« Soixante-quatorze ans plus tard » after « en
    mai 1951 »: 2025, as the held-out truths of every set read it; never the month: a veteran's story counts whole
    years, round 90)."""
    return unit == "an" and low >= _YEARS_READ_TO_THE_YEAR


def _shifted(
    match: re.Match[str], anchor: DateMention, low: int, high: int, sign: int, unit: str
) -> DateMention | None:
    """« six mois plus tard » after a season or a month (« à l'automne »): that period moved by the count, in months."""
    try:
        period = parse_edtf(anchor.edtf)
    except DateError:
        return None
    ends = sorted([period.start + sign * _delta(low, unit), period.end + sign * _delta(high, unit)])
    edtf = interval(iso_month(ends[0]), iso_month(ends[1]))
    if _decades(low, unit):
        edtf = interval(str(ends[0].year), str(ends[1].year))
    basis = f"{_quote(match)}: counted from the period named before, « {' '.join(anchor.text.split())} » ({anchor.edtf}) → {edtf}"
    return DateMention(match.start(), match.end(), match.group(), edtf, basis, MONTH_RANK)


_STOP_AT = re.compile(r"[,;:()«»\"“”.]")
_FOLLOWING = re.compile(
    rf"(?<!\w)(?:la\s+(?P<week>semaine)|(?:le|au|du)\s+(?P<month>mois)|l{_APOS}\s*ann[ée]e"
    # « au printemps suivant », « l'hiver suivant »: the next such season after the time told (round 21)
    rf"|(?:(?:[àa]\s+)?l{_APOS}\s*|le\s+|au\s+)(?P<season>printemps|[ée]t[ée]|automne|hiver)(?=\s+suivant))\s+"
    r"(?:suivante?|(?P<before>pr[ée]c[ée]dente?))(?!\w)",
    re.IGNORECASE,
)


def _following(match: re.Match[str], before: DateMention | None) -> DateMention | None:
    """« la semaine suivante », « le mois suivant », « l'année suivante », « au printemps suivant »: the one after the
    time named before (a season: the first such season to begin after it; round 21);
    « l'année précédente », « la semaine précédente »: the one before it."""
    if before is None:
        return None
    try:
        told = parse_edtf(before.edtf)
    except DateError:
        return None
    step = -1 if match["before"] else 1
    day = told.start if step < 0 else told.end
    if match["season"]:
        # the first such season to begin after the time told ends (« octobre 2024 … au printemps suivant »: spring 2025)
        first_month, length = SEASONS[fold_word(match["season"])]
        start = date(day.year, first_month, 1)
        start = start if start > day else date(day.year + 1, first_month, 1)
        edtf = interval(iso_month(start), iso_month(start + relativedelta(months=length - 1)))
    elif match["week"]:
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
        edtf = interval(iso_day(monday), iso_day(monday + timedelta(days=6)))
    elif match["month"]:
        edtf = iso_month(day + relativedelta(months=step, day=1))
    else:
        edtf = str(day.year + step)
    which = "before" if step < 0 else "after"
    basis = f"{_quote(match)}: the one {which} « {' '.join(before.text.split())} » ({before.edtf}) → {edtf}"
    return _mention(match, edtf, basis, WEEK_RANK if match["week"] else SEASON_RANK if match["season"] else MONTH_RANK)


# « Le 13, le secrétaire d'État … », « faits prisonniers le 9 dans la région », « s'est achevé le 27 par un discours »,
# « depuis le 14, mais … »: a day of the month with no month, the day of the month the story is in (round 80). Only
# before a stop, or a word that cannot be the noun the number counts (a preposition, a conjunction); never an
# address (« le 12, rue … »), a number to call (« composer le 15 »), a département (« dans le 13 ») or a score.
_BARE_DAY = re.compile(
    r"(?<![\w'’])(?:(?P<since>depuis|d[èe]s)\s+)?[Ll]e\s+(?P<d>1er|[1-9]|[12]\d|3[01])"
    r"(?=\s*[,;)]|\s*\.(?!\d)|\s+[àa]\s+(?!\d+(?!\s*h))|\s+(?:dans|au|aux|par|en|lors|pr[èe]s|sur|vers|devant"
    r"|selon|avec|si|et|puis|mais|quand|lorsque)(?![\w'’]))",
)
_NOT_A_BARE_DAY = re.compile(
    r"(?:appel\w*|compos\w*|num[ée]ro|n°|dans|chiffre|case|page|article|bus|tram|ligne|classement|rang|score|contre)"
    r"\s+(?:(?:depuis|d[èe]s)\s+)?$",
    re.IGNORECASE,
)
# « le 3, le 4 et le 5 mars », « le 12, puis le 14 mars » (review57): a list whose month comes at its end, the last day's (the others are its month's, not the
# page's); « le 1er, le 2e et le 3e bataillons »: ordinals; « (le 13) »: a département, an emergency number (review56)
_NOT_A_DAY_OF_A_LIST = re.compile(
    rf"(?:\s*(?:,\s*(?:(?:et|puis|ou)\s+)?|(?:et|puis|ou)\s+)le\s+\d{{1,2}}(?:er)?(?![\w'’]))+\s+{_MONTH}(?![\w'’])"
    r"|\s*(?:,|et)\s*le\s+\d{1,2}(?:e|[èe]me)(?![\w'’])",
    re.IGNORECASE,
)
_AN_ADDRESS = re.compile(
    r"\s*,?\s*(?:bis\b|ter\b)?\s*(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|quai|impasse|route|cours)\b",
    re.IGNORECASE,
)


# « Tout commence le 19 juin 2024, … », « Tout a commencé à l'automne 2023 », « Retour en arrière. »: a paragraph that
# goes back to tell a story forward from an earlier time (round 80)
RETROSPECTIVE = re.compile(
    r"\W*(?:tout\s+(?:commen[cç]a|commence|a\s+commenc[ée]|avait\s+commenc[ée])|retour\s+en\s+arri[èe]re)(?![\w'’])",
    re.IGNORECASE,
)


def _bare_day_s_month(before: DateMention | None, number: int, *, whole: bool) -> date | None:
    """The month (its first day) a date told before names, when it lies within one month: any such date of the same
    sentence (« à la fin avril, … le 26 »), a day or a whole month of the sentences before (`whole`: « Octobre 2024.
    Le 18, … »), or a part of one that holds the day (« Mi-décembre. … dès le 14 »; not « le 3 » after « arrivés
    mi-novembre », which a dispatch tells beside its own day)."""
    if before is None or before.since:
        return None
    try:
        told = parse_edtf(before.edtf)
    except DateError:
        return None
    if (told.start.year, told.start.month) != (told.end.year, told.end.month):
        return None
    whole_or_day = re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", before.edtf.rstrip("~?")) is not None
    if whole and not whole_or_day and not told.start.day <= number <= told.end.day:
        return None
    return told.start.replace(day=1)


def _bare_day(
    match: re.Match[str], before: DateMention | None, previous: DateMention | None, ctx: _Context
) -> DateMention | None:
    """« le 13 » with no month: the day of the month told before it in the sentence, else of the day or month the
    sentences before told; else of the page's month, the latest such day not after the publication (the first one
    after it in a clause in the simple future or the present)."""
    text = match.string
    if (
        _NOT_A_BARE_DAY.search(text, max(0, match.start() - 24), match.start())
        or _AN_ADDRESS.match(text, match.end())
        or _NOT_A_DAY_OF_A_LIST.match(text, match.end())
        or text[: match.start()].rstrip().endswith("(")
    ):
        return None
    number = 1 if match["d"] == "1er" else int(match["d"])
    told = before if _bare_day_s_month(before, number, whole=False) else previous
    month = _bare_day_s_month(told, number, whole=told is previous)
    coming = ctx.clauses is not None and ctx.clauses.future_verb(match.start(), of_a_noun=True) is not None
    if told is not None and month is not None and not (coming and date(month.year, month.month, number) < ctx.ref):
        # (a day in the simple future is not of a month told before that is over: « … début décembre de la même
        # année …, estime un chercheur, qui publiera une note le 3 » on a page of November 2025)
        found = date(month.year, month.month, number)
        said = " ".join(told.text.split())
        basis = f"{_quote(match)}: no month given: the month of « {said} » told before it → {found.isoformat()}"
        return _mention(match, iso_day(found), basis, DAY_RANK)
    ref = ctx.ref
    this = date(ref.year, ref.month, 1)
    past = this if number <= ref.day else this - relativedelta(months=1)
    ahead = this if number > ref.day else this + relativedelta(months=1)
    present = ctx.clauses is not None and not ctx.clauses.told_as_done(match.start())
    try:
        first, second = date(past.year, past.month, number), date(ahead.year, ahead.month, number)
    except ValueError:
        return None
    if coming or (present and (second - ref).days < (ref - first).days):
        found, which = second, "the first such day after"
    else:
        found, which = first, "the latest such day not after"
    basis = f"{_quote(match)}: no month given: {which} the publication ({ctx.published.text}) → {found.isoformat()}"
    return _mention(match, iso_day(found), basis, DAY_RANK)


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
    """
    clauses = Clauses(
        text, side_spans(text, since_words(text)), ahead
    )  # a first view: which clauses speak of the future
    first = _Context(published, news_day, anchor, text, clauses, previous=previous, year=year, page=page, story=story)
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
        statement = len(said.edtf) == len("2025-01-01") and _SAYS.search(fold_word(text)) is not None
        _collect(recounted, text, _SINCE_COUNT, _since_count, replace(first, said_on=said, statement=statement))
        again = {(m.start, m.end): m for m in recounted}
        found = [again.get((m.start, m.end), m) if m.since else m for m in found]
    ctx = _Context(
        published,
        news_day,
        next(iter(main), next(iter(about), anchor or next(iter(days), None))),
        text,
        clauses,
        previous=previous,
        year=year,
        page=page,
        story=story,
    )

    def anchored(match: re.Match[str]) -> DateMention | None:
        named = _APPOSED.match(text, match.end())
        if named is not None:  # « Le lendemain, ce mardi, », « La veille, jeudi 9 octobre, »: the day it names
            own = next((d for d in days if named.end() <= d.start <= named.end() + len("ce ")), None)
            if own is not None:
                basis = f"{_quote(match)}: the day named beside it, « {' '.join(own.text.split())} » → {own.edtf}"
                return DateMention(match.start(), own.end, text[match.start() : own.end], own.edtf, basis, DAY_RANK)
        # a day told after it beyond a semicolon is another clause's (« Le lendemain, Poutine a remercié… ; mercredi, »)
        clause = [d for d in main if d.start < match.end() or ";" not in text[match.end() : d.start]]
        ctx_here = ctx if clause[:1] == main[:1] else replace(ctx, anchor=next(iter(clause), anchor))
        told = [m for m in found if m.end <= match.start() and not m.since and _moved(m.edtf, 0) is not None]
        if not main and not about and told:
            # « Un prisonnier, capturé le 26 décembre, avait succombé le lendemain », « Fin décembre, …, un soldat,
            # mort de ses blessures le lendemain »: the day (or third of a month) told before it in the sentence,
            # side clause or not, not the sentence before's (round 56)
            ctx_here = replace(ctx, anchor=told[-1])
        if (
            anchor is not None
            and main
            and main[0].start >= match.end()
            and side_of(clauses.spans, match.start(), match.end())
        ):
            # « La cérémonie, retransmise le lendemain par la télévision, s'est déroulée à la veille du Nouvel An »:
            # a side clause's « le lendemain » counts from the day the reader was told before, not one told after
            ctx_here = replace(ctx, anchor=anchor)
        thing = _OF_A_THING.match(text, match.end())
        stop = _STOP_AT.search(text, match.end())
        end = stop.start() if stop else len(text)
        # « la veille de la rencontre du 11 mars »: counted from the day the phrase names, never from another
        own = next((d for d in days if match.end() <= d.start < end), None) if thing else None
        if thing and own is not None:
            mention = _anchored(match, replace(ctx, anchor=own))
            named = _FEAST_NAME.fullmatch(own.text) or _ANNIVERSARY_NAME.fullmatch(own.text)
            if mention is not None and not text[thing.end() : own.start].strip() and named:
                # « la veille de Noël », « à la veille du troisième anniversaire de l'invasion »: one expression, one
                # day (the eve), not the feast or the anniversary as well
                mention = replace(mention, end=own.end, text=text[mention.start : own.end])
            return mention
        at_the = _AT_THE.search(text, 0, match.start()) is not None
        side = [d for d in days if d not in main]
        if thing and not at_the and (act := _act_of(text, match, thing, days, acts, side)) is not None:
            # « transférés à Kiev la veille de l'annonce » after « a annoncé samedi »: the eve of the day the act was
            # told on, in the sentence or one before (round 82)
            act_day, noun_end = act
            mention = _anchored(match, replace(ctx, anchor=act_day))
            return replace(mention, end=noun_end, text=text[match.start() : noun_end]) if mention else None
        if at_the and _OF_A_NOUN.match(text, match.end()):
            event = _ACT_NOUN.match(text, thing.end()) if thing and not main else None
            if event is not None and fold_word(event["noun"]) in _TOLD_EVENTS:
                # « L'annonce intervient au lendemain du défilé militaire de Pékin, auquel Kim a assisté mercredi »:
                # a sentence with no day of its own, after an event told with its day (round 96)
                act = _act_of(text, match, thing, days, acts, side) if thing else None
                if act is not None and (mention := _anchored(match, replace(ctx, anchor=act[0]))) is not None:
                    return replace(mention, end=act[1], text=text[match.start() : act[1]])
            if main:
                return _thing_of(match, main[0], ctx)
            if days or _told_before_or_after(ctx, match):
                return None
            # « Suivez en direct …, au lendemain des pourparlers de Djeddah »: a sentence of the page's present with
            # no day of its own is told the day after (before) the thing it names: the page's present
            basis = f"{_quote(match)}: a sentence told in the present, with no date of its own: the page's present"
            return _mention(match, published.text, f"{basis} → {published.text}", PRESENT_RANK)
        if not thing and not main and not about and not told and (eve := _eve_of_the_news(match, ctx)) is not None:
            return eve
        return None if thing else _anchored(match, ctx_here)

    _collect(found, text, _ANCHORED, anchored)
    # a count of days ends on the day the sentence's main clause names (« La veille, … en trois jours »: round 27),
    # else on the one day it names (« … tués en l'espace de trois semaines, selon un décompte donné le 23 décembre »:
    # the count's day, round 66)
    single = [m for m in found if len(m.edtf) == 10 and not m.since]
    own = (m for m in single if side_of(clauses.spans, m.start, m.end) is None)
    spans = replace(first, own_day=next(own, single[0] if len(single) == 1 else None))
    _collect(found, text, _SPAN_PATTERN, _span_or_its_range, list(found), spans)
    _collect(found, text, _AFTER_A_SPAN, _after_a_span, spans)
    _collect(found, text, _DURING_BEFORE, _during_before, list(found), spans)
    _collect(found, text, BEFORE_A_SEASON, _before_a_season, ctx)
    _collect(
        found,
        text,
        _RELATIVE,
        _later_now,
        sorted(days, key=lambda m: m.start),
        replace(ctx, anchor=anchor),
        _Told(found),
    )
    told = _Told(found)
    _collect(
        found,
        text,
        _SINCE_THEN,
        lambda match: _since_then(match, told.before(match.start()) or last_seen or previous, published),
    )
    _collect(
        found, text, _UNTIL_THEN, lambda match: _until_then(match, told.before(match.start()) or previous, published)
    )
    _collect(
        found,
        text,
        _FOLLOWING,
        lambda match: _following(
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
        _BARE_DAY,
        lambda match: _bare_day(
            match, max((m for m in found if m.end <= match.start()), key=lambda m: m.end, default=None), previous, ctx
        ),
    )
    # a part of a day after a day its sentence's main clause tells, one counted back included (« Trois jours plus tôt,
    # … tués en fin de journée »: review61); else none when the day the sentence before told is older than a week
    # (review61: not the publication's day)
    days = [m for m in found if len(m.edtf) == 10 and not m.since]
    main = [d for d in days if side_of(clauses.spans, d.start, d.end) is None or _RELATIVE.match(d.text.lstrip())]
    found = [_part_of_the_day_told(m, main, clauses) for m in found]
    found = [m for m in found if not _part_of_an_old_day(m, first)]
    chosen: list[DateMention] = []
    taken = Taken()
    for idiom in _IDIOMS.finditer(text):  # « ne date pas d'hier »: no date at all
        taken.take(idiom.start(), idiom.end())
    for mention in sorted(filter(_in_the_calendar, found), key=lambda m: (-(m.end - m.start), -m.rank, m.start)):
        if taken.free(mention.start, mention.end):
            chosen.append(mention)
            taken.take(mention.start, mention.end)
    chosen = _named_beside(join_periods(sorted(chosen, key=lambda m: m.start), text, ctx.published.end), text)
    final = side_spans(text, {m.start for m in chosen if m.since})
    resolved = [_deadline_side(_attach(_qualified_day(_up_to(m, ctx), ctx), final), ctx) for m in chosen]
    says = _SAYS.search(fold_word(text)) is not None
    spoken = next((m for m in resolved if m.side is None and _days_before(m.edtf, published) is not None), None)
    done = spoken is not None and (
        spoken.since or (ctx.clauses is not None and ctx.clauses.told_as_done(spoken.start))
    )  # « Depuis lundi, … ont jusqu'au 10 février »: what began that day runs from it (round 77)
    return [
        _from_the_statement(
            m, spoken, published, says=says, done=done and spoken is not None and not _told_apart(text, spoken, m)
        )
        for m in resolved
    ]


# Where another clause starts between a day and a time ahead: a semicolon, or « et » before a capitalised subject
_ANOTHER_CLAUSE = re.compile(r";|(?<![\w-])et\s++(?=[A-ZÀ-ÖØ-Þ])")


def _told_apart(text: str, said: DateMention, mention: DateMention) -> bool:
    """Whether the time ahead lies in another clause than the day's, one told in no past tense (« Lundi, les frappes
    ont détruit un dépôt ; Kiev promet une riposte d'ici la fin du mois », « Lundi, des drones ont frappé Koursk et
    Moscou menace de riposter dans les prochains jours »): that clause speaks from the page's now, not from the day's
    (review57). « Lundi, Kim et Poutine ont signé un accord valable jusqu'à la fin de l'année » tells one clause."""
    breaks = list(_ANOTHER_CLAUSE.finditer(text, said.end, max(said.end, mention.start)))
    return bool(breaks) and not tells_the_past(text[breaks[-1].start() : mention.start])


def _days_before(edtf: str, published: FuzzyDate) -> int | None:
    """How many days one day (`edtf`) lies before the publication, when it is a day of the week before it."""
    if len(edtf) != len("2025-01-01"):
        return None
    try:
        lag = (published.start - date.fromisoformat(edtf)).days
    except ValueError:
        return None
    return lag if 0 < lag <= _STATEMENT_REACH else None


_STATEMENT_REACH = 7  # days before the publication a statement's own day may lie: the week a weekday names


def _from_the_statement(
    mention: DateMention, said: DateMention | None, published: FuzzyDate, *, says: bool, done: bool
) -> DateMention:
    """A time ahead counted from the publication (« d'ici à la fin du mois », « dans les prochaines semaines ») in a
    sentence whose main clause tells what was said or done on a day of the week before (« Mercredi, le renseignement
    a jugé « possible » un retour … d'ici à la fin du mois », « a promis mardi dernier une décision d'ici Pâques »,
    a quote before « a affirmé samedi »): the time runs from that day, the speaker's now, not from the page's. A day
    told after the time counts only in a sentence that reports a statement (`says`); one told before, there or where
    the day's clause is told in the past or begins at that day (`done`: « Mercredi, … a jugé possible un retour …
    d'ici à la fin du mois », « Depuis lundi, … ont jusqu'au 10 février », « Lundi, … avaient entamé leurs
    manœuvres, qui doivent durer jusqu'au 28 août »), not where the day only names a thing (review56: « Après les
    frappes de lundi, Kiev promet une riposte d'ici la fin du mois »)."""
    if said is None or "/" not in mention.edtf or not (says or (done and said.start < mention.start)):
        return mention
    first, _, last = mention.edtf.partition("/")
    if first != iso_day(published.start):
        return mention
    if mention.counted and len(last) == len(first):  # « dans les prochains jours »: counted from that day
        last = iso_day(date.fromisoformat(last) - (published.start - date.fromisoformat(said.edtf)))
    edtf = f"{said.edtf}/{last}"
    basis = f"{mention.basis}; told on « {' '.join(said.text.split())} » ({said.edtf}): from that day → {edtf}"
    return replace(mention, edtf=edtf, basis=basis)


# how many days before the publication the story's statement may lie for a time ahead to count from it: the next
# day's page of a wire story, or the day after (round 94, after round 91; a day further and the page tells older news)
_STORY_LAG = 2
# a reporting verb told in the past just before the weekday that dates it, folded: « a déclaré lundi », « a-t-il
# indiqué mardi », « ont annoncé mardi soir » (the verbs: lexicon.toml `speech_verbs`)
_SAID_ON = re.compile(
    rf"(?<![\w'’-])(?:a|ont|a-t-(?:il|elle|on)|ont-ils|ont-elles)\s+(?:{alternatives('speech_verbs')})(?:e?s?)\s+$"
)


_NAMED_WEEKDAY = re.compile(rf"(?<![\w'’-]){WEEKDAY}(?![\w'’-])", re.IGNORECASE)


def story_statement_day(sentences: Iterable[tuple[str, list[DateMention]]], published: FuzzyDate) -> DateMention | None:
    """The day the page's story was told on, when it is not the page's own: the first day the page names by its
    weekday, when that weekday dates a reporting verb told in the past just before it (« a déclaré lundi », « a
    indiqué mardi à Genève », « a-t-il annoncé mardi soir ») in a main clause and lies one or two days before a
    publication known to the day (round 94). None when the first weekday is the page's own day or older, or dates
    anything but a statement (« Après les frappes de mardi, … », « Mardi, un drone a frappé … »: review61)."""
    if published.start != published.end:
        return None
    for text, mentions in sentences:
        for mention in mentions:
            if not mention.weekday or mention.since or not is_day(mention.edtf):
                continue
            lag = (published.start - date.fromisoformat(mention.edtf[:10])).days
            said = _SAID_ON.search(fold_same_length(text[: mention.start]))
            if 0 < lag <= _STORY_LAG and mention.side is None and said is not None:
                return mention
            return None
    return None


def from_the_story_day(mentions: list[DateMention], said: DateMention | None, on: FuzzyDate) -> list[DateMention]:
    """A time ahead counted from the publication (« Le CICR prévoit une nouvelle visite d'ici à la fin de l'été »,
    « Des renforts sont attendus dans les prochaines semaines ») in a sentence that names no day of its own, on a
    page whose story was told a day or two before it (`story_statement_day`): the time runs from that day, the
    speaker's now, as `_from_the_statement` reads it in the statement's own sentence (the held-out truths count
    « d'ici », « avant l'été », « dans un avenir proche » from the lead's day); its end stays. It is still a forecast
    (`foreseen`): the curator says what it foresees, or deletes it (review61 found round 91's made facts). `on` is
    the day the sentence is told on, the page's or a reprinted wire story's dateline's (« SÉOUL, 16 janvier (AFP) »
    on the 17th, the statement « a affirmé jeudi »), which the time ahead was counted from."""
    if said is None or any(is_day(m.edtf) for m in mentions) or said.edtf[:10] >= iso_day(on.start):
        return mentions
    start = iso_day(on.start)
    found = []
    for mention in mentions:
        first, slash, last = mention.edtf.partition("/")
        # not a span counted ahead (« dans les prochaines semaines »), whose truths count from the page (round 91),
        # nor days the text names (« une réunion prévue jeudi et vendredi » on Thursday's page: those days)
        named = _NAMED_WEEKDAY.search(mention.text) is not None
        if slash and first == start and not (mention.since or mention.counted or named) and last[:10] > start:
            edtf = f"{said.edtf[:10]}/{last}"
            told = " ".join(said.text.split())
            basis = f"{mention.basis}; the story was told on « {told} » ({said.edtf[:10]}): from that day → {edtf}"
            mention = replace(mention, edtf=edtf, basis=basis, foreseen=True)
        found.append(mention)
    return found


def _meet(one: str, other: str) -> bool:
    try:
        first, second = parse_edtf(one), parse_edtf(other)
    except DateError:
        return False
    return first.start <= second.end and second.start <= first.end


_AGO = re.compile(r"il\s+y\s+a\s", re.IGNORECASE)
# what may stand between a time counted back and the date beside it: a few words (« presque jour pour jour »), a comma
_BESIDE = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*,\s*")
_WITH_ITS_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")


def _named_beside(mentions: list[DateMention], text: str) -> list[DateMention]:
    """« Il y a un peu plus d'un an, en septembre 2023 » (published in November 2024): a time counted back, then in
    apposition the date it names, with its year. Where the count's reading misses that date, or holds it and more
    (« il y a un an, le 19 juin 2024 »: the month, round 21), the date wins; where they are one (« il y a trois ans
    jour pour jour, le 24 février 2022 »), both stand. « Il y a un an demain, le 26 avril 2025 »: « demain » moves the
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
            and _WITH_ITS_YEAR.search(named.text)
            and (not _meet(ago.edtf, named.edtf) or _narrower(named.edtf, ago.edtf))
        ):
            basis = f"{ago.basis}; the date beside it, « {' '.join(named.text.split())} », names it → {named.edtf}"
            found[index] = replace(ago, edtf=named.edtf, basis=basis, rank=named.rank)
            if shift is not None:
                found[after - 1] = None
    return [m for m in found if m is not None]


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


# Turns of phrase whose date words date nothing (lexicon.toml `date_idioms`: « ne date pas d'hier », « du jour au
# lendemain »), as printed.
_IDIOMS = re.compile(printed_phrases("date_idioms") + r"(?!\w)", re.IGNORECASE)
# « d'ici au Nouvel An », « avant le Nouvel An »; not « une semaine avant le » (counted from it, not up to it)
_BY = re.compile(
    rf"(?<!\w)(?P<by>d{_APOS}ici(?:\s+(?:[àa]|au))?|(?<!jour\s)(?<!jours\s)(?<!semaine\s)(?<!semaines\s)(?<!mois\s)"
    rf"(?<!an\s)(?<!ans\s)avant(?:\s+l[ea]|\s+l{_APOS})?)\s*$",
    re.IGNORECASE,
)


def _up_to(mention: DateMention, ctx: _Context) -> DateMention:
    """« d'ici l'été », « d'ici à la fin de l'été », « avant Pâques »: a deadline still ahead of the publication is
    the time from the publication up to it, whatever rule read the deadline itself."""
    words = _BY.search(ctx.text[max(0, mention.start - 20) : mention.start])
    own = re.match(rf"(?P<by>d{_APOS}ici(?:\s+[àa])?)\s", mention.text, re.IGNORECASE)
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
    rf"(?<!mois\s)(?<!an\s)(?<!ans\s)(?P<before>avant)|(?P<latest>au\s+plus\s+tard)|(?P<until>jusqu{_APOS}\s*(?:au|[àa]))"
    rf"|(?P<about>vers|(?:aux\s+)?alentours\s+du|autour\s+du|aux\s+environs\s+du))\s*(?:le\s+)?$",
    re.IGNORECASE,
)
_SHORTLY = timedelta(days=7)  # « peu avant »: up to a week, as « il y a quelques jours » counts 2 to 7 days


def _qualified_day(mention: DateMention, ctx: _Context) -> DateMention:
    """A day named after « vers », « aux alentours du » is about that day (`~`); after « avant », « au plus tard »,
    « jusqu'au » it bounds the fact, which may be any day up to it (the day before it for « avant »). The text gives
    no start then: the basis is a TODO that says so, with the month's first day standing in, uncertain (`?`); « peu
    avant » is up to a week before. A day still ahead of the publication runs from it (`_up_to`, and so here for
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


def _deadline_side(mention: DateMention, ctx: _Context) -> DateMention:
    """« pour tenter de … avant l'investiture de Donald Trump, le 20 janvier »: a deadline still ahead, in a clause
    that foresees nothing itself, dates what is to be done by then, not the clause's verb nor its figures (« la Russie
    a concentré quelque 50 000 hommes » holds now): a side clause opened by « avant » (rev37u U2)."""
    if mention.side is not None or ctx.clauses is None:
        return mention
    if not (_DEADLINE.search(ctx.text, max(0, mention.start - 100), mention.start) or _AVANT.match(mention.text)):
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


def _attach(mention: DateMention, sides: list[Side]) -> DateMention:
    if mention.side is not None:
        return mention
    side = side_of(sides, mention.start, mention.end)
    return replace(mention, side=side.opener) if side else mention


def news_day(mentions: Iterable[DateMention], published: FuzzyDate) -> DateMention | None:
    """The article's own day: the latest day it names by its weekday (« a déclaré jeudi ») that falls within the
    publication window. A news article is taken to be written on the day of the latest news it tells, so when the
    publication is known only to a window of days, this picks the day inside it; None when no such day is named."""
    named = [
        m
        for m in mentions
        if m.weekday and len(m.edtf) == 10 and published.start <= date.fromisoformat(m.edtf) <= published.end
    ]
    return max(named, key=lambda m: m.edtf, default=None)  # the first of equals: `mentions` are in text order


# « huit mois et demi après l'incursion ukrainienne du mois d'août 2024 »: the words before a date that make it the
# day of the thing a time is counted from, in its clause
# (a count of time before it: « après l'annonce de la reprise le 26 avril, le Kremlin a salué » is that day's; round 82)
# (the times: lexicon.toml `counted_times`)
_COUNTED_FROM = re.compile(
    rf"(?<![\w-]){written_words('counted_times')}\s+(?:et\s+"
    rf"demie?\s+)?(?:apr[èe]s|avant)\s+(?:l{_APOS}|la\s|les?\s|du\s|des\s)",
    re.IGNORECASE,
)
_CLAUSE_MARKS = ",;:.()«»"  # `_COUNTED_FROM`'s clause ends after the last of these
# a time counted from a thing (« près de neuf mois après », « deux ans avant »), not from a clause (« … après que »)
_COUNTED_TO = re.compile(r"(?<!\w)(?:apr[èe]s|avant)\s*$", re.IGNORECASE)


def counts_a_time_from(text: str, mention: DateMention) -> bool:
    """Whether `mention` is the day of a thing another time is counted from, in its clause (« près de neuf mois après
    l'incursion ukrainienne du 6 août »): no day the story stands at."""
    # in its clause: after the last mark that ends one (a search from the text's start for the words and no such mark
    # up to the day was quadratic on a long line: review57)
    clause = max(text.rfind(mark, 0, mention.start) for mark in _CLAUSE_MARKS) + 1
    return _COUNTED_FROM.search(text, clause, mention.start) is not None


def story_time(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The date a sentence leaves the story at, for « deux jours plus tard » in the next: its last date of a fact,
    never one a « depuis » starts nor the day of a thing another time is counted from (« Le 26 avril 2025, Moscou
    annonçait la reprise, huit mois après l'incursion du mois d'août 2024. Deux jours plus tard, » counts from 26
    April: round 21; it counted from August 2024)."""
    told = [m for m in mentions if not m.since and not counts_a_time_from(text, m)]
    # … nor a month told with its year that a « depuis » a few words before starts (storyyear.py `_SINCE`: « tués
    # depuis leur arrivée en Russie, à l'automne 2024. Une rotation a eu lieu entre fin novembre et mi-décembre » is
    # the page's December, « leur premier tête-à-tête depuis le sommet de juin 2024. Mi-août, » the page's August:
    # round 92)
    told = [m for m in told if not storyyear.starts_a_since(text, m.start, m.end)]
    # … nor where a time counted from a thing lands, after a day the sentence told (« Ce samedi-là, … annonçait la
    # libération, près de neuf mois après l'incursion du 6 août 2024. Deux jours plus tard, » is the Monday: round 82)
    days = [m for m in told if len(m.edtf) == 10]
    told = [m for m in told if not (_COUNTED_TO.search(m.text) and any(d.end <= m.start for d in days))]
    # … nor the eve of an act told before (« La veille de l'annonce, les tirs avaient redoublé. Deux jours plus tard, »
    # counts from the announcement)
    told = [m for m in told if not eve_of_an_act(m)]
    return next((m for m in reversed(told) if not recalled(m, told)), None)


def last_time(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The sentence's last date when it is the last time a thing happened (`_last_time`) and the sentence names no
    other: what « Depuis, » opening the next sentence counts from (`find_dates`'s `last_seen`); None otherwise."""
    last = mentions[-1] if mentions else None
    if last is None or not _last_time(text, last):
        return None
    # only when the sentence names no other date (review61: « Le 3 octobre 2024, Kim a affirmé qu'il n'avait pas vu
    # Poutine depuis juin 2024. Depuis, » counts from the day the sentence tells, as before round 90)
    if any(m.end <= last.start or m.start >= last.end for m in mentions):
        return None
    return last


def _last_time(text: str, mention: DateMention) -> bool:
    """Whether `mention` is the last time a thing happened, told by a negated verb before « depuis » (« Les deux hommes
    ne s'étaient pas vus depuis juin 2024 », « qu'il n'avait plus rencontré depuis juin 2024 et la signature du
    traité »): a point of the story, which « Depuis, » in the next sentence counts from, not a period's start. Only a
    date with a month or a day: « n'a pas combattu depuis 1953 » is how long, a duration (`_since_count`)."""
    return (
        mention.since
        and fold_word(mention.text.split()[0]) == "depuis"
        and len(mention.edtf.split("/")[0].rstrip("~")) >= len("2024-06")
        and _NOT_SINCE.search(text, max(0, mention.start - 80), mention.start) is not None
    )


def counted_back(mention: DateMention, told: list[DateMention]) -> bool:
    """Whether `mention` is a day counted back from a day the sentence told before it (« Le 19 décembre, … un carnet
    trouvé la veille », « Lundi, KCNA a confirmé …, deux jours après que Moscou eut affirmé … »): the story stays at the
    day told, and the next sentence's « le lendemain », « le même jour » count from that one (round 78)."""
    words = mention.text.lstrip()
    return bool(_ANCHORED.match(words) or _RELATIVE.match(words)) and recalled(mention, told)


def recalled(mention: DateMention, told: list[DateMention]) -> bool:
    """Whether `mention` recalls a time wholly before a day the sentence told before it: background, where the story
    does not go (« Le 26 avril, l'état-major avait affirmé avoir repris la région, envahie l'été dernier. Deux jours
    plus tard, » counts from 26 April, not from the summer; « a reconnu le 28 avril …, en vertu du traité conclu en
    juin 2024. … deux jours plus tôt » likewise)."""
    try:
        ends = parse_edtf(mention.edtf).end
        days = [parse_edtf(d.edtf).start for d in told if d.end <= mention.start and len(d.edtf) == 10]
    except DateError:
        return False
    return any(ends < day for day in days)


def main_mention(mentions: list[DateMention]) -> DateMention | None:
    """The mention that best dates a sentence's fact: one of the main clause before one of a side clause, a point in
    time before a « depuis », the most precise kind, then the first."""
    return max(mentions, key=lambda m: (m.side is None, not m.since, m.rank, -m.start), default=None)


def since_until(mention: DateMention, until: DateMention | None, published: FuzzyDate) -> tuple[str, str]:
    """A period that starts at a « depuis » mention and runs to `until` (for an event, the end its sentence names,
    « jusqu'au 10 février »; for a figure, the day it was stated) or the publication; « dès X » (`onset`) is X
    itself."""
    if mention.onset:
        return mention.edtf, mention.basis
    first = mention.edtf.split("/")[0]
    if until is not None:
        last, to = until.edtf.split("/")[-1], f"« {' '.join(until.text.split())} » ({until.edtf})"
    else:
        last, to = published.text.split("/")[-1], f"the publication ({published.text})"
    try:
        edtf = parse_edtf(f"{first}/{last}").text
    except DateError:
        return mention.edtf, mention.basis
    return edtf, f"{mention.basis}; the period runs from there to {to} → {edtf}"
