"""Which topic and measure a figure counts: the store's topic words that govern it or stand nearest to it, then the
measure its clause's cues name (lexicon.toml [measure_cues]) or whose description shares most of its words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import Topic
from ..placeholders import TODO_MEASURE
from .frfigure import Figure
from .frwords import fold_same_length, fold_word
from .lexicon import STOPWORDS, TIME_UNITS, measure_cues, measure_places
from .lexicon import table as lexicon_table

# A figure whose noun is a word of topic `over` counts topic `topic` when a word of `topic` governs it (lexicon.toml).
_OVERRIDE = lexicon_table("topic_override")


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", fold_word(text))
    return {w.rstrip("sx")[:6] for w in words if w not in STOPWORDS and len(w) > 3}


# A measure of casualties names the wounded or the losses in its French description (« pertes », « blessés »).
_CASUALTIES = re.compile(r"pert|bless")


@dataclass(frozen=True, slots=True)
class MeasureWords:
    """A measure's id and the stems of its id and French description, which `guess_measure` matches the words around
    a figure against: folded once per topics table, not once per claim (a pasted page has thousands of claims)."""

    id: str
    stems: frozenset[str]
    casualties: bool
    """Whether its description names the wounded or the losses: the only kind a count of casualties may take."""


@dataclass(frozen=True, slots=True)
class TopicWords:
    """A topic of the store with the patterns of its words and its measures' words."""

    topic: Topic
    patterns: tuple[re.Pattern[str], ...]
    measures: tuple[MeasureWords, ...]


def topic_words(topics: Iterable[Topic]) -> list[TopicWords]:
    """Each topic's words from the store: its id, aliases and keywords (topics.yaml), and its measures' stems."""
    result = []
    for topic in topics:
        words = [topic.id, *topic.aliases, *topic.keywords]
        folded = dict.fromkeys(fold_word(w).strip() for w in words if w.strip())
        patterns = tuple(re.compile(rf"(?<!\w){_words_pattern(word)}(?:s|x|es)?(?!\w)") for word in folded)
        measures = tuple(
            MeasureWords(
                m.id,
                frozenset(_stems(f"{m.id.replace('-', ' ')} {m.description.fr}")),
                _CASUALTIES.search(fold_word(m.description.fr)) is not None,
            )
            for m in topic.measures
        )
        result.append(TopicWords(topic, patterns, measures))
    return result


def _words_pattern(words: str) -> str:
    return r"\s+".join(re.escape(part) for part in words.split())


# Between a word and the figure it governs: « auraient perdu au moins 200 hommes », « pertes, estimées à 4 000 hommes »
_GOVERNS_BEFORE = re.compile(
    r"[\s,]*(?:(?:[\w-]+\s+){0,2}?(?:(?:estime|evalue|chiffre|porte)e?s?\s+)?a\s+|de\s+|d')?"
)  # … « le NIS estime les pertes nord-coréennes à 4 700 hommes »
# … or after it, as its verb or in apposition: « 200 soldats tués », « 430 soldats ukrainiens avaient été faits
# prisonniers », « 4 000 hommes, tués ou blessés ».
_GOVERNS_AFTER = re.compile(
    r"\s*[»\"”]?\s*,\s*|\s*[»\"”]?(?:\s+(?!(?:pour|de|des|du|a|au|aux|dans|par|avec|sans|et|ou|en|sur|qui|que|dont)\s)[\w-]+){0,2}?"
    r"(?:\s+(?:ont|auraient|avaient|sont|seraient|ayant|auront|ete|faits?|deja|aussi|egalement))*\s+"
)


# « environ 2000 des quelque 15 000 soldats »: a count that is the whole a part is taken from
_WHOLE_OF_A_PART = re.compile(r"\d\s+des\s+$")
_GOVERNING_REACH = 80  # characters: a governing word stands a few words from its figure (_GOVERNS_BEFORE, _AFTER)


class TopicView:
    """A sentence's topic words, found once (folded text, every match of every topic's words) so that each figure's
    topic is a bisection, not a scan of the sentence: a pasted page is one sentence with thousands of figures."""

    def __init__(self, sentence: str, topics: list[TopicWords]) -> None:
        self.folded = fold_same_length(sentence)
        self.topics = topics
        # per topic, per pattern: its matches left to right, as (start, end, words)
        self._matches = [
            [[(m.start(), m.end(), m.group()) for m in pattern.finditer(self.folded)] for pattern in words.patterns]
            for words in topics
        ]
        self._hits = sorted((hit[0], index) for index, per in enumerate(self._matches) for hits in per for hit in hits)

    def _near(self, index: int, figure: Figure) -> Iterator[tuple[int, int, str]]:
        """The matches of topic `index` within reach of the figure, pattern by pattern, left to right."""
        for hits in self._matches[index]:
            first = bisect.bisect_left(hits, figure.start - _GOVERNING_REACH, key=lambda hit: hit[1])
            last = bisect.bisect_right(hits, figure.end + _GOVERNING_REACH, key=lambda hit: hit[0])
            yield from hits[first:last]

    def _governed(self, figure: Figure, index: int) -> str | None:
        """A word of topic `index` that governs the figure: the verb or noun just before it, or its verb just after."""
        folded = self.folded
        for start, end, word in self._near(index, figure):
            if end <= figure.start and _GOVERNS_BEFORE.fullmatch(folded[end : figure.start]):
                return word
            if start >= figure.end and _GOVERNS_AFTER.fullmatch(folded[figure.end : start]):
                if _WHOLE_OF_A_PART.search(folded, max(0, figure.start - 20), figure.start):
                    continue  # « 2000 des 15 000 soldats déployés auraient péri »: the verb is the part's (round 41)
                return word
        return None

    def _measuring(self, figure: Figure) -> int | None:
        """The topic a span (« pour au moins 20 ans », « en 24 heures ») counts: of the topics whose units list its
        unit (topics.yaml: peace-plan's years, hours), the one whose word stands nearest it in the sentence, however
        near another topic's word (« … pour 20 ans et les soldats nord-coréens quitteraient … »: review95)."""
        near = []
        for index, words in enumerate(self.topics):
            if figure.unit not in words.topic.units:
                continue
            for hits in self._matches[index]:  # each pattern's hits, left to right: the two around the figure
                at = bisect.bisect_left(hits, figure.start, key=lambda hit: hit[0])
                near += [(abs(hit[0] - figure.start), index) for hit in hits[max(0, at - 1) : at + 1]]
        return min(near)[1] if near else None

    def guess(self, figure: Figure) -> tuple[TopicWords | None, str]:
        """The topic a figure counts: its own noun first, then the topic word nearest to it in the sentence."""
        topics = self.topics
        noun = fold_word(figure.noun) if figure.noun else ""
        by_noun = next((t for t in topics if noun and any(p.fullmatch(noun) for p in t.patterns)), None)
        if by_noun is not None:
            over = next((i for i, t in enumerate(topics) if t.topic.id == _OVERRIDE.get("topic")), None)
            if by_noun.topic.id == _OVERRIDE.get("over") and over is not None:
                word = self._governed(figure, over)
                if word is not None:
                    return topics[over], f"« {word} » governs « {figure.noun} »: {topics[over].topic.id}"
            return by_noun, f"« {figure.noun} » is a word of topic {by_noun.topic.id}"
        hits = self._hits
        if figure.unit in TIME_UNITS and (measuring := self._measuring(figure)) is not None:
            return topics[measuring], f"a span, and a word of topic {topics[measuring].topic.id}, which measures spans"
        at = bisect.bisect_left(hits, (figure.start, -1))
        near = hits[at : at + 1]  # the first hit not before the figure, and the last before it (lowest topic first)
        if at > 0:
            near.append(hits[bisect.bisect_left(hits, (hits[at - 1][0], -1))])
        if not near:
            return None, "no topic word in the sentence"
        # the nearest hit; on a tie, the topic listed first (the order a scan of the topics meets them in)
        _, index = min(near, key=lambda hit: (abs(hit[0] - figure.start), hit[1]))
        return topics[index], f"nearest topic word in the sentence: {topics[index].topic.id}"


FUTURE_MEASURE, _CUES = measure_cues()


def _cue_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """Folded whole words, or a word start where a cue ends with « * »; any spaces between a cue's words, either
    apostrophe."""
    spaced = (
        r"\s+".join(re.escape(word).replace("'", "['’]") for word in cue.removesuffix("*").split())
        + ("" if cue.endswith("*") else r"(?!\w)")
        for cue in cues
    )
    return re.compile("|".join(rf"(?<![\w'’]){cue}" for cue in spaced))


_CUE_PATTERNS = {measure: _cue_pattern(cues) for measure, cues in _CUES.items()}
_PLACES = {measure: (narrower, _cue_pattern(places)) for measure, (narrower, places) in measure_places().items()}
# a figure's own clause: from the comma, semicolon, colon, parenthesis, bracket or dash before it to the one after it;
# a full stop only before a space (« 1.5 », « 12.000 » stay inside); no guillemet or quotation mark parts it
FIGURE_CLAUSE_STOP = re.compile(r"[,;:()\[\]]|\s[–—]\s|[.!?](?=\s)")


def _cued_measure(sentence: str, figure: Figure, allowed: set[str], future: str | None) -> str | None:
    """lexicon.toml [measure_cues]: the measure of the cue nearest to the figure in its own clause (the longer cue on
    a tie); the `future` measure when the clause speaks of the future; None without a cue."""
    before = [m.end() for m in FIGURE_CLAUSE_STOP.finditer(sentence, 0, figure.start)]
    after = FIGURE_CLAUSE_STOP.search(sentence, figure.end)
    first, last = (before[-1] if before else 0), (after.start() if after else len(sentence))
    if future is not None and FUTURE_MEASURE in allowed and first <= sentence.find(future, first) < last:
        return FUTURE_MEASURE
    folded = fold_same_length(sentence[first:last])
    low, high = figure.start - first, figure.end - first
    best: tuple[int, int, str] | None = None
    for measure, pattern in _CUE_PATTERNS.items():
        if measure not in allowed:
            continue
        for cue in pattern.finditer(folded):
            distance = cue.start() - high if cue.start() >= high else low - cue.end()
            key = (max(distance, 0), -(cue.end() - cue.start()), measure)
            if best is None or key[:2] < best[:2]:
                best = key
    if best is None:
        return None
    narrower = _PLACES.get(best[2])
    if narrower is not None and narrower[0] in allowed and narrower[1].search(folded):
        return narrower[0]  # « se trouvent désormais dans la région de Koursk »: where in Russia
    return best[2]


_LOSSES_ONLY = ("casualties", "wounded")


def guess_measure(sentence: str, figure: Figure, topic: TopicWords, future: str | None = None) -> str:
    """The measure the words of the figure's own clause name (`_cued_measure`, lexicon.toml [measure_cues]), else the
    one whose French description shares most words with the words around the figure (first on a tie). The figure's
    own noun decides first: the killed and the wounded counted together (unit `casualties`), and the wounded alone
    (« 2 700 blessés », rev27 U4), take only a measure of casualties, never one of the killed alone; with none, the
    curator names it. `future` is the word that makes the figure's clause speak of the future."""
    measures = [(i, m) for i, m in enumerate(topic.measures) if figure.unit not in _LOSSES_ONLY or m.casualties]
    if not measures:
        return TODO_MEASURE
    cued = _cued_measure(sentence, figure, {m.id for _, m in measures}, future)
    if cued is not None:
        return cued
    words = _stems(sentence[max(0, figure.start - 80) : figure.end + 80])
    return max((len(words & m.stems), -i, m.id) for i, m in measures)[2]
