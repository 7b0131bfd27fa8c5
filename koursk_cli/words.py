"""The words koursk writes for reading, in each `--lang`: one table (LEGEND), so the core's lines (a conflict, who
asserts a figure) and the terminal's views say the same words. Pure: no I/O, no Rich."""

from __future__ import annotations

from .humanize import digits
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
        "figures": "━ as of (time axis)  {conflict} conflicts with a figure ({same_day} only if on the same day, {if_exact} only if exact)  {revision} the same asserter changed its "
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
        "the article itself": "the article itself",
        "untitled": "untitled (curator's summary): {title}",
        "credited": "credited to {outlet} (publisher unknown)",
        "unknown": "unknown",
        "published": "published {date}",
        "across note": "Conflicts: every pair a measure's figures take part in, a pair across two measures (one bounding "
        "the other) counted for each (koursk docs claims rule 9)",
        "firm note": "Firm: of those conflicts, how many are firm, still holding with each round figure read as "
        "approximate (±10 %) on dates that cannot be read apart; Same day: how many hold only if on the same day",
        "topic aliases": "--claim takes a topic or an alias ({aliases})",
        "coarse week": "dated only to {start}: told in its first week, it may begin in any week of it",
        "coarse month": "dated only to {start}: told in its first month, it may begin in any month of it",
        "coarse year": "dated only to {start}: told in its first year, it may begin in any year of it",
        "nothing reported": "nothing reported",
        "nothing begins": "nothing begins here; {parts}",
        "may reach": "{count} above may reach it",
        "may fall": "{count} dated only loosely below may fall in it",
        "; ": "; ",
        "density": "Events per {unit} (each column {cell}; █ = {top})",
        "one week named": "one week, named under it",
        "one month named": "one month, named under it",
        "one year named": "one year, named under it",
        "one week": "one week",
        "one month": "one month",
        "one year": "one year",
        "entities": "{entities} · `koursk show ID` for one in full",
        "diff events": "Events: {both} in both, {only_a} only in {a}, {only_b} only in {b}",
        "diff claims": "Claims compared: {agree} agree, {conflict} conflict, {differ} differ over time",
        "diff only": "Claims on measures only one article addresses: {only_a} in {a}, {only_b} in {b}",
        "known by": "Known by {day}: {known}",
        "known before": "Known before the first article: nothing",
        "nothing": "nothing",
        "new by": "New by {day}: {counts}",
        "new since": "New since, up to the latest article: {counts}",
        "now": "now",
        "revised count": "{count} revised",
        "straddles from": "{source}: window straddles {start}: new by {end}, maybe known by {start} (marked ?)",
        "straddles to": "{source}: window straddles {end}: maybe out by then, not counted (an article counts once its "
        "whole window has passed, as with --as-of {end})",
        "new source": "source {line}",
        "new event": "event {line}",
        "new claim": "claim {line}",
        "corroborated": "corroborated {line} by {sources}",
        "revised": "revised {measure}: {before} → {after}",
        "conflict pair": "conflict{label}",
        "differ": "differ",
        "agree": "agree",
        "vs": "vs",
        "more conflicts": "… and {count} more new conflicts: add --all to name every one",
        "conflicts count": "conflicts: {counts}",
        "md events": "Events (koursk export markdown)",
        "md claims": "Claims (koursk export markdown)",
        "md event header": "Date|Event|Status|Sources|Id",
        "md claim header": "As of|Figure|Topic|Measure|Asserted by|Source|Status|Id",
        "md source header": "Id|Outlet|Title|Published|URL",
        "md the article": "(the article)",
        "md status": "Status: {statuses}.",
        "md dates": "Dates: ~ approximate, ? uncertain, % both; A – B: some time within, or all through, that window.",
        "md sources": "Sources",
        "md elsewhere": "Figures, and where the sources disagree on them: koursk export markdown --rows claims lists them "
        "with their conflicts, and koursk report events and figures together.",
        "md made with": "Made with: {command}",
        "md whole store": "(no filter: the whole store)",
        "md store": "Store: {store}, digest (SHA-256) {digest}",
        "md shipped": "the store shipped with koursk {version}",
        "outlet unknown": "outlet unknown",
        "no url": "no URL recorded",
        "day unknown": "{date} (exact day unknown)",
        "no events": "No events match these filters.",
        "no claims": "No claims{topic} match these filters.",
        "no sources": "No sources match these filters.",
        "on topic": " on '{topic}'",
        "asserted": "{count} asserted, by as-of date",
        "asserted by others": "{count} figures asserted by others, by as-of date",
        "restated list": "{restatements}: {ids}",
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
        # A count's singular, where it differs (said(): 1 in English, 0 and 1 in French)
        "asserted by others (one)": "{count} figure asserted by others, by as-of date",
        "more conflicts (one)": "… and {count} more new conflict: add --all to name it",
        # koursk cite's own words (cite.py): what a citation says around the article's quote and title
        "unattributed": "unattributed",
        "cite figure": "figure asserted by {who}; status: {status}",
        "cite own voice": "figure {who} (the article's own voice); status: {status}",
        "cite quote of": "quote {number} of {count}",
        "cite only quote": "its only quote",
        "cite supports": "Supports the event {id} — {title} ({which})",
        "cite speaker": "{lead}; speaker: {name}",
        "cite no speaker": "{lead}; the store records no speaker for this quote.",
        "cite in these words": "{lead}. In these words, {claims}",
        "cite claim": "claim {id}: {figure}.",
        "cite event status": "Event {id}: status {status}{together}.",
        "cite together": ", on its {count} quotes together; a quote alone may say less",
        "cite retrieved": "retrieved {date}",
        "cite provenance": "koursk show {id}: seed {seed}, sha256 {digest}…",
        # koursk report's page (report/page.py, chart.py): its headings, legends and notes
        "page title": "North Korean troops in Russia's Kursk region: timeline, figures and sources",
        "page intro": "Every event and figure below rests on a verbatim quote from a news article; open a quote to read "
        "it. Dates are shown at the precision the articles allow: ~ approximate, ? uncertain, a range as a bar.",
        "page skip": "Skip to the timeline",
        "page contents": "Contents",
        "page timeline": "Timeline",
        "page figures": "Figures over time",
        "page sources": "Sources",
        "page selection": "Selection",
        "page filters": "Filters",
        "page no filters": "none (the whole store)",
        "page store": "Store",
        "page digest": "Store digest (SHA-256)",
        "page generated": "Generated",
        "page known by": "Known by",
        "page known note": "{day}: each event shows only the quotes and sources published by then; dates, date bases, "
        "statuses, titles and notes (of events, figures and articles) are the store's reading of every article "
        "today, later ones included.",
        "page contains": "This page",
        "page counts": "{events}, {claims}, {sources}",
        "page claims filters": "Figures are selected by the same filters, read as for claims (publication date, source, "
        "actor, status, text, as-of); a figure has no place, tag or span, so filtering by any of them leaves none.",
        "page filter": "Filter",
        "page filter placeholder": "words in titles, quotes, sources…",
        "page status": "Status",
        "page shown": "{events} and {claims} shown",
        "page shown events": "{shown} of {total} events",
        "page shown events (one)": "{shown} of {total} event",
        "page shown claims": "{shown} of {total} figures",
        "page shown claims (one)": "{shown} of {total} figure",
        "page legend": "Status: ● confirmed, ○ reported, ◌ alleged, ✕ denied. The bar shows the event's dates within "
        "its month: solid for a day or a range, hatched for a month, faded when approximate, dashed when uncertain.",
        "page no events": "No events match this selection.",
        "page gap": "Nothing reported from {start} to {end}.",
        "page gap one": "Nothing reported in {period}.",
        "page gap wide": "Nothing dated to {span}; {count} dated only to a wide window (last section) may fall in it.",
        "page wide": "Dated only to a window of more than three months",
        "page wide legend": "some time between {start} and {end}, so in no month above; the bar shows each event's "
        "window within that span.",
        "page sources of": "Sources",
        "page actors": "Who",
        "page places": "Where",
        "page quotes": "{count} quotes, date basis and citation",
        "page quote": "Quote, date basis and citation",
        "page date basis": "Date basis",
        "page note": "Note",
        "page cite": "Cite",
        "page no claims": "No figures match this selection.",
        "page as of": "As of",
        "page figure": "Figure",
        "page asserted by": "Asserted by",
        "page the article": "the article",
        "page source": "Source",
        "page conflicts": "Conflicts with",
        "page restates": "↩ restates {claim}, a figure the same article gave: not counted separately",
        "page draft": "[draft]",
        "page draft note": "still in draft: koursk extract's reading, which no curator has checked",
        "page draft legend": "Each event, figure and article still in draft opens with [draft]; the others are curated.",
        "page quote cite": "Quote and citation",
        "page as of basis": "As-of basis",
        "page chart title": "{measure}: each figure over the dates it holds for, by who asserts it",
        "page chart legend": "Each box spans the dates a figure holds for (across) and the values that would make it "
        "true (up): ±10 % when approximate, an arrow when it is a minimum. A dashed red outline and ! mark a "
        "figure that conflicts with another (no single number makes both true, or a total that can only grow is "
        "below an earlier one: « total fell »); dashed short with {same_day} when none is firm and one holds only if on "
        "the same day, dotted with {if_exact} when each holds only if the round figures are exact.",
        "page outlet": "Outlet",
        "page outlet unknown": "not named in the article",
        "page published": "Published",
        "page published basis": "Publication date basis",
        "page seed": "Article file",
        "page supports": "On this page",
        "page supports counts": "{events}, {claims}",
        "page author": "Author",
        "page unknown": "not recorded",
        "page retrieved": "Retrieved",
        "page article notes": "Notes on the article (its own errors and oddities)",
        "page footer": "Generated by koursk {version}. Quotes are verbatim from the articles listed under Sources; "
        "titles and figures are the curators' reading of them.",
        "page shipped store": "the store shipped with koursk {version}",
        "page working store": "the working store at {path}",
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
        "figures": "━ à la date (axe du temps)  {conflict} en conflit avec un chiffre ({same_day} seulement si le même jour, {if_exact} seulement si exact)  {revision} le même auteur a "
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
        "the article itself": "l'article lui-même",
        "untitled": "sans titre (résumé du curateur) : {title}",
        "credited": "attribué à {outlet} (éditeur inconnu)",
        "unknown": "inconnu",
        "published": "publié {date}",
        "across note": "Conflicts : chaque paire à laquelle les chiffres d'une mesure prennent part, une paire entre deux "
        "mesures (l'une bornant l'autre) comptée pour chacune (koursk docs claims, règle 9)",
        "firm note": "Firm : parmi ces conflits, combien sont fermes, valant encore quand chaque chiffre rond est lu "
        "comme approximatif (à 10 % près) à des dates qu'on ne peut séparer ; Same day : combien ne valent que le même "
        "jour",
        "topic aliases": "--claim prend un sujet ou un alias ({aliases})",
        "coarse week": "daté seulement de {start} : placé dans sa première semaine, il peut commencer dans n'importe "
        "laquelle",
        "coarse month": "daté seulement de {start} : placé dans son premier mois, il peut commencer dans n'importe "
        "lequel",
        "coarse year": "daté seulement de {start} : placé dans sa première année, il peut commencer dans n'importe "
        "laquelle",
        "nothing reported": "rien de rapporté",
        "nothing begins": "rien ne commence ici ; {parts}",
        "may reach": "{count} plus haut peuvent s'y prolonger",
        "may fall": "{count} datés seulement à peu près plus bas peuvent y tomber",
        "; ": " ; ",
        "density": "Événements par {unit} (chaque colonne : {cell} ; █ = {top})",
        "week": "semaine",
        "month": "mois",
        "month (many)": "mois",
        "year": "année",
        "one week named": "une semaine, nommée dessous",
        "one month named": "un mois, nommé dessous",
        "one year named": "une année, nommée dessous",
        "one week": "une semaine",
        "one month": "un mois",
        "one year": "une année",
        "entity": "entité",
        "entities": "{entities} · `koursk show ID` pour l'une d'elles en entier",
        "diff events": "Événements : {both} dans les deux, {only_a} seulement dans {a}, {only_b} seulement dans {b}",
        "diff claims": "Chiffres comparés : {agree} en accord, {conflict} en conflit, {differ} différents dans le temps",
        "diff only": "Chiffres de mesures qu'un seul article aborde : {only_a} dans {a}, {only_b} dans {b}",
        "known by": "Connu au {day} : {known}",
        "known before": "Connu avant le premier article : rien",
        "nothing": "rien",
        "new by": "Nouveau au {day} : {counts}",
        "new since": "Nouveau depuis, jusqu'au dernier article : {counts}",
        "now": "dernier article",
        "revised count": "{count} révisés",
        "straddles from": "{source} : période à cheval sur le {start} : nouveau au {end}, peut-être connu au {start} "
        "(marqué ?)",
        "straddles to": "{source} : période à cheval sur le {end} : peut-être pas encore paru, non compté (un article "
        "compte une fois toute sa période passée, comme avec --as-of {end})",
        "new source": "source {line}",
        "new event": "événement {line}",
        "new claim": "chiffre {line}",
        "corroborated": "corroboré {line} par {sources}",
        "revised": "révisé {measure} : {before} → {after}",
        "conflict pair": "conflit{label}",
        "differ": "différent",
        "agree": "en accord",
        "vs": "contre",
        "more conflicts": "… et {count} nouveaux conflits de plus : ajoutez --all pour tous les nommer",
        "conflicts count": "conflits : {counts}",
        "source": "source",
        "conflict": "conflit",
        "md events": "Événements (koursk export markdown)",
        "md claims": "Chiffres (koursk export markdown)",
        "md event header": "Date|Événement|Statut|Sources|Id",
        "md claim header": "Au|Chiffre|Sujet|Mesure|Avancé par|Source|Statut|Id",
        "md source header": "Id|Média|Titre|Publié|URL",
        "md the article": "(l'article)",
        "md status": "Statut : {statuses}.",
        "md dates": "Dates : ~ approximative, ? incertaine, % les deux ; A – B : à un moment de cette période, ou tout du "
        "long.",
        "md sources": "Sources",
        "md elsewhere": "Les chiffres, et où les sources divergent à leur sujet : koursk export markdown --rows claims "
        "les liste avec leurs conflits, et koursk report montre événements et chiffres ensemble.",
        "md made with": "Produit par : {command}",
        "md whole store": "(aucun filtre : tout le corpus)",
        "md store": "Corpus : {store}, empreinte (SHA-256) {digest}",
        "md shipped": "le corpus fourni avec koursk {version}",
        "outlet unknown": "média inconnu",
        "no url": "pas d'URL enregistrée",
        "day unknown": "{date} (jour exact inconnu)",
        "no events": "Aucun événement ne correspond à ces filtres.",
        "no claims": "Aucun chiffre{topic} ne correspond à ces filtres.",
        "no sources": "Aucune source ne correspond à ces filtres.",
        "on topic": " sur '{topic}'",
        "asserted": "{count} avancés, par date",
        "asserted by others": "{count} chiffres avancés par d'autres, par date",
        "restated list": "{restatements} : {ids}",
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
        # A count's singular, where it differs (said(): 1 in English, 0 and 1 in French)
        "asserted (one)": "{count} avancé, par date",
        "asserted by others (one)": "{count} chiffre avancé par d'autres, par date",
        "more conflicts (one)": "… et {count} nouveau conflit de plus : ajoutez --all pour le nommer",
        "more before (one)": "{count} {more}qui a commencé avant le {day}",
        "may reach (one)": "{count} plus haut peut s'y prolonger",
        "may fall (one)": "{count} daté seulement à peu près plus bas peut y tomber",
        "revised count (one)": "{count} révisé",
        "restated (one)": "{restatements}, non comptée à part",
        # koursk cite's own words (cite.py): what a citation says around the article's quote and title
        "unattributed": "non attribué",
        "cite figure": "chiffre avancé par {who} ; statut : {status}",
        "cite own voice": "chiffre {who} (l'article en son propre nom) ; statut : {status}",
        "cite quote of": "citation {number} sur {count}",
        "cite only quote": "sa seule citation",
        "cite supports": "À l'appui de l'événement {id} — {title} ({which})",
        "cite speaker": "{lead} ; locuteur : {name}",
        "cite no speaker": "{lead} ; le corpus n'enregistre aucun locuteur pour cette citation.",
        "cite in these words": "{lead}. En ces termes, {claims}",
        "cite claim": "chiffre {id} : {figure}.",
        "cite event status": "Événement {id} : statut {status}{together}.",
        "cite together": ", sur ses {count} citations ensemble ; une citation seule peut en dire moins",
        "cite retrieved": "consulté le {date}",
        "cite provenance": "koursk show {id} : fichier {seed}, sha256 {digest}…",
        # koursk report's page (report/page.py, chart.py): its headings, legends and notes
        "page title": "Les troupes nord-coréennes dans la région russe de Koursk : chronologie, chiffres et sources",
        "page intro": "Chaque événement et chaque chiffre ci-dessous repose sur une citation exacte d’un article de "
        "presse ; ouvrez une citation pour la lire. Les dates ont la précision que permettent les articles : "
        "~ approximative, ? incertaine, un intervalle sous forme de barre.",
        "page skip": "Aller à la chronologie",
        "page contents": "Sommaire",
        "page timeline": "Chronologie",
        "page figures": "Les chiffres dans le temps",
        "page sources": "Sources",
        "page selection": "Sélection",
        "page filters": "Filtres",
        "page no filters": "aucun (tout le corpus)",
        "page store": "Corpus",
        "page digest": "Empreinte du corpus (SHA-256)",
        "page generated": "Généré le",
        "page known by": "Connu au",
        "page known note": "{day} : chaque événement ne montre que les citations et les sources publiées à cette date ; les "
        "dates, leurs justifications, les statuts, les titres et les notes (des événements, des chiffres et des "
        "articles) sont la lecture actuelle de tous les articles, y compris les suivants.",
        "page contains": "Cette page",
        "page counts": "{events}, {claims}, {sources}",
        "page claims filters": "Les chiffres sont choisis par les mêmes filtres, lus pour des chiffres (date de "
        "publication, source, acteur, statut, texte, as-of) ; un chiffre n’a ni lieu, ni étiquette, ni durée, et "
        "filtrer par l’un d’eux n’en laisse aucun.",
        "page filter": "Filtrer",
        "page filter placeholder": "mots des titres, citations, sources…",
        "page status": "Statut",
        "page shown": "{events} et {claims} affichés",
        "page shown events": "{shown} événements sur {total}",
        "page shown events (one)": "{shown} événement sur {total}",
        "page shown claims": "{shown} chiffres sur {total}",
        "page shown claims (one)": "{shown} chiffre sur {total}",
        "page legend": "Statut : ● confirmé, ○ rapporté, ◌ allégué, ✕ démenti. La barre situe les dates de l’événement "
        "dans son mois : pleine pour un jour ou un intervalle, hachurée pour un mois, pâle si approximative, "
        "en pointillés si incertaine.",
        "page no events": "Aucun événement ne correspond à cette sélection.",
        "page gap": "Rien de rapporté de {start} à {end}.",
        "page gap one": "Rien de rapporté en {period}.",
        "page gap wide": "Rien de daté en {span} ; {count} datés seulement à plus de trois mois près (dernière section) "
        "peuvent y tomber.",
        "page gap wide (one)": "Rien de daté en {span} ; {count} daté seulement à plus de trois mois près (dernière "
        "section) peut y tomber.",
        "figure": "chiffre",
        "page wide": "Datés seulement à plus de trois mois près",
        "page wide legend": "entre le {start} et le {end}, donc dans aucun mois ci-dessus ; la barre situe la période "
        "de chaque événement dans cet intervalle.",
        "page sources of": "Sources",
        "page actors": "Qui",
        "page places": "Où",
        "page quotes": "{count} citations, justification de la date et référence",
        "page quote": "Citation, justification de la date et référence",
        "page date basis": "Justification de la date",
        "page note": "Note",
        "page cite": "Citer",
        "page no claims": "Aucun chiffre ne correspond à cette sélection.",
        "page as of": "À la date du",
        "page figure": "Chiffre",
        "page asserted by": "Avancé par",
        "page the article": "l’article",
        "page source": "Source",
        "page conflicts": "Contredit",
        "page restates": "↩ reprend {claim}, un chiffre du même article : pas compté à part",
        "page draft": "[brouillon]",
        "page draft note": "encore à l’état de brouillon : la lecture de koursk extract, qu’aucun curateur n’a vérifiée",
        "page draft legend": "Chaque événement, chiffre et article encore à l’état de brouillon commence par [brouillon] ; "
        "les autres sont vérifiés.",
        "page quote cite": "Citation et référence",
        "page as of basis": "Justification de la date",
        "page chart title": "{measure} : chaque chiffre sur les dates qu’il couvre, par auteur",
        "page chart legend": "Chaque boîte couvre les dates auxquelles un chiffre s’applique (en largeur) et les valeurs "
        "qui le rendraient vrai (en hauteur) : ±10 % s’il est approximatif, une flèche s’il est un minimum. Un "
        "contour rouge en tirets et un ! signalent un chiffre incompatible avec un autre (aucun nombre ne les rend "
        "vrais tous deux, ou un total qui ne peut que croître passe sous un total antérieur : « total en baisse ») ; "
        "en tirets courts avec {same_day} quand aucun n'est ferme et l'un ne vaut que le même jour, en pointillés "
        "avec {if_exact} quand chacun de ses conflits ne vaut que si les chiffres ronds sont exacts.",
        "page outlet": "Média",
        "page outlet unknown": "non nommé dans l’article",
        "page published": "Publié",
        "page published basis": "Justification de la date de publication",
        "page seed": "Fichier de l’article",
        "page supports": "Sur cette page",
        "page supports counts": "{events}, {claims}",
        "page author": "Auteur",
        "page unknown": "non renseigné",
        "page retrieved": "Consulté le",
        "page article notes": "Remarques sur l’article (ses propres erreurs et bizarreries)",
        "page footer": "Généré par koursk {version}. Les citations sont exactes, tirées des articles listés dans "
        "Sources ; titres et chiffres sont la lecture qu’en font les curateurs.",
        "page shipped store": "le corpus fourni avec koursk {version}",
        "page working store": "le corpus de travail à {path}",
    },
}
"""The words of a listing in each `--lang`, its legend's and its inline labels' (`allows …`, `in SOURCE`, `as of
DAY`, the status words, what --limit left out: rev37u U10, a line switched language three times), `cite`'s
(`cite …`) and the report page's (`page …`: one table, review 40). A `KEY (one)` entry is KEY's singular, where it
differs (count_said). Pipes, JSON and CSV keep English's field names and values."""


ONE = " (one)"
"""The suffix of an entry's singular (`revised count (one)`): an entry without one agrees with any count."""
MANY = " (many)"
"""The suffix of a noun's plural where it is not the noun and `s` (`month (many)`: `mois`): its own key, so a noun's
plural can never be read from a heading that happens to be spelt like it (`conflicts`: « Conflits ({total}) »)."""


SINGULAR = {"en": (1,), "fr": (0, 1)}
"""The counts that take the singular: 1 in English (`0 events`), 0 and 1 in French (`0 événement`). A table, so the
report page's script reads the very same rule (report/page.py)."""
PART_AGREES = {"en": "total", "fr": "shown"}
"""In « N of M things », the count its noun agrees with: M in English (`0 of 1 figure`, `1 of 10 events`), N in
French (« 1 événement sur 10 », « 2 chiffres sur 2 »): `page shown events`."""


def singular(count: int, lang: str = "en") -> bool:
    """Whether `count` takes the singular (SINGULAR)."""
    return count in SINGULAR[lang]


def forms(key: str, lang: str = "en") -> tuple[str, str]:
    """LEGEND[lang][key] in the singular and in the plural: its `key (one)` entry where it has one."""
    words = LEGEND[lang]
    return words.get(key + ONE, words[key]), words[key]


def _english_plural(noun: str) -> str:
    """`events`, `entities` (a consonant before the y), `days` (a vowel before it: never « daies »)."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{noun[:-1]}ies"
    return f"{noun}s"


def counted(count: int, noun: str, lang: str = "en") -> str:
    """`46 events`, `1 event`, `2,000 events`, `46 événements`, `0 événement`, `10\u00a0000 événements`
    (humanize.digits). The one place a count meets its noun, in every language, by SINGULAR: the terminal's
    views, the commands' one-line notes and the report alike (polish42: `init`, `check`, `extract` kept their own
    `count == 1`). An English noun is itself; a French one is its LEGEND entry, and a plural that is not the singular
    and `s` (`mois`) is its own entry, `month (many)`."""
    words = LEGEND[lang]
    one = noun if lang == "en" else words[noun]
    many = words.get(noun + MANY) or (_english_plural(noun) if lang == "en" else f"{one}s")
    return f"{digits(f'{count:,}', lang)} {one if singular(count, lang) else many}"


def count_said(key: str, count: int, lang: str = "en", **fields: str) -> str:
    """LEGEND[lang][key] said of `count` things: its singular entry (`key (one)`) when the count takes it and the
    entry has one, `{count}` in `lang`'s digits (« 1 plus haut peut s'y prolonger », « 2 plus haut peuvent … »).
    The one place a count meets the words after it, so no view decides agreement on its own."""
    template = forms(key, lang)[0 if singular(count, lang) else 1]
    return template.format(count=digits(f"{count:,}", lang), **fields)
