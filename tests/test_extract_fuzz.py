"""`extract` never fails on French press text (the guide: never a traceback). Lines of every committed held-out page,
shuffled into new pages under publications known to a day, a window, a month or a year, must draft without raising:
heldout15's writer met `ValueError` on « Le sommet dure jusqu'à vendredi. » (a weekday widened by « jusqu'à » was
still taken for a day)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from koursk_cli.dates import parse_edtf, store_date
from koursk_cli.extract.byline import propose_published
from koursk_cli.extract.draft import build_draft
from koursk_cli.extract.draftrecords import Article, Draft
from koursk_cli.placeholders import TODO
from koursk_cli.store.loader import read_store
from koursk_cli.store.workstore import default_store_root
from tests.conftest import run

STORE = read_store(default_store_root())
HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "heldout"
LINES = sorted(
    {line.strip() for page in HELDOUT.rglob("*.txt") for line in page.read_text("utf-8").splitlines() if line.strip()}
)
# Date words and the words that bound, shift or open them, combined as the rules never saw them together.
BEFORE = [
    "jusqu'à",
    "jusqu'au",
    "avant",
    "peu avant",
    "d'ici",
    "d'ici à",
    "dès",
    "depuis",
    "vers",
    "au plus tard",
    "entre",
    "et",
    "ou",
    "à partir de",
    "après",
    "il y a",
    "dans",
    "",
]
DATES = [
    "vendredi",
    "lundi 4 novembre",
    "le 3 mars",
    "mars",
    "fin mars",
    "l'été",
    "2024",
    "la semaine dernière",
    "hier",
    "demain",
    "le lendemain",
    "la veille",
    "mardi dernier",
    "jeudi prochain",
    "trois jours",
    "Noël",
    "le 31 décembre 2024",
    "19/12/2024",
    "la mi-novembre",
    "début décembre",
    "l'an prochain",
    "octobre 2024",
    "la fin de l'été",
    "l'automne",
    "la fin du mois",
]
VERBS = [
    "Le sommet dure",
    "Les troupes sont arrivées",
    "Kiev a annoncé",
    "Séoul estime que 10 000 soldats seront là",
    "Selon le NIS, 1 500 hommes auraient été déployés",
]
PUBLISHED = [
    "2024-11-07",
    "2025-12-18",
    "2025-08-21",
    "2024-11-01/2024-11-20",
    "2025-12-01?/2025-12-12",
    "2025-03",
    "2024",
]


def test_the_weekday_a_bound_widened_is_not_taken_for_the_news_day(tmp_path: Path) -> None:
    page = tmp_path / "sommet.txt"
    page.write_text("Le sommet dure jusqu'à vendredi.\n", "utf-8")
    result = run("extract", "--published", "2025-12-18", str(page))
    assert result.exit_code == 0, result.stderr
    assert "jusqu'à vendredi" in result.stdout


def test_the_corpus_is_large_enough_to_mean_something() -> None:
    assert len(LINES) > 3000


@given(
    st.sampled_from(VERBS),
    st.lists(st.tuples(st.sampled_from(BEFORE), st.sampled_from(DATES)), min_size=1, max_size=3),
    st.sampled_from(PUBLISHED),
)
@example("Le sommet dure", [("jusqu'à", "vendredi")], "2024-11-07")  # Friday 1 Nov: a bound on a month's first day
@example("Kiev a annoncé", [("d'ici à", "la fin de l'été")], "2025-08-21")  # a deadline in the publication's month
@settings(max_examples=300, deadline=None)
def test_extract_drafts_any_date_words_after_any_bound(verb: str, dates: list[tuple[str, str]], published: str) -> None:
    text = f"{verb} {' '.join(f'{before} {when}'.strip() for before, when in dates)}.\n"
    _assert_loadable(build_draft(Article(text, "x.txt", "0" * 64, parse_edtf(published), "x"), STORE))


def _assert_loadable(draft: Draft) -> None:
    """Every date a draft proposes is one the store loads (heldout16: « d'ici à la fin de l'été » on 21 August gave
    `2025-08-21/2025-08`, whose end begins before its start), or a placeholder `check` names."""
    for record in (*draft.events, *draft.claims):
        for name in ("date", "as_of"):
            value = record.fields.get(name)
            if isinstance(value, str) and not value.startswith(TODO):
                store_date(value)


@given(
    st.lists(st.sampled_from(LINES), min_size=1, max_size=8), st.sampled_from(PUBLISHED), st.sampled_from(["\n", " "])
)
@settings(max_examples=150, deadline=None)
def test_extract_drafts_any_page_made_of_press_lines(lines: list[str], published: str, glue: str) -> None:
    text = glue.join(lines) + "\n"
    propose_published(text)
    _assert_loadable(build_draft(Article(text, "x.txt", "0" * 64, parse_edtf(published), "x"), STORE))
