"""Round 54 (issue 16, figures and dates; helper round54): the shapes sealed36 and sealed37 exposed. A page pasted
from its HTML or XML source writes the space between digit groups as a character reference (« 2&#160;000 »: read 0,
« 1&#160;500 » read 500, four WRONG on sealed36 s19), and an XML item's stamps (« <sent>2025-10-31T08:14:52Z</sent> »,
a namespace's « /2006-10-01/ ») were proposed as facts' days; « en plus de 5 000 » (in addition to) was read as a
bound (sealed37 t08, a WRONG); a Markdown note's task list and its own callouts (s18, t18), a feast on its eve (s14,
t11: last year's) and a board game's pieces (t19) were read as facts. Made-up pages, never the held-out ones; each
positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import frnumbers, notes
from tests.test_extract import drafted_dates, extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str, published: str = "2025-10-31") -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, published)
    return claims or []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Séoul estime qu'environ 2&#160;000 soldats ont été tués.", [(2000, None, None, "approximate")]),
        ("Au moins 1&#xA0;500 soldats seraient rentrés au pays.", [(1500, None, None, "at_least")]),
        ("Pyongyang a envoyé 15&nbsp;000 soldats en Russie.", [(15000, None, None, "exact")]),
        ("Pyongyang a envoyé 11&#8239;000 soldats en Russie.", [(11000, None, None, "exact")]),
        ("Pyongyang a envoyé entre 10&#x202f;000 et 12&#x202F;000 soldats.", [(None, 10000, 12000, "range")]),
        # near miss: the same count with the character itself, read both times
        ("Séoul estime qu'environ 2\u00a0000 soldats ont été tués.", [(2000, None, None, "approximate")]),
    ],
)
def test_a_character_reference_separates_thousands(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, text)) == values


def test_a_reference_between_digit_groups_stays_in_the_quote(tmp_path: Path) -> None:
    """The page is not decoded: the quote is the page as saved, which `check` finds in it."""
    text = "Séoul estime qu'environ 2&#160;000 soldats ont été tués."
    (claim,) = _claims(tmp_path, text)
    assert (claim["value"], claim["quote"]) == (2000, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Pyongyang a envoyé quelque 1 000 démineurs, en plus de 5 000 ouvriers militaires.", "exact"),
        # near miss: « plus de » alone is a bound, both times
        ("Pyongyang a envoyé plus de 5 000 ouvriers militaires.", "at_least"),
        ("Pyongyang a envoyé, de plus, plus de 5 000 ouvriers militaires.", "at_least"),
    ],
)
def test_en_plus_de_is_no_bound(tmp_path: Path, text: str, values: str) -> None:
    assert [kind for value, _, _, kind in _values(_claims(tmp_path, text)) if value == 5000] == [values]


_XML = (
    '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">\n'
    "  <header><sent>2025-10-31T08:14:52Z</sent></header>\n"
    "  <versionCreated>2025-10-31T08:14:40Z</versionCreated>\n"
    "  <p>Les soldats sont rentrés en Corée du Nord le 2025-10-29, selon Séoul.</p>\n"
)


def test_an_xml_items_stamps_date_nothing(tmp_path: Path) -> None:
    """An element's whole value and a namespace's path piece are the file's; a date in the text's prose stays."""
    assert drafted_dates(tmp_path, _XML, "2025-10-31") == ["2025-10-29"]


def test_a_timestamp_in_prose_is_still_read(tmp_path: Path) -> None:
    """Near miss (round 29): a stamp with its time, in a sentence, dates its fact, both times."""
    text = "Le communiqué de Kiev, publié à 2024-12-15T19:14Z, annonce la capture de deux soldats."
    assert drafted_dates(tmp_path, text, "2024-12-16") == ["2024-12-15"]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a page of the 24th: tonight's Christmas, not last year's
        ("Les fidèles prient lors de la messe de la nuit de Noël pour les soldats.", "2025-12-24", ["2025-12-25"]),
        # near miss: « l'an dernier » before it keeps the year before
        ("L'an dernier, à Noël, personne ne savait rien des soldats.", "2025-12-24", ["2024", "2024-12-25"]),
        # near miss: a page of the 20th, no eve: the latest, as before
        ("Les fidèles ont prié à Noël pour les soldats.", "2025-12-20", ["2024-12-25"]),
    ],
)
def test_a_feast_on_its_eve_is_tonights(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


_NOTE = (
    "# Suivi\n\n"
    "> [!note] Mes notes (02/05)\n"
    "> Relire avec l'article du 12 janvier avant le papier de mardi.\n\n"
    "Kiev a annoncé le 11 janvier la capture de deux soldats nord-coréens.\n\n"
    "## À faire\n"
    "- [ ] Relire l'audition du NIS avant jeudi\n"
    "- [x] Archiver les captures (dossier 2025-03)\n"
)


def test_a_notes_task_list_and_own_callouts_date_nothing(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, _NOTE, "2025-03-21") == ["2025-01-11"]


def test_a_quote_callout_and_a_plain_list_still_date_their_facts(tmp_path: Path) -> None:
    """Near miss: a callout quoting the page and a list without boxes are the page's words, both times."""
    text = "> [!quote] KCNA\n> Les unités sont rentrées le 12 janvier.\n\n- Kiev a annoncé jeudi la capture.\n"
    assert drafted_dates(tmp_path, text, "2025-03-21") == ["2025-01-12", "2025-03-20"]


def test_a_to_dos_figure_stays(tmp_path: Path) -> None:
    """A to-do may cite a figure: only its dates go."""
    text = "- [x] vérifier si le total change (toujours environ 15 000 soldats selon Séoul)\n"
    assert _values(_claims(tmp_path, text, "2025-11-07")) == [(15000, None, None, "approximate")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Camp russe :\n- 3 pions d'artillerie russe\n- 6 marqueurs de drones FPV\n", []),
        # near miss: the guns themselves, both times
        ("Moscou a livré 3 pièces d'artillerie et 6 drones à Pyongyang.", [(3, None, None, "exact")]),
    ],
)
def test_a_board_games_pieces_are_no_counts(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, text))[: len(values)] == values
    if not values:
        assert _claims(tmp_path, text) == []


def test_the_new_patterns_read_a_hostile_line_in_one_pass() -> None:
    """200 KB runs of the new pieces (references, task boxes, callout lines) read in time linear in their length (a
    run of digit groups, « 1&#160;000&#160;000… », is as quadratic as « 1 000 000… » was before: not this round's)."""
    assert _growth(lambda n: frnumbers.find_figures("1" + "&nbsp" * n + " soldats"), 10_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("1" + "&#x" * n + " soldats"), 16_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("1&#160;" * n + " soldats"), 2_500) < 16
    assert _growth(lambda n: notes.own_notes(" " * n + "- [ ]" + " x" * n), 50_000) < 16
    assert _growth(lambda n: notes.own_notes("> [!note]" + "\n>" * n + " x"), 50_000) < 16
    assert _growth(lambda n: notes.own_notes("-" + " " * n + "[y]"), 50_000) < 16
