"""Round 16 (issue 16): classes of value read wrong in silence that sealed14 showed — a count of time read as the count
beside it, a plus sign after a number, and text wrapped to a column (a printed page's, an OCR'd page's lines) whose
bounds, words and dates a line break cut. Made-up sentences and pages, never the held-out articles'; each test drives
`koursk extract` (tests/test_extract.py's helper) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.wrapping import reading, soft_breaks
from koursk_cli.quotespans import stands
from koursk_cli.textnorm import normalise_quote
from tests.test_extract import extract


def _values(claims: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(c.get("value"), c.get("value_min"), c.get("value_max"), c["value_kind"]) for c in claims]


def _quotes(docs: list[dict[str, object]]) -> list[str]:
    found = []
    for doc in docs:
        evidence = doc.get("evidence")
        found.append(str(evidence[0]["quote"] if isinstance(evidence, list) else doc["quote"]))
    return found


# --- a count of time beside a count ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Le canal affirme que 1 500 soldats ont été tués en 48 h.", [(1500, None, None, "exact")]),
        ("En 48 heures, 300 soldats ont été tués près de Koursk.", [(300, None, None, "exact")]),
        ("Les Russes ont perdu 300 hommes en deux jours.", [(300, None, None, "exact")]),
        # a term with no other count in its clause is still a figure (docs/curating.md: « dans 24 heures »)
        ("Trump a promis de mettre fin à la guerre en 24 heures.", [(24, None, None, "exact")]),
    ],
)
def test_a_count_of_time_beside_a_count_is_its_period(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« 1 500 Ukrainiens tués en 48 h » was read as 48 killed as well: a count of time in a clause that counts
    something else is that count's period, never a figure of its own."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2024-12-20")
    assert _values(claims) == values


# --- a plus sign after a number ---------------------------------------------------------------------------------------


def test_a_plus_sign_after_a_number_is_at_least(tmp_path: Path) -> None:
    """« 7 000+ » is « plus de 7 000 » (lexicon.toml [postposed] « + »), with its noun or with it left out; a plus
    sign between two numbers is a sum, never a bound."""
    text = (
        "Selon le GUR, 7 000+ soldats sont positionnés près de la frontière.\n\n"
        "Au total 11 000 soldats sont en Russie, dont 4 000+ déjà au front.\n\n"
        "Le total : 7 000 + 3 000 soldats.\n"
    )
    _, _, claims = extract(tmp_path, text, "2024-12-20")
    assert (7000, None, None, "at_least") in _values(claims)
    assert (4000, None, None, "at_least") in _values(claims)
    assert all(c["value_kind"] != "at_least" for c, q in zip(claims, _quotes(claims), strict=True) if "+ 3" in q)


# --- text wrapped to a column -----------------------------------------------------------------------------------------

COLUMN = """LE QUOTIDIEN DE L'EST
MARDI 21 JANVIER 2025 — 5
MONDE

Les prisonniers interrogés
par les enquêteurs

Les deux soldats nord-coréens cap-
turés la se-
maine dernière ont été présentés
à la presse. Selon le renseignement
sud-co-
réen, environ 300 militaires nord-
coréens ont été tués et quel-
que 2 700 blessés depuis décem-
bre. Séoul s'est dit prêt à les ac-
cueillir s'ils le souhaitent. Plus de
34 000 Nord-Coréens ont fait défec-
tion vers le Sud depuis 1953. Ils
étaient partis quarante-
huit heures plus tôt, selon l'un
d'eux, arrivé en Russie il y
a trois mois.
"""


def test_a_column_is_read_across_its_line_ends(tmp_path: Path) -> None:
    """A printed column's lines are cut wherever the width falls: the bound before a number and a word cut by a hyphen
    are read across the break (« quel-⏎que 2 700 », « Plus de⏎34 000 », « la se-⏎maine dernière », « décem-⏎bre »),
    a compound keeps its hyphen (« nord-⏎coréens », « quarante-⏎huit »), and every quote is the article's words as
    printed, so `check` finds it (white space is the only forgiveness)."""
    _, events, claims = extract(tmp_path, COLUMN, "2025-01-21")
    values = _values(claims)
    assert (2700, None, None, "approximate") in values
    assert (34000, None, None, "at_least") in values
    assert (300, None, None, "approximate") in values
    assert all(v != (2700, None, None, "exact") and v != (34000, None, None, "exact") for v in values)
    dates = {e["date"] for e in events}
    assert "2025-01-13/2025-01-19" in dates  # « la se-⏎maine dernière »
    assert "2024-12" in dates  # « depuis décem-⏎bre »
    assert "2024-10" in dates or "2024-10-21" in dates  # « il y⏎a trois mois »
    article = normalise_quote(COLUMN)
    for quote in _quotes([*events, *claims]):
        assert stands(article, normalise_quote(quote)), quote
    assert any("quel- que 2 700" in normalise_quote(q) for q in _quotes(claims))


def test_a_web_page_s_short_lines_are_not_joined(tmp_path: Path) -> None:
    """A heading, a key figure alone on its line and a caption are no column: lines of a block that end without a
    stop stay apart unless a word, a bound or the width says they go on."""
    text = (
        "Les chiffres clés\n"
        "11 000\n"
        "C'est le nombre de soldats nord-coréens envoyés en Russie, selon Séoul.\n\n"
        "Guerre en Ukraine\n"
        "Mise à jour le 20 décembre 2024\n"
        "Les soldats sont arrivés en octobre.\n"
    )
    _, events, claims = extract(tmp_path, text, "2024-12-20")
    assert [(c["value"], c["unit"]) for c in claims] == [(11000, "soldiers")]
    assert [e["date"] for e in events] == ["2024-10"]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("et quel-\nque 2 700", "et quelque   2 700"),
        ("la se-\nmaine dernière", "la semaine   dernière"),
        ("sud-co-\nréen, environ", "sud-coréen  , environ"),
        ("militaires nord-\ncoréens ont", "militaires nord-coréens  ont"),
        ("quarante-\nhuit heures", "quarante-huit  heures"),
        ("a-t-\nil dit", "a-t-il  dit"),
        ("Plus de\n34 000", "Plus de 34 000"),
        ("près de 3\n000", "près de 3\n000"),  # a number cut in two: no soft break, a TODO (frnumbers.py)
    ],
)
def test_reading_joins_what_the_column_cut_with_the_same_length(printed: str, read: str) -> None:
    text = f"Une ligne assez longue pour la colonne,\n{printed}\net une autre ligne de la même colonne."
    sentence = text[text.index(printed.split("\n")[0]) :]
    start = len(text) - len(sentence)
    got = reading(sentence, start, soft_breaks(text))
    assert len(got) == len(sentence)
    assert got.startswith(read)
