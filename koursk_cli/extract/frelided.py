"""The noun one number leaves out (`elided_noun`): named by the words around it (« dont 2 000 », « évalue à 3 000
les pertes », « 4 700 d'entre eux », « n'en tiendrait plus que 300 »), the noun counted before, another source's or a
series' count, a count in apposition.

Apart from frplain.py because it is one rule with its own helpers; a range (frranges.py) and a quantity word
(frvague.py) read the words around a number that leaves its noun out with this module's patterns.
"""

from __future__ import annotations

import re

from .frcalendar import MONTHS, SEASONS
from .frchanges import changed_count
from .frcoordination import has_a_verb
from .frfigure import FIGURE, Figure, counted_noun
from .frnotcounts import NOT_PAST_PARTICIPLES, PEOPLE_UNITS, RATIO_BEFORE
from .frnumerals import DIGITS, LARGE, NUMBER_WORDS, SPACE_SEPARATOR, WORD
from .frqualifiers import ADVERB
from .frwords import APOS, fold_same_length, fold_word, unit_of
from .lexicon import LENGTH_UNITS, MONEY_UNITS, TIME_UNITS, WEIGHT_UNITS, alternatives, written_words

# « dont 2 000 ont été tués », « Parmi eux, 2 000 auraient été tués », « dont quelque 8 000 à Koursk »: the counted
# noun is left out; it is the one the sentence counted before, or the loss word of the verb that follows.
# « dont 2 000 », « contre 3 000 » (an earlier count of the same thing), « évalue à », « s'élèverait à », « porté à ».
ELIDED_BEFORE = re.compile(
    # « …, puis 3 000 en renfort », « puis de « 12 000 au total » », « 3 000 hommes … et de 10 000 d'ici décembre »: the
    # next count of the same noun (round 16); « Il s'agit de 3 000 », « le chiffre de 4 700 », « (des officiers), au
    # nombre de trois »: a count named, its noun the one counted before
    r"(?:\bpuis(?:\s+de|\s+d['’])?|\bet\s+de|\bil\s+s['’]agit\s+de|\ble\s+chiffre\s+de|\bau\s+nombre\s+de"
    # « parlait de 300 morts, puis d'environ 2 000 », « il serait passé à près de 15.000 »: the next count, or the
    # count changed to, of the noun counted before (round 20)
    r"|\b(?:pass|grimp|mont|tomb)\w*\s+[àa]"
    # « Séoul l'estimait en septembre à environ 2 000 »: the pronoun stands for the noun counted, a date between
    r"|\bl['’]\s*(?:[ée]valu|estim|chiffr)\w*(?:\s+[^\W\d_]+){0,3}?\s+[àa]"
    # « sur un total attendu de 12 000 », « Le chiffre avancé par Séoul est de 600 »: the total, the figure, of the
    # noun counted before (round 39)
    r"|\bun\s+total(?:\s+[^\W\d_]+){0,2}?\s+de"
    # … and « ce chiffre n'était que de 1,6 million » (round 62): the same, pointed at, perhaps in a negation
    r"|\b(?:le|ce)\s+chiffre(?:\s+[^\W\d_'’-]+){0,4}?\s+(?:n['’]\s*)?(?:est|[ée]tait|serait)\s+(?:que\s+)?de"
    r"|\bdont|\bcontre|\bmais|\bparmi\s+(?:eux|elles|ceux-ci|lesquels)\s*,?"
    r"|\b(?:[ée]valu|estim|chiffr|[ée]l[èe]v|[ée]tabli|port[ée])\w*(?:\s+par\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"|\s+(?:le|leur|son)\s+(?:nombre|total|bilan))?"
    # « estimées par Séoul à », « en estime le nombre à », « chiffrait encore à 4'700 les pertes » (an adverb: round 66)
    rf"(?:\s+(?:{ADVERB}))?\s+[àa]"
    r"|\b(?:ce|cet|le|leur|son)\s+(?:nombre|total|bilan|chiffre)\s+[àa]"  # « a revu mardi ce nombre à 3.800 »
    # « ils étaient plus de 11 000 », « nous étions à peine quatre-vingts »: the subject is what is counted
    r"|\b(?:sont|[ée]taient|seraient|[ée]tions|sommes|serions|seront"
    r"|(?:pourr|devr)(?:aient|ont|ions|ons)\s+[êe]tre)"  # « ils pourraient être 10 000 » (round 45)
    r"(?:\s+(?:[^\W\d_]+ment|d[ée]sormais|d[ée]j[àa]|encore|toujours|aujourd['’]hui))?"
    # « leur nombre devrait atteindre 10 000 »: the number of the thing counted before; « leur nombre total restait
    # « autour de 11.000 » » (round 79)
    r"|\b(?:leur|son|ce)\s+(?:nombre|total)\s+(?:[^\W\d_]+\s+){0,2}?(?:atteindr|atteint|s['’]\s*[ée]lev|rest)\w*"
    r"(?:\s+[àa])?)"
    r"\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « le bilan des morts s'élèverait à au moins 600 »: the noun counted is named before the verb, perhaps with
# adjectives and a complement between (« le nombre de soldats nord-coréens présents en Russie ») and an adverb after
# the verb (« s'élève désormais à », « atteint aujourd'hui »).
_WORD_OR_COMPOUND = rf"(?:[^\W\d_]+{APOS})?[^\W\d_]+(?:-[^\W\d_]+)*"
# « le nombre de ses soldats »: a possessive between « de » and the noun counted (round 32: « ses » was read as it)
_THEIR = r"(?:(?:ses|leurs|ces|nos|vos|mes|tes)\s+)?"
TOTAL_BEFORE = re.compile(
    rf"\b(?:bilan|nombre|total|chiffre)\s+(?:total\s+)?(?:des|de|d{APOS})\s*{_THEIR}(?P<noun>[^\W\d_]+)"
    rf"(?:\s+{_WORD_OR_COMPOUND}){{0,5}}?\s+(?:s{APOS}\s*)?(?:[ée]l[èe]v|[ée]tabli|chiffr|monte|port[ée]|atteint)\w*"
    rf"(?:\s+(?:{ADVERB})){{0,2}}(?:\s+[àa])?\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « Séoul estime les pertes nord-coréennes à 2 000 environ »: the object of a verb of estimate is what is counted.
ESTIMATED_OBJECT = re.compile(  # « chiffrait début janvier les pertes à 3 000 »: a few words may come between
    rf"\b(?:[ée]valu|estim|chiffr)\w*\s+(?:[^\W\d_]+\s+){{0,3}}?(?:les|leurs|ses)\s+(?!nombre|total|bilan|chiffre)(?P<noun>[^\W\d_]+)"
    # « (morts et blessés) », « , morts et blessés confondus, » (round 58): an aside between the noun and « à »
    rf"(?:\s+{_WORD_OR_COMPOUND}){{0,2}}?(?:\s*\([^()]{{1,40}}\)|,[^,;:.!?()]{{1,40}},)?\s+[àa]\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « les pertes nord-coréennes depuis l'automne 2024 atteindraient désormais « plus de 6 000 » », « les effectifs
# atteignent 12 000 »: the subject of « atteindre » is what its number counts (round 62), when it is a counted noun
_ATTAINED = re.compile(
    rf"\b(?:(?:leurs|les|le|la|ses)\s+|l{APOS}\s*)(?P<noun>[^\W\d_]+)(?:\s+(?:{_WORD_OR_COMPOUND}|\d{{4}})){{0,6}}?"
    rf"\s+(?:atteign|atteindr|atteint)\w*(?:\s+(?:{ADVERB}))?\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# « a revu mardi ce nombre de soldats à 3.800 »: the verb before, the noun counted in « le nombre de … à N ».
THIS_NUMBER_OF = re.compile(
    rf"\b(?:ce|cet|le|leur|son)\s+(?:nombre|total|bilan|chiffre)\s+(?:des|de|d{APOS})\s*{_THEIR}(?P<noun>[^\W\d_]+)"
    # « le total des soldats envoyés depuis octobre 2024 à environ 15 000 »: a participle and its date between
    rf"(?:\s+(?:{_WORD_OR_COMPOUND}|\d{{4}})){{0,5}}?\s+[àa]\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
ELIDED_VERB = re.compile(
    r"^\s*+[»”\"]?\s*(?:environ\s+)?(?:ont|auraient|avaient|seraient|sont|auraient|ayant)\s+(?:[ée]t[ée]\s+)?"
    r"(?:faite?s\s+)?(?P<noun>tu[ée]e?s|bless[ée]e?s|captur[ée]e?s|morte?s|prisonni[eè]re?s|p[ée]ri"
    r"|mis(?:es?)?\s+hors\s+de\s+combat)(?![\w-])",  # « faits prisonniers »; « auraient péri », « mis hors de combat »
    re.IGNORECASE,
)
ELIDED_AFTER = re.compile(
    rf"^\s*+[»”\"]?\s*le\s+nombre\s+(?:total\s+)?(?:de\s+|d['’]\s*){_THEIR}(?P<noun>[^\W\d_]+)", re.IGNORECASE
)
# « a évalué la semaine dernière à 8 000 le nombre de soldats »: « à N le nombre de X » names X whatever stands
# between the verb and « à »; « chiffre à N les pertes » after a verb of estimate.
TO_BEFORE = re.compile(r"(?<!\w)[àa]\s*[«\"“]?\s*$", re.IGNORECASE)
_IT_IS_THE_NUMBER = re.compile(
    rf"^\s*+[»”\"]?\s*[,:]\s*c{APOS}\s*est\s+le\s+nombre\s+(?:total\s+)?(?:de\s+|d{APOS}\s*){_THEIR}(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
# « chiffrent à 300 les tués et à 2 700 les blessés », « estimait à 15 000 le nombre de soldats, et à plus de 6 000 les
# démineurs »: the verb of estimate governs a second « à N les X » after « et »
_AND_TO_BEFORE = re.compile(r"(?<!\w)et\s+[àa]\s*[«\"“]?\s*$", re.IGNORECASE)
_ESTIMATE_VERB = re.compile(r"\b(?:[ée]valu|estim|chiffr)\w*\s+[^.;:!?]*$", re.IGNORECASE)
# « évalué le nombre de morts à 300, et celui des blessés à 2 700 »: the demonstrative before « à N » stands for
# « le nombre » (« le bilan », « le total ») told before it, its noun the one after « des », or two joined (« et celui
# des tués et blessés à près de 6 000 »: round 86)
_THAT_OF_BEFORE = re.compile(
    rf"(?<![\w'’])(?:celui|celle)\s+(?:des|du|de\s+|d{APOS}\s*)\s*(?P<noun>[^\W\d_]+(?:\s+(?:et|ou)\s+[^\W\d_]+)?)"
    r"\s+[àa]\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
_A_NUMBER_OF = re.compile(r"\b(?:nombre|bilan|total|chiffre)\s+(?:des|du|de|d['’])", re.IGNORECASE)
# (« et à 2 700 celui des blessés »: the demonstrative stands for « le nombre » told before, round 41)
_THE_NOUN_AFTER = re.compile(
    r"^\s*+[»”\"]?\s*(?:les|(?:celui|celle)\s+(?:des|de\s+|d['’]\s*))\s*(?P<noun>[^\W\d_]+)", re.IGNORECASE
)
# The pronoun « en » stands for the thing counted before (« n'en tiendrait plus qu'environ 300 », « s'en tient à
# 3 000 », « Moscou en aurait perdu 1 500 »): « n'en », « s'en », or « en » before an auxiliary, in the same clause;
# or « en » before a verb of counting (« le Pentagone en comptait 8 000 », « Séoul en dénombrait environ 11 000 »,
# « il en reste à peine 200 », « Kiev en annonçait 6 000 »: round 32), never its gerund (« en comptant »).
PRONOUN_EN = re.compile(
    rf"(?:\b[ns]{APOS}\s*en|(?<![\w'’])en\s+(?:a|ont|aur\w*|avai\w*|ser\w*|est|sont|avoir|[êe]tre"
    # « Washington en attend « jusqu'à 12 000 » d'ici novembre »: the number awaited of them (round 86)
    r"|(?:compt|d[ée]nombr|recens|rest|annon[cç]|attend)(?![\w-]*ant\b)[\w-]*"
    # « Pyongyang pourrait en envoyer jusqu'à 100 000 »: a verb of sending (round 45), never its gerund nor participle
    r"|(?:envo[iy]|d[ée]ploy|d[ée]ploi(?!e?ment)|d[ée]p[êe]ch|mobilis)(?![\w-]*ant\b)(?![\w-]*[ée]e?s?\b)[\w-]*"
    r"))\b[^,;:.!?()]*$",
    re.IGNORECASE,
)
# « Quelque 8 000 autres seraient détenus »: more of the thing counted before (not « 300 autres soldats »).
OTHERS = re.compile(
    r"^\s*+[»”\"]?\s*autres(?=\s*[,;.!?]|\s+(?:ont|auraient|avaient|seraient|sont|les|y|en"
    # « renforcé par 3 000 autres entre janvier et février », « 3 000 autres pourraient suivre » (round 53)
    r"|entre|au|aux|[àa]|depuis|pourraient|devraient)(?!\w))",
    re.IGNORECASE,
)
# « environ 4 700 des quelque 11 000 soldats », « 3 000 à 4 000 des 11 000 hommes »: a part of a count named right
# after, whose noun is what the part counts.
PART_OF = re.compile(
    # in digits or in thousands written out (« environ quatre mille des onze mille soldats », round 53): not « l'un des
    # deux pays »
    rf"^\s*+[»”\"]?\s*des\s+(?:quelque\s+|environ\s+)?(?:{DIGITS}|(?:{WORD}[\s-]+)*?mille(?:[\s-]+{WORD})*)\s+"
    r"(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*)",
    re.IGNORECASE,
)
# « un total de 15 000 militaires envoyés, en trois vagues : 11 000 à l'automne 2024, 3 000 en janvier-février »: a
# count opening a clause after a colon or a comma, dated right after, is a part of the noun counted before (round 58);
# read on folded text
_DATED_AFTER = re.compile(
    r"^[ \t\n]+(?:en|a\s+l['’]\s*|au|des|debut|fin|mi-)\s*(?:" + "|".join([*MONTHS, *SEASONS]) + r"|\d{4})(?!\w)"
)
# « Environ 2 000 soldats ont péri ; quelque 10 000 seraient toujours en Russie », « …, 3 000 sont rentrés »: a number
# opening its clause before a form of « être » or « avoir » is that verb's subject, the noun counted before (round 18).
_OPENS_ITS_CLAUSE = re.compile(r"(?:^|[;,:]|et|mais)\s*[«\"“]?\s*$", re.IGNORECASE)
_SUBJECT_OF = re.compile(
    r"^\s*+[»”\"]?\s*(?:sont|seraient|[ée]taient|auraient|ont|avaient|restent|resteraient)(?!\w)", re.IGNORECASE
)
_SPOKEN_OF = re.compile(rf"\bparl\w*\s+(?:de\s+|d{APOS}\s*)[«\"“]?\s*$", re.IGNORECASE)
IN_ALL = re.compile(r"^\s*+[»”\"]?\s*au\s+total(?!\w)", re.IGNORECASE)  # « 10.000 au total »
# « Des milliers de leurs camarades ont péri — environ 2 000, selon le renseignement », « (toujours ~15 000 selon
# eux) »: a count its source follows, its noun left out (round 41)
SOURCE_AFTER = re.compile(r"^\s*+[»”\"]?\s*+,?\s*+selon(?!\w)", re.IGNORECASE)
# … never a range's high end (« 11.000 à 12.000 selon »: the range is the curator's) nor a sum (« CHF 2,3 millions »)
_NOT_SOURCED = re.compile(r"(?:(?:\d|mille)\s*(?:[àa]|-|–|—|et|ou)|\b[A-Z]{3}|[$€£¥])\s*[«\"“]?\s*$")


def _sourced_after(match: re.Match[str], after: str) -> bool:
    """Whether a count with no noun of its own is followed by its source (`SOURCE_AFTER`)."""
    start = match.start("num")
    return (
        SOURCE_AFTER.match(after) is not None and _NOT_SOURCED.search(match.string, max(0, start - 20), start) is None
    )


# « 4.700 d'entre eux ont été tués »: a part of the thing counted before.
# « 4 700 d'entre eux », « plus de 4.000 des leurs » (round 58): some of the noun counted before
_A_PART_OF_THEM = rf"(?:d{APOS}\s*entre\s+(?:eux|elles)|des\s+(?:leurs|siens|siennes|n[ôo]tres))\b"
OF_THEM = re.compile(rf"^\s*+[»”\"]?\s*{_A_PART_OF_THEM}", re.IGNORECASE)
# … and the measures no group is made of: « 40 kilomètres …, mais lundi 300 d'entre eux » counts no kilometres
_PART_OF_THEM_IN = re.compile(_A_PART_OF_THEM, re.IGNORECASE)
NO_GROUP_UNITS = TIME_UNITS | MONEY_UNITS | WEIGHT_UNITS | LENGTH_UNITS | {"km2"}


def a_part_of_them(figure: Figure, text: str) -> bool:
    """Whether `figure` counts a part of a group: « d'entre eux » read with it, or right after it where the figure
    is the bare number (« mais 300 d'entre eux », review63b)."""
    return (
        _PART_OF_THEM_IN.search(figure.text) is not None
        or OF_THEM.match(text[figure.end : figure.end + 40]) is not None
    )


# A count in thousands or more opening a parenthesis right after a noun (« livraisons d'obus (1,5 million en 2025) »,
# « des renforts (environ 3 000) »): the parenthesis counts that noun (round 20: it was dropped); a small number there
# is a footnote, a list's item or a year's neighbour, and stays none.
_IN_PARENTHESES = re.compile(r"[^\W\d_]{3,}\s*\(\s*$")
# … and so does one, qualified or in millions, opening what a colon announces or what a verb of speaking names, when
# the words before name a counted noun (« des envois de travailleurs vers la Russie : environ 15.000 depuis le début
# de l'année », « Séoul parlait alors de soldats tués, de 2 000 environ »; « Information : 819 555-0142 », « Le chiffre
# du jour : 1 461. C'est le nombre de jours », « Le GUR parle de « plus de 200 » KIA » stay none: no noun to count).
# Never a range's low end (« Total : ~ 14 000 – 15 000 »), nor a number opening with a zero (a phone's, a code's).
_AFTER_A_COLON = re.compile(r"(?:[^\W\d_]{3,}\s*:|\bparl\w*\s+(?:de|d['’]))\s*[«\"“]?\s*$")
_NOUNS_BEFORE = re.compile(r"[^\W\d_]+")
_SCALED = re.compile(r"milli|mille", re.IGNORECASE)
_DASH_NUMBER = re.compile(r"\s*[-–—]\s*\d")


def _announced(match: re.Match[str], before: str, after: str) -> bool:
    """Whether a count with no noun of its own opens a parenthesis or what a colon announces (see above)."""
    number = match["num"]
    if not LARGE.search(number) or number.startswith("0") or _DASH_NUMBER.match(after):
        return False
    if _IN_PARENTHESES.search(before):
        return True
    if _AFTER_A_COLON.search(before) is None or not (match["qual"] or _SCALED.search(number)):
        return False
    units = (unit_of(word) for word in _NOUNS_BEFORE.findall(before))
    return any(unit is not None and unit not in TIME_UNITS for unit in units)


# « a successivement avancé 1 500, puis 11 000, puis environ 15 000 hommes »: counts of one noun told one after the
# other, only the last naming it (round 53)
_THEN = re.compile(r"\s*+,\s*+puis\s++")
_SERIES = 4  # the most counts a series is followed through


def _series_noun(match: re.Match[str]) -> str | None:
    """The noun a series of counts ends on (`_THEN`), when the store counts it, for a count before it with none of
    its own."""
    text, position = match.string, match.end("num")
    for _ in range(_SERIES):
        if (then := _THEN.match(text, position)) is None or (step := FIGURE.match(text, then.end())) is None:
            return None
        if step["noun"] is not None:
            noun = counted_noun(step["noun"])
            return noun if unit_of(noun) is not None else None
        position = step.end("num")
    return None


# « Les soldats nord-coréens, environ 11 000 à leur arrivée, ont été engagés »: a count put in apposition after the
# people it counts, its noun one of the last three words before the comma (round 86)
_APPOSED_TO = re.compile(r"(?P<words>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*,\s*[«\"“]?\s*$")
# … not a phrase after a preposition (« Selon les soldats, », « Parmi les militaires engagés, »: a source, a whole),
# nor a number that opens a range (« quelque 3 000 à 4 000 »); lexicon.toml `apposition_prepositions`
_APPOSED_IN_A_PHRASE = re.compile(rf"(?<![\w'’]){written_words('apposition_prepositions')}\s+[^,;:.!?]*$", re.I)
_OPENS_A_RANGE = re.compile(rf"\s*[»”\"]?\s*(?:[àa]|-|–|et|ou)\s*[«\"“]?\s*(?:\d|(?:{NUMBER_WORDS})\b)", re.IGNORECASE)
_APPOSED_UNITS = PEOPLE_UNITS - {"people"}  # « sud-coréens, » is an adjective, and a demonym counts anyone
# a rate after the count (lexicon.toml `rate_words`: « environ 200 par compagnie », review58)
_A_RATE_AFTER = re.compile(rf"\s*(?:{alternatives('rate_words', spaced=True)})(?![\w'’-])", re.IGNORECASE)


def _apposed_to(match: re.Match[str], before: str) -> str | None:
    """The people a count in apposition counts (« Les soldats nord-coréens, environ 11 000 à leur arrivée, »): a
    qualified or large number right after a comma, one of the three words before that comma a noun of people."""
    if not match["qual"] and not LARGE.search(match["num"]):
        return None
    apposed = _APPOSED_TO.search(before)
    if apposed is None or _OPENS_A_RANGE.match(match.string, match.end("num")):
        return None
    if _A_RATE_AFTER.match(match.string, match.end("num")):
        return None  # « Les soldats nord-coréens, environ 200 par compagnie, »: a rate, no count of them (review58)
    if _APPOSED_IN_A_PHRASE.search(before, 0, apposed.end("words")):
        return None
    for word in reversed(apposed["words"].split()):
        if unit_of(word) in _APPOSED_UNITS and word[:1].islower():
            return word
    return None


# « sur les 11 000 environ envoyés par Pyongyang »: a postposed qualifier, then a participle, after an article: the
# participle says what befell the thing counted before, no noun of its own (round 86)
_THE_ONES_BEFORE = re.compile(rf"(?<![\w'’])(?:{alternatives('participle_articles')})\s+[«\"“]?\s*$", re.IGNORECASE)
_ABOUT_THEN_PARTICIPLE = re.compile(
    r"\s+(?:environ|au\s+total)\s+(?P<participle>[^\W\d_]+(?:[ée]e?s|is|us))(?![\w'’-])", re.IGNORECASE
)


def elided_noun(match: re.Match[str]) -> tuple[str, int] | None:
    """The counted noun a figure leaves out (« dont 2 000 ont été tués » → tués), or None; "" for the noun the
    sentence counted before. With it, where the words that name it end (« à 8 000 le nombre de soldats », « 4 700
    d'entre eux »), so that the words governing them are seen as governing the figure."""
    text, start, end = match.string, match.start("qual") if match["qual"] else match.start("num"), match.end("num")
    before = text[max(0, start - 80) : start]
    after = text[end:]
    if (
        _AND_TO_BEFORE.search(before)
        and (the := _THE_NOUN_AFTER.match(after))
        and _ESTIMATE_VERB.search(text, max(0, start - 160), start)
    ):
        # « chiffrent à 300 les tués et à 2 700 les blessés » (round 39), « estimait à 300 le nombre de soldats tués et
        # à 2 700 celui des blessés »: its own noun, before the one « le nombre de » named for the first (round 41)
        return the["noun"], end + the.end("noun")
    if (that := _THAT_OF_BEFORE.search(before)) is not None and _A_NUMBER_OF.search(
        text, max(0, start - 160), start - len(before) + that.start()
    ):
        return that["noun"], end  # « le nombre de morts à 300, et celui des blessés à 2 700 » (round 86)
    total = TOTAL_BEFORE.search(before) or ESTIMATED_OBJECT.search(before) or THIS_NUMBER_OF.search(before)
    if total is not None:
        return total["noun"], end
    if (attained := _ATTAINED.search(before)) is not None and unit_of(attained["noun"]) is not None:
        return attained["noun"], end
    if named := _IT_IS_THE_NUMBER.match(after):
        return named["noun"], end + named.end()  # « 3 000, c'est le nombre de soldats arrivés » (round 39)
    if TO_BEFORE.search(before) and (named := ELIDED_AFTER.match(after)):
        return named["noun"], end + named.end()
    if part := PART_OF.match(after[:120]):  # « 4 700 des 11 000 soldats »: a part of them, what they are
        return part["noun"], end
    if LARGE.search(match["num"]) and RATIO_BEFORE.search(before[-40:]):
        return "", end  # « quelque 500 km² sur 1 300 »: the whole, of the noun counted before it (round 39)
    if (changed := changed_count(before)) is not None:
        return changed, end  # « le nombre de tués serait passé d'environ 600 à plus de 2 500 »: each end, its noun
    if _announced(match, before, after):
        return "", end  # « des livraisons d'obus (1,5 million en 2025, selon …) »: the noun just named, counted
    done = _ABOUT_THEN_PARTICIPLE.match(after) if _THE_ONES_BEFORE.search(before) else None
    if done is not None and fold_word(done["participle"]) not in NOT_PAST_PARTICIPLES:
        if unit_of(done["participle"]):  # « les 4 000 environ tués ou blessés »: the loss it names (review58)
            return done["participle"], end + done.end()
        return "", end + done.end()  # « les 11 000 environ envoyés » (round 86)
    if not ELIDED_BEFORE.search(before[-40:]) and not _another_source(match, before) and not _gapped(match):
        if verb := ELIDED_VERB.match(after[:80]):  # « 2 700 ont été blessés »: the loss word of the verb after it
            return verb["noun"], end + verb.end("noun")
        spoken = _SPOKEN_OF.search(before[-40:]) and LARGE.search(text, 0, start)
        if LARGE.search(match["num"]) and (IN_ALL.match(after) or spoken or _sourced_after(match, after)):
            # « et que 10.000 au total étaient attendus », « l'AFP dit « plus de 3 000 », mais Kiev parle de 3 800 »:
            # all of, or another count of, the noun counted before (round 39; « parlait de 9 000 » with no count
            # before it in its sentence stays none, round 20)
            return "", end
        if of_them := OF_THEM.match(after) or OTHERS.match(after):
            return "", end + of_them.end()
        listed = re.search(r"[,:]\s*$", before) and _DATED_AFTER.match(fold_same_length(after[:40]))
        if LARGE.search(match["num"]) and listed and LARGE.search(text, 0, start):
            return "", end
        if (series := _series_noun(match)) is not None:
            return series, end
        if match["num"][:1].isdigit() and _OPENS_ITS_CLAUSE.search(before) and _SUBJECT_OF.match(after):
            # « ; quelque 10 000 seraient toujours en Russie »: the subject, the noun counted before (in digits: « Sur
            # les quatre vidéos, trois ont circulé » counts no thing of the story)
            return "", end
        if PRONOUN_EN.search(before[-60:]):
            return "", end
        if (apposed := _apposed_to(match, before)) is not None:
            return apposed, end  # « Les soldats nord-coréens, environ 11 000 à leur arrivée, » (round 86)
        return None
    found = ELIDED_VERB.match(after) or ELIDED_AFTER.match(after) or _THE_NOUN_AFTER.match(after)
    return (found["noun"], end + found.end("noun")) if found else ("", end)


# « Kiev l'estime à 3 000 morts, Séoul à environ 2 000 », « Séoul évoque 2 000 tués, Kiev plus de 4 000 », « … ;
# Kiev avance plus de 6 000 »: another source's count of the same noun, its verb and noun left out (round 36)
_SOURCE_BEFORE = re.compile(
    r"[,;]\s+[A-ZÀ-Ý][\w'’-]+(?:\s+(?i:[àa]|avance|[ée]voque|parle\s+de|dit|estime))?\s*[«\"“]?\s*$"
)


def _another_source(match: re.Match[str], before: str) -> bool:
    """Whether a count with no noun follows another source's name after a comma (`_SOURCE_BEFORE`) and reads as a
    count: qualified or written in thousands (« plus de 4 000 »; a bare « 94104 » or « 946.231 » after a town or an
    agency is a postal code or a reference)."""
    counted = match["qual"] is not None or re.search(rf"\d{SPACE_SEPARATOR}\d{{3}}", match["num"]) is not None
    return counted and _SOURCE_BEFORE.search(before[-40:]) is not None


# « Washington parle de 3 000 hommes, puis, à la fin du mois, d'environ 10 000 », « Séoul estimait leurs pertes à trois
# mille hommes ; deux mois plus tard, à plus de quatre mille », « les Ukrainiens parlent de 4 000 hommes, les
# Sud-Coréens d'environ 3 000 »: the clause after a comma or a semicolon repeats the preposition of a count told
# before, its verb and noun left out (a gapped clause: round 39)
_GAPPED = re.compile(
    rf"[,;]\s*(?P<gap>[^.;:!?\d«»()\[\]\n]{{0,40}}?)(?<![\w'’])(?P<prep>[àa]|de|d{APOS})\s*[«\"“]?\s*$", re.IGNORECASE
)
_TOLD_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<prep>[àa]|de|d{APOS})\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{DIGITS}|{NUMBER_WORDS})\s+"
    r"(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)


def _gapped(match: re.Match[str]) -> bool:
    """Whether a count with no noun repeats, after a comma or a semicolon and a few words with no verb, the
    preposition of a count with a noun told before in its sentence (`_GAPPED`), and reads as a count: qualified or
    written in thousands (« , de 2024 » stays a year)."""
    if match["qual"] is None and not LARGE.search(match["num"]):
        return False
    text, start = match.string, match.start("qual") if match["qual"] else match.start("num")
    gap = _GAPPED.search(text, max(0, start - 60), start)
    if gap is None or has_a_verb(gap["gap"]):
        return False
    to = gap["prep"].lower() in ("à", "a")
    told = _TOLD_BEFORE.finditer(text, max(0, gap.start() - 160), gap.start())
    return any((t["prep"].lower() in ("à", "a")) == to and unit_of(t["noun"]) is not None for t in told)
