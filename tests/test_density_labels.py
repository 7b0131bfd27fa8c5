"""rev37u U18: the timeline's density strip was one column per period with only the first and last period named at
the two ends, so under a 4-column strip "Oct 2024 Jan 2025" put "Jan 2025" nine columns right of its bar. When the
labels fit, each period gets a column as wide as its label, named right under it."""

from __future__ import annotations

import pytest

from tests.conftest import run

CASES: dict[tuple[str, ...], list[str]] = {
    ("--since", "2024-10"): ["Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025"],
    ("--by", "year"): ["2022", "2023", "2024", "2025"],
}


@pytest.mark.parametrize("args", list(CASES), ids=" ".join)
@pytest.mark.parametrize("width", [40, 80])
def test_every_bar_is_named_right_under_it(args: tuple[str, ...], width: int) -> None:
    names = CASES[args]
    periods = run("timeline", *args, "--json").json()["periods"]
    assert len([p for p in periods if p["period"] != "wide"]) == len(names)  # the wide band has no bar
    lines = run("timeline", *args, tty=True, width=width).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line and set(line) <= set(" ▁▂▃▄▅▆▇█"))
    strip, labels = lines[at], lines[at + 1]
    assert labels == " ".join(names)
    for name in names:
        start = labels.index(name)
        column = strip[start : start + len(name)]
        assert len(set(column)) == 1 and column[0] != " ", (strip, labels)  # one bar, as wide as its name
        assert strip[start + len(name) : start + len(name) + 1] in ("", " ")  # and no wider
