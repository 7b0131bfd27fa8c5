"""SIGTERM and SIGHUP (a `timeout`, a cancelled CI job, a closed terminal) unwind like Ctrl-C: every `finally` and
`except BaseException` runs, so temporary files are removed and nothing is left half-written. The exit status is the
shell's for a death by that signal (128 + its number).

Worker processes (a cold load of a large store) leave all of that to the main process: Ctrl-C reaches the whole
process group, but only the main process acts on it; it kills its workers and unwinds, so nothing waits for them to
finish their files, and none of them prints a traceback of its own."""

from __future__ import annotations

import contextlib
import itertools
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from types import FrameType
from typing import Any, TypeVar

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


_worker = {"busy": False, "stopping": False}


class _Stopped(Exception):
    """Raised in a worker asked to stop while it reads a file: the pool sends it back whole, like any result."""


def _stop_worker(_signum: int, _frame: FrameType | None) -> None:
    """A worker asked to stop (SIGTERM from koursk, or SIGHUP/SIGTERM to the whole group) abandons the file it is
    reading, but never dies half-way through sending a result: the pool would wait for the rest forever."""
    _worker["stopping"] = True
    if _worker["busy"]:
        raise _Stopped


def _quiet_worker(initializer: Callable[..., None], *args: Any) -> None:
    """A worker's first act: Ctrl-C is the main process's to handle, SIGTERM and SIGHUP stop it cleanly; then the
    signals blocked while it was started are let in."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
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

    pool = ProcessPoolExecutor(workers, initializer=_quiet_worker, initargs=(initializer, *initargs))
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
