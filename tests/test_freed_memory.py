"""A cold load's workers keep what their allocator frees (koursk_cli/freedmemory.py, the thirty-seventh pass):
each one asks glibc's malloc to before it reads a file; where there is no `mallopt`, nothing changes."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import platform
import subprocess
import sys
from typing import Any

import pytest

from koursk_cli import freedmemory
from koursk_cli.signals import parallel_map

_KEPT: list[int] = []  # in a worker: its pid once it asked to keep freed memory (a forked copy of this list)


def _recorded() -> bool:
    _KEPT.append(os.getpid())
    return True


def _no_setup() -> None:
    return None


def _kept_here(_: int) -> bool:
    return os.getpid() in _KEPT


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the workers inherit the patched module")
def test_each_worker_keeps_freed_memory_before_it_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(freedmemory, "keep_freed_memory", _recorded)
    assert list(parallel_map(_kept_here, range(8), 2, _no_setup, (), 1)) == [True] * 8
    assert os.getpid() not in _KEPT  # the main process's allocator is left as it is


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_glibc_is_told() -> None:
    code = "from koursk_cli.freedmemory import keep_freed_memory; print(keep_freed_memory())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "True\n"


class _NoMallopt:
    def __getattr__(self, name: str) -> Any:
        raise AttributeError(name)


def _no_library(name: object) -> Any:
    raise OSError("no C library")


@pytest.mark.parametrize("library", [lambda name: _NoMallopt(), _no_library])
def test_without_mallopt_nothing_changes(monkeypatch: pytest.MonkeyPatch, library: Any) -> None:
    monkeypatch.setattr(ctypes, "CDLL", library)
    assert freedmemory.keep_freed_memory() is False
