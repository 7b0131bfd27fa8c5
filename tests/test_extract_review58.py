"""The review of rounds 83 to 86 (issue 16; helper review58): the misfires it found in the merged rules on dates,
mended. A news line opening on « Préparée par », « Rédigé par », « Fermée le » or « Également cette semaine, » taken
for a page's furniture (round 83), homework's « à faire pour » found anywhere in a sentence (round 83), a one-day
closure or a historical present taken for a weekly habit (round 83), a month after « mis à jour en » in a sentence
taken for the page's stamp (round 83), « portes ouvertes » taken for an open day (round 83), a season aimed at with
« pour » rolled to the next year in a past sentence (round 85), a start « dès lundi » before a relative clause read as
the coming Monday when the main clause's past comes after the relative (round 84), and a reflexive passé simple
(« s'effondra ») read as a future (round 84). Made-up sentences; each positive case fails on the code reviewed
(cc5042bf), its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.readerservice import sets_a_readers_deadline
from tests.test_extract import drafted_dates

FACT = "Séoul a confirmé le 3 mars la mort de 300 soldats nord-coréens."

# --- a news line is no byline, no closing days, no diary label --------------------------------------------------------


def test_a_news_line_opening_on_a_byline_s_words_keeps_its_days(tmp_path: Path) -> None:
    for text, published, expected in (
        (
            "Préparée par l'état-major russe depuis des mois, l'offensive a été lancée le 12 mars contre Soudja.",
            "2025-03-20",
            "2025-03-12",
        ),
        ("Fermée le 6 août 2024 par Moscou, la frontière de Soudja a rouvert le 3 mars.", "2025-03-10", "2025-03-03"),
        (
            "Rédigé par des officiers nord-coréens, le rapport publié le 5 mars fait état de 300 morts.",
            "2025-03-10",
            "2025-03-05",
        ),
        (
            "Préparé par Pyongyang, le deuxième contingent est arrivé à Koursk le 14 janvier.",
            "2025-03-10",
            "2025-01-14",
        ),
    ):
        assert expected in drafted_dates(tmp_path, text, published), text


def test_a_byline_or_closing_days_in_their_own_shape_still_date_no_fact(tmp_path: Path) -> None:
    # near misses: the line ends on the name or the day
    for line in (
        "Rédigé par la rédaction le Mercredi 18 Décembre 2024 à 08:20",
        "Préparée par le Service de recherche, le 19 novembre 2024",
        "Fermé le 25 décembre et le 1er janvier",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"], line


def test_also_this_week_before_a_comma_is_news(tmp_path: Path) -> None:
    text = "Également cette semaine, le Pentagone a confirmé lundi la présence de 10 000 soldats nord-coréens."
    assert "2025-03-10" in drafted_dates(tmp_path, text, "2025-03-12")
    text = "Aussi cette semaine, Séoul a confirmé le 10 mars la mort de 300 soldats nord-coréens."
    assert "2025-03-10" in drafted_dates(tmp_path, text, "2025-03-12")
    # near miss: the label with its colon
    line = "Aussi cette semaine : le Festival du film de montagne, jusqu'au 15 mars"
    assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"]


# --- homework ---------------------------------------------------------------------------------------------------------


def test_a_task_ahead_in_the_news_is_no_homework(tmp_path: Path) -> None:
    for text, expected in (
        ("Il reste beaucoup à faire pour sécuriser la frontière d'ici l'été, a déclaré le gouverneur.", "2025-03-12/"),
        (
            "Tout reste à faire pour Kiev, qui doit reprendre Soudja avant le 30 avril, selon l'état-major.",
            "2025-03-12/",
        ),
        ("Moscou a beaucoup à préparer pour l'offensive prévue le 15 avril, selon Kiev.", "2025-04-15"),
    ):
        dates = drafted_dates(tmp_path, text, "2025-03-12")
        assert any(d.startswith(expected) for d in dates), (text, dates)
    assert not sets_a_readers_deadline("Il reste beaucoup à faire pour sécuriser la frontière.")


def test_homework_in_its_own_shape_is_still_a_reader_s_deadline() -> None:
    # near misses: opening its sentence, or a day right after it
    assert sets_a_readers_deadline("À faire pour jeudi 30 janvier · Donné le 27/01")
    assert sets_a_readers_deadline("Devoirs pour lundi : lire le chapitre 3.")
    assert sets_a_readers_deadline("Exercices 4 et 5 à faire pour le 3 février.")


# --- a closure, a historical present ----------------------------------------------------------------------------------


def test_a_one_day_closure_or_a_historical_present_keeps_its_day(tmp_path: Path) -> None:
    for text, published, expected in (
        (
            "L'aéroport de Koursk est fermé samedi en raison des frappes de drones ukrainiens.",
            "2025-03-09",
            "2025-03-08",
        ),
        ("Koursk : l'autoroute M2 fermée dimanche après une attaque de drones", "2025-03-11", "2025-03-09"),
        ("Koursk : le poste-frontière de Soudja fermé mardi par Moscou", "2025-03-13", "2025-03-11"),
        ("Le poste-frontière de Soudja est fermé lundi, annonce le gouverneur.", "2025-03-11", "2025-03-10"),
        ("Selon Séoul, les premiers soldats nord-coréens arrivent à Koursk le mercredi.", "2025-03-13", "2025-03-12"),
    ):
        assert expected in drafted_dates(tmp_path, text, published), text


def test_a_weekly_habit_still_dates_no_fact(tmp_path: Path) -> None:
    # near misses: « fermé le mardi », a plural participle before a weekday ending its sentence
    for line in ("Le musée est ouvert tous les jours, fermé le mardi.", "Courriers des lecteurs publiés le jeudi."):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"], line


# --- a record's stamp -------------------------------------------------------------------------------------------------


def test_a_month_updated_in_a_sentence_is_a_fact(tmp_path: Path) -> None:
    text = "Le plan de défense, mis à jour en janvier 2025, prévoit l'envoi de 3 000 soldats."
    assert drafted_dates(tmp_path, text, "2025-03-12") == ["2025-01"]


def test_a_month_stamp_in_its_brackets_or_ending_its_line_still_dates_no_fact(tmp_path: Path) -> None:
    for line in (
        "Voir notre chronologie (mise à jour en janvier 2025).",
        "Chronologie des combats — mise à jour en janvier 2025",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"], line


# --- an open door -----------------------------------------------------------------------------------------------------


def test_doors_left_open_and_an_open_day_are_dated(tmp_path: Path) -> None:
    text = "Moscou laisse les portes ouvertes à des pourparlers le 20 mars à Istanbul, selon le Kremlin."
    assert drafted_dates(tmp_path, text, "2025-03-12") == ["2025-03-20"]
    # … and so is an open day (the lead's session-68 call; review58 to round 120 read it as no fact)
    line = "La caserne organise une journée portes ouvertes le samedi 22 mars."
    assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-12") == ["2025-03-03", "2025-03-22"]


# --- a season aimed at, told in the past ------------------------------------------------------------------------------


def test_a_season_aimed_at_in_a_past_sentence_is_the_one_gone_by(tmp_path: Path) -> None:
    text = "Les renforts promis pour l'été ne sont jamais arrivés à Koursk."
    assert drafted_dates(tmp_path, text, "2025-10-15") == ["2025-06/2025-08"]
    text = "Pyongyang avait annoncé pour l'été l'envoi de 6 000 ingénieurs."
    assert drafted_dates(tmp_path, text, "2025-10-15") == ["2025-06/2025-08"]
    text = "L'offensive, prévue pour le printemps, a finalement été lancée en mai."
    assert drafted_dates(tmp_path, text, "2025-07-01") == ["2025-03/2025-05", "2025-05"]
    # near misses: reported in the imperfect, or told in the future after « ensuite »: the one ahead
    text = "Séoul affirmait qu'une nouvelle rotation était en préparation pour le printemps."
    assert drafted_dates(tmp_path, text, "2026-01-16") == ["2026-03/2026-05"]
    text = "Elle rentrera ensuite à Séoul pour l'été, avant un doctorat."
    assert drafted_dates(tmp_path, text, "2026-02-04") == ["2026-06/2026-08"]


# --- a start before a relative clause ---------------------------------------------------------------------------------


def test_a_start_before_a_relative_then_a_past_main_verb_is_the_day_before(tmp_path: Path) -> None:
    text = "Dès lundi, les soldats nord-coréens qui étaient massés à la frontière ont attaqué Soudja."
    dates = drafted_dates(tmp_path, text, "2024-11-14")
    assert "2024-11-11" in dates
    assert "2024-11-18" not in dates
    text = "À partir de mardi, les unités qui tenaient Soudja ont reculé de dix kilomètres."
    dates = drafted_dates(tmp_path, text, "2024-11-14")
    assert "2024-11-12" in dates
    assert "2024-11-19" not in dates


# --- a reflexive passé simple -----------------------------------------------------------------------------------------


def test_a_reflexive_passe_simple_is_no_future(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, "Mardi, la défense russe s'effondra à Soudja en quelques heures.", "2024-08-08") == [
        "2024-08-06"
    ]
    assert drafted_dates(tmp_path, "Lundi, l'offensive ukrainienne s'accéléra autour de Soudja.", "2024-08-08") == [
        "2024-08-05"
    ]
    # near miss: a future after an elided pronoun
    text = "Mardi, la défense russe s'effondrera à Soudja, selon Kiev."
    assert drafted_dates(tmp_path, text, "2024-08-08") == ["2024-08-13"]
