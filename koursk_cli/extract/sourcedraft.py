"""The source's record: the outlet, author and headline the byline proposes, and what only a curator can write
(the English title, the publication's basis) left as TODOs.
"""

from __future__ import annotations

from ..model import Store
from ..placeholders import TODO
from .byline import headline, propose_author, propose_outlet
from .draftrecords import Article, DraftRecord


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
