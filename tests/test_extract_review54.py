"""The lead's review of rounds 67-70 (session 54, helper review54): where a rule as merged misfired on ordinary
French or on a page's ordinary layout.

- Round 67 read « la veille » after the passé composé as the eve of the news even where the sentence before tells
  the story from a day it names (« Le 3 novembre, … . Moscou a démenti la veille »), and a weekday the day after a
  dispatch's dateline where the sentence before names an earlier day, or where that day falls between a Friday
  dispatch and a Monday page.
- Round 68 took a hyphen or a dash for a site's bullet (a story's own box of figures dropped) and a live page's
  entries (« Kiev · hier à 21h04 : l'armée … ») for readers' comments.
- Round 69 withdrew a quoted count before any « il fallait lire / entendre » (« il fallait lire entre les lignes »).
- Round 70 took a story's paragraph under « Agenda chargé pour … » for a local agenda.
- Round 67's one list of speech verbs made the object of « a accusé », « a prévenu », « a qualifié » a speaker.

Each case fails on the merged rounds (3d0456a6) and passes now; the rounds' own cases (their test files) still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract, read_date


def _dates_by_quote(tmp_path: Path, text: str, published: str) -> dict[str, str]:
    """Each drafted event's date, by the first words of its quote."""
    _, events, _ = extract(tmp_path, text, published)
    return {" ".join(str(e["evidence"][0]["quote"]).split()[:4]): read_date(e) for e in events or []}


_DISPATCH = (
    "Publié le mercredi 18 juin 2025 à 11:05\n\nPYONGYANG, 17 juin 2025 (AFP) - La Corée du Nord va envoyer 1 000 "
    "démineurs en Russie, a annoncé mardi Sergueï Choïgou.\n\n"
)


@pytest.mark.parametrize(
    ("text", "published", "quote", "edtf"),
    [
        (
            "L'armée russe a annoncé mercredi avoir repris le village de Sverdlikovo.\n\nLe 3 novembre, Kiev a annoncé "
            "la capture de deux soldats nord-coréens. Moscou a démenti la veille toute perte.\n",
            "2025-11-20",
            "Moscou a démenti la",
            "2025-11-02",
        ),
        (
            "Publié le vendredi 14 février 2025\n\nGENÈVE, 13 février 2025 (Keystone-ATS) - Les troupes nord-coréennes "
            "ont été retirées du front, a indiqué jeudi un représentant ukrainien.\n\nLe 3 janvier, Kiev a annoncé la "
            "capture de deux soldats. Moscou a démenti la veille toute perte.\n",
            "2025-02-14",
            "Moscou a démenti la",
            "2025-01-02",
        ),
        (
            _DISPATCH
            + "Le 9 juin, Kim Jong Un a reçu Choïgou à Pyongyang. Mercredi, les deux hommes ont signé un accord.\n",
            "2025-06-18",
            "Mercredi, les deux hommes",
            "2025-06-11",
        ),
        (
            "Lundi 13 octobre 2025\n\nSÉOUL, 10 octobre 2025 (AFP) - La Corée du Nord a organisé vendredi un défilé "
            "militaire à Pyongyang, a rapporté l'agence KCNA.\n\nSamedi, Kim Jong Un a reçu une délégation russe "
            "conduite par Sergueï Choïgou.\n",
            "2025-10-13",
            "Samedi, Kim Jong Un",
            "2025-10-04",
        ),
    ],
)
def test_the_eve_or_a_weekday_counts_from_the_day_the_story_tells(
    tmp_path: Path, text: str, published: str, quote: str, edtf: str
) -> None:
    assert _dates_by_quote(tmp_path, text, published)[quote] == edtf


def test_a_weekday_brought_up_to_the_page_s_day_still_is(tmp_path: Path) -> None:  # round 67's, kept
    text = _DISPATCH + "Séoul s'est dit mercredi « préoccupé » par cet envoi.\n"
    assert _dates_by_quote(tmp_path, text, "2025-06-18")["Séoul s'est dit mercredi"] == "2025-06-18"


_STORY = (
    "Publié le 20 novembre 2025\n\nLe renseignement sud-coréen a affirmé jeudi que les soldats nord-coréens restaient "
    "déployés dans la région de Koursk, selon ses estimations les plus récentes.\n\n"
)


def test_a_box_of_the_story_s_figures_opened_by_hyphens_is_kept(tmp_path: Path) -> None:
    text = (
        _STORY + "Les chiffres du conflit\n- Soldats déployés : 11 000 en octobre 2024\n"
        "- Prisonniers : 2 soldats capturés le 9 janvier par Kiev\n"
    )
    _, events, claims = extract(tmp_path, text, "2025-11-20")
    assert {"2024-10", "2025-01-09"} <= {read_date(e) for e in events or []}
    assert 11000 in {c.get("value") for c in claims or []}


def test_a_live_page_s_entries_are_the_story_s(tmp_path: Path) -> None:
    text = (
        "Publié le 20 novembre 2025\n\nEn direct\n\nKiev · hier à 21h04 : l'armée ukrainienne a annoncé la capture "
        "de deux soldats nord-coréens.\n\nSéoul · il y a 2 jours : le renseignement sud-coréen a affirmé que 2 000 "
        "soldats nord-coréens étaient arrivés à Koursk.\n"
    )
    _, events, claims = extract(tmp_path, text, "2025-11-20")
    assert "2025-11-19" in {read_date(e) for e in events or []}
    assert {2, 2000} <= {c.get("value") for c in claims or []}


def test_a_reader_s_comment_is_still_chrome(tmp_path: Path) -> None:  # round 68's, kept
    text = _STORY + "Karim93 · il y a 2 jours : Bravo pour cet article, 2 000 soldats c'est énorme.\n"
    _, _, claims = extract(tmp_path, text, "2025-11-20")
    assert 2000 not in {c.get("value") for c in claims or []}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Zelensky a évoqué « 3 000 soldats nord-coréens tués » : il fallait lire entre les lignes une critique.",
            3000,
        ),
        (
            "Kiev a parlé de « 4 000 soldats nord-coréens tués ou blessés », mais il fallait entendre par là "
            "l'ensemble des pertes depuis novembre.",
            4000,
        ),
    ],
)
def test_an_idiom_of_reading_withdraws_no_count(tmp_path: Path, sentence: str, value: int) -> None:
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-05-05")
    assert value in {c.get("value") for c in claims or []}


def test_a_story_under_an_agenda_like_heading_keeps_its_days(tmp_path: Path) -> None:
    text = (
        "Publié le 5 mai 2025\n\nAgenda chargé pour Choïgou\nLe ministre russe a rencontré Kim Jong Un dimanche à 10 h "
        "à Pyongyang, puis a visité une usine de munitions.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-05-05")
    assert "2025-05-04" in {read_date(e) for e in events or []}


@pytest.mark.parametrize(
    ("sentence", "not_speaker"),
    [
        ("Volodymyr Zelensky a accusé Vladimir Poutine d'avoir fait venir 12 000 soldats nord-coréens.", "putin"),
        ("Volodymyr Zelensky a prévenu Kim Jong Un que 3 000 de ses soldats avaient déjà été tués.", "kim-jong-un"),
        ("Vladimir Poutine a qualifié Kim Jong Un d'« ami fidèle » après l'envoi de 12 000 soldats.", "kim-jong-un"),
    ],
)
def test_whom_a_speaker_accuses_or_warns_is_no_speaker(tmp_path: Path, sentence: str, not_speaker: str) -> None:
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-05-05")
    assert claims
    assert all(not_speaker not in (c.get("asserted_by") or []) for c in claims)
