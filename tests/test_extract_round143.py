"""Round 143 (issue 16): an outlet's profile in a box or a footer (« SOURCE », then « Fondé en 1920, The Chosun Ilbo est
le plus grand quotidien de Corée du Sud. »; « MPI, agence indépendante fondée en 2011 | Conditions d'abonnement »)
gives the outlet's age, no fact's date; a founding the story tells stays a date (review93's attacks among them). Made-up pages, never the held-out articles'
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
        "Source\nJoongAng Ilbo — Fondé en 1965, ce quotidien de Séoul, proche des milieux d'affaires, tire à 1 million.",
        "MPI, agence indépendante fondée en 2011 | Conditions d'abonnement | © MPI 2025",
        "Contexte\nFondé en 1874, c'est le quotidien le plus lu au monde, avec un tirage de 6 millions.",
        "Hankyoreh\nSéoul, Corée du Sud\nQuotidien de centre gauche, fondé en 1988.",
        "Rembobine est un média vidéo indépendant créé en 2021, diffusé sur les réseaux sociaux.",
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
        # review93: a word of time, another year, a verb of news, a name in the founded thing's words
        ("L'ONG, fondée en 1979, publie ce matin un rapport sur les prisonniers.", "1979"),
        ("La radio publique, fondée en 1924, est privée d'antenne depuis 2022.", "1924"),
        ("Fondé en 1920, le journal ferme en 1940, puis reparaît en 1945.", "1920"),
        ("L'ONG, fondée en 1996, estime à 1 200 le nombre de prisonniers.", "1996"),
        ("Le quotidien officiel nord-coréen Rodong Sinmun, fondé en 1945, publie 101 noms de soldats.", "1945"),
        ("10h12 | Fondé en 2014, le site d'information régional signale une explosion à Koursk.", "2014"),
    ],
)
def test_a_founding_the_story_tells_stays_a_date(tmp_path: Path, news: str, year: str) -> None:
    assert year in drafted_dates(tmp_path, _STORY + news + "\n", "2025-02-15")
