"""Round 75 (issue 16, figures then dates; helper round75): the shapes sealed49 and sealed51 exposed. A guillemet
opened between a bound and its number dropped the bound in silence (« jusqu'à « 4 000 tués » »: a WRONG); an IRC log's
clock stamp opening an answer (« 08:19 < mirkwood> … »), a day after « le » (« fin octobre, le 24 si je me souviens
bien ») and a distance to a place (« 50 km à l'ouest de Koursk ») were read as counts; a mailing list's archive dated
its mail stamps, its reply lines, its navigation to the list's other messages and its signature's motto as facts. Made-up pages, never the
held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.frnumbers import find_figures
from koursk_cli.extract.pagechrome import _CHROME
from koursk_cli.extract.pagelines import folded_line
from tests.test_extract import drafted_dates, extract
from tests.test_extract_backtracking import _growth


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.value_kind) for f in find_figures(text)]


def _claims(tmp_path: Path, text: str, published: str = "2025-03-14") -> list[tuple[object, object]]:
    _, _, claims = extract(tmp_path, text + "\n", published)
    return [(c["value"], c["value_kind"]) for c in claims or []]


# --- figures: a bound before a quoted number ------------------------------------------------------------------------


def test_a_bound_keeps_its_number_when_a_quote_opens_between() -> None:
    assert _read("Kiev avançait des chiffres plus élevés, jusqu'à « 4 000 tués ».") == [
        ("jusqu'à « 4 000 tués", 4000, "at_most")
    ]
    assert _read("L'état-major parle de plus de « 3 000 » morts.") == [("plus de « 3 000 » morts", 3000, "at_least")]
    assert _read("Séoul en compte « environ 600 tués ».")[0][1:] == (600, "approximate")  # near miss: inside the quote
    assert _read("Séoul compte « 600 tués ».") == [("600 tués", 600, "exact")]  # near miss: no bound


# --- figures: a clock, a day, a distance -----------------------------------------------------------------------------


def test_a_clock_stamp_opening_an_answer_is_no_count(tmp_path: Path) -> None:
    log = (
        "08:18 < anya_k> et combien ils sont maintenant ?\n08:19 < mirkwood> le NIS disait 10 000 soldats mi-octobre\n"
    )
    assert _claims(tmp_path, log, "2024-11-08") == [(10000, "exact")]
    assert _read("Le bilan : 08:19, puis 300 soldats.") == [("300 soldats", 300, "exact")]
    assert _read("Le score fut de 3:1.") == []  # near miss: no minutes, no count either way


def test_a_number_alone_after_le_is_a_day() -> None:
    assert _read("Ratifié par la Douma fin octobre, le 24 si je me souviens bien.") == []
    assert _read("Le congrès s'est achevé le 27 par un discours.") == []
    # near misses: « les » counts, and a counted noun after « le » is still read
    assert _read("Kiev en compte les 24 si on inclut les blessés.") != []
    assert _read("Le 24, 300 soldats sont arrivés.") == [("300 soldats", 300, "exact")]


def test_a_distance_to_a_place_is_no_ground() -> None:
    assert _read("C'est près de Lgov, 50 km à l'ouest de Koursk.") == []
    assert _read("Un village 12 km au sud-est d'Orel a été touché.") == []
    # near misses: an advance with no place after it, and an area, stay read
    assert _read("Les forces ont avancé de 20 km au sud.") == [("20 km", 20, "exact")]
    assert _read("Ils ont repris 50 km² au nord de Koursk.") == [("50 km²", 50, "exact")]


# --- dates: a mailing list's archive ---------------------------------------------------------------------------------

_ARCHIVE = """[Liste-fr] Re: Pertes à Koursk

Hélène M. helene at exemple.fr
Mer 18 Juin 2025 10:41:07 CEST

    Message précédent (par date) : [Liste-fr] Re: Pertes à Koursk
    Message suivant (par date) : [Liste-fr] Séminaire du 26 juin : programme
    Messages triés par : [ date ] [ thread ] [ subject ] [ author ]

Bonjour,

Le 17/06/2025 à 22:03, Thomas Rey a écrit :
> Je retiens le chiffre publié le 30 avril.
>
>> Le mar. 10 juin 2025 à 18:20, Sun-hee Park a écrit :
>> Kiev parlait dès janvier de pertes.

Choïgou est arrivé mardi à Pyongyang.
"""


def test_a_mail_archive_dates_no_stamp_nor_other_message(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, _ARCHIVE, "2025-06-18") == ["2025-01", "2025-04-30", "2025-06-17"]


def test_a_story_line_that_looks_like_a_stamp_is_still_dated(tmp_path: Path) -> None:
    # near misses: no clock (« Le 3 mai, Kim a écrit : »), no seconds, a message the story tells of
    assert drafted_dates(tmp_path, "Le 3 mai, Kim a écrit : « Nous vaincrons. »", "2025-06-18") == ["2025-05-03"]
    assert drafted_dates(tmp_path, "Le message suivant a été envoyé le 3 mai.", "2025-06-18") == ["2025-05-03"]


def test_a_signature_block_dates_nothing(tmp_path: Path) -> None:
    mail = (
        "Choïgou est arrivé mardi à Pyongyang.\n\n-- \nHélène M.\n« Une guerre suspendue depuis le 27 juillet 1953. »\n"
    )
    assert drafted_dates(tmp_path, mail, "2025-06-18") == ["2025-06-17"]
    # near miss: a paragraph after the block's blank line is the story's again
    assert drafted_dates(tmp_path, mail + "\nLe 3 mai, Kim a parlé.", "2025-06-18") == ["2025-05-03", "2025-06-17"]


def test_the_new_patterns_grow_linearly() -> None:
    assert _growth(lambda n: _CHROME.match(folded_line("le " + "1 " * n + "a 22:03, x")), 200) < 16
    assert _growth(lambda n: _CHROME.match(folded_line("mer 18 juin 2025 " + "1" * n)), 200) < 16
    assert _growth(lambda n: find_figures("le " + "12 km au " * n + "nord"), 50) < 16
