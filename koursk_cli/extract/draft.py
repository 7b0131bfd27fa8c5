"""Build a draft of store records from one French article (pure).

The article is cut into sentences; a sentence with a temporal expression becomes a candidate event, each figure a
candidate claim, and the sentence itself is the verbatim quote (a long sentence's words around the date or figure:
quotes.py `quoted`). Actors, places and topics are matched against the store (ids, names and aliases, case- and
accent-insensitively); everything guessed is said to be a guess in a comment, and what only a curator can write
(titles, publication basis) is left as a `TODO:` string that the schema accepts, so the draft validates against the
schema as it stands; `koursk check` refuses it until the TODOs are done.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date

from ..dates import FuzzyDate, store_date
from ..model import Entity, Store
from ..textnorm import article_text, read_escapes
from .briefs import foot_briefs, headed_foot_boxes, local_briefs
from .byline import dispatch_day, headline, propose_author
from .captions import unrelated_captions
from .chronology import covering_dates, month_headings, section_years, year_headings
from .claimdrafts import SentenceFacts, claim_record, restatements, story_counts
from .clauses import (
    hypotheses,
    tells_the_past,
    tells_the_pluperfect,
    withdrawn,
)
from .datechecks import (
    after_publication,
    before_publication,
    ends_before,
    news_of_the_week,
    of_history,
    of_the_page,
    retrospective,
    semicolon_clause,
    supposes,
    told_before_the_page,
)
from .datemention import DAY_RANK, PRESENT_RANK, DateMention, is_day, main_mention
from .datewords import WITH_ITS_YEAR
from .draftrecords import Article, Draft, DraftRecord, Stop
from .entitymatches import entity_patterns, match_entities, unknown_names
from .evedates import eve_of_an_act, told_acts, told_events
from .eventdrafts import event_record
from .feastdates import names_a_feast_s_day, names_an_event
from .fields import field_dates, stamp_column_dates
from .forecasts import by_the_publication
from .frame import PageFrame
from .frcalendar import WEEKDAY, WEEKDAYS
from .frdates import find_dates
from .frlists import Lead, asked_noun, lead_in, line_label, listed
from .frnumbers import find_figures
from .frwords import fold_same_length, fold_word
from .ids import Ids
from .layout import caption_noun, is_key_figure, table_cells
from .lexicon import printed_phrases, printed_words, words
from .linkedtitles import breadcrumbs, linked_titles
from .notes import own_notes
from .pageboxes import apparatus, comment_threads, other_items_boxes, practical_boxes, programmes, signature_blocks
from .pagechrome import closed_live_lines, page_furniture
from .pagehead import head_stamps, own_day_lines, taglines
from .pagelines import folded_line
from .positions import after_a_heading, cells_within, opens_a_paragraph, rest_of_line
from .presentdates import tells_a_state
from .quotes import as_printed, long_enough, quote_once, spaced_quote
from .readerservice import (
    announces_a_broadcast,
    announces_a_gathering,
    announces_a_local_event,
    forecasts_the_weather,
    names_a_venue,
    names_its_own_programme,
    schedules,
    sets_a_readers_deadline,
    slots_no_event,
)
from .revisions import commented_lines, counts_from_now, retracted_lines, revision_marks
from .schedule import at_its_hour, heads_a_programme, heads_a_slot, heads_an_entry, is_a_day_off, named_by_its_weekday
from .sentences import Sentence, split_sentences
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
from .sourcedraft import source_record
from .spans import merged_spans, overlaps_sorted, within
from .statementday import from_the_story_day, story_statement_day, talk_day
from .storycounts import story_nouns
from .storydates import counted_back, counts_a_time_from, last_time, news_day, story_time
from .timespans import durations
from .topics import TopicWords, topic_words
from .voice import status_of
from .wordindex import WordIndex
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


def _tells_the_story(line: str, patterns: list[tuple[re.Pattern[str], bool, Entity]], topics: list[TopicWords]) -> bool:
    """Whether a line names one of the store's entities or a word of one of its topics (« Soudja a été reprise … par
    les forces russes », « 300 soldats nord-coréens ont été tués »): the story's, wherever it stands."""
    folded = fold_same_length(line)
    return bool(match_entities(line, patterns)) or any(p.search(folded) for t in topics for p in t.patterns)


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


_FORWARD_HEADINGS = words("forward_headings")


# « Relâche le lundi », « Permanence le mercredi », « 3e dimanche de l'Avent »: a weekday of habit or of a rank
# (lexicon.toml `weekday_ranks`, or « 3e »)
_HABITUAL_WEEKDAY = re.compile(rf"(?<![\w'’])(?:\d+e|{printed_words('weekday_ranks')})\s+$", re.IGNORECASE)
# A line of a box that is the service's, a timetable's, a council's or a court's, not an event's (lexicon.toml
# `box_services`: « La médiathèque sera fermée le 25 décembre », « Collecte des encombrants le 26 mai à 6 h », « Séance
# du conseil départemental le 4 décembre à 10 h »: review84)
_BOX_SERVICE = re.compile(printed_phrases("box_services") + r"(?![\w-])", re.IGNORECASE)
# … and the day a booking or a sign-up closes (« (inscriptions jusqu'au 1er décembre) », « Réservations avant le 28 »)
_BOOKED_BY = re.compile(
    rf"{printed_phrases('box_bookings')}[^.;:()]{{0,30}}?(?:jusqu['’]\s*(?:au|à)|avant(?:\s+le)?)\s+", re.IGNORECASE
)
_NAMED_WEEKDAY = re.compile(rf"(?<!\w){WEEKDAY}(?!\w)", re.IGNORECASE)


def _an_event_s_day(sentence: str, mention: DateMention) -> bool:
    """Whether a date in a box of announced events names one of their days or runs of days (« Jeudi 1er octobre, 20
    h », « Du 17 octobre au 29 novembre », « ce vendredi à 18 h 30 »): not a month (« Janvier 2027 — Note de
    conjoncture n° 15 »: the next issue), a count (« Corée-Russie, un an après », a title), a weekday of habit, a
    weekday the day is not (« mercredi 3 décembre » on a Thursday: a day gone by, or a slip), the service's line or a
    booking's last day (review84)."""
    days = all(len(part.rstrip("~")) == 10 for part in mention.edtf.split("/"))
    bare = not any(c.isdigit() for c in mention.text)
    habit = bare and _HABITUAL_WEEKDAY.search(sentence, max(0, mention.start - 15), mention.start) is not None
    named = _NAMED_WEEKDAY.search(mention.text)
    mismatch = (  # a day, not a run: `DateMention.weekday` is unset for a run and for a weekday read ahead
        named is not None
        and len(mention.edtf) == 10
        and date.fromisoformat(mention.edtf).weekday() != WEEKDAYS[fold_word(named.group())]
    )
    booked = any(  # the words up to the day, « jusqu'au » perhaps the date's own
        mention.start <= m.end() <= mention.start + 10
        for m in _BOOKED_BY.finditer(sentence, max(0, mention.start - 60), mention.end)
    )
    return days and not (habit or mismatch or booked or _BOX_SERVICE.search(sentence))


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


# The most candidate events, and claims, one draft holds (rev16 M5): a news article gives a few dozen, 1 MB of distinct
# dated sentences with a figure each about 17,000 (docs/guarantees.md, Limits). A text with more (a pasted table of
# 70,000 figures) is drafted up to the sentence that would pass it, and the draft says where it stopped, so time and
# memory stay bounded (about 220 MB) whatever the article.
MAX_RECORDS = 20_000


def _stop(text: str, sentence: Sentence, *kinds: tuple[list[DraftRecord], list[DraftRecord], str]) -> Stop | None:
    """Where the draft stops, if one of `kinds` (records so far, the sentence's, their name) would pass MAX_RECORDS."""
    for drafted, more, kind in kinds:
        if len(drafted) + len(more) > MAX_RECORDS:
            line_start = text.rfind("\n", 0, sentence.start) + 1
            return Stop(text.count("\n", 0, sentence.start) + 1, sentence.start - line_start + 1, kind, MAX_RECORDS)
    return None


@dataclass(frozen=True, slots=True)
class PageReading:
    """What build_draft reads in the whole page before it reads one sentence: the sentences, the day each was
    written on and its first dates, and the spans whose dates or figures are not the story's."""

    sentences: list[Sentence]
    """The sentences, each printed once, their bodies after the page's furniture."""
    posted: list[FuzzyDate]
    """The day each sentence was written on: a post's, a message's, a comment's…, else `told`."""
    furniture: list[int]
    """Where each sentence's body starts, after the page's furniture (its length: all furniture)."""
    captioned: list[int]
    """Where each sentence's figures start (a caption's count is the story's)."""
    headings: list[str | None]
    """The forward heading each sentence is under (« À suivre »), if any."""
    years: list[int | None]
    """The year a chronology's heading gives each sentence, if any."""
    first_pass: list[list[DateMention]]
    """Each sentence's dates, read once before the story's days are known."""
    stamps: list[tuple[int, int]]
    """The stamps inside sentences: a signature, a message's stamp, a document's heading and the like."""
    remarks: list[tuple[int, int]]
    """The page's own notes (`own_notes`): their dates are the edition's."""
    fields: list[tuple[int, int]]
    """A file's fields and a table's stamp column, merged: bookkeeping."""
    rails: list[tuple[int, int]]
    """Local and foot briefs that name none of the store's entities (nor, at the foot, its topics): other news."""
    programmes: list[tuple[int, int]]
    """The boxes of the events the page announces (`programmes`): only their events' days are facts."""
    commented: list[tuple[int, int]]
    """Comments' lines, whose « demain » counts from an unknown day."""
    told: FuzzyDate
    """The day the story is told from: the dateline's, else the page's."""
    reprinted: date | None
    """The page's own day, after a reprinted wire story's dateline."""
    today: DateMention | None
    """The news's own day, read from the sentences' first dates (`news_day`)."""
    told_on: DateMention | None
    """The day the story was told on, a day or two before the page's."""
    news: DateMention | None
    """The day the news is told on: its own, else a reprinted wire story's dateline's."""


def _page_reading(
    text: str, article: Article, patterns: list[tuple[re.Pattern[str], bool, Entity]], topics: list[TopicWords]
) -> PageReading:
    """The page read as a whole, once, before its sentences are (`PageReading`)."""
    seen: set[str] = set()
    sentences: list[Sentence] = []
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
    fields = merged_spans(field_dates(text) + stamp_column_dates(text))  # … and a table's « verifie_le » column
    # … and a rail of local briefs that name none of the store's entities (« Bayonne : les fêtes … du 6 au 8
    # décembre »): other news's days; their figures stay (round 81)
    rails = [(a, b) for a, b in local_briefs(text) if not match_entities(text[a:b], patterns)]
    # … and a box of briefs at the page's foot (« Autour de Montclavel », then « • Montclavel : la piscine fermée
    # jusqu'au 12 mars. »), each of its lines that names none of the store's entities nor its topics' words: a line of the
    # story's summary stays (« • Pertes : 300 morts depuis le 3 mars. », round 98)
    # … and any line of a box under a box's heading at the page's foot (« Agenda », « Dans le Val-Fleuri »: round 100)
    boxed = sorted({*foot_briefs(text), *headed_foot_boxes(text)})
    rails += [(a, b) for a, b in boxed if not _tells_the_story(text[a:b], patterns, topics)]
    commented = commented_lines(text)  # a comment's « demain », « mercredi »: from its stamp, whose day is unknown
    pictures = unrelated_captions(text)
    links = merged_spans(
        {
            *linked_titles(text),
            *breadcrumbs(text),  # « Accueil › Numéros › Juin 2025 › International »
            *comment_threads(text),  # « Commentaires (2) », then what the readers wrote
            *signature_blocks(text),  # « -- », then a mail's signature
            *practical_boxes(text, timed=False),  # « Infos pratiques », then the service's days, no event's
            # « Aussi dans ce numéro », « Gray en bref », then the paper's other items (the story's own lines stay)
            *other_items_boxes(text, lambda line: _tells_the_story(line, patterns, topics)),
            *apparatus(text),
            *pictures,
            *head_stamps(text),
            *taglines(text),
            *own_day_lines(text, article.published),
            *month_headings(text, article.published),
            *retracted_lines(text),  # a diff's file headers and the lines a correction removed (round 62)
            *closed_live_lines(text),  # « Fin de ce direct. … rendez-vous demain matin. » (round 139)
            *((start, end) for start, end, _, _ in feed),
            *signatures,
        }
    )
    furniture = [len(s.text) if within(s.start, links) else page_furniture(s.text) for s in sentences]
    sentences = [replace(s, body=cut) for s, cut in zip(sentences, furniture, strict=True)]
    # a caption's dates are its picture's, its counts the story's (« Légende : … Quelque 11 000 militaires
    # nord-coréens se trouveraient alors en Russie. », round 53): where its figures start
    captioned = [
        page_furniture(s.text) if cut == len(s.text) and within(s.start, pictures) else cut
        for s, cut in zip(sentences, furniture, strict=True)
    ]
    # the boxes of the events the page announces (« AGENDA DE LA SEMAINE », « Pratique » with an hour): their days
    # are read ahead under the box's heading, as under « À venir », and none before the publication (round 130)
    boxes = programmes(text)
    headings = [
        heading or next((head for a, b, head in boxes if a < s.start + len(s.text) and s.start < b), None)
        for s, heading in zip(sentences, under_forward_headings(text, sentences), strict=True)
    ]
    chronology = [
        *year_headings(text, article.published),
        *section_years(text, article.published),
        *((a, b, year) for _, _, a, b, year in covering),
    ]
    years = [next((y for a, b, y in chronology if a <= s.start < b), None) for s in sentences]
    first_pass = [
        find_dates(s.text, on, ahead=ahead, year=year, page=reprinted if on is told else None, after=cut)
        for s, on, cut, ahead, year in zip(sentences, posted, furniture, headings, years, strict=True)
    ]
    today = news_day((m for found in first_pass for m in found), article.published)
    # the day the story was told on, a day or two before the page's (round 94), else the day of a talk the page
    # reports (round 115): what its times ahead count from
    read = list(zip((s.text for s in sentences), first_pass, strict=True))
    told_on = story_statement_day(read, article.published) or talk_day(read, article.published)
    # the day the news is told on: its own, else a reprinted wire story's dateline's
    news = (
        today
        if today is not None and is_day(today.edtf)
        else DateMention(0, 0, "la date de la dépêche", dispatched.isoformat(), "the dateline's day", DAY_RANK)
        if dispatched is not None
        else None
    )
    return PageReading(
        sentences=sentences,
        posted=posted,
        furniture=furniture,
        captioned=captioned,
        headings=headings,
        years=years,
        first_pass=first_pass,
        stamps=stamps,
        remarks=remarks,
        fields=fields,
        rails=rails,
        programmes=[(a, b) for a, b, _ in boxes],
        commented=commented,
        told=told,
        reprinted=reprinted,
        today=today,
        told_on=told_on,
        news=news,
    )


def build_draft(article: Article, store: Store) -> Draft:
    """Candidate source, events and claims for `article`, with ids that collide with nothing in `store`."""
    ids = Ids(store.holds_id, {article.source_id})
    patterns = entity_patterns(store.entities.values())
    topics = topic_words(store.topics.values())
    nouns = story_nouns(store.topics.values())
    tags = {tag for facts in store.facts for tag in facts.tags}
    events: list[DraftRecord] = []
    claims: list[DraftRecord] = []
    candidates: dict[str, None] = {}
    stop: Stop | None = None
    printed = article_text(article.text)
    text = read_escapes(printed)  # « NIS\\n1 500 forces » in a pasted source file: its escapes read as spaces
    page = _page_reading(text, article, patterns, topics)
    cells = table_cells(text)
    frame = PageFrame(text, cells)
    signer = propose_author(text, store.entities.values())
    byline = [signer[2]] if signer else []  # the author's name is no entity to add (rev32 R5)
    captions = key_figure_captions(text, page.sentences)
    article_words = WordIndex(text)
    anchor: DateMention | None = None
    anchor_at: int | None = None  # the index of the sentence that told `anchor`, a day of its own
    previous: DateMention | None = None
    last_seen: DateMention | None = None  # the last time a thing happened, told by the sentence just before
    previous_alone = False  # `previous` told after the last day told, in a sentence naming no day (DateContext)
    previous_pluperfect = False  # `previous` told in the pluperfect
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
        zip(
            page.sentences,
            page.first_pass,
            page.posted,
            page.furniture,
            page.captioned,
            page.headings,
            page.years,
            strict=True,
        )
    ):
        if retro is not None and sentence.start >= retro[1]:
            retro = None  # the retrospective paragraph is over
        if after_a_heading(text, sentence.start):
            event_days = {}  # a new story under its heading: the events told before are another story's (review64a)
        if (
            anchor is not None
            and anchor.edtf.endswith("~")
            and page.news is not None
            and opens_a_paragraph(text, sentence.start)
        ):
            # « Il y a deux semaines, le député affirmait déjà … » ending a paragraph, « La veille, le ministère avait
            # rapporté … » opening the next: a day told only about (« ~ ») is an aside, no day a new paragraph's story
            # counts from; it counts from the news's own day, or a reprinted wire story's dateline (round 82)
            anchor, anchor_at = page.news, None
        if page.today is not None or anchor is not None or previous is not None or retro is not None:
            mentions = find_dates(
                sentence.text,
                on,
                page.today,
                anchor,
                ahead,
                previous,
                year,
                page.reprinted if on is page.told else None,
                retro[0] if retro is not None else None,
                acts | event_days,
                last_seen,
                after=cut,
                previous_alone=previous_alone and not (previous_pluperfect and not tells_the_pluperfect(sentence.text)),
                told_before=page.sentences[index - 1].text
                if anchor_at is not None and anchor_at == index - 1
                else None,
            )
        mentions = from_the_story_day(mentions, page.told_on, on)
        retro = retrospective(text, sentence, cut, mentions, retro, article.published)
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
        announced = announces_a_local_event(sentence.text, rest_of_line(text, sentence.start + len(sentence.text)))
        # … told in no past tense, it lies ahead: a day of it read before the publication was read a week or a year
        # too early (« la communauté organise dimanche une vigile … à 13 h » on a Saturday, round 51): dropped, left to
        # the curator (the coming one would be its day, but read ahead « depuis lundi », « dépôts le samedi matin »
        # went wrong: session 68)
        # (the clause of each day, up to a semicolon: « Une collecte est organisée ce samedi ; la précédente, fin juin,
        # avait rempli deux camionnettes » tells the past of another one: round 83)
        ahead_only = [  # « est annoncé »: no past (clauses._PAST)
            announced and not tells_the_past(semicolon_clause(sentence.text, m.start)) for m in mentions
        ]
        # … or one where the public goes (« le mardi 16 septembre, salle Fleurisia »): its days are facts the page tells
        event = announced or names_a_venue(sentence.text) or announces_a_gathering(sentence.text)
        deadline = sets_a_readers_deadline(sentence.text)  # « Inscription avant vendredi »
        # « Diffusion mardi 24 mars à 22 h 35 sur ARTE », « Votre rendez-vous est confirmé pour jeudi à 10 h »,
        # « Une coupure d'eau aura lieu mardi de 8 h à 12 h »: a programme's slot, a booking's, a notice's
        slot = slots_no_event(sentence.text)
        spans = sorted((sentence.start + m.start, sentence.start + m.end) for m in mentions)
        edition = [
            (m.start, m.end)
            for m, ahead in zip(mentions, ahead_only, strict=True)
            for weekday in [m.weekday or named_by_its_weekday(m.text)]  # named by its weekday, however resolved
            if programme
            or referred
            # « Inscription avant vendredi »: the days up to the reader's deadline
            or (deadline and after_publication(m.edtf, article.published, ends=True))
            or is_a_day_off(sentence.text, m.end)
            or names_the_edition(sentence.text, m.start)
            or names_a_street(sentence.text, m.start)
            or names_an_outlet(sentence.text, m.start, m.end)
            or stamps_a_record(sentence.text, m.start, m.end)
            or stamps_a_deed(
                sentence.text, m.start, m.end
            )  # « DÉLIBÉRATION N° 2025-03-14 », « Fait à Longwy, le 18 mars »
            or (appeal is not None and appeal <= m.start)
            or (names_an_issue(sentence.text, m.start) and of_the_page(m.edtf, article.published))
            # « Le repas de Noël … aura lieu le 14 décembre »: a feast to come that names the event
            or (event and after_publication(m.edtf, article.published) and names_an_event(sentence.text, m))
            or (weekday and names_a_feast_s_day(sentence.text, m.end))  # « le lundi de Pâques »: the feast's
            # a timetable's entry still to come, a weekday to come with its hour in a sentence that puts it on the
            # air: the page's schedule (a broadcast slot, a form's field, the next issue), unless the sentence
            # announces a public event, whose day is a fact the page tells (the lead's session-68 call); elsewhere
            # such a day is a public event's, whatever its words (« Le film sera projeté le samedi 13 juin à 18h30 »:
            # round 128)
            or (after_publication(m.edtf, article.published) and heads_a_slot(sentence.text, m.start, m.end))
            or (
                not event
                and (
                    (
                        after_publication(m.edtf, article.published, ends=True)
                        and heads_a_programme(sentence.text, m.start, m.end)
                    )
                    or (
                        after_publication(m.edtf, article.published)
                        and (
                            heads_an_entry(sentence.text, m.start, m.end)
                            or (
                                weekday
                                and at_its_hour(sentence.text, m.end, later=True)
                                # … or told in the past (« devait être présenté à un juge vendredi à 14 h »: a week
                                # read ahead; review79)
                                and (slot or told_before_the_page(sentence.text, m.start))
                            )
                        )
                    )
                )
            )
            or supposes(sentence.text, m)
            or ((weekday or counts_from_now(m.text)) and within(sentence.start + m.start, page.commented))
            or any(a < m.end and m.start < b for a, b in habits)
            or (not sentence.verbatim and frame.holds(sentence.start + m.start, sentence.start + m.end, spans))
        ]
        # a signature closing a comment inside the sentence (« … dit « 11 000 » -- Kimchi (discuter) 12 février 2025 à
        # 21:07 (CET) »): the comment's day; a message's stamp opening it: the message's
        edition += [
            (a - sentence.start, b - sentence.start)
            for a, b in page.stamps
            if a < sentence.start + len(sentence.text) and sentence.start < b
        ]
        # a Markdown note's to-dos and its own callouts: the note-taker's plans, whose dates are no facts' days nor
        # figures (« l'article du 12 janvier » is no 12); their figures stay
        edition += [(m.start, m.end) for m in mentions if within(sentence.start + m.start, page.remarks)]
        # … and a file's fields (« CLOSED: [2025-01-20 lun.] », « date = {2025-03} »): its bookkeeping (round 58)
        # (any part of it: « le 24/10/2024 » starts before the cell's day: review57)
        edition += [
            (m.start, m.end)
            for m in mentions
            if overlaps_sorted(sentence.start + m.start, sentence.start + m.end, page.fields)
        ]
        edition += [(m.start, m.end) for m in mentions if within(sentence.start + m.start, page.rails)]
        # a box of announced events gives their coming days where its line names the event (a local event's word, a
        # venue, a gathering), no month, count, day of habit or day gone by; its other lines are the service's, a
        # timetable's, a council's or the outlet's (review84, round 130)
        edition += [
            (m.start, m.end)
            for m in mentions
            if within(sentence.start + m.start, page.programmes)
            and (not event or not _an_event_s_day(sentence.text, m) or ends_before(m.edtf, article.published))
        ]
        # an announced gathering's day read before the page (`ahead_only`): dropped, left to the curator; though a day
        # of history it prints with its year (« …, le 24 février 2022, l'association appelle à un rassemblement
        # samedi ») is one the page tells: a candidate of its own, never what dates the sentence (round 134, review87)
        read_back = [
            m
            for m, ahead in zip(mentions, ahead_only, strict=True)
            if ahead and before_publication(m, article.published)
        ]
        recalled = [
            m
            for m in read_back
            if WITH_ITS_YEAR.search(m.text) and not any(a < m.end and m.start < b for a, b in edition)
        ]
        edition += [(m.start, m.end) for m in read_back]
        mentions = [m for m in mentions if not any(a < m.end and m.start < b for a, b in edition)]
        # the day « le lendemain » of a later sentence counts from: a fact's, else the day a period starts (« Depuis le
        # 26 avril, les déclarations se succèdent. Le lendemain, » is the 27th), or about a day (« il y a deux semaines »)
        days = [m for m in mentions if is_day(m.edtf) and not m.since] or [m for m in mentions if is_day(m.edtf)]
        # … never a day to come given with its hour, but an announced gathering's (« une nouvelle session est attendue
        # jeudi à 10 h. Le lendemain, Moscou a bombardé Kharkiv »: the day before, as before round 128; review79)
        days = [
            m
            for m in days
            if event
            or not (
                after_publication(m.edtf, article.published)
                and (m.weekday or named_by_its_weekday(m.text))
                and at_its_hour(sentence.text, m.end, later=True)
            )
        ]
        # … of the story's time, not a day of history the sentence recalls after it (« Vendredi soir, … le défilé
        # pour les 80 ans du Parti, fondé le 10 octobre 1945. …, arrivés la veille »: Thursday, not 9 October 1945)
        if anchor is not None and news_of_the_week(anchor, article.published):
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
        recent = [m for m in days if not of_history(m.edtf, article.published)]
        # … where the story stands, not a day counted back from one told earlier (« Le 19 décembre, les forces ont
        # publié un carnet trouvé sur un corps la veille. Le lendemain, » is the 20th; « Lundi, KCNA a confirmé …,
        # deux jours après que Moscou eut affirmé … . Le Kremlin a salué le même jour » is Monday)
        standing = [m for m in recent or days if not counted_back(m, recent or days)] or recent or days
        anchor, anchor_at = (standing[-1], index) if days else (anchor, anchor_at)
        # what « Depuis, » and « six mois plus tard » count from in a later sentence: a date of a fact, not of a period
        # a « depuis » starts (« ce que le monde savait depuis octobre »); sentences that name no date keep the story's
        # time (« … début octobre. Ils ne savent pas où ils vont. Trois mois plus tard, »)
        told_now = story_time(sentence.text, mentions)
        previous = told_now or previous
        # … never one set off at the sentence's end (« … depuis leur engagement, début décembre. »: background to the
        # day told before it, round 90)
        set_off = told_now is not None and (
            sentence.text[: told_now.start].rstrip().endswith(",")
            and not sentence.text[told_now.end :].strip(" .!?»\n")
        )
        previous_alone = (not days and not set_off) if told_now is not None else previous_alone and not days
        # … and one told in the pluperfect is background to a count told in another tense (« Le 3 mars, … . Son nom
        # avait été cité … début février. Deux jours plus tard, son successeur a prêté serment »: review66b)
        if told_now is not None:
            previous_pluperfect = tells_the_pluperfect(sentence.text)
        # « Les deux hommes ne s'étaient pas vus depuis juin 2024. Depuis, »: the last time, for the next sentence only
        last_seen = last_time(sentence.text, mentions)
        event_days |= told_events(sentence.text, mentions)
        acts |= told_acts(sentence.text, mentions)
        named = match_entities(sentence.text, patterns)
        body = sentence.text[cut:]
        names = [
            n for n in unknown_names(sentence.text, named, cut) if n in body and not within(sentence.start, byline)
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
        its_events += [event_record(sentence, mentions, entities, article, ids, tags, other=m) for m in recalled]
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
            *(
                (m.start, m.end)
                for m in (find_dates(sentence.text, on, after=counted_from) if counted_from < cut else ())
            ),
        ]
        end = sentence.start + len(sentence.text)
        own = [(a - sentence.start, b - sentence.start, h) for a, b, h in cells_within(cells, sentence.start, end)]
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
            its_claims = [claim_record(facts, figure, article, ids) for figure in story_counts(facts, figures, nouns)]
        for record in (*its_events, *its_claims):
            long_enough(text, sentence, record)
            quote_once(article_words, sentence, record)
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
            lead, lead_end = (found, status_of(sentence.text)), None
        elif lead is not None:  # a line of its own ending on a colon heads another list (review 49)
            lead, lead_end = (None, None) if sentence.text.rstrip().endswith(":") else (lead, end)
    restatements(claims, headline(text))
    if text != printed:  # escapes read as spaces: the quotes in the page's own characters, each long enough to prove
        events = [record for record in events if as_printed(record, text, printed)]
        claims = [record for record in claims if as_printed(record, text, printed)]
    for record in (*events, *claims):
        spaced_quote(record)
    notes = [
        f"this article is already in the store as source '{s.id}' (seeds/{s.seed})"
        for s in store.sources.values()
        if s.sha256 == article.sha256
    ]
    return Draft(source_record(article, store, text), events, claims, list(candidates), notes, stop)
