"""Round 7 (issue 16): classes of false dates and figures, read by structure and by data rather than by sentence —
web chrome and links to other articles, clock times and other numbers that count nothing. Made-up pages and
sentences, never the held-out articles'; each test drives `koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract, read_date

# --- web chrome -----------------------------------------------------------------------------------------------------


def _read(tmp_path: Path, lines: list[str], published: str) -> tuple[list[str], list[object]]:
    """The events' dates and the claims' values `koursk extract` drafts from a page of `lines`."""
    _, events, claims = extract(tmp_path, "\n".join(lines) + "\n", published)
    return [read_date(e) for e in events], [c["value"] for c in claims]


@pytest.mark.parametrize(
    ("lines", "dates", "values"),
    [
        # « Lire aussi » alone on its line, then other articles' titles (no full stop): those articles' dates and
        # figures; the first line that ends a sentence is the article again
        (
            [
                "Les soldats nord-coréens sont arrivés lundi dans la région de Koursk.",
                "À lire aussi",
                "Corée du Nord : Kim inspecte une usine, 3 jours après un essai de missile",
                "Qui sont les 12.000 soldats que Kim envoie à Poutine ?",
                "Guerre en Ukraine : le point sur la situation ce jeudi soir",
                "Mardi, 2 000 soldats ont rejoint le front.",
            ],
            ["2025-03-10", "2025-03-11"],
            [2000],
        ),
        # the heading must stand alone on its line, and a blank line ends the links
        (
            [
                "Il faut lire aussi le rapport du NIS.",
                "Les soldats sont arrivés lundi 10 mars à Koursk",
                "Sur le même sujet",
                "",
                "Mardi, 2 000 soldats ont rejoint le front",
            ],
            ["2025-03-10", "2025-03-11"],
            [2000],
        ),
    ],
)
def test_titles_under_a_link_heading_alone_on_its_line_are_other_articles(
    tmp_path: Path, lines: list[str], dates: list[str], values: list[object]
) -> None:
    assert _read(tmp_path, lines, "2025-03-14") == (dates, values)


@pytest.mark.parametrize(
    "line",
    [
        "Publié le : 17/12/2024 - 08:12",
        "Écouter - 03:24",
        "Partager sur Facebook, publié le 3 mars",
        "Podcast Journal d'Asie 7 Du lundi au vendredi",
        "Édition du mardi 5 novembre 2024",
        "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois.",
        "Abonnez-vous à la newsletter : l'essentiel chaque soir à 18 h.",
        "Diffusé le lundi 10 mars 2025 à 08h00",
        "Cet article est paru dans l'édition du 11 mars 2025.",
        # a live page's day alone on its line: a weekday, a day and its year
        "Mardi 11 mars 2025",
        # a week's schedule (lexicon.toml `schedules`): a habit, no day of any fact
        "Retrouvez nos émissions sur les soldats du lundi au vendredi.",
        "Notre correspondant à Séoul suit les soldats tous les jours.",
    ],
)
def test_a_line_that_starts_with_a_chrome_word_is_the_pages(tmp_path: Path, line: str) -> None:
    """lexicon.toml `chrome_lines`: the line's dates and figures are the page's."""
    _, events, claims = extract(tmp_path, f"{line}\nLes soldats sont arrivés lundi.\n", "2025-03-14")
    assert [e["evidence"][0]["quote"] for e in events] == ["Les soldats sont arrivés lundi."]
    assert claims == []


def test_a_correction_notice_dates_the_notice_not_its_facts(tmp_path: Path) -> None:
    """« Correction, le 28 février 2025 à 10h : » names the notice's day (edition_headings); the figure it corrects
    and the narrative's own dates stay."""
    text = (
        "Correction, le 28 février 2025 à 10h : 3 000 soldats ont été blessés depuis janvier, et non tués.\n"
        "Le ministre a déclaré le 28 février 2025 que les combats continuaient.\n"
    )
    _, events, claims = extract(tmp_path, text, "2025-02-28")
    assert sorted(e["date"] for e in events) == ["2025-01", "2025-01/2025-02-28", "2025-02-28"]
    assert [c["value"] for c in claims] == [3000]


# --- numbers that count nothing, and numbers read wrong in silence ----------------------------------------------------


def _claims(tmp_path: Path, sentence: str) -> list[tuple[object, ...]]:
    """Each claim `koursk extract` drafts from one sentence: value (or range), kind, unit and measure."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-03-14")
    return [
        (
            c["value"] if c["value_kind"] != "range" else (c["value_min"], c["value_max"]),
            c["value_kind"],
            c["unit"],
            c["measure"],
        )
        for c in claims
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clock time (lexicon.toml units: « h » is hours, a figure only as a term)
        "Il est 8 h 10 à Paris, 16 h 10 à Séoul.",
        "Le chercheur présentera ses travaux jeudi à 18 h, devant les soldats.",
        "La conférence sur les soldats aura lieu de 10 h à 12 h.",
        # a length in seconds, a book's pages, a street number
        "La vidéo de 47 secondes montre des soldats.",
        "Elle publie un livre de 312 pages sur les soldats.",
        "Le journal, 67-69 avenue Pierre-Mendès-France, suit les soldats.",
        "Les familles des soldats se réunissent au 12 rue de la Paix.",
        # the parts a text is told in (« trois points », « cinq raisons »)
        "Trois points devraient guider les soldats.",
        # a factor of a topic that measures none (losses have no `factor` unit in topics.yaml)
        "Les pertes des soldats ont été multipliées par trois.",
    ],
)
def test_numbers_that_count_nothing_are_no_figures(tmp_path: Path, sentence: str) -> None:
    assert _claims(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a term in hours stays a figure, and a factor of a topic that measures one
        ("Moscou promet de retirer ses soldats en 24 h.", [(24, "exact")]),
        ("Les attaques de drones Shahed ont été multipliées par six.", [(6, "exact", "factor")]),
    ],
)
def test_the_same_units_as_terms_and_factors_stay_figures(
    tmp_path: Path, sentence: str, expected: list[tuple[object, ...]]
) -> None:
    found = _claims(tmp_path, sentence)
    assert [c[: len(e)] for c, e in zip(found, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pyongyang a envoyé septante soldats.", (70, "exact")),
        ("Pyongyang a envoyé nonante-cinq soldats.", (95, "exact")),
        ("Pyongyang a envoyé huitante soldats.", (80, "exact")),
        ("Pyongyang a envoyé 1,5 millier d'hommes.", (1500, "approximate")),
        ("Pyongyang a envoyé deux milliers de soldats.", (2000, "approximate")),
        ("Pyongyang aurait envoyé plus de 2 milliers de soldats.", (2000, "at_least")),
    ],
)
def test_belgian_and_swiss_tens_and_thousands_counted_in_milliers(
    tmp_path: Path, sentence: str, expected: tuple[object, str]
) -> None:
    [claim] = _claims(tmp_path, sentence)
    assert claim[:2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the number the text denies is a TODO (no value), the one it gives is read
        ("L'armée a déployé non pas 12 000 mais 11 000 soldats.", [None, 11000]),
        ("Ce ne sont pas 12 000 soldats mais 11 000 qui ont été déployés.", [None, 11000]),
        ("L'armée a déployé 11 000 soldats, et non 12 000.", [11000]),
        # « pas plus de », « pas moins de » are bounds, not denials
        ("Il n'y a pas plus de 500 soldats en Russie.", [500]),
    ],
)
def test_a_denied_number_is_never_read_as_a_value(tmp_path: Path, sentence: str, expected: list[object]) -> None:
    assert [c[0] for c in _claims(tmp_path, sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Au moins 4 000 soldats nord-coréens ont été tués ou blessés, selon Kiev.",
        "Plus de 4 000 morts et blessés, selon Kiev.",
        "Le NIS évoque 1 000 Nord-Coréens tués ou blessés.",
    ],
)
def test_the_killed_and_wounded_together_are_casualties_never_the_killed(tmp_path: Path, sentence: str) -> None:
    [(_, _, unit, measure)] = _claims(tmp_path, sentence)
    assert unit == "casualties"
    assert measure == "casualties-unspecified-side"


def test_the_killed_alone_and_a_coordination_of_two_numbers_stay_as_they_were(tmp_path: Path) -> None:
    assert [c[:3] for c in _claims(tmp_path, "Environ 300 morts et 2 700 blessés nord-coréens.")] == [
        (300, "approximate", "deaths"),
        (2700, "approximate", "wounded"),  # « environ » carries to the bare 2 700 (the lead's round-19 decision)
    ]


def test_a_weekday_range_of_the_news_and_a_dated_heading_stay_dates(tmp_path: Path) -> None:
    """Near-misses: « de lundi à mercredi » of the news is a date; a day without its weekday alone on a line too."""
    dates, _ = _read(tmp_path, ["Les soldats ont combattu de lundi à mercredi.", "11 mars 2025"], "2025-03-14")
    assert dates == ["2025-03-10/2025-03-12", "2025-03-11"]


# --- the year of a date named without one, and date words that date nothing ------------------------------------------


def _event_dates(tmp_path: Path, sentence: str, published: str) -> list[str]:
    dates, _ = _read(tmp_path, [sentence], published)
    return dates


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # « cet été », « cet automne »: the season of the publication's year, ahead or past
        ("Kiev n'exclut pas un nouveau déploiement au plus tard cet été.", "2025-05-03", ["2025-06/2025-08"]),
        ("Cet été, Kim a visité Moscou.", "2024-11-03", ["2024-06/2024-08"]),
        ("Les troupes pourraient revenir cet hiver.", "2024-11-03", ["2024-12/2025-02"]),
        ("Cet hiver a été rude pour les soldats.", "2025-03-03", ["2024-12/2025-02"]),
        # a deadline ahead: from the publication up to it
        ("Pyongyang pourrait envoyer des soldats d'ici le printemps.", "2024-12-17", ["2024-12-17/2025-05"]),
        # a day a few days ahead, told in the present: the coming one; in a past tense, the one before
        ("Le 9 mai, Moscou célèbre la victoire de 1945.", "2025-05-03", ["2025-05-09", "1945"]),
        ("La conférence, qui s'ouvre le 14 février, attend Kiev.", "2025-02-07", ["2025-02-14"]),
        ("Le 14 février, Kim a ouvert la conférence.", "2025-02-07", ["2024-02-14"]),
        ("Le 14 février, Kim déclarait la guerre.", "2025-02-07", ["2024-02-14"]),
        # a day months ahead told in the narrative present stays the one before
        ("Le 6 août, l'Ukraine lance son incursion.", "2025-05-03", ["2024-08-06"]),
        # « devaient » + an infinitive, « pourrait, selon X, » + an infinitive speak of the future
        ("Les deux Corées devaient célébrer en juin le sommet.", "2026-03-02", ["2026-06"]),
        ("Kim pourrait, selon plusieurs sources, se rendre à Moscou en juin.", "2026-03-02", ["2026-06"]),
    ],
)
def test_the_year_of_a_date_named_without_one(
    tmp_path: Path, sentence: str, published: str, expected: list[str]
) -> None:
    assert _event_dates(tmp_path, sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # lexicon.toml `date_idioms`: turns of phrase whose date words date nothing
        ("Son intérêt pour les soldats ne date pas d'hier.", []),
        ("Les soldats ont disparu du jour au lendemain.", []),
        ("Les soldats sont arrivés hier à Séoul.", ["2025-09-14"]),
    ],
)
def test_date_words_in_an_idiom_date_nothing(tmp_path: Path, sentence: str, expected: list[str]) -> None:
    assert _event_dates(tmp_path, sentence, "2025-09-15") == expected
