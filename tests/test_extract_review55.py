"""The lead's review of rounds 71-75 (session 55, helper review55): where a rule as merged misfired on ordinary
French or on a page's ordinary layout, and dropped a fact or read it to another value.

- Round 73 took everything below a page's last wire sign-off (« (AFP) », « (Belga) », « (ats) ») for the site's: a
  photo credit under the first paragraph, a dispatch quoted inside the page's own story or a briefs page threw away
  the facts that follow (sealed50 g08, blind, lost one that way). Taken out. So were its headings of a few words
  around « aussi » (« Moscou a aussi publié ses chiffres : »), a press review's « Lu dans Kommersant : … » and a
  column's label « COMMENTAIRE » read as the head of readers' comments.
- Round 71's noun before a date (« les chiffres de septembre ») matched the end of any word (« sera rendu le »), and
  a sentence on the page's clock (« Hier, … ») took a pluperfect's day out of the old story's year.
- Round 75 read an advance « de 12 km au nord de Soudja » as a distance, and a story's « Le 3 novembre à 14h30,
  Zelensky a écrit : » as a mail's reply line.

Each case fails on the merged rounds (a011db60) and passes now."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract

_HEAD = "Publié le 20 novembre 2025\n\n"
_FIRST = (
    "Le renseignement sud-coréen a révisé son bilan jeudi à Séoul, a indiqué un député à la presse et aux élus "
    "du comité.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a photo credit under the first paragraph: the story goes on
        (
            _HEAD + _FIRST + "(AFP)\n\nLe 3 novembre, 12 000 soldats nord-coréens avaient été déployés dans la "
            "région, selon Séoul.\n",
            "2025-11-03",
        ),
        # the page's own story below a dispatch it quotes
        (
            _HEAD + _FIRST + "(Belga)\n\nNotre correspondant a pu vérifier ces informations sur place. Le 14 novembre, "
            "3 000 soldats ont traversé la frontière.\n",
            "2025-11-14",
        ),
        # a briefs page whose last brief is the site's own
        (
            _HEAD + _FIRST + "(ats)\n\nKoursk : le 12 novembre, l'armée russe a repris le village de Sverdlikovo, "
            "selon notre correspondant sur place.\n",
            "2025-11-12",
        ),
        # a story's own lead-in with « aussi », its list under it
        (_HEAD + _FIRST + "Moscou a aussi publié ses chiffres :\n1 200 soldats tués le 3 novembre\n", "2025-11-03"),
        # a story's subheading with « aussi »
        (
            _HEAD + _FIRST + "Séoul aussi inquiet\nPourquoi 2 000 soldats ont-ils disparu le 3 novembre ?\n",
            "2025-11-03",
        ),
        # a column's label
        (
            _HEAD + "COMMENTAIRE\nLe 3 novembre, Pyongyang a envoyé 10 000 soldats de plus en Russie, selon Kiev.\n",
            "2025-11-03",
        ),
        # a press review
        (
            _HEAD + "Lu dans Kommersant : les troupes nord-coréennes ont franchi la frontière le 4 novembre, soit "
            "2 000 hommes.\n",
            "2025-11-04",
        ),
        # a story's line that names a day, a clock and « a écrit : »
        (
            _HEAD + "Le 3 novembre à 14h30, Volodymyr Zelensky a écrit :\n« Nos soldats ont capturé deux "
            "Nord-Coréens. »\n",
            "2025-11-03",
        ),
    ],
)
def test_a_fact_below_or_under_a_page_s_furniture_look_alike_is_drafted(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in drafted_dates(tmp_path, text, "2025-11-20")


def test_a_simple_future_s_participle_ending_in_du_is_no_noun_s_de(tmp_path: Path) -> None:
    """« sera rendu le 3 novembre » on a page of 20 November 2025: the coming one, as « sera prononcé le »."""
    assert drafted_dates(tmp_path, _HEAD + "Le verdict sera rendu le 3 novembre.", "2025-11-20") == ["2026-11-03"]


def test_an_advance_towards_a_named_place_is_ground(tmp_path: Path) -> None:
    text = _HEAD + "L'armée russe a progressé de 12 km au nord de Soudja depuis le 3 novembre, selon l'état-major.\n"
    _, _, claims = extract(tmp_path, text, "2025-11-20")
    assert [(c["value"], c["unit"]) for c in claims] == [(12, "km")]


def test_a_distance_to_a_named_place_is_still_no_ground(tmp_path: Path) -> None:
    """Round 75's own case stays: where a place lies from another is no ground taken."""
    text = _HEAD + "Les combats ont eu lieu à 50 km à l'ouest de Koursk le 3 novembre, selon l'état-major.\n"
    _, _, claims = extract(tmp_path, text, "2025-11-20")
    assert claims == []


@pytest.mark.parametrize(
    "opening", ["Hier, le ministre a rappelé que", "Cette semaine, des historiens ont rappelé que"]
)
def test_a_pluperfect_under_the_page_s_clock_keeps_the_old_story_s_year(tmp_path: Path, opening: str) -> None:
    text = (
        "Publié le 10 mars 2026\n\nIl y a un an, le 4 décembre 2024, le traité entrait en vigueur. "
        f"{opening} le 6 décembre, les premiers soldats avaient franchi la frontière."
    )
    assert "2024-12-06" in drafted_dates(tmp_path, text, "2026-03-10")
