"""`koursk show` reads as the listings do (rev25 N5, N17, N22): a figure with its status, conflicts and asserters'
names, restatements left out said so, each source's header once over its quotes, and the date marks explained."""

from __future__ import annotations

from koursk_cli.words import LEGEND
from tests.conftest import run


def test_a_figure_in_show_carries_its_status_conflicts_and_asserters_names() -> None:
    """N17: `show troops` listed « ~12,000 soldiers · … · asserted by nis » with no ◌ alleged and no ✕, though its
    JSON had both; `claims` marks them."""
    for record in ("troops", "nis"):
        lines = run("show", record).stdout.splitlines()
        nis = next(line for line in lines if " nis-12000-sent " in line)
        assert nis.startswith("figure: ◌ alleged · as of 13 Oct 2024 – ~6 Nov 2024? · ~12,000 soldiers"), nis
        assert "asserted by National Intelligence Service" in nis and "asserted by nis " not in nis
        # ≠: these hold only if the round figures are exact (rev32 R15)
        assert nis.endswith("≠? conflicts with article-002-10000-men, west-ukr-intel-10000-sent (total fell)")
    shown = run("show", "zelensky-budapest-11000").stdout
    assert "figure: ○ reported · as of 7 Nov 2024 · 11,000 soldiers" in shown


def test_show_topic_says_which_restatements_it_leaves_out() -> None:
    """N17: `show troops` dropped article-000-thousands-sent and ukraine-more-than-10000 without a word."""
    lines = run("show", "troops").stdout.splitlines()
    left = [line for line in lines if line.startswith("not shown: ")]
    assert left == [
        "not shown: 2 restatements: article-000-thousands-sent (↩ west-ukr-intel-10000-sent), "
        "ukraine-more-than-10000 (↩ intel-agencies-more-than-10000)"
    ]
    assert lines.index(left[0]) > next(i for i, line in enumerate(lines) if "measure: sent-to-russia" in line)


def test_show_gives_each_sources_header_once_over_its_quotes() -> None:
    """N5: zelensky-budapest-11000's six quotes from cnn each came under the same three-line header."""
    piped = run("show", "zelensky-budapest-11000").stdout.splitlines()
    assert sum(line.startswith("source: cnn — ") for line in piped) == 1
    assert sum(line.startswith("quote: «") for line in piped) == 6
    shown = run("--no-color", "show", "zelensky-budapest-11000", tty=True, width=100).stdout
    assert shown.count("cnn — credited to CNN") == 1 and shown.count("«") == 6 + shown.count("« ")


def test_date_marks_are_explained_where_dates_are_shown() -> None:
    """N22: events, claims and show explained ● ○ ◌ ✕ but not ~, ? or a window; show's « (2024-11-07; 2024-11-07) »
    were two unlabelled forms."""
    for args in (["events", "--since", "2024-10"], ["claims", "troops"], ["show", "nk-troops-deployed-to-kursk"]):
        out = run("--no-color", *args, tty=True, width=120).stdout
        assert LEGEND["en"]["dates"] in out, args
    assert "~ approximate · ? uncertain · A – B" in LEGEND["en"]["dates"]
    single = run("--no-color", "show", "zelensky-budapest-11000", tty=True, width=120).stdout
    assert "7 Nov 2024  (EDTF 2024-11-07)\n" in single
    month = run("show", "full-scale-invasion").stdout
    assert "date: Feb 2022  (EDTF 2022-02; days 2022-02-01 to 2022-02-28)" in month


def test_guillemets_stay_with_their_words_when_text_wraps() -> None:
    """N23: at 80 columns `show 001` wrapped « made « » / « ses premiers… » and « « hier » / « » suggests »."""
    for width in (60, 72, 80, 100):
        out = run("--no-color", "show", "001", tty=True, width=width).stdout
        lines = [line.strip() for line in out.splitlines()]
        assert not [line for line in lines if line.endswith("«") or line.startswith("»")], width
        assert all(len(line) <= width for line in out.splitlines())
