"""Round 96 (issue 16, anchored dates; helper round96), as mended by review64a's mend (mend64a): « la veille du
défilé », « au lendemain du sommet de Minsk, auquel Loukachenko a participé mardi » counted from the day told last, not
the day the event was held or attended on (or nothing). The round's two other rules (« deux semaines après X » after
the sentence's own month; « trois jours avant X » after the story moved on) are taken out (tests/
test_extract_review64a.py): their near misses below are the readings from before the round, which still hold.
Made-up sentences, none copied from a benchmark page; each positive case fails before the round, its near misses pass
both times or name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates, extract, read_date

# --- a count after a thing, in a sentence that names its own time before it -----------------------------------------


def test_a_count_after_a_thing_with_no_time_of_its_own_is_the_day_told_before(tmp_path: Path) -> None:
    # near miss: the day the sentence before told, as before the round
    text = (
        "Le mémorial a été inauguré mercredi à Pyongyang. L'annonce intervient deux semaines après le retour des"
        " premières unités."
    )
    assert drafted_dates(tmp_path, text, "2025-10-30") == ["2025-10-29", "2025-10-29"]


def test_a_whole_year_before_the_phrase_is_no_time_of_its_own(tmp_path: Path) -> None:
    # near miss: « Cette année, » leaves the day the sentence before told, as before the round
    text = (
        "Le mémorial a été inauguré mercredi à Pyongyang. Cette année, la visite intervient deux semaines après celle"
        " de Choïgou."
    )
    assert drafted_dates(tmp_path, text, "2025-10-30").count("2025-10-29") == 2


# --- the story moved on from the day told before ---------------------------------------------------------------------


def test_a_time_still_ahead_is_no_time_the_story_moved_on_to(tmp_path: Path) -> None:
    # near miss: a forecast told after the day does not move the story (the day told before, as before the round)
    text = (
        "Moscou et Pyongyang ont lancé le 30 avril la construction d'un pont, qui doit être achevé d'ici fin 2026."
        " Ce chantier intervient quelques jours après l'annonce de Pyongyang."  # not the story's moment (round 122)
    )
    assert "2025-04-30" in drafted_dates(tmp_path, text, "2025-05-20")[1:]


# --- the eve or the morrow of an event told with its day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # an event told with its day two sentences before, another day told in between
        (
            "Kim Jong Un a assisté mercredi au grand défilé militaire de Pékin. Le 28 avril, Pyongyang avait reconnu"
            " l'envoi de ses troupes. La veille du défilé, la télévision d'État avait diffusé des images de soldats.",
            "2025-09-04",
            "2025-09-02",
        ),
        # a day opening the sentence is its main clause's, whose event it dates; a day named with the event
        (
            "Hier, mardi 2 septembre, Loukachenko a présidé à Minsk la grande parade. Le 28 avril, Pyongyang avait"
            " reconnu l'envoi de ses troupes. La veille de la parade, Kim avait rencontré des ouvriers.",
            "2025-09-03",
            "2025-09-01",
        ),
        (
            "Le défilé du 9 mai a réuni des milliers de soldats. Le 28 avril, Pyongyang avait reconnu l'envoi de ses"
            " troupes. La veille du défilé, Kiev avait dénoncé une mascarade.",
            "2025-05-10",
            "2025-05-08",
        ),
        # the event's day told after it, in a side clause about the event, in a sentence with no day of its own
        (
            "Selon le ministère, 1 500 soldats auraient été blessés. Ce bilan paraît au lendemain du sommet de Minsk,"
            " auquel Alexandre Loukachenko a participé mardi.",
            "2025-09-04",
            "2025-09-03",
        ),
    ],
)
def test_the_eve_of_an_event_counts_from_the_day_it_was_told_on(
    tmp_path: Path, text: str, published: str, edtf: str
) -> None:
    assert edtf in drafted_dates(tmp_path, text, published)


def test_the_eve_of_an_event_told_with_no_day_dates_nothing_new(tmp_path: Path) -> None:
    # near miss (guard: the event told with a day): a parade told with none leaves « la veille du défilé » as before
    text = (
        "Le 28 avril, Pyongyang avait reconnu l'envoi de ses troupes. Le grand défilé a réuni des milliers de soldats."
        " La veille du défilé, la télévision d'État avait diffusé des images."
    )
    assert "2025-09-02" not in drafted_dates(tmp_path, text, "2025-09-04")


def test_the_morrow_of_an_event_in_a_sentence_with_its_own_day_is_that_day(tmp_path: Path) -> None:
    # near miss (guard: no main-clause day): « a affirmé jeudi …, au lendemain du sommet » dates the main clause's
    # day, the day after the summit (round 126; it was the summit's, told apart by the basis: review64a), not the
    # Wednesday told in the side clause
    text = (
        "Quelque 1 200 soldats ont été blessés, a affirmé jeudi le ministère, au lendemain du sommet de Minsk, auquel"
        " Alexandre Loukachenko a participé mercredi."
    )
    _, events, _ = extract(tmp_path, text + "\n", "2025-09-05")
    morrow = [e for e in events or [] if str(e["date_basis"]).startswith("« lendemain »")]
    assert [read_date(e) for e in morrow] == ["2025-09-04"]
    assert "the main clause's « jeudi »" in str(morrow[0]["date_basis"])


@pytest.mark.parametrize(
    "text",
    [
        # near misses (guard: the event's noun in the day's own clause, or behind « auquel », « où »): the day of another
        # thing named after the event, and a day set beside the eve, are no day of the event
        "La cérémonie se tient huit jours après la fête des Moissons du 15 août. La veille de la cérémonie, des"
        " réservistes avaient défilé dans la capitale.",
        "Jeudi, la veille de la cérémonie, des soldats rapatriés avaient défilé dans la capitale. La veille de la"
        " cérémonie, Kim avait reçu les familles.",
        # a day opening the sentence dates its main clause only, not an event named after the comma that ends it
        "Le 20 août, Pyongyang avait reconnu ses pertes, avant la cérémonie. La veille de la cérémonie, Kim avait reçu"
        " les familles.",
    ],
)
def test_a_day_near_an_event_s_noun_is_not_always_its_day(tmp_path: Path, text: str) -> None:
    assert not {"2025-08-14", "2025-08-19"} & set(drafted_dates(tmp_path, text, "2025-08-23"))
    assert drafted_dates(tmp_path, text, "2025-08-23").count("2025-08-20") <= 1
