"""Where one changed events file's update goes, in-process: its read side, and with --update its write side, by part.

Usage: python benchmarks/onefile_parts.py STORE XDG_CACHE_HOME [--file data/events/events-0500.yaml] [--rounds 9]
           [--update]
(a store whose cache is built in that XDG_CACHE_HOME by this build). Without --update nothing is written: the file's
bytes are read and checked against the cache as a changed run does (open._read_changed) and thrown away, the same
work each round. With --update, each round changes the file (every `date_basis` the other way, a new file renamed
over it, as benchmarks/bench_onefile.py does) after a settled open of the cache, then times the open that updates
the cache: the read side and the write side (the old rows forgotten or kept, the new ones put, the blocks patched,
the commit). It writes the store and its cache: only ever give it a copy.

Each part is the process CPU (user + system) inside the function named, summed over one update: the first round's,
then the least and the median over the rounds. The first round is the one a changed run pays in its fresh process:
its imports, the expressions compiled and the dates parsed the first time, and its fresh pages, which the kernel
zeroes and maps one minor fault at a time (given for that round: later rounds reuse memory the first one freed). The
cyclic garbage collector is off, as koursk's own entry point runs it (koursk_cli/__main__.py).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench_onefile import BASIS, RACY_S, replace  # its edit, and the wait after which a file is settled

from koursk_cli.store import blocks, checks, indexed, loader, validate, yamldoc
from koursk_cli.store import cache as cached
from koursk_cli.store import open as opened
from koursk_cli.store.cache import Cache, open_existing
from koursk_cli.store.cachefile import cache_path

SPENT: dict[str, float] = {}
FAULTED: dict[str, int] = {}  # minor faults in each part (fresh pages), as SPENT
READ_SIDE = (
    (opened, "context_from", "the context part parsed"),
    (loader, "read_records", "records read (YAML + schema)"),
    (yamldoc, "read_regular", "  the YAML reader"),
    (validate, "validate_file", "  the schema"),
    (indexed.SeedTexts, "fetch", "seed texts fetched"),
    (indexed.CitedDates, "fetch", "sources fetched"),
    (checks, "check_entries", "checked (quotes, ids, dates)"),
    (loader, "event_row", "rows built (event_row)"),
)
WRITE_SIDE = (
    (opened, "_suspects", "the files stat'ed (seeds included)"),
    (opened, "_read_changed", "the read side, in all"),
    (opened, "_replace_files", "the write side, in all"),
    (Cache, "forget_files", "  old rows forgotten or kept"),
    (Cache, "put_entries", "  new rows put"),
    (Cache, "_names_changed", "    kept events' names compared"),
    (cached, "mark", "  blocks marked"),
    (cached, "refresh_blocks", "  blocks patched"),
    (blocks, "_verified_listings", "    listings read and verified"),
    (blocks, "_check_ids", "    ids checked against the index"),
    (blocks, "edits_by_block", "    texts aside read (edits)"),
    (Cache, "duplicate_ids", "  duplicate ids"),
)


def timed(owner: Any, name: str, label: str) -> None:
    """Replace `owner.name` by a wrapper adding its CPU to SPENT[label] and its minor faults to FAULTED[label] (the
    update looks these names up as it runs)."""
    function: Callable[..., Any] = getattr(owner, name)

    def run(*args: Any, **kwargs: Any) -> Any:
        start, faults = time.process_time(), _minor_faults()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[label] = SPENT.get(label, 0.0) + time.process_time() - start
            FAULTED[label] = FAULTED.get(label, 0) + _minor_faults() - faults

    setattr(owner, name, run)


def _minor_faults() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def read_side(root: Path, name: str) -> None:
    file = loader.entries_file(root, name)
    data, stamp, problems = loader.read_file(file)
    if data is None or stamp is None:
        raise SystemExit(f"{name} cannot be read, or was changed too recently to stamp: {problems}")
    cache = open_existing(cache_path(root))
    if cache is None:
        raise SystemExit(f"no cache of {root}")
    start, faults = time.process_time(), _minor_faults()
    opened._read_changed(cache, {name: (file, (data, stamp))})
    SPENT["the read side, in all"] = time.process_time() - start
    FAULTED["the read side, in all"] = _minor_faults() - faults
    cache.close()


def update(root: Path, name: str) -> None:
    def opened_once() -> None:
        listing = partial(loader.store_files, root)
        opened._cached(root, cache_path(root), listing, False, None, True).close()

    time.sleep(RACY_S)
    opened_once()  # the file hashed again
    opened_once()  # every file recorded as settled
    path = root / name
    text = path.read_bytes()
    replace(path, text.replace(*(BASIS if BASIS[1] not in text else BASIS[::-1])))
    SPENT.clear()
    FAULTED.clear()
    start, faults = time.process_time(), _minor_faults()
    opened_once()
    SPENT["the open that updates, in all"] = time.process_time() - start
    FAULTED["the open that updates, in all"] = _minor_faults() - faults


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("cache", type=Path, help="the XDG_CACHE_HOME holding the store's cache")
    parser.add_argument("--file", default="data/events/events-0500.yaml")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--update", action="store_true", help="change the file and time the update (a copy only)")
    args = parser.parse_args()
    gc.disable()  # as the CLI runs
    os.environ["XDG_CACHE_HOME"] = str(args.cache)
    root = args.store.resolve()
    for owner, name, label in WRITE_SIDE if args.update else READ_SIDE:
        timed(owner, name, label)
    spent: dict[str, list[float]] = {}
    first_faults: dict[str, int] = {}
    for _ in range(args.rounds):
        SPENT.clear()
        FAULTED.clear()
        (update if args.update else read_side)(root, args.file)
        for label, seconds in SPENT.items():
            spent.setdefault(label, []).append(seconds * 1000)
        first_faults = first_faults or dict(FAULTED)
    for label, values in spent.items():
        print(
            f"{label:<36} first {values[0]:7.1f} ms {first_faults.get(label, 0):6,} faults  "
            f"least {min(values):7.1f} ms  median {statistics.median(values):7.1f} ms"
        )


if __name__ == "__main__":
    main()
