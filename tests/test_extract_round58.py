"""Round 58 (issue 16, figures and dates; helper round58): the shapes sealed38 and sealed39 exposed. A gettext file's
source references (« #: src/coree-russie.md:3 ») were read as counts (seven on sealed38 u20), a markup attribute
(« width="800" ») as one; a count whose unit follows a space's character reference (« 1&nbsp;300&nbsp;km² »), a count
after an estimate's aside (« évalue les pertes, morts et blessés confondus, à plus de 6 000 »), « plus de 4.000 des
leurs » and the dated parts of a total (« en trois vagues : 11 000 à l'automne 2024, 3 000 en janvier-février ») were
missed; a length after « à » with no place after it (« porter à plus de 13 000 kilomètres », « à 2 000 kilomètres
d'ici ») was read as ground; the dates a file's fields hold (Org's « CLOSED: [2025-01-20 lun.] », a .po header's
« POT-Creation-Date: », BibTeX's « date = {2025-03} », HTML's « content="2025-08-06T09:30" ») were proposed as facts'
days, and « la première quinzaine de janvier », « les derniers jours de décembre » were not read; an Org table's
dashed rule ended the table before its rows (sealed38 u18), and a git log's commit messages were read against the
page's day, not their commit's (sealed39 v20). Made-up pages,
never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import fields, frdates, frnumbers, layout, writtenon
from tests.test_extract import drafted_dates, extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str, published: str = "2025-05-05") -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, published)
    return claims or []


_POT = (
    "#: src/explicateurs/coree-russie.md:7\n"
    'msgid "Combien de soldats Pyongyang a-t-il envoyés ?"\n'
    'msgstr ""\n\n'
    "#: src/templates/footer.html:14\n"
    'msgid "Temps de lecture"\n'
    'msgstr ""\n'
)


def test_a_files_line_reference_is_no_count(tmp_path: Path) -> None:
    assert _claims(tmp_path, _POT) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            '<img src="carte.jpg" width="800" height="533">\n<p>Kiev a capturé 2 soldats.</p>',
            [(2, None, None, "exact")],
        ),
        # near miss: a count right after a colon, both times
        ("Bilan de Kiev: 300 soldats tués.", [(300, None, None, "exact")]),
    ],
)
def test_a_markup_attributes_value_is_no_count(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "L'Ukraine a pris le contrôle de quelque 1&nbsp;300&nbsp;km² de la région.",
            [(1300, None, None, "approximate")],
        ),
        (
            "Kiev évalue les pertes nord-coréennes, morts et blessés confondus, à plus de 6&#8239;000.",
            [(6000, None, None, "at_least")],
        ),
        (
            "Les soldats nord-coréens auraient perdu plus de 4.000 des leurs, tués ou blessés, au cours de l'hiver.",
            [(4000, None, None, "at_least")],
        ),
        # near misses: the aside in parentheses and « d'entre eux », both times
        ("Kiev évalue les pertes (morts et blessés) à plus de 6 000.", [(6000, None, None, "at_least")]),
        ("Les soldats auraient perdu plus de 4 000 d'entre eux.", [(4000, None, None, "at_least")]),
    ],
)
def test_counts_read_through_references_asides_and_des_leurs(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _values(_claims(tmp_path, text)) == values


def test_the_dated_parts_of_a_total_count_its_noun(tmp_path: Path) -> None:
    text = (
        "Le rapport avance un total de 15 000 militaires envoyés depuis un an, en trois vagues : 11 000 à l'automne "
        "2024, 3 000 en janvier-février, puis un millier de démineurs au printemps."
    )
    assert [value for value, _, _, _ in _values(_claims(tmp_path, text))] == [15000, 11000, 3000, 1000]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Ses missiles peuvent théoriquement porter à plus de 13 000 kilomètres.", []),
        ("Des navires russes ont fait escale à La Havane, à 2 000 kilomètres d'ici.", []),
        ("Les drones les repéraient à plus de 2 km, selon Kiev.", []),
        # near misses: ground is an area, and a place after the distance, both times
        ("L'Ukraine a repris 600 km² près de Soudja.", [(600, None, None, "exact")]),
        ("Les soldats sont à 30 km de Soudja, et 300 sont blessés.", [(300, None, None, "exact")]),
    ],
)
def test_a_length_after_a_is_how_far(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, text)) == values


_ORG = (
    "#+TITLE: Suivi\n"
    "#+DATE: <2025-02-14 ven.>\n\n"
    "* DONE Chronologie\n"
    "   CLOSED: [2025-01-20 lun. 18:02]\n"
    "   - [2024-11-04 lun.] Kiev : 11 000 soldats dans la région, selon le renseignement.\n"
    "* TODO Relire\n"
    "   SCHEDULED: <2025-02-17 lun.>\n"
)
_PO = '"POT-Creation-Date: 2025-03-10 06:14+0100\\n"\n"PO-Revision-Date: 2025-03-10 08:02+0100\\n"\n'
_BIB = "@online{afp,\n  date = {2024-12-19},\n  eventdate = {2025-06-12/2025-06-13},\n  note = {Bilan du NIS.},\n}\n"
_HTML = (
    '<meta property="article:published_time" content="2025-08-06T09:30:00+02:00">\n'
    '<time datetime="2025-08-06T09:30">Par la rédaction</time>\n'
    "<p>Les soldats sont arrivés le 2025-08-01, selon Kiev.</p>\n"
)


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (_ORG, "2025-02-14", ["2024-11-04"]),
        (_PO, "2025-03-10", []),
        (_BIB, "2025-11-03", []),
        (_HTML, "2025-08-07", ["2025-08-01"]),
        # near miss: an ISO date told in the prose, both times
        ("Le 2025-01-20, Kiev a annoncé la capture de deux soldats.", "2025-02-14", ["2025-01-20"]),
    ],
)
def test_a_files_fields_date_nothing(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


def test_a_fields_date_is_no_figure(tmp_path: Path) -> None:
    """Its digits stay out of the figures (« 2025-02-14 ven. » is no « 14 ven »), as when the date was read."""
    assert _values(_claims(tmp_path, _ORG, "2025-02-14")) == [(11000, None, None, "exact")]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("Les unités auraient quitté le pays dans la première quinzaine de janvier.", ["2026-01-01/2026-01-15"]),
        ("Elles seraient rentrées dans la seconde quinzaine de décembre.", ["2025-12-16/2025-12-31"]),
        ("D'autres les auraient remplacées au cours des derniers jours de décembre.", ["2025-12-21~/2025-12-31"]),
        # near misses: a duration, and the last days before the page, both times
        ("Les soldats sont restés une quinzaine de jours.", []),
        ("Au cours des derniers jours, les soldats ont reculé.", ["2026-01-21~/2026-01-28"]),
    ],
)
def test_the_halves_and_last_days_of_a_month(text: str, edtf: list[str]) -> None:
    assert [m.edtf for m in frdates.find_dates(text, parse_edtf("2026-01-28"))] == edtf


def test_the_new_patterns_read_a_hostile_line_in_one_pass() -> None:
    """Long runs of the new pieces (a field's key and blanks, references before a noun, a fortnight's blanks) read in
    time linear in their length."""
    assert _growth(lambda n: fields.field_dates("a" * n + ":" + " " * n + "x"), 50_000) < 16
    assert _growth(lambda n: fields.field_dates("=" + " " * n + "{x"), 50_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("1" + " &nbsp;" * n + "+"), 5_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("évalue les pertes," + " x" * n + ", à 6 000"), 5_000) < 16
    published = parse_edtf("2026-01-28")
    assert _growth(lambda n: frdates.find_dates("la première" + " " * n + "quinzaine x", published), 5_000) < 16
    assert _growth(lambda n: layout.table_cells("| a | b | c |\n|" + "-+ " * n + "x"), 20_000) < 16
    assert _growth(lambda n: writtenon.commit_dates("Date: Wed Nov 5" + " " * n + "x", published), 20_000) < 16


_ORG_TABLE = (
    "* Tableau des estimations\n"
    "| Source | Date       | Déployés | Pertes |\n"
    "|--------+------------+----------+--------|\n"
    "| GUR    | 2024-12-27 | 11 000   | 3 000  |\n"
)


def test_a_text_tables_dashed_rule_does_not_end_it(tmp_path: Path) -> None:
    """An Org table's rule under its headings (« |----+----| ») is no row: the rows under it are its cells."""
    values = _values(_claims(tmp_path, _ORG_TABLE, "2025-02-14"))
    assert values == [(11000, None, None, "exact"), (3000, None, None, "exact")]


_GIT_LOG = (
    "commit 71a9d4e0c3b5f2a8e6d1c07b94f3a2e5d8c0b6f3\n"
    "Author: Yann Le Goff <yann@exemple.org>\n"
    "Date:   Wed Nov 5 14:30:22 2025 +0100\n\n"
    "    Rapport : 3 000 soldats envoyés en janvier-février, selon Séoul.\n"
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (_GIT_LOG, ["2025-01/2025-02"]),
        # near miss: a line of prose that starts with « Date: » and no commit's stamp, both times
        ("Date: à confirmer. 3 000 soldats envoyés en janvier-février, selon Séoul.\n", ["2026-01/2026-02"]),
    ],
)
def test_a_commits_message_counts_from_its_date(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2026-03-15") == dates
