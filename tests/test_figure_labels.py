"""`koursk figures` names every asserter whole (rev25 N15): labels were cut at ~36 columns whatever the width, so
the two intelligence rows both read "Western intelligence services + …" and who asserts ≥10,000 was lost."""

from __future__ import annotations

import pytest

from tests.conftest import run

THREE = "Western intelligence services + South Korean intelligence agencies + Ukrainian intelligence services"
TWO = "Western intelligence services + Ukrainian intelligence services"


@pytest.mark.parametrize("width", [80, 120, 160])
def test_every_asserter_is_named_whole_at_any_width(width: int) -> None:
    out = run("--no-color", "figures", "troops/sent-to-russia", tty=True, width=width).stdout
    flat = " ".join(out.split())
    assert THREE in flat and TWO in flat
    assert all(len(line) <= width for line in out.splitlines())


@pytest.mark.parametrize("width", [120, 160, 200])
def test_a_wide_terminal_gives_its_room_to_the_axis_and_names_the_asserter_below(width: int) -> None:
    """rev37u U11: at 200 columns the label column took ~100 (THREE whole on its row), half the screen; it is capped
    at every width now, and a cut label is said whole on the detail line under its bar, as at 80 columns."""
    rows = run("--no-color", "figures", "troops/sent-to-russia", tty=True, width=width).stdout.splitlines()
    bar_rows = [row for row in rows if "━" in row]
    labels = [row.split("  ")[0] for row in bar_rows if row[:1].strip()]
    assert labels and max(len(label) for label in labels) <= 32, labels
    assert any(label.startswith("Western intelligence") and label.endswith("…") for label in labels)
    flat = " ".join(" ".join(rows).split())
    assert THREE in flat and TWO in flat
