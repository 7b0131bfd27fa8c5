"""The editorial rules a machine can see (docs/editorial.md §8), as warnings with their place in the files. Pure.

They read titles with word lists, so they warn rather than refuse: a curator may be right against them, and says why
in the entry's note or rewrites the title plainly. Each rule is one function over the validated records of the whole
store (an entity is used in another file; a claim's event may live in another file).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from ..dates import MONTH_NAMES, parse_edtf
from ..digits import whole
from ..problems import Problem
from ..quotespans import quote_spans
from ..sources import seed_key, seed_number
from ..textnorm import FORMAT_CHARACTERS, fold, normalise_quote, shown
from .checks import Record
from .hedges import hedged_en, hedged_fr, negated_en, negated_fr, quote_hedges, quote_negations, speakers
from .validate import MAX_NUMBER

# --- figures ------------------------------------------------------------------------------------------------------

_WORDS = {
    **dict.fromkeys(("two", "deux"), 2), **dict.fromkeys(("three", "trois"), 3),
    **dict.fromkeys(("four", "quatre"), 4), **dict.fromkeys(("five", "cinq"), 5), "six": 6,
    **dict.fromkeys(("seven", "sept"), 7), **dict.fromkeys(("eight", "huit"), 8),
    **dict.fromkeys(("nine", "neuf"), 9), **dict.fromkeys(("ten", "dix"), 10), **dict.fromkeys(("eleven", "onze"), 11),
    **dict.fromkeys(("twelve", "douze"), 12), **dict.fromkeys(("fifteen", "quinze"), 15),
    **dict.fromkeys(("twenty", "vingt"), 20), **dict.fromkeys(("hundred", "cent"), 100),
    **{f"{word}fold": value for word, value in (("two", 2), ("three", 3), ("four", 4), ("five", 5), ("ten", 10))},
}  # fmt: skip
"""Number words, English and French. « un », « une » and "one" are left out: they are articles and pronouns far
more often than figures."""
_THOUSAND = frozenset(("mille", "thousand"))
_FIGURE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d+|[^\W\d_]+")
_NOT_DIGIT = re.compile(r"\D")
FIGURE_DIGITS = len(str(MAX_NUMBER))
"""The most digits a figure has: a longer run (a serial number, a phone, an id) is no number the store can hold."""


def figures(text: str) -> set[int]:
    """The definite numbers in a text: `12,000`, `12 000` and `12.000` are 12000, « onze mille » 11000, "tenfold" 10."""
    found: set[int] = set()
    tokens = _FIGURE.findall(text.lower())
    for index, token in enumerate(tokens):
        if token[0].isdigit():  # most are digits alone: read at once, a re.sub only for a grouped figure (rev24 F8)
            number = whole(token if token.isdigit() else _NOT_DIGIT.sub("", token), FIGURE_DIGITS)
            if number is None:
                continue
            value = number
        elif token in _WORDS:
            value = _WORDS[token]
        else:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        found.add(value * 1000 if following in _THOUSAND else value)
    return found


# --- plurals without a figure ---------------------------------------------------------------------------------

_VAGUE_SCALE = re.compile(
    r"\b(?:des|de|d'|plusieurs|quelques)\s*((?:dizaines|centaines|milliers|millions|milliards)"
    r"(?:\s+de\s+(?:milliers|millions|milliards))*)\b|"
    r"\b((?:tens|dozens|hundreds|thousands|millions|billions)(?:\s+of\s+(?:thousands|millions|billions))*)\b"
)
_SCALE = {
    "dizaines": 10, "tens": 10, "dozens": 12, "centaines": 100, "hundreds": 100, "milliers": 1_000,
    "thousands": 1_000, "millions": 1_000_000, "milliards": 1_000_000_000, "billions": 1_000_000_000,
}  # fmt: skip
_CHAIN = re.compile(r"\s+(?:de|of)\s+")
_VAGUE_PLURAL = re.compile(r"\b(?:des|plusieurs|quelques|nombreux|nombreuses|un certain nombre|several|some)\b")


def plural_minimum(quote: str) -> int | None:
    """What a plural without a figure allows at least (docs/editorial.md §9): two of what it counts, so « des pertes »
    and « plusieurs » are 2, « des milliers » 2,000; chained scales multiply: « des dizaines de milliers » (tens of
    thousands) 20,000, « des centaines de millions » 200,000,000. None if the quote has no such plural. The largest
    scale the quote names wins: « des centaines de milliers » is not « des milliers »."""
    text = fold(quote)
    scales = [
        math.prod(_SCALE[word] for word in _CHAIN.split(m.group(1) or m.group(2))) for m in _VAGUE_SCALE.finditer(text)
    ]
    if scales:
        return 2 * max(scales)
    return 2 if _VAGUE_PLURAL.search(text) else None


# --- the rules ----------------------------------------------------------------------------------------------------


class _Warnings:
    def __init__(self) -> None:
        self.found: list[Problem] = []

    def add(self, record: Record, key: str, message: str) -> None:
        line, col = record.mark(key)
        text = f"{record.kind} '{record.data['id']}': {message}"
        self.found.append(Problem(record.path, line, col, text, warning=True))


TITLE_READ = 1_000
"""The characters of a title the rules read (the longest shipped title has 216): a multi-megabyte title made `check`
take ~40 s (rev24 F8); a longer one gets a warning of its own."""


def _titles(event: Record) -> dict[str, str]:
    return {lang: text[:TITLE_READ] for lang, text in event.data["title"].items()}


def _long_title(event: Record, warnings: _Warnings) -> None:
    for lang, text in event.data["title"].items():
        if len(text) > TITLE_READ:
            warnings.add(
                event, "title", f"title.{lang} is {len(text):,} characters long; a title says what happened in a "
                f"sentence (the editorial rules read its first {TITLE_READ:,} characters)",
            )  # fmt: skip


def _hedges(event: Record, warnings: _Warnings) -> None:
    title = _titles(event)
    en, fr = hedged_en(title["en"]), hedged_fr(title["fr"])
    if event.data["status"] == "alleged" and not (en and fr):
        missing = [f"title.{lang}" for lang, hedged in (("en", en), ("fr", fr)) if not hedged]
        verb = "states" if len(missing) == 1 else "state"
        warnings.add(
            event, "title", f"status is alleged but {' and '.join(missing)} {verb} it as a fact; hedge it as the article does (reportedly, said to, would, according to…; « selon », the "
            "conditional…)",
        )  # fmt: skip
    elif en != fr:
        hedged, plain = ("en", "fr") if en else ("fr", "en")
        warnings.add(event, "title", f"title.{hedged} is hedged and title.{plain} is not; the two must say the same")


_PLAIN = ("confirmed", "reported")
_HEDGED_QUOTE = "make it alleged as the article does (koursk docs editorial §3), or quote only the words that state it"


QuoteReader = Callable[[str, int, int], tuple[str, ...]]
"""What a quote, text[start:end] of its article, says of how it states its fact (hedges.quote_hedges, quote_negations)."""


def _read_quote(texts: dict[str, str], source: str, quote: str, read: QuoteReader = quote_hedges) -> tuple[str, ...]:
    """How a quote hedges (or, with `read`, negates what it states), read in its sentence of the article (the quote
    alone if the text lacks it)."""
    needle = normalise_quote(quote)
    text = texts.get(source, "")
    start, _ = next(quote_spans(text, needle), (-1, -1))
    if start < 0:
        text, start = needle, 0
    return read(text, start, start + len(needle))


def _named(hedges: Iterable[str]) -> str:
    return ", ".join(f"« {hedge} »" for hedge in dict.fromkeys(hedges))


def _hedged_event(event: Record, texts: dict[str, str], warnings: _Warnings) -> None:
    """A `confirmed` or `reported` event whose titles state plainly what every quote hedges. An act of saying may keep
    a hedged title over a confirmed status (« croit savoir »: the belief is stated, §2), so only plain titles count."""
    data = event.data
    title = _titles(event)
    if data["status"] not in _PLAIN or hedged_en(title["en"]) or hedged_fr(title["fr"]):
        return
    hedges = [_read_quote(texts, e["source"], e["quote"]) for e in data["evidence"]]
    if all(hedges):
        warnings.add(
            event, "status", f"status is {data['status']} and the titles state it plainly, but every quote hedges it "
            f"({_named(h for found in hedges for h in found)}); {_HEDGED_QUOTE}, with hedged titles",
        )  # fmt: skip


_NEGATED_QUOTE = (
    "make it denied if a party named in the article denies it (koursk docs editorial §2, §4), or quote the words that "
    "state it"
)


def _negated_event(event: Record, texts: dict[str, str], warnings: _Warnings) -> None:
    """A `confirmed` or `reported` event whose titles state plainly what every quote negates or denies (rev24 F14:
    « ni Pyongyang ni Moscou n'aient officiellement confirmé le déploiement » under « Pyongyang and Moscow officially
    confirm the deployment »). A title that itself negates or denies (« Moscow denies … ») is the act of denying."""
    data = event.data
    if data["status"] not in _PLAIN or negated_en(data["title"]["en"]) or negated_fr(data["title"]["fr"]):
        return
    negations = [_read_quote(texts, e["source"], e["quote"], quote_negations) for e in data["evidence"]]
    if all(negations):
        warnings.add(
            event, "status", f"status is {data['status']} and the titles state it, but every quote negates or denies "
            f"it ({_named(n for found in negations for n in found)}); {_NEGATED_QUOTE}, with titles that say so",
        )  # fmt: skip


def _negated_claim(claim: Record, texts: dict[str, str], warnings: _Warnings) -> None:
    """A `confirmed` or `reported` claim whose quote negates or denies its figure (« Pyongyang n'a jamais confirmé
    l'envoi de 2 000 soldats »)."""
    data = claim.data
    if data["status"] in _PLAIN and (found := _read_quote(texts, data["source"], data["quote"], quote_negations)):
        warnings.add(
            claim, "status", f"status is {data['status']}, but its quote negates or denies it ({_named(found)}); "
            f"{_NEGATED_QUOTE}",
        )  # fmt: skip


def _hedged_claim(claim: Record, texts: dict[str, str], warnings: _Warnings) -> None:
    """A `confirmed` or `reported` claim whose quote hedges its figure: a claim is a content, never an act (§1)."""
    data = claim.data
    if data["status"] in _PLAIN and (hedges := _read_quote(texts, data["source"], data["quote"])):
        warnings.add(
            claim, "status", f"status is {data['status']}, but its quote hedges it ({_named(hedges)}); {_HEDGED_QUOTE}"
        )


def _figures(event: Record, warnings: _Warnings) -> None:
    title = _titles(event)
    en, fr = figures(title["en"]), figures(title["fr"])
    if en != fr:
        warnings.add(event, "title", f"title.en gives {_listed(en)} and title.fr {_listed(fr)}; the figures must agree")
    quoted = set().union(*(figures(e["quote"]) for e in event.data["evidence"]))
    if missing := (en | fr) - quoted:
        warnings.add(
            event, "title", f"the title gives {_listed(missing)}, which no quote of its evidence contains; quote the "
            "words that give it, or leave it out of the title",
        )  # fmt: skip


LISTED = 10
"""The figures a warning names at most: a quote of 25,000 figures made a warning one 192 KB line (rev18 L7)."""


def _listed(values: Iterable[float]) -> str:
    ordered = sorted(values)
    named = ", ".join(f"{v:,}" for v in ordered[:LISTED])
    more = len(ordered) - LISTED
    return (f"{named} and {more:,} more" if more > 0 else named) if ordered else "no figure"


class _Places:
    """Every place's folded names and aliases in one pattern, so a text is read once whatever the number of places
    (rev24 F8: one search per name cost ~30 ms a megabyte each, 4 s for a 1 MB title at 49 places). At each start the
    pattern finds the longest name on word boundaries; the shorter names it begins with are mentioned too."""

    def __init__(self, entities: list[Record]) -> None:
        self.owners: dict[str, set[str]] = {}
        for entity in (e for e in entities if e.data["kind"] == "place"):
            data = entity.data
            for name in (data["name"]["en"], data["name"]["fr"], *data.get("aliases", ())):
                if folded := fold(name):
                    self.owners.setdefault(folded, set()).add(data["id"])
        longest = sorted(self.owners, key=len, reverse=True)
        self.pattern = re.compile(rf"(?<!\w)(?=({'|'.join(map(re.escape, longest))})(?!\w))") if longest else None
        self.within = {
            name: {name[:end] for end in range(1, len(name)) if _edge(name[end]) and name[:end] in self.owners}
            for name in longest
        }

    def named(self, text: str) -> set[str]:
        """The places a folded text names."""
        found = {m.group(1) for m in self.pattern.finditer(text)} if self.pattern else set()
        return {place for name in found for short in (name, *self.within.get(name, ())) for place in self.owners[short]}


def _edge(character: str) -> bool:
    """Whether a name may end before this character, as `(?!\\w)` reads it."""
    return not (character.isalnum() or character == "_")


def _places(event: Record, places: _Places, warnings: _Warnings) -> None:
    title = fold(" \n ".join(_titles(event).values()))
    quotes = fold(" \n ".join(normalise_quote(e["quote"]) for e in event.data["evidence"]))
    for place in sorted(places.named(title) - places.named(quotes)):
        warnings.add(
            event, "title", f"the title names the place '{place}', which no quote of its evidence names; quote the "
            "words that place it, or leave it out of the title",
        )  # fmt: skip


def _unused_entities(records: list[Record], warnings: _Warnings) -> None:
    used: set[str] = set()
    outlets = {fold(r.data["outlet"]) for r in records if r.kind == "source" and r.data.get("outlet")}
    for record in records:
        if record.kind == "event":
            used.update(record.data["actors"], record.data["places"])
        elif record.kind == "claim":
            used.update(record.data["asserted_by"])
        elif record.kind == "entity" and record.data.get("part_of"):
            used.add(record.data["part_of"])
    for entity in (r for r in records if r.kind == "entity"):
        data = entity.data
        names = {fold(n) for n in (data["name"]["en"], data["name"]["fr"], *data.get("aliases", ()))}
        if data["id"] in used or data["kind"] == "media" or names & outlets:
            continue
        warnings.add(
            entity, "id", "defined but never used by an event, a claim or a source; use it or remove it (media "
            "entities are exempt: they name outlets)",
        )  # fmt: skip


def _hidden_outlets(records: list[Record], warnings: _Warnings) -> None:
    """An outlet that is another source's id or a seed number names that source instead: `show`, `read`, `diff` and
    `--source` take an id or a seed number first (rev20 L3). An entity's id is no such case: a media entity is meant
    to share its outlet's name."""
    sources = [r for r in records if r.kind == "source"]
    numbers = {number: r.data["id"] for r in sources if (number := seed_number(r.data["seed"])) is not None}
    for source in (r for r in sources if r.data.get("outlet")):
        wanted, own = fold(source.data["outlet"]), source.data["id"]
        ids = [r.data["id"] for r in sources if r.data["id"] == wanted != own]
        number = seed_key(wanted)  # compared as text, never converted (rev31 M1)
        if wanted.isascii() and wanted.isdigit() and numbers.get(number, own) != own:
            ids.append(numbers[number])
        if ids:
            warnings.add(
                source, "outlet", f"outlet '{source.data['outlet']}' names source '{ids[0]}' instead (its "
                f"{'id' if ids[0] == wanted else 'seed number'}): `--source`, `show`, `read` and `diff` take that "
                "first, so this outlet cannot be named; write the outlet as the article does",
            )  # fmt: skip


_SPANS_READ = (
    100  # a quote's places in its article read to match a claim to its event; past that, a pattern, not a fact
)


def _spans(text: str, quote: str) -> Iterator[tuple[int, int]]:
    """Where a quote stands in its article's normalised text (its first `_SPANS_READ` occurrences on whole words: a
    quote found four million times in a hostile seed held 1.5 GB here, rev26 H3)."""
    return islice(quote_spans(text, normalise_quote(quote)), _SPANS_READ)


def _asserters(records: list[Record], texts: dict[str, str], warnings: _Warnings) -> None:
    """A claim's event is one quoting overlapping words of the same article; its asserters should be its actors, or
    the speaker of that quote: one quoted about an event it does not act in is the quote's speaker, not an actor
    (editorial.md §1; rev37u U16: `speaker: gur` still drew this warning)."""
    quoted: dict[str, list[tuple[int, int, set[str]]]] = {}
    for event in (r for r in records if r.kind == "event"):
        for evidence in event.data["evidence"]:
            text = texts.get(evidence["source"], "")
            named = {*event.data["actors"], *([evidence["speaker"]] if evidence.get("speaker") else [])}
            for low, high in _spans(text, evidence["quote"]):
                quoted.setdefault(evidence["source"], []).append((low, high, named))
    for claim in (r for r in records if r.kind == "claim"):
        data = claim.data
        if not data["asserted_by"] or data.get("note"):
            continue
        spans = list(_spans(texts.get(data["source"], ""), data["quote"]))
        events = [
            a for lo, hi, a in quoted.get(data["source"], []) if any(lo < end and start < hi for start, end in spans)
        ]
        if events and not any(set(data["asserted_by"]) <= actors for actors in events):
            warnings.add(
                claim, "asserted_by", f"asserted by {', '.join(data['asserted_by'])}, but no event quoting the "
                "same words lists them among its actors or as that quote's speaker; add them to the event (an actor "
                "if they act in it, else the quote's `speaker`: koursk docs editorial §1), or say why in the claim's "
                "note",
            )  # fmt: skip


def _own_voice(claim: Record, warnings: _Warnings) -> None:
    """A claim in the article's own voice (`asserted_by: []`) whose quote says who gives its figure (« Selon le NIS,
    12 000 », « un responsable a affirmé que 200 »): the figure is theirs (rev24 F2: extract's guess passed check once
    the titles were written), as the hedge rule reads a quote against its status. A note says why it is not."""
    data = claim.data
    if data["asserted_by"] or data.get("note"):
        return
    for said in speakers(data["quote"]):
        rest = data["quote"][said.end() :]
        if figures(rest) or plural_minimum(rest) is not None:
            warnings.add(
                claim, "asserted_by", f"asserted_by is [] (the article's own voice), but the quote says who gives "
                f"the figure (« {shown(' '.join(said.group().split()), 60)} »); name them in asserted_by, or say why "
                "in the claim's note",
            )  # fmt: skip
            return


# What a figure's own noun counts (« 2 700 blessés », « 300 tués », « un millier de morts »), folded: the noun right
# after the number, perhaps after « de » or a closing guillemet.
_COUNTED = {"wounded": re.compile(r"^bless"), "killed": re.compile(r"^(?:tue|mort|decede)")}
_NOUN_AFTER = re.compile(r"\s*[»\"”]?\s*(?:de\s+|d['’]\s*)?(?P<noun>[^\W\d_]+)(?:\s*,?\s*(?P<then>[^\W\d_]+))?")
# … and what a measure counts, by its French description: the killed, the wounded, or both (« pertes »).
_MEASURE_COUNTS = {"wounded": re.compile(r"\bbless"), "killed": re.compile(r"\b(?:tue|mort|decede)")}
_LOSSES = re.compile(r"\bpertes?\b")


def _measure_kinds(description: str) -> set[str]:
    folded = fold(description)
    if _LOSSES.search(folded):
        return {"wounded", "killed"}
    return {kind for kind, pattern in _MEASURE_COUNTS.items() if pattern.search(folded)}


def _counted_kind(quote: str, values: Iterable[Any]) -> tuple[str, str] | None:
    """What the figure's own noun in the quote counts (the wounded or the killed) and its words, or None."""
    for match in _FIGURE.finditer(quote):
        token = match.group().lower()
        value = whole(_NOT_DIGIT.sub("", token), FIGURE_DIGITS) if token[0].isdigit() else _WORDS.get(token)
        if value not in values:  # a figure in digits or in words (« Deux soldats, blessés mais vivants »)
            continue
        noun = _NOUN_AFTER.match(quote, match.end())
        if noun is None:
            continue
        # the noun (« 2 700 blessés »), else the word that qualifies it (« deux soldats, blessés », rev32 R3)
        for group in ("noun", "then"):
            word = fold(noun[group] or "")
            for kind, pattern in _COUNTED.items():
                if pattern.match(word):
                    return kind, quote[match.start() : noun.end(group)].strip()
    return None


def _measure_noun(claim: Record, measures: dict[tuple[str, str], str], warnings: _Warnings) -> None:
    """A claim whose quote's noun counts the wounded filed under a measure of the killed, or the other way round
    (rev27 U4: « 2 700 blessés » under north-korean-killed): the noun decides what the figure counts."""
    data = claim.data
    description = measures.get((str(data["topic"]), str(data["measure"])))
    values = {_whole(data.get(key)) for key in ("value", "value_min", "value_max")} - {None}
    if description is None or not values:
        return
    kinds = _measure_kinds(description)
    counted = _counted_kind(data["quote"], values)
    if kinds and counted is not None and counted[0] not in kinds:
        warnings.add(
            claim, "measure", f"« {shown(counted[1], 60)} » counts the {counted[0]}, but measure '{data['measure']}' "
            f"counts the {' and the '.join(sorted(kinds))}; file it under a measure of what its noun counts",
        )  # fmt: skip


RUNNING_TOTAL_DAYS = 31
"""The widest `as_of` of a cumulative claim that passes unremarked (rev30 U3): a running total holds on its statement's
day; a window wider than a month whose basis reads « depuis » is its baseline read as the period, which overlaps, and seems
to conflict with, every earlier total (docs/curating.md, « Running totals »)."""


def _running_total(claim: Record, cumulative: set[tuple[str, str]], warnings: _Warnings) -> None:
    data = claim.data
    if (str(data["topic"]), str(data["measure"])) not in cumulative or "depuis" not in fold(
        str(data.get("as_of_basis"))
    ):
        return  # a window of its own (« in the last weeks », an undated report) is the curator's reading, not a baseline
    try:
        when = parse_edtf(str(data["as_of"]))
    except ValueError:
        return  # a bad date is the schema's error, not an editorial one
    days = (when.end - when.start).days + 1
    if days > RUNNING_TOTAL_DAYS:
        warnings.add(
            claim, "as_of", f"measure '{data['measure']}' is cumulative, a running total, but as_of spans {days} days; "
            "a total « depuis X » holds at its statement: date it there and keep the period in as_of_basis "
            "(koursk docs curating, « Running totals »)",
        )  # fmt: skip


def _plurals(claim: Record, warnings: _Warnings) -> None:
    """An `at_least` claim whose figure its quote does not give reads a plural: one reading for every plural."""
    data = claim.data
    value = data.get("value")
    if data["value_kind"] != "at_least" or value is None or value in figures(data["quote"]):
        return
    minimum = plural_minimum(data["quote"])
    if minimum is not None and value != minimum:
        warnings.add(
            claim, "value", f"the quote gives no figure, only a plural, which reads as at least {minimum:,}, not "
            f"{value:,}; a plural without a figure is two of what it counts (koursk docs editorial §9)",
        )  # fmt: skip


def quoted_figures(quote: str, as_of: str) -> set[int]:
    """The whole numbers a claim's quote gives: `figures` and every form extract reads and drafts (« 1,5 million »,
    « un millier », « une vingtaine »: rev16 M6), its dates' words left out (« novembre 2024 » gives no 2,024: L2)."""
    from ..extract.draft import dateless, read_values  # the whole extract pipeline: only for quotes that need it

    text = dateless(quote, parse_edtf(as_of))
    return figures(text) | {int(v) for v in read_values(text) if v == int(v)}


# Days of the month before their month (« le 13 novembre », « 1er octobre », « entre le 8 et le 13 octobre »), folded;
# at most five days in a row, so a long list of numbers is read in linear time.
_DAY = r"(?:[1-9]|[12][0-9]|3[01])(?:er)?"
_DAYS_OF_A_MONTH = re.compile(
    rf"(?<![\d.,]){_DAY}(?:\s*(?:,|et|au|a|-)\s*(?:le\s+)?{_DAY}){{0,4}}\s+(?:"
    + "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
    + r")\b"
)


def _plainly_quoted(quote: str, values: list[Any]) -> bool:
    """Most quotes write their figure plainly (« 10 000 », « douze mille »): `figures` finds it, and it is neither a
    bare four-digit number, which may be a year (L2), nor a number from 2 to 31 written only as a day of the month
    (« transportés entre le 8 et le 13 octobre » gives no 13: rev18 L11). Those need not load extract's reading
    (~0.3 s of CPU), which leaves the dates' words out. A 1 beside « 1er septembre » is still taken as written: the
    shipped store's one such claim (« une seule nuit … depuis le 1er septembre ») would load it on every check."""
    found = figures(quote) & set(values)
    days = {value for value in found if 2 <= value <= 31}
    if days and _DAYS_OF_A_MONTH.search(folded := fold(quote)):
        found -= days - figures(_DAYS_OF_A_MONTH.sub(" ", folded))
    return bool(found) and not any(re.search(rf"(?<!\d)(?<!\d[.,]){v}(?![.,]?\d)", quote) for v in found if v >= 1000)


# A decimal as a text writes it (« 2,5 % », « 3.14 »); three digits after the mark are a thousands group (« 1.500 »).
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](?!\d{3}(?![\d]|[.,]\d))(\d+)(?![\d]|[.,]\d)")


def _decimals(quote: str) -> set[float]:
    return {float(f"{whole}.{fraction}") for whole, fraction in _DECIMAL.findall(quote)}


def _whole(value: Any) -> Any:
    """16.0 (or `!!float 16`) is the integer 16, compared as written in a quote (« seize »)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _claim_figure(claim: Record, warnings: _Warnings) -> None:
    """A claim's figure must be one its quote writes, in digits or in words, as `figures` reads titles (« douze
    mille » is 12,000): a value typed wrong (16 for « 10 000 ») has nothing to match. A plural without a figure is
    read by §9 (_plurals); a « près de N » range writes only N, so a range needs one of its bounds in the quote; a
    decimal must be written as one (« 2,5 % »): `1.5` for « 1.500 » is the French thousands misread (rev24 F4)."""
    data = claim.data
    keys = ("value_min", "value_max") if data["value_kind"] == "range" else ("value",)
    values = [_whole(data.get(key)) for key in keys]
    if any(value is None for value in values):  # a TODO left empty
        return
    if data["value_kind"] == "at_least" and plural_minimum(data["quote"]) is not None:
        return
    if _plainly_quoted(data["quote"], values):
        return
    quoted: set[float] = set(quoted_figures(data["quote"], data["as_of"]))
    if any(type(value) is float for value in values):
        quoted |= _decimals(data["quote"])
    if quoted & set(values):
        return
    given = " and ".join(f"{key} {value:,}" for key, value in zip(keys, values, strict=True))
    warnings.add(
        claim, keys[0], f"{given}: no form of it is written in the quote, which koursk reads as {_listed(quoted)}; "
        "check the value, or quote the words that give it",
    )  # fmt: skip


_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every text inside a field's value, with its dotted path (`title.en`, `aliases.2`); quotes are left to the
    quote check, which finds them in their seed as they are."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "quote":
                yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}.{index + 1}")


def _invisible(records: list[Record], warnings: _Warnings) -> None:
    """A title, name, note, outlet or other text (not a quote) holding a character a reader cannot see: a zero-width
    space, a soft hyphen, a bidi control, Unicode tag characters that can carry a whole hidden sentence (rev26 L3).
    Shown escaped on a terminal; said once per text. Ids and addresses cannot hold one (the schema's patterns)."""
    for record in records:
        for key, value in record.data.items():
            if key == "quote":
                continue
            for path, text in _strings(value, key):
                if text.isprintable() or (found := _FORMAT.search(text)) is None:
                    continue
                char = found.group()
                count = len(_FORMAT.findall(text))
                more = f", and {count - 1:,} more" if count > 1 else ""
                name = unicodedata.name(char, "a format character")
                warnings.add(
                    record, key, f"{path} holds an invisible character, {name} (U+{ord(char):04X}) at character "
                    f"{found.start() + 1:,}{more}: nobody reading it sees it, yet it is stored, searched and exported; "
                    "remove it",
                )  # fmt: skip


def editorial_warnings(records: list[Record], texts: dict[str, str]) -> list[Problem]:
    """Every warning of the rules above, for the whole store. `texts`: each source's seed, normalised."""
    warnings = _Warnings()
    places = _Places([r for r in records if r.kind == "entity"])
    for event in (r for r in records if r.kind == "event"):
        _long_title(event, warnings)
        _hedges(event, warnings)
        _hedged_event(event, texts, warnings)
        _negated_event(event, texts, warnings)
        _figures(event, warnings)
        _places(event, places, warnings)
    measures = {
        (str(topic.data["id"]), str(measure["id"])): str(measure["description"]["fr"])
        for topic in (r for r in records if r.kind == "topic")
        for measure in topic.data.get("measures", ())
    }
    cumulative = {
        (str(topic.data["id"]), str(measure["id"]))
        for topic in (r for r in records if r.kind == "topic")
        for measure in topic.data.get("measures", ())
        if measure.get("cumulative")
    }
    for claim in (r for r in records if r.kind == "claim"):
        _measure_noun(claim, measures, warnings)
        _running_total(claim, cumulative, warnings)
        _plurals(claim, warnings)
        _own_voice(claim, warnings)
        _hedged_claim(claim, texts, warnings)
        _negated_claim(claim, texts, warnings)
        _claim_figure(claim, warnings)
    _unused_entities(records, warnings)
    _hidden_outlets(records, warnings)
    _asserters(records, texts, warnings)
    _invisible(records, warnings)
    return sorted(warnings.found)
