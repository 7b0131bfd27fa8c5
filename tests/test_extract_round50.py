"""Round 50 (issue 16, figures and dates; helper shapes51): a LaTeX source. Its thin space « \\, » between a number's
digit groups (« 11\\,000 hommes ») was no separator, so no figure was read (sealed35 r18, figures 0/5); a tabular's
rows (« NIS & 19/12/2024 & environ 1\\,100 \\\\ », « \\hline » between them) were no table, so a number alone in its
cell had no noun; its en dash « -- » (« octobre 2024--mars 2025 ») was no range, so two months were read apart. And
a list of dates, « en octobre 2024, décembre 2024 et septembre 2025 » (sealed35 r17): its last two read as one period.
Made-up pages, never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import frnumbers, layout
from tests.test_extract import drafted_dates, extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, "2025-03-20")
    return claims or []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Le contingent comptait environ 11\\,000 soldats à la fin de l'année.", [(11000, None, None, "approximate")]),
        ("Séoul situe les pertes entre 4\\,000 et 5\\,000 tués et blessés.", [(None, 4000, 5000, "range")]),
        # near miss: the same count with a plain space, read both times
        ("Le contingent comptait environ 11 000 soldats à la fin de l'année.", [(11000, None, None, "approximate")]),
    ],
)
def test_a_latex_thin_space_separates_thousands(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, text)) == values


_TABULAR = (
    "Les estimations publiées divergent.\n\n"
    "\\begin{tabular}{lrr}\n\\hline\n"
    "Source & Date & Tués et blessés \\\\\n\\hline\n"
    "NIS (Séoul) & 19/12/2024 & environ 1\\,100 \\\\\n"
    "GUR (Kiev) & 08/01/2025 & 3\\,800 \\\\\n"
    "\\hline\n\\end{tabular}\n"
)


def test_a_latex_tabular_names_what_its_cells_count(tmp_path: Path) -> None:
    assert _values(_claims(tmp_path, _TABULAR)) == [(1100, None, None, "approximate"), (3800, None, None, "exact")]


def test_a_tabular_s_cells_take_their_headings() -> None:
    cells = layout.table_cells(_TABULAR)
    assert [(_TABULAR[a:b], heading) for a, b, heading in cells if heading != "Source"] == [
        ("19/12/2024", "Date"),
        ("environ 1\\,100", "Tués et blessés"),
        ("08/01/2025", "Date"),
        ("3\\,800", "Tués et blessés"),
    ]


def test_an_escaped_ampersand_splits_no_cell() -> None:
    """Near miss: « \\& » is an ampersand in LaTeX, no column: a heading row of two cells is no table."""
    assert layout.table_cells("Source \\& Date & Tués \\\\\nNIS & 19/12/2024 & 100 \\\\\n") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Le renseignement sud-coréen a publié ses communiqués octobre 2024--mars 2025.", ["2024-10/2025-03"]),
        # near miss: the same range with an en dash, read both times
        ("Le renseignement sud-coréen a publié ses communiqués octobre 2024 – mars 2025.", ["2024-10/2025-03"]),
    ],
)
def test_a_latex_en_dash_joins_a_range_of_months(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-03-20") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a footnote's list of dates: three times, the last two no period
        ("Évaluations publiées en octobre 2024, décembre 2024 et septembre 2025.", ["2024-10", "2024-12", "2025-09"]),
        # near misses: two months joined by « et » with no list before them, and « de … à », stay one period
        ("Les combats de Koursk ont duré en décembre 2024 et janvier 2025.", ["2024-12/2025-01"]),
        ("Les combats ont duré de décembre 2024 à septembre 2025.", ["2024-12/2025-09"]),
    ],
)
def test_the_end_of_a_list_of_dates_is_no_period(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-12-15") == dates


def test_the_new_patterns_read_a_hostile_line_in_one_pass() -> None:
    """200 KB runs of the new pieces (« \\, », « & », spaces, « \\\\ ») read in time linear in their length."""
    assert _growth(lambda n: layout.table_cells("a & b & c\n" + "1" + " " * n + "x & y"), 50_000) < 16
    assert _growth(lambda n: layout.table_cells("a & b & c\n" + "1 &" + "\\\\" * n + " x"), 50_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("1" + "\\,000" * n + " soldats"), 10_000) < 16
