"""Marks and colours shared by every terminal view, so a status looks the same in a table and a timeline."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import lazy_rich as rich
from ..humanize import plural
from ..model import STATUS_MEANING, Status
from ..placeholders import DRAFT_BADGE

if TYPE_CHECKING:
    from ..claims import ConflictKind, ConflictTier

STATUS_MARK = {Status.CONFIRMED: "●", Status.REPORTED: "○", Status.ALLEGED: "◌", Status.DENIED: "✕"}
DRAFT_MARK = DRAFT_BADGE + " "
"""Opens the text of a record still in draft (`--drafts`: `draft: true` in its JSON) wherever a view lists it."""
DRAFT_STYLE = "bold red"


def draft_text(draft: bool, style: str = "") -> rich.Text:
    """The start of a record's text in a terminal view (`style` for the whole): DRAFT_MARK when it is in draft."""
    text = rich.Text(style=style)
    if draft:
        text.append(DRAFT_MARK, style=DRAFT_STYLE)
    return text


def status_value(status: Status, draft: bool) -> str:
    """A status as a pipe's line writes it: `alleged`, or `alleged (draft)` for a record still in draft."""
    return f"{status.value} (draft)" if draft else status.value


STATUS_STYLE = {Status.CONFIRMED: "green", Status.REPORTED: "cyan", Status.ALLEGED: "yellow", Status.DENIED: "red"}
ID_STYLE = "bold"
DATE_STYLE = "magenta"
MUTED = "dim"
UNLABELLED = {"en": "(no label)", "fr": "(sans mention)"}
"""Opens the legend's line for the kind of conflict listings leave unlabelled (an overlap): ≠ and ≠? say its tier."""


def conflict_legend(
    kinds: Iterable[ConflictKind | str], lang: str = "en", tiers: Iterable[ConflictTier | str] = ()
) -> list[str]:
    """What each tier (claims.CONFLICT_TIERS) and each kind of conflict among `tiers` and `kinds` means, one line
    each in the registries' order, as the legend under listed conflicts says it: `≠ firm: …`, `≠? only if the round
    figures are exact: …`, `(no label) …` for an overlap, `(total fell) …` for the others (rev30 U4: « both cannot be
    true » was said of windows that docs/claims.md says may both hold; rev32 R15: of round figures the store reads
    as estimates)."""
    from ..claims import CONFLICT_LABELS, ConflictKind, ConflictTier, tier_line  # only listings with conflicts

    present = {ConflictKind(kind) for kind in kinds}
    tiered = {ConflictTier(tier) for tier in tiers}
    lines = [tier_line(tier, lang) for tier in ConflictTier if tier in tiered]
    for kind, words in CONFLICT_LABELS.items():
        if kind in present:
            label, meaning = words[lang]
            lines.append(f"{f'({label})' if label else UNLABELLED[lang]} {meaning}")
    return lines


LEGEND = {
    "en": {
        "dates": "dates: ~ approximate · ? uncertain · A – B some time within, or all through, that window",
        "before": "Began, or may have happened, before {day}",
        "from": "Beginning on or after {day}",
        "first reported": "first reported {date}",
        "of event": "status of each event (for “X says”, of the saying); its figures have their own status.",
        "of claim": "status of each figure; the event where it was said has its own status.",
        **{status.value: status.value for status in Status},
        "of diff": "status of each event (for “X says”, of the saying) and of each figure.",
        "timeline": "~ approximate · ? uncertain · ·N articles reporting it",
        "figures": "━ as of (time axis)  {conflict} conflicts with a figure ({if_exact} only if exact)  {revision} the same asserter changed its "
        "figure  {restatement} the article repeats its own figure (not counted separately)",
    },
    "fr": {
        "dates": "dates : ~ approximative · ? incertaine · A – B à un moment de cette période, ou tout du long",
        "before": "Commencé, ou peut-être survenu, avant le {day}",
        "from": "Commençant le {day} ou après",
        "first reported": "d'abord rapporté : {date}",
        "of event": "statut de chaque événement (pour « X dit », de la déclaration) ; ses chiffres ont le leur.",
        "of claim": "statut de chaque chiffre ; l'événement où il a été dit a le sien.",
        "confirmed": "confirmé",
        "reported": "rapporté",
        "alleged": "allégué",
        "denied": "démenti",
        "event": "événement",
        "claim": "chiffre",
        "of diff": "statut de chaque événement (pour « X dit », de la déclaration) et de chaque chiffre.",
        "timeline": "~ approximative · ? incertaine · ·N articles qui le rapportent",
        "figures": "━ à la date (axe du temps)  {conflict} en conflit avec un chiffre ({if_exact} seulement si exact)  {revision} le même auteur a "
        "changé son chiffre  {restatement} l'article répète son propre chiffre (non compté à part)",
    },
}
"""The words of a listing's legend in each `--lang` (the report has its own, report/labels.py)."""
DATE_LEGEND = LEGEND["en"]["dates"]
"""How a date is marked (humanize.human_date), said under every dated listing and `show`."""


def counted(count: int, noun: str, lang: str = "en") -> str:
    """`46 events`, `46 événements`."""
    return plural(count, noun) if lang == "en" else f"{count} {LEGEND[lang][noun]}{'s' if count > 1 else ''}"


def status_legend(noun: str, statuses: Iterable[Status], lang: str = "en", count: int | None = None) -> list[str]:
    """The status legend under a listing of `noun`s, one line each: what a status mark is about (rev27 U16: the
    same words under two listings read as a contradiction when Zelensky's speech is a ● confirmed event and the
    11,000 he gave a ○ reported figure), after `count` when given, then what each status shown in `statuses` says
    (rev30 U5: « confirmed » on « X says » read as the content confirmed), and only those: four definitions under a
    2-event listing buried it. `--status`'s help and `koursk docs reference` define all four."""
    words, present = LEGEND[lang], set(statuses)
    colon = " : " if lang == "fr" else ": "
    scope = words[f"of {noun}"] if present else ""
    head = " · ".join(part for part in (None if count is None else counted(count, noun, lang), scope) if part)
    meanings = [f"{STATUS_MARK[s]} {words[s.value]}{colon}{STATUS_MEANING[lang][s]}" for s in Status if s in present]
    return [head, *meanings] if head else meanings
