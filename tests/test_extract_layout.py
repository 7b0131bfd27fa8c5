"""How a page's layout shapes what extract reads (issue 16, round 8): line breaks of every kind, figures in text tables,
key figures alone on their line. Made-up pages, never the held-out articles'."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.entitymatches import unknown_names
from koursk_cli.extract.layout import table_cells
from koursk_cli.extract.sentences import split_sentences
from koursk_cli.textnorm import one_kind_of_line_break
from tests.conftest import run
from tests.test_extract import extract


def test_every_line_break_ends_a_line(tmp_path: Path) -> None:
    """A page pasted from a browser may break its lines with U+2028 or U+0085: a heading is not the sentence under it,
    and a name on one line is not joined to the word that opens the next."""
    text = "Ce que dit Kyrylo Boudanov\u2028Moscou a confirmé jeudi l'envoi de 300 soldats.\x85Pyongyang dément\n"
    _, events, claims = extract(tmp_path, text, "2025-03-14")
    assert "Moscou a confirmé jeudi" in str(events) and "Boudanov\u2028" not in str(events)
    assert [c["quote"] for c in claims] == ["Moscou a confirmé jeudi l'envoi de 300 soldats."]
    article = tmp_path / "article.txt"
    result = run("extract", str(article), "--published", "2025-03-14")
    assert "#   Kyrylo Boudanov\n" in result.stdout


def test_line_breaks_keep_their_offsets() -> None:
    text = "Titre\r\nLigne un.\u2029Ligne deux.\x0cFin"
    same = one_kind_of_line_break(text)
    assert len(same) == len(text) and "\r" not in same and same.count("\n") == 3
    assert [s.text for s in split_sentences(same)] == ["Ligne un.", "Ligne deux."]
    assert [text[s.start : s.start + len(s.text)] for s in split_sentences(same)] == ["Ligne un.", "Ligne deux."]


def test_a_name_never_spans_a_line_break() -> None:
    assert unknown_names("Il cite Kyrylo Boudanov\u2028Andriy Kovalenko a parlé", []) == [
        "Kyrylo Boudanov",
        "Andriy Kovalenko",
    ]


def test_an_elided_pronoun_before_a_verb_is_no_name() -> None:
    """rev16 L10: « C'est » was listed among the names not in entities.yaml; « N'Djamena » is a name."""
    sentence = "« C'est une menace grave », a déclaré Kim, « S'il le faut », à N'Djamena et L'Ukraine."
    assert unknown_names(sentence, []) == ["Kim", "N'Djamena", "Ukraine"]


_TABLE = (
    "Les estimations des pertes divergent.\n\n"
    "Source{sep}Date{sep}Tués{sep}Blessés\n"
    "Renseignement sud-coréen{sep}18/12/2024{sep}100{sep}1 000\n"
    "Kiev{sep}27/12/2024{sep}3 000 tués et blessés\n"
    "Pentagone{sep}26/04/2025{sep}« au moins 1 000 »{sep}non précisé\n\n"
    "Ces chiffres ne mesurent pas la même chose.\n"
)


@pytest.mark.parametrize("sep", ["\t", " | ", "   "])
def test_a_number_alone_in_a_table_cell_counts_its_column_heading(tmp_path: Path, sep: str) -> None:
    _, _, claims = extract(tmp_path, _TABLE.format(sep=sep), "2025-04-30")
    read = sorted((c.get("value"), c["value_kind"], c["unit"]) for c in claims)
    assert read == [
        (100, "exact", "deaths"),
        (1000, "at_least", "deaths"),
        (1000, "exact", "wounded"),
        (3000, "exact", "casualties"),
    ]


def test_a_table_needs_a_heading_row_of_three_cells() -> None:
    """Two numbers on a line are no table without a heading row above them; a heading of long phrases is prose."""
    assert table_cells("Kiev | 100 | 1 000\nSéoul | 300 | 2 700\n") == []
    assert (
        table_cells("Le président ukrainien a parlé | hier soir à Kiev devant la presse | sans chiffre\nA | 1 | 2\n")
        == []
    )
    cells = table_cells("Source | Tués | Blessés\nNIS | 100 | 1 000\n\nLe NIS a parlé | 3 | 4\n")
    assert [h for _, _, h in cells] == ["Source", "Tués", "Blessés"]


def test_a_key_figure_counts_what_its_caption_names(tmp_path: Path) -> None:
    text = (
        "Le point en chiffres.\n\n11 000\nC'est, selon Séoul, le nombre de soldats nord-coréens envoyés en Russie.\n\n"
        "6 000\nLes démineurs et ouvriers militaires promis en juin par Pyongyang.\n\n"
        "12 millions\nLe nombre d'obus livrés par la Corée du Nord depuis 2023.\n\n"
        "3 000\n\nUn autre paragraphe sans légende.\n"
    )
    _, _, claims = extract(tmp_path, text, "2025-10-23")
    read = sorted((c["quote"], c.get("value")) for c in claims)
    # a figure alone too short a quote for `check` takes its caption, the sentence after it (rev37u U1)
    assert read == [
        ("11 000 C'est, selon Séoul, le nombre de soldats nord-coréens envoyés en Russie.", 11000),
        ("12 millions", 12_000_000),
        ("6 000 Les démineurs et ouvriers militaires promis en juin par Pyongyang.", 6000),
    ]
