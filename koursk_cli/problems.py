"""Problems found in a store, reported one per line as `path:line:col: message`."""

from collections.abc import Iterable
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
    stopped: bool = False
    """The line that ends a file's list where its check stopped (too_many): the references past it were not counted
    either, so a count of those an unreadable core file left unchecked is « at least »."""

    def __str__(self) -> str:
        """One line whatever the path and message hold: a newline in a file name cannot fake another problem."""
        lead = "warning: " if self.warning else ""
        return f"{shown(self.path, None)}:{self.line}:{self.col}: {lead}{shown(self.message, None)}"


MAX_PROBLEMS_PER_FILE = 200  # then one line says the rest were not checked: output and memory stay bounded
TOO_MANY = f"too many problems in this file: {MAX_PROBLEMS_PER_FILE} are listed"
"""How the line that ends a file's list of problems begins (too_many): StoreError sorts it last for its file."""
TOO_MANY_IDS = f"too many duplicate ids in this file: {MAX_PROBLEMS_PER_FILE} are listed"


def too_many(path: str, mark: tuple[int, int], rest: str, *, stopped: bool, draft: bool = False) -> Problem:
    """The line that ends a file's list of problems at MAX_PROBLEMS_PER_FILE, at `mark` (where its check `stopped`,
    or the first problem not listed), `rest` saying what was not checked or listed."""
    return Problem(path, mark[0], mark[1], f"{TOO_MANY}; {rest}", draft, stopped=stopped)


def ends_a_list(problem: Problem) -> bool:
    """Whether a problem ends its file's list (too_many, loader.duplicates): sorted after the file's others, since
    a check does not find them in the file's order (its dates, then each record's references)."""
    return problem.message.startswith((TOO_MANY, TOO_MANY_IDS))


def limited(problems: Iterable[Problem], before: Iterable[Problem]) -> list[Problem]:
    """The core files' problems, at most MAX_PROBLEMS_PER_FILE a file with those its schema listed (`before`); past
    them one line counts the rest. The core is checked whole, since every events file is checked against it, so its
    check cannot stop at the limit as an events file's does: 30,000 entities each `part_of` an unknown one printed
    30,001 lines (review66c). The problems that are no draft's are listed first, by place: they are what keeps the
    store from being served, and 300 placeholders listed first hid a wrong sha256 after them (review67c M1). A record
    in draft past the limit keeps its first placeholder and its first other problem, which mark it
    (loader.drafted_ids, blocked_ids); an unchecked reference is only counted."""
    before = list(before)
    listed: dict[str, int] = {}
    for problem in before:
        if not problem.unchecked:
            listed[problem.path] = listed.get(problem.path, 0) + 1
    stopped = {p.path for p in before if ends_a_list(p)}  # the schema already said its file's rest was not checked
    kept: list[Problem] = []
    marked: set[tuple[str, bool]] = set()
    unlisted: dict[str, tuple[Problem, int, bool]] = {}  # path: the first not listed by place, how many, all drafts'
    for problem in sorted(problems, key=lambda p: (p.path, p.draft, p.line, p.col, p.message)):
        if problem.unchecked or listed.get(problem.path, 0) < MAX_PROBLEMS_PER_FILE:
            if not problem.unchecked:
                listed[problem.path] = listed.get(problem.path, 0) + 1
            kept.append(problem)
        elif problem.draft and problem.record and (problem.record, problem.blocks) not in marked:
            marked.add((problem.record, problem.blocks))
            kept.append(problem)
        else:
            first, count, drafts = unlisted.get(problem.path, (problem, 0, True))
            first = min(first, problem, key=lambda p: (p.line, p.col))
            unlisted[problem.path] = (first, count + 1, drafts and problem.draft)
    for path, (first, count, drafts) in unlisted.items():
        if path not in stopped:
            whose = ", all of records in draft" if drafts else ""
            rest = f"{count:,} more {'was' if count == 1 else 'were'} not listed{whose}, the first here"
            kept.append(too_many(path, (first.line, first.col), rest, stopped=False, draft=drafts))
    return kept


def problem_count(problems: Iterable[Problem], *, draft: bool | None = None) -> tuple[int, bool]:
    """How many problems are listed, only the drafts' (`draft`), only the others', or all, and whether a file's list
    of them ended at its limit (then there are more). The line that says so is no problem of its own: counting it said
    « 201 problems » of 30,000."""
    chosen = [p for p in problems if draft is None or p.draft == draft]
    listed = sum(not ends_a_list(p) for p in chosen)
    return listed, listed < len(chosen)


def counted_problems(problems: Iterable[Problem], noun: str = "problem", *, draft: bool | None = None) -> str:
    """`201 problems`, or `more than 200 problems` when a list was cut (problem_count)."""
    from .words import counted  # its dates module: --help never loads it

    listed, more = problem_count(problems, draft=draft)
    return ("more than " if more else "") + counted(listed, noun)


class TooManyProblems(Exception):
    """Raised by the problem past a file's limit, to stop checking it at once: a check goes on to the next entry,
    reference or key only to find another problem, and one entry of 233,000 unknown keys (or one list of 250,000
    unknown actors) cost a suggestion each, 31 s (or over 2 minutes) for lines nobody was shown (hostile63)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem  # the first one not listed: where the file's check stopped


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
        return sorted(problems, key=lambda p: (p.path, ends_a_list(p), p))
    kept = sorted(
        (p for p in problems if not p.unchecked), key=lambda p: (p.path not in counts, p.path, ends_a_list(p), p)
    )
    first = sum(1 for p in kept if p.path in counts)  # the unreadable files' own problems, then what they left
    # A file whose check stopped at its limit left its later references uncounted too (review66c L1).
    least = "at least " if any(p.stopped for p in kept) else ""
    said = [
        Problem(path, 1, 1, f"{least}{count:,} {'reference' if count == 1 else 'references'} not checked because "
                f"{path} could not be read")
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
