"""Round 93 (issue 16, the page's furniture of other news; helper round93): the lines under a story's agency sign-off
alone on its line (« (Belga) », « Le Monde avec AFP », « (ats/bg) », « kjl/sbr/lgo ») are the page's other items, its
local briefs, its agenda, its adverts, and their days were read as the story's (« Wavre : la piscine fermée jusqu'au
3 mars » under « (Belga) »); and a box under a heading of the page's other news (« Les titres du journal de 13h : »,
« Les vidéos du jour ») was read as the story's. Made-up sentences, never the held-out ones; each positive case fails
before the change, its near misses pass both times and each fails without the guard it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# a story's last paragraph: a sentence of more than twelve words
_STORY = (
    "Selon le renseignement sud-coréen, quelque 2 000 soldats nord-coréens ont été tués dans la région de Koursk "
    "depuis leur déploiement, a indiqué mardi un député à Séoul."
)


# --- the lines under a story's sign-off ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sign_off", "tail", "edtf"),
    [
        ("(Belga)", "Wavre : la piscine communale fermée jusqu'au 3 mars", "2026-03-03"),
        ("Avec AFP", "Vendée : la rocade de Luçon fermée samedi 14 février pour travaux.", "2026-02-14"),
        ("(ats/jb)", "À MORGES\nLa foire aux vins revient dimanche 15 février sur les quais.", "2026-02-15"),
        ("(Reuters)", "-------\nCours du cacao ce lundi 16 février : 8 200 dollars la tonne", "2026-02-16"),
        ("Le Quotidien du Nord avec AFP", "Lille : le périphérique fermé samedi 21 février pour travaux", "2026-02-21"),
        ("jls/cn © AFP", "Fret : grève des dockers d'Anvers lundi 16 février", "2026-02-16"),
        ("sdk/lth/cn", "Lu dans notre édition du 2 février : « Le port de Brest se modernise »", "2026-02-02"),
    ],
)
def test_the_lines_under_a_sign_off_are_the_page_s_other_items(
    tmp_path: Path, sign_off: str, tail: str, edtf: str
) -> None:
    text = f"{_STORY}\n\n{sign_off}\n\n{tail}"
    assert edtf not in drafted_dates(tmp_path, text, "2026-02-10")


def test_the_story_above_its_sign_off_keeps_its_days(tmp_path: Path) -> None:
    text = f"{_STORY}\n\n(Belga)\n\nWavre : la piscine communale fermée jusqu'au 3 mars"
    assert "2026-02-10" in drafted_dates(tmp_path, text, "2026-02-11")  # « mardi »


# an agency's name under a lead, then the story: its byline (more words after it than before)
_LEAD = "La Corée du Nord a envoyé de nouveaux renforts en Russie, selon plusieurs sources concordantes à Séoul."
_BODY = (
    "Le renseignement sud-coréen a indiqué jeudi que quelque 3 000 soldats supplémentaires étaient arrivés dans la "
    "région de Koursk au cours du mois de janvier, par train puis par camion. Ces hommes rejoindraient les unités déjà "
    "engagées aux côtés des forces russes, selon un député qui a assisté au briefing à huis clos à Séoul. Kiev n'a pas "
    "commenté ces chiffres, que Moscou ne confirme pas."
)


@pytest.mark.parametrize(
    ("text", "edtf", "guard"),
    [
        # the agency's name under the lead signs nothing off: the story follows (more words after it than before)
        (f"{_LEAD}\n\nAFP\n\n{_BODY}", "2026-02-05", "more words before than after"),
        # a photograph's credit in the story's first half: the same
        (f"{_LEAD} Les unités se sont entraînées tout l'hiver.\n\nReuters\n\n{_BODY}", "2026-02-05", "before/after"),
        # a line under the sign-off that tells the story (« soldats nord-coréens »): a briefs page's own brief
        (
            f"{_STORY}\n\n(Belga)\n\nKoursk : jeudi, 500 soldats nord-coréens ont quitté la région.",
            "2026-02-05",
            "tells",
        ),
        # a wire feed's next story starts over at its dateline
        (
            f"{_STORY}\n\nkde/ple/bds\n\nSEOUL, 5 fév 2026 (AFP) - Séoul a annoncé jeudi l'arrivée de 3 000 soldats.",
            "2026-02-05",
            "dateline",
        ),
        # a rule over the page's next story: its days are its own facts
        (
            f"{_STORY} {_STORY} {_STORY}\n\n(Belga)\n\n---\nÀ Arlon, le souvenir de 1944\nJeudi, quelque 400 personnes ont défilé dans "
            "les rues d'Arlon pour rappeler la libération de la ville, en présence du bourgmestre et de vétérans venus "
            "de toute la province.",
            "2026-02-05",
            "rule",
        ),
    ],
)
def test_a_sign_off_that_closes_no_story_cuts_nothing(tmp_path: Path, text: str, edtf: str, guard: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, "2026-02-07"), guard


def test_a_headline_over_a_byline_is_no_story_s_last_paragraph(tmp_path: Path) -> None:
    # a page's second story: the line before the agency's name has no full stop, a headline, the agency its byline
    text = (
        f"{_BODY} {_BODY}\n\nKoursk : Séoul annonce l'arrivée de 3 000 soldats nord-coréens\n\nAvec AFP\n\n"
        "Le ministre a confirmé mardi ces arrivées."
    )
    assert "2026-02-03" in drafted_dates(tmp_path, text, "2026-02-07")


# --- a box under a heading of the page's other news or events -------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "item", "edtf"),
    [
        ("Les titres du journal de 13h :", "— Namur : la Citadelle fermée au public jusqu'au 28 février", "2026-02-28"),
        ("Les vidéos du jour", "▶ Foot : le Standard reçoit Charleroi samedi 21 février", "2026-02-21"),
    ],
)
def test_a_box_of_the_page_s_other_news_dates_no_fact(tmp_path: Path, heading: str, item: str, edtf: str) -> None:
    text = f"{_STORY}\n\n{heading}\n{item}"
    assert edtf not in drafted_dates(tmp_path, text, "2026-02-10")


@pytest.mark.parametrize(
    ("text", "edtf", "guard"),
    [
        # a title that tells the story (« nord-coréens ») stays
        (
            f"{_STORY}\n\nLes titres du journal :\n— Le Conseil de sécurité examine mardi 24 février l'envoi de "
            "soldats nord-coréens",
            "2026-02-24",
            "tells the story",
        ),
        # above any line of the page's own text, the titles are the page's own news
        (
            "LES TITRES DU JOURNAL\n— Réunion des ministres de la Défense à Bruxelles mardi 24 février",
            "2026-02-24",
            "told",
        ),
        # « Les titres » with more than a complement is a headline (« Les titres de la presse … sont unanimes »)
        (
            f"{_STORY}\n\nLes titres de la presse moscovite sont unanimes\n"
            "Le ministre inaugure mardi 24 février un centre culturel à Tachkent.",
            "2026-02-24",
            "heading's shape",
        ),
    ],
)
def test_a_box_that_tells_the_story_keeps_its_days(tmp_path: Path, text: str, edtf: str, guard: str) -> None:
    assert edtf in drafted_dates(tmp_path, text, "2026-02-10"), guard
