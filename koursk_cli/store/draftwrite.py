"""`extract --write`'s side of the store: a draft written into a working store as new files (the seed, the events
and claims files) and one entry appended to sources.yaml, all or nothing through store/transaction.py, whose journal
this module names and bounds (what a journal of extract's may touch); each file checked as the store reads it first.
"""

from __future__ import annotations

import os
import re
import shlex
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import refuse_read_only
from ..errors import DataError, UsageError
from ..extract.yamlout import SCHEMA_LINE, event_file_header, record_lines, render_file
from ..textnorm import shown
from .files import MAX_FILE_BYTES, Unreadable, file_kind, read_bounded
from .loader import load_schema
from .transaction import Placement, Recovery, recover_interrupted, write_all
from .validate import validate_file
from .workstore import JOURNAL
from .yamldoc import parse_yaml

if TYPE_CHECKING:
    from ..extract.draftrecords import Article, Draft, DraftRecord

SPLIT_HINT = "split the article and extract each part with its own --source-id"


def settle_interrupted(root: Path) -> Recovery:
    """What became of an `extract --write` in the store at `root` killed before it finished (see
    transaction.recover_interrupted); the caller holds the store's lock."""
    return recover_interrupted(root / JOURNAL, _written_by_extract)


def write_draft(root: Path, draft: Draft, article: Article, data: bytes) -> list[Path]:
    """Write the draft into the store at `root`, all or nothing as far as the file system allows. The caller holds
    the store's lock (data/.koursk.lock) and drafted from the store it read under it: two `extract --write` at once
    take turns, each with its own seed number and ids.

    New files are linked into place, so nothing existing is ever overwritten; sources.yaml is only ever appended to,
    written through a symlink and keeping its mode, and only if nobody changed it since it was read here (a curator's
    save is never lost). Every file is parsed and checked as the store reads it before anything is written.
    """

    if draft.notes:
        # a data condition (rev37u U17), as a seed or sources.yaml in the way is: exit 1, never usage's 2
        raise DataError(draft.notes[0], "the store has this article already; nothing was written")
    sid = article.source_id
    events_path = root / "data" / "events" / f"{sid}.yaml"
    claims_path = root / "data" / "claims" / f"{sid}.yaml"
    sources_path = root / "data" / "sources.yaml"
    seed_path = root / "seeds" / article.seed
    for path in (events_path, claims_path):
        if os.path.lexists(path):
            raise UsageError(
                f"{shown(str(path))} already exists; refusing to overwrite it", "choose another --source-id"
            )
    seeded = _same_seed(seed_path, data)
    _check_writable(sources_path)
    for path in (events_path, claims_path, seed_path, sources_path):
        refuse_read_only(path, "write into a store you may change (--data DIR)")
    sources_bytes = _read(sources_path)
    schema = SCHEMA_LINE.format(path="../schema.json")
    new = [
        (events_path, render_file("events", draft.events, [schema[2:], *event_file_header(draft)[1:]])),
        (claims_path, render_file("claims", draft.claims, [schema[2:]])),
    ]
    try:
        sources = (sources_path, _appended(sources_bytes.decode("utf-8"), draft.source, shown(str(sources_path))))
    except UnicodeDecodeError:
        raise DataError(f"{shown(str(sources_path))} is not UTF-8 any more; nothing was written") from None
    checked = {path: _check_renders(path, text) for path, text in [*new, sources]}
    if sum(1 for entry in checked[sources_path]["sources"] if entry.get("id") == sid) > 1:
        raise UsageError(f"the store already has a source '{sid}'", "choose another --source-id")
    # in this order every step leaves a valid store: a source needs its seed; events and claims need their source
    placements = [
        *([] if seeded else [Placement(seed_path, data)]),
        Placement(sources_path, sources[1].encode(), sources_bytes),
        *(Placement(path, text.encode()) for path, text in new),
    ]
    try:
        write_all(placements, journal=root / JOURNAL)  # sources.yaml only if it still holds `sources_bytes`
    except FileExistsError as error:
        raise UsageError(
            f"{shown(str(error.filename))} appeared while writing; nothing was written", "run the command again"
        ) from None
    return [placement.path for placement in placements]


_WRITTEN = re.compile(
    r"seeds/[0-9]{3,}_[a-z0-9][a-z0-9-]*\.txt|data/(?:events|claims)/[a-z0-9][a-z0-9-]*\.yaml", re.ASCII
)


def _written_by_extract(name: str, replaced: bool) -> bool:
    """The files `write_draft` makes (a seed, an events and a claims file) or replaces (sources.yaml): all a
    journal may name for an undo, whatever else it says."""
    return name == "data/sources.yaml" if replaced else _WRITTEN.fullmatch(name) is not None


def _same_seed(path: Path, data: bytes) -> bool:
    """Whether seeds/ holds this article already at `path`; anything else there (other text, a symlink, a FIFO or a
    device) is refused at once, never followed or read past the article's size."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise UsageError(f"cannot use {shown(str(path))}: {error.strerror or error}") from None
    if not stat.S_ISREG(found.st_mode):
        raise UsageError(
            f"{shown(str(path))} exists and is {file_kind(found.st_mode)}; refusing to write through it",
            "move it away: seeds/ holds the articles themselves",
        )
    if not (found.st_size == len(data) and _read(path, len(data)) == data):
        raise UsageError(
            f"{shown(str(path))} exists with other content; refusing to overwrite it", "rename the article"
        )
    return True


def _read(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A store file's bytes (at most `limit`); unreadable is one line naming it."""
    try:
        return read_bounded(path, limit)
    except Unreadable as error:
        raise UsageError(f"{shown(str(path))} {error}") from None


def _check_renders(path: Path, text: str) -> Any:
    """Refuse to write a store file the store would refuse: too large, not YAML, or not valid (drafts' placeholders
    are valid); `extract` must never be what breaks a working store."""

    kind = path.parent.name if path.name != "sources.yaml" else "sources"
    size = len(text.encode())
    if size > MAX_FILE_BYTES:
        raise DataError(
            f"{shown(str(path))} would be {size / 2**20:.1f} MiB, over the store's limit of "
            f"{MAX_FILE_BYTES // 2**20} MiB for one file; nothing was written",
            SPLIT_HINT,
        )
    value, problems = parse_yaml(text, str(path))
    if not problems:
        _, _, problems = validate_file(value, load_schema(), kind, kind[:-1], str(path))
    if problems:
        raise DataError(f"writing {shown(str(path))} would break the store: {problems[0]}; nothing was written")
    return value


def _check_writable(path: Path) -> None:
    """A read-only sources.yaml is a curator's (or an installation's) way to say: do not change this store."""

    try:
        found = path.stat()
    except OSError as error:
        raise UsageError(f"cannot read {shown(str(path))}: {error.strerror or error}") from None
    mode, name = found.st_mode, shown(str(path))
    if stat.S_ISREG(mode) and found.st_nlink > 1:  # a `cp -al` copy shares every file with the store it copied
        own = shlex.quote(name)
        raise UsageError(
            f"{name} has {found.st_nlink} hard links: another copy of the store shares it, and extract --write never "
            "changes a file another store shares; nothing was written",
            f"give this store its own sources.yaml first: cp {own} {own}.new && mv {own}.new {own}",
        )
    if not stat.S_ISREG(mode):
        raise UsageError(f"{shown(str(path))} is not a regular file", "the store's files are plain YAML files")
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise UsageError(
            f"{shown(str(path))} is read-only; nothing was written", "write into a store you may change (--data DIR)"
        )


def _appended(text: str, record: DraftRecord, name: str) -> str:
    """`text` (sources.yaml, shown as `name`) with `record` added at the end of its `sources:` list: indented as the
    list's own items are (`- id:` at column 0, as PyYAML and many formatters write it, or under the key), before
    whatever follows the list (`...`, another key), with the file's line ends when every one is CRLF or every one CR
    (a classic Mac editor's), and its byte order mark if it has one (Notepad's). An empty flow list, `sources: []`
    (a store started from nothing, rev26 L5), becomes the block list `sources:` holding the entry. Nothing else is
    changed."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    text = text.removeprefix(bom)
    ends = set(re.findall(r"\r\n|\r|\n", text))
    newline = ends.pop() if len(ends) == 1 else "\n"
    lines = text.split(newline)
    for n, line in enumerate(lines):
        if empty := re.fullmatch(r"sources:[ \t]*\[[ \t]*\]([ \t\r]*(#.*)?)", line):
            lines[n] = "sources:" + empty[1]
    key = next((n for n, line in enumerate(lines) if re.fullmatch(r"sources:[ \t\r]*(#.*)?", line)), None)
    if key is None:
        raise UsageError(
            f"{name} does not hold a block list under 'sources:'",
            "append the entry by hand (an empty store starts as `sources: []`: koursk docs curating)",
        )
    items = (re.match(r"( *)- ", line) for line in lines[key + 1 :])
    indent = next((item[1] for item in items if item), "  ")
    end = next(
        (n for n in range(key + 1, len(lines)) if _ends_the_list(lines[n], indent)),
        len(lines),
    )
    head, gap = lines[:end], list[str]()
    while head and not head[-1].strip():
        gap.insert(0, head.pop())
    tail = [*gap, *lines[end:]] if end < len(lines) else [""]
    return bom + newline.join([*head, "", *record_lines(record, indent), *tail])


def _ends_the_list(line: str, indent: str) -> bool:
    """Whether `line`, after `sources:`, is past its list: at column 0, and neither blank, a comment nor (a list at
    column 0) an item of it."""
    if not line.strip() or line[0] in " \t#\r":
        return False
    return not (indent == "" and re.match(r"-( |$)", line))
