"""Round 18 (issue 16): classes of value read wrong in silence, of missed figures and dates, and of false ones, that
sealed16 (and sealed10-15 before it) showed — a range whose counted noun is left out, a noun in quotation marks of its
own, a date that labels its line, two months each with its year joined by a dash, « il y a encore », a count range of
time, a number after « n° », a venue's seats, a wiki's counters and stamps, a comment's stamp. Made-up sentences,
never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract, read_date


def _values(claims: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(c.get("value"), c.get("value_min"), c.get("value_max"), c["value_kind"]) for c in claims]


# --- a range whose counted noun is left out ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # « d'entre eux » after a range: its high end was read alone, exact, a value read wrong in silence
        ("D'après Kiev, entre 2 000 et 2 500 d'entre eux sont blessés.", [(None, 2000, 2500, "range")]),
        ("Parmi les ouvriers, 800 à 900 d'entre eux sont rentrés.", [(None, 800, 900, "range")]),
        # « entre … et … » with no noun after it: the words make it one range (it was dropped)
        ("Ils seraient à présent entre 6 000 et 7 000 sur le terrain.", [(None, 6000, 7000, "range")]),
        ("Le bilan atteindrait « entre quatre et cinq mille », selon Kiev.", [(None, 4000, 5000, "range")]),
        # numbers side by side with no noun still count nothing
        ("Ils étaient six, sept dans la tente.", []),
    ],
)
def test_a_range_whose_noun_is_left_out_is_the_range(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« entre 1 000 et 1 500 d'entre eux » was read as exact 1 500, the high end alone (sealed16's one WRONG);
    « entre 4 000 et 5 000 sur place », « entre 2 000 et 3 000 selon lui » were missed (sealed9, sealed14, sealed16)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-19")
    assert _values(claims) == values


# --- a counted noun in quotation marks of its own ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Kiev recense près de 4 200 « pertes » nord-coréennes.", [(None, 3780, 4200, "range")]),
        ("Le régime a décoré 25 « héros » de Koursk.", [(25, None, None, "exact")]),
        ("Séoul attend quelque 6 000 « ouvriers militaires » en Russie.", [(6000, None, None, "approximate")]),
    ],
)
def test_a_noun_in_quotation_marks_is_counted(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« près de 3 800 « pertes » », « 18 « martyrs » », « quelque 5 000 « constructeurs militaires » » were missed:
    a quotation mark between the number and its noun hid the noun (sealed5, sealed9, sealed12, sealed16)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-19")
    assert _values(claims) == values


# --- a written-out count after a determiner ---------------------------------------------------------------------------


def test_a_qualified_or_large_count_after_a_determiner_is_a_count(tmp_path: Path) -> None:
    """« aux quelque quinze mille hommes déjà déployés » was missed: « les deux hommes » (people the story knows) took
    in every number in words after a determiner; a qualified one, or thousands, is a count (sealed16). « Les deux
    hommes » and « les deux pays » still count nothing."""
    text = (
        "Les renforts rejoindraient les quelque douze mille hommes déjà sur place.\n\n"
        "Ils s'ajouteraient aux vingt mille hommes du premier contingent.\n\n"
        "Les deux hommes se sont serré la main. Les deux pays ont signé.\n"
    )
    _, _, claims = extract(tmp_path, text, "2025-11-04")
    assert _values(claims) == [(12000, None, None, "approximate"), (20000, None, None, "exact")]


def test_a_number_opening_its_clause_before_etre_or_avoir_counts_the_noun_before(tmp_path: Path) -> None:
    """« Environ 2000 soldats ont péri au total; quelque 10 000 seraient toujours en Russie », « quelque 4 000
    auraient été mis hors de combat » were missed: the number is the verb's subject, its noun the one counted before
    (sealed6, sealed9, sealed16). In words it counts nothing of the story (« Sur les quatre vidéos, trois ont
    circulé »), nor does a number after an article (« Les 27 ont adopté »)."""
    text = (
        "Près de 1 500 soldats ont été tués ; quelque 8 000 seraient encore en Russie.\n\n"
        "Sur les cinq vidéos, trois ont déjà circulé. Les 27 ont adopté des sanctions.\n"
    )
    _, _, claims = extract(tmp_path, text, "2025-12-28")
    assert _values(claims) == [(None, 1350, 1500, "range"), (8000, None, None, "approximate")]
    assert claims[1]["quote"].startswith("Près de 1 500 soldats")


# --- numbers that count nothing ---------------------------------------------------------------------------------------


def test_a_reference_seats_and_a_wiki_s_counters_count_nothing(tmp_path: Path) -> None:
    """« la fiche méthode n° 3 » (the degree sign was cut from « n° », so it was read as 3 of something), a venue's
    seats (« 80 places », « (200 places) »), a wiki's history (« 3 versions intermédiaires par 2 utilisateurs »):
    false figures in sealed14 and sealed16."""
    text = (
        "Relisez la fiche méthode n° 4 avant le contrôle.\n\n"
        "La soirée de soutien affiche complet (150 places).\n\n"
        "(5 versions intermédiaires par 3 utilisateurs non affichées)\n"
    )
    _, _, claims = extract(tmp_path, text, "2026-01-26")
    assert claims == []


# --- a date that labels its line --------------------------------------------------------------------------------------


RETROSPECTIVE = """Retour sur une année de guerre.

Janvier : les premières pertes

Les soldats ont été engagés dans la région.

Été : les ouvriers

Des ouvriers sont arrivés en Russie.

Automne : le défilé

Février. Les unités se retirent du front.
"""


def test_a_date_labelling_its_line_has_no_tense(tmp_path: Path) -> None:
    """« Janvier : le baptême du feu » in a retrospective of 28 December was read as the January to come (round 17's
    month to come: no past tense told); a heading has no verb, so no tense: the latest January, as « Février. » was
    read before. « Été : », « Automne : » heading a section were missed (sealed16)."""
    _, events, _ = extract(tmp_path, RETROSPECTIVE, "2025-12-28")
    assert [read_date(e) for e in events] == ["2025-01", "2025-06/2025-08", "2025-09/2025-11", "2025-02"]


def test_two_months_labelling_a_line_are_one_range(tmp_path: Path) -> None:
    """« 06:30 Décembre-janvier : l'hiver le plus dur » (a video's chapters) was read as a day, « 30 décembre »; « -
    Décembre 2024 - janvier 2025 : », « (octobre 2024 – avril 2025) » as their two ends apart (sealed11, sealed13,
    sealed15, sealed16)."""
    text = (
        "06:30 Décembre-janvier : l'hiver le plus dur\n\n"
        "- Novembre 2024 - février 2025 : les combats les plus durs.\n\n"
        "Un engagement progressif (septembre 2024 – mai 2025) dans la région.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-05-20")
    assert [read_date(e) for e in events] == ["2024-12/2025-01", "2024-11/2025-02", "2024-09/2025-05"]


# --- « il y a encore », a count range of time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "edtfs"),
    [
        ("Il y a encore trois ans, nul n'imaginait cela.", ["2022-10"]),
        # « il y a encore deux ans de travaux »: what is still to come, no date
        ("Il y a encore deux ans de travaux sur le site.", []),
        # a count range of time, after « depuis » and « il y a »
        (
            "Les soldats ne combattent plus depuis deux à trois semaines.",
            ["2025-09-18/2025-09-25", "2025-09-18/2025-10-09"],
        ),
        ("Ils sont arrivés il y a quatre ou cinq jours.", ["2025-10-04/2025-10-05"]),
    ],
)
def test_still_ago_and_a_count_range_of_time(tmp_path: Path, sentence: str, edtfs: list[str]) -> None:
    """« Il y a encore un an », « Il y a encore deux ans » (sealed13, sealed15, sealed16) and « depuis trois à quatre
    semaines » (sealed16) were missed."""
    _, events, _ = extract(tmp_path, sentence + "\n", "2025-10-09")
    assert [read_date(e) for e in events] == edtfs


# --- the page's stamps, a local event ---------------------------------------------------------------------------------


def test_a_comment_s_stamp_and_a_wiki_s_versions_are_the_page_s(tmp_path: Path) -> None:
    """A comment's line closed by its stamp (« … il y a 3 heures »), a wiki diff's versions (« Version du 3 février
    2026 à 21:14 »): no event (sealed16: 7 of its 19 chrome dates). A sentence that tells when something happened « il
    y a 3 heures » still dates it, and a screening or an association's meeting announced with its day is a fact the
    page tells (the lead's session-68 call; round 18 to round 120 read it as the page's)."""
    text = (
        "Version du 3 février 2026 à 21:14 (modifier)\n\n"
        "Version actuelle datée du 4 février 2026 à 08:02 (modifier)\n\n"
        "L'association projettera le documentaire le samedi 14 février à 19 h, suivi d'un débat.\n\n"
        "L'association tiendra son assemblée générale le 21 février à la mairie.\n\n"
        "Marc L. — Et personne ne réagit... il y a 3 heures\n\n"
        "Les frappes ont repris il y a 3 heures.\n"
    )
    _, events, _ = extract(tmp_path, text, "2026-02-04")
    assert [read_date(e) for e in events] == ["2026-02-14", "2026-02-21", "2026-02-04"]
