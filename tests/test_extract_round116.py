"""Round 116 (issue 16, times counted back; helper round116): a count of months or years set in apposition before the
date it names with its year (« il y a un an, le 3 mars 2024 ») is a date of its own again, the month that holds the
date named (a year for a count read as one), beside that date. Round 21 had kept the date alone (tests/
test_extract_round21.py now pins both); the held-out truths of most sets list the count apart, read to that month.
Made-up sentences, none copied from a benchmark page; each positive case fails before the round, its near misses pass
both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract, read_date

# --- a count of months or years that holds the date beside it --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Il y a un an, le 3 mars 2024, les premiers blindés russes traversaient la frontière ukrainienne.",
            "2025-03-20",
            ["2024-03", "2024-03-03"],
        ),
        (  # « presque »: the count read as that month already
            "Il y a presque deux ans, le 12 novembre 2023, Séoul annonçait de nouvelles sanctions contre Pyongyang.",
            "2025-10-30",
            ["2023-11", "2023-11-12"],
        ),
        (  # « un peu plus de »: the count read wider (two months), the month that holds the day
            "Il y a un peu plus de huit mois, le 2 mars 2025, l'armée russe reprenait le village ukrainien.",
            "2025-11-10",
            ["2025-03", "2025-03-02"],
        ),
        (  # a third of a month beside the count
            "Les soldats nord-coréens avaient rejoint le front il y a un an, début mai 2024.",
            "2025-05-15",
            ["2024-05", "2024-05-01/2024-05-10~"],
        ),
        (  # a count read as a whole year stays that year
            "Il y a 70 ans, le 27 juillet 1953, l'armistice de Panmunjom mettait fin aux combats en Corée.",
            "2023-08-02",
            ["1953", "1953-07-27"],
        ),
    ],
)
def test_a_count_of_months_or_years_beside_the_date_it_holds_is_that_month(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


# --- near misses: the date alone, as before the round ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (  # the count's reading (December 2023) misses the month named: the date wins (`_count_holding`: not narrower)
            "Il y a deux ans, en septembre 2023, Kim Jong Un rencontrait Vladimir Poutine en Russie.",
            "2025-12-03",
            ["2023-09"],
        ),
        (  # told to the day: the count is that day (`_A_COUNT_OF_MONTHS`' « jour pour jour »)
            "Il y a un an jour pour jour, le 3 mars 2024, les premiers blindés russes traversaient la frontière.",
            "2025-03-03",
            ["2024-03-03"],
        ),
        (  # a count of days: the day named (`_A_COUNT_OF_MONTHS`)
            "Il y a dix jours, le 12 août, Kim Jong Un accueillait les soldats rentrés de Russie.",
            "2025-08-23",
            ["2025-08-12"],
        ),
        (  # a day without its year: the day alone, as round 105's truths date it (`WITH_ITS_YEAR`)
            "Il y a six mois, le 14 avril, le gouvernement annonçait la fermeture de la frontière.",
            "2025-10-20",
            ["2025-04-14"],
        ),
        (  # « demain » moves the count by a day: the day named alone (the `shift` guard)
            "Il y a un an demain, le 26 avril 2025, la Russie annonçait la reprise de la région de Koursk.",
            "2026-04-25",
            ["2025-04-26"],
        ),
    ],
)
def test_a_count_that_misses_the_date_or_names_its_day_gives_the_date_alone(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


# --- mend69b (review69b): the named date stays first; no count over several years; « jour pour jour » however hedged


def test_the_date_named_stays_the_sentence_s_first_date(tmp_path: Path) -> None:
    text = "Il y a un an, le 3 mars 2024, les premiers blindés russes traversaient la frontière ukrainienne."
    _, events, _ = extract(tmp_path, text + "\n", "2025-03-20")
    assert [read_date(e) for e in events or []] == ["2024-03-03", "2024-03"]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a count read over several years (2021/2022, 2014/2017): the date named alone, as before round 116
        ("Il y a plus de trois ans, en février 2022, la Russie envahissait l'Ukraine.", "2025-08-06", ["2022-02"]),
        (
            "Il y a une dizaine d'années, en juin 2015, la Russie massait déjà des troupes à la frontière.",
            "2025-08-20",
            ["2015-06"],
        ),
        (
            "Il y a une dizaine d'années, en 2015, la Russie massait déjà des troupes à la frontière.",
            "2025-08-20",
            ["2015"],
        ),
        (
            "Il y a plus de deux ans, le 24 juin 2023, les mercenaires de Wagner marchaient sur Moscou.",
            "2025-08-06",
            ["2023-06-24"],
        ),
        (
            "Il y a plus de trois ans, le 24 février 2022, les chars russes entraient en Ukraine.",
            "2025-08-06",
            ["2022-02-24"],
        ),
        (
            "Il y a quelques années, le 6 août 2021, un convoi militaire traversait la région.",
            "2025-08-06",
            ["2021-08-06"],
        ),
        # told to the day, however hedged (`_TO_THE_DAY`): the day alone
        (
            "Il y a un an quasiment jour pour jour, le 6 août 2024, les blindés ukrainiens franchissaient la"
            " frontière.",
            "2025-08-06",
            ["2024-08-06"],
        ),
        (
            "Il y a un an pratiquement jour pour jour, le 6 août 2024, les blindés ukrainiens franchissaient la"
            " frontière.",
            "2025-08-06",
            ["2024-08-06"],
        ),
    ],
)
def test_a_count_over_several_years_or_told_to_the_day_gives_the_date_alone(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates
