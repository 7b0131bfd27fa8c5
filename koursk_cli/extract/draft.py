"""Build a draft of store records from one French article (pure).

The article is cut into sentences; a sentence with a temporal expression becomes a candidate event, each figure a
candidate claim, and the sentence itself is the verbatim quote (a long sentence's words around the date or figure:
`quoted`). Actors, places and topics are matched against the store (ids, names and aliases, case- and
accent-insensitively); everything guessed is said to be a guess in a comment, and what only a curator can write
(titles, publication basis) is left as a `TODO:` string that the schema accepts, so the draft validates against the
schema as it stands; `koursk check` refuses it until the TODOs are done.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..dates import DateError, FuzzyDate, parse_edtf, store_date
from ..model import Entity, Store, Topic
from ..placeholders import TODO, TODO_ASSERTER, TODO_MEASURE, TODO_TOPIC
from ..store.checks import beyond_publication, too_short
from ..store.hedges import conditional_verb, hedge_word, is_denial, quote_negations
from ..textnorm import article_text, normalise_quote, spaced
from .briefs import foot_briefs, local_briefs
from .byline import dispatch_day, headline, propose_author, propose_outlet
from .captions import unrelated_captions
from .chronology import covering_dates, month_headings, section_years, year_headings
from .clauses import (
    INCIDENTALS,
    Side,
    future_marker,
    hypotheses,
    side_of,
    side_spans,
    tells_the_past,
    withdrawn,
)
from .datecontext import TOLD_YEAR
from .datemention import DAY_RANK, PRESENT_RANK, DateMention, is_day
from .evedates import eve_of_an_act, told_acts, told_events
from .feastdates import FEASTS
from .fields import field_dates, stamp_column_dates
from .frame import PageFrame
from .frcalendar import MONTHS, WEEKDAYS
from .frdates import find_dates
from .frfigure import Figure
from .frlists import Lead, asked_noun, lead_in, line_label, listed
from .frnumbers import find_figures
from .frnumerals import display, parse_number
from .frwords import fold_same_length, fold_word
from .layout import Cell, caption_noun, is_key_figure, table_cells
from .lexicon import alternatives, measure_cues, measure_places
from .lexicon import table as lexicon_table
from .lexicon import words as lexicon_words
from .linkedtitles import breadcrumbs, linked_titles
from .notes import own_notes
from .pageboxes import agendas, apparatus, comment_threads, other_items_boxes, practical_boxes, signature_blocks
from .pagechrome import page_furniture
from .pagehead import head_stamps, own_day_lines, taglines
from .pagelines import folded_line
from .presentdates import tells_a_state
from .readerservice import (
    announces_a_broadcast,
    announces_a_local_event,
    forecasts_the_weather,
    names_a_venue,
    names_its_own_programme,
    schedules,
    sets_a_readers_deadline,
)
from .revisions import commented_lines, counts_from_now, retracted_lines, revision_marks
from .schedule import at_its_hour, heads_a_programme, heads_an_entry, named_by_its_weekday
from .sentencestamps import (
    names_a_street,
    names_an_issue,
    names_an_outlet,
    names_the_edition,
    notes_an_appeal,
    refers_to_another_text,
    stamps_a_deed,
    stamps_a_record,
)
from .spans import Taken
from .statementday import from_the_story_day, story_statement_day
from .storycounts import StoryNouns, counts_the_story, story_nouns
from .storydates import (
    RETROSPECTIVE,
    counted_back,
    counts_a_time_from,
    last_time,
    main_mention,
    news_day,
    since_until,
    story_time,
)
from .storyyear import OLD_STORY
from .timespans import durations
from .wordindex import Places, WordIndex
from .wrapping import reading, soft_breaks
from .writtenon import (
    comment_headers,
    commit_dates,
    database_documents,
    dated_documents,
    dated_entries,
    day_separators,
    message_stamps,
    signed_comments,
    stamped_rows,
)

# A figure whose noun is a word of topic `over` counts topic `topic` when a word of `topic` governs it (lexicon.toml).
_OVERRIDE = lexicon_table("topic_override")
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
_STOPWORDS = lexicon_words("stopwords")
_NAME_STOPWORDS = lexicon_words("name_stopwords")
# Words of one name are joined by spaces on one line only (`\s` would join a heading to the line under it).
_HSPACE = r"[ \t\u00a0\u2009\u202f]+"
_NAME = re.compile(
    rf"(?<![\w@#])[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:{_HSPACE}(?:de{_HSPACE}|du{_HSPACE}|des{_HSPACE}|d['’])?[A-ZÀ-ÖØ-Þ][\w'’-]*)*",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    text: str
    body: int = 0
    """Where the facts start: after a dateline or web chrome (« KIEV, 3 décembre 2024 (AFP) - »), which date and
    name the article, not a fact."""
    cut_from: int = 0
    """The length of the sentence this piece was cut from (MAX_SENTENCE), 0 when it is a whole sentence."""
    verbatim: str = ""
    """The words as the article prints them, when `text` (what the rules read) differs: a sentence wrapped to a
    column, read across its line breaks (wrapping.py). Quotes are taken from it, never from `text`."""

    @property
    def printed(self) -> str:
        """The sentence as the article prints it: what a quote is cut from."""
        return self.verbatim or self.text


@dataclass
class DraftRecord:
    """One record to write: its fields in order, a comment per field, and comment lines above it."""

    fields: dict[str, Any]
    comments: dict[str, str] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)


# The most candidate events, and claims, one draft holds (rev16 M5): a news article gives a few dozen, 1 MB of distinct
# dated sentences with a figure each about 17,000 (docs/guarantees.md, Limits). A text with more (a pasted table of
# 70,000 figures) is drafted up to the sentence that would pass it, and the draft says where it stopped, so time and
# memory stay bounded (about 220 MB) whatever the article.
MAX_RECORDS = 20_000


class Stop(NamedTuple):
    """Where a draft stopped: the sentence (line and column, 1-based) whose records would pass MAX_RECORDS."""

    line: int
    column: int
    kind: str  # "events" or "claims"
    most: int  # MAX_RECORDS


@dataclass
class Draft:
    source: DraftRecord
    events: list[DraftRecord]
    claims: list[DraftRecord]
    candidates: list[str]
    notes: list[str]
    stop: Stop | None = None
    """Set when the article gives more than MAX_RECORDS events or claims: the rest of it was not read."""


# --- text helpers ---------------------------------------------------------------------------------------------


def slug(text: str, words: int = 4) -> str:
    """Lowercase-kebab id words from French text, skipping little words; a number keeps its groups of thousands
    together (« 2 000 soldats » gives 2000, never a bare 000)."""
    joined = _THOUSANDS_GAP.sub("", fold_word(text))
    kept = [w for w in re.findall(r"[a-z0-9]+", joined) if w not in _STOPWORDS and len(w) > 2]
    return "-".join(kept[:words]) or "item"


_THOUSANDS_GAP = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009.'’](?=\d{3}(?!\d))")
"""What French prints between a number's groups of three digits: a space (plain, no-break, narrow or thin), a dot,
an apostrophe."""

_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[»\"”’)]*+(?=\s+\S)")
"""A sentence's end: a run of stops (and closing quotes) before a space and a word. It starts only where a run does
and never gives back what it took, so a line of 100 KB of dots is read once, not once per dot (rev23 R7: 17 s)."""


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as verbatim slices of `text`: split at line breaks, except where a reader reads across one (a line
    wrapped to a width: wrapping.py), and after . ! ? … followed by a capital. A sentence read across a line break
    keeps its printed words for its quotes (`Sentence.verbatim`)."""
    sentences: list[Sentence] = []
    soft = soft_breaks(text)
    for line_start, line_end in _lines(text, soft):
        line = text[line_start:line_end]
        start = line_start
        for end in _boundaries(line):
            if len(re.findall(r"\w+", text[start : line_start + end])) < 2:
                continue  # « Février. Les unités … »: a one-word heading opens the sentence it heads
            _add_sentence(sentences, text, start, line_start + end)
            start = line_start + end
        _add_sentence(sentences, text, start, line_end)
    return [_read_across(s, soft) for s in sentences]


def _read_across(sentence: Sentence, soft: frozenset[int]) -> Sentence:
    read = reading(sentence.text, sentence.start, soft)
    return sentence if read == sentence.text else replace(sentence, text=read, verbatim=sentence.text)


# A number cut in two by a line break (« environ 11⏎000 hommes ») stays in one sentence, where it is read as a TODO
# (frnumbers.py) unless the break is soft: the rules cannot tell it from two numbers on two lines. Any digit before
# the break counts, as `check` joins them (quotespans: white space is one space, a space before three digits joins
# them to the digits before): a quote opening the second line (« 341. | Tumen … » after « … main c7af592 ») was
# refused as cut out of « c7af592 341 ».
_CUT_NUMBER = re.compile(r"\d[ \t]*\n[ \t]*\d{3}(?!\d)")


def _lines(text: str, soft: frozenset[int]) -> Iterator[tuple[int, int]]:
    """The text's lines as (start, end), a line and the lines a reader reads on to from it made one."""
    start: int | None = None
    for line in re.finditer(r"[^\n]+", text):
        if start is None:
            start = line.start()
        after = line.end() + 1
        if line.end() in soft or _CUT_NUMBER.search(text, max(line.start(), after - 5), after + 5):
            continue
        yield start, line.end()
        start = None
    if start is not None:
        yield start, len(text)


_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\Z")  # « J.D. Vance »: an initial, not a sentence end


def _boundaries(line: str) -> Iterable[int]:
    """Where the sentences of a line end. Each full stop looks at the character after it and the two before it,
    never at the rest of the line: a pasted article on one line (a PDF's text, 1 MB of it) was quadratic in its
    sentences (rev22 M3: 4,000 sentences took 10 s)."""
    for match in _BOUNDARY.finditer(line):
        after = _NEXT_CHARACTER.match(line, match.end())
        if after is None or not (after[1].isupper() or after[1] in '«“"•-–—'):
            continue
        if _INITIAL.search(line[max(0, match.start() - 2) : match.start()]):
            continue
        yield match.end()


# What one sentence may cost (rev14 M3). Each figure of a sentence is read against every date and clause of it, and
# quotes it whole: one sentence with many figures and no full stop (a pasted table, a list) made a draft quadratic
# (76 KB: 27 s, 785 MB, 153 MB of YAML). A longer sentence is cut after a clause (`,` `;` `:`), else a space between
# two words, else a space after a word (« soldats 14 838 soldats »: a table has no other), into verbatim pieces of at
# most this many characters, each read as a sentence and marked for the curator. The longest sentence of the seeds
# and held-out articles is 366 characters.
MAX_SENTENCE = 1_000
_CLAUSE_END = re.compile(r"[,;:]\s|(?<!\d)\s(?!\d)")  # never beside a figure: « 12 000 soldats » stays whole
_WORD_EDGE = re.compile(r"(?<=[^\W\d])\s+")  # after a word, never inside a figure: « soldats 14 838 » is cut before 14


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    whole = end - start
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        ends = [m.end() for m in _CLAUSE_END.finditer(window, MAX_SENTENCE // 2)]
        clause = [e for e in ends if window[e - 2] in ",;:"]
        words = [m.end() for m in _WORD_EDGE.finditer(window, MAX_SENTENCE // 2)]
        cut = (clause or ends or words or [MAX_SENTENCE])[-1]  # a cut inside a figure would read two wrong ones
        _add_piece(sentences, text, start, start + cut, whole)
        start += cut
    _add_piece(sentences, text, start, end, whole if whole > MAX_SENTENCE else 0)


def _add_piece(sentences: list[Sentence], text: str, start: int, end: int, cut_from: int = 0) -> None:
    piece = text[start:end]
    stripped = piece.lstrip(" \t\u00a0\u202f•-–—*")
    offset = start + len(piece) - len(stripped)
    stripped = stripped.rstrip()
    if len(re.findall(r"\w+", stripped)) >= 2:
        sentences.append(Sentence(offset, stripped, cut_from=cut_from))


# What one record quotes (rev16 M5). Each record of a long sentence quoted all of it, up to MAX_SENTENCE characters:
# a 1 MiB table of figures gave 69,619 claims quoting 1,000 characters each (125 MB of YAML, 917 MB). A sentence up to
# MAX_QUOTE characters is quoted whole (the longest of the seeds and held-out articles has 366); in a longer one, a
# record quotes its figure or date and the words within QUOTE_REACH characters on either side, from a clause's edge
# where one is in reach, so the draft grows with the figures, not with the figures times the sentence.
MAX_QUOTE = 500
QUOTE_REACH = 100
_CLAUSE_EDGE = re.compile(r"[,;:]\s+")


def quoted(sentence: Sentence, start: int, end: int) -> tuple[str, str | None]:
    """The verbatim words of `sentence` that a record of its [start, end) quotes, and the curator's TODO when they
    are less than the whole sentence the article wrote."""
    text = sentence.printed
    first, last = 0, len(text)
    if last > MAX_QUOTE:
        low, high = max(0, start - QUOTE_REACH), min(last, end + QUOTE_REACH)
        if low:  # the farthest edge in reach that adds words: a clause's, else a word's
            edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, low, start) if m.end() < start]
            word = _WORD_EDGE.search(text, low, start)
            first = edges[0] if edges else word.end() if word else start
        if high < last:
            edges = [m.start() for m in _CLAUSE_EDGE.finditer(text, end, high) if m.start() > end]
            words = [m.start() for m in _WORD_EDGE.finditer(text, end, high)]
            last = (edges or words or [end])[-1]
    whole = sentence.cut_from or (len(text) if last - first < len(text) else 0)
    if not whole:
        return text, None
    return text[first:last], (
        f"{TODO} « … » cut from a sentence of {whole:,} characters; widen the quote (verbatim) if the record needs "
        "more of it"
    )


# --- entities, topics, status -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: Entity


def _name_pattern(name: str, *, media: bool = False) -> tuple[re.Pattern[str], bool]:
    """A pattern for one name; short all-capital names (US, UK, NIS) must match in capitals, and so must the names
    of outlets (« Le Monde », not « le monde entier »)."""
    exact = (len(name) <= 3 and name.isupper()) or media
    source = name if exact else fold_same_length(name)
    escaped = r"\s+".join(re.escape(part) for part in source.split())
    return re.compile(rf"(?<![\w@]){escaped}(?!\w)"), exact


def entity_patterns(entities: Iterable[Entity]) -> list[tuple[re.Pattern[str], bool, Entity]]:
    patterns = []
    for entity in entities:
        for name in dict.fromkeys([entity.id, entity.name.en, entity.name.fr, *entity.aliases]):
            if name.strip():
                pattern, exact = _name_pattern(name, media=entity.kind == "media" and name != entity.id)
                patterns.append((pattern, exact, entity))
    return patterns


def match_entities(sentence: str, patterns: list[tuple[re.Pattern[str], bool, Entity]]) -> list[Mention]:
    """Known entities in the sentence, longest names first, never overlapping."""
    folded = fold_same_length(sentence)
    found = [
        Mention(m.start(), m.end(), entity)
        for pattern, exact, entity in patterns
        for m in pattern.finditer(sentence if exact else folded)
    ]
    chosen: list[Mention] = []
    taken = Taken()
    for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.free(mention.start, mention.end):
            chosen.append(mention)
            taken.take(mention.start, mention.end)
    return sorted(chosen, key=lambda m: m.start)


def unknown_names(sentence: str, known: list[Mention], opening: int = 0) -> list[str]:
    """Capitalised names that no entity matches: candidates for entities.yaml. The words start at `opening`, after a
    dateline (« MOSCOU, 14 mars 2025 (AFP) - Quelque 2 000 soldats »): the first word there is capitalised anyway."""
    names = []
    taken = Taken()
    for mention in known:
        taken.take(mention.start, mention.end)
    for match in _NAME.finditer(sentence):
        name = re.sub(r"^[LDld]['’]", "", match.group().rstrip(".-’'"))
        elided = re.match(r"\w+['’](?=\w)", name)
        if elided and name[elided.end()].islower():  # « C'est », « S'il », « Qu'on »: a pronoun elided before a verb
            name = name[elided.end() :]
        if not name[:1].isupper():
            continue
        words = [fold_word(w) for w in re.findall(r"[^\W\d_]+", name)]
        if not taken.free(match.start(), match.end()):
            continue
        if not words or all(w in _NAME_STOPWORDS or len(w) < 2 for w in words):
            continue
        if not sentence[opening : match.start()].strip(" “\"«'(") and len(words) == 1:
            continue  # the first word of a sentence is capitalised anyway
        if all(w in _DATE_WORDS for w in words) or parse_number(name) is not None:
            continue
        head = _INSTITUTION.search(sentence, max(0, match.start() - 60), match.start())
        names.append(f"{head.group()}{name}" if head else name)
    return names


# « le ministère sud-coréen de la Défense », « le ministère russe des Affaires étrangères »: the name of an institution
# starts at its head noun, in lower case; « Défense » alone is no candidate for entities.yaml (rev21 A7)
_INSTITUTION = re.compile(
    r"(?<![\w-])(?:minist[èe]re|ministre|services?|[ée]tat-major|agence|direction|commandement|conseil|parquet)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}?\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$"
)


_DATE_WORDS = frozenset(
    [*WEEKDAYS, *MONTHS, *(w for f in FEASTS for w in f.split()), *(m.lower() for m in calendar.month_name if m)]
)


# « Pyongyang n'a jamais confirmé l'envoi … » (rev26 M1): a party that declines to confirm denies it still
_NOT_CONFIRMED = re.compile(
    rf"(?<!\w)n['’]\s*(?:{_AVOIR})\s+(?:jamais|pas|toujours\s+pas)\s+(?:\w+\s+)?(?:confirme|reconnu|admis)"
)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", fold_word(text))
    return {w.rstrip("sx")[:6] for w in words if w not in _STOPWORDS and len(w) > 3}


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


def _tells_the_story(line: str, patterns: list[tuple[re.Pattern[str], bool, Entity]], topics: list[TopicWords]) -> bool:
    """Whether a line names one of the store's entities or a word of one of its topics (« Soudja a été reprise … par
    les forces russes », « 300 soldats nord-coréens ont été tués »): the story's, wherever it stands."""
    folded = fold_same_length(line)
    return bool(match_entities(line, patterns)) or any(p.search(folded) for t in topics for p in t.patterns)


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
        at = bisect.bisect_left(hits, (figure.start, -1))
        near = hits[at : at + 1]  # the first hit not before the figure, and the last before it (lowest topic first)
        if at > 0:
            near.append(hits[bisect.bisect_left(hits, (hits[at - 1][0], -1))])
        if not near:
            return None, "no topic word in the sentence"
        # the nearest hit; on a tie, the topic listed first (the order a scan of the topics meets them in)
        _, index = min(near, key=lambda hit: (abs(hit[0] - figure.start), hit[1]))
        return topics[index], f"nearest topic word in the sentence: {topics[index].topic.id}"


_FUTURE_MEASURE, _CUES = measure_cues()


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
_FIGURE_CLAUSE_STOP = re.compile(r"[,;:()\[\]]|\s[–—]\s|[.!?](?=\s)")


def _cued_measure(sentence: str, figure: Figure, allowed: set[str], future: str | None) -> str | None:
    """lexicon.toml [measure_cues]: the measure of the cue nearest to the figure in its own clause (the longer cue on
    a tie); the `future` measure when the clause speaks of the future; None without a cue."""
    before = [m.end() for m in _FIGURE_CLAUSE_STOP.finditer(sentence, 0, figure.start)]
    after = _FIGURE_CLAUSE_STOP.search(sentence, figure.end)
    first, last = (before[-1] if before else 0), (after.start() if after else len(sentence))
    if future is not None and _FUTURE_MEASURE in allowed and first <= sentence.find(future, first) < last:
        return _FUTURE_MEASURE
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


# --- records ------------------------------------------------------------------------------------------------------


@dataclass
class _Ids:
    in_store: Callable[[str], bool]  # Store.holds_id
    taken: set[str]  # by this draft
    _next: dict[str, int] = field(default_factory=dict)
    """The next number to try after each base, so that the thousandth « …-200 » is not found by trying 999 others."""

    def new(self, base: str) -> str:
        base = re.sub(r"-+", "-", base).strip("-")[:60].rstrip("-") or "item"
        n = self._next.get(base)
        candidate, n = (base, 2) if n is None else (f"{base}-{n}", n + 1)
        while candidate in self.taken or self.in_store(candidate):
            candidate, n = f"{base}-{n}", n + 1
        self.taken.add(candidate)
        self._next[base] = n
        return candidate


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    seed: str
    sha256: str
    published: FuzzyDate
    source_id: str
    published_from: str | None = None
    """The page's line the publication was read from, when extract was not given it (byline.propose_published)."""
    url: str | None = None
    """Where the article was published, as the curator gave it (`--url`): never guessed from the text."""
    retrieved: str | None = None
    """The day the curator saved the text (`--retrieved`, YYYY-MM-DD)."""


def source_record(article: Article, store: Store, text: str) -> DraftRecord:
    """The source's record; `text` is the article as the rules read it (article_text)."""
    proposed = propose_outlet(text, store.entities.values())
    signed = propose_author(text, store.entities.values())
    outlet = proposed[0] if proposed else None
    printed = headline(text)
    fields = {
        "id": article.source_id,
        "seed": article.seed,
        "sha256": article.sha256,
        "outlet": outlet,
        "language": "fr",
        "title": {"en": f"{TODO} English title", "fr": printed or f"{TODO} titre en français"},
        "title_printed": printed is not None,
        "published": article.published.text,
        "published_basis": f"{TODO} how the text dates the publication ("
        + (
            f"given to extract as {article.published.text})"
            if article.published_from is None
            else f"extract read {article.published.text} from « {article.published_from} »)"
        ),
        "url": article.url,
        "author": signed[0] if signed else None,
        "retrieved": article.retrieved,
    }
    comments = {
        "seed": "the article's file in seeds/, byte for byte",
        "outlet": proposed[1]
        if proposed
        else "no byline or dateline names a known outlet: write it only if you know it",
        "author": f"guess: the byline « {signed[1]} »" if signed else "the byline as printed, if the article names one",
        "title_printed": (
            "guess: the article's first line reads as its headline (title.fr); false if it is a section heading, a "
            "kicker or your own summary"
            if printed is not None
            else f"{TODO} true only if title.fr is the article's printed headline: `cite` then prints it as such"
        ),
    }
    if article.url is None:
        comments["url"] = "the article's address (--url), if you have it: `cite` prints it; never guessed"
    if article.retrieved is None:
        comments["retrieved"] = "the day you saved the text, YYYY-MM-DD (--retrieved), if you know it"
    if article.published_from is not None:
        comments["published"] = f"guess: no --published; read from the page's line « {article.published_from} »"
    return DraftRecord(fields, comments)


def _status(sentence: str) -> tuple[str, str]:
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


def _other_dates(mentions: list[DateMention], chosen: DateMention) -> list[str]:
    return [f"also « {' '.join(m.text.split())} » → {m.edtf}{_side_note(m)}" for m in mentions if m is not chosen]


def _side_note(mention: DateMention) -> str:
    if mention.side is None:
        return ""
    return f" (in a side clause opened by « {mention.side} »: it dates that clause's fact, not the main verb)"


def event_record(
    sentence: Sentence,
    mentions: list[DateMention],
    entities: list[Mention],
    article: Article,
    ids: _Ids,
    tags: set[str],
    *,
    ongoing: bool = False,
    other: DateMention | None = None,
    written: FuzzyDate | None = None,
) -> DraftRecord:
    """One candidate event for a dated sentence. A « depuis X » sentence gets two readings, for the curator to keep
    one or both: the start (X), and with `ongoing` the state that holds from X to the end the sentence names
    (« jusqu'au 10 février ») or the day the words were `written` (a post's, a message's, a reproduced document's;
    else the publication). Each `other` date of the sentence gets a candidate of its own: a sentence may tell facts
    of several days."""
    chosen = other or main_mention(mentions)
    assert chosen is not None
    if ongoing:
        # the page's present, not the day a statement was made (« sont acheminés depuis septembre, a indiqué mardi »
        # still holds when the page is written), unless the sentence names where the period ends (« Depuis lundi, …
        # ont jusqu'au 10 février »)
        until = next((m for m in mentions if m is not chosen and _names_an_end(m)), None)
        date, basis = since_until(chosen, until, written or article.published)
    else:
        date, basis = (
            chosen.edtf,
            chosen.basis + (" (the start of a period that runs on)" if chosen.since and not chosen.onset else ""),
        )
    status, why = _status(sentence.text)
    quote, cut = quoted(sentence, chosen.start, chosen.end)
    words = {fold_word(w).rstrip("sx") for w in re.findall(r"[\w-]+", sentence.text)}
    fields: dict[str, Any] = {
        "id": ids.new(f"{article.source_id}-{slug(sentence.text[sentence.body :])}" + ("-ongoing" if ongoing else "")),
        "date": date,
        "date_basis": basis,
        "title": {"en": f"{TODO} English title", "fr": f"{TODO} titre en français"},
        "actors": list(dict.fromkeys(m.entity.id for m in entities if not m.entity.is_place)),
        "places": list(dict.fromkeys(m.entity.id for m in entities if m.entity.is_place)),
        "tags": sorted(t for t in tags if t.rstrip("s") in words),
        "status": status,
        "evidence": [{"source": article.source_id, "quote": quote}],
    }
    comments = {"status": why, "actors": "guess: every known actor named in the sentence", "tags": "guess"}
    if cut is not None:
        comments["evidence"] = cut
    others = _other_dates(mentions, chosen)
    if other is not None:
        others = [
            "another date of the sentence, as a candidate of its own: keep it if it dates a fact, else delete"
            + _side_note(other)
        ]
    if ongoing:
        others.insert(
            0,
            "a state since the date named before, whose own sentence dates its start"
            if chosen.then
            else "the same sentence read as a state that runs on; the previous event dates its start: keep one or both",
        )
    if others:
        comments["date"] = "; ".join(others)
    return DraftRecord(fields, comments)


READING = "what the rules read:"
"""Ends the basis of a date moved so that `check` accepts it (by_the_publication), before the date the rules read:
what a reader of the French finds there, which benchmarks/score_extract.py scores (`rules_reading`)."""


def rules_reading(basis: str) -> str | None:
    """The date the rules read, in a basis by_the_publication wrote; None in any other."""
    _, marked, edtf = basis.rpartition(READING)
    return edtf.strip() if marked else None


def by_the_publication(record: DraftRecord, mentions: list[DateMention], published: FuzzyDate) -> None:
    """Rev37u U1: the rules read what the French says, and may read a date `koursk check` refuses
    (checks.beyond_publication): « à la mi-décembre » in an article of 18 December is 11–20 Dec, « dans les
    prochaines semaines » runs weeks past the publication. A draft holding one broke the store. So every drafted
    date (an event's `date`, a claim's `as_of`) is made one the check accepts, the reading kept in its basis. A
    window that starts before the publication is a fact's, clipped at the publication's end (what the article can
    know); one that starts on it or later is a forecast, dated at its statement (the sentence's last date not after
    the publication, « a annoncé lundi que … », else the publication), and its basis becomes a placeholder: say what
    it foresees in the title or a note, or delete the record (koursk docs editorial §6)."""
    key = "date" if "date" in record.fields else "as_of"
    edtf, basis = str(record.fields[key]), str(record.fields[f"{key}_basis"])
    try:
        when = store_date(edtf)
    except DateError:
        return
    beyond = beyond_publication(when, [published])
    if beyond is None:
        return
    ahead = any(m.foreseen and m.edtf == edtf for m in mentions)  # counted from the story's day: a forecast still
    if beyond == "ends" and when.start < published.start and not ahead:
        first = edtf.split("/")[0] if "/" in edtf else when.start.isoformat()
        for clipped in (
            f"{first}/{published.end.isoformat()}",
            f"{when.start.isoformat()}/{published.end.isoformat()}",
        ):
            if _accepted(clipped, published):
                record.fields[key] = clipped
                record.fields[f"{key}_basis"] = (
                    f"{basis}; clipped at the publication's end ({published.end.isoformat()}), as the article "
                    f"cannot know the rest of {READING} {edtf}"
                )
                return
    said = [m for m in mentions if not m.since and _accepted(m.edtf, published)]
    if said:
        when_said = said[-1].edtf
        how = f"« {' '.join(said[-1].text.split())} », {when_said}"
    elif ahead:
        when_said = edtf.split("/")[0]
        how = f"the story's day, {when_said}"
    else:
        when_said = published.text
        how = f"the publication, {when_said}"
    record.fields[key] = when_said
    record.fields[f"{key}_basis"] = (
        f"{TODO} a forecast, not a fact yet: {basis}; dated at its statement ({how}): say what it foresees in the "
        f"title or a note, or delete the record; {READING} {edtf}"
    )
    also = record.comments.get(key)
    foreseen = f"a forecast of {edtf}, after the publication: dated at its statement, as `koursk check` asks"
    record.comments[key] = f"{foreseen}; {also}" if also else foreseen


_HISTORY = timedelta(days=3653)  # ten years before the publication: a day of history, not of the story


_WEEK = 7


def _news_of_the_week(told: DateMention, published: FuzzyDate) -> bool:
    """A day of the story's news: in the week before the publication."""
    if not is_day(told.edtf):
        return False
    # days between, never a day before the publication's (no day a week before 5 January of year 1)
    return 0 < (published.start - date.fromisoformat(told.edtf[:10])).days <= _WEEK


def _of_history(edtf: str, published: FuzzyDate) -> bool:
    """Whether a date ends more than ten years before the publication (« fondé le 10 octobre 1945 »)."""
    try:
        return store_date(edtf).end < published.start - _HISTORY
    except (DateError, OverflowError):  # no day ten years before year 10: nothing is of history there
        return False


def _names_an_end(mention: DateMention) -> bool:
    """« jusqu'au 10 février », « jusqu'en mars »: the words name where a period ends."""
    return mention.text.casefold().startswith("jusqu")


def _after(edtf: str, published: FuzzyDate, *, ends: bool = False) -> bool:
    """Whether a date starts after the publication (an announced event's day), or with `ends` runs past it (the days
    a local event goes on until: « la collecte se poursuit jusqu'au 20 décembre »)."""
    try:
        when = store_date(edtf)
    except DateError:
        return False
    return (when.end if ends else when.start) > published.end


# « l'an dernier », « la semaine passée »: a time the words themselves put before the publication
_GONE_BY = re.compile(r"(?<!\w)(?:derni[èe]re?|pass[ée]e?|pr[ée]c[ée]dente?)(?!\w)", re.IGNORECASE)


# « Si la guerre s'arrêtait demain », « Si 100 000 soldats venaient demain renforcer le front »: a hypothesis in the
# imperfect, no day (round 51)
_IF_TOMORROW = re.compile(r"(?<!\w)si\s[^,;:.?!«»]{0,80}?[^\W\d_](?:ait|aient)\s++demain(?!\w)", re.IGNORECASE)


def _supposes(sentence: str, mention: DateMention) -> bool:
    """Whether « demain » ends a hypothesis (« Si la guerre s'arrêtait demain »)."""
    found = _IF_TOMORROW.search(sentence, max(0, mention.start - 100), mention.end)
    return found is not None and found.end() == mention.end


def _semicolon_clause(sentence: str, position: int) -> str:
    """The part of `sentence` around `position` between semicolons (the whole sentence when it has none)."""
    start = sentence.rfind(";", 0, position) + 1
    end = sentence.find(";", position)
    return sentence[start : end if end >= 0 else len(sentence)]


def _before(mention: DateMention, published: FuzzyDate) -> bool:
    """Whether a date ends before the publication though its words do not say it is gone by (« l'an dernier »), nor
    start a period (« depuis 2022 »), nor stand in a clause a past participle opens (« la collecte lancée en novembre
    … se poursuit »: done)."""
    try:
        when = store_date(mention.edtf)
    except DateError:
        return False
    done = (mention.side or "").casefold().endswith(("é", "ée", "és", "ées"))
    return when.end < published.start and not (mention.since or done) and _GONE_BY.search(mention.text) is None


_BLANK_LINE_BEFORE = re.compile(r"\n[ \t\r]*\n[ \t\r]*\Z")


def _opens_a_paragraph(text: str, position: int) -> bool:
    """Whether the sentence at `position` opens a paragraph: a blank line before it."""
    return _BLANK_LINE_BEFORE.search(text, max(0, position - 80), position) is not None


def _after_a_heading(text: str, position: int) -> bool:
    """Whether the sentence at `position` opens a paragraph under a heading: a short line of its own, between blank
    lines, with no mark ending a sentence, after a paragraph that ends one (« …\n\nPyongyang fête son Parti\n\nÀ
    Pyongyang, … »): a new story; never a page's title under its chrome (« Monde | 09/05/2025 »: review64a)."""
    if not _opens_a_paragraph(text, position):
        return False
    before = text[:position].rstrip()
    cut = before.rfind("\n")
    line = before[cut + 1 :].strip()
    story = text[: max(cut, 0)].rstrip()  # the paragraph before the heading: a story's prose, not a page's chrome
    return (
        cut >= 0
        and 0 < len(line) <= _HEADING_CHARS
        and line[-1] not in ".!?…»:;,"
        and text[:cut].rstrip(" \t").endswith("\n")
        and story[-1:] in (".", "!", "?", "»", "…")
    )


_HEADING_CHARS = 80  # how long a heading's line may be


def _rest_of_line(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[position : len(text) if end < 0 else end]


_ISSUE_DAYS = 31  # the page's own issue, or the one before it


def _of_the_page(edtf: str, published: FuzzyDate) -> bool:
    """Whether a date ends no more than a month before the publication: an issue's day that may be the page's own."""
    try:
        when = store_date(edtf)
    except DateError:
        return False
    return (published.start - when.end).days <= _ISSUE_DAYS  # days between: no day a month before year 1's first


def _accepted(edtf: str, published: FuzzyDate) -> bool:
    """Whether `edtf` is a store date `koursk check` accepts for a fact reported at `published`."""
    try:
        return beyond_publication(store_date(edtf), [published]) is None
    except DateError:
        return False


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
        sides = side_spans(sentence.text, {m.start for m in mentions if m.since})
        view = TopicView(sentence.text, topics)
        asserted = asserted_by(sentence.text, entities, figures)
        return cls(sentence, mentions, sides, view, _status(sentence.text), asserted)


def _counts(facts: SentenceFacts, figure: Figure, nouns: StoryNouns) -> bool:
    """A figure counts one of the story's measures (storycounts.py: not « 45 familles »), and a factor (« multipliées
    par trois ») only of a topic that measures one (`factor` in its units in topics.yaml): losses « multipliées par
    trois » is a ratio the store has no place for, not a count."""
    if figure.unit != "factor":
        return counts_the_story(figure, facts.sentence.text, nouns, lambda: facts.topics.guess(figure)[0] is not None)
    words, _ = facts.topics.guess(figure)
    topic = words.topic if words else None
    return topic is not None and figure.unit in topic.units


def _story_counts(facts: SentenceFacts, figures: list[Figure], nouns: StoryNouns) -> list[Figure]:
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


def claim_record(facts: SentenceFacts, figure: Figure, article: Article, ids: _Ids) -> DraftRecord:
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
        if (more := _increment(sentence.text, figure)) is not None and measure not in (_FUTURE_MEASURE, TODO_MEASURE):
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


def _restatements(claims: list[DraftRecord], printed: str | None) -> None:
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
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon_words("alive_after"), key=len, reverse=True))
    + r"))(?!\w)"
)
# « les deux soldats », « ces trois hommes »: a determiner that points back at people named before (lexicon.toml)
_DEFINITE = re.compile(
    r"(?<![\w'’])(?:" + "|".join(map(re.escape, sorted(lexicon_words("definite_counts")))) + r")\s+$"
)
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
    stop = _FIGURE_CLAUSE_STOP.search(text, figure.end)
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


def _retrospective(
    text: str,
    sentence: Sentence,
    cut: int,
    mentions: list[DateMention],
    retro: tuple[date | None, int] | None,
    published: FuzzyDate,
) -> tuple[date | None, int] | None:
    """The time a retrospective paragraph has reached after `sentence`, and where the paragraph ends: one opens on
    « Tout commence … », « Tout a commencé … », « Retour en arrière. » (frdates.py `RETROSPECTIVE`) and lasts to the
    end of its line; its time is the first date told with its year (« Tout commence le 19 juin 2024 »), then the
    latest start of a date told since, up to the page, long before the page (storyyear.py `OLD_STORY`), else none
    (round 80)."""
    if RETROSPECTIVE.match(sentence.text, cut) is not None:
        end = text.find("\n", sentence.start)
        retro = (None, len(text) if end < 0 else end)
    if retro is None:
        return None
    when, end = retro
    starts = []
    for mention in mentions:
        if mention.since or (when is None and TOLD_YEAR.search(mention.text) is None):
            continue
        try:
            starts.append(parse_edtf(mention.edtf).start)
        except DateError:
            continue
    # the first date told with its year opens the story; a later date moves it on, never back nor past the page
    if when is None:  # the first in the text, not the earliest (review56: « un an après une visite en juillet 2023 »)
        when = starts[0] if starts else None
    else:
        when = max([when, *(s for s in starts if s <= published.start)])
    if when is not None and published.start - when < OLD_STORY:
        return None
    return when, end


def _dates(
    text: str,
    published: FuzzyDate,
    cut: int,
    today: DateMention | None = None,
    anchor: DateMention | None = None,
    ahead: str | None = None,
    previous: DateMention | None = None,
    year: int | None = None,
    page: date | None = None,
    story: date | None = None,
    acts: dict[str, DateMention] | None = None,
    last_seen: DateMention | None = None,
) -> list[DateMention]:
    """The sentence's dates, without those of the page's furniture (its first `cut` characters); `page` the page's
    own day when `published` is a wire story's earlier dateline; `story` the time a retrospective paragraph has
    reached; `acts` the days the sentences before told acts on; `last_seen` the last time a thing happened, told just
    before (frdates.py `find_dates`)."""
    found = find_dates(text, published, today, anchor, ahead, previous, year, page, story, acts, last_seen)
    return [m for m in found if m.start >= cut]


def dateless(text: str, when: FuzzyDate) -> str:
    """`text` with the words of its dates blanked, as extract leaves them out of its figures (« depuis novembre 2024 »
    gives no figure 2,024): what `check` reads a claim's quote as (store/editorial.py)."""
    chars = list(text)
    for mention in find_dates(text, when):
        if mention.rank != PRESENT_RANK:
            chars[mention.start : mention.end] = " " * (mention.end - mention.start)
    return "".join(chars)


def read_values(text: str) -> set[float]:
    """Every value extract drafts from `text`: each figure's value and bounds, in every form it reads (« 1,5 million »,
    « un millier », « une vingtaine »); the one reading `check` holds a claim's value to. A quote is read across its
    soft line breaks, as its article was (« environ 11⏎000 hommes »: 11 000, round 53)."""
    read = reading(text, 0, soft_breaks(text)) if "\n" in text else text
    return {v for f in find_figures(read) for v in (f.value, f.value_min, f.value_max) if v is not None}


_FORWARD_HEADINGS = lexicon_words("forward_headings")


def under_forward_headings(text: str, sentences: list[Sentence]) -> list[str | None]:
    """For each sentence, the heading it follows in its paragraph when that heading announces what is to come
    (« À venir. Les ministres se retrouvent mardi »: the coming Tuesday), else None."""
    found: list[str | None] = []
    line, heading = -1, None
    for sentence in sentences:
        start = text.rfind("\n", 0, sentence.start) + 1
        if start != line:
            line, heading = start, None
        found.append(heading)
        if folded_line(sentence.text).rstrip(" .:!") in _FORWARD_HEADINGS:  # « ▸ À SUIVRE. »
            heading = sentence.text.rstrip(" .:!")
    return found


def key_figure_captions(text: str, sentences: list[Sentence]) -> dict[int, str]:
    """For each sentence that is a key figure alone on its line (« 11 000 »), the noun its caption on the next line
    names (« C'est le nombre de soldats … »): the figure counts it."""
    found: dict[int, str] = {}
    for index, (sentence, caption) in enumerate(itertools.pairwise(sentences)):
        if not is_key_figure(sentence.text):  # first, so that only a key figure's line is looked for in the text
            continue
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.start)
        whole = text[line_start : line_end if line_end >= 0 else len(text)].strip() == sentence.text
        alone = whole and line_end >= 0 and caption.start > line_end and not text[line_end : caption.start].strip()
        if alone and (noun := caption_noun(caption.text)) is not None:
            found[index] = noun
    return found


_ONCE_REACH = 12  # words a quote may take in to be found once, each side
_NEXT_WORD = re.compile(r"\s*\S+(?:[ \u00a0\u202f\u2009]\d{3}(?!\S))*")  # « 11 000 »: a number whole, never « 11 »
_WORD_BEFORE = re.compile(r"(?:(?<!\S)\d{1,3}[ \u00a0\u202f\u2009])*\S+\s*$")


def _long_enough(text: str, sentence: Sentence, record: DraftRecord) -> None:
    """A quote `check` finds too short to prove anything (checks.too_short: « 17 juin. », a chronology's day before
    the sentence it dates) is lengthened with the article's words after it, else before it, until it is not, and
    says so: extract drafts no quote its own check refuses (rev37u U1's oracle)."""
    evidence = record.fields.get("evidence")
    quote = str(evidence[0]["quote"] if evidence else record.fields["quote"])
    at = sentence.printed.find(quote)
    if at < 0 or not too_short(normalise_quote(quote)):
        return
    start = sentence.start + at
    end = start + len(quote)
    for _ in range(4 * _ONCE_REACH):  # to the end of the sentence after, or the words before
        if (ahead := _NEXT_WORD.match(text, end)) is not None:
            end = ahead.end()
        elif start and (behind := _WORD_BEFORE.search(text, max(0, start - 80), start)) is not None:
            start = behind.start()
        else:
            break
        if not too_short(normalise_quote(text[start:end])) and (ahead is None or text[end - 1] in ".!?…"):
            break
    if too_short(normalise_quote(text[start:end])):
        return
    _lengthened(
        record, " ".join(text[start:end].split()), "too short alone to prove anything (koursk docs curating: Quotes)"
    )


def _lengthened(record: DraftRecord, words: str, why: str) -> None:
    """Put the lengthened quote `words` where the record keeps its quote (its first evidence, else `quote`) and say
    why beside it, after any comment already there."""
    evidence = record.fields.get("evidence")
    key = "evidence" if evidence else "quote"
    if evidence:
        evidence[0]["quote"] = words
    else:
        record.fields["quote"] = words
    note = f"lengthened beyond its sentence: {why}"
    record.comments[key] = f"{record.comments[key]}; {note}" if record.comments.get(key) else note


def _spaced_quote(record: DraftRecord) -> None:
    """A tab the article printed inside a quote written as a space (textnorm.spaced): `check` refuses a control
    character in store text but reads white space runs as one space, so the quote still proves its words. Done last:
    the steps before find the quote in the article as printed."""
    evidence = record.fields.get("evidence")
    if evidence:
        evidence[0]["quote"] = spaced(str(evidence[0]["quote"]))
    else:
        record.fields["quote"] = spaced(str(record.fields["quote"]))


def _quote_once(index: WordIndex, sentence: Sentence, record: DraftRecord) -> None:
    """A quote whose words stand twice in the article (a key-figures box's « 15 000 soldats envoyés » and the body's
    « Les quelque 15 000 soldats envoyés … ») proves no one line: `check` would place it at the first. Lengthen it with
    the article's words before it (the box's heading, the sentence before), else after it, until it is found once
    (white space written as one space, which `check` forgives), and say so. A lengthened quote is looked for only where
    the shorter one stood (wordindex: never a scan of the article per record, rev31 M4)."""
    text = index.text
    evidence = record.fields.get("evidence")
    quote = str(evidence[0]["quote"] if evidence else record.fields["quote"])
    at = sentence.printed.find(quote)
    if at < 0:
        return
    start = sentence.start + at
    end = start + len(quote)
    words = " ".join(quote.split())
    if not words:
        return
    places = Places(index, words)
    if quote and quote == quote.strip():  # its exact places are among its words' places
        exact = (p for p in map(index.in_text, places) if text.startswith(quote, p))
        if next(exact, None) == start and next(exact, None) is None:
            return
    elif text.find(quote) == start and text.find(quote, start + 1) < 0:
        return
    for _ in range(2 * _ONCE_REACH):
        ahead = _NEXT_WORD.match(text, end)
        behind = _WORD_BEFORE.search(text, max(0, start - 80), start) if start else None
        if behind is not None:
            start = behind.start()
        elif ahead is not None:
            end = ahead.end()
        else:
            return
        longer = " ".join(text[start:end].split())
        shift = len(longer) - len(words) if behind is not None else 0  # the shorter words end (or start) the longer
        places.lengthen(longer, shift)
        words = longer
        if places.once():  # no second place that does not overlap the first
            break
    else:
        return
    _lengthened(record, words, "its words alone stand twice in the article; cut it back only to words found once")


def _cells_within(cells: list[Cell], start: int, end: int) -> list[Cell]:
    """The table cells that lie in [start, end), found by bisection (cells are in the text's order)."""
    first = bisect.bisect_left(cells, start, key=lambda cell: cell[0])
    last = bisect.bisect_left(cells, end, key=lambda cell: cell[0])
    return cells[first:last]


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, those that overlap made one (a page's foot holds its links' lines: round 73)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` falls in one of `spans` (sorted, not overlapping)."""
    at = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `start`:`end` overlaps one of `spans` (sorted, not overlapping)."""
    at = bisect.bisect_right(spans, start, key=lambda span: span[1])
    return at < len(spans) and spans[at][0] < end


def _stop(text: str, sentence: Sentence, *kinds: tuple[list[DraftRecord], list[DraftRecord], str]) -> Stop | None:
    """Where the draft stops, if one of `kinds` (records so far, the sentence's, their name) would pass MAX_RECORDS."""
    for drafted, more, kind in kinds:
        if len(drafted) + len(more) > MAX_RECORDS:
            line_start = text.rfind("\n", 0, sentence.start) + 1
            return Stop(text.count("\n", 0, sentence.start) + 1, sentence.start - line_start + 1, kind, MAX_RECORDS)
    return None


def build_draft(article: Article, store: Store) -> Draft:
    """Candidate source, events and claims for `article`, with ids that collide with nothing in `store`."""
    ids = _Ids(store.holds_id, {article.source_id})
    patterns = entity_patterns(store.entities.values())
    topics = topic_words(store.topics.values())
    nouns = story_nouns(store.topics.values())
    tags = {tag for facts in store.facts for tag in facts.tags}
    events: list[DraftRecord] = []
    claims: list[DraftRecord] = []
    candidates: dict[str, None] = {}
    stop: Stop | None = None
    seen: set[str] = set()
    sentences: list[Sentence] = []
    text = article_text(article.text)
    for sentence in split_sentences(text):
        if sentence.cut_from or sentence.text not in seen:  # a paragraph printed twice gives the same records twice
            seen.add(sentence.text)
            sentences.append(sentence)
    # the titles under « Lire aussi »: other articles'; a caption of a picture of something else: the picture's; the
    # day alone on a line of the page's head: the page's
    feed = day_separators(text, article.published)
    # a feed's post is published on the day its separator names, a chat's message on its stamp's, a signed comment on
    # its signature's day
    signed = signed_comments(text, article.published)
    messages = message_stamps(text, article.published)
    # a textbook's dispatch under its dated heading, a press database's documents under their heads
    documents = [*dated_documents(text, article.published), *database_documents(text, article.published)]
    entries = dated_entries(text, article.published)  # a changelog's versions, a diary's entries
    rows = stamped_rows(text, article.published)  # a revision history's rows
    # an issue thread's comments, a git log's commit messages
    comments = [*comment_headers(text, article.published), *commit_dates(text, article.published)]
    # the spans each of them writes on its own day, first found first taken (a nesting of next() with defaults ran
    # every search for every sentence)
    written_on = [
        *((a, b, day) for _, a, b, day in feed),
        *((a, b, day) for a, _, b, day in messages),
        *((a, b, day) for _, a, b, day in documents),
        *((a, c, day) for a, _, c, day, _ in entries),
        *((a, b, day) for a, b, _, day in signed),
        *((a, d, day) for a, _, _, d, day in rows),
        *((a, c, day) for a, _, c, day in comments),
    ]
    # a wire story reprinted a day to three after its dateline (across a weekend) is told from the dateline's day
    dispatched = (
        dispatch_day(text, article.published.start) if article.published.start == article.published.end else None
    )
    told = store_date(dispatched.isoformat()) if dispatched is not None else article.published
    reprinted = article.published.end if dispatched is not None else None  # the page's own day, after the dateline
    posted = [next((day for a, b, day in written_on if a <= s.start < b), told) for s in sentences]
    signatures = [(b, c) for _, b, c, _ in signed]
    covering = covering_dates(text)  # an inventory's files
    # the stamps inside a sentence: a signature closing a comment, a message's stamp opening it (« [06/11/2024 08:52]
    # Julie : … », whose words are the message's), a document's heading, a file's covering dates
    stamps = [
        *((a, b) for a, b, _, _, _ in covering),
        *signatures,
        *((a, b) for a, b, _, _ in messages),
        *((a, b) for a, b, _, _ in documents),
        *((a, b) for a, b, _, _, heading in entries if heading),
        *((b, c) for _, b, c, _, _ in rows),
        *((a, b) for a, b, _, _ in comments),
        *revision_marks(text),  # a wiki's revision card, the section an edit summary names
    ]
    remarks = own_notes(text)
    fields = sorted(field_dates(text) + stamp_column_dates(text))  # … and a table's « verifie_le » column
    # … and a rail of local briefs that name none of the store's entities (« Bayonne : les fêtes … du 6 au 8
    # décembre »): other news's days; their figures stay (round 81)
    rails = [(a, b) for a, b in local_briefs(text) if not match_entities(text[a:b], patterns)]
    # … and a box of briefs at the page's foot (« Autour de Montclavel », then « • Montclavel : la piscine fermée
    # jusqu'au 12 mars. »), each of its lines that names none of the store's entities nor its topics' words: a line of the
    # story's summary stays (« • Pertes : 300 morts depuis le 3 mars. », round 98)
    rails += [(a, b) for a, b in foot_briefs(text) if not _tells_the_story(text[a:b], patterns, topics)]
    commented = commented_lines(text)  # a comment's « demain », « mercredi »: from its stamp, whose day is unknown
    pictures = unrelated_captions(text)
    links = _merged(
        {
            *linked_titles(text),
            *breadcrumbs(text),  # « Accueil › Numéros › Juin 2025 › International »
            *agendas(text),  # « AGENDA DE LA SEMAINE », then the events the page announces
            *comment_threads(text),  # « Commentaires (2) », then what the readers wrote
            *signature_blocks(text),  # « -- », then a mail's signature
            *practical_boxes(text),  # « Pratique », then what the reader needs to come
            # « Aussi dans ce numéro », « Gray en bref », then the paper's other items (the story's own lines stay)
            *other_items_boxes(text, lambda line: _tells_the_story(line, patterns, topics)),
            *apparatus(text),
            *pictures,
            *head_stamps(text),
            *taglines(text),
            *own_day_lines(text, article.published),
            *month_headings(text, article.published),
            *retracted_lines(text),  # a diff's file headers and the lines a correction removed (round 62)
            *((start, end) for start, end, _, _ in feed),
            *signatures,
        }
    )
    furniture = [len(s.text) if _within(s.start, links) else page_furniture(s.text) for s in sentences]
    sentences = [replace(s, body=cut) for s, cut in zip(sentences, furniture, strict=True)]
    # a caption's dates are its picture's, its counts the story's (« Légende : … Quelque 11 000 militaires
    # nord-coréens se trouveraient alors en Russie. », round 53): where its figures start
    captioned = [
        page_furniture(s.text) if cut == len(s.text) and _within(s.start, pictures) else cut
        for s, cut in zip(sentences, furniture, strict=True)
    ]
    headings = under_forward_headings(text, sentences)
    chronology = [
        *year_headings(text, article.published),
        *section_years(text, article.published),
        *((a, b, year) for _, _, a, b, year in covering),
    ]
    years = [next((y for a, b, y in chronology if a <= s.start < b), None) for s in sentences]
    first_pass = [
        _dates(s.text, on, cut, ahead=ahead, year=year, page=reprinted if on is told else None)
        for s, on, cut, ahead, year in zip(sentences, posted, furniture, headings, years, strict=True)
    ]
    today = news_day((m for found in first_pass for m in found), article.published)
    # the day the story was told on, a day or two before the page's: what its times ahead count from (round 94)
    told_on = story_statement_day(
        ((s.text, found) for s, found in zip(sentences, first_pass, strict=True)), article.published
    )
    # the day the news is told on: its own, else a reprinted wire story's dateline's
    news = (
        today
        if today is not None and is_day(today.edtf)
        else DateMention(0, 0, "la date de la dépêche", dispatched.isoformat(), "the dateline's day", DAY_RANK)
        if dispatched is not None
        else None
    )
    cells = table_cells(text)
    frame = PageFrame(text, cells)
    signer = propose_author(text, store.entities.values())
    byline = [signer[2]] if signer else []  # the author's name is no entity to add (rev32 R5)
    captions = key_figure_captions(text, sentences)
    article_words = WordIndex(text)
    anchor: DateMention | None = None
    previous: DateMention | None = None
    last_seen: DateMention | None = None  # the last time a thing happened, told by the sentence just before
    acts: dict[
        str, DateMention
    ] = {}  # the days acts were told on (« a annoncé samedi »), for « la veille de l'annonce »
    event_days: dict[
        str, DateMention
    ] = {}  # the days events were told on (« a assisté mercredi au défilé »), this story's
    retro: tuple[date | None, int] | None = None  # a retrospective paragraph's time so far, and where it ends
    asked: str | None = None  # the noun a question before counts (« Combien de Nord-Coréens … ? »)
    carried: str | None = None  # the people the sentence before counts last
    # the qualifier of a list's lead-in (« … s'élèveraient approximativement à : ») and its status, for the list's lines
    lead: tuple[Lead, tuple[str, str]] | None = None
    lead_end: int | None = None  # where the list's line before ends (None below its lead-in): a blank line ends it
    for index, (sentence, mentions, on, cut, counted_from, ahead, year) in enumerate(
        zip(sentences, first_pass, posted, furniture, captioned, headings, years, strict=True)
    ):
        if retro is not None and sentence.start >= retro[1]:
            retro = None  # the retrospective paragraph is over
        if _after_a_heading(text, sentence.start):
            event_days = {}  # a new story under its heading: the events told before are another story's (review64a)
        if (
            anchor is not None
            and anchor.edtf.endswith("~")
            and news is not None
            and _opens_a_paragraph(text, sentence.start)
        ):
            # « Il y a deux semaines, le député affirmait déjà … » ending a paragraph, « La veille, le ministère avait
            # rapporté … » opening the next: a day told only about (« ~ ») is an aside, no day a new paragraph's story
            # counts from; it counts from the news's own day, or a reprinted wire story's dateline (round 82)
            anchor = news
        if today is not None or anchor is not None or previous is not None or retro is not None:
            mentions = _dates(
                sentence.text,
                on,
                cut,
                today,
                anchor,
                ahead,
                previous,
                year,
                reprinted if on is told else None,
                retro[0] if retro is not None else None,
                acts | event_days,
                last_seen,
            )
        mentions = from_the_story_day(mentions, told_on, on)
        retro = _retrospective(text, sentence, cut, mentions, retro, article.published)
        # « l'essentiel de ce lundi 3 novembre »: the digest's edition; « du lundi au vendredi »: a schedule. Neither
        # dates a fact nor counts a figure.
        habits = schedules(sentence.text)
        # « Voir l'article du Monde du 7 février. », « Météo : 24° à Sion ce jeudi »: another text's days, a forecast's
        referred = refers_to_another_text(sentence.text) or forecasts_the_weather(sentence.text)
        appeal = notes_an_appeal(sentence.text)  # « … d'un recours … dans un délai de deux mois »: from where
        programme = names_its_own_programme(sentence.text)  # « notre documentaire …, ce jeudi à 22h35 »: its schedule
        # « Ce soir sur Radio Star : Star Club, de 21 h à minuit »: tonight's programme
        programme = programme or announces_a_broadcast(sentence.text)
        # « organise une collecte samedi 16 novembre », « … le lundi 26 janvier. Renseignements : 02 33 … »
        announced = announces_a_local_event(sentence.text, _rest_of_line(text, sentence.start + len(sentence.text)))
        # … told in no past tense, it lies ahead: a day of it read before the publication was read a week or a year
        # too early (« la communauté organise dimanche une vigile … à 13 h » on a Saturday, round 51)
        # (the clause of each day, up to a semicolon: « Une collecte est organisée ce samedi ; la précédente, fin juin,
        # avait rempli deux camionnettes » tells the past of another one: round 83)
        ahead_only = [  # « est annoncé »: no past (clauses._PAST)
            announced and not tells_the_past(_semicolon_clause(sentence.text, m.start)) for m in mentions
        ]
        # « le mardi 16 septembre, salle Fleurisia »: a venue's days, those after the publication
        venue = names_a_venue(sentence.text)
        deadline = sets_a_readers_deadline(sentence.text)  # « Inscription avant vendredi »
        spans = sorted((sentence.start + m.start, sentence.start + m.end) for m in mentions)
        edition = [
            (m.start, m.end)
            for m, ahead in zip(mentions, ahead_only, strict=True)
            for weekday in [m.weekday or named_by_its_weekday(m.text)]  # named by its weekday, however resolved
            if programme
            or referred
            # « se poursuit jusqu'au 20 décembre »: the days it goes on until (never « d'ici la fin du mois »)
            or ((announced or venue) and _after(m.edtf, article.published, ends=_names_an_end(m)))
            or (deadline and _after(m.edtf, article.published, ends=True))
            or names_the_edition(sentence.text, m.start)
            or names_a_street(sentence.text, m.start)
            or names_an_outlet(sentence.text, m.start, m.end)
            or stamps_a_record(sentence.text, m.start, m.end)
            or stamps_a_deed(
                sentence.text, m.start, m.end
            )  # « DÉLIBÉRATION N° 2025-03-14 », « Fait à Longwy, le 18 mars »
            or (appeal is not None and appeal <= m.start)
            or (names_an_issue(sentence.text, m.start) and _of_the_page(m.edtf, article.published))
            or (_after(m.edtf, article.published, ends=True) and heads_a_programme(sentence.text, m.start, m.end))
            or (
                _after(m.edtf, article.published)
                and (
                    heads_an_entry(sentence.text, m.start, m.end)
                    or (weekday and at_its_hour(sentence.text, m.end, later=True, noon=announced))
                )
            )
            # a local event's weekday and its hour right after it (« organise un rassemblement …, samedi à 14 heures »),
            # however resolved (« Le rassemblement de dimanche s'est achevé vers 17 h » is the Sunday before)
            or (announced and weekday and at_its_hour(sentence.text, m.end))
            or (ahead and _before(m, article.published))
            or _supposes(sentence.text, m)
            or ((weekday or counts_from_now(m.text)) and _within(sentence.start + m.start, commented))
            or any(a < m.end and m.start < b for a, b in habits)
            or (not sentence.verbatim and frame.holds(sentence.start + m.start, sentence.start + m.end, spans))
        ]
        # a signature closing a comment inside the sentence (« … dit « 11 000 » -- Kimchi (discuter) 12 février 2025 à
        # 21:07 (CET) »): the comment's day; a message's stamp opening it: the message's
        edition += [
            (a - sentence.start, b - sentence.start)
            for a, b in stamps
            if a < sentence.start + len(sentence.text) and sentence.start < b
        ]
        # a Markdown note's to-dos and its own callouts: the note-taker's plans, whose dates are no facts' days nor
        # figures (« l'article du 12 janvier » is no 12); their figures stay
        edition += [(m.start, m.end) for m in mentions if _within(sentence.start + m.start, remarks)]
        # … and a file's fields (« CLOSED: [2025-01-20 lun.] », « date = {2025-03} »): its bookkeeping (round 58)
        # (any part of it: « le 24/10/2024 » starts before the cell's day: review57)
        edition += [
            (m.start, m.end) for m in mentions if _overlaps(sentence.start + m.start, sentence.start + m.end, fields)
        ]
        edition += [(m.start, m.end) for m in mentions if _within(sentence.start + m.start, rails)]
        mentions = [m for m in mentions if not any(a < m.end and m.start < b for a, b in edition)]
        # the day « le lendemain » of a later sentence counts from: a fact's, else the day a period starts (« Depuis le
        # 26 avril, les déclarations se succèdent. Le lendemain, » is the 27th), or about a day (« il y a deux semaines »)
        days = [m for m in mentions if is_day(m.edtf) and not m.since] or [m for m in mentions if is_day(m.edtf)]
        # … of the story's time, not a day of history the sentence recalls after it (« Vendredi soir, … le défilé
        # pour les 80 ans du Parti, fondé le 10 octobre 1945. …, arrivés la veille »: Thursday, not 9 October 1945)
        if anchor is not None and _news_of_the_week(anchor, article.published):
            # « … a annoncé mardi soir … . … se trouvent désormais en Russie. La veille, »: the state's present is no
            # day told; the eve is that of the week's news told before (round 42; after an older day, « désormais »
            # stays what « La veille » counts from, as before)
            days = [m for m in days if not tells_a_state(m)]
        # … nor the day of a thing a time is counted from (« a annoncé ce samedi la libération …, près de neuf mois après
        # l'incursion ukrainienne du 6 août. … La veille, » is Friday: round 82), as `story_time` reads it
        days = [m for m in days if not counts_a_time_from(sentence.text, m)] or days
        # … nor the eve of an act told before (« La veille de l'annonce, les tirs avaient redoublé. Deux jours plus
        # tard, » counts from the announcement's day: round 82)
        days = [m for m in days if not eve_of_an_act(m)]
        recent = [m for m in days if not _of_history(m.edtf, article.published)]
        # … where the story stands, not a day counted back from one told earlier (« Le 19 décembre, les forces ont
        # publié un carnet trouvé sur un corps la veille. Le lendemain, » is the 20th; « Lundi, KCNA a confirmé …,
        # deux jours après que Moscou eut affirmé … . Le Kremlin a salué le même jour » is Monday)
        standing = [m for m in recent or days if not counted_back(m, recent or days)] or recent or days
        anchor = standing[-1] if days else anchor
        # what « Depuis, » and « six mois plus tard » count from in a later sentence: a date of a fact, not of a period
        # a « depuis » starts (« ce que le monde savait depuis octobre »); sentences that name no date keep the story's
        # time (« … début octobre. Ils ne savent pas où ils vont. Trois mois plus tard, »)
        previous = story_time(sentence.text, mentions) or previous
        # « Les deux hommes ne s'étaient pas vus depuis juin 2024. Depuis, »: the last time, for the next sentence only
        last_seen = last_time(sentence.text, mentions)
        event_days |= told_events(sentence.text, mentions)
        acts |= told_acts(sentence.text, mentions)
        named = match_entities(sentence.text, patterns)
        body = sentence.text[cut:]
        names = [
            n for n in unknown_names(sentence.text, named, cut) if n in body and not _within(sentence.start, byline)
        ]
        entities = [m for m in named if m.start >= counted_from]  # the agency and city of a dateline are no actors
        its_events: list[DraftRecord] = []
        if mentions:
            chosen = main_mention(mentions)
            # « Depuis, les estimations n'ont cessé de grimper »: the state since the date named before, not that
            # date again (its own sentence proposes it)
            if chosen is None or not chosen.then:
                its_events.append(event_record(sentence, mentions, entities, article, ids, tags))
            if chosen is not None and chosen.since and not chosen.onset:
                its_events.append(
                    event_record(sentence, mentions, entities, article, ids, tags, ongoing=True, written=on)
                )
            # … though a date the same sentence names before it still dates its own fact (« qui n'a reconnu sa
            # participation qu'à la fin avril, a depuis multiplié »)
            dated = {chosen.edtf if chosen and not chosen.then else ""}
            for other in mentions:
                if other is chosen or other.edtf in dated:
                    continue
                if not other.then:
                    dated.add(other.edtf)
                    its_events.append(event_record(sentence, mentions, entities, article, ids, tags, other=other))
                if other.since and not other.onset:  # « a affirmé jeudi que … depuis novembre » (rev27 U7)
                    its_events.append(
                        event_record(
                            sentence, mentions, entities, article, ids, tags, ongoing=True, other=other, written=on
                        )
                    )
        # a date's words are no figure; « désormais », « actuellement » name no number and may stand inside one's
        # reading (« dépassent désormais les 4 000 »)
        # … nor is a number in a known entity's name (« a déclaré à France 24 un officier », « la chaîne 1+1 »)
        skip = [
            (0, counted_from),
            *((m.start, m.end) for m in named if any(c.isdigit() for c in sentence.text[m.start : m.end])),
            *edition,
            *durations(sentence.text),
            *hypotheses(sentence.text),  # … nor a count a hypothesis supposes (« Si 100 000 soldats venaient »)
            *withdrawn(
                sentence.text
            ),  # … nor a slip a correction withdraws (« j'ai dit « 14 000 morts », il fallait »)
            *((m.start, m.end) for m in mentions if m.rank != PRESENT_RANK),
            # … nor a caption's dates, which date its picture (« le 18 octobre 2024 »)
            *((m.start, m.end) for m in (_dates(sentence.text, on, counted_from) if counted_from < cut else ())),
        ]
        end = sentence.start + len(sentence.text)
        own = [(a - sentence.start, b - sentence.start, h) for a, b, h in _cells_within(cells, sentence.start, end)]
        lead = lead if listed(text, sentence.start, lead_end) else None
        label = line_label(sentence.text)
        figures = find_figures(
            sentence.text, skip, captions.get(index, asked), own, carried, label, lead[0] if lead else None
        )
        its_claims: list[DraftRecord] = []
        if figures:
            facts = SentenceFacts.of(sentence, mentions, entities, topics, figures)
            if lead is not None and lead[1][0] == "alleged" and facts.status[0] == "reported":
                facts = replace(facts, status=(lead[1][0], f"{lead[1][1]}, in the list's lead-in"))
            its_claims = [claim_record(facts, figure, article, ids) for figure in _story_counts(facts, figures, nouns)]
        for record in (*its_events, *its_claims):
            _long_enough(text, sentence, record)
            _quote_once(article_words, sentence, record)
            by_the_publication(record, mentions, article.published)
        if stop := _stop(text, sentence, (events, its_events, "events"), (claims, its_claims, "claims")):
            break
        events.extend(its_events)
        claims.extend(its_claims)
        candidates.update(dict.fromkeys(names))
        asked = asked_noun(sentence.text)
        # the people the sentence's last figure counts, which a spoken count opening the next one may leave out
        # (« … quinze mille hommes au total. Onze mille à l'automne 2024 »)
        people = [f.noun for f in figures if f.noun and f.unit == "soldiers"]
        carried = people[-1] if people else None
        if found := lead_in(sentence.text):
            lead, lead_end = (found, _status(sentence.text)), None
        elif lead is not None:  # a line of its own ending on a colon heads another list (review 49)
            lead, lead_end = (None, None) if sentence.text.rstrip().endswith(":") else (lead, end)
    _restatements(claims, headline(text))
    for record in (*events, *claims):
        _spaced_quote(record)
    notes = [
        f"this article is already in the store as source '{s.id}' (seeds/{s.seed})"
        for s in store.sources.values()
        if s.sha256 == article.sha256
    ]
    return Draft(source_record(article, store, text), events, claims, list(candidates), notes, stop)
