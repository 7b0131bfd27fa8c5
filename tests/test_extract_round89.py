"""Round 89 (issue 16, date precision on news pages; helper round89): a page's furniture read as a fact, the shapes
sealed40 to sealed57 exposed. A head's stamp with its clock after a comma (« Jeudi 24 avril 2025, 18:30 | 3 min de
lecture ») or a column gap before the page's counter was read as the day of a fact; a venue's day to come (« le mardi
16 septembre, salle Fleurisia », « jusqu'au 15 juin à la galerie … ») with no word of an announced event; the lines
under a paper's box of its other items (« Aussi dans ce numéro », « Gray en bref », « Petites annonces »); a forecast
with its snow line (« neige jusqu'à 800 mètres mercredi ») or its wind (« mistral fort lundi, rafales à 45 km/h »);
tonight's programme under the label « Au programme ». Made-up sentences, never the held-out ones; each positive case
fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates, extract, read_date

_STORY = "Des milliers de soldats nord-coréens combattent dans la région de Koursk, a affirmé lundi le renseignement."


def _dates(tmp_path: Path, text: str, published: str) -> list[str]:
    _, events, claims = extract(tmp_path, text + "\n", published)
    return sorted({read_date(r) for r in [*(events or []), *(claims or [])]})


# --- a head's stamp: its clock after a comma, a column gap before a counter ------------------------------------------


def test_a_stamp_with_its_clock_after_a_comma_dates_the_page(tmp_path: Path) -> None:
    page = f"L'Écho du Bocage\nFlers - Monde\nVendredi 14 mars 2025, 09:45 | 4 min de lecture\n\nTitre\n\n{_STORY}"
    assert _dates(tmp_path, page, "2025-03-14") == ["2025-03-10"]


def test_a_stamp_before_a_column_gap_dates_the_page(tmp_path: Path) -> None:
    page = (
        f"La Feuille du Val · Édition en français\nmercredi 16 juillet 2025                    Lu 987 fois\n\n{_STORY}"
    )
    assert _dates(tmp_path, page, "2025-07-16") == ["2025-07-14"]


# --- a venue's day to come -------------------------------------------------------------------------------------------


def test_a_venue_s_day_to_come_is_a_fact(tmp_path: Path) -> None:
    # the lead's session-68 call (round 89 to round 120 read a venue's days to come as no fact)
    line = "Elle évoquera son parcours le jeudi 9 octobre, salle Jean-Moulin, à Bouzonville."
    assert drafted_dates(tmp_path, f"{_STORY} {line}", "2025-09-20") == ["2025-09-15", "2025-10-09"]
    line = "Ses photographies restent visibles jusqu'au 20 juin à la galerie du Cloître."
    assert "2025-06-20" in drafted_dates(tmp_path, f"{_STORY} {line}", "2025-05-30")
    # … as a day before the publication, even told in the present (« Mardi soir, la salle … »)
    line = "Mardi soir, la salle Jean-Moulin accueille un débat sur la Corée du Nord."
    assert "2025-09-16" in drafted_dates(tmp_path, line, "2025-09-18")
    # … and a film's release « en salles »
    line = "Le documentaire sur les soldats nord-coréens sortira en salles le 12 mars."
    assert "2026-03-12" in drafted_dates(tmp_path, line, "2026-02-20")


# --- a paper's box of its other items ----------------------------------------------------------------------------------


def test_the_lines_under_a_box_of_other_items_are_no_facts(tmp_path: Path) -> None:
    box = (
        "Aussi dans ce numéro\nSaint-Dié : la foire aux livres a réuni 900 visiteurs samedi dernier.\n"
        "Épinal : nouveaux horaires de la piscine dès le 3 juin."
    )
    assert _dates(tmp_path, f"{_STORY}\n\n{box}", "2025-05-22") == ["2025-05-19"]
    box = "Remiremont en bref\n› La fête de la jonquille défilera le dimanche 6 avril."
    assert _dates(tmp_path, f"{_STORY}\n\n{box}", "2025-03-20") == ["2025-03-17"]
    # near miss: a sentence opening on « En bref, » is no heading, its day the story's
    line = "En bref, Kiev a annoncé samedi la capture de deux soldats nord-coréens."
    assert "2025-03-15" in _dates(tmp_path, line, "2025-03-20")
    # near miss: the box ends at a blank line, the story after it keeps its days
    text = f"Aussi dans ce numéro\nÉpinal : nouveaux horaires de la piscine dès le 3 juin.\n\n{_STORY}"
    assert "2025-05-19" in _dates(tmp_path, text, "2025-05-22")


# --- a forecast's snow line and its wind, tonight's programme -------------------------------------------------------------


def test_a_forecast_s_snow_line_and_wind_are_no_measure(tmp_path: Path) -> None:
    assert _dates(tmp_path, f"{_STORY}\n\nMétéo : neige jusqu'à 700 mètres jeudi.", "2025-12-09") == ["2025-12-08"]
    line = "Météo Toulon : mistral fort mardi, rafales à 80 km/h."
    assert _dates(tmp_path, f"{_STORY}\n\n{line}", "2025-01-08") == ["2025-01-06"]
    # near miss: snow measured in centimetres is a push alert's news (sealed18), its day stays
    line = "Alerte météo : la neige pourrait atteindre jusqu'à 15 cm jeudi sur les crêtes."
    assert "2025-12-11" in _dates(tmp_path, line, "2025-12-09")


def test_tonight_s_programme_under_its_label_is_no_fact(tmp_path: Path) -> None:
    line = "Au programme ce soir sur Radio Meuse : le journal à 19h30, « Le grand débat » à 20h15"
    assert _dates(tmp_path, f"{_STORY}\n\n{line}", "2025-04-15") == ["2025-04-14"]
    # near miss: tonight's news told in the past keeps its day
    line = "Au programme ce soir à 20 h, Zelensky s'est adressé à la nation sur les soldats nord-coréens."
    assert "2025-04-15" in _dates(tmp_path, line, "2025-04-15")
