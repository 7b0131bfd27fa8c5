"""Round 20 (issue 16): classes of false figures, missed figures, page chrome read as facts and dates read in the wrong
year that sealed18 (and the sets before it) showed — « pour cent » in words, a rundown's row numbers, addresses and a
page's counters, « de N à M millions » and a count in parentheses with their noun left out, « a depuis été » read as the
summer, « janvier dernier » on a January page, the page's stamps in more shapes, section headings in capitals, a
chronology's « 1961 - » entries, a participle opening its sentence. Made-up sentences, never the held-out articles';
each test drives `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract, read_date
from tests.test_extract_round18 import _values

# --- numbers that count nothing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # « pour cent » in words after a Belgian or Swiss ten: a share; its « cent » was read as 100
        "Un lecteur répond : septante pour cent de ces chiffres sont inventés.\n",
        "Huitante pour cent de ses électeurs le soutiennent.\n",
        # an address's number, a letter's length, a search engine's and a phone's counters
        "Écrivez-nous au 12 bis place de la Gare, à Namur.\n",
        "Rédaction : 7 cours Vitton, Lyon.\n",
        "Les textes de plus de 2 000 signes seront raccourcis.\n",
        "Environ 48 300 résultats (0,32 secondes)\n",
        "+ 3 notifications de plus\n",
    ],
)
def test_numbers_of_the_page_and_per_cent_words_count_nothing(tmp_path: Path, text: str) -> None:
    """sealed18: « nonante pour cent » read as 100, « 2 bis », « 36 cours », « plus de 1 500 signes », « Environ
    1 240 000 résultats », « 2 notifications » read as counts of the story."""
    _, _, claims = extract(tmp_path, text, "2025-06-18")
    assert _values(claims) == []


def test_a_column_headed_by_a_reference_word_numbers_rows(tmp_path: Path) -> None:
    """A rundown's or a list's « N° » column numbers its rows (« 01 », « 02 »…): each was read as a count; the other
    columns' numbers still count what their heading names."""
    text = "No  | SUJET              | SOLDATS\n01  | Front de l'Est     | 300\n02  | Koursk             | 2 000\n"
    _, _, claims = extract(tmp_path, text, "2025-01-13")
    assert _values(claims) == [(300, None, None, "exact"), (2000, None, None, "exact")]


# --- counts whose noun is left out ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Les livraisons d'obus sont massives : les estimations vont de 2 à 4 millions.",
            [(None, 2_000_000, 4_000_000, "range")],
        ),
        ("Les estimations vont de 6 000 à 8 000, selon Kiev.", [(None, 6000, 8000, "range")]),
        ("Moscou a reçu des obus (2,5 millions en 2024, selon un rapport).", [(2_500_000, None, None, "exact")]),
        ("Moscou a reçu des renforts (environ 4 000) au printemps.", [(4000, None, None, "approximate")]),
        # near misses: « de 3 à 5 » alone, a small number in parentheses
        ("Les séances durent de 3 à 5, selon le programme.", []),
        ("Les conseillers (trois) sont partis.", []),
    ],
)
def test_a_range_of_thousands_or_a_count_in_parentheses_is_read(
    tmp_path: Path, sentence: str, values: list[object]
) -> None:
    """« vont de 3 à 5 millions » and « livraisons d'obus (1,5 million en 2025) » were dropped (sealed18's misses)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-09-19")
    assert _values(claims) == values


# --- « été » the participle, « dernier » on the month's own page ------------------------------------------------------


def test_a_depuis_ete_is_the_participle_never_the_summer(tmp_path: Path) -> None:
    """« Ce chiffre a depuis été révisé » was read as « depuis l'été »: two summers proposed as dates."""
    _, events, _ = extract(tmp_path, "Le bilan a depuis été corrigé par l'état-major.\n", "2025-11-05")
    assert events == []
    _, events, _ = extract(tmp_path, "Les combats durent depuis l'été.\n", "2025-11-05")
    assert read_date(events[0]) == "2025-06/2025-08"  # near miss: with its article, the season


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Kiev avait proposé dès janvier dernier de les échanger.", "2025-01"),
        ("Le ministre avait été limogé en janvier dernier.", "2025-01"),
        # near misses: without « dernier », the month of the page; another month, the latest one
        ("Le ministre a été limogé en janvier.", "2026-01"),
        ("Le ministre a été limogé en décembre dernier.", "2025-12"),
    ],
)
def test_a_month_dernier_on_its_own_month_s_page_is_a_year_back(tmp_path: Path, sentence: str, edtf: str) -> None:
    """« dès janvier dernier » on 20 January 2026 was read as January 2026, the month of the page."""
    _, events, _ = extract(tmp_path, sentence + "\n", "2026-01-20")
    assert read_date(events[0]) == edtf


# --- the page's own lines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Économie | Lundi 4 mai 2026 à 08:20, mis à jour à 10:05",
        "Le 04/05/2026 à 06:00 par Marc Dupont",
        "Écrit par Léa Martin avec AFP • Publié le 4 mai 2026 à 07h15, mis à jour le 4 mai 2026 à 09h40 (heure locale)",
        "Lundi 04/05/2026 - Édition de 19h30 - Présentation : Paul Henry",
        "Version 3 - imprimé le 04/05/2026 à 18:02 - Durée totale prévue : 24'10",
        "Le Soir n°12 du 30 avril 2026 est en vente en librairie - Prix : 4,50 €",
        "Marc_Namur il y a 5 heures",
        "Aujourd'hui",
        "C'ÉTAIT UN 4 MAI",
        "IL Y A DIX ANS",
    ],
)
def test_the_page_s_stamps_and_headings_date_no_fact(tmp_path: Path, line: str) -> None:
    """Stamps with a same-day update or a byline after them, a byline before a bullet, a rundown's head, an issue on
    sale, a commenter's handle before « il y a », a feed's « Aujourd'hui », a section heading in capitals: each was
    proposed as an event (sealed18: 16 of its 18 chrome proposals)."""
    text = f"Titre de la page sur Koursk\n{line}\nLes soldats sont arrivés à Koursk le 3 mai.\n"
    _, events, _ = extract(tmp_path, text, "2026-05-04")
    assert [read_date(e) for e in events] == ["2026-05-03"]


def test_a_long_line_in_capitals_is_no_heading(tmp_path: Path) -> None:
    """Near miss: an agency's URGENT headline in capitals, longer than a section's heading, keeps its date."""
    text = "URGENT - LA COREE DU NORD A ENVOYE DES TROUPES EN RUSSIE LE 3 MAI SELON SEOUL\n"
    _, events, _ = extract(tmp_path, text, "2026-05-04")
    assert [read_date(e) for e in events] == ["2026-05-03"]


# --- a chronology's entry and a participle opening its sentence --------------------------------------------------------


def test_an_entry_opening_with_its_year_is_dated_by_it(tmp_path: Path) -> None:
    """« 1961 - Le Koweït proclame son indépendance. » dated nothing, and « entre novembre et mars » in an entry
    « 2025 - » was read in the page's year."""
    text = (
        "1953 - L'armistice est signé à Panmunjom.\n"
        "2024 - Séoul estime que 300 soldats ont été tués entre novembre et mars.\n"
    )
    _, events, _ = extract(tmp_path, text, "2026-06-19")
    assert [read_date(e) for e in events] == ["1953", "2023-11/2024-03", "2024"]


def test_an_opening_participle_tells_the_past(tmp_path: Path) -> None:
    """« Arrivé mardi en train blindé, le dirigeant devait regagner Pyongyang ce jeudi »: the Tuesday was read as the
    one to come, by the main clause's « devait »; the participle's clause tells what was done."""
    text = "Arrivé mardi en train, le dirigeant devait repartir jeudi.\n"
    _, events, _ = extract(tmp_path, text, "2025-09-04")
    assert sorted(read_date(e) for e in events) == ["2025-09-02", "2025-09-04"]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Séoul évoque des envois de soldats vers la Russie : environ 12.000 depuis janvier.",
            [(12000, None, None, "approximate")],
        ),
        (
            "Le journal parlait de 300 morts en mars, puis d'environ 1 500 en mai.",
            [(300, None, None, "exact"), (1500, None, None, "approximate")],
        ),
        ("Quant aux soldats nord-coréens, Séoul parlait d'environ 11 000.", [(11000, None, None, "approximate")]),
        ("Un autre article parlait de 9 000.", []),  # near miss: no noun named before, no qualifier
        (
            "De 8.000 hommes en 2024, le contingent serait passé à près de 12.000 cette année.",
            [(8000, None, None, "exact"), (None, 10800, 12000, "range")],
        ),
        # near misses: a bare number after a colon (a phone's), a range's low end after a colon
        ("Information : 819 555-0142.", []),
        ("Le chiffre du jour : 1 461. C'est le nombre de jours de guerre.", []),
    ],
)
def test_a_count_announced_said_or_changed_to_counts_the_noun_before(
    tmp_path: Path, sentence: str, values: list[object]
) -> None:
    """« la Russie : environ 15.000 », « puis d'environ 2 000 », « parlait de 11 000 », « passé à près de 15.000 »: a
    count whose noun is left out after a colon, « puis d' », a verb of speaking or of change was dropped (sealed18, and
    sealed11, 14, 15, 17's misses of the same shapes)."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-10-15")
    assert _values(claims) == values
