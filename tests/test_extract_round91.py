"""Round 91 (issue 16, dates of futures and spans on news pages; helper round91): a span of months counted back (« en
l'espace de quatre mois ») was read to the day where it counts months (the truths read « 2025-08/2025-12 »); a deadline
season quoted after an asking verb in a past sentence (« a réclamé des abris « avant l'hiver » ») dated nothing. Round
91's third rule, a time ahead counted from a weekday a day or two before the page (« a affirmé mardi » on Thursday's
page), is taken out (mend62b, review61b: any past weekday moved it, and the future moved was stored as a fact without
its forecast TODO); its cases stay as near misses that count from the page's day, but for a weekday a reporting verb
dates (« a affirmé mardi »), from which round 94 counts again, the forecast kept (tests/test_extract_round94.py).
Made-up sentences, never the held-out ones; each positive case fails before the change, its near misses pass both
times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import extract, read_date


def _dates(tmp_path: Path, text: str, published: str) -> list[str]:
    _, events, claims = extract(tmp_path, text + "\n", published)
    return sorted({read_date(r) for r in [*(events or []), *(claims or [])]})


_LEAD = "Le ministère sud-coréen de la Défense a affirmé mardi que des renforts nord-coréens avaient quitté Wonsan."
_AHEAD = "Pyongyang prévoit un nouveau contingent d'ici à la fin de l'automne."


# --- a time ahead counted from the story's day, a day or two before the page's ---------------------------------------


def test_a_time_ahead_runs_from_the_day_a_reporting_verb_dates(tmp_path: Path) -> None:
    # the story's-day rule was taken out (review61b: any weekday a day or two before the page moved the time ahead,
    # and the future moved was stored as a fact); round 94 counts again from the day a reporting verb dates just
    # before its weekday, the forecast kept (tests/test_extract_round94.py, and review61b's near misses stay)
    assert "2025-09-09/2025-11" in _dates(tmp_path, f"{_LEAD} {_AHEAD}", "2025-09-11")
    lead = "Le renseignement ukrainien a indiqué mardi que des artilleurs nord-coréens se trouvaient près de Soudja."
    line = "Kiev espère obtenir de nouvelles défenses aériennes avant l'été."
    assert "2026-03-03/2026-05-31" in _dates(tmp_path, f"{lead}\n\n{line}", "2026-03-04")


def test_a_time_ahead_on_a_page_three_days_on_runs_from_the_page(tmp_path: Path) -> None:
    # near miss: three days on, the page tells older news; its times ahead count from it
    assert "2025-09-12/2025-11" in _dates(tmp_path, f"{_LEAD} {_AHEAD}", "2025-09-12")


def test_a_time_ahead_on_a_page_of_its_own_news_runs_from_the_page(tmp_path: Path) -> None:
    # near miss: « a déclaré jeudi » on Thursday's page is the page's news
    lead = "Le porte-parole de l'armée a déclaré jeudi que les frappes avaient repris, après celles de mardi."
    assert "2025-09-11/2025-11" in _dates(tmp_path, f"{lead} {_AHEAD}", "2025-09-11")


def test_a_period_since_a_day_is_no_story_s_day(tmp_path: Path) -> None:
    # near miss: « Depuis mardi » starts a period, it is no day a statement was made on
    lead = "Depuis mardi, des drones ukrainiens frappent les dépôts de la région de Koursk."
    assert "2025-09-11/2025-11" in _dates(tmp_path, f"{lead} {_AHEAD}", "2025-09-11")


def test_a_span_counted_ahead_still_runs_from_the_page(tmp_path: Path) -> None:
    # near miss: « dans les prochaines semaines » counts from the page's day
    line = "De nouveaux sapeurs sont attendus dans les prochaines semaines."
    found = _dates(tmp_path, f"{_LEAD} {line}", "2025-09-11")
    assert any(d.startswith("2025-09-11/") for d in found), found


# --- a span of months counted back, to the months it runs in --------------------------------------------------------


def test_a_span_of_months_counted_back_reads_whole_months(tmp_path: Path) -> None:
    line = "En l'espace de quatre mois, les démineurs nord-coréens ont nettoyé plus de 1 500 hectares."
    assert "2025-08/2025-12" in _dates(tmp_path, line, "2025-12-18")
    line = "Les ingénieurs ont achevé trois ponts en l'espace d'un an, selon le ministère."
    assert "2024-05/2025-05" in _dates(tmp_path, line, "2025-05-20")


def test_a_short_span_counted_back_stays_to_the_day(tmp_path: Path) -> None:
    # near miss (`_WHOLE_MONTHS`): two months' three calendar months would not hold a reading to the day tightly
    line = "En l'espace de deux mois, les démineurs nord-coréens ont nettoyé plus de 600 hectares."
    assert "2025-10-18/2025-12-18" in _dates(tmp_path, line, "2025-12-18")


# --- a deadline season quoted as a phrase in a sentence told in the past --------------------------------------------


def test_a_quoted_deadline_season_is_the_one_ahead(tmp_path: Path) -> None:
    line = "Le gouverneur de Belgorod a réclamé des abris supplémentaires « avant l'hiver »."
    assert "2025-09-16/2025-11-30" in _dates(tmp_path, line, "2025-09-16")
    line = "Les maires de la région ont demandé « une évacuation complète avant l'automne »."
    assert "2025-05-06/2025-08-31" in _dates(tmp_path, line, "2025-05-06")


def test_a_quoted_clause_dates_no_deadline(tmp_path: Path) -> None:
    # near miss (`quoted_phrase_openers`): a quoted clause with its own subject tells its own time, here a past the
    # tense rules do not read (« avions »), even after a request
    line = "Le maire a réclamé des crédits : « Nous avions tout reconstruit avant l'hiver »."
    assert not any(d.endswith("-11-30") for d in _dates(tmp_path, line, "2025-09-16"))


def test_a_quoted_phrase_telling_the_past_dates_no_deadline(tmp_path: Path) -> None:
    # near miss (the quote tells the past): the allowances were paid before the last winter
    line = "Les familles ont réclamé « les indemnités qui avaient été versées avant l'hiver »."
    assert not any(d.endswith("-11-30") for d in _dates(tmp_path, line, "2025-09-16"))


def test_a_quoted_deadline_after_a_past_participle_dates_no_deadline(tmp_path: Path) -> None:
    # near miss (no asking verb governs the quotation): the deadline alone after « avaient quitté » says when they left
    line = "Le vétéran a raconté que ses camarades avaient quitté le village « avant l'hiver »."
    assert not any(d.endswith("-11-30") for d in _dates(tmp_path, line, "2025-09-16"))
