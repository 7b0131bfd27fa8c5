"""rev26 M2: extract dated a bound or an approximation as the exact day it names (« Avant le 10 novembre »,
« Vers le 10 novembre » → 2024-11-10), and « le 3 ou le 4 novembre » as the 4th; the basis quoted the bare day."""

from __future__ import annotations

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract.draft import build_draft
from koursk_cli.extract.draftrecords import Article
from koursk_cli.extract.frdates import find_dates
from koursk_cli.store.loader import read_store
from koursk_cli.store.workstore import default_store_root

STORE = read_store(default_store_root())
PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("sentence", "said", "edtf", "todo"),
    [
        ("Vers le 10 novembre, 1 200 soldats sont arrivés.", "Vers le 10 novembre", "2024-11-10~", False),
        ("Aux alentours du 10 novembre, 1 600 soldats sont arrivés.", "Aux alentours du 10 novembre", "2024-11-10~",
         False),
        ("Autour du 8 novembre, 1 600 soldats sont arrivés.", "Autour du 8 novembre", "2024-11-08~", False),
        ("Avant le 10 novembre, 1 300 soldats étaient déjà arrivés.", "Avant le 10 novembre", "2024-11-01?/2024-11-09",
         True),
        ("Peu avant le 10 novembre, 1 700 soldats sont arrivés.", "Peu avant le 10 novembre", "2024-11-03~/2024-11-09",
         False),
        ("Au plus tard le 10 novembre, 1 500 soldats étaient arrivés.", "Au plus tard le 10 novembre",
         "2024-11-01?/2024-11-10", True),
        ("Jusqu'au 10 novembre, 1 800 soldats étaient à Koursk.", "Jusqu'au 10 novembre", "2024-11-01?/2024-11-10",
         True),
        ("Avant le 1er novembre, 1 300 soldats étaient arrivés.", "Avant le 1er novembre", "2024-10-01?/2024-10-31",
         True),
        ("Le 3 ou le 4 novembre, 1 400 soldats sont arrivés.", "Le 3 ou le 4 novembre", "2024-11-03/2024-11-04", False),
        ("Les 3 ou 4 novembre, 1 400 soldats sont arrivés.", "Les 3 ou 4 novembre", "2024-11-03/2024-11-04", False),
    ],
)  # fmt: skip
def test_a_bound_or_an_approximation_is_no_exact_day(sentence: str, said: str, edtf: str, todo: bool) -> None:
    article = Article(f"Titre\n\n{sentence}\n", "x.txt", "0" * 64, parse_edtf(PUBLISHED), "x")
    draft = build_draft(article, STORE)
    (event,) = draft.events
    (claim,) = draft.claims
    assert (event.fields["date"], claim.fields["as_of"]) == (edtf, edtf)
    basis = event.fields["date_basis"]
    assert basis.startswith(f"TODO: « {said} »" if todo else f"« {said} »"), basis  # the qualifier, quoted
    parse_edtf(edtf)  # a date the store holds


def test_the_days_either_side_keep_their_readings() -> None:
    """« une semaine avant le 10 » is counted from the day; a day ahead of the publication after « avant » or
    « jusqu'à vendredi » runs from the publication up to it (« jusqu'au 30 novembre » is that day since round 85);
    « les 3 et 4 » are both days."""
    published = parse_edtf(PUBLISHED)

    def read(text: str) -> dict[str, str]:
        return {" ".join(m.text.split()): m.edtf for m in find_dates(text, published)}

    assert read("Une semaine avant le 10 novembre, 2 000 soldats sont arrivés.")["Une semaine avant"] == "2024-11-03"
    assert read("Kiev espère un cessez-le-feu avant le 25 novembre.") == {"le 25 novembre": "2024-11-20/2024-11-25"}
    assert read("L'accord court jusqu'au 30 novembre.") == {"jusqu'au 30 novembre": "2024-11-30"}  # round 85: the day
    assert read("Les 3 et 4 novembre, 2 100 soldats sont arrivés.") == {"Les 3 et 4 novembre": "2024-11-03/2024-11-04"}
    assert read("Le 10 novembre, 2 100 soldats sont arrivés.") == {"Le 10 novembre": "2024-11-10"}
