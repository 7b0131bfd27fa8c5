"""How a title or a quote hedges (docs/editorial.md §3). Pure.

One vocabulary for both directions of §8: an `alleged` event's titles must hedge, and an entry whose quote hedges
must not be `confirmed` or `reported`. A title is read whole; a quote is read clause by clause in its sentence, since
a hedge may govern another clause than the fact (« croit savoir qu'il y aura …, et rappelle que … a déjà fourni »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..textnorm import fold

_EN_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|alleged|purportedly|purported|supposedly|apparently|possibly|probably|likely|"
    r"said to|thought to|believed to|reported to|expected to|believes?|believed|according to|would|could|might|"
    r"should)\b",
    re.IGNORECASE,
)
_EN_MAY = re.compile(r"\bmay\b")  # lowercase only: "May 2024" is a month
_FR_ATTRIBUTION = re.compile(
    r"\b(?:selon|d['’]apr[eè]s|de\s+sources?\s+\w+|aux dires d(?:e|es|u)\b|aux dires d['’]|[àa] en croire)(?:\b|(?<=['’]))"
    r"|\(\s*sources?\s*:",
    re.IGNORECASE,
)
"""« selon X », « d'après X », « de source militaire », « aux dires de X », « à en croire X », « (source : X) » after
a table's row or a list's line: the article says who says it; opening a sentence, it governs all of it."""
_VERIFY = r"(?:v[ée]rifi|confirm|corrobor|authentifi|recoup)\w*"
_OBJECT = r"(?:(?:le|la|les)\s+|l['’]\s*)?"
_NOT_YET = (
    r"n['’]\s*(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient)\s+(?:toujours\s+)?(?:pas\s+|jamais\s+)?"
    r"(?:encore\s+)?"
)
_HOW = r"(?:(?:officiellement|formellement|ind[ée]pendamment|encore)\s+)?"
_UNVERIFIED = (
    # « n'a pas pu être vérifiée », « n'ont pu être confirmés », « n'a pas été en mesure de confirmer », « n'a pas
    # encore été vérifié », « ne peut être vérifié », « ne pouvait pas le confirmer »: nobody could verify it
    rf"{_NOT_YET}(?:pu|(?:été\s+)?en\s+mesure\s+de)\s+{_OBJECT}(?:être\s+)?{_HOW}{_VERIFY}|"
    rf"{_NOT_YET}été\s+{_HOW}{_VERIFY}|"  # « n'a pas (encore) été confirmé »: by nobody; not « n'a jamais confirmé »
    rf"n['’]\s*(?:est|sont|était|étaient)\s+(?:toujours\s+)?pas\s+(?:encore\s+)?{_HOW}{_VERIFY}|"  # « n'est pas confirmée »
    rf"ne\s+(?:peut|peuvent|pouvait|pouvaient|pourra|pourront)\s+(?:pas\s+)?(?:encore\s+)?{_OBJECT}(?:être\s+)?"
    rf"{_HOW}{_VERIFY}|"
    # « n'a été ni confirmée ni démentie », « ni confirmé ni démenti »
    rf"(?:n['’]\s*(?:a|ont|avait|avaient)\s+été\s+)?ni\s+confirm\w*\s+ni\s+d[ée]menti\w*|"
    # « sans qu'il soit possible de le vérifier », « sans pouvoir le vérifier », « impossible à vérifier »
    rf"sans\s+qu['’]\s*il\s+(?:soit|ait\s+été|f[uû]t)\s+possible\s+de\s+{_OBJECT}{_VERIFY}|"
    rf"sans\s+(?:pouvoir|possibilit[ée]\s+de)\s+{_OBJECT}{_VERIFY}|impossibles?\s+(?:[àa]|de)\s+{_OBJECT}{_VERIFY}|"
    r"inv[ée]rifiables?\b"
)
_DOUBT = (
    rf"{_UNVERIFIED}|"
    # « il n'est pas exclu que », « n'exclut pas que », « on n'exclut pas »: a possibility
    r"n['’]\s*(?:est|était|sont|étaient)\s+pas\s+exclu\w*|n['’]\s*(?:a|ont|avait)\s+pas\s+exclu\w*|"
    r"n['’]\s*exclu(?:t|ent|ait|aient)\s+pas\b|"
    # « rien ne prouve que », « rien ne permet de confirmer »; « on ignore si », « on ne sait pas si »
    r"rien\s+ne\s+(?:prouve|prouvait|d[ée]montre|permet\s+de\s+(?:confirmer|v[ée]rifier|dire|affirmer))\b|"
    r"ignor(?:e|ent|ait|aient)\s+(?:encore\s+|toujours\s+)?(?:si|combien|o[uù]|quand)\b|"
    r"(?:on|l['’]on|nul|personne)\s+ne\s+sai(?:t|ait)\s+(?:pas\s+)?(?:encore\s+|toujours\s+)?"
    r"(?:si|combien|o[uù]|quand)\b|"
    r"rumeurs?\b"
)
"""What says that nobody could verify a fact, or that it is only possible: a hedge (`alleged`), never a denial, though
most of it holds a « ne … pas » (rev26 M1: « une information qui n'a pas pu être vérifiée », « ce que l'AFP n'a pas
été en mesure de confirmer », « il n'est pas exclu que » were read as denials). A denial needs a party that denies
(« Moscou a démenti », « Pyongyang n'a jamais confirmé »)."""
_FR_DOUBT = re.compile(rf"\b(?:{_DOUBT})", re.IGNORECASE)
_FR_UNVERIFIED = re.compile(rf"\b(?:{_UNVERIFIED})", re.IGNORECASE)
"""The doubts that look back on what their clause states (« 300 tués, ce que l'AFP n'a pas pu vérifier »), so that
they hedge a quote that ends before them."""
_FR_HEDGE = re.compile(
    rf"\b(?:{_DOUBT}|"
    # « estiment que », « estimait mi-janvier que », « évalue leurs pertes à », « estime désormais le total des soldats
    # envoyés à »: the verb and its « que », a few words of its clause between them, or its « à » after a count of the
    # story's (« Il a estimé la somme à 5 000 dollars » appraises a price: no hedge)
    r"croi(?:t|ent) savoir|on parle de|estim(?:e|es|ent|ait|aient|é|ée|és|ées)(?:\s+[^\s,;:.!?]+){0,3}?\s+qu(?:e\b|(?=['’]))|"
    r"(?:estim|[ée]valu)(?:e|es|ent|ait|aient|é|ée|és|ées)(?:\s+[^\s,;:.!?]+){0,3}?(?:\s+(?:le|la|les|leur|leurs|ses|son|sa|l['’]))?"
    r"\s*(?:pertes|total|nombre|bilan|effectifs?|contingents?|soldats|troupes|morts|tués|blessés|victimes)\b"
    r"[^,;:.!?]{0,60}?\s+[àa]\b|"
    # « a estimé en avril 2025 à 4 700 », never « a estimé la somme à » (a determiner names what is appraised)
    r"(?:estim|[ée]valu)(?:e|es|ent|ait|aient|é|ée|és|ées)"
    r"(?:\s+(?!(?:le|la|les|leur|leurs|ses|son|sa|un|une|des)\b|l['’])[^\s,;:.!?]+){0,3}?\s+[àa]\b|dit-on\b|"
    r"(?:soupçonn|accus)[ée](?:e|s|es)? d['’]avoir\b|pas été (?:confirm|vérifi)[ée](?:e|s|es)?\b|pr[ée]tendu(?:e|s|es|ment)?\b|pr[ée]sum[ée](?:e|s|es|ment)?\b|"
    r"suppos[ée](?:e|s|es|ment)?\b|probablement\b|possiblement\b|peut-[êe]tre\b|apparemment\b|"
    r"vraisemblablement\b|sans doute\b|para[îi]t-il\b|semble-t-il\b|il (?:semble|para[îi]t|se peut) qu(?:e\b|(?=['’]))|"
    r"il est (?:possible|probable|plausible) qu(?:e\b|(?=['’]))|non (?:confirm|vérifi)[ée](?:e|s|es)?\b)",
    re.IGNORECASE,
)
"""Words that hedge what their clause states: beliefs and estimates (« estiment que », « estime à », « évalués à »,
« évalue leurs pertes à »,
« soupçonné d'avoir »), adverbs
(« prétendument », « sans doute », « paraît-il »; « sans aucun doute » affirms), impersonal doubt (« il est possible
que »), « dit-on », « non vérifié », « n'a pas été confirmé ». Each ends its own word (`\b`) or before the apostrophe of « qu' »."""
_NOT_PUT = r"(?!\s+(?:pas|jamais|plus|aucune?|gu[èe]re)\b)"  # « n'avance pas de chiffre », « n'évoque aucun bilan »
_FR_PUT_FORWARD = re.compile(
    r"\b(?<!sans )(?<!pas )(?<!jamais )"  # « sans avancer de chiffre », « n'a pas évoqué »: nothing put forward
    rf"(?:parl(?:e|es|ent|ait|aient|é|er)\b{_NOT_PUT}(?:\s*,?\s*(?!que\b|qu['’])[^\s.;:!?]+){{0,4}}?\s*,?\s+(?:de\b|d['’])|"
    rf"[ée]voqu(?:e|es|ent|ait|aient|é|ée|és|ées|er)\b{_NOT_PUT}|"
    rf"avan[cç](?:e|es|ent|ait|aient|é|er)\b{_NOT_PUT}[^.;!?]{{0,60}}?\b(?:chiffres?|bilan|fourchette|estimation)\b|"
    r"les\s+estimations\b)",
    re.IGNORECASE,
)
"""Round 16 (the lead's reading of §3 for sealed9-14's truths): a figure put forward, not stated as known — « Séoul
parle de 3 000 hommes », « parlait fin janvier d'environ 300 morts », « le NIS évoquait 100 morts », « Kiev avance le
chiffre de 4 000 », « Les estimations convergent : … » (never « ses estimations »), but not when negated (« sans avancer de
chiffre », « n'a pas évoqué », rev37u U3). « a indiqué », « a précisé », « a
fait état de », « a confirmé » stay attributions (§2). It hedges a quote's content, not a title: « Rutte parle de
troupes à Koursk » titles the act of speaking."""
_FR_CONDITIONAL = re.compile(
    r"\b(?:\w+(?:er|ir|rr|dr|oir|ttr|[aoî][iî]tr)|aur|saur|ir|\w*(?:devr|cevr|vivr|suivr|clur|vaincr|rompr|mouvr)|pleuvr)"
    r"(?:ais|ait|aient|ions|iez)\b",
    re.IGNORECASE,
)
"""A conditional ends « -rait » after what only a conditional puts before that « r »: « -erait » of every verb in
« -er » (« coopérerait », never the imperfect « coopérait »), « -irait », « -rrait », « -drait », « -oirait », « -ttrait »,
« -aîtrait », and the stems of « aurait », « devrait », « recevrait », « vivrait », « conclurait », « vaincrait »…
An imperfect of a verb in « -érer », « -arer », « -orer », « -trer », « -urer », « -vrer » (« déclarait », « entrait »,
« assurait », « livrait ») never matches."""
_IMPERFECT_STEMS = [
    *("tir", "retir", "attir", "soutir", "étir", "déchir", "admir", "désir", "inspir", "aspir", "expir", "conspir"),
    *("soupir", "vir", "chavir", "délir", "empir", "respir", "transpir"),
    *("serr", "desserr", "resserr", "barr", "bourr", "fourr", "leurr", "ferr", "terr", "enterr", "déterr", "err"),
    *("narr", "amarr", "cadr", "encadr", "recadr"),
]
_FR_NOT_CONDITIONAL = frozenset(
    fold(stem + ending) for stem in _IMPERFECT_STEMS for ending in ("ais", "ait", "aient", "ions", "iez")
)
"""Imperfects that end like a conditional: « retirait » of retirer, « serrait » of serrer, « cadrait » of cadrer,
never the conditional of a verb in « -ir », « -rre » or « -dre » (the conditionals are « retirerait », « serrerait »)."""
_SAID_THAT = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,3}(?:averti|déclaré|dit|affirmé|annoncé|assuré|prévenu|rapporté|indiqué|"
    r"expliqué|ajouté|souligné|précisé|promis|répété|écrit|confié)\b[^;]{0,80}?\bqu(?:e\b|['’])",
    re.IGNORECASE,
)
"""A past verb of saying and its « que », an aside of up to three words after the auxiliary (« a de son côté indiqué
jeudi aux députés qu' », rev37u U3): a conditional after it may only follow tense agreement (« a averti que ses
forces seraient confrontées »), and reports the warning, not a hedge (§3)."""
_SAYS_THAT = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,3}estimé\b[^;]{0,80}?\bqu(?:e\b|['’])|"
    r"\b(?:affirm|déclar|estim|indiqu|assur|annonc|précis|expliqu|rapport|soulign)(?:e|ent)\s+qu(?:e\b|['’])|"
    r"\b(?:dit|disent)\s+qu(?:e\b|['’])",
    re.IGNORECASE,
)
"""« X a estimé que » and the present of the verbs of saying (« Zelensky affirme que », « disent que »), besides
_SAID_THAT's past: who says what follows."""
_OWN_WORDS = re.compile(r"selon\s+(?:nos|notre)\b|d['’]apr[eè]s\s+(?:nos|notre)\b", re.IGNORECASE)
"""« selon nos informations », « d'après nos calculs »: the article's own voice."""
_SENTENCE_END = re.compile(r"(?<=[.!?]) ")  # in an article as the quote check reads it (normalise_quote): one space
_COORDINATION = re.compile(r"\s*(?:;|,\s*(?:et|mais|puis|tandis que|alors que)\b)", re.IGNORECASE)
_OPENING = 3
"""Words that may come before an attribution that still opens its sentence (« En effet, selon le NIS, … »)."""
_DENIAL = (
    r"d[ée]ment(?:ent)?|d[ée]menti(?:e|s|es|r|rait|raient)?|d[ée]mentai(?:t|ent)|nie(?:nt)?|ni[ée](?:e|s|es)?|"
    r"niai(?:t|ent)|nier|r[ée]fut(?:e|ent|[ée]|[ée]e|[ée]s|[ée]es)"
)
_FR_NEGATION = re.compile(
    r"\b(?:n['’]|ne\s+)(?:[^\W\d_]+['’]?\s*){0,4}?(?:pas|jamais|plus|aucun|aucune|gu[èe]re|point|nullement|rien|personne)\b"
    r"(?!\s*qu(?:e\b|['’]))|"
    r"\bni\b[^.;!?]{0,80}?\bn(?:['’]|e\b)|"
    rf"\b(?:{_DENIAL})\b",
    re.IGNORECASE,
)
"""What negates or denies a French clause: « ne … pas / jamais / plus / aucun », « ni … ni … n'aient »; the verbs
« démentir », « nier », « réfuter ». An expletive « ne » alone (« avant qu'il ne parte ») negates nothing, nor does
the restrictive « ne … (plus) que » (« ne tenait plus que 200 km² »: only 200 km², which it states)."""
_DENIAL_WORD = re.compile(rf"(?:{_DENIAL})", re.IGNORECASE)


def is_denial(words: str) -> bool:
    """Whether a negation `quote_negations` found is a verb of denying (« dément », « a nié »), a party's act, rather
    than a negated statement (« ne participaient plus », « n'avons rien à ajouter ») (rev32 R4)."""
    return _DENIAL_WORD.fullmatch(words) is not None


_EN_NEGATION = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without|den(?:y|ies|ied|ying)|refut\w*)\b|n['’]t\b", re.IGNORECASE
)


def hedge_word(text: str) -> str | None:
    """The first word by which French text hedges anything it says, a conditional aside: an attribution (« selon »,
    « d'après ») or a hedge (« estime que », « croit savoir », « on parle de »). `koursk extract` guesses a sentence's
    status by it; `check` reads a quote clause by clause (quote_hedges)."""
    found = [
        m for m in (_FR_ATTRIBUTION.search(text), _FR_HEDGE.search(text), _FR_PUT_FORWARD.search(text)) if m is not None
    ]
    return min(found, key=lambda m: m.start()).group() if found else None


def speakers(text: str) -> Iterator[re.Match[str]]:
    """Where a text says who says what follows it (« selon le NIS, », « Zelensky a déclaré que », « estime que »): a
    claim in the article's own voice whose quote holds one before its figure gives someone else's (rev24 F2)."""
    for pattern in (_FR_ATTRIBUTION, _SAID_THAT, _SAYS_THAT):
        for match in pattern.finditer(text):
            if not _OWN_WORDS.match(text, match.start()):
                yield match


def conditional_verbs(text: str) -> Iterator[re.Match[str]]:
    """The verbs of French text in the conditional (« seraient », « aurait », « pourrions »), which hedge what they
    state: the one rule of extract's guessed status and of check's §8 (rev37m C1)."""
    return (m for m in _FR_CONDITIONAL.finditer(text) if fold(m.group()) not in _FR_NOT_CONDITIONAL)


def conditional_verb(text: str) -> str | None:
    """The first verb of French text in the conditional, or None."""
    return next((m.group() for m in conditional_verbs(text)), None)


def hedged_en(title: str) -> bool:
    return bool(_EN_HEDGE.search(title) or _EN_MAY.search(title))


def hedged_fr(title: str) -> bool:
    return bool(_FR_ATTRIBUTION.search(title)) or _clause_hedge(title, reported_from=len(title), title=True) is not None


def negated_en(title: str) -> bool:
    return _EN_NEGATION.search(title) is not None


def negated_fr(title: str) -> bool:
    """Whether a title negates or denies (« sans » too), a doubt aside (« sans qu'il soit possible de le vérifier »)."""
    doubts = _doubts(title, 0, len(title))
    without = (m for m in re.finditer(r"\bsans\b", title, re.IGNORECASE) if not _doubted(m, doubts))
    return next(_negations(title, 0, len(title)), None) is not None or next(without, None) is not None


def _doubts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _FR_DOUBT.finditer(text, start, end)]


def _doubted(match: re.Match[str], doubts: list[tuple[int, int]]) -> bool:
    return any(match.start() < high and low < match.end() for low, high in doubts)


def _negations(text: str, start: int, end: int, clause_end: int | None = None) -> Iterator[re.Match[str]]:
    """The negations of text[start:end] that are no part of a doubt (_DOUBT: « n'a pas pu être vérifié », « il n'est
    pas exclu que »), which may run on to `clause_end`: a statement nobody could verify is hedged, not denied."""
    doubts = _doubts(text, start, end if clause_end is None else clause_end)
    return (m for m in _FR_NEGATION.finditer(text, start, end) if not _doubted(m, doubts))


def quote_negations(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words that negate or deny what the quote text[start:end] states, when every clause of it is negated; none
    when one clause states something plainly (rev24 F14). A negation counts when it reaches into the quote, so one
    the quote cuts stays (« Bien que ni Pyongyang ni Moscou n'aient officiellement confirmé … » quoted from
    « Moscou n'aient »), while one that ends before it governs another verb (« ne change pas la donne : 3 000
    soldats sont arrivés »)."""
    found: list[str] = []
    for low, high in _quote_clauses(text, start, end):
        reaching = (m for m in _negations(text, low, min(high, end), high) if m.end() > start)
        if (negation := next(reaching, None)) is None:
            return ()
        found.append(" ".join(negation.group().split()))
    return tuple(dict.fromkeys(found))


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding text[start] begins (the article as the quote check reads it: one space after a stop)."""
    previous_end = max(text.rfind(f"{mark} ", 0, start + 1) for mark in ".!?")
    return previous_end + 2 if previous_end >= 0 else 0


def _quote_clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The clauses of the article that the quote text[start:end] overlaps, in its sentences, as absolute offsets."""
    for low, high in _spans(_SENTENCE_END, text, _sentence_start(text, start), len(text)):
        if low >= end:
            return
        for clause_low, clause_high in _spans(_COORDINATION, text, low, high):
            if clause_high > start and clause_low < end:
                yield clause_low, clause_high


def _clause_hedge(clause: str, reported_from: int, *, title: bool = False) -> str | None:
    """The first hedge of a clause other than an attribution, or None; conditionals from `reported_from` on are
    reported speech. A `title` names an act of speaking by its verb: a figure put forward hedges only a quote."""
    if match := _FR_HEDGE.search(clause) or (None if title else _FR_PUT_FORWARD.search(clause)):
        return match.group()
    verb = next(conditional_verbs(clause), None)
    return verb.group() if verb and verb.start() < reported_from else None


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of text[start:end] between the matches of `pattern`, as absolute offsets."""
    low = start
    for match in pattern.finditer(text, start, end):
        yield low, match.start()
        low = match.end()
    yield low, end


def quote_hedges(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words by which the quote text[start:end] hedges what it states, when every clause of it is hedged; none
    when one states something plainly. Clauses are split at coordinations (« , et », « ; »). `text` is the article,
    so that a hedge outside the quote still counts: an attribution in the quote's clause (« …, selon un
    porte-parole » after it) or opening its sentence (« En effet, selon le NIS, » before a quoted « 12.000 soldats
    ont été envoyés »); another hedge earlier in the quote's clause (« Le NIS estime que » before it); the past verb
    of saying that makes a conditional reported speech. Other hedges after the quote govern a relative clause or
    another verb (« un atout que Kiev devrait chercher à conserver »), not what the quote states."""
    sentence_start = _sentence_start(text, start)
    found: list[str] = []
    for low, high in _spans(_SENTENCE_END, text, sentence_start, len(text)):
        if low >= end:
            break
        clauses = list(_spans(_COORDINATION, text, low, high))
        opening = _FR_ATTRIBUTION.search(text, low, clauses[0][1])
        if opening and len(text[low : opening.start()].split()) <= _OPENING:
            found.append(opening.group())
            continue
        for clause_low, clause_high in clauses:
            if clause_high <= start or clause_low >= end:
                continue
            if attribution := _FR_ATTRIBUTION.search(text, clause_low, clause_high):
                found.append(attribution.group())
                continue
            if unverified := _FR_UNVERIFIED.search(text, clause_low, clause_high):
                found.append(" ".join(unverified.group().split()))
                continue
            clause = text[clause_low : min(clause_high, end)]
            said = _SAID_THAT.search(clause)
            hedge = _clause_hedge(clause, said.end() if said else len(clause))
            if hedge is None:
                return ()
            found.append(hedge)
    return tuple(dict.fromkeys(found))
