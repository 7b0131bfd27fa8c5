"""The review of rounds 87 to 89 (issue 16; the lead and helper review59): the misfires found in the merged rules,
mended. Round 88 made a day after « chaque » a habit and no date (« comme chaque 11 novembre »), which left its number
to the figures' reader: « 11 novembre » was drafted as a count of 11 (a blind page of sealed59 showed it). Made-up
sentences; each positive case fails on the merge reviewed (684dc00c), its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import extract


def test_a_habitual_day_is_no_count(tmp_path: Path) -> None:
    sentence = "Comme chaque 11 novembre, un ancien casque bleu dépose une gerbe au monument de la ville."
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-11-14")
    assert not claims


def test_a_count_before_a_month_s_name_in_a_date_still_counts() -> None:
    # near miss: the count is the soldiers', the day the date's (« 3 000 soldats le 11 novembre »)
    figures = find_figures("Pyongyang a envoyé 3 000 soldats le 11 novembre.")
    assert [(f.value, f.noun) for f in figures] == [(3000, "soldats")]
