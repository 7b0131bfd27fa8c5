"""How a sentence says what it says: who asserts it (after « selon », beside a verb of saying) and its status
(reported, alleged when hedged, denied), as the source words it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..placeholders import TODO_ASSERTER
from ..store.hedges import conditional_verb, hedge_word, is_denial, quote_negations
from .clauses import INCIDENTALS
from .entitymatches import Mention
from .frfigure import Figure
from .frwords import fold_same_length
from .lexicon import alternatives

# The verbs of saying (lexicon.toml `speech_verbs`, folded), each with the rest of its form, perhaps after « avoir »
# (lexicon.toml `avoir_auxiliaries`: « a déclaré », « avaient affirmé »)
_AVOIR = alternatives("avoir_auxiliaries")
_SAYING = rf"(?:{alternatives('speech_verbs')})\w*"
_SPEECH = re.compile(
    # « le service de renseignement sud-coréen (NIS) a de son côté indiqué » (rev37u U3): past its acronym and an aside
    rf"(?:\([^()]{{1,30}}\)\s*)?(?<!\w)(?:(?:{_AVOIR})\s+{INCIDENTALS})?{_SAYING}"
)
# « a déclaré jeudi le président ukrainien Volodymyr Zelensky », « …, a indiqué le NIS » (rev27 U6): the verb of saying
# comes before the speaker.
# Never across « que »: what follows it is what is said (« a déclaré que les soldats nord-coréens … »), not who.
_SAID_BEFORE = re.compile(
    rf"(?:a|ont)\s+{INCIDENTALS}(?:{alternatives('speech_verbs', but='speech_verbs_with_an_object')})\w*"
    r"\s+(?:(?!que\s|qu')\S+\s+){0,6}$"
)
# « Deux soldats capturés à Koursk, annonce Zelensky » (rev30 U8): a headline's or a sentence's trailing verb of saying,
# inverted after a comma, names the speaker after it; nothing but the speaker's words follow it.
_INVERTED = re.compile(rf",\s*(?P<verb>{_SAYING})\s+(?P<who>[^,;:.!?()«»\"]{{2,80}}?)\s*[.!?»\"]*\s*$")


# « Pyongyang n'a jamais confirmé l'envoi … » (rev26 M1): a party that declines to confirm denies it still
_NOT_CONFIRMED = re.compile(
    rf"(?<!\w)n['’]\s*(?:{_AVOIR})\s+(?:jamais|pas|toujours\s+pas)\s+(?:\w+\s+)?(?:confirme|reconnu|admis)"
)


class Asserted(NamedTuple):
    """Who asserts a sentence's figures, and the draft's comment on it."""

    ids: list[str]
    why: str


# « Selon le renseignement sud-coréen, », « d'après lui, »: the words that name whoever says it
_ACCORDING_TO = re.compile(r"(?<!\w)(?:selon|d'apres)\s+([^,;:.!?()«»\"]{2,80}?)\s*(?=[,;:.!?()«»\"]|$)")
# « un responsable américain a affirmé », « le Pentagone affirme que »: a verb of saying with its subject before it
_SAYS = re.compile(
    rf"(?<!\w)(?:(?:{_AVOIR})\s+{INCIDENTALS}{_SAYING}"
    rf"|(?:{alternatives('speech_verbs')})(?:nt)?\s+qu(?=e\b|'))"
)
_SUBJECT = re.compile(r"[^,;:.!?«»\"()]{1,60}$")  # the words before a verb, back to the clause's start
_OWN_VOICE = "guess: [] is the article's own voice"
_ASSERTED_BY_WHY = (
    "guess: who speaks in the sentence (after « selon », beside a verb of saying); [] is the article's voice"
)


def asserted_by(sentence: str, mentions: list[Mention], figures: list[Figure]) -> Asserted:
    """Actors that speak in the sentence: after « selon », or next to a verb of saying. What a figure counts
    (« 3 000 soldats nord-coréens », the words right after it, or after « a déclaré que ») is not who says it. A
    sentence that names a speaker no entity matches (« un responsable américain a affirmé », « selon lui ») gets the
    placeholder TODO_ASSERTER, which `check` refuses: [] would put a figure someone else gave in the article's own
    voice (rev24 F2)."""
    folded = fold_same_length(sentence)
    speakers = []
    for mention in mentions:
        if mention.entity.is_place or any(_counts_it(folded, f, mention) for f in figures):
            continue
        before = folded[max(0, mention.start - 20) : mention.start]
        after = folded[mention.end : mention.end + 40]
        inverted = _INVERTED.search(folded)
        if (
            re.search(r"selon\s+(?:l[ae']?\s*|les\s+)?$", before)
            or _SPEECH.match(after.lstrip())
            or _SAID_BEFORE.search(before)
            or (inverted is not None and inverted.start("who") <= mention.start < inverted.end("who"))
        ):
            speakers.append(mention.entity.id)
    if speakers:
        return Asserted(list(dict.fromkeys(speakers)), _ASSERTED_BY_WHY)
    words = _unnamed_speaker(sentence, folded)
    if words is None:
        return Asserted([], _OWN_VOICE)
    return Asserted(
        [TODO_ASSERTER],
        f"TODO: « {words} » says it: write who (an id of entities.yaml, a new entity there), or [] if the article "
        "itself does",
    )


def _counts_it(folded: str, figure: Figure, mention: Mention) -> bool:
    """Whether the mention is (part of) what the figure counts: inside its words, or right after them."""
    if mention.start < figure.end and figure.start < mention.end:
        return True
    return figure.end <= mention.start and not folded[figure.end : mention.start].strip()


def _unnamed_speaker(sentence: str, folded: str) -> str | None:
    """The article's words for a speaker the entities do not name: « selon X », or a verb of saying and its
    subject."""
    if according := _ACCORDING_TO.search(folded):
        return " ".join(sentence[according.start() : according.end()].split())
    if inverted := _INVERTED.search(folded):  # « …, affirme le Pentagone »
        return " ".join(sentence[inverted.start("verb") : inverted.end("who")].split())
    if says := _SAYS.search(folded):
        subject = _SUBJECT.search(folded, max(0, says.start() - 60), says.start())
        start = subject.start() if subject else says.start()
        return " ".join(sentence[start : says.end()].split()).removesuffix(" qu")
    return None


def status_of(sentence: str) -> tuple[str, str]:
    """`alleged` when the source hedges (a conditional verb, or a word of the store's one list of hedges: « selon »,
    « d'après », « on parle de », « estime que », docs/editorial.md §3), else `reported`: facts are hedged in the store
    exactly as in the source."""
    verb = conditional_verb(sentence)  # the same rule as check's §8 (rev37m C1)
    hedge = hedge_word(sentence)
    negation = quote_negations(sentence, 0, len(sentence))
    declined = _NOT_CONFIRMED.search(fold_same_length(sentence)) if negation else None
    if denial := next((n for n in negation if is_denial(n)), None) or (
        declined and sentence[declined.start() : declined.end()]
    ):
        why = f"guess: the source denies it, « {denial} »; check who denies what"
        # « selon Kiev, … n'ont pas reculé », « démentirait »: both, for the curator to weigh (rev26 M1); a conditional
        # is named as one, as the other branch names it (the hedge `check` finds in the quote)
        if hedged := (verb and f"conditional « {verb} »") or (hedge and f"« {hedge} »"):
            why += f"; it also hedges it, {hedged}: alleged if the denial itself is hedged"
        return "denied", why
    # a negated statement (« ne participaient plus »), or declining to comment (« n'avons rien à ajouter »), is no
    # party's denial (rev32 R4): the status of the statement, and a word for the title
    negated = (
        f"; it negates what it states, « {negation[0]} »: say so in the title, denied only if a party denies it"
        if negation
        else ""
    )
    if verb:
        return "alleged", f"guess: conditional « {verb} »{negated}"
    if hedge:
        return "alleged", f"guess: the source hedges it, « {hedge} »{negated}"
    if negation:
        return "reported", "guess: no hedge" + negated
    return "reported", "guess: no hedge; confirmed for a public act reported directly, denied if denied"
