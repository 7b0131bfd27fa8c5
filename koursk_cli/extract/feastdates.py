"""Feasts and moments of the story named by their name (lexicon.toml [feasts], [anchors]): « à Noël », « avant
Pâques », « depuis le début de la guerre », « le troisième anniversaire de l'invasion »."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta

from ..dates import FuzzyDate, Precision, parse_edtf
from ..placeholders import TODO
from .clauses import tells_the_past
from .datecontext import DateContext
from .datemention import DAY_RANK, YEAR_RANK, DateMention, date_mention, interval, iso_day, quote
from .datewords import DAY_NUMBER, WITH_ITS_YEAR, YEAR
from .frcalendar import MONTH_NAME
from .frwords import APOS, DE, fold_word
from .lexicon import (
    anchors,
    anchors_alone,
    anchors_counted_only,
    anchors_korean,
    feasts,
    folded_pattern,
    lunar_new_years,
    words,
)
from .yearless import bound_side

FEASTS = feasts()
FEAST = "(?:" + "|".join(map(folded_pattern, FEASTS)) + ")"
# « Noël 2023 », « Pâques 2024 »: a feast with its year after it is that year's (round 92: the year was left out,
# « depuis Noël 2023 » read as the latest Christmas); one that spans the turn of the year too (« le Nouvel An 2025 »
# is its end, « les fêtes de fin d'année 2024 » its start: review61b, the year was read as a count, « Au Nouvel An
# 2025, 3 000 soldats » a range of 2025 to 3000), longest names first (« Nouvel An lunaire 2019 »)
FEAST_WITH_ITS_YEAR = "(?:" + "|".join(folded_pattern(name) for name in sorted(FEASTS, key=len, reverse=True)) + ")"
ANCHORS = anchors()
_COUNTED_ONLY = anchors_counted_only()
_ALONE = anchors_alone()
_KOREAN = anchors_korean()
_KOREA_NAMED = re.compile("|".join(sorted(words("korean_names"), key=len, reverse=True)))  # on a folded sentence
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:!?»()–—]|$)")
# … nor the thing's complement after an insert (« Depuis le déploiement, en Pologne, de 10 000 soldats américains »:
# review86)
_COMPLEMENT_AFTER_AN_INSERT = re.compile(rf"\s*,[^,.;:!?]{{1,60}},\s*(?:de|des|du|d{APOS})(?![\w-])", re.IGNORECASE)
_FROM_THE_START = re.compile(r"d[èe]s\b", re.IGNORECASE)  # « Dès le déploiement, les soldats … » (review86)


def _alone_here(match: re.Match[str]) -> bool:
    """Whether a bare word of [anchors] (`alone`) stands alone: nothing after it but punctuation, no complement after
    an insert, and after « depuis » or a count, never « dès » (« Dès le déploiement, les soldats … »: review86)."""
    text, end = match.string, match.end()
    if _NOTHING_AFTER.match(text, end) is None or _COMPLEMENT_AFTER_AN_INSERT.match(text, end) is not None:
        return False
    return _FROM_THE_START.match(match.group()) is None


# A moment of the story named after its determiner (« l'incursion », « le début de la guerre », « la fin de la guerre
# froide »), and not another one its complement names (« la guerre du Golfe », « la guerre d'Irak »).
_START_OF = rf"(?:d[ée]but|lancement|d[ée]clenchement)\s+(?:du|des|de\s+la|de\s+l{APOS})\s*"
_ANCHOR_NAME = (
    "(?P<anchor>" + "|".join(map(folded_pattern, sorted(ANCHORS, key=len, reverse=True))) + ")"
    rf"(?![\w-])(?!\s+(?:du|des)\s|\s+{DE}(?!ukraine)(?-i:[A-ZÀ-Ý]))"
)
STORY_ANCHOR = rf"(?:(?:le|la|les)\s+|l{APOS}\s*|(?=leur\s))(?:{_START_OF})?{_ANCHOR_NAME}"
# « le troisième anniversaire de l'invasion », « du 1er anniversaire du début de la guerre »
_ORDINAL = r"(?P<ord>premier|1er|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|cinqui[èe]me|\d{1,3}e)"
_OF_THE = rf"(?:de\s+la|de\s+l{APOS}|du|des|de)"  # « anniversaire de la / du … »
ANNIVERSARY = _ORDINAL + rf"\s+anniversaire\s+{_OF_THE}\s*(?:{_START_OF})?{_ANCHOR_NAME}"
_NTH = {"premier": 1, "1er": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5}


def _years(ordinal: str) -> int:
    """How many years an ordinal of `_ORDINAL` counts (« deuxième », « 80e »), 0 for none."""
    word = fold_word(ordinal)
    return _NTH.get(word) or (int(word[:-1]) if word[:-1].isdigit() else 0)


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


FEAST_NAME = re.compile(rf"{FEAST}|{FEAST_WITH_ITS_YEAR}\s+{YEAR}", re.IGNORECASE)  # « Noël », « Noël 2024 »
ANNIVERSARY_NAME = re.compile(ANNIVERSARY, re.IGNORECASE)
_EVE_OF = re.compile(rf"(?<!\w)(?:avant-)?veille\s+(?:du|de\s+la|de\s+l{APOS}|de)\s*$", re.IGNORECASE)


_OF_TOMORROW = re.compile(r"\W*demain(?!\w)", re.IGNORECASE)  # a sentence that opens on the day after it is written


# « L'an dernier, à Noël »: the feast of the year before, even on its eve
_LAST_YEAR = re.compile(
    rf"(?<!\w)(?:l{APOS}\s*an\s+(?:dernier|pass[ée])|l{APOS}\s*ann[ée]e\s+(?:derni[èe]re|pass[ée]e))(?!\w)",
    re.IGNORECASE,
)


def _on_its_eve(name: str, ref: date) -> bool:
    """Whether `ref` is the eve of the feast: a page of the 24th speaks of the Christmas of that night."""
    tomorrow = ref + timedelta(days=1)
    days = _feast_days(name, tomorrow.year)
    return days is not None and days[0] == tomorrow


def holiday(match: re.Match[str], ctx: DateContext) -> DateMention | None:
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
                f"{TODO} {quote(match)}: lexicon.toml [lunar_new_year] lists no Lunar New Year in {year}: write its "
                f"day; the year told stands in → {year:04d}"
            )
            return date_mention(match, f"{year:04d}", basis, YEAR_RANK)
        edtf = interval(iso_day(told[0]), iso_day(told[1]))
        return date_mention(match, edtf, f"{quote(match)}: {FEASTS[name][1]} of the year told → {edtf}", DAY_RANK)
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
    elif (bound := bound_side(match)) is not None and bound[0] == "ahead":
        coming = _coming_feast(name, ctx)
        if coming is not None and ctx.bound_ahead(match, bound[1], (coming[0] - ctx.published.start).days):
            past, reading = coming, "a bound ahead of the publication: the first not before it"
    if past is None:
        return None  # a lunar feast of a year the lexicon does not list
    edtf = interval(iso_day(past[0]), iso_day(past[1]))
    return date_mention(match, edtf, f"{quote(match)}: {feast}, {reading} → {edtf}", DAY_RANK)


def _coming_feast(name: str, ctx: DateContext) -> tuple[date, date] | None:
    """The days of the first such feast not before the publication (within three years), or None."""
    start = ctx.published.start
    return next(
        (d for d in (_feast_days(name, y) for y in range(start.year, start.year + 3)) if d and d[0] >= start), None
    )


def story_anchor(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« depuis le début de la guerre », « depuis l'incursion ukrainienne », « depuis la fin de la guerre froide »: a
    moment of the story dated by its name alone (lexicon.toml [anchors]), as the start of a period that runs on. Not
    when the text dates it itself (« depuis l'invasion de février 2022 »: the month is read), nor when the moment
    would fall after the publication (an older article's « incursion » is another one)."""
    found = named_moment(match, ctx)
    if found is None or anchor_key(match) in _COUNTED_ONLY:
        return None
    when, name = found
    basis = f"{quote(match)}: {name}, a moment of the story dated by its name (lexicon.toml [anchors]) → {when.text}"
    return date_mention(match, when.text, basis, DAY_RANK if when.precision is Precision.DAY else YEAR_RANK)


def named_moment(match: re.Match[str], ctx: DateContext) -> tuple[FuzzyDate, str] | None:
    """The date and name of the [anchors] moment `match` names, as a period starts or a time is counted from it: not
    when the text dates it itself (« depuis l'invasion de février 2022 », « un an après leur capture en mars 2024 »:
    another one, read from its own date), nor when it would fall after the publication (an older page's « incursion »
    is another one), nor a bare word (`alone`) with a word after it (« le déploiement de la 5G »), nor a `korean` one in
    a sentence that does not name North Korea."""
    if _DATED_AFTER.match(match.string, match.end()):
        return None
    if anchor_key(match) in _ALONE and not _alone_here(match):
        return None
    if anchor_key(match) in _KOREAN and _KOREA_NAMED.search(fold_word(match.string)) is None:
        return None  # « Un an après le traité, les échanges entre Téhéran et Moscou »: another treaty (review98)
    found = anchor_date(match)
    return None if found is None or found[0].start > ctx.published.end else found


# « depuis le début du déploiement, à l'automne 2024 », « …, entre l'automne 2024 et … », « l'incursion de l'été »: a
# season with its year or « dernier » after a preposition, or after « de », told after the moment dates it (round 131);
# a bare one, or one without its preposition, may be the main clause's (« Depuis le début de la guerre, l'hiver
# dernier a été le plus meurtrier »: review85, review86), and « jusqu'à l'été dernier » ends the period
_A_SEASON = (
    rf"(?:(?<!jusqu{APOS})[àa]\s+l{APOS}\s*|au\s+|en\s+|entre\s+l{APOS}\s*|entre\s+le\s+)"
    rf"(?:printemps|[ée]t[ée]|automne|hiver)\s+(?:{YEAR}|derni(?:er|[èe]re)|pass[ée]e?)"
    rf"|de\s+l{APOS}\s*(?:[ée]t[ée]|automne|hiver)|du\s+printemps"
)
STORY_ANCHOR_AFTER = re.compile(rf"\s+{STORY_ANCHOR}", re.IGNORECASE)
# « depuis l'invasion de février 2022 », « depuis le début de l'invasion à grande échelle, en février 2022, »
_DATED_AFTER = re.compile(
    rf"(?:[^,;:.!?()]{{0,40}}?|[^,;:.!?()]{{0,40}}?,\s*(?:en\s+|le\s+|au\s+)?)(?<!\w)(?:{MONTH_NAME}|{YEAR}|{DAY_NUMBER}\s+{MONTH_NAME})(?!\w)"
    rf"|[^,;:.!?()]{{0,40}}?(?:,\s*)?(?<!\w)(?:{_A_SEASON})(?!\w)",
    re.IGNORECASE,
)

# How far after the page an anniversary of a moment of the story may fall: one further is another moment's, the page
# naming an older war or event with the story's words (« le 75e anniversaire du déclenchement de la guerre »).
_ANNIVERSARY_AHEAD = timedelta(days=2 * 366)


def anniversary(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« le troisième anniversaire de l'invasion »: so many years after a moment of the story (lexicon.toml
    [anchors]) dated to its day."""
    found = named_moment(match, ctx)
    years = _years(match["ord"])
    if found is None or found[0].precision is not Precision.DAY or not years:
        return None
    day = found[0].start + relativedelta(years=years)
    if day > ctx.ref + _ANNIVERSARY_AHEAD:
        return None  # « le 75e anniversaire du déclenchement de la guerre »: another war's (sealed61 e07, blind: 2097)
    basis = f"{quote(match)}: {years} year(s) after {found[1]} ({found[0].text}) → {day.isoformat()}"
    return date_mention(match, iso_day(day), basis, DAY_RANK)


# « deux jours avant le premier anniversaire du traité, signé le 19 juin 2024 », « au lendemain du 80e anniversaire de
# la victoire, le 9 mai 1945 »: the anniversary of a thing, which the same sentence dates after it with its year
_NTH_ANNIVERSARY_OF = re.compile(
    r"\s*(?:(?:le|du|au)\s+)?" + _ORDINAL + rf"\s+anniversaire\s+(?:{_OF_THE}|d{APOS})",
    re.IGNORECASE,
)
# How far from the publication the anniversary may fall, and how long before it the thing's day must be: a day that
# is the anniversary's own (« avant le quatrième anniversaire, le 24 février 2026, de l'invasion ») is not moved
_ANNIVERSARY_NEAR = timedelta(days=366)
_ANNIVERSARY_PAST = timedelta(days=300)


def anniversary_of(text: str, start: int, days: list[DateMention], published: date) -> DateMention | None:
    """The day of « le deuxième anniversaire du traité signé le 19 juin 2024 » standing at `start` (after « deux
    semaines avant », « au lendemain »): the thing's day, the first of `days` after the phrase in its sentence with
    its year written, so many years on; the count before it is from that day, not from the thing's (round 99: the
    treaty's signing, two years off)."""
    phrase = _NTH_ANNIVERSARY_OF.match(text, start)
    if phrase is None:
        return None
    years = _years(phrase["ord"])
    thing = next((d for d in days if d.start >= phrase.end()), None)
    if thing is None or not years or len(thing.edtf) != 10 or not WITH_ITS_YEAR.search(thing.text):
        return None
    if re.search(r"[;:()]", text[phrase.end() : thing.start]) or text.count(",", phrase.end(), thing.start) > 1:
        return None  # another clause's day (« de son investiture, le président, élu le 24 mars 2024 »: review66b)
    try:
        day = date.fromisoformat(thing.edtf) + relativedelta(years=years)
    except ValueError:
        return None
    if abs(day - published) > _ANNIVERSARY_NEAR or date.fromisoformat(thing.edtf) > published - _ANNIVERSARY_PAST:
        return None
    if day > published and tells_the_past(text) and text[phrase.end() : thing.start].rstrip().endswith(","):
        # « Deux jours avant le premier anniversaire du traité, le 19 juin 2025, Kim a reçu » on 20 May 2026: a day in
        # apposition with no participle may be the anniversary's own, and a past fact is not dated after the page
        # (review66b)
        return None
    opening = phrase.start() + len(phrase.group()) - len(phrase.group().lstrip())
    said = text[opening : thing.end]
    basis = f"« {' '.join(said.split())} »: {years} year(s) after {thing.edtf}"
    return DateMention(opening, thing.end, said, iso_day(day), basis, DAY_RANK)


def anniversary_dated_apart(text: str, start: int, days: list[DateMention]) -> bool:
    """Whether « le premier anniversaire de X » stands at `start` with a day written with its year after it in the
    sentence (« de son investiture, le président, élu le 24 mars 2024 »): a day `anniversary_of` did not take is
    another act's or the anniversary's own, and the main clause's day no day after it (review66b)."""
    phrase = _NTH_ANNIVERSARY_OF.match(text, start)
    return phrase is not None and any(d.start >= phrase.end() and WITH_ITS_YEAR.search(d.text) for d in days)


def anchor_key(match: re.Match[str]) -> str:
    """The [anchors] key of the moment `match` names (its group `anchor`), folded as lexicon.toml writes it."""
    return re.sub(r"'\s*", "'", " ".join(fold_word(match["anchor"]).replace("’", "'").split()))


def anchor_date(match: re.Match[str]) -> tuple[FuzzyDate, str] | None:
    """The date and English name of the [anchors] moment `match` names (its group `anchor`)."""
    key = anchor_key(match)
    if key not in ANCHORS:
        return None
    edtf, name = ANCHORS[key]
    return parse_edtf(edtf), name


# A feast after « de » that names the event the sentence announces (« le repas de Noël », « le loto de la Toussaint »,
# « les vacances de Pâques », « la semaine de Noël »): the event's own day, if any, is the one the sentence gives
# (session 68, review71, review72)
# (the noun before « de », never « lors »: « lors du réveillon de Noël » names the feast's day, review75)
_FEAST_AFTER_OF = re.compile(rf"(?<![\w-])(?!lors\s)(?P<noun>[\w-]+)\s++{_OF_THE}\s*+$", re.IGNORECASE)
_FEAST_TIMES = words("feast_times")
_A_FEAST = re.compile(FEAST_WITH_ITS_YEAR + r"$", re.IGNORECASE)


def names_an_event(sentence: str, mention: DateMention) -> bool:
    """Whether `mention` is a feast named after « de » (« le concert de Noël »): in a sentence that announces a local
    event, the feast names the event, not its day."""
    of = _FEAST_AFTER_OF.search(sentence, max(0, mention.start - 40), mention.start)
    return _A_FEAST.match(mention.text) is not None and of is not None and fold_word(of["noun"]) not in _FEAST_TIMES


# A weekday that names a feast's day (« le lundi de Pâques », « le dimanche de Pâques », « le samedi de la Toussaint »):
# the feast dates it, not the coming weekday (review72)
_BEFORE_A_FEAST = re.compile(rf"\s++{_OF_THE}\s*+{FEAST_WITH_ITS_YEAR}(?![\w-])", re.IGNORECASE)


def names_a_feast_s_day(sentence: str, end: int) -> bool:
    """Whether the weekday ending at `end` is followed by « de » and a feast (« le lundi de Pâques »)."""
    return _BEFORE_A_FEAST.match(sentence, end) is not None
