"""Round 56 (issue 16, dates, recall; helper round56): « le lendemain » counts from the day, or the third of a month,
told before it in its own sentence, side clause or not (« Un prisonnier, capturé le 26 décembre, avait succombé à ses
blessures le lendemain », « Fin décembre, … un soldat, mort de ses blessures le lendemain »), before the sentence
before's day; a past tense nearer a date than any future dates it (« ont été envoyés à l'automne, et … tués d'ici fin
février » is the autumn over, not the coming one), and so does a past participle that opens a side clause (« les
soldats capturés par l'Ukraine en janvier puissent bénéficier de la protection prévue », « les infrastructures
détruites pendant les combats de l'hiver »: -uite(s) and -crite(s) are participles too); a year after « pour », « sur »
or « année » is a year (« 80 millions d'euros pour 2025 », « sur la seule année 2024 »), never a ratio of counts (« 300
sur 2000 »). Made-up pages, never the held-out ones; each case fails before the change, its near misses pass both
times."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract import clauses, frdates
from tests.test_extract import drafted_dates
from tests.test_extract_backtracking import _growth


def _read(text: str, published: str, said: str, anchor: str | None = None) -> str | None:
    """What `find_dates` reads over the words `said` of `text`, after a sentence before that named `anchor`."""
    before = None
    if anchor is not None:
        before = frdates.find_dates(f"L'armée a annoncé {anchor}.", parse_edtf(published))[0]
    found = frdates.find_dates(text, parse_edtf(published), anchor=before)
    return next((m.edtf for m in found if m.text == said), None)


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        (
            "Un précédent prisonnier nord-coréen, capturé le 26 décembre, avait succombé à ses blessures le lendemain.",
            "2024-12-27",
        ),
        (
            "Fin décembre, un soldat nord-coréen capturé avait succombé à ses blessures le lendemain.",
            "2024-12-22~/2025-01-01",
        ),
        (
            "Un premier soldat avait été capturé fin décembre, mais il avait succombé à ses blessures le lendemain.",
            "2024-12-22~/2025-01-01",
        ),
        ("Début janvier, Kiev a capturé un soldat nord-coréen, mort la veille.", "2024-12-31/2025-01-09~"),
        # near misses: a day of the main clause still wins, and with no day before it in the sentence, the sentence
        # before's
        (
            "Kiev a présenté lundi 13 janvier un soldat nord-coréen, capturé le 9 janvier et interrogé le lendemain.",
            "2025-01-14",
        ),
        ("Un soldat nord-coréen avait succombé à ses blessures le lendemain.", "2025-01-12"),
    ],
)
def test_the_day_after_counts_from_a_day_or_a_third_of_a_month_told_before_it(text: str, edtf: str | None) -> None:
    said = next(w for w in ("Le lendemain", "le lendemain", "la veille") if w in text)
    assert _read(text, "2025-01-13", said, anchor="samedi 11 janvier") == edtf


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Selon Séoul, 11 000 soldats nord-coréens ont été envoyés à l'automne, et 4 000 ont été tués ou blessés "
            "d'ici fin février.",
            "2025-03-13",
            ["2024-09/2024-11", "2025-02-21~/2025-02-28"],
        ),
        (
            "Quelque 1 000 démineurs nord-coréens seraient arrivés à Koursk au cours de l'été, et 5 000 ouvriers y "
            "seraient attendus d'ici la fin de l'année.",
            "2025-09-15",
            ["2025-06/2025-08", "2025-09-15/2025-12-31"],
        ),
        # near miss: the future is the nearer verb
        (
            "Selon Séoul, Pyongyang a perdu 4 000 soldats, et pourrait envoyer 3 000 hommes à l'automne.",
            "2025-03-13",
            ["2025-09/2025-11"],
        ),
    ],
)
def test_a_past_tense_nearer_than_any_future_dates_a_season(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Le rapport recommande que les deux soldats nord-coréens capturés par l'Ukraine en janvier puissent "
            "bénéficier de la protection prévue par la convention.",
            "2025-10-28",
            ["2025-01"],
        ),
        (
            "Les démineurs nord-coréens doivent reconstruire les infrastructures détruites pendant les combats de "
            "l'hiver.",
            "2025-06-21",
            ["2024-12/2025-02"],
        ),
        # near misses: no participle before the date, the future is its verb
        (
            "Le rapport recommande que les deux soldats nord-coréens puissent être transférés en janvier comme prévu "
            "par la convention.",
            "2025-10-28",
            ["2026-01"],
        ),
        (
            "Les démineurs nord-coréens doivent reconstruire les infrastructures pendant l'hiver.",
            "2025-06-21",
            ["2025-12/2026-02"],
        ),
    ],
)
def test_a_participle_that_opens_a_side_clause_tells_its_date_as_done(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


@pytest.mark.parametrize(
    ("text", "said", "edtf"),
    [
        (
            "La Corée du Nord a reçu 80 millions d'euros pour 2025, contre 70 millions l'an dernier.",
            "pour 2025",
            "2025",
        ),
        ("Pyongyang a livré 5 milliards de dollars d'obus sur la seule année 2024.", "année 2024", "2024"),
        ("Quel regard portez-vous sur 2025 ?", "sur 2025", "2025"),
        # a number before « de » makes no ratio (sealed38 u17, blind: lost by the round, the lead's fix)
        ("Pyongyang viole la résolution 1718 de 2006, qui interdit tout commerce d'armes.", "de 2006", "2006"),
        # near misses: a count, a ratio of counts
        ("Il faut des rations pour 2000 soldats nord-coréens.", "pour 2000", None),
        ("Ils étaient 300 sur 2000 à tenir la ligne.", "sur 2000", None),
        ("Un blessé pour 2000 hommes engagés.", "pour 2000", None),
    ],
)
def test_a_year_after_pour_sur_or_annee(text: str, said: str, edtf: str | None) -> None:
    assert _read(text, "2025-09-15", said) == edtf


def test_the_nearest_verb_and_the_ratio_grow_linearly() -> None:
    """`Clauses.future_marker` asks for the nearest verb of a long clause, and `_A_RATIO` reads the words before a
    year: neither may be quadratic on hostile input (runs of spaces, digits, words)."""

    def marker(n: int) -> None:
        text = "ont été envoyés " + "mot " * n + "à l'automne, et " + "  " * n + "d'ici fin février"
        found = clauses.Clauses(text, clauses.side_spans(text))
        found.future_marker(len(text) // 2)

    def ratio(n: int) -> None:
        frdates.find_dates("3 " * n + "sur 2025 " + " " * n + "pour 2026 " + "9" * n, parse_edtf("2025-09-15"))

    assert _growth(marker, 2_000) < 16
    assert _growth(ratio, 2_000) < 16
