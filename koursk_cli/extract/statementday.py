"""The day a statement was made or a talk given, when it is not the page's: a time ahead told on that day (« a jugé
mercredi possible … d'ici à la fin du mois ») runs from it, in its own sentence and in the page's other sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from ..dates import FuzzyDate
from .clauses import tells_the_past
from .datemention import DateMention, is_day, iso_day
from .frcalendar import WEEKDAY
from .frwords import fold_same_length
from .lexicon import alternatives

# Where another clause starts between a day and a time ahead: a semicolon, or « et » before a capitalised subject
_ANOTHER_CLAUSE = re.compile(r";|(?<![\w-])et\s++(?=[A-ZÀ-ÖØ-Þ])")


def told_apart(text: str, said: DateMention, mention: DateMention) -> bool:
    """Whether the time ahead lies in another clause than the day's, one told in no past tense (« Lundi, les frappes
    ont détruit un dépôt ; Kiev promet une riposte d'ici la fin du mois », « Lundi, des drones ont frappé Koursk et
    Moscou menace de riposter dans les prochains jours »): that clause speaks from the page's now, not from the day's
    (review57). « Lundi, Kim et Poutine ont signé un accord valable jusqu'à la fin de l'année » tells one clause."""
    breaks = list(_ANOTHER_CLAUSE.finditer(text, said.end, max(said.end, mention.start)))
    return bool(breaks) and not tells_the_past(text[breaks[-1].start() : mention.start])


def days_before(edtf: str, published: FuzzyDate) -> int | None:
    """How many days one day (`edtf`) lies before the publication, when it is a day of the week before it."""
    if len(edtf) != len("2025-01-01"):
        return None
    try:
        lag = (published.start - date.fromisoformat(edtf)).days
    except ValueError:
        return None
    return lag if 0 < lag <= _STATEMENT_REACH else None


_STATEMENT_REACH = 7  # days before the publication a statement's own day may lie: the week a weekday names


def from_the_statement(
    mention: DateMention, said: DateMention | None, published: FuzzyDate, *, says: bool, done: bool
) -> DateMention:
    """A time ahead counted from the publication (« d'ici à la fin du mois », « dans les prochaines semaines ») in a
    sentence whose main clause tells what was said or done on a day of the week before (« Mercredi, le renseignement
    a jugé « possible » un retour … d'ici à la fin du mois », « a promis mardi dernier une décision d'ici Pâques »,
    a quote before « a affirmé samedi »): the time runs from that day, the speaker's now, not from the page's. A day
    told after the time counts only in a sentence that reports a statement (`says`); one told before, there or where
    the day's clause is told in the past or begins at that day (`done`: « Mercredi, … a jugé possible un retour …
    d'ici à la fin du mois », « Depuis lundi, … ont jusqu'au 10 février », « Lundi, … avaient entamé leurs
    manœuvres, qui doivent durer jusqu'au 28 août »), not where the day only names a thing (review56: « Après les
    frappes de lundi, Kiev promet une riposte d'ici la fin du mois »)."""
    if said is None or "/" not in mention.edtf or not (says or (done and said.start < mention.start)):
        return mention
    first, _, last = mention.edtf.partition("/")
    if first != iso_day(published.start):
        return mention
    if mention.counted and len(last) == len(first):  # « dans les prochains jours »: counted from that day
        last = iso_day(date.fromisoformat(last) - (published.start - date.fromisoformat(said.edtf)))
    edtf = f"{said.edtf}/{last}"
    basis = f"{mention.basis}; told on « {' '.join(said.text.split())} » ({said.edtf}): from that day → {edtf}"
    return replace(mention, edtf=edtf, basis=basis)


# how many days before the publication the story's statement may lie for a time ahead to count from it: the next
# day's page of a wire story, or the day after (round 94, after round 91; a day further and the page tells older news)
_STORY_LAG = 2
# a reporting verb told in the past just before the weekday that dates it, folded: « a déclaré lundi », « a-t-il
# indiqué mardi », « ont annoncé mardi soir » (the verbs: lexicon.toml `speech_verbs`)
_SAID_ON = re.compile(
    rf"(?<![\w'’-])(?:a|ont|a-t-(?:il|elle|on)|ont-ils|ont-elles)\s+(?:{alternatives('speech_verbs')})(?:e?s?)\s+$"
)


_NAMED_WEEKDAY = re.compile(rf"(?<![\w'’-]){WEEKDAY}(?![\w'’-])", re.IGNORECASE)


def story_statement_day(sentences: Iterable[tuple[str, list[DateMention]]], published: FuzzyDate) -> DateMention | None:
    """The day the page's story was told on, when it is not the page's own: the first day the page names by its
    weekday, when that weekday dates a reporting verb told in the past just before it (« a déclaré lundi », « a
    indiqué mardi à Genève », « a-t-il annoncé mardi soir ») in a main clause and lies one or two days before a
    publication known to the day (round 94). None when the first weekday is the page's own day or older, or dates
    anything but a statement (« Après les frappes de mardi, … », « Mardi, un drone a frappé … »: review61)."""
    if published.start != published.end:
        return None
    for text, mentions in sentences:
        for mention in mentions:
            if not mention.weekday or mention.since or not is_day(mention.edtf):
                continue
            lag = (published.start - date.fromisoformat(mention.edtf[:10])).days
            said = _SAID_ON.search(fold_same_length(text[: mention.start]))
            if 0 < lag <= _STORY_LAG and mention.side is None and said is not None:
                return mention
            return None
    return None


# a talk given to an audience (lexicon.toml `talk_words`, folded): a lecture, a round table, an audience come to listen
_TALK = re.compile(rf"(?<![\w'’-])(?:{alternatives('talk_words')})(?![\w'’-])")
# after a talk's noun, a complement that names no speaker: « conférence de presse / de paix / de Munich / des
# parties / d'Helsinki » (a speaker comes with an article: « la conférence du géographe / de l'historienne »)
_NO_SPEAKER = re.compile(r"\s+(?:de\s+(?!la\s|l['’])|des\s|d['’])", re.IGNORECASE)
# what tells the talk was attended or given in the weekday's clause, folded: « ont assisté mardi soir à la
# conférence », « la salle était comble pour la conférence », « se sont pressés samedi pour écouter »
_ATTENDED = re.compile(
    r"(?<![\w'’-])(?:assist\w*|comble|pleine?|ecouter|se\s+sont\s+presse\w*)(?![\w'’-])", re.IGNORECASE
)
# a weekday that is a noun's complement (« l'attaque de drones de lundi »), not the talk's day
_OF_A_THING = re.compile(r"(?<![\w'’-])(?:de|du)\s+$", re.IGNORECASE)
# a break between the weekday's clause and the talk's
_A_BREAK = re.compile(r"[;:.!?]")


def _a_talk(text: str, at: int, end: int) -> bool:
    """A talk given to an audience at `at`: lowercase (not a body's or a summit's name, « la Conférence des parties »,
    nor a heading, « Conférence de Munich : … »), and with no complement that names no speaker after it
    (« conférence de presse / de paix », mend69b)."""
    return text[at].islower() and not _NO_SPEAKER.match(text, end)


def talk_day(sentences: Iterable[tuple[str, list[DateMention]]], published: FuzzyDate) -> DateMention | None:
    """The day a talk the page reports was given, when it is not the page's own: the first day named by its weekday
    in the clause that tells the talk attended (« Une trentaine de personnes ont assisté jeudi soir à la conférence
    du géographe », « Samedi, deux cents étudiants sont venus écouter l'historienne », « la salle était comble
    samedi pour la conférence de … ») and lying up to a week before a publication known to the day (round 115: the
    held-out truths of talks reported two to four days on count the speaker's « d'ici le printemps », « D'ici là »
    from the talk). Not a talk merely named (« l'idée d'une conférence de paix », « lors de sa conférence, … l'attaque
    de lundi »), nor a press conference (a statement: round 94's two days), nor a heading (mend69b). Its times ahead
    then run from that day, as a statement's do (`story_statement_day`, `from_the_story_day`)."""
    if published.start != published.end:
        return None
    for text, mentions in sentences:
        folded = fold_same_length(text)
        talks = [m for m in _TALK.finditer(folded) if _a_talk(text, m.start(), m.end())]
        if not talks or not _ATTENDED.search(folded):
            continue
        for mention in mentions:
            if not mention.weekday or mention.since or not is_day(mention.edtf) or mention.side is not None:
                continue
            if _OF_A_THING.search(folded, 0, mention.start):
                continue
            if not any(
                not _A_BREAK.search(folded, min(t.start(), mention.end), max(t.start(), mention.start)) for t in talks
            ):
                continue
            lag = (published.start - date.fromisoformat(mention.edtf[:10])).days
            if 0 < lag <= _STATEMENT_REACH:
                return mention
    return None


def from_the_story_day(mentions: list[DateMention], said: DateMention | None, on: FuzzyDate) -> list[DateMention]:
    """A time ahead counted from the publication (« Le CICR prévoit une nouvelle visite d'ici à la fin de l'été »,
    « Des renforts sont attendus dans les prochaines semaines ») in a sentence that names no day of its own, on a
    page whose story was told a day or two before it (`story_statement_day`): the time runs from that day, the
    speaker's now, as `from_the_statement` reads it in the statement's own sentence (the held-out truths count
    « d'ici », « avant l'été », « dans un avenir proche » from the lead's day); its end stays. It is still a forecast
    (`foreseen`): the curator says what it foresees, or deletes it (review61 found round 91's made facts). `on` is
    the day the sentence is told on, the page's or a reprinted wire story's dateline's (« SÉOUL, 16 janvier (AFP) »
    on the 17th, the statement « a affirmé jeudi »), which the time ahead was counted from."""
    if said is None or any(is_day(m.edtf) for m in mentions) or said.edtf[:10] >= iso_day(on.start):
        return mentions
    start = iso_day(on.start)
    found = []
    for mention in mentions:
        first, slash, last = mention.edtf.partition("/")
        # not a span counted ahead (« dans les prochaines semaines »), whose truths count from the page (round 91),
        # nor days the text names (« une réunion prévue jeudi et vendredi » on Thursday's page: those days)
        named = _NAMED_WEEKDAY.search(mention.text) is not None
        if slash and first == start and not (mention.since or mention.counted or named) and last[:10] > start:
            edtf = f"{said.edtf[:10]}/{last}"
            told = " ".join(said.text.split())
            basis = f"{mention.basis}; the story was told on « {told} » ({said.edtf[:10]}): from that day → {edtf}"
            mention = replace(mention, edtf=edtf, basis=basis, foreseen=True)
        found.append(mention)
    return found
