"""`koursk read ID`: an article, or the quotes of an event or claim, in their context (like `grep -n -C`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, Optional

import typer

from .. import lazy_rich as rich
from ..completion import complete_record_id
from ..errors import UsageError
from ..excerpts import Excerpt, excerpt_lines, excerpts, find, line_offsets
from ..lookup import resolve_any
from ..problems import Problem, StoreError
from ..render.layout import LaidOut, append_folded
from ..render.machine import Format
from ..render.output import emit
from ..store.workstore import resolve_store_root
from ..textnorm import one_kind_of_line_break, visible
from .base import app_state, guarded
from .flags import NO_OUTPUT, Output
from .options import output_flags, utf8_text, whole_number

if TYPE_CHECKING:
    from ..environment import Environment
    from ..model import Source


NUMBER_WIDTH = 5  # a line number, right-aligned in four cells, and a space


class Passage(NamedTuple):
    """What `read` prints of one article: its excerpts, or `whole` for the article itself."""

    source: str
    file: str  # seeds/NAME, as grep names it
    text: str
    found: list[Excerpt]
    whole: bool = False  # the article itself, not excerpts
    titled: bool = False  # a quote of an event or claim: a terminal names its article above it


def _article(state_option: str | None, source: Source) -> str:
    """The article's text, verified against its sha256 again: the file is read after the store was checked. Its
    line breaks (CRLF, a lone CR…) are line feeds, as extract reads them, so an article saved on Windows reads as
    lines, never with a `\\x0d` at the end of each."""

    path = resolve_store_root(state_option) / "seeds" / source.seed
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != source.sha256:
        changed = "the file changed since the store was checked: its sha256 no longer matches"
        raise StoreError([Problem(str(path), 1, 1, changed)])
    return one_kind_of_line_break(data.decode("utf-8"), same_offsets=False)


def _show(env: Environment, label: str, text: str, found: list[Excerpt]) -> None:
    """Each excerpt: on a terminal with the match highlighted, in a pipe as `label:N:` (match) / `label-N-` lines."""

    console = env.console() if env.stdout_isatty else None
    for index, lines in enumerate(excerpt_lines(text, found)):
        if index:
            env.stdout.write("--\n") if console is None else console.print()
        for number, line, hits in lines:
            if console is None:
                mark = ":" if hits else "-"
                env.stdout.write(f"{label}{mark}{number}{mark}{visible(line)}\n")
                continue

            shown = rich.Text()
            done = 0
            for low, high in hits:  # in order, never overlapping (excerpts.find)
                shown.append(visible(line[done:low]))
                shown.append(visible(line[low:high]), style="reverse" if env.color else "bold")
                done = high
            shown.append(visible(line[done:]), style="" if hits else "dim")
            # under the text, not at column 0, when the paragraph folds (rev27 U15)
            out = rich.Text(end="")
            out.append(f"{number:>4} ", style="dim")
            append_folded(out, shown, max(console.width - NUMBER_WIDTH, 1), "", " " * NUMBER_WIDTH)
            console.print(LaidOut(out), soft_wrap=True, end="")


def _rows(passages: list[Passage]) -> Iterator[dict[str, Any]]:
    """One record per line printed, as the pipe's lines are: `match` when it holds a hit, `spans` the hits' character
    offsets within `text`, `group` the excerpt it belongs to (the pipe's `--` separate groups)."""
    group = 0
    for passage in passages:
        for lines in excerpt_lines(passage.text, passage.found):
            for line in lines:
                yield {
                    "source": passage.source,
                    "file": passage.file,
                    "group": group,
                    "line": line.number,
                    "match": bool(line.hits),
                    "spans": [list(hit) for hit in line.hits],
                    "text": line.text,
                }
            group += 1


def _view(env: Environment, passages: list[Passage]) -> None:
    """An article as it is, or its excerpts with their line numbers (a terminal names each article above them)."""
    for number, passage in enumerate(passages):
        if passage.whole:
            text = visible(passage.text)
            if env.stdout_isatty:
                env.console().print(rich.Text(text))
            else:
                env.stdout.write(text + ("" if text.endswith("\n") else "\n"))
            continue
        if passage.titled:
            if env.stdout_isatty:
                console = env.console()
                if number:
                    console.print()
                console.print(rich.Text(f"{passage.source} · {passage.file}", style="bold"))
            elif number:
                env.stdout.write("--\n")
        _show(env, passage.file, passage.text, passage.found)


@guarded
@output_flags(
    json="Print a JSON array of the lines printed: source, file, group, line, match, spans, text.",
    jsonl="Print one JSON object per line printed.",
)
def read_command(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A source (id, outlet or seed number such as 002): its article; or an event or claim: its quotes in "
            "their articles.",
            autocompletion=complete_record_id,
        ),
    ],
    around: Annotated[
        Optional[str],
        typer.Option(
            "--around",
            metavar="WORDS",
            help="With a source: only where WORDS occur (any case or accents; 11000 = 11 000 = 11,000, whole figures only).",
            callback=utf8_text,
        ),
    ] = None,
    context: Annotated[
        int,
        typer.Option(
            "-C", "--context", parser=whole_number(0), metavar="N", help="N more lines (paragraphs) each side."
        ),
    ] = 0,
    output: Output = NO_OUTPUT,
) -> None:
    """Read an article, or find a quote in it: the paragraph that holds it, with -C N more each side, as `grep -n -C`
    does (in a pipe, `SEED:LINE:` marks the lines that hold a match, `SEED-LINE-` the context; each line once,
    contexts that overlap or touch as one group, `--` between groups).

    \b
    Examples:
      koursk read 002
      koursk read rutte-confirms-deployment
      koursk read cnn --around "11 000" -C 1
      koursk read cnn --around soldats --json | jq -r '.[] | select(.match) | .line'
    """

    if around is not None and not around.strip():
        raise UsageError("--around needs words to look for", 'e.g. `koursk read SOURCE --around "11 000"`')
    fmt = output.format  # before the store: --json with --jsonl is a usage error whatever the id
    state = app_state(ctx)
    env = state.env
    store = state.store()
    kind, found = resolve_any(store, record_id)
    if kind == "a source":
        source = store.sources[found]
        file, text = f"seeds/{source.seed}", _article(state.store_option, source)
        if around is None:
            passages = [Passage(source.id, file, text, [Excerpt(1, len(line_offsets(text)), ())], whole=True)]
        elif spans := list(find(text, around, fold=True)):
            passages = [Passage(source.id, file, text, excerpts(text, spans, context))]
        else:
            passages = []
            if fmt is Format.AUTO:
                env.note(f"'{around}' does not occur in {source.id} ({file}).")
                return
    elif around is not None:
        raise UsageError("--around is for a source", f"`koursk read SOURCE --around WORDS`; {record_id} is {kind}")
    elif kind in ("an event", "a claim"):
        evidence = (
            [(e.source, e.quote) for e in store.events[found].evidence]
            if kind == "an event"
            else [(store.claims[found].source, store.claims[found].quote)]
        )
        passages = []
        for source_id, quote in evidence:
            source = store.sources[source_id]
            text = _article(state.store_option, source)
            shown = excerpts(text, list(islice(find(text, quote), 1)), context)  # the first place only
            passages.append(Passage(source_id, f"seeds/{source.seed}", text, shown, titled=True))
    else:
        raise UsageError(f"'{record_id}' is {kind}: it has no article", f"`koursk show {found}`")
    emit(env, fmt, lambda: _view(env, passages), rows=lambda: _rows(passages))
