"""Where a cold load's CPU goes, in-process: the parent's phases and SQL statements, and its workers' total.

Usage: python benchmarks/cold_profile.py STORE   (a store from benchmarks/generate.py; builds its cache from nothing
in a temporary XDG_CACHE_HOME, removed afterwards)

Each phase is the parent's process CPU (user + system, the system part apart) inside the function named; the SQL
statements are timed as the parent runs them (inserts, then finish_build's sorts, copies and indexes); the workers'
CPU and page faults are what the kernel counts for the parent's waited-for children. What the workers spend reading and checking is left to a sampling profiler (see
docs/performance.md, fifth pass on the cold load): a wrapper there would cost more than most of the steps it times.

Where the parent's pages go (docs/performance.md, thirty-ninth pass): its bytes written and read, its peak RSS when
finish_build begins (which phase holds the peak), the sizes of the files the build removed (the staging file) and the
built cache's size and free pages.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

SPENT: defaultdict[str, float] = defaultdict(float)
SYSTEM: defaultdict[str, float] = defaultdict(float)  # the kernel's part of SPENT (fresh pages, reads and writes)
WALL: defaultdict[str, float] = defaultdict(float)  # beside SPENT: how many cores the process kept busy meanwhile
OWN: defaultdict[str, float] = defaultdict(float)  # the calling thread's part of SPENT (not SQLite's sorter threads')


def _system() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_stime


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start, system, wall, own = time.process_time(), _system(), time.perf_counter(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - start
            OWN[name] += time.thread_time() - own
            SYSTEM[name] += _system() - system
            WALL[name] += time.perf_counter() - wall

    return run


class TimedConnection:
    """A connection whose execute and executemany are timed by statement (the first 70 characters of its SQL)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        return timed(" ".join(sql.split())[:70], self._connection.execute)(sql, *args)  # type: ignore[no-any-return]

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        return timed("many " + " ".join(sql.split())[:65], self._connection.executemany)(sql, *args)  # type: ignore[no-any-return]


def _cache_files(home: Path) -> str:
    """The built cache's size and its free pages (pages a build wrote and left unused): new pages the build took."""
    found = []
    for path in home.rglob("*.sqlite3"):
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            free = db.execute("PRAGMA freelist_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
        found.append(f"{path.stat().st_size >> 20} MB, {free >> 20} MB of it free")
    return "; ".join(found)


def main() -> None:
    store = Path(sys.argv[1])
    cache_home = tempfile.mkdtemp(prefix="koursk-cold-profile-")
    os.environ["XDG_CACHE_HOME"] = cache_home
    from koursk_cli.store import cache
    from koursk_cli.store import open as opened

    phases = {
        "read_core (the core and seeds)": (opened, "read_core"),
        "_put (the parent's inserts)": (opened, "_put"),
        "duplicate ids": (cache.Cache, "duplicate_ids"),
        "finish_build": (cache.Cache, "finish_build"),
        "  move_in_date_order": (cache.Cache, "move_in_date_order"),
        "  put_blocks": (cache, "put_blocks"),
    }
    for name, (owner, attribute) in phases.items():
        setattr(owner, attribute, timed(name, getattr(owner, attribute)))
    finish = cache.Cache.finish_build
    peaks: list[int] = []  # the parent's peak RSS when the finish began: what reading every file took

    def finish_measured(self: Any) -> None:
        peaks.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10)
        finish(self)

    cache.Cache.finish_build = finish_measured  # type: ignore[method-assign]
    unlinked: list[int] = []  # the sizes of the files the build removed (a staging file), before removal
    unlink = os.unlink

    def unlink_measured(path: Any, *args: Any, **kwargs: Any) -> None:
        with contextlib.suppress(OSError):
            if str(path).startswith(cache_home):
                unlinked.append(os.stat(path).st_size)
        unlink(path, *args, **kwargs)

    os.unlink = unlink_measured
    connect = cache._connect
    cache._connect = lambda path, **options: TimedConnection(connect(path, **options))  # type: ignore[assignment]
    try:
        start = time.process_time()
        opened.load_store(store)
        built = time.process_time() - start
        files = _cache_files(Path(cache_home))
    finally:
        os.unlink = unlink
        shutil.rmtree(cache_home)
    parent = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"parent {parent.ru_utime + parent.ru_stime:.2f} s CPU ({built:.2f} s building), peak {parent.ru_maxrss >> 10} MB;"
        f" workers {workers.ru_utime + workers.ru_stime:.2f} s CPU, peak {workers.ru_maxrss >> 10} MB"
    )
    for who, usage in (("parent", parent), ("workers", workers)):
        print(f"  {who:8} user {usage.ru_utime:.2f} s, system {usage.ru_stime:.2f} s, {usage.ru_minflt} page faults")
    io = Path("/proc/self/io")  # Linux: what the parent wrote (new pages of its files) and read
    if io.exists():
        counts = dict(line.split(": ") for line in io.read_text().splitlines())
        wrote, read = int(counts["wchar"]) >> 20, int(counts["rchar"]) >> 20
        print(f"  parent wrote {wrote} MB, read {read} MB in {counts['syscr']} reads")
    print(f"  the parent's peak when finish_build began: {peaks[0] if peaks else '-'} MB")
    print(f"  the cache {files}; files removed by the build: {sum(unlinked) >> 20} MB")
    for name in phases:
        print(
            f"  {name:34} {SPENT[name]:7.2f} s ({SYSTEM[name]:.2f} system, {OWN[name]:.2f} its own thread's),"
            f" wall {WALL[name]:.2f} s"
        )
    print("the parent's SQL statements (the slowest 15):")
    statements = sorted(((spent, name) for name, spent in SPENT.items() if name not in phases), reverse=True)
    for spent, name in statements[:15]:
        print(f"  {spent:7.2f} s ({SYSTEM[name]:.2f} system), wall {WALL[name]:6.2f} s  {name}")


if __name__ == "__main__":
    main()
