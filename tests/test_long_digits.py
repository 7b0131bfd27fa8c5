"""Runs of digits longer than Python's int() reads (4,300) in a store, an argument or a config: one line, never
a traceback (rev31 M1, L3). Every int() of untrusted text is bounded or compared as text (koursk_cli/digits.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import Run, run
from tests.stores import EVENTS, SEED, quote_event, write_store

LONG = "1" * 4301


def _numbered_store(root: Path) -> Path:
    """The small store with its seed numbered 001, as `koursk extract` names seeds."""
    write_store(root)
    (root / "seeds" / "alpha.txt").rename(root / "seeds" / "001_alpha.txt")
    path = root / "data" / "sources.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("seed: alpha.txt", "seed: 001_alpha.txt"), "utf-8")
    return root


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000],
    ids=["arrays", "objects"],
)
def test_a_schema_for_editors_nested_too_deeply_is_one_warning(
    koursk: Callable[..., Run], tmp_path: Path, text: str
) -> None:
    root = write_store(tmp_path / "store")
    (root / "data" / "schema.json").write_text(text, encoding="utf-8")
    result = koursk("--data", str(root), "check")
    assert result.exit_code == 0
    assert result.stdout.startswith(
        f"{root}/data/schema.json:1:1: warning: the schema for editors is nested too deeply to be read;"
    )


@pytest.mark.parametrize("number", ["1" + "0" * 5000, "-" + "9" * 5000])
def test_a_schema_for_editors_holding_a_huge_integer_differs_where_it_is(
    koursk: Callable[..., Run], tmp_path: Path, number: str
) -> None:
    root = write_store(tmp_path / "store")
    (root / "data" / "schema.json").write_text('{\n  "a": 1,\n  "b": ' + number + "\n}\n", encoding="utf-8")
    result = koursk("--data", str(root), "check")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{root}/data/schema.json:2:1: warning: the schema for editors is not the one")


def test_an_outlet_of_thousands_of_digits_is_checked_without_a_traceback(
    koursk: Callable[..., Run], tmp_path: Path
) -> None:
    root = _numbered_store(tmp_path / "store")
    path = root / "data" / "sources.yaml"
    path.write_text(path.read_text("utf-8").replace("outlet: null", f'outlet: "{"0" * 4400}1"'), "utf-8")
    result = koursk("--data", str(root), "check")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_figure_of_thousands_of_digits_in_a_quote_is_no_figure(koursk: Callable[..., Run], tmp_path: Path) -> None:
    """A run of more digits than any store number (a serial, a phone) is not read as a figure of the quote."""
    run_of_digits = "7" * 5000
    root = write_store(
        tmp_path / "store",
        seed=SEED + f"Le code {run_of_digits} fut lu.\n",
        events=EVENTS + quote_event(1, f"Le code {run_of_digits} fut lu"),
    )
    result = koursk("--data", str(root), "check", "--strict")
    assert (result.exit_code, result.stdout) == (0, ""), result.stdout
    assert result.stderr.startswith("koursk check: the store is valid")


@pytest.mark.parametrize(
    "args",
    [
        ("show", LONG),
        ("read", LONG),
        ("diff", LONG, "alpha"),
        ("cite", LONG),
        ("events", "--source", LONG),
        ("claims", "--source", LONG),
        ("timeline", "--source", LONG),
        ("export", "csv", "--source", LONG),
        ("sources", "--source", LONG),
    ],
    ids=lambda args: args[0] if isinstance(args, tuple) else None,
)
def test_an_id_or_source_of_thousands_of_digits_is_a_usage_error(
    koursk: Callable[..., Run], tmp_path: Path, args: tuple[str, ...]
) -> None:
    root = _numbered_store(tmp_path / "store")
    result = koursk("--data", str(root), *args)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("koursk: error: ") and len(result.stderr.splitlines()) <= 2


def test_a_report_source_of_thousands_of_digits_is_a_usage_error(koursk: Callable[..., Run], tmp_path: Path) -> None:
    root = _numbered_store(tmp_path / "store")
    result = koursk("--data", str(root), "report", "--source", LONG, "-o", str(tmp_path / "page.html"))
    assert result.exit_code == 2 and result.stderr.startswith("koursk: error: unknown source")
    assert not (tmp_path / "page.html").exists()


@pytest.fixture(scope="module")
def numbered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _numbered_store(tmp_path_factory.mktemp("store"))


@given(zeros=st.integers(0, 6000), tail=st.sampled_from(["1", "2", "10", "01", "1" * 4301]))
def test_a_seed_number_is_read_with_any_number_of_leading_zeros(numbered: Path, zeros: int, tail: str) -> None:
    """Oracle: the number the digits write (leading zeros aside) is 1, the seed's, or names no source."""
    root = numbered
    result = run("--data", str(root), "events", "--source", "0" * zeros + tail, "--json")
    if (tail.lstrip("0") or "0") == "1":
        assert (result.exit_code, [e["id"] for e in result.json()]) == (0, ["rutte-confirms"])
    else:
        assert result.exit_code == 2 and result.stderr.startswith("koursk: error: unknown source")


def test_a_descriptor_path_of_thousands_of_digits_is_a_name_too_long(
    koursk: Callable[..., Run], tmp_path: Path
) -> None:
    root = write_store(tmp_path / "store")
    result = koursk("--data", str(root), "export", "csv", "-o", f"/dev/fd/{LONG}")
    assert result.exit_code in (1, 2) and result.stderr.startswith("koursk: error: /dev/fd/111")


def test_a_config_holding_a_huge_integer_is_one_located_line(
    koursk: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    (config / "koursk").mkdir(parents=True)
    (config / "koursk" / "config.toml").write_text(f'data = "x"\n\n  x = [1{"0" * 5000}]\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    result = koursk("events")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"koursk: error: {config}/koursk/config.toml:3:8: a number of more digits than")
