"""rev32 R9: while articles are drafts (placeholders left by `extract --write`), a query without --drafts answers from
the curated store, the drafts left out and said so in one stderr line; it refuses only when a curated record depends
on a draft one. The cache never holds a draft: a draft finished shows on the next run, one edited back leaves again.
On a working store from `koursk init` with three drafts in progress, as issue 16's curators keep them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from koursk_cli.store import open as open_module
from tests.conftest import run

ARTICLES = {
    "seoul-1213": (
        "2024-12-13",
        "Séoul confirme de nouvelles pertes\n\nLe 12 décembre 2024, le renseignement sud-coréen a affirmé que 100 "
        "soldats nord-coréens avaient été tués à Koursk.\n",
    ),
    "kiev-1221": (
        "2024-12-21",
        "Kiev annonce des combats\n\nLe 20 décembre 2024, l'armée ukrainienne a affirmé que 3 000 soldats "
        "nord-coréens avaient été tués ou blessés.\n",
    ),
    "moscou-0106": (
        "2025-01-06",
        "Moscou se tait\n\nLe 5 janvier 2025, le Kremlin a refusé de commenter la présence de 11 000 soldats "
        "nord-coréens dans la région de Koursk.\n",
    ),
}
LINE = "koursk: {} left out: --drafts previews them, `koursk check` lists what is left"  # the one stderr line
THREE = LINE.format("3 articles in draft (005, 006, 007)")
QUERIES = [
    ("events", "--json"),
    ("claims", "troops", "--json"),
    ("claims", "losses"),
    ("sources", "--json"),
    ("timeline", "--json"),
    ("figures", "troops/in-kursk"),
    ("topics", "--json"),
    ("diff", "--from", "2024-11-01", "--to", "2025-02-28"),
    ("export", "csv", "--rows", "claims"),
    ("export", "markdown", "--rows", "claims"),
    ("export", "geojson"),
    ("show", "zelensky-11000-in-kursk"),
]


@pytest.fixture(autouse=True)
def _stat_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files edited within a second are trusted by their stat as on a store edited minutes ago (test_cache.py)."""
    from koursk_cli.store import stamps

    monkeypatch.setattr(stamps, "RACY_NS", 0)


def _stores(tmp_path: Path) -> tuple[Path, Path]:
    """A working store with the three articles drafted into it (005, 006, 007), and one as `init` made it."""
    work, plain = tmp_path / "work", tmp_path / "plain"
    assert run("init", str(work)).exit_code == 0 and run("init", str(plain)).exit_code == 0
    run("--data", str(work), "events")  # the cache warm before the drafts come
    for source, (published, text) in ARTICLES.items():
        article = tmp_path / f"{source}.txt"
        article.write_text(text, encoding="utf-8")
        wrote = run("--data", str(work), "extract", str(article), "--published", published, "--write")
        assert wrote.exit_code == 0, wrote.stderr
    return work, plain


def _finish(store: Path, source: str) -> None:
    """Fill every placeholder of the article `source` (its entry in sources.yaml, its events and claims files), as a
    curator would once it is read against the article."""
    data = store / "data"
    for path in (data / "events" / f"{source}.yaml", data / "claims" / f"{source}.yaml"):
        path.write_text(_filled(path.read_text(encoding="utf-8")), encoding="utf-8")
    sources = data / "sources.yaml"
    head, mark, rest = sources.read_text(encoding="utf-8").partition(f"- id: {source}\n")
    entry, after, tail = rest.partition("\n  - id: ")
    sources.write_text(head + mark + _filled(entry) + after + tail, encoding="utf-8")


def _filled(text: str) -> str:
    return re.sub(r'"TODO: ([^"]*)"', lambda m: json.dumps(f"Curated: {m[1]}", ensure_ascii=False), text)


def _answers(store: Path) -> list[tuple[int, str, str]]:
    """Each query's exit code and outputs; a Markdown export's `Store:` line aside, which names the store's folder and
    the digest of all its files, drafts' included (as the report's header does)."""
    return [
        (r.exit_code, re.sub(r"(?m)^Store: .*\n", "", r.stdout), r.stderr)
        for r in (run("--data", str(store), *q) for q in QUERIES)
    ]


def _claim_ids(store: Path, *flags: str) -> set[str]:
    listed = run("--data", str(store), *flags, "export", "csv", "--rows", "claims")
    assert listed.exit_code == 0, listed.stderr
    return {line.split(",", 1)[0] for line in listed.stdout.splitlines()[1:] if line}


def _uncached(monkeypatch: pytest.MonkeyPatch) -> None:
    original = open_module.load_store
    monkeypatch.setattr(open_module, "load_store", lambda root, **kw: original(root, **{**kw, "use_cache": False}))


def test_three_drafts_leave_the_curated_store_as_it_was(tmp_path: Path) -> None:
    """Every query answers what the store answered before the drafts, byte for byte on stdout, with one line on
    stderr naming the articles left out; cold, warm, and the cache's answer is the store's."""
    work, plain = _stores(tmp_path)
    before = _answers(plain)
    assert all(code == 0 and err == "" for code, _, err in before)
    for _ in range(2):  # the cache of `work` as the drafts left it, then warm
        found = _answers(work)
        assert [(code, out) for code, out, _ in found] == [(code, out) for code, out, _ in before]
        assert {err for _, _, err in found} == {THREE + "\n"}
    assert "moscou-0106-troops-11000" not in run("--data", str(work), "claims", "troops").stdout


def test_drafts_still_preview_and_check_still_fails(tmp_path: Path) -> None:
    work, _ = _stores(tmp_path)
    preview = run("--data", str(work), "--drafts", "claims", "troops", "--json")
    assert preview.exit_code == 0
    drafted = {c["id"] for c in preview.json() if c["draft"]}
    assert drafted == {"moscou-0106-troops-11000"}
    assert THREE not in preview.stderr
    checked = run("--data", str(work), "check")
    assert checked.exit_code == 1
    assert "TODO: English title" in checked.stdout + checked.stderr


def test_a_draft_finished_shows_at_once_and_leaves_again_when_edited_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """draft → curated → a placeholder again, the cache warm at each step: the cache serves neither a draft as
    curated nor a stale exclusion, and its answers are the store's read whole."""
    work, _ = _stores(tmp_path)
    assert "seoul-1213-losses-100" not in _claim_ids(work)
    run("--data", str(work), "events")

    _finish(work, "seoul-1213")
    for _ in range(2):
        shown = run("--data", str(work), "claims", "losses", "--json")
        assert "seoul-1213-losses-100" in {c["id"] for c in shown.json()}
        assert not any(c["draft"] for c in shown.json())
        assert shown.stderr == LINE.format("2 articles in draft (006, 007)") + "\n"

    events = work / "data" / "events" / "seoul-1213.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace('en: "Curated: ', 'en: "TODO: ', 1), "utf-8")
    cached = [run("--data", str(work), *q) for q in QUERIES]
    said = LINE.format("2 articles in draft (006, 007), and 1 event in draft of curated articles")
    assert {r.stderr for r in cached} == {said + "\n"}
    assert "seoul-1213-decembre-2024-renseignement-sud" not in {e["id"] for e in cached[0].json()}
    assert "seoul-1213-losses-100" in _claim_ids(work)  # its own figure is curated: the claim links no event

    _finish(work, "kiev-1221")
    _finish(work, "moscou-0106")
    sources = work / "data" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace('basis: "Curated: ', 'basis: "TODO: ', 1), "utf-8")
    warm = [run("--data", str(work), *q) for q in QUERIES]
    assert {r.stderr for r in warm} == {LINE.format("1 article in draft (005)") + "\n"}
    assert "seoul-1213-losses-100" not in _claim_ids(work)
    assert {"kiev-1221-losses-3000", "moscou-0106-troops-11000"} <= _claim_ids(work)

    _uncached(monkeypatch)
    pure = [run("--data", str(work), *q) for q in QUERIES]
    assert [(r.exit_code, r.stdout, r.stderr) for r in pure] == [(r.exit_code, r.stdout, r.stderr) for r in warm]


def test_the_store_finished_is_served_from_the_cache_as_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work, _ = _stores(tmp_path)
    for source in ARTICLES:
        _finish(work, source)
    assert run("--data", str(work), "check").exit_code == 0
    warm = [run("--data", str(work), *q) for q in QUERIES for _ in range(2)][1::2]
    assert all(r.exit_code == 0 and r.stderr == "" for r in warm)
    assert set(_claim_ids(work)) >= {"seoul-1213-losses-100", "kiev-1221-losses-3000", "moscou-0106-troops-11000"}
    # back to a placeholder with the cache warm: in an events file alone (the cache's update of one file), then in
    # sources.yaml (its rebuild); each time the record leaves at once, and comes back once written again
    events = work / "data" / "events" / "seoul-1213.yaml"
    curated = events.read_text(encoding="utf-8")
    events.write_text(curated.replace('en: "Curated: ', 'en: "TODO: ', 1), encoding="utf-8")
    listed = run("--data", str(work), "events", "--json")
    assert "seoul-1213-decembre-2024-renseignement-sud" not in {e["id"] for e in listed.json()}
    assert listed.stderr == LINE.format("1 event in draft") + "\n"
    events.write_text(curated, encoding="utf-8")
    assert run("--data", str(work), "events", "--json").stdout == warm[0].stdout
    sources = work / "data" / "sources.yaml"
    written = sources.read_text(encoding="utf-8")
    sources.write_text(written.replace('basis: "Curated: ', 'basis: "TODO: ', 1), encoding="utf-8")
    assert "seoul-1213-losses-100" not in _claim_ids(work)
    assert run("--data", str(work), "events").stderr == LINE.format("1 article in draft (005)") + "\n"
    sources.write_text(written, encoding="utf-8")
    assert [run("--data", str(work), *q).stdout for q in QUERIES] == [r.stdout for r in warm]

    _uncached(monkeypatch)
    assert [(r.stdout, r.stderr) for r in (run("--data", str(work), *q) for q in QUERIES)] == [
        (r.stdout, r.stderr) for r in warm
    ]


def test_a_curated_event_citing_a_draft_is_refused_in_one_line(tmp_path: Path) -> None:
    """Left out, the draft would take the event's evidence with it: the curated answer would be incomplete."""
    work, _ = _stores(tmp_path)
    events = work / "data" / "events" / "background.yaml"
    text = events.read_text(encoding="utf-8")
    first = text.index("    evidence:\n") + len("    evidence:\n")
    quote = ARTICLES["moscou-0106"][1].splitlines()[2]
    events.write_text(f"{text[:first]}      - source: moscou-0106\n        quote: {json.dumps(quote)}\n{text[first:]}")
    event_id = re.findall(r"- id: (\S+)", text[:first])[-1]
    refused = run("--data", str(work), "events", "--json")
    assert refused.exit_code == 1 and refused.stdout == ""
    assert len(refused.stderr.splitlines()) == 1
    assert re.fullmatch(
        rf"koursk: error: \S*data/events/background\.yaml:\d+:\d+: event '{event_id}' is curated but cites "
        r"'moscou-0106', an article still in draft, beside curated ones: leaving the drafts out would drop that "
        r"evidence; finish 'moscou-0106' .*--drafts\n",
        refused.stderr,
    ), refused.stderr
    assert run("--data", str(work), "--drafts", "events").exit_code == 0


def test_a_curated_claim_linking_an_event_in_draft_is_refused(tmp_path: Path) -> None:
    work, _ = _stores(tmp_path)
    _finish(work, "seoul-1213")
    events = work / "data" / "events" / "seoul-1213.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace('en: "Curated: ', 'en: "TODO: ', 1), "utf-8")
    claims = work / "data" / "claims" / "seoul-1213.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text + "    event: seoul-1213-decembre-2024-renseignement-sud\n", encoding="utf-8")
    refused = run("--data", str(work), "claims", "losses")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [
        f"koursk: error: {claims}:3:9: claim 'seoul-1213-losses-100' is curated but links the event "
        "'seoul-1213-decembre-2024-renseignement-sud', still in draft: leaving the drafts out would leave it "
        "dangling; finish 'seoul-1213-decembre-2024-renseignement-sud' (`koursk check` lists what is left), or "
        "preview the store with --drafts"
    ]


def test_an_entity_holding_a_placeholder_is_refused_in_one_line(tmp_path: Path) -> None:
    """Curated events may name it: it cannot be left out as an article's records are."""
    work, _ = _stores(tmp_path)
    entities = work / "data" / "entities.yaml"
    entities.write_text(
        entities.read_text(encoding="utf-8").replace("{en: North Korea,", '{en: "TODO: English name",', 1), "utf-8"
    )
    refused = run("--data", str(work), "events")
    assert refused.exit_code == 1
    assert len(refused.stderr.splitlines()) == 1
    assert f"{entities}:6:" in refused.stderr
    assert "entity 'north-korea': name.en: \"TODO: English name\" is a placeholder" in refused.stderr
    assert "(an entity or topic in draft cannot be left out: curated records may name it;" in refused.stderr


def test_a_record_left_out_is_named_a_draft_not_unknown(tmp_path: Path) -> None:
    """`show`, `cite`, `--source` and `diff` of a draft's id or seed number say it is a draft, and how to see it."""
    work, _ = _stores(tmp_path)
    for args in (
        ("show", "moscou-0106"),
        ("show", "007"),
        ("cite", "moscou-0106-troops-11000"),
        ("events", "--source", "7"),
        ("diff", "rutte-confirms", "kiev-1221"),
    ):
        named = run("--data", str(work), *args)
        assert named.exit_code == 1, args
        assert named.stderr.splitlines()[1:] == [
            f"koursk: error: '{args[-1]}' is in draft (placeholders left by koursk extract): queries leave it out",
            "  hint: add --drafts to preview it; `koursk check` lists what is left to write",
        ], args
        assert run("--data", str(work), "--drafts", *args).exit_code == 0, args
    assert "no event, claim, source" in run("--data", str(work), "show", "moscou-0107").stderr


def test_a_real_process_keeps_stdout_the_curated_answer(tmp_path: Path) -> None:
    """Through a pipe, as a script reads it: stdout is the curated JSON, the one line goes to stderr."""
    work, plain = _stores(tmp_path)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("KOURSK_DATA", None)

    def koursk(store: Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "koursk_cli", "--data", str(store), "claims", "troops", "--json"]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=120)

    drafted, curated = koursk(work), koursk(plain)
    assert drafted.returncode == curated.returncode == 0
    assert json.loads(drafted.stdout) == json.loads(curated.stdout)
    assert drafted.stdout == curated.stdout
    assert drafted.stderr == THREE + "\n" and curated.stderr == ""
