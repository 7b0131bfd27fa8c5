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


def test_a_wide_terminal_gives_the_labels_room_on_their_row() -> None:
    rows = run("--no-color", "figures", "troops/sent-to-russia", tty=True, width=160).stdout.splitlines()
    assert any(row.startswith(f"{THREE}  ◌ ≥10,000") for row in rows)
    assert any(row.startswith(f"{TWO} ") for row in rows)
