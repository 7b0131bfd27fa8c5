"""Round 129 (issue 16): the page's own outlet's sentence about itself, anywhere on the page, names what it is and the
year it began (« Radio Dijon Campus, la radio étudiante de Dijon depuis 1982. », « Esprit, revue fondée en 1932. »):
the year is the outlet's age, no fact's date. Each with its near misses, the sentences of news that name an outlet
and a year too (review81's and review82's classes). Made-up sentences, never the held-out articles'
(benchmarks/heldout/ROUND129.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

PAGE = "2025-06-02"
STORY = "Des soldats nord-coréens ont été déployés dans la région de Koursk en octobre 2024, selon Séoul."


@pytest.mark.parametrize(
    ("masthead", "footer"),
    [
        ("Radio Val-Brume | Infos", "Radio Val-Brume, la radio associative du Haut-Doubs depuis 1984."),
        ("LE CLAIRON DU LOT", "Le Clairon du Lot, votre hebdomadaire depuis 1951."),
        ("La Plume de l'Ouest", "La Plume de l'Ouest – site d'information indépendant depuis 2017."),
        ("Radio Garance", "Radio Garance, radio libre depuis 1982, sans publicité."),
        ("Le Fanal", "Le Fanal • Le quotidien du Pays basque depuis 1947 – Partager sur Facebook"),
        (
            "Le Vigilant — Défense\nInternational\nL'éditorial du Vigilant : l'aveu",
            "Le Vigilant est un média indépendant fondé en 2020.",
        ),
        ("Horizon Nord", "Horizon Nord, revue fondée en 1958."),
        ("CJXX 98,5 Rimouski", "CJXX, la radio communautaire de l'Est-du-Québec depuis 1979."),
        ("Radio Sarine 102.9 / 105.2", "Radio Sarine, la radio libre de la Broye depuis 1985."),
        ("Le Vigilant", "Le Vigilant, média en ligne né en 2020 dans un garage de Rennes."),
    ],
)
def test_the_page_s_outlet_s_sentence_about_itself_dates_nothing(tmp_path: Path, masthead: str, footer: str) -> None:
    text = f"{masthead}\n\n{STORY}\n\n{footer}\n"
    assert drafted_dates(tmp_path, text, PAGE) == ["2024-10"]


@pytest.mark.parametrize(
    "line",
    [
        # another outlet's line, or the page's outlet named in no line of the head (a source's box, a headline)
        "Fondé en 1920, The Chosun Ilbo est le plus grand quotidien de Corée du Sud.",
        "Kherson – la radio ukrainienne de retour depuis 2022.",
        "Radio Liberty, la radio américaine de Prague depuis 1995.",
    ],
)
def test_another_outlet_s_line_keeps_its_year(tmp_path: Path, line: str) -> None:
    text = f"Le Clairon du Lot\n\n{STORY}\n\n{line}\n"
    assert len(drafted_dates(tmp_path, text, PAGE)) > 1


@pytest.mark.parametrize(
    ("masthead", "line", "date"),
    [
        # the page's own outlet in news of itself: a verb, a state, an object, another number
        ("Voice of America", "Voice of America, la radio américaine depuis 1942, cesse d'émettre.", "1942"),
        ("Radio Liberty", "Radio Liberty, la radio à l'arrêt depuis 2024.", "2024"),
        ("Meduza", "Meduza, un média interdit en Russie depuis 2023.", "2023"),
        ("Novaïa Gazeta", "Novaïa Gazeta, un journal en exil depuis 2022.", "2022"),
        ("Mediapart", "Mediapart, site d'information condamné en 2023 pour diffamation.", "2023"),
        ("KCTV", "KCTV, la télévision d'État depuis 1963, diffuse les noms de 101 morts.", "1963"),
        ("Radio Kyiv", "Radio Kyiv – la radio publique depuis 1924 | 3 morts dans une frappe.", "1924"),
        ("Radio Free Asia", "Radio Free Asia, la radio financée par Washington, dénonce depuis 2019 les camps.", "2019"),
        ("Rybar", "Rybar, le blog militaire russe le plus suivi depuis 2022.", "2022"),
        # … or a sentence of news that opens with no name (review82)
        ("Aujourd'hui", "Aujourd'hui, la radio ukrainienne émet depuis 2023 en Crimée.", "2023"),
        ("Hors de Russie", "Hors de Russie, le journal paraît depuis 2022 à Riga.", "2022"),
        # … or a page whose headline opens with the outlet's name: news of it, its years facts (review83)
        ("Le Parisien\nLe Parisien : la rédaction vote une motion de défiance",
         "Le Parisien, le quotidien du groupe LVMH depuis 2015.", "2015"),
        ("Koursk Inform : les déplacés de Soudja ont leur propre média",
         "Koursk Inform est un site d'information créé en 2024 par des déplacés de Soudja.", "2024"),
    ],
)  # fmt: skip
def test_news_of_the_page_s_outlet_keeps_its_date(tmp_path: Path, masthead: str, line: str, date: str) -> None:
    assert date in drafted_dates(tmp_path, f"{masthead}\n\n{STORY}\n\n{line}\n", PAGE)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # news that names an outlet and a year, and tells something else: a verb, an object after the year
        ("Le journal Novaïa Gazeta est interdit en Russie depuis 2022.", "2022"),
        ("Radio Free Asia, la radio financée par Washington, dénonce depuis 2019 les camps de travail.", "2019"),
        ("Radio Free Asia – la radio américaine dénonce depuis 2019 les camps de travail.", "2019"),
        ("Le Rodong Sinmun, le quotidien du Parti, affirme depuis 2024 que les soldats sont des volontaires.", "2024"),
        # … its founding first, then news of it (review81: the sentence's own day was lost)
        ("Fondé en 1993, le journal Novaïa Gazeta a suspendu sa parution le 28 mars 2022.", "2022-03-28"),
        ("Fondée en 1924, Radio Kyiv a été frappée par un missile le 1er mars 2022.", "2022-03-01"),
        ("Créée en 2018, la cellule d'information de l'armée ukrainienne a annoncé le 16 décembre 2024 la mort de 30 "
         "soldats.", "2024-12-16"),
        ("Né en 1984, Kim Chol est journaliste radio depuis 2019.", "1984"),
        # … a place, a source or a state first, or a state told (review81)
        ("À Pyongyang, la télévision d'État diffuse depuis 2024 des images des soldats.", "2024"),
        ("Selon Kiev, la chaîne Telegram de l'unité documente depuis 2024 les combats.", "2024"),
        ("Yongbyon est le principal site nucléaire du pays depuis 1986.", "1986"),
        ("Telegram est le premier média des Russes depuis 2022.", "2022"),
        ("Meduza, un média interdit en Russie depuis 2023", "2023"),
        ("Novaïa Gazeta, un journal en exil depuis 2022.", "2022"),
        ("Mediapart, site d'information condamné en 2023 pour diffamation.", "2023"),
        ("Voice of America – la radio réduite au silence depuis 2024.", "2024"),
        ("La brigade Azov, un média à elle seule depuis 2014.", "2014"),
        # … or the founding of what is no outlet
        ("Le Hamas, mouvement islamiste au pouvoir à Gaza depuis 2007, a salué l'accord.", "2007"),
        ("Fondée en 2019, la 11e brigade d'assaut aérien tient le secteur de Soudja.", "2019"),
    ],
)  # fmt: skip
def test_news_that_names_an_outlet_and_a_year_keeps_its_date(tmp_path: Path, sentence: str, date: str) -> None:
    assert date in drafted_dates(tmp_path, sentence, PAGE)
