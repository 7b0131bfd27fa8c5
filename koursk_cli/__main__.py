"""`python -m koursk_cli`: the same as the `koursk` command, with one line instead of a traceback when run from a
checkout whose dependencies are not installed."""

import sys

try:
    from .cli import main
except ModuleNotFoundError as missing:
    if (missing.name or "").startswith("koursk_cli"):
        raise  # koursk's own module: a bug, which the traceback should show
    sys.exit(f"koursk: {missing.name} is not installed here; install koursk first: python -m pip install .")

main()
