"""The `koursk` command (pyproject's entry point) and `python -m koursk_cli`: with one line instead of a traceback
when run from a checkout whose dependencies are not installed, and quietly (exit 130) on a Ctrl-C during start-up."""

import gc
import sys


def main() -> None:
    """Run koursk: the fast path for a narrow query, else Typer (commands/entry.py). The cyclic collector is off from
    the first import on (entry.run_process says why koursk runs without it): the objects Typer and Click create while
    they are imported would otherwise trigger collections worth about 5 ms of every run."""
    gc.disable()
    try:
        try:
            from .commands.entry import main as run

            run()  # the fast path imports Typer never, the store's readers (PyYAML, xxhash) when it needs them
        except ModuleNotFoundError as missing:
            if (missing.name or "").startswith("koursk_cli"):
                raise  # koursk's own module: a bug, which the traceback should show
            sys.exit(f"koursk: {missing.name} is not installed here; install koursk first: python -m pip install .")
    except KeyboardInterrupt:  # Ctrl-C before the commands' own handling is in place (while importing): quietly
        sys.exit(130)  # errors.ExitStatus.INTERRUPTED, not imported: this must not import anything that can fail


if __name__ == "__main__":
    main()
