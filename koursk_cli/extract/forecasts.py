"""Every drafted date made one `koursk check` accepts (rev37u U1): a date past the publication is clipped to it (a
fact's) or dated at its statement (a forecast's), the rules' own reading kept in its basis (`rules_reading`).
"""

from __future__ import annotations

from ..dates import DateError, FuzzyDate, store_date
from ..placeholders import TODO
from ..store.checks import beyond_publication
from .datemention import DateMention
from .draftrecords import DraftRecord

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


def _accepted(edtf: str, published: FuzzyDate) -> bool:
    """Whether `edtf` is a store date `koursk check` accepts for a fact reported at `published`."""
    try:
        return beyond_publication(store_date(edtf), [published]) is None
    except DateError:
        return False
