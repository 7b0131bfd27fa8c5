"""Round 113 (issue 16, anchored dates; helper round113): « la veille », « le lendemain » never count from a day of the
words a « que » after them reports (« a indiqué la veille que ses troupes avaient frappé mardi »): that day is the
content's, the eve or the morrow is the saying's (evedates.py `reported_after`). Made-up sentences, none copied from a
benchmark page; each positive case fails before the round, its near misses pass both times or name the guard that
keeps them."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

# --- a day reported after « que » -------------------------------------------------------------------------------------


def test_an_eve_opening_the_sentence_counts_from_the_day_told_before_not_the_reported_one(tmp_path: Path) -> None:
    # before: the eve of « samedi » (the 8th), a day of what was said
    text = (
        "Jeudi, le ministère a publié un nouveau bilan des pertes. La veille, l'état-major affirmait qu'une centaine"
        " de soldats avaient été blessés samedi près du village."
    )
    dates = drafted_dates(tmp_path, text, "2025-03-14")
    assert "2025-03-12" in dates and "2025-03-07" not in dates


def test_an_eve_after_a_verb_of_saying_is_the_news_eve_not_the_reported_day(tmp_path: Path) -> None:
    # before: the eve of « mardi » (the 10th), the reported night's
    text = (
        "Le gouvernement a annoncé vendredi de nouvelles sanctions. Le porte-parole de l'armée a de son côté"
        " déclaré la veille que ses unités avaient repoussé un assaut dans la nuit de mardi."
    )
    dates = drafted_dates(tmp_path, text, "2025-06-14")
    assert "2025-06-09" not in dates


def test_a_morrow_counts_from_the_day_told_before_not_a_day_reported_after_it(tmp_path: Path) -> None:
    # before: the day after « le 6 mars », a day of the words reported (2025-03-07)
    text = (
        "Le 10 mars, le ministère a confirmé la capture de deux soldats. Le lendemain, Moscou a assuré que"
        " l'attaque avait eu lieu le 6 mars."
    )
    dates = drafted_dates(tmp_path, text, "2025-03-12")
    assert "2025-03-11" in dates and "2025-03-07" not in dates


# --- near misses ------------------------------------------------------------------------------------------------------


def test_a_day_told_after_the_eve_in_its_own_clause_still_anchors_it(tmp_path: Path) -> None:
    # near miss: no « que » between « la veille » and « jeudi »: the main clause's day, as before the round
    text = "Le ministère a publié la veille de la rencontre de jeudi un bilan des pertes."
    assert "2025-03-12" in drafted_dates(tmp_path, text, "2025-03-14")


def test_a_day_told_before_the_eve_and_its_que_clause_still_anchors_it(tmp_path: Path) -> None:
    # near miss: « le 10 mars » stands before « le lendemain », outside the reported words: counted from, as before
    text = "Le 10 mars, Kiev a annoncé la capture. Moscou a affirmé le lendemain que la région était calme."
    assert "2025-03-11" in drafted_dates(tmp_path, text, "2025-03-14")
