"""A date inside a sentence that names or stamps something (pure): a digest's edition, an issue's number, an act's
number, signature or posting and its notice of appeal, a record's update, a street or an outlet named after a day,
another text the reader is sent to. It dates no fact of the story."""

from __future__ import annotations

import re

from .clauses import tells_the_past
from .frcalendar import MONTH_NAME, WEEKDAYS
from .frwords import fold_word
from .lexicon import printed_phrases, printed_words

# « l'essentiel de ce lundi 3 novembre », « ce qu'il faut savoir ce matin », « le point du 4 mars », as printed (the
# pattern takes accents and apostrophes of any kind, so a sentence's dates need not be folded to be checked)
_EDITION = re.compile(
    printed_phrases("edition_headings")
    + r"(?:\s+de\s+\d{1,2}\s*h(?:\s*\d{2})?)?(?:\s*[,:]?\s+|\s*[(\[]\s*)(?:(?:de|du|pour|en\s+date\s+du)\s+|d['’])?(?:la\s+journ[ée]e\s+(?:de\s+|du\s+)?)?(?:ce\s+|cet\s+|cette\s+)?$",
    re.IGNORECASE,
)


_GUEST = re.compile(printed_phrases("edition_guests") + r"\s+(?:de|du|d['’])\s*$", re.IGNORECASE)


def names_the_edition(sentence: str, start: int) -> bool:
    """Whether the date at `start` names the edition of a digest or a live page (« Guerre en Ukraine : l'essentiel de
    ce lundi 3 novembre », « Ce qu'il faut savoir ce matin »): the page's day, not a fact; never a guest's day
    (« Invité de la matinale ce mardi, »: round 84)."""
    edition = _EDITION.search(sentence, max(0, start - 60), start)
    return edition is not None and _GUEST.search(sentence, max(0, edition.start() - 20), edition.start()) is None


# « Voir l'article du Monde du 7 février. », « (1) Voir notre numéro 185, automne 2024. », « [1] Voir aussi la note
# n° 21 (mars 2025). »: a sentence, or a note after its number, that opens by
# sending the reader to another text (lexicon.toml `references`); « Voir des soldats partir, ça me brise le cœur »
# opens on a verb's subject, no reference.
_REFERENCE = re.compile(
    r"\s*+(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)])?\s*+" + printed_phrases("references") + r"(?!\w)", re.IGNORECASE
)


def refers_to_another_text(sentence: str) -> bool:
    """Whether the sentence sends the reader to another text (« Voir l'article du Monde du 7 février. »): its dates
    are that text's, no fact's (round 59)."""
    return _REFERENCE.match(sentence) is not None


# An administrative act's own lines (round 81: a town council's deliberation, sealed53 l20, sealed54 m19): its number
# written as a day (« DÉLIBÉRATION N° 2025-03-14 »), its signature (« Fait à Longwy, le 18 mars 2025. ») or its
# posting (« Affiché le 24 mars 2025 en application de l'article L. 2121-25 du CGCT »): the deed's bookkeeping, no
# fact's day; the sitting it records (« Séance du 17 mars 2025 ») stays
_DEED_NUMBER = re.compile(r"(?<![\w-])(?:n[°º]|num[ée]ro)\s*+$", re.IGNORECASE)
_DEED_STAMP = re.compile(
    rf"^\s*+(?:{printed_words('deed_signatures')}\s++(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*+(?:[ -]++[\w'’-]++){{0,3}}\s*+,\s*+"
    rf"|{printed_words('deed_postings')}\s++)(?:le\s*+)?$",
    re.IGNORECASE,
)
_APPEAL = re.compile(printed_phrases("appeal_notices") + r"(?![\w-])", re.IGNORECASE)


def stamps_a_deed(sentence: str, start: int, end: int) -> bool:
    """Whether the date at `start`:`end` is an act's number (« N° 2025-03-14 »), its signature's day (« Fait à Longwy,
    le 18 mars 2025 ») or its posting's (« Affiché le 24 mars 2025 en mairie »), « le » in the date's words or before
    them: no fact's day (round 81). A signature or a posting is a line of its own, no comma after its day: « Fait à
    Pyongyang, le 19 juin 2024, le traité engage … », « Affiché le 3 mars sur le site, le communiqué confirme … » open
    a story (review57)."""
    return _DEED_NUMBER.search(sentence, max(0, start - 12), start) is not None or (
        _DEED_STAMP.match(sentence[:start]) is not None and "," not in sentence[end:]
    )


def notes_an_appeal(sentence: str) -> int | None:
    """Where the sentence's notice of appeal starts, if it has one (« Le présent arrêté peut faire l'objet d'un recours
    … dans un délai de deux mois »): its days and its time limit are no fact's (round 81). The notice is the clause
    the phrase stands in, from the last semicolon before it, told in no past tense: a judgment told before it keeps
    its day (« Le tribunal a condamné le 5 mars deux soldats ; la décision peut faire l'objet d'un recours », « Le 5
    mars, le tribunal a rejeté le recours ; les avocats dénoncent l'absence de voies de recours »: review57)."""
    for phrase in _APPEAL.finditer(sentence):
        start = sentence.rfind(";", 0, phrase.start()) + 1
        if not tells_the_past(sentence[start : phrase.start()]):
            return start
    return None


# A street named after a day (« boulevard du 30 Juin », « rue du 4-Septembre »; lexicon.toml `street_words`): the day
# names the place, no fact (round 43)
_NAMED_AFTER_A_DAY = re.compile(printed_phrases("street_words") + r"\s+(?:du\s+)?$", re.IGNORECASE)


def names_a_street(sentence: str, start: int) -> bool:
    """Whether the date at `start` is the name of the street it follows (« boulevard du 30 Juin »)."""
    return _NAMED_AFTER_A_DAY.search(sentence, max(0, start - 20), start) is not None


# A weekday with a capital after a capitalised word of its own phrase (« Keystone-ATS / Le Jeudi », « La Tribune
# Dimanche International »): French writes the days lowercase inside a phrase, so the capital makes the day a word of
# a name (an outlet's, a programme's), which dates nothing (round 64). A day's number after it (« le Mercredi 18
# Décembre 2024 », a stamp in title case) makes it a day again, and a lowercase word after it a feast's name (« le
# défilé du Mardi gras », « le Vendredi saint »), read as its day as before.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_])[\w'’-]*[^\S\n]+$")
_NEXT_CHARACTER = re.compile(r"[^\S\n]*+(\S)")


def names_an_outlet(sentence: str, start: int, end: int) -> bool:
    """Whether the date from `start` to `end` is a capitalised weekday alone inside a name (« Le Jeudi »)."""
    said = sentence[start:end]
    after = _NEXT_CHARACTER.match(sentence, end)  # a day's number, or a feast's lowercase word
    return (
        said[:1].isupper()
        and fold_word(said) in WEEKDAYS
        and (before := _WORD_BEFORE.search(sentence, max(0, start - 40), start)) is not None
        and before.group(1).isupper()  # « Le Jeudi », « La Tribune Dimanche »: never « a eu lieu Samedi », « ce Lundi »
        and not (after is not None and (after.group(1).isdigit() or after.group(1).islower()))
    )


# A record's own stamps inside a line (round 43): « estimations.csv — CSV — 48,2 Ko — Mis à jour le 30 novembre 2026 —
# 1 204 téléchargements », « Page mise à jour le 03/03/2025 · 86, rue Pasteur », « Voir notre chronologie, mise à jour
# le 2 juin 2026. », « … | Modifié le : 3 mars 2026 »: what was updated is the page or the file, never a fact
_UPDATED_ON = re.compile(
    r"(?<![\w'’])(?:(?P<updated>mise?s?\s+[àa]\s+jour)|modifi[ée]e?s?|actualis[ée]e?s?)\s*:?\s*(?:le\s*:?\s*|il\s+y\s+a\s+)?$",
    re.IGNORECASE,
)
# … the stamp's day itself: a day (« le 30 novembre 2026 », « 03/03/2025 ») or a time ago (« il y a 2 mois »), never
# a year or a month of what the story says was changed (« le traité, modifié en 2024 »)
# … or a month after « en » (round 83: « (mis à jour en janvier 2025) »)
_STAMPED_DAY = re.compile(rf"(?:le\s+|il\s+y\s+a\s+)?\d|(?P<month>en\s+{MONTH_NAME}(?!\w))", re.IGNORECASE)
# … that month only in its brackets or ending its line (review58: « Le plan de défense, mis à jour en janvier 2025,
# prévoit l'envoi de 3 000 soldats » tells when the plan was changed, a fact)
_MONTH_STAMP_ENDS = re.compile(r"[ \t]*+(?:\)|[.!]?[ \t]*+(?:\n|$))")
# … and after « modifié », « actualisé », which news says of a law or a toll too, one that ends its field, perhaps with
# its hour (review48: « Le traité, modifié le 12 novembre 2024 par la Douma, … », « Le bilan, actualisé le 5 décembre,
# fait état … » are facts)
# (possessive spaces: a run of them was split every way between the two, quadratic), or with who made it, one login
# (« Version 3 — modifiée le 09/10/2025 à 05:12 par KD »: sealed33's rundown, at merge)
_FIELD_ENDS = re.compile(
    r"(?:\s*+,?\s*+(?:[àa]\s++)?\d{1,2}\s*+[h:]\s*+\d{0,2})?(?:\s++par\s++\S++)?\s*+(?:$|[.;!?|·•—–(\[])"
)


def stamps_a_record(sentence: str, start: int, end: int) -> bool:
    """Whether the date at `start`:`end` stamps the page or a file rather than a fact: a day after « mis à jour »,
    or one that ends its field after « modifié », « actualisé » (perhaps « le », « il y a »)."""
    updated = _UPDATED_ON.search(sentence, max(0, start - 40), start)
    stamped = _STAMPED_DAY.match(sentence, start)
    return (
        stamped is not None
        and (stamped["month"] is None or _MONTH_STAMP_ENDS.match(sentence, end) is not None)
        and updated is not None
        and (updated["updated"] is not None or _FIELD_ENDS.match(sentence, end) is not None)
    )


# An issue's or a document's number before its day (« Politis n° 1872 (semaine du 9 au 15 juillet) », « Défense &
# Sécurité Internationale n° 184, novembre-décembre 2026 », « Rapport précédent : n° 46 (09/12/2024) »): the issue's
# day (round 43)
_NUMBERED = re.compile(r"\bn[°º]\s*\d+\s*(?:,\s*|\(\s*(?:semaine\s+)?|du\s+|de\s+)?$", re.IGNORECASE)
# … never an act's (lexicon.toml `numbered_acts`: « la loi fédérale n° 5 du 9 novembre 2024 », review48)
_AN_ACT = re.compile(printed_phrases("numbered_acts") + r"s?(?:\s+[^\W\d_]+)?\s+$", re.IGNORECASE)


def names_an_issue(sentence: str, start: int) -> bool:
    """Whether the date at `start` follows an issue's number (« n° 184, novembre-décembre 2026 »), not an act's
    (« la loi n° 5 du 9 novembre 2024 »): the issue's day, which draft.py takes for the page's near the publication
    (« Revue Défense nationale, n° 879, avril 2025 » in a reading list of 2026 dates a cited article)."""
    number = _NUMBERED.search(sentence, max(0, start - 40), start)
    return number is not None and _AN_ACT.search(sentence, max(0, number.start() - 30), number.start()) is None
