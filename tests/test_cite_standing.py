"""A citation says who asserts a figure and how sure the store is of it (facts16 M7): a quote that names no speaker
(« Oui, il y a déjà des pertes, c'est un fait. ») was pasted with no asserter and no status."""

from __future__ import annotations

import re

import pytest

from koursk_cli.fields import CITATION_FIELDS
from tests.conftest import run
from tests.stores import StoreBuilder

# A name Markdown would read as a link and emphasis, and Rich as markup: escaped in Markdown, as written in text.
HOSTILE = "[NIS](http://x) *Agency* [red]"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    builder = (
        StoreBuilder()
        .source("alpha", "2024-11-07")
        .source("beta", "2024-11-08")
        .entity("zelensky", "person", "Volodymyr Zelensky")
        .entity("umerov", "person", "Rustem Umerov")
        .entity("nis", "agency", HOSTILE)
        .claim("two-say", "alpha", 11000, "2024-11-07", asserted_by=("zelensky", "umerov"))
        .claim("own-voice", "alpha", 10000, "2024-11-07", status="alleged")
        .claim("hostile", "beta", 12000, "2024-11-08", asserted_by=("nis",), status="denied")
        .event("clashes", "2024-11-05", "First clashes", ("alpha", "premiers combats"), ("beta", "des combats"))
        .claim(
            "at-clashes",
            "alpha",
            3,
            "2024-11-05",
            asserted_by=("zelensky",),
            status="alleged",
            event="clashes",
            quote="3 soldats tués aux premiers combats",
        )
    )
    return str(builder.write(tmp_path_factory.mktemp("cite")))


SAID = {
    "two-say": "Figure asserted by Volodymyr Zelensky, Rustem Umerov; status: reported.",
    "own-voice": "Figure unattributed (the article's own voice); status: alleged.",
}


@pytest.mark.parametrize("style", ["markdown", "footnote", "text"])
@pytest.mark.parametrize("claim", sorted(SAID))
def test_every_style_of_a_claims_citation_names_its_asserters_and_status(store: str, claim: str, style: str) -> None:
    out = run("--data", store, "cite", claim, "--style", style).stdout
    assert SAID[claim] in out, out
    assert out.index("«") < out.index(SAID[claim])  # after the quote, never mistaken for part of it


@pytest.mark.parametrize("style", ["markdown", "footnote", "text"])
def test_an_events_status_is_said_once_after_its_quotes_and_each_quote_says_who_speaks(store: str, style: str) -> None:
    """rev25 N2: every quote of an event ended "Status: confirmed.", a hedged one too, and none named a speaker. The
    event's status holds for its quotes together: it is said once, after them; each quote says which event it
    supports and who speaks in it when the store records it (a figure linked to the event, in those words, with
    its asserter and status), or that the store records no speaker."""
    out = run("--data", store, "cite", "clashes", "--style", style).stdout
    assert "Status: confirmed" not in out
    assert out.count("Event clashes: status confirmed, on its 2 quotes together") == 1
    assert out.rindex("«") < out.index("Event clashes: status confirmed")
    first, second = out.split("«")[1:3]
    assert (
        "(quote 1 of 2). In these words, claim at-clashes: figure asserted by Volodymyr Zelensky; status: alleged"
        in (first)
    )
    assert "(quote 2 of 2); the store records no speaker for this quote." in second
    assert "asserted" not in second and "unattributed" not in out


def test_a_shipped_events_hedged_quote_is_not_pasted_as_confirmed() -> None:
    """The finding's case: « Les services de renseignement occidentaux et ukrainiens estiment que… » (000) under a
    confirmed event now carries its own reading, the figure the store records in those words (alleged)."""
    out = run("cite", "nk-troops-deployed-to-kursk", "--style", "text").stdout
    blocks = out.split("\n\n")
    hedged = next(b for b in blocks if "estiment que Pyongyang a envoyé 10 000" in b)
    assert "claim west-ukr-intel-10000-sent: figure asserted by Western intelligence services" in hedged
    assert hedged.rstrip().endswith("status: alleged.") and "confirmed" not in hedged
    assert blocks[-1].strip() == (
        "Event nk-troops-deployed-to-kursk: status confirmed, on its 5 quotes together; a quote alone may say less."
    )
    assert out.count("confirmed") == 1


def test_a_citation_points_at_a_command_that_exists_and_marks_a_summary_apart_from_the_quote() -> None:
    """rev25 N4: citations said "(koursk source cnn, …)" and there is no `source` command; N10: the curator's summary
    stood in « », the marks of the verbatim quote above it. It is `koursk show cnn` now, and [untitled; …]."""
    out = run("cite", "zelensky-11000-in-kursk", "--style", "text").stdout
    assert "(koursk show cnn: seed 001_" in out and "koursk source" not in out
    assert run("show", "cnn").exit_code == 0
    assert "— [untitled (curator's summary): Selon Zelensky" in out and out.count("«") == 1
    markdown = run("cite", "zelensky-11000-in-kursk").stdout
    assert r"— \[untitled (curator's summary): Selon Zelensky" in markdown


def test_json_gives_status_asserters_and_attribution_from_the_field_table(store: str) -> None:
    wanted = ("record", "status", "asserted_by", "attribution")
    assert set(wanted) <= set(CITATION_FIELDS)
    rows = [
        row
        for record in ("two-say", "own-voice", "hostile", "clashes")
        for row in run("--data", store, "cite", record, "--fields", ",".join(wanted), "--jsonl").jsonl()
    ]
    assert rows == [
        {
            "record": "two-say",
            "status": "reported",
            "asserted_by": ["zelensky", "umerov"],
            "attribution": "Volodymyr Zelensky, Rustem Umerov",
        },
        {"record": "own-voice", "status": "alleged", "asserted_by": [], "attribution": "unattributed"},
        {"record": "hostile", "status": "denied", "asserted_by": ["nis"], "attribution": HOSTILE},
        {"record": "clashes", "status": "confirmed", "asserted_by": None, "attribution": None},
        {"record": "clashes", "status": "confirmed", "asserted_by": None, "attribution": None},
    ]
    whole = run("--data", store, "cite", "hostile", "--json").json()[0]
    assert list(whole) == list(CITATION_FIELDS)
    assert whole["text"].endswith(r"Figure asserted by \[NIS\](http://x) \*Agency\* \[red\]; status: denied.")
    helped = " ".join(run("cite", "--help").stdout.split())
    assert "status, asserted_by, attribution" in helped


def test_an_asserters_name_is_store_text_escaped_in_markdown_and_as_written_in_text(store: str) -> None:
    markdown = run("--data", store, "cite", "hostile").stdout
    assert r"> Figure asserted by \[NIS\](http://x) \*Agency\* \[red\]; status: denied." in markdown
    footnote = run("--data", store, "cite", "hostile", "--style", "footnote").stdout
    assert r"Figure asserted by \[NIS\](http://x) \*Agency\* \[red\]; status: denied. (koursk show" in footnote
    text = run("--data", store, "cite", "hostile", "--style", "text", tty=True).stdout
    assert f"  Figure asserted by {HOSTILE}; status: denied." in text.splitlines()


def test_the_reports_citations_say_the_same(store: str) -> None:
    page = run("--data", store, "report", "-o", "-").stdout
    cites = re.findall(r'<div class="cite">.*?</div>', page, re.DOTALL)
    assert any("Figure unattributed (the article&#x27;s own voice); status: alleged." in c for c in cites), cites
    assert any("Figure asserted by Volodymyr Zelensky, Rustem Umerov; status: reported." in c for c in cites)
    assert sum(c.count("Supports the event clashes") for c in cites) == 2
    assert "[red]" in page and '<a href="http://x">' not in page


def test_a_shipped_figure_whose_quote_names_no_speaker_is_cited_with_its_asserter() -> None:
    """The finding's own case: the quote is Zelensky's words, without his name."""
    claim = run("claims", "--fields", "id,asserted_by,status,quote", "--json").json()
    losses = next(c for c in claim if c["id"] == "zelensky-losses-unspecified")
    assert "Zelensky" not in losses["quote"] and losses["asserted_by"] == ["zelensky"]
    cited = run("cite", "zelensky-losses-unspecified", "--style", "text").stdout
    assert f"Figure asserted by Volodymyr Zelensky; status: {losses['status']}." in cited


DRAFT = "DRAFT PREVIEW (koursk --drafts): it holds drafts left by koursk extract that no curator has finished."


@pytest.mark.parametrize(
    ("style", "opens"),
    [("markdown", f"> **{DRAFT}"), ("footnote", f"[^own-voice-1]: **{DRAFT}"), ("text", DRAFT)],
)
def test_a_drafts_citation_carries_the_draft_mark_in_what_is_pasted(store: str, style: str, opens: str) -> None:
    """rev18 M3: `--drafts cite` printed a citation meant for publication, with a status and an attribution extract
    may have guessed, and nothing in it to say so (the warning went to stderr only). The mark now opens the block
    quote or footnote, as `export markdown` marks its file; without --drafts nothing does."""
    preview = run("--data", store, "--drafts", "cite", "own-voice", "--style", style)
    assert preview.exit_code == 0, preview.stderr
    assert preview.stdout.startswith(opens), preview.stdout
    assert (
        run("--data", store, "cite", "own-voice", "--style", style, "--drafts", "--json")
        .json()[0]["text"]
        .startswith(opens)
    )
    assert "DRAFT" not in run("--data", store, "cite", "own-voice", "--style", style).stdout


def test_a_drafts_citation_keeps_its_draft_field_whatever_fields_ask(store: str) -> None:
    """rev19 L4: `--drafts cite --fields source,published,quote` (the form cite's help shows) dropped the mark, which
    lives in `text`: a citation from a draft store read as curated. Under --drafts every record carries `draft: true`,
    asked for or not; without --drafts it is false and `--fields` gives exactly what it asks."""
    fields = ["cite", "own-voice", "--fields", "source,published,quote", "--jsonl"]
    drafted = run("--data", store, "--drafts", *fields)
    assert drafted.exit_code == 0, drafted.stderr
    assert [list(record) for record in drafted.jsonl()] == [["draft", "source", "published", "quote"]]
    assert drafted.jsonl()[0]["draft"] is True
    assert [list(record) for record in run("--data", store, *fields).jsonl()] == [["source", "published", "quote"]]
    assert run("--data", store, "cite", "own-voice", "--json").json()[0]["draft"] is False
