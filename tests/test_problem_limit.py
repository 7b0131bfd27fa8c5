"""At most 200 problems are listed per file, and past them a file is checked no further (hostile63).

The limit held only between the schema's entries: one entry holding 233,000 unknown keys listed every one, each with a
suggestion (31 s of CPU, 40 MB written, for 3.4 MB of YAML); one list of 250,000 unknown actors ran over two minutes; a
file of 3,500 events each naming one unknown actor took 5 s on every run, since a broken store is never cached and its
file was checked twice (once without the marks, only to learn that it had problems). Here the work is counted, not
timed: the suggestions made (each a spelling comparison with every known name) and the lines listed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from koursk_cli.problems import MAX_PROBLEMS_PER_FILE
from koursk_cli.store import validate
from koursk_cli.store.checks import HINT_NAMES
from tests.conftest import run
from tests.stores import EVENTS, write_store

LIMIT = MAX_PROBLEMS_PER_FILE


def _one_event(**replace: str) -> str:
    text = EVENTS
    for old, new in replace.items():
        text = text.replace(old, new)
    return text


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The words a suggestion was looked for, in this process."""
    asked: list[str] = []
    real: Callable[..., list[str]] = getattr(validate, "suggestions")  # noqa: B009 (not re-exported)

    def counting(word: str, choices: Iterable[str], limit: int = 3) -> list[str]:
        asked.append(word)
        return real(word, choices, limit)

    monkeypatch.setattr(validate, "suggestions", counting)
    return asked


def _stops_at_the_limit(root: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> list[str]:
    asked = _counted(monkeypatch)
    result = run("--data", str(root), command)
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = (result.stdout if command == "check" else result.stderr).splitlines()
    listed = [line for line in lines if line.startswith(str(root)) or line.startswith("/")]
    assert len(listed) <= LIMIT + 1, len(listed)
    assert "too many problems in this file: 200 are listed" in listed[-1]
    assert len(asked) <= 2 * (LIMIT + 1), len(asked)  # was one per problem, twice: 40,000 and 10,000 here
    return listed


def _listed(root: Path, command: str, name: str) -> list[str]:
    """The lines of one store file's problems, as a real command lists them (exit 1, never a traceback)."""
    result = run("--data", str(root), command)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = (result.stdout + result.stderr).splitlines()
    return [line for line in lines if f"/data/{name}:" in line and "could not be read" not in line]


def _top_keys(kind: str, keys: int, ending: str) -> str:
    return "".join(f"k{n}: 1\n" for n in range(keys)) + {"missing": "", "not a list": f"{kind}: 5\n"}[ending]


@pytest.mark.parametrize("ending", ["missing", "not a list"])
@pytest.mark.parametrize("keys", [LIMIT - 1, LIMIT, LIMIT + 1])
@pytest.mark.parametrize(
    ("name", "kind", "command"),
    [
        ("events/main.yaml", "events", "check"),
        ("events/main.yaml", "events", "events"),
        ("entities.yaml", "entities", "check"),
        ("sources.yaml", "sources", "check"),
        ("sources.yaml", "sources", "events"),
    ],
)
def test_unknown_top_level_keys_then_a_missing_or_wrong_list_around_the_limit(
    tmp_path: Path, name: str, kind: str, command: str, keys: int, ending: str
) -> None:
    """199, 200 or 201 unknown keys, then the list missing or not a list: 200, 201 and 202 problems. At exactly 200
    keys the 201st (the list's) raised past every catch, a traceback (review66c H1)."""
    files = {"events/main.yaml": "events", "entities.yaml": "entities", "sources.yaml": "sources"}
    root = write_store(tmp_path, **{files[name]: _top_keys(kind, keys, ending)})
    listed = _listed(root, command, name)
    what = "missing the key" if ending == "missing" else "must be a list"
    if keys < LIMIT:
        assert len(listed) == LIMIT and what in "".join(listed) and "too many" not in "".join(listed)
    else:
        assert len(listed) == LIMIT + 1
        assert listed[-1].endswith(f"{LIMIT} are listed; the rest of its top level and its {kind} were not checked")
        assert what not in "".join(listed)


@pytest.mark.parametrize("ghosts", [LIMIT - 1, LIMIT, LIMIT + 1])
def test_an_event_of_199_200_or_201_unknown_actors(tmp_path: Path, ghosts: int) -> None:
    actors = ", ".join(f"ghost-{n}" for n in range(ghosts))
    root = write_store(tmp_path, events=_one_event(**{"actors: [rutte]": f"actors: [{actors}]"}))
    listed = _listed(root, "check", "events/main.yaml")
    assert sum("unknown actor 'ghost-" in line for line in listed) == min(ghosts, LIMIT)
    assert len(listed) == min(ghosts, LIMIT + 1)
    assert ("too many problems" in listed[-1]) == (ghosts > LIMIT)


def test_the_line_that_stops_a_file_comes_last_in_its_listing(tmp_path: Path) -> None:
    """Its dates are checked before any event's references, so a file of 150 events each of a wrong date and an
    unknown actor stopped at the 51st actor, placed mid-listing: 99 dates followed it (review66c M3)."""
    event = EVENTS.removeprefix("events:\n").replace("actors: [rutte]", "actors: [ghost]")
    event = event.replace("date: 2024-10-28", "date: 2024-02-30")
    events = "events:\n" + "".join(event.replace("id: rutte-confirms", f"id: e-{n}") for n in range(150))
    listed = _listed(write_store(tmp_path, events=events), "check", "events/main.yaml")
    assert len(listed) == LIMIT + 1
    assert sum("date:" in line for line in listed) == 150
    assert sum("unknown actor 'ghost'" in line for line in listed) == 50
    assert "too many problems in this file" in listed[-1] and "e-149': date:" in listed[-2]


def test_a_repeated_unknown_name_keeps_its_suggestion_among_thousands_of_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """40 events naming `rute` among 3,000 entities: each problem counted its 3,000 names against HINT_NAMES, and the
    suggestion was gone after the 16th (review66c M2). A word's suggestion is looked for once a check."""
    from tests.stores import ENTITIES

    entities = ENTITIES + "".join(
        f"  - id: person-{n}\n    kind: person\n    name: {{en: P {n}, fr: P {n}}}\n" for n in range(3_000)
    )
    event = EVENTS.removeprefix("events:\n").replace("actors: [rutte]", "actors: [rute]")
    events = "events:\n" + "".join(event.replace("id: rutte-confirms", f"id: e-{n}") for n in range(40))
    root = write_store(tmp_path, entities=entities, events=events)
    asked = _counted(monkeypatch)
    listed = _listed(root, "check", "events/main.yaml")
    assert sum("unknown actor 'rute' (did you mean 'rutte'?)" in line for line in listed) == 40
    assert asked == ["rute", "rute"], asked  # once a check: the first reading (limit 0), then the one listed


def test_the_first_reading_stops_at_its_first_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first reading (without marks) only asks whether the file has a problem (check_entries limit=0): the
    suggestions are the listed ones and one more. Without its limit, it looked for 200 more (review66c L4)."""
    actors = ", ".join(f"ghost-{n}" for n in range(1_000))
    root = write_store(tmp_path, events=_one_event(**{"actors: [rutte]": f"actors: [{actors}]"}))
    asked = _counted(monkeypatch)
    listed = _listed(root, "check", "events/main.yaml")
    assert len(listed) == LIMIT + 1
    assert len(asked) <= LIMIT + 2, len(asked)


def test_a_draft_of_a_thousand_unknown_actors_is_listed_to_the_limit_and_still_previews(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft's problems were not counted: one `TODO:` title and 250,000 unknown actors listed 250,001 lines
    (review66c M1). They count now; past the limit a draft lists only what marks it, and one line counts the rest.
    The suggestions stop at 200 a check, though a dozen names compared each stay far below HINT_NAMES."""
    actors = ", ".join(f"ghost-{n}" for n in range(1_000))
    event = _one_event(**{"actors: [rutte]": f"actors: [{actors}]", "{en: Rutte confirms": '{en: "TODO: title"'})
    root = write_store(tmp_path, events=event)
    asked = _counted(monkeypatch)
    listed = _listed(root, "check", "events/main.yaml")
    assert len(listed) == LIMIT + 2, len(listed)  # 200, the first problem past them (it blocks the draft), the count
    assert sum("unknown actor" in line for line in listed) == LIMIT and "and 800 were not listed" in listed[-1]
    assert len(asked) <= 2 * LIMIT, len(asked)  # was 2,000: a suggestion for each, in both readings
    drafted = run("--data", str(root), "--drafts", "events", "--json")
    assert drafted.exit_code == 0 and "Traceback" not in drafted.stderr
    assert drafted.stdout.strip() == "[]" and "more than a placeholder (rutte-confirms)" in drafted.stderr


@pytest.mark.parametrize("command", ["check", "events"])
def test_a_list_of_twenty_thousand_unknown_actors_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    actors = ", ".join(f"ghost-{n}" for n in range(20_000))
    root = write_store(tmp_path, events=_one_event(**{"actors: [rutte]": f"actors: [{actors}]"}))
    listed = _stops_at_the_limit(root, monkeypatch, command)
    assert "unknown actor 'ghost-0'" in listed[0]


@pytest.mark.parametrize("command", ["check", "events"])
def test_one_entry_of_five_thousand_unknown_keys_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    keys = "".join(f"    colour{n}: red\n" for n in range(5_000))
    root = write_store(tmp_path, events=_one_event(**{"    status:": keys + "    status:"}))
    listed = _stops_at_the_limit(root, monkeypatch, command)
    assert "unknown key 'colour0'" in listed[0]
    assert listed[-1].endswith(
        "events[0] (of 1) was checked up to here, and no entry was checked against the rest of the store"
    )


def test_many_events_each_naming_an_unknown_actor_stop_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = EVENTS.removeprefix("events:\n").replace("actors: [rutte]", "actors: [ghost]")
    events = "events:\n" + "".join(event.replace("id: rutte-confirms", f"id: e-{n}") for n in range(1_000))
    root = write_store(tmp_path, events=events)
    listed = _stops_at_the_limit(root, monkeypatch, "check")
    assert sum("unknown actor 'ghost'" in line for line in listed) == LIMIT


def test_the_schemas_problems_and_the_others_share_one_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """150 entries the schema refuses, then 150 events naming an unknown actor: 200 listed in all."""
    event = EVENTS.removeprefix("events:\n")
    refused = event.replace("    status:", "    colour: red\n    status:")
    unknown = event.replace("actors: [rutte]", "actors: [ghost]")
    events = "events:\n" + "".join(
        (refused if n < 150 else unknown).replace("id: rutte-confirms", f"id: e-{n}") for n in range(300)
    )
    listed = _stops_at_the_limit(write_store(tmp_path, events=events), monkeypatch, "check")
    assert sum("unknown key 'colour'" in line for line in listed) == 150
    assert sum("unknown actor 'ghost'" in line for line in listed) == 50


def test_a_top_level_mapping_of_many_keys_is_one_line_past_the_limit(tmp_path: Path) -> None:
    keys = "".join(f"k{n}: 1\n" for n in range(1_000))
    root = write_store(tmp_path, events="events: []\n" + keys)
    result = run("--data", str(root), "check")
    assert result.exit_code == 1 and "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == LIMIT + 1
    assert lines[-1].endswith(
        "too many problems in this file: 200 are listed; the rest of its top level and its events were not checked"
    )


def test_a_draft_of_more_placeholders_than_the_limit_still_previews(tmp_path: Path) -> None:
    """A draft's problems are not counted: each marks its record, which a preview leaves out or shows as a draft."""
    event = EVENTS.removeprefix("events:\n").replace("{en: Rutte confirms", '{en: "TODO: title"')
    events = "events:\n" + "".join(event.replace("id: rutte-confirms", f"id: e-{n}") for n in range(300))
    root = write_store(tmp_path, events=events)
    curated = run("--data", str(root), "events", "--json")
    assert curated.exit_code == 0 and curated.stdout.strip() == "[]"
    assert "300 events in draft left out" in curated.stderr
    drafted = run("--data", str(root), "--drafts", "events", "--json")
    assert drafted.exit_code == 0 and drafted.stdout.count('"draft": true') == 300


def test_a_real_process_lists_at_most_the_limit(tmp_path: Path) -> None:
    actors = ", ".join(f"ghost-{n}" for n in range(5_000))
    root = write_store(tmp_path, events=_one_event(**{"actors: [rutte]": f"actors: [{actors}]"}))
    done = subprocess.run(
        [sys.executable, "-m", "koursk_cli", "--data", str(root), "check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stdout.splitlines()) == LIMIT + 1


@pytest.mark.parametrize("command", ["check", "events"])
def test_a_file_of_one_id_used_a_thousand_times_lists_the_limit(tmp_path: Path, command: str) -> None:
    """Duplicate ids, compared across every file, were listed without a limit: 3,499 lines for 3,500 events of one
    id (hostile63)."""
    event = EVENTS.removeprefix("events:\n")
    root = write_store(tmp_path, events="events:\n" + event * 1_000)
    result = run("--data", str(root), command)
    assert result.exit_code == 1 and "Traceback" not in result.stdout + result.stderr
    lines = [line for line in (result.stdout + result.stderr).splitlines() if "main.yaml:" in line]
    assert sum("duplicate id 'rutte-confirms'" in line for line in lines) == LIMIT
    assert "too many duplicate ids in this file: 200 are listed" in lines[-1]
    assert len(lines) == LIMIT + 1


def _entities_part_of_unknown_ones(count: int) -> str:
    from tests.stores import ENTITIES

    return ENTITIES + "".join(
        f"  - id: person-{n}\n    kind: person\n    name: {{en: P {n}, fr: P {n}}}\n    part_of: state-{n}\n"
        for n in range(count)
    )


def test_entities_each_part_of_an_unknown_one_are_suggested_for_and_listed_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The core is checked whole (every events file is checked against it), but lists 200 problems a file like any
    other: 30,000 entities each `part_of` an unknown one printed 30,001 lines (review66c). Its suggestions stop once
    a check has compared HINT_NAMES names: each compares a name with every entity, and ran over 5 minutes there."""
    root = write_store(tmp_path, entities=_entities_part_of_unknown_ones(1_000))
    asked = _counted(monkeypatch)
    result = run("--data", str(root), "check")
    assert result.exit_code == 1 and "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sum("part_of: unknown" in line for line in lines) == LIMIT and len(lines) == LIMIT + 1
    assert "person-0'" in lines[0] and "person-199'" in lines[-2]  # the first by place
    assert lines[-1].endswith(
        "too many problems in this file: 200 are listed; 800 more were not listed, the first here"
    )
    assert int(lines[-1].split(":")[1]) == int(lines[-2].split(":")[1]) + 4  # at the first not listed: person-200's
    assert "more than 200 problems" in result.stderr  # the line that ends the list is no problem of its own
    assert len(asked) <= HINT_NAMES // 1_000 + 1, len(asked)  # was 1,000: ~1,003 names compared for each


@pytest.mark.parametrize("count", [LIMIT - 1, LIMIT, LIMIT + 1])
@pytest.mark.parametrize("command", ["check", "events"])
def test_a_core_file_of_199_200_or_201_problems(tmp_path: Path, count: int, command: str) -> None:
    root = write_store(tmp_path, entities=_entities_part_of_unknown_ones(count))
    listed = _listed(root, command, "entities.yaml")
    assert sum("part_of: unknown" in line for line in listed) == min(count, LIMIT)
    assert len(listed) == min(count, LIMIT + 1)
    assert ("1 more was not listed, the first here" in listed[-1]) == (count > LIMIT)
    said = run("--data", str(root), command).stderr.splitlines()[-1]
    assert said.endswith(
        ("more than 200 problems" if count > LIMIT else f"{count} problems")
        + ("" if command == "events" else f" in {root}")
    )


def test_a_core_files_schema_problems_and_its_others_share_one_limit(tmp_path: Path) -> None:
    """150 entities the schema refuses, then 150 each `part_of` an unknown one: 200 listed in all."""
    from tests.stores import ENTITIES

    refused = "".join(
        f"  - id: odd-{n}\n    kind: person\n    name: {{en: O, fr: O}}\n    colour: red\n" for n in range(150)
    )
    root = write_store(
        tmp_path, entities=ENTITIES + refused + _entities_part_of_unknown_ones(150).removeprefix(ENTITIES)
    )
    listed = _listed(root, "check", "entities.yaml")
    assert sum("unknown key 'colour'" in line for line in listed) == 150
    assert sum("part_of: unknown" in line for line in listed) == 50
    assert listed[-1].endswith("200 are listed; 100 more were not listed, the first here")


def test_articles_in_draft_past_a_core_files_limit_are_still_left_out_or_previewed(tmp_path: Path) -> None:
    """110 articles in draft of two placeholders each: 200 listed, then each later draft's first, which marks it;
    the ten past them are counted in a line of their own, a draft's. Without --drafts the curated part answers."""
    import hashlib

    from tests.stores import SEED, SOURCES

    one = SOURCES.format(sha=hashlib.sha256(SEED.encode()).hexdigest()).removeprefix("sources:\n")
    drafts = "".join(
        one.replace("id: alpha", f"id: d-{n}").replace("{en: Alpha, fr: Alpha}", '{en: "TODO: t", fr: "TODO: t"}')
        for n in range(110)
    )
    root = write_store(tmp_path, sources="sources:\n" + one + drafts)
    listed = _listed(root, "check", "sources.yaml")
    assert len(listed) == LIMIT + 10 + 1
    assert listed[-1].endswith("10 more were not listed, all of records in draft, the first here")
    assert sum("'d-109': title" in line for line in listed) == 1
    curated = run("--data", str(root), "events", "--json")
    assert curated.exit_code == 0, curated.stderr
    assert '"id": "rutte-confirms"' in curated.stdout and "110 articles in draft" in curated.stderr
    drafted = run("--data", str(root), "--drafts", "sources", "--json")
    assert drafted.exit_code == 0 and drafted.stdout.count('"draft": true') == 110


def _draft_sources(count: int, *, curated_bad_sha: bool = False) -> str:
    import hashlib

    from tests.stores import SEED, SOURCES

    one = SOURCES.format(sha=hashlib.sha256(SEED.encode()).hexdigest()).removeprefix("sources:\n")
    drafts = "".join(
        one.replace("id: alpha", f"id: d-{n}").replace("{en: Alpha, fr: Alpha}", '{en: "TODO: t", fr: "TODO: t"}')
        for n in range(count)
    )
    bad = (
        one.replace("id: alpha", "id: bad-sha").replace("sha256: ", "sha256: " + "a" * 64 + " #")
        if curated_bad_sha
        else ""
    )
    return "sources:\n" + one + drafts + bad


def test_a_problem_no_draft_has_is_listed_before_the_drafts_past_a_core_files_limit(tmp_path: Path) -> None:
    """300 articles in draft, then a curated one whose sha256 is wrong: the 600 placeholders came first by place,
    and the one problem that keeps the store from being served was neither listed by `check` nor said by `events`
    (« more than 0 problems »: review67c M1)."""
    root = write_store(tmp_path, sources=_draft_sources(300, curated_bad_sha=True))
    listed = _listed(root, "check", "sources.yaml")
    assert sum("'bad-sha'" in line for line in listed) == 1
    said = run("--data", str(root), "events")
    assert said.exit_code == 1 and "'bad-sha'" in said.stderr
    assert said.stderr.splitlines()[-1].startswith("koursk: the store has 1 problem, and more than 400 placeholders")


def test_the_counts_of_a_core_files_cut_list_are_exact_where_they_can_be(tmp_path: Path) -> None:
    """The line that counts what was not listed is no placeholder (« 401 placeholders » of 600), and the core is
    checked whole: the references an unreadable core file left unchecked are all counted, not « at least »
    (review67c L1, L2)."""
    root = write_store(tmp_path, sources=_draft_sources(300), entities=_entities_part_of_unknown_ones(1))
    said = run("--data", str(root), "events").stderr.splitlines()[-1]
    assert (
        said == "koursk: the store has 1 problem, and more than 400 placeholders in drafts (`koursk check` lists them)"
    )
    unreadable = write_store(
        tmp_path / "unreadable", sources="sources: [\n", entities=_entities_part_of_unknown_ones(250)
    )
    checked = run("--data", str(unreadable), "check")
    assert checked.exit_code == 1 and "references not checked because" in checked.stdout
    assert "at least" not in checked.stdout


def test_a_draft_past_an_events_files_limit_leaves_the_curated_part_served(tmp_path: Path) -> None:
    """The line that counts a draft's problems past the limit is on no record: it was taken for an entity in draft,
    which cannot be left out, and refused the whole store."""
    actors = ", ".join(f"ghost-{n}" for n in range(1_000))
    curated = EVENTS.removeprefix("events:\n").replace("id: rutte-confirms", "id: kept")
    event = _one_event(**{"actors: [rutte]": f"actors: [{actors}]", "{en: Rutte confirms": '{en: "TODO: title"'})
    root = write_store(tmp_path, events=event + curated)
    result = run("--data", str(root), "events", "--json")
    assert result.exit_code == 0, result.stderr
    assert '"id": "kept"' in result.stdout and "1 event in draft left out" in result.stderr


def test_references_left_unchecked_by_a_stopped_file_are_counted_as_at_least(tmp_path: Path) -> None:
    """sources.yaml unreadable, 300 events each naming an unknown actor: the file stops at its limit, and its later
    sources were neither checked nor counted; the count said « 201 references » as if it were all (review66c L1)."""
    event = EVENTS.removeprefix("events:\n").replace("actors: [rutte]", "actors: [ghost]")
    events = "events:\n" + "".join(event.replace("id: rutte-confirms", f"id: e-{n}") for n in range(300))
    root = write_store(tmp_path, events=events, sources="sources: [\n")
    result = run("--data", str(root), "check")
    assert result.exit_code == 1 and "Traceback" not in result.stdout + result.stderr
    assert "at least 201 references not checked because" in result.stdout
