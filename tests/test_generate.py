"""benchmarks/generate.py stays deterministic: the stores it writes are pinned by digest, so a speed-up of the
generator cannot silently change the stores every recorded benchmark figure was measured on."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "benchmarks" / "generate.py"

# Digests of the stores written by the generator before its source-id sort moved out of the per-event loop
# (commit e78d968); the copied data/topics.yaml is left out so edits to the real topics do not count.
PINNED = {
    (7, 1000): "b7a00c8727383cec26616b1fa525141b7207fdf676f1c5a6744360cda853c65b",
    (300, 1000): "e4a3b8ac94d1faaf268ccf099909845f402424e3e6630c94c5c8e6692c3aa3f2",
    (2000, 40): "9bf36637e50c597e94e3aa1bbb22bd1a768af633ac2d40fd0db1282a4f177687",
}


def _store_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != "topics.yaml":
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@pytest.mark.parametrize(("events", "files"), sorted(PINNED))
def test_generated_store_is_byte_identical_to_the_pinned_one(tmp_path: Path, events: int, files: int) -> None:
    spec = importlib.util.spec_from_file_location("benchmark_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(events, tmp_path / "store", files)
    assert _store_digest(tmp_path / "store") == PINNED[(events, files)]
