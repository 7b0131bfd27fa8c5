"""A corpus of hostile environments (issue 14): odd write targets, concurrent writers, signals, closed pipes, odd
folders and streams. Each case is one row, run as a real `koursk` process through bash (so pipes, redirections,
`&` and signals are the real ones); every case expects an exit status, one clear line and never a traceback.

Stores are the small synthetic ones of tests/stores.py; `$K` is koursk, `$S` the store, `$T` a scratch folder.
Cases that need a terminal are in tests/test_pty.py; broken store *contents* in tests/test_bad_input.py.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.stores import write_store

ROOT = os.geteuid() == 0
HOOKS = Path(__file__).parent / "hooks"
ARTICLE = (
    "Jeudi 7 novembre, le président ukrainien a déclaré que 11 000 soldats nord-coréens se trouvaient dans la "
    "région de Koursk.\n"
)
ARTICLE_B = "Lundi 4 novembre, le ministre a annoncé que 2 000 soldats nord-coréens avaient été tués à Koursk.\n"


@dataclass(frozen=True)
class Case:
    name: str
    item: str  # where it was reported: issue 14 item N, or issue 17 finding
    script: str  # bash, with `set -o pipefail`; its exit status is the one checked
    rc: int
    says: str = ""  # must appear in what it prints (problems of `check` go to stdout, errors to stderr)
    stdout: str | None = None  # must appear in stdout
    prepare: Callable[[Path, Path], None] | None = None  # (store, scratch)
    after: Callable[[Path, Path], None] | None = None  # more assertions on what is left
    env: dict[str, str] = field(default_factory=dict)
    needs_user: bool = False  # a permission case: root ignores file modes, so it runs only as another user


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


# --- what each case prepares and checks ------------------------------------------------------------------------


def _fifo_reader(store: Path, tmp: Path) -> None:
    os.mkfifo(tmp / "pipe")


def _char_device(store: Path, tmp: Path) -> None:
    if not ROOT:
        pytest.skip("making a device node needs root")
    os.mknod(tmp / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))


def _still_a_device(store: Path, tmp: Path) -> None:
    assert stat.S_ISCHR((tmp / "null").lstat().st_mode)


def _still_a_fifo(store: Path, tmp: Path) -> None:
    assert stat.S_ISFIFO((tmp / "pipe").lstat().st_mode)
    assert (tmp / "got.csv").read_text(encoding="utf-8").startswith("id,")


def _symlinked_target(store: Path, tmp: Path) -> None:
    (tmp / "real.csv").write_text("old\n", encoding="utf-8")
    (tmp / "real.csv").chmod(0o640)
    (tmp / "link.csv").symlink_to("real.csv")


def _written_through_the_link(store: Path, tmp: Path) -> None:
    assert (tmp / "link.csv").is_symlink()
    assert (tmp / "real.csv").read_text(encoding="utf-8").startswith("id,")
    assert _mode(tmp / "real.csv") == 0o640
    assert _leftovers(tmp) == []


def _read_only_target(store: Path, tmp: Path) -> None:
    (tmp / "ro.csv").write_text("old\n", encoding="utf-8")
    (tmp / "ro.csv").chmod(0o444)


def _unchanged_read_only(store: Path, tmp: Path) -> None:
    assert (tmp / "ro.csv").read_text(encoding="utf-8") == "old\n"


def _replaced_keeping_its_mode(store: Path, tmp: Path) -> None:
    assert (tmp / "ro.csv").read_text(encoding="utf-8").startswith("id,")
    assert _mode(tmp / "ro.csv") == 0o444


def _dangling_link(store: Path, tmp: Path) -> None:
    (tmp / "gone.csv").symlink_to("nowhere/x.csv")


def _articles(store: Path, tmp: Path) -> None:
    (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp / "b.txt").write_text(ARTICLE_B, encoding="utf-8")


def _both_sources_written(store: Path, tmp: Path) -> None:
    sources = (store / "data/sources.yaml").read_text(encoding="utf-8")
    assert "id: art-a" in sources and "id: art-b" in sources
    check = subprocess.run(_koursk("--data", str(store), "check"), capture_output=True, text=True, check=False)
    assert "unknown source" not in check.stdout


def _one_of_two_same_ids(store: Path, tmp: Path) -> None:
    sources = (store / "data/sources.yaml").read_text(encoding="utf-8")
    assert sources.count("id: same") == 1
    assert (store / "data/events/same.yaml").exists()


def _symlinked_sources(store: Path, tmp: Path) -> None:
    """sources.yaml a link to a file elsewhere in the store (a link out of the store is not read: rev31 M3)."""
    _articles(store, tmp)
    shared = store / "shared-sources.yaml"
    (store / "data/sources.yaml").rename(shared)
    shared.chmod(0o664)
    (store / "data/sources.yaml").symlink_to(shared)


def _sources_appended_through_the_link(store: Path, tmp: Path) -> None:
    assert (store / "data/sources.yaml").is_symlink()
    assert "id: linked" in (store / "shared-sources.yaml").read_text(encoding="utf-8")
    assert _mode(store / "shared-sources.yaml") == 0o664


def _read_only_sources(store: Path, tmp: Path) -> None:
    _articles(store, tmp)
    (store / "data/sources.yaml").chmod(0o444)


def _nothing_written(store: Path, tmp: Path) -> None:
    assert not (store / "data/events/a.yaml").exists()
    assert not (store / "seeds/a.txt").exists()


def _no_temporaries(store: Path, tmp: Path) -> None:
    assert _leftovers(tmp) == []
    assert not (tmp / "out.csv").exists()


def _stale_temporaries(store: Path, tmp: Path) -> None:
    hour_and_a_half_ago = time.time() - 5400
    for name in (".out.csv.koursk-old12345.tmp", ".other.db.koursk-old12345.tmp-journal"):
        (tmp / name).write_bytes(b"x" * 1000)
        os.utime(tmp / name, (hour_and_a_half_ago, hour_and_a_half_ago))
    (tmp / ".out.csv.koursk-new12345.tmp").write_bytes(b"a run still writing")
    for name in (".notes.tmp", ".koursk-draft.tmpl", ".bashrc.koursk-backup.tmp.orig"):  # not koursk's (rev12 H7)
        (tmp / name).write_bytes(b"not koursk's")
        os.utime(tmp / name, (hour_and_a_half_ago, hour_and_a_half_ago))


def _only_stale_ones_removed(store: Path, tmp: Path) -> None:
    assert _leftovers(tmp) == [
        ".bashrc.koursk-backup.tmp.orig",
        ".koursk-draft.tmpl",
        ".notes.tmp",
        ".out.csv.koursk-new12345.tmp",
    ]


def _many_problems(store: Path, tmp: Path) -> None:
    (store / "data/events/broken.yaml").write_text("events:\n" + "  - {}\n" * 3000, encoding="utf-8")


def _no_events_folder(store: Path, tmp: Path) -> None:
    for path in (store / "data/events").iterdir():
        path.unlink()
    (store / "data/events").rmdir()


def _events_folder_is_a_file(store: Path, tmp: Path) -> None:
    _no_events_folder(store, tmp)
    (store / "data/events").write_text("events: []\n", encoding="utf-8")


def _events_folder_loops(store: Path, tmp: Path) -> None:
    _no_events_folder(store, tmp)
    (store / "data/events").symlink_to("events")


def _dangling_symlink_inside(store: Path, tmp: Path) -> None:
    (store / "data/events/gone.yaml").symlink_to("nowhere.yaml")


def _folder_named_yaml_inside(store: Path, tmp: Path) -> None:
    (store / "data/claims/more.yaml").mkdir()


def _unreadable_events_folder(store: Path, tmp: Path) -> None:
    (store / "data/events").chmod(0o311)


def _special(path: Path, kind: str) -> None:
    path.unlink(missing_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    else:  # 17 MiB, sparse: costs no disk
        with open(path, "wb") as stream:
            stream.truncate(17 * 1024 * 1024)


def _huge_figure(store: Path) -> None:
    claims = store / "data/claims/main.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("value: 12000", "value: 1" + "0" * 400), "utf-8")


def _many_events(store: Path, tmp: Path) -> None:
    """Enough events for a CSV export of more than 1 KB."""
    text = (store / "data/events/main.yaml").read_text(encoding="utf-8")
    entry = text.split("events:\n", 1)[1]
    (store / "data/events/main.yaml").write_text(
        "events:\n" + "".join(entry.replace("id: rutte-confirms", f"id: rutte-confirms-{n}") for n in range(40)),
        encoding="utf-8",
    )


def _no_temporaries_named(folder: Path, name: str) -> None:
    assert _leftovers(folder) == []
    assert not (folder / name).exists()


# --- the corpus ----------------------------------------------------------------------------------------------

CASES = [
    # Writes (issue 14 items 6, 7, 9, 10)
    Case(
        "export-into-a-fifo",
        "14.6",
        '(cat "$T/pipe" > "$T/got.csv" &) ; $K export csv -o "$T/pipe"',
        0,
        prepare=_fifo_reader,
        after=_still_a_fifo,
    ),
    Case(
        "export-into-a-device-with-force",
        "14.6",
        '$K export csv -o "$T/null" --force && $K export sqlite -o "$T/null"',
        0,
        prepare=_char_device,
        after=_still_a_device,
    ),
    Case(
        "export-through-a-symlink",
        "14.6",
        '$K export csv -o "$T/link.csv" --force',
        0,
        prepare=_symlinked_target,
        after=_written_through_the_link,
    ),
    Case(
        "export-over-a-read-only-file-without-force",
        "14.6",
        '$K export csv -o "$T/ro.csv"',
        2,
        "already exists and is read-only",
        prepare=_read_only_target,
        after=_unchanged_read_only,
    ),
    Case(
        "export-over-a-read-only-file-with-force-keeps-its-mode",
        "14.6",
        '$K export csv -o "$T/ro.csv" --force',
        0,
        prepare=_read_only_target,
        after=_replaced_keeping_its_mode,
    ),
    Case(
        "export-to-a-dangling-symlink",
        "14.6",
        '$K export csv -o "$T/gone.csv"',
        2,
        "is a symlink to a missing file",
        prepare=_dangling_link,
    ),
    Case(
        "export-to-a-socket",
        "14.6",
        'python3 -c "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$T/sock"; '
        '$K export csv -o "$T/sock" --force',
        2,
        "is a socket",
    ),
    Case(
        "two-extract-writes-at-once-lose-nothing",
        "14.7",
        '$K extract "$T/a.txt" --published 2024-11-08 --source-id art-a --write & one=$!; '
        '$K extract "$T/b.txt" --published 2024-11-08 --source-id art-b --write & two=$!; '
        'wait "$one" && wait "$two"',
        0,
        env={"KOURSK_TEST_WRITE_BARRIER": "$T:2"},
        prepare=_articles,
        after=_both_sources_written,
    ),
    Case(
        "two-extract-writes-of-one-id-at-once",
        "14.7",
        '$K extract "$T/a.txt" --published 2024-11-08 --source-id same --write 2>"$T/1" & one=$!; '
        '$K extract "$T/b.txt" --published 2024-11-08 --source-id same --write 2>"$T/2" & two=$!; '
        'wait "$one"; one=$?; wait "$two"; two=$?; cat "$T/1" "$T/2" >&2; echo "$one $two"; '
        "[ $(((one == 0) + (two == 0))) = 1 ]",
        0,
        "the store already has a source 'same'",
        env={"KOURSK_TEST_WRITE_BARRIER": "$T:2"},
        prepare=_articles,
        after=_one_of_two_same_ids,
    ),
    Case(
        "extract-write-through-a-symlinked-sources-file",
        "14.9",
        '$K extract "$T/a.txt" --published 2024-11-08 --source-id linked --write',
        0,
        prepare=_symlinked_sources,
        after=_sources_appended_through_the_link,
    ),
    Case(
        "extract-write-into-a-read-only-sources-file",
        "14.9",
        '$K extract "$T/a.txt" --published 2024-11-08 --source-id a --write',
        2,
        "is read-only; nothing was written",
        prepare=_read_only_sources,
        after=_nothing_written,
        needs_user=True,
    ),
    *(
        Case(
            f"sig{name.lower()}-during-an-export-leaves-no-temporary",
            "14.10",
            'cd "$T" && $K export csv -o out.csv',
            128 + number,
            env={"KOURSK_TEST_SIGNAL_AFTER_FIRST_PIECE": name},
            after=_no_temporaries,
        )
        for name, number in (("TERM", 15), ("HUP", 1), ("INT", 2))
    ),
    Case(
        "stale-temporaries-are-removed-by-the-next-write",
        "14.10",
        '$K export csv -o "$T/out.csv"',
        0,
        prepare=_stale_temporaries,
        after=_only_stale_ones_removed,
    ),
    # Exit statuses (issue 14 item 11)
    Case("check-into-a-closed-pipe-still-fails", "14.11", "$K check | head -1", 1, prepare=_many_problems),
    Case("check-json-into-a-closed-pipe-still-fails", "14.11", "$K check --json | true", 1, prepare=_many_problems),
    # Odd folders (issue 14 item 12)
    Case("no-events-folder", "14.12", "$K check", 1, "events: missing folder", prepare=_no_events_folder),
    Case("events-folder-is-a-file", "14.12", "$K check", 1, "not a folder", prepare=_events_folder_is_a_file),
    Case(
        "events-folder-loops",
        "14.12",
        "$K events",
        1,
        "Too many levels of symbolic links",
        prepare=_events_folder_loops,
    ),
    Case(
        "dangling-symlink-in-events",
        "14.12",
        "$K check",
        1,
        "gone.yaml:1:1: the file is a dangling symlink",
        prepare=_dangling_symlink_inside,
    ),
    Case(
        "folder-named-yaml-in-claims",
        "14.12",
        "$K check",
        1,
        "more.yaml:1:1: the file is a directory, not a regular file",
        prepare=_folder_named_yaml_inside,
    ),
    Case(
        "unreadable-events-folder",
        "14.12",
        "$K check",
        1,
        "Permission denied",
        prepare=_unreadable_events_folder,
        needs_user=True,
    ),
    # Streams (issue 14 item 15)
    *(
        Case(
            f"{' '.join(args)} > /dev/full",
            "14.15",
            f"$K {' '.join(args)} > /dev/full",
            1,
            "cannot write to stdout: No space",
        )
        for args in (["events", "--json"], ["events"], ["timeline"], ["--help"], ["schema"], ["show", "rutte-confirms"])
    ),
    Case("closed-stdout", "14.15", "$K events >&-", 1, "standard output is closed"),
    # A removed working folder (rev16 L17): what needs it names it; what does not still works
    *(
        Case(
            f"removed-working-folder-{'-'.join(args)}",
            "rev16 L17",
            f"mkdir gone && cd gone && rmdir ../gone && $K {' '.join(args)}",
            1,
            "cannot complete the command (the current folder no longer exists: cd to another one)",
        )
        for args in (["export", "csv", "-o", "x.csv"], ["init", "x"], ["--data", ".", "events"])
    ),
    Case("removed-working-folder-check", "rev16 L17", "mkdir gone && cd gone && rmdir ../gone && $K check", 0),
    Case("closed-stderr-keeps-the-usage-status", "14.15", "$K events --since garbage 2>&-", 2),
    Case(
        "ascii-stdout-still-gets-utf8-json",
        "14.15",
        "$K events --json | python3 -c 'import json,sys; print(json.loads(sys.stdin.buffer.read())[0][\"title\"])'",
        0,
        stdout="Rutte confirms",
        env={"PYTHONIOENCODING": "ascii"},
    ),
]

# Bad input (issue 14 items 14, 16, 17): one clear line, in bounded time and memory
CASES += [
    Case(
        "sources-file-is-a-fifo",
        "14.16",
        "$K check",
        1,
        "sources.yaml:1:1: the file is a FIFO",
        prepare=lambda s, t: _special(s / "data/sources.yaml", "fifo"),
    ),
    Case(
        "topics-file-is-a-fifo-on-tab",
        "14.16",
        "$K_COMPLETE",
        0,
        prepare=lambda s, t: _special(s / "data/topics.yaml", "fifo"),
        env={"COMP_WORDS": "koursk show r", "COMP_CWORD": "2"},
    ),
    Case(
        "sources-file-links-to-dev-zero",
        "14.16",
        "$K events",
        1,
        "sources.yaml:1:1: the file is a symlink leading out of the store",  # never opened (rev31 M3)
        prepare=lambda s, t: _special(s / "data/sources.yaml", "zero"),
    ),
    Case(
        "events-file-links-to-dev-zero",
        "14.16",
        "$K check",
        1,
        "is a device",
        prepare=lambda s, t: _special(s / "data/events/main.yaml", "zero"),
    ),
    Case(
        "seed-is-a-fifo",
        "14.16",
        "$K check",
        1,
        "seed file 'seeds/alpha.txt' is a FIFO",
        prepare=lambda s, t: _special(s / "seeds/alpha.txt", "fifo"),
    ),
    Case(
        "seed-links-to-dev-zero",
        "14.16",
        "$K check",
        1,
        "seed file 'seeds/alpha.txt' is a symlink leading out of the store",
        prepare=lambda s, t: _special(s / "seeds/alpha.txt", "zero"),
    ),
    Case(
        "seed-of-17-mib",
        "14.16",
        "$K check",
        1,
        "seed file 'seeds/alpha.txt' is too large (the limit is 16 MiB)",
        prepare=lambda s, t: _special(s / "seeds/alpha.txt", "huge"),
    ),
    Case(
        "extract-dev-zero",
        "14.17",
        "$K extract /dev/zero --published 2024-11-08",
        2,
        "/dev/zero is a device, not a regular file",
    ),
    Case(
        "extract-a-fifo",
        "14.17",
        '$K extract "$T/pipe" --published 2024-11-08',
        2,
        "is a FIFO (named pipe), not a regular file",
        prepare=_fifo_reader,
    ),
    Case(
        "extract-a-17-mib-article",
        "14.17",
        '$K extract "$T/big.txt" --published 2024-11-08',
        2,
        "is too large",
        prepare=lambda s, t: _special(t / "big.txt", "huge"),
    ),
    Case(
        "extract-a-300-character-source-id",
        "14.17",
        '$K extract "$T/a.txt" --published 2024-11-08 --write --source-id ' + "a" * 300,
        2,
        "not a valid id",
        prepare=_articles,
    ),
    Case(
        "sqlite-export-on-a-full-disk",
        "14.17",
        'ulimit -f 8; $K export sqlite -o "$T/out.db"',
        1,
        "cannot write",
        after=lambda s, t: _no_temporaries_named(t, "out.db"),
    ),
    Case(
        "csv-export-on-a-full-disk",
        "14.17",
        'ulimit -f 1; $K export csv -o "$T/out.csv"',
        1,
        "cannot write",
        prepare=_many_events,
        after=lambda s, t: _no_temporaries_named(t, "out.csv"),
    ),
    Case(
        "unreadable-seed",
        "14.17",
        "$K check",
        1,
        "seed file 'seeds/alpha.txt' cannot be read: Permission denied",
        prepare=lambda s, t: (s / "seeds/alpha.txt").chmod(0),
        needs_user=True,
    ),
    Case(
        "unreadable-data-folder",
        "14.17",
        "$K events",
        1,
        "Permission denied",
        prepare=lambda s, t: (s / "data").chmod(0),
        needs_user=True,
    ),
    Case(
        "huge-figure-on-tab",
        "14.14",
        "$K_COMPLETE",
        0,
        prepare=lambda s, t: _huge_figure(s),
        env={"COMP_WORDS": "koursk show n", "COMP_CWORD": "2"},
    ),
]

# Each write command when its folder is read-only or missing, or its target a directory (rev12): one line, nothing left
_WRITES = {
    "export-csv": '$K export csv -o "$T/{}x.csv"',
    "export-sqlite": '$K export sqlite -o "$T/{}x.db"',
    "report": '$K report -o "$T/{}x.html"',
    "init": '$K init "$T/{}x"',
}


def _read_only_folder(store: Path, tmp: Path) -> None:
    _articles(store, tmp)
    (tmp / "ro").mkdir()
    (tmp / "ro").chmod(0o555)
    (store / "data/events").chmod(0o555)


def _folder_left_empty(store: Path, tmp: Path) -> None:
    assert list((tmp / "ro").iterdir()) == []
    assert sorted(p.name for p in (store / "data/events").iterdir()) == ["main.yaml"]
    assert not list((store / "seeds").glob("*_a.txt"))


def _a_directory_at_the_target(store: Path, tmp: Path) -> None:
    _articles(store, tmp)
    for name in ("x.csv", "x.db", "x.html", "x"):
        (tmp / name).mkdir()
        (tmp / name / "keep").write_text("kept\n", encoding="utf-8")
    (store / "data/events/a.yaml").mkdir()


def _directories_kept(store: Path, tmp: Path) -> None:
    for name in ("x.csv", "x.db", "x.html"):
        assert [p.name for p in (tmp / name).iterdir()] == ["keep"]
    assert _leftovers(tmp) == []


CASES += [
    *(
        Case(
            f"{name}-into-a-read-only-folder",
            "rev12",
            script.format("ro/"),
            2,
            "the folder",
            prepare=_read_only_folder,
            after=_folder_left_empty,
            needs_user=True,
        )
        for name, script in _WRITES.items()
    ),
    Case(
        "extract-write-into-a-read-only-events-folder",
        "rev12",
        '$K extract "$T/a.txt" --published 2024-11-08 --source-id a --write',
        2,
        "the folder",
        prepare=_read_only_folder,
        after=_folder_left_empty,
        needs_user=True,
    ),
    *(
        Case(f"{name}-into-a-missing-folder", "rev12", script.format("missing/"), 2, "does not exist")
        for name, script in _WRITES.items()
        if name != "init"  # init makes its folder's parents, as mkdir -p does
    ),
    *(
        Case(
            f"{name}-onto-a-directory",
            "rev12",
            script.format("") + " --force",
            2,
            "is a directory",
            prepare=_a_directory_at_the_target,
            after=_directories_kept,
        )
        for name, script in _WRITES.items()
        if name != "init"  # init adds data/ and seeds/ to a folder (test_workstore.py refuses a file)
    ),
    Case(
        "extract-write-onto-a-directory",
        "rev12",
        '$K extract "$T/a.txt" --published 2024-11-08 --source-id a --write',
        1,
        "a.yaml:1:1: the file is a directory, not a regular file",
        prepare=_a_directory_at_the_target,
    ),
]

# `diff --exit-code` needs differences: two sources. The synthetic store has one, so this row adds a second.
CASES.append(
    Case(
        "diff-exit-code-with-differences-into-a-closed-pipe",
        "14.11",
        "$K diff alpha beta --exit-code | true",
        1,
        prepare=lambda store, tmp: _second_source(store),
    )
)


def _second_source(store: Path) -> None:
    import hashlib

    seed = "Selon Kiev, plus de 10.000 soldats nord-coréens sont à Koursk depuis lundi 28 octobre.\n"
    (store / "seeds/beta.txt").write_text(seed, encoding="utf-8")
    sha = hashlib.sha256(seed.encode()).hexdigest()
    with open(store / "data/sources.yaml", "a", encoding="utf-8") as stream:
        stream.write(
            f"  - id: beta\n    seed: beta.txt\n    sha256: {sha}\n    outlet: null\n    language: fr\n"
            '    title: {en: Beta, fr: Beta}\n    published: 2024-10-29\n    published_basis: "test fixture"\n'
        )
    with open(store / "data/claims/main.yaml", "a", encoding="utf-8") as stream:
        stream.write(
            "  - id: kyiv-10000\n    topic: troops\n    measure: in-kursk\n    value: 10000\n"
            '    value_kind: at_least\n    unit: soldiers\n    as_of: 2024-10-28\n    as_of_basis: "lundi 28 octobre"\n'
            '    asserted_by: [nis]\n    source: beta\n    quote: "plus de 10.000 soldats nord-coréens"\n'
            "    status: reported\n"
        )


def _koursk(*args: str) -> list[str]:
    return [sys.executable, "-m", "koursk_cli", *args]


def _unprivileged() -> list[str]:
    from tests.test_processes import _as_unprivileged_user

    return _as_unprivileged_user()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_environment(tmp_path: Path, case: Case) -> None:
    prefix = _unprivileged() if case.needs_user and ROOT else []
    if not prefix:
        _run_case(tmp_path, case, prefix)
        return
    shared = Path(tempfile.mkdtemp(prefix="koursk-hostile-"))  # pytest's own folder is private to root
    shared.chmod(0o755)
    try:
        _run_case(shared, case, prefix)
    finally:
        for path in (shared, *shared.rglob("*")):
            if not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(shared)


def _run_case(tmp_path: Path, case: Case, prefix: list[str]) -> None:
    store, scratch = tmp_path / "store", tmp_path / "scratch"
    store.mkdir()
    scratch.mkdir()
    write_store(store)
    if case.prepare:
        case.prepare(store, scratch)
    if prefix:
        for path in (tmp_path, *tmp_path.rglob("*")):
            os.chown(path, 65534, 65534, follow_symlinks=False)
    env = {
        **os.environ,
        "K": " ".join([*prefix, sys.executable, "-m", "koursk_cli", "--data", str(store)]),
        "K_COMPLETE": f"env _KOURSK_COMPLETE=complete_bash KOURSK_DATA={store} {sys.executable} -m koursk_cli",
        "T": str(scratch),
        "S": str(store),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "NO_COLOR": "1",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HOOKS), str(REPO), os.environ.get("PYTHONPATH")])),
        **{name: value.replace("$T", str(scratch)) for name, value in case.env.items()},
    }
    result = subprocess.run(
        ["bash", "-c", "set -o pipefail\n" + case.script],
        cwd=scratch,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == case.rc, result.stderr
    assert case.says in result.stderr + result.stdout, result.stderr
    if case.stdout is not None:
        assert case.stdout in result.stdout
    if case.after:
        case.after(store, scratch)
