"""Months and years: « en juin 2024 », « fin novembre », « entre janvier et mars », « en 2024 » (never a count:
« de 2000 hommes »), « fin 2024 », « les années 1970 », a year of another calendar, and a timeline's headings
(« Février. », « Été : »)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from dateutil.relativedelta import relativedelta

from ..dates import LATEST_STORE_DATE
from .datecontext import DateContext
from .datemention import (
    FUZZY_RANK,
    MONTH_RANK,
    SEASON_RANK,
    YEAR_RANK,
    DateMention,
    date_mention,
    interval,
    iso_day,
    iso_month,
    month_of,
    quote,
)
from .datewords import MONTH_EN
from .daydates import rolls_past
from .frcalendar import SEASONS
from .frnegation import NEGATION_ALONE
from .frnumerals import NUMBER_WORDS
from .frwords import APOS, fold_word, unit_of
from .lexicon import eras, folded_pattern, words
from .seasondates import latest_begun
from .yearless import year_of

ERAS = eras()
# « la 114e année du calendrier Juche », « l'an 114 de l'ère Juche »: a year of another calendar (lexicon.toml [eras])
ERA_YEAR = (
    rf"(?:la\s+(?P<n>\d{{1,4}})(?:e|[èe]me)\s+ann[ée]e|l{APOS}\s*an\s+(?P<n2>\d{{1,4}}))\s+"
    rf"(?:du\s+calendrier|de\s+l{APOS}\s*[èe]re)\s+(?P<era>"
    + "|".join(map(folded_pattern, sorted(ERAS, key=len, reverse=True)))
    + ")"
)


def era_year(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """The year of ours a year of another calendar is: its number after the calendar's epoch (round 27: « la 114e
    année du calendrier Juche » was no date)."""
    epoch, name = ERAS[fold_word(" ".join(match["era"].split()))]
    theirs = int(match["n"] or match["n2"])
    year = int(epoch) + theirs
    if not 1 <= year <= LATEST_STORE_DATE.year:
        return None
    return date_mention(match, f"{year:04d}", f"{quote(match)}: the year {theirs} of {name} → {year}", YEAR_RANK)


def fuzzy(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    month = month_of(match["m"])
    year, note = (int(match["y"]), "") if match["y"] else year_of(ctx, month, None, MONTH_EN[month], match)
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
    return date_mention(match, edtf, f"{quote(match)}: {reading}{year_note} → {edtf}", FUZZY_RANK)


def part_days(part: str, year: int, month: int) -> tuple[date, date]:
    """« début », « mi », « fin » of a month: its first, middle and last thirds (1–10, 11–20, 21–end)."""
    folded = fold_word(part)
    last_day = calendar.monthrange(year, month)[1]
    first, last = {"debut": (1, 10), "mi": (11, 20)}.get(folded, (21, last_day))
    return date(year, month, first), date(year, month, last)


def part_range(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« entre début et mi-octobre », « entre fin novembre et début décembre »: from the first third named to the
    end of the second; « entre décembre et la mi-janvier »: from the first day of the whole month."""
    whole: str | None = match.groupdict().get("m0")  # the first of two rules has it
    first_month: str | None = match["m1"] or whole
    m2 = month_of(match["m2"])
    m1 = month_of(first_month) if first_month else m2
    y2, note = (int(match["y"]), "") if match["y"] else year_of(ctx, m2, None, MONTH_EN[m2], match, soon=m1 <= m2)
    y1 = y2 if m1 <= m2 else y2 - 1
    first = date(y1, m1, 1) if whole else part_days(match["p1"], y1, m1)[0]
    last = part_days(match["p2"], y2, m2)[1]
    if last < first:
        return None
    edtf = interval(iso_day(first), iso_day(last))
    year_note = f"; {note}" if note else ""
    basis = f"{quote(match)}: from the first to the last day of the thirds of the month named{year_note} → {edtf}"
    return date_mention(match, edtf, basis, FUZZY_RANK)


def year_part(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« fin 2024 » (October to December), « début 2025 » (January to March), « mi-2024 » (May to August),
    « au cours de l'année 2024 » (the year)."""
    year = int(match["y"])
    part = fold_word(match["part"] or "")
    months = {"fin": (10, 12), "debut": (1, 3), "mi": (5, 8)}.get(part)
    if months is None:
        return date_mention(match, str(year), f"{quote(match)}: the year → {year}", YEAR_RANK)
    edtf = f"{year}-{months[0]:02d}/{year}-{months[1]:02d}"
    return date_mention(
        match,
        edtf,
        f"{quote(match)}: read as the months {MONTH_EN[months[0]]} to {MONTH_EN[months[1]]} → {edtf}",
        MONTH_RANK,
    )


def month_year(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« en juin 2024 »; « en juin de l'an dernier », « en mars de l'année prochaine »: the year before (after) the
    publication's."""
    if match["y"]:
        year, note = int(match["y"]), ""
    else:
        ahead = fold_word(match["rel"]).startswith("prochain")
        year = ctx.published.start.year + (1 if ahead else -1)
        note = f": the year {'after' if ahead else 'before'} the publication's ({ctx.published.text})"
    edtf = f"{year:04d}-{month_of(match['m']):02d}"
    return date_mention(match, edtf, f"{quote(match)}{note} → {edtf}", MONTH_RANK)


def read_month(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    if match["noun_of"] and match["m"][:1].isupper():
        return None  # « l'exploration de Mars », « la place de Mai »: French writes a month in lower case
    month = month_of(match["m"])
    year, note = year_of(ctx, month, None, MONTH_EN[month], match)
    edtf = f"{year:04d}-{month:02d}"
    if match["this"] and month == ctx.ref.month:
        note = f"the month of the publication ({ctx.published.text})"
    return date_mention(match, edtf, f"{quote(match)}: {note} → {edtf}", MONTH_RANK)


def month_range(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« entre janvier et mars », « de mai à juillet 2024 », « dès juillet ou août » (as early as: its year is the
    first month's, so a range that begins by the publication runs on past it)."""
    m1, m2 = month_of(match["m1"]), month_of(match["m2"])
    if not (match["y1"] or match["y2"]) and fold_word(match["since"] or "") == "des":
        y1, note = year_of(ctx, m1, None, MONTH_EN[m1], match)
        y2 = y1 + (m2 < m1)
    elif match["y1"] and not match["y2"] and not rolls_past(int(match["y1"]), (m1, 1), (m2, 1), ctx):
        # « entre décembre 2024 et mars »: the first March after the start, unless past the publication
        y1 = int(match["y1"])
        y2, note = y1 + (m2 <= m1), f"no year given: the first {MONTH_EN[m2]} after the start it runs from"
    else:
        y2, note = (int(match["y2"]), "") if match["y2"] else year_of(ctx, m2, None, MONTH_EN[m2], match, soon=m1 <= m2)
        y1 = int(match["y1"]) if match["y1"] else (y2 if m1 <= m2 else y2 - 1)
    if (y1, m1) >= (y2, m2):
        return None
    edtf = f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
    year_note = f": {note}" if note else ""
    return date_mention(match, edtf, f"{quote(match)}, whole months{year_note} → {edtf}", MONTH_RANK)


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


# « pas avant 2027 », « n'est pas attendue avant 2028 », « Aucun retrait n'est prévu avant 2027 », « Un cessez-le-feu
# est exclu avant 2027 »: a negation before it in its clause (from a colon, a semicolon or an opening quote) may say not
# before that year, so that year or later, read as the year itself (review85)
_NEGATION = re.compile(
    rf"(?<![\w'’-])(?:(?:ne|{NEGATION_ALONE}|aucune?|rien|personne|nulle?|exclue?s?|impossible|improbable"
    r"|exclu(?:t|ent)|[ée]carte(?:nt)?|refusen?t?|doutes?|doutent|difficile|illusoire)(?![\w'’-])|n['’]|peu\s+probable)",
    re.IGNORECASE,
)
# « Dix ans avant 2024 »: a count of time before the year, which the year does not date (as before)
_COUNT_BEFORE = re.compile(r"(?<![\w'’-])(?:ans?|ann[ée]es?|mois|semaines?|jours?)\s+$", re.IGNORECASE)


def read_year(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« en 2024 », « depuis 2023 », « le traité de 1961 », « 80 millions d'euros pour 2025 », « sur la seule année
    2024 » (round 56); after « de », « pour », « sur », never a count (« de 2000 hommes », « pour 2000 soldats »)."""
    if match["of"] and _a_count_after_of(match):
        return None
    ratio_word = match["of"] and match["of"].rstrip().lower() in {"sur", "pour"}  # « la résolution 1718 de 2006 »
    if ratio_word and _A_RATIO.search(match.string[max(0, match.start() - 12) : match.start()]):
        return None  # « 300 sur 2000 », « un pour 2000 »: a ratio of counts
    if match["before"]:
        return _before_a_year(match, ctx)
    if match["until"] and int(match["y"]) >= ctx.published.start.year:  # « d'ici à 2026 »: from the publication
        edtf = f"{iso_day(ctx.published.start)}/{match['y']}"
        return date_mention(match, edtf, f"{quote(match)}: from the publication up to that year → {edtf}", YEAR_RANK)
    return date_mention(match, match["y"], f"{quote(match)} → {match['y']}", YEAR_RANK)


def _before_a_year(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« avant 2028 »: up to the end of the year before, from the publication when that year is still to come, and the
    year before itself when it is gone (« Avant 2022, on livrait … »); round 131, it was read as 2028 itself. « pas
    avant 2027 », a negation before it in its clause (`_NEGATION`) or a question may mean that year or later, and
    « dix ans avant 2024 » counts from it (`_COUNT_BEFORE`): the year, as before. Never a count (« avant 2000
    soldats »)."""
    text = match.string
    if _counted(text, match.end()):
        return None
    clause = max(text.rfind(mark, 0, match.start()) for mark in ":;«“") + 1  # « … n'y croit pas : « Avant 2022, … »
    if (
        text.rstrip().endswith("?")
        or _NEGATION.search(text, clause, match.start()) is not None
        or _COUNT_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
    ):
        return date_mention(match, match["y"], f"{quote(match)} → {match['y']}", YEAR_RANK)
    last = int(match["y"]) - 1
    if last < ctx.published.start.year:
        return date_mention(match, f"{last:04d}", f"{quote(match)}: the year before it → {last:04d}", YEAR_RANK)
    edtf = f"{iso_day(ctx.published.start)}/{last:04d}-12-31"
    basis = f"{quote(match)}: from the publication to the end of the year before → {edtf}"
    return date_mention(match, edtf, basis, YEAR_RANK)


def entry_year(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« 1961 - Le Koweït proclame son indépendance. »: a chronology's or an éphéméride's entry, dated by the year that
    opens its line before a dash (round 20: it was no date at all)."""
    return date_mention(match, match["y"], f"{quote(match)}: the year that opens the entry → {match['y']}", YEAR_RANK)


def year_range(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« pour 2026 et 2027 », « entre 2022 et 2024 », « de 2019 à 2021 »; « (1950-1953) », « 1991 – 2024 » under a
    name (round 29: no date at all): the years from the first to the second."""
    first, last = int(match["y1"] or match["y0"]), int(match["y2"])
    if last <= first or (_a_count_after_of(match) if match["dash"] is None else _no_years_dashed(match)):
        return None
    edtf = f"{first}/{last}"
    return date_mention(match, edtf, f"{quote(match)}: the years from the first to the last → {edtf}", YEAR_RANK)


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


def decade(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« dans les années 1960 », « depuis les années 1970 », « dans les années 1970 et 1980 »: the decade's ten years,
    to the last one's end (round 29: they were no date; « depuis » dates when it started, as heldout truths read)."""
    first = int(match["y"])
    last = int(match["y2"] or first)
    if last < first:
        return None
    edtf = f"{first}/{last + 9}"
    return date_mention(match, edtf, f"{quote(match)}: the decade's years → {edtf}", YEAR_RANK)


def read_heading(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« Février. », « Janvier : … », « Été : … », « Décembre-janvier : … » labelling their line (a timeline's or a
    retrospective's heading): that month, season or run of months, the latest not after the publication. A heading
    has no verb, so no tense to tell a month to come (round 18: « Janvier : » on 28 December is the January past)."""
    heading = "a heading, no verb: no tense to tell a month to come"
    if match["s"]:
        first_month, length = SEASONS[fold_word(match["s"])]
        start = latest_begun(first_month, ctx.ref)
        edtf = interval(iso_month(start), iso_month(start + relativedelta(months=length - 1)))
        return date_mention(match, edtf, f"{quote(match)}: {heading}; the latest season begun → {edtf}", SEASON_RANK)
    if match["m1"]:
        m1, m2 = month_of(match["m1"]), month_of(match["m2"])
        y2, note = year_of(ctx, m2, None, MONTH_EN[m2], match, soon=False)
        y1 = y2 if m1 <= m2 else y2 - 1
        if (y1, m1) >= (y2, m2):
            return None
        edtf = f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
        return date_mention(match, edtf, f"{quote(match)}: {heading}, whole months; {note} → {edtf}", MONTH_RANK)
    month = month_of(match["m"])
    year, note = year_of(ctx, month, None, MONTH_EN[month], match, soon=False)
    edtf = f"{year:04d}-{month:02d}"
    return date_mention(match, edtf, f"{quote(match)}: {heading}; {note} → {edtf}", MONTH_RANK)
