"""Round 148 (issue 16): the Russia–North Korea treaty and Russia's recapture of the Kursk region are moments of
the story (lexicon.toml [anchors]), counted from: « Un an après le traité, Pyongyang … » is 19 June 2025, « le
deuxième anniversaire de l'entrée en vigueur du traité » 4 December 2026, « Un an après la reprise de Koursk » 26
April 2026; before, such headlines dated the page's day. No period opens at either (« Depuis la signature du traité,
» dates nothing: review97). A treaty the text dates itself (« le traité d'amitié de 1961 ») is another one; each name
counts only with nothing after it but punctuation (« le traité Poutine-Kim », « la reprise de Koursk par l'Armée
rouge »), and the treaty only in a sentence that names North Korea (review98). Made-up sentences, never the held-out
articles' (benchmarks/heldout/ROUND148.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


def _dates(tmp_path: Path, sentence: str, published: str) -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{sentence}\n", published)


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        ("Un an après le traité, Pyongyang envoie ses démineurs à Koursk.", "2025-06-20", ["2025-06-19"]),
        ("Deux ans après la signature de leur traité, Moscou et Pyongyang s'affichent.", "2026-06-22", ["2026-06-19"]),
        ("Un an après la reprise de Koursk, ce que la Corée du Nord a gagné.", "2026-04-27", ["2026-04-26"]),
        (
            "Pyongyang a célébré le deuxième anniversaire de l'entrée en vigueur du traité.",
            "2026-12-08",
            ["2026-12-04"],
        ),
    ],
)
def test_the_treaty_is_a_moment_of_the_story(tmp_path: Path, sentence: str, published: str, dates: list[str]) -> None:
    assert _dates(tmp_path, sentence, published) == dates


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        # another treaty, dated by the text itself
        ("C'est sans équivalent depuis la signature du traité d'amitié de 1961.", "2025-03-10", ["1961"]),
        # « le traité » with a word after it: no moment of the story, the page's present
        ("Deux ans après le traité Poutine-Kim, Séoul s'inquiète.", "2026-06-22", ["2026-06-22"]),
        # the treaty only in a sentence that names North Korea (review98): another one's, the page's present as before
        ("Un an après le traité, les échanges entre Téhéran et Moscou ont doublé.", "2026-02-10", ["2026-02-10"]),
        # no period opens at the treaty or the recapture (review97, the held-out truths)
        ("Depuis la signature du traité, les livraisons d'obus ont doublé.", "2025-03-10", []),
        ("Depuis la reprise de Koursk, les soldats nord-coréens creusent des tranchées.", "2025-08-10", []),
        # another treaty, another recapture (review97): the page's present, as before, or nothing
        (
            "Trois mois après la signature du traité sur les garanties de sécurité, Minsk a reçu des missiles.",
            "2025-04-17",
            ["2025-04-17"],
        ),
        ("Un an après la reprise de Koursk par l'Armée rouge, la ville était en ruine.", "2025-07-15", []),
        (
            "Trois mois après la signature du traité de partenariat stratégique global entre l'Iran et la Russie, "
            "les deux pays ont annoncé un gazoduc.",
            "2025-04-17",
            ["2025-04-17"],
        ),
    ],
)
def test_another_treaty_is_not_the_story_s(tmp_path: Path, sentence: str, published: str, dates: list[str]) -> None:
    assert _dates(tmp_path, sentence, published) == dates
