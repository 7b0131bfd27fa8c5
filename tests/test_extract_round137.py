"""Round 137 (issue 16): the page's furniture read as facts (the false dates the truths list as chrome on news pages).

- The reading time beside the page's stamp (« 19 février 2026 · 8 min de lecture », « jeu. 14 août 2025 à 07:18
  UTC+2 · 2 min de lecture »): a stamp line, its weekday perhaps cut short.
- The outlet's newsletter box, its days a schedule's (« Newsletter La Libre International, le mardi et le vendredi »);
  never a line that dates a fact with its day's number (« Newsletter interdite : le 4 février 2026, … »: review89).
- An interview's credit alone on its line (« Propos recueillis par … le 29 avril ») and a reader's question's, its day
  in figures ending the line (« Question posée par Martine le 13/01/2025 »); never a sentence that goes on
  (« Question posée par Ciotti le 12 novembre 2025 au ministre », « Propos recueillis par les enquêteurs le 12 mars
  2025, les aveux … »: review89).
- The page's footer, a copyright and its year alone in a part after the outlet's line (« … depuis 1946 - © 2025 ») or
  opening a line with the outlet's name alone (« © 2025 Le Progrès-Dimanche »); never a photo's credit, which names
  whose it is (« …, le 28 avril 2025 - © KCNA 2025 »: review89).

Made-up sentences, never the held-out articles' (benchmarks/heldout/ROUND137.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates


def _dates(tmp_path: Path, line: str, published: str = "2026-02-19") -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{line}\n", published)


@pytest.mark.parametrize(
    "line",
    [
        "19 février 2026 · 8 min de lecture",
        "Samedi 14 février 2026 • 8 minutes de lecture",
        "jeu. 12 février 2026 à 07:18 UTC+2 · 2 min de lecture",
        "Newsletter La Libre International, le mardi et le vendredi.",
        "Le Figaro · Newsletter Le Club Défense, un jeudi sur deux",
        "Propos recueillis par Léa Fontanel, à Séoul, le 5 février.",
        "Propos recueillis le mercredi 18 février, par téléphone.",
        "Question posée par Martine le 13/01/2026",
        "Newsletter : Le Marsan ce soir, du lundi au vendredi à 18 h.",
        "Le Courrier de Bizerte, fondé en 1998 · © 2026 · contact@courrier.invalid",
        "Le Courrier du Velay, quotidien de la Haute-Loire depuis 1946 - © 2026",
        "© 2026 Le Progrès-Dimanche",
    ],
)
def test_the_page_s_furniture_dates_no_fact(tmp_path: Path, line: str) -> None:
    assert _dates(tmp_path, line) == []


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a photo's credit after its caption's sentence: the caption's fact
        ("Kim Jong-un à Pyongyang, le 28 avril 2025. © KCNA 2025", "2025-04-28"),
        ("Des soldats nord-coréens à Koursk, le 14 décembre. © AFP", "2025-12-14"),
        # a newsletter a fact is told of
        ("La brève a été reprise dans la newsletter du matin (accord d'entreprise du 14 mars 2019).", "2019-03-14"),
        # a member's written question, a question a sentence goes on to tell: facts of the story (review89)
        ("Question posée par M. Dupont le 3 février 2026 au ministre des Armées.", "2026-02-03"),
        ("Question posée par Ciotti le 12 novembre 2025 au ministre de l'Intérieur.", "2025-11-12"),
        # a credit's words opening a sentence that goes on (review89)
        ("Propos recueillis par les enquêteurs le 12 mars 2025, les aveux ont été versés au dossier.", "2025-03-12"),
        ("« Propos recueillis sous la torture », a dénoncé l'avocat le 14 janvier 2026.", "2026-01-14"),
        # a newsletter's name opening a line that dates a fact (review89)
        ("Newsletter interdite : le 4 février 2026, Roskomnadzor a bloqué le site.", "2026-02-04"),
        # a photo's credit names whose it is, after a dash or a middle dot (review89)
        ("Kim Jong-un à Pyongyang, le 28 avril 2025 - © KCNA 2025", "2025-04-28"),
        ("Des soldats ukrainiens près de Koupiansk, le 3 février 2026 · © 2026 Reuters", "2026-02-03"),
        ("© 2025 AFP : les forces russes ont repris Soudja le 12 mars 2025.", "2025-03-12"),
        # words gathered in a sentence of the story
        ("Les témoignages recueillis par l'ONU le 5 février 2026 confirment les pertes.", "2026-02-05"),
    ],
)
def test_a_fact_beside_such_words_keeps_its_day(tmp_path: Path, line: str, date: str) -> None:
    assert date in _dates(tmp_path, line)
