"""Round 83 (issue 16, date precision from a page's clutter; helper round83): the shapes sealed40 to sealed54 still
exposed. A paper's labels for its other items (« Aussi cette semaine : … », « Article suivant : … », « À l'agenda :
… »), a local event the word lists did not know (a book signing, a study day, a meeting with the artist, a charity
sale or appeal, an entry fee in brackets), a local event's day told ahead in one clause while another clause after a
semicolon tells the past of an earlier one, a weekday the week leaves out or names as a habit (« tous les jours sauf
le lundi », « Courriers publiés le jeudi. »), a page's or a document's byline, citation, poll method and closing days
(« Rédigé par … », « Pour citer cet article : … », « Fermé le 25 décembre »), a comments' head among a line's actions
(« 12 commentaires · Réagir »), a rail's briefs after a section word (« LOCAL — Mahé : … »), a cinema's other shows,
« père Noël », a booking's or a letter's day, the year's last issue, a page's stamp « mis à jour en janvier 2025 »
and a class's homework were read as facts' days. Made-up pages, never the held-out ones; each positive case fails
before the change (5e22f853), its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

FACT = "Séoul a confirmé le 3 mars la mort de 300 soldats nord-coréens."

# --- a paper's labels for its other items ---------------------------------------------------------------------------


def test_a_label_for_the_paper_s_other_items_dates_no_fact(tmp_path: Path) -> None:
    for line in (
        "Aussi cette semaine : le Salon du livre de Vannes, jusqu'au 16 mars",
        "Également cette semaine : Fête de la bière, les 14 et 15 mars | Avis de décès | Annonces",
        "Article suivant : Quimper — La cathédrale illuminée en bleu et jaune la semaine dernière",
        "À l'agenda : Foire aux vins de Colmar, du 12 au 14 mars — les photos.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-10") == ["2025-03-03"], line


def test_this_week_s_news_stays_a_fact(tmp_path: Path) -> None:
    # near miss: « Cette semaine, » opening a sentence tells the week's news
    text = "Cette semaine, Séoul a confirmé la mort de 300 soldats nord-coréens."
    assert drafted_dates(tmp_path, text, "2025-03-12") == ["2025-03-10/2025-03-12"]


# --- local events the word lists did not know -----------------------------------------------------------------------


def test_a_book_signing_a_study_day_or_a_meeting_with_the_artist_is_dated(tmp_path: Path) -> None:
    # facts the page tells (the lead's session-68 call; round 83 to round 120 read them as its service, no fact)
    for line, day in (
        ("L'auteur dédicacera son ouvrage samedi 15 mars à la librairie du Port, de 10 h à 12 h.", "2025-03-15"),
        ("Le département d'histoire prévoit une journée d'étude le jeudi 20 mars.", "2025-03-20"),
        ("Rencontre avec l'artiste le 22 mars.", "2025-03-22"),
        ("Le club de handball propose jeudi 13 mars une soirée quiz au gymnase (entrée 4 €).", "2025-03-13"),
        ("Le Secours populaire recueille les dons pour les familles jusqu'au 31 mars.", "2025-03-31"),
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-10") == ["2025-03-03", day], line


def test_a_charity_sale_on_a_coming_weekday_is_never_read_in_the_past(tmp_path: Path) -> None:
    # « Ce samedi » read as the Saturday before a Thursday's page: the sale lies ahead, dropped (missed: draft.py
    # `ahead_only`)
    line = "Ce samedi, l'association organise une vente de gâteaux devant la mairie, de 9 h à 13 h."
    assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-13") == ["2025-03-03"]


def test_the_entry_to_a_war_or_a_museum_s_opening_stays_a_fact(tmp_path: Path) -> None:
    # near misses: « l'entrée en guerre » is no fee, a museum of the story opening its doors is news
    text = "L'entrée en guerre de Pyongyang remonte au 12 octobre 2024, selon Séoul."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2024-10-12"]
    text = "Le musée des « héros » doit ouvrir ses portes le 15 avril à Pyongyang, selon la KCNA."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-04-15"]


# --- a local event told ahead beside another told in the past ------------------------------------------------------


def test_a_local_event_s_clause_ahead_is_read_apart_from_a_past_clause(tmp_path: Path) -> None:
    line = (
        "Une collecte de médicaments est organisée ce samedi à la salle des fêtes ; la dernière, en janvier, "
        "avait rempli trois fourgons."
    )
    dates = drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-11")  # a Tuesday: « ce samedi » read as the 8th
    assert "2025-03-08" not in dates


def test_a_local_event_told_in_the_past_keeps_its_day(tmp_path: Path) -> None:
    # near miss: the same clause tells the collection done, its Saturday is a fact
    line = "Une collecte de médicaments organisée samedi à la salle des fêtes a rempli trois fourgons."
    assert "2025-03-08" in drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-11")


# --- a weekday as a habit -------------------------------------------------------------------------------------------


def test_a_weekday_the_week_leaves_out_or_names_as_a_habit_dates_no_fact(tmp_path: Path) -> None:
    for line in (
        "Le musée municipal est ouvert tous les jours sauf le lundi, de 10 h à 18 h.",
        "Vos lettres sont publiées le jeudi.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-10") == ["2025-03-03"], line


def test_a_weekday_with_its_number_or_told_in_the_past_stays_a_fact(tmp_path: Path) -> None:
    # near misses: a day's number after the weekday, a story's Monday told in the past
    text = "La délégation est arrivée à Pyongyang le lundi 3 mars."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-03"]
    text = "Les combats ont repris le lundi."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-10"]


# --- a page's or a document's byline, citation, method, closing days ------------------------------------------------


def test_a_byline_a_citation_a_poll_s_method_or_closing_days_date_no_fact(tmp_path: Path) -> None:
    for line in (
        "Rédigé par la rédaction le Jeudi 6 Mars 2025 à 09:10 | Modifié à 11:02",
        "Préparée par la Direction des études, le 6 mars 2025 (note no 2025-14)",
        "Pour citer cet article : Jean Dupuis, « Koursk et Pyongyang », La Revue stratégique, 6 mars 2025.",
        "Méthodologie : sondage réalisé en ligne du 4 au 5 mars 2025 auprès de 1 000 personnes.",
        "Fermé le 1er mai et le 8 mai, ainsi que du 10 au 20 août 2025.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-10") == ["2025-03-03"], line


def test_a_fact_told_by_a_preparer_or_a_closing_stays_a_fact(tmp_path: Path) -> None:
    # near misses: the same words inside a sentence of news
    text = "Le plan, préparé par l'état-major, a été présenté le 6 mars à Kiev."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-06"]
    text = "La Russie a fermé le 6 mars son ambassade à Séoul."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-06"]


# --- a comments' head among a line's actions ------------------------------------------------------------------------


def test_a_comment_under_a_head_among_actions_dates_no_fact(tmp_path: Path) -> None:
    for head in ("8 commentaires · Réagir", "Partager · Commentaires (8)"):
        text = f"{FACT}\n\n{head}\nPaulo_59 · il y a 2 heures\nÇa fait trois ans que ça dure, depuis 2022."
        assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-03"], head


def test_a_line_of_actions_without_a_comments_count_heads_nothing(tmp_path: Path) -> None:
    # near miss: « Partager · Réagir » counts no comment, the line under it is the story's
    text = f"Partager · Réagir\n{FACT}"
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-03"]


# --- a rail's section word, a cinema's other shows, Santa Claus, a booking's day, the year's last issue --------------


def test_briefs_under_a_section_word_and_other_shows_date_no_fact(tmp_path: Path) -> None:
    rail = (
        "RÉGION — Lorient : le Festival des marins fixé du 20 au 23 mars\nRÉGION — Vannes : le port fermé depuis lundi"
    )
    assert drafted_dates(tmp_path, f"{FACT}\n\n{rail}", "2025-03-12") == ["2025-03-03"]
    shows = "À l'affiche aussi cette quinzaine\nLe Printemps du cinéma, jusqu'au 25 mars au Lux"
    assert drafted_dates(tmp_path, f"{FACT}\n\n{shows}", "2025-03-12") == ["2025-03-03"]


def test_briefs_naming_the_story_stay_facts(tmp_path: Path) -> None:
    # near miss: a brief that names an entity of the store is the story's (round 81's rule)
    rail = "MONDE — Koursk : deux soldats nord-coréens capturés le 9 mars\nMONDE — Lorient : le port fermé depuis lundi"
    assert "2025-03-09" in drafted_dates(tmp_path, f"{FACT}\n\n{rail}", "2025-03-12")


def test_santa_claus_a_booking_s_day_and_the_year_s_last_issue_date_no_fact(tmp_path: Path) -> None:
    for line in (
        "En une : Poutine en père Noël, par notre dessinateur.",
        "Places limitées : mieux vaut réserver avant samedi.",
        "Courrier des lecteurs : écrivez-nous avant jeudi midi.",
        "La dernière édition de l'année paraîtra le 30 décembre.",
        "Séances à 14 h et à 20 h, sauf dimanche soir.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-12") == ["2025-03-03"], line


def test_christmas_told_as_a_day_stays_a_fact(tmp_path: Path) -> None:
    # near miss: « Noël » names the feast's day in a sentence of news
    text = "Les combats ont redoublé à Noël, selon l'état-major ukrainien."
    assert drafted_dates(tmp_path, text, "2025-03-12") == ["2024-12-25"]


# --- a stamp's month, a class's homework ----------------------------------------------------------------------------


def test_a_stamp_s_month_and_homework_date_no_fact(tmp_path: Path) -> None:
    for line in (
        "→ Les 5 meilleures crêperies de Rennes (mis à jour en février 2025)",
        "À faire pour lundi 17 mars · Donné le 10/03",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-12") == ["2025-03-03"], line


def test_a_toll_changed_in_a_month_stays_a_fact(tmp_path: Path) -> None:
    # near miss: « modifié en février » of a law is no page's stamp (only « mis à jour » takes a month)
    text = "Le décret, modifié en février, prévoit le gel des avoirs de 12 entités."
    assert drafted_dates(tmp_path, text, "2025-03-12") == ["2025-02"]
