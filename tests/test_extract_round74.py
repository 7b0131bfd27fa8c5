"""Round 74 (issue 16, the pages that are not news articles; helper round74): an entry's own stamp as the day its
relative dates count from. A phone's conversation prints its day over its messages with the clock of the first one
(« mar. 17 déc. à 08:12 », « Hier 21:40 »): its messages' « hier » were read from the page's day and the separator
was dated as a fact; a question-and-answer site signs a comment under an answer with a dash, the user, the day and
the clock (« – Théo_M 4 déc. 2025 à 10:05 »): its « la semaine dernière » was read from the page's day and the
signature dated as a fact; a logged-in page's « Dernière connexion : aujourd'hui à 18:14 » and a JSON answer's
« "publishedAt": "2025-12-07T22:14:51Z" » dated facts. Made-up pages, never the held-out ones; each positive case
fails before the change, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import writtenon
from koursk_cli.extract.fields import field_dates
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth

# --- a phone's conversation: its day and its clock over its messages ------------------------------------------------

_CONVERSATION = """Messages
< Retour        Olena (Kiev)

           mar. 17 déc. à 08:12

Olena : Les combats d'hier ont été très durs près de Soudja.

           Hier 21:40

Marc : Kiev parle de pertes lourdes depuis hier soir.
"""


def test_a_conversation_counts_each_message_from_the_day_printed_over_it(tmp_path: Path) -> None:
    # Tuesday 17's « hier » is Monday 16; the separators date nothing
    assert drafted_dates(tmp_path, _CONVERSATION, "2024-12-19") == ["2024-12-16", "2024-12-17"]


def test_a_separator_with_its_clock_is_found_and_one_in_a_sentence_is_none() -> None:
    published = parse_edtf("2024-12-19")
    days = [day.text for _, _, _, day in writtenon.day_separators(_CONVERSATION, published)]
    assert days == ["2024-12-17", "2024-12-18"]
    # near misses: a sentence naming a day and an hour, a day too old to be a conversation's
    assert writtenon.day_separators("Mardi à 08:12, Kiev a parlé.\n", published) == []
    assert writtenon.day_separators("mar. 3 déc. à 08:12\n", published) == []


def test_a_day_in_a_sentence_with_an_hour_stays_a_fact(tmp_path: Path) -> None:
    # near miss: not alone on its line, the day and its hour date the attack
    page = "Les soldats ont attaqué le 17 décembre à 08:12 près de Soudja."
    assert drafted_dates(tmp_path, page, "2024-12-19") == ["2024-12-17"]


# --- a comment signed with a dash, the user, the day and the clock ---------------------------------------------------

_ANSWERS = """Combien de soldats nord-coréens sont en Russie ?

Il n'y a pas de chiffre officiel.
  Merci ! Le briefing de la semaine dernière confirme ces chiffres. – Léa_B 4 déc. 2025 à 10:05
"""


def test_a_comment_signed_with_a_dash_and_a_clock_counts_from_its_day(tmp_path: Path) -> None:
    # « la semaine dernière » of a comment of Thursday 4 December, not of the page's 10th; the signature dates nothing
    assert drafted_dates(tmp_path, _ANSWERS, "2025-12-10") == ["2025-11-24/2025-11-30"]


def test_a_dash_before_a_day_without_its_clock_signs_nothing(tmp_path: Path) -> None:
    # near misses: a sentence's incise ending on a day, with no clock; a day and hour with no dash
    page = "Les premiers combats ont été confirmés – selon Kiev 4 décembre 2025."
    assert drafted_dates(tmp_path, page, "2025-12-10") == ["2025-12-04"]
    assert (
        writtenon.signed_comments("Kim a rencontré Choïgou le 4 décembre 2025 à 10:05\n", parse_edtf("2025-12-10"))
        == []
    )


# --- a logged-in page's foot --------------------------------------------------------------------------------------


def test_a_last_login_dates_nothing(tmp_path: Path) -> None:
    page = "Les soldats sont arrivés en novembre.\nDernière connexion : aujourd'hui à 18:14 · Mentions légales"
    assert drafted_dates(tmp_path, page, "2025-01-31") == ["2024-11"]
    # near miss: a connection the story tells of
    page = "La dernière connexion entre les deux unités remonte au 12 janvier."
    assert drafted_dates(tmp_path, page, "2025-01-31") == ["2025-01-12"]


# --- a JSON answer's date fields ------------------------------------------------------------------------------------

_JSON = """{
  "articles": [
    {
      "description": "Kim Jong Un a inauguré dimanche un musée à Pyongyang.",
      "publishedAt": "2025-12-07T22:14:51Z",
      "updated": "2025-12-08"
    }
  ]
}"""


def test_a_json_field_s_date_dates_nothing(tmp_path: Path) -> None:
    # the item's stamps are the feed's bookkeeping; Sunday 7 is the fact's day
    assert drafted_dates(tmp_path, _JSON, "2025-12-08") == ["2025-12-07"]
    # near miss: a speaker's line quoting a day in prose keeps it
    page = 'Le porte-parole : "Le 2025-12-07 restera une date noire."'
    assert drafted_dates(tmp_path, page, "2025-12-08") == ["2025-12-07"]


def test_the_new_patterns_grow_linearly() -> None:
    published = parse_edtf("2024-12-19")
    assert _growth(lambda n: writtenon.day_separators("a" + " " * n + "b\n", published), 5_000) < 16
    assert _growth(lambda n: writtenon.day_separators("a " * n + "08\n", published), 2_000) < 16
    assert _growth(lambda n: field_dates('"a' + "b" * n + '" 2025-12-07\n'), 5_000) < 16
    assert _growth(lambda n: writtenon.signed_comments("x – " * n + "4 déc. 2025\n", published), 500) < 16
