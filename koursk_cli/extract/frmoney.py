"""Sums of money: a sum written with its scale and currency as symbols (« 1,2 M$ », « 20 à 25 M€ »), and the price
of one thing (« 1 200 dollars pièce »), which counts nothing a story counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .frchanges import CHANGED
from .frfigure import STARTS, Figure, figure_of
from .frnumerals import AMBIGUOUS_COMMA, DIGITS, as_int_if_whole, display, parse_number, scaled
from .frqualifiers import EXACT, QUALIFIER, qualifier_of
from .frwords import fold_same_length, fold_word, unit_of
from .lexicon import MONEY_SIGNS, MONEY_UNITS, STOPWORDS, TIME_UNITS, alternatives, words

# « 1 200 dollars pièce », « 15 euros le numéro » (lexicon.toml `unit_prices`), « 300 dollars par obus » (« par » and a
# noun that is no period of time, never an agent: « par la Russie », « par Moscou »), « 2 000 dollars par mois et par
# homme » (a pay: a period and one person), « 800 dollars l'obus » (an article and a counted noun): the price of one
# thing. « en moyenne » may stand between.
_UNIT_PRICES = "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(words("unit_prices"), key=len, reverse=True)
)
_PRICE = re.compile(  # on folded text; « 150 000 FCFA/mois » is « par mois »
    rf"\s?/\s?(?P<slashed>[^\W\d_]+)(?!\w)|\s*[»”\"]?(?:\s+en\s+moyenne)?\s*,?\s+(?:(?P<fixed>{_UNIT_PRICES})(?!\w)"
    r"|par\s+[^\W\d_]+\s+et\s+par\s+(?P<rate>[^\W\d_]+)(?!\w)"
    r"|par\s+(?P<per>[^\W\d_]+)(?!\w)"
    r"|(?:le\s+|la\s+|l')(?P<each>[^\W\d_]+))"
)
SIGN_AFTER = re.compile(r"\s?(?:" + "|".join(map(re.escape, MONEY_SIGNS)) + ")")
# « (entrée : 10 euros) », « Abonnement annuel : 25 000 FCFA » (lexicon.toml `price_labels`; on folded text)
_PRICE_LABEL = re.compile(rf"(?<!\w)(?:{alternatives('price_labels')})\s*:[^:;()\n]{{0,30}}$")
# « seraient payés environ 800 dollars », « à louer, 150 000 FCFA » (lexicon.toml `paid_words`; on folded text): a
# word of pay or rent in the clause before a sum per period
_PAID = re.compile(rf"(?<!\w)(?:{alternatives('paid_words')})(?!\w)[^.;:!?]{{0,60}}$")
# « Le kilo de riz s'échangeait à plus de 8 000 wons, contre 5 500 wons un an plus tôt »: a sum said of a measure of
# goods (lexicon.toml `priced_measures`) is what that measure costs, each sum of the sentence after it
_PRICED_MEASURE = re.compile(
    r"(?<!\w)(?:le|la|l'|du|un|une|au)\s*(?:prix\s+(?:du|de\s+la|de\s+l')\s*)?"
    rf"(?:{'|'.join(sorted(words('priced_measures'), key=len, reverse=True))})\s+(?:de(?!\w)|d')"
)

# « chaque soldat toucherait 2 000 dollars », « chaque famille recevrait l'équivalent de 3 000 dollars »: what one
# thing is paid or costs (on folded text); « chaque mois » is a rate, its sum a sum.
_EACH = re.compile(r"(?<!\w)chaque\s+(?P<noun>[^\W\d_]+)")


def _of_each(text: str) -> bool:
    return any(unit_of(m["noun"]) not in TIME_UNITS for m in _EACH.finditer(text))


def a_price(text: str, end: int, unit: str | None, number: str) -> bool:
    """Whether a sum of money ending at `end` is the price of one thing (lexicon.toml `unit_prices`), or a sum to the
    cent (« 21,90 euros »): neither counts anything a story tells."""
    if unit not in MONEY_UNITS:
        return False
    if re.fullmatch(r"\d+,\d\d", number.strip()):
        return True
    folded = fold_same_length(text[:end])
    if _PRICED_MEASURE.search(folded) or _of_each(folded):
        return True
    before = folded[max(0, end - 100) :]
    if _PRICE_LABEL.search(before) or text[end : end + 8].lstrip().startswith("="):
        return True  # « (entrée : 10 euros) »: a ticket's price; « 1 USD = 131,20 HTG »: a rate of exchange
    after = _PRICE.match(fold_same_length(text[end : end + 80]))
    if after is None:
        return False
    if after["fixed"]:
        return True
    if after["rate"]:  # « 2 000 dollars par mois et par soldat »: a pay, the price of one soldier's month
        return fold_word(after["rate"]) not in STOPWORDS
    if per := after["per"] or after["slashed"]:  # « par obus »; « par mois » only after a word of pay (« payés 800
        # dollars par mois »), never an agent (« par Moscou », « par la Russie »: a little word)
        agent = text[end + after.start("per" if after["per"] else "slashed")].isupper() or per in STOPWORDS
        timed = unit_of(per) in TIME_UNITS
        return not agent and (not timed or _PAID.search(before) is not None)
    each = unit_of(after["each"])
    return each is not None and each not in TIME_UNITS and each not in MONEY_UNITS


# « 1,2 M$ », « 1,7 G$ », « 300 k€ », « 2 Md€ »: a sum with its scale and currency written as symbols (Canadian and
# business French); the letter is the scale, never a noun.
# « 20 à 25 M$ », « 20-25 M€ », « entre 1 et 1,5 Md$ »: a range, its scale and currency written once after the high
# end, count for both ends (read as the high end alone, « 25 M$ » was a wrong value: sealed15).
_MONEY = re.compile(
    rf"{STARTS}(?i:(?P<qual>{QUALIFIER}))?(?:(?P<from>(?i:entre|de)\s+)?(?P<low>{DIGITS})"
    rf"(?:\s?(?P<ls>k|M|Md|Mds|G)\s?(?P<lcur>\$|€))?\s*(?:(?P<to>(?i:[àa]|et))\s+|[-–]\s*))?"
    rf"(?P<num>{DIGITS})\s?(?P<s>k|M|Md|Mds|G)\s?(?P<cur>\$|€)(?!\w)"
)
_MONEY_SCALES = {"k": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "G": 1e9}


def money_figures(text: str) -> Iterator[Figure]:
    """Sums written with a scale and a currency sign (« 1,2 M$ », « 20 à 25 M€ »), never a price (`a_price`)."""
    for match in _MONEY.finditer(text) if "$" in text or "€" in text else ():
        value = parse_number(match["num"])
        if value is None or AMBIGUOUS_COMMA.fullmatch(match["num"]):
            continue
        if a_price(text, match.end(), "USD" if match["cur"] == "$" else "EUR", match["num"]):
            continue  # « 1,2 k$ pièce »
        total = scaled(value, _MONEY_SCALES[match["s"]])
        low = parse_number(match["low"]) if match["low"] else None
        bottom = scaled(low, _MONEY_SCALES[match["ls"] or match["s"]]) if low is not None else None
        between = match["to"] is None or (fold_word(match["to"]) == "et") == (
            fold_word((match["from"] or "").strip()) == "entre"
        )
        if bottom is None or bottom >= total or match["lcur"] not in (None, match["cur"]) or not between:
            kind, qualified = qualifier_of(match)  # the words before the first number qualify it alone
            if bottom is not None and match["lcur"]:  # « 2 M€ et 3 M€ »: two sums
                yield _sum(match, "low", bottom, kind, f"({qualified})")
            if bottom is not None:
                kind, qualified = "exact", EXACT
            yield _sum(match, "num", total, kind, f"({qualified})")  # the sum alone
        elif CHANGED.search(text, max(0, match.start() - 40), match.start()):  # « est passée de 20 à 25 M$ »
            yield _sum(match, "low", bottom, "exact", "(a sum that changed, not a range: the sum before, exactly)")
            yield _sum(
                match, "num", total, "exact", "(a sum that changed, not a range: the sum it changed to, exactly)"
            )
        else:
            reading = (
                f"« {match.group().strip()} »: a range from {display(bottom)} to {display(total)}"
                f"{'' if match['ls'] else ', the scale written once for both ends'}; which dollar or euro is the curator's"
            )
            figure = figure_of(
                match, None, "range", reading, None, value_min=as_int_if_whole(bottom), value_max=as_int_if_whole(total)
            )
            yield replace(figure, noun=match["cur"], qualifier=qualifier_of(match)[0] if match["qual"] else None)


def _sum(match: re.Match[str], group: str, total: float, kind: str, qualified: str) -> Figure:
    """The sum of money `group` of a _MONEY match writes, to its currency sign (the high end's own for « num »)."""
    start = match.start() if group == "num" and not match["low"] else match.start(group)
    end = match.end() if group == "num" else max(match.end(g) for g in ("low", "ls", "lcur") if match[g])
    said = match.string[start:end].strip()
    reading = f"« {said} »: {display(total)} {qualified}; which dollar or euro is the curator's"
    qualifies = group == "num" and match["qual"] is not None and not match["low"]
    return Figure(start, end, said, as_int_if_whole(total), kind, None, None, unit_of(match["cur"]), match["cur"],
                  reading, qualifier=kind if qualifies else None)  # fmt: skip
