"""The noun one number leaves out (`elided_noun`): named by the words around it, the noun counted before, another
source's or a series' count, a count in apposition.

Apart from frplain.py because it is one rule with its own helpers; its patterns are frleftout.py's.
"""

from __future__ import annotations

import re

from .frchanges import changed_count
from .frcoordination import has_a_verb
from .frfigure import FIGURE, counted_noun
from .frleftout import (
    A_NUMBER_OF,
    AND_TO_BEFORE,
    ATTAINED,
    DATED_AFTER,
    ELIDED_AFTER,
    ELIDED_BEFORE,
    ELIDED_VERB,
    ESTIMATE_VERB,
    ESTIMATED_OBJECT,
    IN_ALL,
    IT_IS_THE_NUMBER,
    OF_THEM,
    OPENS_ITS_CLAUSE,
    OTHERS,
    PART_OF,
    PRONOUN_EN,
    SPOKEN_OF,
    SUBJECT_OF,
    THAT_OF_BEFORE,
    THE_NOUN_AFTER,
    THIS_NUMBER_OF,
    TO_BEFORE,
    TOTAL_BEFORE,
    sourced_after,
)
from .frnotcounts import NOT_PAST_PARTICIPLES, PEOPLE_UNITS, RATIO_BEFORE
from .frnumerals import DIGITS, LARGE, NUMBER_WORDS, SPACE_SEPARATOR
from .frwords import APOS, fold_same_length, fold_word, unit_of
from .lexicon import TIME_UNITS, alternatives, written_words

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
        AND_TO_BEFORE.search(before)
        and (the := THE_NOUN_AFTER.match(after))
        and ESTIMATE_VERB.search(text, max(0, start - 160), start)
    ):
        # « chiffrent à 300 les tués et à 2 700 les blessés » (round 39), « estimait à 300 le nombre de soldats tués et
        # à 2 700 celui des blessés »: its own noun, before the one « le nombre de » named for the first (round 41)
        return the["noun"], end + the.end("noun")
    if (that := THAT_OF_BEFORE.search(before)) is not None and A_NUMBER_OF.search(
        text, max(0, start - 160), start - len(before) + that.start()
    ):
        return that["noun"], end  # « le nombre de morts à 300, et celui des blessés à 2 700 » (round 86)
    total = TOTAL_BEFORE.search(before) or ESTIMATED_OBJECT.search(before) or THIS_NUMBER_OF.search(before)
    if total is not None:
        return total["noun"], end
    if (attained := ATTAINED.search(before)) is not None and unit_of(attained["noun"]) is not None:
        return attained["noun"], end
    if named := IT_IS_THE_NUMBER.match(after):
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
        spoken = SPOKEN_OF.search(before[-40:]) and LARGE.search(text, 0, start)
        if LARGE.search(match["num"]) and (IN_ALL.match(after) or spoken or sourced_after(match, after)):
            # « et que 10.000 au total étaient attendus », « l'AFP dit « plus de 3 000 », mais Kiev parle de 3 800 »:
            # all of, or another count of, the noun counted before (round 39; « parlait de 9 000 » with no count
            # before it in its sentence stays none, round 20)
            return "", end
        if of_them := OF_THEM.match(after) or OTHERS.match(after):
            return "", end + of_them.end()
        listed = re.search(r"[,:]\s*$", before) and DATED_AFTER.match(fold_same_length(after[:40]))
        if LARGE.search(match["num"]) and listed and LARGE.search(text, 0, start):
            return "", end
        if (series := _series_noun(match)) is not None:
            return series, end
        if match["num"][:1].isdigit() and OPENS_ITS_CLAUSE.search(before) and SUBJECT_OF.match(after):
            # « ; quelque 10 000 seraient toujours en Russie »: the subject, the noun counted before (in digits: « Sur
            # les quatre vidéos, trois ont circulé » counts no thing of the story)
            return "", end
        if PRONOUN_EN.search(before[-60:]):
            return "", end
        if (apposed := _apposed_to(match, before)) is not None:
            return apposed, end  # « Les soldats nord-coréens, environ 11 000 à leur arrivée, » (round 86)
        return None
    found = ELIDED_VERB.match(after) or ELIDED_AFTER.match(after) or THE_NOUN_AFTER.match(after)
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
