"""Review 28 (C1, C2, C5, C8): a credit alone on its line names only the caption beside it, a bound governs a second
count only in its own coordination, a post's head that opens with the handle is chrome, and the measure cues of
lexicon.toml name real measures and whole words. Made-up sentences and pages; each test drives `koursk extract`
(tests/test_extract.py's helper) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from koursk_cli.extract.lexicon import measure_cues, measure_places
from koursk_cli.extract.topics import _cue_pattern
from tests.test_extract import extract
from tests.test_extract_rules import _figures

# --- C1: a credit alone on its line ----------------------------------------------------------------------------------

_LEAD = "Le 12 novembre, Séoul a affirmé que 11 000 soldats nord-coréens étaient arrivés en Russie.\n"


@pytest.mark.parametrize(
    ("picture", "dates"),
    [
        ("Des soldats nord-coréens à l'entraînement, en 2023.\nPHOTO AFP\n\n", ["2024-11-12"]),  # caption, credit
        ("PHOTO AFP\nDes soldats nord-coréens à l'entraînement, en 2023.\n\n", ["2024-11-12"]),  # credit, caption
        # a credit apart from both names neither
        ("Des soldats nord-coréens à l'entraînement, en 2023.\n\nPHOTO AFP\n\n", ["2023", "2024-11-12"]),
    ],
)
def test_a_credit_alone_names_the_caption_beside_it_never_the_lead(
    tmp_path: Path, picture: str, dates: list[str]
) -> None:
    """« PHOTO AFP » under its caption, then a blank line, then the story's lead: the lead's day and figure stay, the
    caption's year goes."""
    _, events, claims = extract(tmp_path, picture + _LEAD, "2024-11-20")
    assert [(c["value"], c["as_of"]) for c in claims] == [(11000, "2024-11-12")]
    assert [e["date"] for e in events] == dates


# --- C2: a bound over a coordination, never over a clause of its own -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each count has a verb of its own: two clauses, the bound stays with the first
        (
            "Plus de 10 000 soldats nord-coréens sont en Russie et 3 000 soldats nord-coréens ont été tués.",
            [(10000, "at_least", "soldats"), (3000, "exact", "soldats")],
        ),
        (
            "Au moins 300 soldats nord-coréens ont été tués le mois dernier à Koursk et 2 000 hommes sont arrivés.",
            [(300, "at_least", "soldats"), (2000, "exact", "hommes")],
        ),
        (
            "Plus de 80 personnes ont été arrêtées et 20 entités sont visées.",
            [(80, "at_least", "personnes"), (20, "exact", "entités")],
        ),
        # two noun phrases sharing one verb, or a verb elided for the second: one coordination, one bound
        (
            "Plus de 80 personnes et 20 entités sont visées.",
            [(80, "at_least", "personnes"), (20, "at_least", "entités")],
        ),
        # … the wounded after the killed excepted: a TODO (round 17, tests/test_extract_round17.py)
        (
            "Au moins 30 soldats ont été tués à Koursk et 200 blessés, selon Kiev.",
            [(30, "at_least", "soldats"), (None, "exact", "blessés")],
        ),
    ],
)
def test_a_bound_governs_a_second_count_only_in_its_own_coordination(
    sentence: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _figures(sentence, "2025-10-16") == expected


def test_a_second_clause_s_count_is_drafted_exact(tmp_path: Path) -> None:
    """`koursk extract`: the second clause's own count is no « at least »."""
    text = "Plus de 10 000 soldats nord-coréens sont en Russie et 3 000 soldats nord-coréens ont été tués.\n"
    _, _, claims = extract(tmp_path, text, "2024-12-20")
    assert {c["value"]: c["value_kind"] for c in claims}[3000] == "exact"


# --- C5: a post's head that opens with its handle --------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Fil Nord-Est OSINT @FilNordEst · 18 nov.\n",  # name and handle on one line
        "Fil Nord-Est OSINT\n@FilNordEst · 18 nov.\n",  # the handle on its own line, under the name
    ],
)
def test_a_post_s_head_dates_no_event_in_either_layout(tmp_path: Path, head: str) -> None:
    text = head + "Des colonnes de blindés ont été vues près de Soudja.\n"
    _, events, _ = extract(tmp_path, text, "2024-11-20")
    assert [e["date"] for e in events] == []


# --- C8: the measure cues name real measures, whole words ------------------------------------------------------------


def test_every_measure_the_lexicon_names_is_a_measure_of_topics_yaml() -> None:
    """A misspelt or renamed measure in [measure_cues] or [measure_places] would silently disable its cues."""
    topics = yaml.safe_load((Path(__file__).parents[1] / "data" / "topics.yaml").read_text(encoding="utf-8"))
    known = {m["id"] for topic in topics["topics"] for m in topic.get("measures", [])}
    future, cues = measure_cues()
    named = {*cues, *([future] if future else [])}
    for measure, (narrower, _) in measure_places().items():
        named |= {measure, narrower}
    assert named - known == set()


def test_every_cue_is_a_whole_word_or_a_marked_stem() -> None:
    """A cue is a folded whole word, or a stem marked « * »; the stems must not start the words that misled them."""
    _, cues = measure_cues()
    pattern = {measure: _cue_pattern(words) for measure, words in cues.items()}
    for word in ["presente", "periode", "peripherie", "mortier", "mortiers", "restrictions", "relayes"]:
        assert [m for m, p in pattern.items() if p.search(word)] == [], word
    assert pattern["in-russia"].search("soldats presents en russie")
    assert pattern["north-korean-killed"].search("300 morts")
    assert pattern["sent-to-russia"].search("se seraient relayes en russie")


@pytest.mark.parametrize("comma", ["", ","])
def test_a_report_presented_names_no_stay(tmp_path: Path, comma: str) -> None:
    """« selon le rapport présenté mardi »: « présenté » is no « présents »; with or without a comma before « selon »,
    the troops that arrived were sent."""
    text = f"Quelque 11 000 soldats nord-coréens sont arrivés en Russie{comma} selon le rapport présenté mardi.\n"
    _, _, claims = extract(tmp_path, text, "2024-11-20")
    assert [c["measure"] for c in claims] == ["sent-to-russia"]
