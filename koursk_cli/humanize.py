"""Dates and text as people read them on a terminal. Pure."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import FuzzyDate, Point, Precision

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = {
    "en": tuple(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    ),
    "fr": tuple(
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ]
    ),
}
"""Month names written out, for text meant to be read (TimelineJS dates, the report's headings)."""
MONTHS_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
_MONTH = "(?:" + "|".join(re.escape(month) for month in dict.fromkeys((*MONTHS, *MONTHS_FR))) + ")"
DATE = rf"(?:(?:\d{{1,2}}(?:–\d{{1,2}})?|early|late|début|fin) {_MONTH}(?: \d{{4}})?|{_MONTH} \d{{4}})(?![\w.])"
"""A date as human_date writes it, day, month and year (`7 Nov 2024`, `8–13 oct. 2024`, `late Dec`, `Oct 2024`):
one word to a terminal's fold (nobreak.token), which never ends a line inside it (review 40: « au 7 / nov. 2024 »).
The ` – ` between two dates stays a place to break."""
_THIRDS = {
    "en": {"early": "early ", "mid": "mid-", "late": "late "},
    "fr": {"early": "début ", "mid": "mi-", "late": "fin "},
}


NUMBER_MARKS = {"en": str.maketrans({}), "fr": str.maketrans({",": "\u00a0", ".": ","})}
"""How a number Python writes `10,000.5` reads in each `--lang`: French groups digits with a no-break space, as its
legend writes « 10\u00a0000 hommes », and puts a comma before decimals (rev37u U10: "~10,000" beside "10 000")."""


def digits(text: str, lang: str = "en") -> str:
    """A number formatted with Python's `,` (`~10,000`, `9,000–11,000`, `0.5`) in `lang`'s marks: `~10\u00a0000`,
    `0,5` in French. Only for terminal text: JSON, CSV and pipes keep Python's."""
    return text.translate(NUMBER_MARKS[lang])


def colon(lang: str = "en") -> str:
    """A colon as the language sets it: `firm: …`, `ferme : …` (French puts a space before it)."""
    return " : " if lang == "fr" else ": "


def month_names(lang: str = "en") -> tuple[str, ...]:
    """Abbreviated month names: `Oct` in English, `oct.` in French (the French page of `koursk report`)."""
    return MONTHS_FR if lang == "fr" else MONTHS


def _thirds(first: Point, last: Point) -> str | None:
    """`early`, `mid` or `late` when an interval is exactly a third of one month (1–10, 11–20, 21–end)."""
    if first.precision is not Precision.DAY or last.precision is not Precision.DAY:
        return None
    if (first.start.year, first.start.month) != (last.end.year, last.end.month):
        return None
    month_end = (last.end + timedelta(days=1)).day == 1
    days = (first.start.day, last.end.day)
    if days == (1, 10):
        return "early"
    if days == (11, 20):
        return "mid"
    if first.start.day == 21 and month_end:
        return "late"
    return None


def _point(point: Point, months: tuple[str, ...], *, year: bool = True) -> str:
    y = f" {point.start.year}" if year else ""
    if point.precision is Precision.YEAR:
        return str(point.start.year)
    if point.precision is Precision.MONTH:
        return f"{months[point.start.month - 1]}{y}"
    return f"{point.start.day} {months[point.start.month - 1]}{y}"


def _qualified(point: Point, months: tuple[str, ...], *, year: bool) -> str:
    return ("~" if point.approximate else "") + _point(point, months, year=year) + ("?" if point.uncertain else "")


def _marked(point: Point) -> bool:
    return point.approximate or point.uncertain


def human_date(when: FuzzyDate, *, year: bool = True, lang: str = "en") -> str:
    """`7 Nov 2024`, `Oct 2024`, `8–13 Oct 2024`, `~mid-Jan 2025`, `28 Oct 2024?`; `~` approximate, `?` uncertain.
    An interval with a qualified end shows each end whole with its own marks (`~21 Jan 2025 – ~28 Feb 2025`,
    `13 Oct 2024 – ~6 Nov 2024?`), so a mark never reads as covering an end that has none, nor one end's as the
    other's; only a third of a month, one named span, takes one mark for both its ends (`~mid-Jan 2025`).
    `lang="fr"`: `7 nov. 2024`, `~mi-janv. 2025`."""
    months = month_names(lang)
    first, last = when.first, when.last
    one_span = (first.approximate, first.uncertain) == (last.approximate, last.uncertain) and (
        first == last or _thirds(first, last) is not None
    )
    if when.is_interval and (_marked(first) or _marked(last)) and not one_span:
        return f"{_qualified(first, months, year=True)} – {_qualified(last, months, year=True)}"  # each end its mark
    year = year or first.start.year != last.end.year  # an interval across years always names them
    y = f" {last.end.year}" if year else ""
    if not when.is_interval or first == last:  # `2024-11-07/2024-11-07` is one day: never `7–7 Nov 2024`
        text = _point(first, months, year=year)
    elif (third := _thirds(first, last)) is not None:
        text = f"{_THIRDS[lang if lang in _THIRDS else 'en'][third]}{months[first.start.month - 1]}{y}"
    elif first.precision is last.precision is Precision.DAY and first.start.year == last.end.year:
        if first.start.month == last.end.month:
            text = f"{first.start.day}–{last.end.day} {months[first.start.month - 1]}{y}"
        else:
            text = f"{_point(first, months, year=False)} – {_point(last, months, year=False)}{y}"
    elif first.precision is last.precision is Precision.MONTH and first.start.year == last.end.year:
        text = f"{months[first.start.month - 1]}–{months[last.end.month - 1]}{y}"
    else:
        text = f"{_point(first, months, year=year)} – {_point(last, months, year=year)}"
    return ("~" if when.approximate else "") + text + ("?" if when.uncertain else "")


def human_day(day: date, lang: str = "en") -> str:
    """`4 Nov 2024`, `4 nov. 2024`."""
    return f"{day.day} {month_names(lang)[day.month - 1]} {day.year}"


def human_month(day: date, lang: str = "en", months: tuple[str, ...] | None = None) -> str:
    """`Nov 2024`, `nov. 2024`, or with `months` (LONG_MONTHS) `novembre 2024`."""
    return f"{(months or month_names(lang))[day.month - 1]} {day.year}"
