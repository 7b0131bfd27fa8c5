"""Round 92 (issue 16, the year of dates the text gives without one; helper round92): a thing set for a time to come
by a participle after « est »/« sont » in the present (« Un sommet est prévu à Vilnius en juillet » on 10 January, « la
pose de la première pierre est annoncée pour le 22 juin » in May) was read as the one before; a month told with its
year that a « depuis » starts (« tués depuis leur arrivée en Russie, à l'automne 2024 ») held the next sentence's
months in that year; a feast with its year (« depuis Noël 2023 ») lost the year; a reporting incise past the guillemet
that closes a quoted date (« « dès novembre », a déclaré un député ») was the date's nearest verb; the yearless second
end of a span whose first end gives its year (« entre Noël 2024 et le Nouvel An », « entre décembre 2024 et mars ») was
read against the page; « en octobre de la même année » and « cette année-là » were read in the page's year. Made-up
sentences, never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("Un sommet des ministres de la Défense est prévu à Vilnius en juillet.", "2026-01-10", "2026-07"),
        ("La pose de la première pierre du mémorial est annoncée pour le 22 juin.", "2026-05-14", "2026-06-22"),
        ("Une conférence des donateurs est programmée pour le 2 mars à Genève.", "2026-01-10", "2026-03-02"),
        ("Le procès des deux soldats capturés est fixé au 14 avril.", "2026-01-10", "2026-04-14"),
    ],
)
def test_a_thing_set_for_a_time_to_come_is_the_coming_one(
    tmp_path: Path, sentence: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published)


@pytest.mark.parametrize(
    ("sentence", "published", "edtf", "guard"),
    [
        # « était » tells a past plan: the present « est »/« sont » is what sets a time to come
        ("Le vote du Parlement était prévu en juillet, a rappelé le ministre.", "2026-01-10", "2025-07", "present"),
        ("La pose de la première pierre était annoncée pour le 22 juin.", "2026-05-14", "2025-06-22", "present"),
        # « annoncé » without « pour » names the day of an announcement, told in the historical present
        ("Le retrait des troupes est annoncé le 2 juin par Moscou.", "2026-05-14", "2025-06-02", "pour"),
    ],
)
def test_a_past_plan_or_an_announcement_stays_the_one_before(
    tmp_path: Path, sentence: str, published: str, edtf: str, guard: str
) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published), guard


def test_a_day_of_the_past_after_a_plan_with_a_noun_between_stays_the_one_before(tmp_path: Path) -> None:
    # only a place may stand between the participle and the date: here the date is the report's, given months back
    sentence = "Le retrait est programmé selon le rapport remis le 2 juin aux alliés."
    assert "2025-06-02" in drafted_dates(tmp_path, sentence, "2026-05-14")


# --- the start of a « depuis » in apposition is no time the story stands at -------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        (
            "Environ 2 000 soldats ont été tués depuis leur arrivée en Russie, à l'automne 2024. "
            "Selon Séoul, un nouveau contingent est arrivé en décembre.",
            "2026-01-20",
            "2025-12",
        ),
        (
            "Les pertes s'alourdissent depuis le premier déploiement, à l'automne 2024. "
            "Une rotation a eu lieu entre fin novembre et mi-décembre.",
            "2026-01-08",
            "2025-11-21/2025-12-20",
        ),
    ],
)
def test_a_month_after_the_start_of_a_since_is_the_page_s(tmp_path: Path, text: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


def test_a_month_after_a_time_told_as_the_story_s_stays_in_the_story(tmp_path: Path) -> None:
    # no « depuis » before « à l'automne 2024 »: the story is there, and December follows it (round 42)
    text = (
        "Environ 11 000 soldats ont été déployés en Russie à l'automne 2024. "
        "Selon Séoul, un nouveau contingent est arrivé en décembre."
    )
    assert "2024-12" in drafted_dates(tmp_path, text, "2026-01-20")


# --- a feast with its year ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("Oksana n'a pas revu son frère depuis Noël 2023, a-t-elle confié.", "2025-11-14", "2023-12-25"),
        ("Le soldat a écrit à sa mère pour la dernière fois à Noël 2024.", "2026-03-02", "2024-12-25"),
        ("La veille de Noël 2024, Kiev a annoncé la capture d'un soldat.", "2026-03-02", "2024-12-24"),
    ],
)
def test_a_feast_with_its_year_is_that_year_s(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, sentence, published) == [edtf]


def test_a_count_after_a_feast_is_no_year(tmp_path: Path) -> None:
    # the year must follow the feast's name, no comma between: here « 2 000 » counts soldiers
    sentence = "À Noël, 2 000 soldats étaient encore au front, selon Kiev."
    assert drafted_dates(tmp_path, sentence, "2026-03-02") == ["2025-12-25"]


# --- a reporting incise past the guillemet that closes the date's quotation -----------------------------------------


def test_an_incise_past_a_closing_guillemet_is_no_verb_of_the_date_s_clause(tmp_path: Path) -> None:
    # review60's « Left »: « a déclaré », past, was the date's nearest verb, and the coming November read a year back
    sentence = "Ces soldats pourraient être engagés sur le front « dès novembre », a déclaré un député."
    assert drafted_dates(tmp_path, sentence, "2024-10-25") == ["2024-11"]


def test_a_past_inside_the_quotation_still_dates_it(tmp_path: Path) -> None:
    sentence = "Les soldats sont arrivés « en novembre », a déclaré un député."
    assert drafted_dates(tmp_path, sentence, "2024-10-25") == ["2023-11"]


# --- the second end of a span whose first end gives the year -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        (
            "La brigade a perdu quarante soldats entre Noël 2024 et le Nouvel An, selon le film.",
            "2024-12-25/2025-01-01",
        ),
        ("Le documentaire a été tourné entre décembre 2024 et mars, près de Soudja.", "2024-12/2025-03"),
        ("Les combats ont fait rage du 28 décembre 2024 au 3 janvier, selon Kiev.", "2024-12-28/2025-01-03"),
    ],
)
def test_the_second_end_is_the_first_after_the_year_the_first_gives(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-03-11") == [edtf]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # no year at the start: the span is read against the page, as before
        ("Les combats ont fait rage entre janvier et mars, selon Kiev.", "2026-01/2026-03"),
        # the year at the end: the start is the last such before it (round 29's rule)
        ("Les combats ont fait rage de janvier à mars 2025, selon Kiev.", "2025-01/2025-03"),
    ],
)
def test_a_span_without_a_year_at_its_start_is_read_as_before(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-03-11") == [edtf]


# --- « de la même année », « cette année-là »: the year told last -----------------------------------------------------


def test_a_month_of_the_same_year_takes_the_year_the_sentence_before_told(tmp_path: Path) -> None:
    text = (
        "Les sanctions ont été suspendues fin avril 2024 après un veto russe. "
        "Un mécanisme de remplacement a été lancé en octobre de la même année par dix pays."
    )
    assert drafted_dates(tmp_path, text, "2025-10-23") == ["2024-04-21~/2024-04-30", "2024-10"]


def test_that_year_is_the_year_told_last_never_the_page_s(tmp_path: Path) -> None:
    told = "Le vétéran est arrivé en Corée en mai 1951 et a été blessé cette année-là, près de Chorwon."
    assert drafted_dates(tmp_path, told, "2025-11-12") == ["1951", "1951-05"]
    untold = "De cette année-là, le vétéran garde un carnet de quarante pages."
    assert drafted_dates(tmp_path, untold, "2025-11-12") == []


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # « cette année » without « -là » is the page's year
        ("Cette année, le vétéran a déposé une couronne au cénotaphe.", "2025"),
        # a month with no « de la même année » after it is read as before
        ("Les soldats sont arrivés en octobre, a rappelé Séoul, après un veto russe en avril 2024.", "2025-10"),
    ],
)
def test_this_year_and_a_bare_month_are_read_as_before(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, "2025-11-12")
