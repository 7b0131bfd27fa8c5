"""Mend67b (review67b of rounds 104 and 107). A length in kilometres followed by « de » is a thing's length, no ground
taken, only when the thing is one of a closed list that has a length (lexicon.toml `lengthed_things`: « 650 kilomètres
de frontière », « 300 km de routes »), and never after a verb of moving and « de » (« ont avancé de 5 km de route »):
round 107 dropped any lowercase word after « de », and with it true ground figures (« avancé de 5 km de plus », « 15
kilomètres de terres », « 12 km de front »). A video's « ▶ » opens a foot box's briefs only, no rail of briefs
(briefs.py `_FOOT_BULLET_SIGN`): a box of the story's key points above the lead keeps its days. Made-up sentences (the
review's probes among them), none copied from a benchmark page; each positive case fails at merge64, its near misses
pass both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates
from tests.test_extract_round107 import _values

# --- High 1: a length followed by « de » and no thing that has a length stays ground ---------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Les forces russes ont avancé de 5 km de plus vers Pokrovsk.", 5),
        ("Les forces russes ont avancé de 6 kilomètres de lundi à mercredi.", 6),
        ("Les unités ukrainiennes ont reculé de 4 km de moins que prévu.", 4),
        ("Les troupes russes ont progressé de 2 kilomètres de façon continue près de Soudja.", 2),
        ("Les forces russes ont avancé de 7 km d'affilée dans la région de Koursk.", 7),
        ("L'armée ukrainienne a gagné 15 kilomètres de terres dans la région de Koursk.", 15),
        ("Les Russes ont grignoté 20 km de zone tampon près de Soudja.", 20),
        ("Les Ukrainiens ont conquis 35 kilomètres de bande frontalière en une semaine.", 35),
        ("Kiev revendique 12 kilomètres de gains territoriaux dans la région de Koursk.", 12),
        ("Les Ukrainiens ont repris 8 km de positions russes près de Korenevo.", 8),
        ("Selon Kiev, les troupes ont progressé de 12 km de front près de Soudja.", 12),
        # a thing that has a length after a verb of moving and « de »: how far the troops moved
        ("Les forces russes ont avancé de 5 km de route vers Pokrovsk.", 5),
        ("Les blindés ont progressé de près de 9 kilomètres de frontière en deux jours.", 9),
    ],
)
def test_a_length_of_no_lengthed_thing_stays_ground(tmp_path: Path, text: str, number: float) -> None:
    assert number in _values(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # near misses: a thing of lexicon.toml `lengthed_things`, as round 107 read it
        ("La Moldavie partage 480 kilomètres de frontière avec l'Ukraine.", 480),
        ("La région promet de refaire 300 kilomètres de routes d'ici fin 2026.", 300),
        ("Ils sont rentrés dimanche après 1 800 kilomètres de route et trois nuits de veille.", 1800),
        ("L'armée a creusé 40 kilomètres de tranchées le long de la frontière.", 40),
        ("Le plan prévoit de refaire 120 km de ligne de chemin de fer dans la région.", 120),
    ],
)
def test_a_length_of_a_lengthed_thing_is_no_ground(tmp_path: Path, text: str, number: float) -> None:
    assert number not in _values(tmp_path, text)


# --- High 2: « ▶ » opens no rail of briefs ----------------------------------------------------------------------------

_LEAD = (
    "Les forces ukrainiennes ont lancé une nouvelle offensive dans la région de Koursk dimanche, selon l'état-major"
    " russe, qui affirme avoir repoussé plusieurs assauts près du village de Berdine.\n\n"
    "Selon le renseignement sud-coréen, environ 11 000 soldats nord-coréens ont été envoyés en Russie à l'automne.\n"
)


@pytest.mark.parametrize(
    ("box", "day"),
    [
        (
            "▶ Bilan : 300 soldats tués depuis lundi dans le secteur\n"
            "▶ Prisonniers : un échange de 150 captifs prévu vendredi",
            "2026-03-06",
        ),
        (
            "▶ Bilan : 300 soldats tués depuis lundi dans le secteur\n"
            "▶ Prisonniers : un échange de 150 captifs prévu vendredi",
            "2026-03-02",
        ),
    ],
)
def test_a_box_of_key_points_above_the_lead_keeps_its_days(tmp_path: Path, box: str, day: str) -> None:
    dates = drafted_dates(tmp_path, "Guerre en Ukraine : le point\n\n" + box + "\n\n" + _LEAD, "2026-03-05")
    assert any(found.startswith(day) for found in dates), dates


def test_a_rail_of_briefs_still_takes_its_marks(tmp_path: Path) -> None:
    # near miss: « • » still opens a rail's briefs (round 81), their days other news's
    rail = (
        "• Bayonne : les fêtes de la Saint-Nicolas du 6 au 8 mars\n"
        "• Biarritz : le festival de la glisse jusqu'au 29 mars"
    )
    dates = drafted_dates(tmp_path, _LEAD + "\n" + rail, "2026-03-05")
    assert not any(found.startswith("2026-03-29") for found in dates), dates
