"""Round 143 (issue 16): an outlet's profile in a box or a footer (« SOURCE », then « Fondé en 1920, The Chosun Ilbo est
le plus grand quotidien de Corée du Sud. »; « ATP, agence indépendante fondée en 1987 ») gives the outlet's age, no
fact's date; a founding the story tells stays a date. Made-up pages, never the held-out articles'
(benchmarks/heldout/ROUND143.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_STORY = "Le Courrier du Nord\n\nLe renseignement sud-coréen a affirmé jeudi que 1 500 soldats étaient partis.\n\n"


@pytest.mark.parametrize(
    "profile",
    [
        "SOURCE\nChosun Ilbo\nFondé en 1920, The Chosun Ilbo est le plus grand quotidien de Corée du Sud.",
        "Source\nKommersant — Fondé en 1909, relancé en 1989, le titre appartient depuis 2006 à un groupe minier.",
        "Contexte\nFondé en 1874, c'est le quotidien le plus lu au monde, avec un tirage de 6 millions.",
        "Hankyoreh\nSéoul, Corée du Sud\nQuotidien de centre gauche, fondé en 1988.",
        "ATP, agence indépendante fondée en 1987 à Chambéry, diffuse chaque jour plus de 300 dépêches.",
        "Le CSEES, fondé en 2019, est un centre de recherche indépendant soutenu par des fondations.",
        "Le CDJM est une association loi 1901 créée en 2019. Ses avis sont publics.",
    ],
)
def test_an_outlet_s_profile_dates_nothing(tmp_path: Path, profile: str) -> None:
    assert drafted_dates(tmp_path, _STORY + profile + "\n", "2025-02-15") == ["2025-02-13"]


@pytest.mark.parametrize(
    ("news", "year"),
    [
        ("Fondée en 1924, Radio Kyiv a été frappée par un missile.", "1924"),  # a past tense: the story's
        ("Le quotidien Rodong Sinmun, fondé en 1945, publie une photo de Kim.", "1945"),  # a name after the noun
        ("L'association des Coréens de Provence, fondée en 2008, compte 85 membres.", "2008"),  # no outlet
        ("Fondé en 1945, le quotidien affirme que 300 soldats sont morts.", "1945"),  # speech reported
    ],
)
def test_a_founding_the_story_tells_stays_a_date(tmp_path: Path, news: str, year: str) -> None:
    assert year in drafted_dates(tmp_path, _STORY + news + "\n", "2025-02-15")
