"""How far two careful readers agree: a second truth of held-out pages, written blind, scored against the first.

Usage:
  python benchmarks/agreement.py benchmarks/agreement/sealed55 [-v]          # the two readers, each against the other
  python benchmarks/agreement.py benchmarks/agreement/sealed5* --extract     # and extract against either reader

A folder `benchmarks/agreement/sealedN` holds second truths (`NAME.yaml`, the held-out format) of pages of the set of
the same name (`benchmarks/heldout/sealedN/NAME.txt`), each written by a reader who never saw the first truth, its
set's README, ERRATA or scores (benchmarks/agreement/README.md says who, when and how). Extract's goal is measured
against one reader's truth; this says what the same measure gives a second careful reader, so that a gap to the goal
can be told apart from readers disagreeing.

The matching is the scorer's (benchmarks/heldout/README.md, « How the scorer matches »), with a reader in extract's
place. A reader's fact date proposes its first reading (`edtf`) for its own words: a fact date of the other truth is
found when a proposal whose words overlap it has one of its readings' intervals or one containing it tightly
(`date_matches`); « lenient » also takes the proposer's `also` readings. A reader's figure, required or optional,
proposes its value and kind for its words and is matched as extract's claims are (the same value or bounds, a kind
among the other's; an optional figure of the other counts neither way). Words must overlap, where extract's proposals
need only the same sentence: readers mark expressions, extract quotes sentences.

With `--extract`, extract's draft (the scorer's `build_draft`, this checkout's code) is scored against the first
reader (the scorer's figures), the second, and **either**: a date or figure of the first truth is found by a proposal
that matches the first reader's readings or those of the second reader's items its words overlap, and a proposal or
claim is right when it matches either truth's fact item in its sentence. Recall counts the first reader's items only:
the second adds readings, never items to find.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from score_extract import (
    AMENDMENTS,
    FACT,
    Tally,
    Truth,
    TruthDate,
    TruthError,
    TruthFigure,
    date_matches,
    draft_of,
    is_todo,
    load_amendments,
    load_truth,
    merge_tallies,
    proposals,
    quote_span,
    reads_date,
    same_value,
)

from koursk_cli.store.loader import default_store_root, read_store

if TYPE_CHECKING:
    from koursk_cli.extract.draftrecords import Draft, DraftRecord

HELDOUT = Path(__file__).resolve().parent / "heldout"


@dataclass
class Agreement:
    """One side's proposals (a reader's truth, or extract's draft) scored against a reader's truth."""

    date_recall: Tally = field(default_factory=Tally)
    date_precision: Tally = field(default_factory=Tally)
    figure_recall: Tally = field(default_factory=Tally)
    figure_precision: Tally = field(default_factory=Tally)
    hedge: Tally = field(default_factory=Tally)  # over the figures found: the same `hedged`
    topic: Tally = field(default_factory=Tally)  # … the same topic, where both name one
    measure: Tally = field(default_factory=Tally)  # … the same measure, where both name one
    notes: list[str] = field(default_factory=list)

    def merge(self, other: Agreement) -> None:
        merge_tallies(self, other)
        self.notes += other.notes


def pairs(folder: Path, heldout: Path = HELDOUT) -> list[tuple[Truth, Truth]]:
    """Each page's first truth (its held-out set's, as frozen and amended) and its second truth, in `folder` (as
    frozen and amended by its own AMEND.yaml: a call on a convention holds for both readers)."""
    firsts = heldout / folder.name
    amendments = load_amendments(firsts) if firsts.is_dir() else {}
    seconds = load_amendments(folder)
    found = []
    for second in sorted(p for p in folder.glob("*.yaml") if p.name != AMENDMENTS):
        first = firsts / second.name
        if not first.is_file():
            raise TruthError(f"{second}: no first truth at {first}")
        found.append(
            (
                load_truth(first, amendments.get(first.stem)),
                load_truth(second, seconds.get(second.stem), articles=firsts),
            )
        )
    if not found:
        raise TruthError(f"{folder}: no second truths (*.yaml)")
    return found


def _facts(truth: Truth) -> list[TruthDate]:
    return [d for d in truth.dates if d.role == FACT]


# --- a reader against a reader ----------------------------------------------------------------------------------


def reader_against(proposer: Truth, reference: Truth, *, lenient: bool = False) -> Agreement:
    """`proposer`'s reader proposing every fact date and figure it wrote, scored against `reference`."""
    score = Agreement()
    proposed, wanted = _facts(proposer), _facts(reference)
    for item in wanted:
        hit = any(_proposes(p, item, lenient=lenient) for p in proposed)
        score.date_recall.add(hit)
        if not hit:
            near = ", ".join(f"« {p.text} » {p.readings[0].text}" for p in proposed if p.span.overlaps(item.span))
            score.notes.append(
                f"{reference.name}: date « {item.text} » {item.readings[0].text} ({item.rule}) — other: "
                + (near or _roles(proposer, item))
            )
    for p in proposed:
        score.date_precision.add(any(_proposes(p, item, lenient=lenient) for item in wanted))
        if not any(p.span.overlaps(item.span) for item in wanted):
            score.notes.append(
                f"{reference.name}: date « {p.text} » {p.readings[0].text} only the other's — this: "
                + _roles(reference, p)
            )
    _reader_figures(proposer, reference, score)
    return score


def _roles(truth: Truth, item: TruthDate) -> str:
    roles = sorted({d.role for d in truth.dates if d.span.overlaps(item.span)})
    return "/".join(roles) if roles else "nothing"


def _proposes(proposal: TruthDate, item: TruthDate, *, lenient: bool) -> bool:
    offered = proposal.readings if lenient else proposal.readings[:1]
    return proposal.span.overlaps(item.span) and any(date_matches(o, r) for o in offered for r in item.readings)


def _reads_as(figure: TruthFigure, item: TruthFigure) -> bool:
    if not figure.span.overlaps(item.span) or figure.value_kind not in item.kinds:
        return False
    if figure.value_kind == "range":
        return (figure.value_min, figure.value_max) == (item.value_min, item.value_max)
    return figure.value == item.value


def _reader_figures(proposer: Truth, reference: Truth, score: Agreement) -> None:
    proposed = proposer.figures
    used: dict[int, TruthFigure] = {}
    for item in sorted(reference.figures, key=lambda f: f.optional):  # optional figures take what is left
        match = next((i for i, f in enumerate(proposed) if i not in used and _reads_as(f, item)), None)
        if match is not None:
            used[match] = item
        if item.optional:
            continue
        score.figure_recall.add(match is not None)
        if match is None:
            near = ", ".join(f"« {f.text} » {_value(f)}" for f in proposed if f.span.overlaps(item.span))
            score.notes.append(f"{reference.name}: figure « {item.text} » {_value(item)} — other: {near or 'nothing'}")
            continue
        found = proposed[match]
        score.hedge.add(found.hedged == item.hedged)
        if item.topic is not None and found.topic is not None:
            score.topic.add(found.topic == item.topic)
        if item.measure is not None and found.measure is not None:
            score.measure.add(found.measure == item.measure)
    for i, figure in enumerate(proposed):
        if i in used and used[i].optional:
            continue
        score.figure_precision.add(i in used)
        if i not in used and not any(figure.span.overlaps(f.span) for f in reference.figures):
            score.notes.append(f"{reference.name}: figure « {figure.text} » {_value(figure)} only the other's")


def _value(figure: TruthFigure) -> str:
    value = f"{figure.value_min:g}–{figure.value_max:g}" if figure.value_kind == "range" else f"{figure.value:g}"
    return f"{value} {figure.value_kind}"


# --- extract against one reader or either -----------------------------------------------------------------------


def extract_against(draft: Draft, first: Truth, second: Truth | None) -> Agreement:
    """Extract's draft of the page against `first`, its readings pooled with `second`'s where their words overlap and
    `second`'s other fact items also right to propose (None: against `first` alone)."""
    score = Agreement()
    found = proposals(draft, first.text)
    others = _facts(second) if second else []
    wanted = [
        (d, (*d.readings, *(r for o in others if o.span.overlaps(d.span) for r in o.readings))) for d in _facts(first)
    ]
    also_right = [(o, o.readings) for o in others if not any(o.span.overlaps(d.span) for d in _facts(first))]
    for item, readings in wanted:
        score.date_recall.add(any(reads_date(p, item.span, readings) for p in found))
    for p in found:
        score.date_precision.add(any(reads_date(p, item.span, readings) for item, readings in [*wanted, *also_right]))
    _claims(list(draft.claims), first, second.figures if second else [], score)
    return score


def _claims(claims: list[DraftRecord], first: Truth, others: list[TruthFigure], score: Agreement) -> None:
    quoted = [(c, quote_span(first.text, c)) for c in claims]

    def readings(item: TruthFigure) -> list[tuple[TruthFigure, str]]:
        return [(item, k) for k in item.kinds] + [(o, o.value_kind) for o in others if o.span.overlaps(item.span)]

    def reads(index: int, item: TruthFigure, options: Iterable[tuple[TruthFigure, str]]) -> bool:
        claim, quote = quoted[index]
        return item.span.within(quote) and any(
            same_value(claim, f.value, f.value_min, f.value_max, k) for f, k in options
        )

    used: dict[int, TruthFigure] = {}
    for item in sorted(first.figures, key=lambda f: f.optional):
        match = next((i for i in range(len(quoted)) if i not in used and reads(i, item, readings(item))), None)
        if match is not None:
            used[match] = item
        if not item.optional:
            score.figure_recall.add(match is not None)
    also_right = [o for o in others if not any(o.span.overlaps(f.span) for f in first.figures)]
    for i, (claim, _) in enumerate(quoted):
        if (i in used and used[i].optional) or (i not in used and is_todo(claim)):
            continue  # as the scorer: an optional figure counts neither way, a TODO apart
        score.figure_precision.add(i in used or any(reads(i, o, [(o, o.value_kind)]) for o in also_right))


# --- report ------------------------------------------------------------------------------------------------------


def _line(label: str, score: Agreement) -> str:
    return (
        f"{label:<34} {score.date_recall!s:<13} {score.date_precision!s:<13} {score.figure_recall!s:<13} "
        f"{score.figure_precision!s:<13} {score.hedge!s:<13} {score.measure!s}"
    )


def report(folders: list[Path], *, with_extract: bool, verbose: bool, heldout: Path = HELDOUT) -> Iterator[str]:
    store = read_store(default_store_root()) if with_extract else None
    rows: dict[str, Agreement] = {}
    notes: list[str] = []
    pages = 0
    for folder in folders:
        for first, second in pairs(folder, heldout):
            pages += 1
            sides = {
                "second against first": reader_against(second, first),
                "first against second": reader_against(first, second),
                "second against first, lenient": reader_against(second, first, lenient=True),
            }
            notes += sides["second against first"].notes
            if store is not None:
                draft = draft_of(first.text, first.published, store, first.name)
                sides["extract against first"] = extract_against(draft, first, None)
                sides["extract against second"] = extract_against(draft, second, None)
                sides["extract against either reader"] = extract_against(draft, first, second)
            for label, score in sides.items():
                rows.setdefault(label, Agreement()).merge(score)
    yield f"== {', '.join(f.name for f in folders)}: {pages} pages read by two readers"
    heads = ("date recall", "date prec.", "fig. recall", "fig. prec.", "hedged same")
    yield f"{'':<34} " + " ".join(f"{head:<13}" for head in heads) + " measure same"
    yield from (_line(label, score) for label, score in rows.items())
    if verbose:
        yield from (f"   {note}" for note in notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folders", nargs="+", type=Path, help="folders of second truths (benchmarks/agreement/sealedN)")
    parser.add_argument("--extract", action="store_true", help="also score extract against each reader and either")
    parser.add_argument("-v", "--verbose", action="store_true", help="list where the second reader differs")
    args = parser.parse_args(argv)
    try:
        for line in report(args.folders, with_extract=args.extract, verbose=args.verbose):
            print(line)
    except (TruthError, OSError) as error:
        print(f"agreement: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
