"""`koursk check`: validate the whole store and list every problem as path:line:col."""

from typing import Annotated

import typer

from ..errors import ExitStatus
from ..fields import PROBLEM, PROBLEM_FIELDS, fields_help
from ..problems import Problem, StoreError, counted_problems, problem_count
from ..render.output import emit
from ..store.cachefile import left_cache_folders
from ..store.loader import editorial_review, read_store
from ..store.schemacopy import schema_copy_problems
from ..store.workstore import JOURNAL, resolve_store_root, unsettled_write
from ..words import counted
from .base import app_state, guarded
from .flags import NO_OUTPUT, Output
from .options import output_flags

LEFT_CACHE = (
    "a cache folder an older koursk wrote inside the store (XDG_CACHE_HOME pointed into it): not part of the store, "
    "never read; it can be deleted"
)


@guarded
@output_flags(fields_help(PROBLEM_FIELDS), json="Print the problems as a JSON array of {path, line, col, message}.")
def check(
    ctx: typer.Context,
    output: Output = NO_OUTPUT,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 on editorial warnings too, not only on errors (for CI).")
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="Print nothing: the exit status alone says whether the store is valid."),
    ] = False,
) -> None:
    """Validate the whole store: schema and types, unknown keys, unique ids, references, EDTF dates, quotes found in
    their seed articles, seed sha256, and no fact dated after the publication of every source reporting it.

    On a valid store, also apply the editorial rules a machine can see (`koursk docs editorial`): an alleged event with an
    unhedged title, a confirmed or reported claim or event whose quotes hedge it, English and French titles that
    disagree in hedging or figures, a figure or place in a title that no quote contains, an entity never used, a claim
    whose asserters are not its event's actors. A write `extract --write` left unfinished (killed) is a warning
    until the next one settles it, and so is a cache folder an older koursk left inside the store, and a
    data/schema.json that is not this koursk's schema (only editors read it: the store is checked against the schema
    koursk ships).

    Prints one `path:line:col: message` line per problem (`path:line:col: warning: message` for a warning) and exits
    1 if there is an error, or with --strict a warning.

    \b
    Examples:
      koursk --data . check
      koursk check --strict -q && echo valid
      koursk check --json | jq -r '.[] | select(.severity == "error") | .path' | sort | uniq -c
    """

    state = app_state(ctx)
    env = state.env
    fmt = output.format
    selected = output.selected(PROBLEM_FIELDS)
    root = resolve_store_root(state.store_option)
    unsettled = [Problem(str(root / JOURNAL), 1, 1, said, warning=True)] if (said := unsettled_write(root)) else []
    unsettled += (left := [Problem(str(f), 1, 1, LEFT_CACHE, warning=True) for f in left_cache_folders(root)])
    unsettled += (schema := schema_copy_problems(root, str(root / "data" / "schema.json")))
    try:
        store = read_store(root)  # never the cache: `check` judges the files themselves
        problems = []
    except StoreError as error:
        problems = [*error.problems, *unsettled]
    editorial = [] if problems else editorial_review(root)
    warnings = [] if problems else [*editorial, *unsettled]
    problems = problems or warnings
    if problems and (strict or not warnings):
        env.status = ExitStatus.ERROR  # decided before printing: `check | head -1` still fails a broken store

    def view() -> None:
        env.stdout.writelines(f"{problem}\n" for problem in problems)

    if quiet:
        raise typer.Exit(env.status)
    emit(env, fmt, view, rows=lambda: map(PROBLEM.record, problems), fields=selected)
    if problems and not warnings:
        drafts, more = problem_count(problems, draft=True)
        todo = (
            f" ({'more than ' if more else ''}{drafts:,} of them in drafts koursk extract left: placeholders to "
            "write, guesses to check)"
            if drafts or more
            else ""
        )
        env.error(f"koursk check: {counted_problems(problems)} in {root}{todo}")
        raise typer.Exit(ExitStatus.ERROR)
    sizes: list[tuple[str, int]] = [
        ("source", len(store.sources)),
        ("entity", len(store.entities)),
        ("topic", len(store.topics)),
        ("event", len(store.events)),
        ("claim", len(store.claims)),
    ]
    counts = ", ".join(counted(count, name) for name, count in sizes)
    found = f", with {counted(len(editorial), 'editorial warning')} (koursk docs editorial)" if editorial else ""
    found += ", and an `extract --write` not settled (see above)" if len(unsettled) > len(left) + len(schema) else ""
    found += ", and a data/schema.json for editors that is not this koursk's (see above)" if schema else ""
    found += f", and {counted(len(left), 'old cache folder')} to delete (see above)" if left else ""
    env.error(f"koursk check: the store is valid ({counts}; every quote found in its seed){found}")
    if warnings and strict:
        raise typer.Exit(ExitStatus.ERROR)
