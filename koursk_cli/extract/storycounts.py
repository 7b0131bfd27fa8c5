"""Whether a figure counts one of the story's measures or something else (round 25, issue 16).

A store measures a few things: the people, weapons, ground and casualties its topics count (data/topics.yaml:
their aliases, keywords and units). A number before another noun (« 45 familles », « 84 déclarations », « près de
120 banques », « 31 voix ») counts something the store does not measure and could not: no claim. The closed class is
the story's vocabulary, read from the store's topics and the lexicon's [units], plus the lexicon's `story_kin`, the
nouns a measure's kin is counted in (« ouvriers », « lance-roquettes »); everything else is the open class of other
things, with no list to grow. What is counted is the noun with the words that follow it in its phrase (« 1 500
membres des forces spéciales », « 101 portraits de soldats tués », « 30 000 nouveaux soldats »). A number whose noun
is left out counts what that noun counts where its sentence says it (« 84 déclarations …, contre 31 », « à 12 le
nombre de ses ambassades »: round 32), what its sentence counts where it says none; a number whose next word is no
noun (a verb, a participle, an adverb: « 2 000 envoyés », « 12 000 vient ») stays a figure. A count of the groups
soldiers serve in (« quatre brigades »: lexicon.toml `formations`) counts groups, no claim; a span of time only under
a topic its sentence names (round 32).

A sum of money is a figure only when a topic of the store measures money (round 30, the lead's convention): a unit of
money (lexicon.toml `money_units`: EUR, USD, XOF…) among a topic's `units`. The shipped store has none, so « 20
milliards de dollars » or « 500 FCFA » is no claim there; a working store whose topic lists `USD` drafts its sums, and
a sum written with a sign (« 1,2 M$ », whose dollar the curator tells) wherever a topic measures any money. A load
(« 14 tonnes », [weight_units]) likewise, only where a topic lists its unit (round 32).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..model import Topic
from .frcalendar import WEEKDAY
from .frfigure import Figure
from .frnotcounts import NOT_PAST_PARTICIPLES
from .frnumerals import NUMBER_WORDS
from .frwords import fold_word, singular, without_inclusive_endings
from .lexicon import MONEY_SIGNS, MONEY_UNITS, TIME_UNITS, UNITS, WEIGHT_UNITS, printed_phrases, words

# Words that stand after a number and are no counted noun (« 2 000 ont été tués », « d'entre eux », « les deux »).
_NO_NOUNS = frozenset().union(
    *(words(key) for key in ("stopwords", "function_words", "name_stopwords", "not_counted", "determiners"))
)
_ADVERBS = words("adverbs")
_UNCOUNTED_FOLLOWERS = words("uncounted_followers")
_PREPOSITIONS = words("prepositions")
_KIN = words("story_kin")
_FORMATIONS = words("formations")
# Adjectives set before the noun they qualify (« 3 000 nouveaux soldats »): the noun after them is what is counted
_PRENOMINAL = words("prenominal_adjectives")
# Participles that say or expect a count (« les 12 000 évoqués l'an dernier »): no noun of it (round 86)
_SAID = words("said_participles")
# « en faire venir jusqu'à 8 000 supplémentaires »: an adjective of increment, no noun of the number (round 86)
_INCREMENTS = words("increments")
# A unit that counts anyone at all: a count in it is the story's only in a sentence that names one of its topics.
_ANYONE = ("people", "personne")
# A number's phrase: the words after it up to a mark, another number or a coordination.
_PHRASE = re.compile(r"[^\W\d_][\w-]*")
# « dès » opens a time (« des centaines de violations dès la première nuit »), never the complement « des » it folds to
_PHRASE_END = re.compile(r"[,;:.!?()\d]|\s(?:et|ou|dont|mais|[dD]ès)\s")
_PHRASE_WORDS = 5
# A noun joined to the counted one, sharing its number (« 76 personnes et entités ») or with a number of its own
# (« visant 14 personnes et 9 entités », « contre 18 personnes et sept entités »: a list's targets; round 79)
_JOINED = re.compile(
    rf"\s+(?:et|ou)\s+(?:(?:\d+(?:[\s.'’]\d{{3}})*|(?:{NUMBER_WORDS}))\s+)?(?!(?:{NUMBER_WORDS})(?![\w-]))"
    r"([^\W\d_][\w-]*)",
    re.IGNORECASE,
)


# « devant une soixantaine de personnes », « près de 250 personnes étaient venues écouter »: an audience, the people
# the story was told to, not people it counts (round 61)
_BEFORE_AN_AUDIENCE = re.compile(r"(?<![\w'’-])devant\s+$", re.IGNORECASE)
# … or « en présence de », or « en présence du Prince et de » (round 65)
_IN_THE_PRESENCE_OF = re.compile(
    r"(?<!\w)en\s+pr[ée]sence\s+(?:d(?:e|u|es)\s+|d['’]\s*)(?:[^,;:.!?]{0,60}?\s(?:et|ainsi\s+que)\s+(?:de\s+|d['’]\s*))?$",
    re.IGNORECASE,
)
# … or after « a réuni », « réunissant » (« une conférence a réuni près de 200 personnes », « une manifestation a réuni
# samedi environ 300 personnes »: a gathering's attendance, round 69), perhaps a word between
_GATHERED = re.compile(r"(?<![\w'’-])r[ée]uni(?:t|ssait|ssaient|ssant|ra|ront)?\s++(?:[^\W\d_]++\s++)?$", re.IGNORECASE)
# … or before a verb of attending, gathering or marching (« quelque 80 personnes ont assisté à la projection », « une
# vingtaine de personnes se sont rassemblées », « 600 personnes ont défilé »: a turnout, round 120; « ont participé à la
# marche », « étaient présentes »: review70b); not « se sont
# réunies avec leurs familles » (reunited, no gathering: review70b)
_ATTENDED = re.compile(
    r"\s+(?:(?:ont|avaient)\s+(?:assist|d[ée]fil|manifest|particip)[ée]"
    r"|(?:[ée]taient|sont)\s+pr[ée]sente?s"
    r"|(?:se\s+sont|s['’]\s*[ée]taient|se)\s+(?:rassembl[^\W\d_]*+|r[ée]uni[^\W\d_]*+(?!\s+avec(?![^\W\d_])))"
    r"|(?:assist|d[ée]fil|manifest|rassembl)(?:aient|ent))(?![^\W\d_])",
    re.IGNORECASE,
)
# … not where they came from (« 3 000 personnes sont venues de Koursk se réfugier à Belgorod »: review52)
_CAME = re.compile(r"\s+(?:[ée]taient|sont)\s+venue?s(?!\w)(?!\s+d(?:e|u|es)\s|\s+d['’])", re.IGNORECASE)


# « des sanctions visant notamment cinq généraux nord-coréens », « de nouvelles sanctions contre 9 individus et 3
# entités »: whom sanctions target, a list's, no people the story counts (round 79); a few words may come between
# « sanctions » and the word that names the targets (« des sanctions canadiennes visant »), an adverb after it; « à »
# with its accent, as written (« des sanctions à six généraux »: round 87), never the verb « a » (« le régime visé par
# les sanctions a 12 000 soldats »: review59)
_SANCTIONED = re.compile(
    rf"(?<![\w'’-])sanctions?\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{printed_phrases('sanction_targets')}|(?<!\w)à)\s+"
    r"(?:(?:notamment|[ée]galement|aussi|en\s+tout|au\s+total)\s+)?$",
    re.IGNORECASE,
)


# A verb of residence (lexicon.toml `residence_verbs`) right before a count of a nation's people (« où vivent 3 000
# Sud-Coréens »), or after it (« 300 Ukrainiens se sont installés »); an adverb between (« vivent encore »,
# « installés désormais ») may tell a stay of the war's (review68b)
_SETTLED = printed_phrases("residence_verbs")
_SETTLED_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_SETTLED})\s+$", re.IGNORECASE)
_SETTLED_AFTER = re.compile(rf"\s+(?:(?:se\s+sont|s['’]\s*[ée]taient)\s+)?(?:{_SETTLED})(?![\w'’-])", re.IGNORECASE)
# … in a sentence that names no war (lexicon.toml `war_words`: « installés dans des tranchées », « ont subi de
# lourdes pertes »)
_WAR = re.compile(rf"{printed_phrases('war_words')}(?:e|s|es)?(?![\w'’-])", re.IGNORECASE)


# « Ils étaient près de 200, mardi soir, dans l'amphi », « Ils étaient une soixantaine, dimanche après-midi, place
# Bellecour »: a turnout, people counted at a gathering on a day, not people the story counts (« Ils étaient une
# douzaine de milliers à franchir la frontière en octobre 2024 », « plus de 11 000 début décembre » stay: round 65)
_THEY_WERE = re.compile(r"(?<![\w'’-])(?:ils|elles)\s+[ée]taient\s+$", re.IGNORECASE)
_ON_A_DAY = re.compile(
    rf"(?<![\w'’-])(?:{WEEKDAY}|soir|soirée|après-midi|matin|matinée)(?![\w-])",
    re.IGNORECASE,
)

# … and the words that report the count, after which a day dates the reporting (« , a indiqué mardi », « , selon … cité
# lundi par Yonhap »)
_REPORTED = re.compile(
    rf",\s*(?:a|ont|avait|aurait)\s+(?:[^\W\d_]+\s+)?{printed_phrases('speech_verbs')}"
    r"|(?<![\w'’])(?:selon|d['’]apr[èe]s)(?![\w'’])",
    re.IGNORECASE,
)


# A count whose noun is left out and that reaches a milliard (« D'autres économistes parlent de 5 à 7 milliards »,
# « un PIB estimé à moins de 30 milliards ») is a sum of money: no people, weapons or ground the story counts come
# near it (shells are counted in millions), so it is drafted only where a topic measures money (round 65)
_A_SUM = 1e9


@dataclass(frozen=True, slots=True)
class StoryNouns:
    """The nouns (folded, singular) a count of the story's measures is counted in, read once per draft."""

    nouns: frozenset[str]
    money: frozenset[str]
    """The units of money some topic measures (its `units` name one; a topic with no units takes any)."""
    weights: frozenset[str]
    """The units of weight some topic measures, as `money` (round 32)."""


def story_nouns(topics: Iterable[Topic]) -> StoryNouns:
    """The store's topics' aliases, keywords and the lexicon's nouns for their units, and the lexicon's kin."""
    topics = list(topics)
    units = {unit for topic in topics for unit in topic.units}
    words = {w for topic in topics for w in (topic.id, *topic.aliases, *topic.keywords)}
    words |= {noun for noun, unit in UNITS.items() if unit in units}
    anything = any(not topic.units for topic in topics)
    money, weights = ((m if anything else m & units) for m in (MONEY_UNITS, WEIGHT_UNITS))
    return StoryNouns(frozenset(singular(w) for w in (*words, *_KIN) if w.strip()), money, weights)


def _a_noun(noun: str, value: float | None, after: str | None) -> bool:
    """Whether the word after a number reads as the noun it counts: a word in lower case, no little word or adverb,
    plural after more than one, no participle before its complement (« 2 000 déployés sur le front », « 10 000
    attendus avant la fin »; « 85 000 abonnés », « 400 délégués ont voté », « deux entités à » are nouns)."""
    word = without_inclusive_endings(noun.strip())  # « 3 480 abonné·e·s »
    if not word or not word[0].islower() or not word.replace("-", "").isalpha():
        return False
    folded = fold_word(word)
    if folded in _NO_NOUNS | _ADVERBS or folded.split("-")[0] in _NO_NOUNS:
        return False
    if (value is None or value > 1) and folded[-1] not in "sxz":
        return False  # « 12 000 vient »: a verb
    if folded in _INCREMENTS:
        return False  # « jusqu'à 8 000 supplémentaires »: more of what the sentence counts (round 86)
    said = word.casefold().removesuffix("s")
    said = said.removesuffix("e") if said.endswith(("ée", "ue")) else said
    if said.endswith(("é", "u")) and fold_word(said) in _SAID:
        return False  # « les 12 000 évoqués l'an dernier »: said, the noun is the sentence's (not « 12 annonces »)
    bare = word.casefold().removesuffix("s").removesuffix("e")
    # nouns in -é(e)s are no participles (« 2 000 réfugiés ukrainiens depuis 2022 »: round 61)
    in_e = bare.endswith("é") and not bare.endswith(("ité", "été")) and folded not in NOT_PAST_PARTICIPLES
    # « quatorze convois vers l'Ukraine », « deux relais vers »: no participle ends in -ois, -ais (round 69)
    in_is = folded.endswith(("us", "is")) and not folded.endswith(("ois", "ais"))
    participle = in_e or in_is
    return not (participle and after in _PREPOSITIONS)


def _an_audience(text: str, figure: Figure) -> bool:
    """Whether a count of anyone is an audience: after « devant », « en présence de » or « a réuni » (`_GATHERED`), or
    before « étaient venues » (`_CAME`) or a verb of attending, gathering or marching (`_ATTENDED`)."""
    before = _BEFORE_AN_AUDIENCE.search(text, max(0, figure.start - 12), figure.start)
    present = _IN_THE_PRESENCE_OF.search(text, max(0, figure.start - 100), figure.start)
    gathered = _GATHERED.search(text, max(0, figure.start - 40), figure.start)
    return (
        before is not None
        or present is not None
        or gathered is not None
        or _CAME.match(text, figure.end) is not None
        or _ATTENDED.match(text, figure.end) is not None
    )


def _settled(text: str, figure: Figure, topic_named: Callable[[], bool]) -> bool:
    """Whether a count of a nation's people (a demonym) is of people living or settled somewhere: a verb of residence
    just before it (« où vivent un peu plus de 3 000 Sud-Coréens ») or just after it (« 300 Ukrainiens se sont
    installés »): a community, not people the story counts (round 112); never in a sentence that names war, by a
    topic's word or a word of war (`_WAR`: « 11 000 Nord-Coréens installés dans la région ont subi de lourdes pertes
    », soldiers' quarters: review68b)."""
    return (
        _SETTLED_BEFORE.search(text, max(0, figure.start - 40), figure.start) is not None
        or _SETTLED_AFTER.match(text, figure.end) is not None
    ) and not (_WAR.search(text) or topic_named())


def _a_turnout(text: str, figure: Figure) -> bool:
    """Whether a count whose noun is left out is a turnout: after « ils étaient », in a sentence that names a day of
    the week or a time of day before any words that report it (`_THEY_WERE`, `_ON_A_DAY`, `_REPORTED`: « Ils étaient
    plus de 11 000 sur le front, a indiqué mardi le ministère » counts soldiers)."""
    if _THEY_WERE.search(text, max(0, figure.start - 20), figure.start) is None:
        return False
    reported = _REPORTED.search(text, figure.end)
    return _ON_A_DAY.search(text, 0, len(text) if reported is None else reported.start()) is not None


def _phrase(text: str, figure: Figure) -> list[str]:
    """The words after the number in its phrase, folded; a demonym there is an adjective (« une trentaine
    de diplomates nord-coréens »), a time a rate (« 5 numéros par semaine »), not what it counts."""
    end = _PHRASE_END.search(text, figure.end)
    after = (fold_word(m.group()) for m in _PHRASE.finditer(text, figure.end, end.start() if end else len(text)))
    return [w for w in after if UNITS.get(singular(w)) != _ANYONE[0] and UNITS.get(singular(w)) not in TIME_UNITS][
        :_PHRASE_WORDS
    ]


def _named(words: list[str], nouns: StoryNouns) -> bool:
    """Whether a word, or two words in a row (« forces spéciales »), is one of the story's nouns."""
    one = [singular(w) for w in words]
    return any(w in nouns.nouns for w in (*one, *(f"{a} {b}" for a, b in itertools.pairwise(one))))


def _counted_as_said(text: str, figure: Figure, nouns: StoryNouns) -> bool:
    """Whether the noun a count leaves out, named elsewhere in its sentence, is one of the story's, with its phrase
    there, as a count's own noun is read: the count before it (« 28 trains de munitions …, contre 19 », « 84
    déclarations …, contre 31 en 2023 ») or the noun after it (« porter à 12 le nombre de ses ambassades »)."""
    if not _a_noun(figure.noun or "", None, None):
        return True
    said = [*re.finditer(rf"(?<![\w-]){re.escape(figure.noun or '')}(?![\w-])", text)]
    before = [m for m in said if m.end() <= figure.start]
    where = before[-1] if before else next((m for m in said if m.start() > figure.start), None)
    after = _phrase(text, replace(figure, end=where.end())) if where else []
    complement = after[1:] if after[:1] in (["de"], ["des"], ["du"], ["d"]) else after[:1]
    return _named([figure.noun or "", *complement], nouns)


def counts_the_story(figure: Figure, text: str, nouns: StoryNouns, topic_named: Callable[[], bool]) -> bool:
    """Whether a figure counts something the store measures or could: a noun of the story's (or a unit) as its noun,
    the word after it (« 30 000 nouveaux soldats ») or its complement (« 1 500 membres des forces spéciales », « 101
    portraits de soldats »), or no noun of its own; a count of anyone (« 54 personnes ») only where its phrase or its
    sentence names one (« ont fui les combats ») and no noun of other things shares its number (« 76 personnes et
    entités »); a count whose noun is left out counts what that noun counts where the sentence says it (« 31 voix
    contre 4 », « à 12 le nombre de ses ambassades »), what the sentence counts otherwise, unless it is a gathering's
    turnout (`_a_turnout`) or reaches a milliard (a sum: `_A_SUM`). A sum of money, a load, counts only in a store
    one of whose topics measures it; a span only under a topic its sentence names; a count of groups (« quatre
    brigades ») never."""
    if figure.unit in MONEY_UNITS:
        return figure.unit in nouns.money
    if figure.unit is None and figure.noun in MONEY_SIGNS:  # « 1,2 M$ »: which dollar is the curator's
        return bool(nouns.money)
    noun = figure.noun
    if noun is None and max(figure.value or 0, figure.value_max or 0) >= _A_SUM:
        return bool(nouns.money)  # « parlent de 5 à 7 milliards »: no count of the story's reaches that, a sum does
    if noun is None:
        return not _a_turnout(text, figure)  # left out: what the sentence counts, unless a gathering's turnout
    if figure.elided:  # « contre 19 l'an dernier », « à 12 le nombre de ses ambassades »: a noun said elsewhere
        return figure.unit is not None or _counted_as_said(text, figure, nouns)
    if figure.unit in WEIGHT_UNITS:  # « 14 tonnes de munitions »: a load, as a sum is money
        return figure.unit in nouns.weights
    if figure.unit in TIME_UNITS:  # « livré en 48 heures »: a span, a figure only of a topic its sentence names
        return topic_named()
    if singular(noun) in _FORMATIONS:  # « quatre brigades »: groups, not the people a topic counts
        return False
    if _SANCTIONED.search(text, max(0, figure.start - 80), figure.start):  # « sanctions visant cinq généraux »
        return False
    after = _phrase(text, figure)
    if (figure.unit, singular(noun)) == _ANYONE:
        if _an_audience(text, figure):
            return False
        joined = _JOINED.match(text, figure.end)  # « 76 personnes et entités »: a list's targets, anyone and anything
        if joined and _a_noun(joined[1], None, None) and UNITS.get(singular(joined[1])) is None:
            return _named([joined[1]], nouns)
        return _named(after, nouns) or topic_named()
    if figure.unit == _ANYONE[0] and _settled(text, figure, topic_named):
        return False  # « quelque 1 200 Ukrainiens vivent dans la Loire »: people of a nation living abroad
    value = figure.value if figure.value is not None else figure.value_max
    if figure.unit is not None:
        return True
    if not _a_noun(noun, value, after[0] if after else None):
        # no noun of its own: what its sentence counts, if it names a topic or the word after may stand for a noun
        return fold_word(noun) not in _UNCOUNTED_FOLLOWERS or topic_named()
    return _named([noun, *_complement(noun, after)], nouns)


def _complement(noun: str, after: list[str]) -> list[str]:
    """The words after a count's noun that may name what it counts: its complement after « de » (« 101 portraits de
    soldats »), or the noun after it when the count's word is an adjective set before that noun (« 3 000 nouveaux
    soldats »); never an adjective after a noun of other things, which qualifies that noun (« 31 convois militaires »,
    « deux responsables militaires », « 11 équipages engagés »: round 112)."""
    if after[:1] in (["de"], ["des"], ["du"], ["d"]):
        return after[1:]
    return after[:1] if fold_word(noun) in _PRENOMINAL else []
