"""How the chosen counts of one clause read each other: a qualifier carried across a coordination (« environ 300
morts et 2 700 blessés ») or closing the clause (« …, au bas mot »), and a count set against another (« contre »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .frfigure import Figure
from .frnotcounts import not_a_count
from .frqualifiers import EXACT, LEXICON_POSTPOSED, postposed_words, valued
from .frwords import fold_word, unit_of
from .lexicon import TIME_UNITS, alternatives, words

# « 84 déclarations …, contre 31 en 2023 »: the word right before the second count a count is set against
# (lexicon.toml `set_against`)
_AGAINST = re.compile(rf"(?<!\w)(?:{alternatives('set_against')})\s*[«\"“]?\s*$", re.IGNORECASE)


def set_against_before(text: str, start: int, since: int = 0) -> bool:
    """Whether the count at `start` is set against a count before it (« 31 voix contre 4 », « 84 déclarations,
    contre 31 en 2023 »): its noun left out, it counts what that one counts (rounds 27, 28; `Figure.compared`, the
    one reading of `set_against`: storycounts reads a noun left out wherever it was said)."""
    return _AGAINST.search(text, max(since, start - 20), start) is not None


# a sentence's or a clause's end between two figures (a colon too: « 3 000 soldats : les pertes atteignent 30 % … »)
_CLAUSE_END = re.compile(r"[.;:!?](?!\d)")

# the last number written before a word, with no other digit nor a sentence's end between
_LAST_NUMBER = re.compile(r"\d(?=[^\d.;!?]*$)")
# a number written at the end of a stretch, its sign with it (« (+25 »)
_NUMBER_AT_END = re.compile(r"[+±−-]?\d(?:[\d.,]|[\s\u202f\xa0](?=\d))*$")
# the words that set a share or a size in apposition to the count before it (review60): « soit 40 % », « (+25 %) »,
# « obus de 152 mm », « à 500 m »; a share after a verb (« le taux de pertes atteint 40 % ») is a clause's own
_APPOSED = re.compile(
    r"(?:(?<![\w'’])(?:soit|(?P<of>de)|à)(?:\s+(?:environ|près\s+de|quelque|plus\s+de|moins\s+de))?|\b(?P<of2>d)['’]|\()"
    r"\s*$",
    re.IGNORECASE,
)
# … « de » only right after the count's noun, a word or two between with no determiner (« 900 obus de 152 mm »): after
# another noun it is that noun's measure (« 3 000 soldats avec un taux de pertes de 40 %, contre 25 »: mend61)
_RIGHT_AFTER_THE_NOUN = re.compile(
    r"(?:\s+(?!(?:un|une|le|la|les|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?![\w'’-]))[^\W\d_][\w-]*){0,2}\s+",
    re.IGNORECASE,
)

# a count of time's unit right before « contre », no comma between (« en 48 h contre 12 la veille »)
_TIME_UNIT_BEFORE = re.compile(r"\s*(?P<unit>[^\W\d_]+)\.?\s*$")


def _a_time_right_before(between: str) -> bool:
    """Whether the words between the last number and « contre » are a unit of time alone (« 48 h contre 12 la veille »:
    the count set against it is that time again: mend61; « 300 soldats tués en 48 h, contre 200 » after a comma counts
    the soldiers, and so does « 900 obus en 48 h contre 600 la semaine précédente », a counted noun before the time in
    its clause: review61, `against_no_count`)."""
    found = _TIME_UNIT_BEFORE.fullmatch(between)
    return found is not None and unit_of(found["unit"]) in TIME_UNITS


def against_no_count(text: str, start: int, figures: Sequence[Figure] = ()) -> bool:
    """Whether a count whose noun is left out is set against (« contre ») a number that counts nothing, a share or a
    size (`not_a_count`: « 38 hl/ha contre 45 l'an passé », « 40 % des sondés, contre 35 en mai »): it is that share
    or size again, no count (round 87; « 11 000 soldats, contre 8 000 » still counts soldiers). A figure with a noun
    among `figures` before « contre » in the same clause is what the count refers back to when the share or size
    between is set in apposition to it (review59 of round 87: « 11 000 soldats, soit 40 % des effectifs, …, contre
    8 000 en janvier », « 900 obus de 152 mm contre 600 la veille », « six soldats capturés à 500 m des lignes, contre
    deux »), never when a verb of its own states it (review60: « 3 000 soldats sont engagés et le taux de pertes
    atteint 40 %, contre 25 en janvier », « Selon 120 soldats interrogés, le taux atteint 38 % contre 45 »)."""
    against = _AGAINST.search(text, max(0, start - 20), start)
    if against is None:
        return False
    since = max(0, against.start() - 80)
    last = _LAST_NUMBER.search(text[since : against.start()])
    if (
        last is not None
        and _a_time_right_before(text[since + last.end() : against.start()])
        and not any(
            figure.noun is not None
            and figure.end <= since + last.start()
            and _CLAUSE_END.search(text, figure.end, against.start()) is None
            for figure in figures
        )
    ):
        return True
    if last is None or not not_a_count(text, since + last.end()):
        return False
    share = _NUMBER_AT_END.search(text, since, since + last.end())
    apposed = None if share is None else _APPOSED.search(text, max(0, share.start() - 30), share.start())
    if share is None or apposed is None:
        return True
    return not any(
        figure.noun is not None
        and figure.end <= share.start()
        and _CLAUSE_END.search(text, figure.end, against.start()) is None
        and (
            not (apposed["of"] or apposed["of2"]) or _RIGHT_AFTER_THE_NOUN.fullmatch(text, figure.end, apposed.start())
        )
        for figure in figures
    )


_AND = re.compile(r"\s*(?:,\s*)?(?:et|ou)\s+(?:de\s+|d['’]\s*)?$|\s*,\s*$", re.IGNORECASE)


_BOUNDS = ("at_least", "at_most")
_KILLED_BEFORE = re.compile(r"(?<!\w)(?:tu[ée]e?s|morte?s)(?!\w)", re.IGNORECASE)
# the rest of one clause up to « et », « ou » or « puis » (round 57) before the next number (« ainsi que » adds a count
# of its own, read as printed: « plus de 12 millions d'obus depuis août 2023, ainsi que 250 lance-roquettes », sealed39
# v06 blind; the lead, session 51): no comma,
# semicolon, colon or stop between, nor a quotation mark (« dont « environ 500 officiers » et trois généraux »: the
# quoted words' qualifier ends with them) (« à quelque 300 le nombre de tués et à 2 700 celui des blessés »: the preposition repeated, round 41)
_IN_ONE_CLAUSE_AND = re.compile(
    r"[^,;:.!?()«»“”\n]{0,80}?\s(?:et|ou|puis)\s+(?:de\s+|d['’]\s*|[àa]\s+)?", re.IGNORECASE
)
# … and the rest of the second count's clause: up to its punctuation or the next « et », « ou », « mais »
_CLAUSE_REST = re.compile(r"[^,;:.!?()\n]*?(?=[,;:.!?()\n]|\s(?:et|ou|mais)\s|$)", re.IGNORECASE)
_CLAUSE_VERBS = words("clause_verbs")


def has_a_verb(text: str) -> bool:
    """Whether a stretch of one clause holds a verb (lexicon.toml `clause_verbs`); « à » is never the auxiliary."""
    return any(w != "à" and fold_word(w) in _CLAUSE_VERBS for w in re.findall(r"[^\W\d_]+", text.lower()))


def _one_coordination(text: str, before: Figure, figure: Figure) -> bool:
    """Whether two counts joined by « et » in one clause are one coordination a bound before the first governs: two
    noun phrases (« plus de 80 personnes et 20 entités sont visées »: no verb between them) or one verb elided for the
    second (« au moins 30 soldats ont été tués et 200 blessés »), never two clauses each with a verb of its own
    (« plus de 10 000 soldats sont en Russie et 3 000 soldats ont été tués »)."""
    joined = _IN_ONE_CLAUSE_AND.fullmatch(text, before.end, figure.start)
    if joined is None:
        return False
    rest = _CLAUSE_REST.match(text, figure.end)
    # the second count's own words count too: « et 2 700 ont été blessés » is a clause of its own
    second = text[figure.start : figure.end] + (rest.group() if rest is not None else "")
    return not has_a_verb(joined.group()) or not has_a_verb(second)


def _in_one_parenthesis(text: str, before: Figure, figure: Figure) -> bool:
    """« (environ 600 tués, 4 700 tués et blessés) »: two counts joined by a comma inside one parenthesis, a list."""
    opened = text.rfind("(", 0, before.start)
    closed = text.find(")", figure.end)
    return (
        _AND.fullmatch(text, before.end, figure.start) is not None
        and opened != -1
        and ")" not in text[opened : figure.end]
        and closed != -1
        and "(" not in text[figure.end : closed]
    )


def _counted_one_by_one(figure: Figure) -> bool:
    """Whether a number is no multiple of ten (« 31 », « 93 »): counted one by one, never a round figure (« 2 700 »,
    « 600 »; « près de 600 » by its high end)."""
    value = figure.value if figure.value is not None else figure.value_max
    return value is not None and value % 10 != 0


def _unrounded_after_rounded(before: Figure, figure: Figure) -> bool:
    """Whether a coordination's later member is counted one by one where its first, qualified, is round (« près de
    600 drones et 31 missiles », « plus de 1 200 km² et 93 localités »): the qualifier rounds the first, never the
    later. After a first member counted too (« au moins 9 civils tués et 31 blessés »), the qualifier bounds a
    tally, both its numbers (round 57, sealed28 k19)."""
    return _counted_one_by_one(figure) and not _counted_one_by_one(before)


def with_coordinated_qualifiers(figures: list[Figure], text: str) -> list[Figure]:
    """« environ 300 morts et 2 700 blessés », « plus de 80 personnes et 20 entités »: a bound or an approximation
    before the first member of one coordination carries to its bare later members, any qualifier the first member's
    own reading took from lexicon.toml [qualifiers] (« près de 300 tués et 2'700 blessés »: 2 430–2 700, sealed21) (docs/curating.md; an entry says
    no more than its quote proves, and a bare number coordinated with an approximated one was not stated as exact);
    the later number's reading says the qualifier was carried, for the curator to check. Another clause keeps its
    number exact, and its reading says why; so does a later member counted one by one after a round first one
    (`_unrounded_after_rounded`: « près de 600 drones et 31 missiles »; round 57, benchmarks/heldout/CARRY.txt)."""
    result = list(figures)
    for index in range(1, len(result)):
        before, figure = result[index - 1], result[index]
        if not (before.qualifier and EXACT in figure.reading):
            continue
        coordinated = _one_coordination(text, before, figure) or _in_one_parenthesis(text, before, figure)
        if coordinated and _unrounded_after_rounded(before, figure):
            said = f"no qualifier of its own: exact (« {figure.text} » counted one by one, « {before.text} » round)"
            result[index] = replace(figure, reading=figure.reading.replace(EXACT, said, 1))
        elif coordinated:
            if (
                before.qualifier in _BOUNDS
                and figure.unit == "wounded"
                and _KILLED_BEFORE.search(text, before.start, figure.start)
            ):
                # « au moins 100 soldats tués et 1 000 blessés »: the killed and the wounded counted apart; whether the
                # bound reaches the wounded, readers split (sealed10 says yes, sealed15 no): the curator's call
                reading = (
                    f"TODO: « {figure.text} »: the bound of « {before.text} » may or may not reach the wounded counted "
                    "apart (at least, or exactly): write the value and its kind"
                )
                result[index] = replace(
                    figure, value=None, value_kind="exact", reading=reading, qualifier=before.qualifier
                )
                continue
            said = f"the qualifier of « {before.text} » carried to it, one coordination: {before.qualifier.replace('_', ' ')}"
            value, kind, reading, bounds = valued(figure.value, before.qualifier, said, {})
            result[index] = replace(
                figure,
                value=value,
                value_kind=kind,
                value_min=bounds.get("value_min"),
                value_max=bounds.get("value_max"),
                reading=figure.reading.replace(EXACT, reading, 1),
                qualifier=before.qualifier,
            )
        elif _AND.fullmatch(text, before.end, figure.start):
            # « Plus de 300 morts, 2 700 blessés »: a comma outside a parenthesis
            said = f"no qualifier of its own: exact (the words before « {before.text} » qualify that number only)"
            result[index] = replace(figure, reading=figure.reading.replace(EXACT, said, 1))
    return result


# « 12 millions d'obus livrés en deux ans, au bas mot. »: a qualifier of lexicon.toml [postposed] that bounds nothing
# but a quantity (`closing_qualifiers`), after a comma that closes its clause, qualifies the count the clause gives,
# however far back it stands; never a count of time.
_CLOSING_WORDS = postposed_words(lambda phrase: fold_word(phrase) in words("closing_qualifiers"))
_CLOSING = re.compile(rf",\s*(?:{_CLOSING_WORDS})(?!\w)(?=\s*(?:[.;:!?…»”)]|$))", re.IGNORECASE)


def with_closing_qualifiers(figures: list[Figure], text: str) -> list[Figure]:
    """A clause-closing qualifier (« …, au bas mot. », « …, tout au plus. ») qualifies the one count of its clause that
    has no qualifier of its own; a count of time it stood next to (« en deux ans, au bas mot ») gives it up. With two
    counts or more in the clause, the nearest keeps it (`qualifier_of`), as before."""
    result = list(figures)
    for match in _CLOSING.finditer(text) if "," in text else ():
        start = max(text.rfind(mark, 0, match.start()) for mark in ".;:!?") + 1
        inside = [i for i, f in enumerate(result) if start <= f.start and f.end <= match.start()]
        counts = [i for i in inside if result[i].unit not in TIME_UNITS and result[i].value_kind != "range"]
        if len(counts) != 1 or result[counts[0]].value is None or EXACT not in result[counts[0]].reading:
            continue
        phrase, kind, reading = next(q for i, q in enumerate(LEXICON_POSTPOSED) if match.groupdict().get(f"p{i}"))
        count = result[counts[0]]
        said = f"« {phrase} » closes the clause: it qualifies « {count.text} », its count: {reading}"
        result[counts[0]] = replace(count, value_kind=kind, reading=count.reading.replace(EXACT, said, 1))
        for i in inside:
            if result[i].unit in TIME_UNITS and f"« {phrase} » after the number" in result[i].reading:
                head = result[i].reading.split(": ", 1)[0]
                given = f"{head}: {EXACT} (« {phrase} » qualifies « {count.text} », the clause's count)"
                result[i] = replace(result[i], value_kind="exact", reading=given)
    return result
