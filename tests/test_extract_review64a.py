"""The review of round 96 (issue 16, anchored dates; helper review64a), mended by helper mend64a. Round 96's
`told_events` took any day sharing a clause with an event's noun as the event's day: the day a summit was announced
(« a annoncé lundi un sommet »), the day of a fact two days after a ceremony (« Vendredi, trois jours après la
cérémonie »), a participle (« ont défilé »), the day a report named after « ou » (« or ») or « que » (the
conjunction), and a parade told in an earlier story under another heading; « une parade pour le 3 juillet » did not
name the parade's day. It now takes a day only with a verb of attending or holding the event in its clause (lexicon.toml
`event_verbs`), never across « avant », « après », « depuis », from a clause about the event behind « où » (as written),
« auquel », « lors », « pendant », « qui » only, and forgets events at a new heading. Its offsets are the text's own (a
« … » no longer shifts the eve's guard). Round 96's « deux semaines après X » after the sentence's own month and « trois
jours avant X » after the story moved on are taken out: they dropped the day told before when the month was an
attribute's (« dont les travaux avaient débuté en mars ») or a quote's. Made-up sentences; each positive case fails at
10d0ed2f, its near misses pass both times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract.evedates import told_events
from koursk_cli.extract.frdates import find_dates
from tests.test_extract import drafted_dates

# --- the eve of an event: only the day the event was held or attended on --------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "wrong"),
    [
        # the day a summit was announced, not held
        (
            "Moscou a annoncé lundi un sommet avec Pyongyang. La veille du sommet, des drones avaient visé Belgorod.",
            "2025-09-04",
            "2025-08-31",
        ),
        # a day three days after the ceremony, not the ceremony's
        (
            "Vendredi, trois jours après la cérémonie, Kim Jong Un a décoré des pilotes. La veille de la cérémonie, des"
            " cadets avaient répété.",
            "2025-09-06",
            "2025-09-04",
        ),
        # « défilé » as a participle after its auxiliary, no parade
        (
            "Kim Jong Un doit se rendre au défilé de Minsk. Dimanche, des retraités ont défilé devant la mairie pour"
            " leurs pensions. La veille du défilé, Loukachenko accueillera Kim.",
            "2025-07-01",
            "2025-06-28",
        ),
        # a report's day after « que » (the conjunction), another clause's
        (
            "Kim Jong Un a juré lors du sommet que ses unités tiendraient le front, a indiqué mardi l'agence KCNA. La"
            " veille du sommet, des missiles avaient frappé Soumy.",
            "2025-09-05",
            "2025-09-01",
        ),
        # « ou » (« or ») is no « où »: the announcement's day
        (
            "La parade ou la revue navale se tiendra le 12 octobre, a fait savoir mardi l'agence KCNA. La veille de la"
            " parade, des marins avaient répété.",
            "2025-09-05",
            "2025-09-01",
        ),
    ],
)
def test_the_eve_of_an_event_never_counts_from_another_fact_s_day(
    tmp_path: Path, text: str, published: str, wrong: str
) -> None:
    assert wrong not in drafted_dates(tmp_path, text, published)


def test_an_event_named_for_a_day_counts_from_that_day(tmp_path: Path) -> None:
    # « une parade pour le 3 juillet »: the parade's day, not the day it was announced
    text = "Le 2 mai, Minsk a annoncé une parade pour le 3 juillet. La veille de la parade, des chars ont traversé la ville."
    dates = drafted_dates(tmp_path, text, "2025-07-10")
    assert "2025-07-02" in dates
    assert "2025-05-01" not in dates


def test_an_event_told_in_an_earlier_story_is_another_story_s(tmp_path: Path) -> None:
    # a heading between two stories: the first story's parade is not the second's
    text = (
        "Kim Jong Un a assisté le 5 août au défilé naval de Vladivostok. Il y a salué des marins russes.\n\n"
        "Wonsan fête ses pêcheurs\n\nÀ Wonsan, un défilé a ouvert la saison de pêche. La veille du défilé, des"
        " lanternes ont éclairé le port."
    )
    assert "2025-08-04" not in drafted_dates(tmp_path, text, "2025-10-12")


def test_an_event_day_s_guard_reads_the_text_s_own_offsets() -> None:
    # a « … » folds to three characters: the eve's guard still sees « la veille de la » before « cérémonie »
    text = "Kim Jong Un a assisté jeudi …………………………… à la veille de la cérémonie, selon KCNA."
    assert told_events(text, find_dates(text, parse_edtf("2025-09-06"))) == {}


# near misses: the round's readings that hold


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # a day with a verb of attending, the event in its clause
        (
            "Loukachenko a présidé samedi la parade de Minsk. La veille de la parade, Kim Jong Un était arrivé en"
            " train.",
            "2025-07-08",
            "2025-07-04",
        ),
        # a day behind « où » in a clause about the event
        (
            "Selon le ministère, 1 500 soldats auraient été blessés. Ce bilan paraît au lendemain du sommet de Minsk, où"
            " Alexandre Loukachenko a présidé mardi les débats.",
            "2025-09-04",
            "2025-09-03",
        ),
        # a day behind « où », a title's point before it (« M. »)
        (
            "Le bilan paraît au lendemain de la parade de Minsk, où M. Loukachenko est apparu mardi aux côtés de Kim.",
            "2025-09-04",
            "2025-09-03",
        ),
        # a page's title under its chrome is no second story: its event's day holds
        (
            "Le Courrier de l'Est\nMonde | 04/07/2025 | 10h00\n\nParade du 3-Juillet : des chars à Minsk\n\nDes chars"
            " ont traversé la ville, la veille de la parade, selon des témoins.",
            "2025-07-04",
            "2025-07-02",
        ),
        # a day that names the event
        (
            "La cérémonie du 20 juin a réuni des veuves de soldats. La veille de la cérémonie, Choïgou était arrivé à"
            " Pyongyang.",
            "2025-06-25",
            "2025-06-19",
        ),
    ],
)
def test_the_eve_of_an_event_attended_on_a_day_counts_from_it(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


# --- « N semaines après X », « N jours avant X »: the day told before, as before round 96 -----------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a month of an attribute's relative clause, not the sentence's own time
        (
            "Le pont a été rouvert mardi à Khassan. L'ouvrage, dont les travaux avaient débuté en mars, a été rendu à la"
            " circulation trois semaines après la visite du ministre.",
            "2025-10-30",
            "2025-10-28",
        ),
        # a later month in a quote, where the story does not move on
        (
            "Un sapeur a été blessé le 12 février près de Soudja. « En mars, nous avons déminé tout le village »,"
            " témoigne un officier. Sa blessure était survenue deux jours après son arrivée.",
            "2025-04-20",
            "2025-02-12",
        ),
    ],
)
def test_a_count_after_a_thing_is_the_day_told_before(tmp_path: Path, text: str, published: str, day: str) -> None:
    assert drafted_dates(tmp_path, text, published).count(day) == 2
