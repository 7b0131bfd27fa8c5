"""A page's own schedule: a date that heads an entry of a timetable still to come (« Diffusion : mardi 24 février 2026,
20.55 », « Fin de la campagne : jeudi 2 avril 2026 à 23:59 », « Prochaine parution : mercredi 10 septembre »). A
broadcast slot, a form's field, a deadline, the next issue: the page's chrome, no fact of the story (round 22: sealed20
proposed 29 of them as events). Only a date after the publication is one: a past-dated entry is a chronology's (« 6
août 2024 : l'Ukraine lance son offensive »). So is a day to come named by its weekday and given with its hour in a
sentence that puts a programme on the air (« Jeudi 11 septembre, 21 h 05, TF1 »; round 29; since round 128 only
there: « Le film sera projeté le samedi 13 juin à 18h30 » is an event's day; « entreront en vigueur le 10 mars à 18
heures », with no weekday, stays a fact). draft.py keeps both, but a grid's slot, when the sentence announces a public
event or names its venue (« Conférence « Les deux Corées », samedi 14 juin, 17 h, salle Jean-Moulin »: the lead's
session-68 call). Pure."""

from __future__ import annotations

import re

from .frcalendar import WEEKDAY

# What may stand before the date in its entry: nothing, or a short label and its number closed by a colon or a dash
# (« Diffusion : », « Séance 12 — », « Fin de la campagne : »)
_LABEL = re.compile(r"\s*(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*(?:\d{1,3}\s*)?(?P<mark>[:—–])\s*)?")
# What follows the date in an entry that opens with it: a colon or a dash, then what is scheduled (« Mai 2026 : »)
_THEN = re.compile(r"\s*[:—–]")
_WITH_ITS_YEAR = re.compile(r"(?:19|20)\d\d$")


# A screening's or a show's slot: the day opens its line, perhaps after its weekday cut short, then a colon and the
# hours or its day off (« Ven. 10 avril : 16 h 30 », « Lun. 13 avril : relâche »: a cinema's grid, sealed44 d19; round
# 66)
_SLOT_DAY = re.compile(rf"\s*(?:(?:lun|mar|mer|jeu|ven|sam|dim)\.\s*|{WEEKDAY}\s+)?", re.IGNORECASE)


def heads_a_slot(sentence: str, start: int, end: int) -> bool:
    """Whether the date at `start`:`end` opens a slot of hours (« Ven. 10 avril : 16 h 30 », « Lun. 13 avril :
    relâche »): a grid's line, whatever hall it names (« : 14 h, 20 h 30, salle 2 »: review72)."""
    return _SLOT_DAY.fullmatch(sentence, 0, start) is not None and _SLOT_HOURS.match(sentence, end) is not None


def heads_an_entry(sentence: str, start: int, end: int) -> bool:
    """Whether the date at `start`:`end` heads its sentence's entry as a timetable's date does: after a label and a
    colon (« Diffusion : mardi 24 février »), opening the entry with a colon or a dash after it, or opening a slot
    of hours (`heads_a_slot`)."""
    if heads_a_slot(sentence, start, end):
        return True
    label = _LABEL.fullmatch(sentence, 0, start)
    if label is None:
        return False
    if label["mark"] is not None:
        return True
    # opening the entry: a month or a season with its year, as a project's calendar writes it (« Mai 2026 : »); a
    # day of the coming weeks without one opens an agency's diary of coming news (« Lundi 22 juin : Conseil
    # Affaires étrangères »), facts announced, which stay events
    return _THEN.match(sentence, end) is not None and _WITH_ITS_YEAR.search(sentence, start, end) is not None


# A clock time right after a day: « à 18 h », « , dès 11 h », « de 9 h à 13 h », « à 15 heures », « à 20.55 », or
# a listing's « , 17 h » after a comma (round 43); with `later`, also further on in the day's clause, after where it
# happens (« aura lieu samedi au Centre culturel Fernand-Charest, à 19 h »): a few words, no stop, no semicolon, no
# other number
_CLOCK = r"\d{1,2}\s*(?:h\b|heures?\b|h\d\d|[.:]\d\d)"
_HOUR = rf"(?:{_CLOCK}|midi\b|minuit\b)"  # … or noon (« à midi »: round 81)
_DAY_OFF_WORD = r"rel[âa]che"  # « relâche »: a grid's day without a show
_SLOT_HOURS = re.compile(
    rf"\s*:\s*(?:{_HOUR}|{_DAY_OFF_WORD}\b)", re.IGNORECASE
)  # « Lun. 13 avril : relâche »: no show


def _at(hour: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"(?:\s*,?\s*(?:[àa]|d[èe]s|de|vers)\s+|\s*,\s*){hour}", re.IGNORECASE),
        re.compile(rf"[^.;!?\d]{{1,60}}?[\s,](?:[àa]|d[èe]s|vers)\s+{hour}", re.IGNORECASE),
    )


# … a clock's hour only: « expire samedi 15 mars à minuit », « doivent être rapatriés jeudi 20 mars, à midi » are the
# story's deadlines (review57)
_AT_A_CLOCK_HOUR, _LATER_CLOCK_HOUR = _at(rf"(?:{_CLOCK})")
# A day named by its weekday (« samedi », « ce jeudi », « le samedi 14 juin »), whatever way it was resolved
_BY_ITS_WEEKDAY = re.compile(rf"(?:(?:ce|le)\s+)?{WEEKDAY}\b", re.IGNORECASE)


# A measure that starts to apply (« Les nouvelles sanctions entrent en vigueur vendredi à 18h00 », « prendront effet
# lundi à minuit »): the law gives its hour as a public event's notice does, but the day is a fact of the story
# (round 60: sealed34 q09, sealed36 s05, two Swiss sanctions orders)
_TAKES_EFFECT = re.compile(
    r"(?<![\w'’])(?:en\s+vigueur|(?:pren(?:d|nent|dra|dront|drai(?:en)?t|dre)|pris)\s+effet)(?!\w)", re.IGNORECASE
)

_TAKES_EFFECT_REACH = 60  # how far before the date's end the words are looked for, in its clause
_CLAUSE_END = re.compile(r"[;.!?]")


def at_its_hour(sentence: str, end: int, *, later: bool = False) -> bool:
    """Whether the date ending at `end` is given with the hour it happens at (« samedi 9 novembre, à 18 h »,
    « samedi 14 juin, 17 h, salle Jean-Moulin »), right after it or, with `later`, further on in its clause; never
    the hour a measure takes effect at (« entrent en vigueur jeudi à 18h00 »: the words just before it), which is no
    event's time, nor « à midi » or « à minuit », a deadline's (review57)."""
    reach = max(0, end - _TAKES_EFFECT_REACH)
    clause = max((m.end() for m in _CLAUSE_END.finditer(sentence, reach, end)), default=reach)  # « … en vigueur ; »
    if _TAKES_EFFECT.search(sentence, clause, end) is not None:
        return False
    return _AT_A_CLOCK_HOUR.match(sentence, end) is not None or (
        later and _LATER_CLOCK_HOUR.match(sentence, end) is not None
    )


def named_by_its_weekday(said: str) -> bool:
    """Whether a date's words name it by its weekday (« samedi », « ce jeudi 9 octobre »), however it was resolved:
    `DateMention.weekday` is unset for a weekday read as the coming one (round 43: « tiendra une soirée … samedi à
    19 h » in a Friday article)."""
    return _BY_ITS_WEEKDAY.match(said) is not None


# A period alone on its line, perhaps before a dash and what it holds (« Du 14 octobre 2026 au 28 février 2027 », « Du 14
# mars au 30 août 2026 — Niveau -1, salles 3 et 4 », « Du mardi 3 au samedi 7 février 2026 »)
_AFTER_ALONE = re.compile(r"\s*(?:[—–-]\s.*)?$")


def heads_a_programme(sentence: str, start: int, end: int) -> bool:
    """Whether the period at `start`:`end` (« du … au … ») stands alone on its line, as an exhibition's, a show's or a
    season's dates head its page (round 43); draft.py takes it as the page's when it runs past the publication: a
    chronology's period alone on its line is gone by."""
    return (
        not sentence[:start].strip()
        and sentence[start : start + 3].lower() == "du "
        and _AFTER_ALONE.match(sentence, end) is not None
    )


# A day a timetable says is off, whatever its line's shape (« Lundi 15 septembre — relâche. »), perhaps after its hall
# (« Lundi 15 septembre, salle Pasteur : relâche », review72): nothing happens then; never « relâche des otages »
_DAY_OFF = re.compile(rf"(?:\s*+,[^.;:,\n]{{1,40}}+)?\s*+[:—–-]\s*+{_DAY_OFF_WORD}\s*+(?:[.;,)—–-]|$)", re.IGNORECASE)


def is_a_day_off(sentence: str, end: int) -> bool:
    """Whether the date ending at `end` is followed by « : relâche »: a grid's day without a show, no event's day."""
    return _DAY_OFF.match(sentence, end) is not None
