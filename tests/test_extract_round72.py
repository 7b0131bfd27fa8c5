"""Round 72 (issue 16, the anchor of a relative date on news pages; helper round72): a count « depuis » counts back
from the time the sentence tells it at, not always from the page. In a statement (« ont disparu du front depuis deux
semaines, a affirmé jeudi un porte-parole ») it is the statement's day; in the imperfect of its clause (« Le 28 avril,
… on le savait depuis six mois », « En mars, l'armée avait dû quitter Soudja, qu'elle contrôlait depuis sept mois »)
it is the past time the main clause names. In the present with no verb of saying, a day the sentence names is no
reference (« où les combats font rage depuis trois semaines »: the page's), and « il y a » keeps counting from the
page, as every truth reads it. Made-up sentences, never the held-out ones; each positive case fails before the change,
its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import frdates
from tests.test_extract import extract, read_date
from tests.test_extract_backtracking import _growth


def _counted(sentence: str, published: str) -> list[str]:
    """What the rules read for each count « depuis » or « il y a » of `sentence`."""
    return [
        m.edtf
        for m in frdates.find_dates(sentence, parse_edtf(published))
        if m.text.lower().startswith(("depuis", "il y a"))
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # a statement's day: two weeks (10 to 18 days, « environ ») before Thursday 6 February, not Wednesday 12
        (
            "Les soldats nord-coréens ont disparu du front depuis environ deux semaines, a affirmé jeudi un "
            "porte-parole des forces spéciales ukrainiennes.",
            "2025-02-12",
            "2025-01-19/2025-01-27",
        ),
        (
            "Le renseignement ukrainien a déclaré lundi que les Nord-Coréens n'étaient plus engagés depuis dix jours.",
            "2025-02-27",
            "2025-02-14",
        ),
        # the imperfect of its clause, after a day or a month the sentence names
        ("Le 28 avril, Pyongyang a reconnu ce que tout le monde savait depuis six mois.", "2025-10-10", "2024-10~"),
        (
            "En mars, l'armée ukrainienne avait dû quitter Soudja, qu'elle contrôlait depuis sept mois.",
            "2025-04-26",
            "2024-08~",
        ),
    ],
)
def test_a_count_since_counts_back_from_the_time_told(sentence: str, published: str, edtf: str) -> None:
    assert _counted(sentence, published) == [edtf]


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # the present, no verb of saying: the page's present, whatever day the sentence names
        (
            "Le 6 janvier, l'Ukraine a lancé une offensive dans la région, où les combats font rage depuis trois "
            "semaines.",
            "2025-02-12",
            "2025-01-22",
        ),
        (
            "Les deux hommes, capturés le 9 janvier, sont détenus depuis neuf mois près de Kiev.",
            "2025-10-17",
            "2025-01~",
        ),
        # a statement in the present, a month of another clause: the page's (« dit Olena, arrivée en juillet 2022 »)
        (
            "« Mon neveu combat dans la région de Koursk depuis six mois, dit Olena, arrivée à Halifax en juillet 2022.",
            "2025-02-28",
            "2024-08~",
        ),
        # no time told in the sentence: the page's
        ("Selon Kiev, les soldats n'étaient plus engagés depuis dix jours.", "2025-02-27", "2025-02-17"),
        # « il y a » counts from the page, even in a statement of a day (the truths of every set read it so)
        (
            "Capturés il y a deux semaines, les deux soldats restent détenus, a indiqué mardi le SBU.",
            "2025-01-23",
            "2025-01-09~",
        ),
    ],
)
def test_a_count_told_from_the_page_stays_so(sentence: str, published: str, edtf: str) -> None:
    assert _counted(sentence, published) == [edtf]


def test_the_draft_dates_the_period_from_the_statement_s_day(tmp_path: Path) -> None:
    text = (
        "Publié le mercredi 12 février 2025\n\nLes soldats nord-coréens ont disparu du front depuis environ deux "
        "semaines, a affirmé jeudi un porte-parole des forces spéciales ukrainiennes.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-02-12")
    assert any(read_date(e).startswith("2025-01-19") for e in events or [])


def test_the_time_told_is_read_in_one_pass() -> None:
    """Each count « depuis » looks back a bounded reach for its clause's verb: a sentence of many counts after a
    statement's day is read in linear time."""

    def call(n: int) -> object:
        sentence = "Jeudi, Kiev a affirmé que " + "les soldats étaient là depuis deux jours, " * 10 * n + "au moins."
        return frdates.find_dates(sentence, parse_edtf("2025-02-12"))

    assert _growth(call, 2) < 16
