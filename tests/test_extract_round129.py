"""Round 129 (issue 16): an outlet's sentence about itself, anywhere on its page, names what it is and the year it
began (« Radio Dijon Campus, la radio étudiante de Dijon depuis 1982. », « Esprit, revue fondée en 1932. »): the
year is the outlet's age, no fact's date. Each with its near misses, the sentences of news that name an outlet and a
year too. Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND129.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

PAGE = "2025-06-02"
STORY = "Des soldats nord-coréens ont été déployés dans la région de Koursk en octobre 2024, selon Séoul."


@pytest.mark.parametrize(
    "footer",
    [
        "Radio Val-Brume, la radio associative du Haut-Doubs depuis 1984.",
        "Le Clairon du Lot, votre hebdomadaire depuis 1951.",
        "La Plume de l'Ouest – site d'information indépendant depuis 2017",
        "Radio Garance, radio libre depuis 1982, sans publicité.",
        "Le Fanal, le quotidien du Pays basque depuis 1947 – Partager sur Facebook",
        "Le Vigilant est un média indépendant fondé en 2020.",
        "Horizon Nord, revue fondée en 1958.",
        "Fondé en 1931, Le Courrier du Rhin est le plus ancien quotidien de la région.",
        "Fondé en 1946, ce quotidien régional revendique 200 000 lecteurs.",
        "CJXX, la radio communautaire de l'Est-du-Québec depuis 1979.",
    ],
)
def test_an_outlet_s_sentence_about_itself_dates_nothing(tmp_path: Path, footer: str) -> None:
    text = f"{STORY}\n\n{footer}\n"
    assert drafted_dates(tmp_path, text, PAGE) == ["2024-10"]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # a sentence of news that names a newspaper and a year, and tells something else
        ("Le journal Novaïa Gazeta est interdit en Russie depuis 2022.", "2022"),
        ("Radio Free Asia, la radio financée par Washington, dénonce depuis 2019 les camps de travail.", "2019"),
        ("Le Rodong Sinmun, le quotidien du Parti, affirme depuis 2024 que les soldats sont des volontaires.", "2024"),
        ("Fondé en 1946, le journal du Parti affirme que ses soldats ont libéré Koursk.", "1946"),
        # … or that is founded, and is no outlet
        ("Le Hamas, mouvement islamiste au pouvoir à Gaza depuis 2007, a salué l'accord.", "2007"),
        ("Fondée en 2019, la 11e brigade d'assaut aérien tient le secteur de Soudja.", "2019"),
    ],
)  # fmt: skip
def test_news_that_names_an_outlet_and_a_year_keeps_its_date(tmp_path: Path, sentence: str, year: str) -> None:
    assert year in drafted_dates(tmp_path, sentence, PAGE)
