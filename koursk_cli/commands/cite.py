"""`koursk cite ID`: how to cite an event or claim: the article and the verbatim quote that proves it."""

from typing import Annotated, Optional

import typer

from ..cite import Citation, CiteStyle, citation_record, citations, event_standing, format_citation
from ..completion import complete_record_id
from ..errors import UsageError
from ..fields import CITATION_FIELDS, fields_help
from ..humanize import plural
from ..lookup import resolve_record_id
from ..placeholders import DRAFT_PREVIEW
from ..render.machine import Format
from ..render.output import emit
from ..suggest import did_you_mean
from ..textnorm import shown, visible
from .base import app_state, guarded
from .flags import NO_OUTPUT, Output
from .options import choice_flag, output_flags, whole_number


@guarded
@output_flags(fields_help(CITATION_FIELDS))
def cite_command(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="An event or claim id.", autocompletion=complete_record_id),
    ],
    style: Annotated[
        CiteStyle,
        choice_flag(
            "--style",
            "markdown (a block quote) or footnote (a Markdown footnote), with store text escaped as "
            "`export markdown` escapes it; or text, as written.",
        ),
    ] = CiteStyle.MARKDOWN,
    quote: Annotated[
        Optional[int],
        typer.Option(
            "--quote",
            parser=whole_number(1),
            metavar="N",
            help="Only the Nth quote (as numbered in the full citation: footnote -N), not one per quote.",
        ),
    ] = None,
    source: Annotated[
        Optional[str],
        typer.Option(
            "--source", metavar="SOURCE", help="Only the quotes from this article (its id, as `koursk sources`)."
        ),
    ] = None,
    output: Output = NO_OUTPUT,
) -> None:
    """Cite an event or claim: for each article that supports it, the outlet, the title in the article's language,
    the publication date at the precision known (a window such as 28–31 Oct 2024 says so), the URL and author when
    recorded ("outlet unknown", "no URL recorded" otherwise: never guessed), and the verbatim quote. A claim's
    citation then says who asserts the figure ("unattributed" when the article states it in its own voice) and its
    status. An event's quote says who speaks in it when the store knows (the speaker recorded on the quote, and a
    figure the store records in those words, with its asserter and status) or that the store records no speaker, and the event's status is said once, after
    its quotes, since it holds for them together: a quote is never pasted with a speaker or a certainty it lacks.
    With --lang fr, its own words and dates are French (« consulté le », « chiffre avancé par »), the event's title
    and names too; the quote and the article's title stay as the article wrote them, and --json's records English.

    \b
    Examples:
      koursk cite rutte-confirms-deployment
      koursk cite nis-12000-sent --style footnote
      koursk cite zelensky-11000-in-kursk --json | jq -r '.[0].url'
      koursk cite rutte-confirms-deployment --fields source,published,quote --jsonl
      koursk cite zelensky-budapest-11000 --quote 2 --style footnote
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    store = state.store()
    found = citations(store, resolve_record_id(store, record_id))
    draft = DRAFT_PREVIEW if state.drafts else None
    picked = _picked(record_id, found, quote, source)  # (number, citation): numbers stay those of the full citation

    def view() -> None:
        texts = [format_citation(c, style, n, draft, state.lang) for n, c in picked]
        texts += filter(None, [event_standing(found, style, state.lang)])  # the event's status holds for all its quotes
        env.stdout.write("\n\n".join(visible(t) for t in texts) + "\n")

    if fmt is Format.AUTO:
        emit(env, fmt, view)
        return
    records = [citation_record(c, style, n, draft) for n, c in picked]
    fields = output.selected(CITATION_FIELDS)
    if draft and fields is not None and "draft" not in fields:
        fields = ("draft", *fields)  # a citation pasted from a draft store keeps its mark (fields.CITATION)
    emit(env, fmt, view, rows=lambda: records, fields=fields)


def _picked(record_id: str, found: list[Citation], quote: int | None, source: str | None) -> list[tuple[int, Citation]]:
    """The citations --quote and --source keep, each with its number among all of the record's (rev30 U9: six full
    references for one event, and no way to pick one)."""
    numbered = list(enumerate(found, 1))
    if source is not None:
        sources = list(dict.fromkeys(c.source.id for c in found))
        if source not in sources:
            raise UsageError(
                f"no quote of {shown(record_id)} is from '{shown(source)}'",
                did_you_mean(source, sources) or f"its articles: {', '.join(sources)}",
            )
        numbered = [(n, c) for n, c in numbered if c.source.id == source]
    if quote is not None:
        if quote > len(found):
            raise UsageError(
                f"--quote {quote}: {shown(record_id)} has {plural(len(found), 'quote')}",
                f"pick 1 to {len(found)}" if len(found) > 1 else "drop --quote",
            )
        numbered = [(n, c) for n, c in numbered if n == quote]
        if not numbered:
            raise UsageError(
                f"quote {quote} of {shown(record_id)} is not from '{shown(source or '')}'", "drop --source"
            )
    return numbered
