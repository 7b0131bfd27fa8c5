"""The review of rounds 76 to 80 (issue 16; helper review56): the misfires it found in the merged rules, mended. A ratio
read as a count (round 79's named range), a weather label's test quadratic on a line of labels (round 76), a period
after « prochain » ended with the page's (round 77), a retrospective counted from its earliest date rather than its
first (round 80), any word taken for a dateline's weekday (the merge of rounds 77 and 80), a headline taken for the
outlet's tagline (round 76), generic words read as the outlet speaking of itself (round 76), bare days read in
parentheses and in lists (round 80), nouns in -é read as participles (round 77). Made-up sentences; each positive
case fails on the merge of the five rounds (df33c340), its near misses pass both times."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from koursk_cli.extract import readerservice
from koursk_cli.extract.byline import dispatch_day
from koursk_cli.extract.frnumbers import find_figures
from koursk_cli.extract.pagehead import taglines
from koursk_cli.extract.readerservice import forecasts_the_weather
from tests.test_extract import drafted_dates
from tests.workcount import CountedPattern


def _read(text: str) -> list[tuple[str, float | None, str, float | None, float | None]]:
    return [(f.text, f.value, f.value_kind, f.value_min, f.value_max) for f in find_figures(text)]


# --- figures: a ratio or a share is no count ------------------------------------------------------------------------


def test_a_range_of_times_or_of_shares_is_no_count_nor_are_its_ends() -> None:
    assert _read("Le nombre de soldats blessés s'élèverait à 2 à 3 fois celui des tués.") == []
    assert _read("Kiev estime les pertes nord-coréennes à 2 à 3 fois celles des Russes.") == []
    assert _read("Les pertes atteindraient 10 à 15 % des effectifs.") == []
    # near misses: a named range, and a count beside a share
    assert _read("Kiev évalue à 2 100 à 2 400 le nombre de morts.")[0][2:] == ("range", 2100, 2400)
    assert _read("Entre 10 000 et 12 000 soldats, soit 10 à 15 % des effectifs.") == [
        ("Entre 10 000 et 12 000 soldats", None, "range", 10000, 12000)
    ]


# --- the weather's label --------------------------------------------------------------------------------------------


def test_a_line_of_weather_labels_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # the work counted, not timed: the label's pattern reads each label and no further, and the rest of the line is
    # tested once, after the last label (review56: the rest after each label was tested, by the label's own pattern
    # up to the line's end, some n²/2 labels' worth of characters on a line of n)
    labels = CountedPattern(readerservice._WORDED_WEATHER)
    rests = [CountedPattern(readerservice._A_FIGURE_OR_A_LINE), CountedPattern(readerservice._AN_ALTITUDE)]
    monkeypatch.setattr(readerservice, "_WORDED_WEATHER", labels)
    monkeypatch.setattr(readerservice, "_A_FIGURE_OR_A_LINE", rests[0])
    monkeypatch.setattr(readerservice, "_AN_ALTITUDE", rests[1])
    line = "· Météo : pluie " * 1000
    assert forecasts_the_weather(line)
    assert not forecasts_the_weather(line + "1")
    assert labels.matched and max(labels.matched) < 100  # a label and its weather word, never its rest
    for rest in rests:
        assert sum(rest.handed) <= 2 * len(line), rest.handed[:5]  # the last label's rest, once a line
    assert forecasts_the_weather("Météo : pluie 3 · Météo : neige attendue")
    assert not forecasts_the_weather("Météo : neige attendue · 3 000 soldats")  # near miss: a figure after it


# --- periods ahead ----------------------------------------------------------------------------------------------------


def test_the_end_of_the_next_quarter_is_not_the_end_of_this_one(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, "Moscou promet une décision d'ici la fin du trimestre prochain.", "2025-08-12") == []
    assert drafted_dates(tmp_path, "Kiev veut conclure avant la fin du semestre prochain.", "2025-08-12") == []
    # near miss: this quarter
    assert drafted_dates(tmp_path, "Moscou promet une décision d'ici la fin du trimestre.", "2025-08-12") == [
        "2025-08-12/2025-09-30"
    ]


# --- a wire dateline ----------------------------------------------------------------------------------------------------


def test_only_a_weekday_stands_before_a_yearless_dateline_s_day() -> None:
    assert dispatch_day("Pour Moscou, le 9 mai (jour de la Victoire) - la parade…", date(2025, 5, 11)) is None
    assert dispatch_day("Selon Kiev, le 3 mars (heure locale) - des tirs…", date(2025, 3, 5)) is None
    # near misses: the agencies' own forms
    assert dispatch_day("Bruxelles, mardi 24 juin (Belga) - L'Otan…", date(2025, 6, 25)) == date(2025, 6, 24)
    assert dispatch_day("SÉOUL, 4 septembre (Reuters) - Le NIS…", date(2025, 9, 6)) == date(2025, 9, 4)


# --- the page's head and its furniture ----------------------------------------------------------------------------------


def test_a_headline_ending_on_since_a_year_is_no_tagline() -> None:
    assert taglines("Pourquoi la Russie et la Corée du Nord se rapprochent autant depuis 2023\nLe texte.") == []
    # near misses: an outlet's tagline, short or naming an outlet
    assert taglines("Le quotidien des Comores depuis 1985\nLe texte.") == [(0, 36)]
    assert taglines("Le site d'information du Morvan et de ses vallées depuis 2011\nLe texte.") == [(0, 61)]


def test_generic_words_are_not_the_outlet_speaking_of_itself(tmp_path: Path) -> None:
    assert "2024/2025-06-10" in drafted_dates(
        tmp_path, "La ville de Soudja est bombardée en continu depuis 2024.", "2025-06-10"
    )
    assert "2024/2025-06-10" in drafted_dates(
        tmp_path, "Comme l'a révélé notre journal, des soldats sont présents en Russie depuis 2024.", "2025-06-10"
    )
    # near miss: the outlet's own age
    assert drafted_dates(tmp_path, "Vous lisez Regard depuis 2002.", "2025-06-10") == []


# --- days without a month ---------------------------------------------------------------------------------------------


def test_no_bare_day_in_brackets_nor_in_a_list_of_ordinals_or_of_days_of_a_month(tmp_path: Path) -> None:
    assert (
        drafted_dates(tmp_path, "Le 1er, le 2e et le 3e bataillons ont été engagés près de Koursk.", "2025-06-10") == []
    )
    assert drafted_dates(tmp_path, "Les familles des Bouches-du-Rhône (le 13) témoignent.", "2025-06-10") == []
    assert "2025-06-03" not in drafted_dates(
        tmp_path, "Kiev a frappé les dépôts le 3, le 4 et le 5 mars.", "2025-06-10"
    )
    # near misses: round 80's bare days
    assert drafted_dates(tmp_path, "Le 13, le secrétaire d'État a rencontré Kim.", "2025-06-20") == ["2025-06-13"]
    assert drafted_dates(tmp_path, "Les soldats ont été faits prisonniers le 9 dans la région.", "2025-06-20") == [
        "2025-06-09"
    ]


def test_a_retrospective_goes_on_from_its_first_date_not_its_earliest(tmp_path: Path) -> None:
    text = "Tout commence le 19 juin 2024, un an après une première visite en juillet 2023. Le 6 août, Kiev entre à Koursk."
    assert "2024-08-06" in drafted_dates(tmp_path, text, "2026-01-10")


# --- a date after a word in -é, a time ahead after a day ------------------------------------------------------------


def test_a_noun_in_e_after_an_article_is_no_participle(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, "Moscou et Pyongyang signeront un nouveau traité le 15 juin.", "2025-11-20") == [
        "2026-06-15"
    ]
    assert drafted_dates(tmp_path, "Le Japon saisira le Conseil de sécurité le 15 juin.", "2025-11-20") == [
        "2026-06-15"
    ]
    # near miss: round 77's participle
    assert drafted_dates(tmp_path, "Kiev ripostera à l'offensive menée le 2 mars.", "2025-03-10") == ["2025-03-02"]


def test_a_time_ahead_promised_now_counts_from_the_page(tmp_path: Path) -> None:
    text = "Après les frappes de lundi, Kiev promet une riposte d'ici la fin du mois."
    assert "2025-06-12/2025-06-30" in drafted_dates(tmp_path, text, "2025-06-12")
    # near misses: a statement's day, and a judgment told in the past
    said = "« Nous répondrons d'ici la fin du mois », a affirmé samedi le ministre."
    assert "2025-06-07/2025-06-30" in drafted_dates(tmp_path, said, "2025-06-12")
    judged = "Mercredi, le renseignement a jugé possible un retour des soldats d'ici à la fin du mois."
    assert "2025-06-11/2025-06-30" in drafted_dates(tmp_path, judged, "2025-06-12")
