"""The year of a date the text gives without one (`year_of`), and the clues in a sentence that it lies ahead of the
page or behind it: a bound (« depuis », « avant », « jusqu'à »), a timetable verb in the present, a thing « prévu
pour », a ceremony's day, a participle, a year the sentence opens with, the story's time. Read by the date rules that
read a day or a month without its year, and by the rules that weigh the same words."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..dates import DateError, parse_edtf
from ..placeholders import TODO
from ..store.hedges import conditional_verb, conditional_verbs
from ..words import counted
from . import storyyear
from .clauses import FUTURE_TENSE, PRENOMINAL, tells_the_past, tells_the_pluperfect, told_in_the_imperfect
from .datecontext import STORY_TENSE, DateContext
from .frwords import APOS, fold_same_length, fold_word
from .lexicon import alternatives, printed_phrases, printed_words, words, written_words

# « jusqu'au 30 avril », « jusqu'en juin », « jusqu'à la fin avril »: before the date, or opening it
UNTIL = re.compile(rf"(?<!\w)jusqu{APOS}\s*(?:au|[àa]|en)?\s*(?:la\s+|le\s+)?$", re.IGNORECASE)
_UNTIL_IN = re.compile(rf"jusqu{APOS}\s*(?:au|[àa]|en)?", re.IGNORECASE)
_APPOSITION = re.compile(r"(?<![\w'’-])(?P<w>[^\W\d_]{3,})\s*,\s*$")
# « Le 9 mai, Moscou célèbre », « la conférence, qui s'ouvre le 14 février » a few days before: the coming one
_PRESENT_AHEAD_DAYS = 14
# « le vote, mi-novembre » on 31 October, « au printemps » in February, told in no past tense: the coming one
MONTH_AHEAD_DAYS = 62
# « avant l'investiture de Donald Trump, le 20 janvier », « avant le 20 janvier »: a deadline, the date after « avant »
# and a few words of the thing it names (one comma: the date in apposition); not « avant que », nor « une semaine
# avant le » (counted from it)
DEADLINE = re.compile(
    r"(?<![\w'’-])(?<!jour\s)(?<!jours\s)(?<!semaine\s)(?<!semaines\s)(?<!mois\s)(?<!an\s)(?<!ans\s)"
    r"avant(?!\s+qu)(?:\s+[^\s,;:.!?()«»]+){0,8}?\s*,?\s*$",
    re.IGNORECASE,
)
# « depuis février », « dès novembre », « à partir du 1er janvier », « d'ici à mars », « jusqu'au 30 avril »,
# « avant Noël »: the word that bounds a period at a date with no year says which way the date lies from the page
# (`bound_side`); the articles and quote marks that may stand between
_BOUND_WORD = (
    rf"(?P<w>depuis|d[èe]s|[àa]\s+partir\s+d(?:u|es|e|{APOS})|d{APOS}\s*ici(?:\s+[àa])?|jusqu{APOS}\s*(?:au|[àa]|en)?"
    r"|(?<!jour\s)(?<!jours\s)(?<!semaine\s)(?<!semaines\s)(?<!mois\s)(?<!an\s)(?<!ans\s)avant)(?![\w'’])"
    rf"\s*(?:(?:le|la|les|l{APOS}|du|de|d{APOS}|mois\s+d(?:e|{APOS}))\s*)?[«\"“]?\s*"
)
_BOUND_BEFORE = re.compile(rf"(?<![\w'’]){_BOUND_WORD}$", re.IGNORECASE)
_BOUND_OPENING = re.compile(_BOUND_WORD, re.IGNORECASE)


def bound_side(match: re.Match[str]) -> tuple[str, int] | None:
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
    rf"(?<![\w'’-])(?:pour|afin\s+(?:de\s+|d{APOS}))\s*(?:(?:en|y|se|le|la|les|d{APOS}en|l{APOS}|s{APOS})\s*)?"
    r"[a-zà-ÿ]+(?:er|ir|(?<!è)(?<!eu)re)(?![\w'’-])[^.;:!?]*$",
    re.IGNORECASE,
)
# « Son livre paraît le 14 janvier », « qui sort en salles le 17 juin », « Sortie en salles en France le 8 avril »,
# « (288 p., 22 €), en librairie le 5 mars »: a book's or a film's release, announced ahead in a sentence told in no
# past tense (round 146: read a year back); « Sortie » or a bare « en librairie » only where a clause opens; never a
# release told as done or looked back on (« Sortie en salles le 10 avril, la comédie a réuni … », « L'an dernier, le
# film sort en salles le 10 avril »), nor a weekday's (« paraît mardi fatigué »: it seems): review96
_OUT_IN = r"en\s++(?:salles?|librairie|kiosques?)(?:\s++(?:en|au)\s++[^\W\d_]+)?"
_RELEASED = re.compile(
    rf"(?<![\w'’-])(?P<v>para(?:[îi]t|issent)|(?:sort(?:ent)?|arrive(?:nt)?)\s++{_OUT_IN}"
    rf"|(?:(?<=[,;:(])|^)\s*+(?:sortie\s++)?{_OUT_IN})\s++(?:(?:d[èe]s|le)\s++)?$",
    re.IGNORECASE,
)
# « la session, qui s'ouvre le 3 mars », « Le sommet s'achève mercredi », « Elles entrent en vigueur jeudi »: a verb
# of a timetable in the present just before the date, which tells a fixed date to come (round 52: read as the one
# before); « Le traité entre en vigueur le 4 décembre » in a chronology months later stays the one before
_SCHEDULED = re.compile(
    rf"(?<![\w'’-])(?P<v>s{APOS}\s*+(?:ouvre|ach[èe]ve)(?:nt)?|se\s++(?:termine(?:nt)?|cl[ôo]t|cl[ôo]ture(?:nt)?"
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
# … but a run of days after words that look back (« Il y a un an, du 8 au 30 octobre, les soldats arrivent … »,
# « Cette année-là », « À l'époque », « selon la chronologie », « L'an dernier ») is told in the historic present
# (review85: read as the coming one once its first day, not its last, said how soon it comes); never « alors que »,
# « à l'époque de », « contre 25 000 l'an dernier », nor such words after the run (review86)
_TOLD_BACK = re.compile(
    rf"il\s+y\s+a\s+(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plus|près|pres)"
    rf"|ann[ée]e-l[àa]|[àa]\s+l{APOS}\s*[ée]poque(?!\s+d)|(?<![\w'’-])alors(?!\s+qu)(?![\w'’-])|chronolog"
    rf"|(?<!contre\s)(?<!comme\s)l{APOS}\s*an\s+(?:dernier|pass[ée])|l{APOS}\s*ann[ée]e\s+(?:derni[èe]re|pass[ée]e)",
    re.IGNORECASE,
)
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
    rf"(?:\s+(?:de\s+la\s+|de\s+l{APOS}\s*|du\s+)(?-i:[A-ZÀ-Ý])[^\W\d_]+)?\s+du\s*$",
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
    rf"|(?:s{APOS}\s*+|se\s+)(?:est|sont|[ée]tai(?:en)?t)\s|fut\s|furent\s)",
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
# invités à marcher lors du défilé du 9 mai »: review60); its clause in the pluperfect is `STORY_TENSE`'s
_DURING = re.compile(
    rf"(?<![\w'’])(?:{printed_words('during_words')}\s+(?:d[eu]s?|de\s+la|de\s+l{APOS})|aux?(?=\s))\s*[^,;:.]{{0,60}}$",
    re.IGNORECASE,
)
_COMMEMORATION_DAYS = words("commemoration_days")
# Where a clause opens, before « lors du … » (`_DURING`): the sentence's start or a stop, spaces only after it
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:.!?(])\s*$")


# … the release's day ending its sentence, but for its publisher or country (« paraît le 14 janvier aux éditions
# Privat. », « Sortie en salles en France le 8 avril. »): never a narrative that goes on (« sort en salles le 12
# février, et les critiques le comparent », « paraît le 8 janvier en poche et se hisse en tête des ventes », « « Le
# livre paraît le 14 novembre », promettait l'éditeur l'an dernier »: review98)
_RELEASE_ENDS = re.compile(
    r"(?:\s+(?:aux\s+[ée]ditions|chez|en\s+(?-i:[A-ZÉ])[^\W\d_]+)(?:\s+(?!(?:et|puis|mais)\b)[^\s.,;:!?«»]+){0,4})?"
    r"\s*[.!?…]?\s*$",
    re.IGNORECASE,
)


def _released(match: re.Match[str]) -> str | None:
    """The release just before `match` (`_RELEASED`), as written, when the release's day ends a sentence told in no
    past tense that looks back on nothing (`_RELEASE_ENDS`, `_TOLD_BACK`); else None."""
    found = _RELEASED.search(match.string, max(0, match.start() - _SCHEDULED_WORDS), match.start())
    if found is None or tells_the_past(match.string) or _TOLD_BACK.search(match.string, 0, match.start()):
        return None
    return " ".join(found["v"].split()) if _RELEASE_ENDS.match(match.string, match.end()) else None


def scheduled_verb(match: re.Match[str]) -> str | None:
    """The timetable verb in the present just before `match` (`_SCHEDULED`), as written, or None."""
    found = _SCHEDULED.search(match.string, max(0, match.start() - _SCHEDULED_WORDS), match.start())
    return None if found is None else " ".join(found["v"].split())


def _days_until(year: int, month: int, day: int, start: date) -> int:
    """Days from `start` to that day; a day the calendar lacks (« 32 octobre », « 29 février ») is never near."""
    try:
        return (date(year, month, day) - start).days
    except ValueError:
        return -1


def _lead(ahead: int, month: int, day: int | None, begins: tuple[int, int] | None, start: date) -> int:
    """Days from `start` to the coming (month, day) in year `ahead`, or to the first day `begins` of the run it ends."""
    if begins is None:
        return _days_until(ahead, month, day or 1, start)
    return _days_until(ahead - (begins > (month, day or 1)), *begins, start)


def _lead_note(lead: int, begins: tuple[int, int] | None) -> str:
    """How soon `_lead` says the date comes, for a basis: the day itself, or the first day of its run."""
    return ("" if begins is None else "its run's first day ") + f"{counted(lead, 'day')} after the publication"


def _both_years(past: int, ahead: int, month: int, day: int | None, note: str) -> str:
    """The note of a date whose year the text leaves open: a TODO naming both readings, the latest kept."""
    named = (f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "") for year in (past, ahead))
    return f"{TODO} the year is ambiguous ({' or '.join(named)}): write the one the article means; {note}"


def of_a_ceremony(match: re.Match[str]) -> bool:
    """« lors du défilé du 9 mai », « le défilé « du 9 mai » »: the date names a ceremony's day (`_CEREMONY_DAY`)."""
    opening = re.match(r"du\s+", match.group(), re.IGNORECASE)
    before = match.string[max(0, match.start() - 40) : match.start()] + (opening.group() if opening else "")
    return _CEREMONY_DAY.search(before.replace("«", " ").rstrip() + " ") is not None


def a_commemoration_s(match: re.Match[str]) -> bool:
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


# « les premières unités seraient en route dès le 1er novembre », « envoyés au front, peut-être dès décembre »: a start
# told as a guess (a present conditional, or « peut-être » right before « dès ») is a time the source sees coming as
# often as one gone by, never a year back for want of a clue. The tenses keep a start gone by (review67a):
# - a past tense between the conditional and the date, the conditional perfect among them (« auraient été tués dès
#   décembre », « seraient arrivés dès août »: clauses.py `tells_the_past`, which tells the être-verbs of motion from a
#   passive present, « seraient livrés dès janvier », a guess about what comes); a passive infinitive (« d'être
#   envoyés ») is none (H1, M2);
# - before « peut-être », the verb it hedges told in a past tense (« ont été déployés, peut-être dès août », « Ils
#   auraient été engagés peut-être dès novembre »), unless that verb tells a thing to come, its object the thing the
#   date starts (« a évoqué un départ …, peut-être dès le 3 juin »: lexicon.toml `foretelling_participles`) (H1);
# - a conditional reported after a past verb and « que » told in the imperfect or the pluperfect, or at a time named
#   far back (« Il y a un an, le ministre affirmait que les troupes seraient prêtes dès septembre », « Moscou avait
#   promis que les livraisons commenceraient dès septembre »): a future seen from a past before the page, which may be
#   in the past too; the passé composé of a recent saying (« a averti lundi que … seraient prêts ») is the news's, as
#   round 102 reads it (clauses.py `_REPORTED_THAT`) (H2).
_HEDGED_START_REACH = 120
_MAYBE_BEFORE = re.compile(r"(?<![\w'’-])peut-[êe]tre\s*$", re.IGNORECASE)
_PASSIVE_INFINITIVE = re.compile(r"(?<![\w-])être\s+[^\W\d_]+", re.IGNORECASE)
_PRONOUN_BEFORE = 6  # « se », « s' » before « seraient retirés »: the pronominal past
_PAST_TENSE = re.compile(
    r"(?<![\w'’-])(?:a|ont|avait|avaient|aurait|auraient|est|sont|serait|seraient|était|étaient)\s+(?:été\s+)?"
    r"[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)(?![\w'’-])",
    re.IGNORECASE,
)
_FORETOLD_OBJECT = re.compile(
    r"(?<![\w'’-])(?P<p>[^\W\d_]+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues))\s+"
    rf"(?:un|une|des|le|la|les|l{APOS}|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?![\w'’-])",
    re.IGNORECASE,
)
_FORETELLING = tuple(words("foretelling_participles"))
_THAT = re.compile(r"(?<![\w'’-])qu(?:e|['’])", re.IGNORECASE)
_SAID_FAR_BACK = re.compile(
    r"(?<![\w'’-])(?:il\s+y\s+a|l['’]an\s+(?:dernier|pass[ée])|l['’]ann[ée]e\s+(?:derni[èe]re|pass[ée]e)|en\s+\d{4}"
    r"|(?:19|20)\d\d)(?![\w'’-])",
    re.IGNORECASE,
)


def _maybe_of_a_past(before: str) -> bool:
    """Whether the verb « peut-être » hedges, the last past tense before it in its sentence (`before`), tells the
    start as gone by: unless a verb that tells a thing to come names its object (`_FORETOLD_OBJECT`)."""
    pasts = list(_PAST_TENSE.finditer(_PASSIVE_INFINITIVE.sub(lambda m: " " * len(m.group()), before)))
    if not pasts and not tells_the_past(_PASSIVE_INFINITIVE.sub(" ", before)):
        return False
    if not pasts:
        return True
    # « a remercié Pyongyang et évoqué une visite …, peut-être dès le 9 mai »: a verb that tells a thing to come, and
    # its object, which the start dates
    return not any(
        fold_word(m["p"]).startswith(_FORETELLING) for m in _FORETOLD_OBJECT.finditer(before, pasts[-1].start())
    )


def _future_of_a_past(head: str) -> bool:
    """Whether the conditional after `head` is reported after a past verb and « que » told in the imperfect or the
    pluperfect, or said at a time named far back: a future seen from a past before the page."""
    thats = list(_THAT.finditer(head))
    if not thats:
        return False
    said = head[: thats[-1].start()]
    if not (tells_the_past(said) or told_in_the_imperfect(said)):
        return False
    return tells_the_pluperfect(said) or told_in_the_imperfect(said) or _SAID_FAR_BACK.search(said) is not None


def _hedged_start(match: re.Match[str], bound_start: int) -> str | None:
    """The guess that tells the start at « dès » (`bound_start`) as seen from the page (« peut-être », or the present
    conditional nearest before it in its sentence with no past tense between them: « seraient »), or None."""
    text = match.string
    before = text[max(0, bound_start - _HEDGED_START_REACH) : bound_start]
    before = re.split(r"[.;!?]", before)[-1]
    maybe = _MAYBE_BEFORE.search(before[-20:].rstrip(' «"“'))
    if maybe is not None:
        hedged = before[: len(before.rstrip(' «"“')) - len(maybe.group())]
        return None if _maybe_of_a_past(hedged) else "peut-être"
    verbs = list(conditional_verbs(before))
    if not verbs:
        return None
    between = before[max(0, verbs[-1].start() - _PRONOUN_BEFORE) :]
    if tells_the_past(_PASSIVE_INFINITIVE.sub(" ", between)) or _future_of_a_past(before[: verbs[-1].start()]):
        return None
    return verbs[-1].group()


# A verb in the simple future (« sera », « paraîtra », « pourront »): a time still to come, never the conditional
# (« pourraient », « devrait »), which also tells a future seen from a past day
_FUTURE_VERB = re.compile(rf"(?<![\w'’-])[^\W\d_]+{FUTURE_TENSE}$", re.IGNORECASE)
_A_NOUN_S = re.compile(rf"(?<![\w'’])(?:de|du|d{APOS})(?:\s*$|(?![\w'’]))", re.IGNORECASE)
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
    if lead[-2:-1] and fold_word(lead[-1]) in PRENOMINAL and fold_word(lead[-2]) in _NOUN_OPENERS:
        return False  # « un grand défilé début septembre »: a noun after its adjective (round 85)
    return not _AUXILIARY_WORDS.intersection(lead)


# « En 2024, personne n'a voulu croire … à la mi-octobre »: a sentence that opens on a year sets it off by a comma as
# the time of all it tells; its dates without a year are of that year.
# So does a chronology's or an éphéméride's entry that opens its line with its year and a dash (« 2025 - Séoul
# estime que … entre novembre et mars »: round 20, it was read in the page's year).
_FRAMING_YEAR = re.compile(r"\s*(?:[«\"“]\s*)?(?:en\s+(?P<y>\d{4})\s*,|(?P<entry>\d{4})\s+[-–—]\s)", re.IGNORECASE)


def _opening_year(match: re.Match[str]) -> re.Match[str] | None:
    """The year the sentence opens with before the date (« En 1950, personne n'avait vu venir l'offensive du 25
    juin »), if any."""
    framed = _FRAMING_YEAR.match(match.string)
    return framed if framed is not None and framed.end() <= match.start() else None


def year_set_by_the_page(ctx: DateContext, match: re.Match[str]) -> bool:
    """Whether the page sets the year of a date that gives none on purpose: a chronology's heading above it, or the
    year its sentence opens with, as `year_of` reads them first."""
    return ctx.year is not None or _opening_year(match) is not None


_STORY_STEPS_BACK = timedelta(days=92)  # how far back a retrospective paragraph's story may step (three months)

# « le 19 juin précédent », « le 4 novembre suivant »: a date placed by the time told before it, not by the page
_BEFORE_OR_AFTER_IT = re.compile(r"\s+(?:(?P<before>pr[ée]c[ée]dente?)|suivante?)(?![\w'’-])", re.IGNORECASE)


def _a_ceremony_done(ctx: DateContext, match: re.Match[str], marker: str | None) -> bool:
    """Whether the sentence tells the ceremony whose day `match` names as done (`_CEREMONY_DONE`, `_A_YEAR_GONE`,
    `_DURING`), or its clause is in the pluperfect (« Kim avait assisté à la parade du 9 mai »)."""
    if _CEREMONY_DONE.match(match.string, match.end()):
        return True
    if ctx.clauses is None:
        return _A_YEAR_GONE.search(match.string) is not None
    regions = ctx.clauses.regions(match.start())
    if any(_A_YEAR_GONE.search(match.string, first, last) for first, last in regions):
        return True
    if any(STORY_TENSE.search(match.string, first, last) for first, last in regions):
        return True
    if marker is not None or any(conditional_verb(match.string[first:last]) for first, last in regions):
        return False  # « Poutine remercierait Kim lors du défilé du 9 mai, a fait savoir le Kremlin »
    during = _DURING.search(match.string, max(0, match.start() - 80), match.start())
    if during is None or _CLAUSE_OPENS.search(match.string, 0, during.start()) is None:
        return False
    return ctx.clauses.told_as_done(match.start(), imperfect=False)


def year_of(
    ctx: DateContext,
    month: int,
    day: int | None,
    what: str,
    match: re.Match[str],
    *,
    soon: bool = True,
    begins: tuple[int, int] | None = None,
) -> tuple[int, str]:
    """The year of a date the text gives without one, and the note that says how it was chosen: the latest one
    not after the publication; « prochain » after it, the first one after; in a clause that speaks of the future
    (« enverra », « pourraient envoyer »), the nearer of the latest and the first one not before the publication;
    a month about to begin, told in no past tense, the coming one (`soon`: not the end of a range that began the
    year before, « de décembre à février », whose start is no month to come). For the last day of a run of days,
    `begins` is the run's first (month, day): how soon the run lies ahead is how soon it begins (« Du 3 au 25
    octobre, l'Enclos accueille … » on 1 October)."""
    if (framed := _opening_year(match)) is not None:
        said = " ".join(framed.group().split())
        return int(framed["y"] or framed["entry"]), f"the year the sentence opens with, « {said} »"
    if ctx.year is not None:
        return ctx.year, f"the year of the chronology's heading above it, « {ctx.year} »"
    if (same := the_same_year(ctx, match)) is not None:
        return same
    if (around := _around_the_time_told(ctx, month, day, match)) is not None:
        return around
    past = _latest_year(month, day or 1, ctx.ref)
    if (told := story_year(ctx, month, day, match)) is not None:
        return told  # the story's clock, even where it agrees with the latest: no rule of the page's present after
    note = f"no year given: the latest {what} not after the publication ({ctx.published.text})"
    start = ctx.published.start
    ahead = start.year if (month, day or 31) >= (start.month, start.day) else start.year + 1
    after = re.match(r"\s+(?P<w>prochaine?|derni[èe]re?)(?!\w)", match.string[match.end() :], re.IGNORECASE)
    if after is not None and fold_word(after["w"]).startswith("prochain"):
        later = month > start.month if day is None else (month, day) > (start.month, start.day)
        year = start.year if later else start.year + 1
        return year, f"« {after['w']} »: the first {what} after the publication ({ctx.published.text})"
    if after is not None and day is None and month == start.month and past == start.year:
        # « dès janvier dernier » on 12 January 2026: the latest January over, as « l'automne dernier » and
        # « jeudi dernier » are, never the month the page is written in (round 20)
        return past - 1, f"« {after['w']} »: the latest {what} over before the publication ({ctx.published.text})"
    bound = bound_side(match) if after is None else None
    if bound is not None and bound[0] == "back":
        return past, f"{note}; « depuis » looks back: the period began by then"
    marker = (
        ctx.clauses.future_verb(match.start(), of_a_noun=True) if ctx.clauses is not None and after is None else None
    )
    until = (
        UNTIL.search(match.string, max(0, match.start() - 12), match.start()) or _UNTIL_IN.match(match.group())
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
        and ctx.bound_ahead(match, bound[1], bound_gap)
    ):
        return ahead, (
            f"no year given; a bound {counted(bound_gap, 'day')} ahead of the publication ({ctx.published.text}):"
            f" the coming {what}, not the one a year before"
        )
    lead = _lead(ahead, month, day, begins, start)
    scheduled = (
        scheduled_verb(match) or _released(match) if marker is None and after is None and ahead != past else None
    )
    if scheduled is not None and 0 <= lead <= MONTH_AHEAD_DAYS:
        return ahead, (
            f"no year given; « {scheduled} » in the present tells a date to come: the coming {what}, not the one "
            f"a year before ({ctx.published.text})"
        )
    set_for = (
        _SET_FOR.search(match.string, max(0, match.start() - 60), match.start())
        if after is None and ahead != past
        else None
    )
    if set_for is not None and 0 <= (ahead_gap := _days_until(ahead, month, day or 1, start)) <= _SET_FOR_AHEAD_DAYS:
        said = " ".join(set_for.group().split())
        return ahead, (
            f"no year given; « {said} » sets a time to come, in the present: the coming {what}, "
            f"{counted(ahead_gap, 'day')} after the publication ({ctx.published.text}), not the one a year before"
        )
    if (
        after is None
        and ahead != past
        and day is not None
        and of_a_ceremony(match)
        and not _a_ceremony_done(ctx, match, marker)
    ):
        ahead_gap = _days_until(ahead, month, day, start)
        if 0 <= ahead_gap <= _CEREMONY_AHEAD_DAYS:
            return ahead, (
                f"no year given; the day of a ceremony, {counted(ahead_gap, 'day')} after the publication "
                f"({ctx.published.text}): the coming {what}, not the one a year before"
            )
    deadline = None
    if marker is None and after is None and ctx.clauses is not None:
        deadline = _deadline(ctx, match)
        marker = deadline
    if (
        marker is None
        and ahead != past
        and day is not None
        and _of_a_noun_in_apposition(match)
        and 0 <= lead <= _APPOSITION_AHEAD_DAYS
        and not (begins and _TOLD_BACK.search(match.string, 0, match.start()))
    ):
        return ahead, (
            f"no year given; set off by commas after a noun, it dates that noun, not the verb: the nearest "
            f"{what}, {_lead_note(lead, begins)} ({ctx.published.text})"
        )
    if marker is None and ahead != past and day is not None and ctx.clauses is not None:
        present = not ctx.clauses.tells_the_past_at(match.start())
        if (
            0 <= lead <= _PRESENT_AHEAD_DAYS
            and present
            and not (begins and _TOLD_BACK.search(match.string, 0, match.start()))
        ):
            return ahead, (
                f"no year given; told in the present, {_lead_note(lead, begins)} ({ctx.published.text}): the coming "
                f"{what}, not the one a year before"
            )
        if (
            present
            and _days_until(past, month, day, start) < -_STALE_PRESENT_DAYS
            and _days_until(ahead, month, day, start) >= 0
        ):
            return past, _both_years(past, ahead, month, day, f"{note}, though told in the present")
    if soon and marker is None and after is None and ahead != past and day is None and ctx.clauses is not None:
        # « le vote, mi-novembre, d'une résolution » on 31 October, « avant la pause estivale, mi-juillet » in June:
        # a month that begins soon, told in no past tense, is the coming one, not the one ten months back
        ahead_gap = _days_until(ahead, month, 1, start)
        if 0 < ahead_gap <= MONTH_AHEAD_DAYS and not ctx.clauses.told_as_done(match.start()):
            return ahead, (
                f"no year given; told in no past tense, {counted(ahead_gap, 'day')} before it begins "
                f"({ctx.published.text}): the coming {what}, not the one a year before"
            )
    hedged = _hedged_start(match, bound[1]) if marker is None and bound is not None and bound[0] == "start" else None
    if hedged is not None and ahead != past:
        # a day the calendar lacks in either year (« dès le 29 février »: review67a L1) is never chosen here
        valid = day is None or all(day <= calendar.monthrange(year, month)[1] for year in (past, ahead))
        last_day = day or calendar.monthrange(past, month)[1]  # a month gone by ends at its last day
        if valid and (date(ahead, month, day or 1) - start).days < (start - date(past, month, last_day)).days:
            return ahead, (
                f"no year given; a start told as a guess (« {hedged} »): the nearest {what}, ahead of the "
                f"publication ({ctx.published.text}), not the one a year before"
            )
    if marker is None or ahead == past:
        return past, note
    if (
        deadline is None
        and _FUTURE_VERB.search(fold_same_length(marker)) is not None
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
            f"{what} ahead of the publication ({ctx.published.text})"
        )
    first_day, last_month_day = day or 1, day or calendar.monthrange(past, month)[1]
    past_gap = (start - date(past, month, last_month_day)).days
    ahead_gap = (date(ahead, month, min(first_day, 28)) - ctx.ref).days
    if ahead_gap >= past_gap:
        if deadline is not None:  # a deadline of a purpose or of the present, nearer in the past
            return past, _both_years(past, ahead, month, day, f"{note}, though « {deadline} » points ahead")
        return past, note
    return ahead, (
        f"no year given; the clause speaks of the future (« {marker} »): the nearest {what} ahead of the "
        f"publication ({ctx.published.text})"
    )


def the_same_year(ctx: DateContext, match: re.Match[str], *, at: int | None = None) -> tuple[int, str] | None:
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
        y for y in TOLD_YEAR.finditer(match.string, 0, match.start()) if not _A_COUNT_AFTER.match(match.string, y.end())
    ]
    if told:
        return int(told[-1].group()), f"« {phrase} »: the year told last, « {told[-1].group()} »"
    # else the year the date the sentences before told with its year names last (« Entre 2022 et 2024 »: 2024,
    # review61b: its first year was taken)
    before = list(TOLD_YEAR.finditer(ctx.previous.text)) if ctx.previous is not None else []
    if ctx.previous is None or not before:
        return None
    return int(
        before[-1].group()
    ), f"« {phrase} »: the year of « {' '.join(ctx.previous.text.split())} », told before it"


def _around_the_time_told(
    ctx: DateContext, month: int, day: int | None, match: re.Match[str]
) -> tuple[int, str] | None:
    """« entré en vigueur le 4 décembre 2024, le traité signé le 19 juin précédent », « arrivés en octobre 2024,
    engagés le 4 novembre suivant »: the latest such date up to the time told before it (the month told with its
    year earlier in the sentence, else the date the sentences before told), or the first from it on (round 80;
    « précédent » was read as the latest before the page, 2025)."""
    after = _BEFORE_OR_AFTER_IT.match(match.string, match.end())
    if after is None:
        return None
    story = storyyear.month_told_with_its_year(match.string, match.start())
    if story is None and ctx.previous is not None and TOLD_YEAR.search(ctx.previous.text) is not None:
        try:
            told = parse_edtf(ctx.previous.edtf)
        except DateError:
            return None
        story = (told.start, " ".join(ctx.previous.text.split()))
    if story is None:
        return None
    when, said = story
    wanted = (month, day or 1)
    if after["before"]:
        year = when.year if wanted <= (when.month, when.day if story[0].day > 1 else 31) else when.year - 1
        return year, f"« {after.group().strip()} »: the latest up to « {said} » told before it"
    year = when.year if wanted >= (when.month, when.day) else when.year + 1
    return year, f"« {after.group().strip()} »: the first from « {said} » on, told before it"


def story_year(ctx: DateContext, month: int, day: int | None, match: re.Match[str]) -> tuple[int, str] | None:
    """The year of the story the sentence tells, when the month and year it told before lie long before the page
    and no future or « prochain »/« dernier » points elsewhere (storyyear.py): « le traité signé le 19 juin 2024
    et ratifié à l'automne » on a page of December 2026 is autumn 2024; a day of the month whose days the sentence
    before told with their year is of that year."""
    if re.match(r"\s+(?:prochaine?|derni[èe]re?)(?!\w)", match.string[match.end() :], re.IGNORECASE):
        return None
    if ctx.story is not None and (told := _in_the_story_told(ctx, month, day)) is not None:
        return told  # the story's future too (« L'hiver sera meurtrier : … dès février »): a future in the past
    if ctx.clauses is None or ctx.clauses.future_verb(match.start(), of_a_noun=True):
        return None
    story = storyyear.month_told_with_its_year(match.string, match.start())
    back = storyyear.told_backward(match.string, match.start()) if story is not None else None
    if story is not None and back is not None and (year := storyyear.last_year(month, back, ctx.ref)) is not None:
        return (
            year,
            f"no year given: the story's, the latest up to « {story[1]} », « après » telling what came before",
        )
    if (done := _done_before_the_story(ctx, month, day, match)) is not None:
        up_to, said, participle = done
        if (year := storyyear.last_year(month, up_to, ctx.ref)) is not None:
            return (
                year,
                f"no year given: the story's, the latest up to « {said} », « {participle} » telling a thing done by then",
            )
    if (
        story is None
        and _ON_THE_PAGE_S_CLOCK.search(match.string, 0, match.start())
        and not _PAST_PERFECT.search(match.string, match.end(), match.end() + 100)
    ):
        return None  # « Le mois dernier, …, a rapporté l'agence le 28 décembre »: the page's time, not the story's
    if story is None and day is not None and ctx.previous is not None:
        if (held := _held_by_the_span_before(ctx, month, day)) is not None:
            return held
        story = _told_days_before(ctx, month, day)
    if story is None and day is None and ctx.previous is not None and not _OF_THE_NEWS.search(_around(match)):
        story = _told_month_before(ctx, month)
    if story is None or (year := storyyear.next_year(month, story[0], ctx.ref)) is None:
        return None
    return year, f"no year given: the story's, the first after « {story[1]} » told before it"


# A participle's thing may also come after the story's time (« En octobre 2024, Pyongyang a envoyé des soldats engagés
# le 4 novembre »): done before it only when the month lies at most this many months behind that time
_PARTICIPLE_BACK_MONTHS = 5
# … and, where that time is the one the sentence before told (`ctx.previous`), at most this many: a chronology that
# moved on to a time (« Le 6 août 2024, l'armée franchit la frontière. ») tells its next days after it (« Les villages
# repris le 12 mars … » is the March after), a thing done just before it as done by then (« un carnet daté du 27
# décembre » after « la nuit du 9 au 10 janvier 2025 »: review68b)
_PREVIOUS_BACK_MONTHS = 2
# Participles that set a thing ahead (lexicon.toml `set_for_participles`, `set_for_with_pour_participles`,
# `forward_verbs`, `foretelling_participles`, folded, masculine singular): their day is one planned, never a thing
# done by the story's time (« une conférence programmée le 12 octobre », « un retrait annoncé pour le 20 septembre »:
# review68b)
_SETTING_AHEAD = (
    words("set_for_participles")
    | words("set_for_with_pour_participles")
    | words("forward_verbs")
    | words("foretelling_participles")
)
_PARTICIPLE_ENDINGS = ("", "e", "s", "es", "se", "ses")  # « programmées », « promise »
# Before a participle, what makes it go on with the story rather than name its noun by a thing done: a comma (an
# apposition, « des démineurs, annoncés le 17 juin », « suivis de … ») or a word that carries the story on (« puis
# confirmé le 9 février »)
_GOES_ON_BEFORE = re.compile(r"(?:,|(?<![\w'’-])(?:puis|et|mais|ou|ensuite|enfin))\s*$", re.IGNORECASE)


def _done_before_the_story(
    ctx: DateContext, month: int, day: int | None, match: re.Match[str]
) -> tuple[date, str, str] | None:
    """The story's time (its last month, its words) and the participle that tells the date's thing as done by then:
    an adjectival past participle whose clause holds the date and bounds it by « depuis » (« la région, occupée depuis
    le 6 août »: a state that held at that time began by then), or one right after its noun whose month lies a few
    months behind that time (« chasser les Ukrainiens entrés dans la région le 6 août »: the thing that names them
    came first); else None. The story's time is the month told with its year before the participle in the sentence,
    else the date the sentences before left the story at (« En décembre, ils sont engagés face à une incursion lancée
    le 6 août » after « … 2024 »). A date of the sentence's own verbs, or of an apposition, tells the story forward
    (`storyyear.next_year`)."""
    side = ctx.clauses.participle_at(match.start()) if ctx.clauses is not None else None
    if side is None or _sets_ahead(side.opener):
        return None
    told = story = storyyear.told_up_to(match.string, side.start)
    if story is None and (
        day is not None
        and ctx.previous is not None
        and not _ON_THE_PAGE_S_CLOCK.search(match.string, 0, match.start())
        and (ends := _TOLD_MONTH.match(ctx.previous.edtf.split("/")[-1])) is not None
    ):
        story = date(int(ends["y"]), int(ends["m"]), 1), " ".join(ctx.previous.text.split())
    if story is None:
        return None
    bound = bound_side(match)
    if told is not None and bound is not None and bound[0] == "back" and bound[1] >= side.start:
        return *story, side.opener
    back = _PARTICIPLE_BACK_MONTHS if told is not None else _PREVIOUS_BACK_MONTHS
    if (story[0].month - month) % 12 > back or _GOES_ON_BEFORE.search(
        match.string, max(0, side.start - 12), side.start
    ):
        return None
    return *story, side.opener


def _sets_ahead(participle: str) -> bool:
    """Whether a past participle is one that sets a thing ahead (`_SETTING_AHEAD`), in any of its forms."""
    word = fold_word(participle)
    return any(word.removesuffix(ending) in _SETTING_AHEAD for ending in _PARTICIPLE_ENDINGS if word.endswith(ending))


def _in_the_story_told(ctx: DateContext, month: int, day: int | None) -> tuple[int, str] | None:
    """The year of the first such date from the time a retrospective paragraph has reached (`story`), when it is
    not after the page (« Tout commence à la fin de l'été 2024. Le 6 août, l'Ukraine lance … » on a page of March
    2026: 2024, not the latest 6 August, 2025; round 80)."""
    assert ctx.story is not None
    # a story told forward may step back a little (« le 23 octobre, … ont franchi la frontière à l'automne »: the
    # autumn that holds it), never a season or more: « mi-décembre … dès février » is the February after
    since = ctx.story - _STORY_STEPS_BACK
    since = since if day is not None else since.replace(day=1)  # a month: from the month it began in
    try:
        year = since.year if date(since.year, month, day or 1) >= since else since.year + 1
        if date(year, month, day or 1) > ctx.ref:
            return None
    except ValueError:
        return None
    return year, f"no year given: the story a retrospective paragraph tells, the first from {since.isoformat()} on"


def _held_by_the_span_before(ctx: DateContext, month: int, day: int) -> tuple[int, str] | None:
    """The year of a day that falls within the span the sentence before told with its year, under a year long and
    long before the page (« Tourné entre décembre 2024 et mars 2025, le film … . On y entend … le 6 janvier »,
    « … entre Noël 2024 et le Nouvel An. Une séquence tournée le 31 décembre » on a page of March 2026 were read
    as the latest, 2026 and 2025): the story is still in that span."""
    assert ctx.previous is not None
    if TOLD_YEAR.search(ctx.previous.text) is None or not _MONTHS_OR_DAYS.fullmatch(ctx.previous.edtf):
        return None
    try:
        told = parse_edtf(ctx.previous.edtf)
    except DateError:
        return None
    if not 1 <= (told.end - told.start).days < 366 or ctx.ref - told.end < storyyear.OLD_STORY:
        return None
    for year in sorted({told.start.year, told.end.year}):
        try:
            held = date(year, month, day)
        except ValueError:
            continue
        if told.start <= held <= told.end:
            said = " ".join(ctx.previous.text.split())
            return year, f"no year given: within « {said} », the span the sentence before told"
    return None


def _told_days_before(ctx: DateContext, month: int, day: int) -> tuple[date, str] | None:
    """The month and year of the days the sentences before told, when this day comes after them in that month, the
    story told forward (« … capturés les 9 et 10 janvier 2025. Kiev a annoncé leur capture le 11 janvier »; round
    26). A year told earlier is no guide to another month (storyyear.py), nor a month told with its year to a day
    (« fin avril 2025. … le 6 avril »), nor the same day told again (« le 28 avril 2025. … le 28 avril »)."""
    assert ctx.previous is not None
    days = _TOLD_DAYS.fullmatch(ctx.previous.edtf)
    told = storyyear.month_told_with_its_year(ctx.previous.text, len(ctx.previous.text))
    if days is None or told is None or told[0].month != month or day <= int(days["last"]):
        return None
    return told


def _told_month_before(ctx: DateContext, month: int) -> tuple[date, str] | None:
    """The month the sentences before left the story at, when this month follows it closely, the story told
    forward (« … arrivés en Russie à la mi-octobre 2024. Ils ont été envoyés à Koursk en novembre »
    on a page of January 2026 is November 2024; round 42: it was read as the latest November, 2025)."""
    assert ctx.previous is not None
    told = _TOLD_MONTH.match(ctx.previous.edtf)
    ends = _TOLD_MONTH.match(ctx.previous.edtf.split("/")[-1])
    if told is None or ends is None or _OF_THE_PAGE.search(ctx.previous.text):
        return None
    start = date(int(told["y"]), int(told["m"]), 1)
    months = (int(ends["y"]) - start.year) * 12 + int(ends["m"]) - start.month  # how many more the date spans
    # a month after the one told, or within the months told (« l'hiver 2024 … mi-décembre »); never the same
    # month again, which a story told backward names too (« fin avril 2025 … entre fin mars et début avril »),
    # nor after a year or more (« entre août 2023 et janvier 2025 … début décembre »: which December?)
    if months >= 12 or not (0 if months else 1) <= (month - start.month) % 12 <= max(months, _MONTHS_TOLD_FORWARD):
        return None
    return start, " ".join(ctx.previous.text.split())


def _deadline(ctx: DateContext, match: re.Match[str]) -> str | None:
    """« avant l'investiture de Donald Trump, le 20 janvier » in a clause told in the present, or after a purpose
    (« pour tenter de … avant le 20 janvier »): a deadline still to meet, so the clause points ahead (rev37u U2).
    The words that say so, or None."""
    assert ctx.clauses is not None
    text = match.string
    before = DEADLINE.search(text, max(0, match.start() - 100), match.start())
    if before is None:
        return None
    purpose = _PURPOSE.search(text, max(0, before.start() - 80), before.start())
    if purpose is None and ctx.clauses.tells_the_past_at(match.start()):
        return None
    said = purpose.group().split()[:3] if purpose is not None else []
    return " ".join([*said, "…", "avant"] if said else ["avant"])


def _latest_year(month: int, day: int, ref: date) -> int:
    """The year that puts (month, day) latest without passing `ref`."""
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


# the month a date of the story starts in (« 2024-10 », « 2024-10-11~/2024-10-20~ », « 2024-09/2024-11 ») and how many
# months on a month without a year may follow it (`_told_month_before`)
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
