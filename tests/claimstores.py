"""Random claim stores for property tests (test_cache_claims, test_drafts_preview): few topics, measures, sources,
actors, values and dates, so that bounds touch and dates overlap, often with equal dates; one builder writes the
claims as hypothesis draws them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.stores import StoreBuilder

TOPICS = """\
topics:
  - id: troops
    name: {en: Troops, fr: Troupes}
    measures:
      - id: sent-to-russia
        description: {en: sent, fr: envoyés}
        cumulative: true
      - id: in-kursk
        description: {en: in Kursk, fr: à Koursk}
        at_most: sent-to-russia
  - id: losses
    name: {en: Losses, fr: Pertes}
    measures:
      - id: in-kursk
        description: {en: in Kursk, fr: à Koursk}
"""
MEASURES = [("troops", "sent-to-russia"), ("troops", "in-kursk"), ("losses", "in-kursk")]
SOURCES = [("alpha", "2025-01-10", None), ("beta", "2025-01-12", "NIS"), ("gamma", "2024-12/2025-02", None)]
ACTORS = ["rutte", "nis", "kim"]
# Few values and dates, so that bounds touch (~1,000 allows 900-1,100) and dates overlap, often with equal dates;
# round figures but one (1,050: a bare round figure is read as approximate for a conflict's tier, docs/claims.md).
VALUES = [900, 1000, 1050, 1100, 1200, 12000]
DATES = ["2024-10", "2024-10-28", "2024-11", "2024-10-20/2024-11-05", "2024~", "2024-11-05?", "2024-12"]


def claim_strategy(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """One drawn claim for `write_claims`: a measure, a value and its kind, a date, asserters and a source from the
    few above; `fields` adds keys or draws others (`status`, `file`, `restates`)."""
    return st.fixed_dictionaries(
        {
            "measure": st.sampled_from(MEASURES),
            "value": st.sampled_from(VALUES),
            "kind": st.sampled_from(["exact", "approximate", "at_least", "at_most"]),
            "as_of": st.sampled_from(DATES),
            "asserted_by": st.lists(st.sampled_from(ACTORS), max_size=2, unique=True).map(tuple),
            "source": st.sampled_from([s for s, _, _ in SOURCES]),
            **fields,
        }
    )


def counted(claim: Mapping[str, Any]) -> bool:
    """Whether a drawn claim has a figure, topic and measure (claims.comparable but for `restates`): extract's
    placeholders (`value: None`, todo-topic, todo-measure) keep a draft's figure out of every comparison."""
    topic, measure = claim["measure"]
    return claim["value"] is not None and topic != "todo-topic" and measure != "todo-measure"


def write_claims(root: Path, claims: Sequence[Mapping[str, Any]], *, drafts: bool = True) -> Path:
    """The store of `claims` (keys: measure as (topic, measure), value, kind, as_of, asserted_by, source, file,
    restates, and status if drawn), numbered `cl-000`… as listed, with one event; a restatement restates the first
    figure of its file, article and measure. `drafts=False` writes the same store without its drafts: the claims a
    draft would keep out of comparisons are left out (the others keep their ids), and each placeholder asserter is
    an actor of its own (`anon-ID`: two unnamed speakers are not one)."""
    builder = StoreBuilder().topics(TOPICS)
    for source, published, outlet in SOURCES:
        builder.source(source, published, outlet=outlet)
    for actor in ACTORS:
        builder.entity(actor, "agency" if actor == "nis" else "person", actor.upper() if actor == "nis" else actor)
    builder.event("ev-1", "2024-10", "One", ("alpha", "Des troupes à Koursk"))
    originals: dict[tuple[Any, ...], str] = {}
    for number, claim in enumerate(claims):
        claim_id = f"cl-{number:03d}"
        (topic, measure), file = claim["measure"], claim["file"]
        key = (file, claim["source"], topic, measure)
        restated = originals.get(key) if claim["restates"] else None
        if not drafts and not counted(claim):
            continue
        asserted_by = tuple(claim["asserted_by"])
        if not drafts and "todo-asserter" in asserted_by:
            asserted_by = tuple(f"anon-{claim_id}" if a == "todo-asserter" else a for a in asserted_by)
            builder.entity(f"anon-{claim_id}", "person", f"Anon {claim_id}")
        builder.claim(
            claim_id, claim["source"], claim["value"], claim["as_of"], asserted_by=asserted_by, kind=claim["kind"],
            measure=measure, status=claim.get("status", "reported"), restates=restated, topic=topic, file=file,
        )  # fmt: skip
        if restated is None and counted(claim):
            originals.setdefault(key, claim_id)
    return builder.write(root)
