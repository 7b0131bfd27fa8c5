"""Round 19 (issue 16): classes of value read wrong in silence, of false figures and of dates counted the wrong way
that sealed17 (and the sets before it) showed — « par dizaines de milliers », a qualifier before the first count of a
coordination whose verb is elided for the second, an exercise's marks and a multiple choice's answers, fines and
prizes, a book's « 312 p. », « N jours avant cet aveu », « un an après que …, le 28 avril 2025, ». Made-up sentences,
never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import extract, read_date
from tests.test_extract_round18 import _values

# --- a quantity word that scales « par dizaines » ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Les caisses d'obus se comptent par dizaines de milliers.", [(20000, None, None, "at_least")]),
        ("Les obus se chiffrent par centaines de millions.", [(200_000_000, None, None, "at_least")]),
        # near miss: « par dizaines » alone stays at least 20
        ("Les caisses d'obus se comptent par dizaines.", [(20, None, None, "at_least")]),
    ],
)
def test_par_dizaines_de_milliers_is_scaled(tmp_path: Path, sentence: str, values: list[object]) -> None:
    """« Les conteneurs se comptent par dizaines de milliers » was read as at least 20, « de milliers » dropped: a value
    read wrong in silence (sealed17's first WRONG)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-19")
    assert _values(claims) == values


# --- a qualifier and a coordination whose verb is elided -----------------------------------------------------------


def test_an_elided_verb_s_second_count_says_the_qualifier_is_carried(tmp_path: Path) -> None:
    """« quelque 300 soldats avaient été tués et 2 700 blessés »: one coordination, its verb elided for the second; the
    2 700 was read exact in silence, then exact with a reason (round 19), and now, by the lead's round-19 decision
    (sealed17's truth; dev, sealed6, 8, 10, 12 amended), approximate too: its reading says the qualifier was carried."""
    sentence = "Séoul dit que quelque 300 soldats avaient été tués et 2 700 blessés."
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-05-01")
    assert _values(claims) == [(300, None, None, "approximate"), (2700, None, None, "approximate")]
    second = find_figures(sentence)[1]  # the reading is the draft's comment, not a field
    assert second.reading.startswith("« 2 700 blessés »: the qualifier of « quelque 300 soldats » carried to it")


# --- numbers that count nothing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Question 3 (2 pts). Combien de soldats la Corée du Sud disait-elle présents ?",
        "Question 1 (1 pt). En quelle année la guerre a-t-elle commencé ?",
        "a) environ 1 000    b) environ 11 000    c) environ 100 000",
        "Le tribunal le condamne à 1 500 euros d'amende avec sursis.",
        "Il devra verser 800 euros de dommages-intérêts à l'association.",
        "• Euro Millions : 4 millions d'euros à gagner vendredi",
        "Éditions du Seuil, 312 p.",
    ],
)
def test_marks_answers_fines_prizes_and_pages_count_nothing(tmp_path: Path, sentence: str) -> None:
    """An exercise's marks, a multiple choice's answers (« b) » was the noun), a fine, damages, a lottery's prize and
    a book's length were read as figures (sealed17's quiz, ruling and page chrome; sealed9 and sealed13's « 312 p. »)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-19")
    assert claims == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Berlin a promis 500 millions d'euros d'aide à Kiev.", [(500_000_000, None, None, "exact")]),
        ("Selon Kiev, quelque 600 y auraient été tués.", [(600, None, None, "approximate")]),
        ("Pyongyang aurait envoyé 312 soldats de plus.", [(312, None, None, "exact")]),
    ],
)
def test_near_misses_of_things_that_count_nothing_still_count(
    tmp_path: Path, money_store: Path, sentence: str, values: list[object]
) -> None:
    """A sum of aid, a one-letter word that is no answer's letter (« y »), a count of soldiers stay figures (in a store
    that measures money: round 30)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-19", "--data", str(money_store))
    assert _values(claims) == values


# --- a count of days from a thing just told, or from the day of the clause « après que » opens -------------------------


def test_days_before_this_thing_count_from_its_day(tmp_path: Path) -> None:
    """« Deux jours avant cet aveu » after « a confirmé lundi » (28 April) was read two days after Monday, as if the
    main clause's day were Monday (sealed17); « cet aveu » is the thing just told: its day is Monday."""
    text = (
        "L'agence KCNA a confirmé lundi que des unités avaient été déployées. "
        "Deux jours avant cet aveu, le chef d'état-major russe avait salué les soldats.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-04-30")
    assert [read_date(e) for e in events] == ["2025-04-28", "2025-04-26"]


def test_apres_que_told_after_its_main_clause_counts_from_its_own_day(tmp_path: Path) -> None:
    """« La cérémonie s'est tenue un an jour pour jour après que Pyongyang a reconnu, le 28 avril 2025, … » was read a
    year before 28 April 2025: the day after « que » is the clause's own, the main clause's a year after it
    (sealed17). Near miss: « après que » opening the sentence, the day after its clause is the main clause's."""
    text = (
        "La cérémonie s'est tenue un an jour pour jour après que Pyongyang a reconnu, le 28 avril 2025, avoir envoyé "
        "des troupes.\n\nDeux jours après que Moscou a annoncé la libération, le 28 avril, Kiev a démenti.\n"
    )
    _, events, _ = extract(tmp_path, text, "2026-04-29")
    assert [read_date(e) for e in events] == ["2025-04-28", "2026-04-28", "2026-04-28", "2026-04-26"]


def test_a_count_of_days_or_weeks_after_a_month_told_last_counts_from_that_month(tmp_path: Path) -> None:
    """« Octobre 2024. … Quelques semaines plus tard, » and « Printemps 2025. … Deux jours après, » (a documentary's
    subtitles) were counted from a day told further up (sealed17): the month or season told last is the time of the
    story, moved by the count, in months. Near miss: a day told before in the sentence still counts (« Le 16 décembre
    …. Deux jours plus tard »)."""
    text = (
        "Le 3 septembre 2024, Moscou a signé l'accord.\n\nOctobre 2024. Des navires quittent le port.\n\n"
        "Quelques semaines plus tard, ils sont plus de 10 000 en Russie.\n\n"
        "Le 16 décembre 2024, Kiev parlait de pertes. Deux jours plus tard, le Pentagone évoquait des victimes.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-10-08")
    assert [read_date(e) for e in events] == ["2024-09-03", "2024-10", "2024-10/2024-11", "2024-12-16", "2024-12-18"]
