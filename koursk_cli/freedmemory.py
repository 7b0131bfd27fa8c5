"""Memory freed by C's allocator kept for the next request, in the processes of a cold load.

glibc's malloc gives a freed block of 128 KB or more back to the kernel (munmap, or the heap's top trimmed) and asks
for fresh pages for the next one: a cold load's worker does that with each store file's text, its parse and its
pickled result, so the workers of a 100,000-event load took ~145,000 page faults (580 MB of fresh pages) while
holding 62 MB at most. A fresh page is a fault and a zeroed page, and on a virtual machine often the host's too:
the same code's cold load varied by a third in CPU from one hour to the next (docs/performance.md, thirty-seventh
pass). With blocks up to 32 MB taken from the heap and its top kept, they took ~20,000 and their system CPU fell by
half (0.3-0.5 s of 15-50 s at 100k-300k: a small cut), their peak unchanged (the heap only keeps what they held at
once). Elsewhere (musl, macOS: no `mallopt`) nothing changes."""

from __future__ import annotations

import ctypes

_M_TRIM_THRESHOLD = -1  # glibc's malloc.h
_M_MMAP_THRESHOLD = -3
_MMAP_FROM = 32 << 20  # glibc's highest mmap threshold on 64 bits: below it, blocks come from the heap
_TRIM_FROM = 1 << 30  # the heap's free top given back only past 1 GB


def keep_freed_memory() -> bool:
    """Tell this process's malloc to keep what it frees (glibc's `mallopt`); whether it could."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_FROM)) and bool(mallopt(_M_TRIM_THRESHOLD, _TRIM_FROM))
