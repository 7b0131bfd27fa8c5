"""What each event filter means for claims, in one table (CLAIM_FILTERS), and how a filter that cannot select a
claim is refused or reported. Pure, and light: every command with event filters reads it to know which flags a
listing of claims takes, without the claim query's arithmetic (claimquery.py reads the table to build its query)."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from .errors import UsageError
from .query import EVENT_FILTERS


class ForClaims(NamedTuple):
    """What one event filter means for claims: the claimquery.ClaimQuery fields its value goes to, and that meaning in words
    (docs/claims.md's table is written from it). A filter with no field cannot select a claim, and `meaning` says
    why: a listing of claims refuses it (refuse_claimless); an output that holds events and claims applies it to the
    events and holds no claims, saying so (left_out_note)."""

    flag: str
    sets: tuple[str, ...]
    meaning: str


# Every event filter (query.EVENT_FILTERS' fields) and --limit, by EventQuery field, in the order the docs list them.
CLAIM_FILTERS: dict[str, ForClaims] = {
    "since": ForClaims(
        "--since", ("since",), "the article reporting it was published from the period on (the windows overlap)"
    ),
    "until": ForClaims("--until", ("until",), "the article reporting it was published by the end of the period"),
    "within": ForClaims(
        "--within",
        ("since", "until"),
        "as `--since PERIOD --until PERIOD`: its article's publication window overlaps the period (it spans a few "
        "days at most)",
    ),
    "sources": ForClaims("--source", ("sources",), "it is reported by one of these articles"),
    "actors": ForClaims(
        "--actor",
        ("actors",),
        "one of these actors, or one acting for it (`--actor south-korea` takes in the NIS), asserts it, or is the "
        "outlet reporting it (`--role asserted|reported|any` chooses)",
    ),
    "speakers": ForClaims(
        "--speaker",
        ("speakers",),
        "one of these actors, or one acting for it, asserts it: the figure is said in its words (as `--actor X "
        "--role asserted`)",
    ),
    "statuses": ForClaims("--status", ("statuses",), "it has one of these statuses"),
    "text": ForClaims(
        "--text",
        ("text",),
        "its quote holds every word, its figure counting as words of it (`--text 11000` finds the claim of 11,000 "
        "whose quote spells « Onze mille », and a range's two ends), read as an event's text is (case and accents "
        "ignored; 12000 = 12 000 = "
        '12.000 = 12,000; `troup*` for words starting so; `(nis jcs)` for either; `"troupes nord"` for words in a '
        "row; a one-word name of an entity finds its other one-word names: Kursk = Koursk; a name of several words "
        "each of its names, words in a row: Corée du Nord = North Korea = Pyongyang)",
    ),
    "as_of": ForClaims(
        "--as-of",
        ("as_of",),
        "its article's whole publication window had passed by the end of the period; its conflicts are then found "
        "among such claims only ([dates.md](dates.md#what-was-known-by-a-day---as-of))",
    ),
    "limit": ForClaims("--limit", ("limit",), "it is among the first N, ordered by as-of date, publication, then id"),
    "places": ForClaims("--place", (), "a claim has no place"),
    "tags": ForClaims("--tag", (), "a claim has no tags"),
    "max_span": ForClaims("--max-span", (), "it keeps events by how long they last"),
}
assert set(CLAIM_FILTERS) == {f.field for f in EVENT_FILTERS} | {"limit"}


def claimless(flags: Collection[str]) -> list[ForClaims]:
    """The filters among `flags` (as typed: `--place`) that cannot select a claim."""
    return [row for row in CLAIM_FILTERS.values() if not row.sets and row.flag in flags]


def refuse_claimless(flags: Collection[str], instead: str = "; `koursk events FLAG …` lists the events") -> None:
    """Refuse, in one line with a hint, a filter that cannot select a claim given to a command asked for claims
    (`instead`: what else to do, FLAG standing for the flag): selecting none in silence would read as "no figure"."""
    refused = claimless(flags)
    if refused:
        flag, why = refused[0].flag, refused[0].meaning
        raise UsageError(f"{flag} cannot select claims: {why}", f"drop {flag}" + instead.replace("FLAG", flag))


def left_out_note(flags: Collection[str], holds: str) -> str | None:
    """The warning of an output that holds events and claims (`holds`: "the report") when filters given select
    events only (claimless): it then holds no claims, which must not pass for "no figure"."""
    rows = claimless(flags)
    if not rows:
        return None
    named = ", ".join(row.flag for row in rows)
    why = "; ".join(row.meaning for row in rows)
    return (
        f"koursk: warning: {named} cannot select claims ({why}), so {holds} holds no claims; drop {named} to have them"
    )
