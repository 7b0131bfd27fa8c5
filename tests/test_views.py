"""The views a reader needs: a source in full, citations, the entity directory and profiles, places within places,
and one regular layout for claims (`claims [TOPIC]`, `topics`, `sources --claim` kept)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from koursk_cli.cite import CiteStyle, citations, format_citation
from koursk_cli.humanize import human_date
from koursk_cli.store import indexed
from koursk_cli.store.loader import default_store_root, read_store
from koursk_cli.words import LEGEND
from tests.conftest import run
from tests.stores import CLAIMS, ENTITIES, EVENTS, SEED, SOURCES, StoreBuilder, write_store

# --- show SOURCE


@pytest.mark.parametrize("name", ["rutte-confirms", "002", "RUTTE-CONFIRMS"])
def test_show_finds_a_source_by_id_or_seed_number(name: str) -> None:
    result = run("show", name)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "id: rutte-confirms" in lines
    assert "outlet: unknown" in lines and "url: unknown" in lines and "author: unknown" in lines
    assert "seed: seeds/002_a99959207c362c49.txt" in lines
    assert any(line.startswith("sha256: 8f4cfe95") for line in lines)
    assert any(line.startswith("event: ") and "rutte-confirms-deployment" in line for line in lines)


def test_show_finds_a_source_by_outlet() -> None:
    assert "id: cnn" in run("show", "CNN").stdout.splitlines()


def test_show_source_json_says_unknown_as_null_and_lists_what_it_supports() -> None:
    record = run("show", "cnn", "--json").json()
    assert record["url"] is None and record["author"] is None and record["retrieved"] is None
    assert record["outlet"] == "CNN"
    events = run("events", "--source", "cnn", "--json").json()
    assert sorted(record["event_ids"]) == sorted(e["id"] for e in events)
    claims = run("claims", "--source", "cnn", "--json").json()
    assert sorted(record["claim_ids"]) == sorted(c["id"] for c in claims)


def test_a_recorded_url_author_and_retrieval_date_are_shown_and_cited(tmp_path: Path) -> None:
    sources = SOURCES.replace(
        "    outlet: null\n",
        '    outlet: Le Test\n    url: https://example.org/a\n    author: "A. Auteur"\n    retrieved: 2024-11-02\n',
    )
    import hashlib

    from tests.stores import SEED

    root = write_store(tmp_path / "store", sources=sources.format(sha=hashlib.sha256(SEED.encode()).hexdigest()))
    shown = run("--data", str(root), "show", "alpha").stdout.splitlines()
    assert "url: https://example.org/a" in shown and "author: A. Auteur" in shown and "retrieved: 2024-11-02" in shown
    cited = run("--data", str(root), "cite", "rutte-confirms").stdout
    assert "A. Auteur, Le Test, published 28–31 Oct 2024 (exact day unknown), https://example.org/a" in cited
    assert "retrieved 2 Nov 2024" in cited  # a date as the published one beside it is written


def test_a_bad_url_is_refused_by_check(tmp_path: Path) -> None:
    import hashlib

    from tests.stores import SEED

    sources = SOURCES.replace("    outlet: null\n", "    outlet: null\n    url: example.org/a\n")
    root = write_store(tmp_path / "store", sources=sources.format(sha=hashlib.sha256(SEED.encode()).hexdigest()))
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert "url" in result.stdout


def test_show_with_an_unknown_name_suggests_across_kinds() -> None:
    result = run("show", "zelenskyy-budapest")
    assert result.exit_code == 2
    assert "no event, claim, source, entity or topic" in result.stderr
    assert "hint: did you mean" in result.stderr


@pytest.mark.parametrize(
    "typed, meant", [("rutte-confirms-deploymnt", "rutte-confirms-deployment"), ("nyt-nk-kiled", "nyt-nk-killed")]
)
def test_an_unknown_id_in_a_large_store_is_compared_with_the_ids_beginning_as_it_does(
    monkeypatch: pytest.MonkeyPatch, typed: str, meant: str
) -> None:
    """Past SUGGESTED_FROM_ALL ids, the suggestions come from the id index near what was typed, not every id."""
    monkeypatch.setattr(indexed, "SUGGESTED_FROM_ALL", 5)
    result = run("show", typed)
    assert result.exit_code == 2 and "did you mean" in result.stderr and f"'{meant}'" in result.stderr, result.stderr


# --- cite

STORE = read_store(default_store_root())


def test_cite_markdown_has_the_title_outlet_precision_and_the_verbatim_quote() -> None:
    result = run("cite", "rutte-confirms-deployment")
    assert result.exit_code == 0
    event = STORE.events["rutte-confirms-deployment"]
    assert result.stdout.startswith(f"> «{event.evidence[0].quote}»\n")
    # the article's own language; 002 prints no headline, so the curator's summary is never cited as one
    assert "[untitled (curator's summary): Mark Rutte, secrétaire général de l’OTAN, confirme" in result.stdout
    assert "outlet unknown" in result.stdout
    assert "published 28–31 Oct 2024 (exact day unknown)" in result.stdout
    assert "no URL recorded" in result.stdout


def test_cite_gives_one_citation_per_supporting_article() -> None:
    event = STORE.events["full-scale-invasion"]
    result = run("cite", "full-scale-invasion", "--style", "footnote")
    *lines, status = [line for line in result.stdout.splitlines() if line]
    assert len(lines) == len(event.evidence)
    assert status.startswith("Event full-scale-invasion: status confirmed")  # said once, for the quotes together
    assert lines[0].startswith("[^full-scale-invasion-1]: ")
    for line, evidence in zip(lines, event.evidence, strict=True):
        assert f"«{evidence.quote}»" in line


def test_cite_json_keeps_unknowns_null() -> None:
    rows = run("cite", "nis-12000-sent", "--json").json()
    assert len(rows) == 1
    row = rows[0]
    assert row["url"] is None and row["outlet"] is None and row["author"] is None
    assert row["quote"] == STORE.claims["nis-12000-sent"].quote
    assert row["published"] == STORE.sources["nis-12000"].published.text  # the window, qualifiers and all
    assert row["text"].startswith("> «")


def test_cite_a_source_says_what_it_is() -> None:
    result = run("cite", "cnn")
    assert result.exit_code == 2
    assert "'cnn' is a source, not an event or claim" in result.stderr
    assert "koursk show cnn" in result.stderr


def test_the_citation_core_is_pure_and_styled() -> None:
    found = citations(STORE, "zelensky-11000-in-kursk")
    assert [c.source.id for c in found] == ["cnn"]
    text = format_citation(found[0], CiteStyle.TEXT)
    window = human_date(STORE.sources["cnn"].published)  # a window of days, not one day
    assert (
        text.startswith("«") and f"credited to CNN (publisher unknown), published {window} (exact day unknown)" in text
    )


# --- entities, profiles, places


def test_entities_by_kind_country_means_states() -> None:
    rows = run("entities", "--kind", "country", "--json").json()
    assert rows and {r["kind"] for r in rows} == {"state"}
    assert "russia" in {r["id"] for r in rows}


def test_entities_unknown_kind_gets_a_hint() -> None:
    result = run("entities", "--kind", "persn")
    assert result.exit_code == 2
    assert "did you mean 'person'?" in result.stderr


def test_entity_counts_agree_with_events_and_claims() -> None:
    rows = {r["id"]: r for r in run("entities", "--json").json()}
    assert rows["zelensky"]["events"] == len(run("events", "--actor", "zelensky", "--json").json())
    assert rows["kursk-oblast"]["events"] == len(run("events", "--place", "kursk-oblast", "--json").json())
    assert rows["nis"]["claims"] == len(run("claims", "--actor", "nis", "--role", "asserted", "--json").json())


def test_a_profile_lists_events_figures_over_time_and_articles() -> None:
    profile = run("show", "nis", "--json").json()
    assert profile["kind"] == "agency"
    assert [f["as_of_start"] for f in profile["figures"]] == sorted(f["as_of_start"] for f in profile["figures"])
    assert {f["id"] for f in profile["figures"]} == {"nis-12000-sent", "nis-1500-in-russia"}
    assert "nis-12000" in profile["quoted_in"]
    linked = [run("show", c, "--json").json()["source"] for c in profile["event_claim_ids"]]
    assert {f["source"] for f in profile["figures"]} | set(linked) <= set(profile["quoted_in"])  # code review 3 L6
    shown = run("show", "nis", tty=True, width=120).stdout
    assert "figures" in shown and "nis-12000-sent" in shown


def test_places_lie_in_places_and_states() -> None:
    kursk = run("show", "Koursk", "--json").json()
    assert kursk["lies_in"] == ["russia"]
    assert "sudzha" in kursk["contains"]
    assert run("show", "soudja", "--json").json()["lies_in"] == ["kursk-oblast", "russia"]


def test_place_russia_takes_in_kursk_and_its_villages() -> None:
    russia = {e["id"] for e in run("events", "--place", "Russie", "--json").json()}
    kursk = {e["id"] for e in run("events", "--place", "Koursk", "--json").json()}
    sudzha = {e["id"] for e in run("events", "--place", "Soudja", "--json").json()}
    assert sudzha <= kursk < russia
    assert "russian-army-resumes-kursk-actions" in sudzha


def test_a_capital_used_for_a_government_is_still_not_a_place() -> None:
    result = run("events", "--place", "moscow")
    assert result.exit_code == 2
    assert "'moscow' is an actor, not a place" in result.stderr


@pytest.mark.parametrize(
    ("flag", "typed", "hint"),
    [
        ("--actor", "Kyiv", "as an actor, did you mean 'ukraine' (Kiev)? As a place, use --place kyiv"),
        ("--place", "Kiev", "as a place, did you mean 'kyiv'? As an actor, use --actor ukraine"),
        ("--actor", "Koursk", "use --place kursk-oblast"),  # no actor is spelt like it
    ],
)
def test_a_name_of_the_other_kind_first_names_the_one_spelt_alike(flag: str, typed: str, hint: str) -> None:
    """rev21 A4: `--actor Kyiv` was sent to the city (`--place kyiv`); the government is `ukraine`, alias Kiev."""
    result = run("events", flag, typed)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"  hint: {hint}", result.stderr


@pytest.mark.parametrize(
    ("part_of", "message"),
    [
        ("atlantis", "part_of: unknown place or state 'atlantis'"),
        ("rutte", "part_of: 'rutte' is a person, not a place or state"),
        ("kursk-oblast", "part_of: kursk-oblast -> kursk-oblast is a loop"),
    ],
)
def test_check_refuses_bad_place_hierarchies(tmp_path: Path, part_of: str, message: str) -> None:
    entities = ENTITIES.replace("    kind: place\n", f"    kind: place\n    part_of: {part_of}\n")
    root = write_store(tmp_path / "store", entities=entities)
    result = run("--data", str(root), "check")
    assert result.exit_code == 1
    assert message in result.stdout


# --- one layout for claims


def test_claims_topic_lists_what_sources_claim_lists() -> None:
    assert run("claims", "troops", "--json").stdout == run("sources", "--claim", "troops", "--json").stdout
    assert run("claims", "troupes").stdout == run("sources", "--claim", "troops").stdout


def test_claims_without_a_topic_lists_every_claim() -> None:
    rows = run("claims", "--json").json()
    assert len(rows) == len(STORE.claims)
    separate = [r for r in rows if r["restates"] is None]  # a restatement is listed, but counts in no topic
    assert sum(m["claims"] for m in run("topics", "--json").json()) == len(separate)


def test_claims_take_as_of_status_and_source() -> None:
    early = run("claims", "troops", "--as-of", "2024-10-31", "--json").json()
    assert early and all(c["published"] <= "2024-10-31" or c["published"].endswith("2024-10-31") for c in early)
    alleged = run("claims", "--status", "Alleged", "--json").json()
    assert alleged and {c["status"] for c in alleged} == {"alleged"}
    assert {c["source"] for c in run("claims", "--source", "003", "--json").json()} == {"nis-12000"}


def test_role_without_actor_is_refused_not_ignored() -> None:
    for args in (["sources", "--role", "asserted"], ["claims", "--role", "reported"]):
        result = run(*args)
        assert result.exit_code == 2
        assert "needs --actor" in result.stderr


def test_every_list_takes_the_same_output_flags() -> None:
    """Each list's --jsonl holds the rows of its --json, and --fields KEY only that key of each (rev21 B6: these
    were checked by exit status alone)."""
    for command in ("events", "claims", "topics", "sources", "entities"):
        key = "topic" if command == "topics" else "id"
        rows = run(command, "--json").json()
        assert rows and run(command, "--jsonl").jsonl() == rows, command
        assert run(command, "--fields", key).json() == [{key: row[key]} for row in rows], command


# --- read: an article, a quote in its context


def test_read_an_event_shows_its_quote_in_the_paragraph_that_holds_it() -> None:
    result = run("read", "rutte-confirms-deployment")
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert line.startswith("seeds/002_a99959207c362c49.txt:1:")
    quote = STORE.events["rutte-confirms-deployment"].evidence[0].quote
    assert quote in line
    assert "déployées dans la région de Koursk" in line  # what the stored quote leaves out is there to see


def test_read_around_words_is_like_grep_with_context() -> None:
    result = run("read", "cnn", "--around", "ONZE MILLE", "-C", "1")
    lines = result.stdout.splitlines()
    matches = [line for line in lines if line.startswith("seeds/001_b3b3037031486690.txt:")]
    context = [line for line in lines if line.startswith("seeds/001_b3b3037031486690.txt-")]
    assert len(matches) == 1 and "Onze mille" in matches[0]
    assert len(context) == 2


def test_read_around_prints_each_line_once_and_merges_contexts_as_grep_does() -> None:
    """rev16 M10: line 5 holds « soldats » twice and lines 4-6 and 25-29 were printed twice with -C 1; grep -n -C 1
    prints each line once, windows that overlap or touch as one group, `--` between groups."""
    lines = run("read", "cnn", "--around", "soldats", "-C", "1").stdout.splitlines()
    marks = [m[1] + m[2] if (m := re.match(r"seeds/001_b3b3037031486690\.txt([:-])(\d+)\1", x)) else x for x in lines]
    assert marks == [*["-3", ":4", ":5", "-6", "-7", ":8", "-9"], "--", *["-25", ":26", "-27", ":28", "-29"]]
    on_a_terminal = run("--no-color", "read", "cnn", "--around", "soldats", tty=True, width=2000).stdout.splitlines()
    assert [line.split()[0] if line else "" for line in on_a_terminal] == ["4", "5", "", "8", "", "26", "", "28"]
    assert on_a_terminal[1].count("soldats") == 2


@pytest.mark.parametrize(
    "args",
    [
        ["cnn", "--around", "soldats", "-C", "1"],
        ["cnn", "--around", "ONZE MILLE"],
        ["rutte-confirms-deployment"],
        ["nk-troops-deployed-to-kursk", "-C", "1"],
        ["zelensky-11000-in-kursk"],
    ],
)
def test_read_json_holds_the_lines_the_pipe_prints(args: list[str]) -> None:
    """rev21 A9: `read` was the one reading command without --json. Each record is one line of the pipe's output:
    `FILE:N:` for a match, `FILE-N-` for context, `--` between groups; `spans` are the hits within `text`."""
    records = run("read", *args, "--json").json()
    assert records and [json.loads(line) for line in run("read", *args, "--jsonl").stdout.splitlines()] == records
    rebuilt: list[str] = []
    for number, record in enumerate(records):
        if number and record["group"] != records[number - 1]["group"]:
            rebuilt.append("--")
        mark = ":" if record["match"] else "-"
        rebuilt.append(f"{record['file']}{mark}{record['line']}{mark}{record['text']}")
        assert record["match"] is bool(record["spans"])
        assert all(0 <= low < high <= len(record["text"]) for low, high in record["spans"])
    assert rebuilt == run("read", *args).stdout.splitlines()


def test_read_json_of_an_article_is_its_lines_and_of_no_match_an_empty_array() -> None:
    records = run("read", "002", "--json").json()
    assert "\n".join(record["text"] for record in records) + "\n" == run("read", "002").stdout
    assert [record["line"] for record in records] == list(range(1, len(records) + 1))
    assert {record["source"] for record in records} == {"rutte-confirms"} and not any(r["match"] for r in records)
    nothing = run("read", "cnn", "--around", "zzz", "--json")
    assert nothing.exit_code == 0 and nothing.json() == []


@pytest.mark.parametrize("figure", ["11000", "11,000", "11.000", "11 000", "11\u202f000"])
def test_read_around_a_figure_finds_it_in_any_grouping(figure: str) -> None:
    """rev14 M7: `--around 11000` (the form every JSON output uses) said the figure "does not occur" in the article
    that prints « 11 000 »: figures are folded as `--text` folds them, on a terminal and in a pipe."""
    piped = run("read", "cnn", "--around", figure)
    (line,) = piped.stdout.splitlines()
    assert line.startswith("seeds/001_b3b3037031486690.txt:4:") and "11 000 soldats" in line
    on_a_terminal = run("--no-color", "read", "cnn", "--around", figure, tty=True)
    assert "does not occur" not in on_a_terminal.stderr + on_a_terminal.stdout
    assert "11 000 soldats" in on_a_terminal.stdout


def test_read_around_a_figure_finds_only_whole_figures() -> None:
    """Joined, « 11 000 » is 11000, which holds 1000: a figure is only found whole, as `--text 1000` finds none."""
    assert run("read", "cnn", "--around", "1000").stdout == ""
    assert run("events", "--source", "cnn", "--text", "1000", "--json").json() == []


@pytest.mark.parametrize(("ending", "tty"), [("\r\n", False), ("\r\n", True), ("\r", False), ("\r", True)])
def test_an_article_saved_with_crlf_or_cr_reads_as_lines(tmp_path: Path, ending: str, tty: bool) -> None:
    """rev16 L13: an article saved with CRLF line ends (kept byte for byte, as extract keeps it) ended every line of
    `read` with `\\x0d`, and one saved with CR only read as one line. Its line breaks read as extract reads them."""
    from tests.stores import SEED

    seed = SEED.replace(". Selon", ".\nSelon").replace("\n", ending)
    store = str(write_store(tmp_path, seed=seed))
    for args in (["read", "alpha"], ["read", "rutte-confirms"], ["read", "alpha", "--around", "Selon", "-C", "1"]):
        result = run("--data", store, "--no-color", *args, tty=tty)
        assert result.exit_code == 0, result.stderr
        assert "\\x0d" not in result.stdout and "\r" not in result.stdout, result.stdout
        assert tty or " \n" not in result.stdout, result.stdout  # rev18 L2: CRLF was a space then a line feed
        lines = [line for line in result.stdout.splitlines() if "octobre que des troupes" in line]
        assert len(lines) == 1 and "Selon" not in lines[0], result.stdout  # the first line alone, not the article
        assert ("Selon le NIS" in result.stdout) is (args[1] == "alpha"), result.stdout


@pytest.mark.parametrize("between", ["", "\n"])
def test_read_around_is_linear_in_the_matching_lines(tmp_path: Path, between: str) -> None:
    """rev18 M4: contexts that touch merge into one excerpt, and each line was tested against every span of it
    (8,000 short matching lines: 25 s; these 80,000 would take about 40 min). Not timed: a quadratic `read` cannot
    finish under the generous timeout, a linear one takes a few seconds. Also as 80,000 excerpts apart."""
    import subprocess
    import sys

    store = write_store(tmp_path / "store", seed=SEED + f"Les soldats.\n{between}" * 80_000)
    result = subprocess.run(
        [sys.executable, "-m", "koursk_cli", "--data", str(store), "read", "alpha", "--around", "soldats"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "seeds/alpha.txt:2:Les soldats." and lines[-1].endswith(":Les soldats."), lines[:3]
    assert sum(line.startswith("seeds/alpha.txt:") for line in lines) == 80_000 + 1  # and the fixture's line
    assert lines.count("--") == (79_999 if between else 0)  # the first joins the fixture's line


def test_read_a_source_prints_the_article_verbatim() -> None:
    from tests.conftest import SEEDS

    expected = (SEEDS / STORE.sources["nis-inactive"].seed).read_text(encoding="utf-8")
    assert run("read", "004").stdout.rstrip("\n") == expected.rstrip("\n")


def test_read_a_terminal_highlights_the_quote() -> None:
    result = run("read", "nis-12000-sent", tty=True, color=True, width=100)
    assert "\x1b[7m" in result.stdout  # reverse video on the quote
    assert "nis-12000 · seeds/003_4fab610f3404f076.txt" in result.stdout


def test_read_refuses_a_changed_article(tmp_path: Path) -> None:
    root = write_store(tmp_path / "store")
    run("--data", str(root), "events")  # checked once
    seed = root / "seeds" / "alpha.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "Ajout.\n", encoding="utf-8")
    result = run("--data", str(root), "read", "alpha")
    assert result.exit_code == 1
    assert "sha256" in result.stderr


def test_read_around_is_for_sources() -> None:
    result = run("read", "nis-12000-sent", "--around", "NIS")
    assert result.exit_code == 2
    assert "--around is for a source" in result.stderr


def test_the_sources_table_shows_the_seed_number_people_can_type() -> None:
    """Issue 17 F27: source ids read like event ids (`nis-12000`, `first-clashes`); the table now leads with the
    seed number, which `--source 003` and `show 003` take as they take the id."""
    shown = run("sources", tty=True, width=120).stdout
    assert shown.splitlines()[0].split()[:2] == ["No.", "Source"]
    rows = {line.split()[1]: line.split()[0] for line in shown.splitlines()[1:] if line[:3].isdigit()}
    assert rows["nis-12000"] == "003" and rows["cnn"] == "001"
    for source, number in rows.items():
        assert run("show", number, "--fields", "id").json() == {"id": source}


@pytest.mark.parametrize(
    ("edtf", "shown"),
    [("2024-10-28/2024-10-28", "28 Oct 2024"), ("2024-10/2024-10", "Oct 2024"), ("2024/2024", "2024")],
)
def test_an_interval_of_one_day_month_or_year_reads_as_that_day_month_or_year(
    tmp_path: Path, edtf: str, shown: str
) -> None:
    """rev14 L3: `2024-11-07/2024-11-07` was shown `7–7 Nov 2024` (and a month `Nov–Nov 2024`), on a terminal and in
    the exports."""
    root = write_store(tmp_path / "store", events=EVENTS.replace("date: 2024-10-28", f"date: {edtf}", 1))
    listed = run("--data", str(root), "--no-color", "events", tty=True).stdout
    assert listed.startswith(f"{shown} ") and "–" not in listed.replace(LEGEND["en"]["dates"], "")
    table = run("--data", str(root), "export", "markdown").stdout
    assert f"| {shown} | Rutte confirms |" in table


@pytest.mark.parametrize(
    ("typed", "source"), [("2", "rutte-confirms"), ("02", "rutte-confirms"), ("0", "first-clashes")]
)
def test_a_seed_number_is_taken_without_its_zeros(typed: str, source: str) -> None:
    """rev14 L6: `show 2` suggested 'france-24'; the README's `show 002` is seed number 2, however it is written
    (`0` is 000, though every seed's name begins with 0)."""
    assert run("show", typed, "--fields", "id").json() == {"id": source}
    by_number = run("events", "--source", typed, "--fields", "id", "--json").json()
    assert by_number == run("events", "--source", source, "--fields", "id", "--json").json() != []
    assert run("read", typed).stdout == run("read", source).stdout


def test_a_unicode_digit_is_no_seed_number() -> None:
    result = run("show", "\u00b2")  # superscript two: folded, it would read as 2
    assert result.exit_code == 2 and "no event, claim, source, entity or topic '²'" in result.stderr


def test_an_outlet_written_as_a_seed_number_never_hides_that_seed(tmp_path: Path) -> None:
    """rev20 L3: an outlet written `"002"` took `show 002`, `read 002`, `--source 002` and `diff 002 …` away from
    seed 002, silently; a seed number, like an id, comes before any outlet, and `check` warns about such an outlet."""
    root = (
        StoreBuilder()
        .source("alpha", "2024-10-28", seed="001_alpha.txt")
        .source("beta", "2024-11-07", seed="002_beta.txt")
        .source("gamma", "2024-11-08", seed="003_gamma.txt", outlet="002")
        .event("a", "2024-10-28", "Alpha's", ("alpha", "Des troupes nord-coréennes à Koursk"))
        .event("b", "2024-11-07", "Beta's", ("beta", "Des soldats nord-coréens combattent"))
        .event("g", "2024-11-08", "Gamma's", ("gamma", "Onze mille soldats sont à Koursk"))
        .write(tmp_path)
    )
    data = ("--data", str(root))
    assert run(*data, "show", "002", "--fields", "id").json() == {"id": "beta"}
    assert run(*data, "read", "002").stdout == run(*data, "read", "beta").stdout
    assert run(*data, "events", "--source", "002", "--fields", "id", "--json").json() == [{"id": "b"}]
    assert run(*data, "diff", "002", "003").stdout.startswith("--- beta ")
    check = run(*data, "check")
    assert check.exit_code == 0
    assert "source 'gamma': outlet '002' names source 'beta' instead (its seed number)" in check.stdout


def test_check_and_read_find_a_quote_on_whole_words_alike(tmp_path: Path) -> None:
    """rev24 F1: a quote that also occurs cut out of a figure is the occurrence on whole words, for `check` (which
    accepts it) and `read` (which shows its line, not the cut one above it)."""
    seed = SEED + "Plus tard, 2.000 soldats ont été envoyés.\n"
    claims = CLAIMS.replace("value: 12000", "value: 2000").replace(
        '"environ 12.000 soldats ont été envoyés"', '"2.000 soldats ont été envoyés"'
    )
    root = write_store(tmp_path, claims=claims, seed=seed)
    assert run("--data", str(root), "check", "--strict").exit_code == 0
    assert run("--data", str(root), "read", "nis-12000").stdout.splitlines() == [
        "seeds/alpha.txt:2:Plus tard, 2.000 soldats ont été envoyés."
    ]
