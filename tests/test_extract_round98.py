"""Round 98 (issue 16, false dates on news pages; helper round98): a box of local briefs at the page's foot, under the
story, dated no fact of it, yet its days were proposed (« • Montclavel : la piscine fermée jusqu'au 12 mars pour
travaux. »): round 81's rail wanted headlines with no full stop and a heading of its list (« Dans l'actualité … »),
and these boxes end their lines with a stop, stand under a box's heading (« Autour de Montclavel », « Agenda ») or
bulleted after a blank line, and label with a slash (« Verkehr/Trafic »). (review64 renamed the towns, took out the
box of plain lines between blank lines and the box under any short heading, and rewrote the radio lines.) Made-up sentences, never the held-out ones; each
positive case fails before the change, each near miss names the guard that keeps it (it fails with that guard
removed). The box is found in time linear in the page. And a radio's programme of another day than tonight, under a
listener's cue and a colon (« À suivre sur Radio Horizon : « Le Grand Forum » mardi à 21h »), dated a fact."""

from __future__ import annotations

from pathlib import Path

from koursk_cli.extract.briefs import foot_briefs
from tests.test_extract import drafted_dates

STORY = (
    "Le renseignement sud-coréen a affirmé le 3 mars que quelque 300 soldats nord-coréens avaient été tués dans la "
    "région de Koursk. Les unités engagées aux côtés de l'armée russe auraient été renforcées au cours de l'hiver, "
    "selon les députés informés par les services. Les familles des soldats ne reçoivent aucune nouvelle, "
    "expliquent des chercheurs qui suivent de près les annonces du régime et les images publiées en ligne."
)
PUBLISHED = "2025-03-05"
STORY_DATES = ["2024-12/2025-02", "2025-03-03"]


def test_the_story_alone_has_its_dates(tmp_path: Path) -> None:
    assert drafted_dates(tmp_path, STORY, PUBLISHED) == STORY_DATES


# --- a box of local briefs at the page's foot -----------------------------------------------------------------------


def test_a_box_of_briefs_under_a_short_heading_dates_no_fact(tmp_path: Path) -> None:
    box = (
        "Autour de Montclavel\n"
        "• Montclavel : la piscine fermée jusqu'au 12 mars pour travaux.\n"
        "• Valbrune : marché de printemps samedi 8 mars, place du Lavoir.\n"
    )
    assert drafted_dates(tmp_path, f"{STORY}\n\n{box}\nAbonnez-vous à la lettre du matin", PUBLISHED) == STORY_DATES


def test_briefs_under_an_agenda_s_heading_at_the_foot_date_no_fact(tmp_path: Path) -> None:
    box = "Agenda\nMontclavel : la piscine fermée jusqu'au 12 mars pour travaux\nSaint-Aurèle : la fête du printemps dimanche\n"
    assert drafted_dates(tmp_path, f"{STORY}\n\n{box}\nRadio Combes Sud, 14 rue de l'Exemple", PUBLISHED) == STORY_DATES


def test_a_bulleted_box_whose_label_holds_a_slash_dates_no_fact(tmp_path: Path) -> None:
    box = "• Verkehr/Trafic : déviation par le pont Neuf.\n• Tram B : travaux rue Nationale jusqu'au 14 mars.\n"
    assert drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED) == STORY_DATES


def test_a_box_s_heading_may_read_as_a_brief(tmp_path: Path) -> None:
    # « Combes : l'agenda de la semaine » over its bullets: the run's bulleted tail is the box
    box = (
        "Combes : l'agenda de la semaine\n• Montclavel : loto du club samedi 8 mars.\n• Valbrune : concert le 9 mars.\n"
    )
    assert drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED) == STORY_DATES


# --- near misses ----------------------------------------------------------------------------------------------------


def test_a_document_s_own_section_in_capitals_keeps_its_dates(tmp_path: Path) -> None:
    # the heading in capitals: a report's own section, not a box of other news
    box = (
        "BESOINS ET PRIORITÉS\n"
        "• Financement : 40 % des besoins couverts pour le premier trimestre 2025.\n"
        "• Abris : 120 tentes demandées, 45 livrées.\n"
    )
    assert "2025-01/2025-03" in drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED)


def test_a_summary_of_the_story_at_the_foot_keeps_its_dates(tmp_path: Path) -> None:
    # a line that names the store's topics' words (« morts ») or entities tells the story, wherever it stands
    box = "Agenda\n• Pertes : 300 morts au bilan du 2 mars.\n• Valbrune : concert le 9 mars.\n"
    found = drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED)
    assert "2025-03-02" in found
    assert "2025-03-09" not in found


def test_a_box_of_the_story_s_points_keeps_its_dates(tmp_path: Path) -> None:
    # under a heading of the story's own points (lexicon.toml `key_point_headings`), whatever its lines
    box = "Chronologie\n• Front : la contre-offensive vers Belgorod le 6 février.\n• Valbrune : concert le 9 mars.\n"
    assert "2025-02-06" in drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED)


def test_an_act_dated_by_its_participle_keeps_its_date(tmp_path: Path) -> None:
    # « signé le 19 juin 2024 »: a fact recalled, not a brief's headline
    box = "• Traité : signé le 19 juin 2024.\n• Déploiement : révélé le 18 octobre 2024.\n"
    assert {"2024-06-19", "2024-10-18"} <= set(drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED))


def test_a_box_at_the_page_s_head_keeps_its_dates(tmp_path: Path) -> None:
    # more of the page after the box than before it: the page's own key facts, not its foot
    box = "• Sommet : une réunion à Bruxelles le 28 février.\n• Calendrier : un vote le 24 février.\n"
    found = drafted_dates(tmp_path, f"{box}\n{STORY}\n\n{STORY}", PUBLISHED)
    assert "2025-02-28" in found


def test_briefs_told_in_the_past_keep_their_dates(tmp_path: Path) -> None:
    # a reaction told (review57's guard, here for the foot's box)
    box = (
        "• Tokyo : le gouvernement a condamné mardi cette décision.\n"
        "• Canberra : le ministre a regretté mercredi ce choix.\n"
    )
    found = drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED)
    assert "2025-03-04" in found


def test_a_line_of_two_sentences_keeps_its_dates(tmp_path: Path) -> None:
    # a paragraph of the story after a label, not a brief's headline
    box = (
        "• Note : le ministre parlera le 12 mars. Il répondra aux questions des députés.\n"
        "• Montclavel : loto du club samedi 8 mars.\n"
    )
    assert "2025-03-12" in drafted_dates(tmp_path, f"{STORY}\n\n{box}", PUBLISHED)


def test_a_long_heading_over_labelled_lines_keeps_their_dates(tmp_path: Path) -> None:
    # a heading of more than six words is the story's own box, not a rail's
    box = (
        "Ce que les services disent des semaines à venir\n"
        "Renforts : 3 000 hommes attendus au printemps\n"
        "Calendrier : une réunion des ministres vendredi 28 février\n"
    )
    assert "2025-02-28" in drafted_dates(tmp_path, f"{STORY}\n{box}", PUBLISHED)


def test_one_brief_alone_keeps_its_date(tmp_path: Path) -> None:
    # a box is two lines at least
    assert "2025-03-12" in drafted_dates(
        tmp_path, f"{STORY}\n\nMontclavel : la piscine fermée jusqu'au 12 mars pour travaux\n", PUBLISHED
    )


# --- a radio's programme of another day -------------------------------------------------------------------------------


def test_a_programme_of_another_day_under_a_cue_dates_no_fact(tmp_path: Path) -> None:
    # a listener's cue, a colon, the programme's title in quotes and its hour (round 81 wanted « ce soir »)
    for line in (
        "À suivre sur Radio Horizon : « Le Grand Forum » mardi à 21h",
        "En ondes ce week-end : « Matin des Combes », dimanche 7 h à 10 h",
    ):
        assert drafted_dates(tmp_path, f"{STORY}\n\n{line}", PUBLISHED) == STORY_DATES, line


def test_news_told_live_on_a_channel_keeps_its_day(tmp_path: Path) -> None:
    # a comma after the cue: a statement told live, not a schedule's label
    line = "En direct sur France 24, « nos soldats ne sont pas en Russie », affirme lundi à 20 h le ministre."
    assert "2025-03-03" in drafted_dates(tmp_path, line, PUBLISHED)
    # no programme's title after the colon: news told under the channel's name
    line = "À l'antenne de RFI lundi à 8 h : le ministre dément."
    assert "2025-03-03" in drafted_dates(tmp_path, line, PUBLISHED)


# --- linear in the page ----------------------------------------------------------------------------------------------


def _block(i: int) -> str:
    """A paragraph, a short heading, two briefs, a bulleted line and a link, each paragraph its own (a page printed
    twice over is read once)."""
    return (
        f"Le renseignement a affirmé le {i % 28 + 1} mars que quelque {i} soldats avaient été tués dans la région. "
        f"Les unités auraient été renforcées de {i + 7} hommes au cours de l'hiver, selon les députés.\n\n"
        f"Agenda {i}\nMontclavel : la piscine fermée jusqu'au {i % 28 + 1} avril pour travaux\n"
        f"Valbrune : {i} visiteurs au marché samedi\n• Tram B : travaux rue {i}.\nLire aussi\n\n"
    )


def test_a_long_page_of_short_lines_and_briefs_has_its_foot_boxes_found(tmp_path: Path) -> None:
    # about 250 KB of ordinary paragraphs, short lines and labelled lines: the boxes are the briefs and bulleted lines
    # of the page's foot only (far more words above them than below), never a paragraph or a heading. How the time
    # grows with the page is measured by benchmarks/bench_extract.py --shape page, never here (RESULTS.txt).
    page = "".join(_block(i) for i in range(730))
    assert 240_000 < len(page) < 260_000
    found = foot_briefs(page)
    lines = [page[start:end] for start, end in found]
    assert all(line.startswith(("Montclavel :", "Valbrune :", "• Tram B :")) for line in lines)
    assert lines[-3:] == [
        "Montclavel : la piscine fermée jusqu'au 2 avril pour travaux",
        "Valbrune : 729 visiteurs au marché samedi",
        "• Tram B : travaux rue 729.",
    ]
    assert min(start for start, _ in found) > len(page) // 2
