"""The page's furniture on one line (pure): web chrome (« Publié le … », « Lire aussi | … », a comment's head), the
page's stamps (« Le 24 octobre 2024 à 08h31, modifié le … »), alone or in parts beside a byline, a counter or chrome,
a review's stars, a section heading in capitals and a wire story's dateline. `page_furniture` says how much of a
sentence dates the page rather than a fact; the readers of the page's frame, boxes and head ask it."""

from __future__ import annotations

import re

from .frcalendar import MONTH_NAME, WEEKDAY, WEEKDAY_CUT
from .lexicon import alternatives, printed_phrases, words
from .pagelines import folded_line, phrase_alternation

# « MOSCOU, 14 mars 2025 (AFP) - », « KIEV (Reuters) — »: a city in capitals, maybe a date, the agency in brackets.
DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]+(?:\s*,[^()\n]{0,40})?\s*\((?P<agency>[^()\n]{2,40})\)\s*[-–—]")


_NOTE_TAIL = 60  # how long the page's note on itself may go on after its verb (its day, its clock, why)


# A web page's furniture: a line that starts with one of lexicon.toml's `chrome_lines` (« Publié le … », « Mis à jour… »,
# « Temps de lecture : 4 min », « Lire aussi | <another article's title> »), and a few shapes no word list says: « Lecture
# 3 min », « FRANCE 24 Suivre », a live page's time stamp alone on its line (« Il y a 2 heures »). Its dates and
# figures are the page's, not facts.
# A byline may come first on the line (« Par Sophie Leroy | Publié le 21/06/2025 à 06h00 », « Sophie Leroy | Mis à
# jour … », « Par Sophie Leroy - Publié le … »): a short run of words up to a pipe or a bullet (« Écrit par Sylvain
# Wamytan avec AFP • Publié le … »: round 20), or « Par … » up to a dash.
_BYLINE_FIRST = r"(?:[^|•·.!?]{1,60}?\s*[|•·]\s*|par\s+[^,.!?|]{1,60}?\s+[–—-]\s+)?"
_CHROME = re.compile(
    rf"^{_BYLINE_FIRST}(?:(?:{phrase_alternation(words('chrome_lines'))})(?![\w-])|lecture\s*:?\s*\d|[a-z0-9 ]+\s+suivre$"
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
    rf"|[^\w\s]?\s*(?:{phrase_alternation(words('notice_lines'))})(?![\w-])"
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
    # a reader's question's credit, its day in figures ending the line (« Question posée par Martine le 13/01/2025 »:
    # round 137); never a question a sentence goes on to tell (« Question posée par Ciotti le 12 novembre 2025 au
    # ministre », review89)
    r"|question\s+posee\s+par\s+[^\W\d_]+,?\s+le\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$"
    # a newsletter's box, its days a schedule's: no figure but a clock hour (« Newsletter La Libre International, le
    # mardi et le vendredi », « Le Figaro · Newsletter Le Club Défense, un jeudi sur deux »: round 137); a line that
    # dates a fact has its day's number (« Newsletter interdite : le 4 février 2026, Roskomnadzor a bloqué … »: review89)
    # or a colon after other words (« Lettre d'information de la présidence : lundi, Kiev a capturé … »: review91; a
    # label's own colon stays, « Newsletter : Le Marsan ce soir, du lundi au vendredi à 18 h »)
    r"|(?:newsletter|infolettre|lettre\s+d'information)(?![\w-])(?:\s*:)?(?:[^\d\n:]|\d{1,2}\s*h(?:\s*\d\d)?(?!\w))*$"
    # the page's note on itself, its sentence ending after a short tail (round 139: « Cette entrevue a été réalisée le
    # 14 août. », « Cet article a été mis à jour mardi 24 février à 11h30. », « Ce reportage de La Presse Canadienne a
    # été publié pour la première fois le 21 juillet 2026. »); never « Ce texte » (a law's), another's article, talk or
    # report (« Cet article de la Constitution a été modifié », « Cet entretien entre Poutine et Kim a été réalisé »), nor
    # a note that goes on to news (« Cette dépêche a été actualisée lundi avec le bilan : 300 soldats … »: review91)
    r"|(?:cet|cette|ce)\s+(?:(?:article|reportage|entrevue|entretien|interview|depeche)\s+(?:a\s+ete|sera)\s+"
    r"(?:mise?\s+a\s+jour|modifiee?|realisee?|actualisee?)"
    r"|(?:article|reportage|depeche)\s+de\s+[^,.!?:;]{1,40}?\s+a\s+ete\s+publiee?\s+pour\s+la\s+premiere\s+fois)"
    rf"(?![\w-])[^:;!?]{{0,{_NOTE_TAIL}}}$"
    # a sign-off alone on its line (« À mardi prochain ! »)
    rf"|(?:{phrase_alternation(words('farewells'))})(?:\s+prochain)?\s*[!.…]*$"
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


# The page's footer (round 137): a copyright and its year alone in a part after the outlet's line (« Le Courrier du
# Velay, quotidien de la Haute-Loire depuis 1946 - © 2025 », « Le Courrier de Bizerte, fondé en 1998 · © 2026 ·
# contact@… »), or opening a line that names the outlet and nothing else (« © 2025 Le Progrès-Dimanche »); never a
# photo's or a map's credit, which names whose it is (« Soudja, le 12 mars 2025 - © AFP 2025 », « … · © 2026 Reuters »,
# « © 2025 AFP : les forces russes ont repris Soudja le 12 mars 2025. »: review89), nor a sentence's that names a day
# or a month (« Kiev a capturé le 2 février deux soldats – (c) 2026 »: review91). Read on the line as printed:
# folding drops the sign and the capitals.
_COPYRIGHT_SIGN = r"(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)"  # « © 2025 », « (c) 2025 », « Copyright 2026 »
_NAMES_A_DAY = rf"(?i:[^\n]*?(?<![\w-])(?:{MONTH_NAME}|{WEEKDAY})(?![\w-]))"  # a month or a weekday, anywhere after
_COPYRIGHT = re.compile(
    rf"(?!{_NAMES_A_DAY})[^\n©]*?\s[·•|–—-]\s*+{_COPYRIGHT_SIGN}\s*+(?:19|20)\d\d(?!\d)\s*+(?:[·•|–—-][^\n]*+)?$"
    rf"|\s*+{_COPYRIGHT_SIGN}\s*+(?:19|20)\d\d\s++(?:[A-ZÀ-Ý][\w'’.-]*+\s*+){{1,5}}\.?$"
    # … or the outlet's name first, its sign and year ending the line (« Le Progrès-Dimanche © 2026 »), and an online
    # review's own (« Copyright Mai 2025-Mourgues/Diploweb.com »: round 139)
    r"|\s*+(?:[A-ZÀ-Ý][\w'’.-]*+\s*+){1,5}©\s*+(?:19|20)\d\d\s*+\.?$"
    r"|\s*+(?:Copyright|COPYRIGHT)\s++(?:[A-Za-zéû]++\s++)?(?:19|20)\d\d\s*+[-–]\s*+\S++$"
)
# An interview's credit alone on its line (« Propos recueillis par Claire Jungo le 29 avril », « Propos recueillis par
# Léa Fontanel, à Séoul, le 5 octobre. », « Propos recueillis le mercredi 18 juin, par téléphone. »: round 137): who
# gathered the words, where and when, nothing else; never a sentence that goes on (« Propos recueillis par les
# enquêteurs le 12 mars 2025, les aveux du soldat ont été versés au dossier », « « Propos recueillis sous la torture »,
# a dénoncé l'avocat »: review89)
# A person's or an outlet's name: capitalised words, perhaps joined by a particle (« Claire Jungo », « Jean d'Ormesson »)
NAMES = r"(?-i:[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de\s+|du\s+|des\s+|d['’])?[A-ZÀ-Ý][\w'’.-]*){0,4})"
_INTERVIEW_CREDIT = re.compile(
    r"\s*+(?:propos\s++recueillis|(?:entretien|interview|entrevue)\s++r[ée]alis[ée]e?)(?:\s++et\s++traduits)?"
    rf"(?:\s++par\s++{NAMES})?(?:\s*+,?\s*+[àa]\s++{NAMES})?"
    rf"(?:\s*+,?\s*+(?:le\s++)?(?:{WEEKDAY}\s++)?\d{{1,2}}(?:er)?(?:\s++{MONTH_NAME}(?:\s++\d{{4}})?|/\d{{1,2}}/\d{{2,4}})"
    r"(?:\s++[àa]\s++\d{1,2}\s*+[h:]\s*+\d\d)?)?(?:\s*+,\s*+par\s++t[ée]l[ée]phone)?\s*+\.?\s*+$",
    re.IGNORECASE,
)


def web_chrome(line: str) -> bool:
    """Whether a line (or a part of one) is the page's furniture, not the article's (`_CHROME`, `_COPYRIGHT`,
    `_INTERVIEW_CREDIT`)."""
    furniture = any(
        pattern.match(text) is not None
        for pattern, text in ((_CHROME, folded_line(line)), (_COPYRIGHT, line), (_INTERVIEW_CREDIT, line))
    )
    return furniture and not (_ANNOUNCED.match(line) or _LIVE_ENTRY.match(line))


# A live page's closing banner opening its line, perhaps after the entry's clock (lexicon.toml `live_closings`), a
# sentence of its own or its clause before « merci » or a farewell; the rest of the line no figure but clock hours (a
# closing entry that sums the day up, « Fin de ce direct. Kim a annoncé ce lundi l'envoi de 2 000 soldats », stays the
# news's: review91)
_LIVE_CLOSING = re.compile(
    rf"(?:\d{{1,2}}\s*+[h:]\s*+\d\d\s*+[—–-]?\s*+)?(?:{phrase_alternation(words('live_closings'))})"
    r"(?:\s++pour\s++aujourd'hui)?(?:\s*+[.!…]|\s*+,\s*+(?=merci|rendez-vous|a\s+demain|bonne|nous\s+reprenons))"
    r"(?:[^\d]|\d{1,2}\s*+(?:h|heures?)(?:\s*+\d\d)?(?![\w-]))*+$"
)


def closed_live_lines(text: str) -> list[tuple[int, int]]:
    """The lines a live page closes on (`_LIVE_CLOSING`): each of their sentences is the live's own (« Merci de l'avoir
    suivi et rendez-vous demain matin. », « Ce live reprend demain à 7h. »), no fact's day."""
    return [
        (line.start(), line.end())
        for line in re.finditer(r"^.+$", text, re.MULTILINE)
        if _LIVE_CLOSING.match(folded_line(line.group()))
    ]


# « Le 24 octobre 2024 à 08h31, modifié le 24 octobre 2024 à 19h12 »: a line of time stamps and nothing else, the day
# written any way a page prints it (« Mercredi, 15 janvier 2025 », « jeu. 14 août 2025 », « 17.02.2026 », « 19/12/24 »,
# « Aujourd'hui »), the clock after it with or without « à » or a pipe (« 02/05/2025 11:48 Actualisé 02/05/2025
# 14:20 », « le 13.03.2025 | 12h00 »).
_PRINTED_DAY = (
    rf"(?:(?:{WEEKDAY}|{WEEKDAY_CUT}\.),?\s+)?(?:le\s+)?"
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
# (« Janvier 2026, pages 8 et 9 »): the day, not a fact's.
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
_BYLINE_PART = re.compile(
    rf"^(?:par\s+)?{NAMES}(?:\s+(?:avec|et)\s+{NAMES}|\s*\((?:avec\s+)?{NAMES}\))?$"
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


# A year as a page prints it, alone (« 2025 ») or in a day's digits (« 03/11/25 »)
PRINTED_YEAR = re.compile(r"(?<!\d)(?:(?P<year>\d{4})|\d{1,2}[./-]\d{1,2}[./-]\d{2})(?!\d)")


def _stamp_line(line: str) -> bool:
    """Whether a line is the page's stamps in parts, a byline, an outlet, a counter or chrome beside them, the stamp
    a day with its clock time or its year."""
    parts = _PARTS.split(line.strip(" ."))
    # a day alone on its line heads a chronology's entry (« 18 octobre 2024 »): a day without its clock needs a part
    # beside it
    stamps = [
        bool(
            _STAMP_PART.match(part)
            or (len(parts) > 1 and _DAY_PART.match(part) and PRINTED_YEAR.search(part))
            or _SHORT_STAMP_PART.match(part)
        )
        for part in parts
    ]
    return any(stamps) and all(
        stamp or _CLOCK_PART.match(part) or _BYLINE_PART.match(part) or _COUNTER_PART.match(part) or web_chrome(part)
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
        web_chrome(sentence)
        # each run of white space made one space: a byline's or a weekday's `\s+` then `\s*` split a long run at every
        # place, quadratic on a word and 8,000 spaces (round 51's report)
        or _STAMPS.match(" ".join(sentence.split()).strip(" ()"))
        or _stamp_line(sentence)
        or _RATED_STAMP.match(sentence.strip())
        or _caps_heading(sentence)
    ):
        return len(sentence)
    dateline = DATELINE.match(sentence)
    return dateline.end() if dateline else 0
