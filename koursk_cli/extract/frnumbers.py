"""French figures → value, value kind and unit, by small explainable rules (pure).

Each rule returns a `Figure` with a `reading` that says, in the curator's words, how the French became a number:
« environ 600 km² » is approximate, « près de 600 km² » the range 540–600, « plus de 10.000 » at least, « des milliers » at least 2,000 (the store's
convention, docs/store-format.md). Numbers that are not figures (years, footnote markers, durations such as
« il y a trois jours », « l'article 5 ») are skipped so that the draft stays short.

The entry point, `find_figures`: each rule family (frplain.py, frranges.py, frvague.py, frmoney.py…) proposes its
figures, and this module chooses among them, left to right, never overlapping, then gives them their second looks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .frchecks import (
    denied_figure,
    hedged_figure,
    killed_and_wounded,
    open_spread,
    periods_of_counts,
    within_reach,
)
from .frcoordination import against_no_count, set_against_before, with_closing_qualifiers, with_coordinated_qualifiers
from .frelided import NO_GROUP_UNITS, a_part_of_them
from .frfigure import Figure
from .frlists import LABEL, Label, Lead, with_lead_in
from .frmoney import money_figures
from .frnotcounts import a_day_of_a_month
from .frplain import plain_figures
from .frranges import margin_figures, range_figures, uncounted_ranges, voire_figures
from .frvague import indefinite_figures, vague_figures
from .frwords import unit_of
from .layout import Cell
from .spans import Span, Taken, overlaps


def find_figures(
    text: str,
    skip: Sequence[Span] = (),
    asked: str | None = None,
    cells: Sequence[Cell] = (),
    carried: str | None = None,
    label: Label | None = None,
    lead: Lead | None = None,
) -> list[Figure]:
    """Every figure in `text`, left to right, never overlapping; `skip` holds spans already read as dates.

    A figure whose counted noun is left out (« dont 2 000 ») takes the noun of the figure before it, or, opening the
    answer to a question (`asked`: see `asked_noun`) or a key figure's caption, the noun it counts; alone in a table's
    cell (`cells`), the noun its column's heading names; after a list line's label (`label`: see `line_label`), the
    noun the label names. On a list's line, a bare count takes the qualifier of the list's lead-in (`lead`), and
    the line's label names what it counts even when the store counts no such thing (« systèmes d'artillerie : »)."""
    if lead is not None and label is None and (labelled := LABEL.match(text)) is not None:
        label = (labelled.end(), labelled["noun"])
    found = [
        *vague_figures(text, skip),
        *indefinite_figures(text),
        *voire_figures(text),
        *margin_figures(text),
        *money_figures(text),
        *range_figures(text, skip, asked, label),
        *plain_figures(text, skip, asked, cells, carried, label),
    ]
    uncounted = uncounted_ranges(text)
    found = [f for f in found if not overlaps(f.start, f.end, skip) and not overlaps(f.start, f.end, uncounted)]
    chosen: list[Figure] = []
    taken = Taken()
    for figure in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if taken.free(figure.start, figure.end):
            chosen.append(figure)
            taken.take(figure.start, figure.end)
    ordered = with_closing_qualifiers(
        with_coordinated_qualifiers(
            [
                killed_and_wounded(hedged_figure(open_spread(denied_figure(f, text), text), text), text)
                for f in sorted(chosen, key=lambda f: f.start)
            ],
            text,
        ),
        text,
    )
    ordered = periods_of_counts(ordered, text)
    ordered = [
        f for f in ordered if f.noun is not None or f.unit is not None or not against_no_count(text, f.start, ordered)
    ]
    ordered = [f for f in ordered if not a_day_of_a_month(f)]
    for index, figure in enumerate(ordered):
        if figure.noun is None and figure.unit is None and index > 0 and ordered[index - 1].noun:
            noun = ordered[index - 1].noun
            if unit_of(noun) in NO_GROUP_UNITS and a_part_of_them(figure, text):
                continue  # a part « d'entre eux » counts the members of a group, never a length, a sum or a time
            compared = set_against_before(text, figure.start, ordered[index - 1].end)
            ordered[index] = replace(
                figure, noun=noun, unit=unit_of(noun), reading=f"{figure.reading} (« {noun} »)", compared=compared
            )
    return with_lead_in(
        [within_reach(f) for f in ordered if f.noun is not None or f.unit is not None or f.elided], lead
    )
