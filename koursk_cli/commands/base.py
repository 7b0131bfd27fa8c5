"""What every command shares: the run's state, and the guard that turns errors into exit codes. Typer-free: the fast
path (commands/entry.py) runs a command's body through the same guard, so messages and exit codes are the same."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ..environment import Environment, OutputError, silence_stdout
from ..errors import ExitStatus, UsageError
from ..problems import CacheFault, CacheReplaced, StoreError, counted_problems
from ..store import open_store
from ..textnorm import shown

if TYPE_CHECKING:
    from ..compat import Context
    from ..model import Store


class AppState:
    """Set by the global options before any command runs; tests hand in their own Environment."""

    def __init__(self, store_option: str | None, env: Environment) -> None:
        self.store_option = store_option
        self.env = env
        self.lang = "en"
        """`--lang`: the language of the store's text a command prints (flags.LANG's help)."""
        self.lang_given = False
        """`--lang` was given (before the command's name or after it): a command that prints no store text refuses it."""
        self._store: Store | None = None

    @property
    def note_lang(self) -> str:
        """The language of what a listing tells a person beside its records (nothing matched, what -n left out):
        --lang's when stdout is a terminal, whose reader chose it; English beside a pipe's records, which stay
        English in any language."""
        return self.lang if self.env.stdout_isatty else "en"

    @property
    def drafts(self) -> bool:
        """`--drafts`: every command previews a store still being curated (see store); its environment knows too, as
        a preview's pipe lines end with a `draft` column."""
        return self.env.drafts

    @drafts.setter
    def drafts(self, value: bool) -> None:
        self.env.drafts = value

    def store(self, *, drafts: bool = False, cited_seeds: bool = False) -> Store:
        """The store, checked; `drafts` (extract, or anyone with --drafts) lets placeholders left by `koursk extract`
        pass. Such a store is read whole, never cached. `cited_seeds`: a command whose every output is the event
        rows of one query has a settled cache check only the seeds those rows cite (store.open.load_store)."""
        if self.drafts and not drafts and self._store is None:
            self.env.error(
                "koursk: warning: --drafts: placeholders left by koursk extract are shown as written; "
                "`koursk check` lists them"
            )
        drafts = drafts or self.drafts
        if self._store is None:
            env = self.env
            self._store = open_store(
                self.store_option,
                show_progress=env.stderr_isatty,
                warn=env.error,
                drafts=drafts,
                cited_seeds=cited_seeds,
            )
        return self._store

    def release(self, *, damaged: bool = False) -> None:
        """Once the command is done, let the store go (a cached store's read snapshot ends; a `damaged` cache is
        removed): a process running commands one after another (the tests' CliRunner) never holds the cache's
        shared lock between them."""
        if self._store is not None:
            self._store.release(damaged)
            self._store = None


def app_state(ctx: Context) -> AppState:
    found = ctx.find_object(AppState)
    assert found is not None, "the global options set the state before any command runs"
    return found


F = TypeVar("F", bound=Callable[..., Any])
MESSAGE_LIMIT = 500  # characters of one error line; a 100 KB argument is cut, with the count of the rest


def _from_the_cache(error: Exception) -> bool:
    """An SQLite error that reached a command is the cache's, met while reading rows (an export writes its own file
    and reports its own errors); sqlite3 is only looked up, never imported, for commands that never opened it."""
    sqlite3 = sys.modules.get("sqlite3")
    return sqlite3 is not None and isinstance(error, sqlite3.Error)


def guarded(command: F) -> F:
    """A Typer command run through run_guarded."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return run_guarded(app_state(kwargs["ctx"]), lambda: command(*args, **kwargs))

    return wrapper  # type: ignore[return-value]


def run_guarded(state: AppState, body: Callable[[], Any]) -> Any:
    """Run a command's body, turning what users can cause into one clear message and an exit code (SystemExit, which
    Click lets through as it does its own Exit); never a traceback."""
    env = state.env
    try:
        result = body()
        state.release()  # before the pager: a reader of the pager holds no lock on the cache
        env.finish()
        env.stdout.flush()
        return result
    except UsageError as error:
        env.error(f"koursk: error: {shown(error.message, MESSAGE_LIMIT)}")  # echoed arguments may be huge
        if error.hint:
            env.error(f"  hint: {shown(error.hint, MESSAGE_LIMIT)}")
        raise SystemExit(error.status) from None
    except StoreError as error:
        # rev27 U12: placeholders in drafts are a curator's to-do list, not news to every query: they are
        # counted, and `koursk check` lists them; a real problem (a broken file, a wrong quote) is said here. A
        # store whose only problems are drafts' never gets here: its curated part answers (store/curated.py).
        for problem in error.problems:
            if not problem.draft:
                env.error(str(problem))
        drafts = counted_problems(error.problems, "placeholder", draft=True)
        left = f", and {drafts} in drafts (`koursk check` lists them)" if any(p.draft for p in error.problems) else ""
        env.error(f"koursk: the store has {counted_problems(error.problems, draft=False)}{left}")
        raise SystemExit(ExitStatus.ERROR) from None
    except CacheFault as error:
        what = "was replaced meanwhile by another koursk" if isinstance(error, CacheReplaced) else "is damaged"
        done = "" if isinstance(error, CacheReplaced) else "; it was removed"
        env.error(f"koursk: error: the store's cache {what} ({error}){done}: run the command again")
        raise SystemExit(ExitStatus.ERROR) from None
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(env.status) from None  # the reader left early; the verdict stands
    except KeyboardInterrupt:
        raise SystemExit(ExitStatus.INTERRUPTED) from None
    except OSError as error:  # a full disk, a name too long, a closed or failing stdout, a removed folder
        where = f" ({shown(str(error.filename))})" if error.filename else ""
        if not where and _no_working_folder():
            where = " (the current folder no longer exists: cd to another one)"
        what = "cannot complete the command"
        if isinstance(error, OutputError):
            what = "cannot write to stdout"
            silence_stdout()
        env.error(f"koursk: error: {what}{where}: {error.strerror or error}")
        raise SystemExit(ExitStatus.ERROR) from None
    except Exception as error:
        if not _from_the_cache(error):
            raise
        state.release(damaged=True)  # an SQLite error while serving: the cache's damage
        env.error(f"koursk: error: the store's cache is damaged ({error}); it was removed: run the command again")
        raise SystemExit(ExitStatus.ERROR) from None
    finally:
        state.release()


def _no_working_folder() -> bool:
    """Whether the folder koursk runs in was removed (`getcwd` fails): what a path made absolute or relative, with
    no name of its own in the error, was missing."""
    try:
        os.getcwd()
    except FileNotFoundError:
        return True
    return False
