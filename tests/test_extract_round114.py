"""Round 114 (issue 16, spans; helper round114, session 66): « Retour sur douze mois qui ont vu … », the months a
retrospective looks back on, is the span up to the page (timespans.py `looked_back`; was no date). Made-up sentences,
none copied from a benchmark page; each positive case fails before the round, its near misses name the guard that
keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        (
            "Le pont sur le fleuve a été inauguré en grande pompe. Retour sur douze mois qui ont vu le chantier"
            " avancer malgré l'hiver.",
            "2025-05-20",
            "2024-05/2025-05",
        ),
        (
            "Le ministère a publié son bilan. Retour sur les six mois écoulés, qui ont bouleversé la région.",
            "2025-09-10",
            "2025-03/2025-09",
        ),
        (
            "Les négociations ont repris à Genève. Retour sur deux années qui ont vu les positions se durcir.",
            "2026-02-12",
            "2024-02/2026-02",
        ),
        (
            "Le festival ferme ses portes dimanche. Retour sur trois semaines qui ont attiré des milliers de visiteurs.",
            "2025-07-28",
            "2025-07-07/2025-07-28",
        ),
    ],
)
def test_a_retrospective_looks_back_on_the_span_up_to_the_page(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # guard `_OF_AN_ACTIVITY`: the length of a thing named after the count, which may have ended long before
        ("Retour sur sept mois de secret.", "2025-06-16"),
        ("Retour sur douze mois de combats dans la région.", "2025-08-06"),
        # guard: « une année » after « retour sur » is a year described, not counted
        ("Retour sur une année charnière pour la diplomatie du pays.", "2025-12-20"),
        ("Retour sur une année qui a vu le régime changer de cap.", "2025-11-04"),
        # no « retour sur »: a count alone names no span (as before the round)
        ("Le bilan porte sur douze mois qui ont vu le chantier avancer.", "2025-05-20"),
    ],
)
def test_a_count_a_retrospective_does_not_look_back_on_dates_nothing(tmp_path: Path, text: str, published: str) -> None:
    assert drafted_dates(tmp_path, text, published) == []


# --- mended (review69a): a span tied to another time, a publication not known to the day ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Retour sur les dix jours qui ont précédé la chute de Bachar al-Assad, en décembre 2024.",
        "Retour sur les trois mois qui ont suivi l'incursion ukrainienne dans la région de Koursk, le 6 août 2024.",
        "Retour sur les 100 jours qui ont suivi l'investiture de Donald Trump, le 20 janvier.",
        "Retour sur les trois jours, du 15 au 17 mai, où les délégations se sont retrouvées à Istanbul.",
        "Le 6 août 2024, l'armée ukrainienne franchissait la frontière. Retour sur les trois jours qui ont tout changé.",
        "Retour sur deux semaines que personne n'avait vues venir, entre fin février et mi-mars 2022.",
    ],
)
def test_a_retrospective_that_names_the_time_it_looks_back_on_is_not_counted_from_the_page(
    tmp_path: Path, text: str
) -> None:
    # 7f8ba730 (review69a): counted back from the publication (2025-05-31/2025-06-10, 2025-03/2025-06, …)
    dates = drafted_dates(tmp_path, text, "2025-06-10")
    assert not any(d.endswith(("/2025-06", "/2025-06-10")) for d in dates)


@pytest.mark.parametrize(("published", "edtf"), [("2025", None), ("2025-06", "2024-06/2025-06")])
def test_a_retrospective_counts_only_from_a_publication_known_to_the_day_or_month(
    tmp_path: Path, published: str, edtf: str | None
) -> None:
    # 7f8ba730: « --published 2025 » read « douze mois » as 2024/2025-12 (24 months)
    text = "Le ministère a publié son bilan. Retour sur douze mois qui ont vu le front bouger."
    dates = drafted_dates(tmp_path, text, published)
    assert dates == ([edtf] if edtf else [])
