"""Round 41 (issue 16, helper figures47): figures read to a wrong value in silence, then counts whose noun is left out
(frnumbers, layout): a qualifier carried over a coordination whose first count leaves its noun out (« environ 300
avaient été tués et 2700 blessés », « à quelque 300 le nombre de … tués et à 2'700 celui des blessés »), a figure
someone changes (« passer `killed` de 600 à 2000 »: the old value a TODO, never a range), a printed DataFrame read as a
table (its prompt, its index, the qualifier in a column of its row), and a count its source follows (« environ 2 000,
selon … »). Made-up sentences, never the held-out pages'; each positive case fails before the change, its near misses
pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    _, _, claims = extract(tmp_path, text + "\n", "2026-01-10")
    return _values(claims)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the first count's noun is left out: its qualifier still carries to the bare count it is coordinated with
        (
            "Selon Kiev, quelque 400 avaient été tués et 3100 blessés.",
            [(400, None, None, "approximate"), (3100, None, None, "approximate")],
        ),
        # « et à N celui des X »: the demonstrative stands for « le nombre », X is the noun; the qualifier carries
        (
            "Séoul évaluait mardi à environ 500 le nombre de soldats nord-coréens tués et à 3 300 celui des blessés.",
            [(500, None, None, "approximate"), (3300, None, None, "approximate")],
        ),
        # near misses: nothing to carry, both exact as before
        (
            "Selon Kiev, 400 avaient été tués et 3100 blessés.",
            [(400, None, None, "exact"), (3100, None, None, "exact")],
        ),
        (
            "Séoul chiffre à 300 les tués et à 2 700 les blessés.",
            [(300, None, None, "exact"), (2700, None, None, "exact")],
        ),
    ],
)
def test_a_qualifier_carries_from_a_count_whose_noun_is_left_out(
    tmp_path: Path, text: str, values: list[tuple[object, ...]]
) -> None:
    assert _claims(tmp_path, text) == values


def test_the_demonstrative_names_the_second_count(tmp_path: Path) -> None:
    text = "Séoul évaluait mardi à 500 le nombre de soldats nord-coréens tués et à 3 300 celui des blessés."
    _, _, claims = extract(tmp_path, text + "\n", "2026-01-10")
    wounded = next(c for c in claims if c["value"] == 3300)
    assert wounded["unit"] == "wounded"  # it was « celui », a noun, and 3 300 read exact beside an approximate 500


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # someone changes a figure, its object between the verb and « de »: the old value is a TODO, the new exact
        (
            "- [ ] passer `tués` de 700 à 1900 dans le tableur",
            [(None, None, None, "exact"), (1900, None, None, "exact")],
        ),
        # near misses: a count that changed, both ends as before; « passent à N à M » stays a range
        ("Le bilan est passé de 700 à 1 900 morts.", [(700, None, None, "exact"), (1900, None, None, "exact")]),
        ("Les estimations passent à 11 000 à 12 000 soldats.", [(None, 11000, 12000, "range")]),
    ],
)
def test_a_figure_someone_changes_is_no_range(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _claims(tmp_path, text) == values


_DATAFRAME = """Carnet de travail.

[5]: df.head(3)

[5]:          date   source     mesure   valeur   qualif
     0  2024-11-02      NIS    envoyés     2500    exact
     1  2024-11-20      GUR    envoyés    12000  environ
     2  2024-12-30     Kiev       tués      500  plus de
"""


def test_a_printed_dataframe_is_a_table(tmp_path: Path) -> None:
    """The prompt before the heading row and the index opening each row no longer hide the table; each row's
    « qualif » qualifies its own number, not the first row's remark the joined rows share (500 was read exact)."""
    assert _claims(tmp_path, _DATAFRAME) == [
        (2500, None, None, "exact"),
        (12000, None, None, "approximate"),
        (500, None, None, "at_least"),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Des centaines de leurs camarades sont morts — environ 1 300, selon Séoul.",
            [
                (200, None, None, "at_least"),
                (1300, None, None, "approximate"),
            ],
        ),
        (
            "Ses soldats, 12.000 à 13.000 selon les premiers chiffres, ont été envoyés en Russie.",
            [(None, 12000, 13000, "range")],
        ),
        # near misses: a sum, a reference, a year stay none
        ("Les avoirs gelés s'élèvent à environ CHF 4,1 millions, selon le SECO.", []),
        ("Le document 45, selon Séoul, reste secret.", []),
        ("Ils seraient arrivés en 2024, selon Séoul.", []),
    ],
)
def test_a_count_its_source_follows(tmp_path: Path, text: str, values: list[tuple[object, ...]]) -> None:
    assert _claims(tmp_path, text) == values


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # the killed and the put out of action counted in soldiers: losses (topics.yaml keywords « peri », « hors de
        # combat »), as « tués » already did
        ("Quelque 600 soldats nord-coréens auraient péri.", "losses"),
        ("Kiev compte 4 000 hommes hors de combat.", "losses"),
        # the whole a part is taken from: the verb after it is the part's, not the whole's
        ("Environ 2000 des quelque 15 000 soldats déployés auraient été tués.", "troops"),
        # near miss: no part before it, the verb governs the count, as before
        ("Quelque 15 000 soldats déployés auraient été tués.", "losses"),
    ],
)
def test_the_killed_counted_in_soldiers_are_losses(tmp_path: Path, text: str, topic: str) -> None:
    _, _, claims = extract(tmp_path, text + "\n", "2026-01-10")
    assert claims[-1]["topic"] == topic


def test_a_headcount_labels_a_list_line(tmp_path: Path) -> None:
    """« Effectif » is a counted noun (lexicon.toml [units]: soldiers), so a list line it labels counts its numbers."""
    text = "### Modifié\n- Effectif total envoyé : 14 000 → 15 000 (NIS, 4 novembre)."
    assert _claims(tmp_path, text) == [(14000, None, None, "exact"), (15000, None, None, "exact")]
