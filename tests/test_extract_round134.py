"""Round 134 (issue 16): a day and month printed in figures with no year, and a day of history an announcement prints.

- « Sam. 26/09 », « JEUDI 13/02 », « le 11/01 », « depuis le 9/11 », « jusqu'au 18/12 »: a day and month with no
  year are read after what makes them a day (a weekday, in full or cut short, or an article other than « du » and
  « au »), their year as a named day's (« le 11 janvier »), the weekday's where one is given; a month of one digit
  only after a weekday, and never a tenth, an hour, an age, a street number, a fraction, a programme or a score that
  changed (review87, review88).
- « du mar. 10/11 au jeu. 12/11 »: two days named by their weekdays after « du … au » are one period.
- A weekday names the year within six months of the publication whose day it is, even where the story told another
  year (« le 24 février 2022, … un rassemblement samedi 28 février »: read in 2022, a Monday), with a note naming the
  year it replaces; never where a chronology's heading or the sentence's opening year sets it (review87).
- A date told in figures with its year (« Le 24/02/2022, … ; le 26/02, ») sets the story's year, as one with its
  month's name does; a birth's day never does (« né le 12/03/1998, a été capturé le 26 février »: review88).
- A sentence that announces a gathering drops a day read before the page (a day of the gathering read too early), but
  keeps a day of history it prints with its year (« le 24 février 2022 ») as a candidate of its own, never what dates
  the sentence's claims (review87).

Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND134.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract, read_date


def _dates(tmp_path: Path, sentence: str, published: str) -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", published)


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (
            "Agenda. Sam. 26/09 : journée du souvenir pour les soldats ukrainiens à la mairie.",
            "2026-09-20",
            "2026-09-26",
        ),
        ("JEUDI 13/02 : conférence d'un ancien soldat sur la guerre de Corée.", "2025-02-10", "2025-02-13"),
        (
            "Deux soldats nord-coréens ont été capturés le 11/01 dans la région de Koursk, selon Kiev.",
            "2025-01-20",
            "2025-01-11",
        ),
        (
            "Des soldats nord-coréens sont arrivés à Vladivostok depuis le 9/11, selon Séoul.",
            "2026-11-16",
            "2026-11-09",
        ),
        ("Rassemblement sam. 3/01 devant la mairie de Lille pour les prisonniers.", "2025-12-20", "2026-01-03"),
        (
            "La mission s'est tenue du mar. 10/11 au jeu. 12/11 à Soumy, selon l'ONG.",
            "2026-11-25",
            "2026-11-10/2026-11-12",
        ),
        # the story's year, told in figures, never a birth's
        (
            "Le soldat, né le 12/03/1998, a été capturé le 26/02 avec 40 autres Nord-Coréens, selon Kiev.",
            "2026-03-10",
            "2026-02-26",
        ),
        (
            "Le 24/02/2022, la Russie envahissait l'Ukraine ; le 26/02, Kiev affirmait tenir la capitale.",
            "2026-02-24",
            "2022-02-26",
        ),
    ],
)
def test_a_day_and_month_in_figures_is_read_after_a_weekday_or_an_article(
    tmp_path: Path, sentence: str, published: str, date: str
) -> None:
    assert date in _dates(tmp_path, sentence, published)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le candidat a obtenu le 1/3 des voix et 19/20 à l'oral ; le service passe au 24/7.",
        "Les 2/3 des soldats nord-coréens ont été blessés, le 3/10 des effectifs, au 1/10 de seconde près.",
        "Les prisonniers sont détenus au 10/12 rue Gambetta ; permanence lun. 9/12 h pour les 8/10 ans.",
        "L'invité du 7/10 de France Inter a rappelé les attentats du 11/9 ; le tireur est passé au 16/9.",
        "Le ratio est passé du 3/10 au 5/10 ; la note du 45/12 est illisible.",
        "Selon Kiev, le 1/10 environ des soldats a été tué ; le musée expose une maquette au 1/10.",
        "Les familles sont reçues au 10/12 square Jean-Jaurès ; le film évoque les attentats du 11/09.",
    ],
)
def test_an_hour_an_age_an_address_a_fraction_or_a_score_is_no_date(tmp_path: Path, sentence: str) -> None:
    assert _dates(tmp_path, sentence, "2026-03-10") == []


def test_an_announcement_keeps_a_day_of_history_apart_and_its_weekday_names_the_year(tmp_path: Path) -> None:
    sentence = (
        "Quatre ans après le début de l'invasion, le 24 février 2022, l'association appelle à un rassemblement "
        "samedi 28 février pour les 12 000 soldats nord-coréens envoyés en Russie, selon Séoul."
    )
    _, events, claims = extract(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", "2026-02-24")
    assert {"2022-02-24", "2026-02-28"} <= {read_date(e) for e in events or []}
    assert "2022, the year the rules would give, makes it a Monday" in str(events)
    assert [c["as_of"] for c in claims or []] == ["2026-02-24"]


def test_a_chronology_s_heading_keeps_its_year_against_the_weekday(tmp_path: Path) -> None:
    text = (
        "Le Courrier du Nord\n\nCHRONOLOGIE\n\n2024\n\n6 août : des soldats ukrainiens franchissent la frontière.\n\n"
    )
    text += "Lundi 10 août : Kiev affirme contrôler 1 000 km².\n"
    _, events, _ = extract(tmp_path, text, "2026-08-20")
    assert "2024-08-10" in [read_date(e) for e in events or []]


def test_a_gathering_s_day_read_before_the_publication_is_still_dropped(tmp_path: Path) -> None:
    # « dimanche 22 février » on Tuesday 24 February: a day of the gathering read before the page, left to the curator
    sentence = "L'association Ukraina organise un rassemblement dimanche 22 février à 11 h devant la mairie."
    assert "2026-02-22" not in _dates(tmp_path, sentence, "2026-02-24")
