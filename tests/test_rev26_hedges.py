"""rev26 M1: the press's "could not be verified" formulas were read as denials by `extract` (status guess) and by
`check` (whose advice then said to make the entry `denied`), and other common hedges as no hedge. One vocabulary,
koursk_cli/store/hedges.py, reads both: an unverifiable statement is a hedge (`alleged`), never a denial."""

from __future__ import annotations

from pathlib import Path

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract.draft import build_draft
from koursk_cli.extract.draftrecords import Article
from koursk_cli.store.hedges import hedged_fr, negated_fr, quote_hedges, quote_negations
from koursk_cli.store.loader import read_store
from koursk_cli.store.workstore import default_store_root
from tests.conftest import run
from tests.stores import SEED, claim_entry, write_store

STORE = read_store(default_store_root())
UNVERIFIED = [  # (figure, sentence, the hedge a reader sees)
    ("300", "Kiev dit avoir tué 300 soldats nord-coréens, une information qui n'a pas pu être vérifiée.",
     "n'a pas pu être vérifiée"),
    ("2", "L'armée ukrainienne affirme avoir capturé 2 soldats nord-coréens, ce que l'AFP n'a pas été en mesure de "
     "confirmer.", "n'a pas été en mesure de confirmer"),
    ("5000", "Il n'est pas exclu que 5 000 soldats supplémentaires soient envoyés.", "n'est pas exclu"),
    ("400", "Au total, 400 soldats ont été tués, sans qu'il soit possible de le vérifier.",
     "sans qu'il soit possible de le vérifier"),
    ("1000", "Des rumeurs font état de 1 000 soldats tués.", "rumeurs"),
    ("6000", "On ignore si 6 000 soldats sont arrivés.", "ignore si"),
    ("7000", "Rien ne prouve que 7 000 soldats soient à Koursk.", "Rien ne prouve"),
    ("800", "La mort de 800 soldats n'a été ni confirmée ni démentie.", "n'a été ni confirmée ni démentie"),
    ("900", "Le bilan de 900 soldats tués n'a pas encore été vérifié de manière indépendante.",
     "n'a pas encore été vérifié"),
]  # fmt: skip
NEGATED = "Pyongyang n'a jamais confirmé l'envoi de 2 000 soldats en Russie."  # a party declines: a denial still


def _statuses(text: str) -> list[tuple[str, str]]:
    article = Article(f"Titre\n\n{text}\n", "x.txt", "0" * 64, parse_edtf("2024-11-20"), "x")
    return [(r.fields["status"], r.comments["status"]) for r in build_draft(article, STORE).claims]


@pytest.mark.parametrize(("value", "sentence", "hedge"), UNVERIFIED)
def test_extract_drafts_an_unverifiable_figure_alleged_never_denied(value: str, sentence: str, hedge: str) -> None:
    ((status, why),) = _statuses(f"Le 15 novembre 2024, {sentence[0].lower()}{sentence[1:]}")
    assert (status, why) == ("alleged", f"guess: the source hedges it, « {hedge[0].lower()}{hedge[1:]} »")


def test_extract_still_guesses_denied_and_names_a_hedge_beside_the_denial() -> None:
    ((status, why),) = _statuses(f"Le 15 novembre 2024, {NEGATED[0].lower()}{NEGATED[1:]}")
    assert (status, why) == ("denied", "guess: the source denies it, « n'a jamais confirmé »; check who denies what")
    ((status, why),) = _statuses(
        "Le 15 novembre 2024, selon Kiev, Moscou dément que 3 000 soldats russes aient reculé."
    )
    assert status == "denied"
    assert why.endswith("; it also hedges it, « selon »: alleged if the denial itself is hedged")
    # rev32 R4: a negated statement is no party's denial: the statement's status (hedged here), the negation named
    ((status, why),) = _statuses("Le 15 novembre 2024, selon Kiev, les 3 000 soldats russes n'ont pas reculé.")
    assert status == "alleged"
    assert "it negates what it states, « n'ont pas »" in why


@pytest.mark.parametrize(("value", "sentence", "hedge"), UNVERIFIED)
def test_the_vocabulary_reads_a_doubt_as_a_hedge(value: str, sentence: str, hedge: str) -> None:
    assert quote_negations(sentence, 0, len(sentence)) == ()
    assert quote_hedges(sentence, 0, len(sentence)) == (hedge,)
    assert hedged_fr(sentence)
    assert not negated_fr(sentence)


def test_a_doubt_after_the_quote_looks_back_on_it() -> None:
    """« 300 tués, une information qui n'a pas pu être vérifiée »: the doubt bears on what its clause said before it,
    so a quote that stops before it is still hedged; « il n'est pas exclu que » looks ahead, and is no part of a quote
    that ends before it."""
    text = UNVERIFIED[0][1]
    end = text.index(",")
    assert quote_hedges(text, 0, end) == ("n'a pas pu être vérifiée",)
    ahead = "Kiev dit que 300 soldats sont arrivés, et il n'est pas exclu que 500 autres suivent."
    assert quote_hedges(ahead, 0, ahead.index(", et")) == ()


def test_negations_that_are_no_doubt_stay_negations() -> None:
    for text, negation in [
        (NEGATED, "n'a jamais"),
        ("Moscou a démenti que 1 000 soldats soient présents.", "démenti"),
        ("Les troupes n’ont pas participé aux combats.", "n’ont pas"),
        ("Moscou ne l'a pas confirmé.", "ne l'a pas"),
    ]:
        assert quote_negations(text, 0, len(text)) == (negation,), text
    assert quote_negations("L'Ukraine ne tenait plus que 200 km² à Koursk.", 0, 45) == ()


def _warnings(root: Path) -> list[str]:
    result = run("--data", str(root), "check")
    assert result.exit_code == 0, result.stdout + result.stderr
    return [line.split("data/", 1)[1] for line in result.stdout.splitlines()]


@pytest.mark.parametrize(("value", "sentence", "hedge"), UNVERIFIED)
def test_check_asks_for_alleged_never_denied(tmp_path: Path, value: str, sentence: str, hedge: str) -> None:
    """rev26 M1: `check` told the curator of a confirmed claim quoting « … n'a pas pu être vérifiée » to « make it
    denied if a party named in the article denies it »; it is hedged, so `alleged`."""
    quote = sentence.rstrip(".")
    claim = "claims:\n" + claim_entry("c", value, "exact", "2024-10", quote=quote)
    seed = SEED + sentence + "\n"
    found = _warnings(write_store(tmp_path / "confirmed", claims=claim.replace("alleged", "confirmed"), seed=seed))
    assert found == [
        f"claims/main.yaml:13:13: warning: claim 'c': status is confirmed, but its quote hedges it (« {hedge} »); "
        "make it alleged as the article does (koursk docs editorial §3), or quote only the words that state it"
    ]
    assert _warnings(write_store(tmp_path / "alleged", claims=claim, seed=seed)) == []
