"""Other articles' titles a page lists (pure): under a heading (« Lire aussi », « Sur le même sujet », « À la une »
below the text) or after it on its line, each with its day in brackets, a site's bulleted headlines below the story,
and the page's breadcrumb. Their dates and figures are those articles' or the site's, no fact of the story."""

from __future__ import annotations

import re

from .frcalendar import MONTH_NAME, WEEKDAY
from .lexicon import alternatives, words
from .pagelines import ends_a_sentence, folded_line, lines_under, phrase_alternation

# A heading of links alone on its line (lexicon.toml `link_headings`: « Lire aussi », « Sur le même sujet »), perhaps
# naming the site its links go to (« À lire aussi sur Slate », « Lire aussi dans Le Monde », « Ailleurs dans
# l'Aveyron ») or the section they come from between guillemets (« Plus de «Monde» »)
# (perhaps naming its place, its theme or its time: « Lire aussi sur le même sujet », « À l'affiche aussi cette
# quinzaine »), perhaps printed in two languages, the other one first and a slash between (« Inkuru bijyanye / À lire
# aussi », « Pi popilè / Les plus lus »: round 104)
_LINK_HEADING = re.compile(
    rf"^(?:[^/\n]{{1,30}}/\s*)?(?:{phrase_alternation(words('link_headings'))})"
    r"(?:\s+(?:sur|dans)\s+[^.!?:]{1,40}|\s*«[^»]{1,40}»"
    rf"|\s+(?:{alternatives('link_heading_times', spaced=True)}))?\s*:?$"
)


# … or, below a line of the article's text, one of the headings that head other articles' titles there alone
_FOOT_LINK_HEADING = re.compile(rf"^(?:{phrase_alternation(words('foot_link_headings'))})\s*:?$")
# … or before its one title on the same line, after a colon (« Les plus lus : Budget 2026-27 : ce qui change au 1er
# juillet »: round 43), or before its titles after a bar (« Articles les plus lus | 1. Le Noirmont : 3 millions pour
# la halle | 2. Trafic perturbé lundi sur la H18 »: round 64), a title's letter after it, never a table's count
_LINK_AND_TITLE = re.compile(
    rf"^(?:{phrase_alternation(words('link_headings'))})(?:\s*:\s*\S|\s*\|\s*(?:\d{{1,2}}\.\s+)?[^\W\d_])"
)


# « Accueil › Numéros › Juin 2025 › International », « Saison 2025-2026 › Théâtre »: a page's breadcrumb, short
# parts joined by « › », none of them a sentence (round 59); a related link's bullet « › Titre » has no part before it
_BREADCRUMB_PART = 40


def breadcrumbs(text: str) -> list[tuple[int, int]]:
    """The lines that print the page's place in its site (« Accueil › Numéros › Juin 2025 › International »): its
    sections and its issue, whose dates date the page."""
    return [
        (line.start(), line.end())
        for line in re.finditer(r"^.*$", text, re.MULTILINE)
        if "›" in line.group()
        and all(
            0 < len(part) <= _BREADCRUMB_PART and not ends_a_sentence(part)
            for part in (piece.strip() for piece in line.group().split("›"))
        )
    ]


def linked_titles(text: str) -> list[tuple[int, int]]:
    """Where the text prints other articles' titles under a heading alone on its line (« Lire aussi », « Sur le même
    sujet »; « À la une » below a line of the article's text), and that heading: each line after it up to a blank line
    or a line that ends a sentence with a full stop (a headline has none), or after the heading and a colon on its
    line; and, with no heading, a line that ends with a title's day in brackets (`_dated_title`). Their dates and
    figures are those articles', not facts."""
    after = [
        (line.start(), line.end())
        for line in re.finditer(r"^.*\S.*$", text, re.MULTILINE)
        if _LINK_AND_TITLE.match(folded_line(line.group())) and not ends_a_sentence(line.group().strip())
    ]
    # the first line that ends a sentence: the article's text has begun (« À la une » above it is a search page's news)
    text_begun = next(
        (line.end() for line in re.finditer(r"^.*$", text, re.MULTILINE) if ends_a_sentence(line.group().strip())),
        len(text),
    )
    foot = [
        (text_begun + a, text_begun + b) for a, b in lines_under(text[text_begun:], _FOOT_LINK_HEADING, titles=True)
    ]
    dated = [
        (line.start(), line.end())
        for line in re.finditer(r"^.*\S.*$", text, re.MULTILINE)
        if _dated_title(line.group())
    ]
    story_end = max(text_begun, _last_paragraph_end(text))
    bulleted = [(story_end + a, story_end + b) for a, b in _bulleted_titles(text[story_end:])]
    # the heading itself, whose time is the box's (« Les plus lus aujourd'hui », « Lire aussi cette semaine »: round
    # 138); never one with a figure, a headline that opens on a heading's words (« Ailleurs dans le Donbass, trois morts
    # le 9 février »: review90)
    headings = [
        (line.start(), line.end())
        for line in re.finditer(r"^(?=[^\n]*\S)[^\d\n]*$", text, re.MULTILINE)
        if _LINK_HEADING.match(folded_line(line.group().strip()))
    ]
    # a title under its heading may end with its day too (« « Koursk, la guerre oubliée » (17.12.2025) »): listed once
    return sorted({*lines_under(text, _LINK_HEADING, titles=True), *after, *foot, *dated, *bulleted, *headings})


# « TENDANCES ⏎ › Carburants : le litre d'essence à Rs 65.90 à partir de lundi ⏎ › Loto : jackpot de Rs 25,000,000
# samedi », « Agenda Péyi ⏎ • Lancement Ariane 6 : fenêtre de tir ouverte à partir du 6 mars, Kourou »: below the
# article's last paragraph, a short heading of the site's own words over two bullets or more, each a headline (a
# capital, no full stop): the site's other news or its agenda, whatever the heading's words but those of the story's own
# points (`key_point_headings`: « Ce qu'il faut retenir », « Repères », at its foot too). Never a box of the story's key
# points above a paragraph of it, a numbered heading (« 1. Chronologie »: a document's own section), a
# list that goes on the heading's sentence (« Ce qu'il faut retenir : ⏎ • environ 11 000 soldats … »: lowercase) or a
# chronology's lines (« • 26 avril : Moscou annonce … »: opened by a day).
# A hyphen or a dash opens an item too (« Roumanie ⏎ - Présidentielle : le second tour aura lieu dimanche 18 mai »:
# round 68), a video's mark « ▶ » too (« Les vidéos du jour ⏎ ▶ Libreville : le marché rouvre après travaux (2'34) »:
# round 104), and an ordinal is no day (« • 48e anniversaire de l'indépendance : retour en images sur le 27 juin »).
_BULLETED = re.compile(r"^[^\S\n]*+[›•·▸►▶▪‣➤–-][^\S\n]++(?P<item>\S.*)$")
_OPENED_BY_A_DAY = re.compile(
    rf"^(?:(?:d[ée]but|fin|mi)[\s-]+)?(?:\d++(?!e\b|[eè]me\b)|{MONTH_NAME}(?!\w)|{WEEKDAY}(?!\w))", re.IGNORECASE
)
_HEADING_WORDS = 5
# a paragraph of the story: a line that ends a sentence in this many words or more (a page's foot prints shorter ones:
# « © 2025 AKP. Tous droits réservés. », « Tarif : 9,90 € l'article. Déjà abonné ? Connectez-vous. »), words of
# letters: a notice's numbers and signs make no paragraph (« Petites annonces : vends pirogue 6 m, 250 000 XPF. Tél. 72
# 00 00. », « Vous aimez nos nouvelles en français ? Abonnez-vous : 35 $ par an. »: round 68)
_PARAGRAPH_WORDS = 12
_WORD = re.compile(r"[^\W\d_]{2,}")


def _last_paragraph_end(text: str) -> int:
    """Where the story's last paragraph ends (0 with none)."""
    return max(
        (
            line.end()
            for line in re.finditer(r"^.*$", text, re.MULTILINE)
            if ends_a_sentence(line.group().strip()) and len(_WORD.findall(line.group())) >= _PARAGRAPH_WORDS
        ),
        default=0,
    )


def _headline_item(line: str) -> bool:
    """Whether a line is a bullet and a headline after it: no lowercase first (a capital, an ordinal), no full stop
    last, no day first."""
    bullet = _BULLETED.match(line)
    if bullet is None:
        return False
    item = bullet.group("item").rstrip()
    return not item[0].islower() and not ends_a_sentence(item) and _OPENED_BY_A_DAY.match(item) is None


# … perhaps with what they are of (« Les chiffres du conflit », « Repères de la guerre »: a box of the story's figures
# whose lines a hyphen opens; review54)
KEY_POINTS = re.compile(
    rf"^(?:{phrase_alternation(words('key_point_headings'))})(?:\s+(?:du|des|de\s+la|de\s+l['’])\s*[^\W\d_][^.!?:]{{0,30}})?\s*:?$"
)


def _site_heading(line: str) -> bool:
    """Whether a line may head a site's list: a few words, neither a sentence, nor a bullet, nor numbered, nor the
    heading of the story's own points (lexicon.toml `key_point_headings`: « Ce qu'il faut retenir » at the foot)."""
    body = line.strip()
    return (
        0 < len(body.split()) <= _HEADING_WORDS
        and not ends_a_sentence(body)
        and _BULLETED.match(body) is None
        and not body[:1].isdigit()
        and KEY_POINTS.match(folded_line(body)) is None
    )


def _bulleted_titles(text: str) -> list[tuple[int, int]]:
    """The lines of each block of two bullets or more, every one a headline, right under a site's short heading."""
    lines = list(re.finditer(r"^.*$", text, re.MULTILINE))
    spans: list[tuple[int, int]] = []
    index = 1
    while index < len(lines):
        end = index
        while end < len(lines) and _BULLETED.match(lines[end].group()):
            end += 1
        block = lines[index:end]
        if (
            len(block) >= 2
            and _site_heading(lines[index - 1].group())
            and all(_headline_item(line.group()) for line in block)
        ):
            spans += [(line.start(), line.end()) for line in block]
        index = max(end, index + 1)
    return spans


# « Pyongyang inaugure un musée consacré à ses soldats (29/10/2025) », « Sommet de l'OTAN à Washington (10.07.2024) ·
# Élargissement de l'UE (15.12.2023) »: a title and its day in brackets closing its line, or before the next title's
# separator (a middle dot or a bullet, never « | »: a table's cells), as a page lists its other articles (round 59:
# some lists have no heading « Lire aussi »)
_DAY_IN_BRACKETS = re.compile(r"\(\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})\)[ \t]*+(?:[·•].*)?$")


def _dated_title(line: str) -> bool:
    """Whether a line prints another article's title and its day in brackets (« … (29/10/2025) »): a phrase with a
    letter before the day, no full stop (a sentence of the text ends with one)."""
    day = _DAY_IN_BRACKETS.search(line)
    if day is None:
        return False
    title = line[: day.start()].strip()
    return any(ch.isalpha() for ch in title) and not ends_a_sentence(title)
