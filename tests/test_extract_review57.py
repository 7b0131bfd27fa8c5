"""The review of rounds 81 and 82 (issue 16; helper review57): the misfires it found in the merged rules, mended. News
told tonight taken for tonight's programme (round 81), a judgment's day dropped with its sentence's notice of appeal
(round 81), a time ahead of another clause counted from the day before (round 77's rule, widened by round 82), a
headline naming a letter or a channel taken for an outlet's tagline (review56), « publique » read as a publication
told (round 82), a box of reactions or a chronology taken for a rail of local briefs (round 81), a treaty's « Fait
à » opening a story taken for an act's signature (round 81), a deadline at midnight taken for an event's hour (round
81), a table's row taken for its head (round 81) and a bare day before « , puis le 14 mars » read in the page's
month. Made-up sentences; each positive case fails on the code reviewed (5e22f853), its near misses pass both
times."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import storydates
from koursk_cli.extract.frdates import find_dates
from koursk_cli.extract.pagehead import taglines
from koursk_cli.extract.storydates import counts_a_time_from
from tests.test_extract import drafted_dates
from tests.workcount import CountedPattern

FACT = "Séoul a confirmé le 3 mars la mort de 300 soldats nord-coréens."

# --- tonight's news is no programme ---------------------------------------------------------------------------------


def test_news_told_tonight_keeps_its_day(tmp_path: Path) -> None:
    for line, edtf in (
        # « cette nuit »: a night's news
        ("Cette nuit vers 3 h, des explosions secouent Koursk : « une attaque massive », selon le gouverneur.", None),
        ("Cette nuit, à 2 h 30, les troupes nord-coréennes attaquent : selon Kiev, 200 soldats sont engagés.", None),
        # a colon after the story's hour, a quote in the story
        ("Ce soir, à 20 h 30, les troupes nord-coréennes attaquent : selon Kiev, 200 soldats sont engagés.", "03-10"),
        ("Ce soir à 19 h, le Kremlin dément « toute présence » nord-coréenne à Koursk.", "03-10"),
        ("Ce soir à 19 h, le Kremlin a « démenti » toute présence nord-coréenne.", "03-10"),
        # a listener's cue further on, in the future or the present
        ("Zelensky s'adressera à la nation ce soir à 20 h sur les ondes de la radio publique.", "03-10"),
        ("Le président ukrainien s'exprime ce soir à 20 h en direct sur la télévision nationale.", "03-10"),
        # a duration is no hour
        ("Ce soir, l'état-major fait état de « trois assauts » nord-coréens repoussés en 24 heures.", "03-10"),
    ):
        expected = ["2025-03-09/2025-03-10"] if edtf is None else [f"2025-{edtf}"]
        assert drafted_dates(tmp_path, line, "2025-03-10") == expected, line


def test_a_call_to_tonight_s_programme_still_dates_no_fact(tmp_path: Path) -> None:
    # near misses: the programme's title after the hour and a colon, a cue in the opening label, a line that opens on
    # a cue (« Sera », a programme's name, is no future)
    for line in (
        "Ce soir à 20 heures : « Le Grand Débat », avec deux généraux",
        "Ce soir sur Radio Vallée : la chronique de 19h à 20h.",
        "Écoutez l'entretien dans Vallée Sera, ce soir à 19h.",
    ):
        assert drafted_dates(tmp_path, f"{FACT}\n\n{line}", "2025-03-05") == ["2025-03-03"], line


# --- a notice of appeal -----------------------------------------------------------------------------------------------


def test_a_judgment_told_before_a_notice_of_appeal_keeps_its_day(tmp_path: Path) -> None:
    for text in (
        "Le tribunal de Koursk a condamné le 5 mars deux soldats ukrainiens à quinze ans de prison ; la décision peut "
        "faire l'objet d'un recours.",
        "Le 5 mars, le tribunal militaire a rejeté le recours ; les avocats dénoncent l'absence de voies de recours.",
    ):
        assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-05"], text


def test_an_act_s_own_notice_of_appeal_still_dates_no_fact(tmp_path: Path) -> None:
    # near miss: the notice's own clause, its days the time limit's
    text = f"{FACT}\n\nLa présente décision peut faire l'objet d'un recours dans un délai de deux mois à compter du 5 mars."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-03"]


# --- a time ahead in another clause -----------------------------------------------------------------------------------


def test_a_time_ahead_in_another_clause_counts_from_the_page_s_day(tmp_path: Path) -> None:
    text = "Lundi, les frappes ont détruit un dépôt ; Kiev promet une riposte d'ici la fin du mois."
    assert drafted_dates(tmp_path, text, "2025-06-12") == ["2025-06-09", "2025-06-12/2025-06-30"]
    text = "Lundi, des drones ont frappé Koursk et Moscou menace de riposter dans les prochains jours."
    # eleven days since round 102
    assert drafted_dates(tmp_path, text, "2025-06-12") == ["2025-06-09", "2025-06-12/2025-06-23"]
    text = "Depuis lundi, les soldats nord-coréens attendent ; Moscou promet leur retrait d'ici la fin du mois."
    assert "2025-06-12/2025-06-30" in drafted_dates(tmp_path, text, "2025-06-12")
    # (round 55's « Depuis lundi, … ont jusqu'au 10 février » and round 77's « Mercredi, … a jugé possible un retour
    # … d'ici à la fin du mois » run from that day still: their own tests)


# --- an outlet's tagline ----------------------------------------------------------------------------------------------


def test_a_headline_naming_a_letter_or_a_channel_is_no_tagline() -> None:
    assert taglines("Kim Jong-un écrit une lettre à Poutine pour la première fois depuis 2019\nLe texte.") == []
    text = "Des soldats nord-coréens filmés par une télévision russe pour la première fois depuis 2024\nLe texte."
    assert taglines(text) == []
    # near misses: an outlet's noun in the tagline's first words, after the outlet's name and dash
    assert taglines("Le site d'information du Morvan et de ses vallées depuis 2011\nLe texte.") == [(0, 61)]
    text = "La Voix — L'hebdo francophone de la vallée et de ses environs depuis 1971\nLe texte."
    assert taglines(text) == [(0, 73)]


# --- an act told ------------------------------------------------------------------------------------------------------


def test_a_public_television_tells_no_publication(tmp_path: Path) -> None:
    text = (
        "Le président s'est exprimé à la télévision publique le 8 mars. Selon l'armée, les soldats ont été transférés "
        "la veille de la publication du rapport."
    )
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-08"]
    # near miss: the report published that day, whose eve is the 7th
    text = text.replace("s'est exprimé à la télévision publique", "a publié le rapport")
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-07", "2025-03-08"]


# --- a box of reactions, a chronology ---------------------------------------------------------------------------------


def test_a_box_of_reactions_or_a_chronology_keeps_its_days(tmp_path: Path) -> None:
    box = (
        "Les réactions\nWashington : le Pentagone a confirmé le 28 octobre la présence de soldats\n"
        "Bruxelles : l'Otan a dénoncé le 29 octobre un engagement dangereux"
    )
    assert drafted_dates(tmp_path, box, "2024-11-08") == ["2024-10-28", "2024-10-29"]
    box = "Chronologie des faits\nLe Kremlin : démenti le 24 octobre\nLe Pentagone : confirmation le 28 octobre"
    assert drafted_dates(tmp_path, box, "2024-11-08") == ["2024-10-24", "2024-10-28"]


def test_a_rail_of_local_briefs_still_dates_no_fact(tmp_path: Path) -> None:
    # near miss: a rail under a rail's heading
    rail = "Vie locale\nLure : la brocante du 14 au 16 mars\nVesoul : 30 postes à pourvoir"
    assert drafted_dates(tmp_path, f"{FACT}\n\n{rail}", "2025-03-05") == ["2025-03-03"]


# --- an act's signature -----------------------------------------------------------------------------------------------


def test_a_story_opening_on_fait_a_or_affiche_keeps_its_day(tmp_path: Path) -> None:
    text = "Fait à Pyongyang, le 19 juin 2024, le traité engage les deux pays à une assistance mutuelle."
    assert drafted_dates(tmp_path, text, "2024-11-08") == ["2024-06-19"]
    text = "Affiché le 3 mars sur le site du ministère, le communiqué confirme la présence de soldats."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-03"]
    # near miss: the signature's own line
    assert drafted_dates(tmp_path, f"{FACT}\n\nFait à Vesoul, le 4 mars 2025.", "2025-03-10") == ["2025-03-03"]


# --- a deadline at midnight or noon -----------------------------------------------------------------------------------


def test_a_deadline_at_midnight_or_noon_keeps_its_day(tmp_path: Path) -> None:
    text = "L'ultimatum de Kiev expire samedi 15 mars à minuit, a prévenu le ministre."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-15"]
    text = "Les soldats nord-coréens doivent être rapatriés jeudi 20 mars, à midi, selon Séoul."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-20"]
    # … as does a local event's noon (the lead's session-68 call; round 81 to round 120 read it as no fact)
    text = "L'association organise une collecte samedi 15 mars à midi, salle des fêtes."
    assert drafted_dates(tmp_path, text, "2025-03-10") == ["2025-03-15"]


# --- a table's rows, a list of days -----------------------------------------------------------------------------------


def test_a_table_s_row_is_no_head_and_a_stamp_cell_s_day_is_the_cell_s(tmp_path: Path) -> None:
    table = (
        "ref;date;source;affirmation;verdict\n"
        "R-01;24/10/2024 validée;Washington;Le Pentagone;VRAI\n"
        "R-02;25/10/2024;Kiev;Des soldats capturés;VRAI\n"
        "R-03;02/11/2024;Séoul;300 morts;VRAI\n"
    )
    assert drafted_dates(tmp_path, table, "2025-03-10") == ["2024-10-24", "2024-10-25", "2024-11-02"]
    table = (
        "ref;date_declaration;source;declaration;verdict;verifie_le;auteur\n"
        "R-01;12/02/2025;Kiev;Des soldats capturés;VRAI;le 24/10/2024;jdupont\n"
    )
    assert drafted_dates(tmp_path, table, "2025-03-10") == ["2025-02-12"]


def test_a_bare_day_before_puis_le_is_not_the_page_s_month(tmp_path: Path) -> None:
    assert "2025-05-12" not in drafted_dates(tmp_path, "Le 12, puis le 14 mars, les troupes ont attaqué.", "2025-06-10")
    assert drafted_dates(tmp_path, "Le 12, puis le 14 mars, les troupes ont attaqué.", "2025-06-10") == ["2025-03-14"]
    # near miss: « et »
    text = "Le 12 et le 14 mars, les troupes ont attaqué."
    assert drafted_dates(tmp_path, text, "2025-06-10") == ["2025-03-12/2025-03-14"]


# --- a time counted from a thing, on a long line ----------------------------------------------------------------------


def test_a_time_counted_from_a_thing_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # the work counted, not timed: the words are searched in the day's clause only, whatever the line before it
    # (review57: searched from the text's start for the words and no mark up to the day, some n²/2 characters read
    # on a line of n counts)
    day = find_dates("Les troupes ont attaqué le 6 août.", parse_edtf("2025-03-10"))[0]
    words = CountedPattern(storydates._COUNTED_FROM)
    monkeypatch.setattr(storydates, "_COUNTED_FROM", words)
    text = "deux jours après la fin " * 1000 + ", le 6 août"
    assert not counts_a_time_from(text, dataclasses.replace(day, start=len(text) - 9, end=len(text)))
    assert 0 < sum(words.handed) <= len(", le 6 août"), words.handed  # the day's clause, once
    assert max(words.matched, default=0) < 100  # the words, never the clause up to the day
    # near miss: the words in the day's clause
    text = "environ sept semaines après l'offensive russe du 14 mars"
    assert counts_a_time_from(text, dataclasses.replace(day, start=len(text) - 7, end=len(text)))
