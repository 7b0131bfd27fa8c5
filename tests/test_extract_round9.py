"""Round 9 (issue 16): families of false dates and figures, read by structure and by data rather than by sentence —
the page's own stamps in more shapes, pictures of something else, … Made-up pages and sentences, never the held-out
articles'; each test drives `koursk extract` (tests/test_extract.py's helper) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.extract.pagechrome import page_furniture
from tests.test_extract import extract, read_date

# --- the page's own stamps ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # a clock after the day without « à », then « Actualisé »
        ("03/04/2025 09:12 Actualisé 03/04/2025 17:40", True),
        # a byline before a pipe or a dash, then « Publié le »
        ("Par Jeanne Morel | Publié le 03/04/2025 à 07h30", True),
        ("Par Jeanne Morel - Mis à jour le 3 avril 2025", True),
        # where the author writes from, between the name and the stamp
        ("Marc Dupuis (à Séoul), le 03/04/2025 à 11:05", True),
        # the same days in the narrative
        ("Le 3 avril 2025, Séoul a convoqué l'ambassadeur.", False),
        ("Par ailleurs, publié le 3 avril, le rapport compte 300 morts.", False),
        ("Séoul | 300 soldats tués le 3 avril 2025", False),
    ],
)
def test_more_shapes_of_the_pages_own_stamps(line: str, chrome: bool) -> None:
    assert (page_furniture(line) == len(line)) is chrome


@pytest.mark.parametrize("stamp", ["3 avril 2025", "Le courrier de l'Asie — jeudi 3 avril 2025"])
def test_a_day_alone_on_a_line_of_the_pages_head_is_the_pages(tmp_path: Path, stamp: str) -> None:
    """Before the first line that ends a sentence (headline, standfirst, byline), a day alone on its line, or after a
    title and a dash, is the page's; further down it heads what follows (a chronology's « 2 avril 2025 »)."""
    head = ["Koursk : les soldats de Kim au front", "Par Jeanne Morel", stamp, "Les soldats sont arrivés lundi."]
    _, events, _ = extract(tmp_path, "\n".join([*head, "2 avril 2025"]) + "\n", "2025-04-04")
    assert [e["date"] for e in events] == ["2025-03-31", "2025-04-02"]


def test_a_broadcasts_day_names_the_broadcast_not_a_fact(tmp_path: Path) -> None:
    """lexicon.toml `edition_headings`: « le reportage du JT de 20H du 3 avril » dates the broadcast, whatever hour
    it names; the fact its sentence tells keeps its own day."""
    text = "VIDÉO - Le reportage du JT de 20H du 3 avril 2025.\nLes soldats sont arrivés lundi.\n"
    _, events, _ = extract(tmp_path, text, "2025-04-04")
    assert [e["date"] for e in events] == ["2025-03-31"]


@pytest.mark.parametrize("credit", ["Photo d'illustration AFP", "PHOTO D’ARCHIVES Reuters", "Image d'archives"])
def test_a_caption_of_a_picture_of_something_else_dates_nothing(tmp_path: Path, credit: str) -> None:
    """lexicon.toml `unrelated_pictures`: the whole caption line is the picture's, even split into sentences."""
    text = f"Un défilé militaire à Pyongyang, le 9 septembre 2018. {credit}\nLes soldats sont arrivés lundi.\n"
    _, events, _ = extract(tmp_path, text, "2025-04-04")
    assert [e["date"] for e in events] == ["2025-03-31"]


# --- periods whose ends are other rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # two months, each read by its own rule, joined by « et »: one period
        ("Les renforts sont arrivés courant novembre et en décembre.", "2025-01-20", "2024-11/2024-12"),
        ("Les pertes ont doublé entre la fin mai et le 10 juin.", "2025-07-01", "2025-05-21~/2025-06-10"),
        ("Les livraisons ont repris au printemps ou en juillet.", "2025-09-01", "2025-03/2025-07"),
    ],
)
def test_two_dates_joined_by_and_are_one_period(tmp_path: Path, sentence: str, published: str, edtf: str) -> None:
    _, events, _ = extract(tmp_path, sentence + "\n", published)
    assert [e["date"] for e in events] == [edtf]


def test_two_dates_that_would_run_backwards_stay_apart(tmp_path: Path) -> None:
    _, events, _ = extract(tmp_path, "Kiev a frappé courant juin et en mars.\n", "2025-07-04")
    assert sorted(e["date"] for e in events) == ["2025-03", "2025-06"]


def test_a_bulleted_heading_still_announces_what_is_to_come(tmp_path: Path) -> None:
    """« ▸ À SUIVRE. » is lexicon.toml's « à suivre » behind a bullet: the dates after it in its paragraph are ahead."""
    text = "▸ À SUIVRE. Réunion des ministres les 9 et 10 mars à Vienne.\n"
    _, events, _ = extract(tmp_path, text, "2026-02-20")
    assert [read_date(e) for e in events] == ["2026-03-09/2026-03-10"]


# --- the present ---------------------------------------------------------------------------------------------------


def test_for_now_is_the_publications_day(tmp_path: Path) -> None:
    """« dans l'immédiat » is « pour l'instant »: the time of the publication."""
    _, events, _ = extract(tmp_path, "L'ambassade n'a pas répondu dans l'immédiat.\n", "2025-04-04")
    assert [e["date"] for e in events] == ["2025-04-04"]


def test_a_present_adverb_inside_a_bound_keeps_the_figure(tmp_path: Path) -> None:
    """« dépassent actuellement les 5 000 »: the adverb dates the sentence and stays part of the figure's reading."""
    _, _, claims = extract(tmp_path, "Les pertes dépassent actuellement les 5 000 morts.\n", "2025-04-04")
    assert [(c["value"], c["value_kind"]) for c in claims] == [(5000, "at_least")]


# --- counts of years ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a count of years in tens is rounded: its start is a year (negated, « n'avait pas connu … depuis quarante
        # ans » is how long something has not happened: a duration since round 15, tests/test_extract_round15.py)
        ("Le pays vit une disette sans précédent depuis quarante ans.", ["1985~", "1985~/2025-04-04"]),
        # a few years: the same month, counted back
        ("Les deux pays négocient depuis deux ans.", ["2023-04~", "2023-04~/2025-04-04"]),
    ],
)
def test_the_start_of_a_count_of_years(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    _, events, _ = extract(tmp_path, sentence + "\n", "2025-04-04")
    assert sorted(e["date"] for e in events) == dates


# --- spans told in the conditional past ---------------------------------------------------------------------------


def test_a_span_in_the_conditional_past_counts_back_from_the_publication(tmp_path: Path) -> None:
    """« serait passé », « aurait perdu »: a past the source reports, not the imperfect of a story told from the day
    before (the span is counted back from the publication, never forward from that day)."""
    text = "Samedi, une frappe a touché un dépôt.\nEn un an, le nombre de blessés serait passé de 300 à 900.\n"
    _, events, _ = extract(tmp_path, text, "2026-03-10")
    # (a year read to the months it runs in since round 91)
    assert [e["date"] for e in events] == ["2026-03-07", "2025-03/2026-03"]
    # (a bare count of months or years after such a verb, « aurait perdu en deux mois », is how long the act took
    # since round 15: tests/test_extract_round15.py; days and weeks still end on the day)
    _, events, _ = extract(tmp_path, "L'armée aurait perdu en dix jours un tiers de ses hommes.\n", "2026-03-10")
    assert [e["date"] for e in events] == ["2026-02-28/2026-03-10"]


def test_later_counts_from_the_last_date_told_across_sentences_that_name_none(tmp_path: Path) -> None:
    """« Trois mois plus tard » after sentences that name no date counts from the last date the story told."""
    text = (
        "Les premiers soldats ont débarqué début mars 2025. Ils ignoraient tout du front.\n\n"
        "Trois mois plus tard, ils combattaient près de Soudja.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-09-01")
    assert [e["date"] for e in events] == ["2025-03-01/2025-03-10~", "2025-06"]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # how long an activity took (« en dix mois de guerre »): a duration, whenever it was
        ("Les unités ont appris le combat moderne en dix mois de guerre.", []),
        ("Kiev a repris trois villages en dix jours d'offensive.", []),
        # without the activity named, the span up to the publication
        ("Kiev a repris trois villages en dix jours.", ["2025-03-25/2025-04-04"]),
    ],
)
def test_the_length_of_an_activity_is_no_span(tmp_path: Path, sentence: str, dates: list[str]) -> None:
    _, events, _ = extract(tmp_path, sentence + "\n", "2025-04-04")
    assert [e["date"] for e in events] == dates
