"""Marks and colours shared by every terminal view, so a status looks the same in a table and a timeline."""

from __future__ import annotations

from collections.abc import Iterable

from .. import lazy_rich as rich
from ..humanize import colon, digits, plural
from ..model import STATUS_MEANING, Status
from ..placeholders import DRAFT_BADGE

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


STATUS_COLUMN = "`confirmed`, `reported`, `alleged` or `denied`"
DRAFT_COLUMN = (
    "under `--drafts` only (the last column then): `true` for a record still in draft, else `false`, as `--json`'s "
    "`draft` and `export csv`'s `draft` column; the status column holds the status alone"
)


def draft_value(draft: bool) -> str:
    """The `draft` column of a pipe's line: the words CSV writes for a flag."""
    return "true" if draft else "false"


STATUS_STYLE = {Status.CONFIRMED: "green", Status.REPORTED: "cyan", Status.ALLEGED: "yellow", Status.DENIED: "red"}
ID_STYLE = "bold"
DATE_STYLE = "magenta"
MUTED = "dim"
LEGEND = {
    "en": {
        "dates": "dates: ~ approximate · ? uncertain · A – B some time within, or all through, that window",
        "before": "Began, or may have happened, before {day}",
        "from": "Beginning on or after {day}",
        "wide": "Dated only to more than three months, so in no period above: {start} – {end}",
        "first reported": "first reported {date}",
        "of event": "status of each event (for “X says”, of the saying); its figures have their own status.",
        "of claim": "status of each figure; the event where it was said has its own status.",
        **{status.value: status.value for status in Status},
        "of diff": "status of each event (for “X says”, of the saying) and of each figure.",
        "timeline": "~ approximate · ? uncertain · ·N articles reporting it",
        "figures": "━ as of (time axis)  {conflict} conflicts with a figure ({if_exact} only if exact)  {revision} the same asserter changed its "
        "figure  {restatement} the article repeats its own figure (not counted separately)",
        "allows": "allows {values}",
        "or more": "{value} or more",
        "in": "in {source}",
        "as of": "as of {date}",
        "asserted by": "asserted by {names}",
        "reported in": "reported in {source}",
        "conflicts with": "conflicts with {ids}",
        "shown": "{shown} of {total} shown (--limit {limit})",
        "drop it": "{head}; drop it to see them all",
        "left out": "{head}; left out: {parts}; drop it to see them all",
        "more before": "{count} {more}that began before {day}",
        "more from": "{count} {more}from {day} on",
        "more": "more ",
        "and": " and ",
    },
    "fr": {
        "dates": "dates : ~ approximative · ? incertaine · A – B à un moment de cette période, ou tout du long",
        "before": "Commencé, ou peut-être survenu, avant le {day}",
        "from": "Commençant le {day} ou après",
        "wide": "Datés seulement à plus de trois mois près, donc dans aucune période : {start} – {end}",
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
        "allows": "admet {values}",
        "or more": "{value} ou plus",
        "in": "dans {source}",
        "as of": "au {date}",
        "asserted by": "avancé par {names}",
        "reported in": "rapporté dans {source}",
        "conflicts with": "en conflit avec {ids}",
        "shown": "{shown} sur {total} affichés (--limit {limit})",
        "drop it": "{head} ; retirez-le pour tous les voir",
        "left out": "{head} ; non affichés : {parts} ; retirez-le pour tous les voir",
        "more before": "{count} {more}qui ont commencé avant le {day}",
        "more from": "{count} {more}à partir du {day}",
        "more": "de plus ",
        "and": " et ",
    },
}
"""The words of a listing in each `--lang`, its legend's and its inline labels' (`allows …`, `in SOURCE`, `as of
DAY`, the status words, what --limit left out: rev37u U10, a line switched language three times); the report has
its own, report/labels.py. Pipes, JSON and CSV keep English's field names and values."""


def counted(count: int, noun: str, lang: str = "en") -> str:
    """`46 events`, `46 événements`, `10\u00a0000 événements` (humanize.digits)."""
    if lang == "en":
        return plural(count, noun)
    return f"{digits(f'{count:,}', lang)} {LEGEND[lang][noun]}{'s' if count > 1 else ''}"


def limited(limit: int, total: int, noun: str, lang: str = "en") -> str:
    """What `-n N` left out, said to a terminal (rev30 U15: `events -n 2` never said that 52 matched): `2 of 52
    events shown (--limit 2); drop it to see them all`, or "" when nothing was left out."""
    if total <= limit:
        return ""
    words = LEGEND[lang]
    head = words["shown"].format(shown=digits(f"{limit:,}", lang), total=counted(total, noun, lang), limit=limit)
    return words["drop it"].format(head=head)


def status_legend(noun: str, statuses: Iterable[Status], lang: str = "en", count: int | None = None) -> list[str]:
    """The status legend under a listing of `noun`s, one line each: what a status mark is about (rev27 U16: the
    same words under two listings read as a contradiction when Zelensky's speech is a ● confirmed event and the
    11,000 he gave a ○ reported figure), after `count` when given, then what each status shown in `statuses` says
    (rev30 U5: « confirmed » on « X says » read as the content confirmed), and only those: four definitions under a
    2-event listing buried it. `--status`'s help and `koursk docs reference` define all four."""
    words, present = LEGEND[lang], set(statuses)
    scope = words[f"of {noun}"] if present else ""
    head = " · ".join(part for part in (None if count is None else counted(count, noun, lang), scope) if part)
    meanings = [
        f"{STATUS_MARK[s]} {words[s.value]}{colon(lang)}{STATUS_MEANING[lang][s]}" for s in Status if s in present
    ]
    return [head, *meanings] if head else meanings
