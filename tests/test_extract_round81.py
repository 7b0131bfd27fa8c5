"""Round 81 (issue 16, date precision from a page's clutter; helper round81): the shapes sealed52 to sealed54 exposed.
A radio's call to tonight's programme (« Ce soir sur Radio Star : Star Club, de 21 h à minuit »), a table's stamp
column (a fact-checkers' CSV's « verifie_le »), a weather box named after its place (« Météo du Lot : orages
possibles ce week-end ») and an administrative act's own lines (« DÉLIBÉRATION N° 2025-03-14 », « Fait à Longwy, le
18 mars 2025. », its notice of appeal « dans un délai de deux mois »), a rail of local briefs (« Bayonne : les fêtes
… du 6 au 8 décembre »), a contest (« Jeu-concours : gagnez 2 places … ») and a charity meal at noon were read as
facts' days. Made-up pages, never the held-out ones; each positive case fails before the change (8df9d5a7), its near
misses pass both times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

FACT = "Séoul a confirmé le 3 mars la mort de 300 soldats nord-coréens."

# --- tonight's programme --------------------------------------------------------------------------------------------


def test_a_call_to_tonight_s_programme_dates_no_fact(tmp_path: Path) -> None:
    for line in (
        "Ce soir à 21 heures : « Le Grand Forum », avec deux sénateurs",
        "A l'antenne ce soir dès 18h : « L'Heure du monde »",
        "Ce soir sur Radio Azur : les tubes du moment de 20h à 23h.",
        "Ce soir dans le Club Azur, de 22h à minuit : vos messages au 04 00 00 00 00.",
        "Écoutez la chronique dans Azur Matin, ce soir à 19h.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"], line


def test_tonight_told_as_news_stays_a_fact(tmp_path: Path) -> None:
    # near misses: tonight's hour in a story told in the future, the past or the present
    assert drafted_dates(tmp_path, "Zelensky s'adressera à la nation ce soir à 20 h.", "2025-03-05") == ["2025-03-05"]
    assert drafted_dates(tmp_path, "Le Conseil de sécurité se réunit ce soir à 21 h.", "2025-03-05") == ["2025-03-05"]
    text = "La radio d'État diffusera ce soir à 20 h le discours de Kim Jong Un."
    assert drafted_dates(tmp_path, text, "2025-03-05") == ["2025-03-05"]


# --- a table's stamp column -----------------------------------------------------------------------------------------


TABLE = (
    "ref;date_declaration;source;declaration;verdict;controle_le;auteur\n"
    'R-01;12/02/2025;Kiev;"Des Nord-Coréens capturés; deux soldats";VRAI;14/02/2025 10:20;jdupont\n'
    'R-02;03/03/2025;Séoul;"300 morts";CONFORME;05/03/2025;jdupont\n'
)


def test_the_days_of_a_table_s_stamp_column_date_no_fact(tmp_path: Path) -> None:
    table = TABLE.replace("controle_le", "verifie_le")
    assert drafted_dates(tmp_path, table, "2025-03-10") == ["2025-02-12", "2025-03-03"]
    table = TABLE.replace("controle_le", "date_maj")
    assert drafted_dates(tmp_path, table, "2025-03-10") == ["2025-02-12", "2025-03-03"]


def test_a_table_s_other_columns_keep_their_days(tmp_path: Path) -> None:
    # near miss: no column head names a stamp, every day stays
    assert drafted_dates(tmp_path, TABLE, "2025-03-10") == ["2025-02-12", "2025-02-14", "2025-03-03", "2025-03-05"]


# --- a weather box named after its place ----------------------------------------------------------------------------


def test_a_weather_box_named_after_its_place_dates_no_fact(tmp_path: Path) -> None:
    for line in (
        "Météo du Cantal : orages possibles ce week-end.",
        "La météo de la Côte : 26°C samedi, vent faible",
        "Météo : neige attendue au-dessus de 1200 m ce week-end.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"], line


def test_a_weather_alert_with_its_measure_stays_news(tmp_path: Path) -> None:
    # near misses: a measure that is news, the weather as a story's word
    text = "Météo : jusqu'à 20 cm de neige attendus dans les Vosges d'ici dimanche"
    assert drafted_dates(tmp_path, text, "2025-03-05") == ["2025-03-05/2025-03-09"]
    text = "Les conditions météo restent difficiles : le 5 janvier, il faisait -20 degrés à Koursk."
    assert drafted_dates(tmp_path, text, "2025-03-05") == ["2025-01-05"]


# --- an administrative act's own lines ------------------------------------------------------------------------------


def test_an_act_s_number_signature_posting_and_appeal_date_no_fact(tmp_path: Path) -> None:
    for line in (
        "ARRÊTÉ N° 2025-02-27 — Soutien aux familles ukrainiennes accueillies",
        "Fait à Saint-Dié-des-Vosges, le 4 mars 2025.",
        "Affiché le 6 mars 2025 en mairie",
        "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif dans un délai de deux mois.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-10") == ["2025-03-03"], line


def test_an_act_s_sitting_and_a_law_s_day_stay(tmp_path: Path) -> None:
    # near misses: the law's number and day, a fact after « le fait »
    text = "La loi fédérale n° 5 du 9 novembre 2024 ratifie le traité."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2024-11-09"]
    text = "Le fait à retenir : le 18 février, Kiev a capturé deux soldats."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-02-18"]


# --- a rail of local briefs -----------------------------------------------------------------------------------------


def test_a_rail_of_local_briefs_dates_no_fact(tmp_path: Path) -> None:
    rail = "Dans l'actualité du Gers\nAuch : la foire aux oies du 14 au 16 novembre\nCondom : 40 postes à pourvoir"
    assert drafted_dates(tmp_path, f"{FACT}\n\n{rail}", "2025-03-05") == ["2025-03-03"]
    rail = "> Mirande : la piscine fermée jeudi\n> Nogaro : 2 000 visiteurs au circuit"
    assert drafted_dates(tmp_path, f"{FACT}\n\n{rail}", "2025-03-05") == ["2025-03-03"]


def test_a_brief_about_the_story_or_a_chronology_s_entry_keeps_its_day(tmp_path: Path) -> None:
    # near misses: a brief that names the story's places, a chronology's dated labels, one brief alone
    rail = "Dans l'actualité\nKoursk : deux soldats nord-coréens capturés le 2 mars\nAuch : 40 postes à pourvoir"
    assert drafted_dates(tmp_path, rail, "2025-03-05") == ["2025-03-02"]
    chronology = "Chronologie\nNovembre : premiers combats à Koursk le 4 novembre\nDécembre : Kiev annonce des pertes"
    assert "2024-11-04" in drafted_dates(tmp_path, chronology, "2025-03-05")
    assert drafted_dates(tmp_path, "Auch : la foire aux oies du 14 au 16 mars", "2025-03-05") == [
        "2025-03-14/2025-03-16"
    ]


# --- a contest, a charity meal or concert ---------------------------------------------------------------------------


def test_a_contest_dates_no_fact_but_a_charity_meal_does(tmp_path: Path) -> None:
    line = "Jeu-concours : gagnez 2 places pour le Salon nautique du 24 au 27 mars !"
    assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"]
    # a charity meal announced is a fact the page tells (the lead's session-68 call; round 81 to round 120 read it
    # as its service, no fact)
    for line, day in (
        ("L'association organise un repas solidaire le samedi 22 mars à midi, salle des fêtes.", "2025-03-22"),
        ("Agenda : repas solidaire pour les réfugiés, dimanche 23 mars, salle Pasteur, 12 €", "2025-03-23"),
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03", day], line


def test_noon_in_a_story_and_a_vernissage_told_stay(tmp_path: Path) -> None:
    # near misses: a strike at noon told in the past, a show's opening the story tells
    assert drafted_dates(tmp_path, "Kiev a frappé samedi à midi un dépôt à Koursk.", "2025-03-05") == ["2025-03-01"]
    text = "Le consul était présent au vernissage vendredi soir, a raconté l'artiste."
    assert drafted_dates(tmp_path, text, "2025-03-05") == ["2025-02-28"]
