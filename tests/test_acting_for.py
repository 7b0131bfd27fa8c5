"""An actor takes in the actors acting for it (`part_of`: an agency, armed force or official of a state): `--actor
Séoul` answers what South Korea said (rev21 A1) in every command that takes --actor, from the cache and without it;
`check` holds the links to their kinds; `entities` and `show` show them."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import REPO, Run, ids, run
from tests.stores import ENTITIES, write_store

SEOUL = ("south-korea", "nis", "south-korea-jcs", "south-korean-intelligence")
"""South Korea and the actors of the shipped store acting for it."""

ACTOR_COMMANDS = [
    ("events", "--json"),
    ("timeline", "--json"),
    ("claims", "--json"),
    ("claims", "troops", "--role", "asserted", "--json"),
    ("sources", "--claim", "troops", "--json"),
    ("figures", "troops", "--json"),
    ("export", "csv"),
    ("export", "csv", "--rows", "claims"),
    ("export", "markdown"),
    ("diff", "--from", "2024-10-31", "--to", "2025-02-28", "--json"),
    ("diff", "nis-12000", "cnn", "--json"),
]


def _selected(text: str) -> str:
    """An output without the line a Markdown export says its command in (`Made with: … --actor 'Séoul'`)."""
    return re.sub(r"(?m)^Made with: .*\n", "", text)


def _each(actors: tuple[str, ...]) -> list[str]:
    return [flag for actor in actors for flag in ("--actor", actor)]


@pytest.mark.parametrize("command", ACTOR_COMMANDS, ids=" ".join)
def test_a_state_takes_in_the_actors_acting_for_it_in_every_command(command: tuple[str, ...]) -> None:
    """`--actor Séoul` is `--actor` repeated for the state and each of its organs, and holds the NIS's records: the
    NIS, the JCS and the intelligence agencies were actors of their own, linked to nothing."""
    by_state = run(*command, "--actor", "Séoul")
    assert by_state.exit_code == 0, by_state.stderr
    assert _selected(by_state.stdout) == _selected(run(*command, *_each(SEOUL)).stdout)
    assert "nis-" in by_state.stdout


def test_what_seoul_and_kyiv_said_about_troop_numbers() -> None:
    """The finding's question: each side's figures, each still naming its own asserter."""
    seoul = run("claims", "troops", "--actor", "seoul", "--role", "asserted", "--json").json()
    assert {c["id"]: c["asserted_by"] for c in seoul} == {
        "nis-12000-sent": ["nis"],
        "nis-1500-in-russia": ["nis"],
        "intel-agencies-more-than-10000": [
            "western-intelligence",
            "south-korean-intelligence",
            "ukrainian-intelligence",
        ],
    }
    kyiv = ids(run("claims", "troops", "--actor", "Kiev", "--role", "asserted", "--json"))
    assert {"zelensky-11000-in-kursk", "zelensky-12000-soon", "ukraine-more-than-10000"} <= set(kyiv)
    assert "west-ukr-intel-10000-sent" in kyiv


def test_an_organ_named_is_that_organ_alone() -> None:
    """No opt-out is needed: naming the part asks for the part."""
    assert {tuple(c["asserted_by"]) for c in run("claims", "--actor", "nis", "--json").json()} == {("nis",)}
    assert ids(run("events", "--actor", "nis", "--json")) == ids(run("events", "--actor", "NIS", "--json"))
    assert set(ids(run("events", "--actor", "nis", "--json"))) < set(ids(run("events", "--actor", "Séoul", "--json")))


def test_sources_and_the_report_take_in_the_organs(tmp_path: Path) -> None:
    seoul = ids(run("sources", "--actor", "Séoul", "--json"))
    assert seoul == ids(run("sources", *_each(SEOUL), "--json")) and "nis-inactive" in seoul
    page = tmp_path / "seoul.html"
    assert run("report", "--actor", "Séoul", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "jcs-rotation-warning" in html and "nis-12000-sent" in html


def test_places_and_actors_of_a_state_stay_apart() -> None:
    """Russia is both a territory and an actor: `--place` takes its places, `--actor` its organs, never the other."""
    russia = run("show", "russia", "--json").json()
    assert set(russia["contains"]) >= {"kursk-oblast", "sudzha"} and "putin" not in russia["contains"]
    assert set(russia["acted_for_by"]) == {"putin", "russian-army"} and "sochi" not in russia["acted_for_by"]
    at = run("events", "--place", "Russie", "--json").json()
    assert all(set(e["places"]) & {"russia", "kursk-oblast", "sudzha", "sochi", "pohrebky", "daryino",
                                   "zelenyi-shliakh"} for e in at)  # fmt: skip
    by = run("events", "--actor", "Moscou", "--json").json()
    assert all(set(e["actors"]) & {"russia", "putin", "russian-army"} for e in by)
    assert any("putin" in e["actors"] and "russia" not in e["actors"] for e in by)


def test_entities_and_show_give_the_link() -> None:
    rows = {r["id"]: r for r in run("entities", "--json").json()}
    assert rows["nis"]["part_of"] == "south-korea" and rows["rutte"]["part_of"] == "nato"
    assert rows["trump"]["part_of"] is None  # president-elect: he did not yet act for the United States
    assert rows["south-korea"]["claims"] == 3  # its organs' figures, as --actor selects them
    piped = [line.split("\t") for line in run("entities", "--kind", "agency").stdout.splitlines()]
    assert ["agency", "nis", "National Intelligence Service", "south-korea", "4", "2"] in piped
    shown = run("show", "nis").stdout.splitlines()
    assert "acts for: South Korea" in shown
    state = run("show", "south-korea").stdout.splitlines()
    assert any(line.startswith("acted for by: National Intelligence Service (nis)") for line in state)
    assert run("show", "nis", "--json").json()["acts_for"] == ["south-korea"]
    table = run("entities", "--kind", "agency", tty=True).stdout
    assert "part of" in table and "South Korea" in table


_NIS = "  - id: nis\n    kind: agency\n"
_ALLIANCE = "  - id: alliance\n    kind: organisation\n{part_of}    name: {{en: Alliance, fr: Alliance}}\n"
_KOREA = "  - id: korea\n    kind: state\n    part_of: alliance\n    name: {en: Korea, fr: Corée}\n"


def _nis_part_of(parent: str) -> str:
    return ENTITIES.replace(_NIS, f"{_NIS}    part_of: {parent}\n")


@pytest.mark.parametrize(
    ("entities", "message"),
    [
        (_nis_part_of("atlantis"), "part_of: unknown state or organisation 'atlantis'"),
        (_nis_part_of("kursk-oblast"), "part_of: 'kursk-oblast' is a place, not a state or organisation"),
        (_nis_part_of("rutte"), "part_of: 'rutte' is a person, not a state or organisation"),
        (
            _nis_part_of("spy") + "  - id: spy\n    kind: agency\n    name: {en: Spy, fr: Espion}\n",
            "part_of: 'spy' is an agency, not a state or organisation",
        ),
        (ENTITIES + _KOREA + _ALLIANCE.format(part_of=""), "part_of: a state is part of nothing"),
        (ENTITIES + _ALLIANCE.format(part_of="    part_of: alliance\n"), "part_of: alliance -> alliance is a loop"),
    ],
)
def test_check_refuses_an_actor_acting_for_what_cannot_have_organs(tmp_path: Path, entities: str, message: str) -> None:
    """One line `file:line:col: message` at the `part_of`, exit 1."""
    root = write_store(tmp_path / "store", entities=entities)
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if message in line]
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith(str(root / "data" / "entities.yaml") + ":"), lines
    line_number = int(lines[0].split(":")[1])
    assert "part_of" in entities.splitlines()[line_number - 1]


def _unusable_cache(tmp_path: Path) -> Path:
    """A cache folder koursk refuses (writable by others): every run then reads the whole store (the pure path)."""
    folder = tmp_path / "open-cache"
    (folder / "koursk").mkdir(parents=True)
    os.chmod(folder / "koursk", stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    return folder


@pytest.mark.parametrize("command", ACTOR_COMMANDS[:6], ids=" ".join)
def test_the_cache_and_the_whole_store_read_again_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    cold, warm = run(*command, "--actor", "Séoul"), run(*command, "--actor", "Séoul")
    monkeypatch.setenv("XDG_CACHE_HOME", str(_unusable_cache(tmp_path)))
    pure = run(*command, "--actor", "Séoul")
    assert "cache not used" in pure.stderr
    assert cold.stdout == warm.stdout == pure.stdout and "nis-" in pure.stdout


def _copy_without_links(root: Path) -> Path:
    """The shipped store with no actor acting for another (as before part_of on actors)."""
    store = root / "store"
    shutil.copytree(REPO / "data", store / "data")
    shutil.copytree(REPO / "seeds", store / "seeds")
    entities = store / "data" / "entities.yaml"
    lines = entities.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [
        line
        for before, line in zip(["", *lines[:-1]], lines, strict=True)
        if not (line.startswith("    part_of: ") and before != "    kind: place\n")  # a place's stays
    ]
    assert len(kept) == len(lines) - 16  # the shipped store's 16 actors acting for a state or NATO
    entities.write_text("".join(kept), encoding="utf-8")
    return store


def test_a_cached_store_follows_a_link_added_to_its_entities(tmp_path: Path) -> None:
    """A warm cache of a store without the links never answers for one that has them."""
    store = _copy_without_links(tmp_path)

    def seoul() -> Run:
        return run("--data", str(store), "claims", "troops", "--actor", "Séoul", "--json")

    assert seoul().stdout == seoul().stdout == "[]\n"
    (store / "data" / "entities.yaml").write_text(
        (REPO / "data" / "entities.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert {"nis-12000-sent", "nis-1500-in-russia"} <= set(ids(seoul()))


def test_a_loop_is_told_at_its_members_with_its_path_and_not_at_what_hangs_from_it(tmp_path: Path) -> None:
    """rev23 R3: with nato and another organisation part of each other, `check` also told Rutte, who only acts for
    nato, that he "would be part of himself"."""
    loop = (
        "  - id: one\n    kind: organisation\n    part_of: two\n    name: {en: One, fr: Un}\n"
        "  - id: two\n    kind: organisation\n    part_of: one\n    name: {en: Two, fr: Deux}\n"
    )
    root = write_store(tmp_path / "store", entities=_nis_part_of("one") + loop)
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    told = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if "loop" in line]
    assert told == [
        "entity 'one': part_of: one -> two -> one is a loop",
        "entity 'two': part_of: two -> one -> two is a loop",
    ]
