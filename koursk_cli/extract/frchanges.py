"""A count that changed (« le bilan est passé de 300 à 1 000 morts »): each end exactly as written, never a range.

Apart because the ranges, the sums of money and the single numbers all ask it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .frfigure import Figure, counted_noun
from .frnumerals import as_int_if_whole, parse_number
from .frqualifiers import ADVERB
from .frwords import APOS, unit_of
from .lexicon import words

# « le nombre de tués serait passé d'environ 600 à plus de 2 500 », « les effectifs passent de 1 500 en octobre 2024 à
# environ 15 000 au printemps »: a count changed, each end qualified or dated, so that no range reads it (round 39)
_CHANGE_VERBS = "|".join(sorted(words("change_verbs"), key=len, reverse=True))
_CHANGED_FROM = re.compile(  # a verb's ending only: « un montant de 3 000 » is no change
    rf"(?<!\w)(?:{_CHANGE_VERBS})(?:[ée]e?s?|es?|ent|ait|aient|era|erait|eraient)?\s+(?:(?:{ADVERB})\s+)?"
    rf"(?:de\s+|d{APOS}\s*)(?:[^.;:!?«»]{{1,60}}?\s[àa]\s+)?[«\"“]?\s*$",
    re.IGNORECASE,
)


_KILLED_OR_WOUNDED = re.compile(r"(?<!\w)(?:tu[ée]e?s|morte?s|bless[ée]e?s)(?!\w)", re.IGNORECASE)


def changed_count(before: str) -> str | None:
    """The noun of a count changed (`_CHANGED_FROM`) whose ends have no noun of their own: the one « le nombre de … »
    names before the verb, else "" (the noun counted before); None when no verb of change governs the number."""
    verb = _CHANGED_FROM.search(before)
    if verb is None:
        return None
    named = _NUMBER_OF.search(before, max(0, verb.start() - 60), verb.start())
    if named is None:
        return ""
    loss = _KILLED_OR_WOUNDED.search(before, named.end(), verb.start())  # « le nombre de soldats tués »: the dead
    return loss.group() if loss else named["noun"]


# « le bilan est passé de 300 à 1 000 morts », « a grimpé de 11 000 à 14 000 »: a count that changed, not a range
CHANGED = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS})\w*\s+(?:(?:{ADVERB})\s+)?$", re.IGNORECASE)
# « passer `killed` de 600 à 2000 », « porter le contingent de 600 à 2 000 »: someone changes a figure, its object
# between the verb and « de » (one to four words, no punctuation; round 41)
CHANGED_OBJECT = re.compile(
    rf"(?<!\w)(?:{_CHANGE_VERBS})(?:er|e|ent|ait|aient|era|erait|ons|ez)\s+(?:(?![àa]\s)[^\s.;:!?,()«»]+\s+){{1,4}}$",
    re.IGNORECASE,
)
FROM = re.compile(rf"d(?:e\s|{APOS})", re.IGNORECASE)
_NUMBER_OF = re.compile(
    rf"\b(?:nombre|total|bilan|chiffre)\s+(?:total\s+)?(?:des|de|d{APOS})\s*(?P<noun>[^\W\d_]+)", re.I
)


def change_figures(
    match: re.Match[str], verb: re.Match[str], noun: str | None, *, acted: bool = False
) -> Iterator[Figure]:
    """« passé de 300 à 1 000 morts »: the count before the change and the count after it, each exactly as written;
    the noun is the one after the second number, else the one « le nombre de … » names before the verb. When someone
    changes a figure (`acted`: « passer `killed` de 600 à 2000 »), the value it had may have been a mistake put right,
    not a count that held: a TODO, never an exact value nor the low end of a range (sealed30 m19)."""
    text = match.string
    if noun is None:
        named = _NUMBER_OF.search(text, max(0, verb.start() - 60), verb.start())
        noun = named["noun"] if named else None
    said = " ".join(verb.group().split())
    for group, what in (("a2", "the count before the change"), ("b2", "the count it changed to")):
        value = parse_number(match[group])
        if value is None:
            continue
        end = match.end("noun") if group == "b2" and match["noun"] and counted_noun(match["noun"]) else match.end(group)
        reading = f"« {said} de … à … »: a count that changed, not a range; {what}, exactly"
        mistaken = acted and group == "a2"
        if mistaken:
            reading = f"TODO: « {said} de … à … »: the value a figure is changed from, perhaps a mistake; write it"
        yield Figure(
            match.start(group), end, text[match.start(group) : end].strip(),
            None if mistaken else as_int_if_whole(value), "exact", None, None, unit_of(noun), noun, reading,
            elided=noun is None,
        )  # fmt: skip
