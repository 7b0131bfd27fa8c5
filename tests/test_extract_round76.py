"""Round 76 (issue 16, date precision from a page's clutter; helper round76): the chrome sealed40-51 dated as facts.
An outlet's tagline of a dozen words in the page's head (« Le site d'information … depuis 2008 ») and its sentences
about itself anywhere (« Vous lisez … depuis 2002. », « Sans publicité depuis 2018. »); the other stories under a
local paper's or a radio's own heading (« Nos autres articles », « Articles connexes », « Écouter aussi », « Dans le
même numéro : … ») and an advert under « PUBLICITÉ »; a forecast in words (« Météo : neige attendue ce week-end »);
a radio's call to its next programme (« Écoutez notre journal … ce soir à 19h »), its next broadcast under « PROCHAINE
ÉMISSION »; a town's fair and its stalls' registration; a practical box (« — Pratique — ») and a register
(« CARNET »); the page's day under a subscription's call in its head. Made-up pages, never the held-out
ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.pagehead import taglines
from koursk_cli.extract.readerservice import forecasts_the_weather
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

_STORY = "Choïgou est arrivé mardi à Pyongyang."  # published on Thursday 2025-06-19: mardi is 2025-06-17


# --- an outlet's tagline and its words about itself -----------------------------------------------------------------


def test_a_long_tagline_in_the_head_dates_nothing(tmp_path: Path) -> None:
    head = "Le Courrier du Val\nL'hebdomadaire des habitant·e·s du Val et de ses quinze communes depuis 1957"
    page = f"{head}\n\n{_STORY}"
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


def test_an_outlet_speaking_of_itself_dates_nothing(tmp_path: Path) -> None:
    foot = "Vous lisez Le Courrier du Val depuis 1999. Merci !\nFinancé par ses lecteurs. Sans publicité depuis 2016."
    assert drafted_dates(tmp_path, f"{_STORY}\n\n{foot}", "2025-06-19") == ["2025-06-17"]
    page = f"{_STORY}\n\nÀ la rédaction du Courrier, l'info locale en continu depuis 2011."
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


def test_a_story_ending_on_depuis_a_year_is_still_dated(tmp_path: Path) -> None:
    # near misses: a fact's « depuis » a year, even after an outlet's noun or in a short sentence
    assert "1980" in drafted_dates(tmp_path, "Une première depuis 1980.", "2025-06-19")
    assert "1953" in drafted_dates(
        tmp_path, "Le journal du parti n'avait rien publié de tel depuis 1953.", "2025-06-19"
    )
    assert taglines(f"{_STORY}\nLe site a été bombardé en 2024 et fermé depuis 2024.") == []


# --- other stories under a heading, an advert --------------------------------------------------------------------


def test_other_stories_under_the_site_s_heading_date_nothing(tmp_path: Path) -> None:
    for heading in ["Nos autres articles", "Articles connexes", "Écouter aussi", "Nos abonnés ont aussi lu"]:
        page = (
            f"{_STORY}\n\n{heading}\nVal : la fête du village reportée au 12 juillet\nLa piscine rouverte depuis 2022"
        )
        assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"], heading
    page = f"{_STORY}\n\nDans le même numéro : Val – la foire aura lieu le 28 juin ; Bois – le maire démissionne."
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


def test_an_advert_under_its_label_dates_nothing(tmp_path: Path) -> None:
    page = f"{_STORY}\n\nPUBLICITÉ\nGarage du Val : 0 % de financement jusqu'au 30 juin"
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


def test_a_paragraph_after_a_heading_s_block_is_still_dated(tmp_path: Path) -> None:
    # near miss: a sentence with its full stop under « Publicité » is the story's again
    page = "Publicité\nLe 3 mai, Kim a reçu Choïgou à Pyongyang.\n"
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-05-03"]


# --- a forecast in words, a radio's next programme ---------------------------------------------------------------


def test_a_forecast_in_words_dates_nothing(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, f"{_STORY}\n\nMétéo : fortes pluies attendues ce week-end", "2025-06-19") == [
        "2025-06-17"
    ]
    assert drafted_dates(tmp_path, f"Val FM · Météo : orages ce soir\n\n{_STORY}", "2025-06-19") == ["2025-06-17"]
    assert forecasts_the_weather("• Météo : premières gelées attendues ce week-end")


def test_weather_that_is_news_is_still_dated() -> None:
    # near misses: a measure in the alert, the word inside a sentence
    assert not forecasts_the_weather("Météo : jusqu'à 15 cm de neige attendus dans les Alpes d'ici dimanche")
    assert not forecasts_the_weather("Les conditions météo : pluies et boue ont ralenti l'offensive lundi")


def test_a_radio_s_next_programme_dates_nothing(tmp_path: Path) -> None:
    page = f"{_STORY}\n\nÉcoutez notre journal en créole ce soir à 19h."
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


def test_a_programme_s_next_broadcast_dates_nothing(tmp_path: Path) -> None:
    page = f"{_STORY}\n\nPROCHAINE ÉMISSION\nLe Mag du vendredi 20 juin 2025 : Val, une semaine après l'orage"
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


# --- the page's day under a subscription's call in its head ----------------------------------------------------------


def test_the_page_s_day_under_a_subscription_call_dates_nothing(tmp_path: Path) -> None:
    head = "Le Courrier du Val\nAbonnez-vous à notre infolettre ! Recevez l'essentiel chaque matin.\n\nUn titre\n\n"
    page = f"{head}Par Jean Val\n19 juin 2025 — 5 min de lecture\n\n{_STORY}"
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


def test_a_day_under_the_story_s_first_sentence_is_still_dated(tmp_path: Path) -> None:
    # near miss: below the story's first sentence, the head is over: a day near the publication is a fact's
    page = f"Un titre\n\n{_STORY}\nLe 18 juin 2025, Kim a reçu Choïgou."
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17", "2025-06-18"]


# --- a town's fair and its stalls' registration ---------------------------------------------------------------------


def test_a_fair_is_dated_but_its_registration_is_not(tmp_path: Path) -> None:
    # a fair announced is a fact the page tells (the lead's session-68 call; round 76 to round 120 read it as the
    # page's service); the stalls' registration is the reader's deadline, no fact
    page = f"{_STORY}\n\nVal : la Braderie aura lieu du 4 au 6 juillet. Inscriptions des stands jusqu'au 30 juin."
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17", "2025-07-04/2025-07-06"]
    page = f"{_STORY}\n\nFestival du Val : inscriptions ouvertes jusqu'au 15 juillet"
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-17"]


def test_a_fair_gone_by_is_still_dated(tmp_path: Path) -> None:
    # near miss: a fair before the publication is a fact of the story
    page = "La brocante du 8 juin a rapporté 2 000 euros aux réfugiés ukrainiens."
    assert drafted_dates(tmp_path, page, "2025-06-19") == ["2025-06-08"]


# --- a box of practical information ----------------------------------------------------------------------------------


def test_a_practical_box_dates_nothing(tmp_path: Path) -> None:
    box = "— Pratique —\nFerry du Val : reprise de la liaison le 15 juillet.\nMarché : fraises à 3 euros cette semaine."
    assert drafted_dates(tmp_path, f"{_STORY}\n\n{box}", "2025-06-19") == ["2025-06-17"]


def test_a_register_dates_nothing(tmp_path: Path) -> None:
    box = "CARNET\nBaptême : Lina, le 14 juin. Obsèques : M. Paul Val, 88 ans, le 16 juin."
    assert drafted_dates(tmp_path, f"{_STORY}\n\n{box}", "2025-06-19") == ["2025-06-17"]


def test_the_story_after_a_practical_box_is_still_dated(tmp_path: Path) -> None:
    # near misses: the paragraph after the box's blank line, and « pratique » inside a sentence
    box = "Pratique\nFerry du Val : reprise de la liaison le 15 juillet.\n\nLe 3 mai, Kim a reçu Choïgou."
    assert "2025-05-03" in drafted_dates(tmp_path, box, "2025-06-19")
    assert drafted_dates(tmp_path, "En pratique, Kim a reçu Choïgou le 3 mai.", "2025-06-19") == ["2025-05-03"]


def test_the_new_patterns_grow_linearly() -> None:
    assert _growth(lambda n: taglines("x.\nVous lisez " + "a " * n + "depuis"), 200) < 16
    assert _growth(lambda n: forecasts_the_weather("Météo : " + "a " * n + "1"), 200) < 16
