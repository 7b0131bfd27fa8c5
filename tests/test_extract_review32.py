"""Review 32 (R2–R6): a number in a known entity's name is no figure, definite-article counts of specific people are no
measure of troops, a wounded-alive word is never filed as killed, a byline is proposed as the author, « le lendemain »
counts from the day its paragraph names, and declining to comment is no denial. Made-up sentences; each test drives
the real CLI (`koursk extract`) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import SEED, TOPICS, claim_entry, write_store
from tests.test_editorial import warnings
from tests.test_extract import documents, extract

# --- R2: a number inside a known entity's name ----------------------------------------------------------------------


def test_a_number_in_a_media_name_of_the_store_is_no_figure(tmp_path: Path) -> None:
    """`france-24` is an entity of the shipped store (kind media): « à France 24 un officier » counts no one."""
    text = "Titre\n\n« Ils avancent en petits groupes », a déclaré à France 24 un officier ukrainien.\n"
    _, _, claims = extract(tmp_path, text, "2025-01-12")
    assert claims == []


def test_the_names_are_the_stores_own_data_not_a_list_in_the_code(tmp_path: Path) -> None:
    """An entity a curator adds (« Channel 4 ») is read as a name at once; before, « 4 un officier » was 4 soldiers."""
    store = tmp_path / "ws"
    assert run("init", str(store)).exit_code == 0
    entities = store / "data" / "entities.yaml"
    entities.write_text(
        entities.read_text(encoding="utf-8")
        + "\n  - id: channel-4\n    kind: media\n    name: {en: Channel 4, fr: Channel 4}\n    note: British.\n",
        encoding="utf-8",
    )
    article = tmp_path / "article.txt"
    article.write_text(
        "Titre\n\nIls avancent, a déclaré à Channel 4 un officier, selon qui 3 000 soldats nord-coréens sont arrivés.\n",
        encoding="utf-8",
    )
    _, _, claims = documents(run("--data", str(store), "extract", str(article), "--published", "2025-01-12"))
    assert [c["value"] for c in claims] == [3000]


# --- R3: definite-article counts, and the living filed as killed ---------------------------------------------------

_PRISONERS = (
    "Titre\n\n"
    "Le président ukrainien a annoncé samedi la capture de deux soldats nord-coréens dans la région de Koursk.\n\n"
    "« Deux soldats, blessés mais vivants, ont été transférés à Kiev », a écrit M. Zelensky.\n\n"
    "M. Zelensky s'est dit prêt à échanger les deux soldats contre des prisonniers ukrainiens.\n"
)


def test_a_definite_count_of_people_named_before_is_no_measure(tmp_path: Path) -> None:
    """« échanger les deux soldats » was 2 soldiers per side on the front line, with no placeholder: the people the
    article spoke of, a TODO measure at most; « la capture de deux soldats » keeps its guess."""
    _, _, claims = extract(tmp_path, _PRISONERS, "2025-01-12")
    by_quote = {c["quote"].split()[0]: c for c in claims}
    assert by_quote["M."]["measure"] == "todo-measure"
    assert by_quote["Le"]["measure"] == "north-korean-captured-or-killed"


def test_the_wounded_and_alive_are_never_filed_under_the_killed(tmp_path: Path) -> None:
    _, _, claims = extract(tmp_path, _PRISONERS, "2025-01-12")
    [alive] = [c for c in claims if "vivants" in c["quote"]]
    assert alive["measure"] == "todo-measure"


def test_check_warns_on_a_wounded_figure_in_words_filed_under_the_killed(tmp_path: Path) -> None:
    """The rev27 U4 warning read a figure in digits and its noun only: « Deux soldats, blessés » escaped it."""
    quote = "Deux soldats, blessés mais vivants, ont été transférés à Kiev."
    topics = TOPICS.replace(
        "      - id: in-kursk\n",
        "      - id: killed\n        description: {en: killed, fr: tués}\n      - id: in-kursk\n",
    )
    claims = "claims:\n" + claim_entry("zelensky-2", "2", "exact", "2024-10", "killed", quote)
    root = write_store(tmp_path, topics=topics, claims=claims, seed=SEED + quote + "\n")
    found = warnings(root)
    assert any(
        "« Deux soldats, blessés » counts the wounded, but measure 'killed' counts the killed" in w for w in found
    )
    fine = write_store(tmp_path / "b", topics=topics, claims=claims.replace("blessés mais vivants", "tous deux tués"),
                       seed=SEED + quote.replace("blessés mais vivants", "tous deux tués") + "\n")  # fmt: skip
    assert not any("counts the wounded" in w for w in warnings(fine))


# --- R5: a byline is the author, never an unknown name ---------------------------------------------------------------


def test_a_byline_is_proposed_as_the_author_and_listed_as_no_name(tmp_path: Path) -> None:
    text = (
        "Zelensky annonce la capture de deux soldats nord-coréens\n\nPar Marc Lefèvre, correspondant à Kiev\n\n"
        "Le président ukrainien a annoncé samedi 11 janvier la capture de deux soldats nord-coréens.\n"
    )
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = run("extract", str(article), "--published", "2025-01-12")
    source, _, _ = documents(result)
    assert source["author"] == "Marc Lefèvre"
    assert "# guess: the byline « Par Marc Lefèvre, correspondant à Kiev »" in result.stdout
    assert "#   Par Marc" not in result.stdout and "#   Marc Lefèvre" not in result.stdout  # not a name to add


def test_an_outlets_byline_signs_no_one(tmp_path: Path) -> None:
    """« Par Le Figaro avec AFP », « Par Euronews »: an outlet (an article, or one word) is no author; « avec AP »
    after a name is the agency, not a second author."""
    body = "\n\nLe président ukrainien a annoncé samedi 11 janvier la capture de deux soldats nord-coréens.\n"
    for byline, author in [
        ("Par Le Figaro avec AFP", None),
        ("Par Euronews", None),
        ("Par Lucas Ferreira avec AP", "Lucas Ferreira"),
    ]:
        source, _, _ = extract(tmp_path, "Titre de l'article\n\n" + byline + body, "2025-01-12")
        assert source["author"] == author, byline


# --- R6: « le lendemain » counts from the day its sentence or paragraph names ----------------------------------------


def test_the_day_after_counts_from_the_day_about_which_the_sentence_tells(tmp_path: Path) -> None:
    """« Il y a deux semaines » (about 29 December) then « le lendemain »: about the 30th, a past fact; it was read as
    the day after the sentence before's « dimanche », a forecast after the publication."""
    text = (
        "Titre de l'article\n\nLe NIS a confirmé dimanche la capture.\n\n"
        "Il y a deux semaines, l'Ukraine avait affirmé avoir fait un prisonnier, mais celui-ci était mort de ses "
        "blessures le lendemain. Le lendemain, Kiev a publié une vidéo.\n"
    )
    _, events, _ = extract(tmp_path, text, "2025-01-12")
    dates = [e["date"] for e in events]
    assert "2024-12-30~" in dates  # the prisoner's death
    assert "2024-12-31~" in dates  # the video, the day after that (the paragraph's day)
    assert "2025-01-13" not in dates and "forecast" not in str(events)


# --- R4: declining to comment, a negated statement and an imperfect are no denial and no conditional ----------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # declining to comment is no denial
        ("Le 3 novembre, Dmitri Peskov a refusé de commenter : « Nous n'avons rien à ajouter ».", "reported"),
        # a negated statement reported is the statement's status, not a party's denial
        ("Le NIS a rapporté le 3 février que ces troupes ne participaient plus aux combats.", "reported"),
        # « coopérait » is the imperfect (the conditional is « coopérerait »)
        ("Le NIS a confirmé le 12 janvier la capture, précisant qu'il coopérait avec Kiev.", "reported"),
        ("Le NIS a confirmé le 12 janvier la capture, précisant qu'il coopérerait avec Kiev.", "alleged"),
        # a verb of denying is a denial
        ("Le 3 novembre, Moscou a démenti la présence de soldats nord-coréens.", "denied"),
    ],
)
def test_only_a_verb_of_denying_is_a_denial_and_an_imperfect_no_conditional(
    tmp_path: Path, sentence: str, status: str
) -> None:
    _, events, _ = extract(tmp_path, "Titre de l'article\n\n" + sentence + "\n", "2025-02-20")
    assert {e["status"] for e in events} == {status}
