"""Round 139 (issue 16): page furniture and subheads that date nothing.

- A subhead question (« Et maintenant ? », « Pourquoi maintenant ? ») has no time of its own; « maintenant » in a
  sentence, or in a question with a figure, stays the page's day.
- A live page's closing line (« Fin de ce direct. Nous le reprenons demain à 7h. ») is the live's own; a closing
  entry that sums up the news keeps its days (review91).
- A day of issue comes back (« Sa chronique paraît le mardi », « la newsletter du mardi et du jeudi ») and a title's
  weekday (« Le Journal du Dimanche ») is a name; a participle's day is one day's (« publiée le dimanche par la
  KCNA »: review91).
- The page's note on itself (« Cette entrevue a été réalisée le 14 août. »), an interview's credit (« Entretien
  réalisé par … le 5 février 2026 »), a copyright (« (c) 2026 », « Le Progrès-Dimanche © 2026 »), a reader's
  question's credit with a comma; never another's article or report, nor a note that goes on to news (review91).

Made-up pages, never the held-out articles' (benchmarks/heldout/ROUND139.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

_STORY = "Séoul affirme que 2 000 soldats nord-coréens ont été tués, a annoncé le renseignement le 10 février 2025."


def _dates(tmp_path: Path, page: str) -> list[str]:
    return drafted_dates(tmp_path, f"Le Courrier du Nord\n\n{_STORY}\n\n{page}\n", "2025-02-11")


@pytest.mark.parametrize(
    "furniture",
    [
        "Et maintenant ?",
        "Pourquoi maintenant ?",
        "Que se passe-t-il maintenant ?",
        "Ce direct est terminé. Merci de l'avoir suivi et rendez-vous demain matin.",
        "16h48 — Fin de ce direct. Nous le reprenons demain à 7h.",
        "Le direct est terminé pour aujourd'hui, nous reprenons demain matin.",
        "Sa chronique paraît le mardi.",
        "La newsletter du mardi et du jeudi. S'inscrire",
        "Le Journal du Dimanche",
        "Cette entrevue a été réalisée le 14 août.",
        "Cet article a été mis à jour mardi 4 février à 11h30.",
        "Ce reportage de La Presse Canadienne a été publié pour la première fois le 21 juillet 2024.",
        "Entretien réalisé par Claire Dubois le 5 février 2025.",
        "Question posée par Martine, le 13/01/2025",
        "(c) 2025 La Gazette",
        "Le Progrès-Dimanche © 2025",
        "Copyright Mai 2025-Mourgues/Diploweb.com",
    ],
)
def test_the_page_s_furniture_dates_no_fact(tmp_path: Path, furniture: str) -> None:
    assert _dates(tmp_path, furniture) == ["2025-02-10"]


@pytest.mark.parametrize(
    ("page", "date"),
    [
        ("Kim veut maintenant être payé.", "2025-02-11"),
        ("11 000 soldats maintenant, et demain ?", "2025-02-11"),
        # a closing entry that sums up the news
        ("16h48 — Fin de ce direct. Kim Jong-un a annoncé ce lundi l'envoi de 2 000 soldats.", "2025-02-10"),
        (
            "Fin du direct de la télévision nord-coréenne le 8 février : Kim a passé en revue 2 000 soldats.",
            "2025-02-08",
        ),
        # a participle's day, a meeting's
        ("Dans une lettre publiée le dimanche par la KCNA, Kim promet 5 000 soldats.", "2025-02-09"),
        ("Le rendez-vous secret du jeudi entre Choïgou et Kim scelle l'envoi de 6 000 soldats.", "2025-02-06"),
        # another's article or talk, a note that goes on to news
        ("Cet article de la Constitution a été modifié le 12 janvier 2025 par la Douma.", "2025-01-12"),
        (
            "Cet entretien entre Poutine et Kim a été réalisé le 9 février au Kremlin ; il a porté sur l'envoi.",
            "2025-02-09",
        ),
        ("Cette dépêche a été actualisée lundi avec le bilan : 300 soldats tués dimanche.", "2025-02-09"),
        # a sentence's day before a copyright, a newsletter's line with a colon
        ("Kiev a capturé le 2 février deux soldats nord-coréens – (c) 2025", "2025-02-02"),
        ("Lettre d'information de la présidence : lundi, Kiev a capturé deux soldats.", "2025-02-10"),
    ],
)
def test_the_story_s_own_lines_keep_their_day(tmp_path: Path, page: str, date: str) -> None:
    assert date in _dates(tmp_path, page)
