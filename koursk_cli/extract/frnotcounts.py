"""Numbers that count nothing a story counts: shares and sizes (« 40 % », « 152 mm »), proportions, names
(« Europe 1 »), years, references, ages, spans of time, and lengths that are no ground taken (a distance, a thing's
size, a speed).

Apart because each rule family asks these before it keeps a figure.
"""

from __future__ import annotations

import re

from .frcalendar import month_number
from .frfigure import Figure
from .frnumerals import LARGE, NUMBER_WORDS, SCALE_NOUNS, SEPARATOR, WORD
from .frwords import fold_same_length, fold_word, singular, unit_of
from .lexicon import LENGTH_UNITS, TIME_UNITS, UNIT_SYMBOLS, alternatives, words

REFERENCE_WORDS = words("reference_words")  # « l'article 5 »
_SIZED_THINGS = words("sized_things")  # « une bande de 20 kilomètres »
_DATA_SIZES = words("data_sizes")  # « (PDF, 412 kB) »
_AREA_NOUNS = words("area_nouns")  # « plus de 1 500 hectares » déminés
_DETERMINERS = words("determiners")  # « les deux pays »
_AGE_DETERMINERS = words("age_determiners")  # « les 80 ans du Parti »
_DURATION_PREPOSITIONS = words("duration_prepositions")
PEOPLE_UNITS = frozenset(["soldiers", "prisoners", "people", "civilians", "deaths", "wounded", "casualties"])
_DURATION_FIGURE_UNITS = words("duration_figure_units")
_YEAR_DATE_PREPOSITIONS = words("year_date_prepositions")  # « dans 24 heures »
_KNOWN_REFERENTS = words("known_referents")  # « Les deux hommes »
_NUMBER_IDIOM = re.compile(
    r"(?<![\w'’])(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(words("number_idioms"))) + r")$"
)
# a post's or a thread's counter (« 2/6 Pertes : »): a number on either side of a slash between digits
_COUNTER = re.compile(r"\d\s?/\s?$")
# « 40 % », « 152 mm », « trois quarts »: the words after a number that make it no count, longest first
_NOT_A_COUNT = re.compile("(?:" + alternatives("not_counts") + r")(?![^\W\d_])")
# « neige au-dessus de 900 m », « houle de 1,5 m », « 38 hl/ha »: a symbol of a length or a volume, as written (never
# « 1,2 M$ », millions; never « 500 m² », an area), then no letter or digit (lexicon.toml [unit_symbols], round 87)
_UNIT_SYMBOL = re.compile(r"[ \t\u00a0\u202f]*(?:" + "|".join(map(re.escape, UNIT_SYMBOLS)) + r")(?![^\W_]|['’])")


def previous_words(text: str, position: int, count: int = 2) -> list[str]:
    """The last words before `position`, folded; a degree sign stays glued to its word (« n° 3 », lexicon.toml
    `reference_words`: it was read as « n », and « la fiche n° 3 » as 3 of something)."""
    return [fold_word(w) for w in re.findall(r"[^\W\d_]+°?", text[max(0, position - 60) : position])][-count:]


FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")  # the word right after a number

# « 08:19 < mirkwood> le NIS disait… »: the hour of a clock time (a chat log's stamp, a schedule), never a count
_CLOCK_MINUTES = re.compile(r":[0-5]\d(?!\d)")
# « à 10 h 45 devant le monument », « à 18 h 30 une conférence », « à 10 H 45 », « à 10 heures 45 »: the hour before
# two digits of minutes (round 120, review70b)
_CLOCK_HOUR = re.compile(
    r"(?<![\w,.'’])(?:[01]?\d|2[0-3])[ \t\u00a0\u202f]?(?:h|heures?(?=[ \t\u00a0\u202f]))[ \t\u00a0\u202f]?$",
    re.IGNORECASE,
)
_MINUTES = re.compile(r"[0-5]\d")
# … or glued to its « h » (« à 20 h30 »: round 130)
_GLUED_MINUTES = re.compile(r"[ \t\u00a0\u202f]?h[0-5]\d(?!\d)", re.IGNORECASE)
# … the words after the minutes, none a counted noun (« à 10 h 45 devant », « à 18 h 30 une conférence »)
_AFTER_MINUTES = words("prepositions") | words("noun_openers") | words("clock_followers")


def not_a_count(text: str, end: int) -> bool:
    """« 40 % des obus », « 73 pour cent », « de 152 mm », « 900 m », « 08:19 », « 20 h30 »: the number after which
    `end` stands is a share, a size or an hour."""
    if _CLOCK_MINUTES.match(text, end) or _GLUED_MINUTES.match(text, end) or _UNIT_SYMBOL.match(text, end):
        return True
    after = " ".join(fold_word(text[end : end + 40]).replace("»", " ").replace("”", " ").split())
    return _NOT_A_COUNT.match(after) is not None


# « sur un total de 11 000 », « sur une population de … »: « un » before a noun is an article, no denominator (round 39)
_RATIO_AFTER = re.compile(
    rf"\s+sur\s+(?:\d+(?!{SEPARATOR}\d{{3}})|(?!une?\s+(?!{SCALE_NOUNS})[^\W\d_]{{3,}})(?:{NUMBER_WORDS}))(?!\w)",
    re.IGNORECASE,
)
RATIO_BEFORE = re.compile(rf"(?:\d+|{WORD})(?:\s+[^\W\d_]+)?\s+sur\s+$", re.IGNORECASE)


def ratio(match: re.Match[str]) -> bool:
    """« un soldat sur trois », « deux sur cinq »: a proportion, not a count (neither of its numbers). A number after
    « sur » written in thousands, or qualified with a noun of its own, is the whole counted, no denominator, and the
    part before it a count (« 500 km² sur 1 300 », « environ 2 000 morts sur quelque 15 000 hommes »: round 39)."""
    text = match.string
    start = match.start("qual") if match["qual"] else match.start("num")
    end = match.end("noun") if match["noun"] else match.end("num")
    whole = LARGE.search(match["num"]) is not None or (match["qual"] is not None and unit_of(match["noun"]) is not None)
    return bool((not whole and RATIO_BEFORE.search(text[max(0, start - 40) : start])) or _RATIO_AFTER.match(text, end))


def in_a_name(text: str, position: int) -> bool:
    """« FRANCE 24 », « KN-23 », « Su-57 »: a number glued to a word in capitals is part of a name."""
    before = text[max(0, position - 30) : position]
    return re.search(r"(?:\b[A-ZÀ-Ý]{2,}[\s-]|[A-Za-z]-)$", before) is not None


# « au micro d'Europe 1 un chercheur », « Université Rennes 2 apporte des fonds »: one or two digits after a capitalised
# word inside a sentence (after a word or an elided article), before no counted noun, end a name
_NAME_BEFORE = re.compile(r"(?:[^\W\d_]['’]|[^\W\d_]\s)[A-ZÀ-Ý][^\W\d_]+(?:-[^\W\d_]+)*\s$")


def ends_a_name(match: re.Match[str]) -> bool:
    """Whether a number ends a name (« Europe 1 », « Rennes 2 »): no count, with its noun or without."""
    text, start = match.string, match.start("num")
    small = re.fullmatch(r"\d{1,2}", match["num"].strip()) is not None
    return small and not match["qual"] and _NAME_BEFORE.search(text, max(0, start - 40), start) is not None


_SINCE_A_TIME = re.compile(r"\s+(?:apr[èe]s|plus\s+tard|plus\s+t[ôo]t|auparavant|avant)(?!\w)", re.IGNORECASE)
_FIRST_IN = re.compile(r"(?<!\w)(?:premi[èe]re?|fois)(?:\s+[^\W\d_]+)?\s+(?:depuis|en)\s+$", re.IGNORECASE)
_TIME_QUALIFIER = re.compile(r"jusqu|au-del", re.IGNORECASE)  # « jusqu'à 2030 » may be a year


# A year after a month's name (« 3 sept 2025 », « 12 déc 2024 »): the number before is the month's day (round 65)
_A_DAY_OF_A_MONTH = re.compile(r"\.?[ \t\u00a0]+\d{4}(?!\d)")


def is_noise(match: re.Match[str], value: float, noun: str | None, unit: str | None) -> bool:
    """Years, footnote markers, references, names, articles and plain durations are not figures."""
    number = match["num"]
    start = match.start("qual") if match["qual"] else match.start("num")
    before = previous_words(match.string, start)
    if before and before[-1] in REFERENCE_WORDS:
        return True
    if in_a_name(match.string, match.start("num")):
        return True
    is_words = re.fullmatch(NUMBER_WORDS, number.strip(), re.IGNORECASE) is not None
    # « les deux pays », « les deux hommes »: a few things the story names; never a count qualified or in thousands
    # (« aux quelque quinze mille hommes déjà déployés », « les dix mille hommes »: round 18)
    named = is_words and not match["qual"] and value < 1000 and bool(before) and before[-1] in _DETERMINERS
    if is_words and (value == 1 or (named and unit not in PEOPLE_UNITS)):
        return True  # « une brigade », « l'une des », « les deux pays »; but « les deux soldats » are two
    if named and noun is not None and fold_word(noun) in _KNOWN_REFERENTS:
        return True  # « Les deux hommes se sont serré la main »: people the story knows, no new count
    if is_words and _NUMBER_IDIOM.search(fold_same_length(match.string[max(0, start - 20) : match.end("num")])):
        return True  # « Rien de neuf depuis »: new, not nine
    if _COUNTER.search(match.string, max(0, start - 4), start) or re.match(
        r"\s?/\s?\d", match.string[match.end("num") :]
    ):
        return True  # « 2/6 Pertes : », « 1/6 »: a thread's counter
    year_like = re.fullmatch(r"\d{4}", number.strip()) is not None  # « 2 000 » with a separator is never a year
    if year_like and match["qual"] and not _TIME_QUALIFIER.match(match["qual"]):
        year_like = False  # « plus de 2000 volontaires », « près de 1900 »: a count; a year needs date evidence
    if noun is None or (unit is None and year_like and 1900 <= value <= 2100):
        return True  # « Koursk 1. », « 2025 serait l'année »
    if fold_word(noun) in _DATA_SIZES:
        return True  # « (PDF, 412 kB) »: a file's size
    if _A_DAY_OF_A_MONTH.match(match.string, match.end("noun")) and month_number(fold_word(noun)) is not None:
        return True  # « Pékin, 3 sept 2025 (AFP) - »: a day of a month, abbreviated without its stop, then its year
    if (
        unit in TIME_UNITS
    ):  # « dans 24 heures », « pour 20 ans » yes; « depuis deux ans », « pendant trois semaines » no
        if before and before[-1] in _AGE_DETERMINERS:
            return True  # « pour les 80 ans du Parti », « ses 40 ans »: an anniversary or an age, not a span
        if _SINCE_A_TIME.match(match.string, match.end()) or _FIRST_IN.search(match.string, 0, start):
            return True  # « quatre ans après », « la première en 24 ans »: time between two things
        if unit == "years" and before and before[-1] in _YEAR_DATE_PREPOSITIONS:
            return True  # « dans 20 ans »: a date (frdates.py), even past the calendar (« dans 8000 ans »)
        if _done_in(match.string, start):
            return True  # « livrés en deux ans »: how long it took, no term
        return unit not in _DURATION_FIGURE_UNITS or not (set(before) & _DURATION_PREPOSITIONS)
    return False


def clock_minutes(match: re.Match[str], noun: str | None) -> bool:
    """« à 10 h 45 devant l'hôtel de ville », « à 10 heures 45 au cénotaphe », « à 18 h 30 une conférence »: two
    digits up to 59, no qualifier before them, right after an hour (0-23) and « h » or « heure(s) », are its minutes
    where no noun follows them (`noun` is None, or a preposition, an article, « heure »: `_AFTER_MINUTES`); where a
    noun follows, of any kind, they count it (« En 18 h 45 villages », « en 6 h 20 roquettes »: review70b)."""
    return (
        not match["qual"]
        and (noun is None or fold_word(noun) in _AFTER_MINUTES)
        and _MINUTES.fullmatch(match["num"].strip()) is not None
        and _CLOCK_HOUR.search(match.string, max(0, match.start("num") - 12), match.start("num")) is not None
    )


# « 12 millions d'obus livrés en deux ans », « conquis en 24 heures »: a past participle, then « en » and the count.
_DONE_IN = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_]{3,}(?:ée?s?|ise?s?))\s+en\s+$", re.IGNORECASE)
NOT_PAST_PARTICIPLES = words("not_past_participles")


def _done_in(text: str, start: int) -> bool:
    """Whether a count of time starting at `start` follows « en » after a past participle: how long something done
    took (« livrés en deux ans »), not a promise's term (« mettre fin à la guerre en 24 heures »)."""
    done = _DONE_IN.search(text, max(0, start - 40), start)
    return done is not None and fold_word(done["word"]) not in NOT_PAST_PARTICIPLES


def a_term(text: str, start: int, unit: str | None) -> bool:
    """Whether a count of time starting at `start` is a promise's or a sentence's term, a figure (« en 24 à 48 heures
    », « pour 20 ans »): in hours or years, after « dans », « en », « pour », « sous » (lexicon.toml)."""
    before = previous_words(text, start, 1)
    return unit in _DURATION_FIGURE_UNITS and bool(before) and before[-1] in _DURATION_PREPOSITIONS


_PER_AREA = re.compile(
    rf"\s++par\s++(?:{alternatives('area_nouns')}|km²|km2|kilom[èe]tre\s++carr[ée])(?!\w)", re.IGNORECASE
)
# « 50 km à l'ouest de Koursk », « à 30 km au nord-est de la ville »: where a place lies from another, a distance
# (round 75; never an advance « de » N km, « ont avancé de 20 km au sud », « ont progressé de 12 km au nord de Soudja »:
# review55)
_COMPASS_AFTER = re.compile(
    r"\s+(?:[àa]\s+l['’]\s*(?:est|ouest)|au\s+(?:nord|sud)(?:-(?:est|ouest))?)\s+(?:(?:de|du|des)(?!\w)|d['’])",
    re.IGNORECASE,
)

# « 650 kilomètres de frontière », « 300 km de routes », « après 2 400 kilomètres de route »: a length of a thing that
# has one, named right after « de » (lexicon.toml `lengthed_things`, a closed list: a border, a road, a railway, a
# trench, a fence, a coast, a pipe), no ground taken (round 107). Any other word after « de » may be ground or no noun
# at all (« 15 kilomètres de terres », « 5 km de plus vers Pokrovsk », « 6 kilomètres de lundi à mercredi »:
# review67b), and a length after a verb of moving and « de » is how far troops moved (« ont avancé de 5 km de route »:
# lexicon.toml `moving_verb_starts`): both stay figures. An article after « de » names a place (« à 10 km de la
# frontière »), read by the rules above; a capitalised word, a place (« de Côte d'Ivoire »).
_OF_A_THING = re.compile(r"\s++(?:de\s++|d['’]\s*+)(?P<thing>[^\W\d_A-ZÀ-Ý][^\W\d_]*+(?:[\s'’-]++[^\W\d_]++){0,4})")
_LENGTHED_THINGS = tuple(tuple(thing.split()) for thing in sorted(words("lengthed_things")))
_MOVING_VERB_STARTS = tuple(sorted(words("moving_verb_starts")))


def _of_one_of(text: str, end: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the thing named right after « de » at `end` (`_OF_A_THING`) opens with one of `phrases` (folded,
    singular words)."""
    thing = _OF_A_THING.match(text, end)
    if thing is None:
        return False
    named = tuple(singular(fold_word(word)) for word in re.findall(r"[^\W\d_]+", thing["thing"]))
    return any(named[: len(phrase)] == phrase for phrase in phrases)


def _a_thing_s_length(text: str, figure: Figure, before: list[str]) -> bool:
    """Whether a length is a thing's (« 650 kilomètres de frontière »): one of `lengthed_things` right after « de »,
    never after a verb of moving and « de » (« ont avancé de 5 km de route »)."""
    if not _of_one_of(text, figure.end, _LENGTHED_THINGS):
        return False
    return not (before[-1:] == ["de"] and any(word.startswith(_MOVING_VERB_STARTS) for word in before[-4:-1]))


_LAND_HOLDING = words("land_holding_verbs") | words("land_possessives")
_CROPS = tuple(tuple(crop.split()) for crop in sorted(words("crops")))
_LAND_HARM_STARTS = tuple(sorted(words("land_harm_starts")))


def _a_farm_s_land(text: str, figure: Figure, before: list[str]) -> bool:
    """Whether an area is a farm's land: after a verb of holding land or a possessive (« qui cultive 40 hectares »,
    « ses 45 hectares »: lexicon.toml `land_holding_verbs`, `land_possessives`), or what grows on it after « de »
    (« 62 hectares de céréales »: `crops`); never ground mined or cleared (« 48 000 hectares de terres agricoles
    restaient inaccessibles »), nor land its sentence tells harmed or cleared (« ont incendié plus de 5 000 hectares de
    blé », « ont déminé nos 300 hectares »: lexicon.toml `land_harm_starts`, review77)."""
    if any(fold_word(word).startswith(_LAND_HARM_STARTS) for word in re.findall(r"[^\W\d_]+", text)):
        return False
    return (bool(before) and before[-1] in _LAND_HOLDING) or _of_one_of(text, figure.end, _CROPS)


# « 30 km/h », « 40 kilomètres à l'heure », « 900 km par heure »: a length per hour is a speed
_PER_HOUR = re.compile(r"\s*+(?:/\s*+h(?:eure)?|(?:[àa]\s++l['’]\s*+|par\s++)heure)(?!\w)", re.IGNORECASE)


def a_distance(text: str, figure: Figure) -> bool:
    """A length (lexicon.toml [length_units]) is no ground taken: how far after « à » (« à 30 km de Soudja », « à
    2 000 kilomètres d'ici », « peuvent porter à plus de 13 000 kilomètres », « les repéraient à plus de 2 km »:
    round 58; round 28 asked for a place after it), the extent something runs over (« ont progressé sur près de
    15 kilomètres », « sur 50 km »), a thing's size (« une bande de 20 kilomètres », « un secteur de 50 km », « long
    d'environ 1 km »: lexicon.toml `sized_things`), a length of a thing that has one (« 650 kilomètres de frontière
    »: `lengthed_things`), where a place lies (« 50 km à l'ouest de Koursk »). Ground is an area (km², villages,
    hectares), unless an area sizes a thing (« une surface de près de 3 hectares ») or divides a count (« des dizaines par hectare »: a
    density; lexicon.toml `area_nouns`, round 69)."""
    before = previous_words(text, figure.start)
    sized = before[-1:] in (["de"], ["d"]) and before[-2:-1] != [] and before[-2] in _SIZED_THINGS
    if figure.noun is not None and singular(figure.noun) in _AREA_NOUNS:
        # « une surface de près de 3 hectares »: a thing's size, not ground cleared; « cultive 40 hectares de blé »: a
        # farm's land
        return sized or _a_farm_s_land(text, figure, before)
    if _PER_AREA.match(text, figure.end):
        return True  # « des dizaines par hectare »: a density, no count
    if figure.unit not in LENGTH_UNITS:
        return False
    if _PER_HOUR.match(text, figure.end):
        return True  # « vent de nord-ouest 30 km/h »: a speed (sealed61 e16, blind: 30 km of ground)
    if _a_thing_s_length(text, figure, previous_words(text, figure.start, 5)):
        return True  # « 650 kilomètres de frontière »: the length of a thing
    if before[-1:] == ["sur"] or sized or (before[-1:] != ["de"] and _COMPASS_AFTER.match(text, figure.end)):
        return True
    return re.search(r"(?<!\w)[àÀ]\s+$", text[max(0, figure.start - 3) : figure.start]) is not None


def a_day_of_a_month(figure: Figure) -> bool:
    """« comme chaque 11 novembre », « à chaque 9-Mai »: a day of the month that no date rule reads (a habit, review59
    of round 88) is still no count of « novembre »."""
    return (
        figure.noun is not None
        and month_number(figure.noun) is not None
        and figure.value is not None
        and figure.value == int(figure.value)
        and 1 <= figure.value <= 31
    )
