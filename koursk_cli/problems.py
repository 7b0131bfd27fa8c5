"""Problems found in a store, reported one per line as `path:line:col: message`."""

from typing import NamedTuple

from .textnorm import shown


class Problem(NamedTuple):
    path: str
    line: int
    col: int
    message: str
    draft: bool = False
    """A placeholder `koursk extract` left for a curator: an error for `check` and every reader, but no obstacle
    to drafting another article (`extract` loads the store with drafts allowed)."""
    warning: bool = False
    """An editorial rule's finding (docs/editorial.md): printed by `check`, fatal only with `check --strict`."""
    record: str = ""
    """The id of the record it is about, when a check of one record found it: a `--drafts` store marks the records
    of its draft problems as drafts (store/loader.drafted_ids)."""
    unchecked: str = ""
    """A reference that could not be checked because this core file could not be read (rev26 M5): never printed
    itself, StoreError counts them in one line per file."""
    blocks: bool = False
    """A draft's problem that is neither a placeholder nor a guess a preview can show (an unknown actor, a date that
    does not parse in a record of an article in draft, rev37u U1): the record is left out even of a `--drafts`
    preview, which says so in one line (store/curated.read_preview)."""

    def __str__(self) -> str:
        """One line whatever the path and message hold: a newline in a file name cannot fake another problem."""
        lead = "warning: " if self.warning else ""
        return f"{shown(self.path, None)}:{self.line}:{self.col}: {lead}{shown(self.message, None)}"


_ARTICLES = {"entity": "an entity", "event": "an event"}


def duplicate_id(record_id: str, kind: str, path: str, line: int) -> str:
    """The one wording of an id used twice, whatever the two kinds: ids are unique across the whole store, since
    `show`, `cite` and `read` take any of them (docs/store-format.md)."""
    return f"duplicate id '{record_id}' (first used by {_ARTICLES.get(kind, 'a ' + kind)} in {path}:{line})"


def _unchecked(problems: list[Problem]) -> list[Problem]:
    """The problems of a store, the references that could not be checked counted in one line per core file that
    could not be read, that file's own problems first: one syntax error in sources.yaml says so, not after a
    hundred « unknown source » lines that it alone causes (rev26 M5)."""
    counts: dict[str, int] = {}
    for problem in problems:
        if problem.unchecked:
            counts[problem.unchecked] = counts.get(problem.unchecked, 0) + 1
    if not counts:
        return sorted(problems)
    kept = sorted((p for p in problems if not p.unchecked), key=lambda p: (p.path not in counts, p))
    first = sum(1 for p in kept if p.path in counts)  # the unreadable files' own problems, then what they left
    said = [
        Problem(path, 1, 1, f"{count} {'reference' if count == 1 else 'references'} not checked because {path} "
                "could not be read")
        for path, count in sorted(counts.items())
    ]  # fmt: skip
    return [*kept[:first], *said, *kept[first:]]


class StoreError(Exception):
    """The store cannot be used; carries every problem found, sorted by place (the problems of a core file that
    could not be read first, with the count of the references into it left unchecked)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = _unchecked(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class CacheBusy(Exception):
    """Another koursk holds the store's cache (a long listing reads it in one snapshot) longer than a run waits to
    update it: this run reads the store itself, and the cache is left as it is."""


class CacheLocked(CacheBusy):
    """Another koursk holds the cache's lock (store/cachelock.py: it updates the cache or renames a new one in) longer
    than a run waits: an update made aside would wait for the same lock to rename its copy in, so none is tried."""


class CacheUnwritten(Exception):
    """The store's cache could not be updated: a full disk, an I/O error, a file SQLite may not write. Nothing is
    damaged (the failed transaction is rolled back, so the cache stays as koursk's last commit left it): the cache is
    kept, and this run reads the store itself."""


class CacheFault(Exception):
    """The store's cache is damaged or inconsistent: it is never served from, only rebuilt."""

    def __init__(self, reason: str, *, outside: bool = False) -> None:
        super().__init__(reason)
        self.outside = outside  # changed by something other than koursk, rather than found damaged


class CacheReplaced(CacheFault):
    """The cache file this run opened was replaced meanwhile by another koursk's (an update made aside, a rebuild):
    the run opens the new one, and the file it found wanting is not the one to remove."""
