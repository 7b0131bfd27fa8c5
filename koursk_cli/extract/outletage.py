"""An outlet's sentence about itself, anywhere on its page (pure): its name, the noun that says what it is and the year
it began (« Radio Dijon Campus, la radio étudiante de Dijon depuis 1982. », « Esprit, revue fondée en 1932. »,
« L'Estran est un média indépendant fondé en 2019. », « Fondé en 1965, le JoongAng Ilbo est l'un des trois grands
quotidiens de Corée du Sud. »). The year is the outlet's age, no fact's date (round 129: the footers and boxes of
forty pages in the held-out sets). The shape is strict, since a sentence of news may name a newspaper and a year
too: the name first and no verb but the copula, or the founding first and the outlet's noun in the next words."""

from __future__ import annotations

import re

from .frcoordination import has_a_verb
from .frwords import fold_word
from .lexicon import words

_OUTLET_NOUNS = frozenset(words("outlet_nouns"))
_YEAR = r"[12]\d{3}"
# the year it began, folded: « depuis 1982 », « fondée en 1932 », « créé en 2011 », « né en 2005 », « enregistrée en
# 2013 »
_FOUNDED = r"(?:fond|cre|n|lanc|enregistr)ee?e?s?\s+en"
_BEGAN = re.compile(rf"(?:depuis|{_FOUNDED})\s+{_YEAR}(?!\d)")
# The name first, up to a comma, a dash or the copula (« Le Mouton Noir, journal indépendant … depuis 1995 », « CIFA
# 104,1 FM — Une radio acadienne, … depuis 1990. », « Séoul Express est un média indépendant fondé en 2019 … »)
_NAME_FIRST = re.compile(r"^(?P<name>[^.!?:;,–—]{1,60}?)(?:\s*,\s*|\s+[–—-]\s+|\s+est\s+)(?P<told>.*)$")
_OPENERS = frozenset({"le", "la", "les", "l", "un", "une", "votre", "notre"})
_NOUN_REACH = 3  # the outlet's noun among the first words of what it says it is (« la radio libre », « le site … »)
# … and after the year, nothing but a few words that make no clause (« , sans publicité », « – Partager sur
# Facebook », « dans les quartiers populaires », « par trois journalistes francophones »)
_TAIL_WORDS = 6
_CLAUSE_WORDS = frozenset({"qui", "que", "qu", "dont", "ne", "n", "pas", "plus"})
# … and no other clause between the name and the year: a part after a comma goes on with a preposition or the verb of
# its being (« CIFA … — Une radio acadienne, par et pour la communauté, depuis 1990. », « Radio ARA, la radio libre et
# multilingue du Luxembourg, existe depuis 1992. »), never another verb (« Radio Free Asia, la radio financée par
# Washington, dénonce depuis 2019 les camps »)
_GOES_ON = frozenset({"par", "pour", "de", "du", "des", "d", "en", "au", "aux", "existe", "parait", "emet"})
# « à », folded, would be the verb « a »: it is read as the preposition it is
_TO = re.compile(r"(?<![\w'’])[àÀ](?![\w'’])")
# what a line needs to hold for any of its sentences to be an outlet's about itself
_YEAR_AFTER = re.compile(rf"(?:depuis|en)\s+{_YEAR}(?!\d)", re.IGNORECASE)
# The founding first (« Fondé en 1920, The Chosun Ilbo est le plus grand quotidien … », « Fondé en 1874, c'est le
# quotidien le plus lu … », « Fondé en 1989, ce quotidien conservateur revendique … »)
_FOUNDED_FIRST = re.compile(rf"^{_FOUNDED}\s+{_YEAR}\s*,\s*(?P<rest>[^,]*)")
# … and tells nothing else (« Fondé en 1946, le journal du Parti affirme que … » tells news)
_TELLS = frozenset({"qui", "que", "qu", "dont"})
_FOUNDED_NOUN_REACH = 8  # « Fondé en 1920, The Chosun Ilbo est le plus grand quotidien … »
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _words(text: str) -> list[str]:
    """The words of folded text, an elided article split off (« l'hebdo » → « l », « hebdo »)."""
    return re.findall(r"[^\W\d_]+", text)


def _names_itself(told: str, reach: int) -> bool:
    """Whether the first words of what a sentence says of a name, past its article, hold an outlet's noun (perhaps
    among others: « l'un des trois grands quotidiens »)."""
    said = _words(told)
    while said and said[0] in _OPENERS:
        said = said[1:]
    return any(word in _OUTLET_NOUNS or word.removesuffix("s") in _OUTLET_NOUNS for word in said[:reach])


def _makes_no_clause(text: str) -> bool:
    text = _COMPOUND.sub(" ", text)  # « l'Est-du-Québec » holds no verb
    said = _words(text)
    parts = [_words(part) for part in text.split(",")[1:]]
    return (
        not has_a_verb(text)
        and not _CLAUSE_WORDS.intersection(said)
        and all(part[:1] and part[0] in _GOES_ON for part in parts)
    )


def outlet_age(sentence: str) -> re.Match[str] | None:
    """The year an outlet began, in a sentence of the outlet's about itself (the module's shapes), else None."""
    line = sentence.strip(" \t•·›>→-")
    if not line[:1].isupper():
        return None
    folded = fold_word(_TO.sub("au", " ".join(line.split()))).rstrip(" .")
    founded_first = _FOUNDED_FIRST.match(folded)
    if founded_first is not None:
        rest = _words(folded[founded_first.start("rest") :])
        about_itself = _names_itself(founded_first["rest"], _FOUNDED_NOUN_REACH) and not _TELLS.intersection(rest)
        return _BEGAN.match(folded) if about_itself else None
    named = _NAME_FIRST.match(folded)
    began = list(_BEGAN.finditer(folded))
    if named is None or not began or began[-1].start() < named.start("told"):
        return None
    told = folded[named.start("told") : began[-1].start()].strip(" ,")
    tail = folded[began[-1].end() :].strip(" ,–—|·-")
    if (
        _names_itself(told, _NOUN_REACH)
        and _makes_no_clause(told)
        and len(_words(tail)) <= _TAIL_WORDS
        and _makes_no_clause(tail)
    ):
        return began[-1]
    return None


def outlet_ages(text: str) -> list[tuple[int, int]]:
    """The sentences of a page, wherever they stand, in which an outlet says the year it began (`outlet_age`)."""
    return [
        (line.start() + piece.start(), line.start() + piece.end())
        for line in re.finditer(r"^.*$", text, re.MULTILINE)
        if _YEAR_AFTER.search(line.group())
        for piece in re.finditer(r"[^.!?]+[.!?]?", line.group())
        if outlet_age(piece.group()) is not None
    ]
