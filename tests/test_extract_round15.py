"""Round 15 (issue 16): classes of error sealed13 showed — a page's furniture in shapes earlier rounds did not know
(a talk page's signed comments, a video's upload line and credits, an e-mail's header, a list of sources, a show's
call back to its audience), durations read as date spans. Made-up sentences and pages, never the held-out
articles'; each test drives `koursk extract` (tests/test_extract.py's helper) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import extract
from tests.test_extract_rules import _dates

# --- a talk page's signed comments -----------------------------------------------------------------------------------

TALK_PAGE = (
    "Discussion:Armée nord-coréenne\n\n"
    "== Effectifs ==\n\n"
    "Le chiffre de l'infobox est désormais dépassé, il faut le corriger. — Hanbok-75 (discuter) 10 mars 2025 à 14:02"
    " (CET)\n\n"
    ":D'accord, le ministère a publié un bilan il y a trois jours. -- Orcaferme (d) 12 mars 2025 à 09:15 (CET)\n"
)


def test_a_signature_dates_its_comment_not_a_fact(tmp_path: Path) -> None:
    """lexicon.toml `signature_marks`, `time_zones`: « — Untel (discuter) 10 mars 2025 à 14:02 (CET) » closing a
    comment's line is no event; the comment was written that day, so its « désormais » and « il y a trois jours »
    count from it, not from the page's last day."""
    _, events, _ = extract(tmp_path, TALK_PAGE, "2025-03-14")
    assert sorted(e["date"] for e in events) == ["2025-03-09", "2025-03-10"]
    assert all("discuter" not in str(e) for e in events)


def test_a_day_and_hour_of_a_fact_is_no_signature(tmp_path: Path) -> None:
    """Without a talk page's link in brackets or a time zone, a day and its hour ending a line date the fact."""
    text = (
        "La rencontre, prévue de longue date, a bien eu lieu.\n\n"
        "Le ministre nord-coréen de la Défense a rencontré son homologue russe à Moscou le 12 mars 2025 à 10:30\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-03-14")
    assert [e["date"] for e in events] == ["2025-03-12"]


# --- the page's frame: upload lines, headers, credits, sources, sign-offs ----------------------------------------------

FURNISHED_PAGE = """Ce que la guerre a changé pour Pyongyang
Le Canal du Front
12 k vues · 3 nov. 2024

Par la rédaction avec AFP - 3 nov. 2024 à 08:05 | mis à jour le 3 nov. 2024 à 13:20 - Temps de lecture : 2 min

De : La Lettre du Front <lettre@example.fr>
Date : dim. 3 nov. 2024 à 07:00
Objet : Koursk, un mois après

Durée : 12 min · Disponible jusqu'au 02/02/2025

Les premiers soldats nord-coréens sont arrivés en Russie en octobre.

Et pour approfondir, notre documentaire « L'armée de l'ombre », ce jeudi à 22h35.

Retrouvez-nous demain, même heure.

🔔 Prochaine vidéo dimanche prochain : les drones.

Sources : Le Monde, 28/10/2024 ; France 24, 30/10/2024.

Tournage : octobre 2024 · Montage : Léa

À mardi prochain !
"""


def test_a_page_s_frame_dates_no_fact(tmp_path: Path) -> None:
    """A stamp line in parts (a byline after « Par » in any case, a counter, a middle dot), a video's length and
    availability, its next upload and credits, a list of sources on one line, a programme the page names as its own,
    a call back to its audience and a sign-off (lexicon.toml `chrome_lines`, `farewells`, `apparatus_lines`,
    `own_programmes`, `page_counters`): the one fact's date is left."""
    _, events, claims = extract(tmp_path, FURNISHED_PAGE, "2024-11-03")
    assert [e["date"] for e in events] == ["2024-10"]
    assert claims == []


@pytest.mark.parametrize(
    "line",
    [
        "27 oct. 2025, 08:14 · Web · 🌐",  # a post's stamp
        "31 214 vues  20 janv. 2026",  # a video's upload line
        "Par la rédaction - 20 janv. 2026 à 08:05",
    ],
)
def test_a_stamp_line_in_parts_is_the_page_s(tmp_path: Path, line: str) -> None:
    text = f"Titre de la page\n{line}\n\nLes soldats sont arrivés en octobre 2025.\n"
    _, events, _ = extract(tmp_path, text, "2026-01-20")
    assert [e["date"] for e in events] == ["2025-10"]


def test_a_day_alone_on_its_line_still_heads_a_chronology(tmp_path: Path) -> None:
    """A day with its year alone on its line, in the body, opens a chronology's entry: no stamp without a part beside
    it."""
    text = "Les dates clés.\n\n18 octobre 2024\nLe renseignement sud-coréen révèle l'envoi de soldats.\n"
    _, events, _ = extract(tmp_path, text, "2025-01-20")
    assert "2024-10-18" in [e["date"] for e in events]


# --- durations are no figures (and, since round 95, the span up to the page) ----------------------------------------


def test_how_long_an_act_took_is_no_figure_and_the_span_up_to_the_page(tmp_path: Path) -> None:
    """A bare « en quatre mois » / « en deux ans » in a clause told in the past says how long the act took: the count
    of years is no figure. It was no date either (round 15, the truths of sealed7–18); since round 95 it dates the
    span counted back to the page, as the truths of sealed19–57 read it (tests/test_extract_round95.py)."""
    text = (
        "Selon Kiev, 500 soldats auraient été tués et 1 200 blessés en quatre mois.\n\n"
        "Le commerce entre les deux pays a été multiplié par cinq en deux ans.\n\n"
        "Pyongyang a fait en deux ans un retour remarqué à Moscou.\n"
    )
    _, events, claims = extract(tmp_path, text, "2025-03-14")
    assert [e["date"] for e in events] == ["2024-11/2025-03", "2023-03/2025-03", "2023-03/2025-03"]
    assert sorted(c["value"] for c in claims) == [500, 1200]


@pytest.mark.parametrize(
    ("sentence", "words", "edtf"),
    [
        # days and weeks end on the day told
        ("L'armée a repris dix villages en six jours.", "en six jours", "2025-03-08/2025-03-14"),
        # a count opening its clause frames the span up to now (three months or more: to the months it runs in, round 91)
        ("En un an, le nombre de tués est passé de 500 à 2 000.", "En un an", "2024-03/2025-03"),
        # a count of times counts them in the span
        ("C'était la troisième visite d'un ministre russe en trois mois.", "en trois mois", "2024-12/2025-03"),
        # a negated verb before a count of weeks still starts a period
        ("Les soldats ne sont plus en première ligne depuis trois semaines.", "depuis trois semaines", "2025-02-21"),
        ("Pour la première fois depuis trente ans, Pyongyang a un client.", "depuis trente ans", "1995~"),
    ],
)
def test_spans_that_stay_dates(sentence: str, words: str, edtf: str) -> None:
    assert _dates(sentence, "2025-03-14") == {words: edtf}


@pytest.mark.parametrize(
    "sentence",
    [
        "Une armée qui n'a pas combattu depuis soixante ans apprend vite.",
        "Pyongyang n'avait plus envoyé de troupes à l'étranger depuis soixante-dix ans.",
    ],
)
def test_decades_without_something_are_a_duration(sentence: str) -> None:
    """« n'a pas combattu depuis soixante ans »: how long something has not happened, no period that runs on."""
    assert _dates(sentence, "2025-03-14") == {}


# --- a list line's label names what its numbers count ----------------------------------------------------------------


def test_a_list_line_s_label_names_the_counted_noun(tmp_path: Path) -> None:
    """« – Soldats envoyés : 9 000 à l'automne, puis environ 2 000 en renfort »: the label opening the line, a noun the
    store counts, names what each number after it counts when its own words name none; a range whose noun a date
    stands in for (« entre 4 et 6 millions depuis l'été 2023 ») is read whole, never as its two ends."""
    text = (
        "LES CHIFFRES CLÉS\n"
        "– Soldats envoyés : 9 000 à l'automne 2024, puis environ 2 000 en renfort au printemps 2025\n"
        "– Obus livrés : entre 4 et 6 millions depuis l'été 2023\n"
        "– Missiles KN-23 : près de 150\n"
    )
    _, _, claims = extract(tmp_path, text, "2025-09-01")
    read = {(c["value"], c["value_min"], c["value_max"], c["value_kind"], c["topic"]) for c in claims}
    assert read == {
        (9000, None, None, "exact", "troops"),
        (2000, None, None, "approximate", "troops"),
        (None, 4000000, 6000000, "range", "shells"),
        (None, 135, 150, "range", "todo-topic"),  # « près de 150 »: 0.9·N–N (editorial.md §10)
    }


@pytest.mark.parametrize("line", ["Afficher 201 autres commentaires", "Merci aux 1 247 membres de la chaîne !"])
def test_a_page_s_counters_count_nothing(tmp_path: Path, line: str) -> None:
    _, _, claims = extract(tmp_path, line + "\n", "2025-09-01")
    assert claims == []


# --- hedging: an estimate is an estimate, whatever stands between the verb and its object ------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Séoul estimait mi-janvier que 3 000 soldats avaient été tués ou blessés.", "alleged"),
        ("Le renseignement sud-coréen évalue leurs pertes à 4 000 hommes.", "alleged"),
        ("Le NIS estime désormais le total des soldats envoyés en Russie à 14 000.", "alleged"),
        ("– Soldats envoyés : 9 000 à l'automne (source : NIS)", "alleged"),
        ("Kiev a affirmé que 3 000 soldats nord-coréens ont été tués.", "reported"),  # a verb of saying: attributed
    ],
)
def test_an_estimate_is_hedged(tmp_path: Path, sentence: str, status: str) -> None:
    """docs/editorial.md §3: estimating (« estimer », « évaluer ») is a hedge, with a few words of its clause between
    the verb and its « que » or « à »; a source in brackets is an attribution, as « selon »."""
    _, _, claims = extract(tmp_path, sentence + "\n", "2025-03-14")
    assert [c["status"] for c in claims] == [status]


# --- the figure's own noun decides its measure (rev27 U4, U6) ---------------------------------------------------------


def test_the_wounded_take_no_measure_of_the_killed_and_an_increment_no_total(tmp_path: Path) -> None:
    """« 2 700 blessés » takes a measure of casualties, never one of the killed alone; « 1 000 soldats
    supplémentaires » is more of them, not the total a measure counts: its measure is left to the curator; « …, a
    indiqué le NIS » names who asserts it."""
    text = (
        "Selon Séoul, 300 soldats nord-coréens ont été tués et 2 700 blessés.\n\n"
        "La Russie a reçu 1 000 soldats supplémentaires dans la région, a indiqué le NIS.\n"
    )
    _, _, claims = extract(tmp_path, text, "2025-01-14")
    measures = {c["value"]: c["measure"] for c in claims}
    assert measures == {300: "north-korean-killed", 2700: "casualties-unspecified-side", 1000: "todo-measure"}
    assert next(c for c in claims if c["value"] == 1000)["asserted_by"] == ["nis"]


def test_check_warns_when_the_quote_s_noun_contradicts_the_measure(tmp_path: Path) -> None:
    """`koursk check`: a figure whose quote counts the wounded filed under a measure of the killed (or the other way
    round) is a warning; the measure of losses takes both."""
    from tests.stores import CLAIMS, SEED, TOPICS, write_store
    from tests.test_editorial import warnings

    seed = SEED + "Selon Séoul, 300 soldats ont été tués et 2 700 blessés.\n"
    topics = TOPICS + (
        "  - id: losses\n    name: {en: Losses, fr: pertes}\n    measures:\n"
        "      - id: killed\n        description: {en: killed, fr: Nombre de soldats tués.}\n"
        "      - id: losses\n        description: {en: losses, fr: Nombre de pertes (tués et blessés).}\n"
    )

    def claims(value: int, measure: str) -> str:
        return (
            CLAIMS.replace("topic: troops", "topic: losses")
            .replace("measure: sent-to-russia", f"measure: {measure}")
            .replace("value: 12000", f"value: {value}")
            .replace("value_kind: approximate", "value_kind: exact")
            .replace('"environ 12.000 soldats ont été envoyés"', '"300 soldats ont été tués et 2 700 blessés"')
        )

    (found,) = warnings(write_store(tmp_path / "a", claims=claims(2700, "killed"), topics=topics, seed=seed))
    assert "« 2 700 blessés » counts the wounded, but measure 'killed' counts the killed" in found
    assert warnings(write_store(tmp_path / "b", claims=claims(2700, "losses"), topics=topics, seed=seed)) == []
    assert warnings(write_store(tmp_path / "c", claims=claims(300, "killed"), topics=topics, seed=seed)) == []


def test_a_since_period_beside_the_main_date_runs_on(tmp_path: Path) -> None:
    """« a affirmé jeudi que … depuis novembre » (rev27 U7): the period « depuis » starts is open-ended, even when
    another date is the sentence's main one; its start stays a candidate too. Since round 55 it runs to the page's
    present, not to the statement's Thursday, as every held-out truth reads it."""
    sentence = "Le ministre a affirmé jeudi que les soldats nord-coréens combattaient depuis novembre dans la région."
    _, events, _ = extract(tmp_path, sentence + "\n", "2025-01-14")
    assert sorted(e["date"] for e in events) == ["2024-11", "2024-11/2025-01-14", "2025-01-09"]
