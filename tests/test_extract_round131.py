"""Round 131 (issue 16): times a page sets ahead, and the troops' deployment as a moment of the story.

- « depuis le début du déploiement »: the troops' deployment (October 2024) is a moment every page of the story dates
  the same way (lexicon.toml [anchors], as round 122's capture of the two prisoners), only with nothing after the
  word but punctuation (`alone`: « du déploiement de la 5G » is another); a season with its year or « dernier » after
  a moment now dates it too (« depuis le début du déploiement, à l'automne 2024 »).
- A run of days told in the present that begins within two weeks (« Du 3 au 25 octobre, l'Enclos accueille … » on
  1 October) is the coming one: its first day, not its last, says how soon it comes; not in a sentence that looks
  back (« Il y a un an », « selon la chronologie »).
- A season a participle sets (« une visite, annoncée pour l'été ») is the coming one when it begins within a season
  and the clause of its noun tells nothing done (« Les renforts annoncés pour l'été ne sont jamais arrivés »).
- « avant 2028 » is up to the end of 2027, from the publication when that is ahead; « Avant 2022 » is 2021; after a
  negation in its clause (« pas avant 2027 », « Aucun retrait n'est prévu avant 2027 »), the year itself, as before.

Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND131.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


def _dates(tmp_path: Path, sentence: str, published: str) -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", published)


@pytest.mark.parametrize(
    "sentence",
    [
        "Environ 2 000 soldats nord-coréens ont été tués depuis le début du déploiement, selon Séoul.",
        "C'est une première depuis le déploiement : deux soldats nord-coréens ont été capturés.",
    ],
)
def test_the_troops_deployment_is_a_moment_of_the_story(tmp_path: Path, sentence: str) -> None:
    assert {"2024-10", "2024-10/2025-09-04"} <= set(_dates(tmp_path, sentence, "2025-09-04"))


@pytest.mark.parametrize(
    "sentence",
    [
        # the text dates the moment itself: its own date is read, never the anchor's
        "Environ 2 000 soldats ont été tués depuis le début du déploiement, à l'automne 2024, selon Séoul.",
        "Environ 2 000 soldats ont été tués depuis le début du déploiement en novembre 2024, selon Séoul.",
        # another thing's deployment, named by a word after it (review85)
        "Le dispositif est inchangé depuis le déploiement des casques bleus, selon l'ONU.",
        "Depuis le début du déploiement de la 5G, 30 000 antennes ont été installées en Russie.",
        "Depuis le déploiement russe en Syrie, 20 000 frappes ont été recensées.",
        "Depuis le déploiement, en Pologne, de 10 000 soldats américains, Moscou proteste.",
        "Dès le déploiement, les soldats ukrainiens ont reculé, selon Kiev.",
        # their own deployment or engagement: the truths give it no date of the story's (round 131's first version)
        "Environ 2 000 soldats ont été tués depuis leur déploiement, selon Séoul.",
        "Quelque 3 000 soldats nord-coréens ont été tués depuis le début de leur engagement, selon Kiev.",
    ],
)
def test_a_moment_the_text_dates_or_another_one_is_not_the_deployment(tmp_path: Path, sentence: str) -> None:
    assert "2024-10" not in _dates(tmp_path, sentence, "2025-09-04")


@pytest.mark.parametrize(
    "sentence",
    [
        # only a season with its year or « dernier » after a preposition dates the moment before it (review85, 86)
        "Depuis le début de la guerre, l'hiver est la saison la plus meurtrière pour les soldats nord-coréens.",
        "Depuis le début de la guerre, l'hiver dernier a été le plus meurtrier pour les soldats nord-coréens.",
        # … nor a count after « entre »
        "Depuis le début de la guerre, entre 2000 et 3000 soldats nord-coréens ont déserté, selon Kiev.",
    ],
)
def test_a_season_or_a_count_of_the_main_clause_keeps_the_moment(tmp_path: Path, sentence: str) -> None:
    assert "2022-02-24" in _dates(tmp_path, sentence, "2025-11-15")


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        (
            "Du 3 au 25 octobre, l'Enclos du Port accueille les images d'un photographe ukrainien.",
            "2026-10-01",
            ["2026-10-03/2026-10-25"],
        ),
        (
            "Le festival se tient à Nyon, du 17 au 26 avril, avec un film sur Koursk.",
            "2026-04-10",
            ["2026-04-17/2026-04-26"],
        ),
        # a run over the turn of the year
        (
            "Du 28 décembre au 20 janvier, la médiathèque expose des photographies de Koursk.",
            "2025-12-20",
            ["2025-12-28/2026-01-20"],
        ),
        # told in the past: the run before
        (
            "Du 3 au 25 octobre, l'Enclos du Port a accueilli les images d'un photographe ukrainien.",
            "2026-10-01",
            ["2025-10-03/2025-10-25"],
        ),
        # a sentence that looks back tells a run in the historic present: the one before (review85)
        (
            "Il y a un an, du 8 au 30 octobre, les soldats nord-coréens arrivent par trains entiers à Vladivostok.",
            "2025-10-01",
            ["2024-10-08/2024-10-30"],
        ),
        (
            "Selon la chronologie établie par Séoul, du 8 au 30 octobre, les premiers soldats gagnent Vladivostok.",
            "2025-09-24",
            ["2024-10-08/2024-10-30"],
        ),
        # words that look back after the run, « alors que »: the coming one (review86)
        (
            "Du 4 au 12 octobre, Séoul et Washington mènent des exercices conjoints, alors que Pyongyang multiplie les"
            " tirs.",
            "2025-10-01",
            ["2025-10-04/2025-10-12"],
        ),
        # one that begins more than two weeks on, told in the present: the year left to the curator, as before
        ("Du 30 octobre au 5 novembre, la médiathèque expose des photographies de Koursk.", "2026-10-01", []),
    ],
)
def test_a_run_of_days_about_to_begin_is_the_coming_one(
    tmp_path: Path, sentence: str, published: str, dates: list[str]
) -> None:
    assert _dates(tmp_path, sentence, published) == dates


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        (
            "Prochaine étape : une visite de Vladimir Poutine à Pyongyang, annoncée pour l'été.",
            "2026-05-22",
            ["2026-06/2026-08"],
        ),
        (
            "Un quatrième contingent, annoncé pour l'automne, porterait ce nombre à 12 000.",
            "2026-06-25",
            ["2026-09/2026-11"],
        ),
        # the clause of the noun tells it done: the one over
        ("Les renforts annoncés pour l'été ne sont jamais arrivés.", "2025-10-04", ["2025-06/2025-08"]),
        # what came of it, the imperfect, a coming one more than a season away, a participle inside another: the one
        # over (review85)
        (
            "Le contingent, annoncé pour l'été, arrive finalement en septembre à Koursk.",
            "2025-10-15",
            ["2025-06/2025-08"],
        ),
        ("Le sommet, programmé pour l'été, se tenait à Vladivostok.", "2026-04-10", ["2025-06/2025-08"]),
        ("Le retrait des troupes, annoncé pour l'été, reste une promesse.", "2025-10-15", ["2025-06/2025-08"]),
        (
            "Le rapport, publié en novembre et consacré à la rotation prévue pour l'automne, chiffre les pertes.",
            "2026-07-10",
            ["2025-09/2025-11"],
        ),
        # a participle with no clause of its own, as before: the clause's verb says (review86)
        ("Le sommet prévu pour le printemps se tiendra à Vladivostok.", "2025-10-15", ["2026-03/2026-05"]),
        # a participle of a thing done, not a time set: as before
        ("Les soldats capturés pendant l'été ont été transférés à Kiev.", "2025-10-04", ["2025-06/2025-08"]),
    ],
)
def test_a_season_a_participle_sets_is_the_coming_one(
    tmp_path: Path, sentence: str, published: str, dates: list[str]
) -> None:
    assert set(dates) <= set(_dates(tmp_path, sentence, published))


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Moscou promet un retrait complet avant 2028, selon le Kremlin.", ["2026-03-11/2027-12-31"]),
        ("Moscou promet un retrait complet avant 2027, selon le Kremlin.", ["2026-03-11/2026-12-31"]),
        ("Avant 2022, la coopérative exportait des génisses vers la Russie.", ["2021"]),
        # not before a year, a negation anywhere before it: that year or later, read as the year itself (as before)
        ("La guerre ne se terminera pas avant 2027, estime-t-il.", ["2027"]),
        ("Aucun retrait des troupes nord-coréennes n'est prévu avant 2027.", ["2027"]),
        ("Un cessez-le-feu est exclu avant 2027, selon Kiev.", ["2027"]),
        ("La Corée du Nord n'avait jamais envoyé de troupes à l'étranger avant 2024.", ["2024"]),
        # a question, or a count of time before the year: as before (review86)
        ("Un cessez-le-feu avant 2027 ?", ["2027"]),
        ("Dix ans avant 2024, la Russie annexait la Crimée.", ["2024"]),
    ],
)
def test_before_a_year_is_up_to_the_year_before(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    assert _dates(tmp_path, sentence, "2026-03-11") == dates
