"""Round 104 (issue 16, precision: the page's chrome dates; helper round104): the site's lists of its other news at the
page's foot in three more shapes. A link heading printed in two languages, the other one first and a slash between
(« Lesen Sie auch / À lire aussi »: linkedtitles.py `_LINK_HEADING`); « Dans la même section » among the link headings
(lexicon.toml `link_headings`); a video's « ▶ » as a bullet, under a site's short heading (linkedtitles.py
`_BULLETED`) and in a box of briefs with no heading at the page's foot (briefs.py `_FOOT_BULLET_SIGN`, review67b). Their days are other news's, no fact
of the story. Made-up sentences, none copied from a benchmark page; each positive case fails before the round, its
near misses pass both times and name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_round100 import _foot_dates as _dates_under_the_story


def _foot_dates(tmp_path: Path, box: str) -> list[str]:
    """The dates drafted from round 100's story with `box` at its foot and a copyright line under it, less the story's
    own (review67b: the story and the comparison are round 100's, imported)."""
    return _dates_under_the_story(tmp_path, box + "\n\nTous droits réservés")


@pytest.mark.parametrize(
    "box",
    [
        # a link heading in two languages over dashed titles (six words with its slash: too long a site's heading)
        (
            "Lesen Sie auch / À lire aussi\n– Gisenyi : la foire du lac rassemblera 900 exposants le 18 avril\n"
            "– Marché du samedi 14 mars : 300 tonnes de légumes vendues"
        ),
        # … over plain titles, no bullet
        (
            "Meistgelesen / Les plus lus\nPont de Rolle : chantier jusqu'au 20 mars\n"
            "Salon du livre : 2 000 visiteurs attendus ce week-end"
        ),
        # a template's heading of the section's other stories
        "Dans la même section\nPêche : la saison s'ouvre le 1er avril\nConseil municipal : séance le 27 mars",
        # a video's mark under a site's short heading
        "Nos vidéos\n▶ Grenoble : le tram prolongé jusqu'au 15 avril (1'42)\n▶ Handball : la liste pour le match du 21 mars",
        # … and two briefs it opens with no heading, below the story's last paragraph
        "▶ Annecy : le lac accueille 3 000 nageurs cette année\n▶ Thônes : une exposition sur la montagne jusqu'au 29 mars",
    ],
)
def test_a_list_of_the_site_s_other_news_dates_no_fact(tmp_path: Path, box: str) -> None:
    assert _foot_dates(tmp_path, box) == []


def test_a_slash_heading_of_no_links_heads_the_story_s_lines(tmp_path: Path) -> None:
    # near miss: a slash before words that head no links (« Kiev / Moscou »): the phrase after the slash must be a link
    # heading's and fill the line; the sentence with its full stop is the story's
    box = "Kiev / Moscou\nLes combats ont repris lundi 2 mars près de Soudja, selon l'état-major."
    assert "2026-03-02" in _foot_dates(tmp_path, box)


def test_a_video_mark_over_the_story_s_sentences_keeps_their_days(tmp_path: Path) -> None:
    # near miss: « ▶ » opening sentences told in the past with their full stops, the story's own points (a headline
    # has no full stop; a brief is told in no past tense)
    box = (
        "L'essentiel\n▶ Le contingent a été renforcé le 26 février.\n"
        "▶ Les combats ont repris lundi 2 mars près de Soudja."
    )
    assert "2026-03-02" in _foot_dates(tmp_path, box)


def test_a_video_title_that_names_the_story_stays(tmp_path: Path) -> None:
    # near miss: a headless box's line that names the store's entities is the story's (draft.py's « En bref » guard)
    box = (
        "▶ Koursk : des soldats nord-coréens repérés lundi 2 mars\n"
        "▶ Thônes : une exposition sur la montagne jusqu'au 29 mars"
    )
    assert "2026-03-02" in _foot_dates(tmp_path, box)
