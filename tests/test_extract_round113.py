"""Round 113 (issue 16, anchored dates; helper round113): « la veille », « le lendemain » never count from a day of the
words a « que » after them reports (« a indiqué la veille que ses troupes avaient frappé mardi »): that day is the
content's, the eve or the morrow is the saying's (evedates.py `reported_after`). Made-up sentences, none copied from a
benchmark page; each positive case fails before the round, its near misses pass both times or name the guard that
keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# --- mended (review69a): only the words a verb of saying reports, up to an incise naming the teller ------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # the day stands in an incise naming the teller, after the reported words: the telling's
        (
            "La veille, Moscou avait assuré que ses troupes avaient repris Soudja, a rappelé mardi le ministère"
            " ukrainien.",
            "2025-03-14",
            "2025-03-10",
        ),
        (
            "La veille au soir, les autorités avaient indiqué que l'alerte avait été levée, a rapporté mercredi"
            " l'agence Tass.",
            "2025-03-14",
            "2025-03-11",
        ),
        (
            "La veille, le ministère avait affirmé que ses forces avaient abattu 40 drones, selon un communiqué"
            " publié jeudi.",
            "2025-03-14",
            "2025-03-12",
        ),
        # a relative « que »: no verb of saying before it
        (
            "Zelensky s'était rendu à Berlin à la veille du sommet que Trump et Poutine ont tenu vendredi en Alaska.",
            "2025-08-18",
            "2025-08-14",
        ),
        (
            "Au lendemain de l'attaque qu'a revendiquée lundi l'armée ukrainienne, Moscou a promis des représailles.",
            "2025-08-12",
            "2025-08-12",
        ),
        (
            "La veille, les soldats que Pyongyang avait envoyés en octobre ont été déployés en première ligne, a"
            " précisé vendredi le renseignement.",
            "2025-03-14",
            "2025-03-13",
        ),
        # a conjunction, « ne … que »
        (
            "Le lendemain matin, après qu'un drone avait frappé lundi soir la raffinerie, les pompiers luttaient"
            " encore contre les flammes.",
            "2025-03-14",
            "2025-03-11",
        ),
        (
            "La veille, l'armée n'avait reconnu que des pertes légères, avant de publier mardi un bilan plus lourd.",
            "2025-03-14",
            "2025-03-10",
        ),
    ],
)
def test_a_que_that_opens_no_reported_words_leaves_the_day_an_anchor(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    # each read so at train66 (1ea2dfca), none at 7f8ba730 (review69a)
    assert edtf in drafted_dates(tmp_path, "Les combats se poursuivent dans la région. " + text, published)
