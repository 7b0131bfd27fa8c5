"""Round 90 (issue 16, dates anchored to another date on news pages; helper round90): a part of a day other than « dans
la soirée » (« dans l'après-midi », « en fin de journée ») was read as no date at all; « Depuis, » after « ne s'étaient
pas vus depuis juin 2024 » counted from the story's last day instead of that last meeting; « Deux semaines plus
tard » after « Début septembre » counted from the last day told before it (the page's « vendredi ») instead of moving
that third of a month; « une quinzaine de jours plus tard » and « un mois et demi plus tard » were read as no date.
Made-up sentences, never the held-out ones; each positive case fails before the change, its near misses pass both
times and each fails without the guard it names."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import extract, read_date


def _dates(tmp_path: Path, text: str, published: str) -> list[str]:
    _, events, claims = extract(tmp_path, text + "\n", published)
    return sorted({read_date(r) for r in [*(events or []), *(claims or [])]})


# --- a part of a day ---------------------------------------------------------------------------------------------------


def test_the_afternoon_is_the_day_told_before(tmp_path: Path) -> None:
    text = "L'armée ukrainienne a repoussé un assaut mardi près de Soudja. Elle a publié un bilan dans l'après-midi."
    assert _dates(tmp_path, text, "2025-03-13") == ["2025-03-11"]
    # the second sentence alone is dated, by the day the first told
    _, events, _ = extract(tmp_path, text + "\n", "2025-03-13")
    assert len(events or []) == 2


def test_the_end_of_the_day_is_the_day_told_before(tmp_path: Path) -> None:
    text = "Un missile a frappé jeudi une gare de Soumy. Les pompiers éteignaient encore l'incendie en fin de journée."
    _, events, _ = extract(tmp_path, text + "\n", "2026-02-21")
    assert sorted(read_date(e) for e in events or []) == ["2026-02-19", "2026-02-19"]


def test_a_part_of_yesterday_is_yesterday_alone(tmp_path: Path) -> None:
    # near miss (guard: « hier » before the part names its day): no second date, the publication's, even in a side
    # clause
    assert _dates(tmp_path, "Le document, publié hier en fin de journée, détaille les sanctions.", "2025-11-20") == [
        "2025-11-19"
    ]


def test_a_part_of_a_day_to_come_is_not_the_day_told(tmp_path: Path) -> None:
    # the evening ahead is the publication's, not Monday's (guard: a clause in the future)
    text = "L'état-major a indiqué lundi qu'il publiera un nouveau bilan en fin de journée."
    assert "2025-11-20" in _dates(tmp_path, text, "2025-11-20")


def test_a_part_of_a_day_in_a_habit_is_no_date(tmp_path: Path) -> None:
    # near miss (guard: a habit's adverb before it, lexicon.toml habit_adverbs): no day for the habit
    text = "Kiev a annoncé mardi la reprise d'un village. Les tirs reprennent souvent en fin de journée, selon des habitants."
    _, events, _ = extract(tmp_path, text + "\n", "2025-03-13")
    assert len(events or []) == 1


# --- « Depuis, » after the last time a thing happened -------------------------------------------------------------------


_ARRIVED = "Kim est arrivé mardi à Moscou."
_SINCE = "Depuis, Pyongyang a envoyé des milliers de soldats."


def test_since_then_counts_from_the_last_meeting(tmp_path: Path) -> None:
    text = f"{_ARRIVED} Les deux dirigeants ne s'étaient pas rencontrés depuis mars 2024. {_SINCE}"
    _, _, claims = extract(tmp_path, text + "\n", "2025-09-04")
    _, events, _ = extract(tmp_path, text + "\n", "2025-09-04")
    assert "2024-03/2025-09-04" in [read_date(r) for r in [*(events or []), *(claims or [])]]
    assert "2025-09-02/2025-09-04" not in [read_date(r) for r in [*(events or []), *(claims or [])]]


def test_since_then_after_a_period_that_still_runs(tmp_path: Path) -> None:
    # near miss (guard: a negated verb before « depuis »): a period that runs on is no last time; « Depuis, »
    # keeps the story's day
    text = f"{_ARRIVED} Les deux pays coopèrent étroitement depuis mars 2024. {_SINCE}"
    assert "2025-09-02/2025-09-04" in _dates(tmp_path, text, "2025-09-04")


def test_since_then_after_how_long_a_thing_has_not_happened(tmp_path: Path) -> None:
    # near miss (guard: a month or a day, never a year alone): « n'a pas combattu depuis 1953 » is a duration
    text = f"{_ARRIVED} Le pays n'a pas combattu depuis 1953. {_SINCE}"
    assert "2025-09-02/2025-09-04" in _dates(tmp_path, text, "2025-09-04")


# --- « N plus tard » after a third of a month, rough counts, half a month ------------------------------------------------


def test_weeks_later_move_the_third_of_a_month_told_before(tmp_path: Path) -> None:
    text = (
        "La générale a témoigné vendredi devant 85 élus. « Début septembre, nul ne voulait le croire. "
        "Deux semaines plus tard, Séoul annonçait leur départ. »"
    )
    assert "2024-09-15/2024-09-24" in _dates(tmp_path, text, "2024-10-30")
    assert "2024-11-08" not in _dates(tmp_path, text, "2024-10-30")


def test_weeks_later_after_a_run_of_days_are_unchanged(tmp_path: Path) -> None:
    # near miss (guard: a third of a month, not any run of days): « en deux jours » is no time of the story
    text = (
        "Le 10 mars, l'armée russe annonçait la reprise de la ville. Les soldats ont avancé de dix kilomètres en deux "
        "jours. Trois semaines plus tard, ils combattaient encore."
    )
    assert "2025-03-31" in _dates(tmp_path, text, "2025-09-20")
    # … nor a part of a year: « Fin 2024 » keeps its months' reading
    text = (
        "Le 10 mars, l'armée russe annonçait la reprise de la ville. Fin 2024, les troupes étaient arrivées. "
        "Trois semaines plus tard, elles combattaient."
    )
    assert "2024-10/2025-01" in _dates(tmp_path, text, "2025-06-20")


def test_about_two_weeks_later_is_fourteen_days(tmp_path: Path) -> None:
    text = (
        "Le 4 mars, les premiers blindés ont franchi la frontière ; une quinzaine de jours plus tard, Moscou "
        "revendiquait la prise du village."
    )
    assert "2025-03-18" in _dates(tmp_path, text, "2025-05-20")


def test_about_ten_years_later_is_no_date(tmp_path: Path) -> None:
    # near miss (guard: a rough count of days or weeks only): no year ten years ahead
    text = "Le 10 mars, l'armée russe annonçait la reprise de la ville. Une dizaine d'années plus tard, rien n'aura changé."
    assert _dates(tmp_path, text, "2025-06-20") == ["2025-03-10"]


def test_a_month_and_a_half_later_is_that_month(tmp_path: Path) -> None:
    text = "Le 10 mars, l'armée russe annonçait la reprise de la ville. Un mois et demi plus tard, Moscou proclamait la fin."
    assert "2025-04" in _dates(tmp_path, text, "2025-06-20")


def test_half_a_month_after_a_third_of_a_month_is_no_date(tmp_path: Path) -> None:
    # near miss (guard: half a month after a month or its part has no reading)
    text = (
        "Le 10 mars, l'armée annonçait la reprise. Fin avril, les soldats sont rentrés. "
        "Deux mois et demi plus tard, ils défilaient."
    )
    assert _dates(tmp_path, text, "2025-09-20") == ["2025-03-10", "2025-04-21~/2025-04-30"]


def test_weeks_earlier_after_a_third_of_a_month_in_apposition_are_unchanged(tmp_path: Path) -> None:
    # near miss (guard: the third of a month opens the sentence before): « …, début février. » closing a sentence
    # that told Thursday is background; « Dix jours plus tôt » counts from Thursday
    text = (
        "L'état-major a diffusé jeudi un décompte des blessés recensés depuis le déploiement des brigades, "
        "début février. Dix jours plus tôt, le commandement parlait encore de pertes légères."
    )
    assert "2025-01-27" in _dates(tmp_path, text, "2025-02-08")


def test_half_a_month_after_a_thing_is_no_date(tmp_path: Path) -> None:
    # near miss (guard: « plus tard », « plus tôt » only): « huit mois et demi après le début de l'incursion » is how
    # long after, and « Deux jours plus tard » still counts from 10 March
    text = (
        "Le 10 mars, l'armée russe annonçait la reprise de la ville, huit mois et demi après le début de l'incursion. "
        "Deux jours plus tard, Pyongyang confirmait."
    )
    assert _dates(tmp_path, text, "2025-08-20") == ["2025-03-10", "2025-03-12"]


# --- decades later: the year -------------------------------------------------------------------------------------------


def test_decades_later_are_the_year(tmp_path: Path) -> None:
    text = (
        "Marcel avait 19 ans lorsqu'il a rejoint Incheon, en septembre 1950. « Soixante-quinze ans plus tard, "
        "j'apprends que l'armée de Pyongyang combat en Ukraine. »"
    )
    assert "2025" in _dates(tmp_path, text, "2025-12-03")
    assert "2025-09" not in _dates(tmp_path, text, "2025-12-03")
    text = "Le pacte fut conclu le 14 mai 1955. Soixante-dix ans plus tard, la péninsule reste divisée."
    assert "2025" in _dates(tmp_path, text, "2025-03-02")


def test_a_few_years_later_keep_the_month(tmp_path: Path) -> None:
    # near miss (guard: ten years or more): « Deux ans plus tard » stays the month
    text = "Le traité fut signé le 10 mars 2023. Deux ans plus tard, Moscou en a révisé les termes."
    assert "2025-03" in _dates(tmp_path, text, "2025-07-20")


def test_decades_later_on_the_anniversary_keep_the_day(tmp_path: Path) -> None:
    # near miss (guard: the anniversary's day is read first): on 14 May itself, that day
    text = "Le pacte fut conclu le 14 mai 1955. Soixante-dix ans plus tard, la péninsule reste divisée."
    assert "2025-05-14" in _dates(tmp_path, text, "2025-05-14")
