"""Round 66 (issue 16, figures then dates; helper round66): the shapes sealed43 and sealed44 exposed. Spoken French's
« genre 3000 pertes » was read exact (a WRONG); « 1,5 million de projectiles », « quelque 250 lance-missiles », « chiffrait
encore à 4'700 les pertes » and « dont une centaine » were missed; inclusive writing's « 3 480 abonné·e·s » and a
comment section's « Commentaires (1 204) » were read as counts; a page's notices (« Publicité — … », « ► Concours : … »),
a local paper's « À ne pas manquer » links and a cinema's grid of screenings (« Ven. 10 avril : 16 h 30 ») were dated
as facts; a span (« en l'espace de trois semaines ») counted up to the page, not to the one day its sentence names.
Made-up pages, never the held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import frnumbers, frwords, pagechrome, schedule
from tests.test_extract import drafted_dates, extract
from tests.test_extract_backtracking import _growth


def _claims(tmp_path: Path, text: str, published: str = "2025-05-05") -> list[tuple[object, object, object]]:
    _, _, claims = extract(tmp_path, text + "\n", published)
    return [(c["value"], c["value_kind"], c["topic"]) for c in claims or []]


# --- figures --------------------------------------------------------------------------------------------------------


def test_spoken_genre_before_a_number_is_about(tmp_path: Path) -> None:
    kept = _claims(tmp_path, "Et là, Kiev annonce genre 2500 pertes en une semaine, c'est énorme.")
    assert kept == [(2500, "approximate", "losses")]
    # near miss: « genre » as a noun, no number right after it
    assert _claims(tmp_path, "Un drone de ce genre coûte cher ; Kiev annonce 2500 pertes.") == [
        (2500, "exact", "losses")
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Séoul avance désormais le chiffre de 2,5 millions de projectiles livrés à Moscou.", 2_500_000),
        ("Pyongyang aurait aussi livré quelque 180 lance-missiles à la Russie.", 180),
    ],
)
def test_projectiles_and_missile_launchers_are_counted(tmp_path: Path, sentence: str, value: int) -> None:
    assert [v for v, _, _ in _claims(tmp_path, sentence)] == [value]


def test_an_adverb_between_the_verb_of_estimate_and_a(tmp_path: Path) -> None:
    kept = _claims(tmp_path, "L'an dernier, le renseignement chiffrait encore à 3 900 les pertes nord-coréennes.")
    assert kept == [(3900, "exact", "losses")]
    # near miss: a price estimated, no count of the story
    assert _claims(tmp_path, "Le loyer, estimé notamment à 300 euros, a été payé.") == []


def test_a_quantity_word_after_dont_counts_the_count_before(tmp_path: Path) -> None:
    kept = _claims(tmp_path, "Plus de 1 500 d'entre eux auraient été tués, dont une vingtaine dès la première nuit.")
    assert kept == [(1500, "at_least", "losses"), (20, "approximate", "losses")]
    # near misses: a quantity of a noun the story does not count, or of nothing it names
    assert _claims(tmp_path, "La salle, dont une centaine de places réservées, était pleine.") == []
    assert _claims(tmp_path, "Ils ont envoyé 40 colis, dont une dizaine à Koursk.") == []


def test_inclusive_endings_are_the_plain_word() -> None:
    assert frwords.without_inclusive_endings("étudiant·e·s") == "étudiants"
    assert frwords.without_inclusive_endings("sud-coréen·ne·s") == "sud-coréens"
    assert frwords.without_inclusive_endings("ami·e") == "ami"
    assert frwords.without_inclusive_endings("soldats") == "soldats"


def test_a_count_in_inclusive_writing_counts_its_noun(tmp_path: Path) -> None:
    assert _claims(tmp_path, "Suivez-nous sur Instagram · 2 170 abonné·e·s") == []
    assert _claims(tmp_path, "Près de 900 étudiant·e·s ont signé la pétition.") == []
    # near miss: a count of the story's people in inclusive writing stays one
    kept = _claims(tmp_path, "Quelque 3 000 combattant·e·s nord-coréen·ne·s auraient été engagé·e·s à Koursk.")
    assert [v for v, _, _ in kept] == [3000]


def test_a_comment_sections_label_and_its_count_is_chrome(tmp_path: Path) -> None:
    assert _claims(tmp_path, "Commentaires (2 318)") == []
    # near miss: a sentence that mentions comments in brackets still counts what it counts
    assert _claims(tmp_path, "Les commentaires (2) de Kiev portent sur 3 000 soldats.") == [(3000, "exact", "troops")]


# --- the page's notices, links and grid --------------------------------------------------------------------------


_NOTICES = """\
Des soldats nord-coréens ont été capturés samedi dans la région de Koursk, a annoncé Kiev.

Publicité — Fête des vendanges à Cully, 14 juin et 15 juin, entrée libre
► Concours : gagnez 2 places pour le concert du 3 juillet
Petite annonce : Vends barque 3,80 m, 900 € — tél. 00 00 00 00 00
Météo du jour : 4 °C, brume | Trafic : chaussée rétrécie jusqu'au 20 juin
"""


def test_a_pages_notices_date_nothing(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, _NOTICES, "2025-05-05") == ["2025-05-03"]
    assert _claims(tmp_path, _NOTICES) == []


def test_a_line_that_only_begins_like_a_notice_stays(tmp_path: Path) -> None:
    text = "Concours de circonstances : le 28 avril, deux soldats nord-coréens ont été capturés près de Soudja."
    assert drafted_dates(tmp_path, text, "2025-05-05") == ["2025-04-28"]
    # a news alert's weather story is news, not the day's weather box
    alert = "Météo : jusqu'à 20 cm de neige attendus dans les Vosges d'ici samedi"
    assert drafted_dates(tmp_path, alert, "2025-01-08") == ["2025-01-08/2025-01-11"]


_LINKS = """\
Des soldats nord-coréens ont été capturés samedi dans la région de Koursk, a annoncé Kiev.

À ne pas manquer dans la Somme
• Abbeville : la foire aux livres reportée au 24 mai
• Péronne : le marché déménage à partir du 2 juin
"""


def test_a_local_papers_other_stories_date_nothing(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, _LINKS, "2025-05-05") == ["2025-05-03"]


_SCREENINGS = """\
Le documentaire raconte l'envoi de soldats nord-coréens en Russie à l'automne 2024.

Séances
Mer. 8 avril : 14 h 00 · 20 h 45
Ven. 10 avril : 16 h 30
Lun. 13 avril : relâche
Mardi 14 avril : 20 h 45
"""


def test_a_cinemas_grid_dates_nothing(tmp_path: Path) -> None:
    # its slots are a timetable's entries, no word of a public event in them: the page's schedule (its screenings,
    # facts since the session-68 call, are missed)
    assert drafted_dates(tmp_path, _SCREENINGS, "2026-04-07") == ["2024-09/2024-11"]


def test_a_past_day_and_its_hour_opening_a_line_stays(tmp_path: Path) -> None:
    # near miss: a chronology's past entry keeps its day, whatever follows the colon
    text = "Chronologie\n\n3 avril : 16 h 30, les premiers tirs d'artillerie nord-coréens sont signalés.\n"
    assert "2026-04-03" in drafted_dates(tmp_path, text, "2026-04-07")


# --- a span and the one day its sentence names ------------------------------------------------------------------


def test_a_span_ends_on_the_one_day_its_sentence_names(tmp_path: Path) -> None:
    text = (
        "Près de 2 000 soldats auraient été tués en l'espace de trois semaines, selon un bilan publié le 20 décembre "
        "par Kiev."
    )
    assert "2024-11-29/2024-12-20" in drafted_dates(tmp_path, text, "2025-01-10")


def test_a_span_with_two_days_in_a_side_clause_stays_up_to_the_page(tmp_path: Path) -> None:
    # near miss: two days told, none in the main clause: no one day ends the span
    text = (
        "Près de 2 000 soldats auraient été tués en l'espace de trois semaines, selon un bilan publié le 20 décembre "
        "par Kiev et repris le 27 décembre par Séoul."
    )
    assert "2024-12-20/2025-01-10" in drafted_dates(tmp_path, text, "2025-01-10")


# --- growth ------------------------------------------------------------------------------------------------------


def test_the_new_patterns_grow_linearly() -> None:
    assert _growth(lambda n: frwords.without_inclusive_endings("a" + "·e" * n + "1"), 5_000) < 16
    assert _growth(lambda n: frnumbers.find_figures("3 000 abonné" + "·e" * n), 2_000) < 16
    assert _growth(lambda n: pagechrome.page_furniture("Commentaires (" + "1 " * n + "x"), 5_000) < 16
    assert _growth(lambda n: pagechrome.page_furniture("► " + " " * n + "concours :"), 5_000) < 16
    assert _growth(lambda n: schedule.heads_an_entry(" " * n + "10 avril" + " " * n + "x", n, n + 8), 5_000) < 16
