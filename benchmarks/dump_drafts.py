"""Write extract's whole draft (the YAML `koursk extract` prints) of every held-out page, one file a page, so that a
change meant to change no behaviour (a module split, a rename, a pattern built another way) is proved by `diff -r`
between a dump made before it and one made after: byte for byte the same drafts, not only the same scores.

Usage:
  python benchmarks/dump_drafts.py OUT                          # every set: benchmarks/heldout/dev and sealed*
  python benchmarks/dump_drafts.py OUT benchmarks/heldout/dev   # only these folders
  diff -r BEFORE AFTER && echo IDENTICAL

Each page is drafted as the scorer drafts it (score_extract.draft_of: the shipped store, the truth's publication
day) and written to OUT/SET/PAGE.yaml. Run each side from its own frozen copy of the code (`git archive`), so the dump
is of that commit and nothing else. The number probe is checked the same way: `score_extract.py --probe` before and
after (its first line names the copy it ran from).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score_extract import draft_of, truths  # noqa: E402  (a script beside this one, not a package)

from koursk_cli.extract.yamlout import render_draft  # noqa: E402
from koursk_cli.store.loader import default_store_root, read_store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write the drafts into (made if missing)")
    parser.add_argument("folders", type=Path, nargs="*", help="held-out sets (default: dev and every sealed set)")
    args = parser.parse_args(argv)
    heldout = HERE / "heldout"
    folders = args.folders or sorted([heldout / "dev", *heldout.glob("sealed*")])
    store = read_store(default_store_root())
    pages = 0
    for folder in folders:
        (args.out / folder.name).mkdir(parents=True, exist_ok=True)
        for truth in truths(folder, raw=True):
            draft = draft_of(truth.text, truth.published, store, truth.name)
            (args.out / folder.name / f"{truth.name}.yaml").write_text(render_draft(draft, truth.name), "utf-8")
            pages += 1
    print(f"{pages} drafts in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
