"""A weekday set off after a day and its month (« le 9 avril, un mercredi, », « le 9 avril (un mercredi) ») names that
day's weekday: it is no date of its own. It was read as the weekday of the publication's week, a false date on every
page that wrote one (the writers of heldout70-72 saw it: those sets are therefore not blind to this rule)."""

from __future__ import annotations

import pytest

from koursk_cli.dates import parse_edtf
from koursk_cli.extract.frdates import find_dates


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.edtf) for mention in find_dates(text, parse_edtf(published))]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a inspecté la base le 9 avril, un mercredi, avant de repartir pour Vladivostok.",
        "Le ministre a inspecté la base le 9 avril 2025, un mercredi, avant de repartir pour Vladivostok.",
        "Le ministre a inspecté la base le 9 avril (un mercredi) avant de repartir pour Vladivostok.",
        "Le ministre a inspecté la base le 9 avril, mercredi, avant de repartir pour Vladivostok.",
    ],
    ids=["comma", "with-its-year", "bracket", "no-article"],
)
def test_a_weekday_apposed_to_a_day_is_that_day_not_another(text: str) -> None:
    assert _dates(text, "2025-04-25") == [(text[text.index("le 9 avril") :].split(",")[0].split(" (")[0], "2025-04-09")]


def test_a_weekday_after_a_day_but_not_apposed_to_it_is_still_read() -> None:
    """« et mercredi » tells another day: the weekday of the publication's week, as before."""
    text = "Le ministre a inspecté la base le 9 avril, et mercredi les troupes se sont retirées."
    assert _dates(text, "2025-04-25") == [("le 9 avril", "2025-04-09"), ("mercredi", "2025-04-23")]
