"""The page's own outlet's sentence about itself, anywhere on the page (pure): its name, the noun that says what it is
and the year it began (« Radio Dijon Campus, la radio étudiante de Dijon depuis 1982. », « Esprit, revue fondée en
1932. », « L'Estran est un média indépendant fondé en 2019. »). The year is the outlet's age, no fact's date (round
129: a footer's or a box's line on 26 pages of the held-out sets).

The shape is strict, since news names outlets and years too (review81–83: « Fondée en 1924, Radio Kyiv a été
frappée le 1er mars 2022 », « À Pyongyang, la télévision d'État diffuse depuis 2024 des images », « Meduza, un média
interdit en Russie depuis 2023 », « KCTV, la télévision d'État depuis 1963, diffuse les noms de 101 morts »): the
name is a line of the page's head (its masthead: the page's own outlet, never one the story names); one year, no
other date word and no other number; what it is headed by an outlet's noun (lexicon.toml `outlet_heads`); no verb, no
state (`outlet_states`, a participle) and no object after the year."""

from __future__ import annotations

import re
from itertools import islice

from .frcalendar import MONTH_NAME, WEEKDAY
from .frwords import fold_word
from .lexicon import words
from .pagelines import folded_line
from .sentences import split_sentences

_YEAR = r"[12]\d{3}"
_DIGITS = re.compile(r"\d+")
_DATE_WORDS = re.compile(rf"(?<!\w)(?:{MONTH_NAME}|{WEEKDAY})(?!\w)", re.IGNORECASE)
# the founding: « fondée en 1932 », « créé en 2011 », « lancé en 2020 », each a word of its own (« condamné en 2023 »
# is no « né en »: review81)
_FOUNDED = r"(?<![\w'’])(?:fond|cr[eé]|lanc)[eé]e?s?\s+en"
# … or « né en 2005 » after the name (« Le Bondy Blog, média en ligne né en 2005 »), or « depuis » the year
_BEGAN = re.compile(rf"(?:(?<![\w'’])depuis|{_FOUNDED}|(?<![\w'’])n[eé]e?s?\s+en)\s+{_YEAR}(?!\d)", re.IGNORECASE)
# The name, as printed: a capital first, then a few words (« L'Écho de la Sûre », « Le Réveil hennuyer », « Radio
# Campus Besançon »), never a preposition or a pronoun first (« À Pyongyang, … », « Selon Kiev, … »); then a comma, a
# dash, or the copula before « un » or « une » (« Séoul Express est un média indépendant fondé en 2019 »)
_NAME_WORD = r"[\w'’.&-]+"
_NAME = re.compile(rf"(?P<name>[A-ZÀ-Ý0-9]{_NAME_WORD}?(?: {_NAME_WORD}){{0,5}}?)(?P<sep>, | [–—•·|] | est (?=une? ))")
# … and after an article, a capital (« Le Réveil hennuyer », never « La brigade Azov, un média à elle seule … »)
_COMMON_NOUN = re.compile(r"(?:(?:Le|La|Les|The) |L['’])(?![A-ZÀ-Ý0-9])")
# (the words a sentence of news opens with: « Aujourd'hui, … », « D'après Kiev, … », « Hors de Russie, … »: review82)
_NOT_NAMES = (
    words("prepositions")
    | words("adverbs")
    | frozenset({"il", "elle", "ils", "elles", "on", "nous", "les", "des", "du", "pourtant", "cependant", "ainsi"})
    | frozenset({"enfin", "donc", "mais", "or", "cote"})
)
# What it is: an outlet's noun at the head (« la radio libre », « votre hebdomadaire », « un site d'information
# indépendant », « l'un des trois grands quotidiens »: lexicon.toml `outlet_heads`), after an article, a count or a
# few adjectives that stand before a noun
_BEFORE_HEAD = (
    frozenset({"le", "la", "les", "l", "un", "une", "des", "votre", "notre", "plus", "premier", "premiere"})
    | frozenset({"principal", "principale", "seul", "seule", "deux", "trois", "quatre", "cinq"})
    | words("prenominal_adjectives")
)
_HEADS = frozenset(head.replace("'", " ") for head in words("outlet_heads"))  # as `_words` reads them
_STATES = words("outlet_states")
# … and what follows the year: nothing, a separator and a few words of the page (« – Partager sur Facebook », « ,
# sans publicité »), or a complement (« dans les quartiers populaires », « par trois journalistes francophones »),
# never an object (« … dénonce depuis 2019 les camps »: review81)
_TAIL_WORDS = 6
_TAIL_OPENERS = frozenset({"au", "dans", "en", "par", "pour", "sur", "avec", "sans", "pres", "de", "du"})
_SEPARATORS = ",–—|·•-"
_CLAUSE_WORDS = frozenset({"qui", "que", "qu", "dont", "ne", "n", "pas", "a", "ont", "est", "sont", "etait", "sera"})
# … and between the name and the year, a part after a comma goes on with a preposition, a founding or the verb of its
# being (« Une radio acadienne, par et pour la communauté, depuis 1990 », « la radio libre et multilingue du
# Luxembourg, existe depuis 1992 », « L'Humanité, journal de Jaurès, fondé en 1904 »)
_GOES_ON = frozenset({"par", "pour", "de", "du", "des", "d", "en", "au", "aux", "existe", "parait", "emet"})
_FOUNDING = re.compile(_FOUNDED, re.IGNORECASE)
# a participle (« financée par Washington », « condamné en 2023 », « exilé »), as printed; after an article or a
# preposition the word is a noun (« pour la communauté », « site d'actualité », « sans publicité »)
_PARTICIPLE = re.compile(r"[^\W\d_]+ée?s?", re.IGNORECASE)
_NOUN_OPENERS = frozenset(
    {"le", "la", "l", "les", "un", "une", "de", "du", "des", "d", "au", "aux", "sa", "son", "ses", "sans", "pour"}
    | {"par", "avec", "en", "sur", "dans"}
)
# (from a word's start only, and never giving back: a run of 100,000 letters was read in quadratic time, review82)
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:-[^\W\d_]++)++")
_HEAD_LINES = 6  # the page's masthead: its first lines


def _words(text: str) -> list[str]:
    """The words of printed text, folded, an elided article split off (« l'hebdo » → « l », « hebdo »), « à » the
    preposition (folded, it would be the verb « a »)."""
    return ["au" if w in ("à", "À") else fold_word(w) for w in re.findall(r"[^\W\d_]+", text)]


def _headed_by_an_outlet(what: str) -> bool:
    """Whether what a name is said to be is headed by an outlet's noun (lexicon.toml `outlet_heads`), singular or
    plural."""
    said = _words(what)
    while said and said[0] in _BEFORE_HEAD:
        said = said[1:]
    head = " ".join(said) + " "
    return any(head.startswith(f"{noun} ") or head.startswith(f"{noun}s ") for noun in _HEADS)


# … and what it is says where it stands or how it fares with none of these (« la radio à l'arrêt », « le journal hors
# de Russie », « en coréen », « sans budget », « le plus suivi »: review82); « en ligne » is a medium's kind
_FARES = frozenset({"au", "aux", "sans", "hors", "plus", "moins", "seul", "seule", "toujours", "encore"})


def _page_words(tail: str) -> bool:
    """After a separator, the page's words (« – Partager sur Facebook », « , sans publicité »), never a verb of news
    (« , cesse d'émettre »: review82)."""
    rest = tail.lstrip(" " + _SEPARATORS)
    return rest[:1].isupper() or _words(rest)[:1] == ["sans"]


def _plainly_what(said: list[str]) -> bool:
    return not _FARES.intersection(said) and all(
        after == "ligne" for word, after in zip(said, [*said[1:], ""], strict=True) if word == "en"
    )


def _no_state(text: str) -> bool:
    """Whether words hold no participle but a founding's and no state (« interdit », « en exil »: `outlet_states`)."""
    said = re.findall(r"[^\W\d_]+", _FOUNDING.sub(" ", text))
    return not any(
        fold_word(word) in _STATES or (_PARTICIPLE.fullmatch(word) and fold_word(before) not in _NOUN_OPENERS)
        for before, word in zip(["", *said], said, strict=False)
    )


def _quiet(text: str) -> bool:
    """Whether words make no clause (« l'Est-du-Québec » is a name), and each part after a comma goes on as a tagline
    does (`_GOES_ON`, a founding)."""
    text = _COMPOUND.sub(" ", text)
    parts = text.split(",")[1:]
    return not _CLAUSE_WORDS.intersection(_words(text)) and all(
        _words(part)[:1] and (_words(part)[0] in _GOES_ON or _FOUNDING.match(part.lstrip()) is not None)
        for part in parts
    )


def _own_name(line: str, masthead: list[str]) -> re.Match[str] | None:
    """The name a line opens with, if it is the page's own: a capital first, never a preposition, a pronoun or an
    article before a common noun, and the page's masthead (`_masthead_of`)."""
    named = _NAME.match(line)
    if named is None or _COMMON_NOUN.match(named["name"]):
        return None
    said = [word for word in _words(named["name"]) if word not in ("d", "l")]  # « D'après », « L'Écho »
    key = folded_line(named["name"])
    if not said or said[0] in _NOT_NAMES or not _masthead_of(key, masthead):
        return None
    return named


def _masthead_of(key: str, heads: list[str]) -> bool:
    """Whether a line of the page's head is the name alone, perhaps with its frequencies, its town or a section after
    a separator (« Radio Dijon Campus », « CIBL 101,5 Montréal », « Radio ARA 102.9 / 105.2 », « Le Vigilant —
    Défense »), and no other line of the head opens with it: a headline that does (« Le Parisien : la rédaction vote
    … ») makes the page news of that outlet, whose years are facts (review83)."""
    name = re.escape(key)
    masthead = re.compile(rf"{name}(?: (?:\d[\d,.]*|/|fm))*(?: [|–—·•-] .*| [^\W\d_][\w'-]*)?")
    opened = [head for head in heads if re.match(rf"{name}(?!\w)", head)]
    return bool(opened) and all(masthead.fullmatch(head) for head in opened)


def outlet_age(sentence: str, masthead: list[str]) -> bool:
    """Whether a sentence is the page's own outlet's about itself, what it is and the year it began (the module's
    shapes); `masthead`: the page's head lines, folded word by word."""
    line = " ".join(sentence.strip(" \t•·›>→-©").split()).rstrip(" .")
    named = _own_name(line, masthead) if line[:1].isupper() and not _DATE_WORDS.search(line) else None
    if named is None:
        return False
    began = list(_BEGAN.finditer(line, named.end()))
    if len(began) != 1 or len(_DIGITS.findall(line[named.end() :])) != 1:
        return False
    year = began[0]
    # after the copula, only a founding: « Telegram est le premier média des Russes depuis 2022 » may be news
    if named["sep"].startswith(" est") and not _FOUNDING.match(year.group()):
        return False
    what, tail = line[named.end() : year.start()], line[year.end() :].strip(" .")
    tail_words = _words(tail)
    return (
        _headed_by_an_outlet(what)
        and _plainly_what(_words(what))
        and _quiet(what.strip(" ,"))
        and _no_state(what)
        and len(tail_words) <= _TAIL_WORDS
        and (not tail_words or tail_words[0] in _TAIL_OPENERS or (tail[:1] in _SEPARATORS and _page_words(tail)))
        and _quiet(tail.strip(" " + _SEPARATORS))
        and _no_state(tail)
    )


def outlet_ages(text: str) -> list[tuple[int, int]]:
    """The sentences of a page in which its own outlet says what it is and the year it began (`outlet_age`), its
    masthead one of the head's other lines (a headline, « Kherson – la radio ukrainienne de retour depuis 2022 », is
    no masthead of its own)."""
    lines = list(re.finditer(r"^.*$", text, re.MULTILINE))
    heads = [
        (line.start(), folded_line(line.group()))
        for line in islice((x for x in lines if x.group().strip()), _HEAD_LINES)
    ]
    return [
        (line.start() + s.start, line.start() + s.start + len(s.text))
        for line in lines
        if _BEGAN.search(line.group())
        for s in split_sentences(line.group())
        if outlet_age(s.text, [head for start, head in heads if start != line.start()])
    ]
