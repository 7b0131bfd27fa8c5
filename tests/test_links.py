"""Issue 17 F16: a claim's curated `event:` links a figure to the event it was given at; `show` follows the link
both ways and `check` (and every command, through the cache) refuses a link to no event, or to an event the claim's
own article does not report."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import run
from tests.stores import CLAIMS, EVENTS, SEED, SOURCES, StoreBuilder, write_store

LINKED = CLAIMS.replace("    status: alleged\n", "    status: alleged\n    event: rutte-confirms\n")


def test_show_follows_the_link_both_ways(tmp_path: Path) -> None:
    store = str(write_store(tmp_path, claims=LINKED))
    assert run("--data", store, "check").exit_code == 0
    claim = run("--data", store, "show", "nis-12000")
    assert "event: 28 Oct 2024 · rutte-confirms · Rutte confirms" in claim.stdout
    event = run("--data", store, "show", "rutte-confirms")
    assert "· as of Oct 2024 · ~12,000 soldiers · troops/sent-to-russia · nis-12000" in event.stdout
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


def _linked_store(root: Path) -> Path:
    """Rutte speaks for NATO at one event; two figures are linked to it (one Rutte's own, one the article's), a
    third figure of the same article is not linked to anything."""
    return (
        StoreBuilder()
        .source("alpha", "2024-10-28")
        .entity("rutte", "person", "Mark Rutte")
        .entity("nato", "organisation", "NATO")
        .entity("kursk", "place", "Kursk")
        .event(
            "briefing", "2024-10-28", "Rutte briefs", ("alpha", "Rutte a parlé aux alliés"), actors=("rutte", "nato")
        )
        .event(
            "elsewhere",
            "2024-10-27",
            "Something else",
            ("alpha", "Il se passe autre chose ailleurs"),
            places=("kursk",),
        )
        .claim("rutte-10000", "alpha", 10000, "2024-10-28", asserted_by=("rutte",), event="briefing")
        .claim("article-12000", "alpha", 12000, "2024-10", event="briefing")
        .claim("unlinked-500", "alpha", 500, "2024-10-28", asserted_by=("nato",))
        .write(root)
    )


def test_an_entity_profile_reaches_the_figures_linked_to_its_events(tmp_path: Path) -> None:
    """F16: NATO asserted one figure and acts at an event two figures are linked to: its profile lists its own
    figure as asserted and the linked two apart; Rutte's own figure is not repeated among his linked ones."""
    store = str(_linked_store(tmp_path))
    nato = run("--data", store, "show", "nato", "--fields", "event_ids,figures,event_claim_ids").json()
    assert nato["event_ids"] == ["briefing"]
    assert [f["id"] for f in nato["figures"]] == ["unlinked-500"]
    assert nato["event_claim_ids"] == ["article-12000", "rutte-10000"]  # by as-of date: Oct 2024 before 28 Oct
    rutte = run("--data", store, "show", "rutte", "--fields", "figures,event_claim_ids").json()
    assert [f["id"] for f in rutte["figures"]] == ["rutte-10000"]
    assert rutte["event_claim_ids"] == ["article-12000"]
    assert run("--data", store, "show", "kursk", "--fields", "event_claim_ids").json() == {"event_claim_ids": []}
    shown = run("--data", store, "show", "nato").stdout
    assert "at its events: 2 figures asserted by others, by as-of date" in shown
    assert (
        "· article-12000 · asserted by the article · in alpha · ≠~ conflicts with unlinked-500 · ≠? conflicts with "
        "rutte-10000 · event briefing" in shown  # ≠?: 12,000 and 10,000 read as ±10 % meet; ≠~: dates may differ
    )
    assert "at its events" not in run("--data", store, "show", "kursk").stdout


def test_show_event_and_claim_follow_the_links_on_a_terminal(tmp_path: Path) -> None:
    store = str(_linked_store(tmp_path))
    event = run("--data", store, "show", "briefing", tty=True, width=200)
    assert event.exit_code == 0
    assert "rutte-10000" in event.stdout and "article-12000" in event.stdout and "· unlinked-500 ·" not in event.stdout
    claim = run("--data", store, "show", "rutte-10000", tty=True, width=200)
    assert "briefing" in claim.stdout and "Rutte briefs" in claim.stdout
