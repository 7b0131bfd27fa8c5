"""Commands that live in their own module register themselves on `cli.app` when imported here."""

from . import export, extract  # noqa: F401
