"""A candidate claim for each figure that counts one of the story's measures: its topic and measure, the period it
holds for (a running total, a figure set « contre » another), who asserts it, and a restated figure marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..dates import DateError, FuzzyDate, store_date
from ..model import Topic
from ..placeholders import TODO, TODO_MEASURE, TODO_TOPIC
from .clauses import Side, future_marker, side_of, side_spans
from .datemention import DateMention, main_mention, since_until
from .draftrecords import Article, DraftRecord
from .entitymatches import Mention
from .frfigure import Figure
from .frnumerals import display
from .frwords import fold_same_length, fold_word
from .ids import Ids
from .lexicon import alternatives, words
from .quotes import quoted
from .sentences import Sentence
from .storycounts import StoryNouns, counts_the_story
from .topics import FIGURE_CLAUSE_STOP, FUTURE_MEASURE, TopicView, TopicWords, guess_measure
from .voice import Asserted, asserted_by, status_of


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What every claim of one sentence shares, found once per sentence (a pasted page is one sentence with
    thousands of figures): its dates and side clauses, its topic words, its status and who asserts it."""

    sentence: Sentence
    mentions: list[DateMention]
    sides: list[Side]
    topics: TopicView
    status: tuple[str, str]
    asserted: Asserted

    @classmethod
    def of(
        cls,
        sentence: Sentence,
        mentions: list[DateMention],
        entities: list[Mention],
        topics: list[TopicWords],
        figures: list[Figure],
    ) -> SentenceFacts:
        """The facts all of `sentence`'s figures share, found once."""
        sides = side_spans(sentence.text, {m.start for m in mentions if m.since})
        view = TopicView(sentence.text, topics)
        asserted = asserted_by(sentence.text, entities, figures)
        return cls(sentence, mentions, sides, view, status_of(sentence.text), asserted)


def _counts(facts: SentenceFacts, figure: Figure, nouns: StoryNouns) -> bool:
    """A figure counts one of the story's measures (storycounts.py: not « 45 familles »), and a factor (« multipliées
    par trois ») only of a topic that measures one (`factor` in its units in topics.yaml): losses « multipliées par
    trois » is a ratio the store has no place for, not a count."""
    if figure.unit != "factor":
        return counts_the_story(figure, facts.sentence.text, nouns, lambda: facts.topics.guess(figure)[0] is not None)
    words, _ = facts.topics.guess(figure)
    topic = words.topic if words else None
    return topic is not None and figure.unit in topic.units


def story_counts(facts: SentenceFacts, figures: list[Figure], nouns: StoryNouns) -> list[Figure]:
    """The figures that count one of the story's measures (`_counts`); the second count of « N noun contre M » counts
    what the first counts (« par 78 voix contre 12 », « 84 déclarations …, contre 31 en 2023 »: round 27, the second
    was drafted as a count of the story's, its noun read as left out)."""
    kept: list[Figure] = []
    counts = False
    for figure in figures:
        counts = counts if figure.compared else _counts(facts, figure, nouns)
        if counts:
            kept.append(figure)
    return kept


def claim_record(facts: SentenceFacts, figure: Figure, article: Article, ids: Ids) -> DraftRecord:
    """The candidate claim `figure` gives in `facts`' sentence: its topic and measure, the period it holds for, who
    asserts it, its status and its quote."""
    sentence, mentions = facts.sentence, facts.mentions
    words, topic_why = facts.topics.guess(figure)
    topic = words.topic if words else None
    future = future_marker(sentence.text, facts.sides, figure.start) if words else None
    measure = guess_measure(sentence.text, figure, words, future) if words else TODO_MEASURE
    as_of, as_of_basis, since = _as_of(figure, mentions, article.published, facts.sides)
    as_of, as_of_basis = _contrasted(sentence.text, figure, mentions, as_of, as_of_basis)
    cumulative = topic is not None and any(m.id == measure and m.cumulative for m in topic.measures)
    as_of_why = None
    if since and "/" in as_of:
        if cumulative:
            as_of, as_of_basis, as_of_why = _running_total(as_of, as_of_basis)
        else:
            as_of_why = (
                f"TODO: a « depuis » period ({as_of}): right for a figure that holds all through it; if '{measure}' "
                "is a running total, write its statement's date and keep the period in the basis"
            )
    quote, cut = quoted(sentence, figure.start, figure.end)
    status, why = facts.status
    if figure.value is not None:
        value_name = display(figure.value).replace(",", "")
    else:
        value_name = "range" if figure.value_kind == "range" else "todo"
    fields: dict[str, Any] = {
        "id": ids.new(f"{article.source_id}-{topic.id if topic else 'figure'}-{value_name}".replace(".", "-")),
        "topic": topic.id if topic else TODO_TOPIC,
        "measure": measure,
        "value": figure.value,
        "value_kind": figure.value_kind,
        "value_min": figure.value_min,
        "value_max": figure.value_max,
        "unit": _unit(figure, topic),
        "as_of": as_of,
        "as_of_basis": as_of_basis,
        "asserted_by": facts.asserted.ids,
        "source": article.source_id,
        "quote": quote,
        "status": status,
    }
    comments = {
        "topic": f"guess: {topic_why}" if topic else "TODO: no topic word found; see `koursk claims`",
        "value_kind": figure.reading,
        **({"value": "TODO: the rules cannot read this number for sure; write it"} if value_name == "todo" else {}),
        "asserted_by": facts.asserted.why,
        "status": why,
        **({"quote": cut} if cut is not None else {}),
        **({"as_of": as_of_why} if as_of_why is not None else {}),
    }
    if topic is not None:
        others = [m.id for m in topic.measures if m.id != measure]
        comments["measure"] = "guess" + (f"; others: {', '.join(others)}" if others else "")
        if (more := _increment(sentence.text, figure)) is not None and measure not in (FUTURE_MEASURE, TODO_MEASURE):
            # « 1 000 soldats supplémentaires » (rev27 U4): more of them, not the total a measure counts
            fields["measure"] = TODO_MEASURE
            comments["measure"] = (
                f"TODO: « {more} » counts more of them, an increment, not the total '{measure}' counts: write the "
                f"measure only if the article gives the total; others: {', '.join(m.id for m in topic.measures)}"
            )
        elif _definite(sentence.text, figure) and measure != TODO_MEASURE:
            # « échanger les deux soldats » (rev32 R3): the people the article spoke of, not a measure of troops
            fields["measure"] = TODO_MEASURE
            comments["measure"] = (
                f"TODO: « {figure.text} » after a definite article counts people the article named before, not a "
                f"measure: write one only if it counts one, else delete this claim; others: "
                f"{', '.join(m.id for m in topic.measures)}"
            )
        elif (alive := _alive(sentence.text, figure)) is not None and _killed_only(topic, measure):
            # « Deux soldats, blessés mais vivants » (rev32 R3): alive, never filed under the killed
            fields["measure"] = TODO_MEASURE
            comments["measure"] = (
                f"TODO: « {alive} » after it: they are alive (wounded, survivors), not the killed '{measure}' counts; "
                f"write the measure of what it counts; others: {', '.join(m.id for m in topic.measures if m.id != measure)}"
            )
    if fields["unit"].startswith(TODO):
        known = ", ".join(topic.units) if topic and topic.units else "soldiers, shells, km2…"
        comments["unit"] = f"the unit in English: {known} (a new one goes into the topic's units in topics.yaml)"
    return DraftRecord(fields, comments)


def restatements(claims: list[DraftRecord], printed: str | None) -> None:
    """Two drafted claims of one article with the same measure and value are most often one figure said twice (a
    headline over its story, a recap; rev30 U8): the headline's, else the later one, gets `restates:` the other
    (docs/claims.md rule 5: listed, never counted twice), as a guess for the curator to keep or delete."""
    first: dict[tuple[Any, ...], DraftRecord] = {}
    ordered = sorted(claims, key=lambda c: printed is not None and c.fields["quote"] == printed)  # headline last
    for claim in ordered:
        data = claim.fields
        if TODO_MEASURE in (data["measure"],) or TODO_TOPIC in (data["topic"],):
            continue
        key = tuple(data[k] for k in ("topic", "measure", "value", "value_kind", "value_min", "value_max", "unit"))
        if all(data[k] is None for k in ("value", "value_min", "value_max")):
            continue
        original = first.setdefault(key, claim)
        if original is not claim:
            data["restates"] = original.fields["id"]
            said = "the article's headline" if data["quote"] == printed else "a later sentence"
            claim.comments["restates"] = (
                f"guess: {said} gives the same figure as '{original.fields['id']}'; delete this claim if it adds "
                "nothing, or this line if it is a figure of its own"
            )


# « 1 000 soldats supplémentaires », « 3 000 hommes de plus »: words right after a figure (its noun and at most two
# words between) that make it an increment (lexicon.toml `increments`)
_INCREMENT = re.compile(r"^(?:\s+[^\W\d_][\w'’-]*){0,2}?\s+(?P<more>" + alternatives("increments") + r")(?!\w)")


def _increment(sentence: str, figure: Figure) -> str | None:
    """The words that make a figure an increment (« supplémentaires », « de plus »), or None."""
    found = _INCREMENT.match(fold_same_length(sentence[figure.end : figure.end + 60]))
    return sentence[figure.end + found.start("more") : figure.end + found.end("more")] if found else None


# « Deux soldats, blessés mais vivants, »: words right after a figure's noun saying they are alive (lexicon.toml)
_ALIVE = re.compile(
    r"^\s*,?\s*(?P<alive>(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words("alive_after"), key=len, reverse=True))
    + r"))(?!\w)"
)
# « les deux soldats », « ces trois hommes »: a determiner that points back at people named before (lexicon.toml)
_DEFINITE = re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, sorted(words("definite_counts")))) + r")\s+$")
_FEW = 100  # below it, a definite count is of people the article names one by one, never a measure of troops
# a measure whose description counts the killed alone (« Nombre de soldats nord-coréens tués »), not the captured
_KILLED_ONLY = re.compile(r"(?<!\w)(?:tue|mort)")
_NOT_KILLED_ONLY = re.compile(r"pert|bless|captur|prisonn")


def _alive(sentence: str, figure: Figure) -> str | None:
    """The words after a figure saying the people it counts are alive (« blessés mais vivants »), or None."""
    found = _ALIVE.match(fold_same_length(sentence[figure.end : figure.end + 40]))
    return sentence[figure.end + found.start("alive") : figure.end + found.end("alive")] if found else None


def _definite(sentence: str, figure: Figure) -> bool:
    """« échanger les deux soldats »: a small count after a definite determiner, people named before."""
    small = figure.value is not None and figure.value < _FEW and figure.value_kind != "range"
    return small and _DEFINITE.search(fold_same_length(sentence[max(0, figure.start - 12) : figure.start])) is not None


def _killed_only(topic: Topic, measure: str) -> bool:
    description = next((fold_word(m.description.fr) for m in topic.measures if m.id == measure), "")
    return _KILLED_ONLY.search(description) is not None and _NOT_KILLED_ONLY.search(description) is None


def _unit(figure: Figure, topic: Topic | None) -> str:
    """The rules' unit when the topic's vocabulary has it; never a guessed word of the sentence (« entre », « ont »)."""
    if figure.unit is None or topic is None or (topic.units and figure.unit not in topic.units):
        return f"{TODO} unit"
    return figure.unit


def _as_of(
    figure: Figure, mentions: list[DateMention], published: FuzzyDate, sides: list[Side]
) -> tuple[str, str, bool]:
    """The period a figure holds for, from the dates of its own clause (clauses.py): the nearest « depuis » period,
    running to the statement (« lundi ») or the publication; else the nearest date. A figure of a side clause without
    a date takes the main clause's; a figure of the main clause never takes a side clause's date (« 3 000 tués depuis
    leur entrée dans les combats en octobre » holds at the publication, not in October). No date: the publication.
    The flag: whether the period is a « depuis » one (a running total's baseline: `_running_total`)."""
    region = side_of(sides, figure.start, figure.end)
    own = [m for m in mentions if m.side is None and side_of(sides, m.start, m.end) == region]
    if region is not None:
        own = [m for m in mentions if side_of(sides, m.start, m.end) == region] or [
            m for m in mentions if m.side is None
        ]
    if not own:
        why = "No date in its clause" if mentions else "No date in the sentence"
        return published.text, f"{why}: taken as holding at the publication ({published.text}).", False
    periods = [m for m in own if m.since] or own
    nearest = min(periods, key=lambda m: min(abs(m.start - figure.end), abs(figure.start - m.end)))
    if not nearest.since:
        return nearest.edtf, nearest.basis, False
    anchors = [m for m in own if not m.since and m.rank >= 5]
    return (*since_until(nearest, main_mention(anchors), published), not nearest.onset)


# « contre plus de 1 300 km² au plus fort de son offensive »: a figure set against the sentence's other one
_CONTRAST = re.compile(r"(?<!\w)contre\s+$", re.IGNORECASE)


def _contrasted(text: str, figure: Figure, mentions: list[DateMention], as_of: str, basis: str) -> tuple[str, str]:
    """« contrôlait encore environ 800 km² à la mi-décembre, contre plus de 1 300 km² au plus fort de son offensive
    lancée le 6 août »: the figure after « contre » holds at another, earlier time, which its own words name, never the
    sentence's other date (two figures of one measure at one date would be a conflict the sentence denies: rev37u U3).
    A date of its own words in a clause of its own dates it; one in a side clause (« lancée le 6 août ») bounds that
    time, from there to the day before the other date; with neither, the curator writes it (a TODO basis)."""
    if not _CONTRAST.search(text, max(0, figure.start - 12), figure.start):
        return as_of, basis
    stop = FIGURE_CLAUSE_STOP.search(text, figure.end)
    inside = [m for m in mentions if figure.end <= m.start < (stop.start() if stop else len(text))]
    if any(m.side is None for m in inside):
        return as_of, basis
    said = f"{TODO} « contre » sets this figure against the sentence's other one: it holds at another time"
    try:
        other = store_date(as_of).start
        first = store_date(inside[0].edtf).start if inside else None
    except DateError:
        return as_of, f"{said}: write it. The rules read: {basis}"
    if first is None or first >= other:
        return as_of, f"{said}: write it. The rules read: {basis}"
    edtf = f"{first.isoformat()}/{(other - timedelta(days=1)).isoformat()}"
    bound = f"« {' '.join(inside[0].text.split())} » ({inside[0].edtf})"
    return edtf, f"{said}: after {bound}, before the other figure's {as_of} → {edtf}; write it if the article says"


RUNNING_TOTAL = "a count « depuis » is a running total"
"""Marks the basis of a running total dated at its statement (`_running_total`): its as_of is no date of the
sentence's « depuis », which the basis quotes (benchmarks/score_extract.py reads it as the publication standing in)."""


def _running_total(as_of: str, basis: str) -> tuple[str, str, str]:
    """A cumulative measure's count « depuis X » (« 15 000 soldats envoyés en Russie depuis octobre ») is a running
    total as of its statement: X is its baseline, not the period it holds for (rev30 U3). Dated over the whole
    period, it would overlap, and seem to conflict with, every earlier total of the period."""
    end = as_of.split("/")[-1]
    basis = (
        f"{basis}; the measure is cumulative: {RUNNING_TOTAL}, so the period is its baseline "
        f"and the count holds at its end → {end}"
    )
    why = (
        f"guess: a running total holds at its statement ({end}); the « depuis » period {as_of} is its baseline, kept "
        f"in the basis; write {as_of} only if the figure counts what happened within it, not a total"
    )
    return end, basis, why
