"""Issue 17 F6: the same output flags on every command that lists: `timeline` and `show` take --jsonl and --fields
as `events` does, through the one output path (render/output.py) and the field tables (fields.py)."""

from __future__ import annotations

import csv
import json
import sqlite3
from io import StringIO
from pathlib import Path

import pytest

from koursk_cli.fields import CITATION_FIELDS, DATE_DIFF, EVENT_FIELDS, SOURCE_DIFF
from koursk_cli.render.machine import write_grouped_texts
from tests.conftest import run
from tests.stores import StoreBuilder, drafts_store


def test_timeline_jsonl_is_one_period_per_line_with_its_events() -> None:
    whole = run("timeline", "--json", "--by", "month", "--since", "2024-10", "--until", "2024-11").json()
    lines = run("timeline", "--jsonl", "--by", "month", "--since", "2024-10", "--until", "2024-11").jsonl()
    periods = ["2024-10", "2024-11", "wide"]  # the band of events dated only to more than three months last (U6)
    assert [line["period"] for line in lines] == [p["period"] for p in whole["periods"]] == periods
    assert [e["id"] for line in lines for e in line["events"]] == [
        e["id"] for p in whole["periods"] for e in p["events"]
    ]
    assert all(line["count"] == len(line["events"]) for line in lines)


def test_a_streamed_document_with_an_empty_head_is_still_json() -> None:
    """rev21 B4: `timeline --json` spliced its head by hand, as the geojson and timelinejs exports did (one helper
    now, jsontext.document_opening); only the exports' copy handled an empty head. Timeline's head always holds
    `by`, so no command reaches this yet: the helper is called as the timeline calls it."""
    stream = StringIO()
    write_grouped_texts(stream, {}, "periods", [({"period": "2024-10"}, [b'{"id": "a"}', b'{"id": "b"}'])])
    assert json.loads(stream.getvalue()) == {"periods": [{"period": "2024-10", "events": [{"id": "a"}, {"id": "b"}]}]}


def test_each_period_names_its_ongoing_events() -> None:
    whole = run("timeline", "--json", "--since", "2024-11", "--by", "month").json()
    assert whole["ongoing"]
    assert whole["periods"][0]["ongoing"] == whole["ongoing"]  # told in the first period
    assert all(not p["ongoing"] for p in whole["periods"][1:])


@pytest.mark.parametrize("flag", ["--json", "--jsonl", None])
def test_timeline_fields_trim_each_event(flag: str | None) -> None:
    args = ["timeline", "--by", "year", "--fields", "date,id", *([flag] if flag else [])]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    periods = result.jsonl() if flag == "--jsonl" else result.json()["periods"]
    events = [e for p in periods for e in p["events"]]
    assert events and all(list(e) == ["date", "id"] for e in events)


def test_timeline_fields_are_the_event_fields() -> None:
    result = run("timeline", "--fields", "id,titel")
    assert result.exit_code == 2
    assert "did you mean 'title'" in result.stderr
    help_text = " ".join(run("timeline", "--help").stdout.split())
    assert all(name in help_text for name in EVENT_FIELDS)


@pytest.mark.parametrize(
    ("record", "fields"),
    [
        ("nis-12000-sent", ["value", "value_min", "value_max"]),
        ("rutte-confirms-deployment", ["id", "date"]),
        ("cnn", ["outlet", "event_ids"]),
        ("zelensky", ["kind", "figures"]),
        ("troops", ["id", "measures"]),
    ],
)
def test_show_fields_keep_the_named_keys_of_any_record(record: str, fields: list[str]) -> None:
    whole = run("show", record, "--json").json()
    trimmed = run("show", record, "--fields", ",".join(fields)).json()
    assert trimmed == {name: whole[name] for name in fields}
    line = run("show", record, "--jsonl", "--fields", ",".join(fields))
    assert line.stdout.count("\n") == 1 and line.jsonl() == [trimmed]


def test_show_unknown_field_names_the_record_keys() -> None:
    result = run("show", "cnn", "--fields", "outlett")
    assert result.exit_code == 2
    assert "did you mean 'outlet'" in result.stderr
    assert "event_ids" in result.stderr


def test_json_and_jsonl_together_are_refused_everywhere() -> None:
    """The hint says what each flag prints for that command: one object for show, diff and timeline (review 3 L7)."""
    shapes = {
        ("events",): "--json to print a JSON array",
        ("timeline",): "--json to print the grouped periods (empty ones included) as one JSON object",
        ("show", "cnn"): "--json to print the record as a JSON object, --jsonl to print the record as a JSON object on",
        ("cite", "nis-12000-sent"): "--jsonl to print one JSON object per line",
        ("diff", "003", "001"): "--json to print the diff as one JSON object, --jsonl to print the diff as one JSON",
    }
    for args, shape in shapes.items():
        result = run(*args, "--json", "--jsonl")
        assert result.exit_code == 2, args
        assert shape in result.stderr.replace("\n", " "), result.stderr


def test_export_claims_takes_the_claim_topic_filter(tmp_path: Path) -> None:
    """`export --claims` could not filter by topic (`No such option: --claim`)."""
    import csv
    import io

    expected = [c["id"] for c in run("claims", "troupes", "--since", "2024-11", "--json").json()]
    exported = run("export", "csv", "--rows", "claims", "--claim", "troupes", "--since", "2024-11")
    assert exported.exit_code == 0, exported.stderr
    assert [row["id"] for row in csv.DictReader(io.StringIO(exported.stdout))] == expected
    assert expected and len(expected) < len(run("claims", "--json").json())
    database = tmp_path / "troops.db"
    assert run("export", "sqlite", "--claim", "troops", "-o", str(database)).exit_code == 0
    with sqlite3.connect(database) as db:
        topics = {row[0] for row in db.execute("SELECT DISTINCT topic FROM claims")}
    assert topics == {"troops"}


def test_export_claim_without_claims_says_to_add_it() -> None:
    result = run("export", "csv", "--claim", "troops")
    assert result.exit_code == 2
    assert "add --rows claims" in result.stderr


def test_csv_evidence_survives_a_quote_holding_the_list_separator(tmp_path: Path) -> None:
    """Issue 17 F21: evidence was `source: quote` pairs joined with `;`, ambiguous once a quote holds a `;`."""
    import csv
    import io
    import json

    from tests.stores import EVENTS, SEED, write_store

    seed = SEED + "Il a ajouté : « nous resterons ; nous tiendrons Koursk », selon Rutte.\n"
    quote = "« nous resterons ; nous tiendrons Koursk »"
    events = EVENTS + f'      - source: alpha\n        quote: "{quote}"\n'
    store = write_store(tmp_path, events=events, seed=seed)
    exported = run("--data", str(store), "export", "csv")
    assert exported.exit_code == 0, exported.stderr
    row = next(csv.DictReader(io.StringIO(exported.stdout, newline="")))
    assert json.loads(row["evidence"]) == run("--data", str(store), "events", "--json").json()[0]["evidence"]
    assert json.loads(row["evidence"])[1]["quote"] == quote
    assert row["sources"] == "alpha"


def test_timelinejs_takes_a_title_and_a_grouping() -> None:
    """Issue 17 F21: the TimelineJS headline was hard-coded and its rows were the first tag (20 rows for 51 slides)."""
    import json

    events = run("events", "--json").json()
    for group_by, expected in (
        ("status", {e["id"]: e["status"] for e in events}),
        ("source", {e["id"]: e["sources"][0] for e in events}),
        ("tag", {e["id"]: e["tags"][0] for e in events if e["tags"]}),
        ("none", {}),
    ):
        result = run("export", "timelinejs", "--group-by", group_by, "--title", "Kursk <b>&</b> co")
        assert result.exit_code == 0, result.stderr
        document = json.loads(result.stdout)
        assert document["title"]["text"]["headline"] == "Kursk &lt;b&gt;&amp;&lt;/b&gt; co"  # HTML-escaped
        assert {s["unique_id"]: s["group"] for s in document["events"] if "group" in s} == expected
    assert len({e["status"] for e in events}) < len({e["tags"][0] for e in events if e["tags"]})


def test_title_and_group_by_are_refused_where_there_is_no_timeline() -> None:
    for args in (["csv", "--title", "x"], ["ics", "--group-by", "status"]):
        result = run("export", *args)
        assert result.exit_code == 2, args
        assert "timelinejs" in result.stderr


def test_drafts_previews_a_store_still_being_curated(tmp_path: Path) -> None:
    """Issue 17 F24: one TODO left by `koursk extract` blocked every read command, so a curator could not preview a
    half-curated article in `events` or `timeline`."""
    from tests.stores import EVENTS, write_store

    store = str(write_store(tmp_path, events=EVENTS.replace("{en: Rutte confirms,", '{en: "TODO: English title",')))
    curated = run("--data", store, "events")  # rev32 R9: the curated part, the draft left out and said so
    assert curated.exit_code == 0
    assert "TODO" not in curated.stdout
    assert "1 event in draft left out: --drafts previews them" in curated.stderr
    for args in (["--drafts", "events"], ["events", "--drafts"], ["timeline", "--drafts"]):
        preview = run("--data", store, *args)
        assert preview.exit_code == 0, (args, preview.stderr)
        assert "TODO: English title" in preview.stdout
        assert preview.stderr.count("--drafts: placeholders left by koursk extract are shown as written") == 1
    assert run("--data", store, "--drafts", "check").exit_code == 1  # check always judges the files strictly
    bad_quote = EVENTS.replace("{en: Rutte confirms,", '{en: "TODO: English title",').replace(
        "Mark Rutte a déclaré lundi 28 octobre", "Mark Rutte a déclaré mardi"
    )
    broken = str(write_store(tmp_path / "broken", events=bad_quote))
    # only placeholders (and extract's guesses) are shown: a record in draft with another problem is left out of the
    # preview, named in one line, never failing the whole store (rev37u U1)
    left = run("--data", broken, "--drafts", "events")
    assert left.exit_code == 0 and "rutte-confirms" not in left.stdout
    assert "1 record in draft left out" in left.stderr and "(rutte-confirms)" in left.stderr


def _two_articles(root: Path) -> str:
    """alpha and beta both report the deployment; beta alone a briefing; each gives one troop figure."""
    return str(
        StoreBuilder()
        .source("alpha", "2024-10-28")
        .source("beta", "2024-11-08")
        .event(
            "deployed",
            "2024-10",
            "Troops deployed",
            ("alpha", "Les troupes sont déployées"),
            ("beta", "Déployées depuis octobre"),
        )
        .event("briefing", "2024-11-07", "A briefing", ("beta", "Un point presse a eu lieu jeudi"))
        .claim("alpha-10000", "alpha", 10000, "2024-10-28")
        .claim("beta-12000", "beta", 12000, "2024-11-08")
        .write(root)
    )


@pytest.mark.parametrize(
    ("mode", "fields"),
    [(["alpha", "beta"], ["only_b", "mode", "both"]), (["--from", "2024-10-31", "--to", "2024-11"], ["new_events"])],
)
def test_diff_takes_jsonl_and_fields_as_show_does(tmp_path: Path, mode: list[str], fields: list[str]) -> None:
    """Issue 17 F6: diff prints one object, so --fields keeps its keys (in the order asked) and --jsonl puts it on
    one line, in both modes, through the same output path as show."""
    store = _two_articles(tmp_path)
    whole = run("--data", store, "diff", *mode, "--json").json()
    trimmed = run("--data", store, "diff", *mode, "--fields", ",".join(fields))
    assert trimmed.exit_code == 0, trimmed.stderr
    assert list(trimmed.json()) == fields and trimmed.json() == {name: whole[name] for name in fields}
    line = run("--data", store, "diff", *mode, "--jsonl", "--fields", ",".join(fields))
    assert line.stdout.count("\n") == 1 and line.jsonl() == [trimmed.json()]
    assert [e["id"] for e in whole["new_events" if "--from" in mode else "only_b"]] == ["briefing"]


def test_diff_unknown_field_names_the_keys_of_its_mode(tmp_path: Path) -> None:
    store = _two_articles(tmp_path)
    result = run("--data", store, "diff", "alpha", "beta", "--fields", "only_c")
    assert result.exit_code == 2
    assert "claims_only_a" in result.stderr and "new_events" not in result.stderr
    dated = run("--data", store, "diff", "--from", "2024-10-31", "--fields", "only_b")
    assert dated.exit_code == 2 and "new_events" in dated.stderr


def test_diff_keys_are_its_field_tables(tmp_path: Path) -> None:
    """Review 3 L14: the keys diff prints, its --fields help and the names it accepts come from one table per mode."""
    store = _two_articles(tmp_path)
    assert list(run("--data", store, "diff", "alpha", "beta", "--json").json()) == list(SOURCE_DIFF.names)
    assert list(run("--data", store, "diff", "--from", "2024-10-31", "--json").json()) == list(DATE_DIFF.names)
    shown = " ".join(run("diff", "--help").stdout.split())
    assert ", ".join(SOURCE_DIFF.names) in shown and ", ".join(DATE_DIFF.names) in shown


def test_cite_fields_keep_the_named_keys_of_each_citation(tmp_path: Path) -> None:
    """Issue 17 F6: cite takes --fields as the lists do; its help names exactly the keys its JSON has."""
    store = _two_articles(tmp_path)
    whole = run("--data", store, "cite", "deployed", "--json").json()
    assert [c["source"] for c in whole] == ["alpha", "beta"]
    trimmed = run("--data", store, "cite", "deployed", "--fields", "source,quote", "--jsonl").jsonl()
    assert trimmed == [{"source": c["source"], "quote": c["quote"]} for c in whole]
    assert list(whole[0]) == list(CITATION_FIELDS)  # the help names them (fields_help), from the same table
    wrong = run("--data", store, "cite", "deployed", "--fields", "sourc")
    assert wrong.exit_code == 2 and "did you mean 'source'?" in wrong.stderr
    assert run("--data", store, "cite", "deployed").stdout.startswith("> «Les troupes sont déployées»")


DRAFTED = {"own", "cited", "asserted", "via-source", "drafted", "who"}


def test_a_drafts_preview_marks_each_record_still_in_draft(tmp_path: Path) -> None:
    """F17: `--drafts` listed drafts among checked records, and nothing in `--json`, a pipe's lines or a table said
    which was which. Every record carries `draft` (false on a store check accepts); a record is a draft when it holds
    a placeholder, or cites an article that does; lines end with a `draft` column, tables mark `[draft]`."""
    store = str(drafts_store(tmp_path))

    def marks(*args: str) -> dict[str, bool]:
        result = run("--data", store, "--drafts", *args, "--jsonl")
        assert result.exit_code == 0, result.stderr
        return {record["id"]: record["draft"] for record in result.jsonl()}

    records = {**marks("events"), **marks("claims"), **marks("sources"), **marks("entities")}
    assert {key for key, draft in records.items() if draft} == DRAFTED
    assert set(records) == DRAFTED | {"clean", "finished", "curated", "kursk", "rutte"}
    timeline = run("--data", store, "--drafts", "timeline", "--json").json()
    assert {e["id"]: e["draft"] for p in timeline["periods"] for e in p["events"]} == {
        "own": True,
        "cited": True,
        "clean": False,
    }
    assert run("--data", store, "--drafts", "show", "cited", "--json").json()["draft"] is True
    assert run("--data", store, "--drafts", "events", "--fields", "id,draft", "--jsonl").jsonl()[-1] == {
        "id": "clean",
        "draft": False,
    }
    _, header, *rows = csv.reader(StringIO(run("--data", store, "--drafts", "export", "csv").stdout))  # the mark
    assert [row[header.index("draft")] for row in rows] == ["true", "true", "false"]

    lines = run("--data", store, "--drafts", "events").stdout.splitlines()
    assert [line.split("\t")[4] for line in lines] == ["confirmed", "alleged", "confirmed"]  # the status alone
    assert [line.split("\t")[-1] for line in lines] == ["true", "true", "false"]  # rev37u U14: as CSV's column
    claim_lines = run("--data", store, "--drafts", "claims").stdout.splitlines()
    assert {line.split("\t")[0]: (line.split("\t")[8], line.split("\t")[-1]) for line in claim_lines} == {
        "asserted": ("reported", "true"),
        "via-source": ("reported", "true"),
        "finished": ("reported", "false"),
    }
    sources = run("--data", store, "--drafts", "sources").stdout
    assert "\t[draft] [untitled (curator's summary): TODO: English title]" in sources
    table = run("--data", store, "--drafts", "events", tty=True, width=100).stdout
    # two events, and the article in draft the second cites (named under it: rev31 M2)
    assert table.count("[draft] ") == 3 and "[draft] Troops seen" in table and "cited · [draft] drafted" in table, table

    shipped = run("events", "--jsonl").jsonl()
    assert shipped and not any(record["draft"] for record in shipped)
    assert "(draft)" not in run("claims").stdout
