"""The review of the extract split (helper review65b, finding H1), mended by helper mend65a. The split had `told_events`
read every ceremony of lexicon.toml `ceremony_nouns`, plurals too (« commémorations », « festivités »): events that
usually last several days, so that « au lendemain de ces commémorations » was read as the day after the one day told.
`told_events` is again its own list of events that take place on one day. Made-up sentences; each fails at 7626aa31."""

from __future__ import annotations

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract.evedates import told_events
from koursk_cli.extract.frdates import find_dates


@pytest.mark.parametrize(
    ("told", "sentence", "wrong"),
    [
        # the commemorations run to 23 August: the day after Wednesday is not the day after them
        (
            "Poutine a présidé mercredi les commémorations de la bataille de Koursk, prévues jusqu'au 23 août.",
            "Au lendemain de ces commémorations, les frappes ont repris.",
            "2025-05-08",
        ),
        # the festivities last a week: the day after their first day is not the day after them
        (
            "Kim a assisté samedi aux festivités du Nouvel An lunaire, qui dureront une semaine.",
            "Au lendemain de ces festivités, Pyongyang a annoncé de nouveaux tirs.",
            "2025-01-30",
        ),
    ],
)
def test_the_day_after_events_of_several_days_is_no_day(told: str, sentence: str, wrong: str) -> None:
    published = parse_edtf("2025-05-12")
    events = told_events(told, find_dates(told, published))
    assert wrong not in [m.edtf for m in find_dates(sentence, published, acts=events)]
