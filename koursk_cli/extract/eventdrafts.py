"""A candidate event for a dated sentence: its date and basis (a « depuis » period read as its start and as the
state that runs on), its actors, places, tags and status, and the sentence's other dates as candidates.
"""

from __future__ import annotations

import re
from typing import Any

from ..dates import FuzzyDate
from ..placeholders import TODO
from .datechecks import names_an_end
from .datemention import DateMention, main_mention, since_until
from .draftrecords import Article, DraftRecord
from .entitymatches import Mention
from .frwords import fold_word
from .ids import Ids, slug
from .quotes import quoted
from .sentences import Sentence
from .voice import status_of


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
    ids: Ids,
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
        until = next((m for m in mentions if m is not chosen and names_an_end(m)), None)
        date, basis = since_until(chosen, until, written or article.published)
    else:
        date, basis = (
            chosen.edtf,
            chosen.basis + (" (the start of a period that runs on)" if chosen.since and not chosen.onset else ""),
        )
    status, why = status_of(sentence.text)
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
