"""Round 95 (issue 16, spans and « il y a »; helper round95): « il y a bientôt un an », « depuis bientôt trois ans »,
« il y a presque un an » were not read at all (only « près de » qualified a count of time); « qui évoquait il y a un
mois environ 8 000 soldats » read « environ » as the time's (a month either way) where it is the count's; a bare « en
N mois / ans » in a clause told in the past (« leur nombre aurait doublé en un an ») was no date, where the truths of
sealed19–57 read the span counted back to the page (sealed7–18 called it a duration: a convention the lead signs);
« s'est tu pendant six mois, avant d'admettre en avril » dated April alone. Made-up sentences, never the held-out
ones; each positive case fails before the change, its near misses pass both times or name the guard that keeps
them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- « bientôt », « presque », « quasiment » before a count of time: « près de » ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("Ils ont quitté Marioupol il y a bientôt un an avec leurs enfants.", "2025-11-20", "2024-11"),
        ("Il y a presque un an, le régime reconnaissait l'envoi de ses soldats.", "2026-04-20", "2025-04"),
        # a little under three weeks: 17 to 21 days back, as « il y a près de trois semaines »
        ("Les combats ont repris il y a bientôt trois semaines.", "2025-03-10", "2025-02-17/2025-02-21"),
        ("La famille vit à Rennes depuis quasiment deux ans.", "2025-03-10", "2023-03~/2025-03-10"),
        # nearly to the day is about that day: the month, as « il y a un an » (the guard in `_to_the_day`)
        ("Il y a presque un an jour pour jour, Poutine signait un traité à Pyongyang.", "2025-06-18", "2024-06"),
    ],
)
def test_a_count_of_time_a_little_under_is_read_as_pres_de(
    tmp_path: Path, sentence: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published)


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # opening its clause, « il y a » a count « de » a noun says there is so much of it (`_OF_A_NOUN_AFTER`)
        ("Il y a presque deux ans de retard sur le chantier du pont.", []),
        ("Il y a près de deux ans de retard sur le chantier du pont.", []),
        # … but « de cela » is ago, and after a verb « de » opens the verb's complement
        ("Il y a deux ans de cela, les premiers soldats arrivaient.", ["2024-04"]),
        ("Kiev parlait il y a un mois de 5 000 tués et blessés.", ["2026-03"]),
    ],
)
def test_there_is_so_much_of_a_thing_is_no_time_ago(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, sentence, "2026-04-10") == dates


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # to the day without « presque » before the count: that very day (unchanged)
        ("Il y a un an jour pour jour, Poutine signait un traité à Pyongyang.", "2025-06-18", "2024-06-18"),
        # after the count, « presque » qualifies « jour pour jour », the rule of its own (unchanged)
        ("Il y a un an presque jour pour jour, Kim recevait Poutine à Pyongyang.", "2025-06-18", "2024-06"),
        # no « il y a » nor « depuis » before: how long it will be, no date
        ("Les deux soldats passeront bientôt un an en captivité.", "2025-03-10", None),
    ],
)
def test_a_little_under_elsewhere_stays_as_it_was(
    tmp_path: Path, sentence: str, published: str, edtf: str | None
) -> None:
    dates = drafted_dates(tmp_path, sentence, published)
    assert dates == ([edtf] if edtf else [])


# --- « environ » between a time ago and a count: the count's ---------------------------------------------------------


def test_about_before_a_count_is_the_count_s_not_the_time_ago(tmp_path: Path) -> None:
    sentence = "Le Pentagone, qui évoquait il y a un mois environ 8 000 soldats, a revu son estimation."
    dates = drafted_dates(tmp_path, sentence, "2024-11-28")
    assert "2024-10" in dates
    assert "2024-10/2024-11" not in dates


@pytest.mark.parametrize(
    "sentence",
    [
        # the guard is a number after « environ »: before a comma or a word, « environ » is still the time's
        "Les troupes ont été retirées il y a deux semaines environ, selon Kiev.",
        "Les troupes ont été retirées il y a deux semaines environ à cause des pertes.",
    ],
)
def test_about_after_a_time_ago_still_widens_it(tmp_path: Path, sentence: str) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-02-27") == ["2025-02-09/2025-02-17"]


# --- a bare « en N mois / ans » in a past clause: the span up to the page -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("Leur nombre aurait doublé en un an.", "2026-07-08", "2025-07/2026-07"),
        ("Selon le NIS, 3 000 ont été tués et 7 000 blessés en deux ans.", "2026-11-20", "2024-11/2026-11"),
        ("Le commerce entre les deux pays a été multiplié par dix en deux ans.", "2026-07-08", "2024-07/2026-07"),
    ],
)
def test_a_bare_count_of_months_or_years_in_a_past_clause_is_a_span_to_the_page(
    tmp_path: Path, sentence: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published)


@pytest.mark.parametrize(
    ("sentence", "guard"),
    [
        # ten years or more: history told by its length (the guard `YEARS_READ_TO_THE_YEAR` in `_span`)
        ("La péninsule a connu en douze ans trois crises majeures.", "ten years"),
        ("Le régime a changé en soixante-dix ans plus que la péninsule entière.", "ten years"),
        # a year named before the span's start: a span of that time, not up to the page (the guard in `_span`)
        ("En 1951, l'armée chinoise avait reconquis en trois mois le terrain perdu.", "year named"),
        # a plan or a pace, not told in the past: no date (as before)
        ("Les ingénieurs veulent achever le pont en deux ans.", "past"),
        ("L'armée compte reprendre la ville en trois mois.", "past"),
    ],
)
def test_a_long_or_planned_count_is_no_span(tmp_path: Path, sentence: str, guard: str) -> None:
    assert not [d for d in drafted_dates(tmp_path, sentence, "2026-04-10") if "/" in d], guard


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses of the year guard: a year the span holds (the autumn of 2024, two years before) …
        "Quelque 15 000 militaires auraient été envoyés en Russie en deux ans, dont 11 000 à l'automne 2024.",
        # … or one a « depuis » starts, another period than the span's
        "Pyongyang aurait gagné 20 milliards de dollars en deux ans et une expérience qu'il n'avait plus depuis 1953.",
    ],
)
def test_a_year_inside_the_span_or_after_since_keeps_it(tmp_path: Path, sentence: str) -> None:
    assert "2024-10/2026-10" in drafted_dates(tmp_path, sentence, "2026-10-27")


# --- « pendant N mois, avant de … en avril »: the span ending on the date told ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        (
            "Pyongyang s'est tu pendant six mois, avant d'admettre en avril la présence de ses soldats.",
            "2025-12-10",
            "2024-10/2025-04",
        ),
        ("Il a combattu pendant sept mois avant d'être blessé en février.", "2025-09-04", "2024-07/2025-02"),
        (
            "Il a travaillé pendant trois semaines avant de rentrer le 12 août à Lyon.",
            "2025-09-04",
            "2025-07-22/2025-08-12",
        ),
    ],
)
def test_a_span_before_a_dated_act_ends_on_its_date(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published)


@pytest.mark.parametrize(
    ("sentence", "edtf", "guard"),
    [
        # a time to come: the clause's future marker keeps the span out
        ("Il restera sur place pendant trois mois avant de rentrer en juin.", "2026-06", "future"),
        # the date must follow the verb's few words: « en France » is no date, so no span
        ("Il a travaillé pendant trois mois avant de rentrer en France l'an dernier.", "2024", "date after the verb"),
    ],
)
def test_a_span_before_an_undated_or_coming_act_is_no_span(
    tmp_path: Path, sentence: str, edtf: str, guard: str
) -> None:
    assert drafted_dates(tmp_path, sentence, "2025-09-04") == [edtf], guard
