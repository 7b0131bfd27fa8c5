"""`koursk extract` (draft store records from a French article) and `koursk schema` (print the store's JSON Schema).

Only the shell lives here: reading the article, checking flags and printing; `--write` hands the draft to
store/draftwrite.py. The rules are in koursk_cli/extract/: pure functions of the article's text, save one read:
extract/lexicon.py loads its word lists from the package data file koursk_cli/extract/lexicon.toml once, when first
imported (no user input, no path a user chooses). Heavy modules are imported inside the commands so start-up stays
fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..dates import DateError, publication_problem, retrieval_problem, store_date
from ..errors import DataError, UsageError
from ..extract.byline import propose_published
from ..extract.draft import build_draft
from ..extract.draftrecords import Article
from ..extract.yamlout import render_draft
from ..lookup import resolve_any
from ..sources import seed_number
from ..store.draftwrite import SPLIT_HINT, settle_interrupted, write_draft
from ..store.files import Unreadable, read_bounded
from ..store.loader import load_schema
from ..store.lock import store_lock
from ..store.workstore import resolve_store_root, writable_store_root
from ..textnorm import article_text, fold, shown
from ..words import counted
from .base import app_state, guarded

if TYPE_CHECKING:
    from ..dates import FuzzyDate
    from ..extract.draftrecords import Draft, Stop
    from ..model import Store
    from ..store.transaction import Recovery

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}", re.ASCII)  # fullmatch; 80 characters keep every file name short
# A news article is 2-50 KB; a larger text is a book or a dump. Extract's time and output grow with the text: 1 MB of
# distinct dated sentences with figures took 31 s of CPU and wrote a 6.3 MB claims file (docs/guarantees.md, Limits),
# so 1 MiB keeps both bounded and every file far under the store's MAX_FILE_BYTES, which draftwrite enforces.
MAX_ARTICLE_BYTES = 1024 * 1024
_PUBLISHED_HINT = "give an EDTF date: 2024-11-08, 2024-11-08/2024-11-09 (a window) or 2025-02~ (about a month)"


def _published(text: str) -> FuzzyDate:
    try:
        when = store_date(text)
    except DateError as error:
        raise UsageError(f"--published: {error}", _PUBLISHED_HINT) from None
    if problem := publication_problem(when, date.today()):
        raise UsageError(f"--published {when.text} {problem}", "give the day the article was published")
    return when


def _as_schema(flag: str, value: str | None) -> str | None:
    """`value` as the source's field of the flag's name takes it (data/schema.json, the one definition), or None."""
    if value is None:
        return None
    rule = load_schema()["$defs"]["source"]["properties"][flag.removeprefix("--")]
    if not re.fullmatch(rule["pattern"], value):
        what = rule["x-hint"].split(", or null")[0]
        raise UsageError(f"{flag} '{shown(value)}' is not {what}", f"give {flag} {_EXAMPLES[flag]}")
    return value


_EXAMPLES = {"--url": "https://www.example.fr/article", "--retrieved": "2024-11-09"}


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
    numbers = [int(n) for s in store.sources.values() if (n := seed_number(s.seed)) is not None and len(n) <= 9]
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
    url: Annotated[
        Optional[str],
        typer.Option("--url", metavar="URL", help="Where the article was published (http:// or https://), for `cite`."),
    ] = None,
    retrieved: Annotated[
        Optional[str],
        typer.Option("--retrieved", metavar="YYYY-MM-DD", help="The day you saved the article's text."),
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
      koursk extract article.txt --url https://www.example.fr/article --retrieved 2024-11-09 --write
    """

    state = app_state(ctx)
    env = state.env
    when = _published(published) if published is not None else None
    data, text = read_article(article)
    printed = propose_published(article_text(text))
    if when is None:
        if printed is None:
            raise UsageError(
                "--published is missing and the article prints no date of its own", "give --published 2024-11-08"
            )
        when = store_date(printed[0])  # byline reads only days the store keeps
        if publication_problem(when, date.today()):  # « Publié le 14 mars 2030 »: a typo, or no article yet
            raise UsageError(
                f"--published is missing and the date the page prints, {printed[0]} (« {shown(printed[1])} »), is "
                "after today",
                "give --published with the day the article was published",
            )
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
    saved = _as_schema("--retrieved", retrieved)
    if saved is not None and (problem := retrieval_problem(saved, when, date.today())):
        raise UsageError(f"--retrieved {saved} {problem}", "give the day you saved the text; check --published too")
    unnamed = Article(text, "", hashlib.sha256(data).hexdigest(), when, "", basis, _as_schema("--url", url), saved)
    if write:
        root = writable_store_root(state.store_option)
        # the store as it is under the lock decides every id, the seed's number, a duplicate
        with store_lock(root, env.error):
            if said := _recovered(settle_interrupted(root)):
                env.error(f"koursk extract: {said}")
            the_article, draft = _drafted(state.store(drafts=True), root, unnamed, source_id, article)
            if draft.stop is not None:
                raise DataError(f"{_stopped(draft.stop, article)}; nothing was written", SPLIT_HINT)
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
        f"koursk extract: {counted(len(draft.events), 'candidate event')}, "
        f"{counted(len(draft.claims), 'candidate claim')}, {counted(len(draft.candidates), 'name')} not in the store"
    )
    if draft.stop is not None:
        env.error(f"koursk extract: {_stopped(draft.stop, article)}: {SPLIT_HINT}")


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


@guarded
def schema_command(ctx: typer.Context) -> None:
    """Print the JSON Schema of the store files (data/schema.json), for editors and other validators.

    Example: koursk schema > schema.json
    """

    app_state(ctx).env.stdout.write(json.dumps(load_schema(), indent=2, ensure_ascii=False) + "\n")
