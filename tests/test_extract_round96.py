"""Round 96 (issue 16, anchored dates; helper round96): « deux semaines après le retour des unités » in a sentence that
names its own month or season before it (« En août, Kim avait décoré …, deux semaines après … ») was read as the day
the sentence before told; « trois jours avant sa mort » counted from a day of long ago (a birth date) after the story
had moved on to a later time told without a day; « la veille du défilé », « au lendemain du défilé militaire de Pékin,
auquel Kim a assisté mercredi » counted from the day told last, not the day the event was told on (or nothing).
Made-up sentences, never the held-out ones; each positive case fails before the change, its near misses pass both
times or name the guard that keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract import drafted_dates

# --- a count after a thing, in a sentence that names its own time before it -----------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the sentence's month dates it; the day of the sentence before is no longer proposed for it
        (
            "Le mémorial a été inauguré mercredi à Pyongyang. En août, Kim Jong Un avait décoré une centaine de"
            " soldats, deux semaines après le retour des premières unités.",
            "2025-10-30",
            ["2025-08", "2025-10-29"],
        ),
        (
            "Le ministre a confirmé lundi l'envoi de démineurs. Les premiers étaient arrivés en juillet, trois"
            " semaines après l'annonce.",
            "2025-08-26",
            ["2025-07", "2025-08-25"],
        ),
    ],
)
def test_a_count_after_a_thing_keeps_the_sentence_s_own_time(
    tmp_path: Path, text: str, published: str, dates: list[str]
) -> None:
    assert drafted_dates(tmp_path, text, published) == dates


def test_a_count_after_a_thing_with_no_time_of_its_own_is_the_day_told_before(tmp_path: Path) -> None:
    # near miss (guard: the sentence names no time before the phrase): the day the sentence before told, as before
    text = (
        "Le mémorial a été inauguré mercredi à Pyongyang. L'annonce intervient deux semaines après le retour des"
        " premières unités."
    )
    assert drafted_dates(tmp_path, text, "2025-10-30") == ["2025-10-29", "2025-10-29"]


def test_a_whole_year_before_the_phrase_is_no_time_of_its_own(tmp_path: Path) -> None:
    # near miss (guard: never a whole year): « Cette année, » leaves the day the sentence before told, as before
    text = (
        "Le mémorial a été inauguré mercredi à Pyongyang. Cette année, la visite intervient deux semaines après celle"
        " de Choïgou."
    )
    assert drafted_dates(tmp_path, text, "2025-10-30").count("2025-10-29") == 2


# --- the story moved on from the day told before ---------------------------------------------------------------------


def test_a_count_after_a_thing_never_counts_from_a_day_the_story_has_left(tmp_path: Path) -> None:
    text = (
        "Né à Bastia le 3 mai 1991, Julien avait servi huit ans dans la Légion. Son groupe avait affronté des soldats"
        " nord-coréens au début du mois de décembre. « Ils arrivaient par vagues », avait-il raconté à son frère,"
        " trois jours avant sa mort."
    )
    assert "1991-05-03" not in drafted_dates(tmp_path, text, "2025-01-10")[1:]
    assert drafted_dates(tmp_path, text, "2025-01-10").count("1991-05-03") == 1


def test_a_time_still_ahead_is_no_time_the_story_moved_on_to(tmp_path: Path) -> None:
    # near miss (guard: the later time must be past): a forecast told after the day does not move the story
    text = (
        "Moscou et Pyongyang ont lancé le 30 avril la construction d'un pont, qui doit être achevé d'ici fin 2026."
        " Ce chantier intervient quelques jours après l'aveu de Pyongyang."
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
            "Hier, mercredi 3 septembre, Kim Jong Un a assisté à Pékin au grand défilé. Le 28 avril, Pyongyang avait"
            " reconnu l'envoi de ses troupes. La veille du défilé, Poutine avait remercié Kim.",
            "2025-09-04",
            "2025-09-02",
        ),
        (
            "Le défilé du 9 mai a réuni des milliers de soldats. Le 28 avril, Pyongyang avait reconnu l'envoi de ses"
            " troupes. La veille du défilé, Kiev avait dénoncé une mascarade.",
            "2025-05-10",
            "2025-05-08",
        ),
        # the event's day told after it, in a side clause about the event, in a sentence with no day of its own
        (
            "Environ 2 000 soldats auraient été tués, selon des députés. L'annonce intervient au lendemain du défilé"
            " militaire de Pékin, auquel Kim Jong Un a assisté mercredi.",
            "2025-09-04",
            "2025-09-04",
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
    # near miss (guard: no main-clause day): « a estimé jeudi …, au lendemain du défilé » keeps the reading of the
    # thing named by the main clause's day, as before
    text = (
        "Environ 2 000 soldats ont été tués, a estimé jeudi le NIS, au lendemain du défilé militaire de Pékin, auquel"
        " Kim Jong Un a assisté mercredi."
    )
    assert drafted_dates(tmp_path, text, "2025-09-05") == ["2025-09-03", "2025-09-04"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses (guard: the event's noun in the day's own clause, or behind « auquel », « où »): the day of another
        # thing named after the event, and a day set beside the eve, are no day of the event
        "La cérémonie intervient une semaine après la fête de la Libération du 15 août. La veille de la cérémonie,"
        " des soldats rapatriés avaient défilé dans la capitale.",
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
