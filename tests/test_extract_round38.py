"""Round 38 (issue 16, helper dates46): dates read against the wrong day. « N jours après » a thing whose day the
sentence does not give, in a sentence with no day of its own, dated the thing counted back from the day told before
(« L'annonce intervient deux jours après celle du chef d'état-major »: the Saturday before Monday's announcement),
where the fact the main clause tells is of the day told before; « … après que » in a main clause in the present
counted from the publication, not from the day told before; and the parts of a page written on days of their own (a
changelog's versions under their dated headings, a diary's entries opening with their day) had their « hier »,
« demain », « il y a quatre jours », « lundi » read against the page's day; an outlet's tagline in the page's head
(« Le quotidien des Comores depuis 1985 ») was proposed as a period of the story; « Demain, … fêtent Noël » written
on the 24th was last year's Christmas. Made-up sentences, never the held-out
pages'; each fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_TOLD = "Séoul a confirmé mardi l'arrivée de nouveaux soldats"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the main clause's fact, after a thing the sentence gives no day of: the day told before
        (f"{_TOLD}. L'annonce intervient trois jours après celle du ministère ukrainien.", ["2025-03-11"] * 2),
        (
            "Le régime a inauguré jeudi un monument. Six semaines après sa visite à Pékin, le dirigeant a voulu"
            " montrer sa force.",
            ["2025-03-13"] * 2,
        ),
        # near miss: the main clause's day in the sentence, the thing counted back from it, as before
        (f"{_TOLD}, trois jours après le ministère ukrainien.", ["2025-03-08", "2025-03-11"]),
    ],
)
def test_a_count_after_a_thing_dates_the_main_clause_told_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-03-13") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a main clause in the present, with no day: the day told before, not the publication's
        (
            f"{_TOLD}. Cette déclaration intervient trois jours après que Kiev a publié des images.",
            ["2025-03-08", "2025-03-11"],
        ),
        # near miss: told in the past, as before
        (
            f"{_TOLD}. Cette déclaration est intervenue trois jours après que Kiev avait publié des images.",
            ["2025-03-11"],
        ),
    ],
)
def test_apres_que_in_the_present_counts_from_the_day_told_before(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-03-13") == dates


_DIARY = "Journal de marche\n\n{first}3 février. Arrivés à la base il y a quatre jours. Il neige.\n\n{second}\n"
_CHANGELOG = (
    "# Journal des versions\n\n## [1.1.0] - 2025-02-20\n- Ajouté : les 300 blessés annoncés hier par Kiev.\n{rest}"
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a diary's entries, each opening with its day: counted from it
        (
            _DIARY.format(first="[f. 2] ", second="[f. 5] 20 février. Départ demain pour le front."),
            ["2025-01-30", "2025-02-03", "2025-02-20", "2025-02-21"],
        ),
        # a changelog's versions under their dated headings (no fact's day): counted from each
        (
            _CHANGELOG.format(rest="\n## [1.0.0] - 2024-11-06\n- Première version, des premiers combats de lundi.\n"),
            ["2024-11-04", "2025-02-19"],
        ),
        # near misses: one dated part alone is no page written by parts; a chronology's entry ends at the next line
        # that opens with a date (« Février. »), whose month is of the page's time, as before
        (_DIARY.format(first="", second="Le reste du carnet est perdu."), ["2025-02-03", "2025-03-09"]),
        (_CHANGELOG.format(rest=""), ["2025-03-12"]),
        (
            "Chronologie\n\n11 janvier 2025. Kiev annonce deux captures.\nFévrier. Les unités se retirent du front.\n"
            "6 mars. Retour des soldats en première ligne.",
            ["2025-01-11", "2025-02", "2025-03-06"],
        ),
    ],
)
def test_a_part_written_on_its_own_day_counts_from_it(tmp_path: Path, text: str, dates: list[str]) -> None:
    published = "2025-06-19" if text.startswith("Chronologie") else "2025-03-13"
    assert drafted_dates(tmp_path, text, published) == dates


_PAGE = (
    "Le Courrier du Nord\n{tagline}\nMonde\n\nKim Jong-un au défilé\n\nIl a assisté vendredi 12 décembre au défilé.\n"
)


@pytest.mark.parametrize(
    ("tagline", "dates"),
    [
        # an outlet's tagline in the page's head: its age, no date
        ("Le quotidien de la région depuis 1987", ["2025-12-12"]),
        # near miss: a headline's « depuis » a year, a sentence of the story, as before
        ("Une première depuis 1959 pour Pyongyang.", ["1959", "1959/2025-12-13", "2025-12-12"]),
    ],
)
def test_an_outlets_tagline_dates_nothing(tmp_path: Path, tagline: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, _PAGE.format(tagline=tagline), "2025-12-13") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a sentence that opens on the day after it is written: the feast of that day, not last year's
        ("Demain, les familles de soldats fêtent Noël.", ["2025-12-25"]),
        # near miss: told in the past, the latest one, as before
        ("Les familles de soldats ont fêté Noël.", ["2024-12-25"]),
    ],
)
def test_a_feast_told_of_tomorrow_is_tomorrows(tmp_path: Path, text: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, text, "2025-12-24") == dates
