"""Review 30 (U3, U6, U7, U8): a running total « depuis X » holds at its statement, the page's first line is proposed
as its printed headline, « se comptant par centaines » reads as at least 200, and a headline's figure names its
speaker and restates the body's. Made-up sentences; each test drives the real CLI (`koursk extract`, `check`,
`cite`) or the pure rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import run
from tests.test_extract import extract
from tests.test_extract_rules import _figures

# --- U3: a cumulative count « depuis X » -----------------------------------------------------------------------------

_SENT_SINCE = "Selon Séoul, environ 15 000 soldats nord-coréens auraient été envoyés en Russie depuis octobre.\n"


def test_a_running_total_since_x_holds_at_the_publication_with_the_period_in_its_basis(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(_SENT_SINCE, encoding="utf-8")
    result = run("extract", str(article), "--published", "2025-04-28")
    assert result.exit_code == 0, result.stderr
    claims = list(yaml.safe_load_all(result.stdout))[2]["claims"]
    [claim] = claims
    assert claim["measure"] == "sent-to-russia"  # cumulative in data/topics.yaml
    assert claim["as_of"] == "2025-04-28"
    assert "2024-10/2025-04-28" in claim["as_of_basis"] and "baseline" in claim["as_of_basis"]
    # the choice is marked as a guess beside the value, naming the other reading
    [line] = [line for line in result.stdout.splitlines() if line.strip().startswith("as_of: ")]
    assert "# guess: a running total" in line and "2024-10/2025-04-28" in line


def test_a_figure_of_a_measure_that_is_no_total_keeps_its_period_with_a_todo(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Environ 10 000 soldats nord-coréens se trouvent dans la région de Koursk depuis novembre.\n")
    result = run("extract", str(article), "--published", "2025-01-14")
    [claim] = list(yaml.safe_load_all(result.stdout))[2]["claims"]
    assert claim["measure"] == "in-kursk"
    assert claim["as_of"] == "2024-11/2025-01-14"
    [line] = [line for line in result.stdout.splitlines() if line.strip().startswith("as_of: ")]
    assert "# TODO: a « depuis » period" in line


def _working_store(tmp_path: Path) -> Path:
    store = tmp_path / "work"
    assert run("init", str(store)).exit_code == 0
    return store


def test_check_warns_of_a_running_total_dated_over_its_depuis_baseline(tmp_path: Path) -> None:
    store = _working_store(tmp_path)
    troops = store / "data" / "claims" / "troops.yaml"
    text = troops.read_text(encoding="utf-8")
    assert run("--data", str(store), "check").exit_code == 0
    # west-ukr-intel-10000-sent (sent-to-russia, cumulative) dated over two months, its basis a « depuis »: U3's reading
    old_as_of = '    as_of: 2024-11-08/2024-11-09\n    as_of_basis: "Present-tense estimate'
    assert text.count(old_as_of) == 1
    troops.write_text(
        text.replace(old_as_of, '    as_of: 2024-09/2024-11-09\n    as_of_basis: "« depuis septembre »; estimate'),
        encoding="utf-8",
    )
    result = run("--data", str(store), "check")
    assert result.exit_code == 0, result.stdout
    said = " ".join((result.stdout + result.stderr).split())
    assert "claim 'west-ukr-intel-10000-sent': measure 'sent-to-russia' is cumulative" in said
    assert "as_of spans 70 days" in said and "1 editorial warning" in said


def test_the_shipped_store_has_no_running_total_over_a_baseline() -> None:
    result = run("check")
    assert result.exit_code == 0
    assert "is cumulative, a running total" not in result.stdout + result.stderr


# --- U6: the printed headline ----------------------------------------------------------------------------------------


def test_the_first_line_that_reads_as_a_headline_is_proposed_as_the_printed_title(tmp_path: Path) -> None:
    headline = "Koursk : Séoul et Washington évoquent les premières pertes nord-coréennes"
    article = tmp_path / "article.txt"
    article.write_text(f"{headline}\n\nLe 18 décembre, Séoul a affirmé que 100 soldats avaient été tués.\n")
    result = run("extract", str(article), "--published", "2024-12-20")
    source = next(yaml.safe_load_all(result.stdout))["sources"][0]
    assert source["title"]["fr"] == headline and source["title_printed"] is True
    assert "title_printed: true  # guess: the article's first line reads as its headline" in result.stdout


def test_a_first_line_that_is_a_sentence_is_no_headline(tmp_path: Path) -> None:
    source, _, _ = extract(
        tmp_path, "Le 18 décembre, Séoul a affirmé que 100 soldats avaient été tués.\n", "2024-12-20"
    )
    assert source["title_printed"] is False and source["title"]["fr"].startswith("TODO:")


def test_cite_prints_a_proposed_headline_as_the_headline(tmp_path: Path) -> None:
    store = _working_store(tmp_path)
    headline = "Deux soldats nord-coréens capturés à Koursk, annonce Zelensky"
    article = tmp_path / "prisonniers.txt"
    body = "Le président Volodymyr Zelensky a annoncé samedi que deux soldats nord-coréens avaient été capturés."
    article.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    written = run("--data", str(store), "extract", str(article), "--published", "2025-01-14", "--write")
    assert written.exit_code == 0, written.stderr
    cited = run("--data", str(store), "--drafts", "cite", "prisonniers-losses-2-2", "--style", "text")
    assert cited.exit_code == 0, cited.stderr
    assert headline in cited.stdout and "untitled" not in cited.stdout


# --- U7: « se comptant par centaines » -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Les soldats avaient subi des pertes, tués et blessés, se comptant par « centaines ».",
            [(200, "at_least", "pertes")],
        ),
        ("Les pertes nord-coréennes se comptaient par centaines.", [(200, "at_least", "pertes")]),
        ("Les pertes pourraient se chiffrer par milliers.", [(2000, "at_least", "pertes")]),
        ("Les blessés se comptent par dizaines.", [(20, "at_least", "blessés")]),
        ("Les soldats tués se comptent « par centaines », selon Kiev.", [(200, "at_least", "tués")]),
        ("Les jours se comptent par dizaines.", []),  # a duration counts nothing the store holds
    ],
)
def test_counted_by_hundreds_reads_as_at_least_two_hundred(
    sentence: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _figures(sentence, "2024-12-20") == expected


def test_the_pentagons_hundreds_are_drafted_as_at_least_200(tmp_path: Path) -> None:
    text = (
        "Le Pentagone avait déjà affirmé que les soldats nord-coréens avaient subi des pertes, tués et blessés, "
        "se comptant par « centaines ».\n"
    )
    _, _, claims = extract(tmp_path, text, "2024-12-20")
    assert [(c["value"], c["value_kind"], c["unit"]) for c in claims] == [(200, "at_least", "casualties")]


# --- U8: a headline's speaker, and its figure said twice --------------------------------------------------------------


def test_a_headline_names_its_speaker_and_restates_the_body(tmp_path: Path) -> None:
    text = (
        "Deux soldats nord-coréens capturés à Koursk, annonce Zelensky\n\n"
        "Le président ukrainien Volodymyr Zelensky a annoncé samedi que deux soldats nord-coréens avaient été "
        "capturés dans la région de Koursk.\n"
    )
    _, _, claims = extract(tmp_path, text, "2025-01-14")
    headline, body = claims
    assert headline["quote"].startswith("Deux soldats") and headline["asserted_by"] == ["zelensky"]
    assert headline["restates"] == body["id"] and "restates" not in body


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [
        ("Environ 12 000 soldats nord-coréens envoyés en Russie, affirme Séoul.", ["south-korea"]),
        ("Environ 12 000 soldats nord-coréens envoyés en Russie, affirme le Pentagone.", ["todo-asserter"]),
    ],
)
def test_a_trailing_inverted_verb_of_saying_names_the_asserter(
    tmp_path: Path, sentence: str, asserted: list[str]
) -> None:
    _, _, [claim] = extract(tmp_path, sentence + "\n", "2024-11-08")
    assert claim["asserted_by"] == asserted


def test_a_later_sentence_with_the_same_figure_restates_the_earlier(tmp_path: Path) -> None:
    text = (
        "Le 12 novembre, Séoul a affirmé que 11 000 soldats nord-coréens avaient été envoyés en Russie.\n"
        "En résumé : 11 000 soldats nord-coréens envoyés en Russie selon Séoul.\n"
    )
    _, _, claims = extract(tmp_path, text, "2024-11-20")
    first, later = claims
    assert "restates" not in first and later["restates"] == first["id"]
