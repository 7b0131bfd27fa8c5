"""`koursk extract` (draft store records from a French article) and `koursk schema` (print the store's JSON Schema).

Only the shell lives here: reading the article, checking flags, printing, and `--write`'s atomic file updates. The
rules are in koursk_cli/extract/: pure functions of the article's text, save one read: extract/lexicon.py loads its
word lists from the package data file koursk_cli/extract/lexicon.toml once, when first imported (no user input,
no path a user chooses). Heavy modules are imported inside the commands so start-up stays fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..atomic import refuse_read_only
from ..dates import DateError, store_date
from ..errors import DataError, UsageError
from ..extract.byline import propose_published
from ..extract.draft import Article, build_draft
from ..extract.yamlout import SCHEMA_LINE, event_file_header, record_lines, render_draft, render_file
from ..lookup import resolve_any
from ..store.files import MAX_FILE_BYTES, Unreadable, file_kind, read_bounded
from ..store.loader import load_schema
from ..store.lock import store_lock
from ..store.transaction import Placement, Recovery, recover_interrupted, write_all
from ..store.validate import validate_file
from ..store.workstore import resolve_store_root, writable_store_root
from ..store.yamldoc import parse_yaml
from ..textnorm import fold, shown
from .base import app_state, guarded

if TYPE_CHECKING:
    from ..dates import FuzzyDate
    from ..extract.draft import Article, Draft, DraftRecord, Stop
    from ..model import Store

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}", re.ASCII)  # fullmatch; 80 characters keep every file name short
# A news article is 2-50 KB; a larger text is a book or a dump. Extract's time and output grow with the text: 1 MB of
# distinct dated sentences with figures took 31 s of CPU and wrote a 6.3 MB claims file (docs/guarantees.md, Limits),
# so 1 MiB keeps both bounded and every file far under the store's MAX_FILE_BYTES, which _check_renders enforces.
MAX_ARTICLE_BYTES = 1024 * 1024
_SPLIT_HINT = "split the article and extract each part with its own --source-id"
_PUBLISHED_HINT = "give an EDTF date: 2024-11-08, 2024-11-08/2024-11-09 (a window) or 2025-02~ (about a month)"


def _published(text: str) -> FuzzyDate:
    try:
        return store_date(text)
    except DateError as error:
        raise UsageError(f"--published: {error}", _PUBLISHED_HINT) from None


def read_article(path: Path) -> tuple[bytes, str]:
    """The article's bytes and text; whatever a user can get wrong about the file is a UsageError. A FIFO, a device
    (`/dev/zero`) or a file over MAX_ARTICLE_BYTES is refused at once: a seed is a regular file of bounded size."""

    name = shown(str(path))
    if not os.path.lexists(path):
        raise UsageError(f"no such file: {name}", "give the path of a French article saved as UTF-8 text")
    try:
        data = read_bounded(path, MAX_ARTICLE_BYTES)
    except Unreadable as error:
        raise UsageError(
            f"{name} {error}", "give the path of one article saved as UTF-8 text (a .txt file); split a longer text"
        ) from None
    path = Path(name)  # only shown from here on
    if b"\x00" in data:
        raise UsageError(f"{path} is a binary file, not text", "save the article as UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(
            f"{path} is not UTF-8 (byte 0x{data[error.start]:02X} at offset {error.start})",
            "convert it first, e.g. iconv -f latin1 -t utf-8 ARTICLE.txt > article-utf8.txt",
        ) from None
    if not text.strip():
        raise UsageError(f"{path} is empty", "give the path of a French article")
    return data, text


# Latin letters no Unicode decomposition takes apart, which folding would otherwise drop from an id (rev18 L5)
_UNDECOMPOSED = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
                               "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "ı": "i"})  # fmt: skip


def _default_source_id(path: Path, store: Store, root: Path) -> str:
    """From the file name, accents folded (`Défense-Koursk.txt`: `defense-koursk`, `Cœur.txt`: `coeur`), within
    --source-id's 80 characters, a suffix (`-2`) included: moved on past an id the store has and past a file
    `--write` would create."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(path.stem.translate(_UNDECOMPOSED))).strip("-")[:72].rstrip("-")
    base = base or "article"
    candidate, n = base, 2
    while store.holds_id(candidate) or any(
        os.path.lexists(root / "data" / kind / f"{candidate}.yaml") for kind in ("events", "claims")
    ):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _seed_name(source_id: str, store: Store) -> str:
    """The file name in seeds/, as the store names its articles: the next seed number (past 999 too), then the
    source id (`005_kyiv-1114.txt`), so that `--source 005` finds the new article as it finds the others."""
    numbers = [int(match[1]) for s in store.sources.values() if (match := re.match(r"([0-9]+)_", s.seed))]
    return f"{max(numbers, default=-1) + 1:03d}_{source_id}.txt"


def _source_id(given: str | None, path: Path, store: Store, root: Path) -> str:
    if given is None:
        return _default_source_id(path, store, root)
    if not _ID.fullmatch(given):
        raise UsageError(
            f"--source-id '{shown(given, 80)}' is not a valid id",
            "use up to 80 lowercase letters, digits and hyphens, e.g. le-monde-1107",
        )
    if given.isdigit():
        raise UsageError(
            f"--source-id '{given}' is digits alone, which koursk reads as a seed number (`show 2` is seed 002)",
            "add a word, e.g. le-monde-" + given,
        )
    if store.holds_id(given):
        kind, _ = resolve_any(store, given)
        raise UsageError(
            f"the store already has {kind} '{given}' (ids are unique across the store)", "choose another --source-id"
        )
    return given


@guarded
def extract_command(
    ctx: typer.Context,
    article: Annotated[Path, typer.Argument(metavar="ARTICLE.txt", help="A French news article, UTF-8 text.")],
    published: Annotated[
        Optional[str],
        typer.Option(
            "--published",
            metavar="EDTF",
            help="When the article was published, in EDTF: 2024-11-08, a window 2024-11-08/2024-11-09, or 2025-02~. "
            "Relative dates (« il y a trois jours », « lundi ») are counted from it. Without it, the day the page "
            "prints of itself (« Publié le 14 mars 2025 », « MOSCOU, 14 mars 2025 (AFP) - », « Mis à jour le … »).",
        ),
    ] = None,
    source_id: Annotated[
        Optional[str],
        typer.Option("--source-id", metavar="ID", help="The new source's id (default: from the file name)."),
    ] = None,
    write: Annotated[
        bool,
        typer.Option(
            "--write",
            help="Write the draft into your working store (--data, KOURSK_DATA or the config file; `koursk init` "
            "makes one, the shipped store is read-only): data/events/ID.yaml, data/claims/ID.yaml, the source "
            "appended to data/sources.yaml and the article copied to seeds/. Refuses to overwrite anything.",
        ),
    ] = False,
) -> None:
    """Draft store records from a French article: the source (with its sha256), candidate events for sentences
    with a date and candidate claims for figures, each quoting its sentence verbatim (a long one's words around it).

    Dates are resolved against --published into EDTF with a basis; figures get a value and value kind; actors,
    places and topics are matched against the store. Prints YAML for a curator to edit (TODO and guess comments
    mark what to check); nothing is written unless --write is given.

    \b
    Examples:
      koursk extract article.txt --published 2024-11-08
      koursk extract article.txt --published 2024-11-08/2024-11-09 --source-id le-monde-1108 --write
    """

    state = app_state(ctx)
    env = state.env
    when = _published(published) if published is not None else None
    data, text = read_article(article)
    printed = propose_published(text)
    if when is None:
        if printed is None:
            raise UsageError(
                "--published is missing and the article prints no date of its own", "give --published 2024-11-08"
            )
        when = store_date(printed[0])  # byline reads only days the store keeps
        env.error(f"koursk extract: no --published: read {printed[0]} from the page's line « {shown(printed[1])} »")
        basis = printed[1]
    else:
        basis = None
        if printed is not None and not when.start <= date.fromisoformat(printed[0]) <= when.end:
            # every relative date of the draft counts from --published: a mistyped one dates them all wrong
            env.error(
                f"koursk extract: note: the page prints {printed[0]} (« {shown(printed[1])} »), outside --published "
                f"{when.text}; relative dates were read from --published: check it"
            )
    unnamed = Article(text, "", hashlib.sha256(data).hexdigest(), when, "", basis)
    if write:
        root = writable_store_root(state.store_option)
        # the store as it is under the lock decides every id, the seed's number, a duplicate
        with store_lock(root, env.error):
            if said := _recovered(recover_interrupted(_journal(root), _written_by_extract)):
                env.error(f"koursk extract: {said}")
            the_article, draft = _drafted(state.store(drafts=True), root, unnamed, source_id, article)
            if draft.stop is not None:
                raise DataError(f"{_stopped(draft.stop, article)}; nothing was written", _SPLIT_HINT)
            written = write_draft(root, draft, the_article, data)
        for path in written:
            env.error(f"koursk extract: wrote {shown(str(path))}")
        env.error("koursk extract: fill the TODO fields and check the guesses, then run `koursk check`")
        return
    # other articles may still be drafts with TODOs left
    _, draft = _drafted(state.store(drafts=True), resolve_store_root(state.store_option), unnamed, source_id, article)
    env.stdout.write(render_draft(draft, str(article)))
    for note in draft.notes:
        env.error(f"koursk extract: note: {note}")
    env.error(
        f"koursk extract: {len(draft.events)} candidate events, {len(draft.claims)} candidate claims, "
        f"{len(draft.candidates)} names not in the store"
    )
    if draft.stop is not None:
        env.error(f"koursk extract: {_stopped(draft.stop, article)}: {_SPLIT_HINT}")


def _stopped(stop: Stop, article: Path) -> str:
    return (
        f"{shown(str(article))}:{stop.line}:{stop.column}: the draft stops at this sentence, whose candidate "
        f"{stop.kind} would take it past {stop.most:,}, the most one draft holds; the rest of the article was not read"
    )


def _drafted(store: Store, root: Path, unnamed: Article, source_id: str | None, path: Path) -> tuple[Article, Draft]:
    """The article named (its source id and seed file, chosen against `store` and its folder `root`) and its draft."""
    sid = _source_id(source_id, path, store, root)
    article = replace(unnamed, source_id=sid, seed=_seed_name(sid, store))
    return article, build_draft(article, store)


def write_draft(root: Path, draft: Draft, article: Article, data: bytes) -> list[Path]:
    """Write the draft into the store at `root`, all or nothing as far as the file system allows. The caller holds
    the store's lock (data/.koursk.lock) and drafted from the store it read under it: two `extract --write` at once
    take turns, each with its own seed number and ids.

    New files are linked into place, so nothing existing is ever overwritten; sources.yaml is only ever appended to,
    written through a symlink and keeping its mode, and only if nobody changed it since it was read here (a curator's
    save is never lost). Every file is parsed and checked as the store reads it before anything is written.
    """

    if draft.notes:
        raise UsageError(draft.notes[0], "the store has this article already; nothing was written")
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
        write_all(placements, journal=_journal(root))  # sources.yaml only if it still holds `sources_bytes`
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


def _recovered(recovery: Recovery) -> str | None:
    """One line on what became of an `extract --write` killed before it finished (store/transaction.py): undone,
    finished, or, when it could not be finished, what is missing and how to redo the article."""
    listed = ", ".join
    if recovery.undone:
        return f"undid what an interrupted extract --write had put in place: {listed(map(_shown, recovery.undone))}"
    if recovery.changed is None:
        return None
    why = f"{_shown(recovery.changed)} was changed or removed since it was put in place"
    wrote = f"wrote {listed(map(_shown, recovery.finished))}" if recovery.finished else ""
    if not recovery.missing:
        return f"finished what an interrupted extract --write had begun, as {why}: {wrote}"
    sid = recovery.missing[-1].stem
    return (
        f"could not finish what an interrupted extract --write had begun ({why}; {recovery.why}): "
        + (f"{wrote}, but not " if wrote else "did not write ")
        + f"{listed(map(_shown, recovery.missing))}; to redo the article, take what is left of it out of the store "
        f"(source '{sid}' in data/sources.yaml, its seed in seeds/), then run `koursk extract` on it again with --write"
    )


def _shown(path: Path) -> str:
    return shown(str(path))


def _journal(root: Path) -> Path:
    """Where `extract --write` records a write while it happens, for the next one to settle if it was killed."""
    return root / "data" / ".koursk-write.journal"


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
            _SPLIT_HINT,
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
    (a classic Mac editor's), and its byte order mark if it has one (Notepad's). Nothing else is changed."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    text = text.removeprefix(bom)
    ends = set(re.findall(r"\r\n|\r|\n", text))
    newline = ends.pop() if len(ends) == 1 else "\n"
    lines = text.split(newline)
    key = next((n for n, line in enumerate(lines) if re.fullmatch(r"sources:[ \t\r]*(#.*)?", line)), None)
    if key is None:
        raise UsageError(f"{name} does not hold a block list under 'sources:'", "append the entry by hand")
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


@guarded
def schema_command(ctx: typer.Context) -> None:
    """Print the JSON Schema of the store files (data/schema.json), for editors and other validators.

    Example: koursk schema > schema.json
    """

    app_state(ctx).env.stdout.write(json.dumps(load_schema(), indent=2, ensure_ascii=False) + "\n")
