"""Round 65 (issue 16, figures on news pages; helper round65): a dateline's abbreviated month (« Pékin, 3 sept 2025
(AFP) - », read as 3 of something), a year after an unread month beside a count (« Le 12 dec 2024, 3 000 soldats »,
read as the range 2 024–3 000), companies (« une douzaine de compagnies de drones »: groups, as brigades are), a
gathering's turnout (« Ils étaient près de 200, mardi soir, dans l'amphi »), a sum whose noun is left out (« parlent
de 5 à 7 milliards »), an audience « en présence de » were drafted as figures; aircraft (« une centaine d'avions ») and
counts after « et » before « auraient péri » or « mis hors de combat » were missed. Made-up sentences, never the
held-out ones; each positive case fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract import storycounts
from koursk_cli.extract.frnumbers import find_figures
from tests.test_extract import extract
from tests.test_extract_backtracking import _growth
from tests.test_extract_round18 import _values


def _claims(tmp_path: Path, text: str, published: str = "2025-09-05") -> list[dict[str, object]]:
    _, _, claims = extract(tmp_path, text, published)
    return claims or []


@pytest.mark.parametrize(
    "sentence",
    [
        # a dateline's month abbreviated without its stop, then its year
        "Pékin, 3 sept 2025 (AFP) - Le dirigeant a assisté au défilé des soldats.",
        "Le 2 sept 2025, le dirigeant a passé en revue les soldats.",
        # companies are groups, as brigades are
        "Selon Séoul, les unités compteraient désormais une douzaine de compagnies de drones.",
        "Deux compagnies de soldats nord-coréens seraient arrivées.",
        # a gathering's turnout: « ils étaient N » on a day
        "Ils étaient près de 200, mardi soir, dans l'amphi pour entendre parler des soldats nord-coréens.",
        "Samedi, ils étaient plus de 300 pour la conférence sur les soldats nord-coréens.",
        # a sum whose noun is left out
        "D'autres économistes, plus prudents, parlent de 5 à 7 milliards pour l'envoi des soldats.",
        "Les soldats rapportent à une économie dont le PIB est estimé à moins de 30 milliards.",
        # an audience « en présence de »
        "La cérémonie aux morts s'est tenue en présence du préfet et de quelque 300 personnes.",
        "Le colonel a parlé des soldats tués en présence d'une centaine de personnes.",
    ],
)
def test_a_count_that_is_none_of_the_storys_is_no_figure(tmp_path: Path, sentence: str) -> None:
    assert _claims(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a year after a month's name is no alternative to the count after it (was the range 2 024–3 000)
        ("Le 12 dec 2024, 3 000 soldats sont arrivés à Koursk.", [(3000, None, None, "exact")]),
        # aircraft are weapons
        (
            "Plus de 10 000 soldats et une centaine d'avions ont défilé.",
            [(10000, None, None, "at_least"), (100, None, None, "approximate")],
        ),
        # a count after « et » before a verb of loss counts the noun counted before
        (
            "Environ 11 000 soldats ont été envoyés à Koursk, et 4 000 auraient été mis hors de combat.",
            [(11000, None, None, "approximate"), (4000, None, None, "exact")],
        ),
        (
            "Plus de 4 000 soldats ont été blessés cet hiver, et près de 2 000 auraient péri.",
            [(4000, None, None, "at_least"), (None, 1800, 2000, "range")],
        ),
    ],
)
def test_a_count_of_the_storys_is_read(tmp_path: Path, sentence: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, sentence)) == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the month's name in full, and a count beside a year with no month: as before
        ("Pékin, 3 septembre 2025 (AFP) - Quelque 3 000 soldats ont défilé.", [(3000, None, None, "approximate")]),
        ("Les sept soldats capturés en 2024 ont été libérés.", [(7, None, None, "exact")]),
        # numbers side by side with no month before them stay alternatives
        ("Les soldats étaient 2000, 3 000 peut-être.", [(None, 2000, 3000, "range")]),
        # a company's men are a count; the company is not
        ("Les 120 hommes de notre compagnie ont été tués.", [(120, None, None, "exact")]),
        # « ils étaient N » with no day: an army's strength (dev v05's shape)
        (
            "Ils étaient une douzaine de milliers à franchir la frontière russe en octobre 2024.",
            [(12000, None, None, "approximate")],
        ),
        ("Ils étaient plus de 11 000 début décembre, selon Kiev.", [(11000, None, None, "at_least")]),
        # a count left out below a milliard, and people killed « en présence » of others
        (
            "La Russie aurait reçu 12 millions d'obus, contre 3 millions l'an passé.",
            [(12000000, None, None, "exact"), (3000000, None, None, "exact")],
        ),
        ("Le bombardement a tué 40 personnes en présence de soldats russes.", [(40, None, None, "exact")]),
        ("En présence de 3 000 soldats nord-coréens, Kim a parlé.", [(3000, None, None, "exact")]),
    ],
)
def test_near_misses_stay_as_they_were(tmp_path: Path, sentence: str, values: list[tuple[object, ...]]) -> None:
    assert _values(_claims(tmp_path, sentence)) == values


def test_a_sum_left_out_is_drafted_where_a_topic_measures_money() -> None:
    """A count in milliards whose noun is left out is a sum: a figure where some topic counts money, as « 20
    milliards de dollars » is (the round-30 convention)."""
    text = "D'autres économistes parlent de 5 à 7 milliards."
    (figure,) = find_figures(text)
    nothing = frozenset[str]()
    money = storycounts.StoryNouns(nothing, frozenset({"USD"}), nothing)
    no_money = storycounts.StoryNouns(nothing, nothing, nothing)
    assert storycounts.counts_the_story(figure, text, money, lambda: False)
    assert not storycounts.counts_the_story(figure, text, no_money, lambda: False)


def test_turnouts_and_audiences_grow_linearly() -> None:
    """The words before a count are looked for within a bounded stretch; the day, in one pass."""
    nothing = frozenset[str]()
    nouns = storycounts.StoryNouns(nothing, nothing, nothing)

    def turnout(n: int) -> object:
        text = "Ils étaient " + "près de 200 " * n + " lundi"
        return [storycounts.counts_the_story(f, text, nouns, lambda: True) for f in find_figures(text)]

    def audience(n: int) -> object:
        text = "en présence de " + "du préfet et " * n + "de 300 personnes"
        return [storycounts.counts_the_story(f, text, nouns, lambda: True) for f in find_figures(text)]

    assert _growth(turnout, 200) < 16
    assert _growth(audience, 2_000) < 16
