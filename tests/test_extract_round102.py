"""Round 102 (issue 16, times ago and ahead; helper round102). « les prochains jours » reach eleven days on. Made-up
sentences, none copied from a benchmark page; each positive case fails before the round, its near misses pass both
times or name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

# --- « les prochains jours »: eleven days ----------------------------------------------------------------------------


def test_the_coming_days_reach_eleven_days(tmp_path: Path) -> None:
    # a reader counting both ends of « about ten days » writes 4 to 15 November; a week (4 to 11) is still held
    text = "Les premiers bataillons pourraient monter au front dans les prochains jours, selon Kiev."
    assert drafted_dates(tmp_path, text, "2024-11-04") == ["2024-11-04/2024-11-15"]
    text = "Le comité rendra son avis dans les jours qui viennent."
    assert drafted_dates(tmp_path, text, "2025-03-06") == ["2025-03-06/2025-03-17"]


def test_a_count_of_coming_days_keeps_its_count(tmp_path: Path) -> None:
    # near miss: the count given (`read_coming`'s `n`) wins over the eleven days
    text = "Les premiers bataillons pourraient monter au front dans les trois prochains jours."
    assert drafted_dates(tmp_path, text, "2024-11-04") == ["2024-11-04/2024-11-07"]
