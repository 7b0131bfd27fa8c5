"""The page's own day on the lines of its frame (pure): the head's lines that print nothing but the day, an outlet's
tagline (« … depuis 1985 ») and the short lines that print the page's own day near its publication. They date the
page, not a fact."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import FuzzyDate, parse_edtf
from .clauses import tells_the_past
from .frcalendar import WEEKDAY
from .frcoordination import has_a_verb
from .frdates import find_dates
from .frwords import fold_word
from .lexicon import STOPWORDS, printed_phrases, words
from .outletage import outlet_ages
from .pagechrome import PRINTED_YEAR, page_furniture
from .pagelines import ends_a_sentence

# In the page's head, a day alone on its line (« 9 janvier 2025 ») or after a title and a dash (« La lettre Monde —
# mardi 24 février 2026 »); further down, a day alone on its line heads what follows (a chronology's « 11 mars 2025 »).
_HEAD_DAY = re.compile(
    rf"^(?:[^.!?:;\d]{{1,60}}\s[—–|]\s+)?(?:{WEEKDAY}\s+)?"
    r"\d{1,2}(?:er)?\s+[^\W\d_]+\s+\d{4}$",
    re.IGNORECASE,
)


def head_stamps(text: str) -> list[tuple[int, int]]:
    """The lines of the page's head (its headline, standfirst and byline: every line before the first that ends a
    sentence with a full stop) that print nothing but the page's day."""
    spans: list[tuple[int, int]] = []
    head, stamped = True, False
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        if not body:
            continue
        head = head and not ends_a_sentence(body)
        if _HEAD_DAY.match(body) and (head or stamped):
            # … or anywhere, right under the page's stamps (« Publié à 06:58 Modifié à 12:21 » over « 13 janvier
            # 2025 »): the stamps' day
            spans.append((line.start(), line.end()))
        stamped = page_furniture(body) == len(body)
    return spans


# An outlet's tagline under its name: a short line of the page's head that ends on the year the outlet was founded
# (« Le quotidien des Comores depuis 1985 », « Le journal franco-yukonnais depuis 1983 »), perhaps after the outlet's
# name and a dash (« Le Rempart — L'hebdo francophone de Windsor-Essex depuis 1966 », round 64), in up to a dozen
# words, inclusive writing's middle dots inside them (« Le site d'information du Morvan et de ses vallées depuis
# 2011 », « Journal des étudiant·e·s de l'UNIL et de l'EPFL depuis 1982 »: round 76)
_TAGLINE_WORDS = r"(?:[^\W\d_][\w'’·-]*+\s++)"
_TAGLINE = re.compile(
    rf"(?:{_TAGLINE_WORDS}{{1,4}}[—–]\s++)?{_TAGLINE_WORDS}{{1,12}}depuis\s+[12]\d{{3}}", re.IGNORECASE
)
# … or, anywhere on the page, a sentence that speaks of the outlet itself or to its reader (lexicon.toml
# `outlet_self`: « Vous lisez Regard depuis 2002. », « Sans publicité depuis 2018. », « À la rédaction de ION News,
# l'info internationale en continu depuis 2019. »: round 76), no figure in it, « depuis » a year at its end
_SELF_SENTENCE = re.compile(
    r"(?:^[^\w\n]*|(?<=[.!?…]\s))[^\W\d_][^.!?\d\n]{0,100}?\sdepuis\s+[12]\d{3}\s*[.!]?(?=\s|$)"
)
_OUTLET_SELF = re.compile(printed_phrases("outlet_self") + r"(?![\w-])", re.IGNORECASE)


_OUTLET_NOUNS = frozenset(words("outlet_nouns"))
_SHORT_TAGLINE = 7  # words before « depuis »: « Le quotidien des Comores depuis 1985 » names itself in fewer
_OUTLET_NOUN_REACH = 3  # … a longer one names it in its first words: « Le site d'information du Morvan … »


def _names_an_outlet(tagline: str) -> bool:
    """A tagline of a few words, or of more that opens on a word that names an outlet (lexicon.toml `outlet_nouns`),
    after the outlet's name and its dash if any: a headline may end on « depuis 2023 » too (review56), and name a
    letter or a channel further on (« Kim Jong-un écrit une lettre à Poutine pour la première fois depuis 2019 »:
    review57)."""
    told = tagline.split()[:-2]  # the words before « depuis » and its year
    dashes = [i for i, word in enumerate(told) if word in ("—", "–")]
    opening = told[dashes[-1] + 1 :] if dashes else told
    return len(told) <= _SHORT_TAGLINE or any(
        re.split(r"['’]", fold_word(word.strip(",.;:")))[-1] in _OUTLET_NOUNS for word in opening[:_OUTLET_NOUN_REACH]
    )  # « d'information », « l'hebdo »: the noun after the elision


def taglines(text: str) -> list[tuple[int, int]]:
    """The lines of the page's head (before the first that ends a sentence) that are an outlet's tagline, words and
    « depuis » a year at their end: the outlet's age, no fact's date (round 38: two pages' « depuis 1985 » was proposed
    as a period of the story); and anywhere, a sentence of the outlet's about itself that ends so (round 76) or that
    names what it is and the year it began (`outlet_ages`, round 129)."""
    spans: list[tuple[int, int]] = []
    head = True
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        head = head and not ends_a_sentence(body)
        if head and _TAGLINE.fullmatch(body) and _names_an_outlet(body):
            spans.append((line.start(), line.end()))
        elif "depuis" in line.group():
            spans += [
                (line.start() + m.start(), line.start() + m.end())
                for m in _SELF_SENTENCE.finditer(line.group())
                if _OUTLET_SELF.search(m.group())
            ]
    return spans + outlet_ages(text)


# The page's own day on a line of its frame: a title, a byline, a signature (« Paris, le 12 novembre 2024 »), a
# session (« Séance du mercredi 20 novembre 2024 »), an issue (« N° 3881 – du 4 au 10 décembre 2025 »), who asked and
# when (« Question posée par Julien le 15/11/2026 »), the page's last change. Such a line is short, and prints the day
# with its year, within a few days of the publication: a fact of those days is told in a sentence, its year left out
# (in the held-out sets every such day on a line of at most 16 words is the page's, every fact's stands in a sentence
# of 22 words or more). In the body, a line that opens with its day is a chronology's entry, not the page's.
_FRAME_WORDS = 16
_NEAR = timedelta(days=3)
WEEK = timedelta(days=7)  # an issue's days (« du 4 au 10 décembre 2025 »), never a month or a year
# What may follow the page's day on its line: nothing but its clock time, a closing bracket or a full stop, or a
# separator before another part of the frame (« – Le Directeur des comptes rendus », « · 37 commentaires », « ; JO L
# 2025/963 »). A day followed by more words of its sentence (« … le 28 février 2025 que les combats continuaient »,
# a dateline's « (AFP) - Kiev a frappé mardi ») dates a fact.
# Its clock time may carry its zone (« 20 février 2025 à 8 h 00 HNR »), an issue line a hyphen before its count of
# pages (« n° 5012 du 29 avril 2025 - 12 pages »: round 29; a hyphen before words is a dateline's, « 3 mai - Kiev a »).
# A clock after a comma (« Jeudi 24 avril 2025, 18:30 | 3 min de lecture »: round 89) ends the stamp only before the
# line's end, « | » or « · »: « Jeudi 24 avril 2025, 18 h 05 – Soudja reprise … » is a live page's entry (review59).
_CLOCK = r"(?:[àa]\s+)?\d{1,2}\s*[h:]\s*(?:\d{2})?(?:\s+[A-Z]{2,5})?"
_FRAME_AFTER = re.compile(rf"(?:\s*{_CLOCK})?(?:[\s.)\]»]*$|\s+[–—|·•;]\s|\s+-\s+(?=\d))|\s*,\s*{_CLOCK}[\s.)\]»]*$")
# … and before « | » or « · » only the page's counter, its reading time or its furniture (« Jeudi 24 avril 2025, 18:30
# | 3 min de lecture »): « Mercredi 12 mars 2025, 17 h 40 | Soudja reprise par les Nord-Coréens » is a live page's
# entry (review60)
_COMMA_CLOCK_SEPARATOR = re.compile(rf"\s*,\s*{_CLOCK}\s+[|·]\s")
# … or a column gap (three spaces or a tab) before the page's furniture, its counter or its reading time (« lundi 14
# juillet 2025 ␣␣␣ Lu 1 204 fois »: round 89); a gap before words of news (« Soudja a été reprise le 23 avril 2025 ␣␣␣
# par 3 000 soldats ») is the sentence's (review59)
# (possessive spaces: a run of them split every way around the comma was quadratic, review60)
_COLUMN_GAP = re.compile(rf"(?:[^\S\n]*+,?[^\S\n]*+{_CLOCK})?(?:[^\S\n]{{3,}}|\t)[^\S\n]*")
_COUNTER = re.compile(
    r"(?:lu|vu|consult[ée])e?s?\s+[\d\s.,]*\d\s+fois|\d{1,3}\s*min(?:utes?)?\s+de\s+lecture", re.IGNORECASE
)


def _is_a_sentence(text: str) -> bool:
    """Whether words hold a verb (frcoordination.py `has_a_verb`; a past: « ont repris »)."""
    return tells_the_past(text) or has_a_verb(text)


def _ends_a_frame(body: str, end: int, start: int = 0) -> bool:
    """Whether what follows the day from `start` to `end` on its line leaves it the page's (`_FRAME_AFTER`,
    `_COMMA_CLOCK_SEPARATOR`, `_COLUMN_GAP`): past a column gap the page's counter or reading time, or its furniture
    after words that make no sentence (review60: « Les forces russes ont repris Soudja le 12 mars 2025 ␣␣␣ Partager »
    dates a fact)."""
    if _FRAME_AFTER.match(body, end):
        return True
    separated = _COMMA_CLOCK_SEPARATOR.match(body, end)
    if separated is not None:
        rest = body[separated.end() :].strip()
        return bool(rest) and (_COUNTER.fullmatch(rest) is not None or page_furniture(rest) == len(rest))
    gap = _COLUMN_GAP.match(body, end)
    if gap is None:
        return False
    rest = body[gap.end() :].strip()
    return bool(rest) and (
        _COUNTER.fullmatch(rest) is not None
        or (page_furniture(rest) == len(rest) and not _is_a_sentence(body[:start]) and not _tells_news(body, start))
    )


_LOWER_WORD = re.compile(r"(?<![\w'’-])(?-i:[a-zà-ÿ])[^\W\d_]{2,}(?![\w'’-])")


def _tells_news(body: str, start: int) -> bool:
    """Whether the words before the day at `start` hold a word in lower case that is no little word and opens no
    furniture running to the line's end, its day included (« Kiev annonce le 12 mars 2025 ␣␣␣ Partager »: a present
    `_is_a_sentence` does not know, mend61); a stamp's words are a name or furniture (« Le Courrier du Val », « Par
    Jean Dupont, publié le », « Le Monde avec AFP, modifié le 12 mars 2025 ␣␣␣ Partager »: review61)."""
    return any(
        word.group().lower() not in STOPWORDS and page_furniture(body[word.start() :]) != len(body) - word.start()
        for word in _LOWER_WORD.finditer(body, 0, start)
    )


def _prints_a_year_near(line: str, low: date, high: date) -> bool:
    return any(not m["year"] or low.year <= int(m["year"]) <= high.year for m in PRINTED_YEAR.finditer(line))


def moved(day: date, by: timedelta) -> date:
    """`day` moved by `by`, held at the calendar's ends (a publication on 0001-01-01 or 9999-12-31)."""
    try:
        return day + by
    except OverflowError:
        return date.max if by > timedelta(0) else date.min


def own_day_lines(text: str, published: FuzzyDate) -> list[tuple[int, int]]:
    """The short lines of the page's frame that print the page's own day, with its year, within three days of the
    publication (an issue's week overlapping them), at the end of the line or of a part of it: its dates and figures
    are the page's, not facts."""
    low, high = moved(published.start, -_NEAR), moved(published.end, _NEAR)
    spans: list[tuple[int, int]] = []
    head = True
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        # a line of furniture ends no head, its full stop the site's (« Abonnez-vous à notre infolettre ! Recevez
        # l'essentiel chaque mardi et vendredi. » over the byline and « 19 novembre 2026 — 7 min de lecture »: round 76)
        head = head and (not ends_a_sentence(body) or page_furniture(body) == len(body))
        if len(body.split()) > _FRAME_WORDS or not _prints_a_year_near(body, low, high):
            continue
        for mention in find_dates(body, published):
            when = parse_edtf(mention.edtf)
            if (
                PRINTED_YEAR.search(mention.text)
                and when.end - when.start < WEEK
                and low <= when.end
                and when.start <= high
                and (head or body[: mention.start].strip(' •▸►▪*-–—«"“('))
                and _ends_a_frame(body, mention.end, mention.start)
            ):
                spans.append((line.start(), line.end()))
                break
    return spans
