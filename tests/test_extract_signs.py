"""Signs in and around numbers that read a figure wrong in silence on blind pages, fixed as their classes: a sign after
a number qualifies it only glued to it (« 7 000+ »), never after its noun (« 4 700 tués + blessés » joins two nouns:
sealed79 u19); an apostrophe a dump escaped or doubled (« jusqu\\'à », « jusqu''à » in SQL: sealed81 y19, review68c)
still makes its qualifier; a sign no press prints inside a number (« 1~000 », LaTeX's tie, heldout83) cuts it: a TODO,
never « 000 » read as 0, nor « entre 10 et 12~000 » a range 10–12 (review68c); a sign of comparison bounds its number
(« > 10 000 », LaTeX's « $\\approx$ »: heldout83); a JSON string's escaped space (« 2\\u00a0000 ») separates thousands.
Made-up sentences; each positive case fails before the fix, the near misses name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _readings(tmp_path: Path, sentence: str) -> list[tuple[object, object]]:
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-08")
    return [(c["value"], c["value_kind"]) for c in claims or []]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("Bilan du renseignement : 4 700 tués + blessés dans la région de Koursk.", (4700, "exact")),
        ("Selon Kiev, 3 100 morts + disparus parmi les soldats nord-coréens.", (3100, "exact")),
    ],
)
def test_a_plus_between_two_nouns_is_no_bound(tmp_path: Path, sentence: str, reading: tuple[object, object]) -> None:
    assert reading in _readings(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # glued to its number: « plus de » (lexicon.toml [postposed] « + »)
        ("Selon le GUR, 7 000+ soldats nord-coréens sont positionnés près de Koursk.", (7000, "at_least")),
        # a postposed word still follows the noun (the words' branch of frqualifiers._POSTPOSED)
        ("Pyongyang aurait envoyé 2 000 hommes environ dans la région de Koursk.", (2000, "approximate")),
        # a margin is no bound (the sign's branch of frqualifiers._POSTPOSED: never before « / » or « - »)
        ("Selon Kiev, les pertes atteignent 4 700 +/- 300 tués.", (4700, "exact")),
    ],
)
def test_a_glued_plus_and_a_postposed_word_still_qualify(
    tmp_path: Path, sentence: str, reading: tuple[object, object]
) -> None:
    assert reading in _readings(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        (
            "(12,'Rumeur : jusqu\\'à 30 000 soldats nord-coréens envoyés en Russie d\\'ici fin 2025.')",
            (30000, "at_most"),
        ),
        ("(13,'Séoul évoque plus d\\'1 000 soldats nord-coréens tués.')", (1000, "at_least")),
        # doubled, as SQL writes a quote inside its own literals (review68c)
        ("(14,'Rumeur : jusqu''à 30 000 soldats nord-coréens envoyés en Russie.')", (30000, "at_most")),
    ],
)
def test_an_escaped_apostrophe_still_makes_its_qualifier(
    tmp_path: Path, sentence: str, reading: tuple[object, object]
) -> None:
    assert reading in _readings(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon Séoul, 1~000 soldats nord-coréens ont été tués.",
        "Selon Kiev, 4~500 soldats nord-coréens ont été blessés.",
        "Le NIS estime les pertes à 3\\;000 morts.",
        # a range one of whose numbers the sign cuts: never 10 to 12, nor « 12 000 » exact (frranges `_cut_range`)
        "Séoul estime qu'entre 10 et 12~000 soldats nord-coréens sont en Russie.",
        "Séoul estime qu'entre 10~000 et 12 000 soldats nord-coréens sont en Russie.",
        "Selon Kiev, de 1~000 à 1~500 soldats nord-coréens ont été tués.",
        "Pyongyang a envoyé entre 10 et 12~000 000 soldats nord-coréens.",
        # a tilde between two numbers: a range or a cut number (frplain `_SIGN_JOINED`; review69c: 15 000 exact)
        "Selon Kiev, 10~15 000 soldats nord-coréens sont en Russie.",
        # its noun left out, named by the words around as for a whole range (frranges `_elided_range`; review69c)
        "Les soldats nord-coréens seraient entre 10 et 12~000 selon Kiev.",
    ],
)
def test_a_sign_inside_a_number_is_a_todo(tmp_path: Path, sentence: str) -> None:
    """A TODO: no value, and no range either (« entre 10 et 12~000 » was the range 10–12)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-08")
    assert claims and all(c["value"] is None and c.get("value_min") is None for c in claims)


def test_a_number_opening_with_zero_is_a_todo(tmp_path: Path) -> None:
    """« 000 hommes » opening a paragraph is the tail of a number a blank line cut, never 0."""
    page = "Selon le NIS, environ 11\n\n000 hommes seraient encore en Russie.\n"
    _, _, claims = extract(tmp_path, page, "2025-09-08")
    cut = [c for c in claims or [] if "000 hommes" in c["quote"]]
    assert cut and all(c["value"] is None for c in cut)


def test_a_press_number_reads_as_before(tmp_path: Path) -> None:
    """Near misses: spaces inside a number (`SEPARATOR`); a code opening with 0 after no digits (`_BLANK_CUT`)."""
    assert (1500, "exact") in _readings(tmp_path, "Selon Séoul, 1 500 soldats nord-coréens ont été tués.")
    assert _readings(tmp_path, "Le document n° 007 fait état de 1 200 soldats nord-coréens.") == [(1200, "exact")]
    assert (11000, "approximate") in _readings(tmp_path, "Selon le NIS, environ 11\n000 hommes seraient en Russie.")
    # LaTeX's thin space « \\, » is a separator, in a range too (frnumerals `SEPARATOR`, never `CUT_DIGITS`)
    _, _, claims = extract(tmp_path, "Selon Kiev, entre 10\\,000 et 12\\,000 soldats sont en Russie.\n", "2025-09-08")
    assert [(c["value_min"], c["value_max"]) for c in claims or []] == [(10000, 12000)]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("Selon le NIS, > 10 000 soldats nord-coréens sont en Russie.", (10000, "at_least")),
        ("Bilan de Kiev : ≥ 4 000 tués nord-coréens.", (4000, "at_least")),
        ("Moscou aurait libéré < 500 prisonniers nord-coréens.", (500, "at_most")),
        ("Bilan de Kiev : ≤ 300 prisonniers nord-coréens.", (300, "at_most")),
        ("Bilan du NIS : &gt; 10&#160;000 soldats nord-coréens.", (10000, "at_least")),
        ("Selon le NIS, >= 10 000 soldats nord-coréens sont en Russie.", (10000, "at_least")),
        ("Bilan du NIS : &ge; 4&#160;000 tués nord-coréens.", (4000, "at_least")),
        # LaTeX's signs (heldout83's beamer slide: « $\\approx$ 15\\,000 » read exact)
        ("\\item Envoyés : $\\approx$ 15\\,000 soldats nord-coréens", (15000, "approximate")),
        ("\\item Pertes : $\\geq$ 4\\,000 tués nord-coréens", (4000, "at_least")),
        ("\\item Prisonniers : $<$ 500 soldats nord-coréens", (500, "at_most")),
        # a « < » whose later « > » opens another bound is no angle quote (frqualifiers `angle_quoted`)
        ("Bilan de Kiev : < 3 000 tués, > 2 000 blessés nord-coréens.", (3000, "at_most")),
        ("Bilan de Kiev (< 3 000 tués nord-coréens) selon Kiev.", (3000, "at_most")),
        ("Bilan : < 3 000 soldats > ~2 000 selon Moscou.", (3000, "at_most")),
        # a « > » after a « < » that opens no tag still compares (frqualifiers `_OPEN_TAG`, review70c)
        ("Kiev affirme : <<les pertes > 2 000 soldats>> selon le GUR.", (2000, "at_least")),
        ("<!-- note : pertes nord-coréennes > 2 000 soldats selon Kiev", (2000, "at_least")),
        ("<description><![CDATA[Selon Kiev, les pertes nord-coréennes > 2 000 soldats.]]>", (2000, "at_least")),
        ('<meta name="description" content="Kiev : pertes > 2 000 soldats nord-coréens">', (2000, "at_least")),
        ("Selon Kiev, $a<b$ ; pertes nord-coréennes > 2 000 soldats.", (2000, "at_least")),
    ],
)
def test_a_sign_of_comparison_bounds_its_number(tmp_path: Path, sentence: str, reading: tuple[object, object]) -> None:
    assert reading in _readings(tmp_path, sentence)


@pytest.mark.parametrize(
    ("page", "reading"),
    [
        # a mail's quote mark opening a line, alone or after another (frqualifiers `_COMPARES`)
        ("Le NIS nous a écrit :\n> 3 000 soldats nord-coréens ont été tués.\n", (3000, "exact")),
        ("Réponse :\n>> 3 000 soldats nord-coréens ont été tués.\n", (3000, "exact")),
        ("Jean a écrit :\n> > 3 000 soldats nord-coréens ont été tués.\n", (3000, "exact")),
        ("<jean> > 3 000 soldats nord-coréens ont été tués.\n", (3000, "exact")),
        ("&gt; &gt; 3 000 soldats nord-coréens ont été tués.\n", (3000, "exact")),
        ('<td class="a" > 5 000 soldats nord-coréens</td>\n', (5000, "exact")),
        # the end of a markup tag (`_COMPARES`: sealed37 t20's bookmarks export)
        ('<DT><A HREF="https://example.org/a">Deux soldats nord-coréens capturés</A>\n', (2, "exact")),
        # the end of a tag with a blank before its « > » (frqualifiers `_ends_a_tag`, review69c)
        ("<p >5 000 soldats nord-coréens déployés</p>\n", (5000, "exact")),
        ("<td class=a >3 000 soldats nord-coréens</td>\n", (3000, "exact")),
        ('<td class="a" title="x y" >3 000 soldats nord-coréens</td>\n', (3000, "exact")),
        ("<img src=x / >3 000 soldats nord-coréens\n", (3000, "exact")),
        # a sign between two numbers compares them (`_NOT_AFTER_A_NUMBER`)
        ("Selon Séoul, 3 000 > 2 000 soldats nord-coréens.\n", (2000, "exact")),
    ],
)
def test_a_quote_mark_or_a_comparison_is_no_bound(tmp_path: Path, page: str, reading: tuple[object, object]) -> None:
    _, _, claims = extract(tmp_path, page, "2025-09-08")
    assert reading in [(c["value"], c["value_kind"]) for c in claims or []]


def test_angle_quotes_around_a_count_leave_a_todo(tmp_path: Path) -> None:
    """« < 3 000 soldats > » may quote the count or bound it (« fewer than »): the curator reads it (frqualifiers
    `angle_quoted`, review70c), never exact or at most in silence."""
    _, _, claims = extract(tmp_path, "Kiev compte < 3 000 soldats > à Koursk.\n", "2025-09-08")
    assert claims and [(c["value"], c.get("value_min")) for c in claims] == [(None, None)]


def test_a_character_reference_is_no_number(tmp_path: Path) -> None:
    """« &#62; » is « > », never the count 62 (frfigure `STARTS`)."""
    assert _readings(tmp_path, "Bilan du NIS : &#62; 10&#160;000 soldats nord-coréens.") == [(10000, "exact")]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ('"articleBody": "Selon Séoul, 2\\u00a0000 soldats nord-coréens ont été tués."', (2000, "exact")),
        ('"articleBody": "Selon Kiev, environ 11\\u202f000 soldats nord-coréens."', (11000, "approximate")),
        ('"text": "Selon Kiev, 10\\u2009000 soldats nord-coréens."', (10000, "exact")),
    ],
)
def test_a_json_escaped_space_separates_thousands(
    tmp_path: Path, sentence: str, reading: tuple[object, object]
) -> None:
    """A JSON-LD block pasted from a page's source escapes the spaces inside its numbers (frnumerals
    `SPACE_REFERENCE`): « 2\\u00a0000 » was read as 2."""
    assert reading in _readings(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("Ils étaient environ 1<0x00A0>800 soldats, selon les images analysées.", (1800, "approximate")),
        ("Au moins 28<0x202F>000 soldats nord-coréens ont été envoyés en Russie.", (28000, "at_least")),
        ("Selon Kiev, 10<0x2009>000 soldats nord-coréens.", (10000, "exact")),
    ],
)
def test_a_tagged_text_escaped_space_separates_thousands(
    tmp_path: Path, sentence: str, reading: tuple[object, object]
) -> None:
    """A print page exported as InDesign tagged text writes its spaces as « <0x00A0> » (frnumerals `SPACE_REFERENCE`):
    « 1<0x00A0>800 » was read as 1 and 800, wrong values in silence (sealed133 g20)."""
    assert reading in _readings(tmp_path, sentence)
