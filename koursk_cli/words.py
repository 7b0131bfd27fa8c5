"""The words koursk writes for reading, in each `--lang`: one table (LEGEND), so the core's lines (a conflict, who
asserts a figure) and the terminal's views say the same words. Pure: no I/O, no Rich."""

from __future__ import annotations

from .humanize import digits, plural
from .model import Status

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
        "the article": "the article",
        "spread": "Spread per measure",
        "spread line": "{measure} ({claims}): {span}",
        "lowest": "lowest {low} · highest {high}",
        "only": "only {who}",
        "all the same": "all the same figure: {who}",
        "restated": "{restatements}, not counted separately",
        "restates": "restates {claim}: not counted separately",
        "conflicts": "Conflicts ({total})",
        "side": "{id} ({value}, {who}, {as_of}{note})",
        "not listed": "; not listed",
        "no conflicts": "none: every pair of figures on the same measure and period can both be true",
        "outside": "{count} of them with a claim not listed here (these filters leave it out)",
        "and more": "… and {count} more (--all names every one)",
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
        "the article": "l'article",
        "spread": "Écart par mesure",
        "spread line": "{measure} ({claims}) : {span}",
        "lowest": "le plus bas {low} · le plus haut {high}",
        "only": "seul {who}",
        "all the same": "tous le même chiffre : {who}",
        "restatement": "reprise",
        "restated": "{restatements}, non comptées à part",
        "restates": "reprend {claim} : pas compté à part",
        "conflicts": "Conflits ({total})",
        "side": "{id} ({value}, {who}, {as_of}{note})",
        "not listed": " ; non listé",
        "no conflicts": "aucun : chaque paire de chiffres d'une même mesure et d'une même période peut être vraie",
        "outside": "{count} d'entre eux avec un chiffre non listé ici (ces filtres l'écartent)",
        "and more": "… et {count} de plus (--all les nomme tous)",
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
