"""rev21 A13: a text that only credits its outlet (the shipped `cnn` seed: a French translation of a CNN report laid
out by a site nobody knows) was cited as « CNN », so a journalist would attribute French "verbatim" words to CNN.
`outlet_credited: true` makes every place that names the outlet say « credited to CNN (publisher unknown) »."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run
from tests.stores import StoreBuilder

CREDITED = "credited to CNN (publisher unknown)"


def _store(root: Path) -> str:
    """`copy`, whose text only credits CNN, and `wire`, published by the outlet it names."""
    builder = StoreBuilder().source("copy", "2024-11-08", outlet="CNN", credited=True)
    builder.source("wire", "2024-11-09", outlet="AFP")
    builder.event("speech", "2024-11-07", "A speech", ("copy", "Il a parlé"), ("wire", "Il a reparlé"))
    return str(builder.write(root))


@pytest.mark.parametrize(
    ("args", "tty"),
    [
        (["cite", "speech"], False),
        (["cite", "speech", "--style", "footnote"], False),
        (["cite", "speech", "--style", "text"], False),
        (["sources"], False),
        (["sources"], True),
        (["show", "copy"], False),
        (["show", "speech"], False),
        (["diff", "copy", "wire"], False),
        (["export", "timelinejs"], False),
        (["report", "-o", "-"], False),
    ],
)
def test_every_place_naming_the_outlet_says_it_is_only_credited(tmp_path: Path, args: list[str], tty: bool) -> None:
    result = run("--data", _store(tmp_path), *args, tty=tty, width=200)
    assert result.exit_code == 0, result.stderr
    assert CREDITED in result.stdout
    assert "credited to AFP" not in result.stdout  # a publisher is named as it is


def test_the_french_report_says_it_in_french(tmp_path: Path) -> None:
    page = run("--data", _store(tmp_path), "report", "--lang", "fr", "-o", "-").stdout
    assert "attribué à CNN (éditeur inconnu)" in page  # its sources and links; citations are cite's (English)


def test_a_publisher_is_named_as_it_is(tmp_path: Path) -> None:
    cited = run("--data", _store(tmp_path), "cite", "speech", "--style", "text").stdout
    assert ", AFP, published 9 Nov 2024" in cited


def test_machines_get_the_outlet_and_the_flag(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sources = {s["id"]: s for s in run("--data", store, "sources", "--json").json()}
    assert (sources["copy"]["outlet"], sources["copy"]["outlet_credited"]) == ("CNN", True)
    assert (sources["wire"]["outlet"], sources["wire"]["outlet_credited"]) == ("AFP", False)
    cited = {c["source"]: c for c in run("--data", store, "cite", "speech", "--json").json()}
    assert cited["copy"]["outlet_credited"] is True and CREDITED in cited["copy"]["text"]


def test_the_shipped_translation_is_never_cited_as_cnns_own_words() -> None:
    cited = run("cite", "zelensky-11000-in-kursk", "--style", "text").stdout
    assert CREDITED in cited and ", CNN," not in cited


def test_check_refuses_a_credited_flag_without_an_outlet(tmp_path: Path) -> None:
    builder = StoreBuilder().source("copy", "2024-11-08", credited=True)
    builder.event("speech", "2024-11-07", "A speech", ("copy", "Il a parlé"))
    result = run("--data", str(builder.write(tmp_path)), "check")
    assert result.exit_code == 1
    assert "outlet_credited: true needs the outlet the text credits" in result.stderr + result.stdout


def test_an_outlet_only_credited_reports_no_figure_to_the_actor_filter(tmp_path: Path) -> None:
    """rev22 L4: `claims troops --actor CNN --role reported` still listed the figures of the text that only credits
    CNN, so the attribution A13 removed came back through a filter. The outlet that publishes is the reporter."""
    builder = StoreBuilder().source("copy", "2024-11-08", outlet="CNN", credited=True)
    builder.source("wire", "2024-11-09", outlet="AFP")
    builder.entity("cnn-network", "media", "CNN").entity("afp", "media", "AFP")
    builder.claim("copy-figure", "copy", 11000, "2024-11").claim("wire-figure", "wire", 12000, "2024-11")
    store = str(builder.write(tmp_path))

    def found(*args: str) -> list[str]:
        return [claim["id"] for claim in run("--data", store, "claims", "troops", *args, "--json").json()]

    assert found("--actor", "CNN", "--role", "reported") == [] and found("--actor", "CNN") == []
    assert found("--actor", "AFP", "--role", "reported") == ["wire-figure"]
