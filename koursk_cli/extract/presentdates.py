"""The page's present: « aujourd'hui », « actuellement », « désormais », « ce matin », and a part of a day
(« dans la soirée »), which is the publication's or that of the day the story told before it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .clauses import Clauses, pluperfect_before, tells_the_past, told_in_the_imperfect
from .datecontext import DateContext
from .datemention import DAY_RANK, PRESENT_RANK, WEEKDAY_RANK, DateMention, date_mention, interval, iso_day, quote
from .datewords import DAY_NUMBER, YEAR
from .frcalendar import MONTH_NAME, WEEKDAY
from .frwords import APOS, fold_word
from .lexicon import printed_phrases, printed_words


def day_part(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« ce matin », « ce soir », « cet après-midi » (the publication day), « cette nuit », « la nuit dernière » (the
    night that ends on the publication day: that day or the one before)."""
    words = fold_word(match.group())
    if not ctx.day_precise:
        return None
    night = "nuit" in words
    first = ctx.published.end - timedelta(days=1) if night else ctx.published.start
    edtf = interval(iso_day(first), iso_day(ctx.published.end))
    reading = "the night before or of the publication" if night else "the day of the publication"
    return date_mention(match, edtf, f"{quote(match)}: {reading} ({ctx.published.text}) → {edtf}", WEEKDAY_RANK)


# « mardi dans la matinée », « le 3 mars en fin de journée », « hier en fin d'après-midi »: a part of the day named
_OF_A_DAY = re.compile(
    rf"(?<!\w)(?:{WEEKDAY}|{DAY_NUMBER}\s+{MONTH_NAME}(?:\s+{YEAR})?|(?:avant-)?hier|aujourd{APOS}hui)\s*,?\s*$",
    re.IGNORECASE,
)
_OF_TODAY = re.compile(rf"(?<!\w)(?!partir\b)[^\W\d_]{{3,}}\s+d{APOS}\s*$", re.IGNORECASE)


# « dans la soirée du lundi 25 novembre », « dans l'après-midi de mardi » (review61): the day named after it
_DAY_AFTER = re.compile(rf"\s+(?:du|de(?:\s+ce)?)\s+(?:{WEEKDAY}|{DAY_NUMBER}\s+{MONTH_NAME})(?!\w)", re.IGNORECASE)


# « reprennent souvent en fin de journée »: a habit's adverb (lexicon.toml `habit_adverbs`) in the clause before a part
# of a day, no comma, semicolon or full stop between
# — unless a verb in a past tense stands between (review61: « Les bombardements régulièrement dénoncés par Kiev ont
# repris dans la soirée »: the adverb qualifies a participle, the clause tells one evening)
_HABIT_BEFORE = re.compile(printed_phrases("habit_adverbs") + r"(?![\w'’])(?P<gap>[^,;:.!?«»()]*)$", re.IGNORECASE)
_HABIT_REACH = 60  # how far before a part of a day its clause's habit adverb is looked for

# « Pourquoi maintenant ? », « Que se passe-t-il maintenant ? »: a short question alone, a subhead that asks what the
# part under it tells, no time of its own (round 139); « Pyongyang veut maintenant être payé » stays the page's present,
# and so does a question with a figure (« 11 000 soldats maintenant, et demain ? »: review91)
_SUBHEAD_QUESTION = re.compile(r"[^.!«»\"\n\d]{0,80}\?\s*+$")
_SUBHEAD_WORDS = 8


def read_present(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    if _OF_TODAY.search(match.string, max(0, match.start() - 30), match.start()):
        return None  # « la Russie d'aujourd'hui »: of our time, an adjective (not « à partir d'aujourd'hui »)
    if fold_word(match.group()) == "maintenant" and _asks_a_subhead(match.string):
        return None
    # a part of a day (« dans la soirée »: the day told before); « dans l'immédiat » is the present, as « pour
    # l'instant » (« Moscou n'a pas réagi dans l'immédiat »: round 141; read as a part of a day before, it took the day
    # the sentence before told, « jeudi », where the truths give the publication's or the dispatch's day), but for a
    # story told in the pluperfect (« Le 3 mars, … Moscou n'avait pas réagi dans l'immédiat »: review92)
    part = match.group("part") is not None or (
        fold_word(match.group()).startswith("dans") and pluperfect_before(match.string, match.start())
    )
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
        basis = f"{quote(match)}: a part of the day the story told before, « {said} » → {told.edtf}"
        return date_mention(match, told.edtf, basis, DAY_RANK)
    basis = f"{quote(match)}: the time of the publication ({ctx.published.text})"
    return date_mention(match, ctx.published.text, basis, PRESENT_RANK)


def _asks_a_subhead(sentence: str) -> bool:
    """Whether the sentence is a short question standing alone (`_SUBHEAD_QUESTION`)."""
    return _SUBHEAD_QUESTION.fullmatch(sentence.strip()) is not None and len(sentence.split()) <= _SUBHEAD_WORDS


# « se trouvaient désormais », « ne participait plus désormais »: the verb a present adverb follows, a pronoun or a
# negation between them
_VERB_BEFORE = re.compile(
    r"(?P<verb>[^\W\d_]+)(?:\s+(?:pas|plus|donc|bien|d[ée]j[àa]|toujours|encore))*\s*,?\s*$", re.IGNORECASE
)


def from_now(match: re.Match[str], ctx: DateContext) -> DateMention | None:
    """« se trouvent désormais à Koursk », « Impossible à vérifier à ce stade », « estimés pour l'heure à »
    (lexicon.toml `present_adverbs`): the page's present, as « actuellement »; after a verb in the imperfect or the
    pluperfect (« a affirmé hier que … se trouvaient désormais ») the statement's time, which the sentence's own day
    dates (« hier »): nothing of its own."""
    before = _VERB_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if before is not None and told_in_the_imperfect(before["verb"]):
        return None
    basis = f"{quote(match)}: the page's present, the time of the publication ({ctx.published.text})"
    return date_mention(match, ctx.published.text, basis, PRESENT_RANK)


_STATE_ADVERB = re.compile(f"{printed_phrases('present_adverbs')}|{printed_phrases('present_states')}", re.IGNORECASE)


def tells_a_state(mention: DateMention) -> bool:
    """« se trouvent désormais en Russie », « pour l'heure », « n'a pas réagi dans l'immédiat »: the present a state is
    told in, no day of the story, so
    never the day « La veille, » counts from in the next sentence (round 42: « … se trouvent désormais en Russie. La
    veille, le renseignement … avait affirmé » is the eve of the news told before, not of the publication)."""
    return mention.rank == PRESENT_RANK and _STATE_ADVERB.fullmatch(mention.text) is not None


_DAYS_TOLD_BEFORE = 7


def _day_told(match: re.Match[str], ctx: DateContext) -> DateMention | None:
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


def part_of_the_day_told(mention: DateMention, main: list[DateMention], clauses: Clauses) -> DateMention:
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


def part_of_an_old_day(mention: DateMention, ctx: DateContext) -> bool:
    """Whether `mention`, a part of a day (lexicon.toml `day_parts`) still read as the publication's (no day of its
    sentence before it took it, `part_of_the_day_told`), follows a day the sentence before told more than a week
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
