"""Round 115 (issue 16, future; helper round115): a page that reports a talk given days before it (« ont assisté
mardi soir à la conférence de … », « sont venus écouter … ») counts the speaker's times ahead (« d'ici le printemps »,
« D'ici là ») from the talk's day, as a statement's (statementday.py `talk_day`, lexicon.toml `talk_words`). Made-up
sentences, none copied from a benchmark page; each positive case fails before the round, its near misses pass both
times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_LECTURE = "Une trentaine de personnes ont assisté jeudi soir à la conférence du géographe Paul Martin sur la guerre."


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # the talk named in the weekday's sentence, four days before the page
        (
            f"{_LECTURE}\n\n« D'ici l'automne, Moscou aura besoin de nouveaux renforts », a-t-il averti.",
            "2025-05-19",
            "2025-05-15/2025-11",
        ),
        # an audience that came to listen, three days before
        (
            "Samedi, près de deux cents étudiants sont venus écouter l'historienne Anne Roux à l'université.\n\n"
            "Selon elle, de nouveaux contingents pourraient arriver d'ici le printemps.",
            "2025-11-25",
            "2025-11-22/2026-05",
        ),
        # a hall full for the talk, three days before (mend69b)
        (
            "Samedi, la salle des fêtes était comble pour la conférence de l'historien Marc Petit.\n\nSelon lui, les"
            " combats pourraient cesser d'ici le printemps.",
            "2025-11-25",
            "2025-11-22/2026-05",
        ),
    ],
)
def test_a_time_ahead_on_a_page_reporting_a_talk_runs_from_the_talk_s_day(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # `talk_words`: a weekday that dates no talk leaves the page's now (review56's « Mardi, des drones … »)
        (
            "Mardi, des drones ont frappé un dépôt de carburant près de Koursk.\n\nKiev promet une riposte d'ici"
            " l'été.",
            "2025-03-13",
            "2025-03-13/2025-08",
        ),
        # `_a_talk`: a body named « Conférence » inside the sentence is no talk given to an audience
        (
            "À Vienne, la Conférence des parties a tenu mardi une session sur les sanctions.\n\nLes experts attendent"
            " un nouveau rapport d'ici l'été.",
            "2025-03-13",
            "2025-03-13/2025-08",
        ),
        # a talk still to come (a weekday after the page) is no day the page's times ahead count from
        (
            "La prochaine conférence de l'association aura lieu jeudi 22 mai.\n\nLe chercheur attend de nouveaux"
            " envois d'ici l'été.",
            "2025-05-19",
            "2025-05-19/2025-08",
        ),
        # mend69b (review69b): a press conference six days before is a statement, round 94's two days (`_NO_SPEAKER`)
        (
            "Les élus ont tenu vendredi une conférence de presse à Séoul.\n\nDe nouveaux envois sont attendus d'ici"
            " l'été.",
            "2025-03-13",
            "2025-03-13/2025-08",
        ),
        (
            "Lundi, lors d'une conférence de presse, le ministre avait promis de renforcer la défense aérienne.\n\n"
            "Moscou prévoit de livrer de nouveaux systèmes d'ici la fin du mois.",
            "2025-12-05",
            "2025-12-05/2025-12-31",
        ),
        # a talk merely named, not attended (`_ATTENDED`), and a conference « de paix » (`_NO_SPEAKER`)
        (
            "Le Kremlin a rejeté mardi l'idée d'une conférence de paix en Suisse.\n\nLes combats devraient se"
            " poursuivre dans la région d'ici la fin de l'année, estiment les analystes.",
            "2025-12-05",
            "2025-12-05/2025-12-31",
        ),
        # the weekday is another thing's (« l'attaque de lundi »), the talk has no day (`_OF_A_THING`)
        (
            "Lors de sa conférence à l'université, le général a évoqué l'attaque de drones de lundi contre la ville."
            "\n\nSelon lui, l'armée ne pourra pas reprendre le village d'ici l'été.",
            "2025-12-05",
            "2025-12-05/2026-08",
        ),
        # « exposé » as a participle: no talk attended in the sentence (`_ATTENDED`)
        (
            "Le village, exposé lundi à de violents bombardements, a été en partie évacué.\n\nLes autorités"
            " prévoient de rouvrir l'école d'ici la fin de l'année.",
            "2025-12-05",
            "2025-12-05/2025-12-31",
        ),
        # a heading naming a conference is no talk (`_a_talk`: lowercase only)
        (
            "Conférence de Munich : mardi, le chancelier a appelé à renforcer l'aide à l'Ukraine.\n\nL'Allemagne"
            " livrera de nouveaux chars d'ici l'été.",
            "2025-12-05",
            "2025-12-05/2026-08",
        ),
        # a span counted ahead still runs from the page (statementday.py `from_the_story_day`, round 91)
        (
            f"{_LECTURE}\n\nDe nouveaux renforts sont attendus dans les prochaines semaines, selon lui.",
            "2025-05-19",
            "2025-05-19/2025-06-30",
        ),
    ],
)
def test_a_time_ahead_with_no_talk_behind_it_still_runs_from_the_page(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)
