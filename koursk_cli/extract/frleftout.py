"""The words around a number that name the noun it leaves out: « dont 2 000 », « évalue à 3 000 les pertes »,
« 4 700 d'entre eux », « n'en tiendrait plus que 300 ».

Apart because one number (frelided.py), a range (frranges.py) and a quantity word (frvague.py) read them alike.
"""

from __future__ import annotations

import re

from .frcalendar import MONTHS, SEASONS
from .frfigure import Figure
from .frnumerals import DIGITS, WORD
from .frqualifiers import ADVERB
from .frwords import APOS
from .lexicon import LENGTH_UNITS, MONEY_UNITS, TIME_UNITS, WEIGHT_UNITS

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
ATTAINED = re.compile(
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
IT_IS_THE_NUMBER = re.compile(
    rf"^\s*+[»”\"]?\s*[,:]\s*c{APOS}\s*est\s+le\s+nombre\s+(?:total\s+)?(?:de\s+|d{APOS}\s*){_THEIR}(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
# « chiffrent à 300 les tués et à 2 700 les blessés », « estimait à 15 000 le nombre de soldats, et à plus de 6 000 les
# démineurs »: the verb of estimate governs a second « à N les X » after « et »
AND_TO_BEFORE = re.compile(r"(?<!\w)et\s+[àa]\s*[«\"“]?\s*$", re.IGNORECASE)
ESTIMATE_VERB = re.compile(r"\b(?:[ée]valu|estim|chiffr)\w*\s+[^.;:!?]*$", re.IGNORECASE)
# « évalué le nombre de morts à 300, et celui des blessés à 2 700 »: the demonstrative before « à N » stands for
# « le nombre » (« le bilan », « le total ») told before it, its noun the one after « des », or two joined (« et celui
# des tués et blessés à près de 6 000 »: round 86)
THAT_OF_BEFORE = re.compile(
    rf"(?<![\w'’])(?:celui|celle)\s+(?:des|du|de\s+|d{APOS}\s*)\s*(?P<noun>[^\W\d_]+(?:\s+(?:et|ou)\s+[^\W\d_]+)?)"
    r"\s+[àa]\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
A_NUMBER_OF = re.compile(r"\b(?:nombre|bilan|total|chiffre)\s+(?:des|du|de|d['’])", re.IGNORECASE)
# (« et à 2 700 celui des blessés »: the demonstrative stands for « le nombre » told before, round 41)
THE_NOUN_AFTER = re.compile(
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
DATED_AFTER = re.compile(
    r"^[ \t\n]+(?:en|a\s+l['’]\s*|au|des|debut|fin|mi-)\s*(?:" + "|".join([*MONTHS, *SEASONS]) + r"|\d{4})(?!\w)"
)
# « Environ 2 000 soldats ont péri ; quelque 10 000 seraient toujours en Russie », « …, 3 000 sont rentrés »: a number
# opening its clause before a form of « être » or « avoir » is that verb's subject, the noun counted before (round 18).
OPENS_ITS_CLAUSE = re.compile(r"(?:^|[;,:]|et|mais)\s*[«\"“]?\s*$", re.IGNORECASE)
SUBJECT_OF = re.compile(
    r"^\s*+[»”\"]?\s*(?:sont|seraient|[ée]taient|auraient|ont|avaient|restent|resteraient)(?!\w)", re.IGNORECASE
)
SPOKEN_OF = re.compile(rf"\bparl\w*\s+(?:de\s+|d{APOS}\s*)[«\"“]?\s*$", re.IGNORECASE)
IN_ALL = re.compile(r"^\s*+[»”\"]?\s*au\s+total(?!\w)", re.IGNORECASE)
# « Des milliers de leurs camarades ont péri — environ 2 000, selon le renseignement », « (toujours ~15 000 selon
# eux) »: a count its source follows, its noun left out (round 41)
SOURCE_AFTER = re.compile(r"^\s*+[»”\"]?\s*+,?\s*+selon(?!\w)", re.IGNORECASE)
# … never a range's high end (« 11.000 à 12.000 selon »: the range is the curator's) nor a sum (« CHF 2,3 millions »)
_NOT_SOURCED = re.compile(r"(?:(?:\d|mille)\s*(?:[àa]|-|–|—|et|ou)|\b[A-Z]{3}|[$€£¥])\s*[«\"“]?\s*$")


def sourced_after(match: re.Match[str], after: str) -> bool:
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
