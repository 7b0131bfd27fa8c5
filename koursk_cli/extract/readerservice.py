"""What a sentence tells the page's reader (pure): a week's schedule or a day that comes back, the weather's forecast,
tonight's programme or the page's own, a day to act by: the page's service information, no fact of the story. And a local event the page announces, and where it is held: its day is a fact the page tells (the lead's
session-68 call), even in a timetable's shape (draft.py)."""

from __future__ import annotations

import re

from .clauses import tells_the_future, tells_the_past
from .frcalendar import MONTH_NAME, WEEKDAY, WEEKDAYS
from .frnegation import NEGATION_ADVERB
from .lexicon import alternatives, printed_nouns, printed_phrases, printed_words

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
    rf"|(?<=\w\w[ée]s\s)(?<!apr[èe]s\s)le\s++{WEEKDAY}(?=\s*+[.;]?\s*+$)"
    # … and the day a paper, a column or a show comes out on (round 139: « Sa chronique paraît le mardi », « Parution le
    # jeudi », « la newsletter du mardi et du jeudi », « notre cahier Lire du samedi », « le marché du samedi »)
    rf"|{printed_phrases('issue_verbs')}\s++le\s++{WEEKDAY}(?:\s++et\s++le\s++{WEEKDAY})?(?![\w-])(?!\s*+\d)"
    rf"|{printed_phrases('issue_nouns')}(?:\s++[^\W\d_]++){{0,2}}?\s++du\s++{WEEKDAY}"
    rf"(?:\s++et\s++du\s++{WEEKDAY})?(?![\w-])(?!\s*+\d))",
    re.IGNORECASE,
)
# A weekday in a title's name, its capital after another's (« Le Journal du Dimanche », « Le Lecteur du Dimanche »,
# « Le Progrès-Dimanche »): no day, whatever the sentence tells (round 139)
_TITLE_DAY = re.compile(
    rf"(?-i:[A-ZÀ-Ý][\w'’]*+(?:\s++du\s++|-)(?:{'|'.join(day.capitalize() for day in WEEKDAYS)}))(?![\w-])(?!\s*+\d)"
)


def schedules(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence prints a week's schedule (« Podcast … du lundi au vendredi », « nos émissions tous les
    jours »), a day that comes back (« chaque fin de semaine ») or, in a sentence told in no past or future tense, a
    timetable's weekdays (« le mardi de 14h à 16h »): a habit, no day of any fact. Found once per sentence (a pasted
    page is one sentence)."""
    told = tells_the_past(sentence) or tells_the_future(sentence)  # « se tiendront du lundi au mercredi »: its days
    patterns = (_SCHEDULE, _RECURRING, _TITLE_DAY) if told else (_SCHEDULE, _RECURRING, _TITLE_DAY, _HABITUAL_DAYS)
    return [(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(sentence)]


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
# … or a ticket's, with its currency (« billets à 9 € », « Billets : 25 $ », round 124)
_TICKET_PRICE = re.compile(
    printed_phrases("ticket_labels")
    + r"\s*+(?::\s*+|[àa]\s++)?\d[\d\s.,]*+(?:€|\$|"
    + printed_words("ticket_currencies")
    + r"(?![\w-]))",
    re.IGNORECASE,
)


_MEETING_RECORD = re.compile(printed_phrases("meeting_records") + r"(?![\w-])", re.IGNORECASE)


def announces_a_local_event(sentence: str, after: str = "") -> bool:
    """Whether the sentence announces a local public event (lexicon.toml `local_events`: « organise une collecte
    samedi 16 novembre », « donnera une conférence jeudi 14 novembre à 18 h 30 »), gives a street address, or is
    followed on its line (`after`, the rest of the line) by what a reader needs to come (« Renseignements : … »,
    « Entrée libre », round 43), or gives its entry fee (« (entrée 3 €) », round 83, « billets à 9 € », round 124);
    never the minutes of one held (`meeting_records`: « Procès-verbal de l'assemblée générale du 26 septembre »). Its
    days are facts the page tells (the lead's session-68 call); told in no past tense, the event lies ahead, so a day
    of it read before the publication was misread (draft.py)."""
    return _MEETING_RECORD.search(sentence) is None and (
        _LOCAL_EVENT.search(sentence) is not None
        or _STREET.search(sentence) is not None
        or _ENTRY_FEE.search(sentence) is not None
        or _TICKET_PRICE.search(sentence) is not None
        or _PRACTICAL.match(after) is not None
        or _ENTRY_FEE.match(after.lstrip()) is not None  # « … à 20 h 30. Entrée : 5 €, gratuit pour les adhérents. »
    )


# … and a hall by its name or its number (« salle Fleurisia », « salle 3.12 »), or where one goes (« à la salle des
# fêtes »; lexicon.toml `local_halls`, `local_halls_gone_to`); never after « en » (« sortira en salle », « en salle du
# Conseil »: review59), nor a hall of a seat of power named in its phrase (`seats_of_power`: « dans la salle
# Saint-Georges du Kremlin », review60)
_NO_SEAT = rf"(?![^,.;:!?()\n]{{0,40}}?{printed_nouns('seats_of_power')}(?![\w-]))"
_HALL = (
    rf"|(?<![\w-])(?<!(?<!\w)en\s){printed_words('local_halls')}\s+(?-i:[A-ZÀ-ÖØ-Þ]|\d){_NO_SEAT}"
    rf"|{printed_phrases('local_halls_gone_to')}(?![\w-]){_NO_SEAT}"
)
_LOCAL_VENUE = re.compile(printed_phrases("local_venues") + r"(?![\w-])" + _NO_SEAT + _HALL, re.IGNORECASE)


def names_a_venue(sentence: str) -> bool:
    """Whether the sentence names where the public goes (lexicon.toml `local_venues`: « salle Fleurisia », « à la
    galerie La Spirale », « tiendra un stand »): an event there, whose day is a fact the page tells even as a
    timetable's entry (draft.py; round 89, the lead's session-68 call); unlike `announces_a_local_event`, it says
    nothing of a day before it."""
    return _LOCAL_VENUE.search(sentence) is not None


# a gathering's noun, never a press or a peace conference (lexicon.toml `not_gatherings`)
# (perhaps after an elided article: « l'atelier », round 124), never « La Réunion », the island (review75)
_GATHERING_NOUN = (
    rf"(?!{printed_words('not_gatherings')}(?![\w-]))(?!(?<=[Ll]a\s)(?-i:R))"
    rf"{printed_nouns('gathering_nouns')}s?(?![\w-])"
)
_ANNOUNCING_VERB = rf"(?<!\bne\s)(?<!\bn['’])(?<!\bne\sse\s)(?<!\bpas\s){printed_phrases('announcing_verbs')}(?![\w-])"
# a gathering and the verb that announces it, in one clause: the verb at most a few words after it (« Un débat sur la
# guerre se tiendra »), or right before it (« organisera une conférence »), or « prochain(e) » before it
# (« Prochaine conférence de l'association : jeudi 12 décembre à 20 h »)
_ANNOUNCED_GATHERING = re.compile(
    rf"{_GATHERING_NOUN}[^,;:.!?()\n]{{0,40}}?{_ANNOUNCING_VERB}"
    rf"|{_ANNOUNCING_VERB}[^,;:.!?()\n]{{0,25}}?{_GATHERING_NOUN}"
    rf"|(?<![\w'’])prochaine?\s+{_GATHERING_NOUN}"
    # … or an agenda's entry opening on its gathering, perhaps after a label (« • Concert de Noël, cathédrale
    # Saint-Aubain, samedi 21 décembre, 20 h », « Agenda : soirée dabké à Montréal, samedi 16 août, 20 h »)
    rf"|^[^\w]*+(?:[^\W\d_][\w'’-]*+(?:\s++[^\W\d_][\w'’-]*+){{0,2}}\s*+[:.]\s*+)?{_GATHERING_NOUN}"
    # … or an entry's item after its colon or a bullet, first or after a comma (« • Dinant, mercredi 15 janvier, 20 h :
    # conférence « … » », « Mon Ciné : jeudi 19 mars, 20 h, rencontre avec les réalisateurs »), or as the occasion
    # (« lors du vernissage, le samedi 14 décembre à 11 h », « lors d'un concert »), or after a screening (« suivi d'un
    # débat »)
    rf"|[:•▸›·](?:[^.;!?:•▸›·\n]{{0,60}}?,)?\s*+{_GATHERING_NOUN}"
    rf"|(?<![\w-])lors\s++d(?:u|es|e\s++la|e\s++l['’]|['’]\s*+une?)\s*+(?:\w+\s++)?{_GATHERING_NOUN}"
    rf"|(?<![\w-])suivie?s?\s++d['’]\s*+une?\s++{_GATHERING_NOUN}",
    re.IGNORECASE,
)
_ON_AIR = re.compile(
    rf"(?:{printed_phrases('on_air_cues')}|{printed_phrases('broadcast_cues')}"
    rf"|(?<![\w'’])sur\s++{printed_words('channels')}"
    rf"|(?<!\d)\d{{1,2}}\s*+h(?:\s*+\d{{2}})?\s*+[,–—-]\s*+{printed_words('channels')})(?![\w-])",
    re.IGNORECASE,
)


_CANCELLED = re.compile(printed_phrases("cancellations") + r"(?![\w-])", re.IGNORECASE)
_BROADCAST_VERB = re.compile(printed_phrases("broadcast_verbs") + r"(?![\w-])", re.IGNORECASE)
_ANNOUNCING = re.compile(_ANNOUNCING_VERB, re.IGNORECASE)
_BROADCAST_SLOT = re.compile(printed_nouns("broadcast_slots") + r"(?![\w-])", re.IGNORECASE)  # « L'émission … »


def puts_on_the_air(sentence: str) -> bool:
    """Whether the sentence puts a programme on the air or online (« Diffusion mardi 24 mars à 22 h 35 sur ARTE »,
    « Rediffusion jeudi 26 novembre à 01:10 », « sera diffusée mercredi 26 février à 20 h 30 », lexicon.toml
    `on_air_cues`, `broadcast_cues`, `broadcast_verbs`, `broadcast_slots`, a TV guide's channel): a weekday to come
    with its hour there is the page's schedule, no event's day (`slots_no_event`; round 128)."""
    return any(p.search(sentence) is not None for p in (_ON_AIR, _BROADCAST_VERB, _BROADCAST_SLOT))


# « Votre rendez-vous est confirmé pour le jeudi 11 septembre à 10 h 15 », « Prière de rendre les formulaires mardi à
# 12 h », « Merci de vous présenter jeudi à 9 h »: a form's, a booking's or a notice's line, about the reader's own
_THE_READER_S = re.compile(r"^\W*+(?:votre|vos|pri[èe]re\s++de|merci\s++de|veuillez)\s", re.IGNORECASE)
_A_TEMPERATURE = re.compile(r"(?<![\w,.])\d{1,2}\s*+(?:°|degr[ée]s(?!\w))", re.IGNORECASE)  # a forecast's
_NO_EVENT = re.compile(
    rf"{printed_nouns('service_notices')}(?![\w-])|{printed_phrases('weather_words')}(?![\w-])"
    rf"|{printed_phrases('not_gatherings')}(?![\w-])|{printed_phrases('cancellations')}(?![\w-])",
    re.IGNORECASE,
)
# … and a gathering denied (« La conférence ne se tiendra pas le jeudi 16 janvier à 18 h »)
_DENIED = re.compile(
    rf"(?<![\w'’])n(?:e\s++|['’]\s*+)(?:se\s++|s['’]\s*+)?[^\W\d_]++\s++{NEGATION_ADVERB}(?![\w-])", re.IGNORECASE
)


def slots_no_event(sentence: str) -> bool:
    """Whether a weekday to come with its hour in the sentence is the page's schedule or service, no public event's
    day: a programme put on the air (`puts_on_the_air`); the reader's own booking or a form's line (« Votre rendez-vous
    est confirmé pour le jeudi 11 septembre à 10 h 15 », « Prière de rendre … »); a service's notice, the weather's
    (« Le ciel sera dégagé mercredi à 14 h, avec 27 °C »), a press conference, a council's sitting, a cancelled or
    denied gathering (lexicon.toml `service_notices`, `weather_words`, `not_gatherings`, `cancellations`; round 128,
    review79)."""
    return (
        puts_on_the_air(sentence)
        or _THE_READER_S.match(sentence) is not None
        or _A_TEMPERATURE.search(sentence) is not None
        or _NO_EVENT.search(sentence) is not None
        or _DENIED.search(sentence) is not None
    )


def announces_a_gathering(sentence: str) -> bool:
    """Whether the sentence announces a gathering the public comes to (lexicon.toml `gathering_nouns`: a conference, a
    debate, a screening, a mass) with a verb of its clause (`announcing_verbs`: « organisera », « se tiendra »,
    « aura lieu », never denied) or as the next of its kind: « Un débat se tiendra le jeudi 16 janvier à 19 heures »,
    « Prochaine conférence : jeudi 12 décembre à 20 h », or opening an agenda's entry or one of its items (« Mon Ciné :
    jeudi 19 mars, 20 h, rencontre avec les réalisateurs »), or as the occasion (« lors du vernissage »), or after a
    screening (« suivi d'un débat », round 124); its days are facts the page tells, even with their hour (draft.py,
    round 123). Never a press or a peace conference (`not_gatherings`), nor one put on the air or online
    (`on_air_cues`, `broadcast_cues`, a TV guide's `channels`: « sur France 2 », « en direct », « 20 h 55, France 2 »:
    review74)."""
    return (
        _ON_AIR.search(sentence) is None
        and _CANCELLED.search(sentence) is None
        and (_BROADCAST_VERB.search(sentence) is None or _ANNOUNCING.search(sentence) is not None)
        and _ANNOUNCED_GATHERING.search(sentence) is not None
    )


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
