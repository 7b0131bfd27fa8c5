"""`koursk check`: the shipped store is valid, and each seeded mistake is reported at its line, exit 1."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.conftest import run
from tests.stores import CLAIMS, ENTITIES, EVENTS, SEED, SOURCES, claim_entry, write_store


def check(root: Path) -> tuple[int, list[str]]:
    result = run("--data", str(root), "check")
    return result.exit_code, result.stdout.splitlines()


def test_the_shipped_store_is_valid() -> None:
    result = run("check")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert "the store is valid" in result.stderr


def test_a_valid_synthetic_store_passes(tmp_path: Path) -> None:
    assert check(write_store(tmp_path)) == (0, [])


def _only(root: Path) -> str:
    code, lines = check(root)
    assert code == 1
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize(
    ("events", "where", "message"),
    [
        (
            EVENTS.replace('"Mark Rutte a déclaré lundi 28 octobre"', '"Mark Rutte a déclaré mardi 29 octobre"'),
            ":12:16:",
            "quote not found in the seed of source 'alpha'",
        ),
        (EVENTS.replace("date: 2024-10-28", "date: 2024-10-32"), ":3:11:", "day 32 does not exist"),
        (EVENTS.replace("actors: [rutte]", "actors: [rute]"), ":6:14:", "unknown actor 'rute' (did you mean 'rutte'?)"),
        (EVENTS.replace("actors: [rutte]", "actors: [kursk-oblast]"), ":6:14:", "'kursk-oblast' is a place, not actor"),
        (EVENTS.replace("tags: [nato]", "tags: [nato"), ":9:", "YAML syntax error"),
        (
            EVENTS.replace("status: confirmed", "status: confirmd"),
            ":9:13:",
            "status 'confirmd' is not one of: confirmed, reported, alleged, denied (did you mean 'confirmed'?)",
        ),
        (
            EVENTS.replace("date: 2024-10-28", "date: 2024-11-05"),
            ":3:11:",
            "starts after every source reporting it was published",
        ),
        (EVENTS.replace("source: alpha", "source: alfa"), ":11:17:", "unknown source 'alfa' (did you mean 'alpha'?)"),
        (
            EVENTS.replace("date: 2024-10-28", "date: 2024-10-28/2024-10-01"),
            ":3:11:",
            "interval ends (2024-10-01) before it starts",
        ),
        (
            EVENTS.replace("title: {en: Rutte confirms, fr: Rutte confirme}", "title: {en: no, fr: Rutte confirme}"),
            ":5:17:",
            "title.en must be a string, not the boolean false",
        ),
        (
            EVENTS.replace("    note", "    note").replace(
                "status: confirmed", "status: !!python/object:os.system confirmed"
            ),
            ":9:13:",
            "YAML tag !!python/object:os.system is not allowed",
        ),
    ],
)
def test_each_mistake_is_reported_at_its_line(tmp_path: Path, events: str, where: str, message: str) -> None:
    line = _only(write_store(tmp_path, events=events))
    assert line.startswith(str(tmp_path / "data/events/main.yaml"))
    assert where in line and message in line, line


def test_misspelt_key_is_named_and_the_missing_one_too(tmp_path: Path) -> None:
    code, lines = check(write_store(tmp_path, events=EVENTS.replace("status: confirmed", "statut: confirmed")))
    assert code == 1
    assert [line.split("main.yaml:")[1] for line in lines] == [
        "2:5: event 'rutte-confirms': missing the required key 'status'",
        "9:5: event 'rutte-confirms': unknown key 'statut' (did you mean 'status'?)",
    ]


def test_missing_required_key(tmp_path: Path) -> None:
    line = _only(write_store(tmp_path, events=EVENTS.replace("    status: confirmed\n", "")))
    assert ":2:5: event 'rutte-confirms': missing the required key 'status'" in line


def test_all_problems_are_listed_not_only_the_first(tmp_path: Path) -> None:
    events = EVENTS.replace("actors: [rutte]", "actors: [nobody]").replace("date: 2024-10-28", "date: 2024-10-38")
    claims = CLAIMS.replace("value: 12000", 'value: "12000"')
    code, lines = check(write_store(tmp_path, events=events, claims=claims))
    assert code == 1
    assert len(lines) == 3, lines
    assert any(
        "claims/main.yaml:5:12: claim 'nis-12000': value must be a number or a null, not the string '12000'" in line
        for line in lines
    )


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    root = write_store(tmp_path)
    (root / "data/events/more.yaml").write_text(EVENTS, encoding="utf-8")
    line = _only(root)
    assert "more.yaml:2:9: event 'rutte-confirms': duplicate id 'rutte-confirms' (first used by an event in" in line


def test_an_event_id_may_not_reuse_a_claim_id(tmp_path: Path) -> None:
    line = _only(write_store(tmp_path, events=EVENTS.replace("id: rutte-confirms", "id: nis-12000")))
    assert "duplicate id 'nis-12000'" in line


_ALIEN = "  - id: {id}\n    kind: person\n    name: {{en: Someone, fr: Quelqu'un}}\n"


@pytest.mark.parametrize(
    ("store", "where", "kind", "place"),
    [
        (
            {"entities": ENTITIES + _ALIEN.format(id="alpha")},
            "entities.yaml:14:9: entity 'alpha'",
            "by a source in ",
            "/data/sources.yaml:2)",
        ),
        (
            {"events": EVENTS.replace("id: rutte-confirms", "id: kursk-oblast")},
            "events/main.yaml:2:9: event 'kursk-oblast'",
            "by an entity in ",
            "/data/entities.yaml:9)",
        ),
        (
            {"claims": CLAIMS.replace("id: nis-12000", "id: troops")},
            "claims/main.yaml:2:9: claim 'troops'",
            "by a topic in ",
            "/data/topics.yaml:2)",
        ),
        (
            {"claims": CLAIMS.replace("id: nis-12000", "id: alpha")},
            "claims/main.yaml:2:9: claim 'alpha'",
            "by a source in ",
            "/data/sources.yaml:2)",
        ),
    ],
    ids=["entity-is-a-source", "event-is-a-place", "claim-is-a-topic", "claim-is-a-source"],
)
def test_an_id_is_unique_across_every_kind(
    tmp_path: Path, store: dict[str, str], where: str, kind: str, place: str
) -> None:
    """rev16 M7: `show`, `cite` and `read` take any id, so two records of different kinds may not share one."""
    code, lines = check(write_store(tmp_path, **store))
    found = [line for line in lines if "duplicate id" in line]
    assert code == 1 and len(found) == 1, lines
    assert where in found[0] and kind in found[0] and found[0].endswith(place), found[0]


def test_an_id_clashing_with_the_core_is_found_through_a_warm_cache(tmp_path: Path) -> None:
    """A changed events file is checked alone against the cached core: its ids still meet the core's."""
    root = write_store(tmp_path)
    assert run("--data", str(root), "events").exit_code == 0
    (root / "data/events/main.yaml").write_text(EVENTS.replace("id: rutte-confirms", "id: nis"), encoding="utf-8")
    result = run("--data", str(root), "events")
    assert result.exit_code == 1
    assert "event 'nis': duplicate id 'nis' (first used by an entity in " in result.stderr, result.stderr


def test_an_id_of_digits_alone_is_refused_as_a_seed_number(tmp_path: Path) -> None:
    """`show 2`, `read 002` and `--source 2` name seed 002: an id `002` would take that name from it."""
    line = _only(write_store(tmp_path, events=EVENTS.replace("id: rutte-confirms", 'id: "002"')))
    assert "events/main.yaml:2:9: event '002': id '002' is not valid:" in line
    assert "not digits alone" in line


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("main.yaml.txt", "not read: only NAME.yaml and NAME.yml files are store files; rename it main.yaml, or move"),
        ("main.YAML", "rename it main.yaml"),
        ("Main.YML", "rename it Main.yml"),
        ("main.yaml ", "rename it main.yaml"),
        ("notes.txt", "rename it NAME.yaml, or move it out of data/events/"),
        ("2025/main.yaml", "a subfolder is not read: koursk reads only the files of data/events/; move its files up"),
    ],
)
def test_a_file_in_events_that_koursk_would_not_read_is_a_problem(tmp_path: Path, name: str, message: str) -> None:
    """rev16 M11: such a file was skipped without a word and `check` said the store was valid, its events gone from
    every answer; on a warm cache too."""
    root = write_store(tmp_path)
    assert run("--data", str(root), "events").exit_code == 0
    (root / "data/events" / name).parent.mkdir(exist_ok=True)
    (root / "data/events/main.yaml").rename(root / "data/events" / name)
    where = str(root / "data/events" / name.split("/")[0]) + ":1:1: "
    line = _only(root)
    assert line.startswith(where) and message in line, line
    result = run("--data", str(root), "events")
    assert result.exit_code == 1 and where in result.stderr


def test_a_copy_beside_the_file_it_names_is_never_told_to_replace_it(tmp_path: Path) -> None:
    """« rename it background.yaml » for git mergetool's background.yaml.orig would replace the store's file (rev17
    M2)."""
    root = write_store(tmp_path)
    (root / "data/events/main.yaml.orig").write_bytes((root / "data/events/main.yaml").read_bytes())
    line = _only(root)
    assert "main.yaml is there already: move this one out of data/events/" in line, line
    assert "rename" not in line


def test_hidden_files_and_editor_backups_in_events_are_left_alone(tmp_path: Path) -> None:
    """Editors' swap, lock and backup files, and koursk's own temporaries, are nobody's store file."""
    root = write_store(tmp_path)
    for name in ("main.yaml~", "#main.yaml#", ".main.yaml.swp", ".main.yaml.koursk-abcd1234.tmp"):
        (root / "data/events" / name).write_text("not: yaml: [", encoding="utf-8")
    assert check(root) == (0, [])


@pytest.mark.parametrize("warm", [False, True], ids=["cold", "warm"])
def test_a_hidden_yaml_name_is_left_alone_too(tmp_path: Path, warm: bool) -> None:
    """rev18 L6: a hidden name ending in .yaml was read, so Emacs's lock `.#main.yaml` (a dangling symlink, there
    while the file has unsaved changes) broke every command, and a `.copy.yaml` gave duplicate ids. Windows
    Explorer's Thumbs.db and desktop.ini are left alone too."""
    root = write_store(tmp_path)
    if warm:
        assert run("--data", str(root), "events").exit_code == 0
    (root / "data/events/.#main.yaml").symlink_to("root@box.1234:1700000000")
    (root / "data/claims/.main-copy.yaml").write_bytes((root / "data/claims/main.yaml").read_bytes())
    for name in ("Thumbs.db", "desktop.ini"):
        (root / "data/events" / name).write_bytes(b"\0")
    assert check(root) == (0, [])
    assert run("--data", str(root), "events").exit_code == 0


@pytest.mark.parametrize(
    ("make", "where", "message"),
    [
        (
            lambda data: (data / "event").mkdir(),
            "event",
            "a folder koursk does not read: move its files into data/events/",
        ),
        (
            lambda data: (data / "claims").rename(data / "Claim"),
            "Claim",
            "a folder koursk does not read: rename it claims/",
        ),
        (
            lambda data: (data / "topics.yaml").rename(data / "topics.yml"),
            "topics.yml",
            "not read: koursk reads data/topics.yaml; rename it topics.yaml",
        ),
        (
            lambda data: (data / "politics.yaml").write_text("events: []\n"),
            "politics.yaml",
            "not read: data/ holds sources.yaml, entities.yaml, topics.yaml, events/ and claims/",
        ),
    ],
)
@pytest.mark.parametrize("warm", [False, True], ids=["cold", "warm"])
def test_what_data_holds_besides_the_store_is_a_problem(
    tmp_path: Path, make: Callable[[Path], object], where: str, message: str, warm: bool
) -> None:
    """rev18 L13: rev16 M11's rule stopped at events/ and claims/: `data/event/more.yaml` was skipped and `check`
    said the store was valid; `topics.yml` gave « topics.yaml: missing store file » and no word of it. data/ itself
    is now listed, cold and warm: anything but the store's files, schema.json and what is left alone is a problem."""
    root = write_store(tmp_path)
    if warm:
        assert run("--data", str(root), "events").exit_code == 0
    make(root / "data")
    if where == "event":
        shutil.copy(root / "data/events/main.yaml", root / "data/event/more.yaml")
    result = run("--data", str(root), "check")
    assert result.exit_code == 1, result.stderr
    lines = (result.stdout + result.stderr).splitlines()
    assert any(line.startswith(f"{root / 'data' / where}:1:1: {message}") for line in lines), lines
    assert run("--data", str(root), "events").exit_code == 1


@pytest.mark.parametrize("warm", [False, True], ids=["cold", "warm"])
def test_the_authors_own_files_beside_the_store_are_left_alone(tmp_path: Path, warm: bool) -> None:
    """rev19 M3: a README.md, LICENSE or notes in data/ stopped every command after an upgrade."""
    root = write_store(tmp_path)
    before = run("--data", str(root), "events", "--json").stdout if warm else None
    for name in ("README.md", "LICENSE", "notes.txt", "Icon\r"):
        (root / "data" / name).write_text("mine\n", encoding="utf-8")
    (root / "data" / "__MACOSX").mkdir()
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 0 and "the store is valid" in checked.stderr, checked.stdout
    after = run("--data", str(root), "events", "--json")
    assert after.exit_code == 0 and after.json(), after.stderr  # the store's events, not an empty answer
    assert before is None or after.stdout == before


def test_changed_seed_fails_its_hash(tmp_path: Path) -> None:
    root = write_store(tmp_path)
    seed = root / "seeds/alpha.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "ajout\n", encoding="utf-8")
    assert "sources.yaml:4:13: source 'alpha': sha256 does not match seeds/alpha.txt" in _only(root)


def test_alias_shared_by_two_entities(tmp_path: Path) -> None:
    entities = ENTITIES.replace("aliases: [Rutte]", "aliases: [Rutte, KOURSK]")
    assert _only(write_store(tmp_path, entities=entities)).endswith(
        "entities.yaml:12:22: entity 'kursk-oblast': alias 'Koursk' is also an alias of entity 'rutte' "
        "(entities.yaml:2): a name must lead to one entity; rename or drop one"
    )


def test_range_needs_both_bounds(tmp_path: Path) -> None:
    claims = CLAIMS.replace("value_kind: approximate", "value_kind: range")
    assert "a range needs both value_min and value_max" in _only(write_store(tmp_path, claims=claims))


def test_unknown_measure_suggests_the_closest(tmp_path: Path) -> None:
    claims = CLAIMS.replace("measure: sent-to-russia", "measure: sent-russia")
    assert "topic 'troops' has no measure 'sent-russia' (did you mean 'sent-to-russia'?)" in _only(
        write_store(tmp_path, claims=claims)
    )


def test_aliases_are_refused(tmp_path: Path) -> None:
    events = EVENTS.replace("actors: [rutte]", "actors: &who [rutte]").replace("places: [kursk-oblast]", "places: *who")
    assert "YAML aliases (*name) are not allowed" in "\n".join(check(write_store(tmp_path, events=events))[1])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file: expected a mapping with the key 'events:'"),
        (b"\x00\x01binary", "binary file"),
        ("events:\n  - id: caf\xe9\n".encode("latin-1"), ":2:12: not UTF-8 (byte 0xE9)"),
        (b"events: {}\n", "'events' must be a list, not a mapping"),
        (b"evnts: []\n", "unknown key 'evnts' at the top of a events file (did you mean 'events'?)"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    root = write_store(tmp_path)
    (root / "data/events/main.yaml").write_bytes(content)
    _, lines = check(root)
    assert any(message in line for line in lines), lines


def test_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    """A wrong store path, as a missing folder is: a usage error (rev29 L3), not a problem of a store."""
    result = run("--data", str(tmp_path), "check")
    assert result.exit_code == 2 and result.stdout == ""
    assert "not a koursk store: it has no data/ folder" in result.stderr and "(from --data)" in result.stderr


def test_check_json_lists_problems(tmp_path: Path) -> None:
    root = write_store(tmp_path, events=EVENTS.replace("actors: [rutte]", "actors: [rute]"))
    result = run("--data", str(root), "check", "--json")
    assert result.exit_code == 1
    [problem] = result.json()
    assert (problem["line"], problem["col"]) == (6, 14)
    assert problem["message"] == "event 'rutte-confirms': actors: unknown actor 'rute' (did you mean 'rutte'?)"


def test_other_commands_refuse_a_broken_store_with_exit_1(tmp_path: Path) -> None:
    root = write_store(tmp_path, events=EVENTS.replace("actors: [rutte]", "actors: [rute]"))
    result = run("--data", str(root), "events")
    assert result.exit_code == 1
    assert "unknown actor 'rute'" in result.stderr
    assert "Traceback" not in result.stderr


# --- placeholders left by `koursk extract` --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "events", "claims", "sources_basis", "where", "message"),
    [
        (
            "events/main.yaml",
            EVENTS.replace("title: {en: Rutte confirms,", 'title: {en: "TODO: English title",'),
            CLAIMS,
            "test fixture",
            ":5:17:",
            "event 'rutte-confirms': title.en: \"TODO: English title\" is a placeholder left by koursk extract; "
            "write it from the article, or delete the event if it is not worth keeping",
        ),
        (
            "events/main.yaml",
            EVENTS.replace('date_basis: "lundi 28 octobre"', 'date_basis: "lundi 28 octobre (TODO: check the year)"'),
            CLAIMS,
            "test fixture",
            ":4:17:",
            'date_basis: "lundi 28 octobre (TODO: check the year)" is a placeholder',
        ),
        (
            "claims/main.yaml",
            EVENTS,
            CLAIMS.replace("unit: soldiers", 'unit: "TODO: unit"'),
            "test fixture",
            ":7:11:",
            "claim 'nis-12000': unit: \"TODO: unit\" is a placeholder left by koursk extract; write it",
        ),
        (
            "claims/main.yaml",
            EVENTS,
            CLAIMS.replace("topic: troops", "topic: todo-topic").replace(
                "measure: sent-to-russia", "measure: todo-measure"
            ),
            "test fixture",
            ":3:12:",
            "claim 'nis-12000': topic 'todo-topic' is a placeholder left by koursk extract; choose the topic and measure",
        ),
        (
            "claims/main.yaml",
            EVENTS,
            CLAIMS.replace("measure: sent-to-russia", "measure: todo-measure"),
            "test fixture",
            ":4:14:",
            "measure 'todo-measure' is a placeholder left by koursk extract; choose one of topic 'troops': in-kursk, "
            "sent-to-russia",
        ),
        (
            "sources.yaml",
            EVENTS,
            CLAIMS,
            "TODO: how the text dates the publication (given to extract as 2024-10-28/2024-10-31)",
            ":9:22:",
            "source 'alpha': published_basis: \"TODO: how the text dates the publication (given to extract …\" is a "
            "placeholder left by koursk extract; write it from the article",
        ),
    ],
)
def test_a_todo_left_by_extract_is_an_error_at_its_place(
    tmp_path: Path, file: str, events: str, claims: str, sources_basis: str, where: str, message: str
) -> None:
    """A title, basis or unit still reading « TODO: » is no fact: check fails (exit 1) and says what to do."""
    sha = hashlib.sha256(SEED.encode("utf-8")).hexdigest()
    sources = SOURCES.format(sha=sha).replace('"test fixture"', f'"{sources_basis}"')
    line = _only(write_store(tmp_path, events=events, claims=claims, sources=sources))
    assert line.startswith(str(tmp_path / "data" / file) + where), line
    assert message in line, line


def test_a_quote_may_say_todo_when_the_article_does(tmp_path: Path) -> None:
    """Quotes are checked against their article instead: an article may well print « TODO: »."""
    seed = SEED + "Sur le tableau de l’état-major : « TODO: tenir Koursk ».\n"
    events = EVENTS.replace('quote: "Mark Rutte a déclaré lundi 28 octobre"', 'quote: "« TODO: tenir Koursk »"')
    assert check(write_store(tmp_path, events=events, seed=seed)) == (0, [])


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        ("2.000 soldats ont été envoyés", "quote starts inside « 12.000 »"),
        ("000 soldats ont été envoyés", "quote starts inside « 12.000 »"),
        (".000 soldats ont été envoyés", "quote starts inside « 12.000 »"),
        ("Selon le NIS, environ 12", "quote ends inside « 12.000 »"),
        ("arlent de 10 000 hommes", "quote starts inside « parlent »"),
        ("D’autres parlent de 10", "quote ends inside « 10 000 »"),
    ],
)
def test_a_quote_cut_out_of_a_word_or_figure_is_refused(tmp_path: Path, quote: str, message: str) -> None:
    """rev24 F1: the quote check was a substring test, so « 2.000 soldats » cut out of « 12.000 soldats » passed
    `check --strict` and was served as proved. A quote begins and ends on whole words and whole figures."""
    claims = CLAIMS.replace('"environ 12.000 soldats ont été envoyés"', f'"{quote}"')
    line = _only(write_store(tmp_path, claims=claims))
    assert line.startswith(f"{tmp_path}/data/claims/main.yaml:12:12: claim 'nis-12000': {message} of the seed")


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2024-10/2024-10-28", "the start (2024-10) ends after the end (2024-10-28); write 2024-10-01/2024-10-28"),
        ("2024-10-28/2024-10", "the end (2024-10) begins before the start (2024-10-28); write 2024-10-28/2024-10-31"),
        ("2024-10/2024-10-01", "the start (2024-10) ends after the end (2024-10-01); write 2024-10-01"),
        ("2024-10-28?/2024-10-28", "both ends are one day; write 2024-10-28? or 2024-10-28"),
    ],
)
def test_an_interval_whose_ends_overlap_is_refused_with_the_date_to_write(
    tmp_path: Path, date: str, message: str
) -> None:
    """rev24 F12: `2024-11/2024-11-01` passed check and was shown "Nov 2024 – 1 Nov 2024", precision month, for one
    day. An interval's start must not end after its end, nor its end begin before its start."""
    line = _only(write_store(tmp_path, events=EVENTS.replace("date: 2024-10-28", f'date: "{date}"')))
    assert line == f"{tmp_path}/data/events/main.yaml:3:11: event 'rutte-confirms': date: '{date}': {message}"


@pytest.mark.parametrize(
    ("retrieved", "message"),
    [
        ("2024-01-01", "retrieved 2024-01-01 is before the article was published (2024-10-28/2024-10-31)"),
        ("2099-01-01", "retrieved 2099-01-01 is after today"),
        ("2024-11-31", "retrieved 2024-11-31 is no day of the calendar"),
        ("2024-10-30", None),  # within the publication window: the article may be read the day it came out
    ],
)
def test_a_sources_retrieval_day_is_one_it_could_have_been_read(
    tmp_path: Path, retrieved: str, message: str | None
) -> None:
    """rev24 F16: a `retrieved` day before the publication, or in 2099, passed `check` and `cite` printed it."""
    root = write_store(tmp_path)
    sources = root / "data" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8") + f"    retrieved: {retrieved}\n", encoding="utf-8")
    if message is None:
        assert check(root) == (0, [])
    else:
        assert _only(root).endswith(f"data/sources.yaml:10:16: source 'alpha': {message}")


_OLD_COUNTED_UNITS = {
    *("soldiers", "deaths", "casualties", "wounded", "prisoners", "people", "civilians", "shells", "containers"),
    *("munitions", "missiles", "villages", "drones", "nights"),
}
"""The units checks.py hard-coded as counting whole things until topics.yaml said it (`decimal_units`)."""


def test_which_units_count_whole_things_is_said_in_topics_yaml(tmp_path: Path) -> None:
    """A unit counts whole things (1.5 of it is refused) unless its topic lists it in `decimal_units`: the fact lives
    where units are declared. A code list used to decide it, so a unit a curator added to topics.yaml (`tanks`)
    took 1.5 silently; a decimal unit that is not one of the topic's units is a located error."""
    topics = (
        "topics:\n  - id: troops\n    name: {en: Troops, fr: Troupes}\n    units: [soldiers, tanks, km]\n"
        "    measures:\n      - id: sent-to-russia\n        description: {en: sent, fr: envoyés}\n"
    )
    tanks = CLAIMS.replace("value: 12000", "value: 1.5").replace("unit: soldiers", "unit: tanks")
    line = _only(write_store(tmp_path / "a", topics=topics, claims=tanks))
    assert line.endswith(
        "data/claims/main.yaml:5:12: claim 'nis-12000': value 1.5: tanks are counted in whole numbers (1500 for "
        "« 1.500 », the French thousands); a unit that measures rather than counts (km2, a factor) is listed in its "
        "topic's decimal_units in topics.yaml"
    ), line
    decimal = topics + "    decimal_units: [tanks]\n"
    code, lines = check(write_store(tmp_path / "b", topics=decimal, claims=tanks))
    assert code == 0 and not any("whole numbers" in line for line in lines), lines  # a warning: the quote's 12.000
    mistyped = topics + "    decimal_units: [kms]\n"
    assert _only(write_store(tmp_path / "c", topics=mistyped)) == (
        f"{tmp_path}/c/data/topics.yaml:8:21: topic 'troops': decimal_units: 'kms' is not one of the topic's units "
        "(soldiers, tanks, km) (did you mean 'km'?); a decimal unit is also listed in `units`"
    )
    assert _only(write_store(tmp_path / "d", topics=topics + "    decimal_units: km\n")).endswith(
        "data/topics.yaml:8:20: topic 'troops': decimal_units must be a list, not the string 'km'"
    )


def test_a_topic_without_units_takes_the_decimal_units_other_topics_mark(tmp_path: Path) -> None:
    """rev28 C9: a topic that lists no `units` (any unit goes) refused every decimal, 2.5 km2 included, which the
    old list let pass; and its `decimal_units`, never checked against anything, passed misspelt. A unit is decimal
    there when a topic listing it marks it so, and `decimal_units` needs `units`."""
    front = (
        "  - id: front\n    name: {en: Front, fr: Front}\n    units: [km2]\n    decimal_units: [km2]\n"
        "    measures:\n      - id: held\n        description: {en: held, fr: tenu}\n"
    )
    topics = (
        "topics:\n  - id: troops\n    name: {en: Troops, fr: Troupes}\n"
        "    measures:\n      - id: sent-to-russia\n        description: {en: sent, fr: envoyés}\n" + front
    )
    area = CLAIMS.replace("value: 12000", "value: 2.5").replace("unit: soldiers", "unit: km2")
    code, lines = check(write_store(tmp_path / "a", topics=topics, claims=area))
    assert code == 0 and not any("whole numbers" in line for line in lines), lines
    soldiers = CLAIMS.replace("value: 12000", "value: 1.5")
    assert "value 1.5: soldiers are counted in whole numbers" in _only(
        write_store(tmp_path / "b", topics=topics, claims=soldiers)
    )
    unlisted = topics.replace(
        "    measures:\n      - id: sent", "    decimal_units: [kms]\n    measures:\n      - id: sent", 1
    )
    assert _only(write_store(tmp_path / "c", topics=unlisted)).endswith(
        "data/topics.yaml:4:20: topic 'troops': decimal_units needs the topic's `units`: a decimal unit is one of its "
        "units (without `units`, a claim's unit is decimal when a topic that lists it marks it so)"
    )


def test_the_shipped_units_count_as_they_did(tmp_path: Path) -> None:
    """Moving the counted units into topics.yaml changed nothing for the shipped store: 1.5 of each shipped unit is
    refused exactly when the old code list counted it, in each topic that lists it."""
    topics_text = (Path(__file__).parent.parent / "data" / "topics.yaml").read_text(encoding="utf-8")
    topics = yaml.safe_load(topics_text)["topics"]
    pairs = [(t["id"], t["measures"][0]["id"], unit) for t in topics for unit in t["units"]]
    assert len(pairs) > 20
    entries = "".join(
        claim_entry(f"{topic}-{unit}", "1.5", "exact", "2024-10", measure).replace("troops", topic, 1).replace(
            "unit: soldiers", f"unit: {unit}")
        for topic, measure, unit in pairs
    )  # fmt: skip
    code, lines = check(write_store(tmp_path, topics=topics_text, claims="claims:\n" + entries))
    refused = {line.split("claim '", 1)[1].split("'", 1)[0] for line in lines if "in whole numbers" in line}
    assert code == 1 and len(lines) == len(refused), lines
    assert refused == {f"{topic}-{unit}" for topic, _, unit in pairs if unit in _OLD_COUNTED_UNITS}


def test_a_cache_folder_an_older_koursk_left_inside_the_store_is_warned_of(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before rev24 F10, XDG_CACHE_HOME inside a store (`XDG_CACHE_HOME=ws/data`) made koursk write its cache folder
    `koursk/` there; the fix stopped the writing, but a folder already written stayed, unsaid by `check` (and one in
    data/events/ broke every command as a subfolder to move up). `check` warns once per folder, at its path (escaped),
    that it is no part of the store and can be deleted; the readers pass it by; a user's own `koursk/` is left alone."""
    root = write_store(tmp_path / "ws")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert run("--data", str(root), "events", "--json").exit_code == 0  # a cache folder, as any koursk writes it
    odd = root / "notes\x1b[31m"
    for place in (root / "data", root / "data" / "events", odd):
        place.mkdir(exist_ok=True)
        shutil.copytree(tmp_path / "xdg" / "koursk", place / "koursk")
    (root / "seeds" / "koursk").mkdir()
    (root / "seeds" / "koursk" / "notes.txt").write_text("mine", encoding="utf-8")  # not a cache: left alone
    result = run("--data", str(root), "check")
    said = "warning: a cache folder an older koursk wrote inside the store (XDG_CACHE_HOME pointed into it): not part"
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines() == [
        f"{root}/data/events/koursk:1:1: {said} of the store, never read; it can be deleted",
        f"{root}/data/koursk:1:1: {said} of the store, never read; it can be deleted",
        f"{root}/notes\\x1b[31m/koursk:1:1: {said} of the store, never read; it can be deleted",
    ]
    assert "and 3 old cache folders to delete (see above)" in result.stderr
    assert run("--data", str(root), "check", "--strict", "-q").exit_code == 1
    assert run("--data", str(root), "events", "--json").exit_code == 0
