"""Issue 17 F16: a claim's curated `event:` links a figure to the event it was given at; `show` follows the link
both ways and `check` (and every command, through the cache) refuses a link to no event, or to an event the claim's
own article does not report."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import run
from tests.stores import CLAIMS, EVENTS, SEED, SOURCES, write_store

LINKED = CLAIMS.replace("    status: reported\n", "    status: reported\n    event: rutte-confirms\n")


def test_show_follows_the_link_both_ways(tmp_path: Path) -> None:
    store = str(write_store(tmp_path, claims=LINKED))
    assert run("--data", store, "check").exit_code == 0
    claim = run("--data", store, "show", "nis-12000")
    assert "event: 28 Oct 2024 · rutte-confirms · Rutte confirms" in claim.stdout
    event = run("--data", store, "show", "rutte-confirms")
    assert "figure: as of Oct 2024 · ~12,000 soldiers · troops/sent-to-russia · nis-12000" in event.stdout
    assert run("--data", store, "show", "rutte-confirms", "--fields", "claim_ids").json() == {
        "claim_ids": ["nis-12000"]
    }
    assert run("--data", store, "show", "nis-12000", "--fields", "event").json() == {"event": "rutte-confirms"}
    assert [c["event"] for c in run("--data", store, "claims", "--json").json()] == ["rutte-confirms"]


def test_an_unlinked_claim_and_event_say_nothing_of_links(tmp_path: Path) -> None:
    store = str(write_store(tmp_path))
    assert "event:" not in run("--data", store, "show", "nis-12000").stdout
    assert "figure:" not in run("--data", store, "show", "rutte-confirms").stdout
    assert run("--data", store, "show", "nis-12000", "--fields", "event").json() == {"event": None}


def test_a_link_to_no_event_is_a_store_problem_with_a_hint(tmp_path: Path) -> None:
    store = str(write_store(tmp_path, claims=LINKED.replace("event: rutte-confirms", "event: rutte-confirm")))
    expected = "claim 'nis-12000': event: no event 'rutte-confirm' in the store (did you mean 'rutte-confirms'?)"
    checked = run("--data", store, "check")
    assert checked.exit_code == 1
    assert f"main.yaml:2:9: {expected}" in checked.stdout
    listed = run("--data", store, "events")  # through the cache, built from scratch
    assert listed.exit_code == 1
    assert expected in listed.stderr


def test_a_link_to_an_event_the_article_does_not_report_is_refused(tmp_path: Path) -> None:
    sha = hashlib.sha256(SEED.encode("utf-8")).hexdigest()
    beta = SOURCES.format(sha=sha).replace("id: alpha", "id: beta").split("sources:\n", 1)[1]
    root = write_store(tmp_path, claims=LINKED, events=EVENTS.replace("source: alpha", "source: beta"))
    sources = (root / "data" / "sources.yaml").read_text(encoding="utf-8")
    (root / "data" / "sources.yaml").write_text(sources + beta, encoding="utf-8")
    checked = run("--data", str(root), "check")
    assert checked.exit_code == 1
    assert "claim 'nis-12000': event: event 'rutte-confirms' is not reported by 'alpha'" in checked.stdout


def test_the_cache_rechecks_links_when_either_side_changes(tmp_path: Path) -> None:
    """Claims and events live in different files: renaming the event (an events file changed) breaks the link in
    an unchanged claims file; fixing the claim (a claims file changed) mends it."""
    root = write_store(tmp_path, claims=LINKED)
    store = str(root)
    assert run("--data", store, "events").exit_code == 0  # the cache is built
    events = root / "data" / "events" / "main.yaml"
    events.write_text(EVENTS.replace("id: rutte-confirms", "id: rutte-says"), encoding="utf-8")
    broken = run("--data", store, "events")
    assert broken.exit_code == 1
    assert "no event 'rutte-confirms' in the store" in broken.stderr
    claims = root / "data" / "claims" / "main.yaml"
    claims.write_text(LINKED.replace("event: rutte-confirms", "event: rutte-says"), encoding="utf-8")
    mended = run("--data", store, "show", "nis-12000")
    assert mended.exit_code == 0, mended.stderr
    assert "rutte-says" in mended.stdout
