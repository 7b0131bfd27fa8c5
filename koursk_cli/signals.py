"""SIGTERM and SIGHUP (a `timeout`, a cancelled CI job, a closed terminal) unwind like Ctrl-C: every `finally` and
`except BaseException` runs, so temporary files are removed and nothing is left half-written. The exit status is the
shell's for a death by that signal (128 + its number).

Worker processes (a cold load of a large store) leave all of that to the main process: Ctrl-C reaches the whole
process group, but only the main process acts on it; it kills its workers and unwinds, so nothing waits for them to
finish their files, and none of them prints a traceback of its own. A worker also ends when the main process dies
without unwinding (SIGKILL, the OOM killer): nothing would ever read its result (rev29 M1)."""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import select
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import sqlite3

T = TypeVar("T")
R = TypeVar("R")
_STOPPING = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


class Terminated(SystemExit):
    """Raised in the main thread when SIGTERM or SIGHUP arrives."""


def _terminate(signum: int, _frame: FrameType | None) -> None:
    signal.signal(signum, signal.SIG_IGN)  # a second signal must not interrupt the clean-up
    raise Terminated(128 + signum)


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """A rollback (undoing a write that was interrupted) runs to its end: Ctrl-C, SIGTERM and SIGHUP arriving meanwhile
    (a second Ctrl-C) are held by the kernel and acted on once it is done, with the same exit status."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def install() -> None:
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, _terminate)


SIGNAL_POLL_STEPS = 100_000
"""SQLite virtual-machine steps between two looks for a signal (about a millisecond; a statement shorter than this,
a ROLLBACK in a clean-up, is never cut short)."""


@functools.cache
def _wakeup() -> int | None:
    """The reading end of the signals' wakeup pipe (`signal.set_wakeup_fd`: Python writes each signal's number into
    it), set once per process; None where it cannot be had (no `poll`, not the main thread, a wakeup pipe someone else
    set)."""
    if not hasattr(select, "poll"):
        return None
    read, write = os.pipe()
    os.set_blocking(read, False)
    os.set_blocking(write, False)
    try:
        previous = signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    except ValueError:  # not the main thread
        previous = -2
    if previous != -1:
        if previous >= 0:
            signal.set_wakeup_fd(previous)
        os.close(read)
        os.close(write)
        return None
    return read


def interruptible(connection: sqlite3.Connection) -> None:
    """Ctrl-C, SIGTERM and SIGHUP stop a long SQLite statement at once: Python runs a signal's handler
    only between bytecodes, and a statement holds the main thread in C for as long as it runs (a `--text` of many
    prefix words once kept SIGTERM waiting 8 minutes). A thread waiting on the wakeup pipe interrupts the statement
    (OperationalError); the handler then runs at the next bytecode and raises as it would anywhere else.

    SQLite's progress handler only reads a list the thread fills (its length, in C): no system call, so Python never
    runs the signal's handler inside the callback, where SQLite would swallow its exception. It once polled the pipe,
    and a signal that cut that poll short (EINTR) ran the handler there: the exit was lost, the run went on and read
    the store again into a statement nothing stopped any more (a hang, seen once in CI)."""
    pipe = _wakeup()
    if pipe is None:
        return
    with contextlib.suppress(BlockingIOError):  # signals handled earlier in this process (a pager's Ctrl-C)
        while os.read(pipe, 1 << 16):
            pass
    stopped: list[bool] = []
    connection.set_progress_handler(stopped.__len__, SIGNAL_POLL_STEPS)
    threading.Thread(target=_interrupt_on_signal, args=(connection, pipe, stopped), daemon=True).start()


def _interrupt_on_signal(connection: sqlite3.Connection, pipe: int, stopped: list[bool]) -> None:
    """Wait for a signal and interrupt the connection from outside: SQLite calls the progress handler between
    opcodes, and FTS5 evaluates a whole MATCH in one (32 prefix words held SIGTERM 3.5 s at 100k events, rev22 L2).
    `sqlite3` lets go of the GIL while a statement runs, so this thread wakes as soon as the signal lands in the
    pipe; `interrupt` is SQLite's one call that is safe from another thread."""
    waiting = select.poll()
    waiting.register(pipe, select.POLLIN)
    waiting.poll()
    stopped.append(True)  # every later statement of the connection stops at the progress handler's next look
    with contextlib.suppress(Exception):  # closed since: nothing left to stop
        connection.interrupt()


_worker = {"busy": False, "stopping": False, "parent": 0}


class _Stopped(Exception):
    """Raised in a worker asked to stop while it reads a file: the pool sends it back whole, like any result."""


def _stop_worker(signum: int, _frame: FrameType | None) -> None:
    """A worker asked to stop (SIGTERM from koursk, or SIGHUP/SIGTERM to the whole group) abandons the file it is
    reading, but never dies half-way through sending a result while koursk waits for it: the pool would wait for the
    rest forever. An orphan (its koursk killed) has nobody to send to: it ends at once, even blocked in the pipe."""
    if os.getppid() != _worker["parent"]:
        os._exit(128 + signum)
    _worker["stopping"] = True
    if _worker["busy"]:
        raise _Stopped


PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 0.25
"""How often a worker looks for its koursk where the kernel cannot be asked to kill it with its parent."""


def _die_with_parent(parent: int) -> None:
    """End this worker when koursk (`parent`) dies, however it dies: on Linux the kernel kills it with its parent
    (prctl PR_SET_PDEATHSIG; the parent is the thread that started the pool, the main thread, for as long as it
    reads); elsewhere a thread of its own looks every PARENT_POLL_SECONDS. A parent that died before this call is
    seen at once. Without this, a SIGKILLed cold load left its workers blocked for ever on the result pipe, which
    the other workers hold open (rev29 M1)."""
    if not _death_signal(signal.SIGKILL):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


def _death_signal(signum: int) -> bool:
    """Ask Linux to send `signum` to this process when its parent dies; False where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only in a worker process, once

    try:
        return int(ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)) == 0
    except (OSError, AttributeError):  # no C library to load, or one without prctl
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _quiet_worker(parent: int, initializer: Callable[..., None], *args: Any) -> None:
    """A worker's first act: it is bound to live no longer than koursk (`parent`); Ctrl-C is the main process's to
    handle, SIGTERM and SIGHUP stop it cleanly; then the signals blocked while it was started are let in."""
    _worker["parent"] = parent
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.set_wakeup_fd(-1)  # a forked worker's signals are its own, never a stop of the main process's SQLite
    signal.signal(signal.SIGTERM, _stop_worker)
    signal.signal(signal.SIGHUP, _stop_worker)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
    initializer(*args)


def _run_in_worker(function: Callable[[T], R], items: list[T]) -> list[R]:
    results = []
    for item in items:
        _worker["busy"] = True
        try:
            if _worker["stopping"]:
                raise _Stopped
            results.append(function(item))
        finally:
            _worker["busy"] = False
    return results


def parallel_map(
    function: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    chunksize: int = 1,
) -> Generator[R, None, None]:
    """`function` over `items` in worker processes, results in order. At most two chunks per worker are handed out
    ahead of the one the caller waits for: results the caller has not taken yet wait in the workers' queue, not in
    its memory (at 1,000,000 events a file's result is a few MB, and a caller slower than its workers held many).
    The workers are started with the stopping signals blocked (so none arrives before `_quiet_worker` ran). If the
    caller stops early (an exception, Ctrl-C, SIGTERM, the iterator closed: close it explicitly with
    `contextlib.closing`), each worker is told to stop (it drops the file it is reading) and the pool is shut down
    without running what is left."""
    from concurrent.futures import Future, ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, initializer=_quiet_worker, initargs=(os.getpid(), initializer, *initargs))
    chunks = _chunks(items, chunksize)
    pending: deque[Future[list[R]]] = deque()
    finished = False
    try:
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
        try:  # starts every worker
            for chunk in itertools.islice(chunks, 2 * workers):
                pending.append(pool.submit(_run_in_worker, function, chunk))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        while pending:
            results = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(_run_in_worker, function, chunk))
            yield from results
        finished = True
    finally:
        if not finished:
            for process in list((pool._processes or {}).values()):
                with contextlib.suppress(OSError):
                    process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    each = iter(items)
    while chunk := list(itertools.islice(each, size)):
        yield chunk
