"""Round 94 (issue 16, futures; helper round94): a time ahead counted from the publication (« d'ici à la fin de
l'été », « avant l'été », « dans un proche avenir ») in a sentence after the one that tells when the page's story was
said (« Le ministre a déclaré mardi que … » on Wednesday's page) ran from the page's day, where a reader counts it from
the speaker's. It now runs from the day a reporting verb told in the past dates just before it (« a déclaré lundi »,
« a-t-il indiqué mardi »), when that day is the first the page names by its weekday and lies one or two days before
the page, or before a reprinted wire story's dateline, and it stays a forecast: dated at that day with its TODO, never
clipped into a fact (review61 found round 91's broader « story's day » did both wrong). « dans le courant du
printemps », « au cours du printemps » were read by no rule (« de l'été » was), and « au printemps arabe » was a
spring; « d'ici un mois ou deux », « d'ici un an ou deux » ended at the smaller count. Made-up sentences, never the
held-out ones; each positive case fails before the change, and each near miss fails when its own guard is removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract

# A Wednesday: the statements below are told on Tuesday the 11th, a day before
WEDNESDAY = "2025-03-12"


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        (
            "Le ministre ukrainien de la Défense a déclaré mardi que la pression restait forte sur le front. "
            "Une nouvelle livraison de drones est attendue d'ici à la fin de l'été, selon son entourage.",
            WEDNESDAY,
            "2025-03-11/2025-08",
        ),
        (  # an incise after a quotation, the weekday after the verb, two days before the page
            "« La relève est en route », a-t-il indiqué mardi à Genève. "
            "Le retrait complet des unités pourrait intervenir avant l'été.",
            "2025-03-13",
            "2025-03-11/2025-05-31",
        ),
        (  # a wire story reprinted the day after its dateline: the time ahead ran from the dateline's day
            "KIEV, 10 mars 2025 (AFP) - Le renseignement militaire ukrainien a affirmé dimanche que de nouvelles "
            "unités se préparaient. Un nouvel envoi de munitions est attendu avant la fin du mois, selon un "
            "responsable.",
            "2025-03-11",
            "2025-03-09/2025-03-31",
        ),
        (
            "Le porte-parole de l'armée a reconnu lundi, pour la première fois, la présence de blessés. "
            "Le gouvernement promet une enquête dans un proche avenir.",
            "2025-05-07",
            "2025-05-05/2025-12-31",
        ),
    ],
)
def test_a_time_ahead_counts_from_the_day_the_story_was_said(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


def test_a_time_ahead_counted_from_the_story_day_stays_a_forecast(tmp_path: Path) -> None:
    text = (
        "Le ministre ukrainien de la Défense a déclaré mardi que la pression restait forte sur le front. "
        "Une nouvelle livraison de drones est attendue d'ici à la fin de l'été, selon son entourage.\n"
    )
    _, events, _ = extract(tmp_path, text, WEDNESDAY)
    ahead = [e for e in events or [] if "fin de l'été" in e["date_basis"]]
    assert ahead, events
    # dated at its statement, the story's day, with the forecast's TODO: not a window clipped into a fact
    assert ahead[0]["date"] == "2025-03-11"
    assert ahead[0]["date_basis"].startswith("TODO")
    assert "clipped" not in ahead[0]["date_basis"]


SUMMER = "2025-03-12/2025-08"  # from the page's day, as before


@pytest.mark.parametrize(
    ("text", "published", "edtf", "guard"),
    [
        (  # the weekday names the strikes' day, no statement's (review61)
            "Après les frappes de mardi, Kiev a annoncé un renforcement de ses défenses. "
            "Une nouvelle livraison de drones est attendue d'ici à la fin de l'été.",
            WEDNESDAY,
            SUMMER,
            "a reporting verb just before the weekday",
        ),
        (  # a thing done that day, not said
            "Mardi, un drone a frappé un dépôt près de Koursk. "
            "Une nouvelle livraison de munitions est attendue d'ici à la fin de l'été.",
            WEDNESDAY,
            SUMMER,
            "a reporting verb just before the weekday",
        ),
        (  # the first weekday is the page's own day: its news is today's, whatever was said the day before
            "Le ministre a déclaré mercredi que la pression restait forte. "
            "Son adjoint a indiqué mardi que les stocks baissaient. "
            "Une nouvelle livraison de drones est attendue d'ici à la fin de l'été.",
            WEDNESDAY,
            SUMMER,
            "the first weekday decides",
        ),
        (  # three days back: older news than the page's
            "Le ministre a déclaré dimanche que la pression restait forte. "
            "Une nouvelle livraison de drones est attendue d'ici à la fin de l'été.",
            WEDNESDAY,
            SUMMER,
            "one or two days back",
        ),
        (  # a span counted ahead: the truths count it from the page (round 91)
            "Le ministre a déclaré mardi que la pression restait forte. "
            "Des renforts sont attendus dans les prochaines semaines.",
            WEDNESDAY,
            "2025-03-12/2025-04-30",
            "not a span counted ahead",
        ),
        (  # days the text names: the meeting's, Thursday and Friday
            "Le ministre a déclaré mercredi que la pression restait forte. "
            "Une réunion des alliés est prévue jeudi et vendredi à Bruxelles.",
            "2025-03-13",
            "2025-03-13/2025-03-14",
            "no weekday in the time ahead",
        ),
        (  # the statement stands in a side clause about the subject, not the story's main one
            "Le ministre, qui a déclaré mardi que la pression restait forte, a été remplacé. "
            "Une nouvelle livraison de drones est attendue d'ici à la fin de l'été.",
            WEDNESDAY,
            SUMMER,
            "a main clause",
        ),
    ],
)
def test_a_time_ahead_stays_counted_from_the_page(
    tmp_path: Path, text: str, published: str, edtf: str, guard: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published), guard


# --- « du printemps » after « dans le courant », « au cours », « lors »: the season, as « de l'été » was -------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("D'autres unités partiront dans le courant du printemps, estime le service.", "2026-01-20", "2026-03/2026-05"),
        (
            "Une visite du dirigeant à Moscou est attendue au cours du printemps, selon le Kremlin.",
            "2026-01-20",
            "2026-03/2026-05",
        ),
    ],
)
def test_a_season_after_du_is_read(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published)


def test_a_spring_that_names_an_event_is_no_season(tmp_path: Path) -> None:
    # the words after the season name an event (lexicon.toml `season_event_names`): no spring of any year (« au
    # printemps » was read as the spring before the page)
    sentence = "Les étudiants de Tunis avaient manifesté au printemps arabe de 2011."
    assert not [d for d in drafted_dates(tmp_path, sentence, "2026-01-20") if "-03/" in d]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le régime avait vacillé lors du Printemps arabe, rappelle l'historien.",
        "Le chercheur compare la situation au cours du printemps de Prague.",
        "La lecture aura lieu dans le courant du Printemps des poètes, à la médiathèque.",
    ],
)
def test_a_spring_after_du_that_names_an_event_stays_no_date(tmp_path: Path, sentence: str) -> None:
    assert not [d for d in drafted_dates(tmp_path, sentence, "2026-01-20") if "-03/" in d]


# --- « d'ici un mois ou deux »: up to the larger count, told after the unit ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        (
            "Les soldats pourraient rentrer d'ici un mois ou deux, selon la famille.",
            "2025-02-12",
            "2025-02-12/2025-04~",
        ),
        ("La guerre pourrait s'arrêter « d'ici un an ou deux », juge l'auteur.", "2025-10-15", "2025-10-15/2027~"),
        ("Un accord pourrait être signé dans un mois ou deux.", "2025-02-12", "2025-03/2025-04"),
    ],
)
def test_a_larger_count_after_the_unit_ends_the_span(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, published)


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # another unit after the second count: « deux semaines » is no count of months
        ("Les renforts arriveront d'ici un mois ou deux semaines au plus.", "2025-02-12/2025-03~"),
        # the second count counts something else: the phrase does not end after it
        ("D'ici un an ou deux députés de l'opposition pourraient rejoindre le bloc.", "2025-02-12/2026~"),
    ],
)
def test_a_count_after_ou_that_is_no_larger_count_stays_apart(tmp_path: Path, sentence: str, edtf: str) -> None:
    assert edtf in drafted_dates(tmp_path, sentence, "2025-02-12")
