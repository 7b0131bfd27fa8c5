"""Review 49 (hostile review of extract rounds 46-49): round 48's lead-in carry leaked its qualifier past the list it
heads (a second list after a blank line, or under a heading of its own on a dashed line) and read a negated verb's
bound the wrong way round (« n'auraient pas dépassé : » made each line at least its count: WRONG). Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract
from tests.test_extract_round18 import _values

_LEAD = "Les pertes de l'ennemi s'élèveraient approximativement à :\n— chars : 4 210\n"


def _claims(tmp_path: Path, text: str) -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, "2026-01-10")
    return claims or []


@pytest.mark.parametrize(
    "second",
    [
        "\n— chars : 1 250\n",  # a second list after a blank line
        "— Pertes confirmées par Oryx :\n— chars : 1 250\n",  # a dashed heading of its own, no qualifier
        "\nPertes confirmées par Oryx :\n\n— chars : 1 250\n",
    ],
)
def test_the_lead_in_heads_only_its_own_list(tmp_path: Path, second: str) -> None:
    claims = _claims(tmp_path, _LEAD + second + "\nFin.\n")
    assert _values(claims) == [(4210, None, None, "approximate"), (1250, None, None, "exact")]
    assert [c["status"] for c in claims] == ["alleged", "reported"]


def test_a_blank_line_between_the_lead_in_and_its_list_keeps_it(tmp_path: Path) -> None:
    """Near miss: the list's first line may stand a blank line below its lead-in, and its lines run on."""
    text = "Les pertes de l'ennemi s'élèveraient approximativement à :\n\n— chars : 4 210\n— blindés : 300\n\nFin.\n"
    assert _values(_claims(tmp_path, text)) == [(4210, None, None, "approximate"), (300, None, None, "approximate")]


def test_a_negated_verb_in_the_lead_in_bounds_nothing_the_wrong_way(tmp_path: Path) -> None:
    """« n'auraient pas dépassé : » makes each count at most, never at least: the curator writes the value."""
    text = "Selon Kyiv, les pertes nord-coréennes n'auraient pas dépassé :\n— soldats : 4 210\n\nFin.\n"
    claims = _claims(tmp_path, text)
    assert [c.get("value_kind") for c in claims] != ["at_least"]
    assert all(c.get("value") is None for c in claims)


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        # a live page's entry head (a place, a dash, its clock) is no comment head: its « hier » dates the fact
        (
            "Soudja — 14:05 : Les forces nord-coréennes ont lancé hier une attaque sur Soudja, selon Kiev.",
            ["2026-01-09"],
        ),
        ("Soudja — 14:05 : Les forces nord-coréennes ont lancé mercredi une attaque, selon Kiev.", ["2026-01-07"]),
        # near misses: round 47/49's comment heads still date nothing
        ("SM — hier à 21:04 : ok pour publication mercredi matin.", []),
        ("[Commentaire — Rédaction en chef, aujourd'hui, 08:55 : OK pour mise en ligne demain à 7 h.", []),
    ],
)
def test_a_live_page_s_clock_is_no_comment_head(tmp_path: Path, line: str, dates: list[str]) -> None:
    assert drafted_dates(tmp_path, "Pyongyang a confirmé l'envoi de troupes.\n" + line, "2026-01-10") == dates


def test_a_translated_speech_s_line_is_no_translation_stamp(tmp_path: Path) -> None:
    """« Traduction française du discours prononcé le 12 mars 2025 : … » is the story, no stamp: its date and count
    stay (round 47's stamp is « Traduction française réalisée par … »)."""
    text = (
        "Pyongyang a confirmé l'envoi.\nTraduction française du discours prononcé le 12 mars 2025 : 2 000 soldats "
        "nord-coréens sont arrivés à Koursk.\n"
    )
    assert drafted_dates(tmp_path, text, "2026-01-10") == ["2025-03-12"]
