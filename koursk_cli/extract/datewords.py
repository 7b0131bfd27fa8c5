"""The pattern pieces every French date rule spells: months, days of the month, years, counts of time and their
units, the openers of a period (« depuis », « dès »). Apart so that each rule family's module spells them alike and
none imports another family for a piece of pattern."""

from __future__ import annotations

import calendar
import re

from .frnumerals import NUMBER_WORDS
from .frwords import APOS, DE
from .lexicon import printed_words

EN_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
WEEKDAY_EN = ("a Monday", "a Tuesday", "a Wednesday", "a Thursday", "a Friday", "a Saturday", "a Sunday")
MONTH_EN = ("", *calendar.month_name[1:])

EN_MONTH = "(?:" + "|".join(EN_MONTHS) + ")"
DAY_NUMBER = r"(?:1er|\d{1,2})"
# The words after « jeudi 21 » that make the number the weekday's day, not a count of them (« jeudi 21 au soir »,
# « vendredi 13 à Bruxelles », « jeudi 21 ou vendredi 22 », « samedi 9 en fin de journée »: review52)
NO_COUNTED_NOUN = (
    r"h|heures?|au|aux|[àa]|ou|et|en|de|du|des|dans|pour|sur|par|le|la|les|l|avec|vers|entre|d[èe]s|lors|apr[èe]s"
    r"|avant|matin|soir|midi|minuit|apr[èe]s-midi|courant|prochain|dernier"
)
YEAR = r"(?:1[89]\d\d|20\d\d)"
# After a day and its month, any four digits are its year (« le 14 juillet 1789 », « le 1er janvier 2300 »): read as
# the publication's year, they made a wrong date in silence. Alone, a number stays a year only in YEAR's range.
DAYS_YEAR = r"(?:\d{4})"
COUNT = rf"(?:\d+|{NUMBER_WORDS})"
UNIT = r"(?:jours?|semaines?|mois|ans?|ann[ée]es?)"
# « il y a 48 heures », « depuis 72 heures »: hours too, counted as whole days (« en 24 heures » stays a promise's figure)
UNIT_OR_HOURS = r"(?:jours?|semaines?|mois|ans?|ann[ée]es?|heures)"
HALF = r"(?P<half>\s+et\s+demie?)?"  # « il y a deux ans et demi »: half a unit more
DAY_UNITS = ("heure", "jour", "semaine")  # counts read to the day
SINCE = (
    rf"(?P<since>depuis|[àa]\s+partir\s+(?:du|de|d{APOS})|dès)\s*(?:(?:le|la)\s+|l{APOS}\s*)?"
    rf"(?:(?:mois|ann[ée]e)\s+{DE})?"
    # « depuis le début du conflit en février 2022 »: the start of a named thing, then its date
    rf"(?:(?:d[ée]but|lancement|d[ée]clenchement)\s+(?:du|des|de\s+la|de\s+l{APOS})\s*[\w-]+(?:\s+[\w-]+)?\s+en\s+)?"
)
_QUALIFIER = (
    rf"(?P<q>(?:un\s+peu\s+)?(?:pr[èe]s|plus|moins)\s+{DE}|environ\s+|quelque\s+|au\s+moins\s+"
    rf"|tout\s+juste\s+|exactement\s+|[àa]\s+peine\s+"  # « il y a tout juste un mois », « à peine deux semaines »
    rf"|{printed_words('nearly_counts')}\s+)?"  # « il y a bientôt un an », « depuis presque trois ans »: « près de »
)
ABOUT = rf"une\s+(?:dizaine|quinzaine|vingtaine|trentaine)\s+(?:de(?=\s)|d{APOS})"
# « trois », « quelques », « une dizaine de », « près de deux », « un peu plus d'un »: a count of days, weeks, months…
VAGUE_COUNT = rf"{_QUALIFIER}(?P<n>{COUNT}|quelques|plusieurs|{ABOUT})"
COUNT_RANGE = rf"(?:\s+(?:[àa]|ou)\s+(?P<n2>{COUNT}))?"  # « trois à quatre semaines », « deux ou trois jours »
# « d'ici un mois ou deux », « dans un an ou deux, »: the larger count after the unit, the phrase ending there (round
# 94); never « un mois ou deux semaines » (another unit) nor « un an ou deux députés » (a count of something else)
OR_MORE = r"(?:\s+ou\s+(?P<n3>deux|trois|quatre|cinq|six|\d+)(?=\s*(?:[,.;:!?)»]|$)))?"
# … and without « quelques », « plusieurs » (« dans quelques jours » is a rule of its own).
FIRM_COUNT = rf"{_QUALIFIER}(?P<n>{COUNT}|{ABOUT})"
# A day after « chaque » is a habit (« chaque 11 novembre », « à chaque 9-Mai », « chaque lundi »), no date: the day
# and the weekday rules' guard, one space or a few
NOT_A_HABIT = r"(?<!chaque\s)(?<!chaque\s\s)(?<!chaque\s\s\s)"
# Where a clause opens: the text's start, or a comma, semicolon or colon, quote marks and spaces after it
OPENS_A_CLAUSE = re.compile(r"(?:^|[,;:])[\s«»\"“”]*$")
# A comma that sets a date in apposition: « Le lendemain, ce mardi, », « La veille, jeudi 9 octobre, » (the day
# itself); « en l'espace de trois mois, entre décembre et février » (the span's range)
APPOSED = re.compile(r"\s*,\s*")
WITH_ITS_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
