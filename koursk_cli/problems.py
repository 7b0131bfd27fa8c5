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

    def __str__(self) -> str:
        """One line whatever the path and message hold: a newline in a file name cannot fake another problem."""
        lead = "warning: " if self.warning else ""
        return f"{shown(self.path, None)}:{self.line}:{self.col}: {lead}{shown(self.message, None)}"


_ARTICLES = {"entity": "an entity", "event": "an event"}


def duplicate_id(record_id: str, kind: str, path: str, line: int) -> str:
    """The one wording of an id used twice, whatever the two kinds: ids are unique across the whole store, since
    `show`, `cite` and `read` take any of them (docs/store-format.md)."""
    return f"duplicate id '{record_id}' (first used by {_ARTICLES.get(kind, 'a ' + kind)} in {path}:{line})"


class StoreError(Exception):
    """The store cannot be used; carries every problem found, sorted by place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class CacheBusy(Exception):
    """Another koursk holds the store's cache (a long listing reads it in one snapshot) longer than a run waits to
    update it: this run reads the store itself, and the cache is left as it is."""


class CacheFault(Exception):
    """The store's cache is damaged or inconsistent: it is never served from, only rebuilt."""

    def __init__(self, reason: str, *, outside: bool = False) -> None:
        super().__init__(reason)
        self.outside = outside  # changed by something other than koursk, rather than found damaged


class CacheReplaced(CacheFault):
    """The cache file this run opened was replaced meanwhile by another koursk's (an update made aside, a rebuild):
    the run opens the new one, and the file it found wanting is not the one to remove."""
