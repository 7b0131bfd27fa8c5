"""Loaded by the test processes of tests/test_hostile.py (PYTHONPATH=tests/hooks), never by koursk itself.

KOURSK_TEST_SIGNAL_AFTER_FIRST_PIECE=TERM makes an export send itself that signal once its first piece is written
to the temporary file: a real signal, delivered to a real process, at a moment a test can count on."""

import os
import signal

_name = os.environ.get("KOURSK_TEST_SIGNAL_AFTER_FIRST_PIECE")
if _name:
    import koursk_cli.atomic as _atomic

    _original = _atomic.write_text_atomically

    def _signalling(target, pieces, *, force):  # type: ignore[no-untyped-def]
        def pieces_then_signal():  # type: ignore[no-untyped-def]
            for index, piece in enumerate(pieces):
                yield piece
                if index == 0:
                    os.kill(os.getpid(), getattr(signal, f"SIG{_name}"))

        return _original(target, pieces_then_signal(), force=force)

    _atomic.write_text_atomically = _signalling

# KOURSK_TEST_WRITE_BARRIER=DIR:N holds every `extract --write` right before it takes the store's lock, until N
# processes have reached that point: the writes then truly compete, as two curators' runs can.
_barrier = os.environ.get("KOURSK_TEST_WRITE_BARRIER")
if _barrier:
    import time
    from pathlib import Path

    import koursk_cli.commands.extract as _extract

    _folder, _count = _barrier.rsplit(":", 1)
    _store_lock = _extract.store_lock

    def _overlapping(*args, **kwargs):  # type: ignore[no-untyped-def]
        Path(_folder, f"ready-{os.getpid()}").touch()
        deadline = time.monotonic() + 20
        while len(list(Path(_folder).glob("ready-*"))) < int(_count) and time.monotonic() < deadline:
            time.sleep(0.02)
        return _store_lock(*args, **kwargs)

    _extract.store_lock = _overlapping
