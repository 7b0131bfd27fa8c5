"""Round 77 (issue 16, future dates; helper round77): the times ahead the news pages of sealed40 to sealed51 missed
most were counted from the wrong day. A wire dateline without its year, as Reuters, Belga and Keystone-ATS print it
(« SÉOUL, 4 septembre (Reuters) - »), was not read as the dispatch's day, so a page reprinting it the next day counted
« d'ici la fin de l'année » from its own day; and a time ahead in a sentence whose main clause tells what was said or
done on a day of the week before (« Mercredi, … a jugé possible … d'ici à la fin du mois », « « … d'ici au mois de
mars », a affirmé samedi ») ran from the page's day, not the speaker's. Made-up sentences, never the held-out ones;
each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from koursk_cli.dates import store_date
from koursk_cli.extract.byline import dispatch_day
from koursk_cli.extract.frdates import find_dates
from tests.test_extract import drafted_dates


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, store_date(published))]


# --- a wire dateline without its year ---------------------------------------------------------------------------------


def test_a_yearless_wire_dateline_is_the_dispatch_day() -> None:
    assert dispatch_day("TOKYO, 6 mars (Reuters) - Le gouvernement a", date(2025, 3, 7)) == date(2025, 3, 6)
    assert dispatch_day("Namur, 1er avril (Belga) - Les ministres", date(2026, 4, 3)) == date(2026, 4, 1)
    # across the new year: the latest such day not after the page
    assert dispatch_day("OSLO, 31 décembre (Reuters) - La police", date(2025, 1, 1)) == date(2024, 12, 31)


def test_a_yearless_dateline_near_misses() -> None:
    assert dispatch_day("TOKYO, 7 mars (Reuters) - Le gouvernement a", date(2025, 3, 7)) is None  # the page's day
    assert dispatch_day("TOKYO, 20 février (Reuters) - Le gouvernement a", date(2025, 3, 7)) is None  # too far back
    assert dispatch_day("TOKYO, 6 mars - Le gouvernement a", date(2025, 3, 7)) is None  # no agency
    assert dispatch_day("Lundi 6 mars, le gouvernement a", date(2025, 3, 7)) is None  # no dateline


def test_a_time_ahead_counts_from_a_yearless_dateline(tmp_path: Path) -> None:
    page = "TOKYO, 6 mars (Reuters) - Le Japon pourrait livrer des radars d'ici la fin de l'année, a dit un ministre."
    assert "2025-03-06/2025-12-31" in drafted_dates(tmp_path, page, "2025-03-07")
    # near miss: the dispatch's own day, the same reading
    assert "2025-03-07/2025-12-31" in drafted_dates(tmp_path, page.replace("6 mars", "7 mars"), "2025-03-07")


# --- a time ahead told on a day of the week before -------------------------------------------------------------------


def test_a_time_ahead_runs_from_the_day_it_was_told() -> None:
    found = _dates("Lundi, la ministre a jugé « probable » une décision d'ici à la fin du mois.", "2025-06-12")
    assert ("d'ici à la fin du mois", "2025-06-09/2025-06-30") in found
    found = _dates("Le préfet a promis jeudi dernier une réponse d'ici à la fin de l'année.", "2025-06-12")
    assert ("d'ici à la fin de l'année", "2025-06-05/2025-12-31") in found
    # a quote, then its speaker and his day
    found = _dates(
        "« Le chantier pourrait reprendre d'ici au mois d'octobre », a déclaré mardi le maire.", "2025-06-12"
    )
    assert ("au mois d'octobre", "2025-06-10/2025-10") in found


def test_a_time_ahead_near_misses() -> None:
    # told in the present: from the page's day
    found = _dates("La ministre juge « probable » une décision d'ici à la fin du mois.", "2025-06-12")
    assert ("d'ici à la fin du mois", "2025-06-12/2025-06-30") in found
    # a day after the time ahead in a sentence that reports no statement: from the page's day
    found = _dates("Les ouvriers reviendront d'ici à la fin du mois, après la grève de lundi.", "2025-06-12")
    assert ("d'ici à la fin du mois", "2025-06-12/2025-06-30") in found
    # a day more than a week before the page is the story's, not the speaker's now
    found = _dates("Le 2 mai, la ministre a jugé « probable » une décision d'ici à la fin du mois.", "2025-06-12")
    assert ("d'ici à la fin du mois", "2025-06-12/2025-06-30") in found


# --- a participle's day under a simple future (review55's « Left ») ----------------------------------------------------


def test_a_participle_s_day_under_a_simple_future_stays_past() -> None:
    assert ("le 2 mars", "2025-03-02") in _dates("L'armée ripostera à l'offensive menée le 2 mars.", "2025-03-20")
    found = _dates("Le Parlement examinera l'attaque lancée le 2 mars.", "2025-03-20")
    assert ("le 2 mars", "2025-03-02") in found


def test_a_participle_s_day_near_misses() -> None:
    # after an auxiliary, or a participle that sets a day to come: the future's, the coming one
    assert ("le 2 mars", "2026-03-02") in _dates("Les marins seront libérés le 2 mars.", "2025-03-20")
    assert ("le 2 mars", "2026-03-02") in _dates("Le texte sera enfin adopté le 2 mars.", "2025-03-20")
    assert ("le 2 mars", "2026-03-02") in _dates("Les marins seront tous libérés le 2 mars.", "2025-03-20")


# --- the end of a quarter or a half ahead ----------------------------------------------------------------------------


def test_the_end_of_a_quarter_or_a_half_ahead() -> None:
    found = _dates("L'agence publiera un nouveau rapport d'ici à la fin du trimestre.", "2025-08-12")
    assert ("d'ici à la fin du trimestre", "2025-08-12/2025-09-30") in found
    found = _dates("Le chantier pourrait s'achever avant la fin du semestre.", "2025-02-04")
    assert ("avant la fin du semestre", "2025-02-04/2025-06-30") in found
    found = _dates("Un accord est espéré d'ici la fin du semestre.", "2025-08-12")
    assert ("d'ici la fin du semestre", "2025-08-12/2025-12-31") in found


def test_the_end_of_a_quarter_near_misses() -> None:
    # no bound ahead: the part of the year itself
    found = _dates("Les ventes ont reculé au premier trimestre.", "2025-08-12")
    assert [edtf for _, edtf in found] == ["2025-01/2025-03"]
    # an ordinal names a half: its months, as before
    found = _dates("Le chantier pourrait s'achever avant la fin du premier semestre.", "2025-02-04")
    assert ("du premier semestre", "2025-01/2025-06") in found
    # a month set beside it names the end: the month's reading alone
    found = _dates("Une dernière séance est prévue d'ici à la fin du semestre, en mai.", "2025-03-04")
    assert [edtf for _, edtf in found] == ["2025-05"]
    # « la fin de l'année » as before
    found = _dates("Un accord est espéré d'ici la fin de l'année.", "2025-08-12")
    assert ("d'ici la fin de l'année", "2025-08-12/2025-12-31") in found


# --- « les prochains jours »: ten days (eleven since round 102) -----------------------------------------------------


def test_the_coming_days_reach_eleven_days() -> None:
    found = _dates("Les premiers convois pourraient arriver dans les prochains jours.", "2025-05-12")
    assert ("dans les prochains jours", "2025-05-12/2025-05-23") in found
    # told on a day before: counted from it, to the same length
    found = _dates("« Ils arriveront dans les prochains jours », a affirmé samedi le ministre.", "2025-05-12")
    assert ("dans les prochains jours", "2025-05-10/2025-05-21") in found


def test_the_coming_days_near_misses() -> None:
    # a count the text gives, and the coming weeks, as before
    found = _dates("Les convois pourraient arriver dans les trois prochains jours.", "2025-05-12")
    assert ("dans les trois prochains jours", "2025-05-12/2025-05-15") in found
    found = _dates("Les convois pourraient arriver dans les prochaines semaines.", "2025-05-12")
    assert ("dans les prochaines semaines", "2025-05-12/2025-06-30") in found  # the next month's end (round 126)
