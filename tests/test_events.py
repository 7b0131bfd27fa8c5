"""`koursk events`: the filters and sorts, asserted against facts from the five articles."""

from __future__ import annotations

import pytest

from koursk_cli.textnorm import fold
from tests.conftest import run


def events(*args: str) -> list[dict[str, object]]:
    result = run("events", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()  # type: ignore[no-any-return]


def test_since_2025_lists_the_february_inactivity_report_and_nothing_that_ended_before() -> None:
    found = events("--since", "2025-01")
    assert "nis-reports-inactivity" in [e["id"] for e in found]
    assert "nk-troops-inactive" in [e["id"] for e in found]
    assert all(str(e["end"]) >= "2025-01-01" for e in found)
    assert "rutte-confirms-deployment" not in [e["id"] for e in found]


def test_until_a_month_includes_its_last_day_and_overlapping_fuzzy_events() -> None:
    found = {e["id"]: e for e in events("--until", "2024-10")}
    assert "rutte-confirms-deployment" in found  # 28 October
    assert "first-troops-transported" in found  # 8–13 October
    assert "first-nk-ukraine-clashes" in found  # 8 Oct – 6 Nov: overlaps October
    assert all(str(e["start"]) <= "2024-10-31" for e in found.values())


def test_a_since_inside_a_fuzzy_interval_still_matches_it() -> None:
    assert "first-troops-transported" in [e["id"] for e in events("--since", "2024-10-10", "--until", "2024-10-10")]


@pytest.mark.parametrize("name", ["kursk", "Koursk", "KOURSK", "kursk-oblast", "région de Koursk"])
def test_places_resolve_through_aliases_case_and_accents(name: str) -> None:
    found = [e["id"] for e in events("--place", name)]
    assert "rutte-confirms-deployment" in found
    assert found == [e["id"] for e in events("--place", "kursk")]


def test_sudzha_in_any_spelling() -> None:
    assert [e["id"] for e in events("--place", "Soudja")] == [e["id"] for e in events("--place", "sudzha")]
    assert "russian-army-resumes-kursk-actions" in [e["id"] for e in events("--place", "Soudja")]


@pytest.mark.parametrize("name", ["umerov", "Oumierov", "Roustem Oumierov", "rustem umerov"])
def test_actor_umerov_in_every_spelling(name: str) -> None:
    assert "umerov-announces-first-clashes" in [e["id"] for e in events("--actor", name)]


def test_north_korea_aliases_meet() -> None:
    by_alias = {
        alias: [e["id"] for e in events("--actor", alias)] for alias in ("Corée du Nord", "DPRK", "rpdc", "Pyongyang")
    }
    assert len({tuple(v) for v in by_alias.values()}) == 1
    assert by_alias["DPRK"]


def test_repeated_flags_mean_any_of_and_different_flags_all_of() -> None:
    putin = {e["id"] for e in events("--actor", "putin")}
    trump = {e["id"] for e in events("--actor", "trump")}
    assert {e["id"] for e in events("--actor", "putin", "--actor", "trump")} == putin | trump
    both = {e["id"] for e in events("--actor", "putin", "--source", "cnn")}
    assert both == putin & {e["id"] for e in events("--source", "cnn")}


def test_source_by_id_outlet_or_seed_number() -> None:
    by_id = [e["id"] for e in events("--source", "cnn")]
    assert by_id == [e["id"] for e in events("--source", "CNN")] == [e["id"] for e in events("--source", "001")]
    assert "zelensky-budapest-11000" in by_id


def test_shared_events_list_every_source_that_reports_them() -> None:
    [invasion] = [e for e in events() if e["id"] == "full-scale-invasion"]
    assert invasion["date"] == "2022-02"
    assert set(invasion["sources"]) >= {"first-clashes", "nis-12000", "nis-inactive"}


def test_text_search_ignores_case_and_accents_and_reads_quotes() -> None:
    assert "russian-army-resumes-kursk-actions" in [e["id"] for e in events("--text", "SOUDJA")]
    assert [e["id"] for e in events("--text", "coree du sud")] == [e["id"] for e in events("--text", "Corée du Sud")]


def test_as_of_keeps_only_what_was_published_by_then() -> None:
    found = events("--as-of", "2024-10-31")
    assert found
    known = {s["id"] for s in run("sources", "--json").json() if s["published_end"] <= "2024-10-31"}
    assert known == {"rutte-confirms"}  # 003's window runs to about 6 Nov: not yet known on 31 Oct
    assert all(set(e["sources"]) & known for e in found)  # type: ignore[arg-type]
    assert "zelensky-budapest-11000" not in [e["id"] for e in found]


def test_status_filter_and_alleged_conditionals() -> None:
    alleged = [e["id"] for e in events("--status", "alleged")]
    assert "first-troops-transported" in alleged  # « seraient présents »
    assert all(e["status"] == "alleged" for e in events("--status", "alleged"))


def test_sorts_are_total_and_reversible() -> None:
    by_date = events()
    keys = [(e["start"], e["end"], e["id"]) for e in by_date]
    assert keys == sorted(keys)
    assert [e["id"] for e in events("--sort", "-date")] == [e["id"] for e in reversed(by_date)]
    titles = [fold(str(e["title"]["en"])) for e in events("--sort", "title")]  # type: ignore[index]
    assert titles == sorted(titles)
    reported = [e["reported_start"] for e in events("--sort", "reported")]
    assert reported == sorted(reported)


def test_limit_and_jsonl() -> None:
    assert len(events("--limit", "3")) == 3
    result = run("events", "--jsonl", "--limit", "2")
    assert [row["id"] for row in result.jsonl()] == [e["id"] for e in events("--limit", "2")]


def test_json_count_matches_the_store_and_every_event_has_the_contract() -> None:
    found = events()
    assert len(found) >= 30
    for event in found:
        assert {
            "id",
            "date",
            "start",
            "end",
            "precision",
            "title",
            "actors",
            "places",
            "tags",
            "status",
            "evidence",
            "reported",
        } <= set(event)
        assert event["evidence"]


def test_empty_result_is_an_empty_array_and_exit_0() -> None:
    result = run("events", "--since", "2030", "--json")
    assert (result.exit_code, result.stdout) == (0, "[]\n")


def test_piped_output_is_one_plain_line_per_event() -> None:
    result = run("events", "--since", "2025-01")
    lines = result.stdout.splitlines()
    assert len(lines) == len(events("--since", "2025-01"))
    assert "\x1b" not in result.stdout and "─" not in result.stdout
    [inactive] = [line.split("\t") for line in lines if line.startswith("nk-troops-inactive\t")]
    assert inactive[1:4] == ["2025-01-11~/2025-01-20~", "2025-01-11", "2025-01-20"]


def test_terminal_table_shows_friendly_dates() -> None:
    result = run("events", "--source", "cnn", tty=True, width=120)
    assert "7 Nov 2024" in result.stdout
    assert "zelensky-budapest-11000" in result.stdout


def test_french_titles() -> None:
    [event] = [e for e in events("--lang", "fr") if e["id"] == "rutte-confirms-deployment"]
    plain = run("events", "--lang", "fr", "--source", "rutte-confirms").stdout
    assert event["title"]["fr"] in plain  # type: ignore[index]


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
