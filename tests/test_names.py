"""Names users type (`show`, `--actor`, `--place`, `--source`, `claims TOPIC`) lead to one record: an id wins over
every name and alias whatever the order of the files, and a name two entities (or two topics) share is refused by
`check` and by every command that loads the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import run
from tests.stores import TOPICS, StoreBuilder, three_voices


def _shown(root: Path, text: str) -> tuple[str, Any]:
    """What `show TEXT` found: its kind (told by its JSON's keys) and id."""
    result = run("--data", str(root), "show", text, "--json")
    assert result.exit_code == 0, result.stderr
    record = result.json()
    kinds = {"measures": "topic", "evidence": "event", "outlet": "source", "kind": "entity"}
    return next(kind for key, kind in kinds.items() if key in record), record["id"]


def test_an_entity_alias_that_is_another_entitys_id_is_one_problem_naming_both(tmp_path: Path) -> None:
    root = (
        StoreBuilder()
        .source("alpha", "2024-10-28")
        .entity("rutte", "person", "Mark Rutte", "nis")  # first in the file: it used to answer `--actor nis`
        .entity("nis", "agency", "NIS")
        .event("speech", "2024-10-28", "Rutte speaks", ("alpha", "Rutte parle"), actors=("nis",))
        .write(tmp_path)
    )
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines() == [
        f"{root}/data/entities.yaml:5:15: entity 'rutte': alias 'nis' is also the id of entity 'nis' "
        "(entities.yaml:6): a name must lead to one entity; rename or drop one"
    ]
    listed = run("--data", str(root), "events", "--actor", "nis", "--json")  # the loader refuses it as check does
    assert listed.exit_code == 1 and listed.stdout == ""
    assert "alias 'nis' is also the id of entity 'nis'" in listed.stderr and "Traceback" not in listed.stderr


def test_a_topic_alias_that_is_another_topics_id_is_refused(tmp_path: Path) -> None:
    topics = TOPICS + (
        "  - id: losses\n    name: {en: Losses, fr: Pertes}\n    aliases: [troops]\n"
        "    measures:\n      - id: killed\n        description: {en: killed, fr: tués}\n"
    )
    root = StoreBuilder().topics(topics).source("alpha", "2024-10-28").write(tmp_path)
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 1
    [line] = checked.stdout.splitlines()
    assert line.endswith(
        "data/topics.yaml:12:15: topic 'losses': alias 'troops' is also the id of topic 'troops' (topics.yaml:2): a "
        "name must lead to one topic; rename or drop one"
    )


def test_show_takes_any_kinds_id_before_any_name(tmp_path: Path) -> None:
    """Before, `show` tried a source's outlet before an entity's id, an entity's aliases before a topic's id, and an
    event's id only as typed: each hid a record behind another's name."""
    root = (
        three_voices("2024-10-28")
        .source("nis-report", "2024-10-20", outlet="NIS")  # its outlet is the id of the entity nis
        .entity("kursk-oblast", "place", "Kursk Oblast", "Koursk")
        .entity("north-korean-army", "group", "North Korean army", "troops")  # an alias that is a topic's id
        .event("koursk", "2024-10-28", "Troops in Kursk", ("rutte-confirms", "des troupes à Koursk"),
               places=("kursk-oblast",))
        .write(tmp_path)
    )  # fmt: skip
    assert run("--data", str(root), "check").exit_code == 0
    assert _shown(root, "nis") == ("entity", "nis")
    assert _shown(root, "troops") == ("topic", "troops")
    assert _shown(root, "Koursk") == _shown(root, "koursk") == ("event", "koursk")
    assert _shown(root, "Kursk Oblast") == ("entity", "kursk-oblast")  # names still lead where ids do not
    assert _shown(root, "NIS") == ("entity", "nis")  # an id in any case
    assert run("--data", str(root), "events", "--place", "Koursk", "--fields", "id", "--jsonl").jsonl() == [
        {"id": "koursk"}
    ]


def test_a_source_id_wins_over_another_sources_outlet_and_a_shared_outlet_selects_all_its_articles(
    tmp_path: Path,
) -> None:
    """`--source` is « any of several »: an outlet of two articles selects both, in every command that takes it; an id
    still wins over an outlet, a seed number still names one seed; `show` (one record) still refuses the outlet."""
    root = (
        StoreBuilder()
        .source("cnn-weekly", "2024-10-20", outlet="cnn")  # first: its outlet used to answer `--source cnn`
        .source("cnn", "2024-11-07", outlet="CNN")
        .source("monde-1", "2024-11-08", outlet="Le Monde", seed="003_monde.txt")
        .source("monde-2", "2024-11-09", outlet="Le Monde", seed="004_monde.txt")
        .event("weekly", "2024-10-20", "Weekly", ("cnn-weekly", "la semaine"))
        .event("budapest", "2024-11-07", "Budapest", ("cnn", "à Budapest"))
        .event("wire", "2024-11-08", "Wire", ("monde-1", "selon Le Monde"))
        .event("front", "2024-11-09", "Front", ("monde-2", "au front de Koursk"))
        .claim("monde-1-10000", "monde-1", 10000, "2024-11-08")
        .claim("monde-2-11000", "monde-2", 11000, "2024-11-09")
        .claim("cnn-12000", "cnn", 12000, "2024-11-07")
        .write(tmp_path)
    )
    data = ("--data", str(root))
    events = run(*data, "events", "--source", "cnn", "--fields", "id", "--jsonl")
    assert events.jsonl() == [{"id": "budapest"}]
    assert _shown(root, "cnn") == ("source", "cnn")
    for outlet in ("Le Monde", "le monde", "LE MONDE"):
        listed = run(*data, "events", "--source", outlet, "--fields", "id", "--jsonl")
        assert listed.exit_code == 0, listed.stderr
        assert listed.jsonl() == [{"id": "wire"}, {"id": "front"}]
    claims = run(*data, "claims", "--source", "Le Monde", "--fields", "id", "--jsonl")
    assert claims.exit_code == 0, claims.stderr
    assert [c["id"] for c in claims.jsonl()] == ["monde-1-10000", "monde-2-11000"]
    timeline = run(*data, "timeline", "--source", "Le Monde", "--json")
    assert timeline.exit_code == 0, timeline.stderr
    assert [e["id"] for p in timeline.json()["periods"] for e in p["events"]] == ["wire", "front"]
    csv = run(*data, "export", "csv", "--source", "Le Monde")
    assert csv.exit_code == 0, csv.stderr
    assert [line.split(",")[0] for line in csv.stdout.splitlines()[1:]] == ["wire", "front"]
    repeated = run(*data, "events", "--source", "Le Monde", "--source", "monde-1", "--source", "3", "--json")
    assert [e["id"] for e in repeated.json()] == ["wire", "front"]  # seed 3 is monde-1's: no event twice
    refused = run(*data, "show", "Le Monde")
    assert refused.exit_code == 2 and refused.stdout == ""
    assert "'Le Monde' is the outlet of 2 sources (monde-1, monde-2)" in refused.stderr
    assert "name one by its id" in refused.stderr and "Traceback" not in refused.stderr
    side = run(*data, "diff", "Le Monde", "cnn")  # a side of diff is one article
    assert side.exit_code == 2 and "is the outlet of 2 sources (monde-1, monde-2)" in side.stderr
