"""`koursk extract`: French dates and figures on short synthetic sentences, the seed articles (with the recall of the
curated store's dates and figures), errors users can cause, and `--write` on a temporary copy of the store."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from koursk_cli.extract.forecasts import rules_reading
from koursk_cli.store.loader import default_store_root, load_schema
from koursk_cli.store.open import load_store
from koursk_cli.store.validate import validate_file
from koursk_cli.store.yamldoc import parse_yaml
from tests.conftest import REPO, SEEDS, Run, run

Docs = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]


def read_date(record: dict[str, Any]) -> str:
    """The date the rules read for an event or claim: its date, or the one its basis keeps when the draft moved it so
    that `check` accepts it (a forecast dated at its statement, a window clipped at the publication: rev37u U1)."""
    key = "date" if "date" in record else "as_of"
    return rules_reading(record[f"{key}_basis"]) or record[key]


def documents(result: Run) -> Docs:
    """The three documents of a draft: the source entry, the events and the claims."""
    assert result.exit_code == 0, result.stderr
    source, events, claims = yaml.safe_load_all(result.stdout)
    return source["sources"][0], events["events"], claims["claims"]


def extract(tmp_path: Path, text: str, published: str, *args: str) -> Docs:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return documents(run("extract", str(article), "--published", published, *args))


def drafted_dates(tmp_path: Path, text: str, published: str) -> list[str]:
    """The dates the rules read for the events `extract` drafts from one line of `text`, sorted."""
    _, events, _ = extract(tmp_path, text + "\n", published)
    return sorted(read_date(e) for e in events or [])


# --- dates -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "edtf", "basis"),
    [
        ("L'armée russe a attaqué le 28 octobre.", "2024-11-08", "2024-10-28", "« le 28 octobre », no year given"),
        ("L'armée a repris jeudi 7 novembre ses actions.", "2024-11-08/2024-11-09", "2024-11-07", "Thursday as the"),
        ("L'armée a repris vendredi 7 novembre ses actions.", "2024-11-09", "2024-11-07", "is a Thursday"),
        ("Les combats ont repris en décembre.", "2025-02~", "2024-12", "the latest December not after"),
        ("La guerre a commencé en février 2022.", "2024-11-08", "2022-02", "« en février 2022 » → 2022-02"),
        ("Les livraisons durent depuis août 2023.", "2024-11-08", "2023-08", "« depuis août 2023 »"),
        (
            "Les troupes ont été transportées entre le 8 et le 13 octobre.",
            "2024-10-13/2024-10-31",
            "2024-10-08/2024-10-13",
            "",
        ),
        ("Les troupes sont inactives depuis la mi-janvier.", "2025-02~", "2025-01-11~/2025-01-20~", "middle third"),
        ("Poutine voulait les chasser d'ici fin octobre.", "2024-11-08", "2024-10-21~/2024-10-31", "last third"),
        ("Une offensive est attendue début novembre.", "2024-11-20", "2024-11-01/2024-11-10~", "first third"),
        (
            "Il y a trois jours, Oumierov a parlé.",
            "2024-11-08/2024-11-09",
            "2024-11-05/2024-11-06",
            "« Il y a trois jours » counted back from the publication (2024-11-08/2024-11-09) → 2024-11-05/2024-11-06",
        ),
        ("Poutine a visité Pyongyang l'année dernière.", "2025-02~", "2024", "« l'année dernière »"),
        ("Zelensky a averti lundi que la situation empirait.", "2024-11-07/2024-11-08", "2024-11-04", "latest Monday"),
        ("Le NIS a rapporté mardi que les troupes étaient inactives.", "2025-02~", "2025-02~", "cannot be resolved"),
        (
            "Pyongyang a livré des armes ces derniers mois.",
            "2024-10-28/2024-10-31",
            "2024-07~/2024-10-31",
            "three months",
        ),
        ("Les unités sont arrivées le 1er novembre 2024.", "2024-11-20", "2024-11-01", ""),
        ("Rutte a confirmé le déploiement. October 28, 2024", "2024-11-08", "2024-10-28", "(English)"),
        ("Kim a parlé dans son message du Nouvel An.", "2025-02~", "2024-12-31/2025-01-01", "turn of the year"),
        ("Les livraisons ont eu lieu d'octobre à décembre 2023.", "2024-11-08", "2023-10/2023-12", "whole months"),
        ("Les combats ont duré entre octobre et décembre.", "2025-02~", "2024-10/2024-12", "the latest December"),
        ("Kiev a été frappée dans la nuit de samedi à dimanche.", "2024-11-08", "2024-11-02/2024-11-03", "Saturday to"),
        ("Les frappes ont eu lieu du samedi 2 au dimanche 3 novembre.", "2024-11-08", "2024-11-02/2024-11-03", ""),
        ("Au cours du week-end, Kiev a été frappée.", "2024-11-05", "2024-11-02/2024-11-03", "latest weekend begun"),
        ("Au cours du week-end, Kiev a été frappée.", "2024-11-09", "2024-11-09", "and not after it"),
        ("Le week-end dernier, Kiev a été frappée.", "2024-11-10", "2024-11-02/2024-11-03", "latest weekend over"),
        ("Moscou a protesté la semaine dernière.", "2024-11-08", "2024-10-28/2024-11-03", "« la semaine dernière »"),
        # jeudi dernier in a Thursday article is the Thursday before, not the publication day
        ("Kim a parlé jeudi dernier.", "2024-11-07", "2024-10-31", "the latest Thursday before the publication"),
        ("Kim a parlé jeudi.", "2024-11-07", "2024-11-07", "the latest Thursday not after"),
        ("L'armée tient une poche depuis l'été.", "2024-10-24", "2024-06/2024-08", "meteorological season"),
        ("Pyongyang est entré en guerre à l'automne.", "2025-01-13", "2024-09/2024-11", "meteorological season"),
        ("Ils ont été acheminés entre début et mi-octobre.", "2024-10-24", "2024-10-01/2024-10-20", "thirds"),
        ("Ils ont attaqué entre fin novembre et début décembre.", "2024-12-17", "2024-11-21/2024-12-10", "thirds"),
        ("Pyongyang a envoyé des renforts en janvier et février.", "2025-03-14", "2025-01/2025-02", "whole months"),
        ("L'Ukraine a perdu ce terrain en l'espace de deux semaines.", "2025-03-14", "2025-02-28/2025-03-14", "span"),
        ("Pyongyang pourrait en envoyer d'autres l'an prochain.", "2024-11-01", "2025", "ahead of the publication"),
        ("Ils pourraient combattre d'ici dimanche.", "2024-10-24", "2024-10-24/2024-10-27", "ahead"),
        ("Le NIS l'avait dit le 19/12/2024.", "2025-09-05", "2024-12-19", "day/month/year"),
        ("Les services l'estimaient fin 2024.", "2025-03-14", "2024-10/2024-12", "October to December"),
        ("Les pertes ont augmenté au cours de l'année 2024.", "2025-03-14", "2024", "the year"),
        # Periods ahead of the publication, counted like « ces derniers jours / semaines / mois » count back.
        # round 77: ten days (a week before); round 102: eleven
        (
            "Moscou prépare une offensive dans les prochains jours.",
            "2024-11-08",
            "2024-11-08/2024-11-19",
            "eleven days",
        ),
        (
            "Des renforts sont attendus au cours des prochaines semaines.",
            "2024-11-08",
            "2024-11-08/2024-12-31",
            "the rest of this month and the next",  # round 126 (six weeks before)
        ),
        ("Séoul craint de nouveaux envois dans les mois à venir.", "2024-11-08", "2024-11-08/2025-02~", "three months"),
        ("Kiev veut libérer la région d'ici trois mois.", "2024-11-08", "2024-11-08/2025-02~", "up to the end"),
        ("Le sommet aura lieu dans deux semaines.", "2024-11-08", "2024-11-22", "counted ahead from the publication"),
        ("Les soldats devraient partir d'ici à la fin de l'année.", "2024-11-08", "2024-11-08/2024-12-31", "ahead"),
        ("Un sommet est prévu au printemps prochain.", "2024-11-08", "2025-03/2025-05", "the next one to begin"),
        # A date without a year in a clause that speaks of the future is the nearer of the last and the next one.
        ("Pyongyang enverra d'autres soldats en mars.", "2024-12-20", "2025-03", "speaks of the future (« enverra »)"),
        ("Les troupes pourraient rentrer entre janvier et mars.", "2024-11-20", "2025-01/2025-03", "pourraient"),
        ("Kim se rendra à Moscou le 9 mai.", "2025-03-01", "2025-05-09", "the nearest 9 May ahead"),
        ("Les combats reprendront à l'automne.", "2025-05-10", "2025-09/2025-11", "the next one, the last being over"),
        ("Séoul a dit en mars que Pyongyang avait envoyé des troupes.", "2024-12-20", "2024-03", "the latest March"),
        ("Pyongyang pourrait en envoyer d'autres, comme en octobre.", "2024-11-20", "2024-10", "the latest October"),
        ("Kiev espère un cessez-le-feu avant le 20 janvier.", "2024-11-20", "2024-11-20/2025-01-20", "(« espère »)"),
        ("Les frappes ont eu lieu le week-end des 2 et 3 novembre.", "2024-11-20", "2024-11-02/2024-11-03", "3 Nov"),
        # Two days, counts of days back, « prochain » after a date, parts of a year, month or week, day parts.
        ("Les combats ont eu lieu les 8 et 9 octobre.", "2024-11-20", "2024-10-08/2024-10-09", "the latest 9 October"),
        ("Ils ont combattu jeudi 7 et vendredi 8 novembre.", "2024-11-20", "2024-11-07/2024-11-08", "8 November"),
        ("Ils sont arrivés il y a quelques jours.", "2024-11-20", "2024-11-13/2024-11-18", "counted back"),
        ("Ils sont arrivés il y a une dizaine de jours.", "2024-11-20", "2024-11-08/2024-11-12", "counted back"),
        ("Ils sont arrivés il y a près de deux semaines.", "2024-11-20", "2024-11-06/2024-11-09", "counted back"),
        ("Ils sont au front depuis une dizaine de jours.", "2024-11-20", "2024-11-08/2024-11-12", "the start"),
        ("Cela fait deux semaines que les soldats sont au front.", "2024-11-20", "2024-11-06", "the start"),
        ("Le sommet aura lieu en octobre prochain.", "2024-11-20", "2025-10", "« prochain »: the first October"),
        ("Le sommet aura lieu le 3 décembre prochain.", "2024-11-20", "2024-12-03", "« prochain »"),
        ("Les transferts ont eu lieu courant octobre.", "2024-11-20", "2024-10", "the latest October"),
        ("Les transferts ont eu lieu fin octobre-début novembre.", "2024-11-20", "2024-10-21/2024-11-10", "thirds"),
        ("Les transferts ont eu lieu en septembre-octobre.", "2024-11-20", "2024-09/2024-10", "whole months"),
        ("Les pertes ont été publiées le mois passé.", "2024-11-20", "2024-10", "counted from the publication"),
        ("Moscou a protesté la semaine passée.", "2024-11-20", "2024-11-11/2024-11-17", "counted from"),
        ("Les pertes ont doublé au troisième trimestre 2024.", "2025-01-20", "2024-07/2024-09", "part of the year"),
        ("Les troupes sont arrivées à la fin du mois dernier.", "2024-11-20", "2024-10-21/2024-10-31", "the month"),
        ("Les troupes sont arrivées en début de semaine.", "2024-11-20", "2024-11-18/2024-11-20", "of the week"),
        ("Les troupes sont arrivées à la fin de l'année dernière.", "2024-11-20", "2023-10/2023-12", "of the year"),
        ("Les troupes sont arrivées à la fin de l'année.", "2025-01-20", "2024-10/2024-12", "the one before"),
        ("Les troupes partiront à la fin de l'année.", "2025-01-20", "2025-10/2025-12", "of the year"),
        ("Le sommet est prévu au début de l'année prochaine.", "2024-11-20", "2025-01/2025-03", "of the year"),
        ("Kiev a frappé ce matin un dépôt.", "2024-11-20", "2024-11-20", "the day of the publication"),
        ("Kiev a été frappée cette nuit par des drones.", "2024-11-20", "2024-11-19/2024-11-20", "the night"),
    ],
)
def test_french_dates_resolve_against_the_publication(
    tmp_path: Path, sentence: str, published: str, edtf: str, basis: str
) -> None:
    _, events, _ = extract(tmp_path, sentence + "\n", published)
    assert [read_date(e) for e in events if not e["id"].endswith("-ongoing")] == [edtf]  # see the « depuis » test below
    assert basis in events[0]["date_basis"]


def test_a_dateline_dates_the_article_not_the_sentence(tmp_path: Path) -> None:
    text = "MOSCOU, 14 mars 2025 (AFP) - L'armée russe a affirmé jeudi avoir repris la ville.\n"
    source, events, _ = extract(tmp_path, text, "2025-03-14")
    assert [e["date"] for e in events] == ["2025-03-13"]
    assert source["outlet"] == "AFP"
    assert "afp" not in events[0]["actors"]  # the agency of the dateline prints the article, it does not act in it
    assert "moscou" not in events[0]["id"] and "mars" not in events[0]["id"]


def test_page_chrome_dates_nothing(tmp_path: Path) -> None:
    text = "Publié le 01 novembre 2024 à 06h12, modifié le 01 novembre 2024 à 11h40\nTemps de Lecture 3 min\n"
    _, events, claims = extract(tmp_path, text + "Les troupes sont arrivées le 28 octobre.\n", "2024-11-01")
    assert [e["date"] for e in events] == ["2024-10-28"]
    assert claims == []


def test_le_lendemain_and_la_veille_count_from_the_day_named_before(tmp_path: Path) -> None:
    text = "Samedi, Kiev a annoncé la capture de deux soldats.\nLe lendemain, Zelensky a proposé un échange.\n"
    _, events, _ = extract(tmp_path, text + "La veille du 16 décembre, le NIS avait parlé.\n", "2025-01-13")
    assert [e["date"] for e in events] == ["2025-01-11", "2025-01-12", "2024-12-15", "2024-12-16"]


def test_le_lendemain_without_a_day_to_count_from_is_not_guessed(tmp_path: Path) -> None:
    _, events, _ = extract(tmp_path, "Le lendemain, Zelensky a proposé un échange.\n", "2025-01-13")
    assert events == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # « N jours plus tard / plus tôt » count from the day named before, in the sentence or the one before it.
        (
            "Le 3 décembre, l'armée est entrée dans Soudja.\nTrois jours plus tard, elle s'est retirée.\n",
            ["2024-12-03", "2024-12-06"],
        ),
        ("Kiev a annoncé le 10 décembre une attaque, lancée une semaine plus tôt.\n", ["2024-12-10", "2024-12-03"]),
        # « N jours après + a phrase » counts from the day the phrase names; a phrase without a day gives nothing.
        ("Le soldat est mort deux jours après l'attaque du 6 août.\n", ["2024-08-08", "2024-08-06"]),
        ("Le soldat est mort deux jours après son arrivée.\n", []),
        # « N jours après que … » dates the clause it opens, N days before the main verb's day.
        ("Kiev a confirmé mardi la capture, trois jours après que Séoul l'a annoncée.\n", ["2024-12-17", "2024-12-14"]),
        ("Kiev a confirmé mardi la capture, trois jours avant que Séoul ne l'annonce.\n", ["2024-12-17", "2024-12-20"]),
    ],
)
def test_a_count_of_days_before_or_after_counts_from_the_day_it_hangs_on(
    tmp_path: Path, text: str, dates: list[str]
) -> None:
    _, events, _ = extract(tmp_path, text, "2024-12-20")
    assert [e["date"] for e in events] == dates


@pytest.mark.parametrize(
    ("text", "date", "side_date", "opener"),
    [
        (
            "La semaine dernière, l'armée russe a repris la moitié du territoire conquis par l'Ukraine depuis son "
            "offensive surprise du 6 août 2024.",
            "2024-11-25/2024-12-01",
            "2024-08-06",
            "depuis",
        ),
        ("Kim Jong Un, qui avait rencontré Poutine le 19 juin, a parlé mardi.", "2024-12-03", "2024-06-19", "qui"),
        ("L'armée a attaqué lundi (après une première vague le 8 octobre).", "2024-12-02", "2024-10-08", "("),
        ("Moscou a répondu jeudi, après que Kiev a attaqué le 8 octobre.", "2024-12-05", "2024-10-08", "après que"),
        ("Le Kremlin a démenti mardi, rappelant le traité signé le 19 juin.", "2024-12-03", "2024-06-19", "signé"),
        ("Kiev tient la zone conquise le 6 août et a frappé lundi.", "2024-12-02", "2024-08-06", "conquise"),
    ],
)
def test_a_date_of_a_side_clause_does_not_date_the_main_verb(
    tmp_path: Path, text: str, date: str, side_date: str, opener: str
) -> None:
    result = run("extract", str(_write(tmp_path, text + "\n")), "--published", "2024-12-06")
    _, events, _ = documents(result)
    assert [e["date"] for e in events][:2] == [date, side_date]
    assert f"side clause opened by « {opener} »" in result.stdout  # the comment on the side date's candidate


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # The figure's own clause has no date: it holds at the publication, not at a side clause's date.
        ("Selon Kiev, 3 000 soldats ont été tués depuis leur entrée dans les combats en octobre.", "2024-12-06"),
        # The main clause's date (the statement), not the side clause's (« conquis … en août »).
        ("L'Ukraine tient encore 500 km² du territoire conquis en août, a affirmé lundi l'état-major.", "2024-12-02"),
        ("Kim Jong Un, qui avait rencontré Poutine en juin, a envoyé 10 000 soldats mardi.", "2024-12-03"),
        ("L'armée a perdu 500 soldats sur le territoire conquis à l'automne, a dit lundi Kiev.", "2024-12-02"),
        # A figure of a side clause takes that clause's date.
        ("Séoul a parlé mardi, alors que 10 000 soldats étaient arrivés le 8 octobre.", "2024-10-08"),
    ],
)
def test_a_claim_is_dated_by_its_own_clause(tmp_path: Path, text: str, as_of: str) -> None:
    _, _, claims = extract(tmp_path, text + "\n", "2024-12-06")
    assert [c["as_of"] for c in claims] == [as_of]


def test_each_date_of_a_sentence_is_a_candidate(tmp_path: Path) -> None:
    text = "Le Kremlin a qualifié mardi ces informations de fausses, rappelant le traité signé le 19 juin.\n"
    _, events, _ = extract(tmp_path, text, "2024-10-24")
    assert sorted(e["date"] for e in events) == ["2024-06-19", "2024-10-22"]


def test_a_depuis_period_runs_to_the_statement_for_a_claim(tmp_path: Path) -> None:
    text = "Zelensky a averti lundi qu'il n'y a eu qu'une seule nuit sans attaque de drone depuis le 1er septembre.\n"
    _, events, claims = extract(tmp_path, text, "2024-11-07/2024-11-08")
    assert events[0]["date"] == "2024-11-04"  # the statement, not the start of the period
    assert (claims[0]["value"], claims[0]["as_of"]) == (1, "2024-09-01/2024-11-04")


@pytest.mark.parametrize(
    ("text", "published", "edtf", "basis"),
    [
        # The article names « jeudi » (7 Nov), inside its publication window: earlier this week is Monday to Wednesday.
        (
            "Zelensky a parlé jeudi à Budapest.\nLe NYT a rapporté plus tôt cette semaine que des soldats sont morts.\n",
            "2024-11-07/2024-11-08",
            "2024-11-04/2024-11-06",
            "the latest day it names by its weekday within the publication window (2024-11-07/2024-11-08), « jeudi »",
        ),
        # No day named within the window: from Monday to the day before the publication's last day.
        (
            "Le NYT a rapporté plus tôt cette semaine que des soldats sont morts.\n",
            "2024-11-07/2024-11-08",
            "2024-11-04/2024-11-07",
            "counted from the publication",
        ),
        # « jeudi 7 novembre » is before the window: it is news of the day before, not the article's own day.
        (
            "L'armée a repris jeudi 7 novembre ses actions.\nLe NYT a rapporté plus tôt cette semaine des morts.\n",
            "2024-11-08/2024-11-09",
            "2024-11-04/2024-11-08",
            "counted from the publication",
        ),
    ],
)
def test_earlier_this_week_is_before_the_articles_own_day(
    tmp_path: Path, text: str, published: str, edtf: str, basis: str
) -> None:
    _, events, _ = extract(tmp_path, text, published)
    earlier = [e for e in events if "plus tôt" in e["date_basis"]]
    assert [e["date"] for e in earlier] == [edtf]
    assert basis in earlier[0]["date_basis"]


def test_a_depuis_before_a_named_period_starts_a_period(tmp_path: Path) -> None:
    _, _, claims = extract(tmp_path, "Depuis la semaine dernière, 500 soldats sont arrivés.\n", "2024-11-08")
    # the period is read; the measure guessed, sent-to-russia, is cumulative, so the count is dated at its statement
    # and the period kept as its baseline (rev30 U3, tests/test_extract_review30.py)
    assert "→ 2024-10-28/2024-11-08" in claims[0]["as_of_basis"]
    assert claims[0]["as_of"] == "2024-11-08"


def test_a_depuis_sentence_gives_its_start_and_the_state_that_runs_on(tmp_path: Path) -> None:
    text = "Les relations se sont approfondies depuis le début du conflit en février 2022.\n"
    _, events, _ = extract(tmp_path, text, "2025-02~")
    assert [e["date"] for e in events] == ["2022-02", "2022-02/2025-02~"]
    assert events[1]["id"].endswith("-ongoing")
    assert "runs from there to the publication (2025-02~)" in events[1]["date_basis"]


def test_a_dated_sentence_without_depuis_gives_one_event(tmp_path: Path) -> None:
    _, events, _ = extract(tmp_path, "Le conflit a commencé en février 2022.\n", "2025-02~")
    assert [e["date"] for e in events] == ["2022-02"]


def test_a_sentence_without_a_date_gives_a_claim_at_the_publication_and_no_event(tmp_path: Path) -> None:
    _, events, claims = extract(tmp_path, "Pyongyang a envoyé 10 000 soldats en Russie.\n", "2024-11-08/2024-11-09")
    assert events == []
    assert claims[0]["as_of"] == "2024-11-08/2024-11-09"
    assert "No date in the sentence" in claims[0]["as_of_basis"]


# --- figures ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "kind", "unit", "topic"),
    [
        ("Pyongyang a envoyé 10 000 soldats en Russie.", 10000, "exact", "soldiers", "troops"),
        ("Pyongyang a envoyé 10\u00a0000 soldats en Russie.", 10000, "exact", "soldiers", "troops"),
        ("Pyongyang a envoyé 10\u202f000 soldats en Russie.", 10000, "exact", "soldiers", "troops"),
        ("Selon le NIS, environ 12.000 soldats ont été envoyés.", 12000, "approximate", "soldiers", "troops"),
        ("Déjà, 1.500 militaires sont en Russie.", 1500, "exact", "soldiers", "troops"),
        ("L'armée russe a pris 478 km² en un mois.", 478, "exact", "km2", "territory"),
        ("La poche ukrainienne fait quelque 600 km² en Russie.", 600, "approximate", "km2", "territory"),
        ("Pyongyang a fourni des millions d'obus à Moscou.", 2_000_000, "at_least", "shells", "shells"),
        ("Pyongyang a envoyé des milliers de combattants.", 2000, "at_least", "soldiers", "troops"),
        ("L'Ukraine estime que Pyongyang a envoyé plus de 10.000 soldats.", 10000, "at_least", "soldiers", "troops"),
        ("Moins de 500 soldats sont au front.", 500, "at_most", "soldiers", "troops"),
        ("Moscou a lancé jusqu'à 300 drones Shahed.", 300, "at_most", "drones", "drones"),
        ("Onze mille soldats nord-coréens sont présents à Koursk.", 11000, "exact", "soldiers", "troops"),
        ("Selon Kiev, environ 3 000 soldats nord-coréens ont été tués.", 3000, "approximate", "soldiers", "losses"),
        (
            "L'Ukraine a affirmé avoir capturé ou tué plusieurs soldats nord-coréens.",
            2,
            "at_least",
            "soldiers",
            "losses",
        ),
        # « des morts », a plural with no quantity word, is no longer drafted (round 36: tests/test_extract_round36.py)
        ("Moscou avait multiplié par dix ses attaques de drones Shahed.", 10, "exact", "factor", "drones"),
        # Vague quantities: a qualifier before « une centaine », a noun left out before a verb of loss.
        ("Plus d'une centaine de soldats ont été tués.", 100, "at_least", "soldiers", "losses"),
        ("Au moins une dizaine de soldats ont été tués.", 10, "at_least", "soldiers", "losses"),
        ("Moins d'une centaine de soldats sont restés au front.", 100, "at_most", "soldiers", "troops"),
        ("Selon Kiev, des centaines auraient été tués.", 200, "at_least", "deaths", "losses"),
        ("Une trentaine auraient été blessés.", 30, "approximate", "wounded", "losses"),
        ("De nombreux soldats nord-coréens ont été tués.", 2, "at_least", "soldiers", "losses"),
        ("Une poignée de soldats ont été capturés.", 2, "at_least", "soldiers", "losses"),
    ],
)
def test_french_figures_become_values_with_a_kind_and_a_topic(
    tmp_path: Path, sentence: str, value: int, kind: str, unit: str, topic: str
) -> None:
    _, _, claims = extract(tmp_path, sentence + "\n", "2024-11-08")
    assert [(c["value"], c["value_kind"], c["unit"], c["topic"]) for c in claims] == [(value, kind, unit, topic)]
    assert claims[0]["quote"] == sentence


def test_a_range_has_both_bounds_and_no_value(tmp_path: Path) -> None:
    _, _, claims = extract(tmp_path, "Entre 20 et 30 soldats ont été capturés ou tués.\n", "2024-11-08")
    assert [(c["value"], c["value_kind"], c["value_min"], c["value_max"]) for c in claims] == [(None, "range", 20, 30)]


@pytest.mark.parametrize(
    "sentence",
    ["Pyongyang a envoyé 12 000 hommes, dont 1 000 à 1 500 auraient été tués.", "Entre 1 000 et 1 500 ont été tués."],
)
def test_a_range_whose_noun_is_left_out_is_still_a_range(tmp_path: Path, sentence: str) -> None:
    _, _, claims = extract(tmp_path, sentence + "\n", "2024-11-08")
    assert (None, "range", 1000, 1500) in [
        (c["value"], c["value_kind"], c["value_min"], c["value_max"]) for c in claims
    ]
    assert 1000 not in [c["value"] for c in claims]  # never one end read as an exact figure


@pytest.mark.parametrize(
    "sentence",
    [
        "Cela rappelle l'article 5 de la charte de l'OTAN.",  # a reference, not a figure
        "Les forces ont avancé dans l'oblast de Koursk 1.",  # a footnote marker
        "Kim a déclaré que 2025 serait l'année de la victoire.",  # a year
        "Ce sont ses gains les plus importants depuis deux ans.",  # a duration
        "Les deux pays se rapprochent, et plusieurs sources le confirment.",  # no counted noun
        "Une dizaine de jours plus tard, les troupes sont reparties.",  # a duration
        "Pyongyang a envoyé deux fois plus de troupes que prévu.",  # a manner, not a count
        "Pyongyang a tiré à trois reprises des missiles.",
        "Les soldats ont été formés pendant trois semaines.",  # a span of the narrative, not a count
    ],
)
def test_numbers_that_are_not_figures_give_no_claim(tmp_path: Path, sentence: str) -> None:
    _, _, claims = extract(tmp_path, sentence + "\n", "2024-11-08")
    assert claims == []


# --- status, entities, ids -------------------------------------------------------------------------------------------


def test_conditional_verbs_make_a_fact_alleged(tmp_path: Path) -> None:
    text = "Le 8 octobre, 1.500 militaires seraient arrivés en Russie.\nLe 9 octobre, 1.500 militaires sont arrivés.\n"
    _, events, claims = extract(tmp_path, text, "2024-10-31")
    assert [e["status"] for e in events] == ["alleged", "reported"]
    assert [c["status"] for c in claims] == ["alleged", "reported"]


@pytest.mark.parametrize(
    ("sentence", "status", "why"),
    [
        ("Selon Séoul, 1 500 soldats sont arrivés le 8 octobre.", "alleged", "« Selon »"),
        ("D'après Kiev, 200 soldats ont été tués lundi.", "alleged", "« D'après »"),
        ("On parle de 3 000 soldats tués depuis octobre.", "alleged", "« On parle de »"),
        ("Le Kremlin a confirmé lundi l'envoi de 1 500 soldats.", "reported", "no hedge"),
    ],
)
def test_a_fact_the_source_hedges_is_alleged(tmp_path: Path, sentence: str, status: str, why: str) -> None:
    result = run("extract", str(_write(tmp_path, sentence + "\n")), "--published", "2024-11-08")
    _, events, claims = documents(result)
    assert {r["status"] for r in events + claims} == {status}
    assert why in result.stdout


def test_actors_and_places_match_aliases_in_any_case_and_unknown_names_are_listed(tmp_path: Path) -> None:
    text = "Le 7 novembre, OUMIEROV et Mark Rutte ont rencontré le général Ivan Petrenko à soudja.\n"
    result = run("extract", str(_write(tmp_path, text)), "--published", "2024-11-08")
    _, events, _ = documents(result)
    assert events[0]["actors"] == ["umerov", "rutte"]
    assert events[0]["places"] == ["sudzha"]
    assert re.search(r"^#\s+Ivan Petrenko$", result.stdout, re.MULTILINE)


def test_the_first_word_after_a_dateline_is_no_name_and_ids_keep_a_figure_whole(tmp_path: Path) -> None:
    """The word opening a wire story after its dateline is capitalised as any sentence's first word is; an id read
    from « 2 000 soldats » says 2000 (a bare « 000 » read as none)."""
    text = "MOSCOU, 14 mars 2025 (AFP) - Quelque 2\u202f000 soldats auraient été tués, a affirmé jeudi Ivan Petrenko.\n"
    result = run("extract", str(_write(tmp_path, text)))
    _, events, claims = documents(result)
    names = re.findall(r"^#\s{3}(\S.*)$", result.stdout, re.MULTILINE)
    assert names == ["Ivan Petrenko"]
    ids = [r["id"] for r in events + claims]
    assert ids and all("2000" in i and "-000" not in i for i in ids), ids


def test_generated_ids_never_collide_with_the_store_or_each_other(tmp_path: Path) -> None:
    text = "Le 7 novembre, 10 000 soldats sont arrivés.\nLe 8 novembre, 10 000 soldats sont arrivés.\n"
    source, events, claims = extract(tmp_path, text, "2024-11-08", "--source-id", "new-article")
    store = load_store(default_store_root())
    ids = [source["id"]] + [r["id"] for r in events + claims]
    assert len(set(ids)) == len(ids)
    assert not set(ids[1:]) & {*store.events, *store.claims, *store.sources}
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


@pytest.mark.parametrize(
    ("stem", "source_id"), [("kursk-oblast", "kursk-oblast-2"), ("troops", "troops-2"), ("002", "002-2")]
)
def test_the_default_source_id_steps_past_every_kind_and_seed_numbers(
    tmp_path: Path, stem: str, source_id: str
) -> None:
    """rev16 M7: from a file named as a place, a topic or a seed number, the new source takes an id of its own."""
    article = tmp_path / f"{stem}.txt"
    article.write_text("Le 7 novembre, 10 000 soldats sont arrivés.\n", encoding="utf-8")
    source, _, _ = documents(run("extract", str(article), "--published", "2024-11-08"))
    assert source["id"] == source_id


def _write(tmp_path: Path, text: str) -> Path:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return article


# --- the seed articles -----------------------------------------------------------------------------------------------


def test_seed_000_draft_has_the_dates_and_figures_the_text_gives() -> None:
    seed = SEEDS / "000_349a638e3f6fc1b0.txt"
    result = run("extract", str(seed), "--published", "2024-11-08/2024-11-09")
    source, events, claims = documents(result)
    assert source["sha256"] == hashlib.sha256(seed.read_bytes()).hexdigest()
    by_date = {e["date"]: e for e in events}
    assert "« jeudi 7 novembre »" in by_date["2024-11-07"]["date_basis"]
    assert "« Il y a trois jours »" in by_date["2024-11-05/2024-11-06"]["date_basis"]
    figures = {(c["value"], c["value_kind"], c["unit"]): c for c in claims}
    assert "10 000 combattants" in figures[(10000, "exact", "soldiers")]["quote"]
    pocket = next(c for c in claims if (c["value_min"], c["value_max"], c["unit"]) == (540, 600, "km2"))
    assert "près de 600 km²" in pocket["quote"] and pocket["value_kind"] == "range"  # docs/editorial.md §10
    assert "already in the store as source 'first-clashes'" in result.stderr


def _published(seed: str) -> str:
    store = load_store(default_store_root())
    return next(s.published.text for s in store.sources.values() if s.seed == seed)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_every_seed_draft_document_validates_against_the_schema(seed: str) -> None:
    result = run("extract", str(SEEDS / seed), "--published", _published(seed))
    assert result.exit_code == 0
    for text, (kind, item) in zip(
        re.split(r"^---$", result.stdout, flags=re.MULTILINE),
        [("sources", "source"), ("events", "event"), ("claims", "claim")],
        strict=True,
    ):
        value, problems = parse_yaml(text, f"{seed}:{kind}")
        assert problems == []
        assert validate_file(value, load_schema(), kind, item, kind)[2] == []


# --- errors ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--published", "2024-11-08"], "no such file"),
        (["ARTICLE", "--published", "2024-13"], "--published"),
        (["ARTICLE", "--published", "8 novembre"], "--published"),
        (["ARTICLE", "--published", "9999-01-01"], "--published: 9999-01-01 is after 9998-12-31"),
        (["ARTICLE", "--published", "2024-11-08", "--source-id", "Bad_Id"], "not a valid id"),
        (["ARTICLE", "--published", "2024-11-08", "--source-id", "cnn"], "already has a source 'cnn'"),
        (["ARTICLE", "--published", "2024-11-08", "--source-id", "kursk-oblast"], "has an entity 'kursk-oblast'"),
        (["ARTICLE", "--published", "2024-11-08", "--source-id", "troops"], "already has a topic 'troops'"),
        (["ARTICLE", "--published", "2024-11-08", "--source-id", "002"], "'002' is digits alone"),
        (["LATIN1", "--published", "2024-11-08"], "not UTF-8"),
        (["EMPTY", "--published", "2024-11-08"], "is empty"),
        (["DIR", "--published", "2024-11-08"], "is a directory"),
    ],
)
def test_user_errors_exit_2_with_a_message(tmp_path: Path, args: list[str], message: str) -> None:
    files = {
        "ARTICLE": _write(tmp_path, "Le 7 novembre, 10 000 soldats.\n"),
        "LATIN1": tmp_path / "latin1.txt",
        "EMPTY": tmp_path / "empty.txt",
        "DIR": tmp_path,
    }
    files["LATIN1"].write_bytes("Le 7 novembre, l'armée a avancé.".encode("latin-1"))
    files["EMPTY"].write_text("  \n", encoding="utf-8")
    result = run(
        "extract", *[str(files[a]) if a in files else str(tmp_path / a) if a.endswith(".txt") else a for a in args]
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("page", [None, "Publié le 3 mars 9999\nJeudi, 5 soldats.\n"], ids=["seed", "after-9998"])
def test_published_is_required_when_the_page_prints_no_date_of_its_own(tmp_path: Path, page: str | None) -> None:
    """A day past the store's last (9998-12-31) is no publication day either (rev16 H4)."""
    article = SEEDS / "000_349a638e3f6fc1b0.txt" if page is None else _write(tmp_path, page)
    result = run("extract", str(article))
    assert result.exit_code == 2
    assert "--published is missing and the article prints no date of its own" in result.stderr
    assert "hint: give --published" in result.stderr


@pytest.mark.parametrize(
    ("page", "published", "line"),
    [
        ("Titre\nPublié le 2 avril 2026 à 08h15\nVARSOVIE, 1er avril 2026 (AFP) - Kiev a frappé mardi.\n",
         "2026-04-02", "Publié le 2 avril 2026 à 08h15"),
        ("Titre\nVARSOVIE, 1er avril 2026 (AFP) - Kiev a frappé mardi.\n", "2026-04-01", "VARSOVIE, 1er avril 2026"),
        ("Titre\nMis à jour le 03/04/2026 à 11h02\nKiev a frappé mardi.\n", "2026-04-03", "Mis à jour le 03/04/2026"),
        # rev32 R18: a long line is cut after a word and says so, never « … auraient été t »
        ("Titre\nSÉOUL, 1er avril 2026 (AFP) - Au moins 100 soldats nord-coréens auraient été tués mardi à Koursk.\n",
         "2026-04-01", "SÉOUL, 1er avril 2026 (AFP) - Au moins 100 soldats nord-coréens auraient été … »"),
        # a wire dateline's month abbreviated as AFP prints it, with or without its full stop
        ("Titre\nKIEV, 1er avr 2026 (AFP) - Kiev a frappé mardi.\n", "2026-04-01", "KIEV, 1er avr 2026 (AFP)"),
        ("Titre\nPublié le 2 avr. 2026 à 08h15\nKiev a frappé mardi.\n", "2026-04-02", "Publié le 2 avr. 2026"),
    ],
)  # fmt: skip
def test_without_published_the_day_the_page_prints_is_proposed(
    tmp_path: Path, page: str, published: str, line: str
) -> None:
    article = tmp_path / "page.txt"
    article.write_text(page, encoding="utf-8")
    result = run("extract", str(article))
    source, events, _ = documents(result)
    assert source["published"] == published
    assert f"no --published: read {published} from the page's line « {line}" in result.stderr
    assert f"read from the page's line « {line}" in result.stdout  # the draft says so, as a guess to check
    assert events[0]["date"] == "2026-03-31"  # « mardi » counted from that day


@pytest.mark.parametrize(("published", "warned"), [("2026-04-12", True), ("2026-04-02", False), ("2026-04", False)])
def test_a_published_day_the_page_contradicts_is_pointed_out(tmp_path: Path, published: str, warned: bool) -> None:
    """Every relative date counts from --published: a mistyped one would date the whole draft wrong in silence."""
    page = _write(tmp_path, "Titre\nPublié le 2 avril 2026 à 08h15\nKiev a frappé mardi.\n")
    result = run("extract", str(page), "--published", published)
    assert result.exit_code == 0, result.stderr
    note = f"the page prints 2026-04-02 (« Publié le 2 avril 2026 à 08h15 »), outside --published {published}"
    assert (note in result.stderr) is warned


# --- --write ---------------------------------------------------------------------------------------------------------

ARTICLE = (
    "Le ministre ukrainien de la Défense Roustem Oumierov a déclaré mardi 12 novembre que près de 3 000 soldats "
    "nord-coréens avaient été tués dans l’oblast de Koursk.\n"
    "Selon le NIS, plus de 11.000 soldats seraient présents en Russie depuis la mi-octobre.\n"
    "Le général Ivan Petrenko a jugé la situation « difficile ».\n"
)


def _snapshot(root: Path) -> dict[str, bytes]:
    """Every file's content; the store's lock file (empty, kept between writes) is no content."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".koursk.lock"
    }


def test_write_adds_the_draft_check_lists_its_todos_and_passes_once_they_are_filled(
    tmp_path: Path, store_copy: Path
) -> None:
    article = _write(tmp_path, ARTICLE)
    real = _snapshot(REPO / "data")
    numbers = [int(seed.name[:3]) for seed in (store_copy / "seeds").glob("[0-9][0-9][0-9]_*")]
    seed = f"{max(numbers) + 1:03d}_kyiv-1114.txt"  # the next seed number, however many articles the store has
    result = run(
        "--data",
        str(store_copy),
        "extract",
        str(article),
        "--published",
        "2024-11-14",
        "--source-id",
        "kyiv-1114",
        "--write",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    events = store_copy / "data" / "events" / "kyiv-1114.yaml"
    claims = store_copy / "data" / "claims" / "kyiv-1114.yaml"
    assert (store_copy / "seeds" / seed).read_bytes() == article.read_bytes()
    assert "id: kyiv-1114" in (store_copy / "data" / "sources.yaml").read_text(encoding="utf-8")
    assert not list(store_copy.rglob("*.tmp"))
    assert "todo-topic" not in claims.read_text(encoding="utf-8")
    files = (store_copy / "data" / "sources.yaml", events, claims)
    todos = [
        f"{path}:{number}:{line.index('TODO:')}:"  # the opening quote of the string, one column before the TODO
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r':\s"TODO:', line)
    ]
    # two titles for the source and each of the three events (« depuis la mi-octobre » gives the start and the state
    # that runs on), and the source's basis
    assert len(todos) == 2 * 4 + 1
    before = run("--data", str(store_copy), "check")
    assert before.exit_code == 1
    assert sorted(line.split(" ")[0] for line in before.stdout.splitlines()) == sorted(todos)
    assert all("is a placeholder left by koursk extract; write it" in line for line in before.stdout.splitlines())
    for path in files:
        text = path.read_text(encoding="utf-8")
        text = text.replace("TODO: English title", "A title").replace("TODO: titre en français", "Un titre")
        path.write_text(re.sub(r'"TODO: how the text dates[^"]*"', '"Dated by the outlet."', text), encoding="utf-8")
    checked = run("--data", str(store_copy), "check")
    assert checked.exit_code == 0, checked.stdout
    assert _snapshot(REPO / "data") == real


def test_write_refuses_to_overwrite_and_changes_nothing(tmp_path: Path, store_copy: Path) -> None:
    article = _write(tmp_path, ARTICLE)
    (store_copy / "data" / "claims" / "kyiv-1114.yaml").write_text("claims: []\n", encoding="utf-8")
    before = _snapshot(store_copy)
    result = run(
        "--data",
        str(store_copy),
        "extract",
        str(article),
        "--published",
        "2024-11-14",
        "--source-id",
        "kyiv-1114",
        "--write",
    )
    assert result.exit_code == 2
    assert "refusing to overwrite" in result.stderr
    assert _snapshot(store_copy) == before


def test_write_refuses_an_article_the_store_already_has(store_copy: Path) -> None:
    before = _snapshot(store_copy)
    seed = store_copy / "seeds" / "003_4fab610f3404f076.txt"
    result = run("--data", str(store_copy), "extract", str(seed), "--published", "2024-10-13/2024-10-31", "--write")
    assert result.exit_code == 1  # a data condition, not a usage error (rev37u U17)
    assert "already in the store as source 'nis-12000'" in result.stderr
    assert _snapshot(store_copy) == before


def test_without_write_nothing_is_written(tmp_path: Path, store_copy: Path) -> None:
    article = _write(tmp_path, ARTICLE)
    before = _snapshot(store_copy)
    result = run("--data", str(store_copy), "extract", str(article), "--published", "2024-11-14")
    assert result.exit_code == 0
    assert _snapshot(store_copy) == before


# --- the word lists (koursk_cli/extract/lexicon.toml) ----------------------------------------------------------------


def test_the_word_lists_are_folded_as_the_rules_compare_them() -> None:
    """The rules fold the text (lower case, no accents) before they look a word up: a list word written otherwise
    would never match."""
    import tomllib

    from koursk_cli.extract import lexicon
    from koursk_cli.extract.frwords import fold_word

    raw = tomllib.loads((REPO / "koursk_cli" / "extract" / "lexicon.toml").read_text(encoding="utf-8"))
    for key in raw["words"]:
        assert all(fold_word(w) == w for w in lexicon.words(key)), key
    assert all(fold_word(noun) == noun for noun in lexicon.UNITS)
    assert set(lexicon.UNITS.values()) >= lexicon.TIME_UNITS


def test_the_word_lists_ship_in_the_package() -> None:
    from importlib.resources import files

    assert files("koursk_cli.extract").joinpath("lexicon.toml").is_file()


def test_one_long_sentence_with_many_figures_gives_a_draft_linear_in_the_article(
    tmp_path: Path, store_copy: Path
) -> None:
    """rev14 M3: each figure of a sentence quoted the whole sentence, so one sentence with many figures and no full
    stop (a pasted table, a list) gave a draft quadratic in its length (76 KB: 153 MB of YAML, 785 MB). A sentence
    over MAX_SENTENCE characters is cut into verbatim pieces, each marked for the curator, and check finds them."""
    from koursk_cli.extract.sentences import MAX_SENTENCE

    def draft(figures: int) -> tuple[str, Run]:
        text = " ".join(f"le {i % 28 + 1} novembre 2024 les {i + 1} 000 soldats" for i in range(figures)) + "\n"
        article = _write(tmp_path, text)
        return text, run("--data", str(store_copy), "extract", str(article), "--published", "2024-11-30")

    _, half = draft(300)
    text, result = draft(600)
    assert len(result.stdout) < 2.3 * len(half.stdout)  # twice the article, twice the draft (it was four times)
    _, events, claims = documents(result)
    assert len(claims) == 600  # every figure, none lost to the cut
    quotes = [c["quote"] for c in claims] + [e["evidence"][0]["quote"] for e in events]
    assert all(len(quote) <= MAX_SENTENCE and quote in text for quote in quotes)
    assert result.stdout.count(f"cut from a sentence of {len(text) - 1:,} characters") == len(claims) + len(events)
    article = _write(tmp_path, text)
    written = run("--data", str(store_copy), "extract", str(article), "--published", "2024-11-30", "--write")
    assert written.exit_code == 0, written.stderr
    checked = run("--data", str(store_copy), "check").stdout
    assert "placeholder left by koursk extract" in checked  # the titles are the curator's to write
    assert "quote not found" not in checked  # every cut quote is a verbatim slice of the article
