"""The clues in a sentence that a date without a year lies ahead of the page or behind it: a bound (« depuis »,
« avant », « jusqu'à »), a timetable verb in the present, a thing « prévu pour », a ceremony's day, a participle, a
year the sentence opens with. Read by `DateContext.yearless` and by the rules that weigh the same words."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..placeholders import TODO
from .clauses import FUTURE_TENSE
from .datewords import APOS
from .frwords import fold_word
from .lexicon import alternatives, printed_phrases, printed_words, words, written_words

# « jusqu'au 30 avril », « jusqu'en juin », « jusqu'à la fin avril »: before the date, or opening it
UNTIL = re.compile(rf"(?<!\w)jusqu{APOS}\s*(?:au|[àa]|en)?\s*(?:la\s+|le\s+)?$", re.IGNORECASE)
UNTIL_IN = re.compile(rf"jusqu{APOS}\s*(?:au|[àa]|en)?", re.IGNORECASE)
_APPOSITION = re.compile(r"(?<![\w'’-])(?P<w>[^\W\d_]{3,})\s*,\s*$")
# « Le 9 mai, Moscou célèbre », « la conférence, qui s'ouvre le 14 février » a few days before: the coming one
PRESENT_AHEAD_DAYS = 14
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
# A bound ahead (« avant », « à partir de », « d'ici », « jusqu'à ») before a date that comes within a season of the
# page names the coming one in a wish (« Elle demande qu'ils puissent partir « avant Pâques » » in January), or where
# the done thing is a demand, a promise or an announcement whose object the bound dates (« a réclamé une réponse des
# alliés « avant Noël » » on 24 December: the one a year back was read); « sont arrivés dès novembre », « a annoncé
# dès novembre que » stay the one before
BOUND_AHEAD_DAYS = 92
# « Elle demande qu'ils puissent partir « avant Pâques » »: a wish, in the subjunctive of a verb that says so
WISHED = re.compile(
    r"(?<![\w'’])qu(?:e\s+|['’]\s*)(?:[^\W\d_]+\s+){0,3}?"
    r"(?:puisse|puissent|soit|soient|ait|aient|aille|aillent|fasse|fassent)(?![\w'’])",
    re.IGNORECASE,
)


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
PURPOSE = re.compile(
    rf"(?<![\w'’-])(?:pour|afin\s+(?:de\s+|d{APOS}))\s*(?:(?:en|y|se|le|la|les|d{APOS}en|l{APOS}|s{APOS})\s*)?"
    r"[a-zà-ÿ]+(?:er|ir|(?<!è)(?<!eu)re)(?![\w'’-])[^.;:!?]*$",
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
SET_FOR = re.compile(
    rf"(?<![\w'’-])(?:est|sont)\s+(?:(?:d[ée]j[àa]|d[ée]sormais|toujours|officiellement)\s+)?"
    rf"(?:{printed_words('set_for_participles')}(?:e|s|es)?(?:\s+pour)?"
    rf"|{printed_words('set_for_with_pour_participles')}(?:e|s|es)?\s+pour)"
    r"(?![\w'’-])(?:\s+(?:[àa]|aux?|dans|en)\s+(?:(?:la|les|l['’])\s*)?[^\W\d_]+)?"
    r"\s*(?:le\s+|la\s+|l['’]\s*|en\s+|au\s+|[àa]\s+la\s+)?$",
    re.IGNORECASE,
)
SET_FOR_AHEAD_DAYS = 183
# « en octobre de la même année », « le 3 mai de cette année-là » (lexicon.toml `same_year_phrases`): the year told
# last, in the sentence before the date or else in the date the sentences before left the story at (round 92)
SAME_YEAR = re.compile(rf"\s*[»”]?\s*{printed_phrases('same_year_phrases')}(?![\w'’-])", re.IGNORECASE)
# a noun after a number that makes it a count, no year (« 1998 soldats », « 2000 hommes »): a word in lower case
# that is no preposition, article, pronoun, conjunction or auxiliary (« depuis 1959 qu'un dirigeant », « en 2024 les
# troupes », « en 2024 ont été »)
A_COUNT_AFTER = re.compile(rf"\s+(?!{written_words('no_counted_noun_after_a_year')}(?![^\W\d_]))[a-zà-ÿ]")
STALE_PRESENT_DAYS = 183  # told in the present, a day more than half a year past may as well be the coming one
APPOSITION_AHEAD_DAYS = 31  # « une trêve de trois jours, du 8 au 10 mai, » in a 28 April article: the coming one
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
CEREMONY_AHEAD_DAYS = 31
# A ceremony's day told as a thing done, which stays the one before however near the coming one is (review59: « Le
# défilé du 9 mai a réuni des milliers de soldats » on 28 April was read as the coming one, a forecast): the ceremony the
# subject of a past verb right after its day (« La cérémonie du 11 novembre s'est déroulée sous la pluie »), not a
# passive in the passé composé, news of the coming one (« Le défilé du 9 mai a été annulé », « a été avancée d'une
# heure »: review60), …
CEREMONY_DONE = re.compile(
    rf"\s*+(?:(?:a|ont)\s(?!\s*[ée]t[ée]\s)|(?:{alternatives('ceremony_done_auxiliaries')})\s"
    rf"|(?:s{APOS}\s*+|se\s+)(?:est|sont|[ée]tai(?:en)?t)\s|fut\s|furent\s)",
    re.IGNORECASE,
)
# … a year gone named in the ceremony's clause (« L'an dernier, lors du défilé du 9 mai », « Il y a un an », « l'an
# passé »; not in a relative clause of its own: « Le Kremlin, qui a signé un traité il y a un an, a invité Kim aux
# célébrations du 9 mai », review60), …
A_YEAR_GONE = re.compile(
    rf"(?<!\w)(?:{printed_words('year_gone')}|il\s+y\s+a\s+(?:{printed_words('year_gone_counts')}|\d+)\s+ans?)(?!\w)",
    re.IGNORECASE,
)
# … or « lors du défilé du 9 mai » opening a clause told in a past tense and no future (« Lors du défilé du 9 mai, des
# soldats ont défilé », « Au défilé du 9 mai, … »; lexicon.toml `during_words`), not after its verb, which may
# announce the coming one (« Le Kremlin a confirmé la présence de Kim lors du défilé du 9 mai », « Des soldats ont été
# invités à marcher lors du défilé du 9 mai »: review60); its clause in the pluperfect is `STORY_TENSE`'s
DURING = re.compile(
    rf"(?<![\w'’])(?:{printed_words('during_words')}\s+(?:d[eu]s?|de\s+la|de\s+l{APOS})|aux?(?=\s))\s*[^,;:.]{{0,60}}$",
    re.IGNORECASE,
)
_COMMEMORATION_DAYS = words("commemoration_days")
# Where a clause opens, before « lors du … » (`DURING`): the sentence's start or a stop, spaces only after it
CLAUSE_OPENS = re.compile(r"(?:^|[,;:.!?(])\s*$")


def scheduled_verb(match: re.Match[str]) -> str | None:
    """The timetable verb in the present just before `match` (`_SCHEDULED`), as written, or None."""
    found = _SCHEDULED.search(match.string, max(0, match.start() - _SCHEDULED_WORDS), match.start())
    return None if found is None else " ".join(found["v"].split())


def days_until(year: int, month: int, day: int, start: date) -> int:
    """Days from `start` to that day; a day the calendar lacks (« 32 octobre », « 29 février ») is never near."""
    try:
        return (date(year, month, day) - start).days
    except ValueError:
        return -1


def both_years(past: int, ahead: int, month: int, day: int | None, note: str) -> str:
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


def of_a_noun_in_apposition(match: re.Match[str]) -> bool:
    """« une trêve de trois jours, du 8 au 10 mai, pour … »: a date set off by commas right after a noun (not after a
    verb: « a annoncé, le 3 mai, que »), which dates that noun rather than the sentence's verb."""
    before = _APPOSITION.search(match.string[max(0, match.start() - 40) : match.start()])
    if before is None or not re.match(r"\s*,", match.string[match.end() :]):
        return False
    return not fold_word(before["w"]).endswith(_VERB_ENDINGS)


# A verb in the simple future (« sera », « paraîtra », « pourront »): a time still to come, never the conditional
# (« pourraient », « devrait »), which also tells a future seen from a past day
FUTURE_VERB = re.compile(rf"(?<![\w'’-])[^\W\d_]+{FUTURE_TENSE}$", re.IGNORECASE)
A_NOUN_S = re.compile(rf"(?<![\w'’])(?:de|du|d{APOS})(?:\s*$|(?![\w'’]))", re.IGNORECASE)
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


def a_participle_s(match: re.Match[str]) -> bool:
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
FRAMING_YEAR = re.compile(r"\s*(?:[«\"“]\s*)?(?:en\s+(?P<y>\d{4})\s*,|(?P<entry>\d{4})\s+[-–—]\s)", re.IGNORECASE)


STORY_STEPS_BACK = timedelta(days=92)  # how far back a retrospective paragraph's story may step (three months)

# « le 19 juin précédent », « le 4 novembre suivant »: a date placed by the time told before it, not by the page
BEFORE_OR_AFTER_IT = re.compile(r"\s+(?:(?P<before>pr[ée]c[ée]dente?)|suivante?)(?![\w'’-])", re.IGNORECASE)
