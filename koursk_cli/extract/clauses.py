"""Where a French sentence's side clauses stand, and which of its clauses speak of the future (pure).

A date dates the verb of its own clause. News French hangs side material on the main clause: brackets and paired
dashes, relative clauses (« qui », « dont », « où »), subordinate clauses (« après que », « alors que », « lorsque »),
« depuis » + a noun phrase (« depuis son offensive surprise du 6 août »), past participles used as adjectives (« le
territoire conquis en août ») and participial clauses after a comma (« , rappelant le traité signé le 19 juin »). A
date inside such a span dates that side fact, not the main verb. The spans are found by their opening word and end
where the press ends them: at the next comma, semicolon, colon or bracket; an adjectival participle or a « depuis »
phrase also ends at the next auxiliary, which starts a verb of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..store.hedges import conditional_verb
from .frwords import fold_same_length, fold_word
from .lexicon import alternatives, printed_phrases, printed_words, words

_APOS = "['’]"
# Where a side span ends (`_stop`): a comma, a parenthesis, a dash, a guillemet or a quotation mark (a quotation that
# opens inside it is its own), never a full stop: its text is one sentence's, whose end (`$`) closes it
_SIDE_STOP = re.compile(r"[,;:()«»\"“”]|\s[–—]\s|$")
_AUXILIARY = (
    "a|ont|avait|avaient|aura|auront|aurait|auraient|eut|est|sont|etait|etaient|sera|seront|serait|seraient|fut"
    "|furent|ete|etre|avoir|ayant|etant|eu|s|se|y|en|ne|n|l|lui|leur"
)
# « de son côté », « également », « déjà »: words between an auxiliary and its participle (lexicon.toml `incidentals`)
INCIDENTALS = rf"(?:{printed_phrases('incidentals')}\s+)*"
# An auxiliary ahead, in the text as written (folded, the preposition « à » would read as the auxiliary « a »).
_AUX_AHEAD = re.compile(
    r"\s(?:a|ont|avait|avaient|aura|auront|aurait|auraient|eut|est|sont|[ée]tait|[ée]taient|sera|seront|serait"
    r"|seraient|fut|furent|[ée]t[ée]|[êe]tre|avoir|ayant|[ée]tant|eu)(?!\w)",
    re.IGNORECASE,
)
_AUXILIARY_BEFORE = re.compile(rf"{_AUX_AHEAD.pattern}\s+{INCIDENTALS}$", re.IGNORECASE)
# … or a verb of what may or must come, which heads the main clause after a participle's phrase as an auxiliary does
# (« les deux soldats faits prisonniers … en janvier pourraient bientôt arriver »: round 126, January was read ahead),
# unless a clause nested in the phrase opens before it (`_NESTED`)
_NESTED = re.compile(
    r"(?<![\w'’-])(?:qui|que|qu['’]|dont|où|pour|quand|lorsque|lorsqu['’]|si)(?![\w'’-])", re.IGNORECASE
)
_MODAL_AHEAD = re.compile(
    r"\s(?:pourr(?:a|ont|ait|aient)|devr(?:a|ont|ait|aient)|doi(?:t|vent)|peu(?:t|vent)|va|vont)\s+(?:bient[ôo]t\s+)?"
    r"(?=[^\W\d_]+(?:er|ir|re)(?![\w'’-]))",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\([^()]*\)|\s[–—]\s[^–—]*?\s[–—]\s")
_SUBORDINATE = re.compile(
    rf"(?<!\w)(?:(?:apr[èe]s|avant|depuis|alors|tandis|bien|parce|pendant|dès|sans|pour)\s+|lors|puis|quoi)"
    rf"qu(?:e(?!\w)|{_APOS})|(?<!\w)quand(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?<![\w'’-])(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel)(?!\w)",
    re.IGNORECASE,
)
# A day's comma and a short subject, no room for its verb (`Clauses.done_before_a_relative`: « Dès lundi, les soldats
# nord-coréens qui … »): a determiner and up to four words
_SUBJECT_ONLY = re.compile(
    rf"\s*+,\s*+(?:les|le|la|l{_APOS}|des|ces|ses|leurs?|nos|vos|plusieurs|certaine?s)\s*+(?:[\w’'-]++\s++){{0,4}}+",
    re.IGNORECASE,
)
_SINCE_WORD = re.compile(rf"(?<!\w)(?:depuis|dès|[àa]\s+partir\s+(?:de|du|d{_APOS}))(?!\w)", re.IGNORECASE)
_PRESENT_PARTICIPLE = re.compile(r",\s*(?:tout\s+)?(?:en\s+)?(?P<word>[a-zà-ÿ]{3,}ant)(?!\w)")
_NOT_PARTICIPLES = words("not_participles")
_NOUNS_IN_E = words("not_past_participles")
_NOT_FUTURE = words("not_future")
_FORWARD_VERBS = words("forward_verbs")
PRENOMINAL = words("prenominal_adjectives")
# … and in -uite(s), -crite(s): « les infrastructures détruites pendant les combats de l'hiver », « inscrites » (round
# 56; « suite », « fuite », « conduite » are nouns: lexicon.toml `not_past_participles`)
# (« faits », « faites » too: « les soldats faits prisonniers en janvier pourraient … », round 126)
_PAST_PARTICIPLE = re.compile(r"(?<![\w'’-])(?P<word>[a-zà-ÿ]{3,}(?:ée?s?|ise?s?|(?:u|cr)ites?)|faite?s)(?![\w'’-])")
# … never the noun (« autres faits de torture », « faits divers », « hauts faits », « pour faits de … »: review77)
_THE_NOUN_FAITS = re.compile(r"\s+(?:de|d['’]|divers|et|ou)(?![\w'’-])", re.IGNORECASE)
_BEFORE_THE_NOUN_FAITS = frozenset(["autres", "hauts", "memes", "nouveaux", "pour", "vous"])
# Words before a participle that make it a verb form or a noun, not an adjective: auxiliaries, determiners, pronouns.
_NOT_ADJECTIVAL_AFTER = frozenset(
    [*_AUXILIARY.split("|"), "le", "la", "les", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
       "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "au", "aux", "qui", "que", "qu", "et", "ou", "ni",
       "tres", "plus", "moins"]
)  # fmt: skip
# An adverb between « doit », « devaient » and the infinitive (« La Russie doit par ailleurs célébrer le 9 mai »: round
# 40, the day was read as the last 9 May)
_ADVERB = (
    r"(?:(?:par\s+ailleurs|aussi|egalement|encore|bientot|notamment|normalement|en\s+outre|desormais|ensuite"
    r"|prochainement)\s+)?"
)
# « a », « ont », « avait », « avaient », « aurait », « auraient » just before: a participle in the passé composé, the
# pluperfect or the past conditional
_NOT_AFTER_AVOIR = r"(?<!(?<![\w'’-])a\s)(?<!(?<![\w'’-])ont\s)(?<!avait\s)(?<!avaient\s)(?<!aurait\s)(?<!auraient\s)"
# The simple future's third persons and first singular by their endings; « mettra », « permettra », « paraîtra »,
# « connaîtra » end in « -ttra », « -aîtra » (« Son essai paraîtra le 3 septembre » was read in the past: round 71)
FUTURE_TENSE = r"(?:era|eront|erai|ira|iront|irai|rra|rront|rrai|dra|dront|drai|vra|vront|vrai|ura|uront|urai|ttra|ttront|ttrai|aitra|aitront|aitrai)"
_FUTURE = re.compile(
    # « s'attend à » (round 85), « une visite qui s'achèvera », « il n'interviendra » (round 84): after an elided pronoun
    rf"(?:(?<![\w'’-])|(?<=(?<![\w'’-])[snmtj]['’]))(?:[a-z]+{FUTURE_TENSE}"
    r"|(?:va|vont|allait|allaient)\s+(?:[a-z]+\s+)?[a-z]+(?:er|ir|re)"
    # « nous verrons », « nous enverrons »: the first plural after its pronoun (round 85; without it « environs »,
    # « escadrons », « vignerons » would read as futures)
    r"|nous\s+(?:ne\s+|n['’]\s*)?(?:[a-z]+\s+)?[a-z]+(?:erons|irons|rrons|drons|vrons|urons|ttrons|aitrons)"
    r"|(?:devr|pourr)(?:ait|aient)(?:\s*,[^,.;]{1,40},)?\s+(?!avoir\s+(?!lieu\b)|etre\s+ete)[a-z]+"
    rf"|dev(?:ait|aient)\s+{_ADVERB}(?:(?:se|y|en|lui|leur|les|le|la)\s+|[sl]['’])?[a-z]+(?:er|ir|re)(?![\w'’-])"
    rf"|doi(?:t|vent)\s+{_ADVERB}(?:(?:se|y|en|lui|leur|les|le|la)\s+|[sl]['’])?[a-z]+(?:er|ir|re)"
    r"|pouvant|devant\s+[a-z]+(?:er|ir|re)|prevoi[a-z]*|envisag[a-z]*|s['’]appret[a-z]*"
    # « a attendu fin avril pour reconnaître », « a projeté une carte »: after « avoir », a thing done (round 85); the
    # participle « projeté » is none either (round 84)
    rf"|{_NOT_AFTER_AVOIR}(?:projette[a-z]*|projete(?!e?s?(?![\w'’-]))[a-z]*|attendue?s?)"
    r"|prochain[a-z]*|a\s+venir|prevue?s?|possibles?|eventuel(?:le)?s?|imminente?s?"
    r"|esperen?t?|esperer|souhaiten?t?|veut|veulent|entenden?t?|menacen?t?|redouten?t?|crai(?:nt|gnent)"
    r"|prepar(?:en?t?|er|erai(?:en)?t)"  # « se prépare à », « préparerait l'envoi … au printemps »: a coming act
    r"|d['’]ici"  # « d'ici l'été »: up to a time still ahead
    r"|promet(?:s|t|tent|tre)?(?=\s+(?:de|d['’]))"  # « promet de prendre la ville en trois jours »
    r"|attend(?:s|ons|ez|ent)?(?=\s+(?:a|au|aux)\s)"  # « je m'attends à de nouveaux envois »: an expectation
    # « repoussés au mois de septembre », « reportée à mars »: put off to a later time (the verb, without « à »)
    r"|(?:repouss|report|decal|ajourn|differ)(?:e|ee|es|ees|er)(?=\s+(?:a|au|aux|jusqu)(?![\w'’-])))(?![\w'’-])"
)


@dataclass(frozen=True, slots=True)
class Side:
    """A side span of a sentence and what opens it (« depuis », « qui », « ( »…), for the curator's comment."""

    start: int
    end: int
    opener: str
    participle: bool = False
    """Opened by a past participle used as an adjective (« les soldats entrés … »): a thing done before its noun's
    time."""


_CLOSING = {"«": "»", "“": "”"}


def _stop(text: str, start: int, *, at_auxiliary: bool = False) -> int:
    """Where a side span that opens at `start` ends: the next punctuation, or the next auxiliary if asked. A quotation
    that opens inside the span belongs to it (« qui pourrait avoir lieu « dans le courant de l'automne » »)."""
    position = start
    while True:
        found = _SIDE_STOP.search(text, position)
        assert found is not None  # `$` always matches
        closing = _CLOSING.get(found.group())
        after = text.find(closing, found.end()) if closing else -1
        if after < 0:
            break
        position = after + 1
    end = found.start()
    if at_auxiliary:
        modal = _MODAL_AHEAD.search(text, start, end)
        if modal is not None and _NESTED.search(text, start, modal.start()):
            # « Invitée lundi pour un sommet qui doit durer deux jours, … »: the nested clause's modal (review77)
            modal = None
        verbs = [v.start() for v in (_AUX_AHEAD.search(text, start, end), modal) if v]
        end = min(verbs, default=end)
    return end


# A past participle opening the sentence, its clause closed by a comma (« Arrivé mardi en train blindé, le dirigeant
# devait regagner Pyongyang »): a participial clause of its own, told as done, whatever tense the main clause is in.
_OPENING_PARTICIPLE = re.compile(r"\s*(?P<word>[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:ée?s?|ise?s?))(?![\w'’-])")


def _participles(text: str) -> list[Side]:
    """Past participles used as adjectives: no auxiliary, determiner or pronoun in the two words before them; and one
    that opens the sentence before a comma (round 20: « Arrivé mardi, il devait repartir jeudi » read the Tuesday
    to come, the main clause's future)."""
    found = []
    if (opening := _OPENING_PARTICIPLE.match(text)) is not None and fold_word(opening["word"]) not in _NOUNS_IN_E:
        end = _stop(text, opening.end(), at_auxiliary=True)
        if text[end : end + 1] == ",":
            found.append(Side(opening.start("word"), end, opening["word"], participle=True))
    for match in _PAST_PARTICIPLE.finditer(text):
        word = fold_word(match["word"])
        # « envois », « jamais »: a participle in -is is never one in -ais or -ois
        if word in _NOUNS_IN_E or word.endswith(("ais", "ois")):
            continue
        if word.startswith("fait") and _THE_NOUN_FAITS.match(text, match.end()):
            continue
        window = text[max(0, match.start() - 40) : match.start()]
        before = [w if w.lower() == "à" else fold_word(w) for w in re.findall(r"[^\W\d_]+", window)]
        # « Kim Jong Un, arrivé mardi »: right after a comma a participle opens an apposition, whatever the word
        # before the comma (a name, « Un », is no article; round 84)
        apposed = re.search(r",\s*$", window) is not None
        if (
            not before
            or (before[-1] in _NOT_ADJECTIVAL_AFTER and not apposed)
            or (word.startswith("fait") and before[-1] in _BEFORE_THE_NOUN_FAITS)
            or any(w in _AUXILIARY.split("|") for w in before[-3:])
        ):
            continue
        if before[-1] in PRENOMINAL and before[-2:-1] and before[-2] in _NOT_ADJECTIVAL_AFTER:
            continue  # « un grand défilé début septembre »: a noun after its adjective (round 85)
        if _AUXILIARY_BEFORE.search(window.lower()):  # « a de son côté indiqué »: the verb, after its aside
            continue
        found.append(Side(match.start(), _stop(text, match.end(), at_auxiliary=True), match["word"], participle=True))
    return found


def side_spans(text: str, since_dates: Collection[int] = ()) -> list[Side]:
    """The side spans of a sentence, left to right (they may nest). `since_dates` are the positions of « depuis »
    that open a date of their own (« depuis le 6 août »): those start a period of the main verb, not a side phrase."""
    spans = [Side(m.start(), m.end(), m.group()[:1].strip() or m.group().strip()[:1]) for m in _BRACKETS.finditer(text)]
    for match in _SUBORDINATE.finditer(text):
        spans.append(Side(match.start(), _stop(text, match.end()), " ".join(match.group().split())))
    for match in _RELATIVE.finditer(text):
        spans.append(Side(match.start(), _stop(text, match.end()), match.group()))
    for match in _SINCE_WORD.finditer(text):
        if match.start() not in since_dates and not _SUBORDINATE.match(text, match.start()):
            spans.append(Side(match.start(), _stop(text, match.end(), at_auxiliary=True), match.group()))
    for match in _PRESENT_PARTICIPLE.finditer(text):
        if fold_word(match["word"]) not in _NOT_PARTICIPLES:
            spans.append(Side(match.start("word"), _stop(text, match.end()), match["word"]))
    spans.extend(_participles(text))
    return sorted(spans, key=lambda s: (s.start, -s.end))


def since_words(text: str) -> list[int]:
    """Where « depuis », « dès », « à partir de » stand: all of them, as if each opened a date of its own."""
    return [m.start() for m in _SINCE_WORD.finditer(text)]


def side_of(spans: list[Side], start: int, end: int) -> Side | None:
    """The innermost side span that holds [start, end), or None for the main clause."""
    holding = [s for s in spans if s.start <= start and end <= s.end]
    return min(holding, key=lambda s: s.end - s.start, default=None)


# A past tense: an auxiliary and a past participle (« a annoncé », « ont été », « avait de nouveau refusé »), in the
# text as written but in lower case (folded, the preposition « à » would read as the auxiliary « a »).
_SUBJECT_AFTER = r"(?:-t)?(?:-(?:il|elle|on|ils|elles))?\s+"  # « a-t-il déclaré », « ont-ils dit »
_PARTICIPLE = r"[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ues|t|ts)(?![\w'’-])"
# The verbs whose past takes « être » (« est arrivé », « sont morts », « serait passé »): after « est », « sont »,
# « serait », « seraient », any other participle is a passive of the present (« sont engagés », « seraient envoyés
# dès la mi-novembre »: round 52, they were read as a past), unless a pronoun makes the verb pronominal (« s'est
# retiré », « se sont rendus »)
_BEING_VERBS = (
    r"(?:(?:all|arriv|entr|rentr|tomb|rest|retourn|mont|pass|d[ée]c[ée]d|n)(?:é|ée|és|ées)|(?:re|de|par|inter|sur)?"
    r"venue?s?|(?:re)?partie?s?|(?:res)?sortie?s?|descendue?s?|morte?s?)(?![\w'’-])"
)
_PAST = re.compile(
    # the conditional past too (« aurait perdu », « serait passé »): a past the source reports; never « a lieu », « ont
    # lieu », a present (« La braderie a lieu samedi »: the Saturday to come, review71), whose « lieu » ends as a
    # participle does
    rf"(?<![\w-])(?:(?:a|ont){_SUBJECT_AFTER}{INCIDENTALS}(?!lieu(?![\w'’-]))"
    rf"|(?:avait|avaient|eut|eurent|était|étaient|fut|furent|aurait|auraient){_SUBJECT_AFTER}{INCIDENTALS})"
    rf"{_PARTICIPLE}"
    rf"|(?<![\w'’-])(?:[smt]['’]\s*+(?:en\s+|y\s+)?|(?:se|me|te|nous|vous)\s+(?:(?:en|y)\s+)?)"
    rf"(?:est|sont|serait|seraient){_SUBJECT_AFTER}{INCIDENTALS}{_PARTICIPLE}"
    rf"|(?<![\w-])(?:est|sont|serait|seraient){_SUBJECT_AFTER}{INCIDENTALS}{_BEING_VERBS}"
)


_PAST_INFINITIVE = re.compile(
    r"(?<![\w-])(?:avoir|être)\s+(?!lieu\b)[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues)(?![\w'’-])"
)


# The passé composé, a past told from the present (« a démenti », « se sont retirés », « est arrivé »), not the
# pluperfect or the conditional past that tell it from another past time; ending the text (« Moscou a démenti la veille
# », « a de son côté déclaré la veille »)
# … its subject told after it (« a indiqué le Kremlin la veille », « ont affirmé des responsables la veille »): a noun
# group of up to three words, no comma (round 82), opened by a determiner (lexicon.toml `subject_determiners`)
_NOUN_AFTER = rf"(?:\s+(?:{alternatives('subject_determiners')})\s+|\s+l['’]\s*)[\w'’-]+(?:\s+[\w'’-]+){{0,2}}"
_PERFECT_AT_END = re.compile(
    rf"(?:(?<![\w-])(?:a|ont){_SUBJECT_AFTER}{INCIDENTALS}{_PARTICIPLE}(?:{_NOUN_AFTER})?"
    rf"|(?<![\w'’-])(?:[smt]['’]\s*+(?:en\s+|y\s+)?|(?:se|me|te|nous|vous)\s+(?:(?:en|y)\s+)?)(?:est|sont)"
    rf"{_SUBJECT_AFTER}{INCIDENTALS}{_PARTICIPLE}|(?<![\w-])(?:est|sont){_SUBJECT_AFTER}{INCIDENTALS}{_BEING_VERBS})\s+$"
)
_PERFECT_WINDOW = 80


def ends_in_the_perfect(text: str) -> bool:
    """Whether `text` ends on a verb in the passé composé (« a démenti », « a de son côté affirmé »); only its last
    words are read."""
    return _PERFECT_AT_END.search(text[-_PERFECT_WINDOW:].lower()) is not None


def tells_the_past(text: str) -> bool:
    """Whether `text` has a verb in a past tense (« ont repris », « s'est retiré », « affirment avoir repris »)."""
    lower = text.lower()
    return _PAST.search(lower) is not None or _PAST_INFINITIVE.search(lower) is not None


# The marks that end a clause before or after a date (`_PLUPERFECT_BEFORE`, `_CLAUSE_STOP`, `_INCISE`, `_APPOSITION`):
# a side span's (`_SIDE_STOP`) but its quotation marks other than guillemets, and a sentence's end (« . », « ! »,
# « ? »), which a side span's text never holds
_CLAUSE_MARKS = ",;:.!?()«»"
# the pluperfect's auxiliaries: « avait », « avaient », « était », « étaient »
_PLUPERFECT_AUXILIARY = r"(?:avait|avaient|[ée]tait|[ée]taient)"
# a pluperfect (« avait été cité », « avaient quitté », « étaient arrivés »): background to a story told in another
# tense (review66b); never after an elision (« c'était prévu », « n'était plus utilisé »: the imperfect, review93)
_PLUPERFECT = re.compile(
    rf"(?<![\w'’]){_PLUPERFECT_AUXILIARY}\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues)(?!\w)",
    re.IGNORECASE,
)
# … and in the clause before a word, its auxiliary alone, after an elided negation or pronoun too, no comma, stop,
# bracket or guillemet between (« n'avait pas fait de commentaire », « s'était refusé à tout commentaire », « n'avait
# toujours pas réagi »: review92–93)
_PLUPERFECT_BEFORE = re.compile(rf"(?<!\w){_PLUPERFECT_AUXILIARY}(?![\w'’])[^{_CLAUSE_MARKS}]*$", re.IGNORECASE)
_PLUPERFECT_REACH = 60  # how far before a word its clause's pluperfect is looked for (`pluperfect_before`)


def tells_the_pluperfect(text: str) -> bool:
    """Whether `text` has a verb in the pluperfect (« avait été cité »): background to a story told in another tense."""
    return _PLUPERFECT.search(text) is not None


def pluperfect_before(text: str, position: int) -> bool:
    """Whether the clause before `position` is told in the pluperfect, its auxiliary alone read (« Le 3 mars, Moscou
    n'avait pas réagi dans l'immédiat »: the day told before, not the page's)."""
    return _PLUPERFECT_BEFORE.search(text, max(0, position - _PLUPERFECT_REACH), position) is not None


def tells_the_future(text: str) -> bool:
    """Whether `text` has a verb of the future (« se tiendront », « doit se réunir », « va envoyer »), as `Clauses`
    reads one (its exceptions and proper names aside: a rough test for a whole sentence)."""
    return any(m.group() not in _NOT_FUTURE for m in _FUTURE.finditer(fold_same_length(text)))


_NOT_VERBS = ("eventuel", "possible")  # future markers that qualify a noun (« d'éventuelles négociations »)

# The present conditional of words reported in the past tells a time still ahead of them, the future of the past (« il
# m'a dit qu'il rentrerait à l'automne », « a annoncé qu'une délégation participerait »): the future's stems
# (`FUTURE_TENSE`) with « -ait », « -aient », folded. Left out, the stems an imperfect shares (« assurait », « tirait »,
# « livrait », « ouvrait »; « espérait » is told apart by its accent, `_conditionals`), « serait » (a hedge of the present:
# « le bilan serait de 300 morts ») and « pourrait », « devrait » (`_FUTURE` reads them with their infinitive).
_CONDITIONAL = re.compile(r"(?<![\w'’-])[a-z]+(?:er|rr|ndr|udr|uivr|evr|ttr|aitr)(?:ait|aient)(?![\w'’-])")
_NOT_CONDITIONAL = frozenset({"serait", "seraient"})
# … nor a verb that dates a thing back (« ces pertes remonteraient à l'automne », « dateraient de l'hiver »): a hedge
_LOOKING_BACK = ("remonter", "dater")
# … after a verb of saying in the passé composé or the pluperfect and « que » (lexicon.toml `speech_verbs`: « m'a dit
# qu' », « a annoncé la semaine dernière que »): without them the conditional hedges a present (« se trouveraient
# désormais à Koursk, selon Kiev », « Le NIS estime que 10 000 soldats resteraient en Russie »)
_REPORTED_THAT = re.compile(
    rf"(?<![\w-])(?:a|ont|avait|avaient)\s+(?:[^\W\d_]+\s+){{0,2}}{printed_words('speech_verbs')}[^\W\d_]*\s+"
    r"(?:[^\W\d_]+\s+){0,3}qu(?:e|['’])",
    re.IGNORECASE,
)


def _conditionals(text: str, folded: str, first: int, last: int) -> list[re.Match[str]]:
    """The conditionals of reported words in `text[first:last]` (`_CONDITIONAL`), each after a verb of saying and
    « que » (`_REPORTED_THAT`) in the text before it."""
    found = []
    for m in _CONDITIONAL.finditer(folded, first, last):
        word = m.group()
        if word in _NOT_CONDITIONAL or word in _NOT_IMPERFECT or word.startswith(("pourr", "devr", *_LOOKING_BACK)):
            continue
        if word.endswith(("erait", "eraient")) and "é" in text[m.start() : m.end()].lower()[-8:-4]:
            continue  # « espérait », « opéraient »: the imperfect of a verb in « -érer »
        if _REPORTED_THAT.search(text, 0, m.start()) is not None:
            found.append(m)
    return found


@dataclass(frozen=True, slots=True)
class _Verbs:
    """The verbs of one clause region, found once, each as (start, end) left to right: they never overlap."""

    marker: str | None
    """The clause's first future marker as written (« enverra », « prochaines »), verb or not."""
    futures: tuple[tuple[int, int], ...]
    """Future forms that are verbs (not « éventuelles », « possible », which qualify a noun)."""
    pasts: tuple[tuple[int, int], ...]

    def nearest(self, position: int, aside: tuple[int, int] | None = None) -> tuple[int, tuple[int, int] | None] | None:
        """The (distance, future span or None for a past tense) of the verb nearest to `position`, or None. Only
        the last verb of a kind that starts at or before `position` and the first one after it can be nearest; a
        verb inside `aside` (a reporting incise after the position, `Clauses.incise_after`) is none of its clause's."""
        best: tuple[int, tuple[int, int] | None] | None = None
        for hits, future in ((self.futures, True), (self.pasts, False)):
            if aside is not None:
                hits = tuple(hit for hit in hits if not aside[0] <= hit[0] < aside[1])
            index = bisect.bisect_right(hits, position, key=lambda hit: hit[0])
            for start, end in hits[max(0, index - 1) : index + 1]:
                distance = min(abs(position - start), abs(position - end))
                if best is None or distance < best[0]:
                    best = (distance, (start, end) if future else None)
        return best


class Clauses:
    """A sentence's clauses and the verbs in them, found once per sentence and asked once per date mention.

    A sentence ends only at a line break or a full stop before a capital, so a pasted page can be one sentence with
    thousands of dates: the text is folded, and each clause region scanned for verbs, only the first time it is
    asked about, and each question is then a bisection (review 3 M5: this was a scan of the clause per date)."""

    __slots__ = ("_folded", "_main", "_openers", "_verbs", "ahead", "spans", "text")

    def __init__(self, text: str, spans: Sequence[Side], ahead: str | None = None) -> None:
        self.text = text
        self.spans = list(spans)
        self.ahead = ahead
        """The heading the sentence stands under when it announces what is to come (« À venir. »): a clause with no
        past tense nearer speaks of the future."""
        self._folded: str | None = None
        self._main: list[tuple[int, int]] | None = None
        self._openers = {(s.start, s.end): s.opener for s in self.spans}
        self._verbs: dict[tuple[int, int], _Verbs] = {}

    def regions(self, position: int) -> list[tuple[int, int]]:
        """The clause at `position`: the innermost side span that holds it, else the sentence without its side
        spans."""
        side = side_of(self.spans, position, position)
        if side is not None:
            return [(side.start, side.end)]
        if self._main is None:
            regions, cursor = [], 0
            outer = [s for s in self.spans if side_of(self.spans, s.start, s.end) is s]
            for span in sorted(outer, key=lambda s: s.start):
                regions.append((cursor, span.start))
                cursor = max(cursor, span.end)
            regions.append((cursor, len(self.text)))
            self._main = regions
        return self._main

    def _scan(self, first: int, last: int) -> _Verbs:
        verbs = self._verbs.get((first, last))
        if verbs is None:
            if self._folded is None:
                self._folded = fold_same_length(self.text)  # same length: a slice of it folds the same slice
            found = [
                m
                for m in _FUTURE.finditer(self._folded[first:last])
                if m.group() not in _NOT_FUTURE and not self._a_name(first + m.start())
            ]
            # (start, end, folded form) of each, the conditionals of reported words among them, left to right
            forms = sorted(
                [(first + m.start(), first + m.end(), m.group()) for m in found]
                + [
                    (m.start(), m.end(), m.group())
                    for m in _conditionals(self.text, self._folded, first, last)
                    if not self._a_name(m.start())
                ]
            )
            pasts = _past_and_imperfect(self.text[first:last].lower(), self._folded[first:last], first)
            opener = self._openers.get((first, last), "")
            if _PAST_PARTICIPLE.fullmatch(opener.lower()):
                # « les soldats capturés par l'Ukraine en janvier puissent bénéficier de la protection prévue »: the
                # participle that opens the clause is its verb told as done, nearer January than « prévue » (round 56)
                pasts = tuple(sorted(((first, first + len(opener)), *pasts)))
            verbs = self._verbs[(first, last)] = _Verbs(
                self.text[forms[0][0] : forms[0][1]] if forms else None,
                tuple((start, end) for start, end, form in forms if not form.startswith(_NOT_VERBS)),
                pasts,
            )
        return verbs

    def _a_name(self, position: int) -> bool:
        """A capitalised word inside the sentence is a name (« Narendra », « Alexandra »), never a verb in -ra."""
        return position > 0 and self.text[position].isupper()

    def future_verb(self, position: int, *, of_a_noun: bool = False) -> str | None:
        """The future form (« doivent se réunir », « célébreront ») when it is the verb nearest to `position` in its
        clause, so that the date there dates a coming act; None when a past tense is nearer (« a annoncé lundi qu'il
        enverra »: Monday dates the announcement) or the clause has no future. A weekday that dates a noun (« l'appel
        de mercredi ») never follows the verb; with `of_a_noun`, a date does (« se rendre aux célébrations du 9
        mai »)."""
        if not of_a_noun and _OF_BEFORE.search(self.text[max(0, position - 4) : position]):
            return None  # « l'appel de mercredi », « les combats du week-end »: the date of a noun, not of the verb
        best = self._nearest(position)
        if best is None:
            return self.ahead
        return None if best[1] is None else self.text[best[1][0] : best[1][1]]

    def _nearest(self, position: int) -> tuple[int, tuple[int, int] | None] | None:
        """The (distance, future span or None for a past tense) of the verb nearest to `position` in its clause, a
        reporting incise after it left out (`incise_after`)."""
        best: tuple[int, tuple[int, int] | None] | None = None
        aside = self.incise_after(position)
        for first, last in self.regions(position):
            near = self._scan(first, last).nearest(position, aside)
            if near is not None and (best is None or near[0] < best[0]):
                best = near
        return best

    def incise_after(self, position: int) -> tuple[int, int] | None:
        """Where the reporting incise that closes the words at `position` stands (« Le texte sera débattu le 22 mai, a
        précisé le cabinet », « …, a encore indiqué le député », « …, a-t-il ajouté »): the first comma after
        `position` opens it, a verb of saying in the passé composé (lexicon.toml `speech_verbs`) with no object after
        it (`_INCISE`). It tells who said so and when, not what the words before it date (round 88: « a précisé », the
        nearest verb, put the coming 22 May a year back). Not after an apposition (`_apposition_before`): « Kim
        Jong-un, à Moscou le 3 juin, a confirmé l'envoi … » closes one, its verb the sentence's (review59: the coming 3
        June)."""
        found = _INCISE.match(self.text, position)
        if found is None or self._apposition_before(position):
            return None
        return found.start("v"), found.end()

    def _apposition_before(self, position: int) -> bool:
        """Whether the words from the comma before `position` up to it are an apposition, clearly no clause with a
        verb of its own (`_APPOSITION`: « Kim Jong-un, à Moscou le 3 juin », « Le président, présent à Moscou le 3
        juin », « Le ministre, en visite à Séoul le 3 juin »). Anything else may hold a verb, read or not (« Kim
        Jong-un arrive à Moscou le 3 juin, a indiqué le Kremlin »: review60, a present in the third person singular
        was no verb and the incise lost; « présent » was one)."""
        first = max(0, position - _APPOSITION_REACH)
        stops = list(_CLAUSE_STOP.finditer(self.text, first, position))
        if not stops or stops[-1].group() != ",":
            return False
        return _APPOSITION.fullmatch(self.text, stops[-1].end(), position) is not None

    def participle_at(self, position: int) -> Side | None:
        """The side span of a past participle used as an adjective that holds `position` innermost, or None."""
        side = side_of(self.spans, position, position)
        return side if side is not None and side.participle else None

    def tells_the_past_at(self, position: int) -> bool:
        """Whether the clause at `position` has a verb in a past tense (`tells_the_past`) or the imperfect
        (« célébrait »; not the conditional « pourrait »)."""
        return any(
            tells_the_past(text) or IMPERFECT.search(fold_word(text)) is not None
            for text in self._clause_texts(position)
        )

    def _clause_texts(self, position: int) -> list[str]:
        """The text of each region of the clause at `position`, a reporting incise after it blanked out
        (`incise_after`: « … entre mars et mai, a indiqué mercredi un responsable » tells nothing done)."""
        aside = self.incise_after(position)
        texts = []
        for first, last in self.regions(position):
            text = self.text[first:last]
            if aside is not None and aside[0] < last and first < aside[1]:
                start, end = max(aside[0], first) - first, min(aside[1], last) - first
                text = text[:start] + " " * (end - start) + text[end:]
            texts.append(text)
        return texts

    def opens_at(self, position: int, start: int) -> bool:
        """Whether the innermost side span that holds `position` opens at `start` (« une visite, annoncée pour
        l'été »: the side « annoncée … » opens at the participle)."""
        side = side_of(self.spans, position, position)
        return side is not None and side.start == start

    def told_as_done(self, position: int, *, imperfect: bool = True, aimed: bool = False) -> bool:
        """Whether the clause at `position` tells something done: a past tense or the imperfect (`tells_the_past_at`;
        without `imperfect`, a past tense only: « Séoul affirmait qu'une rotation était en préparation pour le
        printemps » reports a time still ahead), or a past participle that opens it (« deux soldats capturés en
        janvier »). `aimed`: the participle that opens it sets a time (« une visite, annoncée pour l'été »), so the
        clause is no thing done, and the clause of the noun it follows says (« Les renforts annoncés pour l'été ne
        sont jamais arrivés »)."""
        side = side_of(self.spans, position, position)
        if side is not None and _PAST_PARTICIPLE.fullmatch(side.opener.lower()) is not None:
            if not aimed or side.start == 0:
                return True
            return self.told_as_done(side.start - 1, imperfect=imperfect)
        if imperfect:
            return self.tells_the_past_at(position)
        return any(tells_the_past(text) for text in self._clause_texts(position))

    def done_before_a_relative(self, position: int, end: int | None = None) -> bool:
        """`told_as_done`, without the words past a relative clause opened after `position`: that clause tells
        another fact (« expose à partir de samedi ses images d'un front où, …, des soldats ont combattu »: the
        exhibition is still to open; round 84). Not when only the day, its comma and a short subject stand between
        the day (ending at `end`) and the relative: the main clause's verb comes after the relative (review58:
        « Dès lundi, les soldats nord-coréens qui étaient massés à la frontière ont attaqué Soudja »)."""
        side = side_of(self.spans, position, position)
        if side is not None and _PAST_PARTICIPLE.fullmatch(side.opener.lower()) is not None:
            return True
        cut = min(
            (span.start for span in self.spans if span.start > position and _RELATIVE.fullmatch(span.opener.lower())),
            default=len(self.text),
        )
        if end is not None and end <= cut < len(self.text) and _SUBJECT_ONLY.fullmatch(self.text, end, cut):
            # the main clause's verb after the relative, which the clause's spans leave to the relative's side
            stop = CLAUSE_END.search(self.text, cut)
            if tells_the_past(self.text[cut : stop.start() if stop else len(self.text)]):
                return True
            cut = len(self.text)
        return any(
            tells_the_past(self.text[first:last]) or IMPERFECT.search(fold_word(self.text[first:last])) is not None
            for first, end in self.regions(position)
            if first < cut
            for last in (min(end, cut),)
        )

    def asks_ahead(self, position: int) -> bool:
        """Whether the past verb nearest before `position` in its clause asks for, promises or announces something
        (lexicon.toml `forward_verbs`: « a réclamé », « ont promis », « a annoncé ») and words stand between it and
        `position`: what it asks for, which the words at `position` date (« a réclamé une réponse « avant Noël » »),
        not the asking (« a annoncé dès novembre que »)."""
        before = [
            (start, end)
            for first, last in self.regions(position)
            for start, end in self._scan(first, last).pasts
            if end <= position
        ]
        if not before:
            return False
        start, end = max(before)
        participle = fold_word(self.text[start:end].split()[-1])
        between = self.text[end:position]
        stems = {participle, *(participle.removesuffix(ending) for ending in ("s", "es", "e", "se", "ses"))}  # promises
        return not stems.isdisjoint(_FORWARD_VERBS) and re.search(r"[^\W\d_]{2,}", between) is not None

    def future_marker(self, position: int, *, of_the_date: bool = True) -> str | None:
        """The word that makes the clause at `position` speak of the future (« enverra », « pourraient envoyer »,
        « prochaines », « prévu »), or None. The clause is the innermost side span holding `position`, else the main
        clause: the sentence without its side spans. A past tense nearer than any future dates the date (« ont été
        envoyés à l'automne, et … tués d'ici fin février », « seraient arrivés au cours de l'été, et … attendus d'ici
        la fin de l'année »: round 56): None, unless asked whether the clause speaks of the future at all
        (`of_the_date` false)."""
        nearest = self._nearest(position) if of_the_date else None
        if nearest is not None and nearest[1] is None:
            return None
        for first, last in self.regions(position):
            marker = self._scan(first, last).marker
            if marker is not None:
                return marker
        return self.ahead


# A reporting incise after a date (`Clauses.incise_after`): the words up to the next comma, then « a précisé », « ont
# encore indiqué » or « a-t-il ajouté », and after it a word that may open its subject (« le cabinet », « Séoul »,
# « l'AFP », « jeudi le porte-parole ») or the sentence's end; never « que », nor « l' », « d' » before a word in
# lower case (« a confirmé l'envoi », « a annoncé d'autres frappes »: its object, the verb the sentence's own) unless
# a speaker's (lexicon.toml `incise_subjects`: « a annoncé l'armée ukrainienne », « a indiqué l'agence KCNA »: review60);
# past the guillemet that closes a quotation the date ends (« partent « dès le 3 juin », a précisé le ministère »,
# « … engagés « dès novembre », a déclaré un député »: mend61 and round 92, review60's « Left »)
_INCISE = re.compile(
    rf"[^{_CLAUSE_MARKS}]*?(?:[»”]\s*)?,\s*(?P<v>(?:(?:a(?:-t-(?:il|elle|on))?|ont(?:-(?:ils|elles))?)\s+{INCIDENTALS}"
    rf"{printed_words('speech_verbs')}[^\W\d_]*|{printed_words('speech_verbs')}[^\W\d_]*-t-(?:il|elle|on)))"
    r"(?![\w'’-])"
    rf"(?=\s*(?:[.!?,]|$|(?!qu|[ld]['’]\s*(?!{printed_words('incise_subjects')}(?![\w-]))(?-i:[a-zà-ÿ]))[^\W\d_]))",
    re.IGNORECASE,
)
# Where the clause before a date opens (`Clauses._apposition_before`), and how far back it is looked for
_CLAUSE_STOP = re.compile(rf"[{_CLAUSE_MARKS}]|\s[–—]\s")
_APPOSITION_REACH = 200
# An apposition before a date, after a comma: a word or none (« présent », « arrivé », « attendu »), then a preposition
# of place (« à » as written, no « a », or one of lexicon.toml `apposition_places`), then words up to the date
_APPOSITION = re.compile(
    rf"\s*(?:[^\W\d_]+\s+)?(?:à|{alternatives('apposition_places')})\s[^{_CLAUSE_MARKS}]*",
    re.IGNORECASE,
)

IMPERFECT = re.compile(r"(?<![\w'’-])[a-z]{2,}(?<!er|ir|rr|dr|vr|ur)(?:ait|aient)(?![\w'’-])")
_NOT_IMPERFECT = words("not_conditional")


def told_in_the_imperfect(text: str) -> bool:
    """A verb in the imperfect (« ils s'emparaient ») tells a story of the past, not the news of the day; a
    conditional (« serait passé ») does not."""
    folded = re.sub(r"['’]", " ", fold_word(text))  # « s'emparaient »
    return any(m.group() not in _NOT_IMPERFECT for m in IMPERFECT.finditer(folded))


# « Si 100 000 soldats venaient renforcer le front, qui saurait quoi répondre ? »: « si » and the imperfect, then a
# main clause in the conditional, suppose; « Imaginons que Pyongyang en envoie 30 000 de plus : … », « Supposons
# que … »: the words up to a colon suppose too. A count there is a hypothesis, none the story tells (round 61); « Si
# 8 000 d'entre eux sont déjà à Koursk, l'Occident ne peut plus attendre » (the present) and the conditional main
# clause's own count (« Si cette information se confirmait, leur nombre pourrait dépasser 25 000 ») stay counts.
# Either opens the sentence or a clause (after a comma, a colon, a guillemet): « Même si Kiev comptait … » concedes,
# « étaient si lourdes que … » is an adverb, « Nous admettons avoir perdu … » admits (review52)
_OPENS = r"(?:^|(?<=[,;:«\"“(]))\s*(?:(?:et|mais|or|donc)\s+)?"  # « Et s'ils étaient 40 000 … »
_IF = re.compile(_OPENS + r"(?:si\s|s['’]ils?\s)", re.IGNORECASE)
_SUPPOSING = re.compile(_OPENS + r"(?:imaginons|supposons|admettons)(?![\w'’-])[^;:.?!]*", re.IGNORECASE)
CLAUSE_END = re.compile(r"[;:.?!]")  # where a clause ends: a stop, never a comma
_IF_CLAUSE = 200  # the farthest a « si » clause's comma is looked for, and its main clause's end


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from `start` ends: its first semicolon, colon or stop before `end`, else `end`."""
    found = CLAUSE_END.search(text, start, end)
    return found.start() if found is not None else min(end, len(text))


def hypotheses(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that suppose (above): a « si » clause in the imperfect before a main clause in the
    conditional, and what « imaginons », « supposons » … open, up to a colon or the sentence's end."""
    spans = [m.span() for m in _SUPPOSING.finditer(text)]
    for match in _IF.finditer(text):
        comma = text.find(",", match.end(), match.end() + _IF_CLAUSE)
        if comma == -1 or _clause_end(text, match.end(), comma) < comma:
            continue
        end = _clause_end(text, comma + 1, comma + 1 + _IF_CLAUSE)
        if told_in_the_imperfect(text[match.end() : comma]) and conditional_verb(text[comma:end]) is not None:
            spans.append((match.start(), comma))
    return spans


# « Erratum : j'ai dit « 14 000 morts », il fallait entendre 14 000 soldats au total. », « nous avons écrit « 3 000
# tués » ; il fallait lire 3 000 blessés »: a correction withdraws the words it quotes before « il fallait lire »
# (« entendre », « comprendre ») and the words it gives instead, quoted or a count: a count there is a slip, none the
# story tells (round 69); the count it gives instead stays one. « il fallait lire entre les lignes », « il fallait
# entendre par là » withdraw nothing (review54).
_WITHDRAWN = re.compile(
    r"«[^«»]*+»(?=\s*+[,;:]?\s*+(?:mais\s++)?il\s++fallait\s++(?:lire|entendre|comprendre)\s*+[«\d])", re.IGNORECASE
)


def withdrawn(text: str) -> list[tuple[int, int]]:
    """The spans of `text` a correction withdraws (above): a quotation right before « il fallait lire »."""
    return [m.span() for m in _WITHDRAWN.finditer(text)]


def _past_and_imperfect(lower: str, folded: str, offset: int) -> tuple[tuple[int, int], ...]:
    """Where a clause's verbs in a past tense stand, the imperfect included (« affirmait dimanche que … pourraient »:
    Sunday dates the statement, not the coming fight), in order."""
    found = [m.span() for m in _PAST.finditer(lower)] + [m.span() for m in IMPERFECT.finditer(folded)]
    return tuple(sorted((offset + a, offset + b) for a, b in found))


_OF_BEFORE = re.compile(rf"(?<!\w)(?:de|du|d{_APOS})\s*$", re.IGNORECASE)


def future_verb(text: str, spans: Sequence[Side], position: int, *, of_a_noun: bool = False) -> str | None:
    """`Clauses.future_verb` for one question about one sentence."""
    return Clauses(text, spans).future_verb(position, of_a_noun=of_a_noun)


def future_marker(text: str, spans: Sequence[Side], position: int) -> str | None:
    """`Clauses.future_marker` for one question about one sentence."""
    return Clauses(text, spans).future_marker(position)
