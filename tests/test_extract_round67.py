"""Round 67 (issue 16, a date read to another value on news pages; helper round67): the day a wire story's words
count from. « la veille » right after a verb in the passé composé, in a sentence that names no day, is the eve of the
news the article reports, not of the last day told (« Mercredi, Séoul a jugé … . La Suisse a rappelé la veille sa
préoccupation » in a dispatch of Thursday was read as Tuesday); a weekday the day after a reprinted dispatch's
dateline, up to the page's own day, is that day, not the one a week back (« PYONGYANG, 17 juin 2025 (AFP) - … Séoul
s'est dit mercredi « préoccupé » » on a page of Wednesday 18 June was read as 11 June); a time a sentence recalls after
its day, wholly before it, is no time the story goes on from (« Le 26 avril, l'état-major avait affirmé avoir repris
la région, envahie l'été dernier. Deux jours plus tard, » was counted from the summer). Made-up pages, never the
held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import clauses, datemention, frdates, storydates
from tests.test_extract import extract, read_date
from tests.test_extract_backtracking import _growth


def _dated(tmp_path: Path, text: str, published: str, words: str) -> list[str]:
    """The dates the rules read for the events `extract` drafts from the sentences of `text` that hold `words`."""
    _, events, _ = extract(tmp_path, text, published)
    return sorted(read_date(e) for e in events or [] if words in str(e["evidence"][0]["quote"]))


_DISPATCH = (
    "Publié le vendredi 14 février 2025\n\n"
    "GENÈVE, 13 février 2025 (Keystone-ATS) - Les troupes nord-coréennes ont été retirées du front, a indiqué jeudi "
    "un représentant ukrainien.\n\nMercredi, Séoul a jugé « possible » un retour des soldats au front.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # after the passé composé, a past told from the present: the eve of the dispatch's news (Thursday 13)
        ("La Suisse a rappelé la veille sa « préoccupation ».", ["2025-02-12"]),
        ("Moscou a démenti la veille « toute présence étrangère ».", ["2025-02-12"]),
        ("Un responsable américain a de son côté déclaré la veille que les pertes étaient lourdes.", ["2025-02-12"]),
        ("Kiev a réagi la veille au soir par la voix de son ministre.", ["2025-02-12"]),
        # near misses: the pluperfect, or « La veille, » opening the sentence, go on from the day told before
        ("La Suisse avait rappelé la veille sa « préoccupation ».", ["2025-02-11"]),
        ("La veille, la Suisse a rappelé sa « préoccupation ».", ["2025-02-11"]),
    ],
)
def test_the_eve_after_the_perfect_is_the_news_eve(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert _dated(tmp_path, _DISPATCH + sentence + "\n", "2025-02-14", sentence[:12]) == dates


def test_the_eve_after_the_perfect_on_a_page_of_its_own_day_counts_from_the_day_told(tmp_path: Path) -> None:
    """Near miss: a page with no earlier dateline and no weekday in its window keeps the day told before (« a annoncé
    jeudi 13 mars … a présenté la veille » on Monday 17 March is the 12th)."""
    text = (
        "Publié le lundi 17 mars 2025\n\nL'armée russe a annoncé jeudi 13 mars avoir repris Soudja. Le chef "
        "d'état-major a présenté la veille un bilan au président.\n"
    )
    assert _dated(tmp_path, text, "2025-03-17", "a présenté la veille") == ["2025-03-12"]


_REPRINT = (
    "Publié le mercredi 18 juin 2025 à 11:05\n\n"
    "PYONGYANG, 17 juin 2025 (AFP) - La Corée du Nord va envoyer 1 000 démineurs en Russie, a annoncé mardi "
    "Sergueï Choïgou.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # the day after the dateline, up to the page's own: the story brought up to the page's day
        ("Le ministère sud-coréen s'est dit mercredi « profondément préoccupé ».", ["2025-06-18"]),
        ("Aucun commentaire officiel n'a été fait mercredi à Séoul.", ["2025-06-18"]),
        # near misses: the dateline's own day, and a day past the page, as before
        ("Le ministre s'est dit mardi « préoccupé ».", ["2025-06-17"]),
        ("Le ministre s'est dit jeudi « préoccupé ».", ["2025-06-12"]),
        ("Le ministre s'est dit mercredi dernier « préoccupé ».", ["2025-06-11"]),
        # near miss: the pluperfect tells from a past time, the Wednesday before the dateline
        ("Mercredi, Kim avait inspecté une usine de munitions.", ["2025-06-11"]),
    ],
)
def test_a_weekday_after_a_reprinted_dateline(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert _dated(tmp_path, _REPRINT + sentence + "\n", "2025-06-18", sentence[:12]) == dates


def test_a_weekday_on_a_page_of_its_dateline_day_is_the_week_before(tmp_path: Path) -> None:
    """Near miss: a dispatch printed on its own day has no later page day; its Wednesday is the one before."""
    text = (
        "PYONGYANG, 17 juin 2025 (AFP) - La Corée du Nord va envoyer 1 000 démineurs en Russie, a annoncé mardi "
        "Sergueï Choïgou.\n\nLe ministère sud-coréen s'était dit mercredi « préoccupé ».\n"
    )
    assert _dated(tmp_path, text, "2025-06-17", "mercredi") == ["2025-06-11"]


def test_the_perfect_is_found_in_one_pass() -> None:
    """The passé composé is read on the last words only: a long run before the eve costs a pass."""
    assert _growth(lambda n: clauses.ends_in_the_perfect("a " * 40 * n + "a démenti "), 25) < 16

    def call(n: int) -> object:
        return frdates.find_dates("Moscou " + "a été " * 10 * n + "la veille.", parse_edtf("2025-02-13"))

    assert _growth(call, 10) < 16


def _read(text: str, published: str) -> list[tuple[str, str]]:
    """Each date the rules read in `text` sentence by sentence, as the draft carries the story's time from one to the
    next: (its words, its reading)."""
    found: list[tuple[str, str]] = []
    anchor: datemention.DateMention | None = None
    previous: datemention.DateMention | None = None
    for sentence in text.split(". "):
        mentions = frdates.find_dates(sentence, parse_edtf(published), anchor=anchor, previous=previous)
        found += [(m.text, m.edtf) for m in mentions]
        anchor = next((m for m in reversed(mentions) if datemention.is_day(m.edtf)), anchor)
        previous = storydates.story_time(sentence, mentions) or previous
    return found


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        # a time recalled after the sentence's day, wholly before it, is background: the count goes from the day
        (
            "Le 26 avril, l'état-major avait affirmé avoir repris la région, envahie par l'Ukraine l'été dernier. "
            "Deux jours plus tard, Pyongyang confirmait la présence de ses soldats.",
            "Deux jours plus tard",
            "2025-04-28",
        ),
        (
            "Pyongyang a reconnu le 28 avril avoir envoyé des troupes, en vertu du traité conclu en juin 2024. "
            "Moscou avait affirmé deux jours plus tôt avoir repris la région.",
            "deux jours plus tôt",
            "2025-04-26",
        ),
        # near misses: a time told after the day that does not lie wholly before it moves the story, as before; a
        # month is no day to hold the story at
        (
            "Le 26 mars, Moscou a annoncé la reprise de la région, et les soldats sont rentrés en avril. "
            "Deux jours plus tard, Kim a inauguré un musée.",
            "Deux jours plus tard",
            "2025-04/2025-05",
        ),
        (
            "L'état-major a affirmé en avril avoir repris la région, envahie l'été dernier. "
            "Deux mois plus tard, Kim a inauguré un musée.",
            "Deux mois plus tard",
            "2024-08/2024-10",
        ),
    ],
)
def test_a_time_recalled_before_the_day_told_is_no_story_time(text: str, words: str, edtf: str) -> None:
    assert (words, edtf) in _read(text, "2025-05-09")
