"""Round 80 (issue 16, days without a year; helper round80): the shapes sealed40 to sealed51 exposed. A day of the
month with no month (« Le 13, le secrétaire d'État … », « faits prisonniers le 9 dans la région », « s'est achevé le 27
par un discours ») was read as no date at all: it is the day of the month told before it, else of the page's month; a
day placed by the time told before it (« le 19 juin précédent ») was read as the latest before the page. Made-up pages,
never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

# --- a day of the month with no month -------------------------------------------------------------------------------


def test_a_bare_day_takes_the_month_told_before_it_in_the_sentence(tmp_path: Path) -> None:
    text = "Le sommet, ouvert le 12 mars, s'est clos le 15 par une déclaration commune."
    assert drafted_dates(tmp_path, text, "2025-04-02") == ["2025-03-12", "2025-03-15"]
    text = "Moscou a parlé de « libération » à la fin mars, puis Séoul a confirmé le 29."
    assert "2025-03-29" in drafted_dates(tmp_path, text, "2025-06-10")


def test_a_bare_day_takes_the_day_or_month_the_sentence_before_told(tmp_path: Path) -> None:
    text = "Kiev avait signalé les premiers combats le 4 novembre. Le 12, Washington les a confirmés."
    assert drafted_dates(tmp_path, text, "2024-11-28") == ["2024-11-04", "2024-11-12"]
    text = "Septembre 2024. Le 21, Séoul annonce le départ de 1 500 soldats."
    assert "2024-09-21" in drafted_dates(tmp_path, text, "2025-09-30")


def test_a_bare_day_with_nothing_told_before_is_of_the_page_s_month(tmp_path: Path) -> None:
    # the latest such day in the past, the first one ahead in the future
    text = "Deux soldats ont été capturés le 7 dans la région de Koursk."
    assert drafted_dates(tmp_path, text, "2025-01-20") == ["2025-01-07"]
    text = "Deux soldats ont été capturés le 27 dans la région de Koursk."
    assert drafted_dates(tmp_path, text, "2025-01-20") == ["2024-12-27"]
    assert drafted_dates(tmp_path, "Un rapport du ministère paraîtra le 4.", "2025-01-20") == ["2025-02-04"]
    # … and a day in the simple future is not of a month told before that is over
    text = "Le traité, ratifié début novembre, reste la clé, dit un juriste qui publiera une note le 3."
    assert "2025-12-03" in drafted_dates(tmp_path, text, "2025-11-20")
    # « mi-janvier » told beside the dispatch's own day gives no month to a bare day of the next sentence
    text = "Le ministère a dit mardi que des renforts sont arrivés mi-janvier. Un député l'a redit le 3 à huis clos."
    assert "2025-02-03" in drafted_dates(tmp_path, text, "2025-02-05")


def test_a_number_after_le_that_is_no_day_stays_no_date(tmp_path: Path) -> None:
    # near misses: a number to call, an address, a département, a count, a day with its month
    assert drafted_dates(tmp_path, "En cas d'urgence, les familles composent le 15.", "2025-01-20") == []
    assert drafted_dates(tmp_path, "Le collectif s'est réuni au 8, puis le 12, rue Haute.", "2025-01-20") == []
    assert drafted_dates(tmp_path, "Les réfugiés logés dans le 13, à Marseille, témoignent.", "2025-01-20") == []
    assert drafted_dates(tmp_path, "Le 92e régiment a perdu le 3e bataillon.", "2025-01-20") == []
    assert drafted_dates(tmp_path, "Le 1\n\nUn hebdomadaire.", "2025-01-20") == []  # a title alone on its line
    assert drafted_dates(tmp_path, "Kiev a annoncé le 7 janvier la capture.", "2025-01-20") == ["2025-01-07"]


# --- a day placed by the time told before it ------------------------------------------------------------------------


def test_a_day_followed_by_precedent_is_before_the_time_told(tmp_path: Path) -> None:
    text = "Le 4 décembre 2024 entrait en vigueur le traité signé à Pyongyang le 19 juin précédent."
    assert drafted_dates(tmp_path, text, "2026-01-16") == ["2024-06-19", "2024-12-04"]
    text = "Les soldats sont arrivés en octobre 2024 et ont été engagés le 4 novembre suivant."
    assert "2024-11-04" in drafted_dates(tmp_path, text, "2026-01-16")


def test_a_day_without_precedent_keeps_the_page_s_reading(tmp_path: Path) -> None:
    # near miss: no « précédent », no year told before it: the latest 19 June not after the page
    assert drafted_dates(tmp_path, "Le traité signé le 19 juin a été ratifié.", "2026-01-16") == ["2025-06-19"]


# --- a retrospective paragraph ---------------------------------------------------------------------------------------


_STORY = (
    "Tout a commencé au printemps 2023. Le 12 juillet, un premier train quitte Rason. Fin septembre, les dépôts sont"
    " pleins ; l'hiver sera rude et les livraisons reprendront dès mars.\n\nAujourd'hui, le port est calme. Le 2 mai,"
    " un navire y a accosté."
)


def test_a_retrospective_paragraph_reads_its_days_forward_from_its_year(tmp_path: Path) -> None:
    found = drafted_dates(tmp_path, _STORY, "2025-05-20")
    assert {"2023-07-12", "2023-09-21~/2023-09-30", "2024-03"} <= set(found)
    # near miss: the next paragraph is the page's time again
    assert "2025-05-02" in found


def test_a_retrospective_paragraph_may_step_back_a_little(tmp_path: Path) -> None:
    text = (
        "Tout commence le 19 juin 2024. Le 23 octobre, le Pentagone confirme ; des milliers d'hommes ont franchi la"
        " frontière à l'automne. Dès février, les pertes montent."
    )
    found = drafted_dates(tmp_path, text, "2026-01-10")
    assert {"2024-10-23", "2024-09/2024-11", "2025-02"} <= set(found)


def test_a_paragraph_without_the_opener_keeps_the_page_s_year(tmp_path: Path) -> None:
    text = _STORY.replace("Tout a commencé au printemps 2023.", "Le port a été agrandi au printemps 2023.")
    assert "2024-07-12" in drafted_dates(tmp_path, text, "2025-05-20")


# --- a wire dateline without its year --------------------------------------------------------------------------------


def test_a_yearless_dateline_is_what_il_y_a_counts_from(tmp_path: Path) -> None:
    text = "Bruxelles, 12 mars (Belga) - L'Otan dit que Kiev a capturé un soldat il y a dix jours."
    assert "2025-03-02" in drafted_dates(tmp_path, text, "2025-03-13")
    # near miss: the page's own day when the dateline is its own
    text = "Bruxelles, 13 mars (Belga) - L'Otan dit que Kiev a capturé un soldat il y a dix jours."
    assert "2025-03-03" in drafted_dates(tmp_path, text, "2025-03-13")
