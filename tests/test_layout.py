"""The record layout folds lines exactly where Rich's own wrap would, at a fraction of its cost. The oracle is
Rich's public `Text.wrap` (break_offsets reproduces the word division behind it), so no private Rich name is used."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from koursk_cli.render.layout import append_folded, packed

# Words of Latin, accented, wide (CJK) and zero-width characters, with runs of spaces and the odd very long word.
pieces = st.text(alphabet="abcdéÉ漢字ー\u200b", min_size=1, max_size=30)
lines = st.lists(st.one_of(pieces, st.sampled_from([" ", "  ", "   "])), max_size=20).map("".join)
widths = st.integers(2, 40)  # at 1 cell Rich crops a wide character away; the layout keeps it (never lose text)


@given(st.lists(lines, min_size=1, max_size=4), widths, st.data())
def test_a_body_folds_into_the_same_lines_and_styles_as_richs_own_wrap(
    body_lines: list[str], width: int, data: st.DataObject
) -> None:
    body = Text()
    for number, line in enumerate(body_lines):
        if number:
            body.append("\n")
        body.append(line, style=data.draw(st.sampled_from(["", "bold", "red", "italic dim"])))
    console = Console(file=io.StringIO(), width=width, color_system="truecolor", force_terminal=True)
    ours = Text(end="")
    append_folded(ours, body, width, "", "")
    theirs = Text(end="")
    for wrapped in body.wrap(console, width, overflow="fold"):
        wrapped.rstrip()
        theirs.append_text(wrapped)
        theirs.append("\n")
    assert ours.plain == theirs.plain
    with console.capture() as ours_out:
        console.print(ours, soft_wrap=True, end="")
    with console.capture() as theirs_out:
        console.print(theirs, soft_wrap=True, end="")
    assert ours_out.get() == theirs_out.get()


def test_a_character_wider_than_the_column_is_kept_not_cropped() -> None:
    out = Text(end="")
    append_folded(out, Text("ー漢"), 1, "", "")
    assert out.plain == "ー\n漢\n"


def test_packed_breaks_a_legend_between_items_only() -> None:
    """rev32 R17: a legend item is never cut in two; one wider than the line stands alone, for Rich to fold."""
    items = ["~ approximate", "? uncertain", "·N articles reporting it"]
    assert packed(items, 80) == ["~ approximate · ? uncertain · ·N articles reporting it"]
    assert packed(items, 40) == ["~ approximate · ? uncertain", "·N articles reporting it"]
    assert packed(items, 10) == items
    assert packed([], 80) == []
