"""The outlet an article names in its byline or dateline (pure): « Le Monde avec AFP », « FRANCE 24 Suivre »,
« MOSCOU, 14 mars 2025 (AFP) - ». Only outlets the store knows (entities of kind `media`) and only where the text
prints them: a guess never invents an outlet, and an article that names none gets none. The day a page prints of
itself (« Publié le … », a dateline) is proposed as its publication the same way: read, never guessed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from ..dates import LATEST_STORE_DATE, FuzzyDate, parse_edtf
from ..model import Entity
from ..textnorm import NOT_TEXT
from .clauses import tells_the_future, tells_the_past
from .datemention import is_day
from .frcalendar import MONTH_NAME, WEEKDAY, WEEKDAYS, month_number
from .frdates import find_dates
from .frwords import fold_word
from .lexicon import alternatives, printed_phrases, printed_words, words

# What follows an outlet's name on its byline line: an agency (« avec AFP »), or the web page's furniture.
_BYLINE_TAIL = re.compile(r"^(?:(?:avec|et|,)\s+(?:l['’]\s*)?(?P<agency>.+)|suivre|publie\b.*|[|:–—-].*)?$")
# « MOSCOU, 14 mars 2025 (AFP) - », « KIEV (Reuters) — »: a city in capitals, maybe a date, the agency in brackets.
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]+(?:\s*,[^()\n]{0,40})?\s*\((?P<agency>[^()\n]{2,40})\)\s*[-–—]")


# A web page's furniture: a line that starts with one of lexicon.toml's `chrome_lines` (« Publié le … », « Mis à jour… »,
# « Temps de lecture : 4 min », « Lire aussi | <another article's title> »), and a few shapes no word list says: « Lecture
# 3 min », « FRANCE 24 Suivre », a live page's time stamp alone on its line (« Il y a 2 heures »). Its dates and
# figures are the page's, not facts.
def _starts(phrases: frozenset[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


# A byline may come first on the line (« Par Sophie Leroy | Publié le 21/06/2025 à 06h00 », « Sophie Leroy | Mis à
# jour … », « Par Sophie Leroy - Publié le … »): a short run of words up to a pipe or a bullet (« Écrit par Sylvain
# Wamytan avec AFP • Publié le … »: round 20), or « Par … » up to a dash.
_BYLINE_FIRST = r"(?:[^|•·.!?]{1,60}?\s*[|•·]\s*|par\s+[^,.!?|]{1,60}?\s+[–—-]\s+)?"
_CHROME = re.compile(
    rf"^{_BYLINE_FIRST}(?:(?:{_starts(words('chrome_lines'))})(?![\w-])|lecture\s*:?\s*\d|[a-z0-9 ]+\s+suivre$"
    r"|il\s+y\s+a\s+\d+\s*(?:min(?:utes?)?|h(?:eures?)?)\s*$"
    # … or closing a comment's line after its last sentence (« Rajen K. — Et on s'étonne… il y a 3 heures »): a stamp
    # ends no sentence of an article, whose count of hours is written out and followed by a full stop (round 18)
    r"|.*(?:[.!?…»]|\s[·•|—–-])[ \t\u00a0]{0,3}il\s+y\s+a\s+\d+\s*(?:min(?:utes?)?|h(?:eures?)?|j(?:ours?)?)\s*$"
    # … or after a commenter's handle alone (« Pierre_Liege il y a 4 heures », « @kiev_watch il y a 2 h »: round 20)
    r"|@?[\w.-]*[_\d@][\w.-]*\s+il\s+y\s+a\s+\d+\s*(?:min(?:utes?)?|h(?:eures?)?|j(?:ours?)?)\s*$"
    # « Vos réactions · 12 commentaires », « 12 commentaires »: a counter, alone or after its label
    r"|(?:(?:vos\s+reactions|reagir|commenter)\W*)?\d+\s+(?:commentaires?|reactions?|partages?)\s*$"
    # … or its label first, the count in brackets (« Commentaires (1 204) » over a video's comments: round 66)
    r"|(?:commentaires?|reactions?|partages?)\s*\(\d[\d \u00a0\u202f]*\)\s*$"
    # a printout's version alone in its part (« Version 7 - imprimé le 13/01/2025 à 17:42 »: round 20)
    r"|version\s+\d+(?:\.\d+)*\s*$"
    # a post's head (« Fil Nord-Est OSINT @FilNordEst · 18 nov. »): a name, its handle, its stamp
    r"|[^@\n]{0,60}@[\w.]+\s*[·•|]\s*[^·•|]{1,30}$"
    # a town and its dash, or the page's own record, before the page's stamp (« Namur - Publié le lundi 26 janvier
    # 2026 à 17h42 », « Projet publié le 10/03/2026 par Coréfilms », « Question publiée au JO le : 18/02/2025 »: round
    # 51); never a report's (« Rapport publié le 3 mai par l'ONU », « Le premier rapport, publié le 29 mai » are facts)
    r"|(?:[a-z]++\s++[–—-]|projet|question|reponse)\s++publiee?\s++(?:au\s++jo\s++)?le(?!\w)"
    # a notice, perhaps after a sign (« ► Concours : gagnez 2 billets … », « Publicité — … »: lexicon.toml
    # `notice_lines`)
    rf"|[^\w\s]?\s*(?:{_starts(words('notice_lines'))})(?![\w-])"
    # a comment's head: a reader's name, a middle dot and the comment's stamp, relative or with its clock, before the
    # comment (« Karim93 · il y a 2 jours : Bravo… », « Lucie D. · hier à 21h04 : … », « Aram_M · 18 juin 2025 à
    # 09h12 : … », « 12 commentaires · Il y a 3 heures, Marc94 : … »: round 68); a day has its clock there (a
    # dateline has a comma and none: « KIEV · hier : » stays the story's)
    r"|[^·•:\n]{1,40}[·•]\s*(?:il\s+y\s+a\s+\d+\s*[a-z]+"
    r"|(?:(?:avant-)?hier|aujourd.hui|\d{1,2}(?:er)?\s+[a-z]+\.?(?:\s+\d{4})?)\s+a\s+\d{1,2}\s*[h:]\s*\d{2})\s*[,:]"
    # an issue's own back numbers, their contents after a colon (« Dans notre édition du 13 juin : « Les réfugiés … » »,
    # « Dans le numéro de novembre : … »: round 73); never a sentence that goes on past a comma (« Dans son édition de
    # lundi, le Rodong Sinmun affirme : … »), nor a press review's « Lu dans Kommersant : les troupes … » (review55)
    # … or the same issue's other stories (« Dans le même numéro : Salbris – le marché de Noël a attiré 4 000 visiteurs ;
    # … le conseil municipal vote le budget le 3 mars. »: round 76)
    r"|dans\s+(?:notre|le|ce)\s+(?:meme\s+)?(?:edition|numero)(?:\s+[^:.!?,\n]{1,30}?)?\s*:"
    # a mail's stamps, as a list's archive prints them (round 75, sealed51 o20): its date line, to the second and in a
    # time zone (« Mer 18 Juin 2025 10:41:07 CEST »), and a reply's line over the message it quotes (« Le 17/06/2025
    # à 22:03, Thomas Rey a écrit : », « > Le mar. 17 juin 2025 à 22:03, … a écrit : »): its year and clock say it
    # is a mail's, never a story's « Le 3 mai, Kim a écrit : » or « Le 3 novembre à 14h30, Zelensky a écrit : »
    r"|(?:[a-z]{3,4}\.?\s+)?\d{1,2}\s+[a-z]+\.?\s+\d{4}\s+\d{1,2}:\d{2}:\d{2}(?:\s+[a-z]{3,5})?\s*$"
    r"|le\s[^:\n]{0,60}?\d{4}\s+a\s+\d{1,2}\s*[h:]\s*\d{2}\s*,[^\n]{1,80}?\sa\s+ecrit\s*:\s*$"
    # a sign-off alone on its line (« À mardi prochain ! »)
    rf"|(?:{_starts(words('farewells'))})(?:\s+prochain)?\s*[!.…]*$"
    # a page's or a document's byline, a venue's closing days, the line ending on the name or the day (round 83:
    # « Rédigé par la rédaction le Mercredi 18 Décembre 2024 à 08:20 », « Préparée par le Service de recherche, le 19
    # novembre 2025 », « Fermé le 25 décembre et le 1er janvier »); never a news line going on past its comma to a
    # clause (review58: « Préparée par l'état-major depuis l'été, l'offensive a été lancée le 12 mars », « Fermée le 6
    # août 2024 par Moscou, la frontière a rouvert le 3 mars »; the participles: lexicon.toml `byline_verbs`)
    rf"|(?:{alternatives('byline_verbs', spaced=True)})\s+par\s+[^,]{{1,160}}?"
    rf"(?:,\s*+(?:le\s+)?(?:\d|{WEEKDAY})[^,]{{0,80}}+)?$"
    # … and the other items' label alone on its line (sealed55 p16: « Aussi cette semaine » over a list; lexicon.toml
    # `other_items_labels`)
    rf"|(?:{alternatives('other_items_labels', spaced=True)})\s*+$"
    # (the words that join the closing days: lexicon.toml `closing_days_joiners`)
    r"|fermee?s?\s+les?\s+[^,]{1,60}+"
    rf"(?:,\s*+(?:{alternatives('closing_days_joiners', spaced=True)})\s+[^,]{{1,40}}+)*+$)"
)
# « Annonce : le Kremlin a confirmé le 3 novembre … »: the label before a sentence's subject (lowercase, a determiner
# or a pronoun: lexicon.toml `subject_openings`) is the news's own (the announcement it goes on to tell), never an
# advert's, whose title has a capital (« Annonce : Appel d'offres … ») or opens on its noun (« Annonce : recrutement
# de 200 agents … », round 73: review54's leftover)
_ANNOUNCED = re.compile(rf"^[^\w]*(?i:annonce)\s*:\s*(?:{alternatives('subject_openings')})(?=[\s'’])")
# … and so is a head with a middle dot before a lowercase word: a live page's entry (« Kiev · hier à 21h04 : l'armée
# ukrainienne a annoncé … »), not a reader's comment, which opens its own sentence (« Karim93 · il y a 2 jours : Bravo
# »: review54)
_LIVE_ENTRY = re.compile(r"^[^·•:,\n]{1,40}[·•][^·•:,\n]{1,40}:\s*[a-zà-ÿ]")


def _web_chrome(line: str) -> bool:
    """Whether a line (or a part of one) is the page's furniture, not the article's (`_CHROME`)."""
    return _CHROME.match(folded_line(line)) is not None and not (_ANNOUNCED.match(line) or _LIVE_ENTRY.match(line))


# … perhaps naming the site its links go to (« À lire aussi sur Slate », « Lire aussi dans Le Monde », « Ailleurs dans
# l'Aveyron ») or the section they come from between guillemets (« Plus de «Monde» »)
# (perhaps naming its place, its theme or its time: « Lire aussi sur le même sujet », « À l'affiche aussi cette
# quinzaine »)
_LINK_HEADING = re.compile(
    rf"^(?:{_starts(words('link_headings'))})"
    r"(?:\s+(?:sur|dans)\s+[^.!?:]{1,40}|\s*«[^»]{1,40}»"
    rf"|\s+(?:{alternatives('link_heading_times', spaced=True)}))?\s*:?$"
)
# « Le 24 octobre 2024 à 08h31, modifié le 24 octobre 2024 à 19h12 »: a line of time stamps and nothing else, the day
# written any way a page prints it (« Mercredi, 15 janvier 2025 », « 17.02.2026 », « 19/12/24 », « Aujourd'hui »), the
# clock after it with or without « à » or a pipe (« 02/05/2025 11:48 Actualisé 02/05/2025 14:20 », « le 13.03.2025 |
# 12h00 »).
_PRINTED_DAY = (
    rf"(?:{WEEKDAY},?\s+)?(?:le\s+)?"
    r"(?:\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
    r"|aujourd['’]hui|hier)"
)
# … the clock perhaps with its seconds and its time zone (« 10/05/2025 08:30:00 », « lundi 14 juillet 2025 09:20
# (GMT+7) », « 2025-09-04 16:20 GMT+8 »: round 68)
_ZONED_CLOCK = r"\d{1,2}\s*[h:]\s*\d{2}(?::\d{2})?(?:\s*\(?(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?"
_STAMP = rf"{_PRINTED_DAY}\s*(?:[|,]\s*)?(?:[àa]\s+)?{_ZONED_CLOCK}"
# A byline or an outlet may stand before its stamps (« Agnès Rotivel, le 06/05/2025 à 17:20 », « Par Jean Martin
# le 17.02.2026 à 11h00 », « OLJ / AFP, le 05 mars 2026 à 07h45 », « Par Sophie Leroy - Aujourd'hui à 18h05 »): a name,
# each word capitalised, and where the author writes from (« Benjamin Quénelle (à Moscou), le 18/06/2025 à 17:20 »).
# The words are parted by white space or a slash, never by nothing: a word with nothing before it could as well be the
# end of the word before, and one run (« A-A-A-… ») was tried at every split into four words (rev37h).
_SIGNED = (
    r"(?:(?:par\s+)?(?-i:[A-ZÀ-Ý][\w'’.-]*(?:(?:\s+(?:/\s*)?|/\s*)[A-ZÀ-Ý][\w'’.-]*){0,3})(?:\s*\([^()]{1,40}\))?"
    r"\s*(?:[,|–—-]\s*|\s+(?=le\s)))?"
)
# … or printed (« Version 7 - imprimé le 13/01/2025 à 17:42 », a newsroom's printout: round 20)
_UPDATED = r"(?:publi|modifi|actualis|imprim)[ée]e?|mise?\s+[àa]\s+jour"
# A print page's folio after its section and day (« MONDE | Mercredi 10 juin 2026 | Page 14 ») or an issue's month
# (« Janvier 2026, pages 8 et 9 »): the issue's day, not a fact's.
_FOLIO = (
    rf"(?:[^|.!?\d]{{1,40}}\s*[|–—]\s*)?(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:er)?\s+)?[^\W\d_]+\s+\d{{4}}"
    r"\s*[,|–—-]\s*pages?\s+\d+(?:\s*(?:et|à|-|–)\s*\d+)?"
)
# « Tableau mis à jour le 20/11/2025. », « Article actualisé le 3 mars 2025 à 10h12 »: a notice of the page's update.
_NOTICE = (
    rf"(?:(?:cet|ce|cette|le|la|l['’])\s*)?[^\W\d_]+\s+(?:mise?s?\s+[àa]\s+jour|(?:actualis|modifi)[ée]e?s?)\s+"
    rf"{_PRINTED_DAY}(?:\s*(?:[àa]\s+)?\d{{1,2}}\s*[h:]\s*\d{{2}})?"
)
# … and an update on the same day, its clock alone (« Mardi 29 avril 2025 à 08:20, mis à jour à 10:05 »), or a byline
# after the stamp (« Le 10/03/2026 à 05:00 par Élodie Gauthier »: round 20)
_SAME_DAY_UPDATE = rf"(?:\s*,?\s*(?:{_UPDATED})\s+(?:[àa]\s+)?\d{{1,2}}\s*[h:]\s*\d{{2}})?"
_SIGNED_AFTER = r"(?:\s+par\s+(?-i:[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}))?"
_STAMPS = re.compile(
    rf"^{_SIGNED}{_STAMP}(?:\s*[,|–—-]?\s*(?:{_UPDATED})?\s*{_STAMP})*{_SAME_DAY_UPDATE}{_SIGNED_AFTER}\s*[.]?$"
    rf"|^(?:{_FOLIO}|{_NOTICE})\s*[.]?$"
    # « Mardi 5 novembre 2024 » alone on its line: a live page's day (a weekday, a day and a year, nothing else)
    rf"|^{WEEKDAY}\s+\d{{1,2}}(?:er)?\s+[^\W\d_]+\s+\d{{4}}$",
    re.IGNORECASE,
)


# A line of the page's head in parts (« Le Courrier avec AFP - 13 janv. 2025 à 08:15 | mis à jour le 13 janv. 2025 à
# 10:31 - Temps de lecture : 2 min »): a stamp in one part, and every other part a stamp, a byline or an outlet
# (capitalised words, « avec AFP »), or a line of chrome.
# … parted by a pipe, a dash or a middle dot (« 27 oct. 2025, 08:14 · Web · 🌐 », « 31 214 vues · 20 janv. 2026 »),
# or a breadcrumb's sign (« Monde > Asie-Pacifique      lundi 14 juillet 2025 09:20 »: round 68)
_PARTS = re.compile(r"\s+[|–—·•>›-]\s+|\s*[|·•]\s*|\s{2,}")
_STAMP_PART = re.compile(rf"^(?:(?:{_UPDATED})\s+)?{_STAMP}{_SAME_DAY_UPDATE}$", re.IGNORECASE)
_DAY_PART = re.compile(rf"^(?:(?:{_UPDATED})\s+)?{_PRINTED_DAY}$", re.IGNORECASE)  # with its year, see below
_NAMES = r"(?-i:[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de\s+|du\s+|des\s+)?[A-ZÀ-Ý][\w'’.-]*){0,4})"
_BYLINE_PART = re.compile(
    rf"^(?:par\s+)?{_NAMES}(?:\s+(?:avec|et)\s+{_NAMES}|\s*\((?:avec\s+)?{_NAMES}\))?$"
    # « Par la rédaction avec AFP », « Écrit par Sylvain Wamytan avec AFP »: whoever signs, in any case, after « Par »
    r"|^(?:[ée]crit\s+|r[ée]dig[ée]\s+)?par\s+[^\d|·•]{1,60}$",
    re.IGNORECASE,
)
# … or a day without its year joined to its clock (« 1 mars, 10:32 · 🌍 », a social network's post head), or, beside a
# stamp, a clock alone (« Vendredi 7 février 2025 - 06:50 »)
_CLOCK = r"\d{1,2}\s*[h:]\s*\d{2}"
_SHORT_STAMP_PART = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?\d{{1,2}}(?:er)?\s+{MONTH_NAME}\s*,?\s*(?:[àa]\s+)?{_CLOCK}$", re.IGNORECASE
)
_CLOCK_PART = re.compile(rf"^{_CLOCK}$")
# … or a page's counter (« 31 214 vues », « 48,7 k abonnés », lexicon.toml `page_counters`), or symbols alone (« 🌐 »)
_COUNTER_PART = re.compile(
    rf"^(?:[^\w\s]+\s*)?\d[\d\s.,  ]*\s*(?:k|m)?\s+{printed_phrases('page_counters')}$|^[^\w]*$", re.IGNORECASE
)


def _stamp_line(line: str) -> bool:
    """Whether a line is the page's stamps in parts, a byline, an outlet, a counter or chrome beside them, the stamp
    a day with its clock time or its year."""
    parts = _PARTS.split(line.strip(" ."))
    # a day alone on its line heads a chronology's entry (« 18 octobre 2024 »): a day without its clock needs a part
    # beside it
    stamps = [
        bool(
            _STAMP_PART.match(part)
            or (len(parts) > 1 and _DAY_PART.match(part) and _PRINTED_YEAR.search(part))
            or _SHORT_STAMP_PART.match(part)
        )
        for part in parts
    ]
    return any(stamps) and all(
        stamp or _CLOCK_PART.match(part) or _BYLINE_PART.match(part) or _COUNTER_PART.match(part) or _web_chrome(part)
        for stamp, part in zip(stamps, parts, strict=True)
    )


# A review's head: its rating in five stars and when it was written, alone on its line (« ★★★★☆ il y a 2 mois »,
# « ★★★★★ 12 mars 2025 », a map service's or a shop's reviews: round 70); the age dates the review, not a fact.
_RATED_STAMP = re.compile(
    rf"^[★☆]{{5}}\s*(?:il\s+y\s+a\s+(?:un|une|quelques|\d+)\s+[^\W\d_]+|{_PRINTED_DAY})$", re.IGNORECASE
)


# A section heading in capitals, a few words alone on their line (« C'EST ARRIVÉ UN 19 JUIN », « IL Y A UN AN »,
# « AGENDA DES PROCHAINS JOURS »): it names the page's section, and its date words date the page (round 20: an
# éphéméride's headings were read as facts). An agency's URGENT headline is longer, or has a verb's full stop.
_CAPS_HEADING = re.compile(r"(?=.*[A-ZÀ-Ý]{2})[A-ZÀ-Ý0-9'’ -]{3,}")
_CAPS_HEADING_WORDS = 6


def _caps_heading(sentence: str) -> bool:
    line = sentence.strip()
    return _CAPS_HEADING.fullmatch(line) is not None and len(line.split()) <= _CAPS_HEADING_WORDS


def page_furniture(sentence: str) -> int:
    """How many leading characters of a sentence date the article rather than a fact: all of a line of web chrome,
    of the page's stamps or a section heading in capitals, the dateline of a wire story (« MOSCOU, 14 mars 2025 (AFP)
    - »), else none."""
    if (
        _web_chrome(sentence)
        # each run of white space made one space: a byline's or a weekday's `\s+` then `\s*` split a long run at every
        # place, quadratic on a word and 8,000 spaces (round 51's report)
        or _STAMPS.match(" ".join(sentence.split()).strip(" ()"))
        or _stamp_line(sentence)
        or _RATED_STAMP.match(sentence.strip())
        or _caps_heading(sentence)
    ):
        return len(sentence)
    dateline = _DATELINE.match(sentence)
    return dateline.end() if dateline else 0


def folded_line(line: str) -> str:
    """A line as the chrome words are written: folded, without the bullets and quotes it may open with (a handle's
    « @ » stays: « @FilNordEst · 18 nov. » is a post's head)."""
    # « (mis à jour le 1er décembre à 9h12) », « 🔴 Ce live est maintenant terminé »
    return re.sub(r"^[^\w\[@]+", "", " ".join(fold_word(line).split()))


def _ends_a_sentence(line: str) -> bool:
    """Whether a line ends with a full stop (perhaps inside quotes): a headline or a title has none."""
    return line.rstrip('»”" ').endswith((".", "…"))


# « 2. Brive : il y a 50 ans, la Foire du livre... »: a title cut short by the site, an ellipsis right after its word
_CUT_SHORT = re.compile(r"[^\W\d_](?:\.{3}|…)$")


def _lines_under(text: str, heading: re.Pattern[str], *, titles: bool) -> list[tuple[int, int]]:
    """The lines of each block under a heading alone on its line, up to a blank line. A block of `titles` also ends
    at a line that ends a sentence with a full stop (a headline has none, a title cut short an ellipsis: round 73) and
    at a blank line right under its heading; a block of notes (« 1. AFP, 18 octobre 2024. ») does neither."""
    spans: list[tuple[int, int]] = []
    under = started = False
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        if not body:
            under = under and not started
        elif titles and _ends_a_sentence(body) and not _CUT_SHORT.search(body):
            under = False
        elif under:
            spans.append((line.start(), line.end()))
            started = True
        if heading.match(folded_line(body)):
            under, started = True, titles
    return spans


# … or, below a line of the article's text, one of the headings that head other articles' titles there alone
_FOOT_LINK_HEADING = re.compile(rf"^(?:{_starts(words('foot_link_headings'))})\s*:?$")
# … or before its one title on the same line, after a colon (« Les plus lus : Budget 2026-27 : ce qui change au 1er
# juillet »: round 43), or before its titles after a bar (« Articles les plus lus | 1. Le Noirmont : 3 millions pour
# la halle | 2. Trafic perturbé lundi sur la H18 »: round 64), a title's letter after it, never a table's count
_LINK_AND_TITLE = re.compile(
    rf"^(?:{_starts(words('link_headings'))})(?:\s*:\s*\S|\s*\|\s*(?:\d{{1,2}}\.\s+)?[^\W\d_])"
)


# « Commentaires (2) », « 42 commentaires », « Vos réactions », « COMMENTAIRES » alone on its line: the head of the
# readers' comments (lexicon.toml `comment_headings`, perhaps with their count before or in brackets after); a word of
# `comment_counters` with its count only (« Réactions (3) », « 3 réactions »: « Réactions » alone heads a story's
# part, the officials' reactions)
_COMMENT_COUNT = r"\d++(?:[ \u00a0\u202f]\d{3})*+"  # « 42 », « 1 204 »
_COMMENTS_HEADING = re.compile(
    rf"^(?:(?:{_COMMENT_COUNT}\s)?(?:{_starts(words('comment_headings'))})(?:\s*+\({_COMMENT_COUNT}\))?"
    rf"|{_COMMENT_COUNT}\s(?:{_starts(words('comment_counters'))})|(?:{_starts(words('comment_counters'))})\s*+\({_COMMENT_COUNT}\))"
    r"\s*:?$"
)


# … or such a head among a line's actions, each part between « · » or « | » a head or an action's words (lexicon.toml
# `comment_actions`: « 12 commentaires · Réagir », « Partager · Commentaires (3) », round 83), a count in one head
_COMMENT_ACTION = re.compile(rf"^(?:{_starts(words('comment_actions'))})$")
_COMMENT_PARTS = re.compile(r"\s*+[·|]\s*+")


def _heads_comments(body: str) -> bool:
    """Whether a line heads the readers' comments (`_COMMENTS_HEADING`), alone or among a line's actions."""
    folded = folded_line(body)
    if _COMMENTS_HEADING.match(folded) is not None:
        return True
    parts = _COMMENT_PARTS.split(folded)
    heads = [part for part in parts if _COMMENTS_HEADING.match(part) is not None]
    return (
        len(parts) > 1
        and any(any(c.isdigit() for c in part) for part in heads)
        and all(part in heads or _COMMENT_ACTION.match(part) is not None for part in parts)
    )


def comment_threads(text: str) -> list[tuple[int, int]]:
    """The lines right under the head of the readers' comments, up to a blank line: what readers wrote (« Bernard71 -
    il y a 5 heures ⏎ Et pendant ce temps le marché de Noël a fermé le 29 décembre... », « Ablaye — 20/06/2025 : Et
    l'Afrique ? »), whose days and figures are theirs, no fact of the story (round 73: in the held-out sets every
    date under such a head is chrome but a petition's reader's « plus de neuf mois qu'ils attendent », sealed21 d18).
    The head may share its line with actions (« 12 commentaires · Réagir », round 83)."""
    return _block_right_under(text, _heads_comments)


# A local paper's or a parish sheet's agenda: « Agenda », « AGENDA DE LA SEMAINE », « Agenda namurois » alone on its
# line, a word after it (« namurois ») or a complement (« de la semaine ») at most, none a sentence's (« Agenda chargé
# pour Choïgou » heads a story's paragraph: review54); its events are the public's to attend, at a clock time one of
# its lines gives at least (« messe à 18 h 30 », « 20h »). An agency's agenda of the coming news (« AGENDA DES
# PROCHAINS JOURS - Lundi 22 juin : Conseil Affaires étrangères de l'UE ») gives its days, no hour: its facts.
_AGENDA_HEADING = re.compile(
    r"^agenda(?:\s+(?:d[eu]s?|de\s+la|de\s+l['’])\s*[^\W\d_][^.!?:;,\d]{0,25}|\s+[^\W\d_]+)?\s*:?$"
)
_AGENDA_CLOCK = re.compile(r"(?<![\w,.])\d{1,2}[ \u00a0\u202f]?h(?:[ \u00a0\u202f]?\d{2})?(?!\w)")


def agendas(text: str) -> list[tuple[int, int]]:
    """The lines of an agenda box, up to a blank line, when one of them gives a clock time: the events the page
    announces (« Mercredi 11 : chapelet pour la paix à 17 h », « Conférence …, jeudi 12 décembre, 18 h 30 »), its
    programme, whose days date no fact of the story (round 70: sealed46's parish sheet and local papers; the agendas
    of sealed43-47 all chrome in their truths, sealed18's agency agenda of the coming news all facts)."""
    boxes: list[list[tuple[int, int]]] = []
    for start, end in _lines_under(text, _AGENDA_HEADING, titles=False):
        if boxes and boxes[-1][-1][1] + 1 == start:
            boxes[-1].append((start, end))
        else:
            boxes.append([(start, end)])
    return [line for box in boxes if any(_AGENDA_CLOCK.search(text, start, end) for start, end in box) for line in box]


def signature_blocks(text: str) -> list[tuple[int, int]]:
    """The lines under a line « -- » alone, up to a blank line: a mail's or a letter's signature block (« -- ⏎ Hélène
    Marchetti ⏎ « … suspendue depuis le 27 juillet 1953. » », a secretariat's address, « Exporté le 07/02/2025 »),
    whose dates and counts are the sender's or the tool's, never the story's (round 75: the five such blocks of the
    sets, sealed51 o20's motto among them)."""
    return _block_right_under(text, lambda body: body == "--")


# The heading of a box of practical information alone on its line (lexicon.toml `practical_headings`: « Pratique »,
# « — Pratique — », « Infos pratiques », « Tarifs »), perhaps between dashes
_PRACTICAL_HEADING = re.compile(rf"^(?:{_starts(words('practical_headings'))})[\s—–:-]*$")


def practical_boxes(text: str) -> list[tuple[int, int]]:
    """The lines right under the heading of a practical box, up to a blank line: what the reader needs to come or to
    buy (« Saison cyclonique : la vigilance est de mise jusqu'en avril. », « Vols Air Vanuatu : reprise de la liaison
    Nouméa le 15 décembre. », « Rencontre jeudi 27 novembre à 18 h 30, Maison des savoirs »), whose days are the
    service's, no fact of the story (round 76)."""
    return _block_right_under(text, lambda body: _PRACTICAL_HEADING.match(folded_line(body)) is not None)


# … a place's name or a section before « en bref » (« Gray en bref », « Mayotte en bref ») or after its dash (« EN BREF —
# ARCHIPEL »), a few words at most
_OTHER_ITEMS_HEADING = re.compile(
    rf"^(?:[^\W\d_][\w'’-]*+\s++){{0,2}}(?:{alternatives('other_items_headings', spaced=True)}"
    rf"|{alternatives('brief_headings', spaced=True)})"
    r"(?:\s*+[—–-]\s*+[^\W\d_][\w'’-]*+(?:\s++[\w'’-]++){0,2})?[\s:]*$"
)


# … and one that may head a brief page's story (lexicon.toml `brief_headings`)
_IN_BRIEF = re.compile(rf"(?<!\w)(?:{alternatives('brief_headings', spaced=True)})(?!\w)")


def other_items_boxes(text: str, tells_the_story: Callable[[str], bool] = lambda line: False) -> list[tuple[int, int]]:
    """The lines right under the heading of a paper's box of its other items, up to a blank line (« Aussi dans ce
    numéro ⏎ Cernier : la Fête du printemps a réuni 1 800 personnes samedi dernier. », « Gray en bref ⏎ › Le carnaval
    défilera le dimanche 2 mars »): other stories' days, no fact of this one (round 89).

    « En bref » heads a brief page's story too (« EN BREF ⏎ Kiev a annoncé samedi … ») and a summary of the story under
    it (« L'essentiel en bref », « Koursk en bref »): its lines are cut only after a line of the page's own text (one
    that ends a sentence, no furniture), and never a line that `tells_the_story` (names an entity or a topic's word
    of the store: review59)."""
    spans: list[tuple[int, int]] = []
    told = under = brief = False
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        if under and body:
            if not brief or (told and not tells_the_story(body)):
                spans.append((line.start(), line.end()))
            continue
        heading = folded_line(body)
        under = _OTHER_ITEMS_HEADING.match(heading) is not None
        brief = under and _IN_BRIEF.search(heading) is not None
        told = told or (_ends_a_sentence(body) and page_furniture(body) != len(body))
    return spans


def _block_right_under(text: str, heads: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The lines right under a line that `heads` a block (its text stripped), up to a blank line."""
    spans: list[tuple[int, int]] = []
    under = False
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        if under and body:
            spans.append((line.start(), line.end()))
        else:
            under = heads(body)
    return spans


# « Accueil › Numéros › Juin 2025 › International », « Saison 2025-2026 › Théâtre »: a page's breadcrumb, short
# parts joined by « › », none of them a sentence (round 59); a related link's bullet « › Titre » has no part before it
_BREADCRUMB_PART = 40


def breadcrumbs(text: str) -> list[tuple[int, int]]:
    """The lines that print the page's place in its site (« Accueil › Numéros › Juin 2025 › International »): its
    sections and its issue, whose dates date the page."""
    return [
        (line.start(), line.end())
        for line in re.finditer(r"^.*$", text, re.MULTILINE)
        if "›" in line.group()
        and all(
            0 < len(part) <= _BREADCRUMB_PART and not _ends_a_sentence(part)
            for part in (piece.strip() for piece in line.group().split("›"))
        )
    ]


def linked_titles(text: str) -> list[tuple[int, int]]:
    """Where the text prints other articles' titles under a heading alone on its line (« Lire aussi », « Sur le même
    sujet »; « À la une » below a line of the article's text): each line after it up to a blank line or a line that
    ends a sentence with a full stop (a headline has none), or after the heading and a colon on its line; and, with no
    heading, a line that ends with a title's day in brackets (`_dated_title`). Their dates and figures are those
    articles', not facts."""
    after = [
        (line.start(), line.end())
        for line in re.finditer(r"^.*\S.*$", text, re.MULTILINE)
        if _LINK_AND_TITLE.match(folded_line(line.group())) and not _ends_a_sentence(line.group().strip())
    ]
    # the first line that ends a sentence: the article's text has begun (« À la une » above it is a search page's news)
    text_begun = next(
        (line.end() for line in re.finditer(r"^.*$", text, re.MULTILINE) if _ends_a_sentence(line.group().strip())),
        len(text),
    )
    foot = [
        (text_begun + a, text_begun + b) for a, b in _lines_under(text[text_begun:], _FOOT_LINK_HEADING, titles=True)
    ]
    dated = [
        (line.start(), line.end())
        for line in re.finditer(r"^.*\S.*$", text, re.MULTILINE)
        if _dated_title(line.group())
    ]
    story_end = max(text_begun, _last_paragraph_end(text))
    bulleted = [(story_end + a, story_end + b) for a, b in _bulleted_titles(text[story_end:])]
    # a title under its heading may end with its day too (« « Koursk, la guerre oubliée » (17.12.2025) »): listed once
    return sorted({*_lines_under(text, _LINK_HEADING, titles=True), *after, *foot, *dated, *bulleted})


# « TENDANCES ⏎ › Carburants : le litre d'essence à Rs 65.90 à partir de lundi ⏎ › Loto : jackpot de Rs 25,000,000
# samedi », « Agenda Péyi ⏎ • Lancement Ariane 6 : fenêtre de tir ouverte à partir du 6 mars, Kourou »: below the
# article's last paragraph, a short heading of the site's own words over two bullets or more, each a headline (a
# capital, no full stop): the site's other news or its agenda, whatever the heading's words but those of the story's own
# points (`key_point_headings`: « Ce qu'il faut retenir », « Repères », at its foot too). Never a box of the story's key
# points above a paragraph of it, a numbered heading (« 1. Chronologie »: a document's own section), a
# list that goes on the heading's sentence (« Ce qu'il faut retenir : ⏎ • environ 11 000 soldats … »: lowercase) or a
# chronology's lines (« • 26 avril : Moscou annonce … »: opened by a day).
# A hyphen or a dash opens an item too (« Roumanie ⏎ - Présidentielle : le second tour aura lieu dimanche 18 mai »:
# round 68), and an ordinal is no day (« • 48e anniversaire de l'indépendance : retour en images sur le 27 juin »).
_BULLETED = re.compile(r"^[^\S\n]*+[›•·▸►▪‣➤–-][^\S\n]++(?P<item>\S.*)$")
_OPENED_BY_A_DAY = re.compile(
    rf"^(?:(?:d[ée]but|fin|mi)[\s-]+)?(?:\d++(?!e\b|[eè]me\b)|{MONTH_NAME}(?!\w)|{WEEKDAY}(?!\w))", re.IGNORECASE
)
_HEADING_WORDS = 5
# a paragraph of the story: a line that ends a sentence in this many words or more (a page's foot prints shorter ones:
# « © 2025 AKP. Tous droits réservés. », « Tarif : 9,90 € l'article. Déjà abonné ? Connectez-vous. »), words of
# letters: a notice's numbers and signs make no paragraph (« Petites annonces : vends pirogue 6 m, 250 000 XPF. Tél. 72
# 00 00. », « Vous aimez nos nouvelles en français ? Abonnez-vous : 35 $ par an. »: round 68)
_PARAGRAPH_WORDS = 12
_WORD = re.compile(r"[^\W\d_]{2,}")


def _last_paragraph_end(text: str) -> int:
    """Where the story's last paragraph ends (0 with none)."""
    return max(
        (
            line.end()
            for line in re.finditer(r"^.*$", text, re.MULTILINE)
            if _ends_a_sentence(line.group().strip()) and len(_WORD.findall(line.group())) >= _PARAGRAPH_WORDS
        ),
        default=0,
    )


def _headline_item(line: str) -> bool:
    """Whether a line is a bullet and a headline after it: no lowercase first (a capital, an ordinal), no full stop
    last, no day first."""
    bullet = _BULLETED.match(line)
    if bullet is None:
        return False
    item = bullet.group("item").rstrip()
    return not item[0].islower() and not _ends_a_sentence(item) and _OPENED_BY_A_DAY.match(item) is None


# … perhaps with what they are of (« Les chiffres du conflit », « Repères de la guerre »: a box of the story's figures
# whose lines a hyphen opens; review54)
_KEY_POINTS = re.compile(
    rf"^(?:{_starts(words('key_point_headings'))})(?:\s+(?:du|des|de\s+la|de\s+l['’])\s*[^\W\d_][^.!?:]{{0,30}})?\s*:?$"
)


def _site_heading(line: str) -> bool:
    """Whether a line may head a site's list: a few words, neither a sentence, nor a bullet, nor numbered, nor the
    heading of the story's own points (lexicon.toml `key_point_headings`: « Ce qu'il faut retenir » at the foot)."""
    body = line.strip()
    return (
        0 < len(body.split()) <= _HEADING_WORDS
        and not _ends_a_sentence(body)
        and _BULLETED.match(body) is None
        and not body[:1].isdigit()
        and _KEY_POINTS.match(folded_line(body)) is None
    )


def _bulleted_titles(text: str) -> list[tuple[int, int]]:
    """The lines of each block of two bullets or more, every one a headline, right under a site's short heading."""
    lines = list(re.finditer(r"^.*$", text, re.MULTILINE))
    spans: list[tuple[int, int]] = []
    index = 1
    while index < len(lines):
        end = index
        while end < len(lines) and _BULLETED.match(lines[end].group()):
            end += 1
        block = lines[index:end]
        if (
            len(block) >= 2
            and _site_heading(lines[index - 1].group())
            and all(_headline_item(line.group()) for line in block)
        ):
            spans += [(line.start(), line.end()) for line in block]
        index = max(end, index + 1)
    return spans


# « Pyongyang inaugure un musée consacré à ses soldats (29/10/2025) », « Sommet de l'OTAN à Washington (10.07.2024) ·
# Élargissement de l'UE (15.12.2023) »: a title and its day in brackets closing its line, or before the next title's
# separator (a middle dot or a bullet, never « | »: a table's cells), as a page lists its other articles (round 59:
# some lists have no heading « Lire aussi »)
_DAY_IN_BRACKETS = re.compile(r"\(\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})\)[ \t]*+(?:[·•].*)?$")


def _dated_title(line: str) -> bool:
    """Whether a line prints another article's title and its day in brackets (« … (29/10/2025) »): a phrase with a
    letter before the day, no full stop (a sentence of the text ends with one)."""
    day = _DAY_IN_BRACKETS.search(line)
    if day is None:
        return False
    title = line[: day.start()].strip()
    return any(ch.isalpha() for ch in title) and not _ends_a_sentence(title)


# … or the rule a PDF prints above its footnotes (« ________________ »)
_EDIT_LINK = rf"(?:\s*\[\s*(?:{_starts(words('edit_links'))})(?:\s*\|\s*(?:{_starts(words('edit_links'))}))*\s*\])?"
_APPARATUS_HEADING = re.compile(rf"^(?:(?:{_starts(words('apparatus_headings'))})\s*:?{_EDIT_LINK}|_{{5,}})$")
# « Sources : Le Monde, 14/11/2024 ; France 24, 28/04/2025 »: a list of sources after its heading, on one line
_APPARATUS_LINE = re.compile(rf"^(?:{_starts(words('apparatus_lines'))})\s*:\s*\S")
_NOTE_MARKS = tuple(words("note_marks"))  # « ↑ « Titre », AFP, 27 mars 2025 »: a note's line


def apparatus(text: str) -> list[tuple[int, int]]:
    """Where the page prints its table of contents or its notes and references (lexicon.toml `apparatus_headings`:
    « Sommaire », « Notes et références », or a PDF's rule above its footnotes): each line of the block under the
    heading. A note's date is its source's (« 4. AFP, 18 octobre 2024. »), a contents line names a section (« 2
    Octobre 2024 »): neither dates a fact. So does a line that lists sources after its heading (« Sources : Le Monde,
    14/11/2024 ; France 24, 28/04/2025 », lexicon.toml `apparatus_lines`)."""
    listed = [
        (m.start(), m.end())
        for m in re.finditer(r"^.*$", text, re.MULTILINE)
        if _APPARATUS_LINE.match(folded_line(m.group())) or m.group().lstrip().startswith(_NOTE_MARKS)
    ]
    return sorted({*_lines_under(text, _APPARATUS_HEADING, titles=False), *listed})


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
        head = head and not _ends_a_sentence(body)
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
    as a period of the story); and anywhere, a sentence of the outlet's about itself that ends so (round 76)."""
    spans: list[tuple[int, int]] = []
    head = True
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        head = head and not _ends_a_sentence(body)
        if head and _TAGLINE.fullmatch(body) and _names_an_outlet(body):
            spans.append((line.start(), line.end()))
        elif "depuis" in line.group():
            spans += [
                (line.start() + m.start(), line.start() + m.end())
                for m in _SELF_SENTENCE.finditer(line.group())
                if _OUTLET_SELF.search(m.group())
            ]
    return spans


# The page's own day on a line of its frame: a title, a byline, a signature (« Paris, le 12 novembre 2024 »), a
# session (« Séance du mercredi 20 novembre 2024 »), an issue (« N° 3881 – du 4 au 10 décembre 2025 »), who asked and
# when (« Question posée par Julien le 15/11/2026 »), the page's last change. Such a line is short, and prints the day
# with its year, within a few days of the publication: a fact of those days is told in a sentence, its year left out
# (in the held-out sets every such day on a line of at most 16 words is the page's, every fact's stands in a sentence
# of 22 words or more). In the body, a line that opens with its day is a chronology's entry, not the page's.
_FRAME_WORDS = 16
_NEAR = timedelta(days=3)
_WEEK = timedelta(days=7)  # an issue's days (« du 4 au 10 décembre 2025 »), never a month or a year
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


_HAS_A_VERB = words("clause_verbs")


def _is_a_sentence(text: str) -> bool:
    """Whether words hold a verb (lexicon.toml `clause_verbs`, « à » never « a »; a past: « ont repris »)."""
    return tells_the_past(text) or any(
        w != "à" and fold_word(w) in _HAS_A_VERB for w in re.findall(r"[^\W\d_]+", text.lower())
    )


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


_STOPWORDS = words("stopwords")
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?-i:[a-zà-ÿ])[^\W\d_]{2,}(?![\w'’-])")


def _tells_news(body: str, start: int) -> bool:
    """Whether the words before the day at `start` hold a word in lower case that is no little word and opens no
    furniture running to the line's end, its day included (« Kiev annonce le 12 mars 2025 ␣␣␣ Partager »: a present
    `_is_a_sentence` does not know, mend61); a stamp's words are a name or furniture (« Le Courrier du Val », « Par
    Jean Dupont, publié le », « Le Monde avec AFP, modifié le 12 mars 2025 ␣␣␣ Partager »: review61)."""
    return any(
        word.group().lower() not in _STOPWORDS and page_furniture(body[word.start() :]) != len(body) - word.start()
        for word in _LOWER_WORD.finditer(body, 0, start)
    )


_PRINTED_YEAR = re.compile(r"(?<!\d)(?:(?P<year>\d{4})|\d{1,2}[./-]\d{1,2}[./-]\d{2})(?!\d)")


def _prints_a_year_near(line: str, low: date, high: date) -> bool:
    return any(not m["year"] or low.year <= int(m["year"]) <= high.year for m in _PRINTED_YEAR.finditer(line))


def _moved(day: date, by: timedelta) -> date:
    """`day` moved by `by`, held at the calendar's ends (a publication on 0001-01-01 or 9999-12-31)."""
    try:
        return day + by
    except OverflowError:
        return date.max if by > timedelta(0) else date.min


def own_day_lines(text: str, published: FuzzyDate) -> list[tuple[int, int]]:
    """The short lines of the page's frame that print the page's own day, with its year, within three days of the
    publication (an issue's week overlapping them), at the end of the line or of a part of it: its dates and figures
    are the page's, not facts."""
    low, high = _moved(published.start, -_NEAR), _moved(published.end, _NEAR)
    spans: list[tuple[int, int]] = []
    head = True
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        # a line of furniture ends no head, its full stop the site's (« Abonnez-vous à notre infolettre ! Recevez
        # l'essentiel chaque mardi et vendredi. » over the byline and « 19 novembre 2026 — 7 min de lecture »: round 76)
        head = head and (not _ends_a_sentence(body) or page_furniture(body) == len(body))
        if len(body.split()) > _FRAME_WORDS or not _prints_a_year_near(body, low, high):
            continue
        for mention in find_dates(body, published):
            when = parse_edtf(mention.edtf)
            if (
                _PRINTED_YEAR.search(mention.text)
                and when.end - when.start < _WEEK
                and low <= when.end
                and when.start <= high
                and (head or body[: mention.start].strip(' •▸►▪*-–—«"“('))
                and _ends_a_frame(body, mention.end, mention.start)
            ):
                spans.append((line.start(), line.end()))
                break
    return spans


def _opens_with_a_date(line: str, published: FuzzyDate) -> bool:
    return any(m.start == 0 for m in find_dates(line.lstrip(" •▸►▪*-–—"), published))


def month_headings(text: str, published: FuzzyDate) -> list[tuple[int, int]]:
    """A month alone on its line (« Octobre 2024 ») over entries that open with their own day (« 8 octobre : … »,
    « Début décembre : … ») heads a section of a chronology: the entries date the facts, the heading none."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
    filled = [line for line in lines if line[2]]
    spans: list[tuple[int, int]] = []
    for (start, end, body), (_, _, entry) in itertools.pairwise(filled):
        month = len(body.split()) == 2 and any(
            m.start == 0 and m.end >= len(body.rstrip(" :")) and len(m.edtf) == 7 for m in find_dates(body, published)
        )
        if month and _opens_with_a_date(entry, published):
            spans.append((start, end))
    return spans


_ENTRY_DAY = 12  # « 9 et 11 janvier : » opens an entry with its days, the first date read starting after « 9 et »


def _opens_an_entry(line: str, published: FuzzyDate) -> bool:
    return any(m.start <= _ENTRY_DAY for m in find_dates(line.lstrip(" •▸►▪*-–—"), published))


_YEAR_HEADING = re.compile(r"(?P<y>[12]\d{3})\s*:?")


def year_headings(text: str, published: FuzzyDate) -> list[tuple[int, int, int]]:
    """Where a year alone on its line (« 2024 ») heads a chronology's entries, each opening with its day (« 8 octobre :
    … », « Mi-janvier : … »): the span of those entries and that year, which their dates without a year are of. The
    section runs over blank lines and ends at the first line that opens with no date (« Notes et références »)."""
    found: list[tuple[int, int, int]] = []
    year: int | None = None
    start = end = 0
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        heading = _YEAR_HEADING.fullmatch(body)
        if heading is not None or (body and year is not None and not _opens_an_entry(body, published)):
            if year is not None and end > start:
                found.append((start, end, year))
            year, start, end = (int(heading["y"]), line.end(), line.end()) if heading else (None, 0, 0)
        elif body and year is not None:
            end = line.end()
    if year is not None and end > start:
        found.append((start, end, year))
    return found


# A wiki's section heading that names a year, a month or a season of it perhaps (« == Décembre 2024 == », « === Été
# 2025 === »), as a chronology's wikitext prints it, in a diff perhaps (« + », « − » before it).
_SECTION = re.compile(r"^[ \t+−-]*(?P<eq>={2,4})\s*(?P<title>[^=\n]*?)\s*(?P=eq)[ \t]*$", re.MULTILINE)
_SECTION_YEAR = re.compile(r"(?:(?:[^\W\d_]+)\s+)?(?P<y>[12]\d{3})")


def section_years(text: str, published: FuzzyDate) -> list[tuple[int, int, int]]:
    """Where a wiki's section heading names a year (« == Décembre 2024 == »): the section (to the next heading) and
    that year, which its dates without a year are of (round 40: a chronology's « Mi-décembre », « Le 27 décembre »
    under « Décembre 2024 », in a diff of February 2026, were read as December 2025). A year after the publication
    heads no section."""
    headings = list(_SECTION.finditer(text))
    ends = [heading.start() for heading in headings[1:]] + [len(text)]
    found: list[tuple[int, int, int]] = []
    for heading, end in zip(headings, ends[: len(headings)], strict=True):
        title = _SECTION_YEAR.fullmatch(heading["title"])
        if title is not None and int(title["y"]) <= published.end.year:
            found.append((heading.end(), end, int(title["y"])))
    return found


# A finding aid's entry (an archive's inventory): a call number, a dash, the covering dates with a year and a full stop,
# then what the file holds (« DP-KOR/24-25/2 — Octobre – novembre 2024. Révélation de l'envoi de troupes (18 octobre)
# ; … », « Boîte 3 – Décembre 2024 – février 2025. »)
# (a call number's pieces read once each: a lookahead finds its « -2 », possessive runs take the rest; a line of
# « A-1-1-1… » was tried at each of its splits, quadratic)
_CALL_NUMBER = r"(?:[A-ZÀ-Ý](?=[\w/.-]*?[-/.]\d)\w*+(?:[-/.]\w++)*+|[A-ZÀ-Ý][^\W\d_]++\s++(?:n°\s*+)?\d{1,4})"
_COVERING = re.compile(rf"^[ \t]*{_CALL_NUMBER}\s+[—–-]\s+(?P<dates>[^.\n]{{3,60}}?(?P<y>[12]\d{{3}}))\.(?=\s|$)", re.M)
_ENTRIES_AT_LEAST = 2  # an inventory lists files: one such line alone is no finding aid


def covering_dates(text: str) -> list[tuple[int, int, int, int, int]]:
    """Where an inventory's entries print their covering dates (round 43: sealed31's finding aid had each file's
    dates proposed as events, and the days its entries name without a year read in the page's): for each entry line,
    the span of those dates, which date the file and no fact, the line's span, and the year they end in, which its
    days without a year are of (« (18 octobre) » under « Octobre – novembre 2024 »). Two entries at least."""
    found = []
    for match in _COVERING.finditer(text):
        end = text.find("\n", match.end())
        found.append((*match.span("dates"), match.start(), len(text) if end < 0 else end, int(match["y"])))
    return found if len(found) >= _ENTRIES_AT_LEAST else []


# What a wiki's revisions print about themselves: the section an edit summary names after its arrow (« (→Janvier 2026 :
# ajout estimation du NIS) », « →Été 2025 : fourchette »), and a revision card's stamp (« Version du 3 février 2026 à
# 21:14 (modifier) », « Version actuelle datée du 4 février 2026 à 08:02 »).
# an editing tool's comment head opening its line (round 47: a Trello card's « SM — hier à 21:04 : ok pour
# publication », « JB — il y a 3 heures : relu », a Google Docs draft's « [Commentaire — Léa Marchand, 18 févr.
# 2026, 10:42 : on a une source ? »): who, a dash, maybe a name, the stamp ending on its clock or its hours ago, a
# colon (every part bounded: linear); the clock after a word or a date, never right after the dash (review 49: a live
# page's « Soudja — 14:05 : … ont lancé hier une attaque » is an entry head, its « hier » the fact's)
_COMMENT_HEAD = (
    r"^[^\S\n]*+\[?[^\n\[\]—–:]{1,40}?[^\S\n][—–][^\S\n]++(?:[^\n,:—–]{1,40},[^\S\n]++)?[^\n:—–]{0,30}?"
    r"(?:(?:(?<=[\w.][^\S\n])|(?<=[\w.],[^\S\n]))\d{1,2}:\d{2}"
    r"|il[^\S\n]+y[^\S\n]+a[^\S\n]+\d{1,3}[^\S\n]*(?:min(?:utes?)?|h(?:eures?)?))(?=[^\S\n]*+:\s)"
)
_REVISION_MARK = re.compile(
    r"→(?=[^\W\d_])[^:→()\n]{1,60}?(?=\s*(?::|\)|$))"
    r"|^[ \t]*(?:version|r[ée]vision)(?:\s+actuelle)?(?:\s+dat[ée]e)?\s+du\s+\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}"
    r"(?:\s+[àa]\s+\d{1,2}\s*[h:]\s*\d{2})?"
    # … and an editing tool's comment head opening its line
    rf"|{_COMMENT_HEAD}",
    re.IGNORECASE | re.MULTILINE,
)
# … the line such a head opens: the comment, whose « demain », « mercredi » count from its stamp, not from the page
# (round 49: « SM — hier à 21:04 : ok pour publication mercredi matin. », « [Commentaire — Rédaction en chef,
# aujourd'hui, 08:55 : OK pour mise en ligne demain à 7 h. »: the stamp itself relative, its day unknown)
_COMMENTED_LINE = re.compile(rf"{_COMMENT_HEAD}[^\n]*+", re.IGNORECASE | re.MULTILINE)
# … and the words that count from now (never a month or a day of its own: « Le NIS disait 2 000 en septembre »)
_FROM_NOW = re.compile(r"(?:avant-)?hier|(?:apr[èe]s-)?demain|aujourd['’]hui|ce\s+(?:matin|soir)|cette\s+semaine")


def revision_marks(text: str) -> list[tuple[int, int]]:
    """Where a wiki's diff or history names the section a revision edited or stamps a revision, or an editing tool
    stamps a comment: no fact's date (round 40: « Janvier 2026 », « Été 2025 » of the sections edited were proposed as
    periods of the story; round 47: a comment's « hier à 21:04 »)."""
    return [mark.span() for mark in _REVISION_MARK.finditer(text)]


def commented_lines(text: str) -> list[tuple[int, int]]:
    """The lines an editing tool's comment head opens (« SM — hier à 21:04 : ok pour publication mercredi matin. »)."""
    return [line.span() for line in _COMMENTED_LINE.finditer(text)]


# A unified diff (`diff -u`, `git diff`: round 62, sealed41 x20): its file headers (« --- depeche_0957.txt
# 2025-02-12 09:57:03 », « +++ … ») stamp the files, its « - » lines are the text a correction took back. Neither
# tells a fact of the page as it now stands; its « + » and context lines do. The diff runs from its first header or
# hunk (« @@ -1,9 +1,9 @@ ») over the lines a diff prints: a mark (space, +, -, @, \\) first, or nothing.
_DIFF_START = re.compile(r"^(?:--- \S.*\n\+\+\+ \S|@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@)", re.MULTILINE)
_DIFF_LINE = re.compile(r"[ +\-@\\][^\n]*+|(?=\n)")


def retracted_lines(text: str) -> list[tuple[int, int]]:
    """Where a unified diff's file headers and « - » lines stand: what a page's correction removed, and when its
    files were saved (no fact's date, no count the page now gives)."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (start := _DIFF_START.search(text, position)) is not None:
        position = start.start()
        while (line := _DIFF_LINE.match(text, position)) is not None and position < len(text):
            if line.group().startswith(("-", "+++ ")):
                spans.append(line.span())
            position = line.end() + 1
    return spans


def counts_from_now(mention: str) -> bool:
    """Whether a date's words count from now (« demain », « hier », « ce matin »), as a comment's count from its
    stamp."""
    return _FROM_NOW.fullmatch(mention.strip().casefold()) is not None


# A feed's day separator: a day alone on its line without its year (« 12 mars », « Mercredi 12 mars »), as a Telegram
# channel or a live page prints it between its posts.
_SEPARATOR_DAY = re.compile(
    rf"(?:{WEEKDAY}\s+)?\d{{1,2}}(?:er)?\s+[^\W\d_]+"
    # … or the day named relative to the page (« Aujourd'hui », « Hier » over a phone's notifications: round 20)
    r"|aujourd['’]hui|hier",
    re.IGNORECASE,
)
# … or as a phone's conversation prints it over its messages, its weekday abbreviated and the clock of the first
# message after it (« mar. 17 déc. à 08:12 », « Hier 21:40 », « Aujourd'hui 07:55 »: round 74, sealed45 a19)
_SEPARATOR_WEEKDAY = re.compile(r"^(?:lun|mar|mer|jeu|ven|sam|dim)\.\s+(?=\d)", re.IGNORECASE)
_SEPARATOR_CLOCK = re.compile(r"(?<=[\w.])[ \t]+(?:[àa][ \t]+)?\d{1,2}[:h]\d{2}$", re.IGNORECASE)
# … perhaps set in a rule, as a chat's copy prints it (« ——————— lundi 4 novembre ——————— », « ─── Hier ─── »: round 62,
# sealed41 x19): three rule marks or more on each side
_RULE_MARKS = "-—–─━═_"


def _unruled(body: str) -> str:
    """A line's words without the rule it is set in, if it is set in one."""
    inner = body.strip(_RULE_MARKS)
    ruled = len(body) - len(body.lstrip(_RULE_MARKS)) >= 3 and len(body) - len(body.rstrip(_RULE_MARKS)) >= 3
    return inner.strip() if ruled else body


def day_separators(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a feed prints its days between its posts: each separator's line (start, end), where its posts end (the
    next separator or the end of the text) and its day, in the week up to the publication. The separator dates no fact;
    its posts were written that day, so their « ce soir », « aujourd'hui », « hier » count from it."""
    low = _moved(published.start, -_WEEK)
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = _SEPARATOR_WEEKDAY.sub("", _SEPARATOR_CLOCK.sub("", _unruled(line.group().strip())))
        if not _SEPARATOR_DAY.fullmatch(body.rstrip(".")):
            continue
        mentions = find_dates(body, published)
        day = parse_edtf(mentions[0].edtf) if len(mentions) == 1 and len(mentions[0].edtf) == 10 else None
        if day is not None and mentions[0].end - mentions[0].start == len(body) and low <= day.start <= published.end:
            if found:
                found[-1] = (*found[-1][:2], line.start(), found[-1][3])
            found.append((line.start(), line.end(), len(text), day))
    return found


_DOCUMENT_HEAD = re.compile(rf"(?:{_starts(words('document_heads'))})\s*(?:n°\s*)?\d{{0,3}}\s*[—–:-]\s")
_PARAGRAPH_END = re.compile(r"\S.*?(?:\n[ \t]*\n|\Z)", re.DOTALL)
# An episode's line in a podcast's list (« 14 mars 2025 · 45 min », « 13 déc. 2024 · 40 min »): its day and its length
_EPISODE_STAMP = re.compile(
    r"(?P<day>\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4})\s*[·•|–—-]\s*\d{1,3}\s*min(?:\s*\d{1,2}\s*s)?", re.IGNORECASE
)


def dated_documents(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a page reproduces a dated document under its heading (lexicon.toml `document_heads`: « Document 1 —
    Extrait d'une dépêche d'agence (adaptée), 28 avril 2025 »): the heading's line (start, end), where the document
    ends (the end of the paragraph under it) and the day that closes the heading. The heading dates no fact; the
    document was written that day, so its « hier », « samedi », « depuis octobre » count from it (round 29: a
    textbook's dispatch was read against the textbook's day). An episode of a podcast's list is such a document under
    its day and length (« 13 déc. 2024 · 40 min »): its « cette semaine », « jeudi » are that week's (round 33)."""
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        body = line.group().strip()
        episode = _EPISODE_STAMP.fullmatch(body)
        if not episode and not _DOCUMENT_HEAD.match(fold_word(body)):
            continue
        mentions = find_dates(episode["day"] if episode else body, published)
        last = mentions[-1] if mentions else None
        if last is None or not is_day(last.edtf) or (not episode and body[last.end :].strip(" .)")):
            continue
        if parse_edtf(last.edtf).start > published.end:  # an episode announced, not yet written
            continue
        under = _PARAGRAPH_END.search(text, line.end())
        end = under.end() if under else len(text)
        found.append((line.start(), line.end(), end, parse_edtf(last.edtf)))
    return found


# A press database's document head (an export of Europresse, Factiva): the document's day and its length in words, on
# one line (« Monde, mardi 10 décembre 2024 513 mots, p. 8 ») or the length on its line and the day alone on the next
# (« 513 mots » / « 10 décembre 2024 »). No sentence counts its own words that way.
_WORD_COUNT = r"\d{1,3}(?:[ \u00a0\u202f.]?\d{3})?[ \t\u00a0]+mots\b"
_DATABASE_DAY = r"(?P<day>\d{1,2}(?:er)?[ \t]+[^\W\d_]+[ \t]+\d{4})"
_DATABASE_HEADS = (
    re.compile(rf"^[^\n]*?{_DATABASE_DAY}[ \t]+{_WORD_COUNT}[^\n]*$", re.MULTILINE),
    re.compile(rf"^[ \t]*{_WORD_COUNT}[ \t]*\n[ \t]*{_DATABASE_DAY}[ \t]*$", re.MULTILINE),
)


def database_documents(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a press database's export prints its documents, each under a head naming its day and its length in words:
    the head's line (start, end), where the document ends (the next head or the end of the text) and its day, not
    after the export. The head dates no fact; the document was published that day, so its « samedi », « la veille »,
    « il y a deux semaines » count from it, not from the export's day (round 70: sealed46 h19, read two years off)."""
    heads: list[tuple[int, int, FuzzyDate]] = []
    for head in sorted((m for pattern in _DATABASE_HEADS for m in pattern.finditer(text)), key=lambda m: m.start()):
        day = _one_day(head["day"], published)
        if day is not None and day.end <= published.end:
            heads.append((head.start(), head.end(), day))
    ends = [start for start, _, _ in heads[1:]] + [len(text)] * bool(heads)
    return [(start, end, following, day) for (start, end, day), following in zip(heads, ends, strict=True)]


# A part of a page written on a day of its own: a dated heading (a changelog's « ## [2.2.1] - 2025-06-18 », a
# Markdown heading whose last words are its day) or a paragraph opening with its day and a full stop (a diary's
# « [p. 7] 27 novembre. Départ demain pour Koursk »), after a page mark in brackets perhaps.
_ENTRY_HEADING = re.compile(r"#{1,6}\s.*")
_PAGE_MARK = r"\[[^\[\]\n]{1,12}\]\s*"
_ENTRY_OPENING = re.compile(rf"(?:{_PAGE_MARK})?(?P<day>[^.\n]{{4,40}}?)\.\s")
_ENTRIES = 2  # a page is written by parts only where it has two of them at least


def _entry_day(body: str, published: FuzzyDate, *, whole: bool) -> date | None:
    """The day `body` names (the last date of a heading, the only date of an opening), if it is a day not after the
    publication and, in an opening, all `body` says."""
    mentions = find_dates(body, published)
    if not mentions or not is_day(mentions[-1].edtf) or (whole and (len(mentions) > 1 or mentions[0].start > 0)):
        return None
    last = mentions[-1]
    if body[last.end :].strip(None if whole else " ]).:"):
        return None
    day = parse_edtf(last.edtf)
    return day.start if day.end <= published.end else None


def dated_entries(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate, bool]]:
    """Where a page is written in dated parts: a changelog's versions under their dated headings, a diary's entries
    each opening with its day. For each part: where its heading or its opening stands (start, end), where the part
    ends (the next part, a line that opens with another date, or the end of the text), its day, and whether the day
    is a heading's (the page's furniture, dating no fact) or the entry's own first words (a fact's day: « 10 décembre.
    Premier engagement hier »). Each part was written on its day, so its « hier », « demain », « il y a six jours »,
    « le 9 janvier », « lundi » count from it, not from the page (round 38: they were read against the page's day, a
    year or more off). Only on a page with two such parts at least, each day not after the publication."""
    found: list[tuple[int, int, int, FuzzyDate, bool]] = []
    for heading in (True, False):
        parts: list[tuple[int, int, date]] = []
        ends: dict[int, int] = {}
        for line in re.finditer(r"^[ \t]*(.*)$", text, re.MULTILINE):
            body = line.group(1).rstrip()
            if heading and _ENTRY_HEADING.fullmatch(body):
                day = _entry_day(body.lstrip("# "), published, whole=False)
                where = (line.start(1), line.end())
            elif not heading and (opening := _ENTRY_OPENING.match(body)):
                day = _entry_day(opening["day"], published, whole=True)
                where = (line.start(1), line.start(1) + opening.end("day"))
            else:
                day = None
            if day is not None:
                parts.append((*where, day))
            elif not heading and parts and _opens_an_entry(re.sub(rf"^{_PAGE_MARK}", "", body), published):
                ends.setdefault(len(parts) - 1, line.start(1))
        if len(parts) >= _ENTRIES:
            # a part runs to the next part, or to a line of a chronology that opens with another date (« Février. »)
            found += [
                (start, end, ends.get(index, following), parse_edtf(day.isoformat()), heading)
                for index, ((start, end, day), following) in enumerate(
                    zip(parts, [start for start, _, _ in parts[1:]] + [len(text)], strict=True)
                )
            ]
    return found


# A list's rows each stamped with the day and the clock they were written, then what was written there (a wiki's
# revision history: « actu | diff   1 mai 2025 à 21:14  ‎Kalmouk (discuter | contributions)‎ … →Reconnaissance
# officielle : Pyongyang confirme lundi »): the stamp opens the row, after bullets or the row's links joined by bars,
# and a column break (two spaces, a bar) parts it from the rest. A sentence never has that shape (« Le 4 novembre 2024
# à 10:00, les … »: a word before the day with no bar, a comma after the clock), nor a head's « Publié le … à 18h32 ».
_ROW_LINKS = r"(?:[(\[]?[^\W\d_]+[)\]]?\s*[|·•]\s*)+[(\[]?[^\W\d_]+[)\]]?\s+"
_ROW_STAMP = re.compile(
    rf"^[ \t]*(?:[-*•·–—]\s+|{_ROW_LINKS})?"
    r"(?P<stamp>(?P<day>\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}),?\s+(?:[àa]\s+)?\d{1,2}\s*[h:]\s*\d{2}(?::\d{2})?)"
    r"(?:[ \t\u00a0]{2,}|[ \t]*[|·•][ \t]*)(?P<rest>.+)$",
    re.MULTILINE,
)
_ROW_WORDS = re.compile(r"[^\W\d_]{2,}")
_ROW_SAYS = 3  # what a row says after its stamp: a few words (« (modifier) (annuler) » are a card's links)


def _one_day(printed: str, published: FuzzyDate) -> FuzzyDate | None:
    """The day a stamp prints (« 1 mai 2025 »), when it names exactly one."""
    days = [mention for mention in find_dates(printed, published) if is_day(mention.edtf)]
    return parse_edtf(days[0].edtf) if len(days) == 1 else None


def stamped_rows(text: str, published: FuzzyDate) -> list[tuple[int, int, int, int, FuzzyDate]]:
    """Where a page lists rows each stamped with its day and clock (a wiki's revision history, a log): the row's
    start, the stamp's start and end, the row's end and its day, not after the publication; on a page with two such
    rows at least. The stamp dates no fact; the row was written that day, so its « hier », « ce matin », « lundi »
    count from it (round 40: a revision history's summaries were read against the page's day, months off)."""
    found: list[tuple[int, int, int, int, FuzzyDate]] = []
    for row in _ROW_STAMP.finditer(text):
        if len(_ROW_WORDS.findall(row["rest"])) < _ROW_SAYS:
            continue
        day = _one_day(row["day"], published)
        if day is not None and day.start <= published.end:
            found.append((row.start(), row.start("stamp"), row.end("stamp"), row.end(), day))
    return found if len(found) >= _ENTRIES else []


# A chat's message stamp opening its line, as a messaging app exports a channel or a conversation (« [06/11/2024 08:47]
# Ukraine Direct FR (chaîne): … », « [08:47, 06/11/2024] Julie : … », « 06/11/2024 08:47 - Julie : … »): the day and
# the clock, in brackets or before a dash.
def _chat_day(group: str) -> str:
    return rf"(?P<{group}>\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}(?:er)?\s+[^\W\d_]+\.?\s+\d{{4}})"


_CHAT_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_MESSAGE_STAMP = re.compile(
    rf"^[ \t]*(?:\[\s*(?:{_chat_day('d1')}[,\s]+(?:[àa]\s+)?{_CHAT_CLOCK}|{_CHAT_CLOCK}[,\s]+{_chat_day('d2')})\s*\]"
    rf"|{_chat_day('d3')},?\s+(?:[àa]\s+)?{_CHAT_CLOCK}\s+[-–—](?=\s))",
    re.IGNORECASE | re.MULTILINE,
)


def message_stamps(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a chat's export stamps each message at the start of its line: the stamp's start and end, where its message
    ends (the next stamp or the end of the text) and its day, not after the publication. The stamp dates no fact; the
    message was written that day, so its « ce matin », « hier », « demain » count from it."""
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for stamp in _MESSAGE_STAMP.finditer(text):
        day_text = stamp["d1"] or stamp["d2"] or stamp["d3"]
        days = [m for m in find_dates(day_text, published) if len(m.edtf) == 10]
        day = parse_edtf(days[0].edtf) if len(days) == 1 else None
        if day is None or day.start > published.end:
            continue
        if found:
            found[-1] = (*found[-1][:2], stamp.start(), found[-1][3])
        found.append((stamp.start(), stamp.end(), len(text), day))
    return found


# A signed comment's signature at the end of its line, as a wiki's talk page prints it (« … — Kimchi-Lyon (discuter) 12
# février 2025 à 21:07 (CET) »): a user name, a link of lexicon.toml `signature_marks` in brackets or a time zone of
# `time_zones` after the clock (or both), and the day with its year.
_USER_WORD = r"@?[^\W_](?:[^\s()—–|]{0,38}[^\s()—–|.,;:!?»])?"  # « Stéphane.M », « Boréal-42 », never « jours. »
_USER = rf"{_USER_WORD}(?:\s++{_USER_WORD}){{0,2}}"
_SIGNATURE_MARK = rf"\(\s*{printed_phrases('signature_marks')}(?:\s*[|·•]\s*{printed_phrases('signature_marks')})*\s*\)"
_TIME_ZONE = rf"\(\s*{printed_phrases('time_zones')}\s*\)"
_SIGNED_DAY = (
    r"(?P<day>\d{1,2}(?:er)?\s++[^\W\d_]+\.?\s++\d{4}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?P<clock>\s*+(?:[àa,]\s*+)?\d{1,2}\s*+[h:]\s*+\d{2})?"
)
_SIGNATURE = re.compile(
    rf"(?:^|(?<=\s)|(?<=[—–-]))(?P<dash>[—–-]{{1,2}}\s*+)?{_USER}\s*+"
    rf"(?P<mark>{_SIGNATURE_MARK})?\s*+,?\s*+{_SIGNED_DAY}\s*+(?P<zone>{_TIME_ZONE})?\s*+[.]?\s*+$",
    re.IGNORECASE,
)


def signed_comments(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a page of signed comments (a wiki's talk page) signs each one at the end of its line: the comment's start
    (the line's), the signature's start and end, and its day, not after the publication. The signature dates no fact;
    the comment was written that day, so its « désormais », « la semaine dernière », « il y a trois jours » count from
    it."""
    found: list[tuple[int, int, int, FuzzyDate]] = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        signature = _SIGNATURE.search(line.group())
        # … or a dash before the user and the clock after the day, as a question-and-answer site signs a comment
        # under an answer (« Merci ! Le briefing de la semaine dernière … – Théo_M 4 déc. 2025 à 10:05 »: round 74)
        if signature is None or not (
            signature["mark"] or signature["zone"] or (signature["dash"] and signature["clock"])
        ):
            continue  # « … a rencontré Kim le 12 février 2025 à 10:00 »: a fact's day and hour, no signature
        days = [m for m in find_dates(signature["day"], published) if len(m.edtf) == 10]
        day = parse_edtf(days[0].edtf) if len(days) == 1 else None
        if day is not None and day.start <= published.end:
            start = line.start()
            found.append((start, start + signature.start(), start + signature.end(), day))
    return found


# A comment's header alone on its line, the comment under it (a forge's issue thread, a site's comments): « mkovalenko
# commented on Nov 5, 2025 », « 1. Posté par Wendkouni, le 22 octobre 2025 à 11:02 »; lexicon.toml `comment_verbs`.
# The day is printed in French or as an English page prints it (« Nov 5, 2025 »), the clock after it perhaps.
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_COMMENT_HEADER = re.compile(
    rf"^[ \t]*(?:\d+\.\s+)?(?:{_USER}\s+)?{printed_phrases('comment_verbs')}[^\n]{{0,40}}?(?:\s+on|,?\s+le)\s+"
    rf"(?:(?P<mon>{'|'.join(_ENGLISH_MONTHS)})[a-z]*\.?\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})"
    r"|(?P<fr>\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}))"
    r"(?:\s*(?:[àa]|at|,)?\s*\d{1,2}\s*[h:]\s*\d{2})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _header_day(header: re.Match[str], published: FuzzyDate) -> FuzzyDate | None:
    """The day a comment's header prints, not after the publication."""
    if header["fr"]:
        day = _one_day(header["fr"], published)
    else:
        try:
            printed = date(int(header["y"]), _ENGLISH_MONTHS.index(header["mon"].lower()) + 1, int(header["d"]))
        except ValueError:
            return None
        day = parse_edtf(printed.isoformat())
    return day if day is not None and day.start <= published.end else None


def _line_after(text: str, end: int) -> str:
    """The line after the one that ends at `end` (empty at the end of the text)."""
    start = end + 1
    stop = text.find("\n", start)
    return text[start : stop if stop >= 0 else len(text)]


def comment_headers(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where a page prints comments each under a header that names its user and day (an issue thread, a site's
    comments): the header's start and end, where its comment ends (the next header or the end of the text) and its day;
    on a page with two such headers at least, each with its comment on the line right under it. The header dates no
    fact; the comment was written that day, so its « hier », « (mardi) » count from it (round 40: an issue thread's
    comments were read against the page's day, a week off)."""
    headers = [
        (header.start(), header.end(), day)
        for header in _COMMENT_HEADER.finditer(text)
        if _line_after(text, header.end()).strip() and (day := _header_day(header, published)) is not None
    ]
    if len(headers) < _ENTRIES:
        return []
    ends = [start for start, _, _ in headers[1:]] + [len(text)]
    return [(start, end, following, day) for (start, end, day), following in zip(headers, ends, strict=True)]


# A commit's date line as `git log` prints it (« Date:   Thu Jan 15 21:47:03 2026 +0100 »), its message under it
_COMMIT_DATE = re.compile(
    rf"^Date:[ \t]+[a-z]{{3}}[ \t]+(?P<mon>{'|'.join(_ENGLISH_MONTHS)})[ \t]+(?P<d>\d{{1,2}})[ \t]+\d\d:\d\d:\d\d"
    r"[ \t]+(?P<y>\d{4})(?:[ \t]+[+-]\d{4})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def commit_dates(text: str, published: FuzzyDate) -> list[tuple[int, int, int, FuzzyDate]]:
    """Where `git log` prints each commit's date: the line's start and end, where its message ends (the next commit's
    date line or the end of the text) and its day, not after the publication. The line dates no fact; the message was
    written that day, so its « janvier-février », « depuis un an » count from it (sealed39 v20: read against the
    page's day, a year off; round 58)."""
    found: list[tuple[int, int, date]] = []
    for line in _COMMIT_DATE.finditer(text):
        try:
            day = date(int(line["y"]), _ENGLISH_MONTHS.index(line["mon"].lower()) + 1, int(line["d"]))
        except ValueError:
            continue
        if day <= published.end:
            found.append((line.start(), line.end(), day))
    ends = [start for start, _, _ in found[1:]] + [len(text)] if found else []
    return [
        (start, end, following, parse_edtf(day.isoformat()))
        for (start, end, day), following in zip(found, ends, strict=True)
    ]


_UNRELATED_PICTURE = re.compile(printed_phrases("unrelated_pictures") + r"(?!\w)", re.IGNORECASE)


# A picture's credit ending its caption: « (KIM WON JIN / AFP) », « AHN YOUNG-JOON / AP », « via REUTERS - SBU »,
# « Photo Sergei Supinsky / AFP », « Crédit : Reuters », agencies in capitals (« KCNA VIA REUTERS »).
_CREDIT = (
    r"(?:\([^()\n]{2,60}/[^()\n]{2,40}\)|(?:photo|cr[ée]dit)s?\b[^\n]{0,60}|via\s+\S[^\n]{0,40}"
    r"|(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40})\s*/\s*\S[^\n]{0,30}|(?-i:[A-ZÀ-Ý]{2,}(?:[ '’.-]+[A-ZÀ-Ý]{2,}){0,4}))"
)
# … after the day the picture was taken, ending its description, perhaps with its place: « Le président …, à Séoul,
# le 7 novembre 2024. », « Le président, le 10 janvier 2025 à Kiev. »
_DATED_CAPTION = re.compile(
    rf",\s+(?:le\s+)?\d{{1,2}}(?:er)?\s+[^\W\d_]+\.?\s+\d{{4}}"
    rf"(?:\s+[àa]\s+(?-i:[A-ZÀ-Ý][\w'’-]*)(?:[ -](?-i:[A-ZÀ-Ý][\w'’-]*))?)?\s*\.?\s*(?:[–—-]\s*)?{_CREDIT}\s*$",
    re.IGNORECASE,
)


_CAPTION_MARK = re.compile(rf"^(?:{_starts(words('caption_marks'))})")
_CREDIT_LINE = re.compile(
    rf"^(?:{_starts(words('credit_lines'))})\s*:?\s*(?-i:[A-ZÀ-Ý][\w'’.-]*(?:\s*[/,-]?\s*[A-ZÀ-Ý][\w'’.-]*){{0,4}})$",
    re.IGNORECASE,
)


# A picture's description: one line of at most this many characters, one sentence at most (a paragraph of the story
# goes on after its first full stop)
_CAPTION_LENGTH = 200
_TWO_SENTENCES = re.compile(r"[.!?…]\s+\S")


def _reads_as_caption(body: str) -> bool:
    """Whether a line may be a picture's caption: short, one sentence at most, not a credit itself."""
    return (
        len(body) <= _CAPTION_LENGTH
        and _TWO_SENTENCES.search(body.rstrip('»”" .)')) is None
        and _CREDIT_LINE.match(body) is None
    )


def _credited_captions(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The captions of the credits alone on their line (« PHOTO AFP »): the line right above, if it reads as a caption
    (the usual layout, caption then credit), else the line right below, if it does. A blank line parts them: the line
    after a blank line under a credit is the story's."""
    spans: list[tuple[int, int]] = []
    for i, (_, _, body) in enumerate(lines):
        if _CREDIT_LINE.match(body) is None:
            continue
        above = lines[i - 1] if i > 0 else None
        below = lines[i + 1] if i + 1 < len(lines) else None
        if above is not None and above[2] and _reads_as_caption(above[2]):
            spans.append(above[:2])
        elif below is not None and below[2] and _reads_as_caption(below[2]):
            spans.append(below[:2])
    return spans


def unrelated_captions(text: str) -> list[tuple[int, int]]:
    """The lines that caption a picture of something else (lexicon.toml `unrelated_pictures`: « Photo
    d'illustration », « Image d'archives »), that date their picture by their last words, before its credit
    (« Le président sud-coréen à Séoul, le 7 novembre 2024. AHN YOUNG-JOON / AP »), that a caption mark opens
    (« [Photo] ») or that a credit alone on its line names (« PHOTO AFP », see `_credited_captions`): their dates are
    the picture's, never the story's. A caption that dates something else (« une vidéo diffusée le 12 janvier 2025
    par Kiev, montrant … Photo X / AFP ») keeps its date."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
    spans = {
        (start, end)
        for start, end, body in lines
        if body
        and (
            _UNRELATED_PICTURE.search(body)
            or _DATED_CAPTION.search(body)
            or _CAPTION_MARK.match(fold_word(body).lower())
        )
    }
    return sorted(spans.union(_credited_captions(lines)))


# A rail of local briefs: two lines or more in a row, each a place's or a topic's label, a colon and a headline with no
# full stop, perhaps after a bullet or its day in brackets (« Dans l'actualité basque », then « Bayonne : les fêtes de
# la Saint-Nicolas du 6 au 8 décembre », « Biarritz : 3 500 spectateurs pour le festival »; « (11/01/2025) Nantes : le
# périphérique fermé cette nuit »: round 81, sealed52's local pages). draft.py keeps those that name none of the
# store's entities: other news's days, no fact of the story (« Koursk : deux soldats capturés samedi » stays). A label
# that is a day or a month opens a chronology's entry, never a brief.
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*+(?:['’-][^\W\d_]++)*+"  # a name's word, capitalised (« Eure-et-Loir »)
_LABEL_LINK = printed_words("label_links")  # « de », « du », « d' » between a label's names
# (perhaps after the rail's section word in capitals and a dash, round 83: « LOCAL — Mahé : le Festival Kreol fixé du
# 23 au 31 octobre »)
_RAIL_SECTION = r"(?-i:[A-ZÀ-ÖØ-Þ]{3,})[^\S\n]*+[–—-][^\S\n]*+"
_BRIEF = re.compile(
    r"[^\S\n]*+(?:[>•·*–—-][^\S\n]*+|" + _RAIL_SECTION + r")?(?:\(\d{1,2}/\d{1,2}/\d{2,4}\)[^\S\n]*+)?"
    r"(?P<label>" + _NAME + r"(?:[^\S\n]++(?:" + _LABEL_LINK + r"[^\S\n]*+)?" + _NAME + r"){0,3})"
    r"[^\S\n]*+:[^\S\n]++\S[^\n]{0,120}(?<![.!?…])"
)
_DATE_LABEL = re.compile(rf"(?<!\w)(?:{WEEKDAY}|{MONTH_NAME})(?!\w)", re.IGNORECASE)


def _brief(line: str) -> bool:
    """A brief's line, its headline told in no past tense (« Washington : le Pentagone a confirmé le 28 octobre la
    présence de soldats » is a reaction told: review57)."""
    found = _BRIEF.fullmatch(line.rstrip())
    return (
        found is not None
        and _DATE_LABEL.search(found["label"]) is None
        and not tells_the_past(line[line.index(":", found.end("label")) :])
    )


# … the rail's heading, a short line of words with no colon nor stop that opens on a rail's (lexicon.toml
# `rail_headings`: « Dans l'actualité basque », « Vie locale »; « Les réactions », « Chronologie des faits » head the
# story's lines: review57), or its marks (« > », « • »), days in brackets or a section word opening every line
_RAIL_HEADING = re.compile(
    r"(?=" + printed_phrases("rail_headings") + r"(?![\w-]))[^\W\d_][^:.!?\n]{2,60}", re.IGNORECASE
)
_RAIL_MARK = re.compile(r"\s*+(?:[>•·*–—-]|\(\d|" + _RAIL_SECTION + ")")


# A box of local briefs at the page's foot, under the story (round 98: « Agenda », then « • Tram E : travaux place de la
# République jusqu'au 6 décembre. », « • Rila : fermeture de la route du monastère jusqu'au 6 janvier. »; « Besançon :
# la piscine Mallarmé fermée jusqu'au 3 mars pour travaux » and « Doubs : 412 nouveaux logements sociaux en 2025 »
# bulleted after a blank line): each line a label of names (« Verkehr/Trafic », « Tunnel du Grand-Saint-Bernard »), a
# colon and one sentence, perhaps with its full stop, told in no past tense and asking nothing.
_FOOT_LABEL = rf"{_NAME}(?:[^\S\n]*+/[^\S\n]*+{_NAME}|[^\S\n]++(?:{_LABEL_LINK}[^\S\n]*+)?{_NAME}){{0,4}}"
_FOOT_BRIEF = re.compile(
    r"[^\S\n]*+(?:[>•·*–—-][^\S\n]*+)?(?:\(\d{1,2}/\d{1,2}/\d{2,4}\)[^\S\n]*+)?"
    rf"(?P<label>{_FOOT_LABEL})[^\S\n]*+:[^\S\n]++(?P<headline>\S[^\n]{{0,140}})"
)
# … up to this many words on its heading's line, if it has one, a box's heading (lexicon.toml `foot_box_headings`:
# « Agenda », « Aussi aux nouvelles », « Kurz notiert / En bref », at its start or after its label's colon: « Haute-Meuse
# : l'agenda de la semaine »); any other heading may head the story's own lines (review64: « Les réactions », « Et
# maintenant ? », « Le plan prévoit : »). A heading in capitals heads a document's own section (« BESOINS ET LACUNES »
# over a report's « • Financement : 38 % des besoins couverts pour le premier trimestre 2025. », round 93's « AGENDA
# DES PROCHAINS JOURS » over an agency's own facts): its lines stay
_FOOT_HEADING_WORDS = 6
_FOOT_PLACE = rf"{_NAME}(?:[^\S\n]++(?:{_LABEL_LINK}[^\S\n]*+)?{_NAME}){{0,2}}"
_FOOT_HEADING = re.compile(
    rf"(?:[^:\n]{{1,60}}:\s*+|{_FOOT_PLACE}\s++)?(?="
    + printed_phrases("foot_box_headings")
    + r"(?![\w-]))[^\W\d_][^:.!?\n]{2,60}"
    + rf"|(?:dans\s++(?:l['’]\s*+|le\s++|la\s++|les\s++)|en\s++)?{_FOOT_PLACE}",
    re.IGNORECASE,
)
_STORY_BOX_HEADING = re.compile(printed_phrases("story_box_headings") + r"(?![\w-])", re.IGNORECASE)
# … and the box stands at the page's foot: more than this many times as many words of the page before it as after it,
# and at least this many words of the story's prose above it (lines that are neither briefs nor opened by a mark): a
# page of labelled lines alone is a round-up, the story itself (review64: « Genève : … le 12 mars. », « Bruxelles : … »
# under « Le point sur la journée »)
_FOOT_SHARE = 2
_FOOT_PROSE_WORDS = 50


# … never an act dated by a participle (« • Traité : signé le 19 juin 2024. », « • Incursion : lancée en août 2024. »,
# « • Sanctions : renouvelées jusqu'en juillet 2025. », review64): a fact of the story recalled, as a box of its points
# prints it. The pattern takes any word of a participle's ending (-é, -i, -u, -is, -it, and their feminine and plural)
# right before a date's opening word, so it also keeps « réunit le 11 », « prévu le 9 », « aussi le 9 », « depuis le 3
# mars »: such a brief stays (a day proposed), no fact is dropped
_SEASON = r"(?:printemps|[ée]t[ée]|automne|hiver)"
_DONE_ON = re.compile(
    r"(?<![\w'’-])[^\W\d_]{2,}(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?)\s++(?:en\s++vigueur\s++)?"
    rf"(?:le\s++\d|en\s++(?:\d|{MONTH_NAME}|{_SEASON})|dès|depuis|jusqu['’]en|d['’]ici|au\s++(?:\d|{MONTH_NAME}|printemps)"
    rf"|à\s++la\s++mi|début|fin|mi-|(?:à\s++)?l['’](?:été|ete|automne|hiver))",
    re.IGNORECASE,
)


# … and its label names no season nor part of a month either (« • Été : incursion … le 6 août. », « Mi-mars : … »:
# a chronology's entry, review64)
_FOOT_DATE_LABEL = re.compile(rf"(?<![\w-])(?:{_SEASON}|mi|début|fin)(?![\w])", re.IGNORECASE)


def _foot_brief(line: str) -> bool:
    """A line of a box of briefs (`_FOOT_BRIEF`): its label names no day or month, its headline is one sentence told
    in no past tense, no act dated by its participle (`_DONE_ON`)."""
    found = _FOOT_BRIEF.fullmatch(line.rstrip())
    if found is None or _DATE_LABEL.search(found["label"]) is not None:
        return False
    headline = found["headline"]
    return (
        _FOOT_DATE_LABEL.search(found["label"]) is None
        and not headline.rstrip('»”" )').endswith("?")  # an interview's question, never a brief
        and _TWO_SENTENCES.search(headline.rstrip('»”" .)')) is None
        and not tells_the_past(headline)
        and _DONE_ON.search(headline) is None
    )


def _foot_boxes(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The lines of the boxes of briefs at the page's foot: a run of two lines at least that read as briefs
    (`_foot_brief`), under a box's heading (`_FOOT_HEADING`: « Agenda », « Autour de … », « Moselle-Est »), each
    opened by a mark after a blank line, or each with no final stop between blank lines; more than twice the page's words before them than after, and fifty words at least of the
    story's prose above them (`_FOOT_PROSE_WORDS`); never under a heading in capitals, one of the story's own points
    (`_KEY_POINTS`: « Repères », « Chronologie ») or of its own lines (`_STORY_BOX_HEADING`: « Les réactions », « Et
    maintenant ? »), nor under a line that ends in a colon (« Le plan prévoit : »: the story's list). A run's first
    lines may be its heading (« Haute-Meuse : l'agenda de la semaine » over its bullets): the box is the longest tail of
    the run that reads as one. Linear: each line is read once, and the words and marks of a run are counted from sums
    over the page."""
    counts = list(itertools.accumulate((len(body.split()) for _, _, body in lines), initial=0))
    marks = list(itertools.accumulate((_RAIL_MARK.match(body) is not None for _, _, body in lines), initial=0))
    briefs = [_foot_brief(body) for _, _, body in lines]
    prose = list(
        itertools.accumulate(
            (
                0 if brief or _RAIL_MARK.match(body) is not None else len(body.split())
                for brief, (_, _, body) in zip(briefs, lines, strict=True)
            ),
            initial=0,
        )
    )
    # … a bulleted line above that reads as no brief (« • Dinant, mercredi 15 janvier, 20 h : conférence … ») is the
    # box's too: its heading is the line above its bullets
    bullets_from = list(range(len(lines)))
    for n in range(1, len(lines)):
        if _RAIL_MARK.match(lines[n][2]) is not None and _RAIL_MARK.match(lines[n - 1][2]) is not None:
            bullets_from[n] = bullets_from[n - 1]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and briefs[k]:
            k += 1
        after = counts[-1] - counts[k]
        closed = k == len(lines) or not lines[k][2].strip()
        for first in range(i, k - 1):
            top = bullets_from[first] if marks[k] - marks[first] == k - first else first
            heading = lines[top - 1][2].strip() if top > 0 else ""
            if heading and heading == heading.upper() and any(c.isalpha() for c in heading):
                continue
            if (
                _KEY_POINTS.match(folded_line(heading)) is not None
                or _STORY_BOX_HEADING.match(heading.lstrip("•·*–—-> ")) is not None
                or heading.endswith(":")
            ):
                continue  # « Repères », « Les réactions », « Le plan prévoit : »: the story's own lines
            boxed = (
                (not heading and marks[k] - marks[first] == k - first)
                or (_FOOT_HEADING.fullmatch(heading) is not None and len(heading.split()) <= _FOOT_HEADING_WORDS)
                # … or plain lines between blank lines, each with no final stop (round 81's headlines: « Besançon : la
                # piscine Mallarmé fermée jusqu'au 3 mars pour travaux »): a sentence with its stop is the story's
                or (
                    not heading
                    and closed
                    and not any(body.rstrip().endswith((".", "!", "?", "…")) for _, _, body in lines[first:k])
                )
            )
            if boxed and prose[first] >= _FOOT_PROSE_WORDS and counts[first] > _FOOT_SHARE * after:
                spans += [(start, end) for start, end, _ in lines[first:k]]
                break
        i = max(k, i + 1)
    return spans


def local_briefs(text: str) -> list[tuple[int, int]]:
    """The lines of a rail of briefs (« Bayonne : les fêtes … du 6 au 8 décembre » under « Dans l'actualité
    basque »), two in a row at least under the rail's heading or each opened by a mark, as (start, end) (round
    81)."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _brief(lines[j][2]):
            j += 1
        if j - i >= 2 and (
            all(_RAIL_MARK.match(body) for _, _, body in lines[i:j])
            or (i > 0 and _RAIL_HEADING.fullmatch(lines[i - 1][2].strip()) is not None)
        ):
            spans += [(start, end) for start, end, _ in lines[i:j]]
        i = max(j, i + 1)
    return spans


def foot_briefs(text: str) -> list[tuple[int, int]]:
    """The lines of the boxes of briefs at the page's foot (`_foot_boxes`, round 98), as (start, end)."""
    return _foot_boxes([(m.start(), m.end(), m.group()) for m in re.finditer(r"^.*$", text, re.MULTILINE)])


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


# « du lundi au vendredi », « tous les jours »: a week's schedule (lexicon.toml `schedules`), as printed
_SCHEDULE = re.compile(printed_phrases("schedules") + r"(?!\w)", re.IGNORECASE)


# « Chaque fin de semaine, on envoie des colis au front », « se réunit chaque premier dimanche du mois à 14 h », « chaque
# mardi de novembre, 20 h »: a day that comes back, no day of any fact (round 47); the fact's own day stays (« comme
# chaque samedi depuis février 2022 »: the period is read). Possessive spaces: linear on a run of them.
_RECURRING = re.compile(
    r"(?<![\w-])chaque\s++(?:(?:premi[eè]re?|derni[eè]re?|deuxi[eè]me|troisi[eè]me)\s++)?"
    rf"(?:{WEEKDAY}|fin\s++de\s++semaine|week-?end)"
    rf"(?:\s++(?:du\s++mois|de\s++(?:{MONTH_NAME})))?(?![\w-])",
    re.IGNORECASE,
)


# « du lundi au jeudi à 19h », « reçoit le mardi de 14h à 16h », « visites guidées le premier dimanche du mois »:
# weekdays without a day's number, as a timetable names them (round 59: `_SCHEDULE` lists the common runs only). Told
# in the past, a run of weekdays is a story's days (« tués ou blessés en trois jours, du samedi au lundi »): those
# are kept (`schedules`). Possessive spaces: linear on a run of them.
# … and a weekday the week leaves out, or one with nothing after it to its sentence's end (round 83: « ouverte tous les
# jours sauf le lundi », « fermé le mardi », « Courriers publiés le jeudi. »): no day's number, no « prochain »; a
# closure only with its « le » (« fermé mardi » is one day's, review58), a weekday ending its sentence only after a
# plural participle (« arrivent à Koursk le mercredi. » is a story's historical present, review58)
_HABITUAL_DAYS = re.compile(
    rf"(?<![\w-])(?:du\s++{WEEKDAY}\s++au\s++{WEEKDAY}(?![\w-])(?!\s*+\d)"
    rf"|le\s++(?:premi[eè]re?|derni[eè]re?|deuxi[eè]me|troisi[eè]me)\s++{WEEKDAY}\s++du\s++mois(?![\w-])"
    rf"|le\s++{WEEKDAY}\s++(?:de|[àa]|d[èe]s)\s++\d{{1,2}}\s*+h"
    rf"|(?:(?:sauf|except[ée])\s++(?:le\s++)?|ferm[ée]e?s?\s++le\s++){WEEKDAY}(?![\w-])(?!\s*+\d)"
    rf"|(?<=\w\w[ée]s\s)(?<!apr[èe]s\s)le\s++{WEEKDAY}(?=\s*+[.;]?\s*+$))",
    re.IGNORECASE,
)


def schedules(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence prints a week's schedule (« Podcast … du lundi au vendredi », « nos émissions tous les
    jours »), a day that comes back (« chaque fin de semaine ») or, in a sentence told in no past or future tense, a
    timetable's weekdays (« le mardi de 14h à 16h »): a habit, no day of any fact. Found once per sentence (a pasted
    page is one sentence)."""
    told = tells_the_past(sentence) or tells_the_future(sentence)  # « se tiendront du lundi au mercredi »: its days
    patterns = (_SCHEDULE, _RECURRING) if told else (_SCHEDULE, _RECURRING, _HABITUAL_DAYS)
    return [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(sentence)]


# « Voir l'article du Monde du 7 février. », « (1) Voir notre numéro 185, automne 2024. », « [1] Voir aussi la note
# n° 21 (mars 2025). »: a sentence, or a note after its number, that opens by
# sending the reader to another text (lexicon.toml `references`); « Voir des soldats partir, ça me brise le cœur »
# opens on a verb's subject, no reference.
_REFERENCE = re.compile(
    r"\s*+(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)])?\s*+" + printed_phrases("references") + r"(?!\w)", re.IGNORECASE
)


# « Météo : 24° à Sion ce jeudi », « avec la météo : jusqu'à 7 degrés cet après-midi »: a weather box or bulletin, a
# temperature after its label and colon; its days are the forecast's (round 59). A bulletin without a temperature may
# be news (« Météo : jusqu'à 15 cm de neige attendus dans les Alpes d'ici dimanche », a fact of sealed18's truth).
# … perhaps naming its place before the colon (« Météo Franches-Montagnes : ce week-end, 24 degrés samedi », round 64),
# a name (« Météo à Caen : 11°C »): never a sentence's words (« Les conditions météo restent difficiles : le 5 janvier,
# il faisait -20 degrés »); or its forecast's label (« Prévisions : -4 °C samedi, neige dimanche. »: round 73)
# … the place's name after the label, perhaps after a preposition and its article (« Météo du Lot : », « La météo de la
# Presqu'île : 24°C samedi »: round 81)
_WEATHER_PLACE = r"(?:[^\S\n]++(?:(?:[àa]|de|du|des|en|sur|pour|dans)[^\S\n]++(?:la[^\S\n]++|l['’])?)?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*+){0,3}"
# … and the altitude a forecast gives (« neige attendue au-dessus de 900 m ce week-end »: round 81; the snow line « neige
# jusqu'à 800 mètres mercredi »: round 89), no measure of news
_ALTITUDE = (
    r"(?<![\w-])(?:au-dessus\s++de|[àa]\s++partir\s++de|d[èe]s|jusqu['’]\s*+[àa])"
    r"\s++\d{3,4}\s*+m(?:[èe]tres)?(?![\w-])"
)
_WEATHER = re.compile(
    r"(?<!\w)(?:m[ée]t[ée]o|pr[ée]visions)" + _WEATHER_PLACE + r"\s*+:[^\n:]{0,80}?\d{1,2}\s*+(?:°|degr[ée]s(?!\w))",
    re.IGNORECASE,
)


# … or in words alone, no figure after the label up to its sentence's end (« Météo : neige attendue ce week-end sur les
# Vosges », « Direct : … · Météo : fortes pluies sur l'Est ce soir »: round 76), the label first on its line or its
# part (never « Les conditions météo : pluies et boue … »), a weather word of lexicon.toml `weather_words` after it; a push alert with its measure (« Météo : jusqu'à 15 cm de neige attendus dans les Alpes
# d'ici dimanche », sealed18's fact) is news
_WORDED_WEATHER = re.compile(
    r"(?:^|[·•|›—–])[^\w\n]*+m[ée]t[ée]o"
    + _WEATHER_PLACE
    + r"\s*+:[^\n:\d]{0,80}?"
    + printed_phrases("weather_words")
    + r"(?![\w-])",
    re.IGNORECASE,
)


_A_FIGURE_OR_A_LINE = re.compile(r"[\d\n]")
# … nor a wind's speed (« rafales à 45 km/h »: round 89)
_AN_ALTITUDE = re.compile(rf"{_ALTITUDE}|(?<![\w,.])\d{{1,3}}\s*+km/h(?!\w)", re.IGNORECASE)  # no figure of news


def forecasts_the_weather(sentence: str) -> bool:
    """Whether the sentence gives the weather's forecast (« Météo : 24° à Sion ce jeudi », « Météo : neige attendue ce
    week-end »): its days are the forecast's, no fact's (round 59, round 76). A weather word after « Météo : » counts
    when no figure and no other line follow it to the end; only the last such label is tried, whose rest is the
    shortest (review56: testing the rest after each label was quadratic on a line of labels)."""
    if _WEATHER.search(sentence) is not None:
        return True
    labels = list(_WORDED_WEATHER.finditer(sentence))
    if not labels:
        return False
    rest = sentence[labels[-1].end() :]
    rest = rest[:-1] if rest.endswith("\n") else rest  # `$` allowed one final newline
    return _A_FIGURE_OR_A_LINE.search(_AN_ALTITUDE.sub("", rest)) is None


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


_OWN_PROGRAMME = re.compile(printed_phrases("own_programmes") + r"(?!\w)", re.IGNORECASE)

# A radio's or a channel's call to tonight's programme, on its own line (« Ce soir à 20 heures : « Débat Plus », avec
# deux députés », « À écouter ce soir à 19h : « Le Grand Débat » », « Ce soir sur Radio Contact : le Top 40 de 20h à
# 22h », « Écoutez le reportage dans Corsica Sera, ce soir à 18h »): tonight and a clock hour on a line that opens on
# a listener's cue (lexicon.toml `broadcast_cues`), whatever its verbs (« Sera » is a name), or that opens on « ce
# soir », told in no future, with the cue in its opening label (before its first comma or colon) or the hour right
# before a label's colon, which a programme's title in quotes may follow (round 81: sealed52-54's radio pages, nine
# such lines read as events). News told tonight keeps its day: told in the past or the future, with a cue further on
# (« Zelensky s'adressera à la nation ce soir à 20 h sur les ondes de … », « s'exprime ce soir à 20 h en direct sur
# … »), a quote in its story (« Ce soir à 19 h, le Kremlin dément « toute présence » … ») or a colon after its
# story's hour (« Ce soir, à 2 h 30, les troupes attaquent : selon Kiev, … »); « cette nuit » is a night's news, no
# programme's (review57)
_TONIGHT = re.compile(rf"(?<![\w-])(?:{alternatives('broadcast_evenings', spaced=True)})(?![\w-])", re.IGNORECASE)
_TONIGHT_HOUR = re.compile(
    r"(?<![\w,.])\d{1,2}\s*+(?:h(?:\s*+\d\d)?|heures?)(?!\w)|(?<![\w-])minuit(?![\w-])", re.IGNORECASE
)
_BROADCAST_CUE = re.compile(printed_phrases("broadcast_cues") + r"(?![\w-])", re.IGNORECASE)
_LINE_OPENING = re.compile(r"[\s•·*–—-]*+")
_LABEL_END = re.compile(r"[,:]")
_HOUR_THEN_COLON = re.compile(r"\s*+:")
# … a programme's title after its label's colon: a few words, capitalised, in quotes, right followed by its day or
# hour (« « Le Grand Forum » mardi à 21h », « « Bonjour Louisiane », du lundi au vendredi »): a quote followed by its speaker's verb is a statement reported
# (« « Nous n'enverrons aucun soldat », déclare lundi à 20 h le ministre », review64), and so is a quote in lower case
# (« « la contre-offensive » lundi à 6 h, selon l'état-major »)
_PROGRAMME_TITLE = re.compile(
    r"\s*+[«\"“]\s*+(?P<title>(?-i:[A-ZÀ-ÖØ-Þ])[^«»\"“”\n]{0,60})[»\"”]\s*+,?\s*+"
    rf"(?:(?:du|le|les|de|dès|à|chaque|tous\s++les|ce|cette)\s++)?(?:\d|(?:{WEEKDAY}|minuit|midi|demain)(?![\w-]))",
    re.IGNORECASE,
)
_PROGRAMME_TITLE_WORDS = 6


def announces_a_broadcast(sentence: str) -> bool:
    """Whether the sentence calls its listeners to tonight's programme (« Ce soir sur Radio Star : Star Club, de 21 h
    à minuit »), or to another day's under a cue and a colon (« À suivre sur Radio Horizon : « Le Grand Forum » mardi à 21h »):
    its days are the page's schedule, no fact's (round 81, review57, round 98)."""
    tonight = _TONIGHT.search(sentence)
    if "\n" in sentence.strip():
        return False
    clocks = list(_TONIGHT_HOUR.finditer(sentence))
    if not clocks or tells_the_past(sentence):
        return False
    opening = _LINE_OPENING.match(sentence)
    start = opening.end() if opening is not None else 0
    cue = _BROADCAST_CUE.match(sentence, start)
    if tonight is None:
        # another day's programme: its cue, a colon ending the line's opening label and the programme's title in
        # quotes (round 98: « À l'antenne cette semaine : « Bonjour Louisiane », du lundi au vendredi, 6 h à 9 h »,
        # « En ondes ce week-end : « Matin des Combes » … »); never news told live (« En direct sur France 24, le ministre
        # annonce lundi à 20 h … »: a comma first; « À l'antenne de RFI lundi à 8 h : le ministre dément »: no title;
        # « En direct sur France 24 : « Nous n'enverrons aucun soldat », déclare lundi … »: a quote reported, review64)
        label = _LABEL_END.search(sentence, start)
        if cue is None or label is None or label.group() != ":":
            return False
        title = _PROGRAMME_TITLE.match(sentence, label.end())
        return title is not None and len(title["title"].split()) <= _PROGRAMME_TITLE_WORDS
    if cue is not None:  # « Écoutez le reportage dans Corsica Sera, ce soir à 18h »: the call, whatever its words
        return True
    if tonight.start() != start or tells_the_future(sentence):
        return False
    label = _LABEL_END.search(sentence, start)
    label_end = label.start() if label is not None else len(sentence)
    if any(c.start() < label_end for c in _BROADCAST_CUE.finditer(sentence, start)):
        return True  # « Ce soir sur Radio Azur : … »
    # « Ce soir dans le Club, de 21h à minuit : vos dédicaces », « Ce soir à 20 heures : « Débat Plus » »
    return any(_HOUR_THEN_COLON.match(sentence, c.end()) is not None for c in clocks)


def names_its_own_programme(sentence: str) -> bool:
    """Whether the sentence names the page's own programme, post or issue (lexicon.toml `own_programmes`: « notre
    documentaire …, ce jeudi à 22h35 », « Mon papier complet sort jeudi prochain sur mon blog »): its dates are the
    page's schedule, no fact's."""
    return _OWN_PROGRAMME.search(sentence) is not None


_LOCAL_EVENT = re.compile(printed_phrases("local_events") + r"(?![\w-])", re.IGNORECASE)
# … or where to go: a street address (« au 12, rue du Commerce », « 11 rue Gauguin », « au 1250 boulevard
# René-Lévesque Ouest »: a number, then a street word of lexicon.toml `street_words` and its name)
_STREET = re.compile(
    r"(?<![\w,.])\d{1,4}(?:-\d{1,4})?,?\s+" + printed_phrases("street_words") + r"\s+(?:[A-ZÉÈÀ]|d[eu]s?\s|de\s|d['’])"
)


# What a page tells its reader about an event it has just announced, opening the sentence after it on its line
# (lexicon.toml `practical_info`: « … le lundi 26 janvier. Renseignements : 02 33 00 00 00 »)
# (up to three marks, each with the spaces after it, read once: spaces both marks and gaps could take were split
# every way on a long run of them, quadratic)
# (a label's word is one only before its colon or a mark, or alone: `practical_labels`)
_PRACTICAL = re.compile(
    r"\s*+(?:[^\w\s]\s*+){0,3}+"
    rf"(?:{printed_phrases('practical_info')}(?![\w-])|{printed_phrases('practical_labels')}\s*+(?:[^\w\s'’-]|$))",
    re.IGNORECASE,
)


# … or what a ticket costs (« (entrée 3 €) », « (entrée : 2 000 FCFA) », « entrée 15 francs »: round 83): a sum after
# « entrée » is a reader's fee, which no fact of the story has (never « l'entrée en guerre », « l'entrée 3 du camp »)
_ENTRY_FEE = re.compile(printed_phrases("entry_fee_labels") + r"\s*+:?\s*+\d", re.IGNORECASE)


def announces_a_local_event(sentence: str, after: str = "") -> bool:
    """Whether the sentence announces a local public event (lexicon.toml `local_events`: « organise une collecte
    samedi 16 novembre », « donnera une conférence jeudi 14 novembre à 18 h 30 »), gives a street address, or is
    followed on its line (`after`, the rest of the line) by what a reader needs to come (« Renseignements : … »,
    « Entrée libre », round 43), or gives its entry fee (« (entrée 3 €) », round 83): a day it names after the publication, or one it runs until (« se poursuit jusqu'au
    20 décembre »), is the page's service information, no fact."""
    return (
        _LOCAL_EVENT.search(sentence) is not None
        or _STREET.search(sentence) is not None
        or _ENTRY_FEE.search(sentence) is not None
        or _PRACTICAL.match(after) is not None
    )


# … and a hall by its name or its number (« salle Fleurisia », « salle 3.12 »), or where one goes (« à la salle des
# fêtes »; lexicon.toml `local_halls`, `local_halls_gone_to`); never after « en » (« sortira en salle », « en salle du
# Conseil »: review59), nor a hall of a seat of power named in its phrase (`seats_of_power`: « dans la salle
# Saint-Georges du Kremlin », review60)
_NO_SEAT = rf"(?![^,.;:!?()\n]{{0,40}}?{printed_phrases('seats_of_power')}(?![\w-]))"
_HALL = (
    rf"|(?<![\w-])(?<!(?<!\w)en\s){printed_words('local_halls')}\s+(?-i:[A-ZÀ-ÖØ-Þ]|\d){_NO_SEAT}"
    rf"|{printed_phrases('local_halls_gone_to')}(?![\w-]){_NO_SEAT}"
)
_LOCAL_VENUE = re.compile(printed_phrases("local_venues") + r"(?![\w-])" + _HALL, re.IGNORECASE)


def names_a_venue(sentence: str) -> bool:
    """Whether the sentence names where the public goes (lexicon.toml `local_venues`: « salle Fleurisia », « à la
    galerie La Spirale », « tiendra un stand »): a day it names after the publication is the venue's, no fact (round
    89); unlike `announces_a_local_event`, it says nothing of a day before it."""
    return _LOCAL_VENUE.search(sentence) is not None


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


_READERS_DEADLINE = re.compile(printed_phrases("readers_deadlines") + r"(?![\w-])", re.IGNORECASE)
# … and a class's homework (round 83: « À faire pour jeudi 30 janvier · Donné le 27/01 », « Devoirs pour lundi : lire
# … »): opening its sentence, or a weekday or a numbered day right after it; never news's « Il reste beaucoup à faire
# pour sécuriser la frontière d'ici l'été », « Moscou a beaucoup à préparer pour l'offensive prévue le 15 avril »
# (review58)
_HOMEWORK_WORDS = printed_words("homework_words")  # lexicon.toml `homework_words`
_HOMEWORK = re.compile(
    rf"^[^\w]*+{_HOMEWORK_WORDS}(?![\w-])"
    rf"|(?<![\w'’]){_HOMEWORK_WORDS}\s++(?:le\s++)?(?:{WEEKDAY}(?![\w-])|\d{{1,2}}(?:er)?\s)",
    re.IGNORECASE,
)


def sets_a_readers_deadline(sentence: str) -> bool:
    """Whether the sentence gives the page's reader a day to act by (lexicon.toml `readers_deadlines`: « Inscription
    avant vendredi », « À rendre pour le lundi 26 janvier », « Merci de confirmer votre présence avant le vendredi 9
    octobre »): any day to come it names, or the days up to it, are the page's service information, no fact."""
    return _READERS_DEADLINE.search(sentence) is not None or _HOMEWORK.search(sentence) is not None


def _names(entity: Entity) -> list[str]:
    return [fold_word(n).strip() for n in dict.fromkeys((entity.name.en, entity.name.fr, *entity.aliases)) if n]


def _known(name: str, media: list[Entity]) -> Entity | None:
    folded = fold_word(name).strip(" .")
    return next((e for e in media if folded in _names(e)), None)


def propose_outlet(text: str, entities: Iterable[Entity]) -> tuple[str, str] | None:
    """The outlet's English name and why: a byline line beats a dateline's agency (an outlet « avec AFP »
    publishes the agency's copy under its own name)."""
    media = [e for e in entities if e.kind == "media"]
    if not media:
        return None
    agency: tuple[str, str] | None = None
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        folded = fold_word(line)
        for entity in media:
            for name in _names(entity):
                if folded.startswith(name) and _BYLINE_TAIL.match(folded[len(name) :].strip()):
                    return entity.name.en, f"guess: byline « {quoted_line(line, 60)} »"
        dateline = _DATELINE.match(line)
        if dateline and agency is None:
            found = _known(dateline["agency"], media)
            if found is not None:
                agency = found.name.en, f"guess: dateline « {line[: dateline.end()].strip()} »"
    return agency


# A day the page prints: « 14 mars 2025 », « 1er novembre 2024 », « 5 déc 2024 », « 03/11/2025 », in folded text.
_PAGE_DAY = r"(?P<d>\d{1,2})(?:er)?\s+(?P<m>[a-z]+)\.?\s+(?P<y>\d{4})|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})"
# The page's own dates, most telling first: « Publié le … », a wire dateline, « Mis à jour le … ».
_PAGE_DATES = (
    re.compile(rf"^publie(?:e)?\s+le\s+(?:[a-z]+\s+)?(?:{_PAGE_DAY})"),
    re.compile(rf"^[a-z'’ .-]+,\s*(?:[a-z]+\s+)?(?:{_PAGE_DAY})\s*\([^()]{{2,40}}\)\s*[-–—]"),
    re.compile(rf"^(?:mis(?:e)?\s+a\s+jour|modifie(?:e)?|actualise(?:e)?)\s+le\s+(?:[a-z]+\s+)?(?:{_PAGE_DAY})"),
)


def _day_of(match: re.Match[str]) -> date | None:
    """The day a page prints, when it is one the store keeps (« 3 mars 9999 » is none)."""
    month = int(match["m2"]) if match["d2"] else month_number(match["m"])
    try:
        day = date(int(match["y2"] or match["y"]), month, int(match["d2"] or match["d"])) if month else None
    except ValueError:
        return None
    return day if day is not None and day <= LATEST_STORE_DATE else None


# a wire story reprinted the next day or the one after (« Publié le 10/12 », « KIEV, 9 déc »), or across a weekend
# (a Friday's dispatch in a weekly's Monday issue: « Lundi 13 octobre 2025 » over « Séoul, 10 octobre 2025 (AFP) »,
# round 70), or up to six days, a weekly's page over a dispatch of the week before (round 84: « SÉOUL, 24 octobre
# (AFP) - … a assisté jeudi » on a Thursday's page is the 23rd, not the page's day; « à partir de lundi », which
# round 70 saw counted from the page in sealed43 b13, is a start still to come from the dateline too)
_DISPATCH_LAG = (1, 6)


# a wire dateline without its year, as Reuters, Belga and Keystone-ATS print it (« SÉOUL, 4 septembre (Reuters) - »,
# « Bruxelles, mardi 24 juin (Belga) - »): the year is the page's, or the one before
_YEARLESS_DATELINE = re.compile(
    rf"^[a-z'’ .-]+,\s*(?:{WEEKDAY}\s+)?(?P<d>\d{{1,2}})(?:er)?\s+(?P<m>[a-z]+)\.?\s*\([^()]{{2,40}}\)\s*[-–—]"
)


def _yearless_dispatch(match: re.Match[str], published: date) -> date | None:
    """The day a yearless dateline names: the latest such day not after the page's publication."""
    month = month_number(match["m"])
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(match["d"])) if month else None
        except ValueError:
            return None
        if day is None or day <= published:
            return day
    return None


def dispatch_day(text: str, published: date) -> date | None:
    """The day a wire story was written, when its dateline (« KIEV, 9 déc 2025 (AFP) - », or without its year as
    Reuters, Belga and Keystone-ATS print it, « SÉOUL, 4 septembre (Reuters) - »: rounds 77 and 80) names one a day
    to six before the page's publication (`_DISPATCH_LAG`): the story's « d'ici », « il y a », « hier » count from it (sealed32: three AFP pages reprinted the next day, whose
    truths count from the dateline); None otherwise."""
    for raw in text.splitlines():
        folded = fold_word(" ".join(raw.split()))
        match = _PAGE_DATES[1].match(folded)
        day = _day_of(match) if match is not None else None
        if day is None and (bare := _YEARLESS_DATELINE.match(folded)) is not None:
            day = _yearless_dispatch(bare, published)
        if day is not None:
            lag = (published - day).days
            return day if _DISPATCH_LAG[0] <= lag <= _DISPATCH_LAG[1] else None
    return None


def quoted_line(line: str, limit: int) -> str:
    """A page's line as a note quotes it: whole, or its first `limit` characters cut after a word and ended with
    « … », so a cut quote never reads as verbatim (rev32 R18: « … auraient été t »)."""
    if len(line) <= limit:
        return line
    head = line[: limit + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head[1:] else line[:limit]
    return cut.rstrip(" ,;:-–") + " …"


def propose_published(text: str) -> tuple[str, str] | None:
    """The publication day the page prints of itself, and the line it is read from: « Publié le 14 mars 2025 à
    10h12 », then a dateline (« MOSCOU, 14 mars 2025 (AFP) - »), then « Mis à jour le … »; None when it prints none."""
    lines = [" ".join(raw.split()) for raw in text.splitlines()]
    for pattern in _PAGE_DATES:
        for line in lines:
            match = pattern.match(fold_word(line))
            if match is not None and (day := _day_of(match)) is not None:
                return day.isoformat(), quoted_line(line, 80)
    return None


_HEADLINE_WORDS = (3, 30)  # a headline is a phrase: more than a label (« Ukraine »), less than a paragraph


def headline(text: str) -> str | None:
    """The page's first line when it reads as its printed headline (rev30 U6): a few words, no full stop at its end,
    no stamp, byline or dateline; else None. A guess: a section heading or a kicker reads the same. Its spaces are
    the headline's words apart (a row of tab-separated headers is no title `check` accepts); a line holding another
    control character is none."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = " ".join(line.split())
    words = len(first.split())
    if NOT_TEXT.search(first) or not _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]:
        return None
    if _ends_a_sentence(first) or page_furniture(first):
        return None
    return first if not _web_chrome(first) else None


# « Par Jeanne Dupont », « Par Claire MARTIN », « Par Marc Lefèvre, correspondant à Kiev »: a byline alone on its line
# among the page's first or last lines (rev32 R5). Its name is who signs the article, the source's `author`, never an
# entity to add; « Par la rédaction » and an outlet (« Par AFP », a media entity) sign no one.
_BY = re.compile(rf"^par\s+(?P<name>{_NAMES}(?:\s+(?:et|avec)\s+{_NAMES})?)\s*(?:,\s*[^,]{{1,60}})?\.?$", re.IGNORECASE)
_BYLINE_REACH = 6  # non-empty lines from either end of the page
_BYLINE_WORDS = 8


def propose_author(text: str, entities: Iterable[Entity]) -> tuple[str, str, tuple[int, int]] | None:
    """The name a byline signs, the line as printed, and where that line stands; None without a byline."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    media = [e for e in entities if e.kind == "media"]
    for start, end, line in (*lines[:_BYLINE_REACH], *lines[-_BYLINE_REACH:]):
        found = _BY.match(" ".join(line.split()))
        if found is None or len(line.split()) > _BYLINE_WORDS:
            continue
        # « Par Lucas Ferreira avec AP »: the people, not the agency; « Par Le Figaro avec AFP », « Par Euronews »:
        # an outlet (an article, or one word), no one's name
        people = [p for p in _JOINED.split(found["name"]) if _known(p, media) is None]
        if people and all(len(p.split()) > 1 and not _ARTICLE.match(p) for p in people):
            return " et ".join(people), line, (start, end)
    return None


_JOINED = re.compile(r"\s+(?:et|avec)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:les?|la|l['’])(?:\s|(?<=['’]))", re.IGNORECASE)
