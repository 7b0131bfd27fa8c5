"""Round 78 (issue 16, dates counted from another; helper round78): a run of times counted over a span (« lors de sa
deuxième visite en deux semaines ») in a sentence whose main clause names its day before it (« a annoncé mardi … »)
was read up to the publication, not up to that day, the last of the run; « à la veille d'une réunion » after a main
clause's day proposed the meeting's day as a fact's even when the meeting was still ahead of the page; « Le
lendemain », « le même jour » counted from a day the sentence before had counted back from its own (« un carnet
trouvé la veille », « deux jours après que … »), not from that one. Made-up pages, never the held-out ones; each
positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from tests.test_extract import drafted_dates

# --- dates: the nth time in a span ends on the day the sentence tells ------------------------------------------------


def test_the_nth_time_in_a_span_ends_on_the_day_told_before_it(tmp_path: Path) -> None:
    text = "Le ministre a signé mardi un accord à Pyongyang, lors de sa deuxième visite en deux semaines."
    assert drafted_dates(tmp_path, text, "2025-06-19") == ["2025-06-03/2025-06-17", "2025-06-17"]
    text = "Kim a reçu lundi le ministre russe pour la troisième fois en trois mois."
    # (three months read to the months they run in since round 91: March to June, the day told in June)
    assert drafted_dates(tmp_path, text, "2025-06-19") == ["2025-03/2025-06", "2025-06-16"]


def test_a_day_told_after_the_span_is_the_first_of_the_run(tmp_path: Path) -> None:
    # near miss: the day after the colon is the first visit, not the last: the span ends on the day told before
    text = "Le ministre a signé mardi un accord. C'était sa deuxième visite en deux semaines : il était venu le 4 juin."
    assert "2025-06-03/2025-06-17" in drafted_dates(tmp_path, text, "2025-06-19")
    # near miss: no nth time, a count of months in the past is how long the act took: no run ending on the day told,
    # the span up to the page (round 95; it was no date)
    text = "Kiev a affirmé mardi avoir perdu 3 000 hommes en trois mois."
    assert drafted_dates(tmp_path, text, "2025-06-19") == ["2025-03/2025-06", "2025-06-17"]


# --- dates: the eve of a thing still ahead -------------------------------------------------------------------------


def test_the_eve_of_a_thing_still_ahead_dates_no_thing(tmp_path: Path) -> None:
    text = "Le ministre a estimé mardi que la menace grandissait, à la veille d'une réunion à Bruxelles."
    assert drafted_dates(tmp_path, text, "2026-02-10") == ["2026-02-10"]
    # ahead of the dateline's day, though not of the page's
    assert drafted_dates(tmp_path, "BRUXELLES, 10 février 2026 (Belga) - " + text, "2026-02-11") == ["2026-02-10"]


def test_the_eve_or_the_morrow_of_a_past_thing_dates_the_main_clause_s_day(tmp_path: Path) -> None:
    # near misses: a thing before the publication; the phrase dates the day after (before) it, the main clause's,
    # never the thing's own, which the text does not tell (round 126: it was drafted, a false date in 25 sentences)
    text = "Le ministre a estimé mardi que la menace grandissait, à la veille d'une réunion à Bruxelles."
    assert drafted_dates(tmp_path, text, "2026-02-12") == ["2026-02-10"]
    assert drafted_dates(tmp_path, text, "2026-02-11") == ["2026-02-10"]  # the page's own day
    text = "L'armée a revendiqué lundi la prise d'un village, au lendemain d'une attaque de drones."
    assert drafted_dates(tmp_path, text, "2026-01-07") == ["2026-01-05"]


# --- dates: « le lendemain » counts from where the story stands --------------------------------------------------------


def test_the_morrow_counts_from_the_day_told_not_one_it_recalls(tmp_path: Path) -> None:
    text = (
        "Le 19 décembre, l'armée a publié un carnet trouvé sur un corps la veille. Le lendemain, je partais pour Kiev."
    )
    assert drafted_dates(tmp_path, text, "2025-01-10") == ["2024-12-18", "2024-12-19", "2024-12-20"]
    text = (
        "Lundi, l'agence a confirmé l'envoi de soldats, deux jours après que Moscou eut annoncé la reprise de la "
        "région. Le Kremlin a salué le même jour leur courage."
    )
    assert drafted_dates(tmp_path, text, "2025-05-02") == ["2025-04-26", "2025-04-28", "2025-04-28"]


def test_the_morrow_of_a_day_told_forward_still_counts_from_it(tmp_path: Path) -> None:
    # near misses: a day the sentence tells after the first, later than it, is where the story stands
    text = "Le 19 décembre, l'armée a publié un carnet, traduit le 22 décembre. Le lendemain, je partais pour Kiev."
    assert drafted_dates(tmp_path, text, "2025-01-10") == ["2024-12-19", "2024-12-22", "2024-12-23"]
    text = "Le 19 décembre, l'armée a publié un carnet. Le lendemain, je partais pour Kiev."
    assert drafted_dates(tmp_path, text, "2025-01-10") == ["2024-12-19", "2024-12-20"]
