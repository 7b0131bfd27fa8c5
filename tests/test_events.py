"""`koursk events`: the filters and sorts, on a synthetic store whose answers are known; the shipped store on its
invariants."""

from __future__ import annotations

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A synthetic store whose every answer is known from what it holds (the curated store changes with curation):
    three articles, a place hierarchy, names with aliases and accents, dates at every precision."""
    root = tmp_path_factory.mktemp("story")
    (
        StoreBuilder()
        .source("alpha", "2024-10-28/2024-10-31", outlet="CNN", seed="001-alpha.txt")
        .source("beta", "2024-11-08", outlet="Le Monde", seed="002-beta.txt")
        .source("gamma", "2025-02-10", seed="003-gamma.txt")
        .entity("putin", "person", "Vladimir Putin", "Poutine", "Vladimir Poutine")
        .entity("trump", "person", "Donald Trump")
        .entity("umerov", "person", "Rustem Umerov", "Oumierov", "Roustem Oumierov")
        .entity("dprk", "state", "North Korea", "Corée du Nord", "DPRK", "RPDC", "Pyongyang")
        .entity("russia", "place", "Russia", "Russie")
        .entity("kursk-oblast", "place", "Kursk Oblast", "Koursk", "région de Koursk", part_of="russia")
        .entity("sudzha", "place", "Sudzha", "Soudja", part_of="kursk-oblast")
        .event(
            "war-begins", "2022-02", "War begins", ("alpha", "La guerre a commencé en février 2022"),
            ("beta", "depuis février 2022"), ("gamma", "la guerre de 2022"), actors=("putin",), tags=("war",),
        )
        .event(
            "troops-moved", "2024-10-08/2024-10-13", "Troops moved", ("alpha", "des troupes seraient arrivées"),
            actors=("dprk",), places=("kursk-oblast",), tags=("deployment",), status="alleged",
        )
        .event(
            "first-clashes", "2024-10-08/2024-11-06", "First clashes", ("beta", "Oumierov annonce des combats"),
            actors=("umerov",), places=("kursk-oblast",), tags=("front",), status="reported",
        )
        .event(
            "deployment-confirmed", "2024-10-28", "Deployment confirmed", ("alpha", "le déploiement est confirmé"),
            actors=("dprk",), places=("kursk-oblast",), tags=("deployment",),
        )
        .event(
            "sudzha-fighting", "2024-11-07", "Fighting near Sudzha", ("beta", "des combats près de Soudja"),
            actors=("putin",), places=("sudzha",), tags=("front",), title_fr="Combats près de Soudja",
        )
        .event(
            "trump-calls-putin", "2024-11-07", "Trump calls Putin", ("beta", "un appel inquiète la Corée du Sud"),
            actors=("trump", "putin"), tags=("diplomacy",), status="reported",
        )
        .event(
            "troops-inactive", "2025-01", "Troops inactive", ("gamma", "les troupes sont inactives"),
            actors=("dprk",), places=("kursk-oblast",), tags=("front",), status="reported",
        )
        .event(
            "talks-denied", "2025-02-10", "Talks denied", ("gamma", "le Kremlin dément"), actors=("putin",),
            tags=("diplomacy",), status="denied",
        )
        .write(root)
    )  # fmt: skip
    return str(root)


BY_DATE = [
    "war-begins",
    "troops-moved",  # 8–13 Oct
    "first-clashes",  # 8 Oct – 6 Nov: the same start, a later end
    "deployment-confirmed",
    "sudzha-fighting",  # 7 Nov, then by id
    "trump-calls-putin",
    "troops-inactive",
    "talks-denied",
]


def ids(story: str, *args: str) -> list[str]:
    result = run("--data", story, "events", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return [e["id"] for e in result.json()]


def test_every_event_is_listed_by_date_then_end_then_id(story: str) -> None:
    assert ids(story) == BY_DATE


def test_since_keeps_what_ends_after_its_start(story: str) -> None:
    assert ids(story, "--since", "2025-01") == ["troops-inactive", "talks-denied"]


def test_until_a_month_includes_its_last_day_and_the_fuzzy_events_overlapping_it(story: str) -> None:
    assert ids(story, "--until", "2024-10") == ["war-begins", "troops-moved", "first-clashes", "deployment-confirmed"]


def test_a_day_inside_two_fuzzy_intervals_matches_both(story: str) -> None:
    assert ids(story, "--since", "2024-10-10", "--until", "2024-10-10") == ["troops-moved", "first-clashes"]


def test_within_keeps_only_what_lies_entirely_inside(story: str) -> None:
    assert ids(story, "--within", "2024-10") == ["troops-moved", "deployment-confirmed"]


@pytest.mark.parametrize("name", ["kursk-oblast", "Koursk", "KOURSK", "région de Koursk", "region de koursk"])
def test_a_place_by_any_alias_case_or_accents_takes_in_the_places_within_it(story: str, name: str) -> None:
    assert ids(story, "--place", name) == [
        "troops-moved", "first-clashes", "deployment-confirmed", "sudzha-fighting", "troops-inactive",
    ]  # fmt: skip


def test_a_country_takes_in_its_regions_and_their_towns(story: str) -> None:
    assert ids(story, "--place", "Russie") == ids(story, "--place", "koursk")
    assert ids(story, "--place", "Soudja") == ids(story, "--place", "sudzha") == ["sudzha-fighting"]


@pytest.mark.parametrize("name", ["umerov", "Oumierov", "Roustem Oumierov", "rustem umerov"])
def test_an_actor_in_every_spelling(story: str, name: str) -> None:
    assert ids(story, "--actor", name) == ["first-clashes"]


@pytest.mark.parametrize("name", ["Corée du Nord", "DPRK", "rpdc", "Pyongyang", "north korea"])
def test_a_state_by_any_alias(story: str, name: str) -> None:
    assert ids(story, "--actor", name) == ["troops-moved", "deployment-confirmed", "troops-inactive"]


def test_repeated_flags_mean_any_of_and_different_flags_all_of(story: str) -> None:
    assert ids(story, "--actor", "trump") == ["trump-calls-putin"]
    putin = ["war-begins", "sudzha-fighting", "trump-calls-putin", "talks-denied"]
    assert ids(story, "--actor", "putin", "--actor", "trump") == putin
    assert ids(story, "--actor", "putin", "--source", "beta") == ["war-begins", "sudzha-fighting", "trump-calls-putin"]


def test_a_source_by_id_outlet_or_seed_number(story: str) -> None:
    alpha = ["war-begins", "troops-moved", "deployment-confirmed"]
    assert ids(story, "--source", "alpha") == ids(story, "--source", "CNN") == ids(story, "--source", "001") == alpha
    assert ids(story, "--source", "le monde") == ["war-begins", "first-clashes", "sudzha-fighting", "trump-calls-putin"]


def test_an_event_lists_every_source_that_reports_it(story: str) -> None:
    [war] = [e for e in run("--data", story, "events", "--json").json() if e["id"] == "war-begins"]
    assert (war["date"], war["sources"]) == ("2022-02", ["alpha", "beta", "gamma"])


def test_text_search_ignores_case_and_accents_and_reads_quotes(story: str) -> None:
    assert ids(story, "--text", "SOUDJA") == ["sudzha-fighting"]  # in the quote and the French title
    assert ids(story, "--text", "coree du sud") == ids(story, "--text", "Corée du Sud") == ["trump-calls-putin"]
    assert ids(story, "--text", "troops") == ["troops-moved", "troops-inactive"]  # in the titles


def test_as_of_keeps_what_an_article_published_by_then_reports(story: str) -> None:
    """alpha's window (28–31 Oct) has passed by 31 Oct; beta (8 Nov) and gamma (Feb) are not yet known."""
    assert ids(story, "--as-of", "2024-10-31") == ["war-begins", "troops-moved", "deployment-confirmed"]
    assert ids(story, "--as-of", "2024-10-30") == []


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("alleged", ["troops-moved"]),
        ("denied", ["talks-denied"]),
        ("reported", ["first-clashes", "trump-calls-putin", "troops-inactive"]),
    ],
)
def test_status(story: str, status: str, expected: list[str]) -> None:
    assert ids(story, "--status", status) == ids(story, "--status", status.upper()) == expected


def test_sorts(story: str) -> None:
    assert ids(story, "--sort", "-date") == list(reversed(BY_DATE))
    assert ids(story, "--sort", "title") == [
        "deployment-confirmed", "sudzha-fighting", "first-clashes", "talks-denied", "troops-inactive",
        "troops-moved", "trump-calls-putin", "war-begins",
    ]  # fmt: skip
    # by the earliest publication among an event's sources (alpha, then beta, then gamma), then as by date
    assert ids(story, "--sort", "reported") == [
        "war-begins", "troops-moved", "deployment-confirmed", "first-clashes", "sudzha-fighting",
        "trump-calls-putin", "troops-inactive", "talks-denied",
    ]  # fmt: skip


def test_limit_and_jsonl(story: str) -> None:
    assert ids(story, "--limit", "3") == BY_DATE[:3]
    result = run("--data", story, "events", "--jsonl", "--limit", "2")
    assert [row["id"] for row in result.jsonl()] == BY_DATE[:2]


def test_every_shipped_event_has_the_contract() -> None:
    """The shipped store, on its invariants only (the fields are pinned in test_fields.py)."""
    found = run("events", "--json").json()
    assert found and len({e["id"] for e in found}) == len(found)
    for event in found:
        assert event["evidence"] and event["sources"] and event["start"] <= event["end"]


def test_empty_result_is_an_empty_array_and_exit_0() -> None:
    result = run("events", "--since", "2030", "--json")
    assert (result.exit_code, result.stdout) == (0, "[]\n")


def test_piped_output_is_one_plain_line_per_event(story: str) -> None:
    result = run("--data", story, "events", "--since", "2025-01")
    assert "\x1b" not in result.stdout and "─" not in result.stdout
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [line[0] for line in lines] == ["troops-inactive", "talks-denied"]
    assert lines[0][1:4] == ["2025-01", "2025-01-01", "2025-01-31"]


def test_terminal_table_shows_friendly_dates(story: str) -> None:
    result = run("--data", story, "events", "--source", "beta", tty=True, width=120)
    assert "7 Nov 2024" in result.stdout
    assert "sudzha-fighting" in result.stdout


def test_french_titles(story: str) -> None:
    plain = run("--data", story, "events", "--lang", "fr", "--source", "beta").stdout
    assert "Combats près de Soudja" in plain and "Fighting near Sudzha" not in plain


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--place", "kurks"], "did you mean 'kursk-oblast'"),
        (["--actor", "kursk"], "'kursk' is a place, not an actor"),
        (["--tag", "nonexistent-tag"], "unknown tag"),
        (["--source", "bbc"], "unknown source 'bbc'"),
        (["--since", "2024-11", "--until", "2024-10"], "ends before --since"),
        (["--json", "--jsonl"], "cannot be used together"),
    ],
)
def test_bad_values_exit_2_with_a_hint(args: list[str], message: str) -> None:
    result = run("events", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["2024-13", "the day before", "", "2024-10~~"])
def test_bad_dates_exit_2_naming_the_flag(value: str) -> None:
    result = run("events", "--since", value)
    assert result.exit_code == 2
    assert "--since" in result.stderr


def test_unknown_status_lists_the_allowed_ones() -> None:
    result = run("events", "--status", "rumoured")
    assert result.exit_code == 2
    assert "confirmed" in result.stderr and "alleged" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("koursk ")
