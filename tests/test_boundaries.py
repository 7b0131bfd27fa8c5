"""Imports inside functions (deferred so a run does not pay for what it does not use) sit only at the named
boundaries docs/architecture.md lists: the command registry (commands/__init__.py, by name), Rich (lazy_rich.py, on
first use), the store's readers (store/__init__.py's open_store) and the cold load's YAML side (store/loader.py), and
the few deferrals below, each with its reason and the measured path it keeps light. Everywhere else, modules import
at the top."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "koursk_cli"
DEFERRED = {
    ("__main__.py", "entry"): "the entry point turns a missing dependency into one line instead of a traceback",
    ("store/__init__.py", "open"): "the store's readers (sqlite3, the cache) load when a run first asks for the store",
    ("store/__init__.py", "workstore"): "with open: --help and usage errors never resolve or open a store",
    ("commands/show.py", "lookup"): "completing `show <TAB>` imports this module; what it shows costs ~5 ms more",
    ("commands/show.py", "show"): "as lookup: the claims arithmetic, records and profiles load when a record is shown",
    (
        "commands/eventlist.py",
        "events",
    ): "the events view (folding, styles, human dates) is not on the `events --json` path",
    ("commands/eventlist.py", "styles"): "as events: words.py and styles are for -n's note in a pipe (~0.9 ms)",
    ("commands/entry.py", "cli"): "Typer and Click load only for argv the fast path hands over (~105 M instructions)",
    ("commands/flags.py", "machine"): "every run, --help too, imports flags.py; output formats are for a command's run",
    ("commands/filters.py", "options"): "Typer builds the filter flags for a Typer command; the fast path reads rows",
    ("commands/filters.py", "words"): "as events: the words of `No events match` load only when nothing matched",
    (
        "commands/flags.py",
        "fields",
    ): "completion builds each command from these declarations; --fields parses on a run",
    ("commands/filters.py", "lookup"): "as fields: names resolve against the store only when a command runs",
    ("commands/persistent.py", "usage"): "usage.py reads the global options' names from persistent.py: a cycle",
    (
        "problems.py",
        "words",
    ): "only a count of problems needs it (a store error, `check`), and with it dates: --help loads neither",
    (
        "textnorm.py",
        "words",
    ): "words reads humanize, which reads dates, which reads textnorm: a cycle; only a value cut short needs it",
    ("completion.py", "cite"): "every run declares its completions; only a source's help beside its id needs it",
    ("cli.py", "completion"): "Typer's --install-completion loads koursk's installer (and subprocess) only when given",
    ("nobreak.py", "_wrap"): "Rich's wrap is imported with the console, on a terminal view only (lazy_rich.py)",
    (
        "nobreak.py",
        "humanize",
    ): "as _wrap: a date's pattern (its month names) for a terminal's wrap; --help loads no dates",
    ("signals.py", "futures"): "worker processes serve only a cold load of a large store",
    ("signals.py", "ctypes"): "only a forked worker, on Linux, asks the kernel to end it with its parent (rev29 M1)",
    # The cold load's YAML side: a warm run reads the cache and never parses, validates or cross-checks a file.
    ("store/loader.py", "yamldoc"): "the YAML readers parse files only on a cold load or for a changed file",
    ("store/yamldoc.py", "yamlevents"): "PyYAML (~100 M instructions) reads only a file that is not regular",
    ("store/yamlscalars.py", "constructor"): "as yamlevents: only a number, boolean or null is built by PyYAML",
    ("store/yamlscalars.py", "nodes"): "as constructor: the node PyYAML's constructor takes",
    ("store/loader.py", "validate"): "the schema check runs on what a cold load parsed",
    ("store/loader.py", "checks"): "cross-checks on a cold load",
    ("store/loader.py", "editorial"): "editorial warnings are computed when files are read",
    ("store/editorial.py", "draft"): "extract's number reading (~0.2 s): only for a quote that writes no plain figure",
    ("store/loader.py", "links"): "claim-to-event links are checked when files are read",
    ("store/open.py", "curated"): "only a store with articles in draft reads its curated part (whole, never cached)",
    ("store/open.py", "links"): "as loader: a warm run reads the links the cache kept",
    ("store/cache.py", "links"): "as loader: the link table's columns, when a cold load writes the cache",
    ("store/cache.py", "loader"): "the schema, when a command first parses the cached sources, entities or topics",
    ("store/cache.py", "validate"): "its predicate, when a command first parses the cached core entries",
    ("store/digest.py", "xxhash"): "without it only the blocks' checksum fails, in one line, not every command",
    ("store/digest.py", "hashlib"): "SHA-256 needs OpenSSL (~3 ms): report, exports naming their data, seeds' check",
    ("store/workstore.py", "tomllib"): "a config file is parsed only when one exists",
    ("store/workstore.py", "tempfile"): "only `koursk init` copies a store",
    ("environment.py", "tempfile"): "only a run that pages writes the pager's input to a temporary file (audit60 F3)",
    (
        "store/workstore.py",
        "atomic",
    ): "only `koursk init` and a folder a killed init left look for its leftovers, or name a file init cannot write "
    "(atomic's tempfile and secrets, ~4 ms, on no other run)",
    ("atomic.py", "ctypes"): "only a write of several files (`extract --write`) renames with renameat2: ~2 ms",
    ("store/workstore.py", "shlex"): "only `koursk init` quotes a path to say how to use the copy",
    ("store/workstore.py", "lock"): "only `koursk init` locks the folder it copies into (lock imports workstore)",
}


def _deferred(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import):
                    found |= {(path.relative_to(PACKAGE).as_posix(), a.name.split(".")[-1]) for a in inner.names}
                elif isinstance(inner, ast.ImportFrom):
                    found.add((path.relative_to(PACKAGE).as_posix(), (inner.module or "").split(".")[-1]))
    return found


def test_deferred_imports_stay_at_the_named_boundaries() -> None:
    stray = sorted(
        (module, name)
        for path in PACKAGE.rglob("*.py")
        for module, name in _deferred(path)
        if (module, name) not in DEFERRED
    )
    assert not stray, f"imports inside functions outside the boundaries (move them to the top, or say why): {stray}"


def test_every_private_typer_import_goes_through_compat() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "compat.py":
            continue
        text = path.read_text(encoding="utf-8")
        for private in ("typer._click", "typer.core", "typer.main", "typer.models"):
            assert private not in text, f"{path.relative_to(REPO)} uses {private}: import it from koursk_cli.compat"


def test_every_stated_deferral_is_still_there() -> None:
    """A reason left behind after its import moved to the top would misdescribe the code."""
    found = {found for path in PACKAGE.rglob("*.py") for found in _deferred(path)}
    assert set(DEFERRED) <= found, sorted(set(DEFERRED) - found)


OUTPUT_AND_SHELL = ("render", "report", "commands", "cli", "__main__")
"""The layers above the core and the store: output (render/, report/) and the shell (commands/, cli.py)."""


def _imported(path: Path) -> set[str]:
    """The koursk_cli modules a file imports, as dotted names under koursk_cli (`render.machine`)."""
    package = path.relative_to(PACKAGE).parent.parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            found.add(".".join([*base, *([node.module] if node.module else [])]))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("koursk_cli."):
            found.add((node.module or "").removeprefix("koursk_cli."))
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("koursk_cli.") for a in node.names if a.name.startswith("koursk_cli."))
    return found


def test_the_core_and_the_store_never_import_the_output_or_the_shell() -> None:
    """rev21 B8: query.py and the store imported render.machine for the JSON array's separator. Layers point
    down: output and shell import the core and the store, never the other way."""
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).with_suffix("").parts[0] in OUTPUT_AND_SHELL:
            continue
        for module in _imported(path):
            if module.split(".")[0] in OUTPUT_AND_SHELL:
                upward.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert upward == []


FILE_CALLS = {"open", "connect", "read_text", "read_bytes", "write_text", "write_bytes"}


def test_no_export_format_opens_a_file() -> None:
    """rev21 B5: architecture.md counts export/ in the core. Each format yields text or fills the database
    connection it is given; the command opens `-o FILE` (atomically) and stdout."""
    opened = sorted(
        f"{path.relative_to(PACKAGE)}:{node.lineno} {name}"
        for path in (PACKAGE / "export").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and (name := getattr(node.func, "attr", getattr(node.func, "id", ""))) in FILE_CALLS
    )
    assert opened == []
