"""Seasons: « l'été 2024 », « l'automne dernier », « cet hiver », « à la fin de l'été », « à la rentrée », and a
deadline at a season's start (« avant l'hiver »), which a quotation may tell ahead of a past verb."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .clauses import tells_the_future, tells_the_past
from .datecontext import DateContext
from .datemention import (
    DAY_RANK,
    FUZZY_RANK,
    MONTH_RANK,
    SEASON_RANK,
    DateMention,
    date_mention,
    interval,
    iso_day,
    iso_month,
    quote,
)
from .frcalendar import SEASONS
from .frwords import APOS, fold_word
from .lexicon import printed_words, words, written_words
from .seasondeadline import eve_of_next
from .yearless import MONTH_AHEAD_DAYS, story_year


def latest_begun(first_month: int, ref: date) -> date:
    """The first day of the latest season (or run of months) beginning with `first_month` begun by `ref`."""
    start = date(ref.year, first_month, 1)
    return start if start <= ref else start - relativedelta(years=1)


# « d'ici » before a season: a bound ahead of the time of speaking
_UNTIL_A_SEASON = re.compile(rf"d{APOS}\s*ici", re.IGNORECASE)


# « une visite, annoncée pour l'été », « le contingent prévu pour l'automne »: a participle that sets the time aimed at
# (lexicon.toml `set_for_participles`, `set_for_with_pour_participles`), no thing told as done (round 131: a past
# participle that opens a clause was), …
_AIMED_BY = re.compile(
    rf"(?<![\w'’-])(?:{printed_words('set_for_participles')}|{printed_words('set_for_with_pour_participles')})"
    r"(?:e|s|es)?\s*$",
    re.IGNORECASE,
)


# … within a season of the publication, and never in a sentence that tells what came of it (« Le contingent, annoncé
# pour l'été, arrive finalement en septembre », « Le défilé, annoncé pour l'été, marque alors … »: review85; not
# « alors que », review86)
_AIMED_AHEAD_DAYS = 92
_CAME_OF_IT = re.compile(r"(?<![\w'’-])(?:finalement|alors(?!\s+que))(?![\w'’-])", re.IGNORECASE)


def _aimed_ahead(match: re.Match[str], ctx: DateContext, coming: date) -> bool:
    """Whether a season aimed at (« pour l'été »), the last one over, is the `coming` one: its clause tells it in no
    past tense (review58: « Les renforts promis pour l'été ne sont jamais arrivés » in October, this summer; the
    imperfect of reported speech still looks ahead: sealed51 o15). Where a participle sets it in a clause of its own
    (`_AIMED_BY`: « une visite, annoncée pour l'été »), the clause of the noun it follows says it, in no imperfect
    either, the coming one begins within `_AIMED_AHEAD_DAYS`, and the sentence tells nothing of what came of it
    (`_CAME_OF_IT`)."""
    if ctx.clauses is None:
        return True
    set_by = _AIMED_BY.search(match.string, max(0, match.start() - 30), match.start())
    if set_by is None or not ctx.clauses.opens_at(match.start(), set_by.start()):
        # « Le sommet prévu pour le printemps se tiendra … »: no clause of the participle's own, as before (review86)
        return not ctx.clauses.told_as_done(match.start(), imperfect=False)
    return (
        (coming - ctx.published.start).days <= _AIMED_AHEAD_DAYS
        and _CAME_OF_IT.search(match.string) is None
        and not ctx.clauses.told_as_done(match.start(), aimed=True)
    )


def _season_instance(season: str, match: re.Match[str], ctx: DateContext) -> tuple[date, date, str]:
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
        start = latest_begun(first_month, ctx.ref)
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
            and _aimed_ahead(match, ctx, start + relativedelta(years=1))
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
        elif marker is None and not lasting and (told := story_year(ctx, first_month, None, match)) is not None:
            # « le traité signé le 19 juin 2024 et ratifié à l'automne » on a page of 2026: the story's (round 22)
            start, reading = date(told[0], first_month, 1), f"{reading}; {told[1]}"
        elif marker is not None and start + relativedelta(months=length) <= ctx.published.start:
            start += relativedelta(years=1)
            reading += f"; the clause speaks of the future (« {marker} »): the next one, the last being over"
        elif (
            not lasting
            and ctx.clauses is not None
            and start + relativedelta(months=length) <= ctx.published.start
            and 0 < (start + relativedelta(years=1) - ctx.published.start).days <= MONTH_AHEAD_DAYS
            and not ctx.clauses.told_as_done(match.start())
        ):
            # « un redéploiement « au printemps » » in February: the last one long over, the next about to begin
            start += relativedelta(years=1)
            reading += "; told in no past tense, the last one over and the next about to begin: the next one"
    return start, start + relativedelta(months=length) - timedelta(days=1), reading


_BEFORE_A_SEASON = re.compile(rf"(?:l{APOS}\s*|(?<!\w)en\s+)$", re.IGNORECASE)


def _a_participle(match: re.Match[str]) -> bool:
    """« Ce chiffre a depuis été révisé », « ont dès lors été »: « été » with no article (« l'été »), no « en », no
    « cet », no year, is the past participle of « être », never the summer (round 20: « depuis été » was read as the
    summer, twice: its start and the period from it)."""
    if fold_word(match["s"]) != "ete" or match["y"] or match["this"] or match["w"] or match["next"]:
        return False
    return _BEFORE_A_SEASON.search(match.string, match.start(), match.start("s")) is None


def read_season(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« l'automne dernier », « l'été 2024 », « l'hiver prochain », « cet hiver », and a bare season after
    « depuis », « à l' », « en » (« depuis l'été », « à l'automne »): the latest one begun by the publication, or the
    next one when the clause speaks of the future and the latest is over."""
    if not (match["w"] or match["y"] or match["this"] or match["since"] or match["at"] or match["next"]):
        return None
    if _a_participle(match):
        return None
    first, last, reading = _season_instance(fold_word(match["s"]), match, ctx)
    edtf = interval(iso_month(first), iso_month(last))
    return date_mention(match, edtf, f"{quote(match)}: {reading} → {edtf}", SEASON_RANK)


_ANOTHER_YEAR = re.compile(r"\s*+[-/–]\s*+\d{2,4}(?!\d)")  # « l'hiver 2024-2025 », « 2024/25 »: a winter's two years
_LOOKS_AHEAD = re.compile(rf"(?:d{APOS}\s*ici|avant|jusqu{APOS}\s*(?:[àa])?)\s*+(?:la\s++)?$", re.IGNORECASE)


def season_part(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« à la fin de l'été », « au début de l'hiver dernier »: the first, middle or last month of the season."""
    season = fold_word(match["s"])
    first, _, reading = _season_instance(season, match, ctx)
    index = {"debut": 0, "mi": 1, "milieu": 1}.get(fold_word(match["part"]), 2)
    month = first + relativedelta(months=index)
    if season == "hiver" and match["y"] and index == 2 and _ANOTHER_YEAR.match(match.string, match.end()) is None:
        # « à la fin de l'hiver 2025 »: the winter that ends in that year, whose last month is its February (round
        # 128: the truths of four sets, where the winter begun in December 2025 read February 2026); never « la fin
        # de l'hiver 2024-2025 », nor a bound ahead that February would put behind the page (« d'ici la fin de l'hiver
        # 2025 » in November 2025: the coming one; review79)
        # (a February behind the page never in a sentence that speaks of the future: « … ; à la fin de l'hiver 2024,
        # il pourrait bouger » in January 2025 looks ahead: review80)
        ending = date(int(match["y"]), 2, 1)
        ahead = _LOOKS_AHEAD.search(match.string, max(0, match.start() - 20), match.start()) is not None
        behind = ending < ctx.published.start.replace(day=1)
        if not ahead and not (behind and tells_the_future(match.string)):
            month, reading = ending, f"{reading}; its end: the one that ends in {match['y']}"
    edtf = iso_month(month)
    basis = f"{quote(match)}: {reading}, its {('first', 'middle', 'last')[index]} month → {edtf}"
    return date_mention(match, edtf, basis, MONTH_RANK)


def rentree(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« à la rentrée »: September (round 132: its first ten days before; the truths read the month 29 times in 46,
    the rentrée being a time, not a day); in a summer article (June to August) the coming one, otherwise the latest
    one begun, or the next one in a clause that speaks of the future."""
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
    edtf = f"{year}-09"
    return date_mention(match, edtf, f"{quote(match)}: September, {note} → {edtf}", FUZZY_RANK)


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


def before_a_season(match: re.Match[str], ctx: DateContext) -> DateMention | None:
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
        f"{quote(match)}: a deadline at the season's start, the next one after the publication "
        f"({ctx.published.text}): from it up to the eve → {edtf}"
    )
    return date_mention(match, edtf, basis, DAY_RANK)
